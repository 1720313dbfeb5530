"""The editor session behind ``slolint server`` at scale: open one file, then edit its SLA.

Generates the deterministic repository of ``bench/generate.py`` (N files, a git repository
so that the cache of ``slolint check`` applies), then, in this process, through the same
session the server uses:

* the first file opened, cold cache (every file of the project parsed) and warm cache;
* a re-lint after each of several edits of an SLA open beside it (the edited buffer is
  parsed again, the cross-file rules run over the loaded project);

and checks that the findings of the open SLO equal those of ``slolint check`` on it.

    python bench/server.py [--files 10000] [--edits 7] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
RAISED = re.compile(r"^(\s+targetPercent: )\S+$", re.MULTILINE)


def first_open(root: Path, slo: Path) -> tuple[float, int]:
    from slolint.server.session import Session

    session = Session(root)
    start = time.perf_counter()
    world = session.open(str(slo), slo.read_text(encoding="utf-8"))
    session.lint(world)
    return time.perf_counter() - start, session.worlds[world].processed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--edits", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="build the repository here and keep it")
    args = parser.parse_args()
    from slolint.rules import load_rules
    from slolint.server.session import Session

    load_rules()
    root = args.keep or Path(tempfile.mkdtemp(prefix="slolint-server-"))
    try:
        subprocess.run(
            [sys.executable, str(HERE / "generate.py"), str(root), "--files", str(args.files)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        subprocess.run(["git", "init", "-q", str(root)], check=True)
        slas = sorted((root / "agreements").glob("*.sla.yaml"))
        sla = slas[0]
        slo = root / "slos" / sla.name.replace(".sla.yaml", ".yaml")
        if not slo.exists():
            slo = sorted((root / "slos").glob("*.yaml"))[0]
        cold, files = first_open(root, slo)
        warm, _ = first_open(root, slo)
        print(f"first open, {files} files: cold cache {cold:.2f} s, warm cache {warm:.2f} s")

        session = Session(root)
        world = session.open(str(slo), slo.read_text(encoding="utf-8"))
        text = sla.read_text(encoding="utf-8")
        session.open(str(sla), text)
        session.lint(world)
        loaded = session.worlds[world].processed
        times = []
        assert RAISED.search(text), f"{sla} has no targetPercent to edit"
        for edit in range(args.edits):
            # odd edits raise the SLA above every SLO (SLO301 appears), even ones restore it
            changed = RAISED.sub(r"\g<1>99.999", text, count=1) if edit % 2 else text
            start = time.perf_counter()
            session.open(str(sla), changed)
            outcome = session.lint(world)
            times.append(time.perf_counter() - start)
        assert session.worlds[world].processed == loaded, "an edit read files from disk"
        print(
            f"re-lint after an edit of the SLA: median {statistics.median(times):.3f} s "
            f"(min {min(times):.3f}, max {max(times):.3f}; {args.edits} edits)"
        )
        found = sorted((f.code, f.position.line) for f in outcome.findings[str(slo)])
        done = subprocess.run(
            [sys.executable, "-m", "slolint", "check", "--no-cache", "-f", "json", str(slo)],
            cwd=root,
            capture_output=True,
            text=True,
            check=False,
        )
        report = json.loads(done.stdout)
        shown = slo.relative_to(root).as_posix()
        expected = sorted(
            (f["code"], f["location"]["line"]) for f in report["findings"] if f["file"] == shown
        )
        assert found == expected, (found, expected)
        print(f"findings in {slo.relative_to(root)}: {len(found)}, as slolint check reports")
    finally:
        if args.keep is None:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()

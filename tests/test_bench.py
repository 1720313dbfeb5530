"""The benchmark harness keeps working: a tiny run prints every section (not a timing)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"


@pytest.mark.slow
def test_a_small_benchmark_runs_every_section() -> None:
    run = subprocess.run(
        [
            sys.executable,
            str(BENCH / "run.py"),
            "--files",
            "20",
            "--repeat",
            "1",
            "--single-repeat",
            "1",
            "--scale",
            "10,20",
            "--documents",
            "5,10",
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    out = run.stdout
    for expected in (
        "Repository: 20 files",
        "ruamel.yaml C safe load (load floor)",
        "libyaml C events (parse floor)",
        "slolint check --jobs 1",
        "slolint check --jobs 2",
        "check-jsonschema (slolint schemas)",
        "One valid file, cold process",
        "slolint check one.yaml",
        "Time per file by repository size",
        "One file of N documents",
        "Targets (issue 10)",
    ):
        assert expected in out, expected


def _load(name: str) -> Any:
    sys.path.insert(0, str(BENCH))
    try:
        return __import__(name)
    finally:
        sys.path.remove(str(BENCH))


def test_the_generated_repository_is_deterministic_and_lint_clean(tmp_path: Path) -> None:
    from slolint.engine import CheckOptions, check

    generate = _load("generate")
    first = generate.generate_repository(tmp_path / "a", 60)
    second = generate.generate_repository(tmp_path / "b", 60)
    assert len(first.files) == 60
    assert [p.read_bytes() for p in first.files] == [p.read_bytes() for p in second.files]
    assert set(first.by_kind) == set(generate.SCHEMA_OF_KIND)
    result = check(CheckOptions(paths=["."], cwd=tmp_path / "a", jobs=1))
    assert (result.files, result.errors, result.findings) == (60, [], [])


def test_a_failing_command_stops_the_run_with_its_output(tmp_path: Path) -> None:
    run = _load("run")
    command = run.Command(
        "fails", [[sys.executable, "-c", "print('a finding'); raise SystemExit(1)"]], tmp_path
    )
    with pytest.raises(run.BenchError, match=r"(?s)exit code 1, expected 0.*a finding"):
        run.run_once(command)


@pytest.mark.slow
def test_the_server_benchmark_runs_and_agrees_with_check() -> None:
    run = subprocess.run(
        [sys.executable, str(BENCH / "server.py"), "--files", "60", "--edits", "3"],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    lines = run.stdout.splitlines()
    assert lines[0].startswith("first open, 60 files: cold cache ")
    assert lines[1].startswith("re-lint after an edit of the SLA: median ")
    assert lines[2].endswith(", as slolint check reports")

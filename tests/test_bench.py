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
            "--repository-peers",
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
        "check --no-cache --jobs 1 (cold)",
        "check --no-cache --jobs 2 (cold)",
        "hook: check -- (warm cache, nothing edited)",
        "hook: check -- (warm cache, FILE edited)",
        "changed: check -- FILE (warm, FILE edited)",
        "check --no-context --no-cache -- FILE",
        "check-jsonschema",
        "yamllint (default config)",
        "One valid file, cold process",
        "slolint check one.yaml",
        "Time per file by repository size",
        "One file of N documents",
        "\nTargets\n",
        "whole-repository hook, warm cache, 1 file edited, 20 files, seconds (cpu)",
        "whole-repository hook, warm cache, nothing edited, 20 files, seconds (cpu)",
        "1 changed file + context (warm) / --no-context (cpu)",
        "cold full lint, 20 files / libyaml event floor (cpu)",
        "--jobs 2 speed-up, 20 files cold",
        "one valid file / yamllint one.yaml (cpu)",
        "one valid file / check-jsonschema one.yaml (cpu)",
        "peak memory, one file of 10 documents / ruamel safe load",
    ):
        assert expected in out, expected
    assert "issue" not in out.lower()
    targets = out[out.index("\nTargets\n") :].splitlines()[1:]
    verdicts = [line for line in targets if line.startswith("  ")]
    assert len(verdicts) == 18, targets
    assert all(line.split()[0] in ("met", "MISS") for line in verdicts), verdicts


def test_a_missed_target_is_printed_as_miss_and_a_met_one_as_met() -> None:
    run = _load("run")
    assert run.verdict("speed", 2.5, 2).split()[0] == "MISS"
    assert run.verdict("speed", 2.0, 2).split()[0] == "met"
    assert run.verdict("speed-up", 1.5, 1.7, at_most=False).split()[0] == "MISS"
    assert run.verdict("speed-up", 1.8, 1.7, at_most=False) == (
        "  met   speed-up: 1.80 (target >= 1.7)"
    )


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

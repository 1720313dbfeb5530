"""The baseline round trip: write it, hide what it lists, survive moved lines, report stale entries."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from tests.test_suppress import slo

from helpers import run_slolint

TWO = "  objectives:\n    - target: 1.0\n    - target: 0\n"
"""SLO201 twice (at $.spec.objectives[0].target and [1].target), plus SLO401 at the name."""


def slolint(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return run_slolint(*args, cwd=cwd)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    (tmp_path / ".git").mkdir()
    (tmp_path / "slos").mkdir()
    (tmp_path / "slos" / "checkout.yaml").write_text(slo(objectives=TWO), encoding="utf-8")
    return tmp_path


def test_write_baseline_records_findings_without_line_numbers(repo: Path) -> None:
    done = slolint("check", "--write-baseline", ".slolint-baseline.json", ".", cwd=repo)
    assert done.returncode == 0, done.stderr
    assert done.stderr == (
        "slolint: wrote 3 findings to .slolint-baseline.json; "
        "set 'baseline: .slolint-baseline.json' in the configuration to hide them\n"
    )
    data = json.loads((repo / ".slolint-baseline.json").read_text(encoding="utf-8"))
    assert data == {
        "version": 1,
        "entries": [
            {
                "file": "slos/checkout.yaml",
                "code": "SLO201",
                "kind": "SLO",
                "name": "checkout",
                "json_path": "$.spec.objectives[0].target",
                "count": 1,
            },
            {
                "file": "slos/checkout.yaml",
                "code": "SLO201",
                "kind": "SLO",
                "name": "checkout",
                "json_path": "$.spec.objectives[1].target",
                "count": 1,
            },
            {
                "file": "slos/checkout.yaml",
                "code": "SLO401",
                "kind": "SLO",
                "name": "checkout",
                "json_path": "$.metadata.name",
                "count": 1,
            },
        ],
    }


def test_round_trip_with_moved_lines_new_findings_and_stale_entries(repo: Path) -> None:
    assert slolint("check", "--write-baseline", "ci/baseline.json", ".", cwd=repo).returncode == 0
    (repo / ".slolint.yaml").write_text("baseline: ci/baseline.json\n", encoding="utf-8")
    done = slolint("check", ".", cwd=repo)
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == (
        "All checked: no problems in 2 files; 3 hidden by the baseline\n"
        "  configuration: .slolint.yaml\n"
    )

    # lines move: a comment block on top and a new label shift every finding down
    path = repo / "slos" / "checkout.yaml"
    moved = "# owned by the checkout team\n# see the runbook\n" + path.read_text(encoding="utf-8")
    moved = moved.replace("  name: checkout\n", "  name: checkout\n  labels:\n    tier: '1'\n")
    path.write_text(moved, encoding="utf-8")
    done = slolint("check", "-f", "concise", ".", cwd=repo)
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")

    # a new finding of the same code elsewhere is shown; fixing one listed finding leaves a stale entry
    path.write_text(
        moved.replace("    - target: 0\n", "    - target: 0.99\n    - target: 1.0\n"),
        encoding="utf-8",
    )
    done = slolint("check", "-f", "concise", ".", cwd=repo)
    assert done.returncode == 1
    assert [line.split(" [")[0] for line in done.stdout.splitlines()] == [
        "slos/checkout.yaml:34:15: SLO201"
    ]
    assert done.stderr == (
        "slolint: warning: 1 baseline entry in ci/baseline.json matches no finding any more; "
        "rewrite it with 'slolint check --write-baseline ci/baseline.json'\n"
    )


def test_baseline_counts_identical_keys(repo: Path) -> None:
    """Two findings with the same key: a baseline listing one of them still shows the other."""
    assert slolint("check", "--write-baseline", "b.json", ".", cwd=repo).returncode == 0
    data = json.loads((repo / "b.json").read_text(encoding="utf-8"))
    for entry in data["entries"]:
        if entry["json_path"] == "$.spec.objectives[0].target":
            entry["count"] = 0
    (repo / "b.json").write_text(json.dumps(data), encoding="utf-8")
    (repo / ".slolint.yaml").write_text("baseline: b.json\n", encoding="utf-8")
    done = slolint("check", "-f", "concise", ".", cwd=repo)
    assert [line.split(" [")[0] for line in done.stdout.splitlines()] == [
        "slos/checkout.yaml:28:15: SLO201"
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{not json", "is not valid JSON"),
        ('{"version": 9, "entries": []}', "not a slolint baseline"),
        ('{"version": 1, "entries": [{"file": "x"}]}', "malformed entry"),
    ],
)
def test_broken_baseline_exits_2(repo: Path, text: str, message: str) -> None:
    (repo / "b.json").write_text(text, encoding="utf-8")
    (repo / ".slolint.yaml").write_text("baseline: b.json\n", encoding="utf-8")
    done = slolint("check", ".", cwd=repo)
    assert done.returncode == 2
    assert done.stderr.startswith("slolint: error: ") and message in done.stderr
    assert len(done.stderr.splitlines()) == 1


def test_write_baseline_refuses_a_linted_file(repo: Path) -> None:
    done = slolint("check", "--write-baseline", "slos/checkout.yaml", ".", cwd=repo)
    assert done.returncode == 2
    assert done.stderr == "slolint: error: refusing to write the baseline onto slos/checkout.yaml\n"

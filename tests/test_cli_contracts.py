"""Promises of the command line that were once broken, checked as users see them: a
subprocess, its exit code and its output.

* rule selection: a selector is as specific as it is written (ruff's rule);
* a check that reports a code nobody registered is an internal error (SLO000, exit 2),
  never a lost run;
* summaries say what was checked: no "All checked" for a missing path or for a run without
  a single SLO document, and ``--statistics -f json`` is valid against the output schema.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from jsonschema import Draft7Validator

ROOT = Path(__file__).resolve().parents[1]
REPO = ROOT / "tests" / "fixtures" / "cli" / "repo"
SCHEMA = ROOT / "schemas" / "slolint-output.schema.json"

SLO = """\
apiVersion: openslo/v1
kind: SLO
metadata:
  name: checkout-availability
spec:
  service: checkout
  indicator:
    metadata: {name: checkout-success}
    spec:
      ratioMetric:
        counter: true
        good: {metricSource: {type: Prometheus, spec: {query: good}}}
        total: {metricSource: {type: Prometheus, spec: {query: total}}}
  budgetingMethod: Occurrences
  timeWindow: [{duration: 28d, isRolling: true}]
  objectives:
    - target: 1.0
    - target: 99.9
"""


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "GITHUB_ACTIONS")}
    return subprocess.run(
        [sys.executable, *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )


def slolint(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return run("-m", "slolint", *args, cwd=cwd)


def codes(done: subprocess.CompletedProcess[str]) -> set[str]:
    return {line.split()[1] for line in done.stdout.splitlines()}


@pytest.fixture
def slo_file(tmp_path: Path) -> Path:
    (tmp_path / "slo.yaml").write_text(SLO, encoding="utf-8")
    return tmp_path


# --- selection ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("selection", "expected"),
    [
        # the documented case: the exact code beats its group's prefix
        (["--ignore", "SLO2", "--select", "SLO201"], {"SLO201"}),
        (["--select", "SLO2", "--ignore", "SLO201"], {"SLO202"}),
        # a group that holds a single rule today is still a prefix, not that rule's code
        (["--ignore", "SLO4", "--select", "SLO401"], {"SLO401"}),
        (["--ignore", "SLO20", "--select", "SLO201"], {"SLO201"}),
        # a name is exactly as specific as its code: a tie, and ignoring wins the tie
        (["--ignore", "SLO20", "--select", "target-not-below-100"], {"SLO201"}),
        (["--select", "target-not-below-100", "--ignore", "SLO201"], set()),
    ],
)
def test_the_most_specific_selector_wins(
    slo_file: Path, selection: list[str], expected: set[str]
) -> None:
    done = slolint("check", "--no-context", "-f", "concise", *selection, ".", cwd=slo_file)
    assert codes(done) == expected
    assert done.returncode == (1 if expected else 0), done.stdout + done.stderr


# --- unregistered codes --------------------------------------------------------------


def test_an_unregistered_code_is_an_internal_error_and_the_run_goes_on(slo_file: Path) -> None:
    script = textwrap.dedent(
        """
        import dataclasses, sys
        from slolint.cli import main
        from slolint.findings import violation
        from slolint.registry import _CATALOG, RULES
        from slolint.rules import load_rules

        load_rules()
        entry = RULES["SLO202"]

        def check(workspace):
            for found in entry.check(workspace):
                yield dataclasses.replace(found, code="SLO299")

        _CATALOG["SLO202"] = dataclasses.replace(entry, check=check)
        sys.exit(main(["check", "--no-context", "--select", "SLO2", "-f", "concise", "."]))
        """
    )
    done = run("-c", script, cwd=slo_file)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stdout.splitlines() == [
        'slo.yaml:1:1: SLO000 [error] internal error: a check reported the unregistered code "SLO299"; please report it (internal-error)',
        "slo.yaml:17:15: SLO201 [error] objective target 1.0 (100%) leaves no error budget; use a target below 1 (target-not-below-100)",
    ]


# --- summaries -----------------------------------------------------------------------


def test_a_missing_path_is_not_all_checked(tmp_path: Path) -> None:
    done = slolint("check", "missing.yaml", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr == "slolint: error: path missing.yaml does not exist\n"
    assert done.stdout == "Nothing checked: 1 path could not be read\n"


def test_a_missing_path_next_to_a_clean_file(tmp_path: Path) -> None:
    (tmp_path / "app.yaml").write_text("name: app\n", encoding="utf-8")
    done = slolint("check", "app.yaml", "missing.yaml", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stdout == "No problems in 1 file, but 1 path could not be read\n"


def test_a_run_without_slo_documents_says_so(tmp_path: Path) -> None:
    (tmp_path / "workflow.yaml").write_text("on: push\njobs: {}\n", encoding="utf-8")
    (tmp_path / "service.yaml").write_text(
        "apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec: {ports: [{port: 80}]}\n",
        encoding="utf-8",
    )
    done = slolint("check", ".", cwd=tmp_path)
    assert done.returncode == 0
    assert done.stdout == "Checked 2 files: no SLO documents found\n"


def test_a_clean_run_with_slo_documents_is_all_checked() -> None:
    # slis/ would report the SLA's dangling indicatorRef, whose closest name is in slis/
    done = slolint("check", "policies/", cwd=REPO)
    assert done.returncode == 0
    assert done.stdout == "All checked: no problems in 1 file\n  configuration: .slolint.yaml\n"


def test_json_statistics_validate_against_the_output_schema() -> None:
    done = slolint("check", "--statistics", "-f", "json", ".", cwd=REPO)
    assert done.returncode == 1
    record = json.loads(done.stdout)
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert list(Draft7Validator(schema).iter_errors(record)) == []
    rows = {row["code"]: row["count"] for row in record["statistics"]}
    assert rows["SLO201"] == 1
    assert sum(rows.values()) == record["summary"]["findings"]

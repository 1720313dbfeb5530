"""What a cold process imports: ``--version`` nothing of the linter, a valid file no
``jsonschema`` (only a document the compiled validators reject needs it). Checked with
``-X importtime``, never with a clock."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

VALID = """\
apiVersion: openslo/v1
kind: SLO
metadata:
  name: checkout-availability
  annotations:
    slolint.dev/policy-exempt: tracked while in beta
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
  objectives: [{target: 0.999}]
"""


def imported(cwd: Path, *args: str) -> tuple[set[str], subprocess.CompletedProcess[str]]:
    run = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "slolint", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    modules = {
        line.rsplit("|", 1)[1].strip()
        for line in run.stderr.splitlines()
        if line.startswith("import time:") and "|" in line
    }
    return modules, run


def test_version_imports_nothing_of_the_linter(tmp_path: Path) -> None:
    modules, run = imported(tmp_path, "--version")
    assert run.returncode == 0 and run.stdout.startswith("slolint ")
    heavy = {"slolint.engine", "slolint.load", "ruamel.yaml", "jsonschema", "multiprocessing"}
    assert modules & heavy == set()


def test_a_valid_file_is_checked_without_jsonschema(tmp_path: Path) -> None:
    (tmp_path / "slo.yaml").write_text(VALID, encoding="utf-8")
    modules, run = imported(tmp_path, "check", "slo.yaml")
    assert run.returncode == 0, run.stdout
    assert "slolint._fastschema.generated" in modules
    # (decimal arrives with fractions, which the exact SLA comparison needs: about 1 ms)
    assert {"jsonschema", "referencing", "multiprocessing"} & modules == set()


def test_an_invalid_file_brings_in_jsonschema_for_the_messages(tmp_path: Path) -> None:
    (tmp_path / "slo.yaml").write_text(VALID.replace("Occurrences", "Ocurrences"), encoding="utf-8")
    modules, run = imported(tmp_path, "check", "slo.yaml")
    assert run.returncode == 1
    assert "SLO104" in run.stdout and 'did you mean "Occurrences"?' in run.stdout
    assert "jsonschema" in modules

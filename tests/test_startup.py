"""What a cold process imports: ``--version`` nothing of the linter, a valid file no
``jsonschema`` (only a document the compiled validators reject needs it), no configuration
validation without a configuration file, no cache outside a repository, and only the output
formats asked for. Checked with the set of modules loaded, never with a clock."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

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


PROBE = """
import sys
from slolint.cli import main
try:
    code = main(sys.argv[1:])
finally:
    sys.stderr.write("\\0" + "\\n".join(sorted(sys.modules)))
raise SystemExit(code)
"""
"""The command line in a fresh process, then every module it imported, on stderr after a
NUL. ``sys.modules`` rather than ``-X importtime``: a module loaded through
``importlib.import_module`` (rules, formatters) is missing from the latter's log."""


def imported(cwd: Path, *args: str) -> tuple[set[str], subprocess.CompletedProcess[str]]:
    run = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    stderr, _, listing = run.stderr.rpartition("\0")
    run.stderr = stderr
    return set(listing.splitlines()), run


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


UNASKED_FORMATS = {
    "slolint.report.sarif",
    "slolint.report.junit",
    "slolint.report.markdown",
    "slolint.report.json_format",
    "slolint.report.github",
    "xml.etree.ElementTree",
}


def test_a_valid_file_without_configuration_or_repository_imports_only_what_it_needs(
    tmp_path: Path,
) -> None:
    (tmp_path / "slo.yaml").write_text(VALID, encoding="utf-8")
    modules, run = imported(tmp_path, "check", "slo.yaml")
    assert run.returncode == 0, run.stdout
    assert "slolint.report.text" in modules
    assert modules & UNASKED_FORMATS == set()
    # no configuration file: nothing validates one; outside git: no cache to open
    assert "slolint.config.validation" not in modules
    assert {"slolint.cache.store", "slolint.cache.record", "pickle", "hashlib"} & modules == set()
    assert "slolint.cache.location" in modules


def test_a_configuration_file_brings_in_its_validation(tmp_path: Path) -> None:
    (tmp_path / "slo.yaml").write_text(VALID, encoding="utf-8")
    (tmp_path / ".slolint.yaml").write_text("ignore: [SLO303]\n", encoding="utf-8")
    modules, run = imported(tmp_path, "check", "slo.yaml")
    assert run.returncode == 0, run.stdout + run.stderr
    assert "slolint.config.validation" in modules


def test_an_output_format_imports_its_own_module_only(tmp_path: Path) -> None:
    (tmp_path / "slo.yaml").write_text(VALID, encoding="utf-8")
    modules, run = imported(tmp_path, "check", "-f", "sarif", "slo.yaml")
    assert run.returncode == 0, run.stdout
    assert '"version": "2.1.0"' in run.stdout
    assert modules & UNASKED_FORMATS == {"slolint.report.sarif"}
    assert "slolint.report.text" not in modules


def test_an_unknown_output_format_lists_every_format(tmp_path: Path) -> None:
    (tmp_path / "slo.yaml").write_text(VALID, encoding="utf-8")
    _, run = imported(tmp_path, "check", "-f", "yaml", "slo.yaml")
    assert run.returncode == 2
    assert run.stderr.splitlines()[-1] == (
        "slolint: error: unknown output format 'yaml'; expected one of "
        "concise, github, json, junit, markdown, sarif, text"
    )


SLA = """\
apiVersion: slolint.dev/v1alpha1
kind: SLA
metadata:
  name: checkout-sla
spec:
  service: checkout
  objectives:
    - target: 0.99
      timeWindow: [{duration: 28d, isRolling: true}]
"""

SLA_COMPARISON = {"slolint.compare", "slolint.periods", "fractions"}


def test_without_an_sla_the_exact_comparison_is_not_imported(tmp_path: Path) -> None:
    (tmp_path / "slo.yaml").write_text(VALID, encoding="utf-8")
    modules, run = imported(tmp_path, "check", "slo.yaml")
    assert run.returncode == 0, run.stdout
    assert "slolint.rules.sla" in modules  # the rules run; they find no SLA to compare
    assert SLA_COMPARISON & modules == set()


def test_an_sla_brings_in_the_exact_comparison(tmp_path: Path) -> None:
    (tmp_path / "slo.yaml").write_text(VALID + "---\n" + SLA, encoding="utf-8")
    modules, run = imported(tmp_path, "check", "slo.yaml")
    assert run.returncode == 0, run.stdout + run.stderr
    assert modules >= SLA_COMPARISON


def test_outside_a_repository_nothing_runs_git_or_writes_report_files(tmp_path: Path) -> None:
    (tmp_path / "slo.yaml").write_text(VALID, encoding="utf-8")
    modules, run = imported(tmp_path, "check", "slo.yaml")
    assert run.returncode == 0, run.stdout
    # subprocess only runs git; the atomic writer (tempfile) only writes -f FORMAT=FILE;
    # config.show only answers --show-settings; difflib only suggests names for mistakes,
    # traceback only describes an internal error
    unused = {"subprocess", "tempfile", "slolint.report.target", "slolint.config.show"}
    unused |= {"difflib", "traceback"}
    assert unused & modules == set()


def test_a_report_file_brings_in_the_atomic_writer(tmp_path: Path) -> None:
    (tmp_path / "slo.yaml").write_text(VALID, encoding="utf-8")
    modules, run = imported(tmp_path, "check", "-f", "json=out.json", "slo.yaml")
    assert run.returncode == 0, run.stdout + run.stderr
    assert {"slolint.report.target", "tempfile"} <= modules
    assert (tmp_path / "out.json").read_text(encoding="utf-8").startswith("{")


def test_inside_a_repository_git_is_run(tmp_path: Path) -> None:
    if shutil.which("git") is None:
        pytest.skip("needs git")
    (tmp_path / "slo.yaml").write_text(VALID, encoding="utf-8")
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    modules, run = imported(tmp_path, "check", "--no-cache", "slo.yaml")
    assert run.returncode == 0, run.stdout + run.stderr
    assert "subprocess" in modules


def test_a_command_builds_only_its_own_arguments(tmp_path: Path) -> None:
    """The parser of one command is enough to run it; help and errors list every command."""
    _, run = imported(tmp_path, "--help")
    assert run.returncode == 0
    listed = run.stdout.split("COMMAND", 2)[-1]
    for command in ("check", "clean", "rule", "rules", "config", "schema", "server"):
        assert f"\n    {command} " in listed, command
    _, run = imported(tmp_path, "rules", "--output-format", "json")
    assert run.returncode == 0 and run.stdout.startswith("[")
    _, run = imported(tmp_path, "lint")
    assert run.returncode == 2
    assert "invalid choice: 'lint' (choose from 'check', 'clean', 'rule', 'rules'" in run.stderr


def test_the_policy_machinery_loads_only_for_a_configured_policy(tmp_path: Path) -> None:
    (tmp_path / "slo.yaml").write_text(VALID, encoding="utf-8")
    modules, run = imported(tmp_path, "check", "slo.yaml")
    assert run.returncode == 0, run.stdout
    assert {"slolint.policies", "slolint.config.policy_schema"} & modules == set()
    (tmp_path / ".slolint.yaml").write_text(
        "policies:\n"
        "  - code: ACME1\n"
        "    name: needs-a-team\n"
        "    message: every SLO names its team\n"
        "    assert: {required: [labels], properties: {labels: {required: [team]}}}\n",
        encoding="utf-8",
    )
    modules, run = imported(tmp_path, "check", "slo.yaml")
    assert run.returncode == 1, run.stdout + run.stderr
    assert "ACME1" in run.stdout
    assert "slolint.policies" in modules


GC_PROBE = """
import contextlib, gc, io, sys
from slolint import cli
console = sys.argv[1] == "console"
sys.argv = ["slolint", "rules"]
with contextlib.redirect_stdout(io.StringIO()):
    cli._main(None if console else ["rules"])
print(gc.get_freeze_count() > 0, gc.isenabled())
"""
"""``slolint rules`` as the console script runs it (``argv`` None) or as a caller would."""


def test_the_console_run_keeps_the_collector_off_what_the_imports_made(tmp_path: Path) -> None:
    """The process's own run freezes the objects its imports made (the first collection
    would otherwise walk all of them); an in-process caller's collector is left alone."""

    def frozen_and_collecting(mode: str) -> str:
        return subprocess.run(
            [sys.executable, "-c", GC_PROBE, mode],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        ).stdout

    assert frozen_and_collecting("console") == "True True\n"
    assert frozen_and_collecting("embedded") == "False True\n"

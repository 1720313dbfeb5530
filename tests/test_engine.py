"""The pipeline as a whole: context files, failures inside slolint, paths, parallelism."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

import slolint.engine
from slolint.engine import CheckOptions, check, exit_code
from slolint.findings import Severity
from slolint.registry import RULES
from slolint.rules import load_rules
from slolint.selection import Selection

SLO = """\
apiVersion: openslo/v1
kind: SLO
metadata:
  name: {name}
  labels: {{service: checkout}}
spec:
  service: checkout
  indicatorRef: checkout-success
  budgetingMethod: Occurrences
  timeWindow: [{{duration: 28d, isRolling: true}}]
  objectives:
    - target: {target}
"""

POLICY = """\
apiVersion: slolint.dev/v1alpha1
kind: ErrorBudgetPolicy
metadata: {name: checkout-ebp}
spec:
  owner: pm
  scope: {selector: {matchLabels: {service: checkout}}}
  triggers: [{name: exhausted, when: {budgetConsumed: 1.0}, actions: [{type: releaseFreeze, actor: dev}]}]
"""

SLI = """\
apiVersion: openslo/v1
kind: SLI
metadata: {name: checkout-success}
spec:
  ratioMetric:
    counter: true
    good: {metricSource: {type: Prometheus, spec: {query: good}}}
    total: {metricSource: {type: Prometheus, spec: {query: total}}}
"""


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / ".git").mkdir()
    (tmp_path / "slos").mkdir()
    (tmp_path / "policies").mkdir()
    (tmp_path / "slos" / "a.yaml").write_text(SLO.format(name="checkout-a", target="0.999"))
    (tmp_path / "slos" / "b.yaml").write_text(SLO.format(name="checkout-b", target="1.0"))
    (tmp_path / "policies" / "ebp.yaml").write_text(POLICY)
    (tmp_path / "policies" / "sli.yaml").write_text(SLI)
    (tmp_path / "workflow.yaml").write_text("on: push\njobs: {}\n")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def codes(paths: list[str], **options: object) -> list[tuple[str, int, str]]:
    result = check(CheckOptions(paths=paths, cwd=Path.cwd(), **options))  # type: ignore[arg-type]
    assert result.errors == []
    return [(f.file, f.position.line, f.code) for f in result.findings]


def test_directory_run_sees_every_file(repo: Path) -> None:
    assert codes(["."]) == [("slos/b.yaml", 12, "SLO201")]


def test_named_files_are_reported_alone_but_see_the_repository_as_context(repo: Path) -> None:
    # the policy in policies/ still covers the SLO, and nothing is reported on b.yaml
    assert codes(["slos/a.yaml"]) == []


def test_no_context_drops_the_rest_of_the_repository(repo: Path) -> None:
    assert codes(["slos/a.yaml"], context=False) == [
        ("slos/a.yaml", 4, "SLO401"),  # the policy is not seen
        ("slos/a.yaml", 8, "SLO802"),  # nor the SLI
    ]


def test_context_is_found_from_a_subdirectory(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(repo / "slos")
    assert codes(["a.yaml"]) == []


def test_files_are_never_modified(repo: Path) -> None:
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in repo.rglob("*.yaml")}
    check(CheckOptions(paths=["."], cwd=repo))
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in repo.rglob("*.yaml")} == before


def test_a_raising_rule_is_reported_with_its_file_and_the_run_goes_on(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_rules()
    original = RULES["SLO401"]

    def explode(workspace: object) -> Iterator[object]:
        for slo in workspace.slos:
            if slo.name == "checkout-b":
                raise KeyError("boom")
        yield from ()

    monkeypatch.setitem(RULES, "SLO401", dataclasses.replace(original, check=explode))
    result = check(CheckOptions(paths=["."], cwd=repo))
    found = [(f.file, f.code, f.message) for f in result.findings]
    assert ("slos/b.yaml", "SLO201", found[1][2]) in found  # the other rules still ran
    internal = [f for f in result.findings if f.code == "SLO000"]
    assert [(f.file, f.severity) for f in internal] == [("slos/b.yaml", Severity.ERROR)]
    assert (
        "running rule SLO401 (error-budget-policy-missing): KeyError: 'boom'" in internal[0].message
    )
    assert exit_code(result, Severity.ERROR) == 2


def test_debug_reraises(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    load_rules()

    def explode(workspace: object) -> Iterator[object]:
        raise RuntimeError("boom")

    monkeypatch.setitem(RULES, "SLO201", dataclasses.replace(RULES["SLO201"], check=explode))
    with pytest.raises(RuntimeError, match="boom"):
        check(CheckOptions(paths=["."], cwd=repo, debug=True))


def test_a_dying_worker_is_reported_and_never_hangs(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = slolint.engine.process_file

    def fragile(job: slolint.engine.FileJob, debug: bool = False) -> slolint.engine.FileResult:
        if job.shown == "slos/b.yaml":
            os._exit(13)
        return real(job, debug)

    monkeypatch.setattr(slolint.engine, "process_file", fragile)
    result = check(CheckOptions(paths=["."], cwd=repo, jobs=2))
    internal = [(f.file, f.code) for f in result.findings if f.code == "SLO000"]
    assert internal == [("slos/b.yaml", "SLO000")]
    assert "worker process died" in result.findings[0].message
    assert exit_code(result, Severity.ERROR) == 2


def test_output_is_identical_for_every_jobs_value(repo: Path) -> None:
    for index in range(40):
        (repo / "slos" / f"gen{index:02}.yaml").write_text(
            SLO.format(name=f"gen-{index}", target="1.0")
        )
    serial = check(CheckOptions(paths=["."], cwd=repo, jobs=1)).findings
    parallel = check(CheckOptions(paths=["."], cwd=repo, jobs=2)).findings
    assert serial == parallel
    assert len(serial) == 41
    assert serial == sorted(
        serial, key=lambda f: (f.file, f.position.line, f.position.column, f.code)
    )


def test_missing_path_is_an_input_error(repo: Path) -> None:
    result = check(CheckOptions(paths=["nope/"], cwd=repo))
    assert result.errors == ["path nope/ does not exist"]
    assert exit_code(result, Severity.ERROR) == 2


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files regardless of permissions")
def test_unreadable_file_is_an_input_error(repo: Path) -> None:
    target = repo / "slos" / "a.yaml"
    target.chmod(0)
    try:
        result = check(CheckOptions(paths=["."], cwd=repo))
    finally:
        target.chmod(0o644)
    assert result.errors == ["cannot read slos/a.yaml: Permission denied"]


def test_unreadable_file_as_root_is_simulated(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_open = os.open

    def guarded(file: object, *args: object, **kwargs: object) -> object:
        if str(file).endswith("a.yaml"):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr("os.open", guarded)
    result = check(CheckOptions(paths=["."], cwd=repo))
    assert result.errors == ["cannot read slos/a.yaml: Permission denied"]
    assert exit_code(result, Severity.ERROR) == 2


def test_symlink_loops_do_not_trap_the_walk(repo: Path) -> None:
    (repo / "slos" / "loop").symlink_to(repo / "slos", target_is_directory=True)
    (repo / "dangling.yaml").symlink_to(repo / "missing.yaml")
    assert codes(["."]) == [("slos/b.yaml", 12, "SLO201")]


def test_many_non_yaml_files_are_skipped(repo: Path) -> None:
    junk = repo / "junk"
    junk.mkdir()
    for index in range(2000):
        (junk / f"f{index}.txt").write_text("x")
    assert codes(["."]) == [("slos/b.yaml", 12, "SLO201")]


def test_selection_by_prefix_and_name(repo: Path) -> None:
    selection = Selection.build(["SLO2", "error-budget-policy-missing"], ["target-not-below-100"])
    assert "SLO201" not in selection
    assert "SLO401" in selection
    assert codes(["."], selection=selection) == []


def test_load_problems_of_other_yaml_are_not_ours(repo: Path) -> None:
    (repo / "workflow.yaml").write_text("on: push\non: pull_request\nx: !custom 1\n")
    (repo / "slos" / "dup.yaml").write_text(
        SLO.format(name="checkout-c", target="0.99").replace(
            "  service: checkout\n", "  service: checkout\n  service: checkout\n", 1
        )
    )
    (repo / "broken.yaml").write_text("a: [1\n")
    assert codes(["."]) == [
        ("broken.yaml", 2, "SLO001"),  # syntax errors are always reported
        ("slos/b.yaml", 12, "SLO201"),
        ("slos/dup.yaml", 8, "SLO002"),
    ]

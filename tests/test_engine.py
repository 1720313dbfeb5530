"""The pipeline as a whole: context files, what named files report, failures inside slolint,
paths on hostile filesystems, parallelism."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import slolint.discover
import slolint.engine
import slolint.world.git
from helpers import GIT, git
from slolint import registry
from slolint.config import Resolver
from slolint.engine import CheckOptions, check, exit_code
from slolint.findings import ObjectRef, Origin, Related, Severity, violation
from slolint.recognize import Recognized
from slolint.registry import RULES
from slolint.report.text import render_finding
from slolint.rules import load_rules
from slolint.scope import Reason, ReportScope, report_reason
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

    monkeypatch.setitem(registry._CATALOG, "SLO401", dataclasses.replace(original, check=explode))
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

    monkeypatch.setitem(
        registry._CATALOG, "SLO201", dataclasses.replace(RULES["SLO201"], check=explode)
    )
    with pytest.raises(RuntimeError, match="boom"):
        check(CheckOptions(paths=["."], cwd=repo, debug=True))


DYING_WORKER = """\
import json, os, sys
from pathlib import Path
import slolint.engine
import slolint.world.git
from slolint.engine import CheckOptions, check, exit_code
from slolint.findings import Severity

real = slolint.engine.process_data

def fragile(job, data, debug=False, size=None):
    if job.shown == "slos/b.yaml":
        os._exit(13)  # the worker dies without a word, as on an OOM kill
    return real(job, data, debug, size)

slolint.engine.process_data = fragile
result = check(CheckOptions(paths=["."], cwd=Path(sys.argv[1]), jobs=2))
found = [[f.file, f.code, f.message] for f in result.findings]
print(json.dumps({"findings": found, "exit": exit_code(result, Severity.ERROR)}))
"""


def test_a_dying_worker_is_reported_and_never_hangs(repo: Path) -> None:
    """Run in a child process so that a hang is a failed test, not a stuck suite: the
    child (and the workers of its pool, in the same session) are killed after 120 s."""
    with subprocess.Popen(
        [sys.executable, "-c", DYING_WORKER, str(repo)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    ) as child:
        try:
            out, err = child.communicate(timeout=120)
        except subprocess.TimeoutExpired:
            os.killpg(child.pid, signal.SIGKILL)
            child.communicate()
            pytest.fail("check() did not return within 120 s after a worker process died")
    assert child.returncode == 0, err
    done = json.loads(out)
    internal = [(file, message) for file, code, message in done["findings"] if code == "SLO000"]
    assert [file for file, _ in internal] == ["slos/b.yaml"]
    assert "worker process died" in internal[0][1]
    assert done["exit"] == 2


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
    (repo / "broken.yaml").write_text("apiVersion: openslo/v1\nkind: SLO\nmetadata: [1\n")
    (repo / "chart.yaml").write_text("a: [1\n")
    assert codes(["."]) == [
        ("broken.yaml", 3, "SLO001"),  # a broken file that looks like an SLO file
        ("slos/b.yaml", 12, "SLO201"),
        ("slos/dup.yaml", 8, "SLO002"),
    ]


# --- what a named file breaks elsewhere --------------------------------------------------

SLA = """\
apiVersion: slolint.dev/v1alpha1
kind: SLA
metadata: {{name: checkout-sla}}
spec:
  service: checkout
  objectives:
    - indicatorRef: checkout-success
      targetPercent: {percent}
      timeWindow: [{{duration: 28d, isRolling: true}}]
"""

ROOT = Path(__file__).resolve().parents[1]
needs_git = pytest.mark.skipif(GIT is None, reason="git is not installed")


def reported(paths: list[str], cwd: Path) -> list[tuple[str, int, str, str | None]]:
    result = check(CheckOptions(paths=paths, cwd=cwd))
    assert result.errors == []
    return [(f.file, f.position.line, f.code, f.reported_because) for f in result.findings]


def test_a_named_sla_reports_the_slo_it_breaks(repo: Path) -> None:
    (repo / "sla.yaml").write_text(SLA.format(percent="99.95"))
    # checkout-a (99.9%) is below the SLA; checkout-b (100%) is above it but has SLO201
    assert reported(["sla.yaml"], repo) == [
        ("slos/a.yaml", 12, "SLO301", "sla.yaml"),
    ]
    # naming the SLO itself reports the same finding without a reason
    assert reported(["slos/a.yaml"], repo) == [("slos/a.yaml", 12, "SLO301", None)]


def test_the_sla_is_a_related_location_of_the_finding(repo: Path) -> None:
    (repo / "sla.yaml").write_text(SLA.format(percent="99.95"))
    (finding,) = check(CheckOptions(paths=["sla.yaml"], cwd=repo)).findings
    assert [(r.file, r.position.line, r.label) for r in finding.related] == [
        ("sla.yaml", 8, "the SLA objective")
    ]


def test_a_named_policy_reports_the_slos_it_no_longer_covers(repo: Path) -> None:
    (repo / "policies" / "ebp.yaml").write_text(POLICY.replace("service: checkout", "service: c"))
    assert reported(["policies/ebp.yaml"], repo) == [
        ("slos/a.yaml", 4, "SLO401", "policies/ebp.yaml"),
        ("slos/b.yaml", 4, "SLO401", "policies/ebp.yaml"),
    ]


def test_slo401_names_policies_whose_selector_looks_at_the_slo_labels(repo: Path) -> None:
    (repo / "policies" / "ebp.yaml").write_text(POLICY.replace("service: checkout", "service: c"))
    findings = check(CheckOptions(paths=["slos/a.yaml"], cwd=repo)).findings
    assert [
        (f.code, [(r.file, r.position.line, r.label) for r in f.related]) for f in findings
    ] == [
        ("SLO401", [("policies/ebp.yaml", 6, 'the selector of error-budget policy "checkout-ebp"')])
    ]


def test_a_named_sli_reports_the_references_its_rename_left_dangling(repo: Path) -> None:
    (repo / "policies" / "sli.yaml").write_text(SLI.replace("checkout-success", "checkout-ok"))
    result = check(CheckOptions(paths=["policies/sli.yaml"], cwd=repo))
    assert [(f.file, f.position.line, f.code, f.reported_because) for f in result.findings] == [
        ("slos/a.yaml", 8, "SLO802", "policies/sli.yaml"),
        ("slos/b.yaml", 8, "SLO802", "policies/sli.yaml"),
    ]
    assert result.findings[0].message == (
        'indicatorRef names SLI "checkout-success", which does not exist; '
        'did you mean "checkout-ok"?'
    )
    assert [(r.file, r.label) for r in result.findings[0].related] == [
        ("policies/sli.yaml", "the closest SLI name")
    ]


def test_an_unrelated_named_file_reports_nothing_elsewhere(repo: Path) -> None:
    (repo / "policies" / "sli.yaml").write_text(SLI.replace("checkout-success", "checkout-ok"))
    # SLO802 in both SLOs and SLO201 in b.yaml exist, but none depends on the workflow
    assert reported(["workflow.yaml"], repo) == []
    # an SLO file does not make dangling SLI references of other SLOs its business
    assert reported(["slos/a.yaml"], repo) == [("slos/a.yaml", 8, "SLO802", None)]


def test_text_output_says_which_named_file_a_finding_comes_from(repo: Path) -> None:
    (repo / "sla.yaml").write_text(SLA.format(percent="99.95"))
    (finding,) = check(CheckOptions(paths=["sla.yaml"], cwd=repo)).findings
    assert render_finding(finding, color=False).splitlines() == [
        "slos/a.yaml:12:15: SLO301 [error] SLO target 0.999 (99.9%) is not stricter than SLA "
        '"checkout-sla" target 99.95% (sla.yaml:8); raise the SLO target above the SLA '
        "(slo-not-stricter-than-sla)",
        "   |",
        "12 |     - target: 0.999",
        "   |               ^^^^^",
        "   = reported because sla.yaml changed",
    ]


# --- where context comes from ----------------------------------------------------------


def git_init(folder: Path) -> None:
    assert GIT is not None
    subprocess.run([GIT, "init", "-q", str(folder)], check=True, capture_output=True)


def test_examples_take_no_context_from_the_test_fixtures(monkeypatch: pytest.MonkeyPatch) -> None:
    """A fixture policy under tests/ selects team: payments; examples/ sets its context-root."""
    monkeypatch.chdir(ROOT)
    config = Resolver(ROOT, env={})
    options = CheckOptions(paths=["examples/slos/payments-webhooks.yaml"], cwd=ROOT, config=config)
    result = check(options)
    assert [(f.file, f.position.line, f.code, f.reported_because) for f in result.findings] == [
        ("examples/slos/payments-webhooks.yaml", 6, "SLO401", None)
    ]
    assert exit_code(result, Severity.ERROR) == 1


def spy_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files the run reads (reported or context), in the order it reads them."""
    reads: list[str] = []
    real = slolint.engine.process_file

    def spy(job: slolint.engine.FileJob, debug: bool = False) -> slolint.engine.FileResult:
        reads.append(job.shown)
        return real(job, debug)

    monkeypatch.setattr(slolint.engine, "process_file", spy)
    return reads


def outside_project(tmp_path: Path) -> Path:
    """A team folder and an unrelated folder side by side, outside any repository."""
    (tmp_path / "team" / "slos" / "old").mkdir(parents=True)
    (tmp_path / "team" / "policies").mkdir()
    (tmp_path / "other").mkdir()
    (tmp_path / "team" / "slos" / "api.yaml").write_text(SLO.format(name="api", target="0.99"))
    (tmp_path / "team" / "slos" / "old" / "sli.yaml").write_text(SLI)
    (tmp_path / "team" / "policies" / "ebp.yaml").write_text(POLICY)
    (tmp_path / "other" / "noise.yaml").write_text(SLO.format(name="noise", target="1.0"))
    return tmp_path


def test_outside_a_repository_the_current_directory_is_the_world(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Standing at the root of a project (as pre-commit does), named files see all of it."""
    root = outside_project(tmp_path)
    reads = spy_reads(monkeypatch)
    assert reported(["team/slos/api.yaml"], root) == []  # team/policies covers it
    assert sorted(reads) == [
        "other/noise.yaml",
        "team/policies/ebp.yaml",
        "team/slos/api.yaml",
        "team/slos/old/sli.yaml",
    ]


def test_outside_a_repository_a_configuration_marks_the_project(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = outside_project(tmp_path)
    (root / "team" / ".slolint.yaml").write_text("fail-on: error\n")
    reads = spy_reads(monkeypatch)
    # from elsewhere, the configuration in team/ says where the project starts
    assert reported([str(root / "team" / "slos" / "api.yaml")], root / "other") == []
    assert sorted(Path(r).relative_to(root).as_posix() for r in reads) == [
        "team/.slolint.yaml",
        "team/policies/ebp.yaml",
        "team/slos/api.yaml",
        "team/slos/old/sli.yaml",
    ]


def test_outside_a_repository_and_the_current_directory_only_the_named_folders_are_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Naming one file in a large shared folder from elsewhere must not read that folder."""
    root = outside_project(tmp_path)
    reads = spy_reads(monkeypatch)
    named = str(root / "team" / "slos" / "api.yaml")
    result = check(CheckOptions(paths=[named], cwd=root / "other"))
    assert [(f.position.line, f.code) for f in result.findings] == [(4, "SLO401")]
    assert result.notes == [
        f"{named} is outside the current directory and no slolint configuration marks its "
        f"project: cross-file rules see only {root / 'team' / 'slos'}"
    ]
    assert sorted(Path(r).relative_to(root).as_posix() for r in reads) == [
        "team/slos/api.yaml",
        "team/slos/old/sli.yaml",
    ]


@needs_git
def test_context_comes_from_the_named_files_repository_not_the_current_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = tmp_path / "project"
    (project / "slos").mkdir(parents=True)
    (project / "slos" / "a.yaml").write_text(SLO.format(name="checkout-a", target="0.999"))
    (project / "ebp.yaml").write_text(POLICY)
    (project / "sli.yaml").write_text(SLI)
    git_init(project)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "noise.yaml").write_text(SLO.format(name="noise", target="1.0"))
    reads = spy_reads(monkeypatch)
    assert reported([str(project / "slos" / "a.yaml")], elsewhere) == []
    assert sorted(reads) == sorted(
        [str(project / "slos" / "a.yaml"), str(project / "ebp.yaml"), str(project / "sli.yaml")]
    )


@needs_git
def test_context_skips_what_git_ignores(tmp_path: Path) -> None:
    (tmp_path / "slos").mkdir()
    (tmp_path / "build").mkdir()
    (tmp_path / "slos" / "a.yaml").write_text(SLO.format(name="checkout-a", target="0.999"))
    (tmp_path / "sli.yaml").write_text(SLI)
    (tmp_path / "build" / "ebp.yaml").write_text(POLICY)  # rendered output, ignored
    (tmp_path / ".gitignore").write_text("build/\n")
    git_init(tmp_path)
    assert reported(["slos/a.yaml"], tmp_path) == [("slos/a.yaml", 4, "SLO401", None)]


@needs_git
def test_without_git_the_context_is_walked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "slos").mkdir()
    (tmp_path / "build").mkdir()
    (tmp_path / "slos" / "a.yaml").write_text(SLO.format(name="checkout-a", target="0.999"))
    (tmp_path / "sli.yaml").write_text(SLI)
    (tmp_path / "build" / "ebp.yaml").write_text(POLICY)
    (tmp_path / ".gitignore").write_text("build/\n")
    git_init(tmp_path)
    monkeypatch.setattr(slolint.world.git.shutil, "which", lambda name: None)
    # without git the top level is walked; only git interprets .gitignore, so the policy
    # in build/ is part of the world and covers the SLO
    assert reported(["slos/a.yaml"], tmp_path) == []


def test_context_is_bounded_and_says_so(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(slolint.discover, "MAX_CONTEXT_FILES", 2)
    result = check(CheckOptions(paths=["slos/a.yaml"], cwd=repo))
    assert len(result.notes) == 1
    assert result.notes[0].startswith("context limited to 2 files: cross-file rules saw only")
    assert exit_code(result, Severity.ERROR) == 1  # the policy was not seen: SLO401


def test_a_broken_file_without_slo_markers_is_skipped(repo: Path) -> None:
    (repo / "chart").mkdir()
    (repo / "chart" / "deployment.yaml").write_text(
        'metadata:\n  name: {{ include "x.fullname" . }}\n  {{- with .Values.labels }}\n'
    )
    (repo / "broken.yaml").write_text("apiVersion: OpenSLO/v1\nkind: SLO\nspec: [1\n")
    assert reported(["chart/deployment.yaml", "broken.yaml"], repo) == [
        ("broken.yaml", 3, "SLO001", None)
    ]
    assert check(CheckOptions(paths=["chart/deployment.yaml"], cwd=repo)).files == 0


# --- hostile filesystems ---------------------------------------------------------------


def test_symlinks_out_of_the_repository_are_skipped_with_a_note(
    repo: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    outside = tmp_path_factory.mktemp("outside") / "secret.yaml"
    outside.write_text(SLO.format(name="secret", target="1.0"))
    (repo / "slos" / "leak.yaml").symlink_to(outside)
    (repo / "slos" / "inside.yaml").symlink_to(repo / "slos" / "b.yaml")
    result = check(CheckOptions(paths=["."], cwd=repo))
    assert result.errors == []
    assert result.notes == [f"skipped symbolic link slos/leak.yaml: it points outside {repo}"]
    assert [(f.file, f.code) for f in result.findings] == [
        ("slos/b.yaml", "SLO201"),
        ("slos/inside.yaml", "SLO801"),  # followed, it defines b.yaml's SLO a second time
        ("slos/inside.yaml", "SLO201"),  # a link inside the repository is followed
    ]
    named = check(CheckOptions(paths=["slos/leak.yaml"], cwd=repo))
    assert (named.errors, named.findings) == ([], [])
    assert named.notes == [f"skipped symbolic link slos/leak.yaml: it points outside {repo}"]


def test_fifos_are_never_opened(repo: Path) -> None:
    os.mkfifo(repo / "slos" / "pipe.yaml")
    assert codes(["."]) == [("slos/b.yaml", 12, "SLO201")]  # the walk skips it
    assert codes(["slos/a.yaml"]) == []  # and so does context
    result = check(CheckOptions(paths=["slos/pipe.yaml"], cwd=repo))
    assert result.errors == ["path slos/pipe.yaml is not a regular file or a folder"]
    assert exit_code(result, Severity.ERROR) == 2


def test_a_folder_that_can_be_listed_but_not_entered(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Mode r-- on a folder: its names are listed, but no file in it can be looked at."""
    locked = repo / "locked"
    locked.mkdir()
    for name in ("a.yaml", "b.yaml"):
        (locked / name).write_text("x: 1\n")
    real_lstat = os.lstat

    def lstat(path: object, *args: object, **kwargs: object) -> os.stat_result:
        if os.path.dirname(os.fspath(path)) == str(locked):  # type: ignore[call-overload]
            raise PermissionError(13, "Permission denied", os.fspath(path))  # type: ignore[call-overload]
        return real_lstat(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "lstat", lstat)
    result = check(CheckOptions(paths=["."], cwd=repo))
    assert result.errors == [f"cannot enter directory {locked}: Permission denied"]
    assert [f.code for f in result.findings] == ["SLO201"]
    context = check(CheckOptions(paths=["slos/a.yaml"], cwd=repo))
    assert (context.errors, context.notes) == (
        [],
        [f"cannot enter directory {locked}: Permission denied"],
    )


def test_a_file_name_that_is_not_utf8(repo: Path) -> None:
    name = os.fsdecode(b"slos/\xff-odd.yaml")
    (repo / name).write_text(SLO.format(name="checkout-odd", target="1.0"))
    done = subprocess.run(
        [sys.executable, "-m", "slolint", "check", "-f", "concise", "."],
        cwd=repo,
        capture_output=True,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert (
        done.stdout.decode("utf-8")
        .splitlines()[0]
        .startswith("slos/\\xff-odd.yaml:12:15: SLO201 [error]")
    )


def test_a_deleted_current_directory_is_a_one_line_error(tmp_path: Path) -> None:
    gone = tmp_path / "gone"
    gone.mkdir()
    script = f"cd {gone} && rmdir {gone} && exec {sys.executable} -m slolint check a.yaml"
    done = subprocess.run(["sh", "-c", script], capture_output=True, text=True, check=False)
    assert done.returncode == 2
    assert done.stderr == (
        "slolint: error: cannot use the current directory: No such file or directory\n"
    )


def test_a_very_long_path_is_a_one_line_error(repo: Path) -> None:
    name = "x" * 5000 + ".yaml"
    result = check(CheckOptions(paths=[name], cwd=repo))
    (error,) = result.errors
    assert error.startswith("cannot read path xxx")
    assert error.endswith("xxx.yaml: File name too long")
    assert len(error) < 400
    assert exit_code(result, Severity.ERROR) == 2


def test_notes_go_to_stderr_and_leave_the_exit_code_alone(
    repo: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    outside = tmp_path_factory.mktemp("outside") / "secret.yaml"
    outside.write_text(SLO.format(name="secret", target="1.0"))
    (repo / "slos" / "leak.yaml").symlink_to(outside)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "slolint",
            "check",
            "-f",
            "concise",
            "slos/leak.yaml",
            "slos/a.yaml",
        ],
        cwd=repo,
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, done.stdout) == (0, "")
    assert done.stderr == (
        f"slolint: note: skipped symbolic link slos/leak.yaml: it points outside {repo}\n"
    )


@needs_git
def test_what_git_ignores_is_skipped_unless_the_configuration_says_otherwise(
    tmp_path: Path,
) -> None:
    (tmp_path / "slos").mkdir()
    (tmp_path / "build").mkdir()
    (tmp_path / "slos" / "a.yaml").write_text(SLO.format(name="checkout-a", target="1.0"))
    (tmp_path / "build" / "a.yaml").write_text(SLO.format(name="checkout-a", target="1.0"))
    (tmp_path / ".gitignore").write_text("build/\n")
    git_init(tmp_path)
    selection = Selection.build(["SLO201"])
    assert codes_in(tmp_path, ["."], selection) == [("slos/a.yaml", "SLO201")]
    # a folder named on the command line is linted although git ignores it
    assert codes_in(tmp_path, ["build"], selection) == [("build/a.yaml", "SLO201")]
    # ... unless --force-exclude, and then the run says why
    forced = check(
        CheckOptions(paths=["build"], cwd=tmp_path, selection=selection, force_exclude=True)
    )
    assert (forced.findings, forced.errors) == ([], [])
    assert forced.notes == ["skipped build: git ignores it, or it holds no YAML or JSON file"]
    (tmp_path / ".slolint.yaml").write_text("respect-gitignore: false\n")
    config = Resolver(tmp_path, env={}, selection=selection)
    result = check(CheckOptions(paths=["."], cwd=tmp_path, config=config))
    assert [(f.file, f.code) for f in result.findings] == [
        ("build/a.yaml", "SLO201"),
        ("slos/a.yaml", "SLO201"),
    ]


def codes_in(cwd: Path, paths: list[str], selection: Selection) -> list[tuple[str, str]]:
    result = check(CheckOptions(paths=paths, cwd=cwd, selection=selection))
    assert result.errors == []
    return [(f.file, f.code) for f in result.findings]


REF = ObjectRef("slolint.dev/v1alpha1", "ErrorBudgetPolicy", "p")


def test_the_reporting_decision_works_off_related_locations_and_kinds() -> None:
    """Generic: any rule's violation, whatever its code, by its related list and kinds."""
    own = Origin("slos/a.yaml", 0)
    other = Origin("agreements/x.sla.yaml", 0)
    policy_file = Origin("policies/p.yaml", 0)
    recognized = [
        Recognized("slolint.dev/v1alpha1", "ErrorBudgetPolicy", {}, policy_file, REF),
        Recognized("slolint.dev/v1alpha1", "SLA", {}, other, REF),
    ]
    scope = ReportScope.build(["agreements/x.sla.yaml", "policies/p.yaml"], recognized)
    plain = violation("SLO999", own.at("spec"), "m")
    assert report_reason(plain, (), scope) is None
    assert report_reason(plain, ("ErrorBudgetPolicy",), scope) == Reason("policies/p.yaml")
    assert report_reason(plain, ("SLI",), scope) is None
    related = violation("SLO999", own.at("spec"), "m", related=(Related(other.at(), "the SLA"),))
    assert report_reason(related, ("ErrorBudgetPolicy",), scope) == Reason("agreements/x.sla.yaml")
    narrowed = violation("SLO999", own.at("spec"), "m", depends_on=("SLI",))
    assert report_reason(narrowed, ("ErrorBudgetPolicy",), scope) is None
    mine = violation("SLO999", other.at("spec"), "m")
    assert report_reason(mine, (), scope) == Reason(None)


@pytest.mark.parametrize(
    "raw",
    [
        "a/b.yaml",
        "/elsewhere/x.yaml",
        "a/../c.yaml",
        "./a//b.yaml",
        "../up/a.yaml",
        "caf\udce9.yaml",
    ],
)
def test_display_path_is_pathlibs_relative_form(raw: str, tmp_path: Path) -> None:
    """The string-only display path equals ``Path.absolute().relative_to(cwd)``."""
    cwd = tmp_path / "work"
    path = Path(raw) if raw.startswith("/") else Path(cwd, raw)
    absolute = path.absolute()
    try:
        expected = absolute.relative_to(cwd).as_posix()
    except ValueError:
        expected = absolute.as_posix()
    expected = expected.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    assert slolint.discover.display_path(path, cwd) == expected


# --- absence verdicts inside git, --staged and --since -----------------------------------


@pytest.fixture
def committed(repo: Path) -> Path:
    """The ``repo`` fixture as a real, committed git repository."""
    shutil.rmtree(repo / ".git")
    git(repo, "init", "-q")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "start")
    return repo


@needs_git
def test_an_unchanged_named_file_cannot_be_the_missing_object(committed: Path) -> None:
    """Inside git, naming a file that holds an SLI does not report every dangling SLI name."""
    (committed / "slos" / "c.yaml").write_text(
        SLO.format(name="checkout-c", target="0.99").replace("checkout-success", "ghost")
    )
    git(committed, "add", "-A")
    git(committed, "commit", "-q", "-m", "ghost")
    # outside git this would report the SLO802 of c.yaml because sli.yaml holds an SLI
    assert reported(["policies/sli.yaml"], committed) == []
    assert reported(["policies/ebp.yaml"], committed) == []


@needs_git
def test_a_renamed_object_reports_the_references_it_left_dangling(committed: Path) -> None:
    (committed / "policies" / "sli.yaml").write_text(SLI.replace("checkout-success", "ok"))
    assert reported(["policies/sli.yaml"], committed) == [
        ("slos/a.yaml", 8, "SLO802", "policies/sli.yaml"),
        ("slos/b.yaml", 8, "SLO802", "policies/sli.yaml"),
    ]


@needs_git
def test_staged_deletion_reports_what_depended_on_the_deleted_file(committed: Path) -> None:
    git(committed, "rm", "-q", "policies/ebp.yaml")
    result = check(CheckOptions(cwd=committed, staged=True))
    assert result.errors == []
    assert [(f.file, f.position.line, f.code, f.reported_because) for f in result.findings] == [
        ("slos/a.yaml", 4, "SLO401", "policies/ebp.yaml"),
        ("slos/b.yaml", 4, "SLO401", "policies/ebp.yaml"),
    ]


@needs_git
def test_staged_scope_is_the_changed_files(committed: Path) -> None:
    (committed / "slos" / "a.yaml").write_text(SLO.format(name="checkout-a", target="1.0"))
    (committed / "NOTES.md").write_text("notes\n")
    git(committed, "add", "NOTES.md")
    # a.yaml is changed but not staged: nothing of it is reported, nor b.yaml's SLO201
    staged = check(CheckOptions(cwd=committed, staged=True))
    assert (staged.findings, staged.notes) == ([], [])
    git(committed, "add", "slos/a.yaml")
    assert [(f.file, f.code) for f in check(CheckOptions(cwd=committed, staged=True)).findings] == [
        ("slos/a.yaml", "SLO201")
    ]


@needs_git
def test_nothing_staged_checks_the_whole_world_with_a_note(committed: Path) -> None:
    result = check(CheckOptions(cwd=committed, staged=True))
    assert [(f.file, f.code) for f in result.findings] == [("slos/b.yaml", "SLO201")]
    assert result.notes == ["nothing staged: checked every file of the repository"]


@needs_git
def test_since_scopes_to_what_changed_after_a_commit(committed: Path) -> None:
    (committed / "policies" / "sli.yaml").write_text(SLI.replace("checkout-success", "ok"))
    git(committed, "commit", "-qam", "rename the SLI")
    result = check(CheckOptions(cwd=committed, since="HEAD~1"))
    assert [(f.file, f.code, f.reported_because) for f in result.findings] == [
        ("slos/a.yaml", "SLO802", "policies/sli.yaml"),
        ("slos/b.yaml", "SLO802", "policies/sli.yaml"),
    ]
    missing = check(CheckOptions(cwd=committed, since="no-such-ref"))
    assert missing.errors == ["--since no-such-ref names no commit"]


@needs_git
def test_under_pre_commit_the_world_is_the_index(
    committed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An untracked file with a bad target is not part of the commit."""
    (committed / "slos" / "wip.yaml").write_text(SLO.format(name="wip", target="1.0"))
    monkeypatch.setenv("PRE_COMMIT", "1")
    assert [(f.file, f.code) for f in check(CheckOptions(cwd=committed)).findings] == [
        ("slos/b.yaml", "SLO201")
    ]
    monkeypatch.delenv("PRE_COMMIT")
    assert [(f.file, f.code) for f in check(CheckOptions(cwd=committed)).findings] == [
        ("slos/b.yaml", "SLO201"),
        ("slos/wip.yaml", "SLO201"),
    ]


@needs_git
def test_a_tracked_file_is_in_the_world_whatever_gitignore_says(committed: Path) -> None:
    """Force-added files and SLO files under venv/ or node_modules/ that git tracks count."""
    for folder in ("venv", "node_modules", "generated"):
        (committed / folder).mkdir()
        (committed / folder / "x.yaml").write_text(
            SLO.format(name=f"x-{len(folder)}", target="1.0")
        )
    (committed / ".gitignore").write_text("generated/\n")
    git(committed, "add", "-f", "venv", "node_modules", "generated")
    found = [(f.file, f.code) for f in check(CheckOptions(cwd=committed)).findings]
    assert found == [
        ("generated/x.yaml", "SLO201"),
        ("node_modules/x.yaml", "SLO201"),
        ("slos/b.yaml", "SLO201"),
        ("venv/x.yaml", "SLO201"),
    ]


@needs_git
def test_git_info_exclude_and_core_excludes_file_are_honoured(committed: Path) -> None:
    for folder in ("local", "personal"):
        (committed / folder).mkdir()
        (committed / folder / "x.yaml").write_text(SLO.format(name=folder, target="1.0"))
    (committed / ".git" / "info").mkdir(exist_ok=True)
    (committed / ".git" / "info" / "exclude").write_text("local/\n")
    (committed / ".git" / "my-excludes").write_text("personal/\n")
    git(committed, "config", "core.excludesFile", str(committed / ".git" / "my-excludes"))
    assert [(f.file, f.code) for f in check(CheckOptions(cwd=committed)).findings] == [
        ("slos/b.yaml", "SLO201")
    ]


@needs_git
def test_under_pre_commit_the_index_content_is_judged(
    committed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With ``--all-files`` pre-commit stashes nothing: an unstaged fix is not in the commit."""
    (committed / "slos" / "b.yaml").write_text(SLO.format(name="checkout-b", target="0.99"))
    monkeypatch.setenv("PRE_COMMIT", "1")
    assert [(f.file, f.code) for f in check(CheckOptions(cwd=committed)).findings] == [
        ("slos/b.yaml", "SLO201")
    ]
    monkeypatch.delenv("PRE_COMMIT")
    assert check(CheckOptions(cwd=committed)).findings == []


@needs_git
def test_every_named_path_skipped_says_why_escaped(committed: Path) -> None:
    name = os.fsdecode(b"gen\xff.yaml")
    (committed / name).write_text(SLO.format(name="gen", target="1.0"))
    (committed / ".gitignore").write_text("gen*.yaml\n")
    (committed / ".slolint.yaml").write_text("exclude: [slos/]\n")
    config = Resolver(committed, env={})
    paths = [name, "slos/b.yaml"]
    result = check(CheckOptions(paths=paths, cwd=committed, config=config, force_exclude=True))
    assert (result.findings, result.errors) == ([], [])
    assert result.notes == [
        "skipped gen\\xff.yaml: git ignores it",
        "skipped slos/b.yaml: the configuration's exclude matches it",
    ]
    folder = check(CheckOptions(paths=["slos"], cwd=committed, config=config, force_exclude=True))
    assert folder.notes == ["skipped slos: the configuration's exclude matches it"]
    # named without --force-exclude, both are linted
    named = check(CheckOptions(paths=paths, cwd=committed, config=Resolver(committed, env={})))
    assert [(f.file, f.code) for f in named.findings] == [
        ("gen\\xff.yaml", "SLO201"),
        ("slos/b.yaml", "SLO201"),
    ]


@needs_git
def test_staged_in_a_pre_push_hook_uses_the_pushed_range(
    committed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (committed / "policies" / "sli.yaml").write_text(SLI.replace("checkout-success", "ok"))
    git(committed, "commit", "-qam", "rename the SLI")
    monkeypatch.setenv("PRE_COMMIT_FROM_REF", "HEAD~1")
    monkeypatch.setenv("PRE_COMMIT_TO_REF", "HEAD")
    result = check(CheckOptions(cwd=committed, staged=True))
    assert [(f.file, f.code, f.reported_because) for f in result.findings] == [
        ("slos/a.yaml", "SLO802", "policies/sli.yaml"),
        ("slos/b.yaml", "SLO802", "policies/sli.yaml"),
    ]


def test_staged_and_since_exclude_each_other(capsys: pytest.CaptureFixture[str]) -> None:
    from slolint.cli import main

    assert main(["check", "--staged", "--since", "HEAD"]) == 2
    assert capsys.readouterr().err == (
        "slolint: error: --staged and --since exclude each other; use one\n"
    )


@needs_git
def test_staged_with_paths_reports_the_changes_within_them(committed: Path) -> None:
    (committed / "slos" / "a.yaml").write_text(SLO.format(name="checkout-a", target="1.0"))
    (committed / "policies" / "ebp.yaml").write_text(POLICY.replace("pm", "owner"))
    git(committed, "add", "-A")
    within = check(CheckOptions(paths=["policies"], cwd=committed, staged=True))
    assert within.findings == []
    slos = check(CheckOptions(paths=["slos"], cwd=committed, staged=True))
    assert [(f.file, f.code) for f in slos.findings] == [("slos/a.yaml", "SLO201")]


@needs_git
def test_staged_rename_reports_the_references_it_left_dangling(committed: Path) -> None:
    git(committed, "mv", "policies/sli.yaml", "policies/indicator.yaml")
    (committed / "policies" / "indicator.yaml").write_text(
        SLI.replace("checkout-success", "checkout-ok")
    )
    git(committed, "add", "-A")
    result = check(CheckOptions(cwd=committed, staged=True))
    assert [(f.file, f.code, f.reported_because) for f in result.findings] == [
        ("slos/a.yaml", "SLO802", "policies/indicator.yaml"),
        ("slos/b.yaml", "SLO802", "policies/indicator.yaml"),
    ]


def test_absence_verdicts_follow_only_the_lost_name() -> None:
    location = Origin("slos/a.yaml", 0).at("spec", "indicatorRef")
    item = violation("SLO802", location, "dangling", depends_on=("SLI",), missing="gone")
    other = dataclasses.replace(item, missing="elsewhere")
    scope = ReportScope.build([], [], lost={"SLI": {"gone": "slis/x.yaml"}})
    assert report_reason(item, ("SLI",), scope) == Reason("slis/x.yaml")
    assert report_reason(other, ("SLI",), scope) is None
    kind_level = dataclasses.replace(item, missing=None)
    assert report_reason(kind_level, ("SLI",), scope) == Reason("slis/x.yaml")


@needs_git
def test_under_pre_commit_a_commit_index_named_by_git_is_the_world(
    committed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``git commit -a`` hands its hooks a temporary index in ``GIT_INDEX_FILE``."""
    (committed / "slos" / "c.yaml").write_text(SLO.format(name="checkout-c", target="1.0"))
    alternate = committed / ".git" / "next-index"
    shutil.copy(committed / ".git" / "index", alternate)
    assert GIT is not None
    subprocess.run(
        [GIT, "add", "slos/c.yaml"],
        cwd=committed,
        env={**os.environ, "GIT_INDEX_FILE": str(alternate)},
        check=True,
    )
    monkeypatch.setenv("PRE_COMMIT", "1")
    monkeypatch.setenv("GIT_INDEX_FILE", ".git/next-index")
    assert [(f.file, f.code) for f in check(CheckOptions(cwd=committed)).findings] == [
        ("slos/b.yaml", "SLO201"),
        ("slos/c.yaml", "SLO201"),
    ]
    monkeypatch.delenv("GIT_INDEX_FILE")
    assert [(f.file, f.code) for f in check(CheckOptions(cwd=committed)).findings] == [
        ("slos/b.yaml", "SLO201")
    ]

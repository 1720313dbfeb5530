"""The pipeline, stage by stage: discover, load, recognize, validate, workspace, rules,
locate, filter. Reading this module top to bottom follows a finding from the YAML byte to
the record a formatter prints.

Files named on the command line are *reported*; when individual files are named (as
pre-commit does), the rest of the repository's SLO files are read as *context* so that
cross-file rules (SLA and policy coverage) see the whole picture, but nothing is reported
on them.
"""

from __future__ import annotations

import gc
import traceback
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from slolint import load
from slolint.discover import context_root, discover, display_path
from slolint.findings import Finding, Severity, Violation
from slolint.load import LoadProblem, SourceFile, load_file, reset_run_budget
from slolint.locate import Locator, cap_per_file
from slolint.model import ModelObject
from slolint.parallel import FileJob, run_jobs
from slolint.read import ReadError, read_limited
from slolint.recognize import Recognized, recognize
from slolint.registry import RULES, Rule
from slolint.rules import load_rules
from slolint.rules.input import UNSUPPRESSIBLE
from slolint.selection import Selection
from slolint.validate import validate
from slolint.workspace import Workspace

CONTEXT_MARKERS = (b"openslo", b"slolint.dev")
"""Bytes a context file must contain to be worth parsing (it is never reported on)."""


class UsageError(Exception):
    """A problem with slolint's own inputs: one line on stderr, exit code 2."""


@dataclass(slots=True)
class CheckOptions:
    paths: list[str] = field(default_factory=lambda: ["."])
    selection: Selection | None = None
    context: bool = True
    debug: bool = False
    jobs: int | None = None
    """Worker processes; None chooses automatically by the number of files."""
    cwd: Path = field(default_factory=Path.cwd)


@dataclass(slots=True)
class CheckResult:
    findings: list[Finding]
    files: int
    documents: int
    errors: list[str]
    """One-line input problems (unreadable paths); they make the exit code 2."""
    inputs: tuple[str, ...] = ()
    """The files linted and the context files that held SLO documents: no report may
    overwrite one (a previous report read as context is not one of them)."""

    @property
    def internal_error(self) -> bool:
        return any(finding.code == "SLO000" for finding in self.findings)


@dataclass(slots=True)
class FileResult:
    """What the per-file stages (load, recognize, validate) produce for one file."""

    source: SourceFile | None
    recognized: list[Recognized] = field(default_factory=list)
    violations: list[Violation] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    """Internal errors (``internal error while ...``), reported as SLO000 findings."""
    read_error: str | None = None


def _is_context_candidate(data: bytes) -> bool:
    if data[:4].count(0) or data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True  # UTF-16/32: cannot sniff the bytes, so parse the file
    return any(marker in data for marker in CONTEXT_MARKERS)


def _failure(doing: str, exc: Exception, debug: bool) -> str:
    if debug:
        raise exc
    detail = traceback.format_exception_only(type(exc), exc)[-1].strip()
    return f"internal error while {doing}: {detail}; rerun with --debug for the traceback"


DOCUMENT_SCOPED = frozenset({"SLO002", "SLO005"})
"""Load problems of a readable document; reported only if the document is an SLO document."""


def _concerns_slo(problem: LoadProblem, relevant: set[int]) -> bool:
    """pre-commit hands slolint every YAML file: a duplicate key in a workflow is not ours.

    Syntax errors and resource limits are always reported: the document could not be read,
    so nobody can tell whether it was an SLO document.
    """
    return problem.code not in DOCUMENT_SCOPED or problem.document in relevant


def process_file(job: FileJob, debug: bool = False) -> FileResult:
    """Load, recognize and (for reported files) validate one file; never raises."""
    try:
        contents = read_limited(job.path, load.MAX_FILE_BYTES)
    except ReadError as exc:
        return FileResult(None, read_error=f"cannot read {job.shown}: {exc}")
    data = contents.data
    if not job.reported and not _is_context_candidate(data):
        return FileResult(None)
    result = FileResult(load_file(job.shown, data, contents.size))
    assert result.source is not None
    relevant: set[int] = set()
    for document in result.source.documents:
        try:
            found, problems = recognize(job.shown, document.index, document.data)
        except Exception as exc:  # a bug must not stop the run; it becomes SLO000
            result.failures.append(_failure("recognizing a document", exc, debug))
            continue
        result.recognized.extend(found)
        result.violations.extend(problems)
        if found or problems:
            relevant.add(document.index)
    result.source.problems = [p for p in result.source.problems if _concerns_slo(p, relevant)]
    if job.reported:
        for item in result.recognized:
            try:
                result.violations.extend(
                    validate(item.api_version, item.kind, item.data, item.origin, item.ref)
                )
            except Exception as exc:
                result.failures.append(
                    _failure(f"validating {item.kind} {item.ref.name!r}", exc, debug)
                )
    return result


@dataclass(slots=True)
class _Run:
    options: CheckOptions
    sources: dict[str, SourceFile] = field(default_factory=dict)
    reported: set[str] = field(default_factory=set)
    recognized: list[Recognized] = field(default_factory=list)
    violations: list[Violation] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    inputs: list[str] = field(default_factory=list)

    def absorb(self, job: FileJob, result: FileResult) -> None:
        if job.reported or result.recognized:
            self.inputs.append(job.path)
        if result.read_error is not None:
            if job.reported:
                self.errors.append(result.read_error)
            return
        if result.source is None:
            return
        self.sources[job.shown] = result.source
        if job.reported:
            self.reported.add(job.shown)
        self.recognized.extend(result.recognized)
        self.violations.extend(result.violations)
        self.failures.extend((job.shown, message) for message in result.failures)


def _jobs_for(paths: Iterable[Path], run: _Run, reported: bool, seen: set[str]) -> list[FileJob]:
    jobs = []
    for path in paths:
        shown = display_path(path, run.options.cwd)
        if shown not in seen:
            seen.add(shown)
            jobs.append(FileJob(str(path), shown, reported))
    return jobs


def _stage_files(run: _Run) -> None:
    """discover + load + recognize + validate, per file, serially or in a fork pool."""
    cwd = run.options.cwd
    targets = discover(run.options.paths, base=cwd)
    run.errors.extend(targets.errors)
    seen: set[str] = set()
    jobs = _jobs_for(targets.files, run, True, seen)
    explicit_files = any(Path(cwd, p).is_file() for p in run.options.paths)
    if run.options.context and explicit_files:
        context = discover([str(context_root(cwd))])
        jobs += _jobs_for(context.files, run, False, seen)
    for job, outcome in run_jobs(jobs, process_file, run.options.jobs, run.options.debug):
        if isinstance(outcome, str):  # the worker process died
            run.failures.append((job.shown, outcome))
            if job.reported:
                run.reported.add(job.shown)
                run.inputs.append(job.path)
        else:
            run.absorb(job, outcome)


def _model_objects(run: _Run) -> Iterable[ModelObject]:
    for item in run.recognized:
        yield from item.objects


def _blame(entry: Rule, run: _Run, exc: Exception) -> None:
    """Name the file whose objects make a raising rule fail, by re-running it per file."""
    assert entry.check is not None
    doing = f"running rule {entry.code} ({entry.name})"
    message = _failure(doing, exc, run.options.debug)
    by_file: dict[str, list[ModelObject]] = {}
    for item in run.recognized:
        by_file.setdefault(item.origin.file, []).extend(item.objects)
    culprits = []
    for file in sorted(by_file):
        try:
            list(entry.check(Workspace.build(by_file[file])))
        except Exception as single:
            culprits.append((file, _failure(doing, single, debug=False)))
    reported = [(f, m) for f, m in culprits if f in run.reported]
    fallback = sorted(run.reported)[:1] or ["<workspace>"]
    run.failures.extend(reported or [(fallback[0], message)])


def _stage_rules(run: _Run, workspace: Workspace, rules: Iterable[Rule]) -> None:
    for entry in rules:
        if entry.check is None:
            continue
        try:
            run.violations.extend(entry.check(workspace))
        except Exception as exc:
            _blame(entry, run, exc)


def _stage_locate_and_filter(run: _Run, selection: Selection) -> list[Finding]:
    locator = Locator(run.sources)
    findings = [locator.internal_error(file, message) for file, message in run.failures]
    for shown in sorted(run.reported & run.sources.keys()):
        for problem in run.sources[shown].problems:
            if problem.code in selection or problem.code in UNSUPPRESSIBLE:
                rule = RULES[problem.code]
                findings.append(locator.load_finding(shown, problem, rule.name, rule.severity))
    for item in run.violations:
        if item.location.origin.file not in run.reported:
            continue
        if item.code not in selection and item.code not in UNSUPPRESSIBLE:
            continue
        rule = RULES[item.code]
        findings.append(locator.finding(item, rule.name, rule.severity))
    return cap_per_file(sorted(set(findings), key=Finding.sort_key))


def check(options: CheckOptions) -> CheckResult:
    """Run the whole pipeline over ``options.paths``."""
    rules = load_rules()
    selection = options.selection or Selection.build()
    run = _Run(options)
    reset_run_budget()
    _stage_files(run)
    gc.freeze()  # loaded data lives until the end; keep the cyclic GC from re-walking it
    try:
        workspace = Workspace.build(_model_objects(run))
        _stage_rules(run, workspace, [r for r in rules.values() if r.code in selection])
        findings = _stage_locate_and_filter(run, selection)
    finally:
        gc.unfreeze()
    documents = sum(1 for item in run.recognized if item.origin.file in run.reported)
    return CheckResult(findings, len(run.reported), documents, run.errors, tuple(run.inputs))


def exit_code(result: CheckResult, fail_on: Severity | None) -> int:
    """0 clean, 1 findings at or above ``fail_on``, 2 slolint could not do its job."""
    if result.errors or result.internal_error:
        return 2
    if fail_on is not None and any(f.severity >= fail_on for f in result.findings):
        return 1
    return 0

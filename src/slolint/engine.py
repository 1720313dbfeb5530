"""The pipeline, stage by stage: discover, load, recognize, validate, workspace, rules,
locate, filter. Reading this module top to bottom follows a finding from the YAML byte to
the record a formatter prints.

Every run reads its *world*, every SLO file of the project (:mod:`slolint.world`), and
reports its *scope*, what the user named: a finding is reported when it is in scope or
depends on something in scope (:mod:`slolint.scope`). Naming less never changes a verdict.
"""

from __future__ import annotations

import dataclasses
import gc
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from slolint import load
from slolint.config import Plan, Resolver
from slolint.discover import display_path
from slolint.effects import Effects
from slolint.filter import Filtered, filter_findings
from slolint.findings import Finding, Severity, Violation
from slolint.load import LoadProblem, SourceFile, load_file, reset_run_budget
from slolint.locate import Locator, cap_per_file
from slolint.model import ModelObject
from slolint.parallel import FileJob, run_jobs, worker_count
from slolint.quoting import quoted
from slolint.read import ReadError, read_limited
from slolint.recognize import Recognized, once_per_file, recognize
from slolint.recognize.format import load_formats
from slolint.registry import Rule
from slolint.rules import load_rules
from slolint.rules.input import UNREAD_CODES
from slolint.scope import ReportScope, report_reason
from slolint.selection import Selection
from slolint.sniff import may_be_slo
from slolint.validate import validate
from slolint.workspace import Workspace
from slolint.world.build import Request, World, build_world, in_pre_commit
from slolint.world.history import lost_objects

if TYPE_CHECKING:
    from slolint.cache import replay as cache_replay
    from slolint.cache.store import CachedRun


class UsageError(Exception):
    """A problem with slolint's own inputs: one line on stderr, exit code 2."""


def current_directory() -> Path:
    """The working directory, or a usage error when it was deleted under the shell."""
    try:
        return Path(os.getcwd())
    except OSError as exc:
        raise UsageError(f"cannot use the current directory: {exc.strerror or exc}") from None


@dataclass(slots=True)
class CheckOptions:
    paths: list[str] = field(default_factory=list)
    """Files and folders to report; none: the whole world."""
    selection: Selection | None = None
    context: bool = True
    debug: bool = False
    jobs: int | None = None
    """Worker processes; None chooses automatically by the number of files."""
    cwd: Path = field(default_factory=current_directory)
    cache_dir: Path | None = None
    """Where per-file results are cached (:mod:`slolint.cache.store`); None: no cache."""
    config: Resolver | None = None
    """Configuration per file; None means the built-in defaults (no file is read)."""
    use_baseline: bool = True
    stdin: bytes | None = None
    """The content of the path ``-``, linted as ``stdin_filename``."""
    stdin_filename: str | None = None
    force_exclude: bool = False
    """Named paths that ``exclude`` matches or git ignores are skipped too (the hooks)."""
    staged: bool = False
    """The scope is what the index changes (``git diff --cached``), deletions included."""
    since: str | None = None
    """The scope is what changed since this commit."""
    index_only: bool | None = None
    """The world is the index; None: when pre-commit runs slolint (``PRE_COMMIT=1``)."""


@dataclass(slots=True)
class CheckResult:
    findings: list[Finding]
    files: int
    documents: int
    errors: list[str]
    """One-line input problems (unreadable paths); they make the exit code 2."""
    notes: list[str] = field(default_factory=list)
    """One-line remarks for stderr that leave the exit code alone (a skipped symlink)."""
    filtered: Filtered = field(default_factory=Filtered)
    """What the filter stage hid (suppressions, baseline) and found stale."""
    inputs: tuple[str, ...] = ()
    """The files linted and the context files that held SLO documents: no report may
    overwrite one (a previous report read as context is not one of them)."""
    plan: Plan | None = None
    """The run's configuration, frozen after discovery: rules, names and settings."""
    effects: Effects = field(default_factory=Effects)
    """What configuration changed in the outcome, for every report to say."""

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


def _failure(doing: str, exc: Exception, debug: bool) -> str:
    if debug:
        raise exc
    import traceback  # only for an internal error

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


def _foreign_broken_file(source: SourceFile, data: bytes) -> bool:
    """Not YAML, and no sign of an SLO format: a Helm template is not ours to report.

    pre-commit hands slolint every YAML file; ``{{- include "x" . }}`` is not valid YAML,
    and one chart must not fail every commit. A broken file that does show a marker
    (``openslo``, ``slolint.dev``, ...) is reported (SLO001) as before.
    """
    return any(problem.code == "SLO001" for problem in source.problems) and not may_be_slo(data)


def read_job(job: FileJob) -> bytes | FileResult:
    """A file's bytes, or the result that reports why they cannot be read."""
    try:
        contents = read_limited(job.path, load.MAX_FILE_BYTES)
    except ReadError as exc:
        return FileResult(None, read_error=f"cannot read {job.shown}: {exc}")
    if contents.size > load.MAX_FILE_BYTES:
        # reported without being read; never cached, since the finding is about the size
        return process_data(job, contents.data, size=contents.size)
    return contents.data


def process_file(job: FileJob, debug: bool = False) -> FileResult:
    """Load, recognize and (for reported files) validate one file; never raises."""
    data = read_job(job)
    return data if isinstance(data, FileResult) else process_data(job, data, debug)


def process_data(
    job: FileJob, data: bytes, debug: bool = False, size: int | None = None
) -> FileResult:
    """The per-file stages on bytes already read (a file, or standard input); the cache
    hashes the same bytes. ``size`` is the file's size when it is over the limit (unread).
    """
    if not job.reported and not may_be_slo(data):
        return FileResult(None)
    result = FileResult(load_file(job.shown, data, size))
    assert result.source is not None
    if _foreign_broken_file(result.source, data):
        return FileResult(None)
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
    result.violations = once_per_file(result.violations)
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
    notes: list[str] = field(default_factory=list)
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


class RealPaths:
    """``os.path.realpath`` of many files at the cost of one ``lstat`` each.

    ``realpath`` looks at every component of every path (six system calls for
    ``/repo/slos/team/x.yaml``), a third of a warm pre-commit run over 10,000 files. The
    files of a repository share few folders: each folder is resolved once, and only a
    file that is itself a link is resolved in full.
    """

    def __init__(self) -> None:
        self._folders: dict[str, str] = {}

    def __call__(self, path: str | os.PathLike[str], plain: bool = False) -> str:
        """``plain``: the file is known not to be a link (git vouched for it), no ``lstat``."""
        folder, name = os.path.split(os.fspath(path))
        real_folder = self._folders.get(folder)
        if real_folder is None:
            real_folder = self._folders[folder] = os.path.realpath(folder or os.curdir)
        candidate = os.path.join(real_folder, name)
        if plain:
            return candidate
        return os.path.realpath(candidate) if os.path.islink(candidate) else candidate


def _jobs_for(
    paths: Iterable[Path],
    run: _Run,
    reported: bool,
    seen: set[str],
    real_path: RealPaths,
    plain: set[Path] | frozenset[Path] = frozenset(),
) -> list[FileJob]:
    """One job per file; a context file already read under another name is not read again.

    ``plain``: files known not to be symbolic links (:attr:`World.plain`).
    """
    jobs = []
    for path in paths:
        shown = display_path(path, run.options.cwd)
        real = real_path(path, path in plain)
        if shown in seen or (not reported and real in seen):
            continue
        seen.update((shown, real))
        jobs.append(FileJob(str(path), shown, reported))
    return jobs


def _stdin_job(run: _Run, seen: set[str]) -> FileJob | None:
    """The job for ``-``: standard input, placed in the world at ``--stdin-filename``.

    It replaces that file's bytes: the file on disk is not read. Without a name it is
    ``-`` in the current directory.
    """
    if run.options.stdin is None:
        return None
    cwd = run.options.cwd
    shown = "-"
    if run.options.stdin_filename:
        shown = display_path(Path(cwd, run.options.stdin_filename), cwd)
    seen.add(shown)
    return FileJob(shown, shown, True)


def _world_request(options: CheckOptions, config: Resolver) -> Request:
    stdin_name = None
    if options.stdin is not None:
        stdin_name = options.stdin_filename or "-"
    return Request(
        paths=[p for p in options.paths if p != "-"],
        cwd=options.cwd,
        config=config,
        force_exclude=options.force_exclude,
        staged=options.staged,
        since=options.since,
        stdin_filename=stdin_name,
        index_only=in_pre_commit() if options.index_only is None else options.index_only,
        context=options.context,
    )


def _stage_world(run: _Run, config: Resolver) -> tuple[World, list[FileJob]]:
    """discover: the world and the scope, and one job per file to read.

    Every file of the world is read; those in scope are reported (and validated), the
    others are context for cross-file rules (:mod:`slolint.world.build`). Standard input
    and files read from git's index are processed here (never cached).
    """
    options = run.options
    world = build_world(_world_request(options, config))
    run.errors.extend(world.errors)
    run.notes.extend(world.notes)
    seen: set[str] = set()
    stdin_job = _stdin_job(run, seen)
    stdin_name = options.stdin_filename
    if stdin_job is not None and options.force_exclude and stdin_name is not None:
        stdin_job = None if config.excluded(Path(options.cwd, stdin_name)) else stdin_job
    real_path = RealPaths()
    scoped = [f for f in world.files if f in world.scope]
    context = [f for f in world.files if f not in world.scope]
    jobs = _jobs_for(scoped, run, True, seen, real_path, world.plain)
    jobs += _jobs_for(context, run, False, seen, real_path, world.plain)
    if world.contents:  # read from the index, not the working tree: never cached
        indexed = [job for job in jobs if Path(job.path) in world.contents]
        jobs = [job for job in jobs if Path(job.path) not in world.contents]
        for job in indexed:
            run.absorb(job, process_data(job, world.contents[Path(job.path)], options.debug))
    if stdin_job is not None and options.stdin is not None:
        run.absorb(stdin_job, process_data(stdin_job, options.stdin, options.debug))
    return world, jobs


def _stage_files(run: _Run, jobs: list[FileJob], cached: CachedRun | None) -> None:
    """load + recognize + validate, per file: from the cache, serially or in a fork pool."""
    options = run.options
    outcomes: Iterable[tuple[FileJob, FileResult | str]]
    if cached is not None:
        outcomes = cached.results(jobs, options.jobs, options.debug)
    elif worker_count(options.jobs, len(jobs)) > 1:
        from slolint.cache.store import shipped_results

        outcomes = shipped_results(jobs, options.jobs, options.debug, read_job, process_data)
    else:
        outcomes = run_jobs(jobs, process_file, options.jobs, options.debug)
    for job, outcome in outcomes:
        if isinstance(outcome, str):  # the worker process died
            run.failures.append((job.shown, outcome))
            if job.reported:
                run.reported.add(job.shown)
                run.inputs.append(job.path)
        else:
            run.absorb(job, outcome)


def _open_cache(folder: Path | None) -> CachedRun | None:
    """The cache of this run, or None (not asked for, or unusable: then simply no cache)."""
    if folder is None:
        return None
    from slolint.cache.store import CachedRun, Store

    store = Store.open(folder)
    return CachedRun(store, read_job, process_data) if store is not None else None


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


def _policy_rules(plan: Plan) -> list[Rule]:
    """The configuration's policies as rules; the policy machinery loads only for them."""
    policies = plan.policies()
    if not policies:
        return []
    from slolint.policies import policy_rule

    return [policy_rule(p) for p in policies]


def _stage_rules(run: _Run, workspace: Workspace, rules: Iterable[Rule]) -> None:
    for entry in rules:
        if entry.check is None:
            continue
        try:
            run.violations.extend(entry.check(workspace))
        except Exception as exc:
            _blame(entry, run, exc)


def _registered(
    code: str, file: str, locator: Locator, findings: list[Finding], plan: Plan
) -> Rule | None:
    """The rule behind a reported code, or None after recording an SLO000 finding.

    A check or stage that reports a code nobody registered is a slolint bug; it must not
    abort the run (a ``KeyError`` here would lose every finding) nor vanish silently.
    """
    entry = plan.rules.get(code)
    if entry is None:
        findings.append(
            locator.internal_error(
                file,
                f"internal error: a check reported the unregistered code {quoted(code)}; "
                "please report it",
            )
        )
    return entry


def _stage_locate_and_filter(
    run: _Run,
    plan: Plan,
    enabled: frozenset[str],
    versioned: frozenset[str] = frozenset(),
    lost: dict[str, dict[str, str]] | None = None,
) -> Filtered:
    locator = Locator(run.sources)
    findings = [locator.internal_error(file, message) for file, message in run.failures]
    for shown in sorted(run.reported & run.sources.keys()):
        for problem in run.sources[shown].problems:
            rule = _registered(problem.code, shown, locator, findings, plan)
            if rule is not None and (problem.code in enabled or problem.code in UNREAD_CODES):
                findings.append(locator.load_finding(shown, problem, rule.name, rule.severity))
    scope = ReportScope.build(run.reported, run.recognized, versioned, lost)
    for item in run.violations:
        registered = plan.rules.get(item.code)
        reason = report_reason(item, registered.depends_on if registered else (), scope)
        if reason is None:
            continue
        rule = _registered(item.code, item.location.origin.file, locator, findings, plan)
        if rule is None or (item.code not in enabled and item.code not in UNREAD_CODES):
            continue
        finding = locator.finding(item, rule.name, rule.severity)
        if reason.because is not None:
            finding = dataclasses.replace(finding, reported_because=reason.because)
        findings.append(finding)
    unique = sorted(set(findings), key=Finding.sort_key)
    filtered = filter_findings(
        unique,
        run.sources,
        run.reported,
        plan,
        use_baseline=run.options.use_baseline,
        inputs=[os.path.join(run.options.cwd, item.origin.file) for item in run.recognized],
    )
    filtered.findings = cap_per_file(filtered.findings)
    return filtered


def _versioned(run: _Run, world: World) -> tuple[frozenset[str], dict[str, dict[str, str]]]:
    """Reported files with an old version in git, and what their changes removed."""
    cwd = run.options.cwd
    outside = {display_path(path, cwd) for path in world.outside_git}
    if run.options.stdin is not None and not run.options.stdin_filename:
        outside.add("-")
    versioned = frozenset(run.reported - outside)
    if not versioned and not world.gone:
        return versioned, {}
    return versioned, lost_objects(world, run.recognized, run.options.cwd)


def check(options: CheckOptions) -> CheckResult:
    """Run the whole pipeline over ``options.paths``."""
    load_rules()
    load_formats()  # a broken format plugin stops the run before any file is read
    config = options.config or Resolver.defaults(options.cwd, options.selection)
    run = _Run(options)
    reset_run_budget()
    world, jobs = _stage_world(run, config)
    cached = _open_cache(options.cache_dir)
    replayable = False
    if cached is not None:
        # hashlib, pickle: only a run with a cache needs them
        from slolint.cache import replay as cache_replay

        replayable = cache_replay.replayable(options, world)
    key = None
    if cached is not None and replayable:
        key = cache_replay.key_for(cached, options, config, world, jobs)
        replay = cache_replay.load(cached.store, key) if key is not None else None
        if replay is not None:
            cached.finish()
            return _replayed(run, config, replay)
    _stage_files(run, jobs, cached)
    if cached is not None:
        if replayable and key is None:  # a first run: the digests are known only now
            key = cache_replay.key_for(cached, options, config, world, jobs)
        cached.finish()
    gc.freeze()  # loaded data lives until the end; keep the cyclic GC from re-walking it
    try:
        result = _cross_file_stages(run, config, world)
    finally:
        gc.unfreeze()
    clean = not run.failures and not result.errors and not result.internal_error
    if key is not None and cached is not None and clean:
        cache_replay.keep(cached.store, key, _replay_of(run, result))
    return result


def _replay_of(run: _Run, result: CheckResult) -> cache_replay.Replay:
    from slolint.cache import replay as cache_replay

    plan_files = tuple(dict.fromkeys([*run.sources, *sorted(run.reported)]))
    return cache_replay.Replay(
        result.files, result.documents, result.inputs, plan_files, result.filtered
    )


def _replayed(run: _Run, config: Resolver, replay: cache_replay.Replay) -> CheckResult:
    """The result of an earlier run with the same inputs, under this run's plan."""
    plan = config.plan(replay.plan_files)
    filtered = replay.filtered
    return CheckResult(
        filtered.findings,
        replay.files,
        replay.documents,
        run.errors,
        [*run.notes, *filtered.notes],
        filtered,
        replay.inputs,
        plan,
        plan.effects(filtered.suppressed, filtered.baselined),
    )


def _cross_file_stages(run: _Run, config: Resolver, world: World | None = None) -> CheckResult:
    """Freeze the configuration into the run's plan, then workspace, rules, locate, filter.

    ``world`` (a ``check`` run) tells which reported files git knows an older version of;
    without it (an editor session) absence verdicts keep the rule for files outside git.
    """
    rules = load_rules()
    plan = config.plan([*run.sources, *run.reported])
    workspace = Workspace.build(_model_objects(run))
    workspace.options_for = plan.options_for
    enabled = plan.enabled_anywhere()
    checks = [r for r in rules.values() if r.code in enabled and r.check is not None]
    running = checks + _policy_rules(plan)
    _stage_rules(run, workspace, running)
    versioned, lost = _versioned(run, world) if world is not None else (frozenset(), None)
    filtered = _stage_locate_and_filter(run, plan, enabled, versioned, lost)
    documents = sum(1 for item in run.recognized if item.origin.file in run.reported)
    return CheckResult(
        filtered.findings,
        len(run.reported),
        documents,
        run.errors,
        [*run.notes, *filtered.notes],
        filtered,
        tuple(run.inputs),
        plan,
        plan.effects(filtered.suppressed, filtered.baselined),
    )


def check_loaded(
    options: CheckOptions, config: Resolver, results: Iterable[tuple[FileJob, FileResult]]
) -> CheckResult:
    """The cross-file stages of :func:`check` over per-file results computed beforehand.

    An editor session (``slolint server``) keeps each file's results (from
    :func:`process_file` or, for an unsaved buffer, :func:`process_data`) between edits and
    recomputes only the files that changed; the reported files are the jobs marked
    ``reported``. The workspace, the rules, locating and filtering are those of
    :func:`check`, so the findings are the same as a run over the same files.
    """
    run = _Run(options)
    for job, result in results:
        run.absorb(job, result)
    return _cross_file_stages(run, config)


def exit_code(result: CheckResult, fail_on: Severity | None) -> int:
    """0 clean, 1 findings at or above ``fail_on``, 2 slolint could not do its job."""
    if result.errors or result.internal_error:
        return 2
    if fail_on is not None and any(f.severity >= fail_on for f in result.findings):
        return 1
    return 0

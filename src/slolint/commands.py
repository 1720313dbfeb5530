"""The commands behind the command line: ``check``, ``rule``, ``rules`` and ``config``.

Kept apart from :mod:`slolint.cli`, which only parses arguments, so that
``slolint --version`` and ``slolint --help`` answer without importing the linter.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from slolint import __version__
from slolint import report as report_package
from slolint.baseline import BaselineError
from slolint.config import CliOverrides, Resolver
from slolint.engine import (
    CheckOptions,
    CheckResult,
    UsageError,
    check,
    current_directory,
    exit_code,
)
from slolint.findings import Severity
from slolint.quoting import printable, printable_lines, shorten
from slolint.report import FormatOptions, Report, cap_findings
from slolint.report.registry import load_formatters, repository_root, rule_infos
from slolint.report.summary import summary_line
from slolint.rules import PluginError, load_rules
from slolint.selection import SelectorError, split_selectors

if TYPE_CHECKING:
    from slolint.registry import Rule

EXIT_USAGE = 2


def _use_color(choice: str, stream: TextIO) -> bool:
    """``auto``: on a terminal, unless ``NO_COLOR`` is set or the terminal is ``dumb``;
    ``FORCE_COLOR`` colors output that is not a terminal (a CI log).

    Empty values do not count (no-color.org, force-color.org); when both are set,
    ``NO_COLOR`` wins, and ``FORCE_COLOR`` wins over ``TERM=dumb``, in the order Python's
    own interpreter checks them.
    """
    if choice != "auto":
        return choice == "always"
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    if os.environ.get("TERM") == "dumb":
        return False
    return hasattr(stream, "isatty") and stream.isatty()


class _Stdout:
    """Standard output that a closed pipe or a full disk cannot turn into a traceback.

    ``slolint check . | head -1`` closes the pipe early: as the Python documentation
    recommends, the rest of the output goes to ``os.devnull`` and the run ends quietly
    with its own exit code. Any other write error (a full disk) is one line on stderr.
    """

    closed = False

    @classmethod
    def write(cls, text: str) -> None:
        if cls.closed:
            return
        try:
            sys.stdout.write(text)
            sys.stdout.flush()
        except BrokenPipeError:
            cls._discard()
        except OSError as exc:
            cls._discard()
            raise UsageError(f"cannot write to standard output: {exc.strerror or exc}") from None

    @classmethod
    def _discard(cls) -> None:
        """Point stdout at devnull so that the flush at exit cannot fail again."""
        cls.closed = True
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            os.close(devnull)
        except (OSError, ValueError):
            pass


def shown_path(path: str) -> str:
    return shorten(path.encode("utf-8", "surrogateescape").decode("utf-8", "replace"), 200)


def _outputs(values: list[str] | None) -> list[tuple[str, str | None]]:
    """``["text", "json=out.json"]`` -> ``[("text", None), ("json", "out.json")]``."""
    default = "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
    formats = load_formatters(value.partition("=")[0] for value in values or [default])
    outputs: list[tuple[str, str | None]] = []
    for value in values or [default]:
        name, _, target = value.partition("=")
        if name not in formats:
            raise UsageError(
                f"unknown output format {name!r}; expected one of {', '.join(sorted(formats))}"
            )
        outputs.append((name, target or None))
    if sum(1 for _, target in outputs if target is None) > 1:
        raise UsageError(
            "only one output format may go to standard output; add =FILE to the others"
        )
    return outputs


def _resolver(args: argparse.Namespace) -> Resolver:
    """Configuration discovery, with the command line's selection and fail-on on top."""
    select = split_selectors(getattr(args, "select", []))
    overrides = CliOverrides(
        select=tuple(select) if select else None,
        extend_select=tuple(split_selectors(getattr(args, "extend_select", []))),
        ignore=tuple(split_selectors(getattr(args, "ignore", []))),
        fail_on=getattr(args, "fail_on", None),
    )
    return Resolver(
        current_directory(),
        config=args.config,
        isolated=args.isolated,
        cli=overrides,
    )


def _read_stdin() -> bytes:
    from slolint.load import MAX_FILE_BYTES

    return sys.stdin.buffer.read(MAX_FILE_BYTES + 1)


def say(text: str) -> None:
    """One line on stderr, escaped: it may quote names and values from the repository."""
    print(printable(text), file=sys.stderr)


def _report_root(cwd: Path) -> Path:
    """What reports must stay inside: the repository root (see :func:`repository_root`)."""
    return repository_root(cwd, os.environ)


def _targets(
    outputs: list[tuple[str, str | None]], cwd: Path, inputs: tuple[str, ...] = ()
) -> dict[str, Path]:
    """Each report file named with ``=FILE``, resolved and checked (see :mod:`report.target`).

    Most runs print to standard output only: they import neither the checks nor the
    atomic writer (``tempfile``) and look for no repository root here.
    """
    if all(target is None for _, target in outputs):
        return {}
    from slolint.report.target import TargetError, resolve

    root = _report_root(cwd)
    try:
        return {
            target: resolve(target, cwd, root, inputs)
            for _, target in outputs
            if target is not None
        }
    except TargetError as exc:
        raise UsageError(str(exc)) from None


def run_check(args: argparse.Namespace) -> int:
    outputs = _outputs(args.output_format)
    cwd = current_directory()
    _targets(outputs, cwd)
    if args.write_baseline is not None:
        _targets([("baseline", args.write_baseline)], cwd)
    config = _resolver(args)
    if args.show_settings:
        from slolint.config.show import show_settings

        sys.stdout.write(
            printable_lines(show_settings(config, Path(args.paths[0] if args.paths else ".")))
        )
        return 0
    if args.stdin_filename and "-" not in args.paths:
        raise UsageError("--stdin-filename needs the path '-' (read standard input)")
    if args.staged and args.since is not None:
        raise UsageError("--staged and --since exclude each other; use one")
    options = CheckOptions(
        paths=args.paths,
        context=not args.no_context,
        debug=args.debug,
        jobs=args.jobs,
        cwd=cwd,
        cache_dir=None if args.no_cache else _cache_location(args),
        config=config,
        use_baseline=args.write_baseline is None,
        stdin=_read_stdin() if "-" in args.paths else None,
        stdin_filename=args.stdin_filename,
        force_exclude=args.force_exclude,
        staged=args.staged,
        since=args.since,
    )
    result = check(options)
    linted = tuple(result.inputs)
    targets = _targets(outputs, cwd, linted)
    for message in result.errors:
        say(f"slolint: error: {message}")
    for message in result.notes:
        say(f"slolint: note: {message}")
    if args.write_baseline is not None:
        baseline = _targets([("baseline", args.write_baseline)], cwd)
        return _write_baseline(result, args.write_baseline, baseline[args.write_baseline], options)
    for path, stale in result.filtered.stale:
        shown = _relative_path(path)
        say(
            f"slolint: warning: {stale} baseline "
            f"{'entry' if stale == 1 else 'entries'} in {shown} "
            f"{'matches' if stale == 1 else 'match'} no finding any more; rewrite it with "
            f"'slolint check --write-baseline {shown}'"
        )
    if args.show_suppressed:
        _print_suppressed(result)
    _write_reports(result, outputs, targets, args)
    fail_on_text = config.primary().fail_on
    fail_on = None if fail_on_text == "never" else Severity.parse(fail_on_text)
    return exit_code(result, fail_on)


def _relative_path(path: Path) -> str:
    """A configuration-side path (the baseline) relative to the working directory."""
    try:
        return path.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return path.as_posix()


def _write_baseline(result: CheckResult, given: str, target: Path, options: CheckOptions) -> int:
    from slolint.baseline import write as write_baseline

    linted = {os.path.realpath(options.cwd / f) for f in {x.file for x in result.findings}}
    if str(target) in linted:
        raise UsageError(f"refusing to write the baseline onto {shown_path(given)}")
    written = write_baseline(Path(given), result.filtered.unfiltered, options.cwd)
    say(
        f"slolint: wrote {written} finding{'' if written == 1 else 's'} to {given}; "
        f"set 'baseline: {given}' in the configuration to hide them"
    )
    return 2 if result.errors or result.internal_error else 0


def _print_suppressed(result: CheckResult) -> None:
    for hidden in sorted(result.filtered.hidden, key=lambda h: h.finding.sort_key()):
        finding = hidden.finding
        position = finding.position
        reason = f" -- {hidden.reason}" if hidden.reason else ""
        say(
            f"suppressed: {finding.file}:{position.line}:{position.column}: {finding.code} "
            f"{finding.message} (by {hidden.by}{reason})"
        )


def _write_reports(
    result: CheckResult,
    outputs: list[tuple[str, str | None]],
    targets: dict[str, Path],
    args: argparse.Namespace,
) -> None:
    formats = load_formatters(name for name, _ in outputs)
    assert result.plan is not None
    rules = result.plan.rules.by_code
    enabled = result.plan.enabled_anywhere()
    limit = report_package.MAX_FINDINGS
    shown, omitted = cap_findings(result.findings, limit)
    report = Report(
        shown,
        result.files,
        result.documents,
        __version__,
        {code: rule.name for code, rule in rules.items()},
        rule_infos(rules, enabled, (f.code for f in shown)),
        str(repository_root(Path.cwd(), os.environ)),
        str(Path.cwd()),
        unchecked=len(result.errors),
        suppressed=result.filtered.suppressed,
        baselined=result.filtered.baselined,
        omitted=omitted,
        limit=limit,
        effects=result.effects,
    )
    for name, target in outputs:
        stream_color = target is None and _use_color(args.color, sys.stdout)
        text = formats[name](report, FormatOptions(color=stream_color, statistics=args.statistics))
        if target is None:
            for piece in (text,) if isinstance(text, str) else text:
                _Stdout.write(piece)
            continue
        from slolint.report.target import write_atomically

        try:
            write_atomically(targets[target], text)
        except OSError as exc:
            raise UsageError(f"cannot write {shown_path(target)}: {exc.strerror or exc}") from None
    if all(target is not None for _, target in outputs):
        say(summary_line(report))  # as ruff does with -o: the terminal still sees the verdict


def rule_doc(entry: Rule) -> str:
    """A rule's documentation in Markdown, as the language server shows it on hover
    (``slolint rule CODE`` prints the same text for a terminal)."""
    from slolint.rule_docs import markdown

    return markdown(entry, level=1)


def run_rule(args: argparse.Namespace) -> int:
    from slolint.rule_docs import terminal

    load_rules()
    rules = _resolver(args).primary().rules  # the catalog and the configuration's policies
    if args.all:
        if args.rule:
            raise UsageError("give a rule or --all, not both")
        everything = sorted(rules.by_code.values(), key=lambda r: r.code)
        _Stdout.write(printable_lines("\n".join(terminal(entry) for entry in everything)))
        return 0
    if not args.rule:
        raise UsageError("name a rule (slolint rule SLO201) or give --all")
    matches = rules.lookup(args.rule)
    exact = [r for r in matches if r.code == args.rule.upper() or r.name == args.rule]
    if not exact:
        raise UsageError(f"unknown rule {args.rule!r}; see 'slolint rules'")
    _Stdout.write(printable_lines(terminal(exact[0])))  # a team policy's text is hostile
    return 0


def run_rules(args: argparse.Namespace) -> int:
    load_rules()
    primary = _resolver(args).primary()
    rules = sorted(primary.rules.by_code.values(), key=lambda r: r.code)
    if args.output_format == "json":
        rows = [
            {"code": r.code, "name": r.name, "severity": r.severity.label, "summary": r.summary}
            for r in rules
        ]
        _Stdout.write(json.dumps(rows, indent=2) + "\n")
        return 0
    code_width = max(len(r.code) for r in rules)
    width = max(len(r.name) for r in rules)
    _Stdout.write(
        "".join(
            f"{r.code:<{code_width}}  {r.name:<{width}}  {r.severity.label:<7}  "
            f"{printable(r.summary)}\n"
            for r in rules
        )
    )
    return 0


def run_config(args: argparse.Namespace) -> int:
    from slolint.config.show import show_settings

    load_rules()
    sys.stdout.write(printable_lines(show_settings(_resolver(args), Path(args.path))))
    return 0


def _cache_location(args: argparse.Namespace) -> Path | None:
    from slolint.cache.location import default_location

    return default_location(current_directory(), args.cache_dir)


def run_clean(args: argparse.Namespace) -> int:
    """``slolint clean``: remove the cache folder (never what a symbolic link points to).

    It says what it did on stderr, as ``ruff clean`` does: which folder was removed and how
    many files it held, or that there was nothing to remove.
    """
    from slolint.cache.store import clean

    folder = _cache_location(args)
    if folder is None:
        say(
            "slolint: no cache to remove: not inside a git repository, and neither "
            "--cache-dir nor SLOLINT_CACHE_DIR names one"
        )
        return 0
    shown = shown_path(_relative_path(folder))
    link = os.path.islink(folder)
    if not link and not os.path.lexists(folder):
        say(f"slolint: no cache to remove at {shown}")
        return 0
    files = 0 if link else _count_files(folder)
    try:
        problem = clean(folder)
    except OSError as exc:
        raise UsageError(f"cannot remove {shown}: {exc.strerror or exc}") from exc
    if problem is not None:
        raise UsageError(problem)
    if link:
        say(f"slolint: removed the symbolic link {shown} (not what it points to)")
    else:
        say(f"slolint: removed the cache {shown} ({files} file{'' if files == 1 else 's'})")
    return 0


def _count_files(folder: Path) -> int:
    """Files under ``folder``, links not followed (a cache holds a few hundred at most)."""
    return sum(len(names) for _, _, names in os.walk(folder))


def run_schema(args: argparse.Namespace) -> int:
    """``slolint schema KIND``: one bundled schema; ``--list``: every kind and its file."""
    from slolint import editor_schemas

    schemas = editor_schemas.installed()
    if args.list:
        width = max((len(entry.name) for entry in schemas), default=0)
        _Stdout.write("".join(f"{e.name:<{width}}  bundled/{e.key}\n" for e in schemas))
        return 0
    if args.kind is None:
        raise UsageError("name a kind, e.g. 'slolint schema openslo/v1/SLO', or use --list")
    found = editor_schemas.lookup(args.kind, schemas)
    if not found:
        raise UsageError(f"unknown kind {args.kind!r}; see 'slolint schema --list'")
    if len(found) > 1:
        names = ", ".join(entry.name for entry in found)
        raise UsageError(f"kind {args.kind!r} is ambiguous: {names}; name the apiVersion too")
    _Stdout.write(editor_schemas.dumps(found[0].schema))
    return 0


def run_server(args: argparse.Namespace) -> int:
    """``slolint server``: the language server, on stdin and stdout."""
    try:
        from slolint.server.protocol import build
    except ImportError as exc:
        raise UsageError(
            f"the language server needs pygls and lsprotocol ({exc.name} is missing); "
            "install the extra slolint[server]"
        ) from None
    load_rules()
    build().start_io()
    return 0


INPUT_ERRORS = (UsageError, SelectorError, BaselineError, PluginError)
"""Problems with slolint's own inputs: one line on stderr and exit code 2."""

HANDLERS = {
    "check": run_check,
    "rule": run_rule,
    "rules": run_rules,
    "config": run_config,
    "clean": run_clean,
    "schema": run_schema,
    "server": run_server,
}

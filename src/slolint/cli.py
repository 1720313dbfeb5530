"""Command line: ``slolint check``, ``slolint rule CODE``, ``slolint rules``.

Exit codes follow ruff: 0 nothing at or above ``--fail-on``; 1 findings; 2 slolint could
not do its job (bad usage, unreadable path, internal error). Problems with slolint's own
inputs are one line on stderr; a traceback only with ``--debug``.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import json
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn, TextIO

from slolint import __version__
from slolint.baseline import BaselineError
from slolint.baseline import write as write_baseline
from slolint.config import CliOverrides, ConfigError, Resolver
from slolint.config.show import show_settings
from slolint.engine import (
    CheckOptions,
    CheckResult,
    UsageError,
    check,
    current_directory,
    exit_code,
)
from slolint.findings import Severity
from slolint.quoting import shorten
from slolint.registry import RULES, Rule, lookup
from slolint.report import FormatOptions, Report
from slolint.report.registry import load_formatters, repository_root, rule_infos
from slolint.rules import PluginError, load_rules
from slolint.selection import SelectorError, split_selectors

EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    """argparse, but usage errors are one line and exit 2 (argparse's own code)."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"slolint: error: {message} (see 'slolint --help')\n")


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a number of at least 1, got {value}")
    return value


def _build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="slolint",
        description="A policy-as-code linter for SLO specifications.",
        epilog="Exit codes: 0 no findings at or above --fail-on, 1 findings, "
        "2 slolint could not do its job (usage, unreadable path, internal error).",
    )
    parser.add_argument("--version", action="version", version=f"slolint {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    lint = commands.add_parser("check", help="lint SLO files (default: the current directory)")
    lint.add_argument("paths", nargs="*", default=["."], metavar="PATH")
    lint.add_argument(
        "-f",
        "--output-format",
        action="append",
        metavar="FORMAT[=FILE]",
        help="text (default; github when GITHUB_ACTIONS=true), concise, json, github, sarif, "
        "markdown or junit; repeat with =FILE to write several outputs",
    )
    lint.add_argument(
        "--fail-on",
        choices=["error", "warning", "info", "never"],
        default=None,
        help="lowest severity that makes the exit code 1 (default: the configuration's, else error)",
    )
    lint.add_argument(
        "--select",
        action="append",
        default=[],
        metavar="RULES",
        help="codes, prefixes (SLO2) or names to enable; default: all",
    )
    lint.add_argument(
        "--extend-select",
        action="append",
        default=[],
        metavar="RULES",
        help="codes, prefixes or names to enable on top of --select",
    )
    lint.add_argument(
        "--ignore",
        action="append",
        default=[],
        metavar="RULES",
        help="codes, prefixes or names to disable",
    )
    lint.add_argument("--statistics", action="store_true", help="print counts per rule instead")
    _config_arguments(lint)
    lint.add_argument(
        "--show-settings",
        action="store_true",
        help="print the effective configuration and where each value came from, then exit",
    )
    lint.add_argument(
        "--stdin-filename",
        metavar="PATH",
        help="the name of the file read from standard input (path '-'), for messages and configuration",
    )
    lint.add_argument(
        "--write-baseline",
        metavar="FILE",
        help="record every current finding in FILE (JSON) and exit 0; then set 'baseline: FILE'",
    )
    lint.add_argument(
        "--show-suppressed",
        action="store_true",
        help="list on stderr the findings hidden by suppressions and the baseline, with reasons",
    )
    lint.add_argument(
        "--color",
        choices=["auto", "always", "never"],
        default="auto",
        help="colored text output (auto: on a terminal unless NO_COLOR is set or TERM=dumb)",
    )
    lint.add_argument(
        "--no-context",
        action="store_true",
        help="do not read the repository's other SLO files when files are named",
    )
    lint.add_argument(
        "--debug", action="store_true", help="re-raise internal errors with a traceback"
    )
    lint.add_argument(
        "-j",
        "--jobs",
        type=_positive_int,
        default=None,
        metavar="N",
        help="worker processes (default: automatic, in parallel above 300 files)",
    )

    explain = commands.add_parser("rule", help="print the documentation of a rule")
    explain.add_argument("rule", metavar="CODE", help="a rule code (SLO201) or name")
    _config_arguments(explain)

    listing = commands.add_parser("rules", help="list every rule")
    listing.add_argument("--output-format", choices=["text", "json"], default="text")
    _config_arguments(listing)

    settings = commands.add_parser(
        "config", help="print the effective configuration and where each value came from"
    )
    settings.add_argument(
        "path", nargs="?", default=".", metavar="PATH", help="a file or folder (default: .)"
    )
    _config_arguments(settings)
    return parser


def _config_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--config",
        metavar="PATH",
        help="use this configuration file for every file (default: $SLOLINT_CONFIG, else the "
        "closest .slolint.yaml, .slolint.yml or pyproject.toml [tool.slolint])",
    )
    parser.add_argument("--isolated", action="store_true", help="ignore every configuration file")


def _use_color(choice: str, stream: TextIO) -> bool:
    """``auto``: on a terminal, unless ``NO_COLOR`` is set or the terminal is ``dumb``.

    An empty ``NO_COLOR`` does not count, as no-color.org specifies.
    """
    if choice != "auto":
        return choice == "always"
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
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


def _shown_path(path: str) -> str:
    return shorten(path.encode("utf-8", "surrogateescape").decode("utf-8", "replace"), 200)


def _check_target(target: str, inputs: Sequence[str]) -> None:
    """Refuse report files that would write through a symlink or over a linted file.

    A pull request chooses file names: through pre-commit, a file named
    ``-fjson=.pre-commit-config.yaml`` once became an option. Reports never follow a
    symlink (it could lead out of the repository) and never replace a file that was read.
    """
    if os.path.islink(target):
        raise UsageError(
            f"refusing to write a report to {_shown_path(target)}: it is a symbolic link"
        )
    try:
        info = os.stat(target)
    except OSError:
        return  # a new file
    for path in inputs:
        try:
            same = os.path.samestat(info, os.stat(path))
        except OSError:
            continue
        if same:
            raise UsageError(
                f"refusing to write a report to {_shown_path(target)}: "
                "it is one of the files being linted"
            )


def write_atomically(target: str, text: str) -> None:
    """Write ``text`` to ``target`` through a temporary file in the same folder and a rename.

    Readers never see half a report, an interrupted run leaves the old file, and the
    rename replaces the name itself, never the file a symlink points to.
    """
    folder = os.path.dirname(os.path.abspath(target))
    handle, temporary = tempfile.mkstemp(prefix=".slolint-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", errors="backslashreplace") as stream:
            stream.write(text)
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(temporary, 0o666 & ~mask)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _outputs(values: list[str] | None) -> list[tuple[str, str | None]]:
    """``["text", "json=out.json"]`` -> ``[("text", None), ("json", "out.json")]``."""
    formats = load_formatters()
    outputs: list[tuple[str, str | None]] = []
    default = "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
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
    return Resolver(current_directory(), config=args.config, isolated=args.isolated, cli=overrides)


def _read_stdin() -> bytes:
    from slolint.load import MAX_FILE_BYTES

    return sys.stdin.buffer.read(MAX_FILE_BYTES + 1)


def _run_check(args: argparse.Namespace) -> int:
    outputs = _outputs(args.output_format)
    for _, target in outputs:
        if target is not None:
            _check_target(target, ())
    config = _resolver(args)
    if args.show_settings:
        sys.stdout.write(show_settings(config, Path(args.paths[0] if args.paths else ".")))
        return 0
    if args.stdin_filename and "-" not in args.paths:
        raise UsageError("--stdin-filename needs the path '-' (read standard input)")
    options = CheckOptions(
        paths=args.paths,
        context=not args.no_context,
        debug=args.debug,
        jobs=args.jobs,
        cwd=current_directory(),
        config=config,
        use_baseline=args.write_baseline is None,
        stdin=_read_stdin() if "-" in args.paths else None,
        stdin_filename=args.stdin_filename,
    )
    result = check(options)
    for _, target in outputs:
        if target is not None:
            _check_target(target, result.inputs)
    for message in result.errors:
        print(f"slolint: error: {message}", file=sys.stderr)
    for message in result.notes:
        print(f"slolint: note: {message}", file=sys.stderr)
    if args.write_baseline is not None:
        return _write_baseline(result, Path(args.write_baseline), options)
    for path, stale in result.filtered.stale:
        shown = _relative_path(path)
        print(
            f"slolint: warning: {stale} baseline "
            f"{'entry' if stale == 1 else 'entries'} in {shown} "
            f"{'matches' if stale == 1 else 'match'} no finding any more; rewrite it with "
            f"'slolint check --write-baseline {shown}'",
            file=sys.stderr,
        )
    if args.show_suppressed:
        _print_suppressed(result)
    enabled = frozenset().union(*(settings.enabled() for settings in config.used()))
    _write_reports(result, outputs, args, enabled)
    fail_on_text = config.primary().fail_on
    fail_on = None if fail_on_text == "never" else Severity.parse(fail_on_text)
    return exit_code(result, fail_on)


def _relative_path(path: Path) -> str:
    """A configuration-side path (the baseline) relative to the working directory."""
    try:
        return path.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return path.as_posix()


def _write_baseline(result: CheckResult, target: Path, options: CheckOptions) -> int:
    linted = {(options.cwd / f).absolute() for f in {x.file for x in result.findings}}
    if target.absolute() in linted or (target.exists() and not target.is_file()):
        raise UsageError(f"refusing to write the baseline onto {target}")
    written = write_baseline(target, result.filtered.unfiltered, options.cwd)
    print(
        f"slolint: wrote {written} finding{'' if written == 1 else 's'} to {target}; "
        f"set 'baseline: {target}' in the configuration to hide them",
        file=sys.stderr,
    )
    return 2 if result.errors or result.internal_error else 0


def _print_suppressed(result: CheckResult) -> None:
    for hidden in sorted(result.filtered.hidden, key=lambda h: h.finding.sort_key()):
        finding = hidden.finding
        position = finding.position
        reason = f" -- {hidden.reason}" if hidden.reason else ""
        print(
            f"suppressed: {finding.file}:{position.line}:{position.column}: {finding.code} "
            f"{finding.message} (by {hidden.by}{reason})",
            file=sys.stderr,
        )


def _write_reports(
    result: CheckResult,
    outputs: list[tuple[str, str | None]],
    args: argparse.Namespace,
    enabled: frozenset[str],
) -> None:
    formats = load_formatters()
    report = Report(
        tuple(result.findings),
        result.files,
        result.documents,
        __version__,
        {code: rule.name for code, rule in RULES.items()},
        rule_infos(RULES, enabled, (f.code for f in result.findings)),
        str(repository_root(Path.cwd(), os.environ)),
        str(Path.cwd()),
        unchecked=len(result.errors),
        suppressed=result.filtered.suppressed,
        baselined=result.filtered.baselined,
    )
    for name, target in outputs:
        stream_color = target is None and _use_color(args.color, sys.stdout)
        text = formats[name](report, FormatOptions(color=stream_color, statistics=args.statistics))
        if target is None:
            _Stdout.write(text)
            continue
        try:
            write_atomically(target, text)
        except OSError as exc:
            raise UsageError(f"cannot write {_shown_path(target)}: {exc.strerror or exc}") from None


def _rule_doc(entry: Rule) -> str:
    return (
        f"# {entry.code} {entry.name}\n\n"
        f"{entry.summary[0].upper()}{entry.summary[1:]}.\n\n"
        f"Default severity: {entry.severity.label}\n\n{entry.doc}\n"
    )


def _run_rule(args: argparse.Namespace) -> int:
    load_rules()
    _resolver(args).primary()  # registers the configuration's policies
    matches = lookup(args.rule)
    exact = [r for r in matches if r.code == args.rule.upper() or r.name == args.rule]
    if not exact:
        raise UsageError(f"unknown rule {args.rule!r}; see 'slolint rules'")
    _Stdout.write(_rule_doc(exact[0]))
    return 0


def _run_rules(args: argparse.Namespace) -> int:
    load_rules()
    primary = _resolver(args).primary()
    universe = primary.universe()
    rules = sorted((r for r in RULES.values() if r.code in universe), key=lambda r: r.code)
    if args.output_format == "json":
        rows = [
            {"code": r.code, "name": r.name, "severity": r.severity.label, "summary": r.summary}
            for r in rules
        ]
        _Stdout.write(json.dumps(rows, indent=2) + "\n")
        return 0
    width = max(len(r.name) for r in rules)
    _Stdout.write(
        "".join(f"{r.code}  {r.name:<{width}}  {r.severity.label:<7}  {r.summary}\n" for r in rules)
    )
    return 0


def _run_config(args: argparse.Namespace) -> int:
    load_rules()
    sys.stdout.write(show_settings(_resolver(args), Path(args.path)))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    if hasattr(sys.stdout, "reconfigure"):
        # file names that are not UTF-8 are escaped upstream; this is the last backstop
        sys.stdout.reconfigure(errors="backslashreplace")
    try:
        return _main(argv)
    except KeyboardInterrupt:
        return 130


def _main(argv: Sequence[str] | None) -> int:
    parser = _build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    handlers = {
        "check": _run_check,
        "rule": _run_rule,
        "rules": _run_rules,
        "config": _run_config,
    }
    try:
        return handlers[args.command](args)
    except ConfigError as exc:
        print(str(exc), file=sys.stderr)  # path:line:col: message, as editors parse it
        return EXIT_USAGE
    except (UsageError, SelectorError, BaselineError, PluginError) as exc:
        print(f"slolint: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except OSError as exc:  # the file system refused: an input problem, not a bug
        if getattr(args, "debug", False):
            raise
        where = f": {_shown_path(os.fsdecode(exc.filename))}" if exc.filename else ""
        reason = exc.strerror or errno.errorcode.get(exc.errno or 0, str(exc))
        print(f"slolint: error: {reason}{where}", file=sys.stderr)
        return EXIT_USAGE
    except Exception as exc:  # the last line of defence: one line, exit 2
        if getattr(args, "debug", False):
            raise
        print(
            f"slolint: error: internal error: {type(exc).__name__}: {exc} (rerun with --debug)",
            file=sys.stderr,
        )
        return EXIT_USAGE

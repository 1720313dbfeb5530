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
from slolint.engine import CheckOptions, CheckResult, UsageError, check, exit_code
from slolint.findings import Severity
from slolint.quoting import shorten
from slolint.registry import RULES, Rule, lookup
from slolint.report import FormatOptions, Report
from slolint.report.registry import load_formatters
from slolint.rules import load_rules
from slolint.selection import Selection, SelectorError, split_selectors

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
        help="text (default), concise or json; repeat with =FILE to write several outputs",
    )
    lint.add_argument(
        "--fail-on",
        choices=["error", "warning", "info", "never"],
        default="error",
        help="lowest severity that makes the exit code 1 (default: error)",
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

    listing = commands.add_parser("rules", help="list every rule")
    listing.add_argument("--output-format", choices=["text", "json"], default="text")
    return parser


def _use_color(choice: str, stream: TextIO) -> bool:
    """``auto``: on a terminal, unless ``NO_COLOR`` is set or the terminal is ``dumb``."""
    if choice != "auto":
        return choice == "always"
    if "NO_COLOR" in os.environ or os.environ.get("TERM") == "dumb":
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
    for value in values or ["text"]:
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


def _selection(args: argparse.Namespace) -> Selection:
    select = split_selectors(args.select) or ["ALL"]
    return Selection.build(
        [*select, *split_selectors(args.extend_select)], split_selectors(args.ignore)
    )


def _cwd() -> Path:
    try:
        return Path(os.getcwd())
    except OSError as exc:
        raise UsageError(
            f"cannot read the current directory: {exc.strerror or exc} "
            "(was it deleted? change to an existing directory)"
        ) from None


def _run_check(args: argparse.Namespace) -> int:
    outputs = _outputs(args.output_format)
    for _, target in outputs:
        if target is not None:
            _check_target(target, ())
    options = CheckOptions(
        paths=args.paths,
        selection=_selection(args),
        context=not args.no_context,
        debug=args.debug,
        jobs=args.jobs,
        cwd=_cwd(),
    )
    result = check(options)
    for _, target in outputs:
        if target is not None:
            _check_target(target, result.inputs)
    for message in result.errors:
        print(f"slolint: error: {message}", file=sys.stderr)
    _write_reports(result, outputs, args)
    fail_on = None if args.fail_on == "never" else Severity.parse(args.fail_on)
    return exit_code(result, fail_on)


def _write_reports(
    result: CheckResult, outputs: list[tuple[str, str | None]], args: argparse.Namespace
) -> None:
    formats = load_formatters()
    report = Report(
        tuple(result.findings),
        result.files,
        result.documents,
        __version__,
        {code: rule.name for code, rule in RULES.items()},
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
    matches = lookup(args.rule)
    exact = [r for r in matches if r.code == args.rule.upper() or r.name == args.rule]
    if not exact:
        raise UsageError(f"unknown rule {args.rule!r}; see 'slolint rules'")
    _Stdout.write(_rule_doc(exact[0]))
    return 0


def _run_rules(args: argparse.Namespace) -> int:
    rules = sorted(load_rules().values(), key=lambda r: r.code)
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
    handlers = {"check": _run_check, "rule": _run_rule, "rules": _run_rules}
    try:
        return handlers[args.command](args)
    except (UsageError, SelectorError) as exc:
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

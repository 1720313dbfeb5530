"""Command line: ``slolint check``, ``slolint rule CODE``, ``slolint rules``, ``slolint clean``.

Exit codes follow ruff: 0 nothing at or above ``--fail-on``; 1 findings; 2 slolint could
not do its job (bad usage, unreadable path, internal error). Problems with slolint's own
inputs are one line on stderr; a traceback only with ``--debug``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn, TextIO

from slolint import __version__
from slolint.engine import CheckOptions, CheckResult, UsageError, check, exit_code
from slolint.findings import Severity
from slolint.registry import RULES, Rule, lookup
from slolint.report import FormatOptions, Report
from slolint.report.registry import load_formatters, repository_root, rule_infos
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
        help="colored text output (auto: on a terminal unless NO_COLOR is set)",
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
    lint.add_argument(
        "--no-cache", action="store_true", help="neither read nor write the cache of results"
    )
    _cache_dir_option(lint)

    tidy = commands.add_parser("clean", help="remove the cache of results (.slolint_cache)")
    _cache_dir_option(tidy)

    explain = commands.add_parser("rule", help="print the documentation of a rule")
    explain.add_argument("rule", metavar="CODE", help="a rule code (SLO201) or name")

    listing = commands.add_parser("rules", help="list every rule")
    listing.add_argument("--output-format", choices=["text", "json"], default="text")
    return parser


def _cache_dir_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--cache-dir",
        metavar="DIR",
        help="cache folder (default: $SLOLINT_CACHE_DIR, else .slolint_cache at the git top level)",
    )


def _use_color(choice: str, stream: TextIO) -> bool:
    if choice != "auto":
        return choice == "always"
    return "NO_COLOR" not in os.environ and hasattr(stream, "isatty") and stream.isatty()


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


def _selection(args: argparse.Namespace) -> Selection:
    select = split_selectors(args.select) or ["ALL"]
    return Selection.build(
        [*select, *split_selectors(args.extend_select)], split_selectors(args.ignore)
    )


def _run_check(args: argparse.Namespace) -> int:
    outputs = _outputs(args.output_format)
    options = CheckOptions(
        paths=args.paths,
        selection=_selection(args),
        context=not args.no_context,
        debug=args.debug,
        jobs=args.jobs,
        cache_dir=None if args.no_cache else _cache_location(args),
    )
    result = check(options)
    for message in result.errors:
        print(f"slolint: error: {message}", file=sys.stderr)
    for message in result.notes:
        print(f"slolint: note: {message}", file=sys.stderr)
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
        rule_infos(RULES, _selection(args).enabled, (f.code for f in result.findings)),
        str(repository_root(Path.cwd(), os.environ)),
        str(Path.cwd()),
        unchecked=len(result.errors),
    )
    for name, target in outputs:
        stream_color = target is None and _use_color(args.color, sys.stdout)
        text = formats[name](report, FormatOptions(color=stream_color, statistics=args.statistics))
        if target is None:
            sys.stdout.write(text)
            continue
        try:
            Path(target).write_text(text, encoding="utf-8")
        except OSError as exc:
            raise UsageError(f"cannot write {target}: {exc.strerror or exc}") from exc


def _cache_location(args: argparse.Namespace) -> Path | None:
    from slolint.cache import default_location

    try:
        cwd = Path(os.getcwd())
    except OSError:
        return None  # the check itself reports a deleted working directory
    return default_location(cwd, args.cache_dir)


def _run_clean(args: argparse.Namespace) -> int:
    from slolint.cache import clean

    folder = _cache_location(args)
    if folder is None:
        return 0  # outside a repository, with no folder named: there is no cache
    try:
        problem = clean(folder)
    except OSError as exc:
        raise UsageError(f"cannot remove {folder}: {exc.strerror or exc}") from exc
    if problem is not None:
        raise UsageError(problem)
    return 0


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
    sys.stdout.write(_rule_doc(exact[0]))
    return 0


def _run_rules(args: argparse.Namespace) -> int:
    rules = sorted(load_rules().values(), key=lambda r: r.code)
    if args.output_format == "json":
        rows = [
            {"code": r.code, "name": r.name, "severity": r.severity.label, "summary": r.summary}
            for r in rules
        ]
        sys.stdout.write(json.dumps(rows, indent=2) + "\n")
        return 0
    width = max(len(r.name) for r in rules)
    for r in rules:
        sys.stdout.write(f"{r.code}  {r.name:<{width}}  {r.severity.label:<7}  {r.summary}\n")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = _build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    handlers = {"check": _run_check, "rule": _run_rule, "rules": _run_rules, "clean": _run_clean}
    try:
        return handlers[args.command](args)
    except (UsageError, SelectorError) as exc:
        print(f"slolint: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # the last line of defence: one line, exit 2
        if getattr(args, "debug", False):
            raise
        print(
            f"slolint: error: internal error: {type(exc).__name__}: {exc} (rerun with --debug)",
            file=sys.stderr,
        )
        return EXIT_USAGE

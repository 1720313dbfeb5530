"""Command line: ``slolint check``, ``rule CODE``, ``rules``, ``config``, ``clean``,
``schema KIND`` and ``server``.

Exit codes follow ruff: 0 nothing at or above ``--fail-on``; 1 findings; 2 slolint could
not do its job (bad usage, unreadable path, internal error). Problems with slolint's own
inputs are one line on stderr; a traceback only with ``--debug``.

This module only parses arguments; the commands live in :mod:`slolint.commands`, imported
once the arguments are known, so that ``--version`` and ``--help`` load nothing else.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import gc
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from slolint import __version__

EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    """argparse, but usage errors are one line and exit 2 (argparse's own code)."""

    def error(self, message: str) -> NoReturn:
        from slolint.quoting import printable  # names from the command line may be hostile

        self.exit(EXIT_USAGE, printable(f"slolint: error: {message} (see 'slolint --help')") + "\n")


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a number of at least 1, got {value}")
    return value


COMMANDS = ("check", "clean", "rule", "rules", "config", "schema", "server")
"""The subcommands, in the order ``slolint --help`` lists them."""


def _wanted(argv: Sequence[str]) -> str | None:
    """The command a run names, when its first argument names one; ``""`` (none) for
    ``--version``; else None (every command).

    Every subcommand's parser costs about a millisecond to build (argparse looks up its
    translations for each), and a run uses one. The top level has no option besides
    ``--help`` and ``--version``, so a command is always the first argument; help, errors
    and anything unusual get every command.
    """
    if argv and argv[0] == "--version":
        return ""  # answered before any command is parsed
    return argv[0] if argv and argv[0] in COMMANDS else None


def _build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole command line, or with ``only`` the top level and that one command (none
    for ``""``)."""
    parser = _Parser(
        prog="slolint",
        description="A policy-as-code linter for SLO specifications.",
        epilog="Exit codes: 0 no findings at or above --fail-on, 1 findings, "
        "2 slolint could not do its job (usage, unreadable path, internal error).",
    )
    parser.add_argument("--version", action="version", version=f"slolint {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    if only in (None, "check"):
        _check_command(commands)
    if only in (None, "clean"):
        tidy = commands.add_parser("clean", help="remove the cache of results (.slolint_cache)")
        _cache_dir_option(tidy)
    if only in (None, "rule"):
        explain = commands.add_parser("rule", help="print the documentation of a rule")
        explain.add_argument("rule", metavar="CODE", nargs="?", help="a rule code (SLO201) or name")
        explain.add_argument(
            "--all", action="store_true", help="print the documentation of every rule"
        )
        _config_arguments(explain)
    if only in (None, "rules"):
        listing = commands.add_parser("rules", help="list every rule")
        listing.add_argument("--output-format", choices=["text", "json"], default="text")
        _config_arguments(listing)
    if only in (None, "config"):
        settings = commands.add_parser(
            "config", help="print the effective configuration and where each value came from"
        )
        settings.add_argument(
            "path", nargs="?", default=".", metavar="PATH", help="a file or folder (default: .)"
        )
        _config_arguments(settings)
    if only in (None, "schema"):
        schema = commands.add_parser(
            "schema", help="print the self-contained JSON Schema of a document kind, for editors"
        )
        schema.add_argument(
            "kind",
            nargs="?",
            metavar="KIND",
            help="openslo/v1/SLO, or a kind alone when unique (SLA)",
        )
        schema.add_argument("--list", action="store_true", help="list the kinds and their files")
    if only in (None, "server"):
        commands.add_parser(
            "server", help="run the language server on stdin and stdout (needs slolint[server])"
        )
    return parser


def _check_command(commands: argparse._SubParsersAction[_Parser]) -> None:
    lint = commands.add_parser("check", help="lint SLO files (default: the current directory)")
    lint.add_argument(
        "paths",
        nargs="*",
        default=[],
        metavar="PATH",
        help="files and folders whose findings are reported ('-': standard input); default: "
        "every file of the project (inside git: what git tracks or would track)",
    )
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
        help="codes, prefixes (SLO2) or names to enable instead of the configuration's "
        "selection (default: the configuration's, else every rule that is not opt-in)",
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
        help="colored text output (auto: on a terminal unless NO_COLOR is set or TERM=dumb; "
        "FORCE_COLOR colors any output)",
    )
    lint.add_argument(
        "--force-exclude",
        action="store_true",
        help="skip named paths too when the configuration's exclude matches them or git "
        "ignores them (the pre-commit hooks pass it)",
    )
    lint.add_argument(
        "--staged",
        action="store_true",
        help="report the files the index changes (deletions and renames included; within "
        "the named paths, if any) and the findings that depend on them; nothing staged: "
        "every file",
    )
    lint.add_argument(
        "--since",
        metavar="REF",
        help="report the files changed since commit REF and the findings that depend on them",
    )
    lint.add_argument(
        "--no-context",
        action="store_true",
        help="read only the files named: cross-file rules see nothing else of the project",
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


def _cache_dir_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--cache-dir",
        metavar="DIR",
        help="cache folder (default: $SLOLINT_CACHE_DIR, else .slolint_cache at the git top level)",
    )


def _config_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--config",
        metavar="PATH",
        help="use this configuration file for every file (default: $SLOLINT_CONFIG, else the "
        "closest .slolint.yaml, .slolint.yml or pyproject.toml [tool.slolint])",
    )
    parser.add_argument("--isolated", action="store_true", help="ignore every configuration file")


def main(argv: Sequence[str] | None = None) -> int:
    """The console script (``argv`` None) and in-process callers (tests, embedders).

    As the process's own entry point, slolint exits without tearing the interpreter down:
    a run over 10,000 files leaves some 300,000 objects that the interpreter would free one
    by one for most of a second, after every report is already written and flushed.
    """
    if hasattr(sys.stdout, "reconfigure"):
        # file names that are not UTF-8 are escaped upstream; this is the last backstop
        sys.stdout.reconfigure(errors="backslashreplace")
    try:
        code = _main(argv)
    except KeyboardInterrupt:
        _exit_interrupted()
    if argv is None:
        _exit_now(code)
    return code


def _exit_now(code: int) -> NoReturn:
    """Flush what is buffered and leave, skipping the interpreter's teardown.

    A closed pipe or a full disk at this last flush changes nothing: the report was
    already written as far as it could be, and the exit code stands.
    """
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(code)


def _exit_interrupted() -> NoReturn:
    """Exit 130 at once on Ctrl-C, even with a worker pool half torn down.

    A normal exit runs ``concurrent.futures``' exit hook, which joins the pool's manager
    thread; interrupted at the wrong moment, that join never returns. The workers are
    already terminated (``parallel``), so nothing is left to clean up but the buffers.
    """
    _exit_now(130)


def _main(argv: Sequence[str] | None) -> int:
    arguments = sys.argv[1:] if argv is None else list(argv)
    parser = _build_parser(_wanted(arguments))
    args = parser.parse_args(arguments)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    collecting = gc.isenabled()
    gc.disable()  # importing creates only long-lived objects: a collection would find nothing
    try:
        from slolint import commands
        from slolint.config import ConfigError
    finally:
        if collecting:
            if argv is None:
                # The process's own run: the first collection after the imports would walk
                # every object they made (some 100,000, 4 ms of a one-file run) to free a
                # few hundred. Frozen, no collection walks them again until the engine
                # unfreezes. In-process callers keep their collector as it was.
                gc.freeze()
            gc.enable()

    try:
        return commands.HANDLERS[args.command](args)
    except KeyboardInterrupt:
        _exit_interrupted()
    except ConfigError as exc:
        commands.say(str(exc))  # path:line:col: message, as editors parse it
        return EXIT_USAGE
    except commands.INPUT_ERRORS as exc:
        commands.say(f"slolint: error: {exc}")
        return EXIT_USAGE
    except OSError as exc:  # the file system refused: an input problem, not a bug
        if getattr(args, "debug", False):
            raise
        where = f": {commands.shown_path(os.fsdecode(exc.filename))}" if exc.filename else ""
        reason = exc.strerror or errno.errorcode.get(exc.errno or 0, str(exc))
        commands.say(f"slolint: error: {reason}{where}")
        return EXIT_USAGE
    except Exception as exc:  # the last line of defence: one line, exit 2
        if getattr(args, "debug", False):
            raise
        commands.say(
            f"slolint: error: internal error: {type(exc).__name__}: {exc} (rerun with --debug)"
        )
        return EXIT_USAGE

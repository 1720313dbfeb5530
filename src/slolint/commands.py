"""The commands behind the command line: ``check``, ``rule``, ``rules`` and ``config``.

Kept apart from :mod:`slolint.cli`, which only parses arguments, so that
``slolint --version`` and ``slolint --help`` answer without importing the linter.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from slolint import __version__
from slolint.baseline import BaselineError
from slolint.baseline import write as write_baseline
from slolint.config import CliOverrides, Resolver
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
from slolint.registry import Rule
from slolint.report import FormatOptions, Report
from slolint.report.registry import load_formatters, repository_root, rule_infos
from slolint.rules import PluginError, load_rules
from slolint.selection import SelectorError, split_selectors

EXIT_USAGE = 2


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


def shown_path(path: str) -> str:
    return shorten(path.encode("utf-8", "surrogateescape").decode("utf-8", "replace"), 200)


def _check_target(target: str, inputs: Sequence[str]) -> None:
    """Refuse report files that would write through a symlink or over a linted file.

    A pull request chooses file names: through pre-commit, a file named
    ``-fjson=.pre-commit-config.yaml`` once became an option. Reports never follow a
    symlink (it could lead out of the repository) and never replace a file that was read.
    """
    if os.path.islink(target):
        raise UsageError(
            f"refusing to write a report to {shown_path(target)}: it is a symbolic link"
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
                f"refusing to write a report to {shown_path(target)}: "
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
    return Resolver(
        current_directory(),
        config=args.config,
        isolated=args.isolated,
        cli=overrides,
        paths=getattr(args, "paths", ()) or (),
    )


def _read_stdin() -> bytes:
    from slolint.load import MAX_FILE_BYTES

    return sys.stdin.buffer.read(MAX_FILE_BYTES + 1)


def run_check(args: argparse.Namespace) -> int:
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
        cache_dir=None if args.no_cache else _cache_location(args),
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
    _write_reports(result, outputs, args)
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
) -> None:
    formats = load_formatters()
    assert result.plan is not None
    rules = result.plan.rules.by_code
    enabled = result.plan.enabled_anywhere()
    report = Report(
        tuple(result.findings),
        result.files,
        result.documents,
        __version__,
        {code: rule.name for code, rule in rules.items()},
        rule_infos(rules, enabled, (f.code for f in result.findings)),
        str(repository_root(Path.cwd(), os.environ)),
        str(Path.cwd()),
        unchecked=len(result.errors),
        suppressed=result.filtered.suppressed,
        baselined=result.filtered.baselined,
        effects=result.effects,
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
            raise UsageError(f"cannot write {shown_path(target)}: {exc.strerror or exc}") from None


def rule_doc(entry: Rule) -> str:
    """What `slolint rule CODE` prints; the language server shows it on hover."""
    return (
        f"# {entry.code} {entry.name}\n\n"
        f"{entry.summary[0].upper()}{entry.summary[1:]}.\n\n"
        f"Default severity: {entry.severity.label}\n\n{entry.doc}\n"
    )


def run_rule(args: argparse.Namespace) -> int:
    load_rules()
    rules = _resolver(args).primary().rules  # the catalog and the configuration's policies
    matches = rules.lookup(args.rule)
    exact = [r for r in matches if r.code == args.rule.upper() or r.name == args.rule]
    if not exact:
        raise UsageError(f"unknown rule {args.rule!r}; see 'slolint rules'")
    _Stdout.write(rule_doc(exact[0]))
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
    width = max(len(r.name) for r in rules)
    _Stdout.write(
        "".join(f"{r.code}  {r.name:<{width}}  {r.severity.label:<7}  {r.summary}\n" for r in rules)
    )
    return 0


def run_config(args: argparse.Namespace) -> int:
    load_rules()
    sys.stdout.write(show_settings(_resolver(args), Path(args.path)))
    return 0


def _cache_location(args: argparse.Namespace) -> Path | None:
    from slolint.cache import default_location

    return default_location(current_directory(), args.cache_dir)


def run_clean(args: argparse.Namespace) -> int:
    """``slolint clean``: remove the cache folder (never what a symbolic link points to)."""
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

"""Discover stage: command-line paths become the files to lint, and named files their context.

Three rules keep discovery safe on a hostile or merely large filesystem:

* Only regular files are linted. FIFOs, sockets and devices are skipped (a FIFO would block
  the run forever); a symbolic link is followed only when its target stays inside the
  repository (outside a repository: inside the folder being linted), and a link that leads
  out is skipped with one note. Symlinked folders are never entered, so a loop cannot trap
  the walk.
* Inside a git repository, folders are listed with ``git ls-files --cached --others
  --exclude-standard``, so what git ignores (virtualenvs, build output, vendored charts) is
  never read; without git, or when git fails, the folder is walked instead.
* Context (the other SLO files that cross-file rules need when only some files are named)
  is bounded: it is read from the git top level of *each named file*, never from the
  current directory; outside a repository only from the named files' own folders; and at
  most :data:`MAX_CONTEXT_FILES` files and :data:`MAX_CONTEXT_BYTES` bytes, with a note when
  the bound is hit. A folder that holds its own ``.slolint.yaml`` is a project of its own:
  the context of a file inside it stops there (this is what keeps a repository's test
  fixtures out of the context of its ``examples/``).

Problems with named paths are one-line errors (exit code 2); problems met while collecting
context are notes, because the files the user asked about were still linted.
"""

from __future__ import annotations

import errno
import os
import shutil
import stat
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

SUFFIXES = frozenset({".yaml", ".yml", ".json"})
SKIP_DIRS = frozenset(
    {
        ".git",
        ".hg",
        ".svn",
        ".venv",
        "venv",
        "node_modules",
        "__pycache__",
        ".tox",
        ".nox",
        ".mypy_cache",
        ".pytest_cache",
        ".ruff_cache",
        ".slolint_cache",
        ".hypothesis",
        ".idea",
        ".vscode",
    }
)
"""A folder holding one of these is a project of its own: context does not cross it."""

MAX_CONTEXT_FILES = 20_000
"""YAML and JSON files read as context, per run."""
MAX_CONTEXT_BYTES = 256 * 1024 * 1024
"""Bytes of context files read, per run (sizes as the filesystem reports them)."""
MAX_CONTEXT_ENTRIES = 2_000_000
"""Directory entries looked at while collecting context, per run (most are not YAML)."""
MAX_CONTEXT_FILE_BYTES = 64 * 1024 * 1024
"""Context files above this size are not read: they would only be a resource-limit finding."""
MAX_NOTES = 20
"""Notes of one run; further ones are counted in a last note."""
GIT_TIMEOUT = 60.0
"""Seconds ``git ls-files`` may take before the folder is walked instead."""
MAX_SHOWN_PATH = 300

_GIT_LOCATION_VARIABLES = frozenset(
    {
        "GIT_DIR",
        "GIT_WORK_TREE",
        "GIT_INDEX_FILE",
        "GIT_COMMON_DIR",
        "GIT_OBJECT_DIRECTORY",
        "GIT_ALTERNATE_OBJECT_DIRECTORIES",
        "GIT_NAMESPACE",
        "GIT_PREFIX",
        "GIT_CEILING_DIRECTORIES",
        "GIT_DISCOVERY_ACROSS_FILESYSTEM",
    }
)
"""Variables a git hook inherits that would point ``git ls-files`` at another repository."""


@dataclass(slots=True)
class Discovery:
    files: list[Path] = field(default_factory=list)
    named: list[Path] = field(default_factory=list)
    """The files named on the command line themselves (not found inside a named folder)."""
    errors: list[str] = field(default_factory=list)
    """One-line problems with slolint's inputs (missing paths, unreadable folders): exit 2."""
    notes: list[str] = field(default_factory=list)
    """One-line remarks that do not change the exit code (a skipped link, a context bound)."""
    skipped_links: set[str] = field(default_factory=set)
    """Absolute paths of the links skipped with a note, so that each is noted once per run."""


def shown_path(path: str | os.PathLike[str]) -> str:
    """A path as printed in a message: undecodable bytes escaped, at most a few hundred chars.

    File names are bytes on POSIX; Python keeps the ones that are not UTF-8 as lone
    surrogates, which a UTF-8 terminal cannot print. They become ``\\xff`` escapes here.
    """
    text = os.fspath(path)
    text = text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    if len(text) > MAX_SHOWN_PATH:
        keep = MAX_SHOWN_PATH // 2
        text = f"{text[:keep]}...{text[-keep:]}"
    return text


class _Sink:
    """Where the problems of one discovery go: errors for named paths, notes for context."""

    def __init__(self, result: Discovery, as_notes: bool) -> None:
        self.result = result
        self.as_notes = as_notes
        self._folders: set[str] = set()

    def problem(self, message: str) -> None:
        (self.result.notes if self.as_notes else self.result.errors).append(message)

    def folder_problem(self, folder: str, message: str) -> None:
        """Once per folder: every file of a folder that cannot be entered fails the same way."""
        if folder not in self._folders:
            self._folders.add(folder)
            self.problem(message)

    def note(self, message: str) -> None:
        self.result.notes.append(message)

    def link_leaves(self, link: Path, shown: str, boundary: str) -> None:
        key = os.path.abspath(link)
        if key not in self.result.skipped_links:
            self.result.skipped_links.add(key)
            self.note(f"skipped symbolic link {shown}: it points outside {shown_path(boundary)}")


def _wanted(name: str) -> bool:
    return os.path.splitext(name)[1].lower() in SUFFIXES


def _within(target: str, root: str) -> bool:
    try:
        return os.path.commonpath([target, root]) == root
    except ValueError:  # different drives
        return False


def _real(path: str | Path) -> str:
    return os.path.realpath(path)


def _admit(path: Path, boundary: str, sink: _Sink) -> bool:
    """True when ``path`` is a regular file, or a link to one inside ``boundary``."""
    try:
        info = os.lstat(path)
    except OSError as exc:
        if exc.errno in (errno.ENOENT, errno.ENOTDIR):
            return False  # listed by git but deleted from the working tree since
        if exc.errno == errno.EACCES:
            folder = os.path.dirname(path)
            sink.folder_problem(
                folder, f"cannot enter directory {shown_path(folder)}: {exc.strerror}"
            )
        else:
            sink.problem(f"cannot read {shown_path(path)}: {exc.strerror}")
        return False
    if stat.S_ISREG(info.st_mode):
        return True
    if not stat.S_ISLNK(info.st_mode):
        return False  # FIFOs, sockets, devices, folders (a git submodule)
    try:
        target = os.path.realpath(path, strict=True)
    except OSError:
        return False  # a dangling link or a loop is not a file to lint
    if not _within(target, boundary):
        sink.link_leaves(path, shown_path(path), boundary)
        return False
    try:
        return stat.S_ISREG(os.stat(target).st_mode)
    except OSError:
        return False


def git_toplevel(folder: Path) -> Path | None:
    """The nearest folder at or above ``folder`` holding a ``.git`` entry (folder or file)."""
    for candidate in (folder, *folder.parents):
        if os.path.lexists(candidate / ".git"):
            return candidate
    return None


def _git_env(top: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key not in _GIT_LOCATION_VARIABLES}
    env["GIT_CEILING_DIRECTORIES"] = str(top.parent)  # never the repository of a parent folder
    return env


def _git_listing(folder: Path, top: Path) -> list[str] | None:
    """Files git tracks or would track under ``folder``, relative to it; None without git.

    ``core.fsmonitor`` is switched off: a repository's own configuration must not make
    slolint run a program.
    """
    git = shutil.which("git")
    if git is None:
        return None
    command = [git, "-c", "core.fsmonitor=false", "-c", "core.quotePath=false"]
    command += ["-C", str(folder), "ls-files", "-z", "--cached", "--others", "--exclude-standard"]
    try:
        done = subprocess.run(
            command,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            env=_git_env(top),
            timeout=GIT_TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    if done.returncode != 0:
        return None
    names = sorted({os.fsdecode(name) for name in done.stdout.split(b"\0") if name})
    # An empty listing is what git says of a folder it ignores as a whole (``build/``); a
    # folder the user names is linted anyway, so walk it.
    return names or None


def _skipped_folder(relative: str) -> bool:
    parts = relative.replace(os.sep, "/").split("/")[:-1]
    return any(part in SKIP_DIRS for part in parts)


def _walk(root: Path, sink: _Sink) -> Iterator[Path]:
    """Every entry name under ``root`` worth a look, without following symlinked folders."""

    def on_error(exc: OSError) -> None:
        sink.problem(f"cannot read directory {shown_path(exc.filename)}: {exc.strerror}")

    for folder, dirs, names in os.walk(root, onerror=on_error, followlinks=False):
        dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS)
        for name in sorted(names):
            yield Path(folder, name)


def _candidates(folder: Path, sink: _Sink) -> Iterator[Path]:
    """Paths under ``folder``: what git lists inside a repository, else a walk."""
    top = git_toplevel(folder)
    listing = _git_listing(folder, top) if top is not None else None
    if listing is None:
        yield from _walk(folder, sink)
        return
    for relative in listing:
        if not _skipped_folder(relative):
            yield Path(folder, relative)


def _boundary(folder: Path) -> str:
    """Links may point anywhere inside the repository, or inside the folder outside one."""
    real = Path(_real(folder))
    top = git_toplevel(real)
    return str(top if top is not None else real)


def _files_under(folder: Path, sink: _Sink) -> Iterator[Path]:
    boundary = _boundary(folder)
    for path in _candidates(folder, sink):
        if _wanted(path.name) and _admit(path, boundary, sink):
            yield path


def _named(path: Path, raw: str, result: Discovery, sink: _Sink) -> list[Path]:
    """The files a named path stands for, or [] with an error or a note saying why."""
    shown = shown_path(raw)
    try:
        info = os.lstat(path)
    except OSError as exc:
        if exc.errno in (errno.ENOENT, errno.ENOTDIR):
            result.errors.append(f"path {shown} does not exist")
        else:
            result.errors.append(f"cannot read path {shown}: {exc.strerror}")
        return []
    if stat.S_ISLNK(info.st_mode):
        try:
            target = os.path.realpath(path, strict=True)
        except OSError:
            result.errors.append(f"path {shown} is a broken symbolic link")
            return []
        boundary = _boundary(path.parent)
        if not _within(target, boundary):
            sink.link_leaves(path, shown, boundary)
            return []
        try:
            info = os.stat(target)
        except OSError as exc:
            result.errors.append(f"cannot read path {shown}: {exc.strerror}")
            return []
    if stat.S_ISDIR(info.st_mode):
        return list(_files_under(path, sink))
    if stat.S_ISREG(info.st_mode):
        result.named.append(path)
        return [path]
    result.errors.append(f"path {shown} is not a regular file or a folder")
    return []


def discover(paths: list[str], base: Path | None = None) -> Discovery:
    """Files under ``paths`` (relative ones resolved against ``base``), in a stable order."""
    result = Discovery()
    sink = _Sink(result, as_notes=False)
    seen: set[str] = set()
    for raw in paths:
        path = Path(base, raw) if base is not None else Path(raw)
        for file in _named(path, raw, result, sink):
            key = str(file.absolute()) if os.path.islink(file) else _real(file)
            if key not in seen:
                seen.add(key)
                result.files.append(file)
    result.notes = _bounded_notes(result.notes)
    return result


def context_root(file: Path) -> Path:
    """Where the context of a named file comes from.

    The git top level of the file (not of the current directory); outside a repository,
    the file's own folder, so that naming one file in a large shared folder never reads
    that folder. A configuration's ``context-root`` narrows it (see the engine).
    """
    folder = Path(_real(file.absolute().parent))
    return git_toplevel(folder) or folder


def _outermost(roots: set[Path]) -> list[Path]:
    """Roots not inside another root: listing the outer one covers the inner."""
    kept: list[Path] = []
    chosen: set[Path] = set()
    for root in sorted(roots, key=lambda p: (len(p.parts), str(p))):
        if root not in chosen and chosen.isdisjoint(root.parents):
            chosen.add(root)
            kept.append(root)
    return kept


@dataclass(slots=True)
class _Budget:
    files: int = 0
    size: int = 0
    entries: int = 0
    exceeded: str | None = None

    def admit(self, size: int) -> bool:
        if self.files + 1 > MAX_CONTEXT_FILES:
            self.exceeded = f"{MAX_CONTEXT_FILES:,} files"
        elif self.size + size > MAX_CONTEXT_BYTES:
            self.exceeded = f"{MAX_CONTEXT_BYTES // (1024 * 1024):,} MiB"
        else:
            self.files += 1
            self.size += size
            return True
        return False


def discover_context(
    named: list[Path],
    skipped_links: set[str] | None = None,
    root_of: Callable[[Path], Path] | None = None,
) -> Discovery:
    """The YAML and JSON files around the named files, read (never reported) as context.

    ``skipped_links`` are links already noted while discovering the named paths;
    ``root_of`` gives the context root of a named file (default :func:`context_root`; the
    configuration's ``context-root`` may narrow it).
    """
    result = Discovery(skipped_links=set(skipped_links or ()))
    sink = _Sink(result, as_notes=True)
    budget = _Budget()
    roots = {(root_of or context_root)(file) for file in named}
    for root in _outermost(roots):
        boundary = _boundary(root)
        for path in _candidates(root, sink):
            budget.entries += 1
            if budget.entries > MAX_CONTEXT_ENTRIES:
                budget.exceeded = f"{MAX_CONTEXT_ENTRIES:,} directory entries"
                break
            if not _wanted(path.name) or not _admit(path, boundary, sink):
                continue
            try:
                size = os.stat(path).st_size
            except OSError:
                continue
            if size > MAX_CONTEXT_FILE_BYTES:
                continue
            if not budget.admit(size):
                break
            result.files.append(path)
        if budget.exceeded is not None:
            result.notes.append(
                f"context limited to {budget.exceeded}: cross-file rules saw only part of "
                f"{shown_path(root)}; lint the folder itself (slolint check DIR) to see it all"
            )
            break
    result.notes = _bounded_notes(result.notes)
    return result


def _bounded_notes(notes: list[str]) -> list[str]:
    if len(notes) <= MAX_NOTES:
        return notes
    return [*notes[:MAX_NOTES], f"{len(notes) - MAX_NOTES:,} more notes like these not shown"]


def display_path(path: Path, cwd: Path) -> str:
    """Paths relative to the working directory when below it, POSIX-style, else absolute.

    Undecodable bytes of a file name are escaped (``\\xff``), so that every report can be
    written to a UTF-8 stream.
    """
    # plain string operations: pathlib costs a tenth of a warm pre-commit run at 10,000 files
    text = os.fspath(path)
    absolute = text if os.path.isabs(text) else os.path.join(os.fspath(cwd), text)
    if "/./" in absolute or "//" in absolute or absolute.endswith("/."):
        # what pathlib drops (empty and "." parts); ".." stays, as Path.absolute() keeps it
        absolute = "/" + "/".join(part for part in absolute.split("/") if part not in ("", "."))
    base = os.fspath(cwd).rstrip(os.sep) + os.sep
    shown = absolute[len(base) :] if absolute.startswith(base) else absolute
    return shown.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")

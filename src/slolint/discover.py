"""Discover stage: the file-system rules every listed path goes through.

Which files make up a run (the world) and which are reported (the scope) is decided in
:mod:`slolint.world`; this module holds what keeps that safe on a hostile or merely large
filesystem:

* Only regular files are linted. FIFOs, sockets and devices are skipped (a FIFO would block
  the run forever); a symbolic link is followed only when its target stays inside the
  repository (outside a repository: inside the project), and a link that leads out is
  skipped with one note. Symlinked folders are never entered, so a loop cannot trap a walk.
* Outside git, folders are walked; folders that hold tools' own files (virtualenvs,
  ``node_modules``, caches) are not entered. Inside git, git lists the files instead.
* Files outside the scope are bounded: at most :data:`MAX_CONTEXT_FILES` files and
  :data:`MAX_CONTEXT_BYTES` bytes, with a note when the bound is hit.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from slolint.world.git import git_toplevel

__all__ = ["Discovery", "display_path", "git_toplevel", "shown_path"]

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
"""Folders a walk outside git does not enter: tools' own files, never a project's SLOs."""

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
MAX_SHOWN_PATH = 300


@dataclass(slots=True)
class Discovery:
    """Where the problems met while listing files go (shared with the world being built)."""

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


class Sink:
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


def lintable(name: str) -> bool:
    """True for a YAML or JSON file name (or path): ``os.path.splitext``'s extension, found
    without splitting, since every file of the world goes through here."""
    dot = name.rfind(".")
    start = max(name.rfind("/"), name.rfind(os.sep)) + 1
    if dot <= start or not name[start:dot].strip("."):
        return False  # no extension, or a name of dots and an extension only (``.yaml``)
    return name[dot:].lower() in SUFFIXES


def within(target: str, root: str) -> bool:
    try:
        return os.path.commonpath([target, root]) == root
    except ValueError:  # different drives
        return False


def admit(path: Path, boundary: str, sink: Sink) -> bool:
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
    if not within(target, boundary):
        sink.link_leaves(path, shown_path(path), boundary)
        return False
    try:
        return stat.S_ISREG(os.stat(target).st_mode)
    except OSError:
        return False


def walk(root: Path, sink: Sink) -> Iterator[Path]:
    """Every entry name under ``root`` worth a look, without following symlinked folders."""

    def on_error(exc: OSError) -> None:
        sink.problem(f"cannot read directory {shown_path(exc.filename)}: {exc.strerror}")

    for folder, dirs, names in os.walk(root, onerror=on_error, followlinks=False):
        dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS)
        for name in sorted(names):
            yield Path(folder, name)


@dataclass(slots=True)
class Budget:
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


def bounded_notes(notes: list[str]) -> list[str]:
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
    if shown.isascii():
        return shown  # nothing to escape (the common case, checked in C)
    return shown.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")

"""Discover stage: command-line paths become the files to lint, plus the context root.

Directories are walked for YAML and JSON files without following symlinked directories
(so a symlink loop cannot trap the walk), skipping tool and VCS folders. Explicitly named
files are linted whatever their suffix, as yamllint does.
"""

from __future__ import annotations

import os
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
        ".hypothesis",
        ".idea",
        ".vscode",
    }
)


@dataclass(slots=True)
class Discovery:
    files: list[Path] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    """One-line problems with slolint's inputs (missing paths, unreadable folders): exit 2."""


def _walk(root: Path, found: list[Path], errors: list[str]) -> None:
    def on_error(exc: OSError) -> None:
        errors.append(f"cannot read directory {exc.filename}: {exc.strerror}")

    for folder, dirs, names in os.walk(root, onerror=on_error, followlinks=False):
        dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS)
        for name in sorted(names):
            if os.path.splitext(name)[1].lower() not in SUFFIXES:
                continue
            path = Path(folder, name)
            if path.is_symlink() and not path.exists():
                continue  # a dangling link inside a folder is not a file to lint
            found.append(path)


def discover(paths: list[str], base: Path | None = None) -> Discovery:
    """Files under ``paths`` (relative ones resolved against ``base``), in a stable order."""
    result = Discovery()
    seen: set[Path] = set()
    for raw in paths:
        path = Path(base, raw) if base is not None else Path(raw)
        found: list[Path] = []
        if path.is_dir():
            _walk(path, found, result.errors)
        elif path.exists():
            found.append(path)
        elif path.is_symlink():
            result.errors.append(f"path {raw} is a broken symbolic link")
        else:
            result.errors.append(f"path {raw} does not exist")
        for file in found:
            key = file.resolve() if not file.is_symlink() else file.absolute()
            if key not in seen:
                seen.add(key)
                result.files.append(file)
    return result


def context_root(start: Path) -> Path:
    """The repository whose other SLO files give cross-file rules their context.

    The git top level (a ``.git`` folder or file) above ``start``, else ``start`` itself.
    """
    here = start.resolve()
    for folder in (here, *here.parents):
        if (folder / ".git").exists():
            return folder
    return here


def display_path(path: Path, cwd: Path) -> str:
    """Paths relative to the working directory when below it, POSIX-style, else absolute."""
    absolute = path.absolute()
    try:
        return absolute.relative_to(cwd).as_posix()
    except ValueError:
        return absolute.as_posix()

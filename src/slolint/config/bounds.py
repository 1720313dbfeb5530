"""Where a run's configuration may come from and lead to: the repository root.

Configuration is untrusted input, like the files it governs. Discovery walks up from a
linted folder to its repository root (the git top level) and no further; outside git, to
the current directory or the folder named on the command line, never to a shared parent
such as ``/tmp`` where anyone may plant a ``.slolint.yaml``. Every path a configuration
names (``baseline``, ``extends``, ``context-root``) must resolve, symbolic links included,
inside the same root.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path


class Bounds:
    """The root that bounds each folder's configuration, worked out once per folder."""

    def __init__(self, cwd: Path, named: Iterable[Path] = ()) -> None:
        self.cwd = cwd.absolute()
        anchors = {self.cwd}
        for path in named:
            absolute = (self.cwd / path).absolute()
            anchors.add(absolute if absolute.is_dir() else absolute.parent)
        self._anchors = frozenset(anchors)
        self._git: dict[Path, Path | None] = {}

    def git_root(self, folder: Path) -> Path | None:
        """The closest folder at or above ``folder`` holding ``.git``, else None."""
        walked: list[Path] = []
        found: Path | None = None
        for current in (folder, *folder.parents):
            if current in self._git:
                found = self._git[current]
                break
            walked.append(current)
            if os.path.lexists(current / ".git"):
                found = current
                break
        for current in walked:
            self._git[current] = found
        return found

    def root_of(self, folder: Path) -> Path:
        """The repository root of ``folder`` (absolute); outside git, the outermost of the
        current directory and the named folders at or above it (``slolint check slos/``
        from a project's root still reads the root's configuration), else ``folder``."""
        folder = folder.absolute()
        git = self.git_root(folder)
        if git is not None:
            return git
        found = folder
        for current in (folder, *folder.parents):
            if current in self._anchors:
                found = current
        return found

    @staticmethod
    def inside(path: Path, root: Path) -> bool:
        """True when ``path`` resolves (every link followed) to ``root`` or below it."""
        real = os.path.realpath(path)
        base = os.path.realpath(root)
        return real == base or real.startswith(base.rstrip(os.sep) + os.sep)

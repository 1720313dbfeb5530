"""Where a run's configuration may come from and lead to: the repository root.

Configuration is untrusted input, like the files it governs. Discovery walks up from a
linted folder to its repository root (the git top level) and no further. Outside git it
stops at the current directory when the folder is below it; a folder elsewhere (named on
the command line) may find its project's configuration above it, but the walk never
enters a folder that another user owns or that everyone may write (git's
``safe.directory`` idea), so a ``.slolint.yaml`` planted in a shared ``/tmp`` is never
read. Every path a configuration names (``baseline``, ``extends``, ``context-root``) must
resolve, symbolic links included, inside the same root.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


def _own_and_private(folder: Path) -> bool:
    """True when the current user owns ``folder`` and not everyone may write to it."""
    try:
        info = os.stat(folder)
    except OSError:
        return False
    getuid = getattr(os, "getuid", None)
    owner_ok = getuid is None or info.st_uid == getuid()
    return owner_ok and not info.st_mode & stat.S_IWOTH


class Bounds:
    """The root that bounds each folder's configuration, worked out once per folder."""

    def __init__(self, cwd: Path) -> None:
        self.cwd = cwd.absolute()
        self._git: dict[Path, Path | None] = {}
        self._private: dict[Path, bool] = {}

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
        """The repository root of ``folder`` (absolute). Outside git: the current
        directory when ``folder`` is at or below it; else the highest folder above it that
        the current user owns and nobody else may write, else ``folder`` itself."""
        folder = folder.absolute()
        git = self.git_root(folder)
        if git is not None:
            return git
        if folder == self.cwd or self.cwd in folder.parents:
            return self.cwd
        root = folder
        for current in folder.parents:
            if current not in self._private:
                self._private[current] = _own_and_private(current)
            if not self._private[current]:
                break
            root = current
        return root

    @staticmethod
    def inside(path: Path, root: Path) -> bool:
        """True when ``path`` resolves (every link followed) to ``root`` or below it."""
        real = os.path.realpath(path)
        base = os.path.realpath(root)
        return real == base or real.startswith(base.rstrip(os.sep) + os.sep)

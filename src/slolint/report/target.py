"""Where reports go: a path inside the repository, written atomically.

A pull request chooses names and folder links: a committed ``reports -> /outside`` link
once made ``-f sarif=reports/x.sarif`` land outside the workspace. So the whole path is
resolved, every component, and a report (``-f FORMAT=FILE``, ``--write-baseline``, the
action's ``sarif-file``) must stay inside the repository root (``$GITHUB_WORKSPACE``, else
the git top level, else the current directory). Its last component is never a symbolic
link and never a file being linted; missing folders inside the root are created.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from slolint.quoting import shorten


class TargetError(Exception):
    """A report path that cannot be used: one line on stderr, exit code 2."""


def _shown(path: str) -> str:
    text = path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return shorten(text, 200)


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def resolve(target: str, cwd: Path, root: Path, inputs: Sequence[str] = ()) -> Path:
    """The report file ``target`` names (relative to ``cwd``), checked; its folder may not exist.

    ``os.path.realpath`` resolves each existing component in turn (``..`` after a link goes
    up from where the link leads, as the system would), so nothing that leads out of
    ``root`` passes, however it is spelled.
    """
    joined = os.path.join(cwd, target)
    folder, name = os.path.split(joined)
    if name in ("", ".", ".."):
        raise TargetError(f"refusing to write a report to {_shown(target)}: it is not a file name")
    real_root = os.path.realpath(root)
    real_folder = os.path.realpath(folder)
    if not _inside(real_folder, real_root):
        raise TargetError(
            f"refusing to write a report to {_shown(target)}: it is outside the repository "
            f"({_shown(str(root))})"
        )
    path = Path(real_folder, name)
    if path.is_symlink():
        raise TargetError(f"refusing to write a report to {_shown(target)}: it is a symbolic link")
    try:
        info = path.stat()
    except OSError:
        return path  # a new file
    for linted in inputs:
        with contextlib.suppress(OSError):
            if os.path.samestat(info, os.stat(os.path.join(cwd, linted))):
                raise TargetError(
                    f"refusing to write a report to {_shown(target)}: "
                    "it is one of the files being linted"
                )
    return path


def write_atomically(target: str | Path, text: str | Iterable[str]) -> None:
    """Write ``text`` (or its pieces, in order) through a temporary file and a rename.

    Readers never see half a report, an interrupted run leaves the old file, and the
    rename replaces the name itself, never the file a symlink points to. Missing parent
    folders are created (callers have checked, with :func:`resolve`, that they are inside
    the repository). A report written in pieces is never whole in memory.
    """
    folder = os.path.dirname(os.path.abspath(target))
    os.makedirs(folder, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".slolint-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", errors="backslashreplace") as stream:
            for piece in (text,) if isinstance(text, str) else text:
                stream.write(piece)
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(temporary, 0o666 & ~mask)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise

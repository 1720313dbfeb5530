"""git, asked the few questions slolint needs: which files, which changes, which old contents.

Every command runs with the variables a git hook inherits (``GIT_DIR``, ``GIT_INDEX_FILE``
...) removed, so that it always speaks of the repository at ``top``; with
``core.fsmonitor`` off, so that a repository's own configuration never makes slolint run a
program; and with a timeout. A command that fails is answered with None: the caller falls
back to what it can do without git.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

GIT_TIMEOUT = 60.0
"""Seconds one git command may take before slolint does without it."""
MAX_BLOB_BYTES = 64 * 1024 * 1024
"""Old versions above this size are not read back (they would only be a size finding)."""

_LOCATION_VARIABLES = frozenset(
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
"""Variables a git hook inherits that would point git at another repository or index."""


def git_toplevel(folder: Path) -> Path | None:
    """The nearest folder at or above ``folder`` holding a ``.git`` entry (folder or file)."""
    for candidate in (folder, *folder.parents):
        if os.path.lexists(candidate / ".git"):
            return candidate
    return None


REGULAR_MODES = frozenset({"100644", "100755"})
"""Index modes of plain files (``120000`` is a symbolic link, ``160000`` a submodule)."""


@dataclass(frozen=True, slots=True)
class Listing:
    """The files of one repository as git lists them, and which of them git vouches for."""

    names: list[str]
    """Paths relative to the top level, sorted, each once."""
    plain: frozenset[str]
    """Names git holds as regular files whose working tree it found unchanged (same type,
    same stat information, or same content when the stat information is stale): they need
    no ``lstat`` of their own. Untracked, modified, deleted, unmerged, skip-worktree and
    assume-unchanged entries, links and submodules are never in it."""


@dataclass(frozen=True, slots=True)
class Change:
    """One line of ``git diff --name-status``: paths relative to the top level."""

    status: str
    """``A``, ``M``, ``D``, ``R``, ``C``, ``T`` ... (the letter only)."""
    path: str
    """The path after the change (for a deletion: the deleted path)."""
    old: str | None = None
    """The path before a rename or copy."""


class Git:
    """One repository, by its top level."""

    def __init__(self, top: Path, program: str, commit_index: bool = False) -> None:
        self.top = top
        self._program = program
        env = {k: v for k, v in os.environ.items() if k not in _LOCATION_VARIABLES}
        env["GIT_CEILING_DIRECTORIES"] = str(top.parent)  # never a parent's repository
        index = os.environ.get("GIT_INDEX_FILE")
        if commit_index and index and (top / index).is_file():
            # ``git commit -a`` (or with paths) builds the commit in a temporary index and
            # names it to its hooks: that index is what the commit holds
            env["GIT_INDEX_FILE"] = str(top / index)
        self._env = env

    @classmethod
    def at(cls, folder: Path, commit_index: bool = False) -> Git | None:
        """The repository holding ``folder``, or None (no ``.git`` above, or no git).

        ``commit_index``: a commit hook's ``GIT_INDEX_FILE`` is kept (under pre-commit).
        """
        top = git_toplevel(folder)
        program = shutil.which("git")
        if top is None or program is None:
            return None
        return cls(top, program, commit_index)

    def _run(self, *args: str, stdin: bytes | None = None) -> bytes | None:
        import subprocess  # only inside a repository: a run outside one never pays for it

        command = [self._program, "-c", "core.fsmonitor=false", "-c", "core.quotePath=false"]
        command += ["-C", str(self.top), *args]
        try:
            done = subprocess.run(
                command,
                input=stdin,
                stdin=None if stdin is not None else subprocess.DEVNULL,
                capture_output=True,
                env=self._env,
                timeout=GIT_TIMEOUT,
                check=False,
            )
        except (OSError, subprocess.SubprocessError):
            return None
        return done.stdout if done.returncode == 0 else None

    def usable(self) -> bool:
        """True when git can read this repository (a bare ``.git`` folder is not one)."""
        return self._run("rev-parse", "--git-dir") is not None

    def files(self, index_only: bool = False, standard_excludes: bool = True) -> list[str] | None:
        """Files git tracks or would track, relative to the top level; None when git fails.

        ``index_only``: what the next commit holds (``--cached``), as under pre-commit,
        which stashes unstaged changes but leaves untracked files in place.
        """
        args = ["ls-files", "-z", "--cached"]
        if not index_only:
            args.append("--others")
            if standard_excludes:
                args.append("--exclude-standard")
        out = self._run(*args)
        if out is None:
            return None
        return sorted({os.fsdecode(name) for name in out.split(b"\0") if name})

    def listing(self, index_only: bool = False, standard_excludes: bool = True) -> Listing | None:
        """:meth:`files` with what git knows of each file, in one ``git ls-files``.

        git compares its index with the working tree at C speed (one ``lstat`` per file,
        content when the stat information is stale); slolint then looks only at the files
        git does not vouch for. Output that does not parse is answered with :meth:`files`
        and nothing vouched for; so is a git that fails this command.
        """
        args = ["ls-files", "-z", "-t", "-v", "--stage", "--cached", "--modified", "--deleted"]
        if not index_only:
            args.append("--others")
            if standard_excludes:
                args.append("--exclude-standard")
        out = self._run(*args)
        parsed = None if out is None else parse_listing(out)
        if parsed is not None:
            return parsed
        # a git that refuses one of these options, or answers in another shape
        names = self.files(index_only, standard_excludes)
        return None if names is None else Listing(names, frozenset())

    def unstaged(self) -> list[str] | None:
        """Tracked files whose working-tree content differs from the index."""
        out = self._run("diff", "--name-only", "-z", "--no-ext-diff", "--no-renames")
        if out is None:
            return None
        return [os.fsdecode(name) for name in out.split(b"\0") if name]

    def resolves(self, rev: str) -> bool:
        """True when ``rev`` names a commit of this repository."""
        return self._run("rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}") is not None

    def changes(self, *revs: str, cached: bool = False) -> list[Change] | None:
        """``git diff --name-status`` between ``revs`` (and the index or working tree)."""
        args = ["diff", "--name-status", "-z", "-M", "--no-ext-diff"]
        if cached:
            args.append("--cached")
        out = self._run(*args, *revs, "--")
        if out is None:
            return None
        return _parse_name_status(out)

    def blobs(self, specs: Iterable[str]) -> dict[str, bytes]:
        """Contents of ``REV:path`` or ``:path`` specs, by ``git cat-file --batch``.

        Missing objects are simply absent from the result; big ones are left out.
        """
        wanted = [s for s in specs if "\n" not in s]
        if not wanted:
            return {}
        out = self._run("cat-file", "--batch", stdin="".join(f"{s}\n" for s in wanted).encode())
        if out is None:
            return {}
        found: dict[str, bytes] = {}
        position = 0
        for spec in wanted:
            end = out.find(b"\n", position)
            if end < 0:
                break
            header = out[position:end].split(b" ")
            position = end + 1
            if len(header) != 3 or not header[2].isdigit():
                continue  # "<spec> missing" or "ambiguous"
            size = int(header[2])
            if header[1] == b"blob" and size <= MAX_BLOB_BYTES:
                found[spec] = out[position : position + size]
            position += size + 1
        return found


def parse_listing(out: bytes) -> Listing | None:
    """``git ls-files -z -t -v --stage`` records; None on any record of another shape.

    A tracked record is ``TAG MODE OBJECT STAGE<TAB>PATH``, an untracked one ``? PATH``;
    a path may come several times (``H`` then ``C`` when modified, ``R`` when deleted).
    Only a name seen solely as ``H``, stage 0, with a regular mode is vouched for.
    """
    names: set[str] = set()
    kept: set[str] = set()
    doubtful: set[str] = set()
    for record in out.split(b"\0"):
        if not record:
            continue
        if len(record) < 3 or record[1:2] != b" ":
            return None
        tag, rest = record[:1], record[2:]
        if tag == b"?":
            names.add(os.fsdecode(rest))
            continue
        head, tab, raw = rest.partition(b"\t")
        fields = head.split(b" ")
        if not tab or not raw or len(fields) != 3 or not fields[2].isdigit():
            return None
        name = os.fsdecode(raw)
        names.add(name)
        if (
            tag == b"H"
            and fields[2] == b"0"
            and fields[0].decode("ascii", "replace") in REGULAR_MODES
        ):
            kept.add(name)
        else:
            doubtful.add(name)
    return Listing(sorted(names), frozenset(kept - doubtful))


def _parse_name_status(out: bytes) -> list[Change]:
    fields = [os.fsdecode(f) for f in out.split(b"\0")]
    changes: list[Change] = []
    index = 0
    while index < len(fields) and fields[index]:
        status = fields[index][:1]
        if status in ("R", "C") and index + 2 < len(fields):
            changes.append(Change(status, fields[index + 2], fields[index + 1]))
            index += 3
        elif index + 1 < len(fields):
            changes.append(Change(status, fields[index + 1]))
            index += 2
        else:
            break
    return changes

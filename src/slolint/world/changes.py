"""What changed: the files of ``--staged`` and ``--since``, the files of a run that differ
from ``HEAD`` or the index, and the index content of files the working tree changed.

Only a changed or deleted file can be the object an absence verdict misses
(:mod:`slolint.scope`); these helpers find them with a few ``git diff`` calls per run.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from slolint.discover import lintable, shown_path
from slolint.world.git import Change, Git

if TYPE_CHECKING:
    from slolint.world.build import Builder, World


@dataclass(slots=True)
class Gone:
    """A file of the scope that no longer exists (deleted or renamed away), with its repository."""

    path: Path
    git: Git
    rev: str | None
    """Where its old content is (``HEAD``, a commit); None: the index and ``HEAD``."""


def diff(builder: Builder, cwd: Path) -> tuple[list[tuple[Path, Change, Git, str | None]], bool]:
    """The changed YAML and JSON files of ``--staged`` or ``--since``, with where their old
    content is, and whether anything changed at all."""
    request = builder.request
    git = builder.git_of(cwd)
    if git is None:
        builder.world.errors.append(
            f"{'--staged' if request.staged else '--since'} needs a git repository; "
            f"{shown_path(cwd)} is not in one"
        )
        return [], False
    rev: str | None
    start = os.environ.get("PRE_COMMIT_FROM_REF")
    end = os.environ.get("PRE_COMMIT_TO_REF")
    if request.since is not None:
        if not git.resolves(request.since):
            builder.world.errors.append(f"--since {shown_path(request.since)} names no commit")
            return [], False
        changes, rev = git.changes(request.since), request.since
    elif start and end and git.resolves(start) and git.resolves(end):
        changes, rev = git.changes(start, end), start
    else:
        changes, rev = git.changes(cached=True), "HEAD"
    if changes is None:
        builder.world.errors.append("git diff failed: cannot tell which files changed")
        return [], False
    found: list[tuple[Path, Change, Git, str | None]] = [
        (git.top / c.path, c, git, rev) for c in changes if lintable(c.path)
    ]
    return found, bool(changes)


def mark_changed(builder: Builder, world: World, scope: set[Path]) -> None:
    """Scope files that differ from ``HEAD`` or the index, and deleted ones in named folders.

    Only these can be the object an absence verdict misses; an unchanged file cannot.
    """
    gits: dict[Path, Git] = {}
    for file in scope:
        git = builder.git_of(file.parent)
        if git is not None:
            gits.setdefault(git.top, git)
    named = [os.path.abspath(Path(builder.request.cwd, raw)) for raw in builder.request.paths]
    prefixes = [p.rstrip("/") + "/" for p in named if os.path.isdir(p)]
    if not builder.request.paths:
        prefixes = ["/"]
    for git in gits.values():
        changes = (git.changes("HEAD") or []) + (git.changes(cached=True) or [])
        for change in changes:
            if not lintable(change.path):
                continue
            path = git.top / change.path
            if change.status == "D" or change.old is not None:
                old = path if change.status == "D" else git.top / (change.old or "")
                if any(old.as_posix().startswith(p) for p in prefixes):
                    world.gone.append(Gone(old, git, None))
            if path in scope:
                world.changed[path] = (git, None)


def index_contents(builder: Builder, world: World, files: dict[Path, Path]) -> None:
    """The index version of the world's files whose working tree differs from it.

    pre-commit stashes unstaged changes before it runs a hook, so this is rare (a run with
    ``--all-files`` does not stash); it keeps the verdict on what the commit holds.
    """
    for top in {top for top, _ in builder.listed_repositories()}:
        git = builder.git_of(top)
        if git is None:
            continue
        changed = {top / name for name in git.unstaged() or ()} & files.keys()
        specs = {f":{path.relative_to(top).as_posix()}": path for path in changed}
        for spec, data in git.blobs(specs).items():
            world.contents[specs[spec]] = data

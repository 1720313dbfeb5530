"""The world and the scope of one run (DESIGN §2 "World and scope").

The *world* is every SLO file of the project, and it alone decides verdicts:

* inside git, the files git tracks or would track (``git ls-files --cached --others
  --exclude-standard``), so git alone decides what is ignored (``.gitignore``,
  ``.git/info/exclude``, ``core.excludesFile``) and a tracked file is always in it; under
  pre-commit (``PRE_COMMIT=1``), the index only, since untracked files stay in place while
  pre-commit stashes the rest and are not part of the commit;
* outside git, the folder holding the closest slolint configuration above the named paths,
  else the current directory when it holds them, else the named paths' own folders (with a
  note: cross-file rules then see only those). ``.gitignore`` means nothing outside git.

A configuration's ``context-root`` bounds the world of the files it governs, and its
``exclude`` removes files from it. The *scope* is what the user named (files, folders, the
changed files of ``--staged``/``--since``) narrowed by ``include``; with nothing named it
is the world. A named path is linted even when git ignores it or ``exclude`` matches it,
unless ``force_exclude`` (as ruff's ``--force-exclude``, which the hooks pass).
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from slolint.config import Resolver
from slolint.config.files import Finder
from slolint.discover import (
    MAX_CONTEXT_ENTRIES,
    MAX_CONTEXT_FILE_BYTES,
    Budget,
    Discovery,
    Sink,
    admit,
    bounded_notes,
    display_path,
    lintable,
    shown_path,
    walk,
    within,
)
from slolint.world import changes
from slolint.world.changes import Gone
from slolint.world.git import Change, Git, Listing, git_toplevel

if TYPE_CHECKING:
    from slolint.config.settings import Settings

PRE_COMMIT_VARIABLE = "PRE_COMMIT"


@dataclass(slots=True)
class World:
    """What one run reads (``files``) and reports (``scope``)."""

    files: list[Path] = field(default_factory=list)
    """Every file of the world, scope included, in a stable order."""
    scope: set[Path] = field(default_factory=set)
    """Absolute paths of the files whose findings are reported."""
    gone: list[Gone] = field(default_factory=list)
    changed: dict[Path, tuple[Git, str | None]] = field(default_factory=dict)
    """Scope files that differ from their old version, with the repository and the revision
    holding it (None: ``HEAD`` and the index): only they can be a missing object."""
    contents: dict[Path, bytes] = field(default_factory=dict)
    """Files read from the index instead of the working tree (the world is the index, and
    the working tree differs): what the commit holds is what is judged."""
    outside_git: set[Path] = field(default_factory=set)
    """Scope files with no usable repository: absence verdicts keep the kind rule there."""
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    skipped_links: set[str] = field(default_factory=set)
    plain: set[Path] = field(default_factory=set)
    """Files git vouches for as unchanged regular files in folders that resolve inside the
    repository: not symbolic links, so their real path is their folder's."""


@dataclass(slots=True)
class Request:
    """What the command line asked for."""

    paths: list[str]
    cwd: Path
    config: Resolver
    force_exclude: bool = False
    staged: bool = False
    since: str | None = None
    stdin_filename: str | None = None
    index_only: bool = False
    """The world is the index (set from ``PRE_COMMIT`` by the caller)."""
    context: bool = True


@dataclass(slots=True)
class _Root:
    folder: Path
    git: Git | None
    listing: Listing | None = None


def in_pre_commit(env: Mapping[str, str] | None = None) -> bool:
    """pre-commit sets ``PRE_COMMIT=1`` for its hooks: the world is then the index."""
    return (os.environ if env is None else env).get(PRE_COMMIT_VARIABLE) == "1"


class Builder:
    def __init__(self, request: Request) -> None:
        self.request = request
        self.config = request.config
        self.world = World()
        self.sink = _WorldSink(self.world, request.cwd.absolute())
        self._roots: dict[Path, _Root] = {}
        self._gits: dict[Path, Git | None] = {}
        self._tops: dict[Path, Git | None] = {}
        self._root_of: dict[Path, Path] = {}
        self._noted: set[Path] = set()
        self._listings: dict[tuple[Path, bool], Listing] = {}
        self._finder = Finder(request.config.bounds)
        self._folder_settings: dict[str, Settings] = {}
        self._inside: dict[tuple[str, str], bool] = {}

    # -- roots ---------------------------------------------------------------------------

    def git_of(self, folder: Path) -> Git | None:
        """The repository of ``folder``; None outside one, or when git cannot read it."""
        if folder not in self._gits:
            git = Git.at(folder, commit_index=self.request.index_only)
            if git is not None:
                if git.top not in self._tops:
                    # a ``.git`` that git cannot read: the top level is walked instead
                    self._tops[git.top] = git if git.usable() else None
                git = self._tops[git.top]
            self._gits[folder] = git
        return self._gits[folder]

    def root_of(self, path: Path) -> Path:
        """The folder whose files are the world of ``path`` (absolute), once per path."""
        if path not in self._root_of:
            self._root_of[path] = self._find_root(path)
        return self._root_of[path]

    def _find_root(self, path: Path) -> Path:
        folder = path if os.path.isdir(path) else path.parent
        governed = path if os.path.isfile(path) else path / "x"
        configured = self.config.settings_for(governed).context_root
        if configured is not None:
            return Path(os.path.abspath(configured))
        git = self.git_of(folder)
        if git is not None:
            return git.top
        top = git_toplevel(folder)
        if top is not None:  # a ``.git`` git cannot list: the walk starts at the top level
            return top
        found = self._finder.find(folder)
        if found is not None:
            return found.parent
        cwd = Path(os.path.abspath(self.request.cwd))
        if within(str(folder), str(cwd)):
            return cwd
        if folder not in self._noted:
            self._noted.add(folder)
            self.world.notes.append(
                f"{shown_path(path)} is outside the current directory and no slolint "
                f"configuration marks its project: cross-file rules see only "
                f"{shown_path(folder)}"
            )
        return folder

    def boundary_of(self, folder: Path) -> Path:
        """Where links may point: the repository, else the real project folder."""
        git = self.git_of(folder)
        if git is not None:
            return Path(os.path.realpath(git.top))
        return Path(os.path.realpath(self.root_of(folder)))

    def root(self, folder: Path) -> _Root:
        if folder not in self._roots:
            git = self.git_of(folder)
            self._roots[folder] = _Root(folder, git)
        return self._roots[folder]

    # -- listing -------------------------------------------------------------------------

    def listing(self, root: _Root) -> Iterator[tuple[str, bool]]:
        """Every candidate path of a root (absolute, as text), and whether git vouches for
        it as an unchanged regular file (:class:`Listing`): git's list, or a walk outside
        git (nothing vouched for)."""
        if root.git is None:
            yield from ((os.fspath(p), False) for p in walk(root.folder, self.sink))
            return
        if root.listing is None:
            respect = self.config.settings_for(root.folder / "x").respect_gitignore
            key = (root.git.top, respect)
            if key not in self._listings:  # one ``git ls-files`` per repository
                found = root.git.listing(self.request.index_only, standard_excludes=respect)
                self._listings[key] = found or Listing([], frozenset())
            root.listing = self._listings[key]
        top = root.git.top
        if not within(str(root.folder), str(top)):
            yield from ((os.fspath(p), False) for p in walk(root.folder, self.sink))
            return
        prefix = "" if root.folder == top else root.folder.relative_to(top).as_posix() + "/"
        base = os.fspath(top).rstrip("/") + "/"
        plain = root.listing.plain
        for name in root.listing.names:
            if name.startswith(prefix):
                yield base + name, name in plain

    def listed_repositories(self) -> list[tuple[Path, bool]]:
        """The repositories git listed for this run (top level, standard excludes)."""
        return list(self._listings)

    def settings_of_folder(self, folder: str) -> Settings:
        """The settings of the files of ``folder`` (absolute), looked up once per folder."""
        settings = self._folder_settings.get(folder)
        if settings is None:
            settings = self._folder_settings[folder] = self.config.settings_for(Path(folder, "_"))
        return settings

    def excluded_text(self, path: str, folder: str) -> bool:
        """:meth:`excluded` for a path held as text, in ``folder``; a ``Path`` is built only
        when the folder's configuration has an ``exclude`` or a baseline to compare with."""
        settings = self.settings_of_folder(folder)
        if settings.exclude is None and settings.baseline is None:
            return False
        return self.excluded(Path(path))

    def included_text(self, path: str) -> bool:
        include = self.settings_of_folder(os.path.dirname(path)).include
        return not include or include.matches(Path(path))

    def narrowed(self) -> bool:
        """True when a folder looked up so far has a configuration with ``include``."""
        return any(settings.include for settings in self._folder_settings.values())

    def folder_inside(self, folder: str, boundary: str) -> bool:
        """True when ``folder`` (absolute) resolves inside ``boundary``: once per folder,
        so that a folder swapped for a link out of the repository is never read through."""
        key = (folder, boundary)
        inside = self._inside.get(key)
        if inside is None:
            inside = self._inside[key] = within(os.path.realpath(folder), boundary)
        return inside

    def excluded(self, path: Path) -> bool:
        """``exclude`` (or the baseline), counted by the configuration that wrote it."""
        return self.config.excluded(path)

    def included(self, path: Path) -> bool:
        include = self.config.settings_for(path).include
        return not include or include.matches(path)


class _WorldSink(Sink):
    """Problems met while listing the world: errors under a named folder, else notes.

    Decided at the end, once the scope is known: a folder the user named that cannot be
    read is an input problem (exit 2); one that was only context is a note.
    """

    def __init__(self, world: World, cwd: Path) -> None:
        super().__init__(_as_discovery(world), as_notes=True)
        self.cwd = cwd
        self.pending: list[tuple[str, str]] = []

    def problem(self, message: str) -> None:
        self.pending.append(("", message))

    def folder_problem(self, folder: str, message: str) -> None:
        if all(folder != seen for seen, _ in self.pending):
            self.pending.append((folder, message))

    def link_leaves(self, link: Path, shown: str, boundary: str) -> None:
        super().link_leaves(link, display_path(link, self.cwd), boundary)

    def settle(self, world: World, named_folders: list[Path]) -> None:
        prefixes = [f.as_posix().rstrip("/") + "/" for f in named_folders]
        for folder, message in self.pending:
            # a walk's own failure names no folder: an error whenever a folder was named
            inside = (
                any((folder + "/").startswith(p) for p in prefixes) if folder else bool(prefixes)
            )
            (world.errors if inside else world.notes).append(message)
        self.pending.clear()


def _as_discovery(world: World) -> Discovery:
    """A :class:`Discovery` sharing the world's lists, for the discover stage's helpers."""
    result = Discovery()
    result.errors = world.errors
    result.notes = world.notes
    result.skipped_links = world.skipped_links
    return result


def absolute(cwd: Path, raw: str) -> Path:
    """An absolute path with ``.`` and ``..`` folded (as git lists them), links kept."""
    return Path(os.path.abspath(Path(cwd, raw)))


def _named_kind(builder: Builder, path: Path, raw: str) -> str | None:
    """``file``, ``folder``, or None with an error or a note saying why it is not linted.

    A named symbolic link is followed only when its target stays inside the project.
    """
    errors = builder.world.errors
    shown = shown_path(raw)
    try:
        info = os.lstat(path)
    except OSError as exc:
        if exc.errno in (errno.ENOENT, errno.ENOTDIR):
            errors.append(f"path {shown} does not exist")
        else:
            errors.append(f"cannot read path {shown}: {exc.strerror}")
        return None
    if stat.S_ISLNK(info.st_mode):
        try:
            target = os.path.realpath(path, strict=True)
        except OSError:
            errors.append(f"path {shown} is a broken symbolic link")
            return None
        boundary = str(builder.boundary_of(path.parent))
        if not within(target, boundary):
            builder.sink.link_leaves(path, shown, boundary)
            builder.sink.settle(builder.world, [])
            return None
        try:
            info = os.stat(target)
        except OSError as exc:
            errors.append(f"cannot read path {shown}: {exc.strerror}")
            return None
    if stat.S_ISDIR(info.st_mode):
        return "folder"
    if stat.S_ISREG(info.st_mode):
        return "file"
    errors.append(f"path {shown} is not a regular file or a folder")
    return None


def project_root(config: Resolver, cwd: Path, path: Path) -> Path:
    """The folder whose files are the world of ``path`` (which need not exist yet)."""
    place = absolute(cwd, os.fspath(path))
    while not os.path.exists(place) and place != place.parent:
        place = place.parent
    return Builder(Request([], cwd, config)).root_of(place)


def build_world(request: Request) -> World:
    """The world and the scope of one run."""
    builder = Builder(request)
    world = builder.world
    cwd = request.cwd.absolute()
    named: list[tuple[Path, str, str]] = []  # (absolute, raw, kind)
    for raw in request.paths:
        path = absolute(cwd, raw)
        kind = _named_kind(builder, path, raw)
        if kind is not None:
            named.append((path, raw, kind))
    diff: list[tuple[Path, Change, Git, str | None]] = []
    changed_anything = False
    if request.staged or request.since is not None:
        diff, changed_anything = changes.diff(builder, cwd)
    by_diff = changed_anything  # the scope is what changed (within the named paths)
    whole = not request.paths and not by_diff and request.stdin_filename is None
    if request.staged and not by_diff and not world.errors:
        world.notes.append("nothing staged: checked every file of the repository")
    anchors = [p for p, _, _ in named] or [cwd]
    if request.stdin_filename is not None:
        # standard input stands where --stdin-filename says, in a folder that may not exist yet
        place = absolute(cwd, request.stdin_filename).parent
        while not os.path.isdir(place) and place != place.parent:
            place = place.parent
        anchors.append(place)
    roots: set[Path] = set()
    # Without context, named files need no listing of their project: nothing else is read,
    # and only --force-exclude asks whether git ignores them.
    listing_needed = (
        request.context
        or request.force_exclude
        or by_diff
        or whole
        or any(kind != "file" for _, _, kind in named)
    )
    for anchor in anchors if listing_needed else ():
        if anchor.exists():
            roots.add(builder.root_of(anchor))
    for _, _, git, _ in diff:
        roots.add(git.top)
    world_files: dict[Path, Path] = {}
    budget = Budget()
    entries = 0
    folders = tuple(p.as_posix().rstrip("/") + "/" for p, _, kind in named if kind == "folder")
    files = {p for p, _, kind in named if kind == "file"} | {p for p, *_ in diff}

    def scoped(path: Path, text: str) -> bool:
        """Scope files are never bounded: the user asked for every one of them."""
        return whole or path in files or (bool(folders) and text.startswith(folders))

    for folder in _outermost(roots):
        root = builder.root(folder)
        boundary = str(builder.boundary_of(folder))
        for text, vouched in builder.listing(root):
            folder_text = os.path.dirname(text)
            if not lintable(text) or builder.excluded_text(text, folder_text):
                continue
            if not builder.folder_inside(folder_text, boundary):
                # a listed folder swapped for a link out of the repository: never read through
                builder.sink.link_leaves(Path(folder_text), shown_path(folder_text), boundary)
                continue
            path = Path(text)
            plain = vouched  # git vouched for an unchanged regular file: no lstat of its own
            if plain:
                world.plain.add(path)
            if scoped(path, path.as_posix() if os.sep != "/" else text):
                if plain or admit(path, boundary, builder.sink):
                    world_files.setdefault(path, path)
                continue
            entries += 1
            if entries > MAX_CONTEXT_ENTRIES:
                budget.exceeded = f"{MAX_CONTEXT_ENTRIES:,} directory entries"
                break
            if not plain and not admit(path, boundary, builder.sink):
                continue
            try:
                size = os.stat(path).st_size
            except OSError:
                continue
            if size > MAX_CONTEXT_FILE_BYTES:
                continue
            if not budget.admit(size):
                break
            world_files.setdefault(path, path)
        if budget.exceeded is not None:
            world.notes.append(
                f"context limited to {budget.exceeded}: cross-file rules saw only part of "
                f"{shown_path(folder)}; lint the folder itself (slolint check DIR) to see it all"
            )
            break
    scope: set[Path] = set()
    skipped: list[str] = []
    listed = set(world_files)
    for path, raw, kind in named:
        found = _scope_of_named(builder, path, raw, kind, listed, skipped)
        for file in found:
            world_files.setdefault(file, file)
        scope.update(found)
    if by_diff:
        scope = _changed_scope(builder, diff, listed, scope if named else None)
    if whole:
        # every file of the world came through the listing, its folder's settings known
        narrowed = builder.narrowed()
        scope = {f for f in world_files if not narrowed or builder.included_text(os.fspath(f))}
    if named and not scope and skipped and request.stdin_filename is None:
        world.notes.extend(skipped)
    if not whole and not request.staged and request.since is None:
        changes.mark_changed(builder, world, scope)
    named_folders = [p for p, _, kind in named if kind == "folder"]
    builder.sink.settle(world, named_folders if request.paths else [cwd] if whole else [])
    if request.index_only:
        changes.index_contents(builder, world, world_files)
    world.scope = scope
    world.files = sorted(world_files) if request.context else sorted(scope)
    in_git: dict[str, bool] = {}  # per folder: a Path per file costs more than the lookup
    for file in scope:
        parent = os.path.dirname(os.fspath(file))
        if parent not in in_git:
            in_git[parent] = builder.git_of(Path(parent)) is not None
        if not in_git[parent]:
            world.outside_git.add(file)
    if request.stdin_filename not in (None, "-"):
        stdin_path = Path(cwd, request.stdin_filename).absolute()
        stdin_git = builder.git_of(stdin_path.parent)
        if stdin_git is not None:
            world.changed[stdin_path] = (stdin_git, None)
        else:
            world.outside_git.add(stdin_path)
    world.notes[:] = bounded_notes(world.notes)
    return world


def _changed_scope(
    builder: Builder,
    diff: list[tuple[Path, Change, Git, str | None]],
    listed: set[Path],
    named: set[Path] | None,
) -> set[Path]:
    """The changed files in the world (within the named paths, when paths were named);
    deleted and renamed-away files are kept as :class:`Gone`, with where their old
    content is."""
    world = builder.world
    folders = tuple(
        absolute(builder.request.cwd, raw).as_posix().rstrip("/") + "/"
        for raw in builder.request.paths
    )
    scope: set[Path] = set()
    for path, change, git, rev in diff:
        old = path if change.status == "D" else git.top / change.old if change.old else None
        if old is not None and (named is None or old.as_posix().startswith(folders)):
            world.gone.append(Gone(old, git, rev))
        if change.status == "D" or path not in listed or (named is not None and path not in named):
            continue
        if not (builder.request.force_exclude and builder.excluded(path)):
            scope.add(path)
            world.changed[path] = (git, rev)
    return scope


def _scope_of_named(
    builder: Builder, path: Path, raw: str, kind: str, listed: set[Path], skipped: list[str]
) -> list[Path]:
    """The files a named path puts in scope; a reason in ``skipped`` when it puts none."""
    force = builder.request.force_exclude
    shown = shown_path(raw)
    if kind == "file":
        ignored = _ignored_by_git(builder, path, listed)
        if force and builder.excluded(path):
            skipped.append(f"skipped {shown}: the configuration's exclude matches it")
            return []
        if force and ignored:
            skipped.append(f"skipped {shown}: {ignored}")
            return []
        if not admit(path, str(builder.boundary_of(path.parent)), builder.sink):
            return []
        return [path]
    prefix = path.as_posix().rstrip("/") + "/"
    found = [f for f in listed if f.as_posix().startswith(prefix) and builder.included(f)]
    if found or force:
        if not found and builder.excluded(path / "_"):
            skipped.append(f"skipped {shown}: the configuration's exclude matches it")
        elif not found:
            skipped.append(f"skipped {shown}: git ignores it, or it holds no YAML or JSON file")
        return found
    # a folder git ignores as a whole, or that ``exclude`` removed: linted when named
    boundary = str(builder.boundary_of(path))
    return [
        f
        for f in walk(path, builder.sink)
        if lintable(f.name) and admit(f, boundary, builder.sink) and builder.included(f)
    ]


def _ignored_by_git(builder: Builder, path: Path, listed: set[Path]) -> str | None:
    git = builder.git_of(path.parent)
    if git is None or path in listed:
        return None
    if not within(str(path), str(git.top)):
        return None
    if builder.request.index_only:
        return "it is not in the index (the commit does not hold it)"
    return "git ignores it"


def _outermost(roots: set[Path]) -> list[Path]:
    kept: list[Path] = []
    for root in sorted(roots, key=lambda p: (len(p.parts), str(p))):
        if not any(within(str(root), str(k)) for k in kept):
            kept.append(root)
    return kept

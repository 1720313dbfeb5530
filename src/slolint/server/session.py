"""An editor session: the files of each project kept loaded between edits.

``slolint check FILE`` reads FILE and, as context, every SLO file of its project (the
world). An editor asks the same question after every keystroke, so the session keeps each
world's per-file results (parsed, recognized and, for open files, validated) and on a change
recomputes only the changed buffer; the cross-file stages then run over the kept results
(:func:`slolint.engine.check_loaded`), with every open file reported. A finding that depends
on an edited file but lands in another open file (an SLO's SLO301 when its SLA changes) is
therefore updated too, as ``slolint check`` reports it.

Open buffers override the files on disk and are linted from memory: nothing is written.
Nothing here knows the Language Server Protocol; :mod:`slolint.server.protocol` does.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from slolint.config import ConfigError, Resolver
from slolint.discover import display_path
from slolint.engine import (
    CheckOptions,
    FileResult,
    check_loaded,
    process_data,
    process_file,
    read_job,
)
from slolint.findings import Finding
from slolint.load import MAX_FILE_BYTES, reset_run_budget
from slolint.parallel import FileJob
from slolint.world.build import Request, build_world, project_root

if TYPE_CHECKING:
    from slolint.cache.store import CachedRun

SUFFIXES = (".yaml", ".yml", ".json")
"""The files ``slolint check`` lints; the session ignores other documents."""


def _open_cache(cwd: Path) -> CachedRun | None:
    """The cache ``slolint check`` uses from ``cwd`` (None outside a repository)."""
    from slolint.cache.store import CachedRun, Store, default_location

    folder = default_location(cwd)
    store = Store.open(folder) if folder is not None else None
    return CachedRun(store, read_job, process_data) if store is not None else None


@dataclass(slots=True)
class World:
    """One project: its files' results as read from disk, by absolute path."""

    root: Path
    on_disk: dict[str, tuple[FileJob, FileResult]] = field(default_factory=dict)
    processed: int = 0
    """Files loaded from disk so far (a count for tests of incrementality)."""


@dataclass(slots=True)
class Buffer:
    """An open document: its text and its results, computed from memory."""

    path: str
    text: str
    world: Path
    job: FileJob
    result: FileResult


@dataclass(slots=True)
class Outcome:
    """The findings of one lint pass, by absolute path of every open file of the world."""

    findings: dict[str, list[Finding]]
    errors: list[str]


class Session:
    """The open buffers and the worlds they belong to, for one working directory."""

    def __init__(self, cwd: Path) -> None:
        self.cwd = cwd.absolute()
        self.worlds: dict[Path, World] = {}
        self.buffers: dict[str, Buffer] = {}
        self.processed_buffers = 0
        """Buffers linted from memory so far (a count for tests of incrementality)."""

    # --- configuration and worlds -------------------------------------------------------

    def resolver(self) -> Resolver:
        """Read afresh for every pass: a saved ``.slolint.yaml`` applies at once."""
        return Resolver(self.cwd)

    def _world(self, config: Resolver, file: Path) -> World:
        root = project_root(config, self.cwd, file)
        world = self.worlds.get(root)
        if world is None:
            world = self.worlds[root] = World(root)
            jobs = [
                FileJob(os.fspath(path.absolute()), display_path(path, self.cwd), False)
                for path in build_world(Request([], root, config)).files
            ]
            self._load_all(world, jobs)
        return world

    def _load_all(self, world: World, jobs: list[FileJob]) -> None:
        """Every file of a new world, through the cache of ``slolint check`` when it has one.

        In this process, one file after another: the server's own threads make forking a
        pool of workers unsafe.
        """
        reset_run_budget()
        cached = _open_cache(self.cwd)
        outcomes: Iterable[tuple[FileJob, FileResult | str]]
        if cached is not None:
            outcomes = cached.results(jobs, 1, False)
        else:
            outcomes = ((job, process_file(job)) for job in jobs)
        for job, outcome in outcomes:
            world.processed += 1
            if not isinstance(outcome, str):  # a string: the file could not be processed
                world.on_disk[job.path] = (job, outcome)
        if cached is not None:
            cached.finish()

    def _load(self, world: World, path: Path) -> None:
        absolute = os.fspath(path.absolute())
        job = FileJob(absolute, display_path(Path(absolute), self.cwd), False)
        reset_run_budget()
        world.on_disk[absolute] = (job, process_file(job))
        world.processed += 1

    # --- the editor's events ------------------------------------------------------------

    def lintable(self, path: str) -> bool:
        return path.endswith(SUFFIXES)

    def open(self, path: str, text: str) -> Path:
        """Open or change a buffer; return the root of its world."""
        config = self.resolver()
        absolute = os.path.abspath(path)
        world = self._world(config, Path(absolute))
        data = text.encode("utf-8")[: MAX_FILE_BYTES + 1]
        excluded = config.excluded(Path(absolute), True)  # as for a file named to check
        job = FileJob(absolute, display_path(Path(absolute), self.cwd), not excluded)
        reset_run_budget()
        size = len(data) if len(data) > MAX_FILE_BYTES else None
        result = FileResult(None) if excluded else process_data(job, data, size=size)
        self.processed_buffers += 1
        self.buffers[absolute] = Buffer(absolute, text, world.root, job, result)
        return world.root

    def saved(self, path: str) -> Path | None:
        """A saved file: its disk results follow the buffer (or the disk, when not open)."""
        absolute = os.path.abspath(path)
        buffer = self.buffers.get(absolute)
        for world in self.worlds.values():
            if absolute in world.on_disk or (buffer is not None and buffer.world == world.root):
                self._load(world, Path(absolute))
                return world.root
        return buffer.world if buffer is not None else None

    def changed_on_disk(self, path: str, deleted: bool) -> set[Path]:
        """A file the editor saw change on disk (a ``git pull``): the worlds it belongs to."""
        absolute = os.path.abspath(path)
        touched: set[Path] = set()
        for world in self.worlds.values():
            inside = Path(absolute).is_relative_to(world.root)
            if deleted:
                if world.on_disk.pop(absolute, None) is not None:
                    touched.add(world.root)
            elif absolute in world.on_disk or (inside and self.lintable(absolute)):
                self._load(world, Path(absolute))
                touched.add(world.root)
        return touched

    def close(self, path: str) -> Path | None:
        """Forget a buffer: its file counts as on disk again."""
        buffer = self.buffers.pop(os.path.abspath(path), None)
        return buffer.world if buffer is not None else None

    # --- linting ------------------------------------------------------------------------

    def _results(self, world: World) -> Iterator[tuple[FileJob, FileResult]]:
        open_here = {p: b for p, b in self.buffers.items() if b.world == world.root}
        for path, pair in world.on_disk.items():
            if path not in open_here:
                yield pair
        for buffer in open_here.values():
            yield buffer.job, buffer.result

    def lint(self, root: Path) -> Outcome:
        """Every finding in the open files of one world, with buffers over files on disk."""
        world = self.worlds[root]
        try:
            config = self.resolver()
        except ConfigError as exc:
            return Outcome({p: [] for p, b in self.buffers.items() if b.world == root}, [str(exc)])
        options = CheckOptions(paths=[], cwd=self.cwd, config=config)
        result = check_loaded(options, config, self._results(world))
        by_path: dict[str, list[Finding]] = {
            path: [] for path, buffer in self.buffers.items() if buffer.world == root
        }
        for finding in result.findings:
            path = os.path.abspath(os.path.join(self.cwd, finding.file))
            if path in by_path:
                by_path[path].append(finding)
        return Outcome(by_path, result.errors)

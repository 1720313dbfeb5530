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
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from slolint.config import ConfigError, Resolver
from slolint.discover import display_path
from slolint.engine import CheckOptions, FileResult, check_loaded, process_data, process_file
from slolint.findings import Finding
from slolint.load import MAX_FILE_BYTES, reset_run_budget
from slolint.parallel import FileJob
from slolint.world.build import Request, build_world, project_root

SUFFIXES = (".yaml", ".yml", ".json")
"""The files ``slolint check`` lints; the session ignores other documents."""


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
            for path in build_world(Request([], root, config)).files:
                self._load(world, path)
        return world

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
        job = FileJob(absolute, display_path(Path(absolute), self.cwd), True)
        reset_run_budget()
        result = process_data(job, data, size=len(data) if len(data) > MAX_FILE_BYTES else None)
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

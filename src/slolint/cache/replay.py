"""Replaying a whole run whose inputs are exactly those of an earlier run.

The ``slolint`` hook runs on every commit, and most commits of a repository that keeps
its SLOs beside its code touch no SLO file: the run reads the same files, under the same
configuration, as the run before it. Decoding 10,000 files' objects and running every
cross-file rule again would then only rebuild the same findings. A *replay* keeps what
the cross-file stages produced (the findings, what the filter hid and why, the counts)
under a key of everything they read, and a run whose key matches skips decoding and the
rules altogether.

The key (:func:`run_key`) is a SHA-256 over, in order:

* the cache folder's code digest (slolint's code, schemas, libraries, Python);
* the options that shape findings (working directory, scope, context, baseline use,
  ``--staged``/``--since``, ``--force-exclude``, whether the world is git's index);
* the configuration (:meth:`slolint.config.Resolver.fingerprint`): every configuration
  file read with its content, which file governs each folder, the command-line overrides,
  each baseline's content;
* today's date (UTC): review-date rules compare with it;
* every file of the world, in order: its display path, whether it is reported, whether
  git knows it, and the SHA-256 of its bytes (from the stat index, else read and hashed).

A run is replayed only when nothing else decides its outcome: no standard input, no file
read from git's index instead of the working tree, no changed or deleted file whose old
version in git must be compared (``--staged``, a named file that differs from ``HEAD``),
no unreadable file, no internal error. Replays are sealed like every cache file (a forged
one is a miss), and only the few most recent are kept.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import pickle
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from slolint.filter import Filtered, Hidden

if TYPE_CHECKING:
    from slolint.cache.store import CachedRun, Store
    from slolint.config import Resolver
    from slolint.engine import CheckOptions
    from slolint.parallel import FileJob
    from slolint.world.build import World

REPLAY_FORMAT = 1
"""Bumped when the layout of a replay changes."""

MAX_REPLAYS = 8
"""Replays kept per code digest: a few scopes (the two hooks, a folder or two)."""


@dataclass(frozen=True, slots=True)
class Replay:
    """What the cross-file stages of a run produced, besides its plan (rebuilt: cheap)."""

    files: int
    documents: int
    inputs: tuple[str, ...]
    plan_files: tuple[str, ...]
    """The display paths the run's plan was built for."""
    filtered: Filtered


def replayable(options: CheckOptions, world: World) -> bool:
    """True when the files' bytes and the configuration alone decide the run's outcome."""
    return (
        options.stdin is None
        and not world.contents
        and not world.changed
        and not world.gone
        and not world.errors
    )


def key_for(
    cached: CachedRun,
    options: CheckOptions,
    resolver: Resolver,
    world: World,
    jobs: Sequence[FileJob],
) -> str | None:
    """The key of this run (:func:`run_key`); None when a file's digest cannot be had."""
    digests = cached.digests(jobs)
    if digests is None:
        return None
    folders = sorted({os.path.dirname(job.path) for job in jobs})
    fingerprint = resolver.fingerprint(folders)
    return run_key(cached.store.folder.name, options, fingerprint, world, jobs, digests)


def run_key(
    code: str,
    options: CheckOptions,
    configuration: str,
    world: World,
    jobs: Sequence[FileJob],
    digests: Sequence[bytes],
) -> str:
    """The key of a run: every input of its cross-file stages (see the module's text)."""
    key = hashlib.sha256()

    def part(*values: object) -> None:
        for value in values:
            text = value if isinstance(value, str) else repr(value)
            key.update(text.encode("utf-8", "surrogateescape") + b"\0")

    part(REPLAY_FORMAT, code, os.fspath(options.cwd), tuple(options.paths))
    part(options.context, options.use_baseline, options.force_exclude)
    part(options.staged, options.since, options.index_only, options.stdin_filename)
    part(sorted(options.selection.enabled) if options.selection is not None else None)
    part(configuration)
    part(today().isoformat())
    outside = {os.fspath(path) for path in world.outside_git}
    for job, content in zip(jobs, digests, strict=True):
        part(job.shown, job.reported, job.path in outside)
        key.update(content)
    return key.hexdigest()


def today() -> dt.date:
    """Today in UTC, as the review-date rules see it: a replay lasts a day at most."""
    return dt.datetime.now(dt.UTC).date()


# -- encoding ----------------------------------------------------------------------------------


def encode(replay: Replay) -> bytes | None:
    """The replay as a record pickle (seeded classes only); None when it cannot be one."""
    filtered = replay.filtered
    payload = (
        REPLAY_FORMAT,
        replay.files,
        replay.documents,
        replay.inputs,
        replay.plan_files,
        filtered.findings,
        [(hidden.finding, hidden.by, hidden.reason) for hidden in filtered.hidden],
        filtered.baselined,
        [(os.fspath(path), count) for path, count in filtered.stale],
        filtered.unfiltered,
        filtered.notes,
    )
    from slolint.cache import record as cache_record

    try:
        return cache_record.dump_data(payload)
    except (pickle.PicklingError, TypeError, AttributeError):
        return None


def decode(blob: bytes) -> Replay | None:
    """The replay in ``blob``; None when it is not one this code wrote."""
    from slolint.cache import record as cache_record

    try:
        payload: Any = cache_record.load_data(blob)
        version, files, documents, inputs, plan_files, findings, hidden, baselined = payload[:8]
        stale, unfiltered, notes = payload[8:]
    except Exception:
        return None
    if version != REPLAY_FORMAT:
        return None
    filtered = Filtered(
        findings,
        [Hidden(finding, by, reason) for finding, by, reason in hidden],
        baselined,
        [(Path(path), count) for path, count in stale],
        unfiltered,
        notes,
    )
    return Replay(files, documents, tuple(inputs), tuple(plan_files), filtered)


def load(store: Store, key: str) -> Replay | None:
    blob = store.get_replay(key)
    return decode(blob) if blob is not None else None


def keep(store: Store, key: str, replay: Replay) -> None:
    blob = encode(replay)
    if blob is not None:
        store.put_replay(key, blob, MAX_REPLAYS)

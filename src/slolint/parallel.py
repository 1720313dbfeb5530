"""Run the per-file stages in a fork pool when there are enough files to pay for it.

A pool of two workers costs a few milliseconds to start, so small runs (a pre-commit hook on
a handful of files) stay in-process. Results come back in input order, so the output is
the same for every ``--jobs`` value. If a worker process dies (a crash in a C extension,
the OOM killer), the pool breaks; the files it had not finished are retried one per fresh
worker, so only the file that kills its worker is reported, and the run never hangs.

Ctrl-C reaches the whole process group. Workers ignore SIGINT, so they print no traceback;
the parent gets the ``KeyboardInterrupt``, terminates the workers (busy or not) instead of
waiting for them, and lets the command line exit with 130.
"""

from __future__ import annotations

import contextlib
import gc
import os
import signal
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar, cast

from slolint.collector import kept_to_the_end

if TYPE_CHECKING:  # imported when a pool is started: one-process runs never need them
    from concurrent.futures import Future, ProcessPoolExecutor

R = TypeVar("R")

AUTO_PARALLEL_FILES = 300
"""Below this many files a pool costs more than it saves."""
CHUNK = 32
WINDOW = 8
"""Chunks queued per pool process while the parent works through its share: the pool is
fed only between the parent's chunks, so with two queued the worker sat idle and did a
fifth of the files (no speed-up); with eight it is never idle."""
ISOLATION_LIMIT = 256
"""Files retried one by one after a worker died; beyond this they are all reported."""


@dataclass(frozen=True, slots=True)
class FileJob:
    path: str
    shown: str
    reported: bool


def _cpus() -> int:
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def worker_count(requested: int | None, files: int) -> int:
    """``None`` means automatic: every core for large runs, in-process for small ones.

    A requested number is capped by the cores and by the files (``--jobs 1500`` on 14
    files would fork 1,500 processes otherwise).
    """
    if requested is not None:
        return max(1, min(requested, _cpus(), files))
    if files < AUTO_PARALLEL_FILES:
        return 1
    return max(1, min(_cpus(), files // CHUNK))


Pack = Callable[[Sequence[FileJob], list[Any]], object]
"""In a worker: a chunk's results as what travels to the parent (one pickle per chunk)."""
Unpack = Callable[[Sequence[FileJob], Any], list[Any]]
"""In the parent: what :data:`Pack` made, back as the chunk's results, in order."""

_worker_func: Callable[[FileJob, bool], object] | None = None
_worker_pack: Pack | None = None


def _install(func: Callable[[FileJob, bool], object], pack: Pack | None) -> None:
    """Pool initializer: with fork, the functions are inherited, never pickled.

    Ctrl-C is the parent's to handle: a worker that raised ``KeyboardInterrupt`` would
    print a traceback of its own.
    """
    global _worker_func, _worker_pack
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # What the worker inherited is never garbage here; a collection walking it would only
    # copy the parent's pages into this process.
    gc.freeze()
    _worker_func = func
    _worker_pack = pack


def _run_chunk(jobs: Sequence[FileJob], debug: bool) -> object:
    assert _worker_func is not None
    results = [_worker_func(job, debug) for job in jobs]
    return results if _worker_pack is None else _worker_pack(jobs, results)


def _pool(
    workers: int, func: Callable[[FileJob, bool], R], pack: Pack | None
) -> ProcessPoolExecutor:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("fork")
    return ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_install, initargs=(func, pack)
    )


def _unpacked(jobs: Sequence[FileJob], packed: Any, unpack: Unpack | None) -> list[Any]:
    return cast(list[Any], packed) if unpack is None else unpack(jobs, packed)


def _died(job: FileJob) -> str:
    return (
        f"internal error: the worker process died while checking {job.shown}; "
        "rerun with --jobs 1 --debug to see why"
    )


def _stop(pool: ProcessPoolExecutor) -> None:
    """Terminate the workers without waiting for the files they are busy with."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        with contextlib.suppress(OSError, ValueError):
            process.terminate()
    for process in processes:
        with contextlib.suppress(OSError, ValueError, AssertionError):
            process.join(timeout=5)


@contextlib.contextmanager
def _running(pool: ProcessPoolExecutor) -> Iterator[ProcessPoolExecutor]:
    """Shut the pool down normally, or stop it at once on Ctrl-C or any other exit."""
    try:
        yield pool
    except BaseException:
        _stop(pool)
        raise
    pool.shutdown(wait=True)


def _isolate(
    func: Callable[[FileJob, bool], R],
    jobs: Sequence[FileJob],
    debug: bool,
    ship: tuple[Pack, Unpack] | None,
) -> Iterator[tuple[FileJob, R | str]]:
    from concurrent.futures.process import BrokenProcessPool

    pack, unpack = ship or (None, None)
    for job in jobs:
        with _running(_pool(1, func, pack)) as pool:
            try:
                packed = pool.submit(_run_chunk, [job], debug).result()
                outcome: R | str = cast(R, _unpacked([job], packed, unpack)[0])
            except BrokenProcessPool:
                outcome = _died(job)
        yield job, outcome


def run_jobs(
    jobs: Sequence[FileJob],
    func: Callable[[FileJob, bool], R],
    requested: int | None,
    debug: bool,
    ship: tuple[Pack, Unpack] | None = None,
) -> Iterator[tuple[FileJob, R | str]]:
    """Yield ``(job, result)`` in input order; a result is a message if the worker died.

    ``ship`` packs each chunk's results in the worker and unpacks them in the parent, one
    chunk at a time as the parent reaches it; without it results travel as they are.
    """
    workers = worker_count(requested, len(jobs))
    if workers == 1:
        with kept_to_the_end():  # the run keeps the results
            for job in jobs:
                yield job, func(job, debug)
        return
    chunks = [jobs[i : i + CHUNK] for i in range(0, len(jobs), CHUNK)]
    results, broken = _share(chunks, func, workers, debug, ship)
    for index, chunk in enumerate(chunks):
        if index in results:
            yield from (
                (job, cast(R, result)) for job, result in zip(chunk, results[index], strict=True)
            )
    if len(broken) > ISOLATION_LIMIT:
        for job in broken:
            yield job, _died(job)
    else:
        yield from _isolate(func, broken, debug, ship)


def _share(
    chunks: list[Sequence[FileJob]],
    func: Callable[[FileJob, bool], R],
    workers: int,
    debug: bool,
    ship: tuple[Pack, Unpack] | None,
) -> tuple[dict[int, list[Any]], list[FileJob]]:
    """The chunks' results by index, worked out by ``workers - 1`` processes and this one.

    The parent is a worker too: it takes chunks from the end of the list while the pool
    takes them from the front, so its share needs no pickling either way, and ``--jobs
    2`` on two cores runs two busy processes, not two workers and a parent unpickling
    their results. A pool chunk's results are unpacked as soon as they arrive. Chunks of a
    worker that died come back as ``broken`` jobs, to be retried one by one.
    """
    from concurrent.futures import FIRST_COMPLETED, wait
    from concurrent.futures.process import BrokenProcessPool

    pack, unpack = ship or (None, None)
    pending = deque(range(len(chunks)))
    window = WINDOW * (workers - 1)
    results: dict[int, list[Any]] = {}
    broken: list[FileJob] = []
    flight: dict[Future[object], int] = {}
    # the run keeps the results
    with kept_to_the_end(), _running(_pool(workers - 1, func, pack)) as pool:
        while pending or flight:
            while pending and len(flight) < window:
                index = pending.popleft()
                try:
                    flight[pool.submit(_run_chunk, chunks[index], debug)] = index
                except BrokenProcessPool:  # a worker died: its pool takes nothing more
                    broken.extend(chunks[index])
            for future in [f for f in flight if f.done()]:
                index = flight.pop(future)
                try:
                    results[index] = _unpacked(chunks[index], future.result(), unpack)
                except BrokenProcessPool:
                    broken.extend(chunks[index])
            if pending:
                index = pending.pop()
                results[index] = [func(job, debug) for job in chunks[index]]
            elif flight:
                wait(flight, return_when=FIRST_COMPLETED)
    return results, broken

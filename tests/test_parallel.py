"""The worker pool: the parent works through its share, results come back in input order."""

from __future__ import annotations

import os

import pytest

from slolint import parallel
from slolint.parallel import FileJob, run_jobs


def where(job: FileJob, debug: bool) -> tuple[str, int]:
    return job.shown, os.getpid()


@pytest.fixture
def two_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "_cpus", lambda: 2)


@pytest.mark.usefixtures("two_cores")
def test_the_parent_is_one_of_the_workers_and_the_order_is_kept() -> None:
    jobs = [FileJob(f"/nowhere/{n}.yaml", f"{n}.yaml", True) for n in range(40 * parallel.CHUNK)]
    results = list(run_jobs(jobs, where, 2, False))
    assert [job for job, _ in results] == jobs
    assert [outcome[0] for _, outcome in results] == [job.shown for job in jobs]
    processes = {outcome[1] for _, outcome in results}
    assert os.getpid() in processes  # the parent took chunks of its own
    assert len(processes) == 2  # and one pool process took the others


@pytest.mark.usefixtures("two_cores")
def test_packed_results_are_unpacked_for_pool_chunks_only() -> None:
    """Chunks the parent works out need no pickling: ``ship`` applies to the pool's."""
    packed: list[int] = []

    def pack(chunk: object, results: list[object]) -> object:
        return ("packed", results)

    def unpack(chunk: object, shipped: object) -> list[object]:
        assert isinstance(shipped, tuple) and shipped[0] == "packed"
        packed.append(1)
        return list(shipped[1])

    jobs = [FileJob(f"/nowhere/{n}.yaml", f"{n}.yaml", True) for n in range(20 * parallel.CHUNK)]
    results = list(run_jobs(jobs, where, 2, False, (pack, unpack)))
    in_parent = sum(1 for _, outcome in results if outcome[1] == os.getpid())
    assert 0 < len(packed) < 20
    assert in_parent == (20 - len(packed)) * parallel.CHUNK

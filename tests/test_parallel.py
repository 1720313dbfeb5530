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


def _parent_share(share: parallel.ForkedShare, task: object) -> dict[int, object]:
    done = {}
    while (index := share.next_task()) is not None:
        done[index] = task(index)  # type: ignore[operator]
    return done


@pytest.mark.usefixtures("two_cores")
def test_the_parent_and_a_forked_child_share_the_tasks_once_each() -> None:
    def task(index: int) -> list[int]:
        return [index, os.getpid()]

    share = parallel.fork_share(60, task, None, 10_000)
    assert share is not None
    mine = _parent_share(share, task)
    theirs = share.collect()
    assert sorted([*mine, *theirs]) == list(range(60))  # every task once, by one of them
    assert all(value[1] == os.getpid() for value in mine.values())
    assert all(value[1] != os.getpid() for value in theirs.values())  # type: ignore[index]


@pytest.mark.usefixtures("two_cores")
def test_a_task_that_raises_in_the_child_is_left_to_the_parent() -> None:
    def task(index: int) -> int:
        if os.getpid() != parent:
            raise ValueError("boom")
        return index

    parent = os.getpid()
    share = parallel.fork_share(40, task, None, 10_000)
    assert share is not None
    mine = _parent_share(share, task)
    assert share.collect() == {}  # every task the child took raised: none comes back
    assert all(mine[index] == index for index in mine)


@pytest.mark.usefixtures("two_cores")
def test_a_child_that_dies_leaves_every_task_to_the_parent() -> None:
    share = parallel.fork_share(4, lambda index: os._exit(9), None, 10_000)
    assert share is not None
    assert share.collect() == {}


def test_small_workspaces_one_core_and_jobs_1_fork_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(parallel, "_cpus", lambda: 2)
    assert parallel.fork_share(9, str, None, parallel.FORK_MIN_OBJECTS - 1) is None
    assert parallel.fork_share(9, str, 1, 10_000) is None
    monkeypatch.setattr(parallel, "_cpus", lambda: 1)
    assert parallel.fork_share(9, str, None, 10_000) is None


def test_rules_shared_with_a_forked_child_find_what_one_process_finds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The examples' findings (SLO301, SLO801, ...) with every other rule run in a child."""
    from pathlib import Path

    from slolint import engine
    from slolint.engine import CheckOptions, check

    examples = Path(__file__).resolve().parents[1] / "examples"
    alone = check(CheckOptions(paths=["."], cwd=examples, jobs=1))
    monkeypatch.setattr(parallel, "_cpus", lambda: 2)
    monkeypatch.setattr(parallel, "FORK_MIN_OBJECTS", 0)
    shares: list[parallel.ForkedShare | None] = []
    original = engine.fork_share

    def spying(*args: object) -> parallel.ForkedShare | None:
        share = original(*args)  # type: ignore[arg-type]
        shares.append(share)
        return share

    monkeypatch.setattr(engine, "fork_share", spying)
    shared = check(CheckOptions(paths=["."], cwd=examples, jobs=2))
    assert shares and shares[0] is not None and shares[0].count > 10
    assert [f.sort_key() for f in shared.findings] == [f.sort_key() for f in alone.findings]
    assert {f.code for f in shared.findings} >= {"SLO301", "SLO801"}

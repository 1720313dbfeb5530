"""A run whose inputs equal an earlier run's is replayed, and nothing else is.

Each test runs slolint in-process on a copy of ``examples/`` in a fresh git repository,
counts how often the rules stage runs (a replay runs no rule and decodes no file), and
compares every output with ``--no-cache``: a replay that went stale would show here as a
different report.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from helpers import examples_repository, git, private_cache_key
from slolint import cli, engine
from slolint.cache import replay as cache_replay
from slolint.cache import store as cache


@pytest.fixture(autouse=True)
def private_key_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(cache, "RACY_SECONDS", 0)  # index files at once: replays need digests
    return private_cache_key(tmp_path, monkeypatch)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return examples_repository(tmp_path, monkeypatch)


@pytest.fixture
def rule_runs(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """One entry per run of the rules stage (a replayed run adds none)."""
    runs: list[int] = []
    original = engine._stage_rules

    def counting(*args: object, **kwargs: object) -> None:
        runs.append(1)
        original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(engine, "_stage_rules", counting)
    return runs


def run(capsys: pytest.CaptureFixture[str], *args: str, fmt: str = "text") -> tuple[int, str, str]:
    capsys.readouterr()
    code = cli.main(["check", "--color", "never", "-f", fmt, *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def uncached(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    return run(capsys, "--no-cache", *args)


def replays(repo: Path) -> list[Path]:
    return sorted(repo.glob(".slolint_cache/*/replays/*"))


def test_a_second_identical_run_is_replayed_and_reports_the_same(
    repo: Path, capsys: pytest.CaptureFixture[str], rule_runs: list[int]
) -> None:
    first = run(capsys)
    assert first[0] == 1 and "SLO301" in first[1]
    assert len(rule_runs) == 1 and len(replays(repo)) == 1
    for fmt in ("text", "json", "sarif", "github"):
        assert run(capsys, fmt=fmt) == run(capsys, "--no-cache", fmt=fmt), fmt
    runs_with_cache = len(rule_runs) - 4  # the four --no-cache runs ran the rules
    assert runs_with_cache == 1  # every cached run after the first was a replay


def test_a_replay_keeps_suppressed_findings_and_the_configuration_summary(
    repo: Path, capsys: pytest.CaptureFixture[str], rule_runs: list[int]
) -> None:
    run(capsys, "--show-suppressed")
    replayed = run(capsys, "--show-suppressed")
    assert len(rule_runs) == 1
    assert replayed == uncached(capsys, "--show-suppressed")
    assert "configuration: .slolint.yaml" in replayed[1]


def test_an_edited_file_is_linted_again(
    repo: Path, capsys: pytest.CaptureFixture[str], rule_runs: list[int]
) -> None:
    run(capsys)
    search = repo / "slos" / "search.yaml"
    search.write_text(search.read_text().replace("target: 1.0", "target: 0.999"))
    edited = run(capsys)
    assert len(rule_runs) == 2
    assert edited == uncached(capsys)


def test_a_changed_configuration_is_not_replayed(
    repo: Path, capsys: pytest.CaptureFixture[str], rule_runs: list[int]
) -> None:
    before = run(capsys)
    config = repo / ".slolint.yaml"
    config.write_text(config.read_text() + "\nignore: [SLO301]\n")
    after = run(capsys)
    assert len(rule_runs) == 2
    assert "SLO301" in before[1] and "SLO301 " not in after[1]
    assert after == uncached(capsys)


def test_a_new_nested_configuration_git_ignores_is_not_replayed(
    repo: Path, capsys: pytest.CaptureFixture[str], rule_runs: list[int]
) -> None:
    """The file is not in the world (git ignores it) but governs a folder all the same."""
    run(capsys)
    (repo / ".gitignore").write_text("slos/.slolint.yaml\n")
    git(repo, "add", ".gitignore")
    git(repo, "commit", "-q", "-m", "ignore")
    run(capsys)
    assert len(rule_runs) == 1  # .gitignore is not an SLO file: the same world, replayed
    (repo / "slos" / ".slolint.yaml").write_text("ignore: [SLO301]\n")
    after = run(capsys)
    assert len(rule_runs) == 2
    assert "SLO301 " not in after[1]
    assert after == uncached(capsys)


def test_another_scope_or_option_is_not_replayed(
    repo: Path, capsys: pytest.CaptureFixture[str], rule_runs: list[int]
) -> None:
    run(capsys)
    named = run(capsys, "--", "slos/payments.yaml")
    assert named == uncached(capsys, "--", "slos/payments.yaml")
    selected = run(capsys, "--select", "SLO401")
    assert selected == uncached(capsys, "--select", "SLO401")
    assert len(rule_runs) == 5  # three cached runs and two uncached: none replayed


def test_a_replay_lasts_one_day(
    repo: Path,
    capsys: pytest.CaptureFixture[str],
    rule_runs: list[int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Review-date rules compare with today: tomorrow's run is a run of its own."""
    monkeypatch.setattr(cache_replay, "today", lambda: dt.date(2031, 5, 1))
    run(capsys)
    run(capsys)
    assert len(rule_runs) == 1
    monkeypatch.setattr(cache_replay, "today", lambda: dt.date(2031, 5, 2))
    run(capsys)
    assert len(rule_runs) == 2


def test_a_forged_replay_is_a_miss(
    repo: Path, capsys: pytest.CaptureFixture[str], rule_runs: list[int]
) -> None:
    expected = run(capsys)
    (stored,) = replays(repo)
    data = bytearray(stored.read_bytes())
    data[-5] ^= 0xFF
    stored.write_bytes(bytes(data))
    assert run(capsys) == expected
    assert len(rule_runs) == 2


def test_a_changed_baseline_is_not_replayed(
    repo: Path, capsys: pytest.CaptureFixture[str], rule_runs: list[int]
) -> None:
    config = repo / ".slolint.yaml"
    config.write_text(config.read_text() + "\nbaseline: slolint-baseline.json\n")
    run(capsys)
    run(capsys, "--write-baseline", "slolint-baseline.json")
    hidden = run(capsys)
    assert hidden[0] == 0
    assert hidden == uncached(capsys)


def test_only_the_newest_replays_are_kept(
    repo: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(cache_replay, "MAX_REPLAYS", 2)
    for path in ("slos", "slis", "services"):
        run(capsys, "--", path)
    assert len(replays(repo)) == 2


def test_a_staged_change_is_judged_against_git_and_not_replayed(
    repo: Path, capsys: pytest.CaptureFixture[str], rule_runs: list[int]
) -> None:
    search = repo / "slos" / "search.yaml"
    search.write_text(search.read_text().replace("target: 1.0", "target: 0.999"))
    git(repo, "add", "slos/search.yaml")
    first = run(capsys, "--staged")
    second = run(capsys, "--staged")
    assert first == second == uncached(capsys, "--staged")
    assert len(rule_runs) == 3
    assert replays(repo) == []

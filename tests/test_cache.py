"""The cache never changes a result: every run here is compared byte for byte with --no-cache.

The repository is a copy of ``examples/`` (SLOs, SLIs, SLAs, policies, and findings of the
schema, target, SLA and policy rules) in a fresh git repository. Runs go through the command
line in-process (``cli.main``), so what is compared is exactly what a user sees; the
concurrency test starts real processes. Each test has its own MAC key
(``XDG_CACHE_HOME``), so nothing here touches the user's key.
"""

from __future__ import annotations

import marshal
import os
import pickle
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from helpers import examples_repository, private_cache_key
from slolint import cli, engine, parallel
from slolint.cache import record as cache_record
from slolint.cache import store as cache


@pytest.fixture(autouse=True)
def private_key_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return private_cache_key(tmp_path, monkeypatch)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return examples_repository(tmp_path, monkeypatch)


def run(capsys: pytest.CaptureFixture[str], *args: str, fmt: str = "text") -> tuple[int, str, str]:
    capsys.readouterr()
    code = cli.main(["check", "--color", "never", "-f", fmt, *args])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def processed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Display paths of the files the per-file stages really ran on (cache misses)."""
    seen: list[str] = []
    original = engine.process_data

    def counting(job: engine.FileJob, data: bytes, debug: bool = False) -> engine.FileResult:
        seen.append(job.shown)
        return original(job, data, debug)

    monkeypatch.setattr(engine, "process_data", counting)
    return seen


def assert_same(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    """Cached and uncached runs agree in text and json output and exit code."""
    for fmt in ("text", "json"):
        cached = run(capsys, *args, fmt=fmt)
        uncached = run(capsys, "--no-cache", *args, fmt=fmt)
        assert cached == uncached, fmt
    return cached[0], run(capsys, *args)[1]


WHOLE = ("--",)
NAMED = ("--", "slos/payments.yaml", "agreements/payments-merchants.sla.yaml")


def test_results_are_identical_and_warm_runs_parse_nothing(
    repo: Path, capsys: pytest.CaptureFixture[str], processed: list[str]
) -> None:
    code, text = assert_same(capsys, *WHOLE)
    assert code == 1 and "Found 7 problems" in text
    assert (repo / ".slolint_cache" / "CACHEDIR.TAG").read_text() == cache.CACHEDIR_TAG
    processed.clear()
    run(capsys, *WHOLE)
    assert processed == []
    processed.clear()
    assert_same(capsys, *NAMED)  # context records differ from reported ones: built once
    processed.clear()
    cached = run(capsys, *NAMED)
    assert processed == []
    assert cached == run(capsys, "--no-cache", *NAMED)


def test_misses_computed_in_a_worker_pool_are_cached(
    repo: Path,
    capsys: pytest.CaptureFixture[str],
    processed: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Misses go to worker processes; their records come back and are stored."""
    monkeypatch.setattr(cache, "POOL_MIN_MISSES", 1)
    assert run(capsys, "--jobs", "2", *WHOLE) == run(capsys, "--no-cache", *WHOLE)
    processed.clear()
    run(capsys, *WHOLE)  # in-process: a miss here would be counted
    assert processed == []


def test_a_few_misses_in_a_warm_run_start_no_pool_even_with_jobs(
    repo: Path,
    capsys: pytest.CaptureFixture[str],
    processed: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    warm = run(capsys, "--jobs", "2", *WHOLE)
    for name in ("search", "payments"):
        edited = repo / "slos" / f"{name}.yaml"
        edited.write_text(edited.read_text() + "\n")

    def no_pool(*args: object) -> None:
        raise AssertionError("a pool was started for two changed files")

    monkeypatch.setattr(parallel, "_pool", no_pool)
    processed.clear()
    assert run(capsys, "--jobs", "2", *WHOLE) == warm
    assert sorted(processed) == ["slos/payments.yaml", "slos/search.yaml"]


def test_a_finding_is_located_in_a_file_read_from_the_cache(
    repo: Path, capsys: pytest.CaptureFixture[str], processed: list[str]
) -> None:
    run(capsys, *WHOLE)
    processed.clear()
    _, out, _ = run(capsys, *WHOLE)
    assert processed == []
    # line, column, snippet and the file:line of the SLA named in the message
    assert "slos/payments.yaml:26:22: SLO301" in out
    assert "(agreements/payments-merchants.sla.yaml:17)" in out
    assert "26 |       targetPercent: 99.9" in out


def test_edits_renames_deletions_and_new_files(
    repo: Path, capsys: pytest.CaptureFixture[str], processed: list[str]
) -> None:
    assert_same(capsys, *WHOLE)
    search = repo / "slos" / "search.yaml"
    search.write_text(search.read_text().replace("target: 1.0", "target: 0.99"))
    processed.clear()
    _, text = assert_same(capsys, *WHOLE)
    assert "SLO201" not in text and processed[0] == "slos/search.yaml"
    processed.clear()
    run(capsys, *WHOLE)
    assert processed == []  # the edit is cached too
    # a rename: same content, new path; the record is found by content, under the new name
    (repo / "slos" / "renamed").mkdir()
    os.rename(repo / "slos" / "payments.yaml", repo / "slos" / "renamed" / "pay.yaml")
    processed.clear()
    _, text = assert_same(capsys, *WHOLE)
    assert "slos/renamed/pay.yaml:26:22: SLO301" in text
    assert "slos/payments.yaml" not in text
    # a deletion: the policy goes, SLO401 appears on the SLOs it covered
    os.remove(repo / "policies" / "checkout.ebp.yaml")
    _, text = assert_same(capsys, *WHOLE)
    assert "SLO401" in text and "checkout-availability" in text
    # a new file next to cached ones
    shutil.copy(repo / "slos" / "search.yaml", repo / "slos" / "search-copy.yaml")
    _, text = assert_same(capsys, *WHOLE)
    assert "slos/search-copy.yaml" in text
    assert_same(capsys, "--", "slos/search-copy.yaml")


def test_runs_from_a_subfolder_show_their_own_paths(
    repo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    run(capsys, *WHOLE)
    monkeypatch.chdir(repo / "slos")
    _, text = assert_same(capsys, "--", "payments.yaml")
    assert text.startswith("payments.yaml:26:22: SLO301")
    assert f"({repo}/agreements/payments-merchants.sla.yaml:17)" in text


def _store_folder(repo: Path) -> Path:
    (folder,) = [p for p in (repo / ".slolint_cache").iterdir() if p.is_dir()]
    return folder


def _damage_each(repo: Path, damage: Callable[[Path], None]) -> list[Path]:
    folder = _store_folder(repo)
    files = [folder / "pack", folder / "index", *(folder / "loose").iterdir()]
    files = [f for f in files if f.exists()]
    for file in files:
        damage(file)
    return files


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(
            lambda f: f.write_bytes(f.read_bytes()[: len(f.read_bytes()) // 2]), id="truncated"
        ),
        pytest.param(lambda f: f.write_bytes(b""), id="empty"),
        pytest.param(
            lambda f: f.write_bytes(f.read_bytes()[:-1] + bytes([f.read_bytes()[-1] ^ 1])),
            id="one-bit-flipped",
        ),
        pytest.param(lambda f: f.write_bytes(os.urandom(100)), id="garbage"),
    ],
)
def test_corrupt_entries_are_ignored_and_rebuilt(
    repo: Path,
    capsys: pytest.CaptureFixture[str],
    processed: list[str],
    damage: Callable[[Path], None],
) -> None:
    run(capsys, *WHOLE)
    search = repo / "slos" / "search.yaml"
    search.write_text(search.read_text() + "# an edit makes one loose entry\n")
    run(capsys, *WHOLE)
    assert _damage_each(repo, damage)
    processed.clear()
    assert_same(capsys, *WHOLE)
    assert "slos/search.yaml" in processed  # rebuilt, not read from the damaged entry
    processed.clear()
    run(capsys, *WHOLE)
    assert processed == []  # and cached again


def _hostile_pickle(marker: Path) -> bytes:
    """A pickle that creates ``marker`` when it is loaded: what an attacker would commit."""

    class Exploit:
        def __reduce__(self) -> tuple[object, tuple[str]]:
            return exec, (f"open({str(marker)!r}, 'w').close()",)

    return pickle.dumps(Exploit(), protocol=3)


@pytest.mark.parametrize("sealed_with", ["attacker-key", "the-user-key"])
def test_a_forged_entry_is_never_unpickled(
    repo: Path,
    capsys: pytest.CaptureFixture[str],
    processed: list[str],
    tmp_path: Path,
    sealed_with: str,
) -> None:
    """A pull request can commit .slolint_cache/. Without the user's key its entries fail
    the MAC; even with the key (leaked), a record may name no function to call."""
    expected = run(capsys, "--no-cache", *WHOLE)
    run(capsys, *WHOLE)
    folder = _store_folder(repo)
    key = cache.load_key() if sealed_with == "the-user-key" else b"k" * 32
    assert key is not None
    marker = tmp_path / "pwned"
    payload = _hostile_pickle(marker)
    with_records = [p.name for p in (folder / "loose").iterdir()]
    forged = {entry: payload for entry in with_records}
    role = f"{folder.name}/pack"
    (folder / "pack").write_bytes(cache.seal(key, role, marshal.dumps(forged, 4)))
    index_role = f"{folder.name}/index"
    (folder / "index").write_bytes(cache.seal(key, index_role, payload))  # not even marshal
    for entry in with_records:
        role = f"{folder.name}/loose/{entry}"
        (folder / "loose" / entry).write_bytes(cache.seal(key, role, payload))
    replays = list((folder / "replays").iterdir())
    assert replays  # the run before stored one, which a forged one replaces
    for replay in replays:
        role = f"{folder.name}/replays/{replay.name}"
        replay.write_bytes(cache.seal(key, role, payload))
    store = cache.Store.open(repo / ".slolint_cache")
    assert store is not None
    authentic = store.get(with_records[0]) == payload
    assert authentic == (sealed_with == "the-user-key")  # this case reaches the unpickler
    processed.clear()
    assert run(capsys, *WHOLE) == expected
    assert not marker.exists()
    assert len(processed) == len(with_records)  # every entry refused, every file rebuilt


def test_an_entry_cannot_be_replayed_under_another_key(repo: Path) -> None:
    key = b"k" * 32
    sealed = cache.seal(key, "loose/aaaa", b"payload")
    assert cache.unseal(key, "loose/aaaa", sealed) == b"payload"
    assert cache.unseal(key, "loose/bbbb", sealed) is None
    assert cache.unseal(b"x" * 32, "loose/aaaa", sealed) is None
    assert cache.unseal(key, "loose/aaaa", sealed[:-1]) is None


def test_a_record_decodes_only_its_own_classes() -> None:
    with pytest.raises(pickle.UnpicklingError, match=r"may not name builtins\.exec"):
        cache_record.decode(_hostile_pickle(Path("/nonexistent")), "a.yaml", b"", lambda: None)


def test_the_key_is_private_and_a_linked_key_turns_the_cache_off(
    private_key_home: Path, tmp_path: Path
) -> None:
    key = cache.load_key()
    path = private_key_home / "slolint" / "key"
    assert key is not None and len(key) == 32 and cache.load_key() == key
    assert path.stat().st_mode & 0o777 == 0o600
    assert (path.parent.stat().st_mode & 0o777) == 0o700
    path.chmod(0o644)  # readable by others: no longer a secret
    assert cache.load_key() is None
    path.unlink()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.write_bytes(b"k" * 32)
    elsewhere.chmod(0o600)
    path.symlink_to(elsewhere)
    assert cache.load_key() is None


def test_without_an_absolute_home_there_is_no_key(
    repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", "relative")
    monkeypatch.setenv("HOME", "also-relative")
    assert cache.load_key() is None
    assert_same(capsys, *WHOLE)
    assert not (repo / "relative").exists() and not (repo / "also-relative").exists()


def test_a_linked_cache_folder_is_neither_used_nor_followed(
    repo: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A repository that commits .slolint_cache as a link cannot make slolint write, or
    ``slolint clean`` delete, outside it."""
    victim = tmp_path / "victim"
    victim.mkdir()
    (victim / "precious").write_text("keep me")
    (repo / ".slolint_cache").symlink_to(victim)
    assert_same(capsys, *WHOLE)
    assert sorted(p.name for p in victim.iterdir()) == ["precious"]
    assert cli.main(["clean"]) == 0
    assert not os.path.lexists(repo / ".slolint_cache")
    assert (victim / "precious").read_text() == "keep me"


def test_an_unwritable_cache_is_no_cache(
    repo: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    assert_same(capsys, "--cache-dir", str(blocker / "cache"), *WHOLE)
    assert not (repo / ".slolint_cache").exists()


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root writes anyway")
def test_a_read_only_cache_is_read_but_not_written(
    repo: Path, capsys: pytest.CaptureFixture[str], processed: list[str]
) -> None:
    run(capsys, *WHOLE)
    search = repo / "slos" / "search.yaml"
    search.write_text(search.read_text() + "# edited\n")
    for folder, _, _ in os.walk(repo / ".slolint_cache"):
        os.chmod(folder, 0o555)
    try:
        processed.clear()
        assert_same(capsys, *WHOLE)
        assert processed.count("slos/search.yaml") >= 1
        assert "slos/payments.yaml" not in processed  # still read from the cache
    finally:
        for folder, _, _ in os.walk(repo / ".slolint_cache"):
            os.chmod(folder, 0o755)


def test_no_cache_writes_nothing_and_clean_removes_the_cache(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "--no-cache", *WHOLE)
    assert not (repo / ".slolint_cache").exists()
    run(capsys, *WHOLE)
    status = subprocess.run(
        ["git", "status", "--porcelain", "--ignored"],
        cwd=repo,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    assert status == "!! .slolint_cache/\n"  # ignored by its own .gitignore
    assert cli.main(["clean"]) == 0
    assert not (repo / ".slolint_cache").exists()
    assert cli.main(["clean"]) == 0  # nothing to clean is not an error


def test_clean_refuses_a_folder_that_is_not_a_cache(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["clean", "--cache-dir", "slos"]) == 2
    assert "is not a slolint cache" in capsys.readouterr().err
    assert (repo / "slos" / "payments.yaml").exists()


def test_a_folder_of_the_users_is_never_made_a_cache(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--cache-dir slos`` must not write a .gitignore that hides the user's files from git."""
    before = sorted(p.name for p in (repo / "slos").iterdir())
    assert_same(capsys, "--cache-dir", "slos", *WHOLE)
    assert sorted(p.name for p in (repo / "slos").iterdir()) == before


def test_cache_dir_option_and_environment(
    repo: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert_same(capsys, "--cache-dir", str(tmp_path / "c1"), *WHOLE)
    assert (tmp_path / "c1" / "CACHEDIR.TAG").exists()
    monkeypatch.setenv(cache.CACHE_DIR_ENV, str(tmp_path / "c2"))
    assert_same(capsys, *WHOLE)
    assert (tmp_path / "c2" / "CACHEDIR.TAG").exists()
    assert not (repo / ".slolint_cache").exists()
    assert cli.main(["clean"]) == 0
    assert not (tmp_path / "c2").exists()


def test_the_stat_index_sees_a_same_size_edit_with_the_old_mtime(
    repo: Path,
    capsys: pytest.CaptureFixture[str],
    processed: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An edit that keeps the size and restores the mtime still changes the ctime."""
    monkeypatch.setattr(cache, "RACY_SECONDS", 0)
    monkeypatch.setattr(cache, "INDEX_REWRITE", 0)
    run(capsys, *WHOLE)
    assert (_store_folder(repo) / "index").exists()
    processed.clear()
    run(capsys, *WHOLE)
    assert processed == []
    search = repo / "slos" / "search.yaml"
    before = search.stat()
    text = search.read_text()
    assert "target: 1.0" in text
    search.write_text(text.replace("target: 1.0", "target: 0.9"))
    os.utime(search, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert search.stat().st_size == before.st_size
    _, out = assert_same(capsys, *WHOLE)
    assert "SLO201 [" not in out  # the source line of another finding still quotes it


def test_a_recently_changed_file_is_not_indexed(
    repo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cache, "INDEX_REWRITE", 0)
    (repo / "slos" / "fresh.yaml").write_text((repo / "slos" / "search.yaml").read_text())
    run(capsys, *WHOLE)
    store = cache.Store.open(repo / ".slolint_cache")
    assert store is not None
    assert str(repo / "slos" / "fresh.yaml") not in store.index


def test_many_new_entries_make_a_pack_that_keeps_this_runs_entries(
    repo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cache, "LOOSE_LIMIT", 3)
    run(capsys, *WHOLE)
    folder = _store_folder(repo)
    assert (folder / "pack").exists() and list((folder / "loose").iterdir()) == []
    store = cache.Store.open(repo / ".slolint_cache")
    assert store is not None and len(store.pack) >= 10


def test_internal_errors_are_not_cached(
    repo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    validate = engine.validate

    def broken(*args: object) -> object:
        raise RuntimeError("boom")

    monkeypatch.setattr(engine, "validate", broken)
    code, out, _ = run(capsys, *WHOLE)
    assert code == 2 and "internal error while validating" in out
    monkeypatch.setattr(engine, "validate", validate)
    assert_same(capsys, *WHOLE)


def _cli(repo: Path, env: dict[str, str], *args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "slolint", "check", "--color", "never", *args],
        cwd=repo,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


@pytest.mark.slow
def test_concurrent_runs_share_the_cache_safely(
    repo: Path, private_key_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    env = {**os.environ, "XDG_CACHE_HOME": str(private_key_home)}
    expected = run(capsys, "--no-cache", *WHOLE)[1]
    for _ in range(3):
        shutil.rmtree(repo / ".slolint_cache", ignore_errors=True)
        processes = [_cli(repo, env, *WHOLE) for _ in range(4)]
        outputs = [p.communicate(timeout=120) for p in processes]
        assert [out.decode() for out, _ in outputs] == [expected] * 4
        assert all(err == b"" for _, err in outputs)
        assert run(capsys, *WHOLE)[1] == expected


def test_a_warm_run_reads_only_the_files_that_may_hold_suppressions(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, *WHOLE)  # fills the cache
    reloads: list[str] = []
    original = cache_record.CachedSource._load

    def counting(self: cache_record.CachedSource) -> None:
        if not self._loaded:
            reloads.append(self.path)
        original(self)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(cache_record.CachedSource, "_load", counting)
        run(capsys, "-f", "concise", *WHOLE)
    suppressing = re.compile(rb"#\s*slolint\s*:|slolint\.dev/ignore")
    marked = {
        p.relative_to(repo).as_posix()
        for p in repo.rglob("*.yaml")
        if suppressing.search(p.read_bytes())
    }
    with_findings = {"slos/payments-webhooks.yaml", "slos/payments.yaml", "slos/search.yaml"}
    assert set(reloads) <= marked | with_findings
    # annotations such as slolint.dev/error-budget-policy do not make a file worth reading
    assert any(
        b"slolint.dev/" in p.read_bytes()
        for p in repo.rglob("*.yaml")
        if p.relative_to(repo).as_posix() not in set(reloads)
    )


def test_records_round_trip_the_objects_of_every_example(repo: Path) -> None:
    """Every record decodes to objects equal to those it was made from."""
    for path in sorted(repo.rglob("*.yaml")):
        shown = path.relative_to(repo).as_posix()
        job = engine.FileJob(str(path), shown, True)
        result = engine.process_file(job)
        blob = cache_record.encode(shown, result)
        assert blob is not None, shown
        data = path.read_bytes()
        back = cache_record.decode(blob, shown, cache_record.digest(data), lambda d=data: d)
        assert back.violations == result.violations
        assert [(r.kind, r.origin, r.ref, r.objects) for r in back.recognized] == [
            (r.kind, r.origin, r.ref, r.objects) for r in result.recognized
        ]
        assert result.source is not None and back.source is not None
        assert back.source.problems == result.source.problems
        assert back.source.text == result.source.text
        assert [
            (d.index, d.data, list(d.spans.items()), d.start) for d in back.source.documents
        ] == [(d.index, d.data, list(d.spans.items()), d.start) for d in result.source.documents]


def test_a_source_that_changed_under_the_run_is_not_misplaced(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("a: 1\n")
    source = cache_record.CachedSource(
        "a.yaml", [], cache_record.digest(b"a: 2\n"), path.read_bytes
    )
    assert source.text == "" and source.documents == [] and source.line(2) is None


def test_a_path_in_the_results_keeps_the_file_out_of_the_cache() -> None:
    """A record must not carry its display path other than through origins."""
    result = engine.FileResult(None, violations=[])
    assert cache_record.encode("a.yaml", result) is not None
    job = engine.FileJob("x", "a.yaml", True)
    quoting = engine.process_data(job, b"apiVersion: openslo/v1\nkind: a.yaml\nspec: {}\n")
    assert cache_record.encode("a.yaml", quoting) is None


def test_settings_change_the_key() -> None:
    reported = engine.FileJob("a", "a", True)
    context = engine.FileJob("a", "a", False)
    assert cache.entry_key(b"x", reported) != cache.entry_key(b"x", context)
    assert cache.entry_key(b"x", reported) != cache.entry_key(b"y", reported)
    assert cache.settings_affecting_file_results(reported) == ("reported",)


def test_real_paths_agree_with_realpath(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The engine resolves a folder once per run; every file still gets realpath's answer."""
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "x.yaml").write_text("")
    (tmp_path / "link-to-a").symlink_to(tmp_path / "a")
    (tmp_path / "a" / "file-link.yaml").symlink_to("b/x.yaml")
    (tmp_path / "a" / "dangling.yaml").symlink_to("nowhere.yaml")
    monkeypatch.chdir(tmp_path / "a")
    paths = [
        tmp_path / "a" / "b" / "x.yaml",
        tmp_path / "link-to-a" / "b" / "x.yaml",
        tmp_path / "link-to-a" / "b" / ".." / "b" / "x.yaml",
        tmp_path / "a" / "file-link.yaml",
        tmp_path / "link-to-a" / "file-link.yaml",
        tmp_path / "a" / "dangling.yaml",
        tmp_path / "a" / "missing.yaml",
        Path("b/x.yaml"),
        Path("file-link.yaml"),
        Path("../link-to-a/b/x.yaml"),
    ]
    real_path = engine.RealPaths()
    for path in paths * 2:  # the second round answers from resolved folders
        assert real_path(path) == os.path.realpath(path), path


def test_a_pool_without_cache_ships_records_and_gives_the_same_output(
    repo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """--jobs 2 without a cache: workers send records, the parent re-reads only the files
    where findings land, and every byte of output is the one process's."""
    shipped: list[str] = []
    original = cache_record.BatchDecoder.next

    def counting(
        self: cache_record.BatchDecoder, path: str, digest: bytes, reload: cache_record.Reload
    ) -> Any:
        shipped.append(path)
        return original(self, path, digest, reload)

    monkeypatch.setattr(cache_record.BatchDecoder, "next", counting)
    for fmt in ("text", "json"):
        one = run(capsys, "--no-cache", "--jobs", "1", "--", ".", fmt=fmt)
        two = run(capsys, "--no-cache", "--jobs", "2", "--", ".", fmt=fmt)
        assert one == two, fmt
        assert one[0] == 1
    assert len(set(shipped)) == len(list(repo.rglob("*.yaml")))  # every file came as a record

"""The world from git's index: what git vouches for skips slolint's own per-file checks,
and everything it does not vouch for still goes through them."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

import slolint.world.build
from helpers import GIT, git
from slolint.config import Resolver
from slolint.discover import lintable
from slolint.engine import CheckOptions, check
from slolint.world.git import Git, parse_listing

needs_git = pytest.mark.skipif(GIT is None, reason="git is not installed")

SLO = """\
apiVersion: openslo/v1
kind: SLO
metadata:
  name: {name}
spec:
  service: checkout
  indicatorRef: checkout-success
  budgetingMethod: Occurrences
  timeWindow: [{{duration: 28d, isRolling: true}}]
  objectives:
    - target: {target}
"""


def make_repo(root: Path, files: int) -> Path:
    """``files`` SLOs in two folders, committed; ``b/0.yaml`` has an impossible target."""
    for index in range(files):
        folder = root / ("a" if index % 2 else "b")
        folder.mkdir(parents=True, exist_ok=True)
        target = "1.0" if index == 0 else "0.99"
        (folder / f"{index}.yaml").write_text(SLO.format(name=f"slo-{index}", target=target))
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "start")
    return root


def found(result: object) -> list[tuple[str, str]]:
    """The impossible targets found (the files carry no policy or SLI: other codes abound)."""
    findings = result.findings  # type: ignore[attr-defined]
    return [(f.file, f.code) for f in findings if f.code == "SLO201"]


# -- parsing ``git ls-files -z -t -v --stage`` --------------------------------------------------

OID = b"78981922613b2afb6025042ff6bd878ac1994e85"


def test_only_unchanged_regular_index_entries_are_vouched_for() -> None:
    out = b"\0".join(
        [
            b"H 100644 " + OID + b" 0\tplain.yaml",
            b"H 100755 " + OID + b" 0\texecutable.yaml",
            b"H 120000 " + OID + b" 0\tlink.yaml",
            b"H 160000 " + OID + b" 0\tsubmodule",
            b"H 100644 " + OID + b" 0\tedited.yaml",
            b"C 100644 " + OID + b" 0\tedited.yaml",
            b"H 100644 " + OID + b" 0\tdeleted.yaml",
            b"R 100644 " + OID + b" 0\tdeleted.yaml",
            b"C 100644 " + OID + b" 0\tdeleted.yaml",
            b"h 100644 " + OID + b" 0\tassumed.yaml",
            b"S 100644 " + OID + b" 0\tsparse.yaml",
            b"M 100644 " + OID + b" 1\tconflict.yaml",
            b"M 100644 " + OID + b" 2\tconflict.yaml",
            b"? untracked.yaml",
            b"",
        ]
    )
    listing = parse_listing(out)
    assert listing is not None
    assert listing.names == [
        "assumed.yaml",
        "conflict.yaml",
        "deleted.yaml",
        "edited.yaml",
        "executable.yaml",
        "link.yaml",
        "plain.yaml",
        "sparse.yaml",
        "submodule",
        "untracked.yaml",
    ]
    assert listing.plain == frozenset({"plain.yaml", "executable.yaml"})


@pytest.mark.parametrize(
    "record",
    [
        b"H",  # too short
        b"H100644 x 0\tname",  # no space after the tag
        b"H 100644 " + OID + b" 0 name",  # no tab
        b"H 100644 " + OID + b"\tname",  # two fields
        b"H 100644 " + OID + b" x\tname",  # a stage that is not a number
        b"H 100644 " + OID + b" 0\t",  # no name
    ],
)
def test_a_record_of_another_shape_rejects_the_whole_listing(record: bytes) -> None:
    assert parse_listing(b"H 100644 " + OID + b" 0\tok.yaml\0" + record + b"\0") is None


@needs_git
def test_an_unparsable_listing_falls_back_to_the_plain_file_list(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = make_repo(tmp_path, 4)
    monkeypatch.setattr(slolint.world.git, "parse_listing", lambda out: None)
    handle = Git.at(repo)
    assert handle is not None
    listing = handle.listing()
    assert listing is not None
    assert (listing.names, listing.plain) == (
        ["a/1.yaml", "a/3.yaml", "b/0.yaml", "b/2.yaml"],
        set(),
    )
    assert found(check(CheckOptions(cwd=repo))) == [("b/0.yaml", "SLO201")]


@needs_git
def test_a_git_that_refuses_the_listing_options_falls_back_to_the_plain_file_list(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = make_repo(tmp_path, 4)
    run = Git._run

    def old_git(self: Git, *args: str, stdin: bytes | None = None) -> bytes | None:
        return None if "--stage" in args else run(self, *args, stdin=stdin)

    monkeypatch.setattr(Git, "_run", old_git)
    handle = Git.at(repo)
    assert handle is not None
    listing = handle.listing()
    assert listing is not None
    assert (listing.names, listing.plain) == (
        ["a/1.yaml", "a/3.yaml", "b/0.yaml", "b/2.yaml"],
        set(),
    )
    assert found(check(CheckOptions(cwd=repo))) == [("b/0.yaml", "SLO201")]


@needs_git
def test_git_vouches_for_nothing_it_found_changed(tmp_path: Path) -> None:
    repo = make_repo(tmp_path, 6)
    (repo / "a" / "1.yaml").write_text(SLO.format(name="slo-1", target="1.0"))  # edited
    (repo / "a" / "3.yaml").unlink()
    (repo / "a" / "3.yaml").symlink_to(repo / "b" / "2.yaml")  # a file became a link
    (repo / "b" / "new.yaml").write_text(SLO.format(name="new", target="0.9"))  # untracked
    handle = Git.at(repo)
    assert handle is not None
    listing = handle.listing()
    assert listing is not None
    assert listing.names == [
        "a/1.yaml",
        "a/3.yaml",
        "a/5.yaml",
        "b/0.yaml",
        "b/2.yaml",
        "b/4.yaml",
        "b/new.yaml",
    ]
    assert listing.plain == frozenset({"a/5.yaml", "b/0.yaml", "b/2.yaml", "b/4.yaml"})
    index_only = handle.listing(index_only=True)
    assert index_only is not None
    assert "b/new.yaml" not in index_only.names


# -- operation counts ---------------------------------------------------------------------------


def _count_file_system_calls(repo: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    counts = {"lstat": 0, "realpath": 0, "islink": 0, "admit": 0}
    lstat, realpath, islink = os.lstat, os.path.realpath, os.path.islink
    admit = slolint.world.build.admit

    def counted(name: str, function):  # type: ignore[no-untyped-def]
        def call(*args, **kwargs):  # type: ignore[no-untyped-def]
            counts[name] += 1
            return function(*args, **kwargs)

        return call

    with monkeypatch.context() as patch:
        patch.setattr(os, "lstat", counted("lstat", lstat))
        patch.setattr(os.path, "realpath", counted("realpath", realpath))
        patch.setattr(os.path, "islink", counted("islink", islink))
        patch.setattr(slolint.world.build, "admit", counted("admit", admit))
        assert found(check(CheckOptions(cwd=repo))) == [("b/0.yaml", "SLO201")]
    return counts


@needs_git
def test_a_run_over_a_clean_repository_resolves_folders_not_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """lstat, realpath and islink are called as often for 60 files as for 12 (two folders)."""
    small = _count_file_system_calls(make_repo(tmp_path / "small", 12), monkeypatch)
    large = _count_file_system_calls(make_repo(tmp_path / "large", 60), monkeypatch)
    assert small["admit"] == large["admit"] == 0
    assert large == small


@needs_git
def test_files_git_does_not_vouch_for_are_checked_one_by_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = make_repo(tmp_path, 12)
    for name in ("x.yaml", "y.yaml", "z.yaml"):  # untracked
        (repo / "a" / name).write_text(SLO.format(name=name, target="0.9"))
    counts = _count_file_system_calls(repo, monkeypatch)
    assert counts["admit"] == 3


# -- the safety properties still hold ----------------------------------------------------------


@needs_git
def test_an_edited_file_is_read_again(tmp_path: Path) -> None:
    repo = make_repo(tmp_path, 6)
    cache = tmp_path / "cache"
    assert found(check(CheckOptions(cwd=repo, cache_dir=cache))) == [("b/0.yaml", "SLO201")]
    edited = repo / "a" / "1.yaml"
    before = edited.stat()
    # same size, same mtime: only git's content comparison and the cache's ctime tell
    edited.write_text(edited.read_text().replace("0.99", "1.00"))
    os.utime(edited, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert edited.stat().st_size == before.st_size
    assert found(check(CheckOptions(cwd=repo, cache_dir=cache))) == [
        ("a/1.yaml", "SLO201"),
        ("b/0.yaml", "SLO201"),
    ]


@needs_git
def test_a_tracked_file_swapped_for_a_link_out_of_the_repository_is_skipped(
    tmp_path: Path,
) -> None:
    repo = make_repo(tmp_path / "repo", 4)
    secret = tmp_path / "secret.yaml"
    secret.write_text(SLO.format(name="secret", target="1.0"))
    (repo / "a" / "1.yaml").unlink()
    (repo / "a" / "1.yaml").symlink_to(secret)
    result = check(CheckOptions(cwd=repo))
    assert result.notes == [f"skipped symbolic link a/1.yaml: it points outside {repo}"]
    assert found(result) == [("b/0.yaml", "SLO201")]


@needs_git
def test_a_tracked_folder_swapped_for_a_link_out_of_the_repository_is_never_read(
    tmp_path: Path,
) -> None:
    repo = make_repo(tmp_path / "repo", 4)
    outside = tmp_path / "outside"
    shutil.copytree(repo / "b", outside)  # same bytes: git finds nothing changed
    (outside / "0.yaml").write_text(SLO.format(name="slo-0", target="1.0"))
    shutil.rmtree(repo / "b")
    (repo / "b").symlink_to(outside, target_is_directory=True)
    result = check(CheckOptions(cwd=repo))
    assert result.notes == [f"skipped symbolic link b: it points outside {repo}"]
    assert found(result) == []


@needs_git
def test_an_untracked_file_is_in_the_world_outside_pre_commit_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = make_repo(tmp_path, 4)
    (repo / "a" / "wip.yaml").write_text(SLO.format(name="wip", target="1.0"))
    assert found(check(CheckOptions(cwd=repo))) == [
        ("a/wip.yaml", "SLO201"),
        ("b/0.yaml", "SLO201"),
    ]
    monkeypatch.setenv("PRE_COMMIT", "1")
    assert found(check(CheckOptions(cwd=repo))) == [("b/0.yaml", "SLO201")]


@needs_git
def test_under_pre_commit_the_index_content_wins_over_an_unstaged_edit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = make_repo(tmp_path, 4)
    (repo / "b" / "0.yaml").write_text(SLO.format(name="slo-0", target="0.99"))  # unstaged fix
    (repo / "a" / "1.yaml").write_text(SLO.format(name="slo-1", target="1.0"))  # unstaged break
    assert found(check(CheckOptions(cwd=repo))) == [("a/1.yaml", "SLO201")]
    monkeypatch.setenv("PRE_COMMIT", "1")
    assert found(check(CheckOptions(cwd=repo))) == [("b/0.yaml", "SLO201")]


@pytest.mark.parametrize(
    "name",
    [
        "a.yaml",
        "x.JSON",
        "/r/s.yml",
        ".yaml",
        "..yaml",
        "a/.yaml",
        "a..yaml",
        ".a.yml",
        "a.b/c",
        "a.b/c.yml",
        "a/b.YAML.bak",
        "dir.yaml/",
        "yaml",
        "",
        ".",
        "a.",
        "a/..b.json",
        "a/...yaml",
    ],
)
def test_lintable_agrees_with_splitext(name: str) -> None:
    assert lintable(name) == (os.path.splitext(name)[1].lower() in {".yaml", ".yml", ".json"})


@needs_git
def test_include_narrows_the_whole_world_run_and_exclude_drops_from_it(tmp_path: Path) -> None:
    repo = make_repo(tmp_path, 6)
    (repo / "a" / "1.yaml").write_text(SLO.format(name="slo-1", target="1.0"))
    (repo / "b" / "2.yaml").write_text(SLO.format(name="slo-2", target="1.0"))
    assert found(check(CheckOptions(cwd=repo))) == [
        ("a/1.yaml", "SLO201"),
        ("b/0.yaml", "SLO201"),
        ("b/2.yaml", "SLO201"),
    ]
    (repo / ".slolint.yaml").write_text('include: ["b/"]\nexclude: ["b/2.yaml"]\n')
    configured = CheckOptions(cwd=repo, config=Resolver(repo))
    assert found(check(configured)) == [("b/0.yaml", "SLO201")]


@needs_git
def test_a_named_file_without_context_lists_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``--no-context FILE`` reads that file alone: listing the project would be wasted."""
    repo = make_repo(tmp_path / "repo", 6)
    listings: list[object] = []
    original = slolint.world.build.Builder.listing

    def counted(self: slolint.world.build.Builder, root: object) -> object:
        listings.append(root)
        return original(self, root)  # type: ignore[arg-type]

    monkeypatch.setattr(slolint.world.build.Builder, "listing", counted)
    monkeypatch.chdir(repo)
    alone = check(CheckOptions(paths=["b/0.yaml"], context=False))
    assert listings == []
    assert found(alone) == [("b/0.yaml", "SLO201")]
    check(CheckOptions(paths=["b/0.yaml"], context=False, force_exclude=True))
    assert len(listings) == 1  # whether git ignores it is asked of the listing

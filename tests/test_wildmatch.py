"""Glob patterns: git's meaning (checked against ``git check-ignore``) in bounded steps."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import run_slolint
from slolint.config.patterns import PatternSet, compile_pattern
from slolint.config.wildmatch import Glob, Steps

BASE = Path("/repo")

# (pattern, names it matches among NAMES): what git 2.39 `check-ignore --no-index` says
NAMES = ["z", "a", "b", "[", "]", "fa", "-", "5", "ab", "aXb", "a]", "!", "^", "*"]
GIT_VERDICTS = [
    ("[z-a]", ["z"]),  # the first character is a member, the reversed range holds nothing
    ("[b-a]", ["b"]),
    ("[!]", []),  # never closed: git gives up on the pattern
    ("[^]", []),
    ("[", []),
    ("[[:foo:]]", []),  # unknown class
    ("[[:digit:]", []),  # class, then no closing bracket
    ("[[:digit:]]", ["5"]),
    ("[]]", ["]"]),
    ("f[!]]", ["fa"]),
    ("[a-]", ["a", "-"]),
    ("[!]a]", ["z", "b", "[", "-", "5", "!", "^", "*"]),
    ("[^a]", ["z", "b", "[", "]", "-", "5", "!", "^", "*"]),
    ("***", NAMES),
    ("a**b", ["ab", "aXb"]),
    ("a?b", ["aXb"]),
    ("\\*", ["*"]),
    ("\\!", ["!"]),
]


def matched(pattern: str, names: list[str]) -> list[str]:
    compiled = compile_pattern(pattern, BASE)
    assert compiled is not None
    return [name for name in names if compiled.match(f"{BASE}/{name}")]


@pytest.mark.parametrize(("pattern", "expected"), GIT_VERDICTS)
def test_patterns_mean_what_git_says(pattern: str, expected: list[str]) -> None:
    assert matched(pattern, NAMES) == expected


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("git") is None, reason="needs git to compare with")
@pytest.mark.parametrize(("pattern", "expected"), GIT_VERDICTS)
def test_git_check_ignore_agrees(tmp_path: Path, pattern: str, expected: list[str]) -> None:
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / ".gitignore").write_text(pattern + "\n", encoding="utf-8")
    done = subprocess.run(
        ["git", "check-ignore", "--no-index", "--stdin", "-z"],
        input="\0".join(f"./{name}" for name in NAMES) + "\0",
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert sorted(part[2:] for part in done.stdout.split("\0") if part) == sorted(expected)


@pytest.mark.parametrize(
    ("pattern", "path", "expected"),
    [
        ("*.yaml", "a/b/c.yaml", True),  # no slash: any depth
        ("a/*.yaml", "a/b/c.yaml", False),  # "*" stays in its segment
        ("a/**/c.yaml", "a/c.yaml", True),  # "**" between slashes: zero folders too
        ("a/**/c.yaml", "a/x/y/c.yaml", True),
        ("**/c", "c", True),
        ("**/c", "x/y/c", True),
        ("logs/**", "logs", False),  # trailing "**": what is inside, not the folder
        ("logs/**", "logs/x/y", True),
        ("/top.yaml", "top.yaml", True),
        ("/top.yaml", "sub/top.yaml", False),
        ("../slos/*.yaml", "slos/x.yaml", True),
    ],
)
def test_gitignore_anchoring_and_globstar(pattern: str, path: str, expected: bool) -> None:
    base = BASE / "config" if pattern.startswith("../") else BASE
    compiled = compile_pattern(pattern, base)
    assert compiled is not None
    assert compiled.match(f"{BASE}/{path}") is expected


def test_many_stars_against_a_long_name_take_bounded_steps() -> None:
    """The regex translation backtracked for minutes here; each segment costs at most
    (tokens + 1) x (characters + 1) steps."""
    pattern = "*a" * 12 + "*b"  # 13 stars, 12 a, 1 b: 26 tokens
    compiled = compile_pattern(pattern, BASE)
    assert compiled is not None
    steps = Steps()
    assert compiled.match(f"{BASE}/{'a' * 40}", steps) is False
    assert 0 < steps.count <= 27 * 41 + 1


def test_globstars_over_a_deep_path_take_bounded_steps() -> None:
    """``**`` is the star over segments: at most (segments + 1)^2 segment comparisons,
    each bounded by its lengths."""
    glob = Glob.compile("/".join(["**", "a*"] * 20) + "/b")  # 41 pattern segments
    steps = Steps()
    path = ["aaaa"] * 60  # never ends in "b"
    assert glob.match(path, steps) is False
    # per segment comparison at most (2 + 1) * (4 + 1) steps, plus one step per pair
    assert steps.count <= 42 * 61 * (15 + 1)


def test_a_name_of_4000_characters_against_100_stars() -> None:
    glob = Glob.compile("*x" * 100 + "*y")
    steps = Steps()
    assert glob.match(["x" * 4000], steps) is False
    assert steps.count <= 202 * 4001 + 1


@pytest.mark.parametrize("pattern", ["[z-a]", "[!]", "[^]", "[", "*a*a*a*a*a*a*a*a*a*a*a*a*b"])
def test_patterns_git_accepts_never_stop_a_run(tmp_path: Path, pattern: str) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".slolint.yaml").write_text(
        f"exclude: ['{pattern}']\nper-file-ignores:\n  '{pattern}': [SLO201]\n",
        encoding="utf-8",
    )
    (tmp_path / ".gitignore").write_text(pattern + "\n", encoding="utf-8")
    (tmp_path / ("a" * 40 + ".yaml")).write_text("key: value\n", encoding="utf-8")
    done = run_slolint("check", "-f", "concise", ".", cwd=tmp_path)
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")


# (pattern, paths it ignores among PATHS, a folder ignoring what is below it): git 2.39
PATHS = [
    "a/c.yaml",
    "a/x/y/c.yaml",
    "logs",
    "logs/x/y",
    "top.yaml",
    "sub/top.yaml",
    "a/b/c.yaml",
    "a/c/c.yaml",
    "x/y/z",
    "x/1/y/2/z",
    "x/z",
    "b/q.yaml",
    "a/b/q.yaml",
    "a/b",
]
GIT_PATH_VERDICTS = [
    ("a/**/c.yaml", ["a/c.yaml", "a/x/y/c.yaml", "a/b/c.yaml", "a/c/c.yaml"]),
    ("logs/**", ["logs/x/y"]),
    ("/top.yaml", ["top.yaml"]),
    ("a/*.yaml", ["a/c.yaml"]),
    ("x/**/y/**/z", ["x/y/z", "x/1/y/2/z"]),
    ("**/b/*.yaml", ["a/b/c.yaml", "b/q.yaml", "a/b/q.yaml"]),
    ("a/[!b]/c.yaml", ["a/c/c.yaml"]),
    ("a/**", ["a/c.yaml", "a/x/y/c.yaml", "a/b/c.yaml", "a/c/c.yaml", "a/b/q.yaml", "a/b"]),
    ("a\\/b", ["a/b/c.yaml", "a/b/q.yaml", "a/b"]),
]


@pytest.mark.parametrize(("pattern", "expected"), GIT_PATH_VERDICTS)
def test_paths_are_ignored_as_git_ignores_them(pattern: str, expected: list[str]) -> None:
    patterns = PatternSet.build(BASE, [pattern])
    assert [path for path in PATHS if patterns.matches(BASE / path)] == expected


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("git") is None, reason="needs git to compare with")
@pytest.mark.parametrize(("pattern", "expected"), GIT_PATH_VERDICTS)
def test_git_check_ignore_agrees_on_paths(
    tmp_path: Path, pattern: str, expected: list[str]
) -> None:
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / ".gitignore").write_text(pattern + "\n", encoding="utf-8")
    done = subprocess.run(
        ["git", "check-ignore", "--no-index", "--stdin", "-z"],
        input="\0".join(PATHS) + "\0",
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert sorted(part for part in done.stdout.split("\0") if part) == sorted(expected)


def _reference(pattern: str) -> str:
    """A backtracking regex of a pattern of ``a``, ``b``, ``*``, ``?`` and ``/`` (fine for
    the short inputs below): ``**`` between slashes is any number of folders."""
    out = []
    parts = pattern.split("/")
    for index, part in enumerate(parts):
        last = index == len(parts) - 1
        if part and set(part) == {"*"} and len(part) >= 2:
            if last and index > 0:
                out.append("[^/]+(?:/[^/]+)*")
            elif last:
                out.append("[^/]+(?:/[^/]+)*|")
            else:
                out.append("(?:[^/]+/)*")
            continue
        out.append("".join({"*": "[^/]*", "?": "[^/]"}.get(c, c) for c in part))
        if not last:
            out.append("/")
    return "".join(out)


@given(
    pattern=st.lists(st.text("ab*?", min_size=1, max_size=5), min_size=1, max_size=4),
    path=st.lists(st.text("ab", min_size=1, max_size=6), min_size=1, max_size=4),
)
@settings(max_examples=400, deadline=None)
def test_the_two_pointer_walk_agrees_with_a_backtracking_reference(
    pattern: list[str], path: list[str]
) -> None:
    import re

    text = "/".join(pattern)
    expected = re.fullmatch(_reference(text), "/".join(path)) is not None
    assert Glob.compile(text).match(path) is expected

"""Running slolint in a child process, as a user or a hook runs it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

import pytest

AMBIENT = (
    "GITHUB_ACTIONS",
    "GITHUB_WORKSPACE",
    "NO_COLOR",
    "SLOLINT_CONFIG",
    "SLOLINT_CACHE_DIR",
)
"""Variables that change slolint's defaults: a CI runner sets GITHUB_ACTIONS, which
switches the default format to ``github``. Tests that want one set it themselves."""


def run_slolint(
    *args: str,
    cwd: Path,
    env: Mapping[str, str] | None = None,
    stdin: str | None = None,
    timeout: float = 120,
) -> subprocess.CompletedProcess[str]:
    """``python -m slolint ARGS`` in ``cwd``, without the ambient variables, plus ``env``."""
    environment = {k: v for k, v in os.environ.items() if k not in AMBIENT}
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "slolint", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env=environment,
        input=stdin,
        timeout=timeout,
        check=False,
    )


GIT = shutil.which("git")
"""The git program, or None: tests that need it skip with ``needs_git``."""


def git(repo: Path, *args: str) -> None:
    """Run git in ``repo`` as a throwaway identity, with no signing; fail on an error."""
    assert GIT is not None
    subprocess.run(
        [
            GIT,
            *("-c", "user.name=t", "-c", "user.email=t@t.invalid", "-c", "commit.gpgsign=false"),
            *args,
        ],
        cwd=repo,
        check=True,
        capture_output=True,
        timeout=60,
    )


def private_cache_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Give the test its own cache key (``XDG_CACHE_HOME``) and no ambient cache settings,
    so nothing touches the user's key."""
    from slolint.cache.location import CACHE_DIR_ENV

    home = tmp_path / "xdg-cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    monkeypatch.delenv(CACHE_DIR_ENV, raising=False)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return home


def examples_repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of ``examples/`` committed in a fresh git repository, the working directory."""
    folder = tmp_path / "repo"
    shutil.copytree(Path(__file__).resolve().parents[1] / "examples", folder)
    git(folder, "init", "-q")
    git(folder, "add", "-A")
    git(folder, "commit", "-q", "-m", "examples")
    monkeypatch.chdir(folder)
    return folder

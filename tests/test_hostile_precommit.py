"""pre-commit for real, on a repository whose file names are options.

pre-commit appends the names of the files to the hook's ``entry``. Before the entry ended
option parsing (``slolint check --``), a committed file named ``-fjson=victim.yaml`` made
slolint overwrite ``victim.yaml`` with its report, and ``-hf.yaml`` printed the help and
passed. This runs ``pre-commit try-repo`` on a committed snapshot of this checkout.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
PRE_COMMIT = Path(sys.executable).with_name("pre-commit")

BAD = """\
apiVersion: openslo/v1
kind: SLO
metadata:
  name: orders-availability
spec:
  service: orders
  indicator:
    metadata: {name: orders-success}
    spec:
      ratioMetric:
        counter: true
        good: {metricSource: {type: Prometheus, spec: {query: good}}}
        total: {metricSource: {type: Prometheus, spec: {query: total}}}
  budgetingMethod: Occurrences
  timeWindow: [{duration: 28d, isRolling: true}]
  objectives: [{target: 1.0}]
"""

CONFIG = "repos: []\n"
VICTIM = "precious: true\n"


def _git(*args: str, cwd: Path, env: dict[str, str]) -> str:
    return subprocess.run(
        ["git", "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    if not PRE_COMMIT.exists():
        pytest.skip(f"pre-commit is not installed next to {sys.executable}")
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("GIT_", "PRE_COMMIT"))
    }
    environment.update(
        PRE_COMMIT_HOME=str(tmp_path / "pre-commit-home"),
        GIT_AUTHOR_NAME="slolint tests",
        GIT_AUTHOR_EMAIL="tests@slolint.invalid",
        GIT_COMMITTER_NAME="slolint tests",
        GIT_COMMITTER_EMAIL="tests@slolint.invalid",
        GIT_CONFIG_NOSYSTEM="1",
    )
    return environment


def _snapshot(target: Path, env: dict[str, str]) -> None:
    """Commit the files of this checkout that ``git add -A`` would commit."""
    listing = _git(
        "ls-files", "-z", "--cached", "--others", "--exclude-standard", cwd=ROOT, env=env
    )
    for name in listing.split("\0"):
        source = ROOT / name
        if name and source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    _git("init", "-q", cwd=target, env=env)
    _git("add", "-A", cwd=target, env=env)
    _git("commit", "-q", "-m", "snapshot", cwd=target, env=env)


def test_file_names_that_look_like_options(tmp_path: Path, env: dict[str, str]) -> None:
    hook_repo = tmp_path / "hook"
    hook_repo.mkdir()
    _snapshot(hook_repo, env)
    repo = tmp_path / "repo"
    repo.mkdir()
    files = {
        "victim.yaml": VICTIM,
        ".pre-commit-config.yaml": CONFIG,
        "-fjson=victim.yaml": BAD,
        "-fjson=.pre-commit-config.yaml": BAD,
        "-hf.yaml": BAD,
    }
    for name, text in files.items():
        (repo / name).write_text(text)
    _git("init", "-q", cwd=repo, env=env)
    _git("add", "-A", cwd=repo, env=env)
    done = subprocess.run(
        [str(PRE_COMMIT), "try-repo", str(hook_repo), "slolint", "--all-files", "--color", "never"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    output = done.stdout + done.stderr
    assert done.returncode == 1, output
    assert "- exit code: 1" in output  # findings, not a usage error and not "Passed"
    for name in ("-fjson=victim.yaml", "-fjson=.pre-commit-config.yaml", "-hf.yaml"):
        assert f"{name}:16:" in output, output  # each was linted: target 1.0 on line 16
    assert "usage:" not in output
    assert (repo / "victim.yaml").read_text() == VICTIM
    assert (repo / ".pre-commit-config.yaml").read_text() == CONFIG
    # nothing was written but slolint's own cache, which keeps itself out of git
    ours = {".git", ".slolint_cache"}
    assert sorted(p.name for p in repo.iterdir() if p.name not in ours) == sorted(files)
    assert (repo / ".slolint_cache" / ".gitignore").read_text().endswith("\n*\n")

"""pre-commit for real: the hook of this checkout, installed and run on temporary repositories.

pre-commit installs a hook from a *commit* of the hook repository. ``pre-commit try-repo``
pointed at this checkout would need a ``HEAD`` commit, would leave out files that are not yet
tracked (it only adds changes to tracked files), and always builds the hook environment in a
throwaway store. So the module commits a snapshot of the checkout (the files ``git add -A``
would commit) into a temporary hook repository once, and runs ``pre-commit run`` with the
configuration ``try-repo`` would write: that repository at that commit, hook ``slolint``.
``PRE_COMMIT_HOME`` is shared by the module, so the hook's virtualenv (pip installs slolint
and its dependencies from the package index) is built once for those cases. The last test
runs ``try-repo`` itself on the snapshot, which builds its own environment once more.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
PRE_COMMIT = Path(sys.executable).with_name("pre-commit")
FALLBACK_FILES = ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml", "src", "schemas")
"""What the hook needs when the checkout is not a git repository (an unpacked sdist)."""

SERVICE = """\
apiVersion: openslo/v1
kind: Service
metadata:
  name: orders
"""

SLI = """\
apiVersion: openslo/v1
kind: SLI
metadata:
  name: orders-success
spec:
  ratioMetric:
    counter: true
    good:
      metricSource:
        type: Prometheus
        spec:
          query: 'sum(http_requests_total{job="orders",code!~"5.."})'
    total:
      metricSource:
        type: Prometheus
        spec:
          query: 'sum(http_requests_total{job="orders"})'
"""

POLICY = """\
apiVersion: slolint.dev/v1alpha1
kind: ErrorBudgetPolicy
metadata:
  name: orders-ebp
spec:
  owner: orders-product-manager
  approvers: [vp-engineering]
  scope:
    selector:
      matchLabels:
        service: orders
  triggers:
    - name: budget-exhausted
      when: {budgetConsumed: 1.0}
      actions:
        - {type: releaseFreeze, actor: orders-team, exceptions: [security], until: withinSlo}
"""

WORKFLOW = """\
name: ci
on: [push]
jobs:
  test: {runs-on: ubuntu-latest, steps: [{run: make test}]}
"""


def slo(name: str, target: str) -> str:
    """An SLO of service orders; the label is what the policy's selector matches."""
    return f"""\
apiVersion: openslo/v1
kind: SLO
metadata:
  name: {name}
  labels:
    service: orders
spec:
  service: orders
  indicatorRef: orders-success
  budgetingMethod: Occurrences
  timeWindow:
    - duration: 28d
      isRolling: true
  objectives:
    - target: {target}
"""


def _git(*args: str, cwd: Path, env: dict[str, str]) -> str:
    done = subprocess.run(
        ["git", "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """No git or pre-commit variables from an enclosing hook run; one shared PRE_COMMIT_HOME."""
    if not PRE_COMMIT.exists():
        pytest.skip(f"pre-commit is not installed next to {sys.executable}")
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("GIT_", "PRE_COMMIT"))
    }
    environment.update(
        PRE_COMMIT_HOME=str(tmp_path_factory.mktemp("pre-commit-home")),
        GIT_AUTHOR_NAME="slolint tests",
        GIT_AUTHOR_EMAIL="tests@slolint.invalid",
        GIT_COMMITTER_NAME="slolint tests",
        GIT_COMMITTER_EMAIL="tests@slolint.invalid",
        GIT_CONFIG_NOSYSTEM="1",
    )
    return environment


def _checkout_files(env: dict[str, str]) -> list[str]:
    """The files of the working tree that ``git add -A`` would commit."""
    try:
        listing = _git(
            "ls-files", "-z", "--cached", "--others", "--exclude-standard", cwd=ROOT, env=env
        )
    except (subprocess.CalledProcessError, FileNotFoundError):
        return list(FALLBACK_FILES)
    return [name for name in listing.split("\0") if name and (ROOT / name).is_file()]


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory: pytest.TempPathFactory, env: dict[str, str]) -> tuple[Path, str]:
    """A committed snapshot of this checkout, and the commit."""
    hook_repo = tmp_path_factory.mktemp("hook-repo")
    for name in _checkout_files(env):
        source, target = ROOT / name, hook_repo / name
        if source.is_dir():
            shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    _git("init", "-q", cwd=hook_repo, env=env)
    _git("add", "-A", cwd=hook_repo, env=env)
    _git("commit", "-q", "-m", "snapshot", cwd=hook_repo, env=env)
    return hook_repo, _git("rev-parse", "HEAD", cwd=hook_repo, env=env).strip()


@pytest.fixture(scope="module")
def hook_config(tmp_path_factory: pytest.TempPathFactory, hook_repo: tuple[Path, str]) -> Path:
    """The ``.pre-commit-config.yaml`` a user writes, naming the snapshot and its commit."""
    path, rev = hook_repo
    config = tmp_path_factory.mktemp("config") / ".pre-commit-config.yaml"
    hooks = {"repos": [{"repo": str(path), "rev": rev, "hooks": [{"id": "slolint"}]}]}
    config.write_text(json.dumps(hooks, indent=2), encoding="utf-8")  # JSON is YAML
    return config


MakeRepo = Callable[[dict[str, str]], Path]


@pytest.fixture
def make_repo(tmp_path: Path, env: dict[str, str]) -> MakeRepo:
    """A git repository with ``files`` staged (``--all-files`` runs on the tracked files)."""

    def make(files: dict[str, str]) -> Path:
        repo = tmp_path / "repo"
        for name, text in files.items():
            path = repo / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        _git("init", "-q", cwd=repo, env=env)
        _git("add", "-A", cwd=repo, env=env)
        return repo

    return make


def run_hook(
    repo: Path, config: Path, env: dict[str, str], *args: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(PRE_COMMIT), "run", "--config", str(config), "--color", "never", *args],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=1200,
    )


def test_hook_fails_on_a_violating_repository(
    make_repo: MakeRepo, hook_config: Path, env: dict[str, str]
) -> None:
    repo = make_repo(
        {
            "services/orders.yaml": SERVICE,
            "slis/orders.yaml": SLI,
            "slos/a.yaml": slo("orders-availability", "1.0"),
        }
    )
    done = run_hook(repo, hook_config, env, "--all-files")
    output = done.stdout + done.stderr
    assert done.returncode != 0, output
    assert "- exit code: 1" in output  # findings, not a crash (that would be 2)
    assert "SLO201" in output  # target 1.0: no error budget
    assert "SLO401" in output  # and no error-budget policy in the repository


def test_hook_passes_on_a_clean_repository(
    make_repo: MakeRepo, hook_config: Path, env: dict[str, str]
) -> None:
    repo = make_repo(
        {
            "services/orders.yaml": SERVICE,
            "slis/orders.yaml": SLI,
            "slos/a.yaml": slo("orders-availability", "0.999"),
            "policies/orders.ebp.yaml": POLICY,
            ".github/workflows/ci.yaml": WORKFLOW,  # other YAML is skipped silently
        }
    )
    done = run_hook(repo, hook_config, env, "--all-files")
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    assert "Passed" in output


def test_hook_on_one_file_sees_the_policy_in_another_file(
    make_repo: MakeRepo, hook_config: Path, env: dict[str, str]
) -> None:
    """A commit that touches only ``slos/a.yaml``: pre-commit passes that one file.

    The policy covering it lives in an unchanged file and is read as context, so there is
    no SLO401. ``slos/b.yaml`` (target 1.0) is context too: read, but not reported on.
    """
    repo = make_repo(
        {
            "services/orders.yaml": SERVICE,
            "slis/orders.yaml": SLI,
            "slos/a.yaml": slo("orders-availability", "0.999"),
            "slos/b.yaml": slo("orders-perfection", "1.0"),
            "policies/orders.ebp.yaml": POLICY,
        }
    )
    done = run_hook(repo, hook_config, env, "--files", "slos/a.yaml")
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    assert "SLO401" not in output
    assert "SLO201" not in output


def test_try_repo_runs_the_hook(
    make_repo: MakeRepo, hook_repo: tuple[Path, str], env: dict[str, str]
) -> None:
    """``pre-commit try-repo``, the way to try the hook from a checkout before a release."""
    repo = make_repo(
        {
            "services/orders.yaml": SERVICE,
            "slis/orders.yaml": SLI,
            "slos/a.yaml": slo("orders-availability", "1.0"),
            "policies/orders.ebp.yaml": POLICY,
        }
    )
    done = subprocess.run(
        [
            str(PRE_COMMIT),
            "try-repo",
            str(hook_repo[0]),
            "slolint",
            "--all-files",
            "--color",
            "never",
        ],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    output = done.stdout + done.stderr
    assert done.returncode != 0, output
    assert "SLO201" in output
    assert "SLO401" not in output

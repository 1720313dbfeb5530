"""pre-commit for real: the hook of this checkout, installed and run on temporary repositories.

pre-commit installs a hook from a *commit* of the hook repository. ``pre-commit try-repo``
pointed at this checkout would need a ``HEAD`` commit, would leave out files that are not yet
tracked (it only adds changes to tracked files), and always builds the hook environment in a
throwaway store. So the module commits a snapshot of the checkout (the files ``git add -A``
would commit) into a temporary hook repository once, and runs ``pre-commit run`` with the
configuration ``try-repo`` would write: that repository at that commit, and one of its two
hooks: ``slolint`` (the whole repository on every commit) or ``slolint-changed`` (the files
of the commit, plus the findings elsewhere that depend on them). ``PRE_COMMIT_HOME`` is
shared by the module, so the hook's virtualenv (pip installs slolint and its dependencies
from the package index) is built once for those cases. The last test runs ``try-repo``
itself on the snapshot, which builds its own environment once more.

Each commit scenario starts from a committed, clean repository (an SLI, an SLO, an SLA and
a policy), stages one change and runs ``pre-commit run`` the way ``git commit`` does. The
hooks take no file names: they ask git what the commit holds and changes.
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


SELECTOR = "    selector:\n      matchLabels:\n        service: orders\n"


def policy(scope: str) -> str:
    """The policy of service orders with another ``spec.scope``."""
    return POLICY.replace(SELECTOR, scope)


def sla(percent: str, window: str = "[{duration: 28d, isRolling: true}]") -> str:
    """The SLA of service orders, on the SLI the SLO measures."""
    return f"""\
apiVersion: slolint.dev/v1alpha1
kind: SLA
metadata:
  name: orders-sla
spec:
  service: orders
  objectives:
    - indicatorRef: orders-success
      targetPercent: {percent}
      timeWindow: {window}
"""


HELM_TEMPLATE = """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "orders.fullname" . }}
  {{- with .Values.labels }}
  labels: {{- toYaml . | nindent 4 }}
  {{- end }}
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


LATENCY = slo("orders-latency", "0.99")
"""A second SLO, so that a policy listing SLOs by name still lists one after the change."""


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


HOOK_IDS = ("slolint", "slolint-changed")


@pytest.fixture(scope="module")
def configs(
    tmp_path_factory: pytest.TempPathFactory, hook_repo: tuple[Path, str]
) -> dict[str, Path]:
    """One ``.pre-commit-config.yaml`` per hook id, naming the snapshot and its commit."""
    path, rev = hook_repo
    folder = tmp_path_factory.mktemp("config")
    configs = {}
    for hook_id in HOOK_IDS:
        config = folder / f"{hook_id}.yaml"
        hooks = {"repos": [{"repo": str(path), "rev": rev, "hooks": [{"id": hook_id}]}]}
        config.write_text(json.dumps(hooks, indent=2), encoding="utf-8")  # JSON is YAML
        configs[hook_id] = config
    return configs


@pytest.fixture(scope="module")
def hook_config(configs: dict[str, Path]) -> Path:
    return configs["slolint"]


@pytest.fixture(scope="module")
def changed_config(configs: dict[str, Path]) -> Path:
    return configs["slolint-changed"]


MakeRepo = Callable[[dict[str, str]], Path]


def _write(repo: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = repo / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


@pytest.fixture
def make_repo(tmp_path: Path, env: dict[str, str]) -> MakeRepo:
    """A git repository with ``files`` staged (``--all-files`` runs on the tracked files)."""

    def make(files: dict[str, str]) -> Path:
        repo = tmp_path / "repo"
        _write(repo, files)
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


def clean_repository() -> dict[str, str]:
    """An SLI, an SLO that the policy selects and that is stricter than the SLA."""
    return {
        "services/orders.yaml": SERVICE,
        "slis/orders.yaml": SLI,
        "slos/orders.yaml": slo("orders-availability", "0.999"),
        "agreements/orders.sla.yaml": sla("99.5"),
        "policies/orders.ebp.yaml": POLICY,
    }


@pytest.fixture
def committed(make_repo: MakeRepo, env: dict[str, str]) -> Path:
    """The clean repository, committed: ``pre-commit run`` then sees only what is staged."""
    repo = make_repo(clean_repository())
    _git("commit", "-q", "--no-verify", "-m", "clean", cwd=repo, env=env)
    return repo


def stage(repo: Path, env: dict[str, str], files: dict[str, str]) -> None:
    _write(repo, files)
    _git("add", "-A", cwd=repo, env=env)


def test_the_clean_repository_passes_both_hooks(
    committed: Path, configs: dict[str, Path], env: dict[str, str]
) -> None:
    for hook_id, config in configs.items():
        done = run_hook(committed, config, env, "--all-files")
        output = done.stdout + done.stderr
        assert done.returncode == 0, output
        assert "Passed" in output, hook_id
        assert "All checked: no problems" in output  # verbose: shown although it passed


def test_raising_only_the_sla_fails_on_the_untouched_slo(
    committed: Path, configs: dict[str, Path], env: dict[str, str]
) -> None:
    """The SLA at 99.95% now exceeds the SLO's 99.9%: SLO301 on the SLO, not on the SLA."""
    stage(committed, env, {"agreements/orders.sla.yaml": sla("99.95")})
    expected = (
        "slos/orders.yaml:15:15: SLO301 [error] SLO target 0.999 (99.9%) is not stricter than "
        'SLA "orders-sla" target 99.95% (agreements/orders.sla.yaml:9); raise the SLO target '
        "above the SLA (slo-not-stricter-than-sla)"
    )
    done = run_hook(committed, configs["slolint-changed"], env)
    output = done.stdout + done.stderr
    assert done.returncode != 0, output
    assert "- exit code: 1" in output
    assert expected in output
    assert "   = reported because agreements/orders.sla.yaml changed" in output
    done = run_hook(committed, configs["slolint"], env)
    output = done.stdout + done.stderr
    assert done.returncode != 0, output
    assert expected in output
    assert "reported because" not in output  # the repository hook names every file


@pytest.mark.parametrize(
    ("before", "after"),
    [
        pytest.param(
            "    sloRefs: [orders-availability, orders-latency]\n",
            "    sloRefs: [orders-latency]\n",
            id="slo-dropped-from-sloRefs",
        ),
        pytest.param(SELECTOR, SELECTOR.replace("orders", "web"), id="selector-changed"),
    ],
)
def test_a_policy_change_that_uncovers_an_untouched_slo_fails(
    committed: Path, configs: dict[str, Path], env: dict[str, str], before: str, after: str
) -> None:
    stage(
        committed, env, {"policies/orders.ebp.yaml": policy(before), "slos/latency.yaml": LATENCY}
    )
    _git("commit", "-q", "--no-verify", "-m", "second SLO", cwd=committed, env=env)
    stage(committed, env, {"policies/orders.ebp.yaml": policy(after)})
    for hook_id, config in configs.items():
        done = run_hook(committed, config, env)
        output = done.stdout + done.stderr
        assert done.returncode != 0, output
        assert (
            'slos/orders.yaml:4:9: SLO401 [error] SLO "orders-availability" is not covered by '
            "any error-budget policy; add it to a policy's scope (sloRefs or selector) or "
            "annotate it with slolint.dev/error-budget-policy (error-budget-policy-missing)"
            in output
        ), hook_id
    assert "  = reported because policies/orders.ebp.yaml changed" in output


def test_deleting_the_policy_fails_both_hooks(
    committed: Path, configs: dict[str, Path], env: dict[str, str]
) -> None:
    """pre-commit passes no file for a deletion; both hooks ask git, which knows of it."""
    _git("rm", "-q", "policies/orders.ebp.yaml", cwd=committed, env=env)
    for hook_id, config in configs.items():
        done = run_hook(committed, config, env)
        output = done.stdout + done.stderr
        assert done.returncode != 0, output
        assert (
            'slos/orders.yaml:4:9: SLO401 [error] SLO "orders-availability" is not covered by '
            "any error-budget policy" in output
        ), hook_id
        assert "no ErrorBudgetPolicy was found" in output
    assert "  = reported because policies/orders.ebp.yaml changed" in output


def test_an_untracked_file_does_not_fail_a_commit(
    committed: Path, configs: dict[str, Path], env: dict[str, str]
) -> None:
    """pre-commit stashes unstaged changes but leaves untracked files: they are not linted."""
    _write(committed, {"slos/wip.yaml": slo("orders-wip", "1.0"), "NOTES.md": "notes\n"})
    _git("add", "NOTES.md", cwd=committed, env=env)
    for hook_id, config in configs.items():
        done = run_hook(committed, config, env)
        output = done.stdout + done.stderr
        assert done.returncode == 0, output
        assert "wip" not in output, hook_id


def test_pre_commit_all_files_lints_every_file(
    committed: Path, configs: dict[str, Path], env: dict[str, str]
) -> None:
    """``run --all-files`` stages nothing: the changed-files hook checks everything."""
    stage(committed, env, {"slos/perfect.yaml": slo("orders-perfect", "1.0")})
    _git("commit", "-q", "--no-verify", "-m", "perfect", cwd=committed, env=env)
    for hook_id, config in configs.items():
        done = run_hook(committed, config, env, "--all-files")
        output = done.stdout + done.stderr
        assert done.returncode != 0, output
        assert "slos/perfect.yaml:15:15: SLO201 [error]" in output, hook_id
    assert "nothing staged: checked every file of the repository" in output


def config_with_args(hook_repo: tuple[Path, str], folder: Path, args: list[str]) -> Path:
    path, rev = hook_repo
    config = folder / "with-args.yaml"
    hooks = [{"id": hook_id, "args": args} for hook_id in HOOK_IDS]
    config.write_text(json.dumps({"repos": [{"repo": str(path), "rev": rev, "hooks": hooks}]}))
    return config


def test_hook_args_carry_options(
    committed: Path,
    hook_repo: tuple[Path, str],
    tmp_path_factory: pytest.TempPathFactory,
    env: dict[str, str],
) -> None:
    """``args: [--fail-on, warning]`` and ``args: [-f, concise]`` are options, not paths."""
    calendar = "[{duration: 1M, calendar: {startTime: '2025-01-01 00:00:00', timeZone: UTC}}]"
    stage(committed, env, {"agreements/orders.sla.yaml": sla("99.5", calendar)})
    folder = tmp_path_factory.mktemp("args")
    strict = config_with_args(hook_repo, folder, ["--fail-on", "warning"])
    done = run_hook(committed, strict, env)
    output = done.stdout + done.stderr
    assert done.returncode != 0, output
    assert output.count("- exit code: 1") == 2  # both hooks fail on the SLO303 warning
    assert "does not exist" not in output
    concise = config_with_args(hook_repo, tmp_path_factory.mktemp("args"), ["-f", "concise"])
    done = run_hook(committed, concise, env)
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    assert output.count("slos/orders.yaml:15:15: SLO303 [warning] SLO target 0.999") == 2


def test_deleting_the_sli_fails_both_hooks(
    committed: Path, configs: dict[str, Path], env: dict[str, str]
) -> None:
    """The deleted file's old content, read from HEAD, names the SLI that disappeared."""
    _git("rm", "-q", "slis/orders.yaml", cwd=committed, env=env)
    for hook_id, config in configs.items():
        done = run_hook(committed, config, env)
        output = done.stdout + done.stderr
        assert done.returncode != 0, output
        assert (
            'slos/orders.yaml:9:17: SLO802 [error] indicatorRef names SLI "orders-success", '
            "which does not exist (dangling-reference)" in output
        ), hook_id
    assert "  = reported because slis/orders.yaml changed" in output


def test_renaming_the_sli_fails_on_the_slo_that_names_it(
    committed: Path, configs: dict[str, Path], env: dict[str, str]
) -> None:
    renamed = SLI.replace("name: orders-success", "name: orders-success-ratio")
    stage(committed, env, {"slis/orders.yaml": renamed})
    for hook_id, config in configs.items():
        done = run_hook(committed, config, env)
        output = done.stdout + done.stderr
        assert done.returncode != 0, output
        assert (
            'slos/orders.yaml:9:17: SLO802 [error] indicatorRef names SLI "orders-success", '
            'which does not exist; did you mean "orders-success-ratio"? (dangling-reference)'
            in output
        ), hook_id
    assert "  = reported because slis/orders.yaml changed" in output  # the changed-files hook


def test_a_json_slo_is_linted(
    committed: Path, configs: dict[str, Path], env: dict[str, str]
) -> None:
    document = {
        "apiVersion": "openslo/v1",
        "kind": "SLO",
        "metadata": {"name": "orders-json", "labels": {"service": "orders"}},
        "spec": {
            "service": "orders",
            "indicatorRef": "orders-success",
            "budgetingMethod": "Occurrences",
            "timeWindow": [{"duration": "28d", "isRolling": True}],
            "objectives": [{"target": 1.0}],
        },
    }
    stage(committed, env, {"slos/orders-json.json": json.dumps(document, indent=2) + "\n"})
    for hook_id, config in configs.items():
        done = run_hook(committed, config, env)
        output = done.stdout + done.stderr
        assert done.returncode != 0, output
        assert (
            # json.dumps puts "target": 1.0 on line 22, after 8 spaces and `"target": `
            "slos/orders-json.json:22:19: SLO201 [error] objective target 1.0 (100%)" in output
        ), hook_id


def test_a_warning_is_visible_although_the_hook_passes(
    committed: Path, configs: dict[str, Path], env: dict[str, str]
) -> None:
    """SLO303 (a warning) does not fail the commit, and pre-commit still shows it."""
    calendar = "[{duration: 1M, calendar: {startTime: '2025-01-01 00:00:00', timeZone: UTC}}]"
    stage(committed, env, {"agreements/orders.sla.yaml": sla("99.5", calendar)})
    for hook_id, config in configs.items():
        done = run_hook(committed, config, env)
        output = done.stdout + done.stderr
        assert done.returncode == 0, output
        assert "Passed" in output
        assert "slos/orders.yaml:15:15: SLO303 [warning] SLO target 0.999 (99.9%)" in output, (
            hook_id
        )


def test_a_helm_chart_is_not_an_error(
    committed: Path, configs: dict[str, Path], env: dict[str, str]
) -> None:
    stage(committed, env, {"chart/templates/deployment.yaml": HELM_TEMPLATE})
    for hook_id, config in configs.items():
        done = run_hook(committed, config, env)
        output = done.stdout + done.stderr
        assert done.returncode == 0, output
        assert "SLO001" not in output, hook_id


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


def test_changed_files_hook_on_one_file_sees_the_policy_in_another_file(
    make_repo: MakeRepo, changed_config: Path, env: dict[str, str]
) -> None:
    """A commit that touches only ``slos/a.yaml``.

    The policy covering it lives in an unchanged file and decides the verdict, so there is
    no SLO401. ``slos/b.yaml`` (target 1.0) is read, but it is not what the commit changes.
    """
    repo = make_repo(
        {
            "services/orders.yaml": SERVICE,
            "slis/orders.yaml": SLI,
            "slos/a.yaml": slo("orders-availability", "0.99"),
            "slos/b.yaml": slo("orders-perfection", "1.0"),
            "policies/orders.ebp.yaml": POLICY,
        }
    )
    _git("commit", "-q", "--no-verify", "-m", "start", cwd=repo, env=env)
    stage(repo, env, {"slos/a.yaml": slo("orders-availability", "0.999")})
    done = run_hook(repo, changed_config, env)
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

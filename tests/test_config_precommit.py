"""pre-commit for real: ``exclude`` holds in the hook, and a tracked file always counts.

The hook takes no file names: it lints the commit (the index). A Helm chart's templates
(not YAML until rendered) stay out through the configuration's ``exclude``; a file that
git tracks is linted even when ``.gitignore`` lists it (it was force-added), since git
alone decides what the project holds. The test runs ``pre-commit try-repo`` on this
checkout's snapshot (fixtures shared with ``test_precommit.py``).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from tests.test_config import HELM_TEMPLATE
from tests.test_precommit import (  # noqa: F401 (fixtures)
    POLICY,
    PRE_COMMIT,
    SERVICE,
    SLI,
    MakeRepo,
    _git,
    env,
    hook_repo,
    make_repo,
    slo,
)

pytestmark = pytest.mark.slow


def try_repo(
    repo: Path, hook: Path, environment: dict[str, str]
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(PRE_COMMIT), "try-repo", str(hook), "slolint", "--color", "never", "--all-files"],
        cwd=repo,
        env=environment,
        capture_output=True,
        text=True,
        timeout=1200,
    )


def test_excluded_helm_chart_is_skipped_and_a_force_added_file_is_linted(
    make_repo: MakeRepo,  # noqa: F811
    hook_repo: tuple[Path, str],  # noqa: F811
    env: dict[str, str],  # noqa: F811
) -> None:
    repo = make_repo(
        {
            "services/orders.yaml": SERVICE,
            "slis/orders.yaml": SLI,
            "slos/a.yaml": slo("orders-availability", "0.999"),
            "policies/orders.ebp.yaml": POLICY,
            "charts/orders/Chart.yaml": "apiVersion: v2\nname: orders\nversion: 0.1.0\n",
            "charts/orders/templates/slo.yaml": HELM_TEMPLATE,
            ".gitignore": "build/\n",
            ".slolint.yaml": "exclude: [charts/]\n",
        }
    )
    (repo / "build").mkdir()
    (repo / "build" / "untracked.yaml").write_text(slo("orders-untracked", "1.0"))
    done = try_repo(repo, hook_repo[0], env)
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    assert "Passed" in output

    # a tracked file counts whatever .gitignore says
    (repo / "build" / "generated.yaml").write_text(slo("orders-generated", "1.0"))
    _git("add", "-f", "build/generated.yaml", cwd=repo, env=env)
    done = try_repo(repo, hook_repo[0], env)
    output = done.stdout + done.stderr
    assert done.returncode != 0, output
    assert "build/generated.yaml:15:15: SLO201" in output
    assert "untracked" not in output

    # the control: without the exclusion the chart's template is a syntax error
    _git("rm", "-q", "--cached", "build/generated.yaml", cwd=repo, env=env)
    (repo / ".slolint.yaml").write_text("fail-on: error\n", encoding="utf-8")
    _git("add", ".slolint.yaml", cwd=repo, env=env)
    done = try_repo(repo, hook_repo[0], env)
    output = done.stdout + done.stderr
    assert done.returncode != 0, output
    assert "charts/orders/templates/slo.yaml:" in output and "SLO001" in output

"""pre-commit for real: ``exclude`` and ``.gitignore`` hold when pre-commit names the files.

pre-commit passes each changed file by name, so an exclusion that only applied to directory
walks would let a Helm chart's templates (not YAML until rendered) fail every commit. The
test runs ``pre-commit try-repo`` on this checkout's snapshot (fixtures shared with
``test_precommit.py``), naming the chart's files and a force-added, gitignored file.
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

NAMED = (
    "charts/orders/Chart.yaml",
    "charts/orders/templates/slo.yaml",
    "build/generated.yaml",
    "slos/a.yaml",
)


def try_repo(
    repo: Path, hook: Path, environment: dict[str, str]
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(PRE_COMMIT), "try-repo", str(hook), "slolint", "--color", "never", "--files", *NAMED],
        cwd=repo,
        env=environment,
        capture_output=True,
        text=True,
        timeout=1200,
    )


def test_excluded_helm_chart_and_ignored_folder_are_skipped_when_named(
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
    generated = repo / "build" / "generated.yaml"
    generated.parent.mkdir()
    generated.write_text(slo("orders-generated", "1.0"), encoding="utf-8")
    _git("add", "-f", "build/generated.yaml", cwd=repo, env=env)

    done = try_repo(repo, hook_repo[0], env)
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    assert "Passed" in output

    # the control: without the exclusions the same named files fail the hook
    (repo / ".slolint.yaml").write_text("respect-gitignore: false\n", encoding="utf-8")
    _git("add", "-A", cwd=repo, env=env)
    done = try_repo(repo, hook_repo[0], env)
    output = done.stdout + done.stderr
    assert done.returncode != 0, output
    assert "charts/orders/templates/slo.yaml:" in output and "SLO001" in output
    assert "build/generated.yaml:" in output and "SLO201" in output

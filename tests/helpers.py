"""Running slolint in a child process, as a user or a hook runs it."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

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

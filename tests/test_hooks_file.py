"""The pre-commit hook manifest ``.pre-commit-hooks.yaml`` at the repository root.

pre-commit reads this file from a tagged commit of the repository when a user lists
``id: slolint`` in their ``.pre-commit-config.yaml``. These checks are fast; the hook is run
for real by ``tests/test_precommit.py``.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest
from identify.identify import tags_from_filename
from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parents[1]
MANIFEST = ROOT / ".pre-commit-hooks.yaml"


def _hooks() -> list[dict[str, Any]]:
    hooks = YAML(typ="safe", pure=True).load(MANIFEST.read_text(encoding="utf-8"))
    assert isinstance(hooks, list)
    return hooks


def _slolint_hook() -> dict[str, Any]:
    (hook,) = [hook for hook in _hooks() if hook.get("id") == "slolint"]
    return hook


def test_manifest_declares_the_slolint_hook() -> None:
    hook = _slolint_hook()
    assert hook["name"] == "slolint"
    assert hook["entry"] == "slolint check --"
    assert hook["language"] == "python"
    assert hook["types"] == ["yaml"]
    # One process: the cross-file rules read the whole repository in every run anyway.
    assert hook["require_serial"] is True
    assert hook["description"]


def test_manifest_is_valid_for_pre_commit() -> None:
    """pre-commit's own loader validates the manifest and fills in the defaults."""
    clientlib = pytest.importorskip("pre_commit.clientlib")
    (hook,) = [h for h in clientlib.load_manifest(str(MANIFEST)) if h["id"] == "slolint"]
    assert hook["pass_filenames"] is True
    assert hook["files"] == ""
    assert hook["exclude"] == "^$"


def test_entry_is_the_installed_console_script() -> None:
    """``entry: slolint check`` runs the script that installing the package creates."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    program = _slolint_hook()["entry"].split()[0]
    assert project["scripts"][program] == "slolint.cli:main"


@pytest.mark.parametrize("filename", ["slos/x.yaml", "agreements/checkout.sla.yml"])
def test_types_match_slo_yaml_files(filename: str) -> None:
    """pre-commit passes a file only when it carries every tag in ``types``."""
    assert set(_slolint_hook()["types"]) <= tags_from_filename(filename)


def test_types_do_not_match_other_files() -> None:
    assert not set(_slolint_hook()["types"]) <= tags_from_filename("src/slolint/cli.py")

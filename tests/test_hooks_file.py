"""The pre-commit hook manifest ``.pre-commit-hooks.yaml`` at the repository root.

pre-commit reads this file from a tagged commit of the repository when a user lists
``id: slolint`` (or ``id: slolint-changed``) in their ``.pre-commit-config.yaml``. These
checks are fast; the hooks are run for real by ``tests/test_precommit.py``.
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
from identify.identify import tags_from_filename
from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parents[1]
MANIFEST = ROOT / ".pre-commit-hooks.yaml"
HOOK_IDS = ("slolint", "slolint-changed")


def _hooks() -> list[dict[str, Any]]:
    hooks = YAML(typ="safe", pure=True).load(MANIFEST.read_text(encoding="utf-8"))
    assert isinstance(hooks, list)
    return hooks


def _hook(hook_id: str) -> dict[str, Any]:
    (hook,) = [hook for hook in _hooks() if hook.get("id") == hook_id]
    return hook


def test_manifest_declares_exactly_the_two_hooks() -> None:
    assert [hook["id"] for hook in _hooks()] == list(HOOK_IDS)


def test_the_default_hook_lints_the_whole_repository_on_every_commit() -> None:
    """A deleted policy is never passed to a hook: only a repository run sees its effect."""
    hook = _hook("slolint")
    assert hook["name"] == "slolint"
    assert hook["entry"] == "slolint check --force-exclude"
    assert hook["language"] == "python"
    assert hook["pass_filenames"] is False
    assert hook["always_run"] is True
    assert hook["require_serial"] is True
    assert hook["description"]


def test_the_changed_files_hook_asks_git_what_the_commit_changes() -> None:
    """Deletions are never passed to a hook: ``--staged`` reads them from the index."""
    hook = _hook("slolint-changed")
    assert hook["entry"] == "slolint check --staged --force-exclude"
    assert hook["language"] == "python"
    assert hook["pass_filenames"] is False
    assert hook["always_run"] is True  # a commit that only deletes files runs it too
    assert hook["require_serial"] is True


@pytest.mark.parametrize("hook_id", HOOK_IDS)
def test_entry_takes_no_file_names_so_args_are_options(hook_id: str) -> None:
    """Without file names the entry needs no ``--``, and ``args: [--fail-on, warning]`` work."""
    assert "--" not in _hook(hook_id)["entry"].split()
    assert _hook(hook_id)["pass_filenames"] is False


@pytest.mark.parametrize("hook_id", HOOK_IDS)
def test_warnings_are_visible_on_a_passing_run(hook_id: str) -> None:
    """pre-commit prints a passing hook's output only with ``verbose``: SLO303 is a warning."""
    assert _hook(hook_id)["verbose"] is True


@pytest.mark.parametrize("hook_id", HOOK_IDS)
def test_hooks_trigger_on_yaml_and_json(hook_id: str) -> None:
    hook = _hook(hook_id)
    assert hook["types_or"] == ["yaml", "json"]
    assert "types" not in hook  # types would require every tag, types_or any of them
    assert hook["minimum_pre_commit_version"] == "2.9.0"  # the first with types_or


def test_manifest_is_valid_for_pre_commit() -> None:
    """pre-commit's own loader validates the manifest and fills in the defaults."""
    clientlib = pytest.importorskip("pre_commit.clientlib")
    hooks = {hook["id"]: hook for hook in clientlib.load_manifest(str(MANIFEST))}
    assert hooks["slolint"]["pass_filenames"] is False
    assert hooks["slolint-changed"]["pass_filenames"] is False
    for hook in hooks.values():
        assert hook["files"] == ""
        assert hook["exclude"] == "^$"
        assert hook["types"] == ["file"]  # the default; types_or does the selecting


def test_entry_is_the_installed_console_script() -> None:
    """``entry: slolint check ...`` runs the script that installing the package creates."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    for hook_id in HOOK_IDS:
        program = _hook(hook_id)["entry"].split()[0]
        assert project["scripts"][program] == "slolint.cli:main"


def test_entry_with_args_lints_the_whole_project(tmp_path: Path) -> None:
    """``pass_filenames: false`` runs the entry with the hook's ``args:`` and nothing else."""
    (tmp_path / "slo.yaml").write_text(
        "apiVersion: openslo/v1\nkind: SLO\nmetadata: {name: x}\nspec: {objectives: [{target: 1.0}]}\n"
    )
    entry = _hook("slolint")["entry"].split()[1:]
    done = subprocess.run(
        [sys.executable, "-m", "slolint", *entry, "-f", "concise", "--select", "SLO201"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, done.stderr) == (1, "")
    assert done.stdout.startswith("slo.yaml:4:30: SLO201 ")


@pytest.mark.parametrize(
    "filename", ["slos/x.yaml", "agreements/checkout.sla.yml", "slos/api.json"]
)
def test_types_match_slo_files(filename: str) -> None:
    """pre-commit passes a file when it carries any tag in ``types_or``."""
    assert set(_hook("slolint-changed")["types_or"]) & tags_from_filename(filename)


def test_types_do_not_match_other_files() -> None:
    types = set(_hook("slolint-changed")["types_or"])
    assert not types & tags_from_filename("src/slolint/cli.py")
    assert not types & tags_from_filename("README.md")

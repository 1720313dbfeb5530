"""The built wheel works on its own: installed into a fresh virtualenv, run outside the checkout.

This proves that the JSON Schemas ship inside the package and are loaded with
``importlib.resources`` from the installed wheel, not read from the source tree; that the
license travels with both distributions and development-only code stays out of the wheel;
and that the oldest and the newest supported Python run it (where the machine has them).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from slolint import __version__

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
SCHEMAS = (
    "slolint/schemas/openslo-v1/slo.schema.json",
    "slolint/schemas/openslo-v1/defs.schema.json",
    "slolint/schemas/slolint-v1alpha1/sla.schema.json",
    "slolint/schemas/slolint-v1alpha1/errorbudgetpolicy.schema.json",
    "slolint/schemas/catalog.json",
    "slolint/schemas/bundled/openslo-v1/slo.schema.json",
    "slolint/schemas/bundled/slolint-v1alpha1/sla.schema.json",
)
DEVELOPMENT_ONLY = ("slolint/_fastschema/generate.py",)
"""Imports fastjsonschema, which is not a runtime dependency."""
LICENSE = "slolint-{version}.dist-info/licenses/LICENSE"
OLDEST_AND_NEWEST = ("python3.11", "python3.13")
"""The ends of ``requires-python`` and of the classifiers (see tests/test_packaging.py)."""

DELIBERATE = ("SLO101", "SLO102", "SLO201", "SLO301", "SLO401", "SLO802")
"""The deliberate findings of examples/ (each marked ``# deliberate:`` in its file)."""

BAD_SLO = """\
apiVersion: openslo/v1
kind: SLO
metadata:
  name: checkout-availability
spec:
  service: checkout
  owner: checkout-team
  indicator:
    metadata:
      name: checkout-success
    spec:
      ratioMetric:
        counter: true
        good: {metricSource: {type: Prometheus, spec: {query: 'sum(ok_total)'}}}
        total: {metricSource: {type: Prometheus, spec: {query: 'sum(requests_total)'}}}
  budgetingMethod: Occurrences
  timeWindow:
    - duration: 28d
      isRolling: true
  objectives:
    - target: 1.0
"""


def _clean_env() -> dict[str, str]:
    """Nothing that could make the venv's Python import slolint from the checkout."""
    hidden = ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PYTHONSTARTUP")
    return {k: v for k, v in os.environ.items() if k not in hidden and not k.startswith("GIT_")}


def _run(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(arg) for arg in args],
        cwd=cwd,
        env=_clean_env(),
        capture_output=True,
        text=True,
        timeout=900,
    )


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    done = _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", dist, ROOT, cwd=dist)
    assert done.returncode == 0, done.stdout + done.stderr
    (built,) = dist.glob("slolint-*.whl")
    return built


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory, wheel: Path) -> Path:
    """A fresh virtualenv with the wheel and its dependencies from the package index."""
    path = tmp_path_factory.mktemp("venv")
    outside = tmp_path_factory.mktemp("outside")
    done = _run(sys.executable, "-m", "venv", path, cwd=outside)
    assert done.returncode == 0, done.stderr
    done = _run(path / "bin" / "python", "-m", "pip", "install", "-q", wheel, cwd=outside)
    assert done.returncode == 0, done.stdout + done.stderr
    return path


def test_wheel_contains_the_schemas(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    assert set(SCHEMAS) <= names
    assert "slolint/__init__.py" in names
    assert not any(name.startswith(("tests/", "examples/")) for name in names)


def test_wheel_carries_the_license_and_no_development_code(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        license_text = archive.read(LICENSE.format(version=__version__)).decode("utf-8")
        metadata = archive.read(f"slolint-{__version__}.dist-info/METADATA").decode("utf-8")
    assert license_text == (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "Apache License\n                           Version 2.0, January 2004" in license_text
    assert "License-Expression: Apache-2.0" in metadata.splitlines()
    assert "Requires-Python: >=3.11" in metadata.splitlines()
    assert names.isdisjoint(DEVELOPMENT_ONLY)
    assert "slolint/_fastschema/generated.py" in names  # the runtime half stays


def test_sdist_carries_the_license_and_what_the_tests_need(tmp_path: Path) -> None:
    done = _run(sys.executable, "-m", "build", "--sdist", "--outdir", tmp_path, ROOT, cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    (sdist,) = tmp_path.glob("slolint-*.tar.gz")
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    expected = {"LICENSE", "CHANGELOG.md", "README.md", "pyproject.toml", "Makefile"}
    expected |= {"src/slolint/_fastschema/generate.py", "schemas/catalog.json"}
    assert expected <= names
    assert "examples/slos/checkout.yaml" in names


def find_python(name: str) -> str | None:
    """``name`` on PATH, or in a pyenv installation (whose shims only run the active one)."""
    pyenv = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv"))
    version = name.removeprefix("python")
    candidates = [shutil.which(name)]
    candidates += [str(p) for p in sorted(pyenv.glob(f"versions/{version}.*/bin/{name}"))]
    for candidate in candidates:
        if candidate and _run(candidate, "-c", "pass", cwd=ROOT).returncode == 0:
            return candidate
    return None


@pytest.mark.parametrize("python", OLDEST_AND_NEWEST)
def test_oldest_and_newest_python_lint_the_examples(
    python: str, wheel: Path, tmp_path: Path
) -> None:
    interpreter = find_python(python)
    if interpreter is None:
        pytest.skip(f"{python} is not installed on this machine")
    path = tmp_path / "venv"
    done = _run(interpreter, "-m", "venv", path, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    done = _run(path / "bin" / "python", "-m", "pip", "install", "-q", wheel, cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    done = _run(path / "bin" / "slolint", "check", "-f", "concise", ".", cwd=ROOT / "examples")
    assert done.returncode == 1, done.stdout + done.stderr
    codes = {line.split(" ")[1] for line in done.stdout.splitlines()}
    assert set(DELIBERATE) <= codes
    assert "SLO000" not in codes
    here = _run(
        sys.executable, "-m", "slolint", "check", "-f", "concise", ".", cwd=ROOT / "examples"
    )
    assert done.stdout == here.stdout  # the same findings as the checkout under test


def test_installed_slolint_is_imported_from_the_venv(venv: Path, tmp_path: Path) -> None:
    done = _run(
        venv / "bin" / "python", "-c", "import slolint; print(slolint.__file__)", cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    assert Path(done.stdout.strip()).resolve().is_relative_to(venv.resolve())


def test_installed_slolint_finds_a_violation(venv: Path, tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    (repo / "slos").mkdir(parents=True)
    (repo / "slos" / "checkout.yaml").write_text(BAD_SLO, encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    done = _run(venv / "bin" / "slolint", "check", repo, cwd=elsewhere)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "SLO201" in done.stdout  # the rule: target 1.0 leaves no error budget
    assert "SLO102" in done.stdout  # the schema: spec.owner is not an OpenSLO field
    assert "SLO000" not in done.stdout  # no internal error
    assert done.stderr.splitlines() == [
        f"slolint: note: {repo} is outside the current directory and no slolint "
        f"configuration marks its project: cross-file rules see only {repo}"
    ]


def test_installed_module_prints_the_version(venv: Path, tmp_path: Path) -> None:
    done = _run(venv / "bin" / "python", "-m", "slolint", "--version", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert __version__ in done.stdout

"""Package metadata that users and installers rely on, checked without building anything.

The slow half (building the wheel and sdist, installing them on the oldest and newest Python)
is in tests/test_wheel.py.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from slolint import __version__

ROOT = Path(__file__).resolve().parents[1]


def project() -> dict[str, Any]:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        loaded: dict[str, Any] = tomllib.load(handle)["project"]
    return loaded


def test_python_classifiers_match_requires_python() -> None:
    meta = project()
    assert meta["requires-python"] == ">=3.11"
    minors = sorted(
        int(match[1])
        for classifier in meta["classifiers"]
        if (match := re.fullmatch(r"Programming Language :: Python :: 3\.(\d+)", classifier))
    )
    assert minors == [11, 12, 13]


def test_classifiers_name_status_and_topic_and_the_license_is_an_expression() -> None:
    classifiers = project()["classifiers"]
    assert sum(c.startswith("Development Status :: ") for c in classifiers) == 1
    assert "Topic :: Software Development :: Quality Assurance" in classifiers
    # PEP 639: a license expression replaces the license classifiers, and build back-ends
    # refuse both at once.
    assert project()["license"] == "Apache-2.0"
    assert project()["license-files"] == ["LICENSE"]
    assert not any(c.startswith("License :: ") for c in classifiers)


def test_license_is_the_apache_2_text() -> None:
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.lstrip().startswith("Apache License\n                           Version 2.0")
    assert "END OF TERMS AND CONDITIONS" in text
    assert len(text.splitlines()) == 202


def test_version_lives_in_one_place() -> None:
    meta = project()
    assert "version" not in meta
    assert meta["dynamic"] == ["version"]
    init = (ROOT / "src" / "slolint" / "__init__.py").read_text(encoding="utf-8")
    assert re.findall(r'^__version__ = "([^"]+)"$', init, re.M) == [__version__]


def test_changelog_follows_keep_a_changelog() -> None:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert text.startswith("# Changelog\n")
    assert "https://keepachangelog.com/" in text
    releases = re.findall(r"^## \[([^\]]+)\]", text, re.M)
    assert releases and releases[0] == "Unreleased"
    allowed = {"Added", "Changed", "Deprecated", "Removed", "Fixed", "Security"}
    assert set(re.findall(r"^### (.+)$", text, re.M)) <= allowed
    for release in releases:
        assert re.search(rf"^\[{re.escape(release)}\]: https://", text, re.M), release


def test_development_commands_are_in_contributing_and_named_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    contributing = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    assert readme.index("## Install") < readme.index("## Use in CI") < readme.index("## Usage")
    for command in ("make demo", "make test"):
        assert command in readme
    for heading in ("## How to add a rule", "## How to add a format", "## How a release is cut"):
        assert heading in contributing
    for command in ("make test-fast", "make bench", "make schemas-code", "make dist"):
        assert command in contributing
        assert command not in readme.split("## Install", 1)[0]


def test_make_dist_checks_and_tries_the_distributions() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = makefile.split("\ndist:", 1)[1].split("\n\n", 1)[0]
    assert "-m build" in recipe
    assert "twine check --strict" in recipe
    assert "-m venv" in recipe
    assert "slolint check" in recipe

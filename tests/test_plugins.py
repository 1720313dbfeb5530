"""Rule plugins: a package with a ``slolint.rules`` entry point adds rules that run and are listed.

The plugin is "installed" the way pip leaves a package: a module and a ``.dist-info`` folder
with ``entry_points.txt`` on ``sys.path`` (here through ``PYTHONPATH``), which is all that
``importlib.metadata`` reads.
"""

from __future__ import annotations

import os
import subprocess
import tomllib
from pathlib import Path

import pytest
from tests.test_suppress import slo

from helpers import run_slolint

ROOT = Path(__file__).resolve().parents[1]

PLUGIN = '''\
"""A tiny third-party rule: SLO names start with their service's name."""

from slolint.findings import Severity, violation
from slolint.registry import rule


@rule("ACME101", "slo-name-prefix", Severity.WARNING, "SLO names start with the service name")
def slo_name_prefix(workspace):
    """SLO names start with the service name, so that dashboards group them."""
    for item in workspace.slos:
        if item.service and not item.name.startswith(item.service):
            yield violation(
                "ACME101",
                item.resource.location,
                f"SLO name does not start with its service {item.service}",
                obj=item.resource.ref,
            )
'''


def install(site: Path, module: str, source: str, value: str) -> None:
    (site / f"{module}.py").write_text(source, encoding="utf-8")
    info = site / f"{module}-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {module.replace('_', '-')}\nVersion: 0.1\n",
        encoding="utf-8",
    )
    (info / "entry_points.txt").write_text(f"[slolint.rules]\nacme = {value}\n", encoding="utf-8")


def slolint(*args: str, cwd: Path, site: Path) -> subprocess.CompletedProcess[str]:
    path = os.pathsep.join([str(site), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    return run_slolint(*args, cwd=cwd, env={"PYTHONPATH": path})


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    (root / ".git").mkdir(parents=True)
    (root / "slo.yaml").write_text(slo(name="availability"), encoding="utf-8")
    return root


def test_plugin_rule_runs_and_is_listed(repo: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    install(site, "acme_slo_rules", PLUGIN, "acme_slo_rules")
    listing = slolint("rules", cwd=repo, site=site)
    assert listing.returncode == 0, listing.stderr
    assert listing.stdout.splitlines()[0].split()[:3] == ["ACME101", "slo-name-prefix", "warning"]
    done = slolint("check", "-f", "concise", "--select", "ACME1", "slo.yaml", cwd=repo, site=site)
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == (
        "slo.yaml:4:9: ACME101 [warning] SLO name does not start with its service checkout "
        "(slo-name-prefix)\n"
    )
    explained = slolint("rule", "ACME101", cwd=repo, site=site)
    assert "SLO names start with the service name, so that dashboards group them." in (
        explained.stdout
    )


def test_plugin_function_entry_point_is_called(repo: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    source = "def register():\n    import acme_inner  # noqa: F401\n"
    (site / "acme_inner.py").write_text(PLUGIN, encoding="utf-8")
    install(site, "acme_hook", source, "acme_hook:register")
    listing = slolint("rules", "--output-format", "json", cwd=repo, site=site)
    assert '"code": "ACME101"' in listing.stdout


def test_broken_plugin_is_one_line_and_exit_2(repo: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    install(site, "acme_broken", "raise RuntimeError('boom')\n", "acme_broken")
    done = slolint("check", "slo.yaml", cwd=repo, site=site)
    assert done.returncode == 2
    assert done.stderr == (
        "slolint: error: cannot load rule plugin 'acme' (acme_broken): RuntimeError: boom\n"
    )


def test_builtin_rules_register_through_the_same_entry_point_group() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    points = project["project"]["entry-points"]["slolint.rules"]
    assert points == {"builtin": "slolint.rules:register_builtins"}


def test_rule_options_reach_the_rule_and_are_validated_by_its_schema(
    repo: Path, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    site.mkdir()
    with_options = PLUGIN.replace(
        '"SLO names start with the service name")',
        '"SLO names start with the service name",\n'
        '       options={"properties": {"separator": {"type": "string", "maxLength": 1}}})',
    )
    with_options = with_options.replace(
        "            yield violation(",
        '            options = workspace.rule_options("ACME101", item.resource.origin.file)\n'
        '            separator = options.get("separator", "?")\n'
        "            yield violation(",
    ).replace('{item.service}",', '{item.service}{separator}",')
    install(site, "acme_slo_rules", with_options, "acme_slo_rules")
    config = repo / ".slolint.yaml"
    config.write_text("rules:\n  slo-name-prefix:\n    separator: '-'\n", encoding="utf-8")
    done = slolint("check", "-f", "concise", "--select", "ACME101", "slo.yaml", cwd=repo, site=site)
    assert done.stdout == (
        "slo.yaml:4:9: ACME101 [warning] SLO name does not start with its service checkout- "
        "(slo-name-prefix)\n"
    )
    config.write_text("rules:\n  slo-name-prefix:\n    separator: '--'\n", encoding="utf-8")
    done = slolint("check", "slo.yaml", cwd=repo, site=site)
    assert (done.returncode, done.stderr) == (
        2,
        ".slolint.yaml:3:16: rules.slo-name-prefix.separator: '--' is too long\n",
    )
    config.write_text("rules:\n  ACME101: {prefix: x}\n", encoding="utf-8")
    done = slolint("check", "slo.yaml", cwd=repo, site=site)
    assert done.stderr == (
        ".slolint.yaml:2:13: rules.ACME101: rule ACME101 has no option 'prefix' "
        "(options: separator)\n"
    )


def test_declared_plugins_agree_with_importlib_metadata(tmp_path: Path) -> None:
    """The fast reader of entry_points.txt finds what importlib.metadata finds."""
    from importlib.metadata import distributions

    from slolint.rules import GROUP, declared_plugins

    first = tmp_path / "first"
    second = tmp_path / "second"
    (first / "acme_rules-1.0.dist-info").mkdir(parents=True)
    (first / "acme_rules-1.0.dist-info" / "entry_points.txt").write_text(
        "[console_scripts]\nacme = acme:main\n\n"
        "[slolint.rules]\n# a comment\nacme = acme_rules.checks:register\n"
        "bare = acme_rules.module\n\n[other]\nx = y:z\n"
    )
    (first / "acme_rules-1.0.dist-info" / "METADATA").write_text("Name: acme-rules\n")
    (second / "older.egg-info").mkdir(parents=True)
    (second / "older.egg-info" / "entry_points.txt").write_text(
        "[slolint.rules]\nolder = older.rules:go\n"
    )
    (second / "older.egg-info" / "PKG-INFO").write_text("Name: older\n")
    path = [str(first), str(second)]
    ours = declared_plugins(path)
    theirs = sorted(
        (e.name, e.value)
        for dist in distributions(path=path)
        for e in dist.entry_points.select(group=GROUP)
    )
    assert (
        ours
        == theirs
        == [
            ("acme", "acme_rules.checks:register"),
            ("bare", "acme_rules.module"),
            ("older", "older.rules:go"),
        ]
    )


def test_plugins_are_never_declared_by_the_current_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A checked-out pull request is the working directory in CI: its ``*.dist-info`` folders
    are not read, whichever way the directory is on the path (``''``, relative or absolute)."""
    from slolint.rules import declared_plugins

    checkout = tmp_path / "checkout"
    (checkout / "evil.dist-info").mkdir(parents=True)
    (checkout / "evil.dist-info" / "entry_points.txt").write_text(
        "[slolint.rules]\nevil = evilplugin\n", encoding="utf-8"
    )
    (checkout / "sub").mkdir()
    monkeypatch.chdir(checkout / "sub")
    assert declared_plugins([".."]) == []
    monkeypatch.chdir(checkout)
    assert declared_plugins(["", ".", "./", str(checkout), str(checkout / ".." / "checkout")]) == []
    (tmp_path / "checkout-link").symlink_to(checkout)
    assert declared_plugins([str(tmp_path / "checkout-link")]) == []
    elsewhere = tmp_path / "site"
    elsewhere.mkdir()
    (checkout / "evil.dist-info").rename(elsewhere / "evil.dist-info")
    assert declared_plugins([str(elsewhere)]) == [("evil", "evilplugin")]

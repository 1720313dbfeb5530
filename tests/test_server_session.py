"""The editor session behind ``slolint server``, without the protocol: what it re-reads.

An edit re-reads the edited buffer only; the project's other files stay loaded from the
first open. Counts, not clocks, prove it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from slolint.findings import Position
from slolint.server.convert import to_range, utf16_column
from slolint.server.session import Session

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SLO_FILE = "slos/payments.yaml"
SLA_FILE = "agreements/payments-merchants.sla.yaml"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    target = tmp_path / "project"
    shutil.copytree(EXAMPLES, target)
    return target


def codes(session: Session, root: Path, path: Path) -> list[tuple[str, int]]:
    outcome = session.lint(root)
    return sorted((f.code, f.position.line) for f in outcome.findings[str(path)])


def test_an_edit_rereads_only_the_edited_buffer(project: Path) -> None:
    files = sorted(
        p for p in project.rglob("*") if p.is_file() and p.suffix in (".yaml", ".yml", ".json")
    )
    assert len(files) == 18  # 17 SLO files and .slolint.yaml
    session = Session(project)
    slo, sla = project / SLO_FILE, project / SLA_FILE
    root = session.open(str(slo), slo.read_text(encoding="utf-8"))
    world = session.worlds[root]
    assert world.processed == 18
    assert codes(session, root, slo) == [("SLO301", 26), ("SLO401", 33), ("SLO802", 39)]

    text = sla.read_text(encoding="utf-8")
    session.open(str(sla), text)
    lowered = text.replace("      targetPercent: 99.9\n", "      targetPercent: 99.5\n")
    assert lowered != text
    for _ in range(3):
        session.open(str(sla), lowered)
    assert codes(session, root, slo) == [("SLO401", 33), ("SLO802", 39)]
    assert world.processed == 18  # nothing more read from disk
    assert session.processed_buffers == 5
    assert sla.read_text(encoding="utf-8") == text  # never written

    session.close(str(sla))  # back to the file on disk: the SLA is 99.9% again
    assert codes(session, root, slo) == [("SLO301", 26), ("SLO401", 33), ("SLO802", 39)]


def test_a_second_file_of_the_project_reuses_the_loaded_world(project: Path) -> None:
    session = Session(project)
    first = session.open(str(project / SLO_FILE), (project / SLO_FILE).read_text("utf-8"))
    other = project / "slos" / "search.yaml"
    second = session.open(str(other), other.read_text("utf-8"))
    assert first == second
    assert len(session.worlds) == 1
    assert session.worlds[first].processed == 18
    assert codes(session, first, other) == [("SLO101", 30), ("SLO102", 33), ("SLO201", 21)]


def test_a_saved_file_is_read_again_from_disk(project: Path) -> None:
    session = Session(project)
    slo, sla = project / SLO_FILE, project / SLA_FILE
    root = session.open(str(slo), slo.read_text(encoding="utf-8"))
    text = sla.read_text(encoding="utf-8")
    sla.write_text(text.replace("targetPercent: 99.9\n", "targetPercent: 99.5\n"), "utf-8")
    assert codes(session, root, slo)[0] == ("SLO301", 26)  # not told yet
    session.saved(str(sla))
    assert session.worlds[root].processed == 19
    assert codes(session, root, slo) == [("SLO401", 33), ("SLO802", 39)]


def test_columns_count_utf16_code_units() -> None:
    line = 'name: "\U0001f600 x"'
    assert utf16_column(line, 0) == 0
    assert utf16_column(line, 7) == 7  # the emoji is character 7 (0-based)
    assert utf16_column(line, 8) == 9  # after it: two UTF-16 code units
    assert utf16_column(line, 9) == 10
    assert utf16_column(None, 9) == 9
    span = to_range("f", Position(1, 10, 1, 11), lambda path, number: line)
    assert (span.start.line, span.start.character, span.end.character) == (0, 10, 11)


def test_readme_has_client_settings_for_three_editors() -> None:
    import json
    import re

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n### `slolint server`", 1)[1].split("\n## ", 1)[0]
    (vscode,) = re.findall(r"```json\n(.*?)```", section, re.S)
    settings = json.loads(vscode)
    assert settings["glspc.server.command"] == "slolint"
    assert settings["glspc.server.commandArguments"] == ["server"]
    (lua,) = re.findall(r"```lua\n(.*?)```", section, re.S)
    assert 'cmd = { "slolint", "server" }' in lua
    (toml,) = re.findall(r"```toml\n(.*?)```", section, re.S)
    import tomllib

    helix = tomllib.loads(toml)
    assert helix["language-server"]["slolint"] == {"command": "slolint", "args": ["server"]}
    assert {lang["name"] for lang in helix["language"]} == {"yaml", "json"}


def test_server_without_the_extra_is_one_line_and_exit_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import sys

    from slolint import cli

    monkeypatch.delitem(sys.modules, "slolint.server.protocol", raising=False)
    monkeypatch.setitem(sys.modules, "pygls.lsp.server", None)  # as if pygls were absent
    assert cli.main(["server"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (
        "slolint: error: the language server needs pygls and lsprotocol "
        "(pygls.lsp.server is missing); install the extra slolint[server]\n"
    )

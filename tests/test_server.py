"""``slolint server`` end to end, as an editor drives it (pytest-lsp starts it as a child).

The findings in the editor are those of ``slolint check`` for the same file in its project
(configuration and cross-file context included); an unsaved edit of an SLA updates the
SLO301 of the SLO open beside it, and nothing is written to disk.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

from helpers import AMBIENT, run_slolint

pytestmark = [pytest.mark.slow, pytest.mark.asyncio(loop_scope="function")]

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"

SERVER_ENV = {k: v for k, v in os.environ.items() if k not in AMBIENT}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of examples/, a project of its own (its .slolint.yaml sets context-root)."""
    target = tmp_path / "project"
    shutil.copytree(EXAMPLES, target)
    return target


@pytest_lsp.fixture(
    config=ClientServerConfig(
        server_command=[sys.executable, "-m", "slolint", "server"], server_env=SERVER_ENV
    )
)
async def client(lsp_client: LanguageClient, project: Path) -> AsyncIterator[None]:
    await lsp_client.initialize_session(
        types.InitializeParams(
            capabilities=client_capabilities("visual-studio-code"),
            root_uri=project.as_uri(),
            workspace_folders=[types.WorkspaceFolder(project.as_uri(), "project")],
        )
    )
    yield
    await lsp_client.shutdown_session()


async def published(client: LanguageClient, *uris: str) -> dict[str, list[types.Diagnostic]]:
    """Wait (bounded) until every URI got diagnostics since the last clear."""
    async with asyncio.timeout(60):
        while not all(uri in client.diagnostics for uri in uris):
            await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    return {uri: list(client.diagnostics[uri]) for uri in uris}


def open_file(client: LanguageClient, path: Path, text: str | None = None) -> str:
    uri = path.as_uri()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            types.TextDocumentItem(
                uri=uri,
                language_id="yaml",
                version=1,
                text=path.read_text(encoding="utf-8") if text is None else text,
            )
        )
    )
    return uri


def change_file(client: LanguageClient, uri: str, text: str, version: int = 2) -> None:
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            [types.TextDocumentContentChangeWholeDocument(text=text)],
        )
    )


def summary(diagnostics: list[types.Diagnostic]) -> list[tuple[str, int, int, int, int]]:
    """(code, line, column, end line, end column), 1-based like slolint's own output."""
    return sorted(
        (
            str(d.code),
            d.range.start.line + 1,
            d.range.start.character + 1,
            d.range.end.line + 1,
            d.range.end.character + 1,
        )
        for d in diagnostics
    )


def check_json(project: Path, file: str) -> list[tuple[str, int, int, int, int]]:
    """What ``slolint check FILE`` reports in FILE: the reference for the editor."""
    done = run_slolint("check", "--no-cache", "-f", "json", file, cwd=project)
    assert done.returncode in (0, 1), done.stderr
    report: dict[str, Any] = json.loads(done.stdout)
    return sorted(
        (
            f["code"],
            f["location"]["line"],
            f["location"]["column"],
            f["end_location"]["line"],
            f["end_location"]["column"],
        )
        for f in report["findings"]
        if f["file"] == file
    )


SLO_FILE = "slos/payments.yaml"
SLA_FILE = "agreements/payments-merchants.sla.yaml"
SLO301 = ("SLO301", 26, 22, 26, 26)
"""slos/payments.yaml:26:22: the objective's ``targetPercent: 99.9`` (four characters)."""


@pytest.mark.usefixtures("client")
async def test_open_gives_the_findings_of_slolint_check(
    client: LanguageClient, project: Path
) -> None:
    uri = open_file(client, project / SLO_FILE)
    found = (await published(client, uri))[uri]
    assert summary(found) == check_json(project, SLO_FILE)
    assert SLO301 in summary(found)
    assert {str(d.code) for d in found} == {"SLO301", "SLO401", "SLO802"}
    (slo301,) = [d for d in found if d.code == "SLO301"]
    assert slo301.severity == types.DiagnosticSeverity.Error
    assert slo301.source == "slolint"
    assert slo301.code_description is not None
    assert slo301.code_description.href == "https://github.com/slolint/slolint#rules"
    assert slo301.message == (
        'SLO target 99.9% is not stricter than SLA "payments-merchants" target 99.9% '
        f"({SLA_FILE}:17); raise the SLO target above the SLA"
    )
    (related,) = slo301.related_information or []
    assert related.location.uri == (project / SLA_FILE).as_uri()
    assert related.location.range.start == types.Position(16, 21)


@pytest.mark.usefixtures("client")
async def test_an_unsaved_sla_edit_updates_the_slo_open_beside_it(
    client: LanguageClient, project: Path
) -> None:
    slo_uri = open_file(client, project / SLO_FILE)
    sla_path = project / SLA_FILE
    original = sla_path.read_text(encoding="utf-8")
    sla_uri = open_file(client, sla_path)
    before = await published(client, slo_uri, sla_uri)
    assert SLO301 in summary(before[slo_uri])
    assert summary(before[sla_uri]) == check_json(project, SLA_FILE)

    client.diagnostics.clear()
    lowered = original.replace("      targetPercent: 99.9\n", "      targetPercent: 99.5\n")
    assert lowered != original
    change_file(client, sla_uri, lowered)
    after = await published(client, slo_uri, sla_uri)
    assert {str(d.code) for d in after[slo_uri]} == {"SLO401", "SLO802"}  # SLO301 is gone
    assert sla_path.read_text(encoding="utf-8") == original  # linted from memory only

    client.diagnostics.clear()
    broken = lowered.replace("  service: payments\n", "  service: payments\n  servce: x\n")
    change_file(client, sla_uri, broken, version=3)
    again = await published(client, sla_uri)
    assert [
        (str(d.code), d.range.start.line + 1, d.range.start.character + 1) for d in again[sla_uri]
    ] == [("SLO102", 11, 3)]


@pytest.mark.usefixtures("client")
async def test_hover_over_a_finding_shows_the_rule(client: LanguageClient, project: Path) -> None:
    uri = open_file(client, project / SLO_FILE)
    await published(client, uri)
    hover = await client.text_document_hover_async(
        types.HoverParams(types.TextDocumentIdentifier(uri), types.Position(25, 23))
    )
    assert hover is not None
    assert isinstance(hover.contents, types.MarkupContent)
    expected = run_slolint("rule", "SLO301", cwd=project).stdout
    assert hover.contents.value == expected
    assert hover.contents.value.startswith("# SLO301 slo-not-stricter-than-sla\n")
    nothing = await client.text_document_hover_async(
        types.HoverParams(types.TextDocumentIdentifier(uri), types.Position(0, 0))
    )
    assert nothing is None


@pytest.mark.usefixtures("client")
async def test_suppressions_and_configuration_apply(client: LanguageClient, project: Path) -> None:
    (project / ".slolint.yaml").write_text("context-root: .\nignore: [SLO802]\n", "utf-8")
    path = project / SLO_FILE
    original = path.read_text(encoding="utf-8")
    text = original.replace(
        "targetPercent: 99.9  # deliberate: SLO301",
        "targetPercent: 99.9  # slolint: ignore[SLO301] -- the contract allows it",
    )
    assert text != original
    uri = open_file(client, path, text)
    found = await published(client, uri)
    assert {str(d.code) for d in found[uri]} == {"SLO401"}

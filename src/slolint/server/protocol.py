"""The Language Server Protocol side of ``slolint server`` (pygls 2, lsprotocol).

Diagnostics are published on open, change and save for YAML and JSON files, for every open
file of the edited file's project (a changed SLA changes its SLOs' SLO301); hovering a code
in a diagnostic shows the rule's documentation, as ``slolint rule CODE`` prints it. The
text is always the editor's buffer: nothing is written to disk.
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import from_fs_path, to_fs_path

from slolint import __version__
from slolint.config import ConfigError
from slolint.findings import Finding
from slolint.registry import RULES
from slolint.server.convert import SOURCE, to_diagnostic
from slolint.server.session import Session

DEBOUNCE_SECONDS = 0.15
"""How long typing must pause before a changed buffer's project is linted again."""


class SlolintServer(LanguageServer):
    """A pygls server holding one :class:`Session` for the workspace root."""

    def __init__(self) -> None:
        super().__init__(
            SOURCE, __version__, text_document_sync_kind=types.TextDocumentSyncKind.Full
        )
        self.session: Session | None = None
        self.published: dict[str, list[types.Diagnostic]] = {}
        """What each URI shows now, for hover."""
        self.generations: dict[Path, int] = {}
        """Changes per world, so that only the last change of a burst lints."""

    def ensure_session(self) -> Session:
        if self.session is None:
            root = self.workspace.root_path
            self.session = Session(Path(root) if root else Path(os.getcwd()))
        return self.session

    def line_text(self, path: str, line: int) -> str | None:
        session = self.ensure_session()
        buffer = session.buffers.get(path)
        if buffer is None:
            return None
        lines = buffer.text.splitlines()
        return lines[line] if 0 <= line < len(lines) else None

    def path_of(self, file: str) -> str:
        return os.path.abspath(os.path.join(self.ensure_session().cwd, file))

    def publish(self, root: Path) -> None:
        session = self.ensure_session()
        outcome = session.lint(root)
        for message in outcome.errors:
            self.window_log_message(types.LogMessageParams(types.MessageType.Error, message))
        for path, findings in outcome.findings.items():
            self.send(path, findings)

    def send(self, path: str, findings: list[Finding]) -> None:
        uri = uri_of(path)
        diagnostics = [to_diagnostic(f, self.path_of, uri_of, self.line_text) for f in findings]
        self.published[uri] = diagnostics
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics)
        )

    def update(self, uri: str) -> Path | None:
        """Re-read one buffer from the editor's text; the root of its world, if linted."""
        path = path_of_uri(uri)
        session = self.ensure_session()
        if path is None or not session.lintable(path):
            return None
        document = self.workspace.get_text_document(uri)
        try:
            return session.open(path, document.source)
        except ConfigError as exc:
            self.window_show_message(types.ShowMessageParams(types.MessageType.Error, str(exc)))
            return None

    def lint_document(self, uri: str) -> None:
        root = self.update(uri)
        if root is not None:
            self.publish(root)

    async def lint_soon(self, uri: str) -> None:
        """Lint after a pause in typing: a burst of changes costs one pass, not one each."""
        root = self.update(uri)
        if root is None:
            return
        generation = self.generations[root] = self.generations.get(root, 0) + 1
        await asyncio.sleep(DEBOUNCE_SECONDS)
        if self.generations.get(root) == generation:
            self.publish(root)


def uri_of(path: str) -> str:
    return from_fs_path(path) or Path(path).as_uri()


def path_of_uri(uri: str) -> str | None:
    path = to_fs_path(uri)
    return os.path.abspath(path) if path else None


def hover_text(code: str) -> str | None:
    """The documentation of a rule, as ``slolint rule CODE`` prints it."""
    entry = RULES.get(code)
    if entry is None:
        return None
    from slolint.commands import rule_doc

    return rule_doc(entry)


def build() -> SlolintServer:
    server = SlolintServer()

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: SlolintServer, params: types.DidOpenTextDocumentParams) -> None:
        ls.lint_document(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    async def did_change(ls: SlolintServer, params: types.DidChangeTextDocumentParams) -> None:
        await ls.lint_soon(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: SlolintServer, params: types.DidSaveTextDocumentParams) -> None:
        path = path_of_uri(params.text_document.uri)
        if path is not None:
            ls.ensure_session().saved(path)
        ls.lint_document(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: SlolintServer, params: types.DidCloseTextDocumentParams) -> None:
        path = path_of_uri(params.text_document.uri)
        if path is None:
            return
        root = ls.ensure_session().close(path)
        uri = params.text_document.uri
        ls.published.pop(uri, None)
        ls.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=[])
        )
        if root is not None:
            ls.publish(root)

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(ls: SlolintServer, params: types.HoverParams) -> types.Hover | None:
        """Over a diagnostic's span: the documentation of its rule."""
        position = params.position
        for diagnostic in ls.published.get(params.text_document.uri, []):
            start, end = diagnostic.range.start, diagnostic.range.end
            after_start = (position.line, position.character) >= (start.line, start.character)
            before_end = (position.line, position.character) <= (end.line, end.character)
            if after_start and before_end and isinstance(diagnostic.code, str):
                text = hover_text(diagnostic.code)
                if text is not None:
                    return types.Hover(
                        contents=types.MarkupContent(types.MarkupKind.Markdown, text),
                        range=diagnostic.range,
                    )
        return None

    return server

"""A minimal Language Server Protocol client over stdio, for servers that are not slolint's.

yaml-language-server is a Node program: the tests start it, open documents and read the
diagnostics it publishes, answering the few requests it makes of a client (its settings,
capability registration). Every wait is bounded by a timeout.
"""

from __future__ import annotations

import json
import queue
import subprocess
import threading
from pathlib import Path
from typing import Any


class LspError(Exception):
    """The server died, answered with an error, or did not answer in time."""


class StdioClient:
    def __init__(self, argv: list[str], settings: dict[str, Any], root: Path) -> None:
        self.settings = settings
        self.process = subprocess.Popen(
            argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
        )
        self.inbox: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self.next_id = 0
        self.diagnostics: dict[str, list[dict[str, Any]]] = {}
        threading.Thread(target=self._read, daemon=True).start()
        self.request(
            "initialize",
            {
                "processId": None,
                "rootUri": root.as_uri(),
                "capabilities": {
                    "workspace": {"configuration": True},
                    "textDocument": {"publishDiagnostics": {"relatedInformation": True}},
                },
            },
        )
        self.notify("initialized", {})
        self.notify("workspace/didChangeConfiguration", {"settings": settings})

    def _read(self) -> None:
        stream = self.process.stdout
        assert stream is not None
        while True:
            length = None
            while True:
                line = stream.readline()
                if not line:
                    self.inbox.put(None)
                    return
                if line in (b"\r\n", b"\n"):
                    break
                name, _, value = line.decode("ascii").partition(":")
                if name.lower() == "content-length":
                    length = int(value.strip())
            if length is None:
                continue
            self.inbox.put(json.loads(stream.read(length)))

    def _send(self, message: dict[str, Any]) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        assert self.process.stdin is not None
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def notify(self, method: str, params: Any) -> None:
        self._send({"method": method, "params": params})

    def request(self, method: str, params: Any, timeout: float = 60) -> Any:
        self.next_id += 1
        wanted = self.next_id
        self._send({"id": wanted, "method": method, "params": params})
        while True:
            message = self._next(timeout)
            if message.get("id") == wanted and "method" not in message:
                if "error" in message:
                    raise LspError(f"{method}: {message['error']}")
                return message.get("result")

    def _next(self, timeout: float) -> dict[str, Any]:
        try:
            message = self.inbox.get(timeout=timeout)
        except queue.Empty:
            raise LspError(f"no message from the server in {timeout} s") from None
        if message is None:
            raise LspError("the server exited")
        self._handle(message)
        return message

    def _handle(self, message: dict[str, Any]) -> None:
        method = message.get("method")
        if method == "textDocument/publishDiagnostics":
            params = message["params"]
            self.diagnostics[params["uri"]] = params["diagnostics"]
        elif method is not None and "id" in message:  # a request of the server's
            result: Any = None
            if method == "workspace/configuration":
                result = [
                    self.settings.get(item.get("section", ""), None)
                    for item in message["params"]["items"]
                ]
            self._send({"id": message["id"], "result": result})

    def open(self, path: Path, text: str | None = None, language: str = "yaml") -> str:
        uri = path.as_uri()
        self.diagnostics.pop(uri, None)
        content = path.read_text(encoding="utf-8") if text is None else text
        self.notify(
            "textDocument/didOpen",
            {"textDocument": {"uri": uri, "languageId": language, "version": 1, "text": content}},
        )
        return uri

    def wait_diagnostics(self, uri: str, timeout: float = 60) -> list[dict[str, Any]]:
        while uri not in self.diagnostics:
            self._next(timeout)
        return self.diagnostics[uri]

    def close(self) -> None:
        try:
            self.request("shutdown", None, timeout=10)
            self.notify("exit", None)
            self.process.wait(timeout=10)
        except (LspError, OSError, subprocess.TimeoutExpired):
            self.process.kill()
            self.process.wait()

"""Finding and reading configuration files.

Discovery follows ruff and yamllint: ``--config PATH``, then ``$SLOLINT_CONFIG``, then the
closest ``.slolint.yaml``, ``.slolint.yml`` or ``pyproject.toml`` with a ``[tool.slolint]``
table, walking up from a linted file's folder to its repository root (the git top level;
outside git, the current directory or the named folder: :mod:`slolint.config.bounds`),
never further. Every file is read through the bounded reader (regular files only, a size
limit): a FIFO or a link to ``/dev/zero`` named ``.slolint.yaml`` is a one-line error.
Files are read with slolint's own YAML loader so that every key keeps its position for
``path:line:col`` messages; TOML has no positions in the standard library, so keys are
found again in the text.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from slolint.config.bounds import Bounds
from slolint.findings import JsonPath
from slolint.load import load_file
from slolint.quoting import quoted
from slolint.read import ReadError, read_limited

YAML_NAMES = (".slolint.yaml", ".slolint.yml")
PYPROJECT = "pyproject.toml"
ENV_VAR = "SLOLINT_CONFIG"
MAX_SHOWN_PATH = 300
MAX_CONFIG_BYTES = 1024 * 1024
"""A configuration file is a few hundred bytes; anything larger is refused, not parsed."""


class ConfigError(Exception):
    """A problem with a configuration file: ``path:line:col: message``, exit code 2."""


@dataclass(slots=True)
class ConfigFile:
    """The raw table of one configuration file and where each key was written."""

    path: Path
    data: dict[str, Any]
    text: str
    spans: dict[JsonPath, tuple[int, int]] = field(default_factory=dict)
    """0-based (line, column) of values, by path; YAML only (TOML is searched lazily)."""
    key_spans: dict[JsonPath, tuple[int, int]] = field(default_factory=dict)
    toml: bool = False
    _shown: str | None = None

    @property
    def folder(self) -> Path:
        return self.path.parent

    def shown(self) -> str:
        """The path as messages show it: relative to the working directory when below it,
        control characters escaped (a folder name may hold a newline)."""
        if self._shown is None:
            self._shown = _shown(self.path)
        return self._shown

    def position(self, path: JsonPath, on_key: bool = False) -> tuple[int, int]:
        """1-based line and column of a key or value, else of its nearest ancestor."""
        if self.toml:
            return _toml_position(self.text, path)
        probe = path
        while probe:
            table = self.key_spans if on_key else self.spans
            if probe in table:
                line, column = table[probe]
                return line + 1, column + 1
            on_key = False
            probe = probe[:-1]
        return 1, 1

    def error(self, path: JsonPath, message: str, on_key: bool = False) -> ConfigError:
        line, column = self.position(path, on_key)
        return ConfigError(f"{self.shown()}:{line}:{column}: {message}")


_TOML_HEADER = re.compile(r"^\s*\[\s*tool\s*\.\s*slolint\b")


def _toml_position(text: str, path: JsonPath) -> tuple[int, int]:
    """Best effort: the line of the deepest key of ``path`` below ``[tool.slolint]``."""
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if _TOML_HEADER.match(line)), None)
    if start is None:
        return 1, 1
    found = (start + 1, 1)
    keys = [part for part in path if isinstance(part, str)]
    for key in keys:
        pattern = re.compile(rf'(^|[\s."\[{{,]){re.escape(key)}("?\s*[=\].])')
        for number in range(found[0] - 1, len(lines)):
            match = pattern.search(lines[number])
            if match:
                found = (number + 1, match.start(0) + len(match.group(1)) + 1)
                break
        else:
            break
    return found


def _read_bytes(path: Path) -> bytes:
    """The file's bytes through the bounded reader; a one-line error that quotes nothing
    of the content otherwise."""
    try:
        contents = read_limited(str(path), MAX_CONFIG_BYTES)
    except ReadError as exc:
        raise ConfigError(
            f"cannot read configuration {quoted(display(path), MAX_SHOWN_PATH)}: {exc}"
        ) from None
    if contents.size > MAX_CONFIG_BYTES:
        raise ConfigError(
            f"{_shown(path)}:1:1: configuration file is larger than "
            f"{MAX_CONFIG_BYTES} bytes ({contents.size})"
        )
    return contents.data


def display(path: Path) -> str:
    """The path relative to the working directory when below it, as is (quote it)."""
    try:
        return path.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return path.as_posix()


def _shown(path: Path) -> str:
    return escaped_path(display(path))


def escaped_path(text: str) -> str:
    """A path from the repository, escaped as quoted values are but without the quotes,
    so that ``path:line:col`` stays what editors parse and a newline cannot start a line."""
    return quoted(text, MAX_SHOWN_PATH)[1:-1]


def read_yaml(path: Path) -> ConfigFile:
    source = load_file(_shown(path), _read_bytes(path))
    for problem in source.problems:
        line, column = problem.span[0] + 1, problem.span[1] + 1
        raise ConfigError(f"{source.path}:{line}:{column}: {problem.message}")
    if len(source.documents) > 1:
        start = source.documents[1].start
        raise ConfigError(
            f"{source.path}:{start[0] + 1}:{start[1] + 1}: a configuration file holds one "
            "YAML document, found several"
        )
    document = source.documents[0] if source.documents else None
    data = document.data if document is not None else None
    if data is None:
        data = {}
    spans = {p: (s[0], s[1]) for p, s in document.spans.items()} if document else {}
    key_spans = {p: (s[0], s[1]) for p, s in document.key_spans.items()} if document else {}
    config = ConfigFile(path, data, source.text, spans, key_spans)
    if not isinstance(data, dict):
        raise config.error((), "a configuration file must be a mapping of keys to values")
    return config


def _toml_table(path: Path) -> tuple[dict[str, Any] | None, str]:
    import tomllib  # only when a pyproject.toml is read: keep start-up short

    from slolint.numbers import MAX_INT_DIGITS

    data = _read_bytes(path)
    text = data.decode("utf-8", errors="replace")
    try:
        table = tomllib.loads(text)
    except RecursionError:
        raise ConfigError(
            f"{_shown(path)}:1:1: the TOML nests tables or arrays too deeply to be read"
        ) from None
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        where = f"{match.group(1)}:{match.group(2)}" if match else "1:1"
        if "(at end of document)" in str(exc):
            last = text.split("\n")
            where = f"{len(last)}:{len(last[-1]) + 1}"
        reason = re.sub(r"\s*\((at line \d+, column \d+|at end of document)\)", "", str(exc))
        reason = reason or "invalid TOML"
        raise ConfigError(f"{_shown(path)}:{where}: {reason[0].lower()}{reason[1:]}") from exc
    except ValueError as exc:  # tomllib converts integers with int(): 4,300 digits at most
        raise ConfigError(
            f"{_shown(path)}:1:1: an integer has more than {MAX_INT_DIGITS} digits"
        ) from exc
    tool = table.get("tool")
    section = tool.get("slolint") if isinstance(tool, dict) else None
    return (section if isinstance(section, dict) else None), text


def read_pyproject(path: Path) -> ConfigFile | None:
    """The ``[tool.slolint]`` table, or None when the file has none."""
    table, text = _toml_table(path)
    if table is None:
        return None
    return ConfigFile(path, table, text, toml=True)


def read_config(path: Path) -> ConfigFile:
    """Read a configuration file named by the user (``--config``, ``extends``, env)."""
    if not os.path.lexists(path):
        raise ConfigError(
            f"configuration file {quoted(display(path), MAX_SHOWN_PATH)} does not exist"
        )
    if path.suffix == ".toml":
        found = read_pyproject(path)
        if found is None:
            raise ConfigError(f"{_shown(path)}:1:1: the file has no [tool.slolint] table")
        return found
    return read_yaml(path)


def _has_slolint_table(path: Path) -> bool:
    """Cheap test before parsing: most pyproject files have no ``[tool.slolint]``."""
    return b"tool.slolint" in _read_bytes(path)


class Finder:
    """The closest configuration file for each folder, walking up once per folder and
    never above the folder's root (:class:`~slolint.config.bounds.Bounds`)."""

    def __init__(self, bounds: Bounds) -> None:
        self._cache: dict[Path, Path | None] = {}
        self.bounds = bounds

    def _inside(self, candidate: Path) -> Path:
        """A configuration file that is a link out of the repository is refused before it
        is read: its content could otherwise reach an error message."""
        if not self.bounds.inside(candidate, self.bounds.root_of(candidate.parent)):
            raise ConfigError(
                f"{_shown(candidate)}: the configuration file is a link that leads outside "
                "the repository"
            )
        return candidate

    def _here(self, folder: Path) -> Path | None:
        for name in YAML_NAMES:
            candidate = folder / name
            if os.path.lexists(candidate):
                return self._inside(candidate)  # whatever it is: reading it tells
        candidate = folder / PYPROJECT
        if os.path.lexists(candidate) and _has_slolint_table(self._inside(candidate)):
            table, _ = _toml_table(candidate)
            if table is not None:
                return candidate
        return None

    def answers(self) -> list[tuple[Path, Path | None]]:
        """Every folder looked up so far, with the configuration file that governs it."""
        return list(self._cache.items())

    def find(self, folder: Path) -> Path | None:
        """The configuration file governing ``folder`` (absolute), or None."""
        root = self.bounds.root_of(folder)
        walked: list[Path] = []
        found: Path | None = None
        current = folder
        while True:
            if current in self._cache:
                found = self._cache[current]
                break
            walked.append(current)
            here = self._here(current)
            if here is not None:
                found = here
                break
            if current == root or current.parent == current:
                break
            current = current.parent
        for item in walked:
            self._cache[item] = found
        return found

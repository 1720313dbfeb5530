"""gitignore-style patterns, for ``include``, ``exclude``, ``per-file-ignores`` and ``.gitignore``.

The syntax is git's (``gitignore(5)``): ``*`` and ``?`` stay inside one path segment, ``**``
crosses segments, a pattern with a slash (other than a trailing one) is anchored to the
folder that defines it, one without a slash matches at any depth, a trailing ``/`` matches
folders only, ``!`` re-includes, and the last matching pattern wins. A path is matched
together with every folder above it, so ``charts/`` excludes everything below ``charts``.

Patterns are compiled once into regular expressions; matching a path costs one regex
search per pattern and per folder level, with verdicts for folders cached.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath


def _translate(body: str) -> str:
    """Translate the glob part of a pattern into a regular expression (no anchors)."""
    out: list[str] = []
    i, n = 0, len(body)
    while i < n:
        char = body[i]
        if char == "*":
            if body.startswith("**", i):
                before_ok = i == 0 or body[i - 1] == "/"
                after = body[i + 2 : i + 3]
                if before_ok and after == "/":
                    out.append("(?:.*/)?")  # '**/' : zero or more folders
                    i += 3
                    continue
                if before_ok and i + 2 == n:
                    out.append(".*")  # trailing '/**': everything inside
                    i += 2
                    continue
            out.append("[^/]*")
        elif char == "?":
            out.append("[^/]")
        elif char == "[":
            end = body.find("]", i + 2 if body[i + 1 : i + 2] in ("!", "]") else i + 1)
            if end == -1:
                out.append(re.escape(char))
            else:
                inner = body[i + 1 : end]
                if inner.startswith("!"):
                    inner = "^" + inner[1:]
                out.append("[" + inner.replace("\\", "\\\\") + "]")
                i = end
        elif char == "\\" and i + 1 < n:
            i += 1
            out.append(re.escape(body[i]))
        else:
            out.append(re.escape(char))
        i += 1
    return "".join(out)


@dataclass(frozen=True, slots=True)
class Pattern:
    """One compiled pattern line, matching absolute POSIX paths."""

    text: str
    regex: re.Pattern[str]
    negated: bool
    folders_only: bool


def compile_pattern(text: str, base: Path) -> Pattern | None:
    """Compile one line defined in folder ``base``; None for blank lines and comments.

    Leading ``../`` segments move the base up, so a configuration in ``config/`` can name
    ``../slos/*.yaml`` (paths resolve against the configuration file's folder).
    """
    line = text.rstrip("\n\r")
    if not line.strip() or line.startswith("#"):
        return None
    if not line.endswith("\\ "):
        line = line.rstrip(" ")
    negated = line.startswith("!")
    if negated or line.startswith(("\\!", "\\#")):
        line = line[1:]
    folders_only = line.endswith("/")
    line = line.rstrip("/")
    anchored = "/" in line
    line = line.lstrip("/")
    while line.startswith("./") or line.startswith("../"):
        if line.startswith("../"):
            base = base.parent
        line = line.split("/", 1)[1]
    if not line:
        return None
    root = re.escape(base.as_posix().rstrip("/"))
    middle = "/" if anchored else "/(?:.*/)?"
    regex = re.compile(f"{root}{middle}{_translate(line)}\\Z", re.DOTALL)
    return Pattern(text, regex, negated, folders_only)


def compile_patterns(base: Path, lines: Iterable[str]) -> list[Pattern]:
    return [p for p in (compile_pattern(line, base) for line in lines) if p is not None]


def _verdict(patterns: list[Pattern], path: str, is_dir: bool) -> bool | None:
    """True ignored, False re-included, None no pattern matched; the last match wins."""
    verdict: bool | None = None
    for pattern in patterns:
        if pattern.folders_only and not is_dir:
            continue
        if pattern.regex.match(path):
            verdict = not pattern.negated
    return verdict


@dataclass(slots=True)
class PatternSet:
    """Patterns defined in folder ``base``."""

    base: Path
    patterns: list[Pattern]
    _folders: dict[str, bool] = field(default_factory=dict)

    @classmethod
    def build(cls, base: Path, lines: Iterable[str]) -> PatternSet:
        base = base.absolute()
        return cls(base, compile_patterns(base, lines))

    def __bool__(self) -> bool:
        return bool(self.patterns)

    def matches(self, path: Path) -> bool:
        """True when ``path`` or a folder above it matches (git's "excluded folder" rule)."""
        if not self.patterns:
            return False
        absolute = PurePosixPath(path.absolute().as_posix())
        for folder in reversed(absolute.parents[:-1] if len(absolute.parents) > 1 else ()):
            key = folder.as_posix()
            cached = self._folders.get(key)
            if cached is None:
                cached = _verdict(self.patterns, key, True) is True
                self._folders[key] = cached
            if cached:
                return True  # git cannot re-include a file below an ignored folder
        return _verdict(self.patterns, absolute.as_posix(), False) is True


MAX_GITIGNORE_BYTES = 1024 * 1024


def read_gitignore(path: Path, root: Path) -> str | None:
    """A ``.gitignore`` through the bounded reader: None when there is none; a FIFO, a
    device, a link out of ``root`` or a file over the limit is a configuration error
    (exit 2), never a hang."""
    import os

    from slolint.config.files import ConfigError
    from slolint.quoting import quoted
    from slolint.read import ReadError, read_limited

    if not os.path.lexists(path):
        return None
    real, base = os.path.realpath(path), os.path.realpath(root)
    if not real.startswith(base.rstrip(os.sep) + os.sep):
        raise ConfigError(
            f"{quoted(_shown(path), 200)} is a link that leads outside the repository"
        )
    try:
        contents = read_limited(str(path), MAX_GITIGNORE_BYTES)
    except ReadError as exc:
        raise ConfigError(f"cannot read {quoted(_shown(path), 200)}: {exc}") from None
    if contents.size > MAX_GITIGNORE_BYTES:
        raise ConfigError(f"{quoted(_shown(path), 200)} is larger than {MAX_GITIGNORE_BYTES} bytes")
    return contents.data.decode("utf-8", errors="replace")


def _shown(path: Path) -> str:
    try:
        return path.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return path.as_posix()


class GitIgnore:
    """The ``.gitignore`` files of one repository, read lazily per folder and cached."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._sets: dict[Path, PatternSet | None] = {}

    def _set_for(self, folder: Path) -> PatternSet | None:
        if folder not in self._sets:
            text = read_gitignore(folder / ".gitignore", self.root)
            if text is None:
                self._sets[folder] = None
            else:
                patterns = PatternSet.build(folder, text.splitlines())
                self._sets[folder] = patterns if patterns else None
        return self._sets[folder]

    def sets_for(self, folder: Path) -> list[PatternSet]:
        """The ``.gitignore`` pattern sets that apply to the files of ``folder``: those of
        the repository root and of every folder down to ``folder`` itself."""
        try:
            relative = folder.relative_to(self.root)
        except ValueError:
            return []
        found: list[PatternSet] = []
        current = self.root
        for part in ("", *relative.parts):
            current = current / part if part else current
            patterns = self._set_for(current)
            if patterns is not None:
                found.append(patterns)
        return found

    def ignored(self, path: Path) -> bool:
        """True when a ``.gitignore`` between the repository root and ``path`` ignores it."""
        return any(patterns.matches(path) for patterns in self.sets_for(path.parent))

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

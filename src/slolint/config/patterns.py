"""gitignore-style patterns, for ``include``, ``exclude``, ``per-file-ignores`` and ``.gitignore``.

The syntax is git's (``gitignore(5)``): ``*`` and ``?`` stay inside one path segment, ``**``
crosses segments, a pattern with a slash (other than a trailing one) is anchored to the
folder that defines it, one without a slash matches at any depth, a trailing ``/`` matches
folders only, ``!`` re-includes, and the last matching pattern wins. A path is matched
together with every folder above it, so ``charts/`` excludes everything below ``charts``.

Patterns are compiled once (:mod:`slolint.config.wildmatch`, never a backtracking regular
expression: the patterns come from the repository); matching a path costs at most pattern
length × path length steps per pattern and per folder level, with verdicts for folders
cached.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the matcher loads with the first pattern: most runs have none
    from slolint.config.wildmatch import Glob, Steps


@dataclass(frozen=True, slots=True)
class Pattern:
    """One compiled pattern line, matching absolute POSIX paths."""

    text: str
    base: str
    """The folder the pattern is relative to, as an absolute POSIX path ending in ``/``."""
    glob: Glob
    anchored: bool
    """A slash (not a trailing one) ties the pattern to ``base``; else it matches the last
    segment at any depth below ``base``."""
    negated: bool
    folders_only: bool

    def match(self, path: str, steps: Steps | None = None) -> bool:
        """Whether the absolute POSIX ``path`` matches (``base`` itself never does)."""
        if not path.startswith(self.base) or len(path) == len(self.base):
            return False
        segments = path[len(self.base) :].split("/")
        return self.glob.match(segments if self.anchored else segments[-1:], steps)


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
    from slolint.config.wildmatch import Glob

    root = base.as_posix().rstrip("/") + "/"
    return Pattern(text, root, Glob.compile(line), anchored, negated, folders_only)


def compile_patterns(base: Path, lines: Iterable[str]) -> list[Pattern]:
    return [p for p in (compile_pattern(line, base) for line in lines) if p is not None]


def _verdict(patterns: list[Pattern], path: str, is_dir: bool) -> bool | None:
    """True ignored, False re-included, None no pattern matched; the last match wins."""
    verdict: bool | None = None
    for pattern in patterns:
        if pattern.folders_only and not is_dir:
            continue
        if pattern.match(path):
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

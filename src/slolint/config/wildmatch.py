"""Glob matching in O(pattern × path) steps, with git's ``wildmatch`` meaning.

The patterns of ``exclude``, ``include``, ``per-file-ignores`` and ``.gitignore`` come from
the repository, so a pull request chooses them. Translated into a backtracking regular
expression, ``*a*a*a*a*a*a*a*a*a*a*a*a*b`` takes minutes on a 40-character name. Here a
segment is matched with the two-pointer wildcard algorithm, which on a mismatch only
moves the last ``*`` one character further (earlier stars never need to take more: whatever
the last one could not absorb, a longer earlier one could not either), and a path is
matched against the segments the same way, ``**`` being the star over whole segments. Each
level costs at most (tokens + 1) × (characters + 1) steps; :class:`Steps` counts them.

Meaning, as git's ``wildmatch`` with ``WM_PATHNAME`` (``gitignore(5)``):

* ``*`` is any run of characters inside one segment, ``?`` one character, ``\\x`` the
  character ``x``;
* ``[abc]``, ``[a-z]``, ``[!a-z]``/``[^a-z]``, ``[[:digit:]]``: one character of (or not of)
  a set; a ``]`` first in the set is a member, ``-`` first or last is a member, and a range
  whose ends are reversed (``[z-a]``) holds nothing;
* a segment made only of stars (``**``) is any number of segments: zero when it starts
  the pattern or sits between slashes, one or more when it ends it (``logs/**`` is
  everything inside ``logs``, not ``logs`` itself); stars next to other characters are
  ordinary ``*``;
* a set that is never closed (``[``, ``[!]``, ``[^]``), an unknown ``[:class:]`` or a
  trailing lone ``\\`` make git give up on the pattern: it matches nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Star:
    """Token ``*``: any run of characters inside one segment."""


STAR = Star()


@dataclass(frozen=True, slots=True)
class AnyChar:
    """Token ``?``: exactly one character."""


ANY = AnyChar()


@dataclass(frozen=True, slots=True)
class CharSet:
    """Token ``[...]``: one character that is (or with ``negated``, is not) in the set."""

    chars: frozenset[str]
    ranges: tuple[tuple[str, str], ...]
    classes: tuple[str, ...]
    negated: bool

    def has(self, char: str) -> bool:
        inside = (
            char in self.chars
            or any(low <= char <= high for low, high in self.ranges)
            or any(_POSIX[name](char) for name in self.classes)
        )
        return inside != self.negated


def _is_punct(char: str) -> bool:
    return char.isascii() and char.isprintable() and not char.isalnum() and char != " "


_POSIX: dict[str, Callable[[str], bool]] = {
    "alnum": lambda c: c.isascii() and c.isalnum(),
    "alpha": lambda c: c.isascii() and c.isalpha(),
    "blank": lambda c: c in " \t",
    "cntrl": lambda c: c.isascii() and not c.isprintable(),
    "digit": lambda c: c in "0123456789",
    "graph": lambda c: c.isascii() and c.isprintable() and c != " ",
    "lower": lambda c: c.isascii() and c.islower(),
    "print": lambda c: c.isascii() and c.isprintable(),
    "punct": _is_punct,
    "space": lambda c: c in " \t\n\r\f\v",
    "upper": lambda c: c.isascii() and c.isupper(),
    "xdigit": lambda c: c in "0123456789abcdefABCDEF",
}

Token = str | Star | AnyChar | CharSet
"""A literal character (a one-character string), :data:`STAR`, :data:`ANY` or a set."""


@dataclass(frozen=True, slots=True)
class Segment:
    """The tokens of one segment; with ``plain``, they are literal characters around at
    most one star (``*.yaml``, ``build``, ``tmp-*``), matched by comparing the ends of
    the text with ``prefix`` and ``suffix`` (most patterns; the general walk is slower)."""

    tokens: tuple[Token, ...]
    plain: bool
    prefix: str = ""
    suffix: str = ""
    star: bool = False

    @classmethod
    def of(cls, tokens: tuple[Token, ...]) -> Segment:
        stars = [i for i, token in enumerate(tokens) if token is STAR]
        literal = all(isinstance(t, str) for i, t in enumerate(tokens) if i not in stars)
        if len(stars) > 1 or not literal:
            return cls(tokens, plain=False)
        cut = stars[0] if stars else len(tokens)
        prefix = "".join(t for t in tokens[:cut] if isinstance(t, str))
        suffix = "".join(t for t in tokens[cut + 1 :] if isinstance(t, str))
        return cls(tokens, True, prefix, suffix, bool(stars))

    def match(self, text: str, steps: Steps) -> bool:
        if not self.plain:
            return match_segment(self.tokens, text, steps)
        steps.count += 1
        if not self.star:
            return text == self.prefix
        return (
            len(text) >= len(self.prefix) + len(self.suffix)
            and text.startswith(self.prefix)
            and text.endswith(self.suffix)
        )


class _Abort(Exception):
    """The pattern is one git gives up on: it matches nothing."""


def _char_set(body: str, start: int) -> tuple[CharSet, int]:
    """The set opening at ``body[start] == "["``, and the index just after its ``]``."""
    i = start + 1
    negated = i < len(body) and body[i] in "!^"
    if negated:
        i += 1
    chars: set[str] = set()
    ranges: list[tuple[str, str]] = []
    classes: list[str] = []
    previous: str | None = None
    first = True
    while True:
        if i >= len(body):
            raise _Abort
        char = body[i]
        if char == "]" and not first:
            return CharSet(frozenset(chars), tuple(ranges), tuple(classes), negated), i + 1
        first = False
        if char == "\\":
            i += 1
            if i >= len(body):
                raise _Abort
            char = body[i]
            chars.add(char)
            previous = char
        elif char == "-" and previous is not None and i + 1 < len(body) and body[i + 1] != "]":
            i += 1
            high = body[i]
            if high == "\\":
                i += 1
                if i >= len(body):
                    raise _Abort
                high = body[i]
            ranges.append((previous, high))
            previous = None
        elif char == "[" and body.startswith("[:", i):
            end = body.find("]", i + 2)
            if end == -1:
                raise _Abort
            if body[end - 1] != ":" or end - 1 < i + 2:
                chars.add("[")  # no ":]": an ordinary "[" in the set
                previous = "["
            else:
                name = body[i + 2 : end - 1]
                if name not in _POSIX:
                    raise _Abort
                classes.append(name)
                previous = None
                i = end
        else:
            chars.add(char)
            previous = char
        i += 1


def _segment(body: str) -> Segment:
    return Segment.of(_tokens(body))


def _tokens(body: str) -> tuple[Token, ...]:
    tokens: list[Token] = []
    i = 0
    while i < len(body):
        char = body[i]
        if char == "*":
            if not tokens or tokens[-1] is not STAR:
                tokens.append(STAR)
        elif char == "?":
            tokens.append(ANY)
        elif char == "[":
            char_set, i = _char_set(body, i)
            tokens.append(char_set)
            continue
        elif char == "\\":
            i += 1
            if i >= len(body):
                raise _Abort
            tokens.append(body[i])
        else:
            tokens.append(char)
        i += 1
    return tuple(tokens)


GLOBSTAR = None
"""A segment of the compiled glob that is any number of path segments (``**``)."""


@dataclass(frozen=True, slots=True)
class Glob:
    """A compiled glob: segments separated by ``/``, or nothing when git gives it up."""

    segments: tuple[Segment | None, ...]
    never: bool = False
    deep: bool = False
    """Whether a ``**`` is among the segments (else a path matches segment by segment)."""

    @classmethod
    def compile(cls, text: str) -> Glob:
        """Compile ``text`` (no leading or trailing ``/``; gitignore prefixes removed)."""
        segments: list[Segment | None] = []
        parts = _split(text)
        try:
            for index, part in enumerate(parts):
                if part and set(part) == {"*"} and len(part) >= 2:
                    if index == len(parts) - 1 and index > 0:
                        segments.append(Segment.of((STAR,)))  # trailing "/**": one or more
                    if not segments or segments[-1] is not GLOBSTAR:
                        segments.append(GLOBSTAR)
                else:
                    segments.append(_segment(part))
        except _Abort:
            return cls((), never=True)
        return cls(tuple(segments), deep=GLOBSTAR in segments)

    def match(self, segments: list[str], steps: Steps | None = None) -> bool:
        """Whether the path made of ``segments`` matches."""
        if self.never:
            return False
        counter = steps if steps is not None else Steps()
        if not self.deep:  # one segment each: no search over segments
            if len(segments) != len(self.segments):
                return False
            return all(
                token is not None and token.match(text, counter)
                for token, text in zip(self.segments, segments, strict=True)
            )
        return _match_path(self.segments, segments, counter)


def _split(text: str) -> list[str]:
    """Split at ``/``, keeping escapes for :func:`_segment`; ``\\/`` is a slash too (git
    compares it with the path's ``/``)."""
    parts: list[str] = []
    current: list[str] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char == "\\" and i + 1 < len(text):
            if text[i + 1] == "/":
                parts.append("".join(current))
                current = []
            else:
                current.append(text[i : i + 2])
            i += 2
            continue
        if char == "/":
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
        i += 1
    parts.append("".join(current))
    return parts


@dataclass(slots=True)
class Steps:
    """Work done by matches, for the tests that prove the bound (and nothing else)."""

    count: int = field(default=0)


def _one(token: Token, char: str) -> bool:
    if isinstance(token, str):
        return token == char
    if isinstance(token, CharSet):
        return token.has(char)
    return isinstance(token, AnyChar)


def match_segment(tokens: tuple[Token, ...], text: str, steps: Steps) -> bool:
    """Greedy wildcard matching with backtracking to the last star only: O(len × len)."""
    p = t = 0
    star = -1
    resume = 0
    while t < len(text):
        steps.count += 1
        if p < len(tokens) and tokens[p] is STAR:
            star, resume = p, t
            p += 1
        elif p < len(tokens) and _one(tokens[p], text[t]):
            p += 1
            t += 1
        elif star >= 0:
            p = star + 1
            resume += 1
            t = resume
        else:
            return False
    while p < len(tokens) and tokens[p] is STAR:
        p += 1
    return p == len(tokens)


def _match_path(pattern: tuple[Segment | None, ...], path: list[str], steps: Steps) -> bool:
    """The same algorithm over segments, ``**`` as the star: O(segments × segments) calls."""
    p = t = 0
    star = -1
    resume = 0
    while t < len(path):
        steps.count += 1
        token = pattern[p] if p < len(pattern) else None
        if p < len(pattern) and token is GLOBSTAR:
            star, resume = p, t
            p += 1
        elif token is not None and token.match(path[t], steps):
            p += 1
            t += 1
        elif star >= 0:
            p = star + 1
            resume += 1
            t = resume
        else:
            return False
    while p < len(pattern) and pattern[p] is GLOBSTAR:
        p += 1
    return p == len(pattern)

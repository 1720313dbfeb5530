"""The records that flow through the pipeline, from a rule's verdict to a printed line.

A rule yields a :class:`Violation`: *what* is wrong and *where* in the data (a JSON path),
never a line number. The locate stage turns it into a :class:`Finding`, the immutable
record that filters and formatters work with (flake8's ``Violation`` idea).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from slolint.records import field_repr

JsonPath = tuple[str | int, ...]
"""A path into a document's data: mapping keys and sequence indexes."""


class Severity(enum.IntEnum):
    """Finding severity; the order makes ``--fail-on`` a comparison."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> Severity:
        try:
            return cls[text.upper()]
        except KeyError:
            raise ValueError(
                f"unknown severity {text!r}; expected error, warning or info"
            ) from None


@dataclass(frozen=True, slots=True, repr=False)
class Origin:
    """Where an object of the model was read from: file, document and path prefix.

    ``base`` is the path of the object inside its YAML document: ``()`` for an ordinary
    document, ``(3,)`` for the fourth item of a document that is a list of objects.
    """

    __repr__ = field_repr

    file: str
    document: int
    base: JsonPath = ()

    def at(self, *path: str | int) -> Location:
        """A location inside this object, at the value of ``path``."""
        return Location(self, _shared(path))

    def key(self, *path: str | int) -> Location:
        """A location inside this object, at the key whose value is ``path``."""
        return Location(self, _shared(path), on_key=True)


_PATHS: dict[JsonPath, JsonPath] = {}
MAX_SHARED_PATHS = 4096
"""Distinct paths shared between locations; later ones are kept as they come."""


def _shared(path: JsonPath) -> JsonPath:
    """One tuple per distinct path: 10,000 SLOs point at the same few dozen fields, and a
    tuple per location was a tenth of a large file's memory. Bounded, so that a file of
    unusual keys cannot grow it without end."""
    found = _PATHS.get(path)
    if found is not None:
        return found
    if len(_PATHS) < MAX_SHARED_PATHS:
        _PATHS[path] = path
    return path


@dataclass(frozen=True, slots=True, repr=False)
class Location:
    """A place in the data, resolved to ``line:col`` only by the locate stage."""

    __repr__ = field_repr

    origin: Origin
    path: JsonPath = ()
    on_key: bool = False

    @property
    def full_path(self) -> JsonPath:
        return self.origin.base + self.path


MessagePart = str | Location
"""A message is text with embedded locations, rendered as ``file:line`` by the locate stage."""


@dataclass(frozen=True, slots=True, repr=False)
class ObjectRef:
    """The object a finding is about, as shown in JSON output."""

    __repr__ = field_repr

    api_version: str
    kind: str
    name: str


@dataclass(frozen=True, slots=True, repr=False)
class Related:
    """Another place a cross-file verdict depends on, and what it is (``"the SLA"``).

    pre-commit names only the changed files: a finding is reported when its own file *or*
    the file of one of its related locations was named, so raising an SLA fails the commit
    even though the SLO it breaks is untouched. SARIF emits these as ``relatedLocations``.
    """

    __repr__ = field_repr

    location: Location
    label: str


@dataclass(frozen=True, slots=True, repr=False)
class Violation:
    """A rule's verdict before it has a position in a file.

    It carries no severity: that is the rule's default or the user's configuration, decided
    by the filter stage, so that every finding of one code can be re-graded in one place.
    """

    __repr__ = field_repr

    code: str
    location: Location
    message: tuple[MessagePart, ...]
    obj: ObjectRef | None = None
    related: tuple[Related, ...] = ()
    depends_on: tuple[str, ...] | None = None
    """Kinds whose every object this verdict rests on ("no SLI of that name"); None means
    the kinds its rule declares. A rule with several kinds of verdict narrows it here."""
    missing: str | None = None
    """The name whose absence the verdict rests on ("no SLI named checkout-success"), when
    there is one: only a file that held an object of that name can have removed it."""


def violation(
    code: str,
    location: Location,
    *message: MessagePart,
    obj: ObjectRef | None = None,
    related: tuple[Related, ...] = (),
    depends_on: tuple[str, ...] | None = None,
    missing: str | None = None,
) -> Violation:
    """Build a violation; message parts are concatenated, locations become ``file:line``."""
    return Violation(code, location, tuple(message), obj, related, depends_on, missing)


@dataclass(frozen=True, slots=True, repr=False)
class Position:
    """A 1-based span; ``end_column`` is the column after the last character (as in SARIF)."""

    __repr__ = field_repr

    line: int
    column: int
    end_line: int
    end_column: int


@dataclass(frozen=True, slots=True, repr=False)
class RelatedPosition:
    """A resolved :class:`Related`: the file and span another finding depends on."""

    __repr__ = field_repr

    file: str
    position: Position
    label: str


@dataclass(frozen=True, slots=True, repr=False)
class Finding:
    """One reported problem with its resolved position; what filters and formatters see."""

    __repr__ = field_repr

    code: str
    name: str
    severity: Severity
    message: str
    file: str
    position: Position
    json_path: str = "$"
    document: int | None = None
    obj: ObjectRef | None = None
    source_line: str | None = field(default=None, compare=False)
    related: tuple[RelatedPosition, ...] = ()
    reported_because: str | None = None
    """The named file that made this finding reported although its own file was not named
    (pre-commit: "reported because agreements/api.sla.yaml changed"); None when its own
    file was named."""

    def sort_key(self) -> tuple[str, int, int, str, str]:
        return (self.file, self.position.line, self.position.column, self.code, self.message)


def format_json_path(path: JsonPath) -> str:
    """Render a path as JSONPath: ``$.spec.objectives[0].target``, quoting odd keys."""
    out = ["$"]
    for part in path:
        if isinstance(part, int):
            out.append(f"[{part}]")
        elif part.replace("_", "a").replace("-", "a").isalnum() and not part[:1].isdigit():
            out.append(f".{part}")
        else:
            escaped = part.replace("\\", "\\\\").replace("'", "\\'")
            out.append(f"['{escaped}']")
    return "".join(out)

"""The baseline: known findings of a legacy repository, hidden until someone fixes them.

``slolint check --write-baseline .slolint-baseline.json`` records every current finding;
``baseline: .slolint-baseline.json`` in the configuration hides the findings it lists.
Entries are keyed by file, code, object (kind and name) and JSON path, never by line
number, so editing a file elsewhere, or moving a block, leaves them valid. Identical keys
are counted, so a second, new finding of the same kind at the same place is still shown.
Entries of linted files that no longer match a finding are *stale*: reported with a hint
to rewrite the baseline. A baseline that does not exist yet is an empty one (with a note),
so that a configuration naming it works before the first ``--write-baseline``. The file is
read through the bounded reader: a FIFO or a link to ``/dev/zero`` is a one-line error.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from slolint.findings import Finding
from slolint.numbers import MAX_INT_DIGITS, read_int
from slolint.quoting import quoted, shorten
from slolint.read import ReadError, read_limited

VERSION = 1


def shown_path(path: Path) -> str:
    """A baseline's path as messages show it: relative to the working directory when below."""
    try:
        return path.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return path.as_posix()


Key = tuple[str, str, str, str, str]
"""(file relative to the baseline's folder, code, object kind, object name, JSON path)."""


def _json_int(text: str) -> int:
    """JSON integers through the bounded reader: a count of 5,000 digits is an error."""
    value = read_int(text)
    if value is None:
        raise ValueError(f"an integer has more than {MAX_INT_DIGITS} digits")
    return value


def _count(value: object) -> int:
    """An entry's ``count`` as ``int()`` read it, without its 4,300-digit failure."""
    if isinstance(value, float):
        return int(value)  # OverflowError (inf) and ValueError (nan) are caught as malformed
    if not isinstance(value, int | str):
        raise TypeError("count")
    number = value if isinstance(value, int) else read_int(value.strip())
    if number is None:
        raise ValueError("count")
    return number


class BaselineError(Exception):
    """An unreadable or malformed baseline file: one line on stderr, exit code 2."""


def _relative(file: str, cwd: Path, folder: Path) -> str:
    absolute = Path(os.path.abspath(cwd / file))
    try:
        return absolute.relative_to(folder).as_posix()
    except ValueError:
        return os.path.relpath(absolute, folder).replace(os.sep, "/")


def key_of(finding: Finding, cwd: Path, folder: Path) -> Key:
    kind = finding.obj.kind if finding.obj is not None else ""
    name = finding.obj.name if finding.obj is not None else ""
    return (_relative(finding.file, cwd, folder), finding.code, kind, name, finding.json_path)


def _entries(keys: Counter[Key]) -> list[dict[str, object]]:
    return [
        {"file": f, "code": c, "kind": k, "name": n, "json_path": p, "count": keys[(f, c, k, n, p)]}
        for f, c, k, n, p in sorted(keys)
    ]


BASELINED = frozenset({"SLO000", "SLO001", "SLO006"})
"""Codes never written to a baseline: an internal error, or a file that was not fully
checked, is not a known finding (the filter never lets the baseline hide them either)."""

MAX_BASELINE_BYTES = 64 * 1024 * 1024
"""A baseline of 100,000 entries is some 20 MB; anything larger is refused, not parsed."""


def write(path: Path, findings: Iterable[Finding], cwd: Path) -> int:
    """Write the baseline for ``findings`` atomically; returns the number of findings."""
    from slolint.report.target import write_atomically  # only --write-baseline needs it

    folder = path.absolute().parent
    keys = Counter(key_of(f, cwd, folder) for f in findings if f.code not in BASELINED)
    text = json.dumps({"version": VERSION, "entries": _entries(keys)}, indent=2) + "\n"
    try:
        write_atomically(path, text)
    except OSError as exc:
        raise BaselineError(f"cannot write baseline {path}: {exc.strerror or exc}") from exc
    return sum(keys.values())


@dataclass(slots=True)
class Baseline:
    path: Path
    remaining: Counter[Key] = field(default_factory=Counter)
    hidden: int = 0
    missing: bool = False
    """The file does not exist (yet): an empty baseline."""

    @property
    def folder(self) -> Path:
        return self.path.parent

    @classmethod
    def read(cls, path: Path) -> Baseline:
        shown = quoted(shown_path(path), 200)
        if not os.path.lexists(path):
            return cls(path, missing=True)
        try:
            contents = read_limited(str(path), MAX_BASELINE_BYTES)
        except ReadError as exc:
            raise BaselineError(f"cannot read baseline {shown}: {exc}") from None
        if contents.size > MAX_BASELINE_BYTES:
            raise BaselineError(
                f"baseline {shown} is larger than {MAX_BASELINE_BYTES} bytes ({contents.size})"
            )
        try:
            data = json.loads(contents.data.decode("utf-8"), parse_int=_json_int)
        except (json.JSONDecodeError, UnicodeDecodeError, RecursionError):
            raise BaselineError(
                f"{shown}: the baseline is not valid JSON; rewrite it with --write-baseline"
            ) from None
        except ValueError as exc:  # a number past the bounded reader's limits
            raise BaselineError(f"{shown}: {exc}") from None
        entries = data.get("entries") if isinstance(data, dict) else None
        extra = set(data) - {"version", "entries"} if isinstance(data, dict) else set()
        if not isinstance(entries, list) or data.get("version") != VERSION or extra:
            raise BaselineError(
                f"{shown}: not a slolint baseline (version {VERSION} with entries); "
                "rewrite it with --write-baseline"
            )
        baseline = cls(path)
        for entry in entries:
            try:
                key = tuple(str(entry[k]) for k in ("file", "code", "kind", "name", "json_path"))
                count = _count(entry.get("count", 1))
            except (KeyError, TypeError, ValueError, OverflowError, AttributeError):
                raise BaselineError(
                    f"{shown}: malformed entry {quoted(shorten(str(entry), 80))}"
                ) from None
            baseline.remaining[key] += max(count, 0)  # type: ignore[index]
        return baseline

    def hides(self, finding: Finding, cwd: Path) -> bool:
        """True (and one use of its entry consumed) when the baseline lists ``finding``."""
        key = key_of(finding, cwd, self.folder)
        if self.remaining[key] > 0:
            self.remaining[key] -= 1
            self.hidden += 1
            return True
        return False

    def stale(self, linted: set[str], cwd: Path) -> int:
        """Entries left unmatched whose file was linted in this run."""
        files = {_relative(file, cwd, self.folder) for file in linted}
        return sum(count for key, count in self.remaining.items() if count > 0 and key[0] in files)

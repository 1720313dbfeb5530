"""The schema stage's fast path: compiled validators that only say "conforms" or "does not".

Most documents conform, and for those ``jsonschema`` (about 1 ms a document, 100 ms to
import) is wasted work. ``generated.py`` holds the same schemas compiled to plain Python by
fastjsonschema at development time (see ``generate.py``); a document it accepts has no
schema finding, and only a rejected one goes through ``jsonschema`` for the positioned
errors. A differential test over the corpus, the fixtures and mutated documents keeps the two
in agreement; should ``schemas/`` change without regeneration, the recorded digest no longer
matches and every document takes the ``jsonschema`` path.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from slolint import schema_store


class _Formats(dict[str, Callable[[object], bool]]):
    """The format checks of the schema stage; formats slolint does not check pass."""

    def __missing__(self, key: str) -> Callable[[object], bool]:
        return _accept


def _accept(value: object) -> bool:
    return True


FORMATS = _Formats(schema_store.FORMAT_CHECKS)


@functools.cache
def validators() -> dict[str, Callable[..., None]]:
    """Schema key -> compiled validator; empty when the module is stale or missing."""
    try:
        from slolint._fastschema import generated
    except ImportError:  # pragma: no cover - only while the module is being regenerated
        return {}
    if schema_store.schemas_digest() != generated.SCHEMAS_DIGEST:
        return {}
    return generated.VALIDATORS


def accepts(key: str, data: Any) -> bool:
    """True when ``data`` certainly conforms to the schema ``key``.

    False means "ask ``jsonschema``": the data does not conform, there is no compiled
    validator, or the compiled code failed on data it was not written for (a recursion
    limit, an unhashable value): ``jsonschema`` is the validator of record in every case.
    """
    validate = validators().get(key)
    if validate is None:
        return False
    try:
        validate(data, FORMATS)
    except Exception:
        return False
    return True

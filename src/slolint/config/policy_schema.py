"""Team policy schemas evaluated with linear-time regular expressions (RE2).

A policy's ``assert`` comes from the repository's configuration, and its ``pattern`` and
``patternProperties`` run on names and values of the repository's files: through Python's
backtracking ``re``, ``^(a+)+$`` takes minutes on a name of 46 characters. Here those two
keywords, and ``additionalProperties`` (which consults ``patternProperties``), use RE2,
whose matching time is linear in the text. A pattern RE2 cannot compile (lookaround,
backreferences, ``\\Z``, a repetition too large for its memory budget) is refused when the
configuration is loaded, at the pattern's own place in the file.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import Any

SCHEMA_MAPS = ("properties", "patternProperties", "definitions", "dependencies")
"""Keywords whose value maps names to subschemas (``dependencies`` may also hold lists)."""
SCHEMA_ONE = (
    "additionalItems",
    "additionalProperties",
    "contains",
    "propertyNames",
    "not",
    "if",
    "then",
    "else",
)
SCHEMA_LISTS = ("allOf", "anyOf", "oneOf")
"""Keywords whose value is a subschema, or a list of them; ``items`` is either."""


class PatternError(ValueError):
    """A pattern RE2 cannot evaluate: ``path`` is where it is inside the schema."""

    def __init__(
        self, path: tuple[str | int, ...], pattern: str, reason: str, on_key: bool
    ) -> None:
        super().__init__(reason)
        self.path = path
        self.pattern = pattern
        self.reason = reason
        self.on_key = on_key
        """The pattern is a ``patternProperties`` name: the key, not its value, is it."""


@lru_cache(maxsize=256)
def compiled(pattern: str) -> Any:
    """The RE2 program of ``pattern`` (errors are raised, never logged on stderr)."""
    import re2  # type: ignore[import-untyped]

    options = re2.Options()
    options.log_errors = False
    options.never_capture = True
    return re2.compile(pattern, options=options)


def _reason(error: Exception) -> str:
    detail = error.args[0] if error.args else str(error)
    if isinstance(detail, bytes):
        detail = detail.decode("utf-8", errors="replace")
    return str(detail)


def patterns_in(
    schema: Any, path: tuple[str | int, ...] = ()
) -> Iterator[tuple[tuple[str | int, ...], str, bool]]:
    """Every regular expression of a draft-07 schema, with its path: walked keyword by
    keyword, so a property *named* ``pattern`` or a ``const`` holding one is not taken
    for one. The flag is true for ``patternProperties`` names (the pattern is a key)."""
    stack: list[tuple[tuple[str | int, ...], Any]] = [(path, schema)]
    while stack:
        where, node = stack.pop()
        if not isinstance(node, dict):
            continue
        if isinstance(node.get("pattern"), str):
            yield (*where, "pattern"), node["pattern"], False
        for key in SCHEMA_MAPS:
            table = node.get(key)
            if isinstance(table, dict):
                for name, sub in table.items():
                    if key == "patternProperties" and isinstance(name, str):
                        yield (*where, key, name), name, True
                    stack.append(((*where, key, name), sub))
        for key in SCHEMA_ONE:
            if key in node:
                stack.append(((*where, key), node[key]))
        for key in (*SCHEMA_LISTS, "items"):
            value = node.get(key)
            if isinstance(value, list):
                stack.extend(((*where, key, i), sub) for i, sub in enumerate(value))
            elif key == "items":
                stack.append(((*where, key), value))


def check_patterns(schema: Any) -> None:
    """Raise :class:`PatternError` for the first pattern RE2 cannot compile."""
    for where, pattern, on_key in patterns_in(schema):
        try:
            compiled(pattern)
        except Exception as exc:  # re2.error; its type lives in the extension module
            raise PatternError(where, pattern, _reason(exc), on_key) from exc


def _pattern(validator: Any, pattern: str, instance: Any, schema: Any) -> Iterator[Any]:
    from jsonschema.exceptions import ValidationError

    if validator.is_type(instance, "string") and compiled(pattern).search(instance) is None:
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


def _pattern_properties(
    validator: Any, table: dict[str, Any], instance: Any, schema: Any
) -> Iterator[Any]:
    if not validator.is_type(instance, "object"):
        return
    for pattern, subschema in table.items():
        program = compiled(pattern)
        for key, value in instance.items():
            if program.search(key) is not None:
                yield from validator.descend(value, subschema, path=key, schema_path=pattern)


def _additional(instance: dict[str, Any], schema: dict[str, Any]) -> list[str]:
    properties = schema.get("properties", {})
    programs = [compiled(pattern) for pattern in schema.get("patternProperties", {})]
    return [
        key
        for key in instance
        if key not in properties and not any(p.search(key) is not None for p in programs)
    ]


def _additional_properties(
    validator: Any, allowed: Any, instance: Any, schema: Any
) -> Iterator[Any]:
    """jsonschema's own keyword, with the extra names found by RE2."""
    from jsonschema.exceptions import ValidationError

    if not validator.is_type(instance, "object"):
        return
    extras = _additional(instance, schema)
    if validator.is_type(allowed, "object"):
        for extra in extras:
            yield from validator.descend(instance[extra], allowed, path=extra)
    elif not allowed and extras:
        joined = ", ".join(repr(each) for each in sorted(extras, key=str))
        if "patternProperties" in schema:
            verb = "does" if len(extras) == 1 else "do"
            patterns = ", ".join(repr(each) for each in sorted(schema["patternProperties"]))
            yield ValidationError(f"{joined} {verb} not match any of the regexes: {patterns}")
        else:
            verb = "was" if len(extras) == 1 else "were"
            yield ValidationError(
                f"Additional properties are not allowed ({joined} {verb} unexpected)"
            )


@lru_cache(maxsize=1)
def _linear_draft7() -> Any:
    from jsonschema import Draft7Validator, validators

    return validators.extend(
        Draft7Validator,
        {
            "pattern": _pattern,
            "patternProperties": _pattern_properties,
            "additionalProperties": _additional_properties,
        },
    )


def validator_for(schema: Any) -> Any:
    """A draft-07 validator of ``schema`` whose regular expressions run on RE2."""
    return _linear_draft7()(schema)

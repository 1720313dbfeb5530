"""Validate stage: an object's raw data against the JSON Schema of its format and kind.

Each ``jsonschema`` error becomes exactly one violation whose code names the keyword family
(SLO101 required … SLO107 combinations, SLO100 for the rest) and whose location is the key or
value the problem is about. Messages are written here, not taken from ``jsonschema``: its
wording (``'service' is a required property``, ``is not valid under any of the given
schemas``) names neither the place nor the fix. Words that belong to one pattern or one
condition live next to it in the schema, as ``x-slolint-expected`` (what form a pattern or
format expects) and ``x-slolint-reason`` (when a conditional requirement applies).

``null`` counts as absent, as it does for the Go SDK's JSON decoding: ``alertPolicies:``
with no value is accepted, and ``service: ~`` is reported as a required field without a value.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from slolint import _fastschema, schema_store
from slolint.findings import (
    JsonPath,
    Location,
    ObjectRef,
    Origin,
    Violation,
    format_json_path,
    violation,
)
from slolint.quoting import quoted, shorten, shown

MAX_ERRORS = 1000
"""Schema errors read per object: describing a million wrong list items takes minutes, and a
file reports at most 1,000 findings anyway (``slolint.locate``)."""

MAX_LISTED_FIELDS = 8
"""How many expected fields an unknown-field message lists when nothing is close."""

EXPECTED = "x-slolint-expected"
REASON = "x-slolint-reason"
HINT = "x-slolint-hint"
"""What a value out of range probably means (a percentage in a ratio field), appended to
SLO106's message."""

Problem = tuple[str, Location, str]
"""A mapped error before it becomes a violation: code, location, message."""

Handler = Callable[[Any, Origin, Any], Iterator[Problem]]
"""Maps one ``jsonschema`` error (with the object's data before null removal) to problems."""


def validate(
    api_version: str, kind: str, data: Any, origin: Origin, obj: ObjectRef
) -> list[Violation]:
    """Schema violations of one object, one per problem, sorted by path.

    Objects of kinds slolint has no schema for give no violations: recognition decides
    what is linted, this stage only checks shape. The compiled validators answer first;
    ``jsonschema`` (imported on first use) only sees the objects they reject.
    """
    key = schema_store.schema_for(api_version, kind)
    if key is None:
        return []
    checked = without_nulls(data)
    if _fastschema.accepts(key, checked):
        return []
    found: dict[tuple[str, JsonPath, bool, str], Violation] = {}
    errors = schema_store.validator(key).iter_errors(checked)
    for error in itertools.islice(errors, MAX_ERRORS):
        for code, location, message in _problems(error, origin, data):
            identity = (code, location.path, location.on_key, message)
            found.setdefault(identity, violation(code, location, message, obj=obj))
    if next(errors, None) is not None:
        message = (
            f"more than {MAX_ERRORS:,} schema errors in this object; the others are not reported"
        )
        found[("SLO006", (), False, message)] = violation("SLO006", origin.at(), message, obj=obj)
    return sorted(found.values(), key=_sort_key)


def without_nulls(value: Any) -> Any:
    """The data without mapping entries whose value is ``null``.

    Go's ``encoding/json`` leaves a field untouched when it reads ``null``, so to the SDK
    ``alertPolicies: ~`` is the same as no ``alertPolicies`` at all. List items are kept:
    a ``null`` objective is still a wrong value. Data without any ``null`` in a mapping
    (nearly every document) is returned as it is, uncopied.
    """
    return _copy_without_nulls(value) if _has_null_entry(value) else value


def _has_null_entry(value: Any) -> bool:
    """Whether any mapping inside ``value`` holds a ``null``: one pass with an explicit
    stack (every object of every run goes through it, so no generator per level)."""
    stack = [value]
    pop, push = stack.pop, stack.append
    while stack:
        item = pop()
        children: Any
        if isinstance(item, dict):
            children = item.values()
            if None in children:
                return True
        elif isinstance(item, list):
            children = item
        else:
            continue
        for child in children:
            if isinstance(child, (dict, list)):
                push(child)
    return False


def _copy_without_nulls(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _copy_without_nulls(item) for key, item in value.items() if item is not None}
    if isinstance(value, list):
        return [_copy_without_nulls(item) for item in value]
    return value


def _sort_key(item: Violation) -> tuple[tuple[tuple[int, int, str], ...], bool, str, str]:
    """Paths mix keys and indexes, which do not compare; order indexes before keys."""
    path = tuple(
        (0, part, "") if isinstance(part, int) else (1, 0, part) for part in item.location.path
    )
    text = "".join(part for part in item.message if isinstance(part, str))
    return path, item.location.on_key, item.code, text


def _problems(error: Any, origin: Origin, raw: Any) -> Iterator[Problem]:
    """Dispatch on the failing keyword; unknown keywords fall back to SLO100."""
    handler = _HANDLERS.get(error.validator, _other)
    yield from handler(error, origin, raw)


# --- wording helpers -------------------------------------------------------------------


def dotted(path: JsonPath) -> str:
    """``spec.objectives[0].target``: the JSONPath without its ``$`` root."""
    return format_json_path(path).removeprefix("$").removeprefix(".")


def _in(path: JsonPath) -> str:
    """`` in spec.objectives[0]``, or nothing at the top level of the object."""
    return f" in {dotted(path)}" if path else ""


def described(value: Any) -> str:
    """What was found, for type errors: ``string "99.9"``, ``a mapping``, ``null``."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"boolean {shown(value)}"
    if isinstance(value, str):
        return f"string {shown(value)}"
    if isinstance(value, (int, float)):
        return f"number {shown(value)}"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return type(value).__name__


def _field_name(path: JsonPath) -> str:
    """The key a value sits under, for messages about that value."""
    for part in reversed(path):
        if isinstance(part, str):
            return part
    return "value"


def _suggestion(value: str, choices: list[str]) -> str | None:
    """The closest choice, preferring a case-insensitive exact match."""
    import difflib

    for choice in choices:
        if choice.lower() == value.lower():
            return choice
    close = difflib.get_close_matches(value, choices, n=1, cutoff=0.6)
    return close[0] if close else None


def _names(names: list[str]) -> str:
    """``a and b``, ``a, b and c``."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _with_reason(text: str, schema: Any) -> str:
    reason = schema.get(REASON) if isinstance(schema, dict) else None
    return f"{text} {reason}" if reason else text


def _raw_at(raw: Any, path: JsonPath) -> Any:
    """The object's data at ``path`` before nulls were removed (None if not there)."""
    for part in path:
        if isinstance(raw, dict) and isinstance(part, str):
            raw = raw.get(part)
        elif isinstance(raw, list) and isinstance(part, int) and 0 <= part < len(raw):
            raw = raw[part]
        else:
            return None
    return raw


def _is_property_name(error: Any) -> bool:
    """Errors raised by ``propertyNames`` are about a mapping key, not a value."""
    return "propertyNames" in error.absolute_schema_path


# --- one handler per keyword family ------------------------------------------------------


def _required(error: Any, origin: Origin, raw: Any) -> Iterator[Problem]:
    """SLO101 at the key of the mapping that lacks the field (the field has no position)."""
    path = tuple(error.absolute_path)
    original = _raw_at(raw, path)
    for name in error.validator_value:
        if not isinstance(error.instance, dict) or name in error.instance:
            continue
        if isinstance(original, dict) and name in original:
            message = f'required field "{name}"{_in(path)} has no value'
            yield "SLO101", origin.key(*path, name), _with_reason(message, error.schema)
        else:
            message = f'missing required field "{name}"{_in(path)}'
            yield "SLO101", origin.key(*path), _with_reason(message, error.schema)


def _unknown_fields(error: Any, origin: Origin, raw: Any) -> Iterator[Problem]:
    """SLO102 at each unexpected key, with the closest known field as a suggestion."""
    if error.validator_value is not False or not isinstance(error.instance, dict):
        yield from _other(error, origin, raw)
        return
    path = tuple(error.absolute_path)
    known = list(error.schema.get("properties", {}))
    patterns = list(error.schema.get("patternProperties", {}))
    for key in error.instance:
        if key in known or any(re.search(pattern, key) for pattern in patterns):
            continue
        message = f'unknown field "{key}"{_in(path)}'
        renamed = error.schema.get("x-slolint-renamed", {}).get(key)
        match = _suggestion(key, known)
        if isinstance(renamed, dict):
            # a key of the format's other dialect or version: say so, and name the key here
            message += f'; "{key}" is {renamed.get("why")}; use "{renamed.get("to")}"'
        elif match is not None:
            message += f'; did you mean "{match}"?'
        elif known:
            listed = ", ".join(known[:MAX_LISTED_FIELDS])
            hidden = len(known) - MAX_LISTED_FIELDS
            more = f" (and {hidden} more)" if hidden > 0 else ""
            message += f"; expected one of {listed}{more}"
        else:
            message += "; no fields are allowed here"
        yield "SLO102", origin.key(*path, key), message


TYPE_WORDS = {
    "object": "a mapping",
    "array": "a list",
    "string": "a string",
    "number": "a number",
    "integer": "an integer",
    "boolean": "a boolean (true or false)",
    "null": "null",
}


def _wrong_type(error: Any, origin: Origin, raw: Any) -> Iterator[Problem]:
    """SLO103 at the value: what was expected and what was found."""
    path = tuple(error.absolute_path)
    types = (
        error.validator_value
        if isinstance(error.validator_value, list)
        else [error.validator_value]
    )
    expected = " or ".join(TYPE_WORDS.get(str(name), str(name)) for name in types)
    where = f" at {dotted(path)}" if path else ""
    message = f"expected {expected}{where}, found {described(error.instance)}"
    yield "SLO103", origin.at(*path), message


def _invalid_value(error: Any, origin: Origin, raw: Any) -> Iterator[Problem]:
    """SLO104 at the value: the allowed values, and the closest one when there is a choice."""
    path = tuple(error.absolute_path)
    allowed = list(error.validator_value) if error.validator == "enum" else [error.validator_value]
    listing = ", ".join(shown(item) for item in allowed)
    expected = listing if len(allowed) == 1 else f"one of {listing}"
    message = f"invalid {_field_name(path)} {shown(error.instance)}; expected {expected}"
    if isinstance(error.instance, str) and len(allowed) > 1:
        match = _suggestion(error.instance, [item for item in allowed if isinstance(item, str)])
        if match is not None:
            message += f'; did you mean "{match}"?'
    yield "SLO104", origin.at(*path), message


def _invalid_form(error: Any, origin: Origin, raw: Any) -> Iterator[Problem]:
    """SLO105 at the value (or key): the expected form in words, from the schema."""
    path = tuple(error.absolute_path)
    expected = error.schema.get(EXPECTED)
    if expected is None:
        keyword = error.validator
        expected = (
            f"a string matching {error.validator_value}"
            if keyword == "pattern"
            else f"a valid {error.validator_value}"
        )
    if _is_property_name(error):
        message = f"key {quoted(error.instance)}{_in(path)} is not {expected}"
        yield "SLO105", origin.key(*path, error.instance), message
        return
    subject = dotted(path) or "value"
    yield "SLO105", origin.at(*path), f"{subject} {quoted(error.instance)} is not {expected}"


def _bound(schema: Mapping[str, Any]) -> str:
    """A number's allowed range in words: ``greater than 0``, ``in (0, 1]``."""
    low = ("(", schema["exclusiveMinimum"]) if "exclusiveMinimum" in schema else None
    if low is None and "minimum" in schema:
        low = ("[", schema["minimum"])
    high = (")", schema["exclusiveMaximum"]) if "exclusiveMaximum" in schema else None
    if high is None and "maximum" in schema:
        high = ("]", schema["maximum"])
    if low and high:
        return f"in {low[0]}{shown(low[1])}, {shown(high[1])}{high[0]}"
    if low:
        return f"{'greater than' if low[0] == '(' else 'at least'} {shown(low[1])}"
    assert high is not None
    return f"{'less than' if high[0] == ')' else 'at most'} {shown(high[1])}"


def _count(schema: Mapping[str, Any], low_key: str, high_key: str, noun: str) -> str:
    """A size requirement in words: ``exactly 1 item``, ``at most 1050 characters``."""
    low, high = schema.get(low_key), schema.get(high_key)
    if low is not None and low == high:
        amount, limit = "exactly", low
    elif low is not None:
        amount, limit = "at least", low
    else:
        amount, limit = "at most", high
    return f"{amount} {limit} {noun}{'' if limit == 1 else 's'}"


def _out_of_range(error: Any, origin: Origin, raw: Any) -> Iterator[Problem]:
    """SLO106 at the value: numbers, string lengths, list and mapping sizes."""
    path = tuple(error.absolute_path)
    subject = dotted(path) or "the object"
    keyword, value, schema = error.validator, error.instance, error.schema
    if keyword in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        message = f"{subject} is {shown(value)}; expected a number {_bound(schema)}"
        hint = schema.get(HINT) if keyword in ("maximum", "exclusiveMaximum") else None
        if isinstance(hint, str):
            message = f"{message}; {hint}"
    elif keyword in ("minLength", "maxLength"):
        expected = _count(schema, "minLength", "maxLength", "character")
        if not value and schema.get("minLength") == 1:
            message = f"{subject} is empty; expected a non-empty string"
        elif not value:
            message = f"{subject} is empty; expected {expected}"
        else:
            message = f"{subject} is {len(value)} characters long; expected {expected}"
        if _is_property_name(error):
            yield "SLO106", origin.key(*path, value), f"key {quoted(value)}{_in(path)}: {message}"
            return
    elif keyword in ("minItems", "maxItems"):
        expected = _count(schema, "minItems", "maxItems", "item")
        size = "is empty" if not value else f"has {len(value)} item{'' if len(value) == 1 else 's'}"
        message = f"{subject} {size}; expected {expected}"
    else:
        expected = _count(schema, "minProperties", "maxProperties", "field")
        size = (
            "is empty" if not value else f"has {len(value)} field{'' if len(value) == 1 else 's'}"
        )
        message = f"{subject} {size}; expected {expected}"
    yield "SLO106", origin.at(*path), message


def _exclusive_names(branches: Any) -> list[str] | None:
    """The field names of an ``oneOf``/``anyOf`` that only says "one of these fields"."""
    if not isinstance(branches, list):
        return None
    names = []
    for branch in branches:
        if (
            not isinstance(branch, dict)
            or set(branch) != {"required"}
            or len(branch["required"]) != 1
        ):
            return None
        names.append(branch["required"][0])
    return names


def _alternatives(error: Any, origin: Origin, raw: Any) -> Iterator[Problem]:
    """``oneOf``/``anyOf``: the exactly-one-of-these-fields pattern, or the best branch."""
    path = tuple(error.absolute_path)
    names = _exclusive_names(error.validator_value)
    if names is not None:
        if isinstance(error.instance, dict):  # otherwise the type error says it all
            yield from _exclusive(error, names, path, origin)
        return
    from jsonschema.exceptions import best_match

    best = best_match(error.context) if error.context else None
    if best is not None:
        yield from _problems(best, origin, raw)
        return
    subject = dotted(path) or "the object"
    yield "SLO107", origin.at(*path), f"{subject} matches more than one of the allowed forms"


def _exclusive(error: Any, names: list[str], path: JsonPath, origin: Origin) -> Iterator[Problem]:
    present = [key for key in error.instance if key in names]
    where = dotted(path) or "the object"
    if not present:
        reason = error.schema.get(REASON)
        message = f"one of {', '.join(names)} must be set in {where}"
        message += f" {reason}" if reason else ""
        yield "SLO107", origin.key(*path), f"{message}, none was provided"
    elif len(present) > 1:
        message = f"{_names(present)} are mutually exclusive in {where}; set only one"
        yield "SLO107", origin.key(*path, present[1]), message


def _forbidden(error: Any, origin: Origin, raw: Any) -> Iterator[Problem]:
    """``not: {required: [field]}``: the field is present where it is not allowed."""
    path = tuple(error.absolute_path)
    names = _exclusive_names([error.validator_value])
    if names is None:
        subject = dotted(path) or "the object"
        message = _with_reason(
            f"{subject} has a combination of fields that is not allowed", error.schema
        )
        yield "SLO107", origin.at(*path), message
        return
    if not isinstance(error.instance, dict):
        return  # a value of the wrong type has no fields; its type error is reported
    name = names[0]
    message = f'field "{name}" is not allowed{_in(path)}'
    yield "SLO107", origin.key(*path, name), _with_reason(message, error.schema)


def _dependencies(error: Any, origin: Origin, raw: Any) -> Iterator[Problem]:
    """``dependencies`` with field lists: a field that needs another one next to it."""
    path = tuple(error.absolute_path)
    if not isinstance(error.instance, dict):
        return
    for name, needs in error.validator_value.items():
        if name not in error.instance or not isinstance(needs, list):
            continue
        for need in needs:
            if need not in error.instance:
                message = f'field "{name}"{_in(path)} requires field "{need}" next to it'
                yield "SLO107", origin.key(*path, name), message


def _other(error: Any, origin: Origin, raw: Any) -> Iterator[Problem]:
    """SLO100: any keyword the families above do not cover (``uniqueItems`` and the like)."""
    path = tuple(error.absolute_path)
    detail = shorten(str(error.message)).rstrip(".")
    subject = dotted(path) or "the object"
    yield "SLO100", origin.at(*path), f"{subject} violates the schema ({error.validator}): {detail}"


_HANDLERS: dict[str, Handler] = {
    "required": _required,
    "additionalProperties": _unknown_fields,
    "type": _wrong_type,
    "enum": _invalid_value,
    "const": _invalid_value,
    "pattern": _invalid_form,
    "format": _invalid_form,
    "minimum": _out_of_range,
    "maximum": _out_of_range,
    "exclusiveMinimum": _out_of_range,
    "exclusiveMaximum": _out_of_range,
    "minLength": _out_of_range,
    "maxLength": _out_of_range,
    "minItems": _out_of_range,
    "maxItems": _out_of_range,
    "minProperties": _out_of_range,
    "maxProperties": _out_of_range,
    "oneOf": _alternatives,
    "anyOf": _alternatives,
    "not": _forbidden,
    "dependencies": _dependencies,
}

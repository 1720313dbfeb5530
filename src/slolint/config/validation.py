"""Validate a configuration table against ``schemas/slolint-config.schema.json``.

jsonschema is the reporter of record, as for SLO documents; its errors become
``path:line:col: message`` at the key or value they concern, and the first one stops the
run with exit code 2 (an invalid configuration must never be half applied).
"""

from __future__ import annotations

import difflib
import functools
import json
from typing import Any

from slolint.config.files import ConfigError, ConfigFile
from slolint.findings import JsonPath
from slolint.quoting import shorten
from slolint.schema_store import schema_dir

SCHEMA_FILE = "slolint-config.schema.json"
JSON_TYPES = {
    dict: "object",
    list: "array",
    str: "string",
    int: "integer",
    float: "number",
    bool: "boolean",
    type(None): "null",
}
"""Python types as the schema names them, so messages speak YAML, not Python."""


@functools.cache
def config_schema() -> dict[str, Any]:
    text = (schema_dir() / SCHEMA_FILE).read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


@functools.cache
def _validator() -> Any:
    from jsonschema import Draft7Validator

    return Draft7Validator(config_schema())


def _dotted(path: JsonPath) -> str:
    return ".".join(str(part) for part in path) or "configuration"


def _message(error: Any) -> tuple[JsonPath, str, bool]:
    """(path, message, points at the key) for one jsonschema error."""
    path: JsonPath = tuple(error.absolute_path)
    where = _dotted(path)
    if error.validator == "additionalProperties":
        extra = sorted(set(error.instance) - set(error.schema.get("properties", {})))
        name = extra[0] if extra else "?"
        allowed = sorted(error.schema.get("properties", {}))
        close = difflib.get_close_matches(name, allowed, n=1)
        hint = (
            f'; did you mean "{close[0]}"?' if close else f"; expected one of {', '.join(allowed)}"
        )
        prefix = f"{where}: " if path else ""
        return (*path, name), f"{prefix}unknown key {shorten(repr(name), 60)}{hint}", True
    if error.validator == "required":
        return path, f"{where}: {error.message}", False
    if error.validator == "enum":
        options = ", ".join(str(v) for v in error.validator_value)
        return path, f"{where}: {shorten(repr(error.instance), 60)} is not one of {options}", False
    if error.validator == "type":
        expected = error.validator_value
        expected = " or ".join(expected) if isinstance(expected, list) else expected
        found = JSON_TYPES.get(type(error.instance), type(error.instance).__name__)
        return path, f"{where}: expected {expected}, found {found}", False
    if error.validator == "pattern" and path and path[0] == "policies":
        return (
            path,
            f"{where}: {shorten(repr(error.instance), 60)} is not a valid policy {path[-1]}; codes are letters then digits and must not start with SLO; names are kebab-case",
            False,
        )
    if error.validator == "pattern":
        return (
            path,
            f"{where}: {shorten(repr(error.instance), 60)} is not a rule code, prefix or name",
            False,
        )
    return path, f"{where}: {shorten(error.message, 200)}", False


def validate_table(config: ConfigFile) -> None:
    """Raise :class:`ConfigError` for the first schema error, located in the file."""
    errors = sorted(
        _validator().iter_errors(config.data),
        key=lambda e: config.position(tuple(e.absolute_path)),
    )
    if errors:
        path, message, on_key = _message(errors[0])
        raise config.error(path, message, on_key=on_key)


__all__ = ["ConfigError", "config_schema", "validate_table"]

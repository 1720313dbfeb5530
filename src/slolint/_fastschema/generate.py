"""Generate ``generated.py``: compiled validators for every document schema in ``schemas/``.

``python -m slolint._fastschema.generate`` (``make schemas-code``) rewrites the module;
``--check`` exits 1 when the committed module no longer matches ``schemas/``. The tests run
the check too, so a schema edit without regeneration fails the suite rather than silently
validating documents against an old schema.

fastjsonschema turns a JSON Schema into plain Python code. Four adjustments keep the result
equivalent to ``jsonschema``, which stays the validator of record for messages:

* one generation over all kinds (a root schema whose ``anyOf`` names every kind), so shared
  definitions become one function each; the root's own function is dropped;
* ``pattern`` keeps Python's ``re.search`` semantics with the pattern as written, like
  ``jsonschema`` (fastjsonschema would turn every ``$`` into ``\\Z``);
* formats are checked only where ``schema_store.FORMAT_CHECKS`` checks them; every format
  fastjsonschema would check by itself is routed through the same mapping, where unknown
  names pass, as they do for ``jsonschema``'s checker;
* raising carries no message: a rejected document is re-validated by ``jsonschema``, so the
  generated code only says yes or no, and needs nothing but ``re`` at run time; for the
  same reason the name of the value being checked is not built for each call (it was a
  ``str.format(**locals())`` per list item and per nested object);
* each ``pattern`` is compiled when a check first uses it, not at import: a run over one
  kind of document needs few of them;
* ``decimal.Decimal`` (which YAML loading never produces) is a local placeholder class.

The output depends on the fastjsonschema version, which the ``test`` extra pins.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

from slolint import schema_store

GENERATED = Path(__file__).with_name("generated.py")
ROOT_KEY = "index.schema.json"
"""A schema key no file uses: the synthetic root that references every kind."""

_RAISE = re.compile(r"^(?P<indent> *)raise JsonSchemaValueException\(.*\)$", re.MULTILINE)
_NAME_PREFIX = re.compile(
    r'\(name_prefix or "data"\) \+ "(?:[^"\\]|\\.)*"(?:\.format\(\*\*locals\(\)\))?'
)
"""The path of the value checked, built for messages the generated code no longer raises."""
_IMPORT = "from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException\n"
_DECIMAL = "from decimal import Decimal\n"
_PATTERNS = re.compile(r"^REGEX_PATTERNS = \{\n.*?\n\}\n", re.MULTILINE | re.DOTALL)

HEADER = '''\
# ruff: noqa
# mypy: ignore-errors
"""Compiled validators for slolint's document schemas: yes or no, without messages.

Generated from schemas/ by `make schemas-code` (python -m slolint._fastschema.generate)
with fastjsonschema {version}. Do not edit: regenerate after changing a schema.
"""

from collections.abc import Callable

SCHEMAS_DIGEST = {digest!r}
"""Checksum of the schema files this module was generated from (see schema_store)."""


class Decimal:
    """Stands in for ``decimal.Decimal`` in the number checks: loaded YAML never holds one,
    and importing ``decimal`` would cost every run several milliseconds."""


class JsonSchemaValueException(ValueError):
    """Raised by the generated code when a document does not conform."""


JsonSchemaValuesException = JsonSchemaValueException


class _Patterns(dict):
    """Each ``pattern`` of the schemas, compiled when a check first needs it."""

    def __missing__(self, pattern):
        compiled = self[pattern] = re.compile(pattern)
        return compiled

'''


def function_name(uri: str) -> str:
    """The name fastjsonschema gives the function validating the schema at ``uri``."""
    name = re.sub(r"($[^a-zA-Z]|[^a-zA-Z0-9])", "_", "validate_" + uri)
    return name.lower().rstrip("_")


def _root_schema() -> dict[str, Any]:
    return {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "$id": schema_store.schema_uri(ROOT_KEY),
        "anyOf": [{"$ref": key} for key in schema_store.SCHEMA_KINDS.values()],
    }


def _accept(value: object) -> bool:
    return True


def _raw_code() -> tuple[str, str]:
    """fastjsonschema's output for the root schema, and its version."""
    import fastjsonschema
    from fastjsonschema.draft07 import CodeGeneratorDraft07

    by_uri = {
        schema.get("$id", schema_store.schema_uri(key)): schema
        for key, schema in schema_store.load_schemas().items()
    }

    def offline(uri: str) -> Any:
        base = uri.split("#", 1)[0]
        if base not in by_uri:
            raise LookupError(f"schema {uri} is not in schemas/")
        return by_uri[base]

    formats: dict[str, Any] = dict.fromkeys(CodeGeneratorDraft07.FORMAT_REGEXS, _accept)
    formats.update(schema_store.FORMAT_CHECKS)
    code = fastjsonschema.compile_to_code(
        _root_schema(), handlers={"https": offline}, formats=formats, use_default=False
    )
    return code, fastjsonschema.VERSION


def _drop_function(code: str, name: str) -> str:
    start = code.index(f"\ndef {name}(")
    end = code.find("\ndef ", start + 1)
    return code[:start] + (code[end:] if end != -1 else "\n")


def generate() -> str:
    """The module's source text, deterministic for the same schemas and fastjsonschema."""
    code, version = _raw_code()
    code = code.split("\n", 1)[1]  # VERSION = "...": the header names the version
    if _IMPORT not in code:
        raise RuntimeError("fastjsonschema's output changed: the exception import is missing")
    code = code.replace(_IMPORT, "").replace(_DECIMAL, "")
    code, raises = _RAISE.subn(lambda m: f"{m['indent']}raise JsonSchemaValueException", code)
    if raises == 0 or "JsonSchemaValueException(" in code:
        raise RuntimeError("fastjsonschema's output changed: unexpected raise statements")
    code = _NAME_PREFIX.sub("name_prefix", code)
    if "(name_prefix or" in code:
        raise RuntimeError("fastjsonschema's output changed: unexpected name_prefix use")
    patterns = re.findall(r"REGEX_PATTERNS\[('(?:[^'\\]|\\.)*')\]", code)
    table = "".join(f"#   {pattern}\n" for pattern in sorted(set(patterns)))
    if patterns:
        replacement = f"# The patterns the checks use:\n{table}REGEX_PATTERNS = _Patterns()\n"
        code, replaced = _PATTERNS.subn(lambda _: replacement, code)
        if replaced != 1:
            raise RuntimeError("fastjsonschema's output changed: REGEX_PATTERNS not found")
    code = _drop_function(code, function_name(schema_store.schema_uri(ROOT_KEY)))
    entries = []
    for key in sorted(set(schema_store.SCHEMA_KINDS.values())):
        name = function_name(schema_store.schema_uri(key))
        if f"\ndef {name}(" not in code:
            raise RuntimeError(f"no generated function for {key}")
        entries.append(f"    {key!r}: {name},\n")
    footer = (
        "\n\nVALIDATORS: dict[str, Callable[..., None]] = {\n" + "".join(entries) + "}\n"
        '"""Schema key -> function(data, formats); raises JsonSchemaValueException if invalid."""\n'
    )
    header = HEADER.format(version=version, digest=schema_store.schemas_digest())
    body = re.sub(r"\n{3,}", "\n\n\n", code.strip("\n"))
    text = header + "\n" + body + footer
    return re.sub(r"[ \t]+$", "", text, flags=re.MULTILINE)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m slolint._fastschema.generate",
        description="Regenerate the compiled schema validators from schemas/.",
    )
    parser.add_argument(
        "--check", action="store_true", help="exit 1 if the committed module is out of date"
    )
    args = parser.parse_args(argv)
    text = generate()
    current = GENERATED.read_text(encoding="utf-8") if GENERATED.exists() else ""
    if args.check:
        if current != text:
            print(f"{GENERATED} is out of date: run `make schemas-code`", file=sys.stderr)
            return 1
        return 0
    if current != text:
        GENERATED.write_text(text, encoding="utf-8")
        print(f"wrote {GENERATED}")
    else:
        print(f"{GENERATED} is up to date")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

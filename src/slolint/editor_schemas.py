"""Self-contained JSON Schemas for editors, and the catalog that maps file names to them.

slolint's own schemas (``schemas/<format>/<kind>.schema.json``) share definitions through
relative ``$ref``\\ s (``defs.schema.json#/definitions/name``, ``../openslo-v1/defs...``)
that resolve against ``$id`` URIs on a domain that serves nothing. slolint resolves them
offline from its registry, but the tools users point at a schema do not:
check-jsonschema tries to download ``defs.schema.json``, and yaml-language-server resolves
a definition's own ``#/definitions/x`` against the wrong document. So each document
schema is *bundled*: every definition it reaches in another file is copied into its own
``definitions`` under a name that says where it came from (``openslo-v1.defs.metadata``),
and every reference is rewritten to point inside the one file.

``python -m slolint.editor_schemas`` (part of ``make schemas-code``) writes the bundles to
``schemas/bundled/<format>/<kind>.schema.json`` and ``schemas/catalog.json``, in
SchemaStore's catalog format; ``--check`` exits 1 when they are stale. It is generic over the
folders of ``schemas/``: a folder added for a new format is bundled without a change here.
``slolint schema KIND`` prints one bundle (see :func:`lookup`).
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import unquote

from slolint import __version__, schema_store

BUNDLED = "bundled"
CATALOG = "catalog.json"
CATALOG_SCHEMA = "https://json.schemastore.org/schema-catalog.json"
RAW_BASE = "https://raw.githubusercontent.com/slolint/slolint/v{version}/schemas/"
"""Where a tagged release serves the files of ``schemas/``; the catalog points there."""

SHARED_KEYS = frozenset({"$schema", "$id", "$comment", "title", "description", "definitions"})
"""A schema file with nothing but these keys only holds definitions for others (``defs``)."""

EXTRA_PATTERNS: dict[str, tuple[str, ...]] = {
    "slolint-v1alpha1/errorbudgetpolicy.schema.json": ("*.ebp.yaml", "*.ebp.yml", "*.ebp.json"),
}
"""File names the README recommends beyond the default ``*.<kind>.yaml``."""

PREFERRED_DIRECTORY = "openslo-v1"
"""When two formats have a kind of the same name, this one keeps the short pattern."""

MAX_REFS = 100_000
"""A bound on the references followed while bundling one schema."""


class BundleError(Exception):
    """A reference that cannot be resolved within ``schemas/``."""


@dataclass(frozen=True, slots=True)
class EditorSchema:
    """One bundled document schema: its key, the names it is looked up by, and its data."""

    key: str
    """``openslo-v1/slo.schema.json``: the path below ``schemas/`` (and ``schemas/bundled/``)."""
    name: str
    """``openslo/v1/SLO``: apiVersion and kind, or the key without suffix when unknown."""
    kind: str
    schema: dict[str, Any]


def source_schemas(root: Path) -> dict[str, dict[str, Any]]:
    """Every schema file in the format folders of ``root`` (all folders but ``bundled``)."""
    found: dict[str, dict[str, Any]] = {}
    for folder in sorted(root.iterdir(), key=lambda item: item.name):
        if not folder.is_dir() or folder.name == BUNDLED:
            continue
        for path in sorted(folder.glob("*.schema.json")):
            found[f"{folder.name}/{path.name}"] = json.loads(path.read_text(encoding="utf-8"))
    return found


def is_document_schema(schema: dict[str, Any]) -> bool:
    return not set(schema) <= SHARED_KEYS


def _resolve_pointer(document: Any, pointer: str, where: str) -> Any:
    node = document
    for raw in pointer.lstrip("/").split("/") if pointer.strip("/") else ():
        part = unquote(raw).replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            raise BundleError(f"{where}: no {pointer!r} to refer to")
    return node


def _target(base: str, ref: str) -> tuple[str, str]:
    """The (file key, JSON pointer) a reference in file ``base`` points at."""
    file_part, _, pointer = ref.partition("#")
    if not file_part:
        return base, pointer
    if file_part.startswith(schema_store.SCHEMA_BASE_URI):
        return file_part[len(schema_store.SCHEMA_BASE_URI) :], pointer
    if "://" in file_part:
        raise BundleError(f"{base}: reference {ref!r} leaves schemas/")
    parts: list[str] = []
    for part in (PurePosixPath(base).parent / file_part).parts:
        if part == "..":
            if not parts:
                raise BundleError(f"{base}: reference {ref!r} leaves schemas/")
            parts.pop()
        elif part != ".":
            parts.append(part)
    return "/".join(parts), pointer


def _definition_name(key: str, pointer: str) -> str:
    """``openslo-v1/defs.schema.json`` + ``/definitions/metadata`` → ``openslo-v1.defs.metadata``."""
    folder, _, file_name = key.partition("/")
    stem = file_name.removesuffix(".schema.json").removesuffix(".json")
    parts = [part for part in pointer.strip("/").split("/") if part]
    if parts[:1] == ["definitions"]:
        parts = parts[1:]
    return ".".join([folder, stem, *parts])


def bundle(key: str, sources: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The schema ``key`` with every definition it reaches in other files copied into it."""
    root = copy.deepcopy(sources[key])
    definitions: dict[str, Any] = root.setdefault("definitions", {})
    imported: dict[tuple[str, str], str] = {}
    pending: list[tuple[Any, str]] = [(root, key)]
    followed = 0

    def import_target(target: tuple[str, str]) -> str:
        if target in imported:
            return imported[target]
        file_key, pointer = target
        if file_key not in sources:
            raise BundleError(f"{key}: reference to {file_key}, which is not in schemas/")
        name = _definition_name(file_key, pointer)
        if name in definitions:
            raise BundleError(f"{key}: definition {name!r} would be defined twice")
        fragment = copy.deepcopy(_resolve_pointer(sources[file_key], pointer, file_key))
        if isinstance(fragment, dict):
            for keyword in ("$id", "$schema"):
                fragment.pop(keyword, None)
        imported[target] = name
        definitions[name] = fragment
        pending.append((fragment, file_key))
        return name

    while pending:
        node, base = pending.pop()
        stack = [node]
        while stack:
            current = stack.pop()
            if isinstance(current, list):
                stack.extend(current)
                continue
            if not isinstance(current, dict):
                continue
            ref = current.get("$ref")
            if isinstance(ref, str):
                followed += 1
                if followed > MAX_REFS:
                    raise BundleError(f"{key}: more than {MAX_REFS} references")
                target = _target(base, ref)
                if target[0] == key:
                    current["$ref"] = "#" + target[1]
                else:
                    current["$ref"] = "#/definitions/" + import_target(target)
            for child in current.values():
                # the root's own definitions are walked as part of the root
                if child is definitions and current is root:
                    stack.extend(v for n, v in child.items() if n not in imported.values())
                else:
                    stack.append(child)
    root["$id"] = schema_store.SCHEMA_BASE_URI + f"{BUNDLED}/{key}"
    root["definitions"] = dict(sorted(definitions.items()))
    if not root["definitions"]:
        del root["definitions"]
    return root


def _const(schema: dict[str, Any], field: str) -> str | None:
    spec = schema.get("properties", {}).get(field)
    if isinstance(spec, dict):
        value = spec.get("const")
        if isinstance(value, str):
            return value
        values = spec.get("enum")
        if isinstance(values, list) and len(values) == 1 and isinstance(values[0], str):
            return values[0]
    return None


def editor_schemas(root: Path) -> list[EditorSchema]:
    """Every document schema of ``root``, bundled, in key order."""
    sources = source_schemas(root)
    found = []
    for key, schema in sources.items():
        if not is_document_schema(schema):
            continue
        api_version = _const(schema, "apiVersion") or _const(schema, "version")
        kind = _const(schema, "kind")
        fallback = key.removesuffix(".schema.json")
        if api_version and kind:
            name = f"{api_version}/{kind}"
        else:
            name = fallback
            kind = fallback.rsplit("/", 1)[-1]
        found.append(EditorSchema(key, name, kind or fallback, bundle(key, sources)))
    return found


def file_patterns(schemas: list[EditorSchema]) -> dict[str, list[str]]:
    """``*.<kind>.yaml`` (and ``.yml``, ``.json``) per schema; shared kind names get the folder."""
    stems: dict[str, list[str]] = {}
    for entry in schemas:
        stem = entry.key.rsplit("/", 1)[-1].removesuffix(".schema.json")
        stems.setdefault(stem, []).append(entry.key)
    patterns: dict[str, list[str]] = {}
    for entry in schemas:
        folder, _, file_name = entry.key.partition("/")
        stem = file_name.removesuffix(".schema.json")
        shared = len(stems[stem]) > 1 and folder != PREFERRED_DIRECTORY
        prefix = f"{folder}.{stem}" if shared else stem
        names = [f"*.{prefix}.{suffix}" for suffix in ("yaml", "yml", "json")]
        patterns[entry.key] = names + list(EXTRA_PATTERNS.get(entry.key, ()))
    return patterns


def catalog(schemas: list[EditorSchema], version: str = __version__) -> dict[str, Any]:
    """SchemaStore's catalog format: name, description, file patterns and URL per schema."""
    patterns = file_patterns(schemas)
    base = RAW_BASE.format(version=version)
    entries = [
        {
            "name": f"slolint {entry.name}",
            "description": str(entry.schema.get("title", entry.name)),
            "fileMatch": patterns[entry.key],
            "url": f"{base}{BUNDLED}/{entry.key}",
        }
        for entry in schemas
    ]
    return {"$schema": CATALOG_SCHEMA, "version": 1, "schemas": entries}


def dumps(data: Any) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def expected_files(root: Path) -> dict[Path, str]:
    """Every file the bundler writes below ``root``, with its text."""
    schemas = editor_schemas(root)
    files = {root / BUNDLED / entry.key: dumps(entry.schema) for entry in schemas}
    files[root / CATALOG] = dumps(catalog(schemas))
    return files


def stale_files(root: Path) -> list[Path]:
    """Files that differ from what the bundler would write, and bundles of removed schemas."""
    expected = expected_files(root)
    stale = [
        path
        for path, text in expected.items()
        if not path.is_file() or path.read_text(encoding="utf-8") != text
    ]
    bundled = root / BUNDLED
    if bundled.is_dir():
        stale += [path for path in sorted(bundled.rglob("*.json")) if path not in expected]
    return stale


def write(root: Path) -> list[Path]:
    """Bring ``schemas/bundled/`` and ``schemas/catalog.json`` up to date; the files changed."""
    expected = expected_files(root)
    changed = []
    for path in stale_files(root):
        if path in expected:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(expected[path], encoding="utf-8")
        else:
            path.unlink()
        changed.append(path)
    return changed


# --- looking a schema up (``slolint schema``) ----------------------------------------------


def installed() -> list[EditorSchema]:
    """The bundled schemas as shipped: read from ``schemas/bundled/``, never rebuilt."""
    root = schema_store.schema_dir()
    found = []
    for path in sorted((root / BUNDLED).glob("*/*.schema.json")):
        key = f"{path.parent.name}/{path.name}"
        schema = json.loads(path.read_text(encoding="utf-8"))
        api_version = _const(schema, "apiVersion") or _const(schema, "version")
        kind = _const(schema, "kind")
        fallback = key.removesuffix(".schema.json")
        name = f"{api_version}/{kind}" if api_version and kind else fallback
        found.append(EditorSchema(key, name, kind or fallback.rsplit("/", 1)[-1], schema))
    return found


def lookup(query: str, schemas: list[EditorSchema]) -> list[EditorSchema]:
    """The schemas a name selects: ``openslo/v1/SLO``, ``openslo-v1/slo``, or a bare kind.

    A bare kind (``SLA``) selects every format's schema of that kind; the caller reports
    more than one as ambiguous.
    """
    for entry in schemas:
        if query in (entry.name, entry.key, entry.key.removesuffix(".schema.json")):
            return [entry]
    return [entry for entry in schemas if entry.kind == query]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m slolint.editor_schemas",
        description="Write the self-contained editor schemas and the catalog from schemas/.",
    )
    parser.add_argument("--check", action="store_true", help="exit 1 if they are out of date")
    args = parser.parse_args(argv)
    root = schema_store.schema_dir()
    if args.check:
        stale = stale_files(root)
        for path in stale:
            print(f"{path} is out of date: run `make schemas-code`", file=sys.stderr)
        return 1 if stale else 0
    for path in write(root):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

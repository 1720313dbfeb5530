"""Where slolint's JSON Schemas live, and their compiled validators.

The schemas ship inside the wheel as ``slolint/schemas`` (a hatch ``force-include`` of the
repository's ``schemas/`` directory); in a source checkout or an editable install they are
read from ``<repo>/schemas``. Everything here is lazy and cached: ``import jsonschema``
alone costs about 100 ms, which a pre-commit run on one clean file should not pay before
the first document that needs validating.

``$ref`` resolution never touches the network: every schema is registered under its
``$id`` (``https://slolint.dev/schemas/<dir>/<file>``), so relative references such as
``defs.schema.json#/definitions/name`` resolve against the files on disk.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from slolint.recognize.format import FormatSet, builtin_formats

SCHEMA_BASE_URI = "https://slolint.dev/schemas/"

SCHEMA_KINDS: dict[tuple[str, str], str] = dict(FormatSet(builtin_formats()).schemas)
"""(apiVersion, kind) → schema key (the path of the schema below the schema directory),
derived from the built-in format records (:mod:`slolint.recognize.format`); plugin formats
bring no schema files into ``schemas/``."""

FORMAT_DIRECTORIES = frozenset(key.split("/", 1)[0] for key in SCHEMA_KINDS.values())
"""Only these directories hold document schemas; the rest of ``schemas/`` describes
slolint's own output and configuration and is not needed to validate documents."""


def schema_for(api_version: str, kind: str) -> str | None:
    """The schema key for a document kind, or None when slolint has no schema for it."""
    return SCHEMA_KINDS.get((api_version, kind))


def schema_uri(key: str) -> str:
    """The ``$id`` a schema file must carry, derived from its key."""
    return SCHEMA_BASE_URI + key


def schema_dir() -> Path:
    """The installed ``slolint/schemas``, else ``<repo>/schemas`` next to ``src/``.

    A plain path, not ``importlib.resources``: its readers import ``zipfile`` and
    ``shutil``, a cost every one-file run (a pre-commit hook) would pay for nothing.
    """
    packaged = Path(__file__).resolve().parent / "schemas"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "schemas"


def _walk(directory: Path, prefix: str) -> Iterator[tuple[str, Path]]:
    for entry in sorted(directory.iterdir(), key=lambda item: item.name):
        key = f"{prefix}{entry.name}"
        if entry.is_dir():
            yield from _walk(entry, f"{key}/")
        elif entry.name.endswith(".json"):
            yield key, entry


@functools.cache
def schema_texts() -> dict[str, bytes]:
    """The bytes of every document schema file, by key, in key order."""
    root = schema_dir()
    texts: dict[str, bytes] = {}
    for directory in sorted(FORMAT_DIRECTORIES):
        for key, entry in _walk(root / directory, f"{directory}/"):
            texts[key] = entry.read_bytes()
    return texts


def schemas_digest() -> str:
    """A CRC-32 over every document schema file (key, length and bytes), in hex.

    The compiled validators record the digest they were generated from; a mismatch means
    ``schemas/`` changed without regeneration, and the fast path stands aside. A checksum,
    not a cryptographic hash: it guards against forgetting to regenerate, and ``zlib`` is
    loaded already where ``hashlib`` would cost a one-file run a few milliseconds.
    """
    import zlib

    crc = 0
    for key, data in schema_texts().items():
        crc = zlib.crc32(f"{key}\0{len(data)}\0".encode(), crc)
        crc = zlib.crc32(data, crc)
    return f"{crc:08x}"


@functools.cache
def load_schemas() -> dict[str, dict[str, Any]]:
    """Every document schema, by key (``openslo-v1/slo.schema.json``)."""
    return {key: json.loads(data.decode("utf-8")) for key, data in schema_texts().items()}


@functools.cache
def registry() -> Any:
    """A ``referencing.Registry`` holding every schema under its ``$id``."""
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT7

    resources_by_uri = [
        (
            schema.get("$id", schema_uri(key)),
            Resource.from_contents(schema, default_specification=DRAFT7),
        )
        for key, schema in load_schemas().items()
    ]
    return Registry().with_resources(resources_by_uri).crawl()


def is_iana_time_zone(value: object) -> bool:
    """True for names the IANA database knows, as Go's ``time.LoadLocation`` would load.

    ``""`` and ``"Local"`` are refused like go-sdk's ``StringTimeZone`` does; directories
    (``America``) and non-zone files make ``zoneinfo`` raise ``OSError`` or ``ValueError``.
    Values that are not strings pass: the ``type`` keyword reports those.
    """
    if not isinstance(value, str):
        return True
    if value in ("", "Local"):
        return False
    import zoneinfo

    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


FORMAT_CHECKS: dict[str, Callable[[object], bool]] = {"iana-time-zone": is_iana_time_zone}
"""The formats slolint checks, for ``jsonschema`` and the compiled validators alike; any
other ``format`` in a schema is an annotation only."""


@functools.cache
def format_checker() -> Any:
    """A ``FormatChecker`` that knows only the formats in :data:`FORMAT_CHECKS`."""
    from jsonschema import FormatChecker

    checker = FormatChecker(formats=())
    for name, check in FORMAT_CHECKS.items():
        checker.checks(name)(check)
    return checker


@functools.cache
def validator(key: str) -> Any:
    """The ``Draft7Validator`` for one schema key, built once and reused for every document."""
    from jsonschema import Draft7Validator

    return Draft7Validator(
        load_schemas()[key], registry=registry(), format_checker=format_checker()
    )


def validator_for(api_version: str, kind: str) -> Any | None:
    """The validator for a document kind, or None when slolint has no schema for it."""
    key = schema_for(api_version, kind)
    return validator(key) if key is not None else None

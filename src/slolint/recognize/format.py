"""A format is one record: how to detect it, check it and turn it into the normalized model.

Everything slolint knows about one SLO format lives in one :class:`FormatSpec`, declared in
one module of this package as a module-level ``FORMATS`` tuple (the way ``@rule`` declares a
rule). Every list that the stages need is derived from the records of a run, never written
by hand: the adapters tried by the recognize stage, the formats recognized but not linted,
the apiVersions a typo is compared with, the kinds and spec shapes that make a near miss,
the schema of each (apiVersion, kind) (:mod:`slolint.schema_store`), the byte markers that
decide whether a context file may hold SLOs (:mod:`slolint.sniff`) and the names a team
policy's ``match.formats`` accepts (:mod:`slolint.policies`).

The records of a run come from :func:`load_formats`: the built-in modules of this package,
then every entry point of the group ``slolint.formats`` of an installed distribution (read
as rule plugins are, from ``*.dist-info/entry_points.txt`` on ``sys.path``, skipping the
current directory, so that a repository being linted can never plant a format). The result
is an immutable :class:`FormatSet`; nothing is registered into a global.

The record's API (stable; plugins rely on it):

``name``
    the format's name for ``match.formats`` in team policies (``pyrra``, ``openslo-v1``).
``title``
    how messages name it: ``Pyrra documents are recognized but not linted ...``.
``api_versions``
    the apiVersions the format owns. An object under one of them that the detector does not
    claim is an unknown kind (SLO003); an apiVersion close to one is a typo (SLO003).
``kinds``
    the kinds the format knows, for SLO003 suggestions.
``detect``
    a predicate on one parsed object (any shape of mapping), returning a :class:`Detected`
    ``(api_version, kind, at)`` or None. It may look at anything, not only ``apiVersion``:
    Sloth's ``version: prometheus/v1`` files have neither ``apiVersion`` nor ``kind``, so
    their detector returns an apiVersion and a kind of its own choosing. ``at`` is the
    JSON path an SLO004 "not linted" finding points at. Detectors of different records
    must not claim the same object; :func:`by_api_version` builds the common one.
``adapt``
    ``(kind, data, origin) -> (objects, violations)``: the object in the normalized model
    (:mod:`slolint.model`). ``None`` for a format recognized but not linted.
``status``
    ``"linted"`` (has an adapter), ``"not-linted"`` (reported once per file as SLO004,
    info) or ``"silent"`` (recognized so that it is never a near miss, and never reported:
    Nobl9's ``n9/v1alpha``).
``schemas``
    ``{(apiVersion, kind): key}``: the JSON Schema (draft-07) of each kind, as a path
    below ``schemas/`` (``pyrra-v1alpha1/servicelevelobjective.schema.json``). Plugin
    formats leave it empty and report shape problems from their adapter.
``sniff_markers``
    byte strings (matched without case) whose presence in a file means "may hold this
    format"; a context file without any marker of any format is not even parsed.
``annotations``
    True when the format's SLOs carry ``metadata.annotations``: the recognize stage then
    applies the ``slolint.dev/*`` shorthand (policy reference, implicit SLA, aspirational)
    to every SLO the adapter returns; adapters never call it themselves.
``aliases``
    ``{wrong apiVersion: right apiVersion}`` for known near misses (``openslo/v1.0.0``).
``typo_prefixes``
    lowercase prefixes of apiVersions meant for this format whatever follows
    (``openslo``): such an unknown apiVersion is always reported, close or not.
``owns_api``
    True (the default) when the format owns its apiVersions whole: an unclaimed kind under
    one is SLO003, and a close apiVersion a typo. False for a vendor API group that holds
    other, non-SLO kinds too (``datadoghq.com/v1alpha1`` also has ``DatadogMonitor``).
``suggested``
    whether the format's apiVersions are proposed for one of its kinds found under a wrong
    apiVersion (``SLA is a kind of apiVersion slolint.dev/v1alpha1``); older and alpha
    versions of a format are not proposed.
``shaped``
    ``(kind, data) -> bool``: the object has the fields of this format's ``kind``, so a
    group-less apiVersion on it (``apiVersion: v1``) is a mistake rather than another
    tool's document (a Kubernetes ``Service``). None: never.

See ``docs/adding-a-format.md`` for the steps to add one.
"""

from __future__ import annotations

import functools
import importlib
import os
import pkgutil
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType, ModuleType
from typing import Any, Literal, NamedTuple

from slolint.findings import JsonPath, Origin, Violation
from slolint.model import ModelObject

GROUP = "slolint.formats"
"""The entry-point group of plugin formats."""

Data = dict[str, Any]
Adapter = Callable[[str, Data, Origin], tuple[list[ModelObject], list[Violation]]]
Status = Literal["linted", "not-linted", "silent"]


class Detected(NamedTuple):
    """What a detector says about an object it claims."""

    api_version: str
    kind: str
    at: JsonPath = ("apiVersion",)
    """Where a finding about the whole document (SLO004) points."""


Detector = Callable[[Data], "Detected | None"]


@dataclass(frozen=True, eq=False)
class FormatSpec:
    """One SLO format, everything about it in one place (see the module docstring)."""

    name: str
    title: str
    api_versions: tuple[str, ...]
    kinds: tuple[str, ...]
    detect: Detector
    adapt: Adapter | None = None
    status: Status = "linted"
    schemas: Mapping[tuple[str, str], str] = field(default_factory=dict)
    sniff_markers: tuple[str, ...] = ()
    annotations: bool = False
    aliases: Mapping[str, str] = field(default_factory=dict)
    typo_prefixes: tuple[str, ...] = ()
    owns_api: bool = True
    suggested: bool = True
    shaped: Callable[[str, Data], bool] | None = None

    def __post_init__(self) -> None:
        if (self.status == "linted") != (self.adapt is not None):
            raise ValueError(f"format {self.name!r}: an adapter exactly when status is linted")
        object.__setattr__(self, "schemas", MappingProxyType(dict(self.schemas)))
        object.__setattr__(self, "aliases", MappingProxyType(dict(self.aliases)))

    @property
    def policy_names(self) -> frozenset[str]:
        """What ``match.formats`` may say to pick this format's objects.

        Its name, each apiVersion, its API group (``pyrra.dev``) and the group's first
        word (``pyrra``, ``openslo``): the last three are how policies matched before
        formats had names, and stay accepted.
        """
        names = {self.name}
        for version in self.api_versions:
            group = version.split("/", 1)[0]
            names |= {version, group, group.split(".", 1)[0]}
        return frozenset(names)


def by_api_version(api_versions: Iterable[str], kinds: Iterable[str]) -> Detector:
    """The usual detector: ``apiVersion`` one of ``api_versions`` and ``kind`` one of ``kinds``."""
    versions, known = frozenset(api_versions), frozenset(kinds)

    def detect(data: Data) -> Detected | None:
        api, kind = data.get("apiVersion"), data.get("kind")
        if isinstance(api, str) and api in versions and isinstance(kind, str) and kind in known:
            return Detected(api, kind)
        return None

    return detect


def by_api_version_only(api_versions: Iterable[str]) -> Detector:
    """Every object under ``api_versions``, whatever its kind (a vendor's whole API)."""
    versions = frozenset(api_versions)

    def detect(data: Data) -> Detected | None:
        api, kind = data.get("apiVersion"), data.get("kind")
        if isinstance(api, str) and api in versions:
            return Detected(api, kind if isinstance(kind, str) else "")
        return None

    return detect


@dataclass(frozen=True, eq=False)
class FormatSet:
    """The formats of one run and the indexes every stage derives from them."""

    formats: tuple[FormatSpec, ...]

    @functools.cached_property
    def ordered(self) -> tuple[FormatSpec, ...]:
        """Detection order: linted formats first, so an adapter wins over a placeholder."""
        return tuple(sorted(self.formats, key=lambda spec: spec.status != "linted"))

    @functools.cached_property
    def by_api_version(self) -> Mapping[str, FormatSpec]:
        """The format of each apiVersion (the first record that names it)."""
        owners: dict[str, FormatSpec] = {}
        for spec in self.ordered:
            for version in spec.api_versions:
                owners.setdefault(version, spec)
        return MappingProxyType(owners)

    @functools.cached_property
    def owned(self) -> Mapping[str, FormatSpec]:
        """apiVersions whose unclaimed kinds are unknown kinds (SLO003)."""
        return MappingProxyType({k: v for k, v in self.by_api_version.items() if v.owns_api})

    @functools.cached_property
    def typo_candidates(self) -> tuple[str, ...]:
        """apiVersions an unknown one is compared with (silent and vendor formats stay out)."""
        return tuple(
            sorted(
                {
                    version
                    for spec in self.formats
                    if spec.status != "silent" and spec.owns_api
                    for version in spec.api_versions
                }
            )
        )

    @functools.cached_property
    def aliases(self) -> Mapping[str, str]:
        return MappingProxyType({k: v for s in self.formats for k, v in s.aliases.items()})

    @functools.cached_property
    def typo_prefixes(self) -> tuple[str, ...]:
        return tuple(prefix for spec in self.formats for prefix in spec.typo_prefixes)

    @functools.cached_property
    def suggested_kinds(self) -> frozenset[str]:
        """Kinds of suggested, linted formats: ``kind: SLO`` without apiVersion is a miss."""
        return frozenset(
            kind
            for spec in self.formats
            if spec.suggested and spec.status == "linted"
            for kind in spec.kinds
        )

    def versions_for(self, kind: str) -> list[str]:
        """The suggested apiVersions under which ``kind`` is linted."""
        return [
            version
            for spec in self.formats
            if spec.suggested and spec.status == "linted" and kind in spec.kinds
            for version in spec.api_versions
        ]

    def shaped(self, kind: str, data: Data) -> bool:
        """Some format says ``data`` has the fields of its ``kind`` (a near miss if unclaimed)."""
        return any(spec.shaped is not None and spec.shaped(kind, data) for spec in self.formats)

    def detect(self, data: Data) -> tuple[FormatSpec, Detected] | None:
        """The format claiming one object, and what it detected."""
        for spec in self.ordered:
            detected = spec.detect(data)
            if detected is not None:
                return spec, detected
        return None

    @functools.cached_property
    def schemas(self) -> Mapping[tuple[str, str], str]:
        """``(apiVersion, kind) -> schema key`` over every format."""
        return MappingProxyType({k: v for s in self.formats for k, v in s.schemas.items()})

    @functools.cached_property
    def sniff_markers(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(m for spec in self.formats for m in spec.sniff_markers))

    def policy_names_of(self, api_version: str) -> frozenset[str]:
        """The ``match.formats`` names that select an object of ``api_version``."""
        spec = self.by_api_version.get(api_version)
        if spec is not None:
            return spec.policy_names
        group = api_version.split("/", 1)[0]
        return frozenset({api_version, group, group.split(".", 1)[0]})


def _module_formats(module: ModuleType) -> tuple[FormatSpec, ...]:
    found = getattr(module, "FORMATS", ())
    return tuple(spec for spec in found if isinstance(spec, FormatSpec))


def builtin_formats() -> tuple[FormatSpec, ...]:
    """The ``FORMATS`` of every module of this package, in module-name order.

    Adding a format is adding a module: no list to edit.
    """
    package = importlib.import_module("slolint.recognize")
    specs: list[FormatSpec] = []
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
        specs.extend(_module_formats(importlib.import_module(f"slolint.recognize.{info.name}")))
    return tuple(specs)


def _plugin_path() -> list[str]:
    """``sys.path`` without the current directory (``""`` under ``python -m``)."""
    here = os.path.realpath(os.curdir)
    return [entry for entry in sys.path if entry and os.path.realpath(entry) != here]


def _as_specs(loaded: object) -> tuple[FormatSpec, ...]:
    if isinstance(loaded, FormatSpec):
        return (loaded,)
    items = tuple(loaded) if isinstance(loaded, Iterable) else ()
    if not items or not all(isinstance(item, FormatSpec) for item in items):
        raise TypeError("expected a FormatSpec or an iterable of them")
    return tuple(item for item in items if isinstance(item, FormatSpec))


def plugin_formats(path: list[str] | None = None) -> tuple[FormatSpec, ...]:
    """The records of every ``slolint.formats`` entry point.

    An entry point names a :class:`FormatSpec`, an iterable of them, a module with a
    ``FORMATS`` tuple, or a function returning any of these. A plugin that cannot be loaded
    raises :class:`slolint.rules.PluginError` (one line on stderr, exit code 2).
    """
    from slolint.rules import PluginError, declared_plugins, load_entry_point

    specs: list[FormatSpec] = []
    for name, value in declared_plugins(_plugin_path() if path is None else path, GROUP):
        try:
            loaded = load_entry_point(value)
            if isinstance(loaded, ModuleType):
                loaded = _module_formats(loaded)
            elif callable(loaded) and not isinstance(loaded, FormatSpec):
                loaded = loaded()
            items = _as_specs(loaded)
        except Exception as exc:
            raise PluginError(
                f"cannot load format plugin {name!r} ({value}): {type(exc).__name__}: {exc}"
            ) from exc
        specs.extend(items)
    return tuple(specs)


def build_formats(extra: tuple[FormatSpec, ...] = ()) -> FormatSet:
    """The built-in formats plus ``extra``, with a duplicate name refused."""
    specs = builtin_formats() + extra
    seen: set[str] = set()
    for spec in specs:
        if spec.name in seen:
            from slolint.rules import PluginError

            raise PluginError(f"format {spec.name!r} is declared twice")
        seen.add(spec.name)
    return FormatSet(specs)


@functools.cache
def load_formats() -> FormatSet:
    """The formats of this process: built-ins and installed plugins, read once.

    Cached like the rule registry's loading is: the set itself is immutable, and every
    process of a run (the pool's workers fork after it is built) sees the same one.
    """
    return build_formats(plugin_formats())

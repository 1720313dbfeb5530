"""The run's configuration, resolved once and frozen: settings per folder.

Discovery resolves configuration as it meets folders; the engine then freezes the
settings of every folder holding a file of the run into a :class:`Plan`. Filtering,
rule options, policies and reports read the plan, never a configuration file, so every
stage of a run sees the same configuration.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from slolint.config.selecting import Layer, resolve
from slolint.config.settings import DEFAULT_PRESET, PRESETS, UNSILENCEABLE, Settings
from slolint.effects import Effects, RuleChange
from slolint.quoting import quoted
from slolint.registry import Rule, RuleSet


@dataclass(frozen=True, slots=True)
class Plan:
    """Settings per folder (absolute), and what the run's configuration changed."""

    cwd: Path
    folders: Mapping[Path, Settings]
    primary: Settings
    """Settings of the working directory: run-wide values (``fail-on``)."""
    rules: RuleSet
    """Every rule of the run, for names and documentation in reports: the catalog plus
    each policy in effect (the one closest to the root when two share a code)."""
    config_files: tuple[str, ...] = ()
    excluded: tuple[tuple[str, int], ...] = ()
    _by_dir: dict[str, Settings] = field(default_factory=dict, compare=False, repr=False)
    """``str(folder)`` -> settings, for every folder of the plan."""
    _by_path: dict[str, Settings] = field(default_factory=dict, compare=False, repr=False)
    """Answers for the paths asked so far: rules ask once per object, the filter and
    every policy once per file."""
    _by_head: dict[str, Settings] = field(default_factory=dict, compare=False, repr=False)
    """Answers per folder as written in a path (``os.path.dirname``): the files of one
    folder share one resolution, so a run resolves once per folder, not once per file."""

    @classmethod
    def build(
        cls,
        cwd: Path,
        folders: Mapping[Path, Settings],
        primary: Settings,
        config_files: tuple[str, ...] = (),
        excluded: Mapping[str, int] | None = None,
    ) -> Plan:
        by_depth = sorted(folders.items(), key=lambda item: (len(item[0].parts), item[0]))
        extra: dict[str, Rule] = {}
        names: set[str] = set()
        for _, settings in by_depth:
            for policy in settings.policies:
                entry = policy.entry
                if entry is not None and entry.code not in extra and entry.name not in names:
                    extra[entry.code] = entry
                    names.add(entry.name)
        plan = cls(
            cwd,
            MappingProxyType(dict(folders)),
            primary,
            RuleSet.of(extra.values()),
            config_files,
            tuple((excluded or {}).items()),
            {str(folder): settings for folder, settings in folders.items()},
        )
        for settings in plan.settings():
            for policy in settings.policies:
                policy.governs = plan.governs(policy)
        return plan

    def governs(self, policy: Any) -> Callable[[str], bool]:
        """A policy applies to the files whose settings hold this very policy object: the
        files below the configuration that declares it, unless a nested file replaced it."""

        by_settings: dict[int, bool] = {}  # per settings object of the plan: a few

        def applies(file: str) -> bool:
            settings = self.settings_for(file)
            found = by_settings.get(id(settings))
            if found is None:
                found = by_settings[id(settings)] = any(p is policy for p in settings.policies)
            return found

        return applies

    def settings_for(self, path: str | Path) -> Settings:
        """The settings of the folder of ``path`` (relative to the working directory).

        Two dictionary lookups for a path asked before or a file of a folder met before;
        the folder is resolved once (see :meth:`_resolve`).
        """
        key = path if isinstance(path, str) else os.fspath(path)
        found = self._by_path.get(key)
        if found is None:
            head = folder_part(key)
            if head is None:
                found = self._resolve(key)
            else:
                found = self._by_head.get(head)
                if found is None:
                    found = self._by_head[head] = self._resolve(key)
            self._by_path[key] = found
        return found

    def _resolve(self, key: str) -> Settings:
        """The settings of the folder of ``key``: its own entry, else the closest folder of
        the plan above it, else the working directory's. The answer depends only on the
        folder part of ``key`` (for a last component other than ``.`` and ``..``)."""
        found = self._by_dir.get(os.path.dirname(os.path.join(self.cwd, key)))
        if found is None:
            parent = (self.cwd / key).absolute().parent
            found = self.folders.get(parent)
            while found is None and parent.parent != parent:
                parent = parent.parent
                found = self.folders.get(parent)
            found = found if found is not None else self.primary
        return found

    def enabled_for(self, file: str) -> tuple[Settings, frozenset[str]]:
        """The settings of a file (a display path) and the codes enabled for it, its
        ``per-file-ignores`` applied; a path object is built only when patterns need one
        (the filter asks once per reported file)."""
        settings = self.settings_for(file)
        if not settings.per_file_ignores:
            return settings, settings.enabled()
        return settings, settings.enabled_for((self.cwd / file).absolute())

    def options_for(self, code: str, file: str) -> Mapping[str, Any]:
        """``Workspace.options_for``: the options of ``code`` where ``file`` lies."""
        return self.settings_for(file).options(code)

    def settings(self) -> list[Settings]:
        """Each distinct settings object once, root first."""
        unique: dict[int, Settings] = {}
        for _, settings in sorted(self.folders.items(), key=lambda i: (len(i[0].parts), i[0])):
            unique.setdefault(id(settings), settings)
        return list(unique.values())

    def enabled_anywhere(self) -> frozenset[str]:
        """Codes enabled for at least one folder: the rules worth running at all."""
        return frozenset().union(*(settings.enabled() for settings in self.settings()))

    def policies(self) -> list[Any]:
        """Each policy object in effect and enabled somewhere, once."""
        found: dict[int, Any] = {}
        for settings in self.settings():
            enabled = settings.enabled()
            for policy in settings.policies:
                if policy.code in enabled:
                    found.setdefault(id(policy), policy)
        return list(found.values())

    def effects(self, suppressed: int = 0, baselined: int = 0) -> Effects:
        changes: dict[tuple[str, str], list[str]] = {}
        for settings in self.settings():
            for change in rule_changes(settings):
                codes = changes.setdefault((change.source, change.change), [])
                codes.extend(code for code in change.codes if code not in codes)
        return Effects(
            self.config_files,
            self.excluded,
            tuple(
                RuleChange(source, what, tuple(sorted(codes)))
                for (source, what), codes in changes.items()
            ),
            suppressed,
            baselined,
        )


def folder_part(name: str) -> str | None:
    """The folder part of a path as written, separator kept (``slos/a.yaml`` -> ``slos/``,
    ``/a.yaml`` -> ``/``, ``a.yaml`` -> ``""``): paths with the same folder part lie in the
    same folder. None when the last component is ``.`` or ``..`` or empty (pathlib and
    ``os.path`` read those differently). On POSIX a slice, cheaper than ``os.path.split``.
    """
    if os.altsep is None and os.sep == "/":
        cut = name.rfind("/") + 1
        head, tail = name[:cut], name[cut:]
    else:
        head, tail = os.path.split(name)
        head = head if not tail or not head else head + os.sep
    return None if tail in ("", ".", "..") else head


def rule_changes(settings: Settings) -> list[RuleChange]:
    """What ``settings`` disables or downgrades compared with the built-in default, and
    which source (``file:line``, preset or command line) did it. The codes that are
    reported whatever the selection (:data:`UNSILENCEABLE`) are never listed."""
    if settings.legacy_selection is not None:
        return []
    preset = Layer("default", tuple(PRESETS[DEFAULT_PRESET]["select"]))
    default = resolve([preset], settings.rules) - UNSILENCEABLE
    changes: list[RuleChange] = []
    enabled: frozenset[str] = frozenset()
    for index, layer in enumerate(settings.layers):
        after = resolve(settings.layers[: index + 1], settings.rules)
        dropped = sorted((enabled - after) & default) if index else sorted(default - after)
        if dropped:
            changes.append(RuleChange(layer.source, "disables", tuple(dropped)))
        enabled = after
    by_source: dict[tuple[str, str], list[str]] = {}
    for code, level in sorted(settings.severities.items()):
        source = settings.severity_origins.get(code, "rules")
        entry = settings.rules.get(code)
        if level is None:
            if code in enabled:
                by_source.setdefault((source, "disables"), []).append(code)
        elif entry is not None and level < entry.severity:
            by_source.setdefault((source, f"sets severity {level.label} for"), []).append(code)
    changes.extend(RuleChange(s, what, tuple(codes)) for (s, what), codes in by_source.items())
    final = settings.enabled()
    for ignore in settings.per_file_ignores:
        codes = sorted({r.code for s in ignore.selectors for r in settings.rules.lookup(s)} & final)
        if codes:
            what = f"disables in files matching {quoted(ignore.pattern)}"
            changes.append(RuleChange(ignore.source, what, tuple(codes)))
    return changes

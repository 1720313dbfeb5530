"""Effective settings: a configuration file, its ``extends`` chain and the command line.

A :class:`Settings` is what governs the files below one configuration file. It keeps,
for every key, where its value came from (``.slolint.yaml:4``, ``preset recommended``,
``--fail-on``, ``default``) so that ``slolint config`` can say why a rule is on or off.
Relative paths and patterns resolve against the folder of the file that wrote them.

A configuration file below another one *inherits* from it: its settings are the parent's
with its own keys written over them, key by key, as if it extended the parent (an empty
file changes nothing). Team policies belong to the file that declares them and apply to
its folder and below; a nested file's policy of the same code replaces the parent's in
that subtree only. The codes that say a file was not fully checked (:data:`UNSILENCEABLE`)
cannot be given another severity by any file.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from slolint.config.bounds import Bounds
from slolint.config.files import ConfigError, ConfigFile
from slolint.config.patterns import PatternSet
from slolint.config.selecting import Layer, resolve, unknown_selectors
from slolint.findings import JsonPath, Severity
from slolint.registry import RuleSet, default_options
from slolint.rules.input import UNREAD_CODES

if TYPE_CHECKING:
    from slolint.config.loader import Loader
    from slolint.selection import Selection

UNSILENCEABLE = frozenset({"SLO000"}) | UNREAD_CODES
"""Codes that say slolint failed or a file was not (wholly) read: reported whatever the
selection, never suppressed, baselined or given another severity, from any source."""

PRESETS: dict[str, dict[str, Any]] = {
    "recommended": {"select": ["ALL"], "fail-on": "error"},
    "strict": {
        "select": ["ALL"],
        "extend-select": [
            "unused-suppression",
            "suppression-without-reason",
            "sla-without-consequences",
            "selector-matches-nothing",
            "ebp-missing-owner",
            "ebp-missing-escalation",
            "ebp-freeze-incomplete",
            "slo-without-alerting",
            "slo-missing-owner",
        ],
        "fail-on": "warning",
    },
    "minimal": {"select": ["SLO0", "SLO1", "SLO201", "SLO301", "SLO401"], "fail-on": "error"},
}
"""Built-in configurations for ``extends``; ``recommended`` is used when no file is found."""

DEFAULT_PRESET = "recommended"
MAX_EXTENDS = 16
SELECTION_KEYS = ("select", "extend-select", "ignore")
PATH_KEYS = ("baseline", "context-root")
PATTERN_KEYS = ("include", "exclude")


@dataclass(frozen=True, slots=True)
class CliOverrides:
    """Command-line flags that override configuration files."""

    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str | None = None


@dataclass(slots=True)
class PerFileIgnore:
    patterns: PatternSet
    selectors: tuple[str, ...]
    source: str
    pattern: str = ""
    """The pattern as written, for reports."""


@dataclass(slots=True)
class Link:
    """One element of a configuration chain: a preset or a file."""

    name: str
    data: dict[str, Any]
    config: ConfigFile | None
    folder: Path


@dataclass(slots=True)
class Settings:
    """The effective configuration of the files governed by one configuration file."""

    path: Path | None
    folder: Path
    links: tuple[Link, ...] = ()
    """The chain this was built from, base first: presets, ``extends`` targets, parent
    configuration files, then the file itself; a nested file's chain starts with its
    parent's."""
    rules: RuleSet = field(default_factory=RuleSet.of)
    """The catalog plus the policies in effect here (this file's and its parents')."""
    layers: list[Layer] = field(default_factory=list)
    values: dict[str, Any] = field(default_factory=dict)
    origins: dict[str, str] = field(default_factory=dict)
    include: PatternSet | None = None
    exclude: PatternSet | None = None
    per_file_ignores: list[PerFileIgnore] = field(default_factory=list)
    severities: dict[str, Severity | None] = field(default_factory=dict)
    """code -> configured severity; None means ``off``."""
    severity_origins: dict[str, str] = field(default_factory=dict)
    rule_options: dict[str, dict[str, Any]] = field(default_factory=dict)
    policies: list[Any] = field(default_factory=list)
    """:class:`slolint.policies.Policy` objects in effect (one object per declaration,
    shared with the nested configurations that inherit it)."""
    respect_gitignore: bool = True
    baseline: Path | None = None
    context_root: Path | None = None
    fail_on: str = "error"
    legacy_selection: Selection | None = None
    _enabled: frozenset[str] | None = None
    _per_file: dict[tuple[int, ...], frozenset[str]] = field(default_factory=dict)
    _options: dict[str, Mapping[str, Any]] = field(default_factory=dict)

    # -- selection -----------------------------------------------------------------------

    def enabled(self) -> frozenset[str]:
        """Codes enabled before ``per-file-ignores`` and ``severity: off``."""
        if self._enabled is None:
            if self.legacy_selection is not None:
                chosen = frozenset(self.legacy_selection.enabled) & self.rules.codes()
            else:
                chosen = resolve(self.layers, self.rules)
            off = {code for code, level in self.severities.items() if level is None}
            self._enabled = chosen - off
        return self._enabled

    def enabled_for(self, path: Path) -> frozenset[str]:
        """Codes enabled for one file (absolute path), ``per-file-ignores`` applied."""
        matched = tuple(i for i, e in enumerate(self.per_file_ignores) if e.patterns.matches(path))
        if not matched:
            return self.enabled()
        if matched not in self._per_file:
            layers = [
                Layer(self.per_file_ignores[i].source, ignore=self.per_file_ignores[i].selectors)
                for i in matched
            ]
            base = Layer("enabled", select=tuple(sorted(self.enabled())))
            self._per_file[matched] = resolve([base, *layers], self.rules)
        return self._per_file[matched]

    def severity(self, code: str) -> Severity | None:
        """The configured severity of ``code``, else None (the rule's default applies)."""
        if code in UNSILENCEABLE:
            return None
        configured = self.severities.get(code)
        if configured is not None:
            return configured
        entry = self.rules.get(code)
        return entry.severity if entry is not None else None

    def options(self, code: str) -> Mapping[str, Any]:
        """A rule's options here: configured values over the defaults of its schema.

        Read-only and computed once per code: checks ask once per object.
        """
        found = self._options.get(code)
        if found is None:
            values = default_options(code, self.rules.by_code)
            values.update(self.rule_options.get(code, {}))
            found = self._options[code] = MappingProxyType(values)
        return found

    # -- files ---------------------------------------------------------------------------

    def excluded_by(self, path: Path, explicit: bool) -> str | None:
        """Where the ``exclude`` (or ``include``) that leaves ``path`` out was written.

        ``include`` narrows what directory walks find; files named on the command line
        are linted whatever their name, but ``exclude`` applies to them too (pre-commit).
        """
        if self.exclude is not None and self.exclude.matches(path):
            return self.origins.get("exclude", "exclude")
        if not explicit and self.include and not self.include.matches(path):
            return self.origins.get("include", "include")
        return None

    def excluded(self, path: Path, explicit: bool) -> bool:
        return self.excluded_by(path, explicit) is not None


# -- building settings from files --------------------------------------------------------


def _source(config: ConfigFile, key: str) -> str:
    if config.toml:
        line, _ = config.position((key,))
        return f"{config.shown()}:{line}"
    line, _ = config.position((key,), on_key=True)
    return f"{config.shown()}:{line}"


def _fail(link: Link, key: JsonPath, message: str) -> ConfigError:
    if link.config is not None:
        return link.config.error(key, message)
    return ConfigError(message)


def inside_path(link: Link, key: str, value: str, bounds: Bounds) -> Path:
    """``value`` (written at ``key`` of ``link``) resolved, refused when it leaves the root.

    Every component is resolved, symbolic links included, and the result must lie in the
    repository root of the file that wrote it (or the linted folder outside git). The
    message names the key and the value, never what the target holds.
    """
    if Path(value).is_absolute():
        raise _fail(
            link,
            (key,),
            f"{key}: {shown_value(value)} is an absolute path; use a path "
            "relative to the configuration file, inside the repository",
        )
    root = bounds.root_of(link.folder)
    target = Path(os.path.realpath(link.folder / value))
    if not bounds.inside(target, root):
        raise _fail(
            link,
            (key,),
            f"{key}: {shown_value(value)} leads outside the repository; use a path inside it",
        )
    return target


def shown_value(value: str) -> str:
    """A value from a configuration file as messages show it: quoted and escaped."""
    from slolint.quoting import quoted

    return quoted(value, 200)


def chain(
    config: ConfigFile | None, start_folder: Path, loader: Loader, inherit: bool = False
) -> list[Link]:
    """The ``extends`` chain, base first; the built-in default when nothing extends.

    With ``inherit``, the chain stops where the recommended preset would start it: the
    parent configuration's chain comes before it instead.
    """
    links: list[Link] = []
    seen: set[Path] = {config.path.resolve()} if config is not None else set()
    current: Link | None = (
        Link(config.shown(), config.data, config, config.folder)
        if config is not None
        else Link(f"preset {DEFAULT_PRESET}", PRESETS[DEFAULT_PRESET], None, start_folder)
    )
    while current is not None:
        links.append(current)
        if len(links) > MAX_EXTENDS:
            raise ConfigError(f"{current.name}: more than {MAX_EXTENDS} levels of extends")
        parent = current.data.get("extends")
        if parent is None:
            if current.config is not None and not inherit:
                # every file chain starts from the recommended preset
                preset = PRESETS[DEFAULT_PRESET]
                links.append(Link(f"preset {DEFAULT_PRESET}", preset, None, current.folder))
            break
        if parent in PRESETS:
            links.append(Link(f"preset {parent}", PRESETS[parent], None, current.folder))
            break
        target = inside_path(current, "extends", parent, loader.bounds)
        if target in seen:
            raise _fail(current, ("extends",), f"extends {shown_value(parent)} forms a cycle")
        seen.add(target)
        if not os.path.lexists(target):
            raise _fail(
                current,
                ("extends",),
                f"extends {shown_value(parent)}: no such file and not a preset "
                "(recommended, strict, minimal)",
            )
        loaded = loader.config(target)
        current = Link(loaded.shown(), loaded.data, loaded, loaded.folder)
    links.reverse()
    return links


def _rule_code(link: Link, key: str, rules: RuleSet) -> str:
    exact = [r for r in rules.lookup(key) if r.code == key.upper() or r.name == key]
    if not exact:
        message = f"rules: unknown rule {key!r}; expected a rule code or name (see 'slolint rules')"
        if link.config is not None:
            raise link.config.error(("rules", key), message, on_key=True)
        raise ConfigError(message)
    return exact[0].code


def _origin_of(link: Link) -> Callable[[str], str]:
    """Where a key of ``link`` was written: ``file:line``, or the preset's name."""

    def where(key: str) -> str:
        return _source(link.config, key) if link.config is not None else link.name

    return where


def _check_selectors(link: Link, key: JsonPath, selectors: list[str], rules: RuleSet) -> None:
    unknown = unknown_selectors(selectors, rules)
    if not unknown:
        return
    name = str(key[0])
    message = f"{name}: unknown rule selector {unknown[0]!r}; see 'slolint rules'"
    if link.config is not None:
        raise link.config.error((*key, selectors.index(unknown[0])), message)
    raise ConfigError(message)


def _apply_selection(settings: Settings, link: Link) -> None:
    """One selection layer per file of the chain that selects or ignores anything."""
    data, where = link.data, _origin_of(link)
    present = [key for key in SELECTION_KEYS if key in data]
    if not present:
        return
    for key in present:
        _check_selectors(link, (key,), data[key], settings.rules)
    select = tuple(data["select"]) if "select" in data else None
    settings.layers.append(
        Layer(
            where(present[0]),
            select,
            tuple(data.get("extend-select", ())),
            tuple(data.get("ignore", ())),
        )
    )
    if select is not None:  # a select starts afresh: earlier additions and removals are gone
        for key in SELECTION_KEYS:
            settings.values.pop(key, None)
            settings.origins.pop(key, None)
    for key in present:
        settings.values[key] = [*settings.values.get(key, []), *data[key]]
        settings.origins[key] = where(key)


def _apply_plain(settings: Settings, link: Link, bounds: Bounds) -> None:
    """Keys whose last writer wins: scalars, patterns and paths (relative to ``link``)."""
    data, where = link.data, _origin_of(link)
    for key in ("fail-on", "respect-gitignore", "formats", "extends"):
        if key in data:
            settings.values[key] = data[key]
            settings.origins[key] = where(key)
    _apply_sloth_period(settings, data)
    for key in PATTERN_KEYS:
        if key in data:
            setattr(settings, key, PatternSet.build(link.folder, data[key]))
            settings.values[key] = list(data[key])
            settings.origins[key] = where(key)
    for key in PATH_KEYS:
        if key in data:
            target = inside_path(link, key, data[key], bounds)
            setattr(settings, key.replace("-", "_"), target)
            settings.values[key] = data[key]
            settings.origins[key] = where(key)


def _apply_sloth_period(settings: Settings, data: dict[str, Any]) -> None:
    """``formats.sloth.default-period`` is the option that holds Sloth's SLO period
    (``slo-period`` of SLO707, which rules read per file); an explicit ``rules`` entry of the
    same file, applied after this, wins."""
    from slolint.recognize.sloth import PERIOD_OPTION

    period = ((data.get("formats") or {}).get("sloth") or {}).get("default-period")
    if period is not None:
        code, option = PERIOD_OPTION
        settings.rule_options.setdefault(code, {})[option] = period


def _apply_per_file_ignores(settings: Settings, link: Link) -> None:
    where = _origin_of(link)
    for pattern, selectors in (link.data.get("per-file-ignores") or {}).items():
        _check_selectors(link, ("per-file-ignores", pattern), selectors, settings.rules)
        settings.per_file_ignores.append(
            PerFileIgnore(
                PatternSet.build(link.folder, [pattern]),
                tuple(selectors),
                where("per-file-ignores"),
                pattern,
            )
        )
        settings.values.setdefault("per-file-ignores", {})[pattern] = list(selectors)
        settings.origins["per-file-ignores"] = where("per-file-ignores")


def _apply_rules(settings: Settings, link: Link) -> None:
    """``rules.<code or name>``: severity and options, merged key by key along the chain."""
    where = _origin_of(link)
    for key, table in (link.data.get("rules") or {}).items():
        code = _rule_code(link, key, settings.rules)
        options = dict(table)
        level = options.pop("severity", None)
        if level is not None:
            if code in UNSILENCEABLE:
                raise _fail(
                    link,
                    ("rules", key, "severity"),
                    f"rules.{key}.severity: {code} says a file was not fully checked; its "
                    f"severity cannot be changed (found {shown_value(str(level))})",
                )
            settings.severities[code] = None if level == "off" else Severity.parse(level)
            settings.severity_origins[code] = where("rules")
        if options:
            _check_options(link.config, key, code, options, settings.rules)
            settings.rule_options.setdefault(code, {}).update(options)
        settings.values.setdefault("rules", {}).setdefault(code, {}).update(table)
        settings.origins[f"rules.{code}"] = where("rules")


def build_settings(
    config: ConfigFile | None,
    start_folder: Path,
    cli: CliOverrides | None,
    loader: Loader,
    parent: Settings | None = None,
) -> Settings:
    """Merge a configuration file's chain, its parent's and the command line."""
    own = chain(config, start_folder, loader, inherit=parent is not None)
    links = [*(parent.links if parent is not None else ()), *own]
    folder = config.folder if config is not None else start_folder
    settings = Settings(config.path if config is not None else None, folder, tuple(links))
    settings.origins = {"fail-on": "default", "respect-gitignore": "default"}
    settings.values = {"fail-on": "error", "respect-gitignore": True}
    policy_by_code: dict[str, Any] = {}
    for link in links:
        if link.config is not None:
            for policy in loader.policies(link.config):
                policy_by_code[policy.code] = policy  # a nested file's policy replaces its base's
            if "policies" in link.data:
                settings.origins["policies"] = _origin_of(link)("policies")
    settings.policies = list(policy_by_code.values())
    settings.rules = RuleSet.of(p.entry for p in settings.policies if p.entry is not None)
    if settings.policies:
        settings.values["policies"] = [policy.code for policy in settings.policies]
    for link in links:
        _apply_selection(settings, link)
        _apply_plain(settings, link, loader.bounds)
        _apply_per_file_ignores(settings, link)
        _apply_rules(settings, link)
    settings.respect_gitignore = bool(settings.values.get("respect-gitignore", True))
    settings.fail_on = str(settings.values.get("fail-on", "error"))
    if cli is not None:
        _apply_cli(settings, cli)
    return settings


def _check_options(
    config: ConfigFile | None, key: str, code: str, options: dict[str, Any], rules: RuleSet
) -> None:
    """Rule options are validated by the rule's own option schema (a JSON Schema object)."""
    entry = rules.get(code)
    schema = (entry.options if entry is not None else None) or {}
    properties = schema.get("properties", {}) if isinstance(schema, dict) else {}
    for name, value in options.items():
        if name not in properties:
            known = ", ".join(sorted(properties)) or "none"
            message = f"rules.{key}: rule {code} has no option {name!r} (options: {known})"
            if config is not None:
                raise config.error(("rules", key, name), message, on_key=True)
            raise ConfigError(message)
        from jsonschema import Draft7Validator

        error = next(iter(Draft7Validator(properties[name]).iter_errors(value)), None)
        if error is not None and config is not None:
            raise config.error(("rules", key, name), f"rules.{key}.{name}: {error.message}")


def _apply_cli(settings: Settings, cli: CliOverrides) -> None:
    from slolint.selection import SelectorError

    for selectors in (cli.select or (), cli.extend_select, cli.ignore):
        unknown = unknown_selectors(selectors, settings.rules)
        if unknown:
            raise SelectorError(f"unknown rule selector {unknown[0]!r}; see 'slolint rules'")
    if cli.select is not None or cli.extend_select or cli.ignore:
        settings.layers.append(Layer("command line", cli.select, cli.extend_select, cli.ignore))
        if cli.select is not None:
            for key in SELECTION_KEYS:
                settings.values.pop(key, None)
                settings.origins.pop(key, None)
            settings.values["select"] = list(cli.select)
            settings.origins["select"] = "--select"
        if cli.extend_select:
            settings.values["extend-select"] = [
                *settings.values.get("extend-select", []),
                *cli.extend_select,
            ]
            settings.origins["extend-select"] = "--extend-select"
        if cli.ignore:
            settings.values["ignore"] = [*settings.values.get("ignore", []), *cli.ignore]
            settings.origins["ignore"] = "--ignore"
    if cli.fail_on is not None:
        settings.fail_on = cli.fail_on
        settings.values["fail-on"] = cli.fail_on
        settings.origins["fail-on"] = "--fail-on"

"""Effective settings: a configuration file, its ``extends`` chain and the command line.

A :class:`Settings` is what governs the files below one configuration file. It keeps,
for every key, where its value came from (``.slolint.yaml:4``, ``preset recommended``,
``--fail-on``, ``default``) so that ``slolint config`` can say why a rule is on or off.
Relative paths and patterns resolve against the folder of the file that wrote them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from slolint.config.files import ConfigError, ConfigFile, read_config
from slolint.config.patterns import PatternSet
from slolint.config.selecting import Layer, resolve, unknown_selectors
from slolint.findings import JsonPath, Severity
from slolint.registry import RULES, lookup
from slolint.selection import Selection

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


@dataclass(slots=True)
class Settings:
    """The effective configuration of the files governed by one configuration file."""

    path: Path | None
    folder: Path
    layers: list[Layer] = field(default_factory=list)
    values: dict[str, Any] = field(default_factory=dict)
    origins: dict[str, str] = field(default_factory=dict)
    include: PatternSet | None = None
    exclude: PatternSet | None = None
    per_file_ignores: list[PerFileIgnore] = field(default_factory=list)
    severities: dict[str, Severity | None] = field(default_factory=dict)
    """code -> configured severity; None means ``off``."""
    rule_options: dict[str, dict[str, Any]] = field(default_factory=dict)
    policies: list[Any] = field(default_factory=list)
    """:class:`slolint.policies.Policy` objects defined by this chain."""
    respect_gitignore: bool = True
    baseline: Path | None = None
    context_root: Path | None = None
    fail_on: str = "error"
    legacy_selection: Selection | None = None
    _enabled: frozenset[str] | None = None
    _universe: frozenset[str] | None = None
    _per_file: dict[tuple[int, ...], frozenset[str]] = field(default_factory=dict)

    # -- selection -----------------------------------------------------------------------

    def universe(self) -> frozenset[str]:
        """Codes this configuration knows: built-in and plugin rules plus its own policies."""
        if self._universe is None:
            from slolint.policies import POLICY_CODES

            own = frozenset(policy.code for policy in self.policies)
            self._universe = frozenset(c for c in RULES if c not in POLICY_CODES) | own
        return self._universe

    def enabled(self) -> frozenset[str]:
        """Codes enabled before ``per-file-ignores`` and ``severity: off``."""
        if self._enabled is None:
            universe = self.universe()
            if self.legacy_selection is not None:
                chosen = frozenset(self.legacy_selection.enabled) & universe
            else:
                chosen = resolve(self.layers, universe)
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
            self._per_file[matched] = resolve([base, *layers], self.universe())
        return self._per_file[matched]

    def severity(self, code: str) -> Severity | None:
        """The configured severity of ``code``, else None (the rule's default applies)."""
        configured = self.severities.get(code)
        if configured is not None:
            return configured
        for policy in self.policies:
            if policy.code == code:
                return policy.severity  # type: ignore[no-any-return]
        return None

    # -- files ---------------------------------------------------------------------------

    def excluded(self, path: Path, explicit: bool) -> bool:
        """True when ``exclude`` matches ``path``, or ``include`` is set and does not.

        ``include`` narrows what directory walks find; files named on the command line
        are linted whatever their name, but ``exclude`` applies to them too (pre-commit).
        """
        if self.exclude is not None and self.exclude.matches(path):
            return True
        return bool(not explicit and self.include and not self.include.matches(path))


# -- building settings from files --------------------------------------------------------


def _source(config: ConfigFile, key: str) -> str:
    if config.toml:
        line, _ = config.position((key,))
        return f"{config.shown()}:{line}"
    line, _ = config.position((key,), on_key=True)
    return f"{config.shown()}:{line}"


@dataclass(slots=True)
class _Link:
    """One element of an ``extends`` chain: a preset or a file."""

    name: str
    data: dict[str, Any]
    config: ConfigFile | None
    folder: Path


def _chain(config: ConfigFile | None, start_folder: Path) -> list[_Link]:
    """The ``extends`` chain, base first; the built-in default when nothing extends."""
    links: list[_Link] = []
    seen: set[Path] = {config.path.resolve()} if config is not None else set()
    current: _Link | None = (
        _Link(config.shown(), config.data, config, config.folder)
        if config is not None
        else _Link(f"preset {DEFAULT_PRESET}", PRESETS[DEFAULT_PRESET], None, start_folder)
    )
    while current is not None:
        links.append(current)
        if len(links) > MAX_EXTENDS:
            raise ConfigError(f"{current.name}: more than {MAX_EXTENDS} levels of extends")
        parent = current.data.get("extends")
        if parent is None:
            if current.config is not None:
                # every file chain starts from the recommended preset
                preset = PRESETS[DEFAULT_PRESET]
                links.append(_Link(f"preset {DEFAULT_PRESET}", preset, None, current.folder))
            break
        if parent in PRESETS:
            links.append(_Link(f"preset {parent}", PRESETS[parent], None, current.folder))
            break
        target = (current.folder / parent).resolve()
        if target in seen:
            message = f"extends {parent!r} forms a cycle"
            if current.config is not None:
                raise current.config.error(("extends",), message)
            raise ConfigError(message)
        seen.add(target)
        if not target.is_file():
            message = (
                f"extends {parent!r}: no such file and not a preset (recommended, strict, minimal)"
            )
            if current.config is not None:
                raise current.config.error(("extends",), message)
            raise ConfigError(message)
        from slolint.config.validation import validate_table  # only when a file exists

        loaded = read_config(target)
        validate_table(loaded)
        current = _Link(loaded.shown(), loaded.data, loaded, loaded.folder)
    links.reverse()
    return links


def _rule_codes(config: ConfigFile | None, key: str, universe: frozenset[str]) -> str:
    found = [r for r in lookup(key) if r.code in universe]
    exact = [r for r in found if r.code == key.upper() or r.name == key]
    if not exact:
        message = f"rules: unknown rule {key!r}; expected a rule code or name (see 'slolint rules')"
        if config is not None:
            raise config.error(("rules", key), message, on_key=True)
        raise ConfigError(message)
    return exact[0].code


def _origin_of(link: _Link) -> Callable[[str], str]:
    """Where a key of ``link`` was written: ``file:line``, or the preset's name."""

    def where(key: str) -> str:
        return _source(link.config, key) if link.config is not None else link.name

    return where


def _check_selectors(
    link: _Link, key: JsonPath, selectors: list[str], universe: frozenset[str]
) -> None:
    unknown = unknown_selectors(selectors, universe)
    if not unknown:
        return
    name = str(key[0])
    message = f"{name}: unknown rule selector {unknown[0]!r}; see 'slolint rules'"
    if link.config is not None:
        raise link.config.error((*key, selectors.index(unknown[0])), message)
    raise ConfigError(message)


def _apply_selection(settings: Settings, link: _Link, universe: frozenset[str]) -> None:
    """One selection layer per file of the chain that selects or ignores anything."""
    data, where = link.data, _origin_of(link)
    present = [key for key in SELECTION_KEYS if key in data]
    if not present:
        return
    for key in present:
        _check_selectors(link, (key,), data[key], universe)
    select = tuple(data["select"]) if "select" in data else None
    settings.layers.append(
        Layer(
            link.name, select, tuple(data.get("extend-select", ())), tuple(data.get("ignore", ()))
        )
    )
    if select is not None:  # a select starts afresh: earlier additions and removals are gone
        for key in SELECTION_KEYS:
            settings.values.pop(key, None)
            settings.origins.pop(key, None)
    for key in present:
        settings.values[key] = [*settings.values.get(key, []), *data[key]]
        settings.origins[key] = where(key)


def _apply_plain(settings: Settings, link: _Link) -> None:
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
            setattr(settings, key.replace("-", "_"), (link.folder / data[key]).resolve())
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


def _apply_per_file_ignores(settings: Settings, link: _Link, universe: frozenset[str]) -> None:
    where = _origin_of(link)
    for pattern, selectors in (link.data.get("per-file-ignores") or {}).items():
        _check_selectors(link, ("per-file-ignores", pattern), selectors, universe)
        settings.per_file_ignores.append(
            PerFileIgnore(
                PatternSet.build(link.folder, [pattern]),
                tuple(selectors),
                where("per-file-ignores"),
            )
        )
        settings.values.setdefault("per-file-ignores", {})[pattern] = list(selectors)
        settings.origins["per-file-ignores"] = where("per-file-ignores")


def _apply_rules(settings: Settings, link: _Link, universe: frozenset[str]) -> None:
    """``rules.<code or name>``: severity and options, merged key by key along the chain."""
    where = _origin_of(link)
    for key, table in (link.data.get("rules") or {}).items():
        code = _rule_codes(link.config, key, universe)
        options = dict(table)
        level = options.pop("severity", None)
        if level is not None:
            settings.severities[code] = None if level == "off" else Severity.parse(level)
        if options:
            _check_options(link.config, key, code, options)
            settings.rule_options.setdefault(code, {}).update(options)
        settings.values.setdefault("rules", {}).setdefault(code, {}).update(table)
        settings.origins[f"rules.{code}"] = where("rules")


def build_settings(
    config: ConfigFile | None, start_folder: Path, cli: CliOverrides | None = None
) -> Settings:
    """Merge a configuration file's chain and the command line into effective settings."""
    from slolint.policies import policies_from_config

    links = _chain(config, start_folder)
    folder = config.folder if config is not None else start_folder
    settings = Settings(config.path if config is not None else None, folder)
    settings.origins = {"fail-on": "default", "respect-gitignore": "default"}
    settings.values = {"fail-on": "error", "respect-gitignore": True}
    policy_by_code: dict[str, Any] = {}
    for link in links:
        if link.config is not None:
            for policy in policies_from_config(link.data, link.config):
                policy_by_code[policy.code] = policy  # a file's policy replaces its base's
            if "policies" in link.data:
                settings.origins["policies"] = _origin_of(link)("policies")
    settings.policies = list(policy_by_code.values())
    if settings.policies:
        settings.values["policies"] = [policy.code for policy in settings.policies]
    universe = settings.universe()
    for link in links:
        _apply_selection(settings, link, universe)
        _apply_plain(settings, link)
        _apply_per_file_ignores(settings, link, universe)
        _apply_rules(settings, link, universe)
    settings.respect_gitignore = bool(settings.values.get("respect-gitignore", True))
    settings.fail_on = str(settings.values.get("fail-on", "error"))
    if cli is not None:
        _apply_cli(settings, cli, universe)
    return settings


def _check_options(config: ConfigFile | None, key: str, code: str, options: dict[str, Any]) -> None:
    """Rule options are validated by the rule's own option schema (a JSON Schema object)."""
    schema = RULES[code].options or {}
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


def _apply_cli(settings: Settings, cli: CliOverrides, universe: frozenset[str]) -> None:
    from slolint.selection import SelectorError

    for selectors in (cli.select or (), cli.extend_select, cli.ignore):
        unknown = unknown_selectors(selectors, universe)
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

"""The rule catalog: every built-in and plugin code, with its name, severity and docs.

The catalog is filled while the rule modules and plugins are imported and sealed after
(:func:`seal`): nothing registers into it during a run. What a run knows beyond it (the
team policies of each configuration file) lives in a :class:`RuleSet` built per
configuration, so one configuration's policies never replace another's.

Two kinds of rules live here. *Checks* are functions over the workspace, registered with
the :func:`rule` decorator in ``slolint/rules/*.py``. *Stage rules* (YAML syntax, schema
keywords, recognition) are reported by the pipeline stages themselves and registered with
:func:`define` so that they can be selected, ignored and explained like any other rule.
The docstring of a check is its user documentation (yamllint's idea), shown by
``slolint rule CODE``.

A check whose verdicts rest on the *absence* of something ("no policy covers this SLO",
"no SLI has that name") declares the kinds it depends on (``depends_on``): when only some
files are named, as in pre-commit, its findings are reported whenever a named file holds an
object of one of those kinds, since any such object may have been the one that went away.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from slolint.findings import Severity, Violation

if TYPE_CHECKING:
    from slolint.workspace import Workspace

Check = Callable[["Workspace"], Iterable[Violation]]

_CODE = re.compile(r"(SLO[0-9]{3}|(?!SLO)[A-Z][A-Z0-9]*[0-9]+)\Z")
"""Built-in codes are SLO + three digits; plugins and policies bring their own prefix."""
_NAME = re.compile(r"[a-z][a-z0-9]*(-[a-z0-9]+)*\Z")


@dataclass(frozen=True, slots=True)
class Rule:
    code: str
    name: str
    severity: Severity
    summary: str
    doc: str
    check: Check | None = None
    depends_on: tuple[str, ...] = ()
    """Kinds (``"ErrorBudgetPolicy"``) whose every object the verdicts depend on."""
    options: dict[str, Any] | None = None
    """A JSON Schema (``{"properties": {...}}``) for the rule's options in the configuration."""

    @property
    def group(self) -> str:
        return self.code[:4]


_CATALOG: dict[str, Rule] = {}
_CATALOG_BY_NAME: dict[str, Rule] = {}
RULES: Mapping[str, Rule] = MappingProxyType(_CATALOG)
"""The catalog: built-in and plugin rules, read-only. It is filled while
:func:`slolint.rules.load_rules` imports the rule modules and sealed afterwards; rules
declared in configuration (team policies) never enter it: they belong to the
:class:`RuleSet` of the configuration that declares them."""

_sealed = False


def _register(entry: Rule) -> None:
    if _sealed:
        raise ValueError(f"rule {entry.code} registered after the rules were loaded")
    if not _CODE.match(entry.code) or not _NAME.match(entry.name):
        raise ValueError(f"bad rule code or name: {entry.code} {entry.name}")
    if entry.code in _CATALOG or entry.name in _CATALOG_BY_NAME:
        raise ValueError(f"rule {entry.code} ({entry.name}) registered twice")
    _CATALOG[entry.code] = entry
    _CATALOG_BY_NAME[entry.name] = entry


def seal() -> None:
    """End of loading: the catalog is what every run starts from, and stays so."""
    global _sealed
    _sealed = True


def define(code: str, name: str, severity: Severity, summary: str, doc: str) -> None:
    """Register a rule that a pipeline stage reports (no check function)."""
    _register(Rule(code, name, severity, summary, inspect.cleandoc(doc)))


def rule(
    code: str,
    name: str,
    severity: Severity,
    summary: str,
    *,
    depends_on: tuple[str, ...] = (),
    options: dict[str, Any] | None = None,
) -> Callable[[Check], Check]:
    """Register a workspace check; its docstring becomes the rule's documentation."""

    def decorate(check: Check) -> Check:
        doc = inspect.cleandoc(check.__doc__ or "")
        _register(Rule(code, name, severity, summary, doc, check, tuple(depends_on), options))
        return check

    return decorate


def _matching(
    selector: str, by_code: Mapping[str, Rule], by_name: Mapping[str, Rule]
) -> list[Rule]:
    if selector in by_name:
        return [by_name[selector]]
    upper = selector.upper()
    if upper == "ALL":
        return list(by_code.values())
    return [entry for code, entry in by_code.items() if code.startswith(upper)] if upper else []


def lookup(selector: str) -> list[Rule]:
    """Catalog rules matching a code, a prefix (``SLO2``) or a kebab-case name; [] if none."""
    return _matching(selector, _CATALOG, _CATALOG_BY_NAME)


@dataclass(frozen=True, slots=True)
class RuleSet:
    """The rules one configuration knows: the catalog plus the policies it declares.

    Built per configuration and per run, never registered anywhere: two configuration
    files may declare a policy of the same code or name, each in its own rule set, and
    neither can take the other's (or a built-in's) place.
    """

    by_code: Mapping[str, Rule]
    by_name: Mapping[str, Rule]

    @classmethod
    def of(cls, extra: Iterable[Rule] = ()) -> RuleSet:
        """The catalog plus ``extra`` rules; an extra rule never replaces a catalog rule."""
        by_code = dict(_CATALOG)
        by_name = dict(_CATALOG_BY_NAME)
        for entry in extra:
            if entry.code in _CATALOG or entry.name in _CATALOG_BY_NAME:
                raise ValueError(f"rule {entry.code} ({entry.name}) is already a built-in rule")
            old = by_code.get(entry.code)
            if old is not None:
                by_name.pop(old.name, None)
            by_code[entry.code] = entry
            by_name[entry.name] = entry
        return cls(MappingProxyType(by_code), MappingProxyType(by_name))

    def lookup(self, selector: str) -> list[Rule]:
        """Rules matching a code, a prefix (``SLO2``), ``ALL`` or a name; [] if none."""
        return _matching(selector, self.by_code, self.by_name)

    def get(self, code: str) -> Rule | None:
        return self.by_code.get(code)

    def codes(self) -> frozenset[str]:
        return frozenset(self.by_code)

    def __contains__(self, code: object) -> bool:
        return code in self.by_code


def default_options(code: str, rules: Mapping[str, Rule] | None = None) -> dict[str, Any]:
    """The defaults of a rule's options schema (``{}`` for a rule without options)."""
    entry = (RULES if rules is None else rules).get(code)
    schema = (entry.options or {}) if entry is not None else {}
    properties = schema.get("properties", {})
    return {
        name: spec["default"]
        for name, spec in properties.items()
        if isinstance(spec, dict) and "default" in spec
    }

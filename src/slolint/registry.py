"""The rule registry: every code slolint can report, with its name, severity and docs.

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
from collections.abc import Callable, Iterable
from dataclasses import dataclass
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


RULES: dict[str, Rule] = {}
_BY_NAME: dict[str, Rule] = {}
_OPTIONS: dict[str, dict[str, Any]] = {}


def _register(entry: Rule) -> None:
    if not _CODE.match(entry.code) or not _NAME.match(entry.name):
        raise ValueError(f"bad rule code or name: {entry.code} {entry.name}")
    if entry.code in RULES or entry.name in _BY_NAME:
        raise ValueError(f"rule {entry.code} ({entry.name}) registered twice")
    RULES[entry.code] = entry
    _BY_NAME[entry.name] = entry


def replace_rule(entry: Rule, replaceable: set[str]) -> None:
    """Register a rule declared in configuration, replacing an earlier declaration of it.

    Only codes in ``replaceable`` (policies) may be replaced; a clash with any other rule
    raises ``ValueError`` like a double registration does.
    """
    old = RULES.get(entry.code)
    if old is not None and old.code in replaceable:
        del RULES[old.code]
        _BY_NAME.pop(old.name, None)
    named = _BY_NAME.get(entry.name)
    if named is not None and named.code in replaceable and named.code != entry.code:
        del RULES[named.code]
        del _BY_NAME[named.name]
    _register(entry)


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


def lookup(selector: str) -> list[Rule]:
    """Registered rules matching a code, a prefix (``SLO2``) or a kebab-case name; [] if none."""
    if selector in _BY_NAME:
        return [_BY_NAME[selector]]
    upper = selector.upper()
    if upper == "ALL":
        return list(RULES.values())
    return [entry for code, entry in RULES.items() if code.startswith(upper)] if upper else []


def set_rule_options(configured: dict[str, dict[str, Any]]) -> None:
    """The options of this run, from the working directory's configuration (engine only)."""
    _OPTIONS.clear()
    _OPTIONS.update({code: dict(values) for code, values in configured.items()})


def rule_options(code: str) -> dict[str, Any]:
    """A rule's options for this run: configured values over the defaults of its schema.

    Checks call this while they run; options are validated against the rule's ``options``
    schema when the configuration is read, so a check can trust their types.
    """
    entry = RULES.get(code)
    schema = (entry.options or {}) if entry is not None else {}
    properties = schema.get("properties", {})
    values = {
        name: spec["default"]
        for name, spec in properties.items()
        if isinstance(spec, dict) and "default" in spec
    }
    values.update(_OPTIONS.get(code, {}))
    return values

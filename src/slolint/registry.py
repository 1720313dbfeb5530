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
from typing import TYPE_CHECKING

from slolint.findings import Severity, Violation

if TYPE_CHECKING:
    from slolint.workspace import Workspace

Check = Callable[["Workspace"], Iterable[Violation]]

_CODE = re.compile(r"SLO[0-9]{3}\Z")
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

    @property
    def group(self) -> str:
        return self.code[:4]


RULES: dict[str, Rule] = {}
_BY_NAME: dict[str, Rule] = {}


def _register(entry: Rule) -> None:
    if not _CODE.match(entry.code) or not _NAME.match(entry.name):
        raise ValueError(f"bad rule code or name: {entry.code} {entry.name}")
    if entry.code in RULES or entry.name in _BY_NAME:
        raise ValueError(f"rule {entry.code} ({entry.name}) registered twice")
    RULES[entry.code] = entry
    _BY_NAME[entry.name] = entry


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
) -> Callable[[Check], Check]:
    """Register a workspace check; its docstring becomes the rule's documentation."""

    def decorate(check: Check) -> Check:
        doc = inspect.cleandoc(check.__doc__ or "")
        _register(Rule(code, name, severity, summary, doc, check, tuple(depends_on)))
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

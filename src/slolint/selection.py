"""Filter stage: which codes are enabled, by ``--select``/``--ignore`` codes, prefixes or names.

The semantics are flake8's and ruff's: the most specific matching selector wins, so
``--select SLO2 --ignore SLO201`` keeps every 2xx rule but one, and
``--ignore SLO2 --select SLO201`` keeps just that one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from slolint.registry import lookup
from slolint.rules import load_rules


class SelectorError(ValueError):
    """A selector that matches no rule: a usage error (exit 2), as in ruff."""


def _specificity(selector: str, code: str) -> int:
    """How precisely ``selector`` names ``code``: -1 no match, else the selector's length.

    Specificity is a property of the selector as written, as in ruff: ``SLO2`` stays a
    four-character prefix even when only one registered rule happens to start with it, so
    ``--ignore SLO2 --select SLO201`` keeps SLO201 whatever else the group holds. A
    kebab-case name is exactly as specific as the code it names; ``ALL`` is the least.
    """
    rules = lookup(selector)
    if not any(rule.code == code for rule in rules):
        return -1
    if selector.upper() == "ALL":
        return 0
    if len(rules) == 1 and rules[0].name == selector:
        return len(rules[0].code)
    return len(selector)


@dataclass(frozen=True, slots=True)
class Selection:
    enabled: frozenset[str]

    @classmethod
    def build(cls, select: Sequence[str] = ("ALL",), ignore: Sequence[str] = ()) -> Selection:
        rules = load_rules()
        for selector in (*select, *ignore):
            if not lookup(selector):
                raise SelectorError(f"unknown rule selector {selector!r}; see 'slolint rules'")
        enabled = set()
        for code in rules:
            chosen = max((_specificity(s, code) for s in select), default=-1)
            dropped = max((_specificity(s, code) for s in ignore), default=-1)
            if chosen >= 0 and chosen > dropped:
                enabled.add(code)
        return cls(frozenset(enabled))

    def __contains__(self, code: object) -> bool:
        return code in self.enabled


def split_selectors(values: Iterable[str]) -> list[str]:
    """``--select SLO2,SLO4 --select SLO8`` -> ``["SLO2", "SLO4", "SLO8"]``."""
    return [part.strip() for value in values for part in value.split(",") if part.strip()]

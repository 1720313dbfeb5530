"""Which codes a library caller enables: ``--select``/``--ignore`` as one selection layer.

There is one selection engine, :func:`slolint.config.selecting.resolve` (ruff's layered
model: the most specific selector wins, so ``select SLO2, ignore SLO201`` keeps every
2xx rule but one, and ``ignore SLO2, select SLO201`` keeps just that one). A
:class:`Selection` is that engine's answer for one layer over the rule catalog, for
callers that pass ``CheckOptions(selection=...)`` instead of configuration.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from slolint.config.selecting import OPT_IN, Layer, resolve, unknown_selectors
from slolint.registry import RuleSet
from slolint.rules import load_rules


class SelectorError(ValueError):
    """A selector that matches no rule: a usage error (exit 2), as in ruff."""


@dataclass(frozen=True, slots=True)
class Selection:
    enabled: frozenset[str]

    @classmethod
    def build(cls, select: Sequence[str] | None = None, ignore: Sequence[str] = ()) -> Selection:
        """``select`` None: every rule, the opt-in ones included (``ALL`` leaves them out)."""
        load_rules()
        rules = RuleSet.of()
        if select is None:
            select = ("ALL", *sorted(OPT_IN))
        unknown = unknown_selectors((*select, *ignore), rules)
        if unknown:
            raise SelectorError(f"unknown rule selector {unknown[0]!r}; see 'slolint rules'")
        return cls(resolve([Layer("selection", tuple(select), (), tuple(ignore))], rules))

    def __contains__(self, code: object) -> bool:
        return code in self.enabled


def split_selectors(values: Iterable[str]) -> list[str]:
    """``--select SLO2,SLO4 --select SLO8`` -> ``["SLO2", "SLO4", "SLO8"]``."""
    return [part.strip() for value in values for part in value.split(",") if part.strip()]

"""Which rules are enabled: layers of ``select`` / ``extend-select`` / ``ignore``.

Each configuration file of an ``extends`` chain, the command line and each matching
``per-file-ignores`` entry is one layer, applied in that order (ruff's model): a layer with
``select`` starts afresh, one without it adds ``extend-select`` and removes ``ignore``
from what the layers before it enabled. Inside a layer the most specific selector wins:
an exact code or name beats a prefix, a longer prefix beats a shorter one, and ``ALL``
is the weakest. Opt-in rules (suppression hygiene) are enabled only by their exact code
or name, never by ``ALL`` or a prefix.

This is slolint's one selection engine: configuration files, the command line and the
library's :class:`slolint.selection.Selection` all resolve through :func:`resolve`,
against the :class:`~slolint.registry.RuleSet` of the configuration concerned.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from slolint.registry import RuleSet

OPT_IN = frozenset(
    {
        *("SLO011", "SLO012", "SLO304", "SLO402", "SLO404", "SLO405"),
        *("SLO701", "SLO804", "SLO901", "SLO902"),
    }
)
"""Rules that ``ALL`` and prefixes leave out, for completeness rather than mistakes:
``unused-suppression``, ``suppression-without-reason``, ``sla-without-consequences``,
``selector-matches-nothing`` (SLO401 and SLO305 already report what such a selector
leaves uncovered), a policy's approvers, escalation
and freeze exceptions (``ebp-missing-owner``, ``ebp-missing-escalation``,
``ebp-freeze-incomplete``), ``slo-without-alerting`` (alerting often lives in Prometheus
rules generated elsewhere) and ``slo-missing-owner`` (ownership conventions differ per
team), ``slo-missing-rationale`` (documentation, not a mistake). The ``strict`` preset
selects them; naming one (code or name) selects it too."""

EXACT = 1000


@dataclass(frozen=True, slots=True)
class Layer:
    """One source's selectors; ``select`` None means "keep what earlier layers chose"."""

    source: str
    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()


def unknown_selectors(selectors: Iterable[str], rules: RuleSet) -> list[str]:
    """The selectors that name no rule of ``rules``."""
    return [s for s in selectors if not rules.lookup(s)]


def _scores(selectors: Sequence[str], rules: RuleSet) -> dict[str, int]:
    """code -> how specifically the strongest selector of the list names it."""
    scores: dict[str, int] = {}
    for selector in selectors:
        found = rules.lookup(selector)
        upper = selector.upper()
        for entry in found:
            exact = upper == entry.code or selector == entry.name
            if entry.code in OPT_IN and not exact:
                continue
            score = EXACT if exact else (0 if upper == "ALL" else len(selector))
            if score > scores.get(entry.code, -1):
                scores[entry.code] = score
    return scores


def resolve(layers: Iterable[Layer], rules: RuleSet) -> frozenset[str]:
    """The codes enabled after applying ``layers`` in order."""
    enabled: set[str] = set()
    for layer in layers:
        dropped = _scores(layer.ignore, rules)
        if layer.select is not None:
            chosen = _scores((*layer.select, *layer.extend_select), rules)
            enabled = {code for code, score in chosen.items() if score > dropped.get(code, -1)}
        else:
            added = _scores(layer.extend_select, rules)
            enabled = {code for code in enabled if code not in dropped}
            enabled |= {code for code, score in added.items() if score > dropped.get(code, -1)}
    return frozenset(enabled)

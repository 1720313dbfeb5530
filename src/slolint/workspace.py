"""Workspace stage: every recognized object of the run, indexed for cross-document rules.

Rules ask questions such as "which SLOs does this selector match?" or "does a policy named
X exist?". Each question is answered from an index built once, while objects are added, so
a rule that asks once per object stays linear in the size of the repository: names per kind,
SLOs by name, by service and by label, and a bounded "did you mean" over the names of a kind.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import Any, TypeVar

from slolint.durations import parse_shorthand
from slolint.model import (
    SLA,
    SLI,
    SLO,
    AlertCondition,
    AlertPolicy,
    AlertWindows,
    ErrorBudgetPolicy,
    ModelObject,
    RefSet,
    Resource,
    Selector,
    Window,
)

T = TypeVar("T")

SUGGESTION_NEIGHBOURS = 16
"""Names taken on each side of a misspelt name in the name order and in the reversed-name
order: a typo keeps either the start or the end of a name, so the closest names are there."""

MAX_SUGGESTIONS = 2000
"""Different misspelt names given a suggestion per run; later ones get none (each costs up
to ``4 * SUGGESTION_NEIGHBOURS`` string comparisons)."""

SUGGESTION_CUTOFF = 0.6
"""``difflib`` similarity a name needs to be suggested (its ``get_close_matches`` default)."""


@dataclass(slots=True)
class _Names:
    """The names of one kind, sorted once, for ``names_of`` and ``suggest``."""

    forward: tuple[str, ...]
    reversed_order: list[tuple[str, str]]
    """``(name[::-1], name)`` sorted: names sharing an ending are neighbours here."""


class _Selected:
    """What one ref set chooses, with and without its aspirational SLOs (a plain class:
    cheaper to define at import than a dataclass, and only the workspace builds one)."""

    __slots__ = ("chosen", "refs", "without_aspirational")

    def __init__(self, refs: RefSet, chosen: list[SLO]) -> None:
        self.refs = refs
        self.chosen = chosen
        self.without_aspirational: list[SLO] | None = None


@dataclass(slots=True)
class Workspace:
    """All model objects of the run (reported files and context files alike).

    ``slos``, ``slis``, ``slas``, ``policies`` and ``resources`` list the objects in the
    order they were added; every other query reads an index and returns SLOs in that order.
    """

    slos: list[SLO] = field(default_factory=list)
    slis: list[SLI] = field(default_factory=list)
    slas: list[SLA] = field(default_factory=list)
    policies: list[ErrorBudgetPolicy] = field(default_factory=list)
    resources: list[Resource] = field(default_factory=list)
    alert_policies: list[AlertPolicy] = field(default_factory=list)
    """Standalone ``AlertPolicy`` objects (inline ones stay on their SLO)."""
    alert_conditions: list[AlertCondition] = field(default_factory=list)
    """Standalone ``AlertCondition`` objects (each has a resource)."""
    alert_windows: list[AlertWindows] = field(default_factory=list)
    _names: dict[tuple[str, str], list[Resource]] = field(default_factory=dict)
    _kinds: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    _sorted: dict[str, _Names] = field(default_factory=dict)
    _position: dict[int, int] = field(default_factory=dict)
    """id(slo) -> index in ``slos``, to return query results in workspace order."""
    _by_name: dict[str, list[SLO]] = field(default_factory=lambda: defaultdict(list))
    _by_service: dict[str, list[SLO]] = field(default_factory=lambda: defaultdict(list))
    _by_label: dict[tuple[str, str], list[SLO]] = field(default_factory=lambda: defaultdict(list))
    _by_label_key: dict[str, list[SLO]] = field(default_factory=lambda: defaultdict(list))
    _suggested: dict[tuple[str, str], str | None] = field(default_factory=dict)
    _memo: dict[str, Any] = field(default_factory=dict)
    _repeated: bool = False
    _selected: dict[int, _Selected] = field(default_factory=dict)
    """``select`` answers by ``id(refs)``; the ref set is kept with its answer, so its id
    cannot be reused while the answer is held."""
    _policy_period: dict[str, Window] = field(default_factory=dict)
    """The longest period of the policies of each name (slo-generator v1 lists each step
    of one policy as its own object)."""
    options_for: Callable[[str, str], Mapping[str, Any]] | None = None
    """``(code, file) -> options`` from the configuration that governs ``file``; set by
    the engine. None: every rule runs with the defaults of its options schema."""

    @classmethod
    def build(cls, objects: Iterable[ModelObject]) -> Workspace:
        workspace = cls()
        for obj in objects:
            workspace.add(obj)
        return workspace

    def add(self, obj: ModelObject) -> None:
        if isinstance(obj, SLO):
            self._add_slo(obj)
            resource = obj.resource
        elif isinstance(obj, (SLI, Resource)):  # the commonest after SLOs: tested early
            if isinstance(obj, SLI):
                self.slis.append(obj)
                resource = obj.resource
            else:
                resource = obj
        elif isinstance(obj, SLA):
            self.slas.append(obj)
            if obj.implicit:
                return
            resource = obj.resource
        elif isinstance(obj, ErrorBudgetPolicy):
            self.policies.append(obj)
            self._keep_period(obj)
            resource = obj.resource
        elif isinstance(obj, AlertWindows):
            self.alert_windows.append(obj)
            resource = obj.resource
        elif isinstance(obj, AlertPolicy):
            self.alert_policies.append(obj)
            resource = obj.resource
        elif isinstance(obj, AlertCondition):
            if obj.resource is None:
                return
            self.alert_conditions.append(obj)
            resource = obj.resource
        else:
            resource = obj
        self.resources.append(resource)
        if self._add_name(resource.kind, resource):
            self._repeated = True
        if resource.kind != "SLO" and isinstance(obj, SLO):
            self._add_name("SLO", resource)  # references name SLOs of every format alike

    def _add_name(self, kind: str, resource: Resource) -> bool:
        """Index ``resource`` under ``kind``; True when that kind already had the name."""
        key = (kind, resource.name)
        same = self._names.get(key)
        if same is not None:
            same.append(resource)
            return True
        self._names[key] = [resource]
        self._kinds[kind].add(resource.name)
        if self._sorted:
            self._sorted.pop(kind, None)
        return False

    def _keep_period(self, policy: ErrorBudgetPolicy) -> None:
        period = policy.period
        if period is None or period.seconds is None:
            return
        known = self._policy_period.get(policy.name)
        if known is None or (known.seconds or 0) < period.seconds:
            self._policy_period[policy.name] = period

    def _add_slo(self, slo: SLO) -> None:
        if self._selected:
            self._selected.clear()  # a selection made before may choose this SLO too
        self._position[id(slo)] = len(self.slos)
        self.slos.append(slo)
        self._by_name[slo.name].append(slo)
        if slo.service:
            self._by_service[slo.service].append(slo)
        for key, values in slo.resource.labels.items():
            self._by_label_key[key].append(slo)
            for value in values if len(values) == 1 else set(values):
                self._by_label[(key, value)].append(slo)

    # --- names ------------------------------------------------------------------------

    def rule_options(self, code: str, file: str) -> Mapping[str, Any]:
        """The options of rule ``code`` for objects of ``file`` (a display path), read-only.

        Checks call this per object rather than reading a global, because nested
        configuration files may give one folder other thresholds than the rest; the plan
        answers it with two dictionary lookups.
        """
        if self.options_for is not None:
            return self.options_for(code, file)
        from slolint.registry import default_options

        return default_options(code)

    def slo_window(self, slo: SLO) -> Window | None:
        """The SLO's window; for a format whose files carry none, the period its format
        sets elsewhere: the policy it names (slo-generator), or the option for its file
        (Sloth), as a rolling window (both budget over a rolling period)."""
        if slo.window is not None:
            return slo.window
        if slo.period_from_policy:
            for ref in slo.policy_refs:
                if ref.name in self._policy_period:
                    return self._policy_period[ref.name]
            return None
        if slo.period_option is None:
            return None
        code, option = slo.period_option
        value = self.rule_options(code, slo.resource.origin.file).get(option)
        parsed = parse_shorthand(value)
        if parsed is None or parsed[0] == 0 or not isinstance(value, str):
            return None
        count, unit = parsed
        return Window(value, count, unit, True, slo.resource.location)

    def exists(self, kind: str, name: str) -> bool:
        return (kind, name) in self._names

    @property
    def repeated_names(self) -> bool:
        """Whether two objects of one kind (their own, not the ``SLO`` every format's SLOs
        are also named under) share a name: without, no name is defined twice."""
        return self._repeated

    def names(self, kind: str) -> AbstractSet[str]:
        """The names of a kind, as a set to test membership in (``exists`` for a rule that
        asks about thousands of references of one kind)."""
        return self._kinds.get(kind) or frozenset()

    def _names_index(self, kind: str) -> _Names:
        index = self._sorted.get(kind)
        if index is None:
            names = self._kinds.get(kind, set())
            index = _Names(tuple(sorted(names)), sorted((name[::-1], name) for name in names))
            self._sorted[kind] = index
        return index

    def names_of(self, kind: str) -> Sequence[str]:
        """Every name of a kind, sorted (computed once per kind, not per call)."""
        return self._names_index(kind).forward

    def suggest(self, kind: str, name: str) -> str | None:
        """The existing name of ``kind`` closest to a misspelt ``name``, or None.

        ``difflib.get_close_matches`` over every name would make one dangling reference per
        object quadratic. The candidates are the names next to ``name`` in sorted order and
        in sorted order of the reversed names (up to ``4 * SUGGESTION_NEIGHBOURS`` names);
        with few names, that is all of them, so small repositories get exactly difflib's
        answer. At most ``MAX_SUGGESTIONS`` different names get a suggestion per run; the same
        misspelling met again reuses its answer.
        """
        if (kind, name) in self._suggested:
            return self._suggested[(kind, name)]
        if len(self._suggested) >= MAX_SUGGESTIONS:
            return None
        index = self._names_index(kind)
        if len(index.forward) <= 4 * SUGGESTION_NEIGHBOURS:
            candidates: Iterable[str] = index.forward
        else:
            candidates = _neighbours(index, name)
        import difflib  # only for a dangling reference

        close = difflib.get_close_matches(name, candidates, n=1, cutoff=SUGGESTION_CUTOFF)
        answer = close[0] if close else None
        self._suggested[(kind, name)] = answer
        return answer

    # --- SLOs -------------------------------------------------------------------------

    def slos_named(self, name: str) -> list[SLO]:
        return list(self._by_name.get(name, ()))

    def slos_of_service(self, service: str) -> list[SLO]:
        """The SLOs whose ``spec.service`` is ``service``, in workspace order."""
        return list(self._by_service.get(service, ()))

    def matching(self, selector: Selector) -> list[SLO]:
        """The SLOs whose labels a selector matches, in workspace order.

        Candidates come from the smallest label index the selector allows (a ``matchLabels``
        pair, the values of an ``In``, the key of an ``Exists``); only a selector made of
        ``NotIn``/``DoesNotExist`` alone, or an empty one, looks at every SLO.
        """
        candidates = self._candidates(selector)
        chosen = [slo for slo in candidates if selector.matches(slo.resource.labels)]
        return self._in_order(chosen)

    def _candidates(self, selector: Selector) -> Sequence[SLO]:
        options: list[Sequence[SLO]] = []
        for key, value in selector.match_labels:
            options.append(self._by_label.get((key, value), ()))
        for key, operator, values in selector.match_expressions:
            if operator == "In":
                union = {id(slo): slo for v in values for slo in self._by_label.get((key, v), ())}
                options.append(list(union.values()))
            elif operator == "Exists":
                options.append(self._by_label_key.get(key, ()))
        if not options:
            return self.slos
        return min(options, key=len)

    def memo(self, key: str, compute: Callable[[], T]) -> T:
        """``compute()`` once per workspace: several rules share one matching of SLAs to
        SLOs, or one view of every object, and the answer lives exactly as long as the run."""
        if key not in self._memo:
            self._memo[key] = compute()
        found: T = self._memo[key]
        return found

    def select(self, refs: RefSet, keep_aspirational: bool = False) -> list[SLO]:
        """SLOs chosen by a ref set: named ones plus selector matches, minus exclusions.

        Aspirational SLOs are left out unless the set says ``excludeAspirational: false``
        or the caller keeps them (to say that only aspirational SLOs matched). The choice is
        made once per ref set and the aspirational ones left out once: policies and SLAs
        are asked about by several rules.
        """
        known = self._selected.get(id(refs))
        if known is None:
            known = self._selected[id(refs)] = _Selected(refs, self._select(refs))
        if keep_aspirational or not refs.exclude_aspirational:
            return list(known.chosen)
        if known.without_aspirational is None:
            known.without_aspirational = [slo for slo in known.chosen if not slo.aspirational]
        return list(known.without_aspirational)

    def _select(self, refs: RefSet) -> list[SLO]:
        """Every SLO the set chooses, aspirational ones included, in workspace order."""
        chosen: dict[int, SLO] = {}
        for ref in refs.slo_refs:
            for slo in self._by_name.get(ref.name, ()):
                chosen[id(slo)] = slo
        if refs.selector is not None:
            for slo in self.matching(refs.selector):
                chosen[id(slo)] = slo
        excluded = set(refs.exclude)
        return self._in_order([slo for slo in chosen.values() if slo.name not in excluded])

    def _in_order(self, slos: list[SLO]) -> list[SLO]:
        slos.sort(key=lambda slo: self._position[id(slo)])
        return slos


def _neighbours(index: _Names, name: str) -> list[str]:
    """Names sharing the longest beginning or ending with ``name``: its sort neighbours."""
    width = SUGGESTION_NEIGHBOURS
    at = bisect.bisect_left(index.forward, name)
    found = list(index.forward[max(0, at - width) : at + width])
    key = name[::-1]
    at = bisect.bisect_left(index.reversed_order, (key, ""))
    found += [item[1] for item in index.reversed_order[max(0, at - width) : at + width]]
    return sorted(set(found))

"""Workspace stage: every recognized object of the run, indexed for cross-document rules.

Rules ask questions such as "which SLOs does this selector match?" or "does a policy named
X exist?"; the indexes answer them without each rule rescanning every object.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from slolint.model import SLA, SLI, SLO, ErrorBudgetPolicy, ModelObject, RefSet, Resource


@dataclass(slots=True)
class Workspace:
    """All model objects of the run (reported files and context files alike)."""

    slos: list[SLO] = field(default_factory=list)
    slis: list[SLI] = field(default_factory=list)
    slas: list[SLA] = field(default_factory=list)
    policies: list[ErrorBudgetPolicy] = field(default_factory=list)
    resources: list[Resource] = field(default_factory=list)
    _names: dict[tuple[str, str], list[Resource]] = field(default_factory=lambda: defaultdict(list))

    @classmethod
    def build(cls, objects: Iterable[ModelObject]) -> Workspace:
        workspace = cls()
        for obj in objects:
            workspace.add(obj)
        return workspace

    def add(self, obj: ModelObject) -> None:
        if isinstance(obj, SLO):
            self.slos.append(obj)
            resource = obj.resource
        elif isinstance(obj, SLI):
            self.slis.append(obj)
            resource = obj.resource
        elif isinstance(obj, SLA):
            self.slas.append(obj)
            if obj.implicit:
                return
            resource = obj.resource
        elif isinstance(obj, ErrorBudgetPolicy):
            self.policies.append(obj)
            resource = obj.resource
        else:
            resource = obj
        self.resources.append(resource)
        self._names[(resource.kind, resource.name)].append(resource)

    def exists(self, kind: str, name: str) -> bool:
        return bool(self._names.get((kind, name)))

    def names_of(self, kind: str) -> list[str]:
        return sorted({name for (k, name) in self._names if k == kind})

    def slos_named(self, name: str) -> list[SLO]:
        return [slo for slo in self.slos if slo.name == name]

    def select(self, refs: RefSet) -> list[SLO]:
        """SLOs chosen by a ref set: named ones plus selector matches, minus exclusions.

        Aspirational SLOs are left out unless the set says ``excludeAspirational: false``.
        """
        named = {ref.name for ref in refs.slo_refs}
        chosen = []
        for slo in self.slos:
            if slo.name in refs.exclude or (refs.exclude_aspirational and slo.aspirational):
                continue
            by_selector = refs.selector is not None and refs.selector.matches(slo.resource.labels)
            if slo.name in named or by_selector:
                chosen.append(slo)
        return chosen

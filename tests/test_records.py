"""The shared ``__repr__`` of the model, the findings and the report prints what
``@dataclass`` would."""

from __future__ import annotations

import dataclasses
import inspect
from dataclasses import dataclass, field

import slolint.findings
import slolint.model
import slolint.report
import slolint.report.summary
from slolint.findings import Origin, Position
from slolint.records import field_repr


def test_a_finding_position_reads_as_the_generated_repr_did() -> None:
    assert repr(Position(3, 5, 3, 9)) == "Position(line=3, column=5, end_line=3, end_column=9)"


def test_nested_values_use_their_own_repr() -> None:
    location = Origin("slos/a.yaml", 1).at("spec", 0)
    assert repr(location) == (
        "Location(origin=Origin(file='slos/a.yaml', document=1, base=()), "
        "path=('spec', 0), on_key=False)"
    )


@dataclass(frozen=True, slots=True, repr=False)
class _Sample:
    __repr__ = field_repr

    name: str
    hidden: dict[str, int] = field(default_factory=dict, repr=False)
    count: int = 0


def test_fields_declared_without_repr_are_left_out() -> None:
    assert repr(_Sample("x", {"a": 1}, 2)) == "_Sample(name='x', count=2)"


def test_every_class_that_skips_the_generated_repr_has_the_shared_one() -> None:
    """A class that says ``repr=False`` but forgets ``__repr__`` would print as an address."""
    classes = [
        value
        for module in (slolint.model, slolint.findings, slolint.report, slolint.report.summary)
        for _, value in inspect.getmembers(module, inspect.isclass)
        if dataclasses.is_dataclass(value) and value.__module__ == module.__name__
    ]
    assert len(classes) >= 35
    assert [c.__name__ for c in classes if c.__repr__ is not field_repr] == []

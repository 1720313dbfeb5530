"""Locations share their path tuples, within a bound: memory per SLO, not per field."""

from __future__ import annotations

import pytest

import slolint.findings as findings
from slolint.findings import Origin


def test_locations_at_the_same_path_share_one_tuple() -> None:
    first = Origin("a.yaml", 0).at("spec", "objectives", 0, "target")
    second = Origin("b.yaml", 7, (3,)).at("spec", "objectives", 0, "target")
    assert first.path == ("spec", "objectives", 0, "target")
    assert first.path is second.path
    assert second.full_path == (3, "spec", "objectives", 0, "target")
    assert Origin("c.yaml", 0).key("spec", "objectives", 0, "target").path is first.path


def test_the_shared_paths_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(findings, "_PATHS", {})
    monkeypatch.setattr(findings, "MAX_SHARED_PATHS", 3)
    origin = Origin("a.yaml", 0)
    kept = [origin.at("key", index).path for index in range(10)]
    assert len(findings._PATHS) == 3
    assert kept == [("key", index) for index in range(10)]  # equal paths, whether shared or not
    assert origin.at("key", 1).path is kept[1]
    assert origin.at("key", 9).path is not kept[9]

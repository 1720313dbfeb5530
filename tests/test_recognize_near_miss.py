"""Near misses (SLO003) are judged on parsed data of any shape: a ``kind`` that is a list
or a mapping is no SLO kind, and never an internal error."""

from __future__ import annotations

from typing import Any

import pytest

from slolint.recognize import recognize

SPEC = {"objectives": [{"target": 0.99}], "service": "checkout"}


@pytest.mark.parametrize("kind", [[None], {"a": 1}, ["SLO"], 3, None])
@pytest.mark.parametrize("api", [None, "foo", "v1", "openslo/v1", "opensl0/v1", 7])
def test_any_kind_and_api_version_shape_is_judged_without_raising(api: Any, kind: Any) -> None:
    found, problems = recognize("t.yaml", 0, {"apiVersion": api, "kind": kind, "spec": SPEC})
    assert found == []
    assert {p.code for p in problems} <= {"SLO003"}
    if api in ("openslo/v1", "opensl0/v1"):
        assert [p.code for p in problems] == ["SLO003"]

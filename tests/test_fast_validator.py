"""The compiled fast path of the schema stage agrees with ``jsonschema`` on every document.

``jsonschema`` stays the validator of record: the compiled validators may only answer
"conforms" where ``jsonschema`` finds no error, and should answer it wherever it finds none
(otherwise the fast path buys nothing). Both directions are checked on the upstream corpus
(read in place from ``../shared/corpus``), every fixture and example, and documents mutated
by hypothesis; and the committed module is checked against a fresh generation from
``schemas/``.
"""

from __future__ import annotations

import copy
import math
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from slolint import _fastschema, schema_store
from slolint._fastschema import generate
from slolint.findings import ObjectRef, Origin
from slolint.load import load_file
from slolint.validate import validate, without_nulls

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
EXAMPLES = int(os.environ.get("SLOLINT_FUZZ_EXAMPLES", "60"))

Case = tuple[str, str, dict[str, Any]]
"""(where it came from, schema key, the object's data after null removal)."""


def jsonschema_accepts(key: str, data: Any) -> bool:
    return next(iter(schema_store.validator(key).iter_errors(data)), None) is None


def objects_under(folder: Path) -> Iterator[Case]:
    """Every object with a schema in the YAML/JSON files below ``folder``."""
    for path in sorted(folder.rglob("*")):
        if path.suffix not in (".yaml", ".yml", ".json") or not path.is_file():
            continue
        source = load_file(str(path), path.read_bytes())
        for document in source.documents:
            items = document.data if isinstance(document.data, list) else [document.data]
            for number, item in enumerate(items):
                if not isinstance(item, dict):
                    continue
                key = schema_store.schema_for(str(item.get("apiVersion")), str(item.get("kind")))
                if key is not None:
                    where = f"{path.relative_to(folder)}#{document.index}.{number}"
                    yield where, key, without_nulls(item)


def local_cases() -> list[Case]:
    cases = [
        (f"{name}/{where}", key, data)
        for name in ("tests/fixtures", "examples")
        for where, key, data in objects_under(ROOT / name)
    ]
    assert len(cases) > 50
    return cases


LOCAL = local_cases()


# --- the generated module --------------------------------------------------------------


def test_generated_module_matches_the_schemas() -> None:
    fresh = generate.generate()
    committed = generate.GENERATED.read_text(encoding="utf-8")
    assert fresh == committed, (
        "src/slolint/_fastschema/generated.py is out of date with schemas/: run `make schemas-code`"
    )


def test_every_kind_has_a_compiled_validator() -> None:
    assert set(_fastschema.validators()) == set(schema_store.SCHEMA_KINDS.values())


def test_a_stale_module_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    """A schema edited without regeneration: every document goes through ``jsonschema``."""
    _fastschema.validators.cache_clear()
    monkeypatch.setattr(schema_store, "schemas_digest", lambda: "edited")
    try:
        assert _fastschema.validators() == {}
        where, key, data = next(case for case in LOCAL if jsonschema_accepts(case[1], case[2]))
        assert not _fastschema.accepts(key, data), where
        api_version, kind = data["apiVersion"], data["kind"]
        origin = Origin("x.yaml", 0, ())
        assert validate(api_version, kind, data, origin, ObjectRef(api_version, kind, "x")) == []
    finally:
        monkeypatch.undo()
        _fastschema.validators.cache_clear()
    assert _fastschema.validators()


def test_generation_never_touches_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    import urllib.request

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("generation tried to download a schema")

    monkeypatch.setattr(urllib.request, "urlopen", refuse)
    assert generate.generate() == generate.GENERATED.read_text(encoding="utf-8")


def test_check_mode_reports_a_stale_module(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stale = tmp_path / "generated.py"
    stale.write_text("# old\n", encoding="utf-8")
    monkeypatch.setattr(generate, "GENERATED", stale)
    assert generate.main(["--check"]) == 1
    assert "make schemas-code" in capsys.readouterr().err
    assert stale.read_text(encoding="utf-8") == "# old\n"
    assert generate.main([]) == 0
    assert generate.main(["--check"]) == 0


# --- agreement on real and hand-written documents ------------------------------------------


@pytest.mark.parametrize(("where", "key", "data"), LOCAL, ids=[case[0] for case in LOCAL])
def test_fixtures_and_examples_agree(where: str, key: str, data: dict[str, Any]) -> None:
    assert _fastschema.accepts(key, data) == jsonschema_accepts(key, data)


def test_fixtures_hold_both_valid_and_invalid_documents() -> None:
    verdicts = {jsonschema_accepts(key, data) for _, key, data in LOCAL}
    assert verdicts == {True, False}


def test_the_corpus_agrees() -> None:
    if not CORPUS.is_dir():
        pytest.skip(f"corpus not found at {CORPUS} (shared/ is not next to the project)")
    cases = list(objects_under(CORPUS))
    assert len(cases) > 50
    disagreements = [
        (where, key)
        for where, key, data in cases
        if _fastschema.accepts(key, data) != jsonschema_accepts(key, data)
    ]
    assert disagreements == []


VALID_SLO: dict[str, Any] = {
    "apiVersion": "openslo/v1",
    "kind": "SLO",
    "metadata": {"name": "checkout-availability", "labels": {"team": "checkout"}},
    "spec": {
        "service": "checkout",
        "indicatorRef": "checkout-success",
        "budgetingMethod": "Occurrences",
        "timeWindow": [{"duration": "28d", "isRolling": True}],
        "objectives": [{"target": 0.999}],
    },
}


def with_value(path: tuple[str | int, ...], value: Any) -> dict[str, Any]:
    data = copy.deepcopy(VALID_SLO)
    node: Any = data
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value
    return data


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("spec", "objectives", 0, "target"), True),  # a boolean is not a number
        (("spec", "objectives", 0, "target"), 1),
        (("spec", "timeWindow", 0, "isRolling"), 1),  # nor a number a boolean
        (("spec", "timeWindow", 0, "duration"), "28d\n"),  # `$` matches before a final newline
        (("spec", "timeWindow", 0, "duration"), "٢٨d"),  # `[0-9]` is ASCII only
        (("spec", "timeWindow", 0, "duration"), "28"),
        (("metadata", "name"), "Checkout"),
        (("metadata", "name"), "checkout\n"),
        (("metadata", "name"), "x" * 300),
        (("metadata", "labels", "team"), ["a", "b"]),
        (("metadata", "labels"), {"example.com/team": "x"}),
        (("metadata", "labels"), {"-bad": "x"}),
        (("spec", "budgetingMethod"), "occurrences"),
        (("spec", "objectives"), []),
        (("spec", "objectives", 0, "target"), math.nan),
        (("spec", "objectives", 0, "target"), math.inf),
        (("spec", "objectives", 0, "targetPercent"), 99.9),
        (("apiVersion",), "openslo/v1.0.0"),
        (("spec", "extra"), {}),
    ],
)
def test_edge_values_agree(path: tuple[str | int, ...], value: Any) -> None:
    data = without_nulls(with_value(path, value))
    key = "openslo-v1/slo.schema.json"
    assert _fastschema.accepts(key, data) == jsonschema_accepts(key, data)


def test_a_valid_slo_is_accepted_by_both() -> None:
    key = "openslo-v1/slo.schema.json"
    assert _fastschema.accepts(key, VALID_SLO) and jsonschema_accepts(key, VALID_SLO)


def test_the_compiled_validator_never_changes_the_data() -> None:
    data = copy.deepcopy(VALID_SLO)
    assert _fastschema.accepts("openslo-v1/slo.schema.json", data)
    assert data == VALID_SLO


def test_time_zones_are_checked_like_jsonschema_checks_them() -> None:
    for zone, valid in (("Europe/Berlin", True), ("Mars/Olympus", False), ("Local", False)):
        data = with_value(
            ("spec", "timeWindow"),
            [
                {
                    "duration": "1M",
                    "isRolling": False,
                    "calendar": {"startTime": "2026-01-01 00:00:00", "timeZone": zone},
                }
            ],
        )
        key = "openslo-v1/slo.schema.json"
        assert jsonschema_accepts(key, data) is valid, zone
        assert _fastschema.accepts(key, data) is valid, zone


# --- agreement on mutated documents ---------------------------------------------------------

STRINGS = [
    "",
    "x",
    "28d",
    "28d\n",
    "1M",
    "5m",
    "0d",
    "٢٨d",
    "Occurrences",
    "Timeslices",
    "RatioTimeslices",
    "UTC",
    "Europe/Berlin",
    "Nowhere/Town",
    "2026-01-01 00:00:00",
    "2026-13-01",
    "2026-01-01",
    "openslo/v1",
    "slolint.dev/v1alpha1",
    "SLO",
    "SLI",
    "SLA",
    "ErrorBudgetPolicy",
    "checkout",
    "Checkout",
    "checkout-availability",
    "example.com/team",
    "lte",
    "gte",
    "burnrate",
    "In",
    "NotIn",
    "Exists",
    "releaseFreeze",
    "withinSlo",
    "x" * 70,
    "y" * 300,
]

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-3, max_value=3),
    st.integers(),
    st.sampled_from([0.0, 0.5, 0.99, 0.999, 1.0, 1.5, 99.9, 100.0, -0.1, math.inf, math.nan]),
    st.floats(allow_nan=True),
    st.sampled_from(STRINGS),
    st.text(max_size=12),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(
            st.one_of(st.sampled_from(STRINGS), st.text(max_size=6)), inner, max_size=3
        ),
    ),
    max_leaves=6,
)


def paths_of(node: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield prefix
    if isinstance(node, dict):
        for key, item in node.items():
            yield from paths_of(item, (*prefix, key))
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from paths_of(item, (*prefix, index))


def at(node: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        node = node[part]
    return node


@st.composite
def mutated(draw: st.DrawFn) -> tuple[str, Any]:
    _, key, base = draw(st.sampled_from(LOCAL))
    data = copy.deepcopy(base)
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        paths = list(paths_of(data))
        path = draw(st.sampled_from(paths))
        if not path:
            continue
        parent, last = at(data, path[:-1]), path[-1]
        action = draw(st.sampled_from(["replace", "delete", "add", "wrap", "copy", "empty"]))
        if action == "replace":
            parent[last] = draw(values)
        elif action == "delete":
            del parent[last]
        elif action == "add" and isinstance(parent, dict):
            parent[draw(st.sampled_from(STRINGS))] = draw(values)
        elif action == "add":
            parent.append(draw(values))
        elif action == "wrap":
            parent[last] = [parent[last]]
        elif action == "copy":
            source = at(data, draw(st.sampled_from(paths)))
            parent[last] = copy.deepcopy(source)
        else:
            parent[last] = {} if isinstance(parent[last], dict) else []
    return key, without_nulls(data)


@settings(
    max_examples=EXAMPLES * 5,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(mutated())
def test_mutated_documents_agree(case: tuple[str, Any]) -> None:
    key, data = case
    assert _fastschema.accepts(key, data) == jsonschema_accepts(key, data)

"""The workspace answers every query from an index: right answers, in workspace order, and
work that grows linearly with the repository (guarded by counting calls, never by timing)."""

from __future__ import annotations

import cProfile
import difflib
import pstats
from collections.abc import Iterator
from typing import Any

import pytest

from slolint import workspace as workspace_module
from slolint.findings import Origin
from slolint.model import SLO, ModelObject, NameRef, RefSet, Resource, Selector
from slolint.recognize import recognize
from slolint.rules import load_rules
from slolint.workspace import Workspace

NOWHERE = Origin("x.yaml", 0)


def slo(name: str, service: str | None = None, **labels: str | tuple[str, ...]) -> SLO:
    values = {key: (value,) if isinstance(value, str) else value for key, value in labels.items()}
    resource = Resource("openslo/v1", "SLO", name, NOWHERE, values)
    return SLO(resource, service, None, (), None, None)


def resource(kind: str, name: str) -> Resource:
    return Resource("openslo/v1", kind, name, NOWHERE)


def selector(
    labels: dict[str, str] | None = None, *expressions: tuple[str, str, tuple[str, ...]]
) -> Selector:
    return Selector(tuple((labels or {}).items()), tuple(expressions), NOWHERE.at())


def names(slos: list[SLO]) -> list[str]:
    return [item.name for item in slos]


@pytest.fixture
def small() -> Workspace:
    return Workspace.build(
        [
            slo("c-latency", "checkout", team="shop", tier="1"),
            slo("a-availability", "checkout", team="shop", tier="2"),
            slo("b-search", "search", team="find"),
            slo("d-multi", None, team=("shop", "find")),
            slo("e-unlabelled", "search"),
            resource("SLI", "checkout-success"),
            resource("SLI", "search-success"),
            resource("Service", "checkout"),
        ]
    )


def test_names_are_sorted_and_checked_by_kind(small: Workspace) -> None:
    assert list(small.names_of("SLI")) == ["checkout-success", "search-success"]
    assert list(small.names_of("SLO")) == [
        "a-availability",
        "b-search",
        "c-latency",
        "d-multi",
        "e-unlabelled",
    ]
    assert list(small.names_of("AlertPolicy")) == []
    assert small.exists("Service", "checkout")
    assert not small.exists("SLI", "checkout")


def test_names_added_later_are_seen(small: Workspace) -> None:
    assert "zz" not in small.names_of("SLI")
    small.add(resource("SLI", "zz"))
    assert list(small.names_of("SLI"))[-1] == "zz"


def test_slos_by_name_and_by_service_keep_workspace_order(small: Workspace) -> None:
    assert names(small.slos_named("b-search")) == ["b-search"]
    assert small.slos_named("nope") == []
    assert names(small.slos_of_service("checkout")) == ["c-latency", "a-availability"]
    assert names(small.slos_of_service("search")) == ["b-search", "e-unlabelled"]
    assert small.slos_of_service("nope") == []


@pytest.mark.parametrize(
    ("chosen_by", "expected"),
    [
        (selector({"team": "shop"}), ["c-latency", "a-availability", "d-multi"]),
        (selector({"team": "shop", "tier": "2"}), ["a-availability"]),
        (selector({"team": "nobody"}), []),
        (selector(None, ("team", "In", ("find", "x"))), ["b-search", "d-multi"]),
        (selector(None, ("tier", "Exists", ())), ["c-latency", "a-availability"]),
        (selector(None, ("team", "DoesNotExist", ())), ["e-unlabelled"]),
        (
            selector(None, ("team", "NotIn", ("shop",))),
            ["b-search", "e-unlabelled"],
        ),
        (
            selector({"team": "shop"}, ("tier", "NotIn", ("1",))),
            ["a-availability", "d-multi"],
        ),
        (
            selector(None),
            ["c-latency", "a-availability", "b-search", "d-multi", "e-unlabelled"],
        ),
    ],
)
def test_selectors_match_like_kubernetes(
    small: Workspace, chosen_by: Selector, expected: list[str]
) -> None:
    assert names(small.matching(chosen_by)) == expected
    brute = [item for item in small.slos if chosen_by.matches(item.resource.labels)]
    assert names(small.matching(chosen_by)) == names(brute)


def test_select_combines_names_and_selector_minus_exclusions(small: Workspace) -> None:
    refs = RefSet(
        (NameRef("e-unlabelled", NOWHERE.at()), NameRef("c-latency", NOWHERE.at())),
        selector({"team": "find"}),
        exclude=("d-multi",),
    )
    assert names(small.select(refs)) == ["c-latency", "b-search", "e-unlabelled"]
    assert small.select(RefSet((NameRef("missing", NOWHERE.at()),), None)) == []


def test_a_selection_is_made_once_and_sees_slos_added_after_it(small: Workspace) -> None:
    refs = RefSet((), selector({"team": "find"}), exclude_aspirational=True)
    first = small.select(refs)
    assert names(first) == ["b-search", "d-multi"]
    first.append(slo("x-not-added"))  # each caller gets its own list
    assert names(small.select(refs)) == ["b-search", "d-multi"]
    aspirational = SLO(
        Resource(
            "openslo/v1",
            "SLO",
            "f-stretch",
            NOWHERE,
            {"team": ("find",)},
            {"slolint.dev/aspirational": "true"},
        ),
        "search",
        None,
        (),
        None,
        None,
    )
    small.add(aspirational)
    assert names(small.select(refs)) == ["b-search", "d-multi"]
    assert names(small.select(refs, keep_aspirational=True)) == ["b-search", "d-multi", "f-stretch"]


def test_repeated_names_are_those_of_one_kind(small: Workspace) -> None:
    assert not small.repeated_names  # an SLI and a Service may share an SLO's name
    sloth = Resource("sloth.slok.dev/v1", "PrometheusServiceLevel", "b-search", NOWHERE)
    small.add(SLO(sloth, "search", None, (), None, None))
    assert small.exists("SLO", "b-search")
    assert not small.repeated_names  # named like an OpenSLO SLO only under the kind SLO
    small.add(resource("SLI", "search-success"))
    assert small.repeated_names


def test_suggestions_on_few_names_are_difflibs(small: Workspace) -> None:
    for typo in ("checkout-succes", "serch-success", "zzz", "checkout"):
        expected = difflib.get_close_matches(typo, list(small.names_of("SLI")), n=1)
        assert small.suggest("SLI", typo) == (expected[0] if expected else None)
    assert small.suggest("AlertPolicy", "anything") is None


def many_names(count: int) -> Workspace:
    return Workspace.build(resource("SLI", f"svc-{i:05}-request-success") for i in range(count))


@pytest.mark.parametrize(
    ("typo", "expected"),
    [
        ("svc-04217-request-sucess", "svc-04217-request-success"),  # a letter left out
        ("svc-04217-requets-success", "svc-04217-request-success"),  # two swapped
        ("svc-4217-request-success", "svc-04217-request-success"),  # the start differs
        ("svc-09999-request-success-", "svc-09999-request-success"),
        ("frontend", None),
    ],
)
def test_suggestions_among_many_names(typo: str, expected: str | None) -> None:
    assert many_names(10_000).suggest("SLI", typo) == expected


def test_suggestions_are_bounded_per_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workspace_module, "MAX_SUGGESTIONS", 3)
    workspace = many_names(100)
    typos = [f"svc-0000{i}-request-sucess" for i in range(5)]
    answers = [workspace.suggest("SLI", typo) for typo in typos]
    assert answers == [typo.replace("sucess", "success") for typo in typos[:3]] + [None, None]
    assert workspace.suggest("SLI", typos[0]) == "svc-00000-request-success"  # answered before


def test_each_suggestion_compares_a_bounded_number_of_names(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    compared: list[int] = []
    original = difflib.get_close_matches

    def counting(word: str, possibilities: Any, n: int = 3, cutoff: float = 0.6) -> list[str]:
        possibilities = list(possibilities)
        compared.append(len(possibilities))
        return original(word, possibilities, n, cutoff)

    monkeypatch.setattr(difflib, "get_close_matches", counting)  # imported where it suggests
    workspace = many_names(20_000)
    for i in range(0, 20_000, 1000):
        workspace.suggest("SLI", f"svc-{i:05}-request-sucess")
    assert max(compared) <= 4 * workspace_module.SUGGESTION_NEIGHBOURS


# --- complexity guard: 50,000 objects through every rule ----------------------------------


def documents(slos: int) -> Iterator[dict[str, Any]]:
    """SLOs with SLIs, services, policies (labels and expressions) and SLAs of both kinds."""
    teams = 50
    for team in range(teams):
        yield {
            "apiVersion": "slolint.dev/v1alpha1",
            "kind": "ErrorBudgetPolicy",
            "metadata": {"name": f"ebp-{team}"},
            "spec": {
                "owner": "pm",
                "approvers": ["vp"],
                "escalation": {"path": ["sre-lead"], "disputeResolver": "cto"},
                "scope": {
                    "selector": {
                        "matchLabels": {"team": f"team-{team}"},
                        "matchExpressions": [
                            {"key": "tier", "operator": "In", "values": ["1", "2"]}
                        ],
                    }
                },
                "triggers": [
                    {
                        "name": "exhausted",
                        "when": {"budgetConsumed": 1.0},
                        "actions": [
                            {
                                "type": "releaseFreeze",
                                "actor": "team",
                                "exceptions": ["security"],
                                "until": "withinSlo",
                            }
                        ],
                    },
                    {
                        "name": "fast-burn",  # 2% of a 28-day budget in 1h: 13.44
                        "when": {"burnRate": 13.44, "window": "1h", "shortWindow": "5m"},
                        "actions": [{"type": "page", "actor": "oncall"}],
                    },
                ],
            },
        }
    for i in range(slos):
        annotations = {"slolint.dev/target-basis": "observed"}
        if i % 5 == 0:
            annotations["slolint.dev/sla-target"] = "99"
        yield {
            "apiVersion": "openslo/v1",
            "kind": "SLO",
            "metadata": {
                "name": f"svc-{i}-availability",
                "labels": {"team": f"team-{i % teams}", "tier": str(1 + i % 2)},
                "annotations": annotations,
            },
            "spec": {
                "description": f"availability of service {i}, as observed last quarter",
                "service": f"svc-{i}",
                "indicatorRef": f"svc-{i}-success",
                "budgetingMethod": "RatioTimeslices",
                "timeWindow": [{"duration": "28d", "isRolling": True}],
                "objectives": [{"target": 0.9995, "timeSliceWindow": "5m"}],
            },
        }
        yield {
            "apiVersion": "openslo/v1",
            "kind": "SLI",
            "metadata": {"name": f"svc-{i}-success"},
            "spec": {
                "ratioMetric": {
                    "counter": True,
                    "good": {"metricSource": {"type": "Prometheus", "spec": {"query": "a"}}},
                    "total": {"metricSource": {"type": "Prometheus", "spec": {"query": "b"}}},
                }
            },
        }
        if i % 10 == 7:
            yield {
                "apiVersion": "slolint.dev/v1alpha1",
                "kind": "SLA",
                "metadata": {"name": f"svc-{i}-customers"},
                "spec": {
                    "service": f"svc-{i}",
                    "backedBy": {"sloRefs": [f"svc-{i}-availability"]},
                    "objectives": [
                        {
                            "indicatorRef": f"svc-{i}-success",
                            "targetPercent": 99,
                            "timeWindow": [{"duration": "28d", "isRolling": True}],
                        }
                    ],
                    "consequences": [{"belowPercent": 99, "credit": "10%"}],
                },
            }


def model(slos: int) -> list[ModelObject]:
    objects: list[ModelObject] = []
    for index, data in enumerate(documents(slos)):
        found, problems = recognize("repo.yaml", index, data)
        assert problems == []
        for item in found:
            objects.extend(item.objects)
    return objects


def calls_to_lint(objects: list[ModelObject]) -> tuple[int, int]:
    """Python function calls made by building the workspace and running every rule."""
    rules = [rule.check for rule in load_rules().values() if rule.check is not None]
    profile = cProfile.Profile()
    profile.enable()
    workspace = Workspace.build(objects)
    found = sum(len(list(check(workspace))) for check in rules)
    profile.disable()
    stats = pstats.Stats(profile)
    return sum(entry[1] for entry in stats.stats.values()), found  # type: ignore[attr-defined]


def test_rules_over_50000_objects_do_linear_work() -> None:
    """10x the objects may cost at most 13x the calls: a quadratic step would cost 100x."""
    small = model(2_500)
    large = model(25_000)
    assert len(large) >= 50_000
    small_calls, small_found = calls_to_lint(small)
    large_calls, large_found = calls_to_lint(large)
    assert small_found == large_found == 0
    assert large_calls <= 13 * small_calls, (small_calls, large_calls)

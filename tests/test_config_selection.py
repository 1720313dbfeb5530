"""The one selection engine: layers of select / extend-select / ignore over a rule set.

``Selection.build`` (library callers), configuration files and the command line all resolve
through :func:`slolint.config.selecting.resolve`; these cases pin its answers, so breaking
the engine, or routing one caller around it, fails here.
"""

from __future__ import annotations

import pytest

from slolint.config.selecting import OPT_IN, Layer, resolve, unknown_selectors
from slolint.findings import Severity
from slolint.registry import RULES, Rule, RuleSet
from slolint.rules import load_rules
from slolint.selection import Selection, SelectorError

load_rules()
GROUP_2 = frozenset({"SLO201", "SLO202", "SLO203", "SLO204", "SLO205", "SLO206", "SLO207"})
"""The 2xx rules of the catalog (README, "Rules"); none of them is opt-in."""
GROUP_4_DEFAULT = frozenset({"SLO401", "SLO403", "SLO406", "SLO407"})
"""The 4xx rules a prefix enables: SLO402, SLO404 and SLO405 are opt-in (the strict preset)."""


def test_group_2_is_what_the_readme_lists() -> None:
    assert frozenset(code for code in RULES if code.startswith("SLO2")) == GROUP_2


@pytest.mark.parametrize(
    ("select", "ignore", "expected"),
    [
        (["SLO2"], [], GROUP_2),
        (["SLO2"], ["SLO201"], GROUP_2 - {"SLO201"}),
        (["SLO2"], ["target-not-below-100"], GROUP_2 - {"SLO201"}),
        (["SLO201"], ["SLO2"], {"SLO201"}),
        (["target-not-below-100", "SLO4"], [], {"SLO201"} | GROUP_4_DEFAULT),
        (["SLO20"], ["SLO2"], GROUP_2),
        (["SLO2"], ["SLO20"], set()),
        (["SLO01"], [], {"SLO010"}),  # a prefix never enables the opt-in SLO011, SLO012
        (["SLO011"], [], {"SLO011"}),
        (["unused-suppression", "SLO2"], ["SLO202"], {"SLO011"} | GROUP_2 - {"SLO202"}),
    ],
)
def test_selection_build_is_the_engines_answer(
    select: list[str], ignore: list[str], expected: set[str]
) -> None:
    assert Selection.build(select, ignore).enabled == frozenset(expected)
    layer = Layer("test", tuple(select), (), tuple(ignore))
    assert resolve([layer], RuleSet.of()) == frozenset(expected)


def test_all_leaves_out_the_opt_in_rules_and_the_default_selection_has_them() -> None:
    every = frozenset(RULES)
    assert {"SLO011", "SLO012", "SLO402", "SLO404", "SLO405"} <= OPT_IN
    assert Selection.build(["ALL"]).enabled == every - OPT_IN
    assert Selection.build().enabled == every
    assert Selection.build(["ALL"], ["SLO"]).enabled == frozenset()


def test_layers_apply_in_order() -> None:
    rules = RuleSet.of()
    base = Layer("preset", ("ALL",))
    assert (
        resolve([base, Layer("a", ignore=("SLO2",))], rules) == frozenset(RULES) - GROUP_2 - OPT_IN
    )
    assert (
        resolve([base, Layer("a", ignore=("SLO2",)), Layer("b", extend_select=("SLO201",))], rules)
        == frozenset(RULES) - (GROUP_2 - {"SLO201"}) - OPT_IN
    )
    assert resolve(
        [base, Layer("a", ignore=("SLO2",)), Layer("b", select=("SLO202",))], rules
    ) == frozenset({"SLO202"})


def test_unknown_selectors_are_refused() -> None:
    with pytest.raises(SelectorError, match="unknown rule selector 'SLO999'; see 'slolint rules'"):
        Selection.build(["SLO999"])
    assert unknown_selectors(["SLO2", "nope", "ACME"], RuleSet.of()) == ["nope", "ACME"]


def test_a_rule_set_adds_policies_without_touching_the_catalog() -> None:
    policy = Rule("ACME001", "team-rule", Severity.WARNING, "a team rule", "")
    mine = RuleSet.of([policy])
    other = RuleSet.of([Rule("ACME001", "other-rule", Severity.INFO, "another", "")])
    assert resolve([Layer("x", ("ACME",))], mine) == frozenset({"ACME001"})
    assert mine.lookup("team-rule") == [policy] and other.lookup("team-rule") == []
    assert "ACME001" not in RULES and RuleSet.of().lookup("ACME") == []
    with pytest.raises(ValueError, match="is already a built-in rule"):
        RuleSet.of([Rule("SLO201", "mine", Severity.INFO, "x", "")])


def test_the_catalog_is_sealed_after_loading() -> None:
    from slolint.registry import define

    with pytest.raises(ValueError, match="registered after the rules were loaded"):
        define("ACME999", "late-rule", Severity.INFO, "too late", "")
    with pytest.raises(TypeError):
        RULES["ACME999"] = RULES["SLO201"]  # type: ignore[index]

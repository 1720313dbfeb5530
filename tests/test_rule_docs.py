"""Rule documentation: ruff's headings for every rule, real examples, generated files in sync.

The examples themselves are linted by tests/test_rules.py (they are fixtures under
``src/slolint/rules/examples``); here we check that every rule has them and that
``docs/rules.md`` and the README's rule table are what ``make docs`` would write.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from slolint.docs_links import help_uri
from slolint.rule_docs import (
    TABLE_END,
    TABLE_START,
    builtin_rules,
    catalog,
    example_files,
    markdown,
    readme_with_table,
    terminal,
)

ROOT = Path(__file__).resolve().parents[1]
RULES = builtin_rules()
CODES = [rule.code for rule in RULES]

WITHOUT_EXAMPLES = {
    "SLO000": "an internal error: no input is meant to produce it",
    "SLO100": "no shipped schema can produce it (tests/test_rules.py WITHOUT_FIXTURES)",
    "SLO004": "formats move from recognized to linted as adapters land; fixtures cover it",
    "SLO006": "a 129-level or billion-laughs file is no reading; fixtures cover it",
    # OpenSLO's schemas catch these first (SLO105, SLO101, SLO107), and OpenSLO is the
    # only SLO format linted so far; test_rule_catalog.py covers the checks.
    "SLO501": "only formats without schema checks reach it",
    "SLO502": "only formats without schema checks reach it",
    "SLO602": "only formats without schema checks reach it",
    "SLO803": "only formats without schema checks reach it",
}
"""Codes whose documentation shows no example, and why."""


@pytest.mark.parametrize("code", sorted(set(CODES) - set(WITHOUT_EXAMPLES)))
def test_every_rule_documents_an_example_and_its_fix(code: str) -> None:
    assert example_files(code, "fail"), f"src/slolint/rules/examples/{code}/fail/example.*"
    assert example_files(code, "pass"), f"src/slolint/rules/examples/{code}/pass/example.*"
    text = markdown(next(r for r in RULES if r.code == code))
    assert "\n### Example\n" in text
    assert "\n### Use instead\n" in text
    assert "# expect:" not in text


@pytest.mark.parametrize("rule", RULES, ids=CODES)
def test_every_rule_has_the_fixed_headings(rule: object) -> None:
    text = markdown(rule)  # type: ignore[arg-type]
    assert "\n### What it does\n" in text
    assert "\n### Why is this bad?\n" in text
    assert text.index("What it does") < text.index("Why is this bad?")


@pytest.mark.parametrize("rule", [r for r in RULES if r.options], ids=lambda r: r.code)
def test_rules_with_options_document_them(rule: object) -> None:
    assert "\n### Options\n" in markdown(rule)  # type: ignore[arg-type]


@pytest.mark.parametrize("rule", RULES, ids=CODES)
def test_terminal_text_has_no_markup(rule: object) -> None:
    text = terminal(rule)  # type: ignore[arg-type]
    assert "``" not in text and "```" not in text and "**" not in text
    assert "\n## " not in text


def test_docs_rules_md_is_generated_from_the_registry() -> None:
    written = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert written == catalog(RULES), "docs/rules.md is stale: run make docs"


def test_readme_rule_table_is_generated_from_the_registry() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert TABLE_START in readme and TABLE_END in readme
    assert readme == readme_with_table(readme, RULES), "the README's rule table is stale"
    for code in CODES:
        assert f"| `{code}` |" in readme


def test_every_rule_has_a_section_that_its_help_uri_names() -> None:
    written = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    for rule in RULES:
        assert f"\n## {rule.code} {rule.name}\n" in written
        uri = help_uri(rule.code, rule.name)
        assert uri.endswith(f"docs/rules.md#{rule.code.lower()}-{rule.name}")


def test_readme_presets_name_every_opt_in_rule_and_the_minimal_selection() -> None:
    from slolint.config.selecting import OPT_IN
    from slolint.config.settings import PRESETS

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    rows = {line.split("|")[1].strip(): line for line in readme.splitlines() if line[:3] == "| `"}
    names = {rule.code: rule.name for rule in RULES}
    for code in sorted(OPT_IN):
        assert f"`{code}` {names[code]}" in rows["`strict`"], code
    for selector in PRESETS["minimal"]["select"]:
        assert f"`{selector}`" in rows["`minimal`"], selector
    assert PRESETS["strict"]["fail-on"] == "warning" and "| warnings |" in rows["`strict`"]


def test_presets_of_each_rule_follow_the_opt_in_rules() -> None:
    from slolint.rule_docs import presets_of

    assert presets_of("SLO201") == ["recommended", "strict", "minimal"]
    assert presets_of("SLO205") == ["recommended", "strict"]
    assert presets_of("SLO011") == ["strict"]  # minimal selects SLO0, which leaves it out
    assert presets_of("SLO701") == ["strict"]


@pytest.mark.parametrize("rule", [r for r in RULES if r.options], ids=lambda r: r.code)
def test_option_schemas_are_valid_and_their_defaults_satisfy_them(rule: object) -> None:
    import jsonschema

    schema = rule.options  # type: ignore[attr-defined]
    jsonschema.Draft7Validator.check_schema(schema)
    defaults = {key: spec["default"] for key, spec in schema["properties"].items()}
    jsonschema.Draft7Validator(schema).validate(defaults)


def test_a_wrong_option_type_is_a_configuration_error(tmp_path: Path) -> None:
    from helpers import run_slolint

    (tmp_path / ".slolint.yaml").write_text("rules:\n  SLO203: {max-nines: many}\n")
    done = run_slolint("check", ".", cwd=tmp_path)
    assert done.returncode == 2
    assert "max-nines" in done.stderr

"""Numbers of 5,000 digits wherever a number is read from a file: a finding or a string,
never an internal error (Python converts at most 4,300 digits)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.test_suppress import HEAD, lint

from helpers import run_slolint
from slolint.baseline import Baseline, BaselineError
from slolint.durations import parse_shorthand, rolling_seconds
from slolint.load import load_text
from slolint.numbers import read_float, read_int

DIGITS = "1" * 5000
SHOWN = "1" * 57 + "..."
"""How a long value is quoted in messages (shortened to 60 characters with the quotes)."""


def rows(text: str, tmp_path: Path, *select: str) -> list[tuple[int, int, str, str]]:
    result = lint(tmp_path, text, select=select or ("ALL",))
    assert [f.code for f in result.findings if f.code == "SLO000"] == []
    return [(f.position.line, f.position.column, f.code, f.message) for f in result.findings]


def test_the_bounded_readers() -> None:
    assert read_int("-42") == -42
    assert read_int(DIGITS) is None
    assert read_int("1" * 4300) == int("1" * 4300)
    assert read_int("ff", base=16) == 255
    assert read_int("f" * 4301, base=16) is None
    assert read_int("12a") is None
    assert read_float("0.5") == 0.5
    assert read_float("0." + "9" * 70000) is None
    assert read_float("nan") is None
    assert read_float(" 99.5 ", words=True) == 99.5
    assert parse_shorthand(DIGITS + "d") is None
    assert parse_shorthand("999999999d") == (999999999, "d")
    assert rolling_seconds(DIGITS + "d") is None


@pytest.mark.parametrize(
    ("written", "value"),
    [
        (DIGITS, DIGITS),
        ("0x" + "f" * 5000, "0x" + "f" * 5000),
        ("0o" + "7" * 5000, "0o" + "7" * 5000),
        ("0." + "9" * 70000, "0." + "9" * 70000),  # past the float bound: a string too
        ("0." + "9" * 5000, 1.0),  # a long fraction within it is a number, as Go reads it
    ],
)
def test_yaml_numbers_too_long_stay_strings(written: str, value: object) -> None:
    document = load_text("a.yaml", f"n: {written}\n").documents[0]
    assert document.data == {"n": value}


def test_a_duration_of_5000_digits_is_out_of_range_at_its_field(tmp_path: Path) -> None:
    text = HEAD.format(name="x").replace("duration: 28d", f"duration: {DIGITS}d")
    # the duration's value starts after "    - duration: " on line 25
    assert rows(text + "  objectives:\n    - target: 0.99\n", tmp_path, "SLO106") == [
        (
            25,
            17,
            "SLO106",
            f'spec.timeWindow[0].duration "{SHOWN}" has 5000 digits; expected at most 9 '
            "before the unit, such as 28d",
        )
    ]


def test_an_sla_window_of_5000_digits_is_out_of_range(tmp_path: Path) -> None:
    text = (
        "apiVersion: slolint.dev/v1alpha1\nkind: SLA\nmetadata: {name: s}\nspec:\n"
        "  service: checkout\n  objectives:\n    - targetPercent: 99.5\n"
        f"      timeWindow: [{{duration: {DIGITS}M, isRolling: false}}]\n"
    )
    assert rows(text, tmp_path, "SLO106") == [
        (
            8,
            31,
            "SLO106",
            f'spec.objectives[0].timeWindow[0].duration "{SHOWN}" has 5000 digits; '
            "expected at most 9 before the unit, such as 28d",
        )
    ]


def test_sla_annotations_of_5000_digits(tmp_path: Path) -> None:
    text = HEAD.format(name="y").replace(
        "  name: y\n",
        "  name: y\n  annotations:\n"
        f'    slolint.dev/sla-target: "{"9" * 5000}"\n'
        f'    slolint.dev/sla-window: "{DIGITS}d"\n',
    )
    found = rows(text + "  objectives:\n    - target: 0.99\n", tmp_path, "SLO106", "SLO201")
    assert found == [
        (
            6,
            29,
            "SLO201",
            f'SLA annotation slolint.dev/sla-target "{"9" * 57}..." is out of range; use a '
            "value above 0 and below 100",
        ),
        (
            7,
            29,
            "SLO106",
            f'annotation slolint.dev/sla-window "{SHOWN}" has 5000 digits; expected at most 9 '
            "before the unit, such as 28d",
        ),
    ]


def test_a_target_of_5000_digits_is_a_wrong_type(tmp_path: Path) -> None:
    text = HEAD.format(name="z") + f"  objectives:\n    - target: {DIGITS}\n"
    assert rows(text, tmp_path, "SLO103") == [
        (
            28,
            15,
            "SLO103",
            f'expected a number at spec.objectives[0].target, found string "{SHOWN}"',
        )
    ]


def test_a_baseline_count_of_5000_digits_is_a_baseline_error(tmp_path: Path) -> None:
    path = tmp_path / "baseline.json"
    path.write_text(
        '{"version": 1, "entries": [{"file": "a", "code": "SLO201", "kind": "SLO", '
        f'"name": "a", "json_path": "$", "count": {DIGITS}}}]}}',
        encoding="utf-8",
    )
    with pytest.raises(BaselineError) as caught:
        Baseline.read(path)
    assert str(caught.value) == f'"{path}": an integer has more than 4300 digits'


def test_a_pyproject_integer_of_5000_digits_is_one_line_and_exit_2(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "pyproject.toml").write_text(f"[tool.slolint]\nn = {DIGITS}\n", encoding="utf-8")
    done = run_slolint("check", ".", cwd=tmp_path)
    assert (done.returncode, done.stderr) == (
        2,
        "pyproject.toml:1:1: an integer has more than 4300 digits\n",
    )


def test_a_start_time_with_a_5000_digit_year_is_not_a_start_time() -> None:
    from slolint.durations import parse_start_time

    assert parse_start_time(f"{DIGITS}-01-01 00:00:00") is None
    assert parse_start_time("2024-02-29 12:30:00") == (2024, 2, 29, 12, 30, 0)


def test_a_configuration_number_of_5000_digits_is_one_line_and_exit_2(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".slolint.yaml").write_text(f"fail-on: {DIGITS}\n", encoding="utf-8")
    done = run_slolint("check", ".", cwd=tmp_path)
    assert done.returncode == 2
    assert len(done.stderr.splitlines()) == 1
    assert done.stderr.startswith(".slolint.yaml:1:10: ")


def test_a_pyrra_window_and_target_of_5000_digits(tmp_path: Path) -> None:
    text = (
        "apiVersion: pyrra.dev/v1alpha1\nkind: ServiceLevelObjective\nmetadata: {name: p}\n"
        f"spec:\n  target: '{'9' * 5000}'\n  window: {DIGITS}d\n"
        "  indicator: {ratio: {errors: {metric: a}, total: {metric: b}}}\n"
    )
    assert rows(text, tmp_path, "SLO106", "SLO201") == [
        (
            5,
            11,
            "SLO201",
            f'objective target "{"9" * 57}..." is out of range; use a target above 0 and below 100',
        ),
        (
            6,
            11,
            "SLO106",
            f'spec.window "{SHOWN}" has 5001 characters; expected a duration of at most 120, '
            "such as 28d",
        ),
    ]


def test_an_openslo_v1alpha_count_of_5000_digits_is_a_wrong_type(tmp_path: Path) -> None:
    text = (
        "apiVersion: openslo/v1alpha\nkind: SLO\nmetadata: {name: s, displayName: x}\n"
        "spec:\n  service: checkout\n  budgetingMethod: Occurrences\n  timeWindows:\n"
        f"    - count: {DIGITS}\n      unit: Day\n      isRolling: true\n"
    )
    assert rows(text, tmp_path, "SLO103") == [
        (
            8,
            14,
            "SLO103",
            f'expected an integer at spec.timeWindows[0].count, found string "{SHOWN}"',
        )
    ]

"""How targets are read and quoted: any YAML number is kept (even NaN or 400 digits), and
messages show it as the file spells it."""

from __future__ import annotations

import math

import pytest

from slolint.findings import Origin
from slolint.model import Target, to_float
from slolint.recognize.fields import target_of

ORIGIN = Origin("t.yaml", 0)


def test_to_float_never_raises() -> None:
    assert to_float(10**400) == math.inf
    assert to_float(-(10**400)) == -math.inf
    assert to_float(3) == 3.0


@pytest.mark.parametrize(
    ("objective", "ratio", "shown"),
    [
        ({"target": 0.999}, 0.999, "0.999 (99.9%)"),
        ({"targetPercent": 99.9}, 0.999, "99.9%"),
        ({"target": 10**400}, math.inf, "(a number of about 401 digits)"),
        ({"targetPercent": -(10**400)}, -math.inf, "-(a number of about 401 digits)%"),
        ({"target": -math.inf}, -math.inf, "-.inf"),
        ({"target": 1e300}, 1e300, "1e+300"),
    ],
)
def test_targets_keep_any_number_and_show_it_as_written(
    objective: dict[str, object], ratio: float, shown: str
) -> None:
    target = target_of(objective, ORIGIN, ("spec", "objectives", 0))
    assert target is not None
    assert target.ratio == ratio
    assert target.shown() == shown
    assert not target.in_range or 0 < ratio < 1


def test_nan_is_kept_and_never_in_range() -> None:
    target = target_of({"target": math.nan}, ORIGIN, ())
    assert target is not None and math.isnan(target.ratio)
    assert target.as_written() == ".nan"
    assert not target.in_range


def test_annotation_text_is_quoted_as_written() -> None:
    target = Target(0.995, "99.5", "percent", ORIGIN.at("x"))
    assert target.as_written() == '"99.5"'
    assert target.shown() == '"99.5" (99.5%)'


def test_annotation_values_are_quoted_and_bounded_in_messages() -> None:
    from slolint.load import load_text
    from slolint.recognize import recognize

    text = (
        "apiVersion: openslo/v1\nkind: SLO\nmetadata:\n  name: a\n  annotations:\n"
        f'    slolint.dev/sla-target: "{"9" * 5000}x"\n'
        '    slolint.dev/sla-window: "one \\"month\\""\n'
    )
    _, problems = recognize("t.yaml", 0, load_text("t.yaml", text).documents[0].data)
    messages = ["".join(map(str, p.message)) for p in problems]
    assert messages == [
        f'annotation slolint.dev/sla-target "{"9" * 57}..." is not a number; '
        'expected a percentage such as "99.5" or a ratio such as "0.995"',
        'annotation slolint.dev/sla-window "one \\"month\\"" is not duration-shorthand; '
        'expected a number followed by m, h, d, w, M, Q or Y, such as "1M", '
        'optionally after "rolling" or "calendar"',
    ]

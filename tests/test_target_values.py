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

"""SLO010-SLO012: the hygiene of inline suppressions, reported by the filter stage."""

from slolint.findings import Severity
from slolint.registry import define

define(
    "SLO010",
    "invalid-suppression",
    Severity.ERROR,
    "a suppression comment or annotation names no code, or a code that does not exist",
    """
    ``# slolint: ignore[...]``, ``# slolint: file-ignore[...]`` and the annotation
    ``slolint.dev/ignore`` must name the codes, prefixes or names they suppress. A bare
    ``# slolint: ignore`` would hide every present and future finding, so it suppresses
    nothing and is reported; so is a code that no rule has (a typo would otherwise leave
    the finding it meant to hide in place, or hide nothing, silently).

    Fail:

        target: 1.0  # slolint: ignore -- no codes

    Fail:

        target: 1.0  # slolint: ignore[SLO2001] -- no such rule

    Pass:

        target: 1.0  # slolint: ignore[SLO201] -- contract with payments, see INC-1234
    """,
)
define(
    "SLO011",
    "unused-suppression",
    Severity.WARNING,
    "a suppression hides no finding (opt-in)",
    """
    A suppression whose code matched no finding where it applies: the problem was fixed,
    the comment moved, or the code is wrong. Remove it so that it cannot hide a future
    finding. Opt-in (like ruff's RUF100): enable it with ``extend-select: [SLO011]`` or the
    ``strict`` preset; ``ALL`` and prefixes do not include it.

    Fail:

        target: 0.999  # slolint: ignore[SLO201] -- the target is fine now
    """,
)
define(
    "SLO012",
    "suppression-without-reason",
    Severity.WARNING,
    "a suppression gives no reason after -- (opt-in)",
    """
    Every suppression should say why, after ``--``, so that reviewers can judge it and
    someone can remove it when the reason is gone. Opt-in: enable it with
    ``extend-select: [SLO012]`` or the ``strict`` preset.

    Fail:

        target: 1.0  # slolint: ignore[SLO201]

    Pass:

        target: 1.0  # slolint: ignore[SLO201] -- contract with payments, see INC-1234
    """,
)

"""SLO010-SLO012: the hygiene of inline suppressions, reported by the filter stage."""

from slolint.findings import Severity
from slolint.registry import define

define(
    "SLO010",
    "invalid-suppression",
    Severity.ERROR,
    "a suppression comment or annotation names no code, or a code that does not exist",
    """
    ## What it does
    Checks that ``# slolint: ignore[...]``, ``# slolint: file-ignore[...]`` and the
    annotation ``slolint.dev/ignore`` name the codes, prefixes or names they suppress, and
    that each of them is a rule that exists.

    ## Why is this bad?
    A bare ``# slolint: ignore`` would hide every present and future finding, so it
    suppresses nothing and is reported. A code that no rule has is a typo: it leaves the
    finding it meant to hide in place, or hides nothing, silently.
    """,
)
define(
    "SLO011",
    "unused-suppression",
    Severity.WARNING,
    "a suppression hides no finding (opt-in)",
    """
    ## What it does
    Reports a suppression whose code matched no finding where it applies. Opt-in (like
    ruff's RUF100): enable it with ``extend-select: [SLO011]`` or the ``strict`` preset;
    ``ALL`` and prefixes do not include it.

    ## Why is this bad?
    The problem was fixed, the comment moved, or the code is wrong: a stale suppression
    waits to hide a future finding that nobody has seen. Remove it.
    """,
)
define(
    "SLO012",
    "suppression-without-reason",
    Severity.WARNING,
    "a suppression gives no reason after -- (opt-in)",
    """
    ## What it does
    Reports a suppression that gives no reason after ``--``. Opt-in: enable it with
    ``extend-select: [SLO012]`` or the ``strict`` preset.

    ## Why is this bad?
    Without a reason, reviewers cannot judge a suppression and nobody knows when it may be
    removed: it outlives the contract or incident that justified it.
    """,
)

"""SLO1xx: JSON Schema conformance, one code per keyword family.

The validate stage reports these; keeping one code per family lets users select or ignore
schema problems one kind at a time, which check-jsonschema cannot do.
"""

from slolint.findings import Severity
from slolint.registry import define

define(
    "SLO100",
    "schema-violation",
    Severity.ERROR,
    "the document violates its JSON Schema",
    """
    ## What it does
    A schema keyword outside the other SLO1xx families failed (for example ``uniqueItems``).

    ## Why is this bad?
    The document is not valid for its format: the tools that consume it reject it or read
    something else than what is written.
    """,
)
define(
    "SLO101",
    "missing-required-field",
    Severity.ERROR,
    "a required field is missing",
    """
    ## What it does
    The schema's ``required`` keyword failed. The finding points at the mapping that lacks
    the field (its key), since the field itself has no position.

    ## Why is this bad?
    OpenSLO's reference SDK rejects the document, and without the field the rules that need it
    (targets, windows, indicators) cannot judge the SLO.
    """,
)
define(
    "SLO102",
    "unknown-field",
    Severity.ERROR,
    "a field is not defined by the format",
    """
    ## What it does
    OpenSLO's reference decoder rejects unknown fields, so a typo silently breaks the file
    for every tool. The finding points at the key and suggests the closest known field.

    ## Why is this bad?
    A typo in a key (``budgetMethod``) silently drops the value it was meant to set, so the
    SLO falls back to a default nobody chose.
    """,
)
define(
    "SLO103",
    "wrong-type",
    Severity.ERROR,
    "a value has the wrong type",
    """
    ## What it does
    The schema's ``type`` keyword failed: a string where a number belongs, a mapping where a
    list belongs, and so on.

    ## Why is this bad?
    Tools that decode into typed structures reject the file; tools that do not may read ``"99.9"``
    as text and compare it wrongly.
    """,
)
define(
    "SLO104",
    "invalid-value",
    Severity.ERROR,
    "a value is not one of the allowed values",
    """
    ## What it does
    The schema's ``enum`` or ``const`` keyword failed; the message lists the allowed values.
    The annotation ``slolint.dev/aspirational`` is checked the same way: only ``"true"`` and
    ``"false"`` are accepted, since any other word would silently mean "not aspirational".

    ## Why is this bad?
    A value outside the format's vocabulary is rejected by strict tools and ignored by lenient
    ones, which then apply their own default.
    """,
)
define(
    "SLO105",
    "invalid-format",
    Severity.ERROR,
    "a string does not have the required form",
    """
    ## What it does
    The schema's ``pattern`` or ``format`` keyword failed: names that are not RFC 1123 labels,
    durations that are not duration-shorthand (``28d``), timestamps not in
    ``YYYY-MM-DD HH:MM:SS``, time zones that are not IANA names.

    ## Why is this bad?
    Strings with the wrong form are parsed differently by each tool, or not at all: ``30 days``
    is no duration to go-sdk, and a name with capitals is no Kubernetes object name.
    """,
)
define(
    "SLO106",
    "out-of-range",
    Severity.ERROR,
    "a number, string length or list size is out of range",
    """
    ## What it does
    The schema's ``minimum``/``maximum`` (and exclusive variants), ``minLength``/
    ``maxLength``, ``minItems``/``maxItems`` or ``minProperties`` keyword failed. SLO and SLA
    target ranges and units are left to SLO201 and SLO202 so that one problem gives one
    finding; error-budget policy triggers (``budgetConsumed`` in (0, 10], ``burnRate`` above
    0, budget fractions in (0, 1]) and SLA consequence thresholds are checked here.

    ## Why is this bad?
    A number outside its range cannot mean what it says: a trigger on ``budgetConsumed: 80``
    waits for 80 budgets to be spent, and an empty list is a requirement nobody meets.
    """,
)
define(
    "SLO107",
    "invalid-combination",
    Severity.ERROR,
    "fields that exclude or require each other are combined wrongly",
    """
    ## What it does
    A ``oneOf``/``anyOf``/``not``/``if``-``then`` rule failed: both ``target`` and
    ``targetPercent`` set, ``calendar`` on a rolling window, ``op`` on a ratio objective,
    ``indicator`` and ``indicatorRef`` both set.

    ## Why is this bad?
    Tools resolve such combinations differently: with both ``target`` and ``targetPercent`` one
    tool reads the first and another the second, so the SLO has two targets.
    """,
)

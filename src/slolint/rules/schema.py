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
    A schema keyword outside the other SLO1xx families failed (for example ``uniqueItems``).
    """,
)
define(
    "SLO101",
    "missing-required-field",
    Severity.ERROR,
    "a required field is missing",
    """
    The schema's ``required`` keyword failed. The finding points at the mapping that lacks
    the field (its key), since the field itself has no position.

    Fail:

        spec:
          indicatorRef: checkout-success
          # no service, no budgetingMethod
    """,
)
define(
    "SLO102",
    "unknown-field",
    Severity.ERROR,
    "a field is not defined by the format",
    """
    OpenSLO's reference decoder rejects unknown fields, so a typo silently breaks the file
    for every tool. The finding points at the key and suggests the closest known field.

    Fail:

        spec:
          budgetMethod: Occurrences   # did you mean budgetingMethod?
    """,
)
define(
    "SLO103",
    "wrong-type",
    Severity.ERROR,
    "a value has the wrong type",
    """
    The schema's ``type`` keyword failed: a string where a number belongs, a mapping where a
    list belongs, and so on.

    Fail:

        timeWindow:
          duration: 28d    # must be a list of one window
    """,
)
define(
    "SLO104",
    "invalid-value",
    Severity.ERROR,
    "a value is not one of the allowed values",
    """
    The schema's ``enum`` or ``const`` keyword failed; the message lists the allowed values.
    The annotation ``slolint.dev/aspirational`` is checked the same way: only ``"true"`` and
    ``"false"`` are accepted, since any other word would silently mean "not aspirational".

    Fail:

        budgetingMethod: Occurrence    # Occurrences, Timeslices or RatioTimeslices

    Fail:

        annotations:
          slolint.dev/aspirational: "yes"
    """,
)
define(
    "SLO105",
    "invalid-format",
    Severity.ERROR,
    "a string does not have the required form",
    """
    The schema's ``pattern`` or ``format`` keyword failed: names that are not RFC 1123 labels,
    durations that are not duration-shorthand (``28d``), timestamps not in
    ``YYYY-MM-DD HH:MM:SS``, time zones that are not IANA names.

    Fail:

        metadata:
          name: Checkout_Availability
    """,
)
define(
    "SLO106",
    "out-of-range",
    Severity.ERROR,
    "a number, string length or list size is out of range",
    """
    The schema's ``minimum``/``maximum`` (and exclusive variants), ``minLength``/
    ``maxLength``, ``minItems``/``maxItems`` or ``minProperties`` keyword failed. SLO and SLA
    target ranges and units are left to SLO201 and SLO202 so that one problem gives one
    finding; error-budget policy triggers (``budgetConsumed`` in (0, 10], ``burnRate`` above
    0, budget fractions in (0, 1]) and SLA consequence thresholds are checked here.

    Fail:

        timeWindow: []      # exactly one window

    Fail:

        when: {budgetConsumed: 80}   # a fraction of the budget: 0.8
    """,
)
define(
    "SLO107",
    "invalid-combination",
    Severity.ERROR,
    "fields that exclude or require each other are combined wrongly",
    """
    A ``oneOf``/``anyOf``/``not``/``if``-``then`` rule failed: both ``target`` and
    ``targetPercent`` set, ``calendar`` on a rolling window, ``op`` on a ratio objective,
    ``indicator`` and ``indicatorRef`` both set.

    Fail:

        objectives:
          - target: 0.999
            targetPercent: 99.9
    """,
)

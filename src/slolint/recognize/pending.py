"""Formats slolint recognizes without linting them yet, and Nobl9, which it leaves alone.

A recognized-but-not-linted format is reported once per file (SLO004, info), so that users
know slolint saw the file and did not check it. When a format gets its own module with an
adapter, its record here is deleted (a linted record is tried first anyway, so a stale one
here never hides it).
"""

from __future__ import annotations

from slolint.recognize.format import FormatSpec, by_api_version, by_api_version_only

OPENSLO_KINDS = (
    "SLO",
    "SLI",
    "Service",
    "DataSource",
    "AlertPolicy",
    "AlertCondition",
    "AlertNotificationTarget",
)

FORMATS = (
    FormatSpec(
        name="openslo-v1alpha",
        title="OpenSLO v1alpha",
        api_versions=("openslo/v1alpha",),
        kinds=("SLO", "Service"),
        detect=by_api_version(("openslo/v1alpha",), ("SLO", "Service")),
        status="not-linted",
        aliases={"openslo/v0.1.0-beta": "openslo/v1alpha"},
    ),
    FormatSpec(
        name="openslo-v2alpha",
        title="OpenSLO v2alpha",
        api_versions=("openslo.com/v2alpha",),
        kinds=OPENSLO_KINDS,
        detect=by_api_version(("openslo.com/v2alpha",), OPENSLO_KINDS),
        status="not-linted",
        aliases={
            "openslo/v2alpha": "openslo.com/v2alpha",
            "openslo/v2alpha1": "openslo.com/v2alpha",
            "openslo/v2": "openslo.com/v2alpha",
        },
    ),
    FormatSpec(
        name="pyrra",
        title="Pyrra",
        api_versions=("pyrra.dev/v1alpha1",),
        kinds=("ServiceLevelObjective",),
        detect=by_api_version(("pyrra.dev/v1alpha1",), ("ServiceLevelObjective",)),
        status="not-linted",
        sniff_markers=("pyrra.dev",),
    ),
    FormatSpec(
        name="nobl9",
        title="Nobl9",
        api_versions=("n9/v1alpha",),
        kinds=(),
        detect=by_api_version_only(("n9/v1alpha",)),
        status="silent",
    ),
)

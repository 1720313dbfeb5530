"""Formats slolint recognizes without linting them, and Nobl9, which it leaves alone.

A recognized-but-not-linted format is reported once per file (SLO004, info), so that users
know slolint saw the file and did not check it. When a format gets its own module with an
adapter, its record here is deleted (a linted record is tried first anyway, so a stale one
here never hides it).
"""

from __future__ import annotations

from slolint.recognize.format import Data, Detected, FormatSpec, by_api_version, by_api_version_only

SLOTH_CRD = "sloth.slok.dev/v1"
SLOTH_KINDS = ("PrometheusServiceLevel", "AlertWindows")
SLO_GENERATOR = "sre.google.com/v2"
DATADOG = "datadoghq.com/v1alpha1"
CONFIG_CONNECTOR = "monitoring.cnrm.cloud.google.com/v1beta1"


def _sloth(data: Data) -> Detected | None:
    """The CRD by apiVersion, the plain spec by a top-level ``version: prometheus/v...``."""
    api, version = data.get("apiVersion"), data.get("version")
    if api is None and isinstance(version, str) and version.startswith("prometheus/v"):
        return Detected(version, "PrometheusServiceLevel", ("version",))
    return _sloth_crd(data)


_sloth_crd = by_api_version((SLOTH_CRD,), SLOTH_KINDS)

FORMATS = (
    FormatSpec(
        name="sloth",
        title="Sloth",
        api_versions=(SLOTH_CRD,),
        kinds=SLOTH_KINDS,
        detect=_sloth,
        status="not-linted",
        sniff_markers=("sloth.slok.dev", "prometheus/v"),
    ),
    FormatSpec(
        name="slo-generator",
        title="slo-generator",
        api_versions=(SLO_GENERATOR,),
        kinds=("ServiceLevelObjective",),
        detect=by_api_version((SLO_GENERATOR,), ("ServiceLevelObjective",)),
        status="not-linted",
        sniff_markers=("sre.google.com",),
    ),
    FormatSpec(
        name="datadog",
        title="Datadog operator DatadogSLO",
        api_versions=(DATADOG,),
        kinds=("DatadogSLO",),
        detect=by_api_version((DATADOG,), ("DatadogSLO",)),
        status="not-linted",
        owns_api=False,
    ),
    FormatSpec(
        name="config-connector",
        title="Google Config Connector MonitoringServiceLevelObjective",
        api_versions=(CONFIG_CONNECTOR,),
        kinds=("MonitoringServiceLevelObjective",),
        detect=by_api_version((CONFIG_CONNECTOR,), ("MonitoringServiceLevelObjective",)),
        status="not-linted",
        owns_api=False,
    ),
    FormatSpec(
        name="nobl9",
        title="Nobl9",
        api_versions=("n9/v1alpha",),
        kinds=(),
        detect=by_api_version_only(("n9/v1alpha",)),
        status="silent",
        owns_api=False,
    ),
)

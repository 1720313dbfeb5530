"""Formats slolint recognizes without linting them, and Nobl9, which it leaves alone.

A recognized-but-not-linted format is reported once per file (SLO004, info), so that users
know slolint saw the file and did not check it. When a format gets its own module with an
adapter, its record here is deleted (a linted record is tried first anyway, so a stale one
here never hides it).
"""

from __future__ import annotations

from slolint.recognize.format import FormatSpec, by_api_version, by_api_version_only

DATADOG = "datadoghq.com/v1alpha1"
CONFIG_CONNECTOR = "monitoring.cnrm.cloud.google.com/v1beta1"


FORMATS = (
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

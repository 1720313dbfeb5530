"""OpenSLO ``openslo.com/v2alpha`` (go-sdk semantics): the seven kinds of v1, renamed keys.

v2alpha is v1 with ``sli``/``sliRef`` for ``indicator``/``indicatorRef`` (at spec level and
on composite objectives), ``serviceRef`` for ``service`` (go-sdk and its examples; the
v2alpha draft still writes ``service``, which is read too), metric sources that name a
data source (``dataSourceRef``) or inline one (``dataSourceSpec``), single-valued labels,
no ``displayName``, and duration-shorthand without ``M``, ``Q`` and ``Y``. The v1 adapter
reads it with those keys, so every v1 rule applies unchanged.
"""

from __future__ import annotations

from slolint.findings import Origin, Violation
from slolint.model import ModelObject
from slolint.recognize import openslo_v1
from slolint.recognize.fields import Data, as_map
from slolint.recognize.format import FormatSpec, by_api_version
from slolint.recognize.openslo_v1 import Dialect

API_VERSION = "openslo.com/v2alpha"
KINDS = openslo_v1.KINDS

V2ALPHA = Dialect(API_VERSION, indicator="sli", indicator_ref="sliRef", service="serviceRef")
DRAFT = Dialect(API_VERSION, indicator="sli", indicator_ref="sliRef", service="service")
"""The v2alpha draft (``enhancements/v2alpha.md``) names the service ``service``."""


def adapt(kind: str, data: Data, origin: Origin) -> tuple[list[ModelObject], list[Violation]]:
    """One v2alpha object, read by the v1 adapter with v2alpha's keys."""
    spec = as_map(data.get("spec"))
    dialect = DRAFT if "serviceRef" not in spec and "service" in spec else V2ALPHA
    return openslo_v1.adapt(kind, data, origin, dialect)


FORMATS = (
    FormatSpec(
        name="openslo-v2alpha",
        title="OpenSLO v2alpha",
        api_versions=(API_VERSION,),
        kinds=KINDS,
        detect=by_api_version((API_VERSION,), KINDS),
        adapt=adapt,
        schemas={
            (API_VERSION, kind): f"openslo-v2alpha/{kind.lower()}.schema.json" for kind in KINDS
        },
        sniff_markers=("openslo",),
        annotations=True,
        aliases={
            "openslo/v2alpha": API_VERSION,
            "openslo/v2alpha1": API_VERSION,
            "openslo/v2": API_VERSION,
            "openslo.com/v2alpha1": API_VERSION,
        },
        suggested=False,
    ),
)

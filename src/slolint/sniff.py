"""Does a file's raw content show any sign of an SLO format? The one list of markers.

Two decisions are taken on bytes, before (or instead of) parsing, and both use this list:

* a *context* file (read only so that cross-file rules see the repository) is parsed only
  when it shows a marker, so a repository of Kubernetes manifests costs a byte search;
* a *named* file that is not valid YAML is reported (SLO001) only when it shows a marker:
  a Helm template (``{{- include ... }}``) or any other templated YAML is not slolint's to
  judge, and pre-commit hands slolint every YAML file of a commit.

Detection proper happens after parsing (DESIGN §4); a marker only says "this may be ours".
Each marker is the part of an ``apiVersion`` (or Sloth's ``version``) that names a format,
matched without regard to case so that ``OpenSLO/v1`` still counts.
"""

from __future__ import annotations

import re

MARKERS = (
    "openslo",  # openslo/v1, openslo/v1alpha, openslo.com/v2alpha
    "slolint.dev",  # slolint's SLA and ErrorBudgetPolicy, and its annotations
    "sloth.slok.dev",  # Sloth's Kubernetes CRD
    "prometheus/v",  # Sloth's plain spec: version: prometheus/v1
    "pyrra.dev",
    "sre.google.com",  # slo-generator v2
)

_PATTERN = re.compile(b"|".join(re.escape(m.encode()) for m in MARKERS), re.IGNORECASE)


def undecidable(data: bytes) -> bool:
    """UTF-16 and UTF-32 text cannot be searched as bytes: the caller must parse it."""
    return bool(data[:4].count(0)) or data.startswith((b"\xff\xfe", b"\xfe\xff"))


def may_be_slo(data: bytes) -> bool:
    """True when ``data`` holds a marker of an SLO format, or cannot be searched for one."""
    return undecidable(data) or _PATTERN.search(data) is not None

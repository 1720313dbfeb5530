"""Where each rule is documented: ``docs/rules.md`` and the anchor of its section.

Shared by the documentation generator and the SARIF report (``helpUri``), which must agree
on the anchor, without the report importing the rule registry.
"""

from __future__ import annotations

DOCS_URL = "https://github.com/slolint/slolint/blob/main/docs/rules.md"


def anchor(code: str, name: str) -> str:
    """The GitHub anchor of the heading ``## SLO205 error-budget-below-resolution``."""
    return f"{code.lower()}-{name}"


def help_uri(code: str, name: str) -> str:
    return f"{DOCS_URL}#{anchor(code, name)}"

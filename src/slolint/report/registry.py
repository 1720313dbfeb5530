"""Fill :data:`slolint.report.FORMATTERS` with the built-in formats.

Formatters register themselves with ``@formatter`` when their module is imported, so the
registry is only complete once every module has been imported. Doing that here, on
demand, keeps ``import slolint.report`` cheap and free of import cycles: the formatter
modules import the package, never the other way round.
"""

from __future__ import annotations

from slolint.report import FORMATTERS, Formatter


def load_formatters() -> dict[str, Formatter]:
    """Import the built-in formatters and return the registry, name -> formatter."""
    from slolint.report import concise, json_format, text  # noqa: F401  (registers them)

    return FORMATTERS

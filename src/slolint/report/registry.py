"""Fill :data:`slolint.report.FORMATTERS` with the built-in formats, and gather what they need.

Formatters register themselves with ``@formatter`` when their module is imported, so the
registry is only complete once every module has been imported. Doing that here, on
demand, keeps ``import slolint.report`` cheap and free of import cycles: the formatter
modules import the package, never the other way round.

The CI formats need two facts the findings do not carry: the metadata of the enabled rules
(SARIF lists them all) and the repository root (GitHub wants repository-relative paths).
:func:`rule_infos` and :func:`repository_root` compute them for the CLI, so that formatters
stay free of the rule registry and of the environment.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Mapping
from pathlib import Path

from slolint.discover import git_toplevel
from slolint.registry import Rule
from slolint.report import FORMATTERS, Formatter, RuleInfo

BUILTIN_MODULES = {
    "concise": "concise",
    "github": "github",
    "json": "json_format",
    "junit": "junit",
    "markdown": "markdown",
    "sarif": "sarif",
    "text": "text",
}
"""Format name -> the module of :mod:`slolint.report` that registers it."""


def load_formatters(names: Iterable[str] | None = None) -> dict[str, Formatter]:
    """Import the built-in formatters and return the registry, name -> formatter.

    With ``names``, only the modules of those formats are imported: a run that prints text
    never pays for XML (JUnit) or SARIF. An unknown name imports them all, so that the
    error listing the choices is complete.
    """
    wanted = set(BUILTIN_MODULES) if names is None else set(names)
    if not wanted <= BUILTIN_MODULES.keys():
        wanted = set(BUILTIN_MODULES)
    for name in sorted(wanted):
        importlib.import_module(f"slolint.report.{BUILTIN_MODULES[name]}")
    return FORMATTERS


def rule_infos(
    rules: Mapping[str, Rule], enabled: Iterable[str], reported: Iterable[str] = ()
) -> tuple[RuleInfo, ...]:
    """Metadata of the enabled rules plus any other code that was reported, in code order.

    A reported code outside the selection happens (``SLO000`` when a rule crashes); SARIF
    needs a descriptor for every ``ruleId`` it uses, so such codes are added too.
    """
    codes = sorted({*enabled, *reported} & rules.keys())
    return tuple(
        RuleInfo(rule.code, rule.name, rule.severity, rule.summary, rule.doc)
        for rule in (rules[code] for code in codes)
    )


def repository_root(cwd: Path, environ: Mapping[str, str]) -> Path:
    """The root that CI paths are relative to: ``$GITHUB_WORKSPACE``, else the git top level.

    On a runner the checkout is ``$GITHUB_WORKSPACE`` even when slolint runs in a
    subdirectory; elsewhere the nearest folder above ``cwd`` holding ``.git``, else ``cwd``.
    """
    workspace = environ.get("GITHUB_WORKSPACE", "")
    if workspace:
        return Path(cwd, workspace).absolute()
    here = cwd.resolve()
    return git_toplevel(here) or here

"""Filter stage: located findings become the findings a user asked to see.

In order, for each file: the rules enabled for that file (its configuration's selection,
then ``per-file-ignores``), the severity (configuration, else the rule's default), inline
suppressions (comments and annotations, with the hygiene findings SLO010-SLO012 they
cause), then the baseline. What is hidden is kept with the reason, for
``--show-suppressed`` and for the summary's counts. Settings come from the run's frozen
:class:`~slolint.config.Plan`; the codes that say a file was not fully checked pass
every step unchanged.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from slolint.baseline import Baseline, BaselineError, shown_path
from slolint.config import UNSILENCEABLE, Plan, Settings
from slolint.findings import Finding, Position
from slolint.load import SourceFile
from slolint.quoting import quoted
from slolint.registry import RULES
from slolint.suppress import Directive, Matcher, scan

ALWAYS = UNSILENCEABLE
"""Reported whatever the selection: slolint failed, or a file was not (wholly) read, and
neither may pass for a clean result (nor be suppressed, baselined or downgraded)."""
UNSUPPRESSIBLE = ALWAYS | {"SLO010", "SLO011", "SLO012"}
"""Nothing read after a syntax error or a limit could be suppressed; nor can hygiene."""


@dataclass(frozen=True, slots=True)
class Hidden:
    """A finding the user will not see by default, and why."""

    finding: Finding
    by: str
    reason: str | None


@dataclass(slots=True)
class Filtered:
    findings: list[Finding] = field(default_factory=list)
    hidden: list[Hidden] = field(default_factory=list)
    baselined: int = 0
    stale: list[tuple[Path, int]] = field(default_factory=list)
    """(baseline file, entries of linted files that matched no finding)."""
    unfiltered: list[Finding] = field(default_factory=list)
    """Findings after selection, severity and suppressions, before the baseline."""
    notes: list[str] = field(default_factory=list)
    """One-line remarks for stderr (a baseline that does not exist yet)."""

    @property
    def suppressed(self) -> int:
        return len(self.hidden) - self.baselined


def _codes(selector: str, settings: Settings) -> frozenset[str]:
    return frozenset(rule.code for rule in settings.rules.lookup(selector))


def _hygiene(
    code: str, message: str, directive: Directive, file: str, source: SourceFile
) -> Finding:
    rule = RULES[code]
    position = Position(directive.line, directive.column, directive.line, directive.end_column)
    return Finding(
        code,
        rule.name,
        rule.severity,
        message,
        file,
        position,
        source_line=source.line(directive.line),
    )


def _suppress(
    findings: list[Finding], directives: list[Directive], settings: Settings
) -> tuple[list[Finding], list[Hidden]]:
    matcher = Matcher(directives, lambda selector: _codes(selector, settings))
    kept: list[Finding] = []
    hidden: list[Hidden] = []
    for finding, match in zip(findings, matcher.match(findings, UNSUPPRESSIBLE), strict=True):
        if match is None:
            kept.append(finding)
        else:
            hidden.append(Hidden(finding, match.describe(), match.reason))
    return kept, hidden


def _hygiene_findings(
    directives: list[Directive],
    settings: Settings,
    enabled: frozenset[str],
    file: str,
    source: SourceFile,
) -> Iterable[Finding]:
    for directive in directives:
        if directive.problem is not None:
            yield _hygiene("SLO010", directive.problem, directive, file, source)
            continue
        for selector in directive.selectors:
            if not _codes(selector, settings):
                yield _hygiene(
                    "SLO010",
                    f"suppression names unknown rule {quoted(selector)}; see 'slolint rules'",
                    directive,
                    file,
                    source,
                )
            elif (
                "SLO011" in enabled
                and selector not in directive.used
                and _codes(selector, settings) & enabled
            ):
                yield _hygiene(
                    "SLO011",
                    f"suppression of {quoted(selector)} hides no finding; remove it",
                    directive,
                    file,
                    source,
                )
        if directive.reason is None and "SLO012" in enabled:
            yield _hygiene(
                "SLO012",
                "suppression gives no reason; add one after --, e.g. -- see INC-1234",
                directive,
                file,
                source,
            )


def _graded(finding: Finding, settings: Settings) -> Finding:
    if finding.code in ALWAYS:
        return finding
    severity = settings.severity(finding.code)
    if severity is None or severity == finding.severity:
        return finding
    return dataclasses.replace(finding, severity=severity)


def _baseline(
    path: Path, baselines: dict[Path, Baseline], inputs: frozenset[str], result: Filtered
) -> Baseline:
    """The baseline at ``path``, read once per run; refused when it is a linted file."""
    if path not in baselines:
        if str(path) in inputs:
            raise BaselineError(
                f"baseline {quoted(shown_path(path), 200)} is one of the files being linted; "
                "name a file of its own"
            )
        baselines[path] = Baseline.read(path)
        if baselines[path].missing:
            result.notes.append(
                f"baseline {quoted(shown_path(path), 200)} does not exist yet, so it hides nothing; "
                f"write it with 'slolint check --write-baseline {quoted(shown_path(path), 200)}'"
            )
    return baselines[path]


def filter_findings(
    findings: Iterable[Finding],
    sources: dict[str, SourceFile],
    reported: set[str],
    plan: Plan,
    *,
    use_baseline: bool = True,
    inputs: Iterable[str] = (),
) -> Filtered:
    """Apply selection, severity, suppressions and the baseline, file by file.

    ``inputs`` are the files of the run that held SLO documents: a baseline among them
    is refused rather than read (or silently left out of the lint).
    """
    has_baseline = use_baseline and any(s.baseline is not None for s in plan.settings())
    linted = frozenset(os.path.realpath(path) for path in inputs) if has_baseline else frozenset()
    by_file: dict[str, list[Finding]] = {}
    for finding in findings:
        by_file.setdefault(finding.file, []).append(finding)
    for file in reported & sources.keys():
        by_file.setdefault(file, [])
    result = Filtered()
    baselines: dict[Path, Baseline] = {}
    if use_baseline:  # every baseline is read, even with nothing to hide: a bad one is exit 2
        for settings in plan.settings():
            if settings.baseline is not None:
                _baseline(settings.baseline, baselines, linted, result)
    for file in sorted(by_file):
        settings, enabled = plan.enabled_for(file)
        chosen = [
            _graded(f, settings) for f in by_file[file] if f.code in ALWAYS or f.code in enabled
        ]
        source = sources.get(file)
        directives = scan(source) if source is not None and file in reported else []
        if directives:
            chosen, hidden = _suppress(chosen, directives, settings)
            result.hidden.extend(hidden)
            assert source is not None
            hygiene = _hygiene_findings(directives, settings, enabled, file, source)
            chosen.extend(_graded(f, settings) for f in hygiene if f.code in enabled)
        result.unfiltered.extend(chosen)
        if use_baseline and settings.baseline is not None:
            baseline = _baseline(settings.baseline, baselines, linted, result)
            for finding in chosen:
                if finding.code not in ALWAYS and baseline.hides(finding, plan.cwd):
                    result.hidden.append(Hidden(finding, "baseline", None))
                    result.baselined += 1
                else:
                    result.findings.append(finding)
        else:
            result.findings.extend(chosen)
    for path, baseline in baselines.items():
        stale = baseline.stale(reported, plan.cwd)
        if stale:
            result.stale.append((path, stale))
    result.findings.sort(key=Finding.sort_key)
    result.unfiltered.sort(key=Finding.sort_key)
    return result

"""What configuration changed in a run's outcome, for every report to say.

A pull request may add or edit configuration files anywhere in the tree. Whatever they
do to the result is counted here and printed by every format (text and markdown summary
lines, SARIF ``invocations``): the configuration files in effect, the files excluded and
by which file, the rules disabled or downgraded and by which file, and the findings
suppressed or hidden by the baseline. "All checked" never stands alone when 40 files
were excluded.
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_CODES_SHOWN = 8
"""Codes listed per change; the rest are counted (``and 12 more``)."""


@dataclass(frozen=True, slots=True)
class RuleChange:
    """Rules one source disabled or downgraded: ``slos/.slolint.yaml:3 disables SLO201``."""

    source: str
    change: str
    """``disables``, ``sets severity info for``, ``disables in files matching 'x' ``."""
    codes: tuple[str, ...]

    def text(self) -> str:
        shown = ", ".join(self.codes[:MAX_CODES_SHOWN])
        more = len(self.codes) - MAX_CODES_SHOWN
        if more > 0:
            shown += f" and {more} more"
        return f"{self.source} {self.change} {shown}"


@dataclass(frozen=True, slots=True)
class Effects:
    """The effects of configuration on one run; reporters print :meth:`lines`."""

    config_files: tuple[str, ...] = ()
    """Configuration files read (with their ``extends`` targets), root first."""
    excluded: tuple[tuple[str, int], ...] = ()
    """(where the pattern was written, files it left out)."""
    rule_changes: tuple[RuleChange, ...] = ()
    suppressed: int = 0
    """Findings hidden by suppression comments and annotations."""
    baselined: int = 0
    """Findings hidden because the baseline lists them."""

    @property
    def excluded_files(self) -> int:
        return sum(count for _, count in self.excluded)

    def lines(self, hidden_counts: bool = True) -> list[str]:
        """One line per kind of effect, only for what happened; [] when nothing did.

        ``hidden_counts`` False leaves out the suppressed and baselined counts, for a
        format whose summary line already gives them.
        """
        lines = []
        if self.config_files:
            lines.append(f"configuration: {', '.join(self.config_files)}")
        if self.excluded:
            parts = [f"{_files(count)} by {source}" for source, count in self.excluded]
            lines.append(f"excluded: {'; '.join(parts)}")
        if self.rule_changes:
            lines.append(f"rules: {'; '.join(change.text() for change in self.rule_changes)}")
        hidden = [
            text
            for number, text in (
                (self.suppressed, f"{_findings(self.suppressed)} suppressed"),
                (self.baselined, f"{_findings(self.baselined)} hidden by the baseline"),
            )
            if number
        ]
        if hidden and hidden_counts:
            lines.append(f"hidden: {', '.join(hidden)}")
        return lines


def _files(number: int) -> str:
    return f"{number} file" if number == 1 else f"{number} files"


def _findings(number: int) -> str:
    return f"{number} finding" if number == 1 else f"{number} findings"

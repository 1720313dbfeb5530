"""SLO0xx: problems with the input itself and with slolint, reported by the pipeline stages."""

from slolint.findings import Severity
from slolint.registry import define

UNREAD_CODES = frozenset({"SLO001", "SLO006"})
"""A file that could not be read, or was read only in part, is never silently "all checked":
these codes are reported even when ``--ignore`` or ``--select`` leave them out."""

define(
    "SLO000",
    "internal-error",
    Severity.ERROR,
    "slolint failed while checking a file",
    """
    ## What it does
    A rule or stage raised an unexpected exception on this input. The other rules and files
    are still checked, and the run exits with code 2 so that CI notices. Run with
    ``--debug`` to see the traceback, and please report it with the file that triggers it.

    ## Why is this bad?
    An exception means slolint could not judge the file: whatever it would have found there is
    missing from the report. The finding keeps that visible instead of passing silently.
    """,
)
define(
    "SLO001",
    "yaml-syntax-error",
    Severity.ERROR,
    "the file is not valid YAML or not decodable text",
    """
    ## What it does
    The YAML parser stopped at the reported position, or the bytes are not UTF-8/16/32 text.
    Documents of the file that completed before the error are still checked. This finding
    cannot be suppressed: nothing after the error could be read.

    ## Why is this bad?
    Every tool that reads the file stops at the same place: the SLOs in it are not deployed,
    alerted on or reported, whatever the rest of the file says.
    """,
)
define(
    "SLO002",
    "duplicate-key",
    Severity.ERROR,
    "a mapping defines the same key twice",
    """
    ## What it does
    YAML requires keys to be unique. Tools disagree on which value wins (Go's strict
    decoders reject the file, others keep the first or the last), so the file means
    different things to different tools. slolint keeps the last value and reports the
    second key.

    ## Why is this bad?
    Tools disagree on which value wins, so the file means different things to different tools,
    and a reviewer reading the first value may be looking at the one that is ignored.
    """,
)
define(
    "SLO003",
    "unrecognized-document",
    Severity.ERROR,
    "an SLO-like document has an apiVersion or kind that no tool accepts",
    """
    ## What it does
    The document looks like an OpenSLO or slolint document (its ``kind`` or its
    ``apiVersion`` says so) but the combination is not one that OpenSLO's reference SDK or
    slolint accepts, so every tool would reject or ignore it. Old README strings such as
    ``openslo/v1.0.0`` and ``openslo/v0.1.0-beta`` are the usual cause, typos of a known
    apiVersion, kinds of other formats under an OpenSLO apiVersion (an ``SLA`` belongs to
    ``slolint.dev/v1alpha1``), and an OpenSLO kind with OpenSLO fields (``objectives``,
    ``indicatorRef``, ``ratioMetric``, ...) under an apiVersion without an API group such as
    ``foo`` or ``v1``. The message suggests the closest valid value. Kubernetes manifests
    (``apiVersion: v1``, ``kind: Service`` with ``ports``) and other vendors' formats
    (``n9/v1alpha``) have none of these fields or groups and stay silent.

    ## Why is this bad?
    OpenSLO's reference SDK rejects such a document ("unsupported ... for version"), and tools
    that skip unknown documents ignore it: the SLO it defines is never measured.
    """,
)
define(
    "SLO004",
    "unsupported-document",
    Severity.INFO,
    "an SLO document of a format that slolint recognizes but does not lint yet",
    """
    ## What it does
    Documents of a format that slolint recognizes but does not lint (such as the Datadog
    operator's ``DatadogSLO``) are reported once per file (at the first document of each
    format). They are not checked by the schema or policy rules. Other YAML files
    (workflows, manifests) are skipped without a word.

    ## Why is this bad?
    Silence would look like a clean result. The finding says that the file was seen and not
    judged, so that nobody mistakes an unlinted format for a passing one.
    """,
)
define(
    "SLO005",
    "unsupported-yaml-tag",
    Severity.ERROR,
    "a value carries a YAML tag that SLO tools do not understand",
    """
    ## What it does
    Language-specific tags such as ``!!python/object/apply:os.system`` are never constructed:
    the value is read as plain data and reported. Go-based SLO tools reject such tags.

    ## Why is this bad?
    Tags such as ``!!python/object`` run code in loaders that construct them, and Go-based SLO
    tools reject them: the file is unsafe for some readers and invalid for others.
    """,
)
define(
    "SLO006",
    "resource-limit-exceeded",
    Severity.ERROR,
    "the file exceeds a safety limit and was not fully linted",
    """
    ## What it does
    slolint gates pull requests, so every input is bounded. When a file crosses one of these
    limits, this finding points at the place where it did; the document being read and the
    rest of the file are not linted, and the other files are. Like syntax errors, this
    finding cannot be turned off with ``--ignore``: a file that was not read is never
    reported as clean. The limits:

    - a file larger than 64 MiB (only that many bytes plus one are ever read);
    - more than 100,000 documents in a file;
    - more than 1,000,000 YAML nodes in a file, counting the nodes aliases repeat;
    - aliases that repeat more than 100,000 nodes in a file, or 1,000,000 in a run
      ("billion laughs");
    - nesting deeper than 128 levels, counting the levels aliases bring;
    - more than 1,000 findings in a file: the rest are summed up in one last finding.

    Values quoted in messages are shortened to 60 characters, and messages to 1,000.

    ## Why is this bad?
    A file that large or that deeply nested is either generated by mistake or built to
    exhaust the tools that read it ("billion laughs"); a linter that gates pull requests
    must finish, and must say which file it could not read in full.
    """,
)

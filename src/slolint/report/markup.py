"""Text from the repository inside Markdown: the job summary and SARIF's ``help.markdown``.

A team policy's ``summary``, ``description`` and ``url``, an SLO's name, a message quoting
a value: all come from the pull request, and GitHub renders them as GitHub-flavoured
Markdown *and* HTML. Escaped here, they cannot open a link or an image (``[``, ``]``, ``!``
never reach the renderer raw, so no ``javascript:`` link either), a tag, a table cell or a
heading; an ``@team`` is not a mention and a bare ``https://…`` or ``www.…`` is not turned
into a link (a zero-width space after ``@``, inside ``://`` and ``www`` breaks the
patterns GitHub looks for, even after entities are decoded, while the text reads the same).
"""

from __future__ import annotations

import re

from slolint.quoting import printable

_SPECIAL = re.compile(r"([\\`*_\[\]#|~!])")
_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "@": "&#64;\u200b"}
_AUTOLINK = re.compile(r"(?i)(://|\bwww)(?=.)")
_CODE = re.compile(r"``([^`\n]+?)``|`([^`\n]+)`")
"""A literal written the reStructuredText way (``x``, as rule docs do) or the Markdown way."""


def escape(text: str) -> str:
    """One line that renders literally, in a table cell too: no markup, HTML, mention or link."""
    marked = _SPECIAL.sub(r"\\\1", printable(text))
    html = "".join(_HTML.get(char, char) for char in marked)
    return _AUTOLINK.sub(lambda m: m.group(1)[0] + "\u200b" + m.group(1)[1:], html)


def safe_markdown(text: str) -> str:
    """Paragraphs that render as written: literals become code spans, the rest is escaped.

    A code span shows its content as it is (no link, mention or tag inside one), so
    ```slolint.dev/ignore``` keeps its look; everything else goes through :func:`escape`,
    line by line, so paragraphs and line breaks stay where they were.
    """
    lines = []
    for line in text.split("\n"):
        pieces, last = [], 0
        for match in _CODE.finditer(line):
            pieces.append(escape(line[last : match.start()]))
            pieces.append(f"`{printable(match.group(1) or match.group(2))}`")
            last = match.end()
        pieces.append(escape(line[last:]))
        lines.append("".join(pieces))
    return "\n".join(lines)

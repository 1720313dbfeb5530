"""``slolint server``: the findings of ``slolint check`` in the editor, as you type.

A language server over stdin and stdout, installed with the extra ``slolint[server]``
(pygls and lsprotocol): :mod:`.session` keeps each project loaded between edits and lints
open buffers from memory, :mod:`.convert` turns findings into diagnostics, and
:mod:`.protocol` speaks the protocol. Imported only by the ``server`` command, so that
``slolint check`` never loads pygls.
"""

from __future__ import annotations

"""A realistic demo workshop: what a facilitator sees the first time, and what tests run on.

Built only through the same named operations the app uses, so the demo also
proves those operations. Each capability adds a module here and one line to
:data:`PARTS` (order matters: a vote needs the brainstorm it votes on).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from workshop.demo import board, budgeting, foundation, purpose, reciprocity, voting
from workshop.storage.document import Document

PARTS: list[Callable[[Document], None]] = [
    foundation.fill,
    purpose.fill,
    board.fill,
    voting.fill,
    reciprocity.fill,
    budgeting.fill,
]


def write_demo(path: Path, *, overwrite: bool = False) -> None:
    """Write the demo to ``path`` (refusing to replace an existing file unless ``overwrite``)."""
    Document.create(path, overwrite=overwrite, fill=fill_demo).close()


def fill_demo(doc: Document) -> None:
    for part in PARTS:
        part(doc)
    doc.clear_history()  # the demo's content is where the user starts, not steps to undo

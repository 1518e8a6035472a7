"""A sign of life for work the user waits on: a wait cursor and a word in the status bar.

Opening a board at the import limit (10,000 notes, with its projector preview)
takes about a second on a slow laptop; the window shows that it is working
rather than looking frozen (docs/file-format.md, "Limits").
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel


@contextmanager
def busy(status: QLabel | None, text: str) -> Iterator[None]:
    """Show ``text`` (in ``status``, when the window has one) and a wait cursor, painted at
    once, until the body is done."""
    previous = status.text() if status is not None else ""
    if status is not None:
        status.setText(text)
        status.repaint()  # painted now: the body holds the event loop
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
        if status is not None and status.text() == text:
            status.setText(previous)

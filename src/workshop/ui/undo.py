"""Bridge between named document operations and Qt's undo stack.

An operation runs (and commits) first; only a change that really happened is
pushed, as one command per user gesture. Undo and redo replay the captured
row images through the document, which reports the change to every listener.
Gestures that repeat (arrow-key nudges, typing into one field) merge into one
step when they share a merge key.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from workshop.domain.errors import WorkshopError
from workshop.storage.changes import Change
from workshop.storage.document import Document

_MERGE_IDS: dict[str, int] = {}


def _merge_id(key: str | None) -> int:
    if key is None:
        return -1
    return _MERGE_IDS.setdefault(key, len(_MERGE_IDS) + 1)


class ChangeCommand(QUndoCommand):
    """One undo step for a change that has already been committed."""

    def __init__(self, doc: Document, change: Change, merge_key: str | None = None) -> None:
        super().__init__(change.label)
        self.doc = doc
        self.change = change
        self._merge = _merge_id(merge_key)
        self._applied = True  # the first redo() from push() must not apply it again
        self.silent = False  # set while rebuilding the stack from the file's history
        #: Told when the disk refuses an undo or redo (the step is then left as it was).
        self.on_error: Callable[[str], None] | None = None

    def id(self) -> int:
        return self._merge

    def redo(self) -> None:
        if self._applied or self.silent:
            self._applied = False
            return
        self._guard(self.doc.redo)

    def undo(self) -> None:
        if self.silent:
            return
        self._guard(self.doc.undo)

    def _guard(self, step: Callable[[Change], Change]) -> None:
        try:
            step(self.change)
        except WorkshopError as exc:
            if self.on_error is not None:
                self.on_error(str(exc))

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ChangeCommand) or other.id() != self.id() or self._merge == -1:
            return False
        self.doc.merge_history(self.change, other.change)
        return True


class UndoRunner:
    """Runs operations for the UI: shows refusals as a message, pushes real changes.

    ``parent`` is the widget error dialogs belong to; ``report`` can replace the
    dialog (tests and the status bar use it).
    """

    def __init__(
        self,
        doc: Document,
        stack: QUndoStack,
        parent: QWidget | None = None,
        report: Callable[[str], None] | None = None,
    ) -> None:
        self.doc = doc
        self.stack = stack
        self.parent = parent
        self.report = report or self._dialog

    def run(
        self,
        operation: Callable[..., Change],
        *args: Any,
        merge_key: str | None = None,
        **kwargs: Any,
    ) -> Change | None:
        """Run ``operation(doc, *args, **kwargs)``; None (and a message) when it was refused."""
        try:
            change = operation(self.doc, *args, **kwargs)
        except WorkshopError as exc:
            self.report(str(exc))
            return None
        if not change.is_empty:
            command = ChangeCommand(self.doc, change, merge_key)
            command.on_error = self.report
            self.stack.push(command)
        return change

    def _dialog(self, message: str) -> None:
        QMessageBox.warning(self.parent, "Workshop", message)


def restore_history(doc: Document, stack: QUndoStack) -> None:
    """Fill ``stack`` from the history kept in the file, so undo works after reopening."""
    entries = doc.history()
    done = 0
    for entry in entries:
        command = ChangeCommand(doc, entry.change)
        command.silent = True
        stack.push(command)
        if not entry.undone:
            done += 1
    commands = [stack.command(i) for i in range(stack.count())]
    stack.setIndex(done)
    for command in commands:
        if isinstance(command, ChangeCommand):
            command.silent = False
    stack.setClean()

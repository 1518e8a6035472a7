"""Bridge between named document operations and Qt's undo stack.

An operation runs (and commits) first; only a change that really happened is
pushed, as one command per user gesture. A gesture made of several operations
(a drag of notes and clusters) runs them inside one ``Document.edit``: one
commit, one undo step, refused as a whole. Undo and redo replay the captured
row images through the document, which reports the change to every listener.
Gestures that repeat (arrow-key nudges, typing into one field) merge into one
step when they share a merge key.

When the document refuses an undo or redo (disk full, read-only, a row changed
outside Workshop), the stack's index is put back at once, so the stack never says
"undone" while the file says otherwise.
"""

from __future__ import annotations

import sys
import zlib
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from workshop.domain.errors import WorkshopError
from workshop.storage.changes import Change
from workshop.storage.document import Document
from workshop.ui.words import error_text, undo_text

#: One operation of a gesture, waiting for the document (see :func:`step`).
Step = Callable[[Document], Change]


def step(operation: Callable[..., Change], *args: Any, **kwargs: Any) -> Step:
    """``operation(doc, *args, **kwargs)``, one step of a gesture (:meth:`UndoRunner.run_all`)."""
    return lambda doc: operation(doc, *args, **kwargs)


#: Set on a QUndoStack (a dynamic property) from a refused step until its index is back.
_REFUSED = "workshopStepRefused"


def _merge_id(key: str | None) -> int:
    """Qt merges commands by number; derive it from the key (nothing kept per key).

    Two keys may share a number: :meth:`ChangeCommand.mergeWith` compares the keys.
    """
    if key is None:
        return -1
    return zlib.crc32(key.encode("utf-8")) & 0x7FFFFFFF


class ChangeCommand(QUndoCommand):
    """One undo step for a change that has already been committed."""

    def __init__(
        self,
        doc: Document,
        change: Change,
        merge_key: str | None = None,
        stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(undo_text(change.label))
        self.doc = doc
        self.change = change
        self.merge_key = merge_key
        self._merge = _merge_id(merge_key)
        #: The stack this command is on, to put its index back after a refusal.
        self.stack = stack
        self._skip = True  # the first redo() from push() must not apply it again
        self.silent = False  # set while rebuilding the stack from the file's history
        #: Told when the document refuses an undo or redo (the step is then left as it was).
        self.on_error: Callable[[str], None] | None = None

    def id(self) -> int:
        return self._merge

    def redo(self) -> None:
        if self._skip or self.silent or self._refusing():
            self._skip = False
            return
        self._guard(self.doc.redo, undoing=False)

    def undo(self) -> None:
        if self._skip or self.silent or self._refusing():
            self._skip = False
            return
        self._guard(self.doc.undo, undoing=True)

    def _guard(self, step: Callable[[Change], Change], *, undoing: bool) -> None:
        """Run the document step; if it is refused, keep the stack's index where it was.

        QUndoStack moves its index after this returns, whatever happened; the index
        is moved back as soon as it does (synchronously, before the caller of
        ``undo()``/``redo()`` sees it), and that move back does not replay anything.
        """
        try:
            step(self.change)
        except WorkshopError as exc:
            self._stay(undoing)
            if self.on_error is not None:
                self.on_error(error_text(exc))
        except Exception:
            self._stay(undoing)
            sys.excepthook(*sys.exc_info())  # a bug: the crash dialog and log, not a Qt abort

    def _refusing(self) -> bool:
        return self.stack is not None and bool(self.stack.property(_REFUSED))

    def _stay(self, undoing: bool) -> None:
        """Put the stack back at this step once Qt has moved it. Until then every other
        step is left alone too: a jump of several steps (``setIndex``) stops here."""
        stack = self.stack
        if stack is None:
            return
        # Qt moves its index only after the whole jump, so find this step's place.
        place = next((i for i in range(stack.count()) if stack.command(i) is self), None)
        if place is None:
            return
        target = place + 1 if undoing else place
        stack.setProperty(_REFUSED, True)

        def put_back(_index: int) -> None:
            stack.indexChanged.disconnect(put_back)
            if stack.index() != target:
                stack.setIndex(target)  # replays nothing while refused
            stack.setProperty(_REFUSED, False)

        stack.indexChanged.connect(put_back)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (
            not isinstance(other, ChangeCommand)
            or self._merge == -1
            or other.id() != self.id()
            or other.merge_key != self.merge_key
        ):
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
            self.report(error_text(exc))
            return None
        self._push(change, merge_key)
        return change

    def run_all(
        self, label: str, steps: Sequence[Step], *, merge_key: str | None = None
    ) -> Change | None:
        """Run several operations as one gesture: one transaction named ``label``, one step.

        Each step is made with :func:`step`. If any is refused, none is kept and the
        refusal is shown; None is returned then. A single step keeps its own label.
        """
        if len(steps) == 1:
            return self.run(steps[0], merge_key=merge_key)
        try:
            with self.doc.edit(label) as ed:
                for each in steps:
                    each(self.doc)
        except WorkshopError as exc:
            self.report(error_text(exc))
            return None
        assert ed.change is not None
        self._push(ed.change, merge_key)
        return ed.change

    def _push(self, change: Change, merge_key: str | None) -> None:
        if not change.is_empty:
            command = ChangeCommand(self.doc, change, merge_key, self.stack)
            command.on_error = self.report
            self.stack.push(command)

    def _dialog(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox  # its Python type is made when first shown

        QMessageBox.warning(
            self.parent, QCoreApplication.translate("UndoRunner", "Workshop"), message
        )


def restore_history(
    doc: Document, stack: QUndoStack, report: Callable[[str], None] | None = None
) -> None:
    """Fill ``stack`` from the history kept in the file, so undo works after reopening."""
    entries = doc.history()
    done = 0
    for entry in entries:
        command = ChangeCommand(doc, entry.change, stack=stack)
        command.on_error = report
        command.silent = True
        stack.push(command)
        if not entry.undone:
            done += 1
    commands = [stack.command(i) for i in range(stack.count())]
    stack.setIndex(done)
    for pushed in commands:
        if isinstance(pushed, ChangeCommand):
            pushed.silent = False
            command._skip = False
    stack.setClean()

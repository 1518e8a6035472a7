"""Ctrl+Z / Ctrl+Shift+Z undo the last *action* wherever the keyboard is.

A text box normally takes the undo keys for itself: right after adding a note,
Ctrl+Z in the capture box put the note's text back into the box (selected) while
the note stayed on the board, and Enter then added it twice. The facilitator
means the action. So while a box inside the window holds no edit of its own
that is not yet committed, the keys go to Edit › Undo / Redo; when the box does
hold a pending edit (text typed and not yet added, a note open for editing), the box
undoes it first, as editors do. After every action the empty boxes forget their own history: a box
emptied by a commit ("Add") holds nothing pending.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QWidget

from workshop.ui.focus_filter import FocusedWidgetFilter

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit

#: The text boxes whose undo keys are watched (Qt class names: see ``FocusedWidgetFilter``).
TEXT_BOXES = ("QLineEdit", "QPlainTextEdit", "QTextEdit", "QComboBox")


def _text_box(widget: QWidget | None) -> QLineEdit | QPlainTextEdit | QTextEdit | None:
    from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QTextEdit

    if isinstance(widget, QComboBox) and widget.isEditable():
        return widget.lineEdit()
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
        return widget
    return None


def box_owns_key(box: QLineEdit | QPlainTextEdit | QTextEdit, redo: bool) -> bool:
    """Whether ``box`` holds an uncommitted edit the undo (``redo``) key should act on."""
    from PySide6.QtWidgets import QLineEdit

    if box.isReadOnly():
        return False
    if isinstance(box, QLineEdit):
        can_undo, can_redo = box.isUndoAvailable(), box.isRedoAvailable()
        text = box.text()
    else:
        can_undo, can_redo = box.document().isUndoAvailable(), box.document().isRedoAvailable()
        text = box.document().toPlainText()
    # Text in the box is an edit not yet committed too (a note opened with F2, a refused
    # entry put back): the action stays where it is until the box is done with.
    return bool(text) or (can_redo if redo else can_undo)


def forget_history(box: QLineEdit | QPlainTextEdit | QTextEdit) -> None:
    """Drop an *empty* box's own undo history (its text is already committed)."""
    from PySide6.QtWidgets import QLineEdit

    if isinstance(box, QLineEdit):
        if not box.text() and (box.isUndoAvailable() or box.isRedoAvailable()):
            box.setText("")  # setText clears the line edit's undo/redo history
    elif box.document().isEmpty():
        box.document().clearUndoRedoStacks()


class ActionUndoKeys(QObject):
    """Event filter of the focused text box giving the undo keys of text boxes in
    ``window`` to the window's own undo and redo, unless the box holds a pending edit."""

    def __init__(
        self,
        window: QWidget,
        stack: QUndoStack,
        undo_keys: Callable[[], list[QKeySequence]],
        redo_keys: Callable[[], list[QKeySequence]],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.undo_keys = undo_keys
        self.redo_keys = redo_keys
        # After each action (done, undone or redone) the emptied boxes hold nothing pending.
        # (At the latest when the next undo key is pressed: the box empties after the action.)
        self._pending = False
        stack.indexChanged.connect(self._action_done)
        # The keys go to the box with the keyboard: filtering it alone sees them all.
        self._focus = FocusedWidgetFilter(self, TEXT_BOXES)

    def _action_done(self, _index: int) -> None:
        self._pending = True
        QTimer.singleShot(0, self._forget)

    def _forget(self) -> None:
        if not self._pending:
            return
        self._pending = False
        from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit

        boxes: list[QLineEdit | QPlainTextEdit | QTextEdit] = [
            *self.window.findChildren(QLineEdit),
            *self.window.findChildren(QPlainTextEdit),
            *self.window.findChildren(QTextEdit),
        ]
        for box in boxes:
            forget_history(box)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        self._forget()  # every key passes here first: the boxes emptied by an action forget
        if not isinstance(watched, QWidget) or not self.window.isAncestorOf(watched):
            return False
        box = _text_box(watched)
        if box is None:
            return False
        pressed = QKeySequence(event.keyCombination())
        if any(pressed.matches(k) == QKeySequence.SequenceMatch.ExactMatch
               for k in self.undo_keys()):
            redo = False
        elif any(pressed.matches(k) == QKeySequence.SequenceMatch.ExactMatch
                 for k in self.redo_keys()):
            redo = True
        else:
            return False
        if box_owns_key(box, redo):
            return False
        # Not accepted: the box does not override the shortcut, so Edit › Undo/Redo runs.
        event.ignore()
        return True

"""Find on the board (Ctrl+F): matching notes highlighted, the rest dimmed, Enter steps."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget


class _FindEdit(QLineEdit):
    stepped = Signal(int)
    closed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            back = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self.stepped.emit(-1 if back else 1)
            return
        if event.key() == Qt.Key.Key_Escape:
            self.closed.emit()
            return
        super().keyPressEvent(event)


class FindBar(QWidget):
    """Emits :attr:`searched` as the text changes, :attr:`stepped` (+1/-1) on Enter/Shift+Enter."""

    searched = Signal(str)
    stepped = Signal(int)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardFindBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        label = QLabel(QCoreApplication.translate("FindBar", "Find:"), self)
        self.edit = _FindEdit(self)
        self.edit.setObjectName("boardFindText")
        self.edit.setAccessibleName(QCoreApplication.translate("FindBar", "Find notes"))
        self.edit.setPlaceholderText(
            QCoreApplication.translate(
                "FindBar",
                "Words in notes — Enter: next match, Ctrl+G: group the matches, Esc: close",
            )
        )
        label.setBuddy(self.edit)
        self.count = QLabel(self)
        self.count.setObjectName("boardFindCount")
        self.count.setAccessibleName(QCoreApplication.translate("FindBar", "Matches found"))
        self.next_button = QToolButton(self)
        self.next_button.setText(QCoreApplication.translate("FindBar", "Next"))
        self.next_button.setObjectName("boardFindNext")
        self.next_button.setAccessibleName(QCoreApplication.translate("FindBar", "Next match"))
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setObjectName("boardFindClose")
        self.close_button.setAccessibleName(QCoreApplication.translate("FindBar", "Close find"))
        self.close_button.setToolTip(QCoreApplication.translate("FindBar", "Close find (Esc)"))
        for widget in (label, self.edit, self.count, self.next_button, self.close_button):
            layout.addWidget(widget, 1 if widget is self.edit else 0)
        self.edit.textChanged.connect(self.searched)
        self.edit.stepped.connect(self.stepped)
        self.next_button.clicked.connect(lambda: self.stepped.emit(1))
        self.edit.closed.connect(self.closed)
        self.close_button.clicked.connect(self.closed)

    def open(self) -> None:
        self.show()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def show_count(self, current: int | None, total: int) -> None:
        if not self.edit.text().strip():
            self.count.setText("")
        elif total == 0:
            self.count.setText(QCoreApplication.translate("FindBar", "No matches"))
        elif current is None:
            self.count.setText(QCoreApplication.translate("FindBar", "%n match(es)", None, total))
        else:
            self.count.setText(
                QCoreApplication.translate("FindBar", "{current} of {total}").format(
                    current=current + 1, total=total
                )
            )

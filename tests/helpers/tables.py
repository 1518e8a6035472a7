"""Reading and editing the cells of a table view (``ui/rows_model.RowsView``) as a user
would: through its model's roles, or by the keyboard (F2, type, Enter)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit
from pytestqt.qtbot import QtBot


def cell(
    view: QAbstractItemView,
    row: int,
    column: int,
    role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole,
) -> object:
    """What the cell holds under ``role`` (its text by default)."""
    return view.model().index(row, column).data(role)


def texts(view: QAbstractItemView, column: int) -> list[str]:
    model = view.model()
    return [str(model.index(r, column).data()) for r in range(model.rowCount())]


def set_cell(view: QAbstractItemView, row: int, column: int, value: object) -> bool:
    """What an editor does when it commits: the model's ``setData``."""
    model = view.model()
    return bool(model.setData(model.index(row, column), value, Qt.ItemDataRole.EditRole))


def type_in_cell(qtbot: QtBot, view: QAbstractItemView, row: int, column: int, text: str) -> None:
    """F2 on the cell, replace its text, Enter: the keyboard's way to edit a cell."""
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, column))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    assert view.state() == QAbstractItemView.State.EditingState, "F2 did not open an editor"
    editor = QApplication.focusWidget()
    if not isinstance(editor, QLineEdit):  # a window not active: the editor has no focus
        editor = view.viewport().findChild(QLineEdit)
    assert isinstance(editor, QLineEdit), editor
    editor.selectAll()
    editor.insert(text)  # as typed (QTest types ASCII only: names have diacritics)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() == QAbstractItemView.State.NoState)

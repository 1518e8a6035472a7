"""The one model under the tables edited in place (``ui/rows_model.py``): a reload tells
the view only what changed, a refused edit shows the stored value again, and the view keeps
the selection by key when rows come, go or move."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot

from workshop.ui.rows_model import KEY_ROLE, Column, RowsModel, RowsView

Row = tuple[int, str]


def make(stored: dict[int, str]) -> tuple[RowsModel[Row], list[str]]:
    """A model over ``stored`` (id → text) whose edits refuse blank text, like an operation."""
    refused: list[str] = []

    def rename(row: Row, value: object) -> bool:
        text = str(value).strip()
        if not text:
            refused.append("A name cannot be empty.")
            return False
        stored[row[0]] = text
        model.reload()  # the document's change report, told at once
        return True

    model: RowsModel[Row] = RowsModel(
        [
            Column(
                "Name",
                lambda r: r[1],
                edit=rename,
                roles=lambda r: {Qt.ItemDataRole.ToolTipRole: f"{r[1]} (#{r[0]})"},
            ),
            Column("Id", lambda r: str(r[0])),
        ],
        key=lambda r: r[0],
        read=lambda: sorted(stored.items(), key=lambda kv: kv[1]),
    )
    model.reload()
    return model, refused


def test_cells_headers_keys_and_editable_columns(qtbot: QtBot) -> None:
    model, _ = make({1: "Ana", 2: "Ben"})
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    assert model.index(1, 0).data() == "Ben" and model.index(1, 0).data(KEY_ROLE) == 2
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "Ana (#1)"
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(0, 1), "3")  # not an editable column


def test_a_reload_tells_only_the_rows_that_changed(qtbot: QtBot) -> None:
    stored = {1: "Ana", 2: "Ben", 3: "Chen"}
    model, _ = make(stored)
    changed: list[tuple[int, int]] = []
    resets: list[str] = []
    model.dataChanged.connect(lambda a, b, _roles=(): changed.append((a.row(), b.row())))
    model.modelReset.connect(lambda: resets.append("reset"))
    stored[2] = "Bea"  # still between Ana and Chen: same rows, same order
    model.reload()
    assert changed == [(1, 1)] and resets == []
    model.reload()  # nothing read otherwise: nothing told
    assert changed == [(1, 1)]
    stored[4] = "Dan"
    model.reload()
    assert resets == ["reset"] and model.rowCount() == 4


def test_a_refused_edit_repaints_the_stored_value(qtbot: QtBot) -> None:
    model, refused = make({1: "Ana", 2: "Ben"})
    changed: list[int] = []
    model.dataChanged.connect(lambda a, _b, _roles=(): changed.append(a.row()))
    assert not model.setData(model.index(1, 0), "   ")
    assert refused == ["A name cannot be empty."] and changed == [1]
    assert model.index(1, 0).data() == "Ben"


def test_the_view_keeps_the_selection_and_an_open_editor(qtbot: QtBot) -> None:
    stored = {1: "Ana", 2: "Ben", 3: "Chen"}
    model, _ = make(stored)
    view = RowsView(model)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.selectRow(2)  # Chen
    assert view.selected_keys() == [3]
    view.setCurrentIndex(model.index(0, 0))
    view.edit(model.index(0, 0))  # an editor open on Ana…
    assert view.state() == QAbstractItemView.State.EditingState
    stored[3] = "Cy"  # …while another row changes in place: the editor stays open
    model.reload()
    assert view.state() == QAbstractItemView.State.EditingState
    view.setFocus()  # (closes the editor without committing)
    view.selectRow(2)
    assert model.setData(model.index(2, 0), "Aaron")  # Cy renamed: moves to the top
    assert model.index(0, 0).data() == "Aaron" and view.selected_keys() == [3]
    assert view.currentIndex().data(KEY_ROLE) == 3


def test_tab_leaves_the_table_and_arrows_move_in_it(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

    model, _ = make({1: "Ana", 2: "Ben"})
    window = QWidget()
    qtbot.addWidget(window)
    view = RowsView(model, window)
    after = QLineEdit(window)
    layout = QVBoxLayout(window)
    layout.addWidget(view)
    layout.addWidget(after)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    view.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.currentIndex().row() == 1 and view.hasFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert after.hasFocus()

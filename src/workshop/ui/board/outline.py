"""The board as a list, for screen readers and keyboard users: "Notes in reading order".

A tree mirrors the board block by block (``domain/board_reading.py``): each cluster
with its notes, loose notes on their own, every row saying its note's text, author
(when the activity is not anonymous), colour and cluster in words. Selecting rows
selects the notes on the board and the board's selection shows here, so a note can
be read, found (type to search the list, or Find) and selected without the mouse.
Shown beside the board with "List" (Ctrl+L), and at once when a screen reader runs.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QSignalBlocker, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from workshop.domain import board_reading as reading
from workshop.ui.board.scene import BoardScene

NOTE_ROLE = Qt.ItemDataRole.UserRole
CLUSTER_ROLE = Qt.ItemDataRole.UserRole + 1


class BoardOutline(QTreeWidget):
    def __init__(self, scene: BoardScene, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scene = scene
        self.setObjectName("boardOutline")
        self.setAccessibleName(QCoreApplication.translate("BoardOutline", "Notes in reading order"))
        self.setHeaderHidden(True)
        self.setColumnCount(1)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setMinimumWidth(240)
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self._selecting_board = False  # see _to_board
        self._rows: dict[int, QTreeWidgetItem] = {}
        self._cluster_rows: dict[int, QTreeWidgetItem] = {}
        self.itemSelectionChanged.connect(self._to_board)
        scene.selectionChanged.connect(self.from_board)

    def rebuild(self) -> None:
        """Fill the list from the scene (call after the board changed, while shown)."""
        with QSignalBlocker(self):  # filling the list selects nothing on the board
            self.clear()
            self._rows.clear()
            self._cluster_rows.clear()
            notes = [i.note for i in self.scene.notes.values()]
            clusters = [i.cluster for i in self.scene.clusters.values()]
            for block in reading.reading_order(notes, clusters):
                parent: QTreeWidget | QTreeWidgetItem = self
                if block.cluster is not None:
                    text = reading.describe_cluster(block.cluster, len(block.notes))
                    head = QTreeWidgetItem(self, [text])
                    head.setData(0, CLUSTER_ROLE, block.cluster.id)
                    head.setData(0, Qt.ItemDataRole.AccessibleTextRole, text)
                    font = head.font(0)
                    font.setBold(True)
                    head.setFont(0, font)
                    head.setExpanded(True)
                    self._cluster_rows[block.cluster.id] = head
                    parent = head
                for note in block.notes:
                    author = self.scene.author_name(note)
                    shown = " ".join(note.text.split()) + (f" — {author}" if author else "")
                    row = QTreeWidgetItem(parent, [shown])
                    row.setData(0, NOTE_ROLE, note.id)
                    row.setData(
                        0, Qt.ItemDataRole.AccessibleTextRole,
                        reading.describe_note(note, author, block.cluster),
                    )
                    row.setToolTip(0, note.text)
                    self._rows[note.id] = row
            self.expandAll()
        self.from_board()

    def note_ids(self) -> list[int]:
        """The notes listed, top to bottom."""
        return list(self._rows)

    def row_of(self, note_id: int) -> QTreeWidgetItem | None:
        return self._rows.get(note_id)

    def show_current(self, note_id: object) -> None:
        row = self._rows.get(note_id) if isinstance(note_id, int) else None
        if row is not None and self.isVisible():
            with QSignalBlocker(self):
                self.setCurrentItem(row, 0, QItemSelectionModel.SelectionFlag.NoUpdate)
                self.scrollToItem(row)

    def from_board(self) -> None:
        if self._selecting_board or (not self._rows and not self._cluster_rows):
            return
        if not shiboken6.isValid(self.scene) or not shiboken6.isValid(self):
            return  # the screen is being deleted: the scene clears its items first
        with QSignalBlocker(self):  # showing the board's selection is not choosing one
            notes = set(self.scene.selected_note_ids())
            clusters = set(self.scene.selected_cluster_ids())
            for note_id, row in self._rows.items():
                row.setSelected(note_id in notes)
            for cluster_id, row in self._cluster_rows.items():
                row.setSelected(cluster_id in clusters)

    def _to_board(self) -> None:
        notes, clusters = [], []
        for row in self.selectedItems():
            note_id = row.data(0, NOTE_ROLE)
            cluster_id = row.data(0, CLUSTER_ROLE)
            if isinstance(note_id, int):
                notes.append(note_id)
            elif isinstance(cluster_id, int):
                clusters.append(cluster_id)
        # The board tells its other listeners (buttons, status), not this list back while
        # the selection is half made: the rows chosen here are the selection already.
        self._selecting_board = True
        try:
            self.scene.select_only(notes, clusters)
        finally:
            self._selecting_board = False

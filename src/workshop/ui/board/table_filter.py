"""Which breakout tables' notes the board shows: all together, the main room's, or one table.

Shown only on a board that holds merged notes. The choice also goes to the projector
(``BoardScreen.tableFilterChanged``), so the room sees the same table as the laptop.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QComboBox, QWidget

from workshop.storage import breakout
from workshop.storage.document import Document

ALL, MAIN_ROOM = None, 0


class TableFilter(QComboBox):
    #: The table chosen: None (all), 0 (the main room's own notes) or a breakout table's id.
    chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardTableFilter")
        self.setAccessibleName(QCoreApplication.translate("TableFilter", "Show the notes of"))
        self.setToolTip(
            QCoreApplication.translate(
                "TableFilter", "Show every table's notes together, or one table at a time"
            )
        )
        self.currentIndexChanged.connect(lambda _i: self.chosen.emit(self.currentData()))
        self.hide()

    def refresh(self, doc: Document, activity_id: int) -> None:
        """List the tables that brought notes to this board (hidden when none did)."""
        merged = {t.id: t for t in breakout.board_tables(doc, activity_id).values()}
        current = self.currentData()
        with QSignalBlocker(self):
            self.clear()
            self.addItem(QCoreApplication.translate("TableFilter", "All tables"), ALL)
            self.addItem(QCoreApplication.translate("TableFilter", "Main room only"), MAIN_ROOM)
            for table in sorted(merged.values(), key=lambda t: (t.position, t.id)):
                swatch = QPixmap(12, 12)
                swatch.fill(QColor(table.colour))
                self.addItem(QIcon(swatch), table.label, table.id)
            index = self.findData(current)
            self.setCurrentIndex(index if index >= 0 else 0)
        self.setVisible(bool(merged))
        if self.currentData() != current:
            self.chosen.emit(self.currentData())

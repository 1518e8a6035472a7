"""The start screen: new workshop, open a file, a recent one, or the demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop.ui.flow import flow_row
from workshop.ui.theme import set_role


class StartPage(QWidget):
    newRequested = Signal()
    openRequested = Signal()
    demoRequested = Signal()
    recentRequested = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        title = QLabel(QCoreApplication.translate("StartPage", "Workshop"))
        title.setObjectName("startTitle")
        subtitle = QLabel(
            QCoreApplication.translate(
                "StartPage",
                "Capture ideas, vote fairly, blend purposes and keep time — offline, in one file.",
            )
        )
        subtitle.setObjectName("startSubtitle")
        subtitle.setWordWrap(True)  # in a longer language it set the window's least width
        set_role(subtitle, "muted")
        self.new_button = self._button(
            QCoreApplication.translate("StartPage", "New workshop…"),
            "startNew",
            self.newRequested.emit,
        )
        self.open_button = self._button(
            QCoreApplication.translate("StartPage", "Open…"), "startOpen", self.openRequested.emit
        )
        self.demo_button = self._button(
            QCoreApplication.translate("StartPage", "Open the demo"),
            "startDemo",
            self.demoRequested.emit,
        )
        buttons = flow_row(self, self.new_button, self.open_button, self.demo_button)
        self.recent = QListWidget(self)
        self.recent.setObjectName("startRecent")
        self.recent.setAccessibleName(QCoreApplication.translate("StartPage", "Recent workshops"))
        self.recent.itemActivated.connect(
            lambda item: self.recentRequested.emit(Path(item.data(Qt.ItemDataRole.UserRole)))
        )
        self.recent_label = QLabel(QCoreApplication.translate("StartPage", "Recent workshops"))
        self.recent_label.setObjectName("startRecentLabel")
        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(subtitle)
        column.addSpacing(16)
        column.addWidget(buttons)
        column.addWidget(self.recent_label)
        column.addWidget(self.recent, 1)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 3)
        outer.addStretch(1)
        outer.setContentsMargins(48, 48, 48, 48)

    def _button(self, text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.rstrip("…"))
        button.setMinimumHeight(40)
        button.clicked.connect(slot)
        return button

    def set_recent(self, paths: list[Path]) -> None:
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(f"{path.stem}\n    {path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.recent.addItem(item)
        self.recent_label.setVisible(bool(paths))
        self.recent.setVisible(bool(paths))

"""Widgets that lie outside their window or whose text does not fit them (laptop checks).

Shared by the real room's day on a 1366 × 768 screen (``tests/test_laptop_screen.py``) and
the translated UIs (``tests/test_ui_languages.py``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def clipped(window: QWidget, where: str) -> list[str]:
    """Widgets of the window that lie outside it, or whose text does not fit them."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFont, QFontMetrics
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractScrollArea,
        QCheckBox,
        QHeaderView,
        QLabel,
        QPushButton,
        QRadioButton,
        QTableView,
    )

    problems: list[str] = []
    inside = window.rect()
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0:
            continue
        scrolled = False
        parent = widget.parentWidget()
        while parent is not None and parent is not window:
            if isinstance(parent, QAbstractScrollArea):
                scrolled = True  # a scroll area shows part of what it holds, by design
                break
            parent = parent.parentWidget()
        name = widget.objectName() or type(widget).__name__
        if not scrolled:
            box = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
            if not inside.contains(box):
                problems.append(f"{where}: {name} {box} lies outside the window {inside}")
        text = ""
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and not widget.wordWrap()
            and widget.textFormat() != Qt.TextFormat.RichText and "<" not in widget.text()
        ):
            # Mnemonics ("&Who") are drawn as an underline, not as a character.
            text = widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        if not text or "\n" in text:
            continue
        font = QFont(widget.font())
        if isinstance(widget, QPushButton) and widget.isDefault():
            font.setWeight(QFont.Weight.DemiBold)
        needed = QFontMetrics(font).horizontalAdvance(text)
        room = widget.contentsRect().width()
        if isinstance(widget, (QCheckBox, QRadioButton)):
            room -= 20  # the box or circle
        elif isinstance(widget, QAbstractButton):
            room -= 4
        if needed > room:
            problems.append(f"{where}: {name} shows “{text}” in {room} px, needs {needed}")
    for table in window.findChildren(QTableView):  # widgets and views on item models
        if not table.isVisible():
            continue
        header = table.horizontalHeader()
        metrics = table.fontMetrics()
        model = table.model()
        for column in range(model.columnCount()):
            if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch or (
                header.stretchLastSection() and column == model.columnCount() - 1
            ):
                continue  # the text column: long texts elide, whole in the tooltip
            for row in range(model.rowCount()):
                index = model.index(row, column)
                text = str(index.data() if index.data() is not None else "")
                tip = str(index.data(Qt.ItemDataRole.ToolTipRole) or "")
                if not text or text in tip:
                    continue  # (a shortened text whose tooltip holds it whole is by design)
                needed = metrics.horizontalAdvance(text) + 6  # the style's margins
                if needed > table.columnWidth(column):
                    problems.append(
                        f"{where}: {table.objectName()} cell “{text}” needs {needed} px"
                        f" in a {table.columnWidth(column)}-px column"
                    )
    for label in window.findChildren(QLabel):
        wrapped = label.isVisible() and label.wordWrap() and label.text() and label.width() > 0
        if wrapped and label.heightForWidth(label.width()) > label.height() + 2:
            problems.append(
                f"{where}: {label.objectName() or 'label'} “{label.text()[:30]}” is "
                f"{label.height()} px high, its wrapped text needs "
                f"{label.heightForWidth(label.width())}"
            )
    return problems

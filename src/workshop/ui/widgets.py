"""Small widget helpers every panel uses, so buttons and shortcuts are named the same way."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QWidget


def make_button(
    parent: QWidget, text: str, name: str, tip: str, slot: Callable[[], object]
) -> QPushButton:
    """A push button with a stable objectName, an accessible name and a tooltip.

    ``tip`` reads like "Remove the activity (Delete)"; the part before the
    parenthesis is the accessible name.
    """
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAccessibleName(tip.split(" (")[0])
    button.setToolTip(tip)
    button.clicked.connect(lambda _checked=False: slot())
    return button


def widget_shortcut(widget: QWidget, keys: str, slot: Callable[[], object]) -> QShortcut:
    """A shortcut that fires only while ``widget`` has the focus."""
    shortcut = QShortcut(QKeySequence(keys), widget)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
    shortcut.activated.connect(slot)
    return shortcut

"""Small widget helpers every panel uses, so buttons and shortcuts are named the same way."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QPushButton, QSizePolicy, QWidget


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


def compact(button: QAbstractButton, *texts: str, padding: int = 16) -> QAbstractButton:
    """Let ``button`` shrink to its text (the style's 80-px minimum made sidebars too wide).

    It still takes its usual width when there is room; below that it keeps its
    whole text readable — the longest of ``texts`` too, when its text changes.
    """

    def plain(text: str) -> str:
        return text.replace("&&", "\0").replace("&", "").replace("\0", "&")

    metrics = button.fontMetrics()
    width = max(metrics.horizontalAdvance(plain(t)) for t in (button.text(), *texts)) + padding
    if not button.icon().isNull():
        width += button.iconSize().width() + 4
    button.setMinimumWidth(width)
    policy = button.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)
    button.setSizePolicy(policy)
    return button

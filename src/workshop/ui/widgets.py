"""Small widget helpers every panel uses, so buttons and shortcuts are named the same way."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)


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


def compact(button: QAbstractButton, *texts: str, extra: int = 0) -> QAbstractButton:
    """Let ``button`` shrink to its text (the style's 80-px minimum made sidebars too wide).

    It still takes its usual width when there is room; below that it keeps its
    whole text readable — the longest of ``texts`` too, when its text changes —
    with the style's own padding (the theme's style sheet pads more than Fusion).
    """

    def plain(text: str) -> str:
        return text.replace("&&", "\0").replace("&", "").replace("\0", "&")

    button.ensurePolished()
    metrics = button.fontMetrics()
    if isinstance(button, QPushButton) and (button.isDefault() or button.property("primary")):
        # The theme draws a default button's text in semibold, which the style's size hint
        # does not measure ("Done: hide my ballot" was cut at both ends).
        bold = QFont(button.font())
        bold.setWeight(QFont.Weight.DemiBold)
        metrics = QFontMetrics(bold)
    text_width = max(metrics.horizontalAdvance(plain(t)) for t in (button.text(), *texts))
    if not button.icon().isNull():
        text_width += button.iconSize().width() + 4
    padding = _style_padding(button)
    button.setMinimumWidth(text_width + padding + extra)
    policy = button.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)
    button.setSizePolicy(policy)
    return button


#: A text wider than any least width a style gives a button (Fusion's is 80 px).
_PROBE = "M" * 40


def _style_padding(button: QAbstractButton) -> int:
    """The width the style (and the theme's rules for this very button) adds around its
    text: the button's own size hint for a text wider than any least width, less that
    text. (Asking the style, ``sizeFromContents``, would make PySide build QStyle's
    enums — ~400 members, ~5 ms — for the first picture.)"""
    text, keys = button.text(), button.shortcut()
    button.setText(_PROBE)
    hint = button.sizeHint().width()
    button.setText(text)
    button.setShortcut(keys)  # setText set the probe's (no) mnemonic
    probe = button.fontMetrics().size(Qt.TextFlag.TextShowMnemonic, _PROBE).width()
    icon = button.iconSize().width() + 4 if not button.icon().isNull() else 0
    return max(0, hint - probe - icon)


class VerticalScroll(QScrollArea):
    """A dense form that scrolls up and down (never sideways) when the window is low.

    It asks for its content's full width, so nothing is cut off at the side, and for
    only ``min_height`` of its height: on a laptop the rest is a scroll away. With
    ``squeeze`` the content first shrinks to its parts' least heights (a list shorter,
    wrapped words still whole) and scrolls only below that.
    """

    def __init__(self, content: QWidget, min_height: int = 160, parent: QWidget | None = None,
                 *, squeeze: bool = False):
        super().__init__(parent)
        self.min_height = min_height
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(_Squeezed(content) if squeeze else content)

    def _side(self) -> int:
        return self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()

    def sizeHint(self) -> QSize:
        widget = self.widget()
        inner = widget.sizeHint() if widget is not None else QSize(0, 0)
        return QSize(inner.width() + self._side(), inner.height() + 2 * self.frameWidth())

    def minimumSizeHint(self) -> QSize:
        widget = self.widget()
        inner = widget.minimumSizeHint() if widget is not None else QSize(0, 0)
        return QSize(inner.width() + self._side(), min(self.min_height, max(inner.height(), 0)))


class _Squeezed(QWidget):
    """Holds a scroll area's content as low as its parts can be at the width given
    (lists at their least, wrapped words whole), not at their preferred heights: it
    scrolls only when they cannot fit otherwise."""

    def __init__(self, content: QWidget) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(content)

    def heightForWidth(self, width: int) -> int:  # Qt's name
        layout = self.layout()
        return int(layout.totalMinimumHeightForWidth(width)) if layout is not None else -1


def buddy_label(text: str, widget: QWidget, parent: QWidget | None = None) -> QLabel:
    """A visible label set as ``widget``'s buddy.

    The label relation is what screen readers announce for a combo box (on Linux Qt
    reports a combo box's current item as its name), and clicking the label focuses it.
    """
    label = QLabel(text, parent)
    label.setObjectName(f"{widget.objectName()}Label")
    label.setBuddy(widget)
    return label

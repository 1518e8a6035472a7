"""Colours and type sizes of the audience view: high contrast, readable from the back of a hall.

Sizes are given for a 1920×1080 projector and scaled to the window, so a
1280×720 projector gets the same layout, only smaller.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtGui import QColor, QFont

from workshop.ui.projector.state import Theme

REFERENCE_WIDTH = 1920
REFERENCE_HEIGHT = 1080

#: Pixel sizes at 1080p.
TITLE_PX = 84
HEADING_PX = 60
BODY_PX = 44
SMALL_PX = 32
#: The smallest text the room is ever shown, body text and sticky-note text alike
#: (times the window's scale: 28 px on a 1080p projector, about 19 px at 720p).
MIN_PX = 28
TIMER_PX = 96


class Palette(NamedTuple):
    background: str
    text: str
    muted: str
    accent: str
    highlight: str  # background of the current agenda item / newest note outline
    highlight_text: str
    panel: str  # timer badge, bars' track
    bar: str
    last_minute: str
    overtime: str

    def qcolor(self, name: str) -> QColor:
        return QColor(getattr(self, name))


PALETTES = {
    Theme.DARK: Palette(
        background="#111418",
        text="#ffffff",
        muted="#c8ccd2",
        accent="#7cc4ff",
        highlight="#ffd54f",
        highlight_text="#111418",
        panel="#262b33",
        bar="#7cc4ff",
        last_minute="#ffb300",
        overtime="#ff6e6e",
    ),
    Theme.LIGHT: Palette(
        background="#ffffff",
        text="#0b0b0b",
        muted="#3d434b",
        accent="#0b57d0",
        highlight="#b57a00",  # an outline on white too: ≥ 3:1 (tests/test_contrast.py)
        highlight_text="#0b0b0b",
        panel="#e8eaed",
        bar="#0b57d0",
        last_minute="#8a5200",
        overtime="#c62828",
    ),
}


def palette(theme: Theme) -> Palette:
    return PALETTES[Theme(theme)]


def scale_for(width: int, height: int) -> float:
    """How much smaller (or larger) than 1080p this window is."""
    if width <= 0 or height <= 0:
        return 1.0
    return min(width / REFERENCE_WIDTH, height / REFERENCE_HEIGHT)


def font(px: float, *, bold: bool = False) -> QFont:
    result = QFont()
    result.setPixelSize(max(8, round(px)))
    result.setBold(bold)
    return result

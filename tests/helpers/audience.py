"""An audience window for a test, letting it lay itself out as the event loop would, and
the legibility rules every tiled view (board, vote, offers, review) is held to, page by page."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from workshop.domain import room
from workshop.domain.room import RoomItem
from workshop.ui.projector import theme as t
from workshop.ui.projector.audience import AudienceWindow
from workshop.ui.projector.board_view import PagedTiles
from workshop.ui.projector.textfit import broken_words

T0 = 1_800_000_000.0


def settle() -> None:
    """Let layouts that refit their type run to the end."""
    for _ in range(5):
        QApplication.processEvents()


def audience_window(qtbot: QtBot) -> Iterator[AudienceWindow]:
    """A fixture body: an audience window on a fixed clock, closed after the test."""
    audience = AudienceWindow(clock=lambda: T0)
    qtbot.addWidget(audience)
    yield audience
    audience.close()


def turn_pages(window: AudienceWindow) -> list[list[RoomItem]]:
    """What the room sees on each page of tiles, turning through them all (a page without
    tiles, such as the review's charts, is turned past)."""
    view = window.view
    assert isinstance(view, PagedTiles)
    pages = []
    for index in range(view.page_count()):
        view.show_page(index)
        settle()
        assert not window.grab().isNull()
        if view.canvas.isVisible():
            pages.append(window.room_items())
    return pages


def check_legible(window: AudienceWindow, size: tuple[int, int]) -> list[list[RoomItem]]:
    """On every page: each tile whole (unelided, inside the canvas, not overlapping another),
    at least MIN_PX scaled to the screen, broken between words only (unless a word is wider
    than its tile), one text size on every page; returns the tiles by page."""
    view = window.view
    assert isinstance(view, PagedTiles)
    canvas = view.canvas
    area = QRect(canvas.mapTo(window, QPoint(0, 0)), canvas.size())
    assert canvas.measure is not None
    padding = canvas.measure.setting.padding
    minimum = t.MIN_PX * t.scale_for(*size)
    by_page: list[list[RoomItem]] = []
    for items in turn_pages(window):
        notes = [item for item in items if item.kind == room.NOTE]
        assert notes, "no empty pages"
        for item in notes:
            assert not item.elided, item
            assert item.px >= minimum, (item.px, minimum)
            assert area.contains(QRect(*item.rect)), ("partly visible", item.rect, area)
            broken = broken_words(item.text.split("\n"), item.source)
            assert broken is not None, item
            metrics = QFontMetricsF(t.font(item.px))
            for word in broken:  # only a word wider than the whole tile may break
                assert metrics.horizontalAdvance(word) > item.rect[2] - 2 * padding, word
        for a in notes:  # tiles never overlap
            for b in notes:
                if a is not b:
                    assert not QRect(*a.rect).intersects(QRect(*b.rect)), (a.text, b.text)
        by_page.append(notes)
    sizes = {item.px for notes in by_page for item in notes}
    assert len(sizes) == 1, f"one text size on every page, not {sizes}"
    if size == (1920, 1080):
        assert sizes.pop() >= t.MIN_PX
    return by_page

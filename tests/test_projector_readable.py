"""The projector is readable from the back of the hall.

The audience window is rendered at 1920×1080 (and 1280×720) on the demo and on a
board of 2,000 notes, and what the room sees is read from ``room_items()``. The rule
(see ``ui/projector/board_view.py``): never below ``theme.MIN_PX`` (28 px at 1080p,
scaled with the window), every note whole; a board that does not fit is shown in
whole pages (``tests/test_projector_legible.py`` does the same with a real room's
long, multilingual ideas).
Every other audience view's text is measured from its labels' style sheets.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from helpers.audience import audience_window, settle
from helpers.audience import turn_pages as _pages
from workshop.domain import room
from workshop.domain.models import ActivityKind
from workshop.storage import read
from workshop.storage.document import Document
from workshop.storage.ops import agenda
from workshop.storage.ops import board as board_ops
from workshop.ui.projector import theme as t
from workshop.ui.projector import tiles
from workshop.ui.projector.audience import AudienceWindow
from workshop.ui.projector.board_view import BoardView
from workshop.ui.projector.state import PresentationState, Theme

SIZES = [(1920, 1080), (1280, 720)]



@pytest.fixture
def window(qtbot: QtBot) -> Iterator[AudienceWindow]:
    yield from audience_window(qtbot)


def _show(window: AudienceWindow, doc: Document, activity_id: int | None, size: tuple[int, int],
          *, agenda_view: bool = False) -> None:
    window.resize(*size)
    window.set_document(doc)
    doc.subscribe(window.on_change)
    window.set_state(
        PresentationState(activity_id=activity_id, agenda=agenda_view, theme=Theme.DARK)
    )
    window.show()
    settle()
    window.grab()  # a real render


def _minimum(size: tuple[int, int]) -> float:
    return t.MIN_PX * t.scale_for(*size)


def _check_board(window: AudienceWindow, size: tuple[int, int]) -> list[float]:
    """On every page: notes whole and readable, and on the screen; every note on one page."""
    view = window.view
    assert isinstance(view, BoardView)
    sizes = []
    seen: list[int] = []
    for items in _pages(window):
        notes = [item for item in items if item.kind == room.NOTE]
        for item in notes:
            assert not item.elided, item
            assert item.px >= _minimum(size) - 0.01, (size, item.px)
            x, y, w, h = item.rect
            assert x >= 0 and y >= 0 and x + w <= size[0] and y + h <= size[1], item.rect
            sizes.append(item.px)
            assert item.id is not None
            seen.append(item.id)
    assert sorted(seen) == sorted(view.notes), "every note is shown whole on exactly one page"
    return sizes


@pytest.mark.parametrize("size", SIZES)
def test_demo_board_note_text_is_readable(
    qtbot: QtBot, demo_doc: Document, window: AudienceWindow, size: tuple[int, int]
) -> None:
    board = next(a for a in read.activities(demo_doc) if a.kind is ActivityKind.BRAINSTORM)
    _show(window, demo_doc, board.id, size)
    sizes = _check_board(window, size)
    assert isinstance(window.view, BoardView)
    # The demo's 37 notes do not fit on one screen at the board's size: a few whole pages.
    assert 2 <= window.view.page_count() <= 4
    assert window.view.page_label.isVisible()
    assert len(set(sizes)) == 1 and min(sizes) >= t.MIN_PX * t.scale_for(*size)


def test_a_board_of_2000_notes_is_readable_in_pages(
    qtbot: QtBot, tmp_path: Path, window: AudienceWindow
) -> None:
    doc = Document.create(tmp_path / "big.workshop")
    activity = int(
        agenda.add_activity(doc, ActivityKind.BRAINSTORM, "Ideas", "What next?")
        .inserted("activities")[0]
    )
    for start in range(0, 2000, 500):
        board_ops.add_notes(doc, activity, [f"idea number {i}" for i in range(start, start + 500)])
    _show(window, doc, activity, (1920, 1080))
    view = window.view
    assert isinstance(view, BoardView)
    assert view.page_count() > 10
    assert view.text_px == tiles.NOTE_PX
    # A new note turns to its page and is outlined there.
    view.show_page(0)
    change = board_ops.add_note(doc, activity, "the newest idea")
    new_id = change.inserted("notes")[0]
    assert view.pages[view.page].holds(room.NOTE, new_id)
    assert view.canvas.highlighted == new_id
    assert any(i.id == new_id and not i.elided for i in window.room_items())
    # Pages move along by themselves (driven here instead of waiting), each after a time in
    # proportion to how much there is to read on it.
    before = view.page
    view.next_page()
    assert view.page == (before + 1) % view.page_count()
    page = view.pages[view.page]
    assert view._turn.isActive()
    assert view._turn.interval() == round(1000 * room.page_seconds(page.characters))
    assert room.page_seconds(200) < room.page_seconds(800) <= room.PAGE_SECONDS_MAX
    doc.close()


def test_a_small_board_fits_whole_in_larger_type(
    qtbot: QtBot, tmp_path: Path, window: AudienceWindow
) -> None:
    doc = Document.create(tmp_path / "small.workshop")
    activity = int(
        agenda.add_activity(doc, ActivityKind.BRAINSTORM, "Ideas").inserted("activities")[0]
    )
    board_ops.add_notes(doc, activity, ["one", "two", "three", "four", "five", "six"])
    _show(window, doc, activity, (1920, 1080))
    view = window.view
    assert isinstance(view, BoardView)
    assert view.page_count() == 1 and not view.page_label.isVisible()
    assert view.text_px == max(tiles.ROOMY_PX)
    doc.close()


# ------------------------------------------------------------------ the other views


def _label_px(label: QLabel) -> float:
    match = re.search(r"font-size:\s*(\d+)px", label.styleSheet())
    assert match, label.objectName()
    return float(match.group(1))


def _visible_texts(window: AudienceWindow) -> list[QLabel]:
    return [
        label
        for label in window.findChildren(QLabel)
        if label.isVisible() and label.text().strip() and label.objectName() != "audienceTimer"
        and label.objectName() != "audienceFrozen"
    ]


@pytest.mark.parametrize("size", SIZES)
def test_every_audience_view_keeps_body_text_readable(
    qtbot: QtBot, demo_doc: Document, window: AudienceWindow, size: tuple[int, int]
) -> None:
    seen: set[ActivityKind] = set()
    shown = 0
    for activity in read.activities(demo_doc):
        if activity.kind in seen or activity.kind is ActivityKind.BRAINSTORM:
            continue
        seen.add(activity.kind)
        _show(window, demo_doc, activity.id, size)
        for label in _visible_texts(window):
            # Rounded to whole pixels in the style sheet.
            assert _label_px(label) >= round(_minimum(size)) - 1, (
                activity.kind, label.objectName(), label.text()[:40], _label_px(label)
            )
            shown += 1
    _show(window, demo_doc, None, size, agenda_view=True)
    for label in _visible_texts(window):
        assert _label_px(label) >= round(_minimum(size)) - 1, label.text()
    assert shown > 20


def test_a_long_agenda_keeps_its_type_and_stays_on_screen(
    qtbot: QtBot, tmp_path: Path, window: AudienceWindow
) -> None:
    doc = Document.create(tmp_path / "long.workshop")
    for index in range(30):
        agenda.add_activity(doc, ActivityKind.PROMPT, f"Session {index + 1}")
    _show(window, doc, read.activities(doc)[20].id, (1920, 1080), agenda_view=True)
    labels = _visible_texts(window)
    assert all(_label_px(label) >= t.MIN_PX for label in labels)
    bottom = max(label.mapTo(window, label.rect().bottomLeft()).y() for label in labels)
    assert bottom <= 1080
    texts = [label.text() for label in labels]
    assert "Session 21" in texts and "Session 1" not in texts
    assert any(text.startswith("… ") and "earlier" in text for text in texts)
    doc.close()


def test_purpose_view_shows_a_rating_bar_per_party_and_never_the_comments(
    qtbot: QtBot, demo_doc: Document, window: AudienceWindow
) -> None:
    from workshop.storage import read_purpose
    from workshop.ui.projector.purpose_view import PurposeView

    blend = next(a for a in read.activities(demo_doc) if a.kind is ActivityKind.PURPOSE_BLEND)
    summary = read_purpose.summary(demo_doc, blend.id)
    assert summary is not None and summary.ratings
    _show(window, demo_doc, blend.id, (1920, 1080))
    view = window.view
    assert isinstance(view, PurposeView)
    assert len(view.rating_bars) == len(summary.ratings)
    shares = sorted(bar.share for bar in view.rating_bars)
    assert shares == sorted(r.score / 5 for r in summary.ratings)
    drawn = " ".join(view.texts())
    for rating in summary.ratings:
        assert rating.party.label in drawn
        if rating.comment:
            assert rating.comment not in drawn

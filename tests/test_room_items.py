"""The room-items protocol: every audience view says what the room sees, item by item.

``AudienceView.room_items()`` is what ``workshop room`` writes to room.json and what
the legibility tests assert on, so it must be honest: text cut off by its box, by
the screen's edge or by an ellipsis is reported as elided.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from helpers.audience import audience_window, settle
from workshop.domain import room
from workshop.domain.room import RoomItem, shows_whole, unwrap
from workshop.storage import read
from workshop.storage.document import Document
from workshop.ui.projector.audience import AudienceWindow
from workshop.ui.projector.state import PresentationState


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[AudienceWindow]:
    for audience in audience_window(qtbot):
        audience.resize(1920, 1080)
        yield audience


def _show(window: AudienceWindow, doc: Document, activity_id: int | None) -> list[RoomItem]:
    window.set_document(doc)
    window.set_state(PresentationState(activity_id=activity_id))
    window.show()
    settle()
    return window.room_items()


def test_every_view_of_the_demo_describes_what_the_room_sees(
    qtbot: QtBot, demo_doc: Document, window: AudienceWindow
) -> None:
    for activity in read.activities(demo_doc):
        items = _show(window, demo_doc, activity.id)
        assert items, activity.kind
        for item in items:
            _x, _y, w, h = item.rect
            assert w > 0 and h > 0 and item.px >= 8, (activity.kind, item)
            assert item.text.strip()
            assert set(item.to_json()) == {"kind", "id", "text", "elided", "px", "rect"}
        # The view's own texts are what the items carry (rich text read without markup).
        assert "<b>" not in " ".join(item.text for item in items)


def test_a_label_cut_off_is_reported_elided(
    qtbot: QtBot, demo_doc: Document, window: AudienceWindow
) -> None:
    welcome = read.activities(demo_doc)[0]
    _show(window, demo_doc, welcome.id)
    view = window.view
    assert view is not None
    title = view.title  # type: ignore[attr-defined]
    item = next(i for i in view.room_items() if i.text.replace("\n", " ") == title.text())
    assert not item.elided
    # Squeezed to a box too small for its lines: clipped.
    title.setFixedHeight(20)
    settle()
    item = next(i for i in view.room_items() if unwrap(i.text) == title.text())
    assert item.elided
    # A text shortened with "…" is elided even when the short text fits.
    title.setMinimumHeight(0)
    title.setMaximumHeight(16777215)
    title.setProperty("roomSource", title.text() + " and much more that was cut")
    settle()
    item = next(i for i in view.room_items() if unwrap(i.text) == title.text())
    assert item.elided


def test_blank_shows_nothing(qtbot: QtBot, demo_doc: Document, window: AudienceWindow) -> None:
    _show(window, demo_doc, None)
    window.set_state(PresentationState(blank=True))
    assert window.room_items() == []


def test_shown_text_compares_with_its_source() -> None:
    assert shows_whole("Chronimy jerzyki\ni wróble", "Chronimy jerzyki i wróble")
    assert shows_whole("antysmo-\ngowe powietrze", "antysmogowe powietrze")
    assert shows_whole("well-\nknown", "well- known") or shows_whole("well-\nknown", "well-known")
    assert not shows_whole("Chronimy jerzyki i wróble na …", "Chronimy jerzyki i wróble na dachu")
    assert room.live_activity([], None) is None

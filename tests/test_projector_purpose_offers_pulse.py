"""The purpose, offers/asks and pulse views are legible with a real room's content.

Same rules as the board (``test_projector_readable``): every text the room sees is at
least 28 px at 1080p (scaled with the window), nothing is cut off or overlaps, and what
does not fit one screen is shown in pages, so every statement and every card reaches the
room whole on some page. Measured with the views' ``room_items()``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from tests.helpers import room_day
from tests.helpers.audience import audience_window, settle
from tests.helpers.labelled import ASKS, OFFERS, PURPOSES

from workshop.domain.room import RoomItem, shows_whole
from workshop.storage import read_pulse, read_purpose
from workshop.storage.document import Document
from workshop.storage.ops import pulse as pulse_ops
from workshop.storage.ops import purpose as purpose_ops
from workshop.ui.projector import theme as t
from workshop.ui.projector.audience import AudienceWindow
from workshop.ui.projector.state import PresentationState

SIZES = [(1920, 1080), (1280, 720), (1024, 768)]


_settle = settle


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[AudienceWindow]:
    yield from audience_window(qtbot)


def _pages(window: AudienceWindow, doc: Document, activity_id: int, size: tuple[int, int]
           ) -> list[list[RoomItem]]:
    window.resize(*size)
    window.set_document(doc)
    window.set_state(PresentationState(activity_id=activity_id))
    window.show()
    _settle()
    view = window.view
    assert view is not None
    pages = []
    for index in range(view.page_count()):
        view.show_page(index)
        _settle()
        pages.append(window.room_items())
    return pages


def _check_legible(pages: list[list[RoomItem]], size: tuple[int, int]) -> None:
    """≥ 28 px at 1080p (scaled), nothing elided, inside the screen, no two texts overlapping."""
    width, height = size
    smallest = t.MIN_PX * t.scale_for(width, height) - 0.5
    for items in pages:
        for item in items:
            assert item.px >= smallest, item
            assert not item.elided, item
            x, y, w, h = item.rect
            assert x >= 0 and y >= 0 and x + w <= width and y + h <= height, item
        boxes = [i for i in items if i.kind not in ("cluster",)]
        for index, a in enumerate(boxes):
            for b in boxes[index + 1 :]:
                assert not _overlap(a.rect, b.rect), (a, b)


def _overlap(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    return ax + 2 < bx + bw and bx + 2 < ax + aw and ay + 2 < by + bh and by + 2 < ay + ah


def _seen(pages: list[list[RoomItem]], text: str) -> bool:
    items = [i for p in pages for i in p]
    return any(text in " ".join(i.text.replace("-\n", "").split()) for i in items) or any(
        shows_whole(i.text, text) for i in items
    )


@pytest.mark.parametrize("size", SIZES)
def test_offers_and_asks_every_card_reaches_the_room(
    qtbot: QtBot, doc: Document, window: AudienceWindow, size: tuple[int, int]
) -> None:
    day = room_day.build(doc, cards=60)
    pages = _pages(window, doc, day.offers, size)
    _check_legible(pages, size)
    assert len(pages) > 1  # 60 cards do not fit one screen: pages, not "+ 2 more"
    for text in list(OFFERS.values())[:30] + [a for a, _ in list(ASKS.values())[:30]]:
        assert _seen(pages, text), text


@pytest.mark.parametrize("size", SIZES)
def test_purpose_statements_of_ten_parties_reach_the_room_whole(
    qtbot: QtBot, doc: Document, window: AudienceWindow, size: tuple[int, int]
) -> None:
    day = room_day.build(doc)
    pages = _pages(window, doc, day.purpose, size)
    _check_legible(pages, size)
    for organisation, statement in PURPOSES.items():
        assert _seen(pages, statement), organisation
        assert _seen(pages, organisation), organisation  # names whole, never "…Libra"


@pytest.mark.parametrize("size", SIZES)
def test_purpose_draft_and_ten_endorsements_are_whole(
    qtbot: QtBot, doc: Document, window: AudienceWindow, size: tuple[int, int]
) -> None:
    day = room_day.build(doc)
    room_day.add_draft_with_ratings(doc, day)
    pages = _pages(window, doc, day.purpose, size)
    _check_legible(pages, size)
    first = " ".join(i.text for i in pages[0])
    assert "Draft 1" in first
    assert _seen(pages[:1], room_day.DRAFT)  # the draft is the first page, whole
    for organisation in PURPOSES:
        assert _seen(pages[:1], organisation)  # each party's bar is named whole
    for statement in PURPOSES.values():
        assert _seen(pages[1:], statement)  # and the statements are a Page Down away


def test_themes_reach_the_room_only_once_shown(
    qtbot: QtBot, doc: Document, window: AudienceWindow
) -> None:
    day = room_day.build(doc)
    pages = _pages(window, doc, day.purpose, (1920, 1080))
    assert not any(i.text.startswith("Shared:") for p in pages for i in p)
    window.on_change(purpose_ops.set_purpose_settings(doc, day.purpose, themes_shown=True))
    _settle()
    themes = [i for i in window.room_items() if i.text.startswith("Shared:")]
    assert themes and "resident" in themes[0].text


@pytest.mark.parametrize("size", SIZES[:2])
def test_pairs_are_shown_with_a_round_timer(
    qtbot: QtBot, doc: Document, window: AudienceWindow, size: tuple[int, int]
) -> None:
    day = room_day.build(doc)
    room_day.add_pairs(doc, day)
    pages = _pages(window, doc, day.purpose, size)
    _check_legible(pages, size)
    texts = [i.text for p in pages for i in p]
    assert any(text.startswith("Pairs: find your group") and "left" in text for text in texts)
    pairs = read_purpose.groups(doc, day.purpose, 1)
    assert len(pairs) == 5
    for number in range(1, 6):
        assert any(text.replace("\n", " ") == f"Pair {number}" for text in texts), number
    # Fours follow the pairs on the projector.
    purpose_ops.propose_groups(doc, day.purpose, 2)
    pages = _pages(window, doc, day.purpose, size)
    texts = [i.text for p in pages for i in p]
    assert any(text.startswith("Fours") for text in texts)
    assert any(text.replace("\n", " ") == "Four 1" for text in texts)


def test_pulse_shows_the_chosen_statement_and_the_shift(
    qtbot: QtBot, doc: Document, window: AudienceWindow
) -> None:
    day = room_day.build(doc)
    statements = read_pulse.statements(doc, day.pulse)
    assert len(statements) == 5
    pages = _pages(window, doc, day.pulse, (1920, 1080))
    assert _seen(pages, statements[-1].text)  # nothing chosen yet: the last one
    window.on_change(pulse_ops.show_on_screen(doc, statements[1].id))
    _settle()
    items = window.room_items()
    assert _seen([items], statements[1].text)
    assert not _seen([items], statements[-1].text)
    # The shift: both rounds side by side, numbered, with the change.
    change = pulse_ops.show_on_screen(doc, statements[1].id, shift=True)
    window.on_change(change)
    _settle()
    items = window.room_items()
    _check_legible([items], (1920, 1080))
    texts = [i.text.replace("\n", " ") for i in items]
    assert "Round 1" in texts and "Round 2 · After lunch" in texts
    assert any(text.startswith("Median 2 → 4: moved +2") for text in texts)
    window.on_change(doc.undo(change))
    _settle()
    assert not any(text.startswith("Median") for text in (i.text for i in window.room_items()))


LONG_STATEMENT = (
    "Our partnership shares data about the people we serve across the library, the food "
    "bank, the council's housing team and the health trust, with their consent, so that "
    "nobody has to tell their story four times and every referral reaches the right door "
    "within a week."
)


@pytest.mark.parametrize("size", SIZES)
def test_pulse_long_statement_and_its_shift_are_whole(
    qtbot: QtBot, doc: Document, window: AudienceWindow, size: tuple[int, int]
) -> None:
    day = room_day.build(doc, cards=4)
    pulse_ops.add_statement(doc, day.pulse, LONG_STATEMENT)
    statement = read_pulse.statements(doc, day.pulse)[-1]
    first = read_pulse.rounds(doc, statement.id)[0]
    pulse_ops.set_tally(doc, first.round_id, {1: 4, 2: 6, 3: 3})
    pulse_ops.add_round(doc, statement.id, "Check-out")
    second = read_pulse.rounds(doc, statement.id)[-1]
    pulse_ops.set_tally(doc, second.round_id, {3: 5, 4: 6, 5: 2})
    pulse_ops.show_on_screen(doc, statement.id, shift=True)
    pages = _pages(window, doc, day.pulse, size)
    _check_legible(pages, size)
    assert _seen(pages, LONG_STATEMENT)
    texts = [i.text.replace("\n", " ") for p in pages for i in p]
    assert "Round 2 · Check-out" in texts

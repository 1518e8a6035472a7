"""The review of promises on the projector: every promise reaches the room whole.

Forty promises written like a real partnership's (the shared corpus's longest proposals,
eleven languages, one word wider than any tile; owners with long Polish, Spanish,
Ukrainian and Vietnamese names; review notes) are reviewed at the next meeting and shown
at 1920×1080 and 1024×768 beside the series' trend charts. Turning the pages, each promise
is on exactly one page, whole and legible (``helpers.audience.check_legible``), marked
with where it stands and in the order the laptop reviews them; then the series' charts and
who offered, asked, promised and delivered, each on a page of its own; the pages turn from
the laptop (Page Down) and by themselves.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from helpers import corpus
from helpers.audience import audience_window, check_legible, settle
from helpers.series_day import first_meeting
from workshop.catalogue import room_text
from workshop.domain import room
from workshop.domain.reciprocity import Party
from workshop.domain.series import PromiseStatus
from workshop.storage import read, series
from workshop.storage.document import Document
from workshop.storage.ops import actions
from workshop.storage.ops.series import review_promise
from workshop.ui.projector import theme as t
from workshop.ui.projector.audience import AudienceWindow
from workshop.ui.projector.review_view import ReviewView
from workshop.ui.projector.state import PresentationState


def shots(tmp_path: Path) -> Path:
    """Where the pictures go: docs/screenshots only when asked (``WORKSHOP_SCREENSHOTS``, set
    by ``tests/screenshots.py``); a plain test run leaves the committed pictures alone."""
    return Path(os.environ.get("WORKSHOP_SCREENSHOTS") or tmp_path)


PROMISES = 40
STATUSES = (PromiseStatus.DONE, PromiseStatus.DOING, PromiseStatus.DROPPED, PromiseStatus.OPEN)


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[AudienceWindow]:
    yield from audience_window(qtbot)


def _long_ideas() -> list[str]:
    """The corpus's 40 longest proposals (the too-wide word among them), in corpus order."""
    longest = sorted(corpus.IDEAS, key=len, reverse=True)[:PROMISES]
    if not any(corpus.LONG_WORD in idea for idea in longest):
        longest[-1] = next(idea for idea in corpus.IDEAS if corpus.LONG_WORD in idea)
    return [idea for idea in corpus.IDEAS if idea in longest][:PROMISES]


@pytest.fixture
def second_meeting(tmp_path: Path) -> Iterator[Document]:
    first = tmp_path / "meeting-1.workshop"
    first_meeting(first)
    with Document.open(first) as doc:
        corpus.add_people(doc)
        people = [p for p in read.participants(doc) if p.name in dict(corpus.PEOPLE)]
        for index, idea in enumerate(_long_ideas()):
            person = people[index % len(people)]
            owner = Party(person.id, person.name, person.organisation)
            actions.add_action(doc, idea, owner, f"2026-12-{1 + index % 28:02d}")
        new = series.next_meeting(doc, tmp_path / "meeting-2.workshop", date="2026-12-01")
    for index, promise in enumerate(series.promises(new)):
        note = "Przesunięte na wiosnę, czekamy na decyzję rady" if index % 5 == 2 else ""
        review_promise(new, promise.id, STATUSES[index % 4], note)
    yield new
    new.close()


def _show(window: AudienceWindow, doc: Document, size: tuple[int, int]) -> ReviewView:
    review = read.activities(doc)[0].id
    window.resize(*size)
    window.set_document(doc)
    window.set_state(PresentationState(activity_id=review))
    window.show()
    settle()
    assert isinstance(window.view, ReviewView)
    return window.view


@pytest.mark.parametrize("size", [(1920, 1080), (1024, 768)])
def test_every_promise_reaches_the_room_whole_on_some_page(
    window: AudienceWindow, second_meeting: Document, size: tuple[int, int], tmp_path: Path
) -> None:
    promises = series.promises(second_meeting)
    assert len(promises) >= PROMISES
    view = _show(window, second_meeting, size)
    # So many promises take pages across the whole width; the series' charts come after
    # them, then who offered, asked, promised and delivered.
    assert view.apart and view.extras() == [view.charts, view.balance]
    assert view.page_count() == len(view.pages) + 2 > 3
    assert not view.trends.isVisible()
    by_page = check_legible(window, size)
    assert len(by_page) == len(view.pages)
    view.show_page(0)
    settle()
    window.grab().save(str(shots(tmp_path) / f"projector-review-long-{size[1]}.png"))
    shown = [item for page in by_page for item in page]
    assert [item.id for item in shown] == [p.id for p in promises], "each once, in order"
    marks = {PromiseStatus.DONE: "✓", PromiseStatus.DOING: "◐",
             PromiseStatus.DROPPED: "✗", PromiseStatus.OPEN: "○"}
    for item, promise in zip(shown, promises, strict=True):
        assert item.kind == room.NOTE and not item.elided
        assert item.source.startswith(f"{marks[promise.status]} {promise.what} — ")
        assert promise.owner in item.source
        if promise.note:
            assert item.source.endswith(promise.note)
    assert any(corpus.LONG_WORD in item.source for item in shown)
    # Every page says which it is and keeps the title and the tally.
    for index in range(view.page_count()):
        view.show_page(index)
        settle()
        texts = {item.text for item in window.room_items()}
        # The page marker in the workshop's language (English here), as every paged view's.
        assert room_text("page", "en", page=index + 1, total=view.page_count()) in texts
        assert read.activities(second_meeting)[0].title in texts
        assert any(text.endswith(f"of {len(promises)} done") for text in texts)
    view.show_page(len(view.pages))
    settle()
    assert view.extra is view.charts and view.trends.isVisible() and view.impact.isVisible()
    assert not view.canvas.isVisible()
    assert view.trends.width() > size[0] * 0.8  # the whole width for the trends
    assert not window.grab().isNull()
    # The balance: a legible line per organisation, none cut off.
    view.show_page(len(view.pages) + 1)
    settle()
    assert view.extra is view.balance and not view.charts.isVisible()
    minimum = t.MIN_PX * t.scale_for(*size)
    lines = {item.text.replace("\n", " "): item for item in window.room_items()}
    assert "Who offered, asked, promised and delivered" in lines
    balance = series.record(second_meeting).balance()
    assert len(balance) >= 5
    for b in balance:
        item = next(i for text, i in lines.items() if text.startswith(f"{b.organisation}:"))
        assert f"promised {b.promised} · delivered {b.delivered}" in item.text.replace("\n", " ")
        assert not item.elided and item.px >= minimum
    window.grab().save(str(shots(tmp_path) / f"projector-review-balance-{size[1]}.png"))


def test_a_few_promises_share_the_screen_with_the_charts(
    window: AudienceWindow, second_meeting: Document
) -> None:
    for promise in series.promises(second_meeting)[4:]:
        second_meeting.conn.execute("DELETE FROM promises WHERE id = ?", (promise.id,))
    view = _show(window, second_meeting, (1920, 1080))
    assert not view.apart and view.page_count() == 2  # then the balance
    assert view.trends.isVisible() and view.canvas.isVisible()
    shown = [item for item in window.room_items() if item.kind == room.NOTE]
    assert len(shown) == 4 and not any(item.elided for item in shown)


def test_the_pages_turn_from_the_laptop_and_by_themselves(
    window: AudienceWindow, second_meeting: Document
) -> None:
    view = _show(window, second_meeting, (1024, 768))
    count = view.page_count()
    assert count > 1 and view.page_index() == 0
    window.turn_page(1)  # Page Down in the run panel
    assert view.page_index() == 1
    window.turn_page(-1)
    window.turn_page(-1)  # Page Up from the first page: the balance, last
    assert view.page_index() == count - 1 and view.extra is view.balance
    window.turn_page(-1)
    assert view.extra is view.charts
    window.turn_page(1)
    window.turn_page(1)
    assert view.page_index() == 0 and view.extra is None
    # And by themselves after a reading time (the timer driven here instead of waited for),
    # the charts' page too.
    assert view._turn.isActive()
    assert view._turn.interval() == round(1000 * room.page_seconds(view.pages[0].characters))
    view._turn.timeout.emit()
    assert view.page_index() == 1 and view._turn.isActive()
    view.show_page(count - 3)
    view._turn.timeout.emit()
    assert view.extra is view.charts and view._turn.isActive()
    view._turn.timeout.emit()
    assert view.extra is view.balance and view._turn.isActive()
    view._turn.timeout.emit()
    assert view.page_index() == 0 and view.extra is None


def test_a_review_keeps_its_page_and_the_room_sees_it_at_once(
    window: AudienceWindow, second_meeting: Document
) -> None:
    view = _show(window, second_meeting, (1920, 1080))
    last = series.promises(second_meeting)[-1]
    view.show_page(len(view.pages) - 1)  # the last page of promises (the charts follow)
    window.on_change(
        review_promise(second_meeting, last.id, PromiseStatus.DONE, "Zrobione — dziękujemy!")
    )
    settle()
    assert view.page_index() == len(view.pages) - 1
    sources = [item.source for item in window.room_items() if item.kind == room.NOTE]
    assert any(s.startswith(f"✓ {last.what}") and s.endswith("Zrobione — dziękujemy!")
               for s in sources)


def test_nothing_to_review_says_so(window: AudienceWindow, tmp_path: Path) -> None:
    first = tmp_path / "meeting-1.workshop"
    Document.create(first).close()
    with Document.open(first) as doc:
        new = series.next_meeting(doc, tmp_path / "meeting-2.workshop")
    with new:
        view = _show(window, new, (1024, 768))
        texts = {item.text for item in window.room_items()}
        assert "Nothing was promised last time." in texts
        assert not view.canvas.isVisible() and view.page_count() == 1

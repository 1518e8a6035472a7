"""Every idea legible in full on the projector, with a real room's long, multilingual ideas.

The shared corpus (96 proposals of 25–273 characters in eleven languages, one word too
wide for any tile) goes on a board, loose and in clusters, and on votes on notes and
on clusters; the audience window is rendered at 1920×1080 and 1024×768 and turned
page by page, and what the room sees is read from ``room_items()``:

- 100 % of the notes are shown unelided, each on exactly one page;
- no line breaks inside a word, unless that word alone is wider than its tile
  (and then with a hyphen);
- note text is at least 28 px at 1080p (scaled with the screen) and the same size on
  every page of one board;
- no note is partly visible: every one lies wholly inside the board's area;
- a cluster that fits on one page is on one page.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from helpers import corpus
from helpers.audience import audience_window, settle
from helpers.audience import check_legible as _check_legible
from workshop.domain import room
from workshop.domain.models import ActivityKind
from workshop.domain.room import RoomItem
from workshop.domain.voting import VoteTarget, ballot_numbers
from workshop.storage import read_votes
from workshop.storage.document import Document
from workshop.storage.ops import agenda, voting
from workshop.ui.projector import tiles
from workshop.ui.projector.audience import AudienceWindow
from workshop.ui.projector.board_view import PagedTiles
from workshop.ui.projector.state import PresentationState, Spotlight
from workshop.ui.projector.textfit import broken_words

SIZES = [(1920, 1080), (1024, 768)]



@pytest.fixture
def window(qtbot: QtBot) -> Iterator[AudienceWindow]:
    yield from audience_window(qtbot)


def _activity(doc: Document, kind: ActivityKind, title: str) -> int:
    return int(agenda.add_activity(doc, kind, title, title).inserted("activities")[0])


@pytest.fixture
def room_doc(tmp_path: Path) -> Iterator[tuple[Document, dict[str, int], corpus.BoardFill]]:
    doc = Document.create(tmp_path / "room.workshop")
    corpus.add_people(doc)
    ids = {
        "loose": _activity(doc, ActivityKind.BRAINSTORM, "Pomysły na budżet obywatelski"),
        "clustered": _activity(doc, ActivityKind.BRAINSTORM, "Pomysły pogrupowane"),
        "vote notes": _activity(doc, ActivityKind.DOT_VOTE, "Głosowanie na pomysły"),
        "vote clusters": _activity(doc, ActivityKind.DOT_VOTE, "Głosowanie na tematy"),
    }
    corpus.fill_board(doc, ids["loose"], clusters=False)
    fill = corpus.fill_board(doc, ids["clustered"])
    voting.configure_vote(doc, ids["vote notes"], source_activity_id=ids["loose"])
    voting.configure_vote(doc, ids["vote clusters"], source_activity_id=ids["clustered"],
                          target=VoteTarget.CLUSTERS)
    yield doc, ids, fill
    doc.close()


def _show(window: AudienceWindow, doc: Document, activity: int, size: tuple[int, int]) -> None:
    window.resize(*size)
    window.set_document(doc)
    window.set_state(PresentationState(activity_id=activity))
    window.show()
    settle()


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("board", ["loose", "clustered"])
def test_every_idea_whole_and_legible_on_the_board(
    qtbot: QtBot,
    window: AudienceWindow,
    room_doc: tuple[Document, dict[str, int], corpus.BoardFill],
    size: tuple[int, int],
    board: str,
) -> None:
    doc, ids, fill = room_doc
    _show(window, doc, ids[board], size)
    by_page = _check_legible(window, size)
    shown = [item.id for notes in by_page for item in notes]
    unelided = sum(1 for notes in by_page for item in notes if not item.elided)
    assert unelided / len(corpus.IDEAS) == 1.0
    assert sorted(shown) == sorted(fill.note_ids if board == "clustered" else shown)
    assert len(shown) == len(set(shown)) == len(corpus.IDEAS), "each note on exactly one page"
    # The word too wide for any tile is the one that breaks (with hyphens).
    long_note = next(
        item for notes in by_page for item in notes if corpus.LONG_WORD in item.source
    )
    assert corpus.LONG_WORD in (broken_words(long_note.text.split("\n"), long_note.source) or [])
    if board == "clustered":
        page_of = {item.id: index for index, notes in enumerate(by_page) for item in notes}
        for title, indices in corpus.CLUSTERS.items():
            pages = {page_of[fill.note_ids[i]] for i in indices}
            assert len(pages) == 1, f"cluster {title!r} split over pages {pages}"


@pytest.mark.parametrize("size", SIZES)
def test_the_vote_on_notes_shows_every_item_whole_and_numbered(
    qtbot: QtBot,
    window: AudienceWindow,
    room_doc: tuple[Document, dict[str, int], corpus.BoardFill],
    size: tuple[int, int],
) -> None:
    doc, ids, _fill = room_doc
    vote = ids["vote notes"]
    _show(window, doc, vote, size)
    by_page = _check_legible(window, size)
    numbers = ballot_numbers(read_votes.items(doc, read_votes.settings(doc, vote)))
    shown = [item for notes in by_page for item in notes]
    assert sorted(item.id for item in shown) == sorted(numbers)
    for item in shown:
        assert item.id is not None
        assert item.text.split(maxsplit=1)[0] == str(numbers[item.id]), item.text
    # Numbered in reading order: the room finds "37" after "36".
    assert [numbers[item.id] for item in shown if item.id is not None] == sorted(numbers.values())


@pytest.mark.parametrize("size", SIZES)
def test_the_vote_on_clusters_shows_each_title_with_its_notes(
    qtbot: QtBot,
    window: AudienceWindow,
    room_doc: tuple[Document, dict[str, int], corpus.BoardFill],
    size: tuple[int, int],
) -> None:
    doc, ids, fill = room_doc
    vote = ids["vote clusters"]
    _show(window, doc, vote, size)
    _check_legible(window, size)
    numbers = ballot_numbers(read_votes.items(doc, read_votes.settings(doc, vote)))
    view = window.view
    assert isinstance(view, PagedTiles)
    titles: dict[int, RoomItem] = {}
    notes: set[int] = set()
    for index in range(view.page_count()):
        view.show_page(index)
        for item in window.room_items():
            if item.kind == room.CLUSTER and item.id is not None:
                titles[item.id] = item
            elif item.kind == room.NOTE and item.id is not None:
                notes.add(item.id)
    assert set(titles) == set(fill.cluster_ids.values()) == set(numbers)
    for cluster_id, item in titles.items():
        assert item.text.split(maxsplit=1)[0] == str(numbers[cluster_id]) and not item.elided
    clustered = {fill.note_ids[i] for indices in corpus.CLUSTERS.values() for i in indices}
    # Every cluster's notes are shown (or counted, "+ N more", when a cluster is huge).
    assert notes <= clustered and len(notes) >= len(clustered) * 0.8


@pytest.mark.parametrize("size", SIZES)
def test_the_spotlight_shows_the_longest_idea_whole_and_larger(
    qtbot: QtBot,
    window: AudienceWindow,
    room_doc: tuple[Document, dict[str, int], corpus.BoardFill],
    size: tuple[int, int],
) -> None:
    doc, ids, fill = room_doc
    longest = max(range(len(corpus.IDEAS)), key=lambda i: len(corpus.IDEAS[i]))
    window.resize(*size)
    window.set_document(doc)
    for kind, item_id in (
        (room.NOTE, fill.note_ids[longest]),
        (room.CLUSTER, max(fill.cluster_ids.values())),
    ):
        window.set_state(PresentationState(activity_id=ids["clustered"],
                                           spotlight=Spotlight(kind, item_id)))
        window.show()
        settle()
        by_page = _check_legible(window, size)
        notes = [item for notes in by_page for item in notes]
        assert all(item.px > tiles.NOTE_PX * tiles.board_scale(*size) for item in notes)
        if kind == room.NOTE:
            assert [item.id for item in notes] == [item_id]
            assert notes[0].source == corpus.IDEAS[longest]

"""A board too big to show whole at a legible size opens where its notes are.

A board reads from its top-left, and a tidy one opens there. But a board moved about in
the room can have nothing near the top-left corner of its bounding box (a note high up on
the right, another far down on the left): opened there, the view showed empty canvas and
the edges of a few notes (the shared corpus's board, on a 1366 × 768 laptop).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from helpers.corpus_day import corpus_day
from helpers.windows import opened_window
from workshop.domain.board import NOTE_HEIGHT, NOTE_WIDTH, Rect, note_rect, opening_corner
from workshop.domain.models import ActivityKind
from workshop.storage import read
from workshop.ui.board.screen import BoardScreen


def _grid(left: float, top: float, columns: int, rows: int) -> list[Rect]:
    return [note_rect(left + c * (NOTE_WIDTH + 20), top + r * (NOTE_HEIGHT + 20))
            for r in range(rows) for c in range(columns)]


def test_a_tidy_board_opens_at_its_top_left() -> None:
    notes = _grid(0, 0, 10, 8)
    content = Rect(-40, -40, 2000, 1400)
    assert opening_corner(notes, notes, content, 900, 600, 40) == (-40, -40)


def test_a_board_with_nothing_near_its_corner_opens_where_its_notes_are() -> None:
    far_right = note_rect(1800, -300)  # one note high up on the right
    far_down = note_rect(-300, 1500)  # one far down on the left
    crowd = _grid(400, 400, 4, 3)
    notes = [far_right, far_down, *crowd]
    content = Rect(-340, -340, 2400, 2100)
    left, top = opening_corner(notes, notes, content, 900, 600, 40)
    assert (left, top) == (360, 360)  # the crowd's first note, 40 above and left
    shown = [n for n in notes if n.x >= left and n.y >= top
             and n.right <= left + 900 and n.bottom <= top + 600]
    assert len(shown) == len(crowd)


def test_among_views_that_show_enough_the_one_nearest_the_top_left_wins() -> None:
    notes = _grid(0, 0, 3, 2) + _grid(1200, 1200, 4, 3)  # 6 near the corner, 12 far off
    content = Rect(-40, -40, 2200, 1800)
    assert opening_corner(notes, notes, content, 800, 500, 40) == (-40, -40)  # 6 ≥ 12 / 2


def test_an_empty_board_opens_at_its_corner() -> None:
    assert opening_corner([], [], Rect(-40, -40, 300, 200), 900, 600, 40) == (-40, -40)


def test_the_real_rooms_board_opens_onto_its_notes_on_a_laptop(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    path = tmp_path / "praga.workshop"
    corpus_day(path)
    with opened_window(qtbot, data_dir, path, (1366, 768)) as window:
        assert window.page is not None and window.doc is not None
        board = next(a for a in read.activities(window.doc)
                     if a.kind is ActivityKind.BRAINSTORM)
        window.page.agenda.select(board.id)
        for _ in range(10):
            QApplication.processEvents()
        screen = window.page.screen
        assert isinstance(screen, BoardScreen)
        view = screen.view
        seen = view.mapToScene(view.viewport().rect()).boundingRect()
        whole = [item for item in screen.view.board.notes.values()
                 if seen.contains(item.sceneBoundingRect())]
        # Opened at the bounding box's corner, three notes showed whole (now nine).
        assert len(whole) >= 8, len(whole)

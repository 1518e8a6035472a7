"""File › Make breakout copies…, Merge breakout…, Next meeting…, the board's table filter
(laptop and projector) and the review of promises, through the real window.

The pictures of the README (docs/screenshots/breakout-*.png, series-*.png) are written
only when asked: ``WORKSHOP_SCREENSHOTS=DIR`` (``tests/screenshots.py`` sets it); a plain
run writes them under the test's own folder, so it leaves the committed pictures alone
(they hold today's date and the run's generated ids).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from helpers.breakouts import content, make_main, work_at_table
from helpers.series_day import three_meetings
from helpers.windows import main_window, silent_questions
from workshop.domain.series import PromiseStatus
from workshop.storage import series
from workshop.ui.board.screen import BoardScreen
from workshop.ui.breakout_questions import BreakoutQuestions
from workshop.ui.main_window import MainWindow
from workshop.ui.series.review_screen import ReviewScreen


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    """Where the pictures go: the folder asked for, else the test's own."""
    folder = Path(os.environ.get("WORKSHOP_SCREENSHOTS") or tmp_path / "shots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def messages() -> list[str]:
    return []


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path, messages: list[str]) -> Iterator[MainWindow]:
    win = main_window(data_dir, silent_questions(messages))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    yield win
    win.close()


def _answer(window: MainWindow, **answers: object) -> BreakoutQuestions:
    questions = BreakoutQuestions(**answers)  # type: ignore[arg-type]
    window.breakout_actions.ask = questions
    return questions


def _select(window: MainWindow, activity_id: int) -> None:
    assert window.page is not None
    window.page.agenda.select(activity_id)


def test_breakouts_from_the_file_menu(window: MainWindow, tmp_path: Path, shots: Path,
                                      qtbot: QtBot,
                                      messages: list[str]) -> None:
    main = make_main(tmp_path)
    usb = tmp_path / "usb"
    usb.mkdir()
    assert window.open_path(main.path)
    names = [a.objectName() for a in window.file_menu.actions()]
    assert {"actionMakeBreakouts", "actionMergeBreakout", "actionNextMeeting"} <= set(names)
    _answer(window, table_count=lambda _w: 3, folder=lambda _w, _s: usb)
    window.breakout_actions.make.trigger()
    copies = sorted(usb.glob("*.workshop"))
    assert len(copies) == 3 and "Wrote 3 breakout copies" in messages[-1]
    for k, copy in enumerate(copies):
        work_at_table(copy, main, k)
    assert window.doc is not None
    before = content(window.doc)
    _select(window, main.brainstorm)
    screen = window.page.screen if window.page else None
    assert isinstance(screen, BoardScreen)
    assert screen.table_filter.isHidden()
    window.projector.controller.open()
    _answer(window, breakouts=lambda _w, _s: copies)
    window.breakout_actions.merge.trigger()
    assert messages[-1].startswith("Merged (one Undo takes it back):\nTable 1: ")
    # every merged note carries its table; the filter offers the three tables
    scene = screen.scene
    tagged = [i for i in scene.notes.values() if i.table is not None]
    assert len(tagged) == 18 and {i.table[0] for i in tagged} == {"Table 1", "Table 2", "Table 3"}
    combo = screen.table_filter
    assert combo.isVisible() and combo.count() == 5
    hint = window.minimumSizeHint()  # the filter does not widen the board on a laptop
    assert hint.width() <= 1366 and hint.height() <= 700, hint
    combo.setCurrentIndex(combo.findText("Table 2"))
    visible = [i for i in scene.notes.values() if i.isVisible()]
    assert len(visible) == 6 and all(i.table and i.table[0] == "Table 2" for i in visible)
    audience = window.projector.controller.window.view
    shown, _clusters = audience.table_shown()
    assert len(shown) == 6  # the room sees the same table
    tables = {n.id for n in shown}
    assert tables == {i.note_id for i in visible}
    window.grab().save(str(shots / "breakout-board-one-table.png"))
    # closed and opened again, the projector still shows the table the laptop shows
    window.projector.controller.close()
    window.projector.controller.open()
    audience = window.projector.controller.window.view
    assert len(audience.table_shown()[0]) == 6
    combo.setCurrentIndex(0)
    assert all(i.isVisible() for i in scene.notes.values())
    assert len(audience.table_shown()[0]) == len(scene.notes)
    window.grab().save(str(shots / "breakout-board-all-tables.png"))
    audience.grab().save(str(shots / "breakout-projector.png"))
    # one undo takes the whole merge back
    assert window.undo_stack.undoText().startswith("Merge 3 breakout tables")
    window.undo_action.trigger()
    assert content(window.doc) == before
    assert combo.isHidden()
    window.redo_action.trigger()
    assert len([i for i in scene.notes.values() if i.table]) == 18


def test_merge_refusal_is_a_message_and_changes_nothing(
    window: MainWindow, tmp_path: Path, messages: list[str]
) -> None:
    main = make_main(tmp_path)
    junk = tmp_path / "junk.workshop"
    junk.write_text("not a workshop")
    assert window.open_path(main.path)
    assert window.doc is not None
    before = content(window.doc)
    steps = window.undo_stack.count()
    _answer(window, breakouts=lambda _w, _s: [junk])
    window.breakout_actions.merge.trigger()
    assert "not a workshop file" in messages[-1]
    assert content(window.doc) == before
    assert window.undo_stack.count() == steps


def test_next_meeting_opens_on_the_review(window: MainWindow, tmp_path: Path, shots: Path,
                                          qtbot: QtBot,
                                          messages: list[str]) -> None:
    paths = three_meetings(tmp_path)
    assert window.open_path(paths[2])
    fourth = tmp_path / "meeting-4.workshop"
    _answer(window, next_path=lambda _w, _s: fourth)
    window.breakout_actions.next.trigger()
    assert window.doc is not None and window.doc.path == fourth
    assert "Meeting 4 is open" in messages[-1]
    screen = window.page.screen if window.page else None
    if not isinstance(screen, ReviewScreen):
        _select(window, 1)
        screen = window.page.screen if window.page else None
    assert isinstance(screen, ReviewScreen)
    promises = series.promises(window.doc)
    assert screen.table.rowCount() == len(promises) > 0
    assert screen.trends.trends and len(screen.trends.meetings) == 4
    for tab in range(screen.tabs.count()):  # the review fits a 1366 × 768 laptop
        screen.tabs.setCurrentIndex(tab)
        hint = window.minimumSizeHint()
        assert hint.width() <= 1366 and hint.height() <= 700, (tab, hint)
    screen.tabs.setCurrentIndex(0)
    screen.table.selectRow(0)
    screen.note.setText("The hall is booked until June")
    qtbot.mouseClick(screen.buttons[PromiseStatus.DONE], Qt.MouseButton.LeftButton)
    first = series.promises(window.doc)[0]
    assert first.status is PromiseStatus.DONE and first.note == "The hall is booked until June"
    assert screen.table.item(0, 0).text() == "Done"
    # from the list, the keys go on: 2 marks the next one in progress, 3 the one after dropped
    assert screen.table.currentRow() == 1  # it moved on to the next promise not yet reviewed
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_2)
    qtbot.keyClick(screen.table, Qt.Key.Key_3)
    statuses = [p.status for p in series.promises(window.doc)]
    assert statuses[1] is PromiseStatus.DOING and statuses[2] is PromiseStatus.DROPPED
    window.undo_action.trigger()
    window.undo_action.trigger()
    screen.table.selectRow(1)
    window.grab().save(str(shots / "series-review.png"))
    screen.tabs.setCurrentIndex(1)
    window.grab().save(str(shots / "series-impact.png"))
    # the room sees the promises, where they stand, and the trend
    window.projector.controller.open()
    audience = window.projector.controller.window
    qtbot.waitUntil(lambda: audience.view is not None and audience.isVisible())
    shown = " ".join(audience.view.texts())
    assert "✓ Meeting 3: our hall on Tuesdays" in shown or "✓" in shown
    assert "1 of" in shown and "done" in shown
    audience.resize(1280, 720)
    qtbot.wait(50)
    audience.grab().save(str(shots / "series-projector.png"))
    window.undo_action.trigger()
    assert series.promises(window.doc)[0].status is not PromiseStatus.DONE

"""The facilitator's window, driven like a person would: keys and clicks on real widgets."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from helpers.windows import main_window
from workshop.domain.models import ActivityKind
from workshop.domain.templates import load_templates
from workshop.resources import templates_dir
from workshop.storage import read
from workshop.ui.dialogs import ActivityInput, NewWorkshopInput
from workshop.ui.file_dialogs import FileQuestions
from workshop.ui.main_window import MainWindow
from workshop.ui.workshop_page import DETAILS_TAB, PARTICIPANTS_TAB


class Answers:
    """Scripted answers to the window's questions, and the messages it showed."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.messages: list[str] = []
        self.open_answer: Path | None = None
        self.save_answer: Path | None = None
        self.new_answer: NewWorkshopInput | None = None

    def questions(self) -> FileQuestions:
        return FileQuestions(
            open_path=lambda _parent: self.open_answer,
            save_path=lambda _parent, _title, _suggested: self.save_answer,
            new_workshop=lambda _parent, _templates: self.new_answer,
            inform=lambda _parent, text: self.messages.append(text),
            choose_backup=lambda _parent, text, _backups: self.messages.append(text),
        )


@pytest.fixture
def answers(tmp_path: Path) -> Answers:
    return Answers(tmp_path)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, data_dir: Path, answers: Answers) -> Iterator[MainWindow]:
    win = main_window(data_dir, answers.questions())
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def kickoff() -> NewWorkshopInput:
    template = next(t for t in load_templates(templates_dir()) if t.key == "collaboration-kickoff")
    return NewWorkshopInput("Harbour forum", template)


def test_starts_on_the_start_screen(window: MainWindow) -> None:
    assert window.pages.currentWidget() is window.start
    assert window.windowTitle() == "Workshop"


def test_new_workshop_from_template_then_undo_and_redo_everything(
    qtbot: QtBot, window: MainWindow, answers: Answers, tmp_path: Path
) -> None:
    answers.new_answer = kickoff()
    answers.save_answer = tmp_path / "harbour.workshop"
    qtbot.mouseClick(window.start.new_button, Qt.MouseButton.LeftButton)
    assert window.doc is not None and window.page is not None
    doc, page = window.doc, window.page
    assert read.details(doc).title == "Harbour forum"
    assert len(read.activities(doc)) == 6
    assert window.undo_stack.count() == 0  # creating the file is not an undo step

    # Participants by keyboard: type a name, Tab, an organisation, Enter.
    window.findChild(type(window.menuBar()))  # menus exist
    page.show_tab(PARTICIPANTS_TAB)
    for name, org in [("Ana Silva", "Library"), ("Ben Ode", "Youth Forum"), ("Chen Li", "")]:
        qtbot.keyClicks(page.participants.name_edit, name)
        page.participants.organisation_edit.setText(org)
        qtbot.keyClick(page.participants.name_edit, Qt.Key.Key_Return)
    assert [p.name for p in read.participants(doc)] == ["Ana Silva", "Ben Ode", "Chen Li"]
    assert page.participants.table.model().rowCount() == 3
    assert page.participants.summary.text() == "3 participants from 2 organisations"

    # An empty name is refused with a message, nothing stored.
    qtbot.keyClick(page.participants.name_edit, Qt.Key.Key_Return)
    assert answers.messages[-1] == "A participant's name cannot be empty."
    assert len(read.participants(doc)) == 3

    # Paste a list.
    page.participants.ask_list = lambda _parent: (
        "Name, Organisation\nDee Roy, Council\nEli Ng, Council\n"
    )
    page.participants.paste_list()
    assert len(read.participants(doc)) == 5

    # Add an activity after the first, then move it down, then remove the break.
    page.agenda.ask = lambda _parent, _activity: ActivityInput(
        ActivityKind.PROMPT, "Energiser", "Stand up!", 5, "bring a ball", None
    )
    page.agenda.list.setCurrentRow(0)
    page.agenda.add()
    titles = [a.title for a in read.activities(doc)]
    assert titles[1] == "Energiser"
    page.agenda.list.setFocus()
    qtbot.keyClick(page.agenda.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [a.title for a in read.activities(doc)][2] == "Energiser"
    page.agenda.select(next(a.id for a in read.activities(doc) if a.title == "Break"))
    qtbot.keyClick(page.agenda.list, Qt.Key.Key_Delete)
    assert "Break" not in [a.title for a in read.activities(doc)]

    # Edit a detail field: saved on leaving it.
    page.show_tab(DETAILS_TAB)
    page.details.venue.setText("Harbour Hall")
    page.details.venue.editingFinished.emit()
    assert read.details(doc).venue == "Harbour Hall"

    # Remove a participant.
    page.show_tab(PARTICIPANTS_TAB)
    page.participants.table.selectRow(0)
    page.participants.remove_selected()
    assert len(read.participants(doc)) == 4

    snapshot_end = _snapshot(doc)
    steps = window.undo_stack.count()
    assert steps == 9
    for _ in range(steps):
        window.undo_action.trigger()
    assert read.participants(doc) == []
    assert [a.title for a in read.activities(doc)] == [
        a.title
        for a in kickoff().template.activities  # type: ignore[union-attr]
    ]
    assert read.details(doc).venue == ""
    for _ in range(steps):
        window.redo_action.trigger()
    assert _snapshot(doc) == snapshot_end
    assert page.participants.table.model().rowCount() == 4


def test_undo_history_survives_reopening(
    window: MainWindow, answers: Answers, tmp_path: Path
) -> None:
    answers.new_answer = kickoff()
    answers.save_answer = tmp_path / "again.workshop"
    window.new_workshop()
    assert window.page is not None
    window.page.participants.name_edit.setText("Ana")
    window.page.participants.add_typed()
    window.close_workshop()
    assert window.open_path(tmp_path / "again.workshop")
    assert window.undo_stack.count() == 1 and window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert window.doc is not None and read.participants(window.doc) == []
    window.redo_action.trigger()
    assert [p.name for p in read.participants(window.doc)] == ["Ana"]


def test_bad_file_shows_a_message_and_stays_on_start(
    window: MainWindow, answers: Answers, tmp_path: Path
) -> None:
    bogus = tmp_path / "notes.workshop"
    bogus.write_text("just some text", encoding="utf-8")
    assert not window.open_path(bogus)
    assert answers.messages == [
        "“notes.workshop” is not a workshop file (it is not a SQLite database)."
    ]
    assert window.pages.currentWidget() is window.start
    assert bogus.read_text(encoding="utf-8") == "just some text"


def test_open_demo_and_save_as_continues_in_the_copy(
    window: MainWindow, answers: Answers, tmp_path: Path
) -> None:
    assert window.open_demo()
    assert window.doc is not None
    original = window.doc.path
    answers.save_answer = tmp_path / "copy.workshop"
    window.save_as()
    assert window.doc.path == tmp_path / "copy.workshop"
    window.page.participants.name_edit.setText("Only in the copy")  # type: ignore[union-attr]
    window.page.participants.add_typed()  # type: ignore[union-attr]
    window.close_workshop()
    from workshop.storage.document import Document

    with Document.open(original, read_only=True) as first:
        assert "Only in the copy" not in [p.name for p in read.participants(first)]
    assert window.settings.recent_files()[0] == (tmp_path / "copy.workshop").resolve()


def test_read_only_file_shows_banner_and_refuses_edits(
    window: MainWindow, answers: Answers, tmp_path: Path
) -> None:
    from workshop.demo import write_demo

    path = tmp_path / "locked.workshop"
    write_demo(path)
    from workshop.storage.document import Document

    window.set_document(Document.open(path, read_only=True))
    assert window.page is not None
    assert not window.page.banner.isHidden()
    assert "[read-only]" in window.windowTitle()
    window.page.participants.name_edit.setText("Zed")
    window.page.participants.add_typed()
    assert "open read-only" in answers.messages[-1]


def _snapshot(doc: object) -> object:
    from workshop.storage.document import Document

    assert isinstance(doc, Document)
    return (read.details(doc), read.participants(doc), read.activities(doc))


def test_undo_is_off_while_someone_casts_a_ballot_at_the_laptop(window: MainWindow) -> None:
    from workshop.ui.vote.screen import VoteScreen

    assert window.open_demo() and window.doc is not None and window.page is not None
    vote = next(a for a in read.activities(window.doc) if a.kind == ActivityKind.DOT_VOTE)
    window.page.agenda.select(vote.id)
    screen = window.page.screen
    assert isinstance(screen, VoteScreen)
    window.page.participants.name_edit.setText("Late arrival")
    window.page.participants.add_typed()
    assert window.undo_action.isEnabled()
    laptop = screen.laptop
    for row in range(laptop.people.count()):
        if laptop.people.item(row).flags() & Qt.ItemFlag.ItemIsEnabled:
            laptop.people.setCurrentRow(row)
            break
    laptop.start()
    assert not window.undo_action.isEnabled()
    window.undo_action.trigger()  # even the shortcut does nothing
    assert "Late arrival" in [p.name for p in read.participants(window.doc)]
    laptop.finish()
    assert window.undo_action.isEnabled()


def test_export_menu_fills_itself_when_first_opened(window: MainWindow) -> None:
    assert window.open_demo()
    assert window.export_menu.isEnabled() and window.export_menu.actions() == []
    window.export_menu.aboutToShow.emit()
    names = [a.objectName() for a in window.export_menu.actions()]
    assert names == [
        "actionExportHandout", "actionExportPerOrganisation", "actionExportCsv", "actionExportJson"
    ]
    window.export_menu.aboutToShow.emit()  # only once
    assert len(window.export_menu.actions()) == 4


def test_drag_and_drop_reorders_the_agenda_as_one_undo_step(
    qtbot: QtBot, window: MainWindow
) -> None:
    from PySide6.QtCore import QMimeData, QPointF
    from PySide6.QtGui import QDropEvent

    assert window.open_demo() and window.doc is not None and window.page is not None
    agenda = window.page.agenda.list
    titles = [a.title for a in read.activities(window.doc)]
    agenda.setCurrentRow(3)
    target = agenda.visualItemRect(agenda.item(0)).center()
    event = QDropEvent(
        QPointF(target),
        Qt.DropAction.MoveAction,
        QMimeData(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    agenda.dropEvent(event)
    moved = [a.title for a in read.activities(window.doc)]
    assert moved[0] == titles[3] and sorted(moved) == sorted(titles)
    assert window.page.agenda.current_id() == read.activities(window.doc)[0].id
    window.undo_action.trigger()
    assert [a.title for a in read.activities(window.doc)] == titles


def test_a_damaged_file_offers_its_backups_and_opens_a_copy(
    window: MainWindow, answers: Answers, tmp_path: Path
) -> None:
    from workshop.demo import write_demo

    path = tmp_path / "day.workshop"
    write_demo(path)
    assert window.open_path(path)  # opening takes a backup
    window.close_workshop()
    data = bytearray(path.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # wreck a page in the middle
    path.write_bytes(bytes(data))
    offered: list[int] = []

    def choose(_parent: object, text: str, backups: list) -> object:  # type: ignore[type-arg]
        offered.append(len(backups))
        assert "damaged" in text
        return backups[0]

    window.ask.choose_backup = choose  # type: ignore[assignment]
    assert window.open_path(path)
    assert offered == [1]
    assert window.doc is not None and "recovered" in window.doc.path.name
    assert len(read.participants(window.doc)) == 12
    assert path.read_bytes() == bytes(data)  # the damaged original is left as it was


def test_adding_an_activity_keeps_its_anonymity_choice(
    window: MainWindow, answers: Answers, tmp_path: Path
) -> None:
    answers.new_answer = kickoff()
    answers.save_answer = tmp_path / "anon.workshop"
    window.new_workshop()
    assert window.page is not None and window.doc is not None
    window.page.agenda.ask = lambda _parent, _activity: ActivityInput(
        ActivityKind.BRAINSTORM, "Named ideas", "", 10, "", False
    )
    window.page.agenda.add()
    added = next(a for a in read.activities(window.doc) if a.title == "Named ideas")
    assert added.anonymous is False
    assert not read.is_anonymous(window.doc, added)


def test_run_dock_only_with_a_workshop_and_as_the_facilitator_left_it(
    window: MainWindow,
) -> None:
    dock = window.projector.dock
    assert not dock.isVisible()  # start page: nothing to run
    assert window.open_demo()
    assert dock.isVisible()
    window.projector.dock.toggleViewAction().trigger()  # the facilitator closes it
    assert not dock.isVisible()
    window.close_workshop()
    assert window.open_demo()
    assert not dock.isVisible()  # still closed: their choice
    dock.toggleViewAction().trigger()
    assert dock.isVisible()


def test_the_room_screens_are_built_ahead_after_a_workshop_opens(
    window: MainWindow, qtbot: QtBot
) -> None:
    """After the first paint and the word data, the purpose, offers/asks and pulse screens
    are built (hidden) in idle steps, so opening one the first time only shows it."""
    assert window.open_demo()
    assert window.page is not None and window.doc is not None
    kept_kinds = {ActivityKind.PURPOSE_BLEND, ActivityKind.OFFERS_ASKS, ActivityKind.PULSE}
    wanted = {a.id for a in read.activities(window.doc) if a.kind in kept_kinds}
    assert wanted
    qtbot.waitUntil(lambda: set(window.page._kept) >= wanted, timeout=15000)  # type: ignore[union-attr]
    first = next(iter(wanted))
    screen = window.page._kept[first]
    window.page.show_activity(first)
    assert window.page.screen is screen


def test_opening_backs_the_file_up_after_showing_it_and_before_any_write(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """The first picture does not wait for the backup (``BACKUP_DELAY_MS`` later), and a
    write before then still finds the file copied as it was opened."""
    from workshop.demo import write_demo
    from workshop.storage.document import Document
    from workshop.storage.ops import participants

    path = tmp_path / "day.workshop"
    write_demo(path)
    assert window.open_path(path)
    assert window.backups.list_for(path) == []
    qtbot.waitUntil(lambda: len(window.backups.list_for(path)) == 1, timeout=3000)

    other = tmp_path / "other.workshop"
    write_demo(other)
    assert window.open_path(other)
    assert window.doc is not None and window.ctx is not None
    window.ctx.runner.run(participants.add_participant, "Zofia")  # at once, before the timer
    backups = window.backups.list_for(other)
    assert len(backups) == 1
    with Document.open(backups[0].path, read_only=True) as copy:
        assert "Zofia" not in {p.name for p in read.participants(copy)}
    qtbot.wait(400)
    assert len(window.backups.list_for(other)) == 1


def test_the_backup_and_the_word_data_wait_for_the_windows_first_paint(
    qtbot: QtBot, tmp_path: Path, data_dir: Path, answers: Answers
) -> None:
    """Timed from the first picture, not from the open: on a slow machine the backup of a
    big file (``BACKUP_DELAY_MS`` after the open) had come before the window was painted,
    and delayed it."""
    from workshop.demo import write_demo
    from workshop.ui.main_window import BACKUP_DELAY_MS, WARM_UP_DELAY_MS

    path = tmp_path / "day.workshop"
    write_demo(path)
    window = main_window(data_dir, answers.questions())
    qtbot.addWidget(window)
    warmed: list[object] = []
    window._warm_up_language_data = warmed.append  # type: ignore[method-assign]
    assert window.open_path(path)  # not shown yet: nothing painted
    qtbot.wait(max(BACKUP_DELAY_MS, WARM_UP_DELAY_MS) + 200)
    assert window.backups.list_for(path) == [] and warmed == []
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: len(window.backups.list_for(path)) == 1, timeout=3000)
    qtbot.waitUntil(lambda: warmed == [window.doc], timeout=3000)
    window.close()

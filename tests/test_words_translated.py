"""The Qt-free layers' words reach people in their language, through real widgets and files.

- a refused operation's message, in the laptop's dialogs and in a screen's line, is the
  Polish or Arabic one when the UI speaks Polish or Arabic (the English sentence stays for
  the command line);
- Edit › Undo names the step in Polish, also for a step read back from the file;
- a phone refused in a Polish workshop is answered in Polish, whatever the laptop speaks
  (a real loopback server);
- the budget's "why" column speaks Spanish in a Spanish UI (the handout's own clauses).
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from helpers.phones import Phone, serving
from helpers.windows import main_window, silent_questions
from workshop.demo import write_demo
from workshop.domain.errors import ValidationError, Word
from workshop.domain.models import ActivityKind
from workshop.storage import read, read_budgeting
from workshop.storage.document import Document
from workshop.storage.ops import board as board_ops
from workshop.storage.ops import budgeting as budget_ops
from workshop.storage.ops import details, phones, timer
from workshop.storage.ops import participants as participant_ops
from workshop.ui import language
from workshop.ui.budgeting.screen import BudgetScreen
from workshop.ui.main_window import MainWindow
from workshop.ui.screens.base import ScreenContext
from workshop.ui.undo import UndoRunner
from workshop.ui.words import error_text, undo_text, why_text


def _activity(doc: Document, kind: ActivityKind) -> int:
    return next(a.id for a in read.activities(doc) if a.kind is kind)


@pytest.fixture
def speak(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """Switch the laptop's UI language for one test (and back to English after it)."""
    held: list[object] = []

    def install(code: str) -> None:
        language.uninstall(qapp, held)  # type: ignore[arg-type]
        held.clear()
        held.extend(language.install(qapp, code))

    yield install
    language.uninstall(qapp, held)  # type: ignore[arg-type]  # the session's English stays


def _budget_screen(qtbot: QtBot, doc: Document) -> tuple[BudgetScreen, list[str]]:
    messages: list[str] = []
    stack = QUndoStack()
    screen = BudgetScreen(
        ScreenContext(doc, UndoRunner(doc, stack, None, report=messages.append)),
        _activity(doc, ActivityKind.BUDGET),
    )
    stack.setParent(screen)  # Qt deletes it, not the GC (see conftest)
    unsubscribe = doc.subscribe(screen.on_change)
    screen.destroyed.connect(lambda *_: unsubscribe())
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    return screen, messages


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("pl", "„99” nie jest numerem projektu (1–12)."),
        ("ar", "«99» ليس رقم مشروع (1–12)."),
        ("en", "“99” is not a project number (1–12)."),
    ],
)
def test_a_refused_paper_ballot_is_told_in_the_ui_language(
    qtbot: QtBot, demo_doc: Document, speak: Callable[[str], None], code: str, expected: str
) -> None:
    speak(code)
    screen, messages = _budget_screen(qtbot, demo_doc)
    tab = screen.ballots
    screen.tabs.setCurrentWidget(tab)
    tab.paper.setText("99")
    qtbot.keyClick(tab.paper, Qt.Key.Key_Return)
    assert messages == [expected]


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> Iterator[tuple[MainWindow, list[str]]]:
    messages: list[str] = []
    win = main_window(data_dir, silent_questions(messages))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    yield win, messages
    win.close()


def test_the_windows_dialogs_and_undo_menu_speak_polish(
    window: tuple[MainWindow, list[str]], demo_path: Path, speak: Callable[[str], None]
) -> None:
    speak("pl")
    win, messages = window
    assert win.open_path(demo_path)
    assert win.ctx is not None and win.doc is not None
    board = _activity(win.doc, ActivityKind.BRAINSTORM)
    # An empty note, refused by the operation: the window's message box says it in Polish.
    assert win.ctx.runner.run(board_ops.add_note, board, "   ") is None
    assert messages == ["Notatka nie może być pusta: najpierw wpisz pomysł."]
    # A second ballot: refused with the person's name in the sentence.
    budget = _activity(win.doc, ActivityKind.BUDGET)
    voter = next(
        p for p in read.participants(win.doc)
        if read_budgeting.ballot_of(win.doc, budget, p.id) is not None
    )
    first = int(read_budgeting.projects(win.doc, budget)[0].project.id)
    assert win.ctx.runner.run(budget_ops.cast_ballot, budget, voter.id, [first]) is None
    assert messages[-1] == f"{voter.name} już głosował(a) w tym budżecie."
    # Steps made now, in Edit › Undo and the status line.
    assert win.ctx.runner.run(participant_ops.add_participant, "Zoë Ñúñez") is not None
    assert win.ctx.runner.run(board_ops.add_note, board, "Ławki w parku") is not None
    undo = next(a for a in win.edit_menu.actions() if a.objectName() == "actionUndo")
    assert undo.text() == "&Cofnij: Dodaj notatkę „Ławki w parku”"
    assert win.status.text() == "Zapisano: Dodaj notatkę „Ławki w parku”"
    # Read back from the file's history (only the English sentence is stored there).
    path = win.doc.path
    win.set_document(None)
    assert win.open_path(path)
    assert undo.text() == "&Cofnij: Dodaj notatkę „Ławki w parku”"
    win.undo_stack.undo()
    assert undo.text() == "&Cofnij: Dodaj uczestnika „Zoë Ñúñez”"


def test_undo_names_with_counts_and_fields_read_back(speak: Callable[[str], None]) -> None:
    speak("pl")
    assert undo_text("Delete 3 notes") == "Usuń notatki (3)"
    assert undo_text("Delete note") == "Usuń notatkę"
    assert undo_text("Add “Zoë”") == "Dodaj „Zoë”"
    assert undo_text("Add participant “Zoë”") == "Dodaj uczestnika „Zoë”"
    assert undo_text("Something a newer Workshop did") == "Something a newer Workshop did"
    speak("ar")
    err = ValidationError("{what} cannot be empty.", what=Word("The title"))
    assert error_text(err) == "العنوان: لا يمكن أن يكون فارغًا."
    assert str(err) == "The title cannot be empty."  # the command line and the logs


def test_a_phone_in_a_polish_workshop_is_refused_in_polish(
    tmp_path: Path, speak: Callable[[str], None]
) -> None:
    speak("ar")  # the laptop's own language does not matter to the room's phones
    path = tmp_path / "sala.workshop"
    write_demo(path)
    with Document.open(path) as doc:
        details.update_details(doc, language="pl")
        phones.set_phones_enabled(doc, True)
        board = _activity(doc, ActivityKind.BRAINSTORM)
        phones.set_open_to_phones(doc, board, True)
        timer.start_activity(doc, board)
    with serving(path) as served:
        phone = Phone(served.url)
        phone.join(phone.state()["people"][0]["id"])
        status, answer = phone.post("note", board, text="   ")
        assert status == 422
        assert answer["error"] == "Notatka nie może być pusta: najpierw wpisz pomysł."
        status, answer = phone.post("note", board, text="x" * 2001)
        assert status == 422
        assert answer["error"] == (
            "Ta notatka ma 2\u00a0001 znaków; notatka mieści najwyżej 2\u00a0000. Nic nie dodano: "
            "skróć ją lub podziel na kilka notatek."
        )


def test_an_english_workshop_answers_phones_in_english(tmp_path: Path) -> None:
    path = tmp_path / "room.workshop"
    shutil.copy(_demo(tmp_path), path)
    with Document.open(path) as doc:
        board = _activity(doc, ActivityKind.BRAINSTORM)
    with serving(path) as served:
        phone = Phone(served.url)
        phone.join(phone.state()["people"][0]["id"])
        status, answer = phone.post("note", board, text="   ")
        assert (status, answer["error"]) == (422, "A note cannot be empty: type the idea first.")


def _demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.workshop"
    write_demo(path)
    with Document.open(path) as doc:
        phones.set_phones_enabled(doc, True)
        board = _activity(doc, ActivityKind.BRAINSTORM)
        phones.set_open_to_phones(doc, board, True)
        timer.start_activity(doc, board)
    return path


def test_the_budget_why_column_speaks_spanish(
    qtbot: QtBot, demo_doc: Document, speak: Callable[[str], None]
) -> None:
    speak("es")
    screen, _ = _budget_screen(qtbot, demo_doc)
    screen.tabs.setCurrentWidget(screen.results)
    rows = screen.results.outcome.rowCount()
    assert rows == 12
    whys = [screen.results.outcome.item(r, 5).text() for r in range(rows)]
    whys += [screen.results.outcome.item(r, 7).text() for r in range(rows)]
    # The handout's Spanish clauses, with Spanish amounts ("500 EUR" left, "1.500" cost).
    assert any(w.startswith("omitido: quedan 500\u00a0EUR") for w in whys), whys
    assert not any(w.startswith(("skipped", "funded", "not funded")) for w in whys)
    speak("en")
    outcome = read_outcome(demo_doc)
    # English: the same sentence as the CSV (which writes a plain space before the currency)
    assert why_text(outcome).replace("\u00a0", " ") == outcome.text


def test_the_ballots_and_projects_tabs_write_amounts_in_the_ui_language(
    qtbot: QtBot, demo_doc: Document, speak: Callable[[str], None]
) -> None:
    """The laptop's project list, ballot total and project table wrote "4,800 EUR" in a
    Polish window while the Results tab beside them wrote "4 800 EUR" (seen on a
    screenshot): every amount shown goes through the UI's one money writer."""
    speak("pl")
    screen, _ = _budget_screen(qtbot, demo_doc)
    lines = [screen.ballots.projects.item(r).text()
             for r in range(screen.ballots.projects.count())]
    assert any(line.endswith("4\u00a0800\u00a0EUR") for line in lines), lines
    assert "20\u00a0000\u00a0EUR" in screen.ballots.total.text()
    costs = [screen.projects.table.item(r, 2).text()
             for r in range(screen.projects.table.rowCount())]
    assert "4\u00a0800\u00a0EUR" in costs, costs
    assert not any(re.search(r"\d,\d{3}", text) for text in [*lines, *costs])


def read_outcome(doc: Document):  # type: ignore[no-untyped-def]
    from workshop.domain.budgeting import Rule
    from workshop.storage import read_budgeting

    results = read_budgeting.results(doc, _activity(doc, ActivityKind.BUDGET))
    outcome = results.outcomes[Rule.GREEDY]
    return next(iter(outcome.explanations.values()))


def test_the_agendas_fit_and_the_clock_speak_the_ui_language(
    qtbot: QtBot, demo_doc: Document, speak: Callable[[str], None]
) -> None:
    from workshop.domain.agenda import AgendaFit
    from workshop.ui.agenda_panel import describe_fit
    from workshop.ui.words import duration_text, seconds_text

    speak("pl")
    fit = AgendaFit(planned_minutes=150, available_minutes=180)
    assert describe_fit(fit) == "zaplanowano 2 godz. 30 z 3 godz.: 30 min zapasu"
    assert (duration_text(45), seconds_text(40), seconds_text(3900)) == (
        "45 min", "40 s", "1 godz. 05"
    )
    speak("en")
    assert describe_fit(fit) == "2 h 30 planned of 3 h: 30 min spare"


def test_a_merged_tables_report_speaks_the_ui_language(speak: Callable[[str], None]) -> None:
    from workshop.storage.merge import TableReport
    from workshop.ui.breakout_report import report_line

    report = TableReport("Stół 1", {"notes": 5, "clusters": 1, "participants": 2}, updated=3)
    speak("en")
    assert report_line(report) == report.summary()  # the command line's English line
    assert report_line(TableReport("Table 2")) == TableReport("Table 2").summary()
    speak("pl")
    assert report_line(report) == "Stół 1: 5 notatek, 1 grupa, 2 nowe osoby; 3 zaktualizowane"
    speak("ar")
    assert report_line(TableReport("Table 2")) == "Table 2: لا جديد"


def test_the_actions_from_column_speaks_the_ui_language(speak: Callable[[str], None]) -> None:
    from workshop.domain.actions import Action, ActionStatus, SourceKind
    from workshop.ui.actions_panel import _source_text

    def made(kind: SourceKind, source_id: int | None, snippet: str | None) -> Action:
        return Action(1, "Book the hall", None, "", ActionStatus.OPEN, kind, source_id,
                      "", snippet)

    from_note = made(SourceKind.NOTE, 7, "Lodówka społeczna przy bibliotece")
    gone = made(SourceKind.COMMITMENT, 3, None)
    typed = made(SourceKind.NONE, None, None)
    speak("pl")
    assert _source_text(from_note) == "Karteczka: Lodówka społeczna przy bibliotece"
    assert (_source_text(gone), _source_text(typed)) == ("Zobowiązanie (usunięto)",
                                                         "dodane tutaj")
    speak("en")
    assert _source_text(from_note) == "Note: Lodówka społeczna przy bibliotece"
    assert (_source_text(gone), _source_text(typed)) == ("Commitment (removed)", "added here")


def test_an_action_without_an_owner_says_so_in_the_ui_language(
    speak: Callable[[str], None],
) -> None:
    from workshop.domain.actions import Action, ActionStatus, SourceKind
    from workshop.ui.actions_panel import _owner_text

    nobody = Action(1, "Book the hall", None, "", ActionStatus.OPEN, SourceKind.NONE, None)
    speak("pl")
    assert _owner_text(nobody) == "Nie przypisano"
    speak("en")
    assert _owner_text(nobody) == "No owner yet"


def test_the_paper_ballot_column_keeps_a_readable_width_in_polish(
    qtbot: QtBot, demo_doc: Document, speak: Callable[[str], None]
) -> None:
    """On a 1024-wide laptop the budget screen gets ~450 px. "Głosujący:", its box and
    "przez pełnomocnika" on one line took 415 of them and left the paper ballots a
    107 px strip; now "by proxy" goes under the voter and both columns stay readable."""
    speak("pl")
    screen, _ = _budget_screen(qtbot, demo_doc)
    screen.tabs.setCurrentWidget(screen.ballots)
    screen.resize(450, 700)
    qtbot.waitUntil(lambda: screen.ballots.paper.width() < 400)
    tab = screen.ballots
    assert tab.paper.width() >= 150, tab.paper.width()
    assert tab.projects.width() >= 200, tab.projects.width()
    assert tab.proxy.y() > tab.voter.y()  # under the voter, not beside it

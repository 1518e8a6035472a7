"""The projector: one screen, blank, freeze, following the laptop, the timer, and no leaks.

The leak tests render the audience view (a real grab) and walk every text it
holds (labels, and the board scene's items) to prove that hidden authors,
unrevealed vote counts and facilitator notes never reach the room.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QUndoStack
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from workshop.domain import room
from workshop.domain.models import ActivityKind, ActivityStatus
from workshop.domain.voting import ballot_numbers
from workshop.storage import read, read_timer
from workshop.storage.document import Document
from workshop.storage.ops import agenda, details
from workshop.storage.ops import timer as timer_ops
from workshop.ui.projector import ProjectorController, RoomSees, Theme
from workshop.ui.projector.run_panel import RunPanel
from workshop.ui.projector.views import AgendaView, PromptView, WelcomeView
from workshop.ui.projector.vote_view import VoteView
from workshop.ui.screens.base import ScreenContext
from workshop.ui.undo import UndoRunner

T0 = 1_800_000_000.0
SECRET = "FACILITATOR-ONLY-7f3a"


class FakeClock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def host(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    widget.setObjectName("laptop")
    QVBoxLayout(widget).addWidget(QLineEdit(objectName="typing"))
    qtbot.addWidget(widget)
    widget.resize(800, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def controller(
    host: QWidget, demo_doc: Document, settings: QSettings, clock: FakeClock
) -> Iterator[ProjectorController]:
    ctrl = ProjectorController(host, demo_doc, settings=settings, clock=clock)
    yield ctrl
    ctrl.close()
    ctrl.window.deleteLater()


def _by_kind(doc: Document, kind: ActivityKind) -> int:
    return next(a.id for a in read.activities(doc) if a.kind is kind)


def _subscribe(doc: Document, ctrl: ProjectorController) -> None:
    doc.subscribe(ctrl.on_change)


def _texts(ctrl: ProjectorController) -> str:
    """Everything the audience window draws, after a real render."""
    picture = ctrl.window.picture()
    assert not picture.isNull()
    return "\n".join(ctrl.window.texts())


# ------------------------------------------------------------------ opening


def test_one_screen_opens_a_normal_frameless_window(
    qtbot: QtBot, controller: ProjectorController
) -> None:
    window = controller.window
    assert controller.room_sees is RoomSees.CLOSED
    controller.toggle()
    qtbot.waitUntil(window.isVisible)
    assert not window.isFullScreen()
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert controller.state.showing and not controller.state.fullscreen
    assert controller.room_sees is RoomSees.LIVE
    assert controller.toggle_action.isChecked()
    controller.toggle()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert controller.room_sees is RoomSees.CLOSED
    assert not controller.toggle_action.isChecked()


def test_escape_in_the_audience_window_closes_it(
    qtbot: QtBot, controller: ProjectorController
) -> None:
    controller.open()
    qtbot.waitExposed(controller.window)
    controller.window.activateWindow()
    qtbot.waitUntil(controller.window.isActiveWindow)
    qtbot.keyClick(controller.window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not controller.window.isVisible())
    assert not controller.state.showing


def test_audience_window_has_no_controls_and_no_cursor(
    qtbot: QtBot, controller: ProjectorController, demo_doc: Document
) -> None:
    from PySide6.QtWidgets import QAbstractButton, QLineEdit

    controller.show_in_room(_by_kind(demo_doc, ActivityKind.WELCOME))
    controller.window.show()
    controller._full_screen_here()
    assert controller.window.cursor().shape() == Qt.CursorShape.BlankCursor
    assert not controller.window.findChildren(QAbstractButton)
    assert not controller.window.findChildren(QLineEdit)


# -------------------------------------------------------- blank and freeze


def test_blank_shows_black_and_hides_the_timer(
    qtbot: QtBot, controller: ProjectorController, demo_doc: Document
) -> None:
    welcome = _by_kind(demo_doc, ActivityKind.WELCOME)
    timer_ops.start_activity(demo_doc, welcome, now=T0)
    controller.show_in_room(welcome)
    controller.open()
    qtbot.waitExposed(controller.window)
    assert controller.window.overlay.isVisibleTo(controller.window)
    controller.blank_action.trigger()
    assert controller.state.blank and controller.room_sees is RoomSees.BLANK
    assert controller.window.stack.currentWidget() is controller.window.blank
    assert not controller.window.overlay.isVisibleTo(controller.window)
    image = controller.window.picture().toImage()
    assert image.pixelColor(image.width() // 2, image.height() // 2) == QColor("black")
    controller.blank_action.trigger()
    assert controller.window.stack.currentWidget() is controller.window.live
    assert controller.room_sees is RoomSees.LIVE


def test_freeze_keeps_the_picture_while_the_document_moves_on(
    qtbot: QtBot, controller: ProjectorController, demo_doc: Document
) -> None:
    _subscribe(demo_doc, controller)
    prompt = next(a for a in read.activities(demo_doc) if a.kind is ActivityKind.CLOSE)
    controller.show_in_room(prompt.id)
    controller.open()
    qtbot.waitExposed(controller.window)
    before = controller.window.stack.widget(0).grab().toImage()
    controller.freeze_action.trigger()
    assert controller.room_sees is RoomSees.FROZEN
    agenda.update_activity(
        demo_doc, prompt.id, kind=prompt.kind, title=prompt.title,
        prompt="A brand new question for later", timebox_minutes=prompt.timebox_minutes,
    )
    window = controller.window
    assert window.stack.currentWidget() is window.frozen
    assert window.frozen_picture is not None
    assert window.frozen_picture.toImage() == before
    # The live view kept up underneath: unfreezing shows the present at once.
    assert "A brand new question for later" in window.texts()
    controller.freeze_action.trigger()
    assert window.stack.currentWidget() is window.live
    assert window.stack.widget(0).grab().toImage() != before


def test_b_and_f_type_into_text_fields_instead_of_blanking(
    qtbot: QtBot, host: QWidget, controller: ProjectorController
) -> None:
    field = host.findChild(QLineEdit, "typing")
    assert field is not None
    host.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(field, "bf")
    assert field.text() == "bf"
    assert not controller.state.blank and not controller.state.frozen
    field.clearFocus()
    host.setFocus()
    qtbot.keyClick(host, Qt.Key.Key_B)
    assert controller.state.blank


# ---------------------------------------------------------------- following


def test_shows_the_activity_sent_to_the_room_and_its_changes(
    qtbot: QtBot, controller: ProjectorController, demo_doc: Document
) -> None:
    _subscribe(demo_doc, controller)
    welcome = _by_kind(demo_doc, ActivityKind.WELCOME)
    closing = _by_kind(demo_doc, ActivityKind.CLOSE)
    controller.show_in_room(welcome)
    assert isinstance(controller.window.view, WelcomeView)
    controller.show_in_room(closing)
    assert isinstance(controller.window.view, PromptView)
    activity = read.activity(demo_doc, closing)
    assert activity is not None
    agenda.update_activity(
        demo_doc, closing, kind=activity.kind, title=activity.title,
        prompt="What will you do by Friday?", timebox_minutes=20,
    )
    assert "What will you do by Friday?" in controller.window.texts()
    # A change of kind swaps the view.
    agenda.update_activity(
        demo_doc, closing, kind=ActivityKind.WELCOME, title=activity.title,
        prompt="Hello", timebox_minutes=20,
    )
    assert isinstance(controller.window.view, WelcomeView)
    details.update_details(demo_doc, title="Renamed on the laptop")
    assert "Renamed on the laptop" in controller.window.texts()
    # Removing the shown activity goes back to the live rule (running, else first not done).
    agenda.remove_activities(demo_doc, [closing])
    assert controller.state.activity_id == room.live_activity(read.activities(demo_doc), None)
    assert controller.window.view is not None


def test_agenda_view_highlights_the_running_activity(
    controller: ProjectorController, demo_doc: Document
) -> None:
    _subscribe(demo_doc, controller)
    brainstorm = _by_kind(demo_doc, ActivityKind.BRAINSTORM)
    timer_ops.start_activity(demo_doc, brainstorm, now=T0)
    controller.agenda_action.trigger()
    view = controller.window.view
    assert isinstance(view, AgendaView)
    current = view.findChildren(QWidget, "agendaCurrent")
    assert len(current) == 1
    texts = view.texts()
    assert "09:30" in texts
    title = read.activity(demo_doc, brainstorm)
    assert title is not None and title.title in texts


def test_every_kind_renders_without_error(
    qtbot: QtBot, controller: ProjectorController, demo_doc: Document
) -> None:
    controller.open()
    for activity in read.activities(demo_doc):
        controller.show_in_room(activity.id)
        assert controller.window.view is not None
        assert not controller.window.picture().isNull()
    for theme in (Theme.LIGHT, Theme.DARK):
        controller.set_theme(theme)
        assert controller.window.palette().color(
            controller.window.backgroundRole()
        ) == QColor(controller.window.palette_.background)


def test_theme_is_a_machine_preference(
    host: QWidget, demo_doc: Document, settings: QSettings
) -> None:
    first = ProjectorController(host, demo_doc, settings=settings)
    first.dark_action.trigger()
    assert first.state.theme is Theme.LIGHT
    second = ProjectorController(host, demo_doc, settings=settings)
    assert second.state.theme is Theme.LIGHT
    assert not second.dark_action.isChecked()
    for ctrl in (first, second):
        ctrl.window.deleteLater()


def test_actions_are_named_and_shortcut_scoped(controller: ProjectorController) -> None:
    names = [a.objectName() for a in controller.actions()]
    assert names == [
        "actionProjector", "actionShowInRoom", "actionProjectorPageDown",
        "actionProjectorPageUp", "actionSpotlight", "actionEndSpotlight",
        "actionProjectorBlank", "actionProjectorFreeze",
        "actionProjectorAgenda", "actionProjectorDark", "actionProjectorScreen",
    ]
    keys = {a.objectName(): a.shortcut().toString() for a in controller.actions()}
    assert keys["actionProjector"] == "F5"
    assert keys["actionShowInRoom"] == "Shift+F5"
    assert keys["actionProjectorPageDown"] == "PgDown"
    assert keys["actionProjectorPageUp"] == "PgUp"
    assert keys["actionSpotlight"] == "S"
    assert keys["actionEndSpotlight"] == "Esc"
    assert keys["actionProjectorBlank"] == "B"
    assert keys["actionProjectorFreeze"] == "F"
    for act in controller.actions()[:8]:
        assert act.shortcutContext() == Qt.ShortcutContext.WindowShortcut
    # Esc ends a spotlight only while there is one (else it is the laptop's own Esc), and
    # Page Up/Down are the projector's only while the room has pages to turn.
    assert not controller.end_spotlight_action.isEnabled()
    assert controller.page_count() == 1
    assert not controller.page_down_action.isEnabled()
    assert not controller.page_up_action.isEnabled()
    screen_menu = controller.actions()[-1].menu()
    assert screen_menu is not None
    assert len(screen_menu.actions()) == 2  # automatic + the one offscreen screen


def test_closing_the_workshop_closes_the_projector(
    qtbot: QtBot, controller: ProjectorController
) -> None:
    controller.open()
    qtbot.waitExposed(controller.window)
    controller.set_document(None)
    assert not controller.window.isVisible()
    assert controller.window.view is None


# ------------------------------------------------------------------- timer


def test_timer_overlay_counts_down_changes_colour_and_counts_overtime(
    controller: ProjectorController, demo_doc: Document, clock: FakeClock
) -> None:
    _subscribe(demo_doc, controller)
    welcome = read.activity(demo_doc, _by_kind(demo_doc, ActivityKind.WELCOME))
    assert welcome is not None
    controller.show_in_room(welcome.id)
    overlay = controller.window.overlay
    assert not overlay.isVisibleTo(controller.window)
    timer_ops.start_activity(demo_doc, welcome.id, now=T0)
    assert overlay.text() == f"{welcome.timebox_minutes:02d}:00"
    palette = controller.window.palette_
    clock.now = T0 + welcome.timebox_minutes * 60 - 30
    controller.window.update_timer()
    assert overlay.text() == "00:30"
    assert palette.last_minute in overlay.styleSheet()
    clock.now = T0 + welcome.timebox_minutes * 60 + 10
    controller.window.update_timer()
    assert overlay.text() == "+00:10"
    assert palette.overtime in overlay.styleSheet()
    timer_ops.pause_timer(demo_doc, welcome.id, now=clock.now)
    assert overlay.text().startswith("+00:10")
    timer_ops.finish_activity(demo_doc, welcome.id, now=clock.now)
    assert not overlay.isVisibleTo(controller.window)


# ------------------------------------------------------------------- leaks


def _hide_everything(doc: Document) -> None:
    details.update_details(doc, anonymous=True)
    for activity in read.activities(doc):
        agenda.update_activity(
            doc, activity.id, kind=activity.kind, title=activity.title,
            prompt=activity.prompt, timebox_minutes=activity.timebox_minutes,
            facilitator_notes=f"{SECRET} {activity.title}", anonymous=None,
        )


def test_no_author_and_no_facilitator_note_reaches_the_room(
    qtbot: QtBot, controller: ProjectorController, demo_doc: Document
) -> None:
    pytest.importorskip("workshop.storage.read_board")
    _hide_everything(demo_doc)
    names = [p.name for p in read.participants(demo_doc)]
    assert names
    controller.open()
    qtbot.waitExposed(controller.window)
    shown_any_note = False
    for activity in read.activities(demo_doc):
        for agenda_view in (False, True):
            controller.set_agenda(agenda_view)
            controller.show_in_room(activity.id)
            text = _texts(controller)
            assert SECRET not in text
            if activity.kind is ActivityKind.BRAINSTORM and not agenda_view:
                shown_any_note = shown_any_note or "library" in text.lower()
                for name in names:
                    assert name not in text, f"author {name!r} shown on the board"
    assert shown_any_note, "the board view showed no note text at all"


def test_anonymous_activity_hides_authors_even_when_the_workshop_does_not(
    qtbot: QtBot, controller: ProjectorController, demo_doc: Document
) -> None:
    pytest.importorskip("workshop.storage.read_board")
    _subscribe(demo_doc, controller)
    details.update_details(demo_doc, anonymous=False)
    brainstorm = read.activity(demo_doc, _by_kind(demo_doc, ActivityKind.BRAINSTORM))
    assert brainstorm is not None
    controller.show_in_room(brainstorm.id)
    agenda.update_activity(
        demo_doc, brainstorm.id, kind=brainstorm.kind, title=brainstorm.title,
        prompt=brainstorm.prompt, timebox_minutes=brainstorm.timebox_minutes, anonymous=True,
    )
    text = _texts(controller)
    for person in read.participants(demo_doc):
        assert person.name not in text


def test_vote_shows_progress_but_never_counts_before_reveal(
    qtbot: QtBot,
    controller: ProjectorController,
    demo_doc: Document,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    read_votes = pytest.importorskip("workshop.storage.read_votes")
    voting = pytest.importorskip("workshop.storage.ops.voting")
    _subscribe(demo_doc, controller)
    vote = _by_kind(demo_doc, ActivityKind.DOT_VOTE)
    items = read_votes.items(demo_doc, read_votes.settings(demo_doc, vote))
    people_ids = [p.id for p in read.participants(demo_doc)]
    assert items and people_ids
    if read_votes.results(demo_doc, vote).dots_cast == 0:
        for person in people_ids[:3]:
            voting.add_dot(demo_doc, vote, person, items[0].id)
            voting.finish_ballot(demo_doc, vote, person)
    voting.set_revealed(demo_doc, vote, False)
    results = read_votes.results(demo_doc, vote)
    assert results.dots_cast > 0  # there is something to leak

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the audience view asked for results before the reveal")

    monkeypatch.setattr(read_votes, "results", refuse)
    controller.open()
    qtbot.waitExposed(controller.window)
    controller.window.resize(1920, 1080)  # a projector's size, not the windowed test window
    controller.show_in_room(vote)
    texts = controller.window.texts()
    _texts(controller)
    people = len(read.participants(demo_doc))
    assert any(re.fullmatch(rf"Voting — \d+ of {people} have voted", t) for t in texts)
    voters = {b.name for b in read_votes.who_voted(demo_doc, vote)}
    for text in texts:
        assert not re.fullmatch(r"=?\d+", text.strip()), f"a bare count on screen: {text!r}"
        assert not re.search(r"\d+\s+dots?\b|\bvotes?:\s*\d", text.lower()), text
        for name in voters:
            assert name not in text
    view = controller.window.view
    assert isinstance(view, VoteView)
    assert not view.results.rows and not view.results.isVisibleTo(view)
    # Every item is numbered as on the laptop's ballot, and shown whole.
    numbers = ballot_numbers(items)
    target = read_votes.settings(demo_doc, vote).target.value.rstrip("s")  # note or cluster
    shown = {i.id: i for i in controller.window.room_items() if i.kind == target}
    assert shown
    for item_id, item in shown.items():
        assert item.text.startswith(f"{numbers[item_id]} ") and not item.elided
    monkeypatch.undo()
    voting.set_revealed(demo_doc, vote, True)
    texts = controller.window.texts()
    assert view.results.rows
    top = read_votes.results(demo_doc, vote).preferred()[0]
    assert top.title in texts and str(top.dots) in texts
    # Hidden again (revealed by mistake): the counts go at once, not at the next event loop.
    voting.set_revealed(demo_doc, vote, False)
    assert not view.results.rows
    for text in controller.window.texts():
        assert not re.fullmatch(r"=?\d+", text.strip()), text


# --------------------------------------------------------------- run panel


@pytest.fixture
def panel(
    qtbot: QtBot, host: QWidget, demo_doc: Document, controller: ProjectorController,
    clock: FakeClock,
) -> Iterator[RunPanel]:
    reports: list[str] = []
    runner = UndoRunner(demo_doc, QUndoStack(host), host, report=reports.append)
    widget = RunPanel(ScreenContext(demo_doc, runner), controller, clock=clock)
    widget.reports = reports  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    demo_doc.subscribe(widget.on_change)
    demo_doc.subscribe(controller.on_change)
    yield widget
    widget.set_context(None)  # what the main window does before it closes the document


def test_run_panel_starts_times_and_finishes_an_activity(
    qtbot: QtBot, panel: RunPanel, demo_doc: Document, clock: FakeClock
) -> None:
    welcome = read.activity(demo_doc, _by_kind(demo_doc, ActivityKind.WELCOME))
    assert welcome is not None
    panel.set_activity(welcome.id)
    assert panel.digits.text() == f"{welcome.timebox_minutes:02d}:00"
    assert not panel.finish_activity.isEnabled()
    clock.now = T0
    qtbot.mouseClick(panel.start_pause, Qt.MouseButton.LeftButton)
    assert _status(demo_doc, welcome.id) is ActivityStatus.RUNNING
    assert panel.start_pause.text() == "Pause"
    assert panel.finish_activity.isEnabled() and not panel.start_activity.isEnabled()
    clock.now = T0 + 90
    panel.update_clock()
    assert panel.digits.text() == f"{welcome.timebox_minutes - 2:02d}:30"
    qtbot.mouseClick(panel.plus, Qt.MouseButton.LeftButton)
    assert panel.digits.text() == f"{welcome.timebox_minutes - 1:02d}:30"
    assert "+1 min" in panel.plan.text()
    qtbot.mouseClick(panel.minus, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.start_pause, Qt.MouseButton.LeftButton)
    assert panel.start_pause.text() == "Resume"
    clock.now = T0 + 500
    panel.update_clock()
    assert panel.digits.text() == f"{welcome.timebox_minutes - 2:02d}:30"
    qtbot.mouseClick(panel.start_pause, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.finish_activity, Qt.MouseButton.LeftButton)
    assert _status(demo_doc, welcome.id) is ActivityStatus.DONE
    following = read_timer.next_activity(demo_doc, welcome.id)
    assert following is not None
    assert panel.next_label.text() == f"Next: {following.title}"
    with qtbot.waitSignal(panel.activityRequested) as blocker:
        qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [following.id]
    timing = read_timer.actual_timing(demo_doc, welcome.id)
    assert timing is not None and timing.actual_seconds == 90


def _status(doc: Document, activity_id: int) -> ActivityStatus:
    activity = read.activity(doc, activity_id)
    assert activity is not None
    return activity.status


def test_run_panel_signals_gently_at_zero(
    panel: RunPanel, demo_doc: Document, clock: FakeClock
) -> None:
    welcome = read.activity(demo_doc, _by_kind(demo_doc, ActivityKind.WELCOME))
    assert welcome is not None
    timer_ops.start_activity(demo_doc, welcome.id, now=T0)
    panel.set_activity(welcome.id)
    clock.now = T0 + welcome.timebox_minutes * 60 - 20
    panel.update_clock()
    assert not panel.flashing
    assert "last minute" in panel.plan.text()
    clock.now = T0 + welcome.timebox_minutes * 60 + 1
    panel.update_clock()
    assert panel.flashing
    assert panel.digits.text() == "+00:01"
    assert "overtime" in panel.plan.text()


def test_run_panel_says_what_the_room_sees(
    qtbot: QtBot, panel: RunPanel, controller: ProjectorController, demo_doc: Document
) -> None:
    assert panel.room.property("roomSees") == "closed"
    controller.show_in_room(_by_kind(demo_doc, ActivityKind.WELCOME))
    panel.update_preview()
    assert panel.preview.pixmap() is not None and not panel.preview.pixmap().isNull()
    controller.toggle()
    qtbot.waitExposed(controller.window)
    assert panel.room.property("roomSees") == "live"
    controller.blank_action.trigger()
    assert panel.room.property("roomSees") == "blank"
    panel.update_preview()
    image = panel.preview.pixmap().toImage()
    assert image.pixelColor(image.width() // 2, image.height() // 2) == QColor("black")
    controller.blank_action.trigger()
    controller.freeze_action.trigger()
    assert panel.room.property("roomSees") == "frozen"
    assert panel.room.text().startswith("FROZEN")


def test_run_panel_refusals_are_sentences(
    panel: RunPanel, demo_doc: Document
) -> None:
    welcome = read.activity(demo_doc, _by_kind(demo_doc, ActivityKind.WELCOME))
    assert welcome is not None
    panel.set_activity(welcome.id)
    for _ in range(welcome.timebox_minutes):
        panel.minus.click()
    assert panel.reports == ["The timer cannot count down from less than one minute."]  # type: ignore[attr-defined]


def test_run_panel_without_a_workshop(
    qtbot: QtBot, host: QWidget, controller: ProjectorController
) -> None:
    widget = RunPanel(None, controller)
    qtbot.addWidget(widget)
    assert widget.title.text() == "No workshop open"
    assert not widget.start_pause.isEnabled()
    widget.set_activity(1)
    assert widget.digits.text() == "--:--"


def test_reopening_mid_activity_resumes_the_timer_on_screen(
    qtbot: QtBot, tmp_path: Path, host: QWidget, settings: QSettings
) -> None:
    path = tmp_path / "day.workshop"
    with Document.create(path) as doc:
        agenda.add_activity(doc, ActivityKind.PROMPT, "Discuss", "What matters?", 20)
        activity_id = read.activities(doc)[0].id
        timer_ops.start_activity(doc, activity_id, now=T0)
    clock = FakeClock()
    clock.now = T0 + 5 * 60
    with Document.open(path) as doc:
        ctrl = ProjectorController(host, doc, settings=settings, clock=clock)
        runner = UndoRunner(doc, QUndoStack(host), host, report=lambda _m: None)
        widget = RunPanel(ScreenContext(doc, runner), ctrl, clock=clock)
        qtbot.addWidget(widget)
        widget.set_activity(activity_id)
        ctrl.show_in_room(activity_id)
        assert widget.digits.text() == "15:00"
        assert widget.start_pause.text() == "Pause"
        assert ctrl.window.overlay.text() == "15:00"
        ctrl.window.deleteLater()


def test_board_shows_a_new_note_without_its_author_and_outlines_it(
    qtbot: QtBot, controller: ProjectorController, demo_doc: Document
) -> None:
    from workshop.storage.ops import board as board_ops
    from workshop.ui.projector import board_view

    _subscribe(demo_doc, controller)
    details.update_details(demo_doc, anonymous=False)
    brainstorm = _by_kind(demo_doc, ActivityKind.BRAINSTORM)
    controller.show_in_room(brainstorm)
    controller.open()
    qtbot.waitExposed(controller.window)
    view = controller.window.view
    assert isinstance(view, board_view.BoardView)
    person = read.participants(demo_doc)[0]
    change = board_ops.add_note(demo_doc, brainstorm, "Brand-new idea", author_id=person.id)
    texts = _texts(controller)
    assert "Brand-new idea" in texts
    assert person.name not in texts
    new_id = change.inserted("notes")[0]
    assert view.canvas.highlighted == new_id
    assert any(i.id == new_id for i in controller.window.room_items())


def test_large_type_survives_the_facilitator_theme(
    qapp: object, controller: ProjectorController, demo_doc: Document
) -> None:
    """The app's style sheet sets a 10.5 pt QWidget font: the projector must not shrink to it."""
    from PySide6.QtWidgets import QApplication, QLabel

    from workshop.ui.projector import theme as t
    from workshop.ui.theme import apply_theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, style = app.font(), app.style().name()
    apply_theme(app)
    try:
        controller.window.resize(1920, 1080)
        controller.show_in_room(_by_kind(demo_doc, ActivityKind.WELCOME))
        controller.window.picture()
        title = controller.window.findChild(QLabel, "welcomeTitle")
        assert title is not None
        assert title.font().pixelSize() >= t.TITLE_PX * 0.9
        controller.show_in_room(_by_kind(demo_doc, ActivityKind.CLOSE))
        controller.window.picture()  # a closed projector builds its picture when asked
        prompt = controller.window.findChild(QLabel, "audiencePromptText")
        assert prompt is not None
        assert prompt.font().pixelSize() >= t.HEADING_PX
    finally:
        # Leave the application as the next test expects it: no sheet, same font and style.
        app.setStyleSheet("")
        app.setFont(font)
        app.setStyle(style)


def test_run_panel_reset_then_start_again(
    panel: RunPanel, demo_doc: Document, clock: FakeClock
) -> None:
    welcome = read.activity(demo_doc, _by_kind(demo_doc, ActivityKind.WELCOME))
    assert welcome is not None
    panel.set_activity(welcome.id)
    clock.now = T0
    panel.start_pause.click()
    clock.now = T0 + 200
    panel.reset.click()
    assert panel.start_pause.text() == "Start"
    assert panel.digits.text() == f"{welcome.timebox_minutes:02d}:00"
    assert _status(demo_doc, welcome.id) is ActivityStatus.RUNNING
    panel.start_pause.click()
    clock.now = T0 + 260
    panel.update_clock()
    assert panel.digits.text() == f"{welcome.timebox_minutes - 1:02d}:00"
    assert panel.start_pause.text() == "Pause"

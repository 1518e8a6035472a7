"""A whole "Collaboration kick-off" run on the real main window, keyboard first.

Shared by the end-to-end test (in-process, with qtbot around it), the crash test
(the same steps in a child process, killed and resumed), the README screenshots
and the day benchmark. Nothing here needs pytest: it drives the window with
QTest key events and answers the window's questions with scripted answers.

Every step is a method; :data:`STEPS` lists them in the order of the day.
:meth:`Day.run` runs a range of them, so a second process can pick up where a
first one stopped. The clock is fake and set by each step from the step's
number, so a resumed run sees the same times as an uninterrupted one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from helpers.windows import main_window
from workshop.domain.models import Activity, ActivityKind, ActivityStatus
from workshop.domain.templates import load_templates
from workshop.domain.timer import TimerPhase
from workshop.resources import templates_dir
from workshop.storage import read, read_actions, read_board, read_purpose, read_votes
from workshop.ui.dialogs import ActivityInput, NewWorkshopInput
from workshop.ui.file_dialogs import FileQuestions
from workshop.ui.main_window import MainWindow

T0 = 1_800_000_000.0
TITLE = "Harbour kick-off"
#: In every activity's facilitator notes: it must never reach the projector.
SECRET = "(facilitator only)"
ENTER = Qt.Key.Key_Return
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier

ORGS = ["Riverside Library", "Town Council", "Youth Forum", "Food Bank"]
PEOPLE = [
    ("Amara Okafor", "Riverside Library"),
    ("Ben Hughes", "Riverside Library"),
    ("Chloé Martin", "Riverside Library"),
    ("Dmitri Ivanov", "Town Council"),
    ("Esther Cole", "Town Council"),
    ("Hamid Rahimi", "Town Council"),
    ("Farah Haddad", "Youth Forum"),
    ("Gus Walker", "Youth Forum"),
    ("Ines Duarte", "Food Bank"),
    ("Jonas Berg", "Food Bank"),
]
PURPOSES = {
    "Riverside Library": "We give every community access to books, rooms and learning.",
    "Town Council": "We keep our communities safe and spend public money where it helps.",
    "Youth Forum": "We make sure young people are heard in every community decision.",
    "Food Bank": "Nobody in our community goes hungry, and everyone is treated with dignity.",
}
ADOPTED = "Every community here is safe, fed and heard, with rooms and learning open to all."
#: 30 ideas typed in on the board: (text, author or "" for anonymous).
NOTES = [
    ("Youth space in the library", "Farah Haddad"),
    ("Youth seats on the council panel", "Gus Walker"),
    ("Youth night at the food bank", ""),
    ("Youth voice in the budget", "Farah Haddad"),
    ("Youth mentoring by retirees", ""),
    ("Youth cafe on Fridays", "Gus Walker"),
    ("Shared calendar of events", "Dmitri Ivanov"),
    ("Shared calendar on the notice board", ""),
    ("Shared calendar in three languages", "Amara Okafor"),
    ("Shared calendar for room bookings", "Ben Hughes"),
    ("Shared calendar sent by text message", ""),
    ("Food hub in the old market", "Ines Duarte"),
    ("Food hub with a community kitchen", "Jonas Berg"),
    ("Food hub open on Sundays", ""),
    ("Food hub volunteers rota", "Ines Duarte"),
    ("Food hub deliveries for the housebound", "Esther Cole"),
    ("Food hub cooking classes", ""),
    ("Walking group for newcomers", "Chloé Martin"),
    ("Walking group with a local history guide", ""),
    ("Walking group to the allotments", "Hamid Rahimi"),
    ("Walking group on Saturday mornings", ""),
    ("Walking group for parents with prams", "Esther Cole"),
    ("Repair cafe at the library", "Ben Hughes"),
    ("Bus pass for volunteers", "Dmitri Ivanov"),
    ("Free wifi in the community hall", ""),
    ("One newsletter for all four of us", "Amara Okafor"),
    ("Translate the council forms", "Hamid Rahimi"),
    ("A bench outside the food bank", ""),
    ("Homework club after school", "Chloé Martin"),
    ("Quarterly open meeting", "Jonas Berg"),
]
#: Clusters made with Find + Ctrl+G: (words typed in Find, cluster title).
CLUSTERS = [
    ("Youth", "Young people"),
    ("Shared calendar", "One calendar"),
    ("Food hub", "Food hub"),
    ("Walking group", "Walking together"),
]
#: Ballots at the laptop: (type-ahead letters, [(cluster title, dots)]), 3 dots each.
BALLOTS = [
    ("Am", [("Food hub", 2), ("Young people", 1)]),
    ("Ben", [("One calendar", 2), ("Food hub", 1)]),
    ("Ch", [("Young people", 3)]),
    ("Dm", [("One calendar", 1), ("Food hub", 1), ("Walking together", 1)]),
    ("Es", [("Food hub", 2), ("Walking together", 1)]),
    ("Ha", [("One calendar", 3)]),
    ("Fa", [("Young people", 2), ("One calendar", 1)]),
    ("Gu", [("Young people", 2), ("Walking together", 1)]),
    ("In", [("Food hub", 3)]),
]
#: The paper dots counted after the break, per cluster title (in the tally list's order).
PAPER = {"Young people": 4, "Food hub": 2}
PROXY = ("Jonas Berg", [("Food hub", 2), ("One calendar", 1)])
#: Offers and asks: (who, "+" offer / "?" ask, text).
CARDS = [
    ("Amara Okafor", "+", "Free meeting rooms in the evenings"),
    ("Dmitri Ivanov", "+", "Printing for flyers and posters"),
    ("Ines Duarte", "+", "A van for deliveries on Tuesdays"),
    ("Farah Haddad", "?", "A meeting room for the youth forum"),
    ("Esther Cole", "?", "Flyers printed for the food hub"),
    ("Jonas Berg", "?", "Volunteers who can drive"),
]
COMMITMENTS = [("A meeting room for the youth forum", "2027-01-15"),
               ("Flyers printed for the food hub", "2027-01-31")]
ACTIONS = [
    ("Book the hall for the quarterly open meeting", "Town Council (organisation)", "2027-01-20"),
    ("Send the notes of today to everyone", "Amara Okafor", "2026-12-04"),
]
PULSE_STATEMENT = "I trust this group to follow through"
PULSE_IN = "0 1 3 4 2 0"
PULSE_OUT = "0 0 1 3 4 2"


def type_text(widget: QWidget, text: str) -> None:
    """Type like a keyboard; QTest only knows ASCII, so other characters come as key text."""
    for char in text:
        if char.isascii():
            QTest.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, NONE, char))


def key(widget: QWidget, k: Qt.Key, modifiers: Qt.KeyboardModifier = NONE) -> None:
    QTest.keyClick(widget, k, modifiers)


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def masked(text: str) -> str:
    """Handout text with the volatile parts (clock times, dates, durations) made invariant."""
    text = re.sub(r"\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2})?)?", "<date>", text)
    text = re.sub(r"\b\d{1,2} [A-Z][a-z]+ \d{4}\b", "<date>", text)
    text = re.sub(r"\b\d{1,2}:\d{2}\b", "<time>", text)
    return text


class Answers:
    """Scripted answers to the window's questions, and the messages it showed."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.messages: list[str] = []
        self.save_answer: Path | None = None
        self.new_answer: NewWorkshopInput | None = None

    def questions(self) -> FileQuestions:
        return FileQuestions(
            open_path=lambda _parent: None,
            save_path=lambda _parent, _title, _suggested: self.save_answer,
            new_workshop=lambda _parent, _templates: self.new_answer,
            inform=lambda _parent, text: self.messages.append(text),
            choose_backup=lambda _parent, text, _backups: self.messages.append(text),
        )


class FakeClock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> float:
        return self.now


def make_window(data_dir: Path, answers: Answers) -> MainWindow:
    window = main_window(data_dir, answers.questions())
    window.resize(1400, 900)
    window.move(0, 0)
    window.show()
    window.activateWindow()
    for _ in range(100):  # shortcuts need the window to be active
        QApplication.processEvents()
        if window.isActiveWindow():
            break
    return window


@dataclass
class Day:
    window: MainWindow
    answers: Answers
    path: Path
    pdf: Path
    clock: FakeClock = field(default_factory=FakeClock)
    #: Called after each step with the step's name (checks).
    after_step: Callable[[str], None] | None = None
    #: Called at the day's ten moments worth a picture (README screenshots), with a name.
    snapshot: Callable[[str], None] | None = None
    #: Timings the benchmark fills: name → list of seconds.
    timings: dict[str, list[float]] = field(default_factory=dict)
    #: Checks of the audience window done along the way (name → passed).
    room_checks: list[str] = field(default_factory=list)
    timer: Callable[[], float] | None = None

    # ------------------------------------------------------------- plumbing

    @property
    def doc(self):  # type: ignore[no-untyped-def]
        assert self.window.doc is not None
        return self.window.doc

    @property
    def page(self):  # type: ignore[no-untyped-def]
        assert self.window.page is not None
        return self.window.page

    @property
    def screen(self):  # type: ignore[no-untyped-def]
        assert self.page.screen is not None
        return self.page.screen

    def settle(self) -> None:
        QApplication.processEvents()

    def snap(self, name: str) -> None:
        if self.snapshot is not None:
            self.window.projector.panel.update_preview()  # not 250 ms later
            self.settle()
            self.snapshot(name)

    def install_clock(self) -> None:
        wiring = self.window.projector
        wiring.panel.clock = self.clock
        wiring.controller.window.clock = self.clock

    def set_time(self, step: int, minutes: float = 0) -> None:
        """Every step starts at a known time, so a resumed run sees the same clock."""
        self.clock.now = T0 + step * 50 * 60 + minutes * 60  # 50 minutes a step

    def activity(self, kind: ActivityKind, nth: int = 0) -> Activity:
        return [a for a in read.activities(self.doc) if a.kind is kind][nth]

    def room_texts(self) -> str:
        """Everything the audience window draws now, after a real render."""
        audience = self.window.projector.controller.window
        self.settle()
        assert not audience.picture().isNull()
        return "\n".join(audience.texts())

    def check_room(self, name: str, must: list[str], never: list[str]) -> str:
        from workshop.ui.projector.state import RoomSees

        sees = self.window.projector.controller.room_sees
        assert sees is RoomSees.LIVE, f"{name}: the room sees {sees}, not the live picture"
        text = self.room_texts()
        for wanted in must:
            assert wanted in text, f"{name}: the room should see {wanted!r}:\n{text}"
        for hidden in never:
            assert hidden not in text, f"{name}: the room must not see {hidden!r}:\n{text}"
        assert SECRET not in text, f"{name}: a facilitator note reached the room"
        self.room_checks.append(name)
        return text

    def menu_key(self, k: Qt.Key, modifiers: Qt.KeyboardModifier = NONE) -> None:
        """A shortcut typed while the main window has the keyboard."""
        target = focused() or self.window
        key(target, k, modifiers)
        self.settle()  # a person's next key comes after the window has caught up

    def press(self, letter: Qt.Key) -> None:
        """Alt+letter on a button: Qt clicks it after a short animation, so wait for it."""
        key(focused() or self.window, letter, ALT)
        QTest.qWait(150)
        # On a loaded machine an idle step (a screen built ahead) can hold the event loop
        # past the animation: wait for the click itself (the button is down until then).
        for _ in range(100):
            if not any(b.isDown() for b in self.window.findChildren(QAbstractButton)):
                break
            QTest.qWait(20)

    def start_activity(self) -> None:
        """Start activity (F6): the timer runs and the keyboard lands in the activity."""
        self.menu_key(Qt.Key.Key_F6)
        self.settle()
        panel = self.window.projector.panel
        reading = panel.reading()
        assert reading is not None and reading.phase is TimerPhase.RUNNING
        assert panel.start_pause.text() == "Pause"
        # Starting puts it live: the room now sees what the laptop looks at.
        assert self.window.projector.controller.state.activity_id == panel.activity_id
        assert not panel.looking_at.isVisible()

    def clock_reads(self, text: str) -> None:
        """The run panel and the projector's timer both show ``text`` (after their tick)."""
        panel = self.window.projector.panel
        audience = self.window.projector.controller.window
        panel.update_clock()
        audience.update_timer()
        assert panel.digits.text() == text, panel.digits.text()
        assert audience.overlay.text() == text, audience.overlay.text()

    def finish_and_next(self) -> None:
        """Finish activity (F7), then go to the next one (F8)."""
        current = self.page.current_activity_id()
        self.menu_key(Qt.Key.Key_F7)
        assert read.activity(self.doc, current).status is ActivityStatus.DONE  # type: ignore[union-attr]
        self.menu_key(Qt.Key.Key_F8)
        self.settle()
        # Going to the next activity on the laptop only previews it: the room keeps the
        # finished one up until the next is started.
        controller = self.window.projector.controller
        if controller.state.showing and self.page.current_activity_id() != current:
            assert controller.state.activity_id == current
            assert self.window.projector.panel.looking_at.isVisible()

    def expect_current(self, kind: ActivityKind) -> Activity:
        activity = read.activity(self.doc, self.page.current_activity_id())
        assert activity is not None and activity.kind is kind, activity
        return activity

    def run_simple(self, kind: ActivityKind, step: int) -> None:
        self.set_time(step)
        activity = self.expect_current(kind)
        self.start_activity()
        assert read.activity(self.doc, activity.id).status is ActivityStatus.RUNNING  # type: ignore[union-attr]
        self.check_room(kind.value, [activity.prompt or activity.title], [])
        self.set_time(step, activity.timebox_minutes)
        self.finish_and_next()

    def run(self, first: int = 0, last: int | None = None) -> None:
        for index in range(first, len(STEPS) if last is None else last + 1):
            name = STEPS[index]
            getattr(self, name)(index)
            self.settle()
            if self.after_step is not None:
                self.after_step(name)

    # ---------------------------------------------------------------- steps

    def create(self, step: int) -> None:
        self.set_time(step)
        template = next(
            t for t in load_templates(templates_dir()) if t.key == "collaboration-kickoff"
        )
        self.answers.new_answer = NewWorkshopInput(TITLE, template)
        self.answers.save_answer = self.path
        key(self.window, Qt.Key.Key_N, CTRL)
        self.install_clock()
        page = self.page
        assert [a.kind for a in read.activities(self.doc)][:2] == [
            ActivityKind.WELCOME, ActivityKind.PURPOSE_BLEND
        ]
        # The template has no pulse check and no offers and asks: add them (Ctrl+Shift+A).
        additions = [
            (0, ActivityKind.PULSE, "Pulse check-in", "How do we feel about working together?"),
            (None, ActivityKind.OFFERS_ASKS, "Offers and asks", "What can you give? What do "
             "you need?"),
            (None, ActivityKind.PULSE, "Pulse check-out", "And now?"),
        ]
        for after, kind, title, prompt in additions:
            activities = read.activities(self.doc)
            if after is None:
                after = len(activities) - 2  # before the close
            page.agenda.select(activities[after].id)
            page.agenda.ask = lambda _parent, _activity, k=kind, t=title, p=prompt: (
                ActivityInput(k, t, p, 15, f"Keep {t.lower()} short {SECRET}", None)
            )
            self.menu_key(Qt.Key.Key_A, CTRL | SHIFT)
        # Facilitator notes on every activity (F2 / Edit in the agenda): never for the room.
        for activity in read.activities(self.doc):
            page.agenda.select(activity.id)
            page.agenda.ask = lambda _parent, a: ActivityInput(
                a.kind, a.title, a.prompt, a.timebox_minutes,
                a.facilitator_notes or f"Watch the time {SECRET}", a.anonymous,
            )
            page.agenda.edit()
        kinds = [a.kind for a in read.activities(self.doc)]
        assert kinds == [
            ActivityKind.WELCOME, ActivityKind.PULSE, ActivityKind.PURPOSE_BLEND,
            ActivityKind.BREAK, ActivityKind.BRAINSTORM, ActivityKind.DOT_VOTE,
            ActivityKind.OFFERS_ASKS, ActivityKind.PULSE, ActivityKind.CLOSE,
        ], kinds
        page.agenda.select(read.activities(self.doc)[0].id)
        self.snap("01-new-workshop")

    def participants(self, step: int) -> None:
        self.set_time(step)
        self.menu_key(Qt.Key.Key_2, CTRL)  # View › Participants
        panel = self.page.participants
        listing = "Name, Organisation\n" + "\n".join(f"{n}, {o}" for n, o in PEOPLE)
        panel.ask_list = lambda _parent: listing
        assert panel.name_edit.hasFocus(), focused()
        self.menu_key(Qt.Key.Key_V, CTRL | SHIFT)  # Paste list…
        assert sorted(p.name for p in read.participants(self.doc)) == sorted(n for n, _ in PEOPLE)
        assert panel.summary.text() == "10 participants from 4 organisations"
        self.snap("02-participants")
        self.menu_key(Qt.Key.Key_1, CTRL)  # back to the activity

    def projector(self, step: int, *, welcome: bool = True) -> None:
        if welcome:
            self.set_time(step)
        controller = self.window.projector.controller
        self.menu_key(Qt.Key.Key_F5)
        audience = controller.window
        for _ in range(200):
            self.settle()
            if audience.isVisible():
                break
        assert audience.isVisible()
        if welcome:
            first = self.activity(ActivityKind.WELCOME)
            self.check_room("welcome", [TITLE, first.prompt], [n for n, _ in PEOPLE])
        else:
            self.check_room("projector again", [], [n for n, _ in PEOPLE])
        # The laptop keeps the keyboard.
        assert QApplication.activeWindow() is not audience
        if welcome:
            self.snap("03-projector")

    def welcome(self, step: int) -> None:
        self.run_simple(ActivityKind.WELCOME, step)

    def pulse_in(self, step: int) -> None:
        self._pulse(step, PULSE_IN)

    def pulse_out(self, step: int) -> None:
        self._pulse(step, PULSE_OUT)

    def _pulse(self, step: int, tally: str) -> None:
        self.set_time(step)
        activity = self.expect_current(ActivityKind.PULSE)
        self.start_activity()
        screen = self.screen
        screen.ask_label = lambda _parent, suggestion: suggestion
        key(focused() or screen, Qt.Key.Key_N, CTRL)
        assert screen.statement_edit.hasFocus()
        type_text(screen.statement_edit, PULSE_STATEMENT)
        key(screen.statement_edit, ENTER)
        # As the README says: the keyboard is now in the statement's tally.
        assert screen.quick_tally.hasFocus(), focused()
        type_text(screen.quick_tally, tally)
        key(screen.quick_tally, ENTER)
        # The room sees the statement and its scale; the answers only once revealed.
        text = self.check_room("pulse " + activity.title, [PULSE_STATEMENT, "Fist: block"], [])
        assert "answers" not in text
        key(focused() or screen, Qt.Key.Key_R, CTRL | SHIFT)  # Show results
        counts = [c for c in tally.split() if c != "0"]
        self.check_room("pulse revealed", ["10 answers", *counts], [])
        if tally == PULSE_IN:
            self.snap("04-pulse-check")
        self.set_time(step, activity.timebox_minutes)
        self.finish_and_next()

    def purpose(self, step: int) -> None:
        self.set_time(step)
        activity = self.expect_current(ActivityKind.PURPOSE_BLEND)
        self.start_activity()
        screen = self.screen
        screen.by.setFocus()  # one purpose per organisation (the list's second choice)
        key(screen.by, Qt.Key.Key_Down)
        assert read_purpose.settings(self.doc, activity.id).by.value == "organisation"
        panel = screen.statements
        for org, text in PURPOSES.items():
            panel.focus_capture()
            type_text(panel.party, org)
            key(panel.party, ENTER)
            type_text(panel.text, text)
            key(panel.text, ENTER)
        assert len(read_purpose.statements(self.doc, activity.id)) == 4
        self.check_room("purpose statements", ["books"], [n for n, _ in PEOPLE])
        key(focused() or screen, Qt.Key.Key_4, CTRL)  # Drafts
        drafts = screen.drafts
        type_text(drafts.text, ADOPTED)
        key(drafts.text, ENTER, CTRL)  # Keep as new draft
        (kept,) = read_purpose.drafts(self.doc, activity.id)
        key(focused() or screen, Qt.Key.Key_5, CTRL)  # Endorse
        endorse = screen.endorse
        scores = {"Food Bank": 4, "Riverside Library": 5, "Town Council": 4, "Youth Forum": 5}
        for org, score in scores.items():  # in the list's (alphabetical) order
            # Party, Tab, fist of five, Tab, comment, Enter: the next party comes up.
            assert endorse.party.hasFocus(), focused()
            assert endorse.party.currentText() == org, endorse.party.currentText()
            key(endorse.party, Qt.Key.Key_Tab)
            assert endorse.score.hasFocus(), focused()
            type_text(endorse.score, str(score))
            key(endorse.score, Qt.Key.Key_Tab)
            assert endorse.comment.hasFocus(), focused()
            type_text(endorse.comment, "Yes.")
            key(endorse.comment, ENTER)
        rated = {r.party.label: r.score for r in read_purpose.ratings(self.doc, kept.id)}
        assert rated == scores, rated
        self.press(Qt.Key.Key_O)  # Ad&opt this draft
        assert read_purpose.adopted_purpose(self.doc) == ADOPTED
        self.check_room("purpose adopted", ["safe, fed and heard"], [])
        self.snap("05-purpose")
        self.set_time(step, activity.timebox_minutes)
        self.finish_and_next()

    def break_(self, step: int) -> None:
        self.run_simple(ActivityKind.BREAK, step)

    def brainstorm(self, step: int) -> None:
        self.set_time(step)
        activity = self.expect_current(ActivityKind.BRAINSTORM)
        self.start_activity()
        screen = self.screen
        capture = screen.capture
        assert capture.text.hasFocus(), focused()
        times = self.timings.setdefault("note", [])
        for text, author in NOTES:
            started = self.timer() if self.timer else 0.0
            if author != capture.author.text():
                capture.author.setFocus()
                capture.author.selectAll()
                if author:
                    type_text(capture.author, author)
                else:
                    key(capture.author, Qt.Key.Key_Backspace)
                key(capture.author, Qt.Key.Key_Tab)
            type_text(capture.text, text)
            key(capture.text, ENTER)
            if self.timer:
                self.settle()  # timed until the board and the projector have painted
                times.append(self.timer() - started)
        assert len(read_board.notes(self.doc, activity.id)) == 30
        self.set_time(step, 10)  # ten minutes of typing later
        self.clock_reads(f"{activity.timebox_minutes - 10:02d}:00")
        self.check_room(
            "board typed", [NOTES[0][0], NOTES[-1][0]], [n for n, _ in PEOPLE]
        )

    def clusters(self, step: int) -> None:
        self.set_time(step - 1, 20)  # the brainstorm goes on: its clock, 20 minutes in
        activity = self.expect_current(ActivityKind.BRAINSTORM)
        screen = self.screen
        for words, title in CLUSTERS:
            key(focused() or screen, Qt.Key.Key_F, CTRL)
            assert screen.find_bar.edit.hasFocus()
            screen.find_bar.edit.selectAll()
            type_text(screen.find_bar.edit, words)
            key(screen.find_bar.edit, Qt.Key.Key_G, CTRL)  # group what Find shows
            editor = focused()
            assert editor is not None
            type_text(editor, title)
            key(editor, ENTER)
        # New frames may cover clusters made before (the op only moves loose notes out of the
        # way): Tidy up (Ctrl+T) lays the board out again and fits it in view.
        key(focused() or screen, Qt.Key.Key_T, CTRL)
        clusters = read_board.clusters(self.doc, activity.id)
        assert sorted(c.title for c in clusters) == sorted(t for _, t in CLUSTERS)
        self.check_room("board clustered", [t for _, t in CLUSTERS], [n for n, _ in PEOPLE])
        self.snap("06-brainstorm")
        self.set_time(step - 1, activity.timebox_minutes)
        self.finish_and_next()

    def vote(self, step: int) -> None:
        from workshop.ui.vote.screen import VoteScreen

        self.set_time(step)
        activity = self.expect_current(ActivityKind.DOT_VOTE)
        self.start_activity()
        screen = self.screen
        assert isinstance(screen, VoteScreen)
        # Settings (Alt+E): on the brainstorm's clusters, 3 dots, up to 3 on one item.
        key(focused() or screen, Qt.Key.Key_G, ALT)
        settings = screen.settings
        assert settings.source.currentData() == self.activity(ActivityKind.BRAINSTORM).id
        assert settings.dots.hasFocus(), focused()
        for spin in (settings.dots, settings.cap):  # 3 dots each, up to 3 on one item
            spin.setFocus()
            spin.selectAll()
            type_text(spin, "3")
        settings.target.setFocus()
        key(settings.target, Qt.Key.Key_Home)  # its notes, then Down: its clusters
        key(settings.target, Qt.Key.Key_Down)
        self.press(Qt.Key.Key_Y)  # Appl&y settings
        chosen = read_votes.settings(self.doc, activity.id)
        assert (chosen.target.value, chosen.dots_per_person, chosen.max_per_item) == (
            "clusters", 3, 3
        ), chosen
        key(focused() or screen, Qt.Key.Key_B, ALT)  # Ballot at the laptop
        laptop = screen.laptop
        times = self.timings.setdefault("ballot", [])
        for letters, dots in BALLOTS:
            started = self.timer() if self.timer else 0.0
            people = laptop.people
            assert people.hasFocus(), focused()
            type_text(people, letters)
            key(people, ENTER)
            assert laptop.voter is not None, letters
            items = laptop.items
            for title, count in dots:
                row = next(
                    i for i in range(items.count()) if title in items.item(i).text()
                )
                # The item's number (as the room sees it) puts the first dot on it; Space
                # adds the others.
                number = items.numbers[int(items.item(row).data(Qt.ItemDataRole.UserRole))]
                width = len(str(len(items.numbers)))
                type_text(items, f"{number:0{width}d}")
                for _ in range(count - 1):
                    key(items, Qt.Key.Key_Space)
            key(items, ENTER, CTRL)
            assert laptop.voter is None
            if self.timer:
                self.settle()
                times.append(self.timer() - started)
            self.check_room("vote in progress", ["have voted"], [f"{t}\n" for t in ()])
        self._no_counts_before_reveal(activity.id)
        # Paper tally (Alt+T): a number and Enter per cluster, in the list's order.
        key(focused() or screen, Qt.Key.Key_T, ALT)
        tally = screen.tally
        assert tally.input.hasFocus()
        for i in range(tally.items.count()):
            text = tally.items.item(i).text()
            count = next((n for title, n in PAPER.items() if title in text), 0)
            if count:
                type_text(tally.input, str(count))
            key(tally.input, ENTER)
        # Proxy (Alt+X) for Jonas, who had to leave early.
        key(focused() or screen, Qt.Key.Key_X, ALT)
        proxy = screen.proxy
        name, dots = PROXY
        proxy.person.setFocus()
        type_text(proxy.person, name.split()[0])  # type-ahead in the list of who has not voted
        assert proxy.person.currentText() == name, proxy.person.currentText()
        for title, count in dots:
            row = next(i for i in range(proxy.items.count()) if title in proxy.items.item(i).text())
            proxy.items.setCurrentRow(row)
            for _ in range(count):
                key(proxy.items, Qt.Key.Key_Space)
        key(proxy.items, ENTER, CTRL)  # Cast proxy ballot
        assert len(read_votes.who_voted(self.doc, activity.id)) == 10
        self._no_counts_before_reveal(activity.id)
        # Reveal (Alt+R, Ctrl+R).
        key(focused() or screen, Qt.Key.Key_R, ALT)
        key(focused() or screen, Qt.Key.Key_R, CTRL)
        results = read_votes.results(self.doc, activity.id)
        assert results.dots_cast == 3 * len(BALLOTS) + 3 + sum(PAPER.values()), results
        top = results.preferred()[0]
        self.check_room("vote revealed", [top.title, str(top.dots)], [])
        self.snap("07-vote")
        # The agenda from the results: the top two, after the vote.
        screen.results.top_n.setValue(2)
        screen.results.make.click()
        titles = [a.title for a in read.activities(self.doc)]
        index = titles.index(activity.title)
        made = titles[index + 1 : index + 3]
        assert made == [r.title for r in results.preferred()[:2]], (made, titles)
        self.set_time(step, activity.timebox_minutes)
        self.finish_and_next()

    def _no_counts_before_reveal(self, vote_id: int) -> None:
        text = self.check_room("vote hidden", ["have voted"], [])
        for line in text.splitlines():
            assert not re.fullmatch(r"=?\d+", line.strip()), f"a bare count: {line!r}"
            assert not re.search(r"\d+\s+dots?\b", line.lower()), line
        for who in read_votes.who_voted(self.doc, vote_id):
            assert who.name not in text

    def results_agenda(self, step: int) -> None:
        """The two activities made from the vote, each run with its timer."""
        for offset in range(2):
            self.set_time(step, offset * 20)
            activity = read.activity(self.doc, self.page.current_activity_id())
            assert activity is not None
            self.start_activity()
            self.check_room("made from results", [activity.title], [])
            self.set_time(step, offset * 20 + activity.timebox_minutes)
            self.finish_and_next()

    def offers_asks(self, step: int) -> None:
        self.set_time(step)
        activity = self.expect_current(ActivityKind.OFFERS_ASKS)
        self.start_activity()
        screen = self.screen
        assert screen.party_edit.hasFocus(), focused()
        dues = [due for _, due in COMMITMENTS]
        screen.ask_due = lambda _parent, _title: dues.pop(0)
        kind = "+"
        for who, sign, text in CARDS:
            if sign != kind:
                key(focused() or screen, Qt.Key.Key_K, ALT)  # asks from now on
                kind = sign
            screen.party_edit.setFocus()
            screen.party_edit.selectAll()
            type_text(screen.party_edit, who)
            key(screen.party_edit, ENTER)
            type_text(screen.text_edit, text)
            key(screen.text_edit, ENTER)
        for ask_text, _due in COMMITMENTS:
            asks = screen.asks_list
            row = next(i for i in range(asks.count()) if ask_text in asks.item(i).text())
            asks.setFocus()
            asks.setCurrentRow(row)
            key(asks, Qt.Key.Key_M, CTRL)  # the best match, confirmed with a date
        from workshop.storage import read_reciprocity

        assert len(read_reciprocity.commitments(self.doc, activity.id)) == 2
        # The room sees offers and asks, the promised ones ticked; no names (anonymous day).
        self.check_room(
            "offers and asks",
            ["✓ Free meeting rooms", "Volunteers who can drive", "2 commitments"],
            [n for n, _ in PEOPLE] + [due for _, due in COMMITMENTS],
        )
        self.snap("08-offers-and-asks")
        self.set_time(step, activity.timebox_minutes)
        self.finish_and_next()

    def close_actions(self, step: int) -> None:
        self.set_time(step)
        activity = self.expect_current(ActivityKind.CLOSE)
        self.start_activity()
        self.menu_key(Qt.Key.Key_4, CTRL)  # View › Actions
        panel = self.page.actions_panel
        panel.today = lambda: date(2026, 11, 27)
        assert panel.what_edit.hasFocus(), focused()
        for what, owner, due in ACTIONS:
            panel.what_edit.setFocus()
            type_text(panel.what_edit, what)
            key(panel.what_edit, Qt.Key.Key_Tab)
            assert panel.owner_edit.hasFocus(), focused()
            type_text(panel.owner_edit, owner)
            key(panel.owner_edit, Qt.Key.Key_Tab)
            assert panel.due_edit.hasFocus(), focused()
            type_text(panel.due_edit, due)
            key(panel.due_edit, ENTER)
        assert len(read_actions.actions(self.doc)) == 4, self.answers.messages
        self.snap("09-actions")
        self.menu_key(Qt.Key.Key_1, CTRL)
        self.check_room("close", [activity.title], [])
        self.set_time(step, activity.timebox_minutes)
        self.menu_key(Qt.Key.Key_F7)
        assert read.activity(self.doc, activity.id).status is ActivityStatus.DONE  # type: ignore[union-attr]

    def export(self, step: int) -> None:
        from workshop.export.pdf import HandoutOptions
        from workshop.ui.export_actions import ExportQuestions

        self.set_time(step)
        self.window.export_questions = ExportQuestions(
            save_path=lambda _p, _t, _s, _f: self.pdf,
            handout_options=lambda _p: HandoutOptions(page_size="a4", short=False),
            confirm_replace=lambda _p, _paths: True,
            offer_open=lambda _p, _path: False,
            inform=lambda _p, text: self.answers.messages.append(text),
            done=lambda _p, text: self.answers.messages.append(text),
            progress_delay_ms=60_000,
        )
        self.window.export_menu.aboutToShow.emit()
        handout = next(
            a for a in self.window.export_menu.actions()
            if a.objectName() == "actionExportHandout"
        )
        handout.trigger()
        assert self.pdf.exists() and self.pdf.stat().st_size > 0
        self.snap("10-handout")


STEPS = [
    "create",
    "participants",
    "projector",
    "welcome",
    "pulse_in",
    "purpose",
    "break_",
    "brainstorm",
    "clusters",
    "vote",
    "results_agenda",
    "offers_asks",
    "pulse_out",
    "close_actions",
    "export",
]
#: Where the crash test kills the app: with 30 notes typed, the brainstorm still running.
CRASH_AFTER = STEPS.index("brainstorm")

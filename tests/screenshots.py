"""Render the main screens of the app on the demo into docs/screenshots/ (run on demand).

Run: .venv/bin/python tests/screenshots.py
Offscreen, at a fixed size, so the pictures in the README stay current. The "Getting
started" pictures (docs/screenshots/day-*.png) come from the scripted day of the
end-to-end test (tests/helpers/day.py), on two virtual screens (laptop and projector); the
breakout, series and projector-review pictures from their tests (tests/test_breakout_ui.py,
tests/test_projector_review.py, asked to write
here with WORKSHOP_SCREENSHOTS: a plain test run leaves the committed pictures alone).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault(
    "QT_QPA_PLATFORM",
    f"offscreen:configfile={Path(__file__).resolve().parent / 'fixtures' / 'two-screens.json'}",
)

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


def main() -> int:
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as data:
        os.environ["WORKSHOP_DATA_DIR"] = data
        from workshop.domain.models import ActivityKind
        from workshop.storage import read
        from workshop.ui import language
        from workshop.ui.app import build_window
        from workshop.ui.theme import apply_theme

        english = language.install(app, "en")  # noqa: F841 (its plural forms, as at start)
        apply_theme(app)
        from workshop.ui.workshop_page import DETAILS_TAB, PARTICIPANTS_TAB

        window = build_window()
        window.resize(1400, 900)
        window.show()
        app.processEvents()
        window.grab().save(str(OUT / "start.png"))
        window.open_demo()
        assert window.page is not None and window.doc is not None
        page = window.page
        shots = {"participants.png": PARTICIPANTS_TAB, "details.png": DETAILS_TAB}
        for name, tab in shots.items():
            page.tabs.setCurrentIndex(tab)
            app.processEvents()
            window.grab().save(str(OUT / name))
        for activity in read.activities(window.doc):
            if activity.kind == ActivityKind.BRAINSTORM:
                page.agenda.select(activity.id)
                page.tabs.setCurrentIndex(0)
                app.processEvents()
                window.grab().save(str(OUT / "main-window.png"))
                break
        budget_shots(app, window)
        window.close()
        room_shots(app, Path(data))
        accessibility_shots(app)
        day_shots(app, Path(data))
        laptop_shots(app, Path(data))
        language_shots(app, Path(data))
        activity_language_shots(app, Path(data))
        every_script_shot(Path(data))
        handout_rtl_shot(Path(data))
        room_language_shots(app, Path(data))
    breakout_series_shots()
    return 0


def breakout_series_shots() -> None:
    """docs/screenshots/breakout-*.png and series-*.png, from the tests that make them."""
    root = Path(__file__).resolve().parents[1]
    env = dict(os.environ, WORKSHOP_SCREENSHOTS=str(OUT), QT_QPA_PLATFORM="offscreen")
    subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         "tests/test_breakout_ui.py", "-k", "file_menu or next_meeting"],
        cwd=root, env=env, check=True,
    )
    subprocess.run(  # the review of promises on the projector, at 768 and 1080 high
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         "tests/test_projector_review.py", "-k", "every_promise_reaches_the_room"],
        cwd=root, env=env, check=True,
    )


def room_language_shots(app: QApplication, data: Path) -> None:
    """What the room reads in a Polish and an Arabic workshop (the demo with the workshop's
    language set): the pulse, budget, purpose and offers views on a 1024×768 projector,
    and the Polish handout's budget page."""
    import subprocess

    from workshop.demo import fill_demo
    from workshop.domain.models import ActivityKind
    from workshop.export.pdf import handout_bytes
    from workshop.storage import read
    from workshop.storage.document import Document
    from workshop.storage.ops import details
    from workshop.ui.projector.audience import AudienceWindow
    from workshop.ui.projector.state import PresentationState

    kinds = (ActivityKind.PULSE, ActivityKind.BUDGET, ActivityKind.PURPOSE_BLEND,
             ActivityKind.OFFERS_ASKS)
    for language in ("pl", "ar"):
        with Document.create(data / f"room-{language}.workshop", fill=fill_demo) as doc:
            details.update_details(doc, language=language)
            window = AudienceWindow(clock=lambda: 1_800_000_000.0)
            window.resize(1024, 768)
            window.set_document(doc)
            window.show()
            for activity in read.activities(doc):
                if activity.kind in kinds:
                    window.set_state(PresentationState(activity_id=activity.id))
                    for _ in range(6):
                        app.processEvents()
                    name = f"room-{language}-{activity.kind.value.replace('_', '-')}.png"
                    window.grab().save(str(OUT / name))
            window.set_document(None)
            window.close()
            if language == "pl":
                pdf = data / "handout-pl.pdf"
                pdf.write_bytes(handout_bytes(doc))
                subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "11", "-l", "11",
                                "-singlefile", str(pdf), str(OUT / "handout-pl-budget")],
                               check=False)


def budget_shots(app: QApplication, window: object) -> None:
    """The participatory budget: projects, ballots (ticks and the paper tally per project),
    and both rules side by side (laptop 1366×768)."""
    from workshop.domain.models import ActivityKind
    from workshop.storage import read

    doc, page = window.doc, window.page  # type: ignore[attr-defined]
    budget = next(a for a in read.activities(doc) if a.kind is ActivityKind.BUDGET)
    page.agenda.select(budget.id)
    page.tabs.setCurrentIndex(0)
    window.resize(1366, 768)  # type: ignore[attr-defined]
    screen = page.findChild(QWidget, "budgetScreen")
    for index, name in ((0, "budget-projects.png"), (1, "budget-ballots.png"), (2, "budget.png")):
        screen.tabs.setCurrentIndex(index)
        app.processEvents()
        window.grab().save(str(OUT / name))  # type: ignore[attr-defined]
    window.resize(1400, 900)  # type: ignore[attr-defined]


def laptop_shots(app: QApplication, data: Path) -> None:
    """A real room's vote on a 1366 x 768 laptop (the shared corpus): the ballot of 42
    numbered items, what is on it, the results; and one organisation's handout."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from helpers.corpus_day import corpus_day
    from helpers.windows import main_window, silent_questions
    from workshop.domain.models import ActivityKind
    from workshop.export.pdf import per_organisation
    from workshop.storage import read
    from workshop.ui.vote.screen import VoteScreen

    path = data / "praga.workshop"
    corpus_day(path)
    window = main_window(data / "laptop-userdata", silent_questions([]))
    window.resize(1366, 768)
    window.show()
    window.open_path(path)
    assert window.page is not None and window.doc is not None
    vote = next(a for a in read.activities(window.doc) if a.kind is ActivityKind.DOT_VOTE)
    window.page.agenda.select(vote.id)
    screen = window.page.screen
    assert isinstance(screen, VoteScreen)

    def shot(name: str) -> None:
        for _ in range(8):
            app.processEvents()
        window.grab().save(str(OUT / name))

    screen.tabs.setCurrentIndex(screen.SETTINGS)
    shot("laptop-vote-settings.png")
    screen.tabs.setCurrentIndex(screen.RESULTS)
    shot("laptop-vote-results.png")
    screen.tabs.setCurrentIndex(screen.LAPTOP)
    people = screen.laptop.people
    for row in range(people.count()):
        if people.item(row).flags() & Qt.ItemFlag.ItemIsEnabled:
            people.setCurrentRow(row)
    screen.laptop.start()
    screen.laptop.items.setCurrentRow(1)  # a cluster: its notes show under the list
    shot("laptop-ballot.png")
    screen.laptop.leave()
    window.projector.controller.close()
    window.close()
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        return
    with tempfile.TemporaryDirectory() as out:
        from workshop.storage.document import Document

        doc = Document.open(path, read_only=True)
        try:
            written = per_organisation.export_per_organisation(doc, Path(out) / "day.pdf")
        finally:
            doc.close()
        subprocess.run(
            [pdftoppm, "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile",
             str(written[0]), str(OUT / "handout-organisation")],
            check=True,
        )


def room_shots(app: QApplication, data: Path) -> None:
    """The projector with a real room's long, multilingual ideas (the shared test corpus):
    the board at 1920×1080 and 1024×768, a spotlight, the vote while voting, the results."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from helpers import corpus
    from workshop.domain import room
    from workshop.domain.models import ActivityKind
    from workshop.storage import read_votes
    from workshop.storage.document import Document
    from workshop.storage.ops import agenda, voting
    from workshop.ui.projector.audience import AudienceWindow
    from workshop.ui.projector.state import PresentationState, Spotlight

    doc = Document.create(data / "room.workshop")
    people = corpus.add_people(doc)

    def add(kind: ActivityKind, title: str, prompt: str) -> int:
        return int(agenda.add_activity(doc, kind, title, prompt).inserted("activities")[0])

    board = add(ActivityKind.BRAINSTORM, "Pomysły", "Co zmienić w naszej dzielnicy w 2027?")
    vote = add(ActivityKind.DOT_VOTE, "Głosowanie", "Trzy kropki na osobę")
    fill = corpus.fill_board(doc, board)
    voting.configure_vote(doc, vote, source_activity_id=board)
    window = AudienceWindow(clock=lambda: 1_800_000_000.0)
    window.set_document(doc)
    doc.subscribe(window.on_change)

    def shot(name: str, size: tuple[int, int], state: PresentationState) -> None:
        window.resize(*size)
        window.set_state(state)
        window.show()
        for _ in range(5):
            app.processEvents()
        window.grab().save(str(OUT / name))

    shot("projector-board-long-1080.png", (1920, 1080), PresentationState(activity_id=board))
    shot("projector-board-long-768.png", (1024, 768), PresentationState(activity_id=board))
    longest = max(range(len(corpus.IDEAS)), key=lambda i: len(corpus.IDEAS[i]))
    shot("projector-spotlight.png", (1920, 1080), PresentationState(
        activity_id=board, spotlight=Spotlight(room.NOTE, fill.note_ids[longest])))
    cluster = next(iter(fill.cluster_ids.values()))
    shot("projector-spotlight-cluster.png", (1920, 1080), PresentationState(
        activity_id=board, spotlight=Spotlight(room.CLUSTER, cluster)))
    shot("projector-vote-voting.png", (1920, 1080), PresentationState(activity_id=vote))
    items = read_votes.items(doc, read_votes.settings(doc, vote))
    for index, person in enumerate(people):
        for dot in range(3):
            voting.add_dot(doc, vote, person, items[(index * 7 + dot * 11) % 12].id)
        voting.finish_ballot(doc, vote, person)
    voting.set_revealed(doc, vote, True)
    shot("projector-vote-results.png", (1920, 1080), PresentationState(activity_id=vote))
    window.close()
    doc.close()


def accessibility_shots(app: QApplication) -> None:
    """docs/accessibility.md's pictures: the board's focus ring with a current and a selected
    note, and the colour legend of "colour by organisation" on the laptop and the projector."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from workshop.domain import board as b
    from workshop.domain.models import ActivityKind
    from workshop.storage import read, read_board
    from workshop.storage.ops import board as board_ops
    from workshop.storage.ops import details
    from workshop.ui.app import build_window

    window = build_window()
    window.resize(1366, 738)
    window.show()
    window.open_demo()
    assert window.page is not None and window.doc is not None
    doc, page = window.doc, window.page
    brainstorm = next(a for a in read.activities(doc) if a.kind == ActivityKind.BRAINSTORM)
    page.agenda.select(brainstorm.id)
    app.processEvents()
    screen = page.screen
    view = screen.view  # type: ignore[union-attr]
    view.setFocus(Qt.FocusReason.TabFocusReason)
    app.processEvents()
    for key in (Qt.Key.Key_Home, Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_Right):
        QTest.keyClick(view, key)
    screen.set_outline_shown(True)  # type: ignore[union-attr]
    for _ in range(3):
        app.processEvents()
    screen.grab().save(str(OUT / "a11y-board-focus.png"))  # type: ignore[union-attr]
    # Colour by organisation: the notes take their author's organisation colour.
    details.update_details(doc, anonymous=False)
    people = {p.id: p.organisation for p in read.participants(doc)}
    organisations = read.organisations(doc)
    for note in read_board.notes(doc, brainstorm.id):
        if note.author_id is not None and people.get(note.author_id):
            colour = b.colour_for_organisation(people[note.author_id], organisations)
            board_ops.set_note_colour(doc, [note.id], colour)
    screen.set_outline_shown(False)  # type: ignore[union-attr]
    screen.capture.by_organisation.setChecked(True)  # type: ignore[union-attr]
    for _ in range(3):
        app.processEvents()
    screen.grab().save(str(OUT / "a11y-colour-legend.png"))  # type: ignore[union-attr]
    controller = window.projector.controller
    controller.show_in_room(brainstorm.id)  # the room sees the live activity, not a selection
    controller.toggle()
    for _ in range(10):
        app.processEvents()
    controller.window.grab().save(str(OUT / "a11y-projector-legend.png"))
    controller.close()
    window.close()


def day_shots(app: QApplication, data: Path) -> None:
    """The ten moments of the README's "Getting started", from the end-to-end day."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from helpers import day

    answers = day.Answers(data)
    window = day.make_window(data / "day-userdata", answers)
    app.processEvents()
    run = day.Day(window, answers, data / "harbour.workshop", data / "harbour.pdf")
    run.snapshot = lambda name: window.grab().save(str(OUT / f"day-{name}.png"))
    run.run()
    window.projector.controller.close()
    window.close()
    # The handout's first pages as a picture, when poppler's pdftoppm is on the machine.
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        print("pdftoppm not found: day-10-handout-page.png left as it is", file=sys.stderr)
        return
    for page in (1, 3):
        subprocess.run(
            [pdftoppm, "-png", "-r", "60", "-f", str(page), "-l", str(page), "-singlefile",
             str(run.pdf), str(OUT / f"day-10-handout-page{page}")],
            check=True,
        )


def every_script_shot(data: Path) -> None:
    """A handout page with notes in every script (docs/decisions/0010-every-script-prints.md)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from helpers.scripts import polish_handout, scripts_handout

    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        return
    pdf = scripts_handout(data)
    subprocess.run(
        [pdftoppm, "-png", "-r", "80", "-f", "2", "-l", "2", "-singlefile", str(pdf),
         str(OUT / "handout-every-script")],
        check=True,
    )
    # A handout in the workshop's language, whatever the app's (Polish cover).
    subprocess.run(
        [pdftoppm, "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile",
         str(polish_handout(data)), str(OUT / "handout-cover-pl")],
        check=True,
    )


def language_shots(app: QApplication, data: Path) -> None:
    """The main window in Polish and in Arabic (right to left) on a 1366 × 768 laptop, the
    board holding the shared corpus (docs/screenshots/main-window-pl.png, -ar.png)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from helpers.corpus_day import corpus_day
    from helpers.windows import main_window, silent_questions
    from workshop.domain.models import ActivityKind
    from workshop.storage import read
    from workshop.ui import language

    path = data / "languages.workshop"
    if not path.exists():
        corpus_day(path)
    for code in ("pl", "ar"):
        translators = language.install(app, code)
        window = main_window(data / f"userdata-{code}", silent_questions([]))
        window.resize(1366, 768)
        window.show()
        window.open_path(path)
        assert window.page is not None and window.doc is not None
        board = next(a for a in read.activities(window.doc) if a.kind is ActivityKind.BRAINSTORM)
        window.page.agenda.select(board.id)
        deadline = time.monotonic() + 0.6  # the run panel's preview renders after 250 ms
        while time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.02)
        window.grab().save(str(OUT / f"main-window-{code}.png"))
        window.projector.controller.close()
        window.close()
        language.uninstall(app, translators)


def activity_language_shots(app: QApplication, data: Path) -> None:
    """The budget, pulse, purpose and vote screens in Arabic (right to left), in Spanish and
    in the +40 % pseudo-translation on a 1366 × 768 laptop, with the corpus
    (docs/screenshots/ar-<kind>.png, es-<kind>.png, pseudo-<kind>.png)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from helpers.corpus_budget import corpus_day_with_budget
    from helpers.windows import main_window, silent_questions
    from workshop.domain.models import ActivityKind
    from workshop.storage import read
    from workshop.ui import language

    path = data / "activities.workshop"
    if not path.exists():
        corpus_day_with_budget(path)
    kinds = {ActivityKind.BUDGET: "budget", ActivityKind.PULSE: "pulse",
             ActivityKind.PURPOSE_BLEND: "purpose", ActivityKind.DOT_VOTE: "vote"}
    from workshop.ui import i18n_tools

    for code in ("ar", "es", "pseudo"):
        if code == "pseudo":  # every text 40 % longer, in [brackets]: it still fits
            extra = i18n_tools.pseudo(data / "workshop_pseudo.qm")
            translators = language.install(app, "en", extra=extra)
        else:
            translators = language.install(app, code)
        window = main_window(data / f"userdata-activities-{code}", silent_questions([]))
        window.resize(1366, 768)
        window.show()
        window.open_path(path)
        assert window.page is not None and window.doc is not None
        for activity in read.activities(window.doc):
            if activity.kind in kinds:
                window.page.agenda.select(activity.id)
                screen = window.page.screen
                if activity.kind is ActivityKind.DOT_VOTE and screen is not None:
                    screen.findChild(QWidget, "voteTabs").setCurrentIndex(3)  # the results
                if activity.kind is ActivityKind.BUDGET and screen is not None:
                    screen.findChild(QWidget, "budgetTabs").setCurrentIndex(2)  # both rules
                for _ in range(8):
                    app.processEvents()
                window.grab().save(str(OUT / f"{code}-{kinds[activity.kind]}.png"))
        window.projector.controller.close()
        window.close()
        language.uninstall(app, translators)


def handout_rtl_shot(data: Path) -> None:
    """The page of an Arabic workshop's handout with the vote's tables: first column on the
    right (docs/screenshots/handout-ar-tables.png)."""
    import unicodedata

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from helpers.corpus_day import corpus_day
    from workshop.export.localised import words
    from workshop.export.pdf import handout_bytes
    from workshop.storage.document import Document
    from workshop.storage.ops import details

    path = data / "handout-ar.workshop"
    corpus_day(path)
    with Document.open(path) as doc:
        details.update_details(doc, language="ar")
        pdf = data / "handout-ar.pdf"
        pdf.write_bytes(handout_bytes(doc))
    wanted = unicodedata.normalize("NFKC", words("ar")("vote.by_organisation"))
    page = 1
    while True:
        text = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"],
                              capture_output=True, text=True, check=False)
        if text.returncode != 0 or not text.stdout:
            return
        shown = unicodedata.normalize("NFKC", text.stdout)
        if wanted in shown or wanted[::-1] in shown:
            break
        page += 1
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", str(page), "-l", str(page),
                    "-singlefile", str(pdf), str(OUT / "handout-ar-tables")], check=False)


def languages_only() -> int:
    """``tests/screenshots.py languages``: only the translated main windows."""
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as data:
        os.environ["WORKSHOP_DATA_DIR"] = data
        from workshop.ui import language
        from workshop.ui.theme import apply_theme

        language.install(app, "en")
        apply_theme(app)
        language_shots(app, Path(data))
        activity_language_shots(app, Path(data))
        handout_rtl_shot(Path(data))
    return 0


if __name__ == "__main__":
    raise SystemExit(languages_only() if sys.argv[1:] == ["languages"] else main())

"""Every interaction on the purpose, offers/asks and pulse screens at 12 parties and 60 cards.

Run: ``.venv/bin/python tests/benchmarks/bench_room_screens.py``. Writes its section of
docs/benchmarks.md. Target: each interaction ≤ 50 ms (median, offscreen, including the
durable commit and the screen's refresh). Baseline in the same run: one durable commit
of a one-row change through ``Document.edit`` with no screen listening (the least any
interaction costs).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication
from report import write_section
from tests.helpers import room_day

from workshop.domain.purpose_words import warm_up
from workshop.storage import read_pulse, read_purpose, read_reciprocity
from workshop.storage.document import Document
from workshop.storage.ops import details
from workshop.storage.ops import purpose as purpose_ops
from workshop.storage.read_purpose import analysis_languages, pending_analyses
from workshop.ui.projector.audience import AudienceWindow
from workshop.ui.projector.state import PresentationState
from workshop.ui.pulse.screen import PulseScreen
from workshop.ui.purpose.screen import PurposeScreen
from workshop.ui.reciprocity.screen import OffersAsksScreen
from workshop.ui.screens.base import ScreenContext
from workshop.ui.undo import UndoRunner

TARGET_MS = 50.0
EXTRA = {
    "Westside Mosque": "We serve our community through worship, education and welfare, "
    "feeding neighbours in need and welcoming people of every faith and none.",
    "Northfield Sports Trust": "We get residents of every age and ability active through "
    "affordable sport, coaching and volunteering in local parks and halls.",
}


def median_ms(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Median wall time and median CPU time of this (the GUI) thread, in ms.

    The machine is shared: wall times swing two- to three-fold with its load, the CPU time
    the interaction itself spends far less, so both are reported.
    """
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.thread_time()
        fn()
        cpus.append((time.thread_time() - cpu) * 1000)
        walls.append((time.perf_counter() - wall) * 1000)
    return statistics.median(walls), statistics.median(cpus)


def halved(times: tuple[float, float]) -> tuple[float, float]:
    """Per gesture, for a measurement of two."""
    return times[0] / 2, times[1] / 2


def once(fn: Callable[[], object]) -> tuple[float, float]:
    return median_ms(fn, 1)


def main() -> None:
    app = QApplication(sys.argv[:1])
    rows: list[tuple[str, tuple[float, float]]] = []
    with tempfile.TemporaryDirectory() as folder:
        os.environ["WORKSHOP_DATA_DIR"] = folder
        doc = Document.create(Path(folder) / "room.workshop")
        day = room_day.build(doc, cards=60)
        for name, text in EXTRA.items():
            purpose_ops.add_statement(doc, day.purpose, name, text)
        room_day.add_draft_with_ratings(doc, day)
        runner = UndoRunner(doc, QUndoStack(), report=print)
        ctx = ScreenContext(doc, runner)

        def baseline() -> None:
            details.update_details(doc, venue=f"Hall {time.perf_counter()}")

        base = median_ms(baseline, 30)[0]
        # What the main window does ~300 ms after a workshop opens: the word data loads on a
        # thread (timed on its own: nobody waits for it unless they open a screen that early).
        def warm() -> None:
            thread = warm_up(analysis_languages(doc), pending_analyses(doc))
            if thread is not None:
                thread.join()

        rows.append(("load word data and analyses (background thread, after opening)",
                     once(warm)))
        projector = AudienceWindow()
        projector.resize(1920, 1080)
        projector.set_document(doc)
        projector.show()

        def settle() -> None:
            app.processEvents()

        # Purpose: open the screen, hide and show a theme, keep a draft, rate (Enter).
        projector.set_state(PresentationState(activity_id=day.purpose))

        def open_purpose() -> PurposeScreen:
            screen = PurposeScreen(ctx, day.purpose)
            screen.resize(1366, 700)
            screen.show()
            settle()
            return screen

        rows.append(("open the purpose activity (first time)",
                     once(lambda: open_purpose().close())))
        rows.append(("open the purpose activity (again)",
                     median_ms(lambda: open_purpose().close(), 5)))
        purpose = open_purpose()
        listeners = [doc.subscribe(purpose.on_change), doc.subscribe(projector.on_change)]

        def hide_and_show() -> None:
            change = runner.run(purpose_ops.hide_terms, day.purpose, ["residents"])
            settle()
            assert change is not None
            (hidden,) = read_purpose.hidden_terms(doc, day.purpose)
            runner.run(purpose_ops.unhide_term, hidden.id)
            settle()

        rows.append(("hide a theme, then show it again (two gestures)",
                     halved(median_ms(hide_and_show, 10))))
        drafts = read_purpose.drafts(doc, day.purpose)
        endorse = purpose.endorse
        endorse.select_draft(drafts[-1].id)

        def rate() -> None:
            endorse.score.setValue((endorse.score.value() + 1) % 6)
            endorse.party.setCurrentIndex(0)
            endorse.rate()
            settle()

        rows.append(("fist of five: one party's rating (Enter)", median_ms(rate, 20)))

        def keep_draft() -> None:
            purpose.drafts.text.setPlainText(f"A shared purpose {time.perf_counter()}")
            purpose.drafts.save_new()
            settle()

        rows.append(("keep a new draft", median_ms(keep_draft, 10)))
        for unsubscribe in listeners:
            unsubscribe()
        purpose.close()

        # Offers and asks: confirm a match, then undo it.
        projector.set_state(PresentationState(activity_id=day.offers))
        offers = OffersAsksScreen(ctx, day.offers)
        offers.ask_due = lambda _parent, _title: ""  # the due-date question: answered at once
        offers.resize(1366, 700)
        offers.show()
        settle()
        listeners = [doc.subscribe(offers.on_change), doc.subscribe(projector.on_change)]
        asks = [c for c in read_reciprocity.cards(doc, day.offers) if c.kind.value == "ask"]

        def confirm() -> None:
            offers.asks_list.setCurrentRow(len(asks) - 1)
            settle()
            offers.suggestions_list.setCurrentRow(0)
            offers.confirm_selected()
            settle()
            runner.stack.undo()
            settle()

        rows.append(("confirm a suggested match (and undo it)", halved(median_ms(confirm, 10))))
        for unsubscribe in listeners:
            unsubscribe()
        offers.close()

        # Pulse: choose a statement for the room, enter a tally.
        projector.set_state(PresentationState(activity_id=day.pulse))
        pulse = PulseScreen(ctx, day.pulse)
        pulse.resize(1366, 700)
        pulse.show()
        settle()
        listeners = [doc.subscribe(pulse.on_change), doc.subscribe(projector.on_change)]
        count = len(read_pulse.statements(doc, day.pulse))
        index = [0]

        def choose() -> None:
            index[0] = (index[0] + 1) % count
            pulse.statements_list.setCurrentRow(index[0])
            settle()

        rows.append(("choose the statement the room sees", median_ms(choose, 20)))

        counter = [0]

        def tally() -> None:
            counter[0] += 1  # a different tally each time (the same one changes nothing)
            pulse.quick_tally.setText(f"1 2 {counter[0] % 7} 4 2")
            pulse.enter_quick_tally()
            settle()

        rows.append(("enter a paper tally (Enter)", median_ms(tally, 20)))
        for unsubscribe in listeners:
            unsubscribe()
        pulse.close()
        projector.close()
        doc.close()

    table = "\n".join(
        f"| {name} | {ms:.1f} | {cpu:.1f} | {ms / base:.0f}× | "
        f"{'(not an interaction)' if 'background' in name else '✓' if ms <= TARGET_MS else '✗'} |"
        for name, (ms, cpu) in rows
    )
    body = f"""## Purpose, offers/asks and pulse screens: each interaction

`tests/benchmarks/bench_room_screens.py`: 12 parties with long purpose statements, a draft
rated by all, 60 offers and asks, five pulse statements asked twice; the laptop screen at
1366×700 and the projector open at 1920×1080, both refreshing from each change.
Baseline: one durable one-row commit through `Document.edit`, nothing listening:
**{base:.2f} ms**. Target: ≤ {TARGET_MS:.0f} ms per interaction. "CPU ms" is the GUI
thread's own CPU time (the wall time swings two- to three-fold with the shared machine's
load). The first row is what the main window starts 300 ms after a workshop opens: the
word data and the purpose analyses, on a thread (the GUI thread only reads the inputs).

| interaction (median) | ms | CPU ms | × baseline | ≤ 50 ms |
|---|---|---|---|---|
{table}
"""
    write_section("room-screens", body)
    print(body)


if __name__ == "__main__":
    main()

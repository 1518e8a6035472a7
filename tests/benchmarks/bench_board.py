"""Benchmark the sticky-note board against a bare QGraphicsScene measured in the same run.

Run: ``.venv/bin/python tests/benchmarks/bench_board.py`` (writes its section of
docs/benchmarks.md). Offscreen, 1920×1080 view.

- Enter → stored and painted, with 2,000 notes on the board (median of 60).
- One full repaint showing every note (2,000 and 10,000), and one at 100 % zoom.
- Opening a 10,000-note document to a painted board.
- Peak memory (max RSS) of a process showing 10,000 notes, in a child process each.

The bare baseline is a QGraphicsScene of plain QGraphicsRectItems with a
QGraphicsSimpleTextItem each (no Python in the paint path), in an identical view.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import json
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)
from report import median_ms, write_section

from workshop.domain import board as b
from workshop.domain.models import ActivityKind
from workshop.storage import read_board
from workshop.storage.document import Document
from workshop.storage.ops import agenda
from workshop.storage.ops import board as ops

WIDTH, HEIGHT = 1920, 1080
WORDS = [
    "library", "youth", "forum", "food", "bank", "health", "centre", "council", "volunteers",
    "bus", "pass", "warm", "space", "homework", "club", "fridge", "walks", "interpreters",
    "shared", "calendar", "funding", "lighting", "art", "garden",
]


def note_texts(count: int) -> list[str]:
    texts = []
    for i in range(count):
        length = 4 + (i * 7) % 18
        texts.append(" ".join(WORDS[(i + k * 3) % len(WORDS)] for k in range(length)))
    return texts


def make_document(path: Path, count: int) -> int:
    with Document.create(path, overwrite=True) as doc:
        activity = agenda.add_activity(doc, ActivityKind.BRAINSTORM, "Ideas").inserted(
            "activities"
        )[0]
        texts = note_texts(count)
        for start in range(0, count, 1000):
            ops.add_notes(doc, activity, texts[start : start + 1000], colour=start // 1000 % 6)
        return int(activity)


# ------------------------------------------------------------------ the two boards


def open_board(path: Path, activity: int):  # type: ignore[no-untyped-def]
    from workshop.ui.board.screen import BoardScreen
    from workshop.ui.screens.base import ScreenContext
    from workshop.ui.undo import UndoRunner

    doc = Document.open(path)
    runner = UndoRunner(doc, QUndoStack(), None, report=print)
    screen = BoardScreen(ScreenContext(doc, runner), activity)
    doc.subscribe(screen.on_change)
    screen.resize(WIDTH, HEIGHT)
    screen.show()
    QTest.qWaitForWindowExposed(screen)
    screen.view.viewport().repaint()
    return doc, screen


def bare_view(notes: list[b.Note]) -> QGraphicsView:
    scene = QGraphicsScene()
    brush = QBrush(QColor(b.COLOUR_HEX[0]))
    for note in notes:
        rect = QGraphicsRectItem(QRectF(0, 0, b.NOTE_WIDTH, b.NOTE_HEIGHT))
        rect.setBrush(brush)
        rect.setPos(note.x, note.y)
        text = QGraphicsSimpleTextItem(note.text[:24], rect)
        text.setPos(10, 10)
        scene.addItem(rect)
    view = QGraphicsView(scene)
    view.scene_ref = scene  # type: ignore[attr-defined]  # keep the scene alive with the view
    view.resize(WIDTH, HEIGHT)
    view.show()
    QTest.qWaitForWindowExposed(view)
    return view


def fit(view: QGraphicsView, rect: QRectF) -> None:
    view.fitInView(rect.adjusted(-40, -40, 40, 40), Qt.AspectRatioMode.KeepAspectRatio)


def repaint_ms(view: QGraphicsView, repeat: int) -> float:
    viewport = view.viewport()
    viewport.repaint()
    return median_ms(viewport.repaint, repeat)


# ------------------------------------------------------------------ measurements


class PaintCounter(QObject):
    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def painted(counter: PaintCounter) -> None:
    """Run the event loop until the viewport has painted what changed (as the app would)."""
    before = counter.count
    deadline = time.perf_counter() + 2
    while counter.count == before and time.perf_counter() < deadline:
        QApplication.processEvents()
    assert counter.count > before, "nothing was painted"


def bench_enter(path: Path, activity: int) -> tuple[float, float]:
    doc, screen = open_board(path, activity)
    capture = screen.capture.text
    screen.focus_primary()
    # A scribe works at a readable zoom, following the newest notes.
    screen.view.set_zoom(0.75)
    screen.view.reveal_note(read_board.notes(doc, activity)[-1].id)
    counter = PaintCounter(screen.view.viewport())
    QApplication.processEvents()
    times = []
    for i in range(60):
        capture.setText(f"New idea {i}")
        start = time.perf_counter()
        QTest.keyClick(capture, Qt.Key.Key_Return)
        painted(counter)
        times.append((time.perf_counter() - start) * 1000)
    assert read_board.counts(doc, activity).notes == 2060
    notes = read_board.notes(doc, activity)[:2000]
    transform = screen.view.transform()
    centre = screen.view.mapToScene(screen.view.viewport().rect().center())
    screen.close()
    doc.close()
    view = bare_view(notes)
    view.setTransform(transform)
    view.centerOn(centre)
    counter = PaintCounter(view.viewport())
    QApplication.processEvents()
    scene = view.scene()
    brush = QBrush(QColor(b.COLOUR_HEX[1]))
    # The bare equivalent: one durable insert into the same file, one item, one paint.
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    bare = []
    for i in range(60):
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(
            "INSERT INTO notes (activity_id, text, x, y) VALUES (?, ?, ?, ?)",
            (activity, f"New idea {i}", 0.0, 0.0),
        )
        conn.execute("COMMIT")
        item = QGraphicsRectItem(QRectF(0, 0, b.NOTE_WIDTH, b.NOTE_HEIGHT))
        item.setBrush(brush)
        item.setPos(centre.x() + (i % 5) * 200.0, centre.y())
        QGraphicsSimpleTextItem(f"New idea {i}", item)
        scene.addItem(item)
        painted(counter)
        bare.append((time.perf_counter() - start) * 1000)
    conn.close()
    view.close()
    return statistics.median(times), statistics.median(bare)


def bench_repaint(path: Path, activity: int, repeat: int) -> dict[str, float]:
    doc, screen = open_board(path, activity)
    view = screen.view
    content = screen.scene.content_rect()
    fit(view, content)
    board_all = repaint_ms(view, repeat)
    view.resetTransform()
    view.centerOn(content.topLeft() + QRectF(0, 0, WIDTH, HEIGHT).center())
    board_100 = repaint_ms(view, repeat)
    notes = read_board.notes(doc, activity)
    screen.close()
    doc.close()
    bare = bare_view(notes)
    fit(bare, content)
    bare_all = repaint_ms(bare, repeat)
    bare.resetTransform()
    bare.centerOn(content.topLeft() + QRectF(0, 0, WIDTH, HEIGHT).center())
    bare_100 = repaint_ms(bare, repeat)
    bare.close()
    return {"board_all": board_all, "bare_all": bare_all, "board_100": board_100,
            "bare_100": bare_100}


def child(mode: str, path: Path, activity: int) -> None:
    """Run in a fresh process: open to a painted board, print seconds and peak RSS in MB."""
    QApplication.instance() or QApplication([])
    start = time.perf_counter()
    if mode == "board":
        _doc, _screen = open_board(path, activity)
    else:
        with Document.open(path) as doc:
            notes = read_board.notes(doc, activity)
        view = bare_view(notes)
        fit(view, view.scene().itemsBoundingRect())
        view.viewport().repaint()
    seconds = time.perf_counter() - start
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the forking parent across exec.
    status = Path("/proc/self/status").read_text()
    line = next(x for x in status.splitlines() if x.startswith("VmHWM:"))
    peak = int(line.split()[1]) / 1024
    print(json.dumps({"seconds": seconds, "peak_mb": peak}))


def run_child(mode: str, path: Path, activity: int) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", mode, str(path), str(activity)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])  # type: ignore[no-any-return]


def best_of(runs: list[dict[str, float]]) -> dict[str, float]:
    return {key: min(r[key] for r in runs) for key in runs[0]}


def main() -> None:
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        os.environ["WORKSHOP_DATA_DIR"] = folder
        small = Path(folder) / "2000.workshop"
        large = Path(folder) / "10000.workshop"
        small_activity = make_document(small, 2000)
        large_activity = make_document(large, 10000)
        copy = Path(folder) / "enter.workshop"
        copy.write_bytes(small.read_bytes())
        enter, enter_bare = bench_enter(copy, small_activity)
        storage_copy = Path(folder) / "op.workshop"
        storage_copy.write_bytes(small.read_bytes())
        with Document.open(storage_copy) as doc:
            counter = iter(range(10**6))
            op_only = median_ms(
                lambda: ops.add_note(doc, small_activity, f"idea {next(counter)}"), 60
            )
        r2k = bench_repaint(small, small_activity, 30)
        r10k = bench_repaint(large, large_activity, 10)
        board_open = best_of([run_child("board", large, large_activity) for _ in range(3)])
        bare_open = best_of([run_child("bare", large, large_activity) for _ in range(3)])
    del app

    def ratio(a: float, base: float) -> str:
        return f"{a / base:.2f}×" if base else "–"

    rows = [
        ("Enter → note stored and painted, 2,000 notes, 75 % zoom (median of 60)",
         f"{enter:.1f} ms", f"{enter_bare:.1f} ms (one SQLite insert, add one item, paint)",
         ratio(enter, enter_bare), "≤ 16 ms"),
        ("… of which the add_note operation alone (validate, find a free cell, commit)",
         f"{op_only:.1f} ms", "–", "–", ""),
        ("Full repaint, all 2,000 notes in view", f"{r2k['board_all']:.1f} ms",
         f"{r2k['bare_all']:.1f} ms", ratio(r2k["board_all"], r2k["bare_all"]), "≤ 1.5×"),
        ("Full repaint, all 10,000 notes in view", f"{r10k['board_all']:.1f} ms",
         f"{r10k['bare_all']:.1f} ms", ratio(r10k["board_all"], r10k["bare_all"]), "≤ 1.5×"),
        ("Repaint at 100 % zoom, 2,000-note board (after a first paint)",
         f"{r2k['board_100']:.1f} ms", f"{r2k['bare_100']:.1f} ms",
         ratio(r2k["board_100"], r2k["bare_100"]), "(not set)"),
        ("Repaint at 100 % zoom, 10,000-note board (after a first paint)",
         f"{r10k['board_100']:.1f} ms", f"{r10k['bare_100']:.1f} ms",
         ratio(r10k["board_100"], r10k["bare_100"]), "(not set)"),
        ("Open a 10,000-note file to a painted board (fresh process, best of 3)",
         f"{board_open['seconds'] * 1000:.0f} ms", f"{bare_open['seconds'] * 1000:.0f} ms",
         ratio(board_open["seconds"], bare_open["seconds"]), "≤ 1.5 s"),
        ("Peak memory (VmHWM) of a process showing 10,000 notes", f"{board_open['peak_mb']:.0f} MB",
         f"{bare_open['peak_mb']:.0f} MB", ratio(board_open["peak_mb"], bare_open["peak_mb"]),
         "≤ 300 MB"),
    ]
    table = ["| measure | board | bare QGraphicsScene | ratio | target |",
             "|---|---|---|---|---|"]
    table += [f"| {' | '.join(row)} |" for row in rows]
    body = "\n".join(
        [
            "## Sticky-note board",
            "",
            "`.venv/bin/python tests/benchmarks/bench_board.py` — offscreen, 1920×1080 view. The "
            "bare baseline is a QGraphicsScene of QGraphicsRectItem + QGraphicsSimpleTextItem "
            "(C++ painting only) with the same positions and the same view transform. The board "
            "draws notes without text below 40 % zoom (level of detail), so with every note in "
            "view it paints less than the bare baseline; the 100 % rows compare full detail "
            "(wrapped, elided text, author line, shadow); notes cache their painted image "
            "(DeviceCoordinateCache), so after a first paint a frame is a blit. The Enter "
            "target is absolute (one 60 Hz frame); its baseline is the floor (a raw insert and "
            "a C++ item), the rest is the app's work in Python: validation, the free-cell search "
            "over 2,000 notes, the change report, the new item and its text layout. Open and "
            "memory run in fresh child processes (VmHWM, as ru_maxrss is inherited across exec).",
            "",
            *table,
        ]
    )
    write_section("board", body)
    print(body)


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--child":
        child(sys.argv[2], Path(sys.argv[3]), int(sys.argv[4]))
    else:
        main()

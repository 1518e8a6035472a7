"""Benchmark: 60 phones at once against the app, on loopback only.

Run: ``.venv/bin/python tests/benchmarks/bench_phones.py`` (writes its section of
docs/benchmarks.md; ``BENCH_RUNS`` runs, 5 by default, each in a fresh process, and
the medians of the runs). The laptop is the real main window (offscreen, 1366×768) with
the demo workshop, its board on screen and the projector open; its Qt thread is the one
writer. A separate process plays 60 phones (one keep-alive connection each, all
started at once): each posts 20 notes (brainstorm live), then each casts one ballot
(vote live). Measured:

- acknowledgement latency per post (sent → "done" received, which comes after the
  commit), p50/p95; lost (acknowledged but not in the file) and duplicated posts;
- where a post's time goes on the laptop: waiting for the Qt thread, its operation,
  the group commit until its answer (timestamps around the owner's jobs);
- the laptop meanwhile: one interaction (a key typed in the capture box, the board
  repainted) timed every 50 ms; each turn of its event loop (what a key press may wait
  behind), p95 and longest.

Bare baselines in the same run: the same 60 phones against a bare tornado handler on
its own thread (no document, no Qt: the network and HTTP cost alone), the same laptop
interaction with no phones, and one durable SQLite commit on the same disk.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import http.client
import json
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PHONES, NOTES = int(os.environ.get("BENCH_PHONES", "60")), 20


# ---------------------------------------------------------------------------- the phones


def _client(base: str, mode: str, args: list[str]) -> None:
    """The child process: PHONES threads, one connection each, all released at once."""
    host, port = base.split("//")[1].split("/")[0].split(":")
    prefix = "/" + base.split("//")[1].split("/", 1)[1]
    gate = threading.Barrier(PHONES, timeout=60)
    results: list[list[float]] = [[] for _ in range(PHONES)]
    statuses: Counter[int] = Counter()
    lock = threading.Lock()
    pids = [int(x) for x in args[0].split(",")] if args else list(range(PHONES))
    activity = int(args[1]) if len(args) > 1 else 0
    items = [int(x) for x in args[2].split(",")] if len(args) > 2 else []

    def phone(n: int) -> None:
        conn = http.client.HTTPConnection(host, int(port), timeout=60)
        cookie = ""
        if mode != "bare":
            conn.request("POST", prefix + "api/join", json.dumps({"participant": pids[n]}),
                         {"Content-Type": "application/json"})
            answer = conn.getresponse()
            answer.read()
            cookie = (answer.getheader("Set-Cookie") or "").split(";")[0]
        gate.wait()
        if mode == "ballot":
            bodies = [{"what": "ballot", "key": f"bench-b-{n}", "activity": activity,
                       "dots": {str(items[(n + k) % len(items)]): 1 for k in range(3)}}]
        else:
            bodies = [{"what": "note", "key": f"bench-{n}-{k}", "activity": activity,
                       "text": f"Phone {n} idea {k}: more shade and benches by the river"}
                      for k in range(NOTES)]
        for body in bodies:
            start = time.perf_counter()
            conn.request("POST", prefix + "api/post", json.dumps(body),
                         {"Content-Type": "application/json", "Cookie": cookie})
            answer = conn.getresponse()
            answer.read()
            results[n].append((time.perf_counter() - start) * 1000)
            with lock:
                statuses[answer.status] += 1
        conn.close()

    threads = [threading.Thread(target=phone, args=(n,)) for n in range(PHONES)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    wall = time.perf_counter() - started
    print(json.dumps({"latencies": [x for r in results for x in r], "statuses": statuses,
                      "wall": wall}))


def _run_client(base: str, mode: str, *args: str, drive: object = None) -> dict:
    """Play the phones in a child process; ``drive(done)`` runs the laptop meanwhile."""
    child = subprocess.Popen([sys.executable, __file__, "--client", base, mode, *args],
                             stdout=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 300
    if callable(drive):
        drive(lambda: child.poll() is not None or time.monotonic() > deadline)
    while child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    out, _ = child.communicate(timeout=30)
    return json.loads(out)


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


# ---------------------------------------------------------------------------- bare baseline


def bare_server() -> tuple[str, object]:
    import asyncio

    import tornado.httpserver
    import tornado.netutil
    import tornado.web

    class Ok(tornado.web.RequestHandler):
        def post(self) -> None:
            json.loads(self.request.body)
            self.finish('{"ok": true}')

    sockets = tornado.netutil.bind_sockets(0, address="127.0.0.1")
    port = sockets[0].getsockname()[1]
    loop_box: list[asyncio.AbstractEventLoop] = []
    ready = threading.Event()

    def run() -> None:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop_box.append(loop)
        app = tornado.web.Application([(r"/bare/api/post", Ok)], log_function=lambda h: None)
        server = tornado.httpserver.HTTPServer(app)
        server.add_sockets(sockets)
        ready.set()
        loop.run_forever()
        server.stop()
        loop.close()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    ready.wait(10)

    def stop() -> None:
        loop_box[0].call_soon_threadsafe(loop_box[0].stop)
        thread.join(10)

    return f"http://127.0.0.1:{port}/bare/", stop


# ---------------------------------------------------------------------------- the laptop


def durable_commit_ms(folder: Path, repeat: int = 50) -> float:
    """One small durable commit (WAL, synchronous=FULL) on this disk now: the fsync."""
    conn = sqlite3.connect(folder / "bare.db", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, x TEXT)")
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO t (x) VALUES ('a')")
        conn.execute("COMMIT")
        times.append((time.perf_counter() - start) * 1000)
    conn.close()
    return statistics.median(times)


def one_run() -> dict:
    """One whole measurement in this process; its figures as JSON-ready values."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from helpers.windows import main_window, silent_questions
    from workshop.demo import write_demo
    from workshop.domain.models import ActivityKind
    from workshop.domain.roster import RosterEntry
    from workshop.storage import read, read_board, read_phones, read_votes
    from workshop.storage.changes import Change
    from workshop.storage.document import Document
    from workshop.storage.ops import participants

    app = QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp())
    os.environ["WORKSHOP_DATA_DIR"] = str(folder)
    path = folder / "room.workshop"
    write_demo(path)
    with Document.open(path) as doc:
        participants.add_participants(
            doc, [RosterEntry(f"Phone person {n:02d}", f"Org {n % 6}") for n in range(PHONES)]
        )
    win = main_window(folder, silent_questions([]))
    win.resize(1366, 768)
    win.show()
    assert win.open_path(path)
    doc = win.ctx.doc
    wiring = win.phones
    wiring.host = "127.0.0.1"
    wiring.session.port = 0
    wiring.panel.enabled.click()
    server = wiring.session.server
    activities = {a.kind: a.id for a in reversed(read.activities(doc))}

    # Timestamps around every job the server hands to the Qt thread: asked, begun,
    # done (its operation), answered (after the group commit).
    owner = wiring.session.owner
    real_call = owner.call
    marks: list[list[float]] = []

    def call(job: object) -> object:
        mark = [time.perf_counter(), 0.0, 0.0, 0.0, 0.0]

        def timed(doc: object, live: object) -> object:
            mark[1] = time.perf_counter()
            try:
                result = job(doc, live)  # type: ignore[operator]
                mark[4] = float(isinstance(result, Change))  # a post (not a join, a read)
                return result
            finally:
                mark[2] = time.perf_counter()

        future = real_call(timed)
        future.add_done_callback(lambda _f: mark.__setitem__(3, time.perf_counter()))
        marks.append(mark)
        return future

    owner.call = call  # type: ignore[method-assign]

    def live(kind: ActivityKind) -> int:
        win.page.agenda.select(activities[kind])
        win.projector.controller.show_preview_in_room()
        if not wiring.panel.open_live.isChecked():
            wiring.panel.open_live.click()
        app.processEvents()
        return activities[kind]

    board = live(ActivityKind.BRAINSTORM)
    win.projector.controller.open()
    people = [p.id for p in read.participants(doc) if p.name.startswith("Phone person")]

    # The laptop's interaction: a key typed into the capture box, the board repainted
    # (while the vote is live: the vote screen repainted).
    def interaction() -> float:
        screen = win.page.screen
        start = time.perf_counter()
        if hasattr(screen, "capture"):
            QTest.keyClick(screen.capture.text, Qt.Key.Key_A)
            screen.view.viewport().repaint()
        else:
            screen.repaint()
        return (time.perf_counter() - start) * 1000

    # The laptop runs its own event loop (idle, it sleeps, as the app does), with a
    # 60 Hz frame timer — how far apart its ticks come is the frame time a key press or
    # a repaint would see — and the interaction every 50 ms.
    def drive(done: object, seconds: float = 0.0) -> tuple[list[float], list[float]]:
        loop = QEventLoop()
        frames: list[float] = []
        times: list[float] = []
        last = [time.perf_counter()]
        end = time.monotonic() + seconds

        def tick() -> None:
            now = time.perf_counter()
            frames.append((now - last[0]) * 1000)
            last[0] = now

        def probe() -> None:
            times.append(interaction())
            last[0] = time.perf_counter()  # the interaction is counted apart
            if (done() if callable(done) else time.monotonic() >= end):
                loop.quit()

        frame = QTimer(timerType=Qt.TimerType.PreciseTimer, interval=16)
        frame.timeout.connect(tick)
        every = QTimer(timerType=Qt.TimerType.PreciseTimer, interval=50)
        every.timeout.connect(probe)
        frame.start()
        every.start()
        loop.exec()
        frame.stop()
        every.stop()
        return times, frames

    idle, idle_frames = drive(None, 3.0)
    under: list[float] = []
    frames: list[float] = []

    def busy(done: object) -> None:
        times, ticks = drive(done)
        under.extend(times)
        frames.extend(ticks)

    before_notes = len(read_board.notes(doc, board))
    notes_run = _run_client(server.join_url(), "notes", ",".join(map(str, people)), str(board),
                            drive=busy)
    for _ in range(50):
        app.processEvents()
    vote = live(ActivityKind.DOT_VOTE)
    items = [i.id for i in read_votes.items(doc, read_votes.settings(doc, vote))]
    ballot_run = _run_client(server.join_url(), "ballot", ",".join(map(str, people)), str(vote),
                             ",".join(map(str, items)), drive=busy)
    for _ in range(50):
        app.processEvents()

    notes = read_board.notes(doc, board)
    texts = Counter(n.text for n in notes)
    added = len(notes) - before_notes
    ballots = sum(1 for p in people if read_votes.ballot_id(doc, vote, p) is not None)
    acked_notes = notes_run["statuses"].get("200", 0)
    acked_ballots = ballot_run["statuses"].get("200", 0)
    posts = [m for m in marks if m[4] and m[3]]
    result = {
        "latencies": notes_run["latencies"] + ballot_run["latencies"],
        "note_latencies": notes_run["latencies"],
        "ballot_latencies": ballot_run["latencies"],
        "bare": _bare_latencies(),
        "acked": acked_notes + acked_ballots,
        "lost": (acked_notes - added) + (acked_ballots - ballots),
        "duplicated": sum(c - 1 for c in texts.values() if c > 1),
        "receipts": read_phones.receipt_count(doc),
        "statuses": [dict(notes_run["statuses"]), dict(ballot_run["statuses"])],
        "walls": [notes_run["wall"], ballot_run["wall"]],
        "wait": [(m[1] - m[0]) * 1000 for m in posts],
        "operation": [(m[2] - m[1]) * 1000 for m in posts],
        "commit": [(m[3] - m[2]) * 1000 for m in posts],
        "owner": [(m[3] - m[0]) * 1000 for m in posts],
        "batches": owner.batches,
        "jobs": owner.jobs_run,
        "idle": idle,
        "under": under,
        "frames": frames,
        "idle_frames": idle_frames,
        "fsync": durable_commit_ms(folder),
    }
    win.close()
    return result


def _bare_latencies() -> dict:
    bare_url, stop_bare = bare_server()
    bare = _run_client(bare_url, "bare")
    stop_bare()
    return bare


def main() -> int:
    from report import write_section

    runs_wanted = int(os.environ.get("BENCH_RUNS", "5"))
    load_before = os.getloadavg()[0]
    runs = []
    for _ in range(runs_wanted):
        child = subprocess.run([sys.executable, __file__, "--run"], capture_output=True,
                               text=True, timeout=600, check=True)
        runs.append(json.loads(child.stdout.strip().splitlines()[-1]))
    load_after = os.getloadavg()[0]

    def med(fn: object) -> float:
        return statistics.median(fn(r) for r in runs)  # type: ignore[operator]

    p50, p95 = med(lambda r: pct(r["latencies"], 50)), med(lambda r: pct(r["latencies"], 95))
    b50 = med(lambda r: pct(r["bare"]["latencies"], 50))
    b95 = med(lambda r: pct(r["bare"]["latencies"], 95))
    i50, i95 = med(lambda r: statistics.median(r["under"])), med(lambda r: pct(r["under"], 95))
    d50, d95 = med(lambda r: statistics.median(r["idle"])), med(lambda r: pct(r["idle"], 95))
    f50, f95 = med(lambda r: pct(r["frames"], 50)), med(lambda r: pct(r["frames"], 95))
    fmax = med(lambda r: max(r["frames"]))
    g50, g95 = med(lambda r: pct(r["idle_frames"], 50)), med(lambda r: pct(r["idle_frames"], 95))
    fsync = med(lambda r: r["fsync"])
    per_run = ", ".join(
        f"{pct(r['latencies'], 50):.0f}/{pct(r['latencies'], 95):.0f}" for r in runs
    )
    acked = sum(r["acked"] for r in runs)
    lost = sum(r["lost"] for r in runs)
    duplicated = sum(r["duplicated"] for r in runs)
    expected = len(runs) * PHONES * (NOTES + 1)
    posts_per_batch = med(lambda r: r["jobs"] / max(1, r["batches"]))

    def part(name: str) -> str:
        return (f"{med(lambda r: pct(r[name], 50)):.1f} ms / "
                f"{med(lambda r: pct(r[name], 95)):.1f} ms")

    frame = 1000 / 60
    interaction = (f"{i50:.1f} ms ({i95:.1f} ms) | {d50:.1f} ms ({d95:.1f} ms) idle | "
                   f"{i50 / d50:.1f}×")
    frames = (f"{f50:.1f} ms ({f95:.1f} ms) | {g50:.1f} ms ({g95:.1f} ms) idle | "
              f"{f95 / g95:.1f}×")
    walls = f"{med(lambda r: r['walls'][0]):.1f} s / {med(lambda r: r['walls'][1]):.1f} s"
    body = f"""
## Phones: 60 phones at once, each 20 notes and one ballot (loopback)

`.venv/bin/python tests/benchmarks/bench_phones.py` — the real main window (offscreen,
1366×768, demo workshop + 60 participants, board on screen, projector open) is the one
writer; a separate process plays {PHONES} phones (one keep-alive connection each, all
released at once by a barrier): {PHONES * NOTES:,} notes with the brainstorm live, then
{PHONES} ballots with the vote live. Latency: post sent → "done" received (after the
commit). Bare baselines in the same run: the same phones against a bare tornado handler
(no document, no Qt), the same laptop interaction with no phones, one durable SQLite
commit on the same disk. The laptop: a key typed in the capture box + the board
repainted, every 50 ms, while the phones post; and a 60 Hz frame timer in the laptop's
own event loop: how far apart its ticks come is the frame time a key press or a paint
sees, waits behind batches and refreshes included. **Medians of {len(runs)} runs**, each
in a fresh process; load average of the machine (2 cores, shared with other work)
{load_before:.1f} before, {load_after:.1f} after.

| what | phones → app | bare baseline | ratio |
|---|---|---|---|
| ack latency p50 | {p50:.1f} ms | {b50:.1f} ms | {p50 / b50:.1f}× |
| ack latency p95 | {p95:.1f} ms | {b95:.1f} ms | {p95 / b95:.1f}× |
| ack latency p50/p95 of each run | {per_run} ms | | |
| … notes alone (brainstorm live), p50 / p95 | {part("note_latencies")} | | |
| … ballots alone (vote live), p50 / p95 | {part("ballot_latencies")} | | |
| posts acknowledged, all runs | {acked:,} of {expected:,} | | |
| lost (acknowledged, not in the file) | {lost} | | |
| duplicated | {duplicated} | | |
| wall time, notes / ballots | {walls} | | |
| posts per group commit (median) | {posts_per_batch:.1f} | | |
| on the laptop, p50 / p95: waiting for the Qt thread | {part("wait")} | | |
| … the post's operation | {part("operation")} | | |
| … the group commit, until the answer | {part("commit")} | {fsync:.2f} ms one durable commit | |
| … in all (the rest is HTTP and the server thread) | {part("owner")} | | |
| laptop interaction, median (p95) | {interaction} |
| laptop frame (60 Hz timer) interval, median (p95) | {frames} |
| laptop frame interval, longest (median of runs) | {fmax:.0f} ms | | |

Targets: ack p95 ≤ 100 ms — **{"met" if p95 <= 100 else "missed"}**; the laptop under one
60 Hz frame ({frame:.1f} ms) per interaction — median **{"met" if i50 <= frame else "missed"}**,
p95 **{"met" if i95 <= frame else "missed"}**; frames p95 within two 60 Hz frames —
**{"met" if f95 <= 2 * frame else "missed"}**.

How: the one writer commits the posts waiting together in one transaction
(`Document.group`: each post its own savepoint, history entry and report; one fsync),
for at most 12 ms of the Qt thread per batch so typing and painting get their turn in
between; the answers go out right after the commit; the board, projector and panels
refresh once for everything phones changed, when the posts pause (at most 1 s late, and
at most a quarter of the Qt thread); a ballot is checked against its own items only
(`docs/decisions/0016-phone-group-commit.md`). Before (same bench, one run, load ~1):
p50 109 ms / p95 176 ms against a bare 18.6 / 48.0 ms. A post's time on the laptop is
mostly waiting for the Qt thread — the batches, refreshes and interactions before it —
and the commit's fsync, whose cost depends on the disk's other traffic (the bare
durable commit above); on a loaded machine the 60-thread client, the server thread and
the Qt thread share two cores, so the figures move with the load average shown.
"""
    write_section("phones", body)
    print(body)
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--client":
        _client(sys.argv[2], sys.argv[3], sys.argv[4:])
        raise SystemExit(0)
    if len(sys.argv) > 1 and sys.argv[1] == "--run":
        figures = one_run()
        print(json.dumps(figures))
        raise SystemExit(0)
    raise SystemExit(main())

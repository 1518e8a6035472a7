"""Benchmark: 60 phones at once against the app, on loopback only.

Run: ``.venv/bin/python tests/benchmarks/bench_phones.py`` (writes its section of
docs/benchmarks.md). The laptop is the real main window (offscreen, 1366×768) with the
demo workshop, its board on screen and the projector open; its Qt thread is the one
writer. A separate process plays 60 phones (one keep-alive connection each, all
started at once): each posts 20 notes (brainstorm live), then each casts one ballot
(vote live). Measured:

- acknowledgement latency per post (sent → "done" received, which comes after the
  commit), p50/p95; lost (acknowledged but not in the file) and duplicated posts;
- the laptop meanwhile: one interaction (a key typed in the capture box, the board
  repainted) timed every 50 ms, and the longest stall of its event loop.

Bare baselines in the same run: the same 60 phones against a bare tornado handler on
its own thread (no document, no Qt: the network and HTTP cost alone), and the same
laptop interaction with no phones.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import http.client
import json
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


def _run_client(base: str, mode: str, *args: str, pump: object = None) -> dict:
    child = subprocess.Popen([sys.executable, __file__, "--client", base, mode, *args],
                             stdout=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 300
    while child.poll() is None and time.monotonic() < deadline:
        if callable(pump):
            pump()
        else:
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


def main() -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from report import write_section

    from helpers.windows import main_window, silent_questions
    from workshop.demo import write_demo
    from workshop.domain.models import ActivityKind
    from workshop.storage import read, read_board, read_phones, read_votes
    from workshop.storage.document import Document
    from workshop.storage.ops import participants

    app = QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp())
    os.environ["WORKSHOP_DATA_DIR"] = str(folder)
    path = folder / "room.workshop"
    write_demo(path)
    with Document.open(path) as doc:
        from workshop.domain.roster import RosterEntry

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

    def measure_idle(seconds: float) -> list[float]:
        times = []
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            times.append(interaction())
            app.processEvents()
            time.sleep(0.05)
        return times

    idle = measure_idle(3.0)
    under: list[float] = []
    stalls: list[float] = []
    state = {"next": time.monotonic(), "last": time.monotonic()}

    def pump() -> None:
        now = time.monotonic()
        stalls.append((now - state["last"]) * 1000)
        app.processEvents()
        if now >= state["next"]:
            under.append(interaction())
            state["next"] = now + 0.05
        state["last"] = time.monotonic()

    before_notes = len(read_board.notes(doc, board))
    notes_run = _run_client(server.join_url(), "notes", ",".join(map(str, people)), str(board),
                            pump=pump)
    for _ in range(50):
        app.processEvents()
    vote = live(ActivityKind.DOT_VOTE)
    items = [i.id for i in read_votes.items(doc, read_votes.settings(doc, vote))]
    ballot_run = _run_client(server.join_url(), "ballot", ",".join(map(str, people)), str(vote),
                             ",".join(map(str, items)), pump=pump)
    for _ in range(50):
        app.processEvents()

    notes = read_board.notes(doc, board)
    texts = Counter(n.text for n in notes)
    added = len(notes) - before_notes
    duplicated = sum(c - 1 for t, c in texts.items() if c > 1)
    ballots = sum(1 for p in people if read_votes.ballot_id(doc, vote, p) is not None)
    receipts = read_phones.receipt_count(doc)
    acked_notes = notes_run["statuses"].get("200", 0)
    acked_ballots = ballot_run["statuses"].get("200", 0)
    lost = (acked_notes - added) + (acked_ballots - ballots)
    bare_url, stop_bare = bare_server()
    bare = _run_client(bare_url, "bare")
    stop_bare()
    win.close()

    lat = notes_run["latencies"] + ballot_run["latencies"]
    blat = bare["latencies"]
    p50, p95 = pct(lat, 50), pct(lat, 95)
    b50, b95 = pct(blat, 50), pct(blat, 95)
    i50, i95 = statistics.median(under), pct(under, 95)
    d50, d95 = statistics.median(idle), pct(idle, 95)
    stall = max(stalls) if stalls else 0.0
    frame = 1000 / 60
    walls = f"{notes_run['wall']:.1f} s / {ballot_run['wall']:.1f} s"
    idle_text = f"{d50:.1f} ms ({d95:.1f} ms) idle"
    body = f"""
## Phones: 60 phones at once, each 20 notes and one ballot (loopback)

`.venv/bin/python tests/benchmarks/bench_phones.py` — the real main window (offscreen,
1366×768, demo workshop + 60 participants, board on screen, projector open) is the one
writer; a separate process plays {PHONES} phones (one keep-alive connection each, all
released at once by a barrier): {PHONES * NOTES:,} notes with the brainstorm live, then
{PHONES} ballots with the vote live. Latency: post sent → "done" received (after the
commit). Bare baseline in the same run: the same phones against a bare tornado handler
(no document, no Qt). The laptop: a key typed in the capture box + the board repainted,
every 50 ms, while the phones post, against the same interaction with no phones.

| what | phones → app | bare baseline | ratio |
|---|---|---|---|
| ack latency p50 | {p50:.1f} ms | {b50:.1f} ms | {p50 / b50:.1f}× |
| ack latency p95 | {p95:.1f} ms | {b95:.1f} ms | {p95 / b95:.1f}× |
| posts acknowledged | {acked_notes + acked_ballots:,} of {PHONES * (NOTES + 1):,} | | |
| lost (acknowledged, not in the file) | {lost} | | |
| duplicated | {duplicated} | | |
| wall time, notes / ballots | {walls} | {bare["wall"]:.1f} s | |
| laptop interaction, median (p95) | {i50:.1f} ms ({i95:.1f} ms) | {idle_text} | {i50 / d50:.1f}× |
| laptop event loop, longest stall | {stall:.0f} ms | | |

Statuses seen: notes {dict(notes_run["statuses"])}, ballots {dict(ballot_run["statuses"])};
{receipts:,} receipts in the file. Targets: p95 ≤ 100 ms —
**{"met" if p95 <= 100 else "missed"}**; the laptop under one 60 Hz frame
({frame:.1f} ms) per interaction — median **{"met" if i50 <= frame else "missed"}**,
p95 **{"met" if i95 <= frame else "missed"}**.

Where the time goes: the one writer commits the posts waiting together in one
transaction (a group commit, up to 100; each post a savepoint, answered after the
commit) and the board, projector and panels refresh once per batch. About 1.5–2 ms of
the GUI thread per post remains (the board operation with its undo journal ~0.7 ms,
the refreshes, HTTP parsing on the server thread under the same interpreter lock),
so 60 posts arriving in the same instant queue behind one another: the p95 is that
queue, not the network (the bare handler's p95, with the same 60-thread client on the
same shared two cores, is itself tens of ms). In a room, 60 people do not press
"Add" in the same 50 ms; the figure is the worst case the issue asks for.
"""
    write_section("phones", body)
    print(body)
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--client":
        _client(sys.argv[2], sys.argv[3], sys.argv[4:])
        raise SystemExit(0)
    raise SystemExit(main())

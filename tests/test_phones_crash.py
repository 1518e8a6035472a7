"""``workshop serve`` killed (SIGKILL) in the middle of a burst of phone posts.

Every post the server acknowledged is in the file, none twice; after a restart, the
phones retry everything they were not sure of, with the same keys, and still nothing
is doubled. Loopback only; every loop is bounded.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from concurrent.futures import Future
from pathlib import Path

import pytest

from helpers.phones import Phone
from workshop.demo import write_demo
from workshop.domain.models import ActivityKind
from workshop.phones.limits import Limits
from workshop.phones.owner import run_batch
from workshop.storage import read, read_board
from workshop.storage.document import Document
from workshop.storage.ops import phones, timer

pytestmark = pytest.mark.slow
PHONES, POSTS = 8, 30  # within one phone's burst, so the retries are not paced


def _serve(path: Path) -> tuple[subprocess.Popen[str], str]:
    child = subprocess.Popen(
        [sys.executable, "-m", "workshop", "serve", str(path), "--port", "0", "--seconds", "60"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    if not line.startswith("Phones join at "):
        child.kill()
        child.wait(10)
        rest = child.stdout.read()
        child.stdout.close()
        raise AssertionError(line + rest)
    return child, line.split()[-1]


def _end(child: subprocess.Popen[str]) -> None:
    child.wait(20)
    assert child.stdout is not None
    child.stdout.close()


def _room(path: Path) -> tuple[int, list[int], int]:
    """The demo with its brainstorm live and open to phones: (board, people, notes)."""
    write_demo(path)
    with Document.open(path) as doc:
        phones.set_phones_enabled(doc, True)
        board = next(a.id for a in read.activities(doc) if a.kind is ActivityKind.BRAINSTORM)
        phones.set_open_to_phones(doc, board, True)
        timer.start_activity(doc, board)
        people = [p.id for p in read.participants(doc)]
        return board, people, len(read_board.notes(doc, board))


def test_acknowledged_posts_survive_a_kill_and_retries_never_duplicate(tmp_path: Path) -> None:
    path = tmp_path / "room.workshop"
    board, people, before = _room(path)
    people = people[:PHONES]
    assert Limits().post_burst >= 1  # the burst is paced below the per-phone limit

    child, url = _serve(path)
    acked: list[str] = []
    lock = threading.Lock()
    keys = {pid: [f"crash-{pid}-{n:04d}" for n in range(POSTS)] for pid in people}

    def burst(pid: int) -> None:
        phone = Phone(url)
        phone.join(pid)
        for key in keys[pid]:
            try:
                status, _ = phone.post("note", board, key=key, text=f"Idea {key}")
            except OSError:
                return  # the server is gone: this post was never acknowledged
            if status == 200:
                with lock:
                    acked.append(key)
            time.sleep(0.02)

    threads = [threading.Thread(target=burst, args=(pid,)) for pid in people]
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + 30
    while len(acked) < PHONES * POSTS // 3 and time.monotonic() < deadline:
        time.sleep(0.01)
    os.kill(child.pid, signal.SIGKILL)  # mid-burst
    _end(child)
    for thread in threads:
        thread.join(30)
    assert 0 < len(acked) < PHONES * POSTS, "the kill should land in the middle of the burst"

    with Document.open(path) as doc:
        texts = Counter(n.text for n in read_board.notes(doc, board))
    for key in acked:
        assert texts[f"Idea {key}"] == 1, key
    assert max(texts.values()) == 1

    # Restart: every phone sends all its posts again, with the same keys.
    child, url = _serve(path)
    try:
        for pid in people:
            phone = Phone(url)
            phone.join(pid)
            for key in keys[pid]:
                for _attempt in range(50):  # paced by the server's 429s; bounded
                    status, _ = phone.post("note", board, key=key, text=f"Idea {key}")
                    if status != 429:
                        break
                    time.sleep(0.35)
                assert status == 200
    finally:
        child.send_signal(signal.SIGTERM)
        _end(child)
    assert child.returncode == 0
    with Document.open(path) as doc:
        notes = read_board.notes(doc, board)
    texts = Counter(n.text for n in notes)
    assert len(notes) == before + PHONES * POSTS
    assert all(texts[f"Idea {key}"] == 1 for pid in people for key in keys[pid])


_BATCHES = r'''
import sys, time
from concurrent.futures import Future
from pathlib import Path
from workshop.phones.owner import run_batch
from workshop.storage.document import Document
from workshop.storage.ops import phones

path, board, pid = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])

def post(key, last=False):
    def job(doc, live):
        change = phones.post_note(doc, key, board, pid, f"Idea {key}")
        if last:  # the whole batch is written, not committed: the kill lands here
            print("inside", flush=True)
            time.sleep(60)
        return change
    return job, Future()

with Document.open(path) as doc:
    for batch in range(2):
        keys = [f"batch-{batch}-{n:03d}" for n in range(10)]
        jobs = [post(key, last=batch == 1 and n == 9) for n, key in enumerate(keys)]
        run_batch(doc, board, jobs)
        for key, (_job, future) in zip(keys, jobs):
            if future.exception() is None:
                print("acked", key, flush=True)
'''


def test_a_group_commit_killed_before_its_commit_acknowledged_nothing_and_left_nothing(
    tmp_path: Path,
) -> None:
    """Batched commits: a batch killed after its writes and before its commit has
    answered no phone and left nothing in the file; the batch before it is all there,
    once; retrying every post with its key then adds each exactly once."""
    path = tmp_path / "room.workshop"
    board, people, before = _room(path)
    pid = people[0]
    script = tmp_path / "batches.py"
    script.write_text(_BATCHES)
    child = subprocess.Popen(
        [sys.executable, str(script), str(path), str(board), str(pid)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    assert child.stdout is not None
    lines = []
    for line in child.stdout:  # bounded: the child prints 11 lines, then sleeps
        lines.append(line.strip())
        if line.startswith("inside") or len(lines) > 50:
            break
    os.kill(child.pid, signal.SIGKILL)
    _end(child)
    acked = [line.split()[1] for line in lines if line.startswith("acked")]
    assert lines[-1] == "inside", lines
    assert acked == [f"batch-0-{n:03d}" for n in range(10)]

    with Document.open(path) as doc:
        texts = Counter(n.text for n in read_board.notes(doc, board))
        assert len(read_board.notes(doc, board)) == before + 10
        assert all(texts[f"Idea {key}"] == 1 for key in acked)
        assert not any(t.startswith("Idea batch-1") for t in texts)
        # Every phone retries what it was not sure of — here, everything — in one batch.
        keys = [f"batch-{b}-{n:03d}" for b in range(2) for n in range(10)]
        jobs = [
            (lambda d, live, k=k: phones.post_note(d, k, board, pid, f"Idea {k}"), Future())
            for k in keys
        ]
        run_batch(doc, board, jobs)  # type: ignore[arg-type]
        new = [future.result().is_empty is False for _job, future in jobs]
        assert new == [False] * 10 + [True] * 10
        texts = Counter(n.text for n in read_board.notes(doc, board))
        assert all(texts[f"Idea {key}"] == 1 for key in keys)
        assert len(read_board.notes(doc, board)) == before + 20

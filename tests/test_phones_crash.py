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
from pathlib import Path

import pytest

from helpers.phones import Phone
from workshop.demo import write_demo
from workshop.domain.models import ActivityKind
from workshop.phones.limits import Limits
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


def test_acknowledged_posts_survive_a_kill_and_retries_never_duplicate(tmp_path: Path) -> None:
    path = tmp_path / "room.workshop"
    write_demo(path)
    with Document.open(path) as doc:
        phones.set_phones_enabled(doc, True)
        board = next(a.id for a in read.activities(doc) if a.kind is ActivityKind.BRAINSTORM)
        phones.set_open_to_phones(doc, board, True)
        timer.start_activity(doc, board)
        people = [p.id for p in read.participants(doc)][:PHONES]
        before = len(read_board.notes(doc, board))
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

"""The app as a process: SIGINT and SIGTERM close it like File › Quit; a bad file reaches stderr.

Each test starts the real ``workshop`` command (offscreen) in a child process.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from workshop.demo import write_demo
from workshop.storage import read
from workshop.storage.document import Document
from workshop.storage.lock import lock_path

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


def _start(path: Path, data_dir: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WORKSHOP_DATA_DIR": str(data_dir)}
    return subprocess.Popen(
        [sys.executable, "-m", "workshop", str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _wait_for(condition: object, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:  # type: ignore[operator]
        time.sleep(0.05)
    assert condition(), "timed out"  # type: ignore[operator]


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_a_signal_closes_the_app_like_quit(tmp_path: Path, data_dir: Path, signum: int) -> None:
    path = tmp_path / "demo.workshop"
    write_demo(path)
    child = _start(path, data_dir)
    try:
        _wait_for(lambda: lock_path(path).exists())  # the window has the file open
        time.sleep(0.5)
        child.send_signal(signum)
        _, err = child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == 0, err
    assert "Traceback" not in err
    # Closed as Quit closes: the lock released and the -wal folded back into the file.
    assert not lock_path(path).exists()
    assert not Path(f"{path}-wal").exists()
    with Document.open(path) as doc:
        assert read.details(doc).title


def test_a_bad_file_is_reported_on_stderr_and_the_window_can_still_be_closed(
    tmp_path: Path, data_dir: Path
) -> None:
    bad = tmp_path / "notes.workshop"
    bad.write_text("not a database", encoding="utf-8")
    child = _start(bad, data_dir)
    try:
        assert child.stderr is not None
        line = child.stderr.readline()  # printed before the dialog waits for the user
        while line and not line.startswith("workshop:"):
            line = child.stderr.readline()  # the offscreen platform's own notices
        assert line == (
            "workshop: “notes.workshop” is not a workshop file (it is not a SQLite database).\n"
        )
        child.send_signal(signal.SIGTERM)  # the dialog is on screen: it closes too
        _, err = child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == 0
    assert "workshop:" not in err and "Traceback" not in err
    assert bad.read_text(encoding="utf-8") == "not a database"

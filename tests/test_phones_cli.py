"""``workshop serve FILE``: prints the join address, is the file's one writer (a second
writer is refused), and every bad input is one line and exit status 2."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from helpers.phones import Phone
from workshop.cli import main
from workshop.demo import write_demo

pytestmark = pytest.mark.slow


def _serve(path: Path, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "workshop", "serve", str(path), "--port", "0",
         "--seconds", "30", *extra],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )


def test_serve_prints_the_join_address_and_is_the_one_writer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "room.workshop"
    write_demo(path)
    child = _serve(path)
    assert child.stdout is not None
    try:
        line = child.stdout.readline()
        assert line.startswith("Phones join at http://127.0.0.1:"), line
        url = line.split()[-1]
        assert "type the join code" in child.stdout.readline()
        state = Phone(url).state()
        assert state["me"] is None and state["people"]
        # A second writer of the same file is refused: the app, or another serve.
        assert main(["serve", str(path), "--seconds", "3", "--port", "0"]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "open" in err.lower()
    finally:
        child.send_signal(signal.SIGTERM)
        child.wait(20)
        child.stdout.close()
    assert child.returncode == 0


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--host", "203.0.113.9"], "cannot listen"),
        (["--host", "not a host"], "cannot listen"),
        (["--host", "0.0.0.0"], "not every network"),
        (["--port", "99999"], "not a port"),
    ],
)
def test_bad_addresses_are_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], words: str
) -> None:
    path = tmp_path / "room.workshop"
    write_demo(path)
    # Bounded: were the address accepted by mistake, the server would stop by itself.
    try:
        code = main(["serve", str(path), "--seconds", "3", "--port", "0", *args])
    except SystemExit as exc:  # argparse's own usage error: one line, status 2 as well
        code = int(exc.code or 0)
    assert code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and words in err


def test_a_missing_file_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", str(tmp_path / "none.workshop"), "--seconds", "3"]) == 2
    assert capsys.readouterr().err.count("\n") == 1

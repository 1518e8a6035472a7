"""The scripted day killed hard halfway through, restarted, and finished as if nothing happened.

Three child processes (tests/helpers/day_child.py, on two offscreen screens): one runs
the day without a crash; one is killed with SIGKILL while the brainstorm runs, 30 notes
typed; a third opens the same file as the restarted app, finds the brainstorm still
running with its timer where the clock says (the timer state is in the file), and
finishes the day. The two handouts must read the same, with times and dates masked.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from helpers.day import masked

HERE = Path(__file__).resolve().parent
CHILD = HERE / "helpers" / "day_child.py"
TIMEOUT = 90


def _env() -> dict[str, str]:
    config = HERE / "fixtures" / "two-screens.json"
    return {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}


def _run(mode: str, folder: Path) -> str:
    folder.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [sys.executable, str(CHILD), mode, str(folder)],
        env=_env(), capture_output=True, text=True, timeout=TIMEOUT, cwd=HERE.parent,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def _handout_text(pdf: Path) -> str:
    return masked("\n".join(page.extract_text() for page in PdfReader(pdf).pages))


@pytest.mark.slow
def test_killed_halfway_then_restarted_gives_the_same_handout(tmp_path: Path) -> None:
    calm, crashed = tmp_path / "calm", tmp_path / "crashed"
    assert "STEP export" in _run("full", calm)

    crashed.mkdir()
    child = subprocess.Popen(
        [sys.executable, str(CHILD), "crash", str(crashed)],
        env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=HERE.parent,
    )
    try:
        assert child.stdout is not None
        lines = []
        for line in child.stdout:
            lines.append(line.strip())
            if line.strip() == "READY":
                break
        assert lines[-1:] == ["READY"], (lines, child.stderr.read() if child.stderr else "")
        assert "STEP brainstorm" in lines and "STEP clusters" not in lines
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=TIMEOUT)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=TIMEOUT)
        for stream in (child.stdout, child.stderr):
            if stream is not None:
                stream.close()
    assert child.returncode == -signal.SIGKILL
    assert not (crashed / "day.pdf").exists()

    out = _run("resume", crashed)
    # The brainstorm (30 minutes) was started 12 minutes before the restart's clock.
    assert "RESUMED 18:00" in out
    assert "STEP clusters" in out and "STEP export" in out

    expected, actual = _handout_text(calm / "day.pdf"), _handout_text(crashed / "day.pdf")
    assert "Every community here is safe, fed and heard" in expected
    assert actual == expected

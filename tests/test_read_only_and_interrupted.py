"""Reading leaves nothing beside the file; an interrupted export leaves no partial file."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from helpers.proc import file_modes_bind_children, run_cli
from workshop.demo import write_demo
from workshop.domain.models import ActivityKind
from workshop.storage import read
from workshop.storage.document import Document
from workshop.storage.ops import agenda, board


@pytest.mark.skipif(not file_modes_bind_children(), reason="file modes do not bind here")
def test_checking_and_exporting_a_read_only_file_leaves_nothing_beside_it(tmp_path: Path) -> None:
    path = tmp_path / "demo.workshop"
    write_demo(path)
    path.chmod(0o444)
    assert run_cli("check", path, unprivileged=True).returncode == 0
    out = tmp_path / "out"
    out.mkdir()
    result = run_cli(
        "export", path, "--pdf", out / "h.pdf", "--json", out / "d.json", "--csv", out,
        unprivileged=True,
    )
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.workshop", "out"]


def _big(path: Path) -> None:
    with Document.create(path) as doc:
        agenda.add_activity(doc, ActivityKind.BRAINSTORM, "Many ideas")
        activity = read.activities(doc)[0]
        words = "a long community proposal about the riverside library and its garden "
        board.add_notes(doc, activity.id, [f"{i}: {words * 3}" for i in range(4000)])


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_an_interrupted_export_removes_its_partial_file(tmp_path: Path, signum: int) -> None:
    source = tmp_path / "big.workshop"
    _big(source)
    out = tmp_path / "out"
    out.mkdir()
    child = subprocess.Popen(
        [sys.executable, "-m", "workshop", "export", str(source), "--pdf", str(out / "h.pdf")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while not list(out.glob("*.partial")) and time.monotonic() < deadline:
        time.sleep(0.01)
    assert list(out.glob("*.partial")), "the export never started writing"
    time.sleep(0.3)  # well inside the handout's layout
    child.send_signal(signum)
    _, err = child.communicate(timeout=60)
    assert child.returncode == (143 if signum == signal.SIGTERM else 130), err
    assert err.strip() == "workshop: export interrupted; unfinished files were removed."
    assert list(out.iterdir()) == []

"""Creating a workshop never leaves a half-made file, even on a full disk.

The command line's demo and import, File › New and Save As build the file under
a temporary name and rename it into place when complete. A file size limit
(RLIMIT_FSIZE) makes writes fail as on a full disk, as in ``test_disk_full.py``.
"""

from __future__ import annotations

import resource
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from helpers.proc import run_cli, run_python
from helpers.windows import main_window
from workshop.demo import write_demo
from workshop.domain.templates import load_templates
from workshop.export.json_export import export_json
from workshop.resources import templates_dir
from workshop.storage.document import Document
from workshop.ui.dialogs import NewWorkshopInput
from workshop.ui.file_dialogs import FileQuestions

LIMITED = Path(__file__).parent / "helpers" / "limited_cli.py"
LIMIT = 40 * 1024  # the schema fits, the demo's content does not

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs RLIMIT_FSIZE")


def _left(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_demo_on_a_full_disk_leaves_nothing_and_can_be_written_later(tmp_path: Path) -> None:
    target = tmp_path / "demo.workshop"
    result = run_python(LIMITED, LIMIT, "demo", target)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.splitlines()) == 1
    assert "Cannot create" in result.stderr and "disk may be full" in result.stderr
    assert _left(tmp_path) == []
    # Nothing half-made blocks the next try, and nothing calls it incomplete.
    assert run_cli("check", target).returncode == 2
    assert run_cli("demo", target).returncode == 0
    assert run_cli("check", target).returncode == 0


def test_replacing_on_a_full_disk_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "demo.workshop"
    Document.create(target).close()
    before = target.read_bytes()
    result = run_python(LIMITED, LIMIT, "demo", "--force", target)
    assert result.returncode == 2
    assert target.read_bytes() == before
    assert _left(tmp_path) == ["demo.workshop"]


def test_import_on_a_full_disk_leaves_nothing(tmp_path: Path) -> None:
    demo = tmp_path / "src" / "demo.workshop"
    demo.parent.mkdir()
    write_demo(demo)
    with Document.open(demo, read_only=True) as doc:
        export_json(doc, tmp_path / "src" / "demo.json")
    out = tmp_path / "out"
    out.mkdir()
    source = tmp_path / "src" / "demo.json"
    result = run_python(LIMITED, LIMIT, "import", source, out / "x.workshop")
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.splitlines()) == 1
    assert _left(out) == []


@contextmanager
def _full_disk(limit: int) -> Iterator[None]:
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)


def test_file_new_and_save_as_on_a_full_disk_leave_nothing(
    qtbot: QtBot, tmp_path: Path, data_dir: Path
) -> None:
    messages: list[str] = []
    answer: dict[str, Path] = {}
    template = next(t for t in load_templates(templates_dir()) if t.key == "collaboration-kickoff")
    questions = FileQuestions(
        open_path=lambda _p: None,
        save_path=lambda _p, _t, _s: answer["path"],
        new_workshop=lambda _p, _t: NewWorkshopInput("Harbour forum", template),
        inform=lambda _p, text: messages.append(text),
        choose_backup=lambda _p, text, _b: messages.append(text),
    )
    window = main_window(data_dir, questions)
    qtbot.addWidget(window)
    folder = tmp_path / "work"
    folder.mkdir()
    answer["path"] = folder / "new.workshop"
    with _full_disk(24 * 1024):
        window.new_workshop()
    assert window.doc is None
    assert messages and "disk may be full" in messages[-1], messages
    assert _left(folder) == []

    answer["path"] = tmp_path / "demo.workshop"
    write_demo(answer["path"])
    assert window.open_path(answer["path"])
    answer["path"] = folder / "copy.workshop"
    with _full_disk(24 * 1024):
        window.save_as()
    assert "disk may be full" in messages[-1], messages
    assert _left(folder) == []
    assert window.doc is not None and window.doc.path == tmp_path / "demo.workshop"
    window.close()

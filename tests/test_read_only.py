"""Files that cannot be written open read-only, and every edit is refused with a sentence.

Two halves. In-process, ``read_only=True`` is passed explicitly and every
operation is tried. The automatic detection (``read_only=None``) is tested for
real in a child process for which file modes bind: the suite often runs as
root, who may write a 0444 file, so the child gives up root's override of file
permissions first (see helpers/proc.py). Nothing is mocked.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers.operations import every_operation, public_operations
from helpers.proc import file_modes_bind_children, fingerprint, run_python
from workshop.storage import read
from workshop.storage.document import Document
from workshop.storage.errors import ReadOnlyError
from workshop.storage.ops import participants

CHILD = Path(__file__).parent / "helpers" / "read_only_child.py"
MESSAGE = "is open read-only: changes cannot be saved"



def test_every_operation_is_refused(demo_path: Path) -> None:
    before = fingerprint(demo_path)
    with Document.open(demo_path, read_only=True) as doc:
        assert doc.read_only
        operations = every_operation(doc)
        # Operations added later (other modules, other issues) are refused by the same
        # Document.edit guard; the foundation's own must all be listed here.
        assert set(operations) <= public_operations()
        counts = doc.counts()
        seen: list[object] = []
        doc.subscribe(seen.append)
        for name, call in operations.items():
            with pytest.raises(ReadOnlyError) as caught:
                call()
            assert MESSAGE in str(caught.value), name
            assert "Save As" in str(caught.value)
        assert doc.counts() == counts
        assert seen == []
    assert fingerprint(demo_path) == before


def test_undo_redo_and_merge_are_refused(demo_path: Path) -> None:
    with Document.open(demo_path) as doc:
        change = participants.add_participant(doc, "Zoe")
        other = participants.add_participant(doc, "Yann")
    before = fingerprint(demo_path)
    with Document.open(demo_path, read_only=True) as doc:
        for attempt in (
            lambda: doc.undo(change),
            lambda: doc.redo(change),
            lambda: doc.merge_history(change, other),
        ):
            with pytest.raises(ReadOnlyError, match=MESSAGE):
                attempt()
        with pytest.raises(ReadOnlyError, match=MESSAGE), doc.edit("raw"):
            pass
        history = doc.history()
        assert [e.change.label for e in history][-2:] == [change.label, other.label]
    assert fingerprint(demo_path) == before


def test_reading_works(demo_path: Path) -> None:
    with Document.open(demo_path, read_only=True) as doc:
        assert len(read.participants(doc)) == 12
        assert read.details(doc).title.startswith("Riverside")
        assert doc.format[0] == 1


def test_save_as_continues_in_a_writable_copy(demo_path: Path, tmp_path: Path) -> None:
    demo_path.chmod(0o444)
    before = fingerprint(demo_path)
    doc = Document.open(demo_path, read_only=True)
    copy = doc.save_as(tmp_path / "copy.workshop")
    try:
        assert not copy.read_only
        participants.add_participant(copy, "Zoe")
        assert len(read.participants(copy)) == 13
    finally:
        copy.close()
    assert fingerprint(demo_path) == before


# ---------------------------------------------- automatic detection, for real


needs_binding_modes = pytest.mark.skipif(
    not file_modes_bind_children(), reason="cannot drop root's permission override here"
)


def _open_in_child(path: Path) -> dict[str, object]:
    result = run_python(CHILD, path, unprivileged=True)
    assert result.returncode == 0, result.stderr
    report: dict[str, object] = json.loads(result.stdout)
    return report


@needs_binding_modes
def test_a_read_only_file_opens_read_only(demo_path: Path) -> None:
    demo_path.chmod(0o444)
    before = fingerprint(demo_path)
    report = _open_in_child(demo_path)
    assert report["read_only"] is True
    assert report["counts"]["participants"] == 12  # type: ignore[index]
    refused = report["refused"]
    assert isinstance(refused, list) and len(refused) == 3
    assert all(MESSAGE in message for message in refused)
    assert fingerprint(demo_path) == before


@needs_binding_modes
def test_a_file_in_a_read_only_folder_opens_read_only(demo_path: Path) -> None:
    """The file itself is writable, but SQLite's WAL needs to create files beside it."""
    folder = demo_path.parent
    before = fingerprint(demo_path)
    folder.chmod(0o555)
    try:
        report = _open_in_child(demo_path)
        assert sorted(p.name for p in folder.iterdir()) == ["demo.workshop"]
    finally:
        folder.chmod(0o755)
    assert report["read_only"] is True
    assert report["counts"]["participants"] == 12  # type: ignore[index]
    assert len(report["refused"]) == 3  # type: ignore[arg-type]
    assert fingerprint(demo_path) == before


@needs_binding_modes
def test_a_writable_file_opens_for_writing(demo_path: Path) -> None:
    """The control case: the same child, a file it may write."""
    report = _open_in_child(demo_path)
    assert report["read_only"] is False
    assert report["refused"] == []

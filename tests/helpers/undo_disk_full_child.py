"""Undo and redo on a disk that fills up between the edit and the undo; print what happened.

Run by tests/test_undo_refused.py. Usage: python undo_disk_full_child.py PATH
Prints one JSON object: the undo stack's index after each attempt and the messages.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication, QUndoStack

from workshop.storage.document import Document
from workshop.storage.ops import participants
from workshop.ui.undo import UndoRunner


def _fill_disk(path: Path) -> None:
    """The WAL (where every commit is appended) cannot grow: the disk is "full"."""
    size = Path(f"{path}-wal").stat().st_size
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, resource.RLIM_INFINITY))


def _free_disk() -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))


def _names(doc: Document) -> list[str]:
    return [row[0] for row in doc.conn.execute("SELECT name FROM participants ORDER BY id")]


def main(path: Path) -> None:
    app = QGuiApplication([])  # noqa: F841 - the stack's signals need an application
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG
    messages: list[str] = []
    result: dict[str, object] = {"messages": messages}
    with Document.open(path) as doc:
        stack = QUndoStack()
        runner = UndoRunner(doc, stack, None, report=messages.append)
        runner.run(participants.add_participant, "Zoë Ñúñez", "Biblioteka Miejska " + "x" * 100)
        result["after_edit"] = (stack.index(), _names(doc))

        _fill_disk(path)
        stack.undo()
        result["refused_undo"] = (stack.index(), stack.canRedo(), _names(doc))
        stack.redo()  # nothing to redo: the undo did not happen
        result["redo_after_refused_undo"] = stack.index()
        _free_disk()
        stack.undo()
        result["undo_with_room"] = (stack.index(), _names(doc))

        _fill_disk(path)
        stack.redo()
        result["refused_redo"] = (stack.index(), stack.canRedo(), _names(doc))
        _free_disk()
        stack.redo()
        result["redo_with_room"] = (stack.index(), _names(doc))
        result["history"] = [(e.change.label, e.undone) for e in doc.history()]
    print(json.dumps(result))


if __name__ == "__main__":
    main(Path(sys.argv[1]))

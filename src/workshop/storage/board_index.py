"""Each board's notes and frames in a grid index kept in step with the file.

Board operations ask it for free cells, overlaps and what a frame covers, so an edit
reads only its neighbourhood instead of every note (``docs/decisions/0004-board-index.md``).
The index of a board is read from the file the first time it is asked for, then follows:

- every committed change, from the row images the document reports (undo and redo too);
- the writes of the edit in progress, from the journal, when an operation asks mid-edit;
- other programs' commits (sqlite-utils, Datasette): ``PRAGMA data_version`` moves, and
  the boards are read again;
- an edit that rolled back after the index had followed its writes: read again.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable

from workshop.domain.board import BoardSpace, Rect
from workshop.storage import journal
from workshop.storage.changes import BulkRows, Change, Part
from workshop.storage.document import Document

_INDEXES: weakref.WeakKeyDictionary[Document, BoardIndex] = weakref.WeakKeyDictionary()


def space(doc: Document, activity_id: int) -> BoardSpace:
    """Board ``activity_id`` of ``doc`` as it is now (inside an edit: with the edit's writes)."""
    index = _INDEXES.get(doc)
    if index is None:
        index = _INDEXES[doc] = BoardIndex(doc)
    return index.space(activity_id)


class BoardIndex:
    """The :class:`BoardSpace` of each board of one document asked for so far."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._spaces: dict[int, BoardSpace] = {}
        self._version = self._data_version()
        self._rollbacks = doc.rollbacks
        self._edit = -1  # the edit whose journal rows up to _seq have been followed
        self._seq = 0
        self._uncommitted = False  # followed writes that are not committed yet
        doc.subscribe(self._committed)

    def space(self, activity_id: int) -> BoardSpace:
        self._sync()
        found = self._spaces.get(activity_id)
        if found is None:
            found = self._spaces[activity_id] = read_space(self.doc, activity_id)
            self._uncommitted = self._uncommitted or self.doc.in_edit
        return found

    def _data_version(self) -> int:
        return int(self.doc.conn.execute("PRAGMA data_version").fetchone()[0])

    def _sync(self) -> None:
        version = self._data_version()
        rolled_back = self.doc.rollbacks != self._rollbacks
        if version != self._version or (rolled_back and self._uncommitted):
            self._spaces.clear()  # someone else wrote, or followed writes were undone
            self._uncommitted = False
        self._version, self._rollbacks = version, self.doc.rollbacks
        if not self.doc.in_edit:
            return
        conn = self.doc.conn
        if self._edit != self.doc.edits:
            self._edit, self._seq = self.doc.edits, 0
        rows = journal.collect(conn, since=self._seq)
        self._seq = journal.mark(conn)
        if rows:
            self._follow(rows)
            self._uncommitted = True

    def _committed(self, change: Change) -> None:
        # Rows already followed mid-edit are applied again: each sets its row's final place.
        self._follow(change.parts)
        self._uncommitted = False

    def _follow(self, rows: Iterable[Part]) -> None:
        spaces = self._spaces
        for row in rows:
            if isinstance(row, BulkRows):
                if row.table in ("notes", "clusters"):
                    spaces.clear()  # thousands merged at once: read again when asked
                continue
            if row.table == "notes":
                if row.before is not None and (s := spaces.get(row.before["activity_id"])):
                    s.drop_note(row.id)
                if row.after is not None and (s := spaces.get(row.after["activity_id"])):
                    after = row.after
                    s.put_note(row.id, after["x"], after["y"], after["cluster_id"])
            elif row.table == "clusters":
                if row.before is not None and (s := spaces.get(row.before["activity_id"])):
                    s.drop_frame(row.id)
                if row.after is not None and (s := spaces.get(row.after["activity_id"])):
                    after = row.after
                    s.put_frame(
                        row.id, Rect(after["x"], after["y"], after["width"], after["height"])
                    )


def read_space(doc: Document, activity_id: int) -> BoardSpace:
    """Board ``activity_id`` read afresh from the file (one read of its notes and clusters)."""
    board = BoardSpace()
    conn = doc.conn
    for note_id, x, y, cluster_id in conn.execute(
        "SELECT id, x, y, cluster_id FROM notes WHERE activity_id = ?", (activity_id,)
    ):
        board.put_note(note_id, x, y, cluster_id)
    for cluster_id, x, y, width, height in conn.execute(
        "SELECT id, x, y, width, height FROM clusters WHERE activity_id = ?", (activity_id,)
    ):
        board.put_frame(cluster_id, Rect(x, y, width, height))
    return board

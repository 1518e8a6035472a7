"""The list of ballots cast (who, never what), read a page at a time.

A city's imported vote has 20,000 ballots: building an item per ballot took the Ballots
tab ~0.3–1.4 s at every refresh. This model reads only the rows the view shows
(``canFetchMore``/``fetchMore``: a page of :data:`read_budgeting.PAGE` ballots by id as the
list scrolls) and knows the rest only by their number; the view lays out rows of one
height (``uniformItemSizes``) instead of measuring each. After a change to the ballots it
reads again as many rows as were loaded, and the view keeps the selected ballot by its id.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from workshop.storage import read_budgeting
from workshop.storage.document import Document
from workshop.storage.read_budgeting import BallotRow

_Index = QModelIndex | QPersistentModelIndex
#: Each row answers its ballot's id under this role.
BALLOT_ID = Qt.ItemDataRole.UserRole


class BallotListModel(QAbstractListModel):
    """The ballots of one budget in the order cast, loaded as the view scrolls; ``text``
    says what a row shows of its ballot."""

    def __init__(
        self, doc: Document, activity_id: int, text: Callable[[BallotRow], str],
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.doc, self.activity_id, self.text = doc, activity_id, text
        self._rows: list[BallotRow] = []
        self._total = 0

    def reload(self) -> None:
        """Read the ballots again: how many, and as many rows as were loaded (a page at
        least), so a list scrolled down stays where it was."""
        keep = max(len(self._rows), read_budgeting.PAGE)
        self.beginResetModel()
        self._total = read_budgeting.ballots_cast(self.doc, self.activity_id)
        self._rows = read_budgeting.ballots(self.doc, self.activity_id, limit=keep)
        self.endResetModel()

    @property
    def total(self) -> int:
        """How many ballots the list holds, loaded or not."""
        return self._total

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: _Index) -> None:
        if parent.isValid():
            return
        after = self._rows[-1].id if self._rows else 0
        more = read_budgeting.ballots(
            self.doc, self.activity_id, after=after, limit=read_budgeting.PAGE
        )
        if not more:  # fewer than counted (another program removed some): all are in
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row)
        if role == BALLOT_ID:
            return row.id
        return None

    def row_of(self, ballot_id: int) -> int:
        """The row of a loaded ballot, or -1."""
        return next((n for n, row in enumerate(self._rows) if row.id == ballot_id), -1)

    def texts(self) -> list[str]:
        """Every ballot's line, loading them all (for tests and screen checks)."""
        while self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())
        return [self.text(row) for row in self._rows]


class BallotListView(QListView):
    """The ballots cast: one line each, the selected one kept across a reload."""

    def __init__(
        self, doc: Document, activity_id: int, text: Callable[[BallotRow], str],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ballots = BallotListModel(doc, activity_id, text, self)
        self.setModel(self.ballots)
        self.setUniformItemSizes(True)  # lay out 20,000 rows without measuring each
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

    def reload(self) -> None:
        chosen = self.current_ballot()
        self.ballots.reload()
        row = -1 if chosen is None else self.ballots.row_of(chosen)
        if row >= 0:
            self.setCurrentIndex(self.ballots.index(row))

    def current_ballot(self) -> int | None:
        """The id of the selected ballot, if any."""
        index = self.currentIndex()
        return int(index.data(BALLOT_ID)) if index.isValid() else None

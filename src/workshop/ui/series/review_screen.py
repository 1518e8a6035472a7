"""Review what was promised: last time's commitments and actions, one by one, and the series.

The facilitator goes down the list with the room: done, in progress or dropped, with a
note (1, 2, 3 and Ctrl+Enter from the list). Beside it, what the series shows so far:
the pulse statements' trends, the collective-impact radar across meetings, and who
offered, asked, promised and delivered.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workshop.domain import series as ds
from workshop.domain.models import ActivityKind
from workshop.kinds import watched
from workshop.storage import series
from workshop.storage.changes import Change
from workshop.storage.ops.series import review_promise
from workshop.ui.flow import flow_row
from workshop.ui.screens.base import ActivityScreen, ScreenContext
from workshop.ui.series.charts import ImpactAcrossWidget, TrendsWidget
from workshop.ui.shown_page import size_by_shown
from workshop.ui.tr import QT_TRANSLATE_NOOP, translate

#: Column headings, translated when shown (QT_TRANSLATE_NOOP marks them for lupdate).
_COLUMNS = (
    QT_TRANSLATE_NOOP("ReviewScreen", "Status"), QT_TRANSLATE_NOOP("ReviewScreen", "Promise"),
    QT_TRANSLATE_NOOP("ReviewScreen", "Who"), QT_TRANSLATE_NOOP("ReviewScreen", "For"),
    QT_TRANSLATE_NOOP("ReviewScreen", "Due"), QT_TRANSLATE_NOOP("ReviewScreen", "Meeting"),
    QT_TRANSLATE_NOOP("ReviewScreen", "Note"),
)
_BUTTONS = (
    (ds.PromiseStatus.DONE, QT_TRANSLATE_NOOP("ReviewScreen", "&1 Done"), "reviewDone", "1"),
    (ds.PromiseStatus.DOING, QT_TRANSLATE_NOOP("ReviewScreen", "&2 In progress"), "reviewDoing",
     "2"),
    (ds.PromiseStatus.DROPPED, QT_TRANSLATE_NOOP("ReviewScreen", "&3 Dropped"), "reviewDropped",
     "3"),
)
#: The domain's promise statuses as the laptop names them.
_STATUS = {
    ds.PromiseStatus.OPEN: QT_TRANSLATE_NOOP("ReviewScreen", "Not reviewed"),
    ds.PromiseStatus.DOING: QT_TRANSLATE_NOOP("ReviewScreen", "In progress"),
    ds.PromiseStatus.DONE: QT_TRANSLATE_NOOP("ReviewScreen", "Done"),
    ds.PromiseStatus.DROPPED: QT_TRANSLATE_NOOP("ReviewScreen", "Dropped"),
}
#: What an empty cell reads out, per column.
_EMPTY = (
    QT_TRANSLATE_NOOP("ReviewScreen", "no status"), QT_TRANSLATE_NOOP("ReviewScreen", "no promise"),
    QT_TRANSLATE_NOOP("ReviewScreen", "no owner"), QT_TRANSLATE_NOOP("ReviewScreen", "no receiver"),
    QT_TRANSLATE_NOOP("ReviewScreen", "no due date"),
    QT_TRANSLATE_NOOP("ReviewScreen", "no meeting"), QT_TRANSLATE_NOOP("ReviewScreen", "no note"),
)


def status_label(status: ds.PromiseStatus) -> str:
    return translate("ReviewScreen", _STATUS[status])


#: Tables whose change redraws the series' side (this meeting's own figures).


class ReviewScreen(ActivityScreen):
    tables = watched(ActivityKind.REVIEW)

    def __init__(self, ctx: ScreenContext, activity_id: int, parent: QWidget | None = None):
        super().__init__(ctx, activity_id, parent)
        self.setObjectName("reviewScreen")
        outer = QVBoxLayout(self)
        self.heading = QLabel(objectName="reviewHeading")
        self.heading.setWordWrap(True)
        outer.addWidget(self.heading)
        self.purpose = QLabel(objectName="reviewPurpose")
        self.purpose.setWordWrap(True)
        self.purpose.setTextFormat(Qt.TextFormat.PlainText)
        outer.addWidget(self.purpose)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        outer.addWidget(split, 1)

        left = QWidget(split)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(_COLUMNS), left, objectName="reviewPromises")
        self.table.setAccessibleName(translate("ReviewScreen", "What was promised"))
        self.table.setHorizontalHeaderLabels([translate("ReviewScreen", c) for c in _COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for index in (2, 3, 6):  # people and notes: a readable width, the rest in the tooltip
            header.setSectionResizeMode(index, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(index, 130)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.itemSelectionChanged.connect(self._selected)
        column.addWidget(self.table, 1)
        self.buttons: dict[ds.PromiseStatus, QPushButton] = {}
        for status, text, name, key in _BUTTONS:
            button = QPushButton(translate("ReviewScreen", text), left, objectName=name)
            button.setAccessibleName(translate("ReviewScreen",
                                               "Mark as: %1").replace("%1", status_label(status)))
            button.clicked.connect(lambda _c=False, s=status: self._mark(s))
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda s=status: self._mark(s))
            self.buttons[status] = button
        # The three wrap below each other rather than widen a 1024-wide window (Spanish).
        column.addWidget(flow_row(left, *self.buttons.values()))
        notes = QHBoxLayout()
        self.note = QLineEdit(left, objectName="reviewNote")
        self.note.setAccessibleName(translate("ReviewScreen", "Review note"))
        self.note.setPlaceholderText(
            translate("ReviewScreen", "A note on where it stands (Enter keeps it)"))
        self.note.returnPressed.connect(self._save_note)
        notes.addWidget(self.note, 1)
        column.addLayout(notes)
        self.empty = QLabel(objectName="reviewEmpty")
        self.empty.setWordWrap(True)
        column.addWidget(self.empty)

        self.tabs = QTabWidget(split, objectName="seriesTabs")
        size_by_shown(self.tabs)
        self.trends = TrendsWidget("seriesTrends")
        self.trends.setAccessibleName(translate("ReviewScreen", "Pulse statements across meetings"))
        self.radar = ImpactAcrossWidget()
        self.balance = QTableWidget(0, 5, objectName="seriesBalance")
        self.balance.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.balance.setAccessibleName(translate("ReviewScreen", "Reciprocity over the series"))
        self.balance.setHorizontalHeaderLabels(
            [translate("ReviewScreen", "Organisation"), translate("ReviewScreen", "Offers"),
             translate("ReviewScreen", "Asks"), translate("ReviewScreen", "Promised"),
             translate("ReviewScreen", "Delivered")]
        )
        self.balance.verticalHeader().setVisible(False)
        self.balance.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.balance.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tabs.addTab(self.trends, translate("ReviewScreen", "Trends"))
        self.tabs.addTab(self.radar, translate("ReviewScreen", "Impact"))
        self.tabs.addTab(self.balance, translate("ReviewScreen", "Reciprocity"))
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self._promises: list[ds.Promise] = []
        self._load()
        self._load_series()

    # ---------------------------------------------------------------- loading

    def _load(self) -> None:
        doc = self.ctx.doc
        me = series.meeting(doc)
        previous = series.previous_title(doc)
        if previous:
            heading = translate("ReviewScreen",
                                "Meeting %1: what was promised since “%2”").replace("%2", previous)
        else:
            heading = translate("ReviewScreen", "Meeting %1: what was promised")
        self.heading.setText(heading.replace("%1", str(me.number)))
        purpose = series.common_purpose(doc)
        self.purpose.setText(translate("ReviewScreen", "Our common purpose: %1").replace("%1",
                                                                                         purpose)
                             if purpose else "")
        self.purpose.setVisible(bool(purpose))
        chosen = self._current_id()
        self._promises = series.promises(doc)
        self.table.setRowCount(len(self._promises))
        for index, promise in enumerate(self._promises):
            cells = (
                status_label(promise.status),
                promise.what,
                promise.owner,
                promise.receiver,
                promise.due,
                str(promise.meeting),
                promise.note,
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, promise.id)
                item.setToolTip(text)
                if not text.strip():  # an empty cell is read out, not skipped
                    item.setData(Qt.ItemDataRole.AccessibleTextRole,
                                 translate("ReviewScreen", _EMPTY[col]))
                self.table.setItem(index, col, item)
        self.table.resizeRowsToContents()
        none = not self._promises
        self.empty.setText(
            translate("ReviewScreen",
                      "Nothing was promised at the last meeting (or this is the first one): use "
                      "File › Next meeting… from a meeting to bring its promises here.")
            if none else ""
        )
        self.empty.setVisible(none)
        ids = [p.id for p in self._promises]
        if ids:
            self.table.selectRow(ids.index(chosen) if chosen in ids else 0)
        self._selected()

    def _load_series(self) -> None:
        record = series.record(self.ctx.doc)
        self.trends.set_data(record.meetings, record.trends(ds.FigureKind.PULSE))
        self.radar.set_data(record.meetings, record.radar())
        rows = record.balance()
        self.balance.setRowCount(len(rows))
        for index, b in enumerate(rows):
            for col, value in enumerate(
                (b.organisation, b.offers, b.asks, b.promised, b.delivered)
            ):
                item = QTableWidgetItem(str(value))
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.balance.setItem(index, col, item)

    def _current_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return int(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def _selected(self) -> None:
        chosen = self._current_id()
        promise = next((p for p in self._promises if p.id == chosen), None)
        for button in self.buttons.values():
            button.setEnabled(promise is not None)
        self.note.setEnabled(promise is not None)
        self.note.setText(promise.note if promise else "")

    # ---------------------------------------------------------------- actions

    def _mark(self, status: ds.PromiseStatus) -> None:
        chosen = self._current_id()
        if chosen is not None:
            self.ctx.runner.run(review_promise, chosen, status, self.note.text())
            self._next_unreviewed(chosen)

    def _save_note(self) -> None:
        chosen = self._current_id()
        promise = next((p for p in self._promises if p.id == chosen), None)
        if promise is not None:
            self.ctx.runner.run(review_promise, promise.id, promise.status, self.note.text())

    def _next_unreviewed(self, after: int) -> None:
        ids = [p.id for p in self._promises]
        if after not in ids:
            return
        start = ids.index(after)
        for offset in range(1, len(ids) + 1):
            candidate = self._promises[(start + offset) % len(ids)]
            if not candidate.reviewed:
                self.table.selectRow(ids.index(candidate.id))
                return

    def on_change(self, change: Change) -> None:
        if change.touches("promises", "participants", "workshop"):
            self._load()
        if self.concerns(change):
            self._load_series()

    def focus_primary(self) -> None:
        self.table.setFocus()


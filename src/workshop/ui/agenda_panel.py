"""The agenda sidebar: the day's activities in order, with planned times and fit to the day.

Reorder by drag and drop or Alt+Up/Down; add (Insert), edit (Enter/F2), remove
(Delete) — every one an undoable operation.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop.domain import agenda as agenda_rules
from workshop.domain.agenda import AgendaFit
from workshop.domain.models import Activity, ActivityStatus
from workshop.storage import read
from workshop.storage.changes import Change
from workshop.storage.ops import agenda as agenda_ops
from workshop.ui.agenda_delegate import (
    ROLE_DETAIL,
    ROLE_ID,
    ROLE_START,
    ROLE_STATUS,
    AgendaDelegate,
)
from workshop.ui.flow import flow_row
from workshop.ui.screens.base import ScreenContext
from workshop.ui.theme import set_role
from workshop.ui.widgets import compact, make_button, widget_shortcut
from workshop.ui.words import duration_text, kind_label, status_word

if TYPE_CHECKING:
    from workshop.ui.dialogs import ActivityInput

AskActivity = Callable[[QWidget | None, Activity | None], "ActivityInput | None"]


def ask_activity(parent: QWidget | None, activity: Activity | None) -> ActivityInput | None:
    """The activity dialog (its form loads when it is first asked for)."""
    from workshop.ui.dialogs import ask_activity as ask

    return ask(parent, activity)


class AgendaList(QListWidget):
    """A list whose drops ask for a move instead of moving items itself."""

    moveRequested = Signal(int, int)  # activity id, new index

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)

    def dropEvent(self, event: QDropEvent) -> None:
        item = self.currentItem()
        if item is None:
            event.ignore()
            return
        target = self.indexAt(event.position().toPoint())
        position = self.dropIndicatorPosition()
        if not target.isValid():
            index = self.count() - 1
        else:
            index = target.row()
            if position == QAbstractItemView.DropIndicatorPosition.BelowItem:
                index += 1
            if index > self.row(item):
                index -= 1
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        self.moveRequested.emit(int(item.data(Qt.ItemDataRole.UserRole)), index)


class AgendaPanel(QWidget):
    activitySelected = Signal(object)  # int | None

    def __init__(
        self,
        ctx: ScreenContext,
        parent: QWidget | None = None,
        ask: AskActivity = ask_activity,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ask = ask
        self.setObjectName("agendaPanel")
        heading = QLabel(QCoreApplication.translate("AgendaPanel", "Agenda"))
        heading.setObjectName("agendaHeading")
        self.list = AgendaList(self)
        self.list.setObjectName("agendaList")
        self.list.setAccessibleName(QCoreApplication.translate("AgendaPanel", "Agenda"))
        self.list.setItemDelegate(AgendaDelegate(self.list))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.fit_label = QLabel(objectName="agendaFit")
        self.fit_label.setWordWrap(True)
        self.add_button = self._button(
            QCoreApplication.translate("AgendaPanel", "Add…"),
            "agendaAdd",
            QCoreApplication.translate("AgendaPanel", "Add an activity (Insert)"),
            self.add,
        )
        self.edit_button = self._button(
            QCoreApplication.translate("AgendaPanel", "Edit…"),
            "agendaEdit",
            QCoreApplication.translate("AgendaPanel", "Edit the activity (F2)"),
            self.edit,
        )
        self.remove_button = self._button(
            QCoreApplication.translate("AgendaPanel", "Remove"),
            "agendaRemove",
            QCoreApplication.translate("AgendaPanel", "Remove the activity (Delete)"),
            self.remove,
        )
        self.up_button = self._button(
            "↑",
            "agendaUp",
            QCoreApplication.translate("AgendaPanel", "Move earlier (Alt+Up)"),
            lambda: self.nudge(-1),
        )
        self.down_button = self._button(
            "↓",
            "agendaDown",
            QCoreApplication.translate("AgendaPanel", "Move later (Alt+Down)"),
            lambda: self.nudge(1),
        )
        # Narrow enough for a laptop: the buttons shrink to their text, and the arrows sit
        # beside the heading (under the list, five buttons made the sidebar 440 px wide);
        # in a longer language they wrap onto a second line rather than widen the sidebar.
        buttons = flow_row(self, *(compact(button) for button in (
            self.add_button, self.edit_button, self.remove_button)))
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        for button in (self.up_button, self.down_button):
            top.addWidget(compact(button, extra=4))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.fit_label)
        layout.addWidget(buttons)

        self.list.currentItemChanged.connect(self._selection_changed)
        self.list.itemActivated.connect(lambda _item: self.edit())
        self.list.moveRequested.connect(self._move)
        for keys, slot in (
            ("Alt+Up", lambda: self.nudge(-1)),
            ("Alt+Down", lambda: self.nudge(1)),
            ("Delete", self.remove),
            ("F2", self.edit),
            ("Insert", self.add),
        ):
            widget_shortcut(self.list, keys, slot)
        self.reload()

    def _button(self, text: str, name: str, tip: str, slot: Callable[[], object]) -> QPushButton:
        return make_button(self, text, name, tip, slot)

    # ------------------------------------------------------------------ state

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def select(self, activity_id: int | None) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == activity_id:
                self.list.setCurrentRow(row)
                return

    def reload(self) -> None:
        keep = self.current_id()
        activities = read.activities(self.ctx.doc)
        details = read.details(self.ctx.doc)
        times = agenda_rules.start_times(activities, details.start_time)
        with QSignalBlocker(self.list):
            self.list.clear()
            for activity, start in zip(activities, times, strict=True):
                item = QListWidgetItem(activity.title)
                item.setData(ROLE_ID, activity.id)
                item.setData(ROLE_STATUS, activity.status.value)
                item.setData(ROLE_START, start)
                status_text = status_word(activity.status)
                status = "" if activity.status == ActivityStatus.PLANNED else f" · {status_text}"
                label = kind_label(activity.kind)
                minutes = activity.timebox_minutes
                item.setData(
                    ROLE_DETAIL,
                    QCoreApplication.translate("AgendaPanel", "{kind} · {minutes} min").format(
                        kind=label, minutes=minutes
                    )
                    + status,
                )
                item.setToolTip(activity.prompt or activity.title)
                item.setData(
                    Qt.ItemDataRole.AccessibleTextRole,
                    f"{start} {activity.title}, {label}, "
                    + QCoreApplication.translate("AgendaPanel", "%n minute(s)", None, minutes)
                    + f", {status_text}",
                )
                self.list.addItem(item)
        fit = agenda_rules.fit(activities, details.available_minutes)
        self.fit_label.setText(describe_fit(fit))
        set_role(self.fit_label, "error" if fit.over else "")
        if keep is not None:
            self.select(keep)
        if self.current_id() != keep:
            self._selection_changed()
        has = self.current_id() is not None
        for button in (self.edit_button, self.remove_button, self.up_button, self.down_button):
            button.setEnabled(has)

    def on_change(self, change: Change) -> None:
        if change.touches("activities", "workshop"):
            self.reload()

    def _selection_changed(self, *_: object) -> None:
        has = self.current_id() is not None
        for button in (self.edit_button, self.remove_button, self.up_button, self.down_button):
            button.setEnabled(has)
        self.activitySelected.emit(self.current_id())

    # ---------------------------------------------------------------- actions

    def add(self) -> None:
        values = self.ask(self, None)
        if values is None:
            return
        row = self.list.currentRow()
        position = row + 1 if row >= 0 else None
        change = self.ctx.runner.run(
            agenda_ops.add_activity,
            values.kind,
            values.title,
            values.prompt,
            values.timebox_minutes,
            values.facilitator_notes,
            position=position,
            anonymous=values.anonymous,
        )
        if change is not None:
            new_ids = change.inserted("activities")
            if new_ids:
                self.select(new_ids[0])

    def edit(self) -> None:
        activity_id = self.current_id()
        activity = read.activity(self.ctx.doc, activity_id) if activity_id else None
        if activity is None:
            return
        values = self.ask(self, activity)
        if values is None:
            return
        self.ctx.runner.run(
            agenda_ops.update_activity,
            activity.id,
            kind=values.kind,
            title=values.title,
            prompt=values.prompt,
            timebox_minutes=values.timebox_minutes,
            facilitator_notes=values.facilitator_notes,
            anonymous=values.anonymous,
        )

    def remove(self) -> None:
        activity_id = self.current_id()
        if activity_id is None:
            return
        row = self.list.currentRow()
        self.ctx.runner.run(agenda_ops.remove_activities, [activity_id])
        if self.list.count():
            self.list.setCurrentRow(min(row, self.list.count() - 1))

    def nudge(self, step: int) -> None:
        activity_id = self.current_id()
        if activity_id is None:
            return
        target = self.list.currentRow() + step
        if 0 <= target < self.list.count():
            self._move(activity_id, target)

    def _move(self, activity_id: int, index: int) -> None:
        self.ctx.runner.run(agenda_ops.move_activity, activity_id, index)
        self.select(activity_id)


def describe_fit(fit: AgendaFit) -> str:
    """"2 h 30 planned of 3 h: 30 min spare" in the UI's language."""
    planned = duration_text(fit.planned_minutes)
    if not fit.available_minutes:
        return QCoreApplication.translate("AgendaPanel", "{planned} planned").format(
            planned=planned
        )
    available = duration_text(fit.available_minutes)
    if fit.over:
        text = QCoreApplication.translate(
            "AgendaPanel", "{planned} planned of {available}: {over} over"
        )
        return text.format(
            planned=planned, available=available, over=duration_text(-fit.spare_minutes)
        )
    text = QCoreApplication.translate(
        "AgendaPanel", "{planned} planned of {available}: {spare} spare"
    )
    return text.format(
        planned=planned, available=available, spare=duration_text(fit.spare_minutes)
    )

"""The facilitator's run panel: the selected activity's timer, start/finish, and what the room sees.

The truth is the timer stored in the document; the panel's one-second tick
only redraws the digits. Start and Finish are undoable edits (through the undo
runner); the clock buttons are saved at once but are not undo steps (see
:mod:`workshop.storage.ops.timer`). The panel lays out two sections, each its
own module: the clock (:mod:`.run_clock`) and what the room sees, with the
preview (:mod:`.run_room`).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from workshop.domain.errors import WorkshopError
from workshop.domain.models import Activity, ActivityStatus
from workshop.domain.timer import Clock, TimerReading
from workshop.storage import read, read_timer
from workshop.storage.changes import Change
from workshop.storage.ops import timer as timer_ops
from workshop.ui.projector.controller import ProjectorController
from workshop.ui.projector.run_clock import DONE_COLOUR, SOUND_KEY, RunClock, panel_button
from workshop.ui.projector.run_room import (
    PREVIEW_DELAY_MS,
    PREVIEW_HINT_WIDTH,
    PREVIEW_MAX_WIDTH,
    PREVIEW_MIN_WIDTH,
    PreviewLabel,
    RoomSection,
)
from workshop.ui.screens.base import ScreenContext
from workshop.ui.widgets import compact
from workshop.ui.words import error_text, own_direction, status_word

__all__ = [
    "DONE_COLOUR",
    "PREVIEW_DELAY_MS",
    "PREVIEW_HINT_WIDTH",
    "PREVIEW_MAX_WIDTH",
    "PREVIEW_MIN_WIDTH",
    "SOUND_KEY",
    "PreviewLabel",
    "RunPanel",
]


class RunPanel(QWidget):
    #: The facilitator asked to go to the proposed next activity (the main window selects it).
    activityRequested = Signal(int)

    def __init__(
        self,
        ctx: ScreenContext | None,
        controller: ProjectorController,
        parent: QWidget | None = None,
        *,
        clock: Clock = time.time,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("runPanel")
        self.ctx = ctx
        self.controller = controller
        self.clock = clock
        self.activity_id: int | None = None
        self.proposed: int | None = None

        # The theme pads its buttons less than elsewhere: the dock stays narrow on a laptop.
        self.title = QLabel(self, objectName="runActivityTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.timer = RunClock(self, self, controller.settings)
        self.digits, self.plan, self.sound = self.timer.digits, self.timer.plan, self.timer.sound
        self.start_pause, self.reset = self.timer.start_pause, self.timer.reset
        self.plus, self.minus = self.timer.plus, self.timer.minus
        self.start_activity = panel_button(
            self,
            QCoreApplication.translate("RunPanel", "Start activity"),
            "runStartActivity",
            QCoreApplication.translate("RunPanel", "Start this activity (status: running)"),
            self.start,
        )
        self.finish_activity = panel_button(
            self,
            QCoreApplication.translate("RunPanel", "Finish activity"),
            "runFinishActivity",
            QCoreApplication.translate("RunPanel", "Finish this activity (status: done)"),
            self._finish,
        )
        self.next_button = panel_button(
            self,
            QCoreApplication.translate("RunPanel", "Go to next"),
            "runGoNext",
            QCoreApplication.translate("RunPanel", "Go to the proposed next activity"),
            self._go_next,
        )
        self.next_label = QLabel(self, objectName="runNextLabel")
        self.next_label.setTextFormat(Qt.TextFormat.PlainText)
        self.next_label.setWordWrap(True)
        compact(self.start_activity, QCoreApplication.translate("RunPanel", "Restart activity"))
        compact(self.finish_activity)
        compact(self.next_button)
        self.room_section = RoomSection(self, self, controller)
        self.room, self.preview = self.room_section.room, self.room_section.preview
        self.live_title = self.room_section.live_title
        self.looking_at = self.room_section.looking_at
        self.show_in_room, self.page = self.room_section.show_in_room, self.room_section.page
        self._build_layout()
        self.room_section.state_changed()
        self.refresh()

    def _build_layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.digits)
        layout.addWidget(self.plan)
        layout.addLayout(self.timer.buttons)
        run_row = QHBoxLayout()
        run_row.addWidget(self.start_activity)
        run_row.addWidget(self.finish_activity)
        layout.addLayout(run_row)
        next_row = QHBoxLayout()
        next_row.addWidget(self.next_label, 1)
        next_row.addWidget(self.next_button)
        layout.addLayout(next_row)
        layout.addWidget(self.room)
        layout.addWidget(self.live_title)
        layout.addWidget(self.looking_at)
        layout.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(self.room_section.page_row)
        layout.addLayout(self.room_section.tools)
        layout.addStretch(1)

    # ------------------------------------------------------------- inputs

    def set_context(self, ctx: ScreenContext | None) -> None:
        self._stop_timers()
        self.ctx = ctx
        self.activity_id = None
        self.proposed = None
        self.refresh()

    def set_activity(self, activity_id: int | None) -> None:
        if activity_id != self.activity_id:
            self.activity_id = activity_id
            self.timer.forget_zero()
            if activity_id is not None and activity_id == self.proposed:
                self.proposed = None
            self.refresh()
            self.room_section.show_live()

    def on_change(self, change: Change) -> None:
        if change.touches("activities", "timers"):
            self.refresh()
            self.room_section.show_live()
        self.schedule_preview()

    # ------------------------------------------------------------ reading

    def activity(self) -> Activity | None:
        if self.ctx is None or self.activity_id is None:
            return None
        return read.activity(self.ctx.doc, self.activity_id)

    def reading(self) -> TimerReading | None:
        if self.ctx is None or self.activity_id is None:
            return None
        state = read_timer.timer(self.ctx.doc, self.activity_id)
        return state.reading(self.clock()) if state is not None else None

    def refresh(self) -> None:
        activity = self.activity()
        enabled = activity is not None and not (self.ctx is not None and self.ctx.doc.read_only)
        self.timer.set_enabled(enabled)
        if activity is None:
            self.title.setText(
                QCoreApplication.translate("RunPanel", "No activity selected")
                if self.ctx
                else QCoreApplication.translate("RunPanel", "No workshop open")
            )
            self.plan.setText("")
            self.start_activity.setEnabled(False)
            self.finish_activity.setEnabled(False)
        else:
            self.title.setText(f"{own_direction(activity.title)} — {status_word(activity.status)}")
            running = activity.status is ActivityStatus.RUNNING
            self.start_activity.setEnabled(enabled and not running)
            self.start_activity.setText(
                QCoreApplication.translate("RunPanel", "Restart activity")
                if activity.status is ActivityStatus.DONE
                else QCoreApplication.translate("RunPanel", "Start activity")
            )
            self.finish_activity.setEnabled(enabled and running)
        self._show_proposal()
        self.update_clock()

    def update_clock(self) -> None:
        self.timer.redraw()

    def signal_zero(self) -> None:
        self.timer.signal_zero()

    @property
    def flashing(self) -> bool:
        return self.timer.flash.isActive()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
        self.schedule_preview()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._stop_timers()

    def _stop_timers(self) -> None:
        self.timer.stop()
        self.room_section.preview_timer.stop()

    def _show_proposal(self) -> None:
        doc = self.ctx.doc if self.ctx else None
        proposed = read.activity(doc, self.proposed) if doc and self.proposed else None
        if proposed is None:
            self.proposed = None
            self.next_label.setText("")
            self.next_button.setVisible(False)
            return
        self.next_label.setText(
            QCoreApplication.translate("RunPanel", "Next: {title}").format(title=proposed.title)
        )
        self.next_button.setVisible(True)

    # ----------------------------------------------------------- commands

    def run(
        self, op: Callable[..., Change], *args: Any, undoable: bool, **kwargs: Any
    ) -> Change | None:
        """Run a timer operation: Start/Finish as undo steps, the clock buttons at once."""
        if self.ctx is None:
            return None
        if undoable:
            return self.ctx.runner.run(op, *args, **kwargs)
        try:
            return op(self.ctx.doc, *args, **kwargs)
        except WorkshopError as exc:
            self.ctx.runner.report(error_text(exc))
            return None

    def start(self) -> None:
        if self.activity_id is not None:
            self.run(
                timer_ops.start_activity, self.activity_id, undoable=True, now=self.clock()
            )

    def _finish(self) -> None:
        if self.activity_id is None:
            return
        change = self.run(
            timer_ops.finish_activity, self.activity_id, undoable=True, now=self.clock()
        )
        if change is not None:
            self.proposed = change.extra.get(timer_ops.NEXT_ACTIVITY)
            self._show_proposal()

    def _go_next(self) -> None:
        if self.proposed is not None:
            self.activityRequested.emit(self.proposed)

    # ------------------------------------------------------ what the room sees

    def schedule_preview(self) -> None:
        self.room_section.schedule_preview()

    def update_preview(self) -> None:
        """Draw a small copy of what the room sees (or would see, when the projector is closed)."""
        self.room_section.update_preview()

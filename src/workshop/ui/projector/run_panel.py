"""The facilitator's run panel: the selected activity's timer, start/finish, and what the room sees.

The truth is the timer stored in the document; the panel's one-second tick
only redraws the digits. Start and Finish are undoable edits (through the undo
runner); the clock buttons are saved at once but are not undo steps (see
:mod:`workshop.storage.ops.timer`).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workshop.domain import palettes
from workshop.domain.errors import WorkshopError
from workshop.domain.models import Activity, ActivityStatus
from workshop.domain.timer import Clock, TimerPhase, TimerReading, format_clock, format_duration
from workshop.storage import read, read_timer
from workshop.storage.changes import Change
from workshop.storage.ops import timer as timer_ops
from workshop.ui.projector.controller import ProjectorController
from workshop.ui.projector.state import RoomSees
from workshop.ui.screens.base import ScreenContext
from workshop.ui.widgets import compact

#: The preview follows the dock's width (always 16:9) between these; it asks for the hint.
PREVIEW_MIN_WIDTH = 200
PREVIEW_HINT_WIDTH = 240
PREVIEW_MAX_WIDTH = 400
#: A finished activity's clock: calm, not the warning colours of a running one.
DONE_COLOUR = "#2f6fb2"
#: Coalesce bursts of changes (typing fast on the board) into one preview render.
PREVIEW_DELAY_MS = 250
SOUND_KEY = "projector/sound_at_zero"

_ROOM = {
    RoomSees.LIVE: ("LIVE — the room sees this", "#ffffff", "#c62828"),
    RoomSees.BLANK: ("BLANK — the projector is black", "#ffffff", "#000000"),
    RoomSees.FROZEN: ("FROZEN — the room sees a still picture", "#000000", "#ffb300"),
    RoomSees.CLOSED: ("Projector closed (F5 opens it)", "#37474f", "#eceff1"),
}


class PreviewLabel(QLabel):
    """The projector's picture in small: as wide as the dock allows, always 16:9."""

    resized = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("runPreview")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(PREVIEW_MIN_WIDTH)
        self.setMaximumWidth(PREVIEW_MAX_WIDTH)
        self.setFixedHeight(_sixteen_nine(PREVIEW_HINT_WIDTH))

    def sizeHint(self) -> QSize:
        # Ask for a modest dock: on a laptop the activity needs the width more.
        return QSize(PREVIEW_HINT_WIDTH, _sixteen_nine(PREVIEW_HINT_WIDTH))

    def minimumSizeHint(self) -> QSize:
        return QSize(PREVIEW_MIN_WIDTH, _sixteen_nine(PREVIEW_MIN_WIDTH))

    def picture_size(self) -> QSize:
        return QSize(self.width(), _sixteen_nine(self.width()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        height = _sixteen_nine(event.size().width())
        if height != self.height():
            self.setFixedHeight(height)
        if event.size().width() != event.oldSize().width():
            self.resized.emit()


def _sixteen_nine(width: int) -> int:
    return round(width * 9 / 16)


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
        self._was_over = False

        # Less side padding than the theme's: the dock stays narrow on a laptop.
        self.setStyleSheet("QPushButton { padding-left: 8px; padding-right: 8px; }")
        self.title = QLabel(objectName="runActivityTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: 600;")
        self.digits = QLabel("--:--", objectName="runTimer")
        self.digits.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.digits.setAccessibleName("Time left")
        self.plan = QLabel(objectName="runTimerPlan")
        self.plan.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.plan.setWordWrap(True)

        def button(text: str, name: str, accessible: str, slot: Callable[[], None]) -> QPushButton:
            widget = QPushButton(text, self, objectName=name)
            widget.setAccessibleName(accessible)
            widget.setToolTip(accessible)
            widget.clicked.connect(slot)
            return widget

        self.start_pause = button("Start", "runStartPause", "Start or pause the timer",
                                  self._start_pause)
        self.reset = button("Reset", "runReset", "Reset the timer to the full timebox",
                            self._reset)
        self.plus = button("+1", "runPlusMinute", "One more minute", lambda: self._adjust(1))
        self.minus = button("−1", "runMinusMinute", "One minute less", lambda: self._adjust(-1))
        self.start_activity = button("Start activity", "runStartActivity",
                                     "Start this activity (status: running)", self._start)
        self.finish_activity = button("Finish activity", "runFinishActivity",
                                      "Finish this activity (status: done)", self._finish)
        self.next_button = button("Go to next", "runGoNext", "Go to the proposed next activity",
                                  self._go_next)
        self.next_label = QLabel(objectName="runNextLabel")
        self.next_label.setTextFormat(Qt.TextFormat.PlainText)
        self.next_label.setWordWrap(True)
        self.sound = QCheckBox("Sound at zero", objectName="runSoundAtZero")
        self.sound.setAccessibleName("Beep when the time is up")
        self.sound.setChecked(
            str(controller.settings.value(SOUND_KEY, "false")).lower() == "true"
        )
        self.sound.toggled.connect(lambda on: controller.settings.setValue(SOUND_KEY, on))

        self.room = QLabel(objectName="runRoomSees")
        self.room.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.room.setWordWrap(True)
        self.room.setAccessibleName("What the room sees")
        # Live and preview, as in presenter software: which activity is up, which one the
        # laptop shows, and the command that sends the second to the room.
        self.live_title = QLabel(objectName="runLiveActivity")
        self.live_title.setTextFormat(Qt.TextFormat.PlainText)
        self.live_title.setWordWrap(True)
        self.live_title.setStyleSheet("font-weight: 600;")
        self.live_title.setAccessibleName("The activity the room sees")
        self.looking_at = QLabel(objectName="runLookingAt")
        self.looking_at.setTextFormat(Qt.TextFormat.PlainText)
        self.looking_at.setWordWrap(True)
        self.looking_at.setAccessibleName("The activity you are looking at (not shown)")
        self.show_in_room = QToolButton(objectName="runShowInRoom")
        self.show_in_room.setDefaultAction(controller.show_action)
        self.show_in_room.setAccessibleName("Show in room")
        self.show_in_room.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # Arrows only (the actions' own texts are for the menu): the dock stays narrow.
        self.page_prev = QToolButton(objectName="runPagePrevious")
        self.page_prev.setDefaultAction(controller.page_up_action)
        self.page_prev.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.page_prev.setAccessibleName("Previous page on the projector")
        self.page_next = QToolButton(objectName="runPageNext")
        self.page_next.setDefaultAction(controller.page_down_action)
        self.page_next.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.page_next.setAccessibleName("Next page on the projector")
        self.page = QLabel(objectName="runPage")
        self.page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page.setAccessibleName("Page the room sees")
        self.preview = PreviewLabel()
        self.preview.setAccessibleName("Preview of the projector")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("background: #000; border: 1px solid #90a4ae;")
        self.preview.resized.connect(self.schedule_preview)
        # Narrow enough for a laptop: the buttons shrink to their text, in rows of two.
        tools = QGridLayout()
        for index, (act, name) in enumerate((
            (controller.toggle_action, "runProjectorToggle"),
            (controller.blank_action, "runBlank"),
            (controller.freeze_action, "runFreeze"),
        )):
            tool = QToolButton(objectName=name)
            tool.setDefaultAction(act)
            tool.setAccessibleName(act.text().replace("&", ""))
            tool.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            # Projector | Blank on one row, Freeze | Show in room on the next.
            tools.addWidget(tool, index // 2, index % 2)
        self.show_in_room.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        tools.addWidget(self.show_in_room, 1, 1)
        compact(self.start_pause, "Resume", "Pause")
        compact(self.reset)
        compact(self.minus, extra=8)
        compact(self.plus, extra=8)
        compact(self.start_activity, "Restart activity")
        compact(self.finish_activity)
        compact(self.next_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.digits)
        layout.addWidget(self.plan)
        clock_row = QGridLayout()
        clock_row.addWidget(self.start_pause, 0, 0, 1, 2)
        clock_row.addWidget(self.reset, 0, 2)
        clock_row.addWidget(self.minus, 1, 0)
        clock_row.addWidget(self.plus, 1, 1)
        clock_row.addWidget(self.sound, 1, 2)
        layout.addLayout(clock_row)
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
        page_row = QHBoxLayout()
        page_row.addWidget(self.page_prev)
        page_row.addWidget(self.page, 1)
        page_row.addWidget(self.page_next)
        layout.addLayout(page_row)
        layout.addLayout(tools)
        layout.addStretch(1)

        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self.update_clock)
        self._flash = QTimer(self)
        self._flash.setInterval(400)
        self._flash.timeout.connect(self._flash_step)
        self._flashes = 0
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.update_preview)
        controller.stateChanged.connect(self._state_changed)
        self._state_changed()
        self.refresh()

    # ------------------------------------------------------------- inputs

    def set_context(self, ctx: ScreenContext | None) -> None:
        for timer in (self._tick, self._flash, self._preview_timer):
            timer.stop()
        self.ctx = ctx
        self.activity_id = None
        self.proposed = None
        self.refresh()

    def set_activity(self, activity_id: int | None) -> None:
        if activity_id != self.activity_id:
            self.activity_id = activity_id
            self._was_over = False
            if activity_id is not None and activity_id == self.proposed:
                self.proposed = None
            self.refresh()
            self._show_live()

    def on_change(self, change: Change) -> None:
        if change.touches("activities", "timers"):
            self.refresh()
            self._show_live()
        self.schedule_preview()

    # ------------------------------------------------------------ reading

    def _activity(self) -> Activity | None:
        if self.ctx is None or self.activity_id is None:
            return None
        return read.activity(self.ctx.doc, self.activity_id)

    def reading(self) -> TimerReading | None:
        if self.ctx is None or self.activity_id is None:
            return None
        state = read_timer.timer(self.ctx.doc, self.activity_id)
        return state.reading(self.clock()) if state is not None else None

    def refresh(self) -> None:
        activity = self._activity()
        enabled = activity is not None and not (self.ctx is not None and self.ctx.doc.read_only)
        for widget in (self.start_pause, self.reset, self.plus, self.minus,
                       self.start_activity, self.finish_activity):
            widget.setEnabled(enabled)
        if activity is None:
            self.title.setText("No activity selected" if self.ctx else "No workshop open")
            self.plan.setText("")
            self.start_activity.setEnabled(False)
            self.finish_activity.setEnabled(False)
        else:
            self.title.setText(f"{activity.title} — {activity.status.value}")
            running = activity.status is ActivityStatus.RUNNING
            self.start_activity.setEnabled(enabled and not running)
            self.start_activity.setText("Restart activity" if activity.status is
                                        ActivityStatus.DONE else "Start activity")
            self.finish_activity.setEnabled(enabled and running)
        self._show_proposal()
        self.update_clock()

    def update_clock(self) -> None:
        reading = self.reading()
        activity = self._activity()
        if reading is None or activity is None:
            self.digits.setText("--:--")
            self._style_digits("palette(text)")
            self._tick.stop()
            return
        if activity.status is ActivityStatus.DONE:
            self._show_done(activity)
            return
        self.digits.setText(reading.text)
        if reading.overtime:
            colour, note = palettes.ERROR, f"overtime — planned {activity.timebox_minutes} min"
        elif reading.last_minute:
            colour, note = palettes.WARNING, "last minute"
        else:
            colour, note = "palette(text)", f"planned {activity.timebox_minutes} min"
        extra = (reading.budget_seconds - activity.timebox_minutes * 60) // 60
        if extra:
            note += f" ({'+' if extra > 0 else '−'}{abs(extra)} min)"
        self.plan.setText(note)
        self._style_digits(colour)
        running = reading.phase is TimerPhase.RUNNING
        if activity.status is not ActivityStatus.RUNNING or reading.phase is TimerPhase.IDLE:
            self.start_pause.setText("Start")
        else:
            self.start_pause.setText("Pause" if running else "Resume")
        # The gentle signal: the moment a running clock reaches zero, once.
        over = reading.at_zero and running
        if over and not self._was_over:
            self.signal_zero()
        self._was_over = reading.at_zero
        if running and self.isVisible():
            if not self._tick.isActive():
                self._tick.start()
        else:
            self._tick.stop()

    def _show_done(self, activity: Activity) -> None:
        """A finished activity: how long it took, calmly (the countdown is over, not late)."""
        assert self.ctx is not None
        timing = read_timer.actual_timing(self.ctx.doc, activity.id)
        took = timing.actual_seconds if timing is not None else None
        if took is None:
            self.digits.setText("--:--")
            self.plan.setText(f"done · planned {activity.timebox_minutes} min")
        else:
            self.digits.setText(format_clock(took))
            self.plan.setText(
                f"done · took {format_duration(took)} · planned {activity.timebox_minutes} min"
            )
        self._flash.stop()  # finished in overtime: the signal has done its job
        self._style_digits(DONE_COLOUR)
        self.start_pause.setText("Start")
        self._was_over = False
        self._tick.stop()

    def _style_digits(self, colour: str, background: str = "transparent") -> None:
        style = (
            f"QLabel#runTimer {{ font-size: 40pt; font-weight: 700; color: {colour};"
            f" background: {background}; border-radius: 8px; }}"
        )
        if style != self.digits.styleSheet():
            self.digits.setStyleSheet(style)

    def signal_zero(self) -> None:
        """Time is up: the digits flash a few times (and beep, if the facilitator wants)."""
        self._flashes = 6
        self._flash.start()
        if self.sound.isChecked():
            QApplication.beep()

    def _flash_step(self) -> None:
        self._flashes -= 1
        on = self._flashes % 2 == 1
        self._style_digits("#ffffff" if on else "#c62828", "#c62828" if on else "transparent")
        if self._flashes <= 0:
            self._flash.stop()
            self.update_clock()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
        self.schedule_preview()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        for timer in (self._tick, self._flash, self._preview_timer):
            timer.stop()

    @property
    def flashing(self) -> bool:
        return self._flash.isActive()

    def _show_proposal(self) -> None:
        doc = self.ctx.doc if self.ctx else None
        proposed = read.activity(doc, self.proposed) if doc and self.proposed else None
        if proposed is None:
            self.proposed = None
            self.next_label.setText("")
            self.next_button.setVisible(False)
            return
        self.next_label.setText(f"Next: {proposed.title}")
        self.next_button.setVisible(True)

    # ----------------------------------------------------------- commands

    def _run(
        self, op: Callable[..., Change], *args: Any, undoable: bool, **kwargs: Any
    ) -> Change | None:
        if self.ctx is None:
            return None
        if undoable:
            return self.ctx.runner.run(op, *args, **kwargs)
        try:
            return op(self.ctx.doc, *args, **kwargs)
        except WorkshopError as exc:
            self.ctx.runner.report(str(exc))
            return None

    def _start(self) -> None:
        if self.activity_id is not None:
            self._run(
                timer_ops.start_activity, self.activity_id, undoable=True, now=self.clock()
            )

    def _finish(self) -> None:
        if self.activity_id is None:
            return
        change = self._run(
            timer_ops.finish_activity, self.activity_id, undoable=True, now=self.clock()
        )
        if change is not None:
            self.proposed = change.extra.get(timer_ops.NEXT_ACTIVITY)
            self._show_proposal()

    def _go_next(self) -> None:
        if self.proposed is not None:
            self.activityRequested.emit(self.proposed)

    def _start_pause(self) -> None:
        activity = self._activity()
        if activity is None:
            return
        if activity.status is not ActivityStatus.RUNNING:
            self._start()
            return
        reading = self.reading()
        if reading is not None and reading.phase is TimerPhase.RUNNING:
            self._run(timer_ops.pause_timer, activity.id, undoable=False, now=self.clock())
        else:
            self._run(timer_ops.resume_timer, activity.id, undoable=False, now=self.clock())

    def _reset(self) -> None:
        if self.activity_id is not None:
            self._run(timer_ops.reset_timer, self.activity_id, undoable=False)

    def _adjust(self, minutes: int) -> None:
        if self.activity_id is not None:
            self._run(timer_ops.adjust_timer, self.activity_id, minutes, undoable=False)

    # ------------------------------------------------------ what the room sees

    def _state_changed(self) -> None:
        sees = self.controller.room_sees
        text, ink, background = _ROOM[sees]
        state = self.controller.state
        where = ""
        if sees is not RoomSees.CLOSED and state.screen:
            # On the status's tooltip, not a line of its own: the dock fits a laptop's height.
            where = f"On {state.screen}, {'full screen' if state.fullscreen else 'a window'}"
        self.room.setText(text)
        self.room.setToolTip(where)
        self.room.setAccessibleDescription(where)
        self._show_live()
        self.room.setProperty("roomSees", sees.value)
        self.room.setStyleSheet(
            f"QLabel#runRoomSees {{ color: {ink}; background: {background};"
            " font-weight: 700; padding: 6px; border-radius: 6px; }"
        )
        self.schedule_preview()

    def _show_live(self) -> None:
        """"Room sees: …" always; "You are looking at: …" (and Show in room) when different."""
        doc = self.ctx.doc if self.ctx is not None else None
        state = self.controller.state
        live = read.activity(doc, state.activity_id) if doc and state.activity_id else None
        if doc is None:
            self.live_title.setText("")
        else:
            name = live.title if live is not None else "the welcome"
            if state.spotlight is not None:
                name = f"a {state.spotlight.kind} in the spotlight (Esc returns) — {name}"
            elif state.agenda:
                name = f"the agenda — {name}"
            self.live_title.setText(f"Room sees: {name}")
        looking = self.activity_id if doc is not None else None
        different = looking is not None and looking != state.activity_id
        shown = read.activity(doc, looking) if doc and looking is not None and different else None
        self.looking_at.setText(f"You are looking at: {shown.title}" if shown else "")
        self.looking_at.setVisible(shown is not None)
        self.show_in_room.setEnabled(shown is not None)
        pages = self.controller.page_count()
        self.page.setText(f"Page {self.controller.page_index() + 1} of {pages}")
        for widget in (self.page, self.page_prev, self.page_next):
            widget.setVisible(doc is not None and pages > 1)

    def schedule_preview(self) -> None:
        if self.isVisible() and not self._preview_timer.isActive():
            self._preview_timer.start()

    def update_preview(self) -> None:
        """Draw a small copy of what the room sees (or would see, when the projector is closed)."""
        if self.ctx is None:
            self.preview.clear()
            return
        self.preview.setPixmap(self.controller.window.render_preview(self.preview.picture_size()))

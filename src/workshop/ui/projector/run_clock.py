"""The run panel's clock: the digits, the plan line, Start/Pause, Reset, ±1 and the signal at zero.

Split from :class:`~workshop.ui.projector.run_panel.RunPanel` so the panel only lays
out its sections: this one owns the one-second tick (it only redraws the digits; the
truth is the timer stored in the document) and the few flashes when time is up. The
clock buttons are saved at once but are not undo steps (see
:mod:`workshop.storage.ops.timer`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QGridLayout, QLabel, QPushButton, QWidget

from workshop.domain import palettes
from workshop.domain.models import Activity, ActivityStatus
from workshop.domain.timer import Clock, TimerPhase, TimerReading, format_clock
from workshop.storage import read_timer
from workshop.storage.changes import Change
from workshop.storage.ops import timer as timer_ops
from workshop.ui.screens.base import ScreenContext
from workshop.ui.theme import set_state
from workshop.ui.widgets import compact
from workshop.ui.words import seconds_text

#: A finished activity's clock: calm, not the warning colours of a running one.
DONE_COLOUR = palettes.ACCENT
SOUND_KEY = "projector/sound_at_zero"


def panel_button(
    parent: QWidget, text: str, name: str, accessible: str, slot: Callable[[], None]
) -> QPushButton:
    """A run panel button: its whole tooltip is its accessible name."""
    widget = QPushButton(text, parent)
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    widget.setToolTip(accessible)
    widget.clicked.connect(slot)
    return widget


class ClockHost(Protocol):
    """What the clock needs of the run panel (named here, so this module does not import
    the panel that uses it)."""

    ctx: ScreenContext | None
    activity_id: int | None
    clock: Clock

    def activity(self) -> Activity | None: ...

    def reading(self) -> TimerReading | None: ...

    def start(self) -> None: ...

    def run(
        self, op: Callable[..., Change], *args: Any, undoable: bool, **kwargs: Any
    ) -> Change | None: ...


class RunClock(QObject):
    """The timer section of the run panel (its widgets are the panel's children)."""

    def __init__(self, panel: ClockHost, widget: QWidget, settings: QSettings) -> None:
        super().__init__(widget)
        self.panel = panel
        self.widget = widget
        self._was_over = False
        self.digits = QLabel("--:--", widget, objectName="runTimer")
        self.digits.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.digits.setAccessibleName(QCoreApplication.translate("RunClock", "Time left"))
        self.plan = QLabel(widget, objectName="runTimerPlan")
        self.plan.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.plan.setWordWrap(True)
        self.start_pause = panel_button(
            widget,
            QCoreApplication.translate("RunClock", "Start"),
            "runStartPause",
            QCoreApplication.translate("RunClock", "Start or pause the timer"),
            self._start_pause,
        )
        self.reset = panel_button(
            widget,
            QCoreApplication.translate("RunClock", "Reset"),
            "runReset",
            QCoreApplication.translate("RunClock", "Reset the timer to the full timebox"),
            self._reset,
        )
        self.plus = panel_button(
            widget,
            "+1",
            "runPlusMinute",
            QCoreApplication.translate("RunClock", "One more minute"),
            lambda: self._adjust(1),
        )
        self.minus = panel_button(
            widget,
            "−1",
            "runMinusMinute",
            QCoreApplication.translate("RunClock", "One minute less"),
            lambda: self._adjust(-1),
        )
        self.sound = QCheckBox(
            QCoreApplication.translate("RunClock", "Sound at zero"),
            widget,
            objectName="runSoundAtZero",
        )
        self.sound.setAccessibleName(
            QCoreApplication.translate("RunClock", "Beep when the time is up")
        )
        self.sound.setChecked(str(settings.value(SOUND_KEY, "false")).lower() == "true")
        self.sound.toggled.connect(lambda on: settings.setValue(SOUND_KEY, on))
        compact(
            self.start_pause,
            QCoreApplication.translate("RunClock", "Resume"),
            QCoreApplication.translate("RunClock", "Pause"),
        )
        compact(self.reset)
        compact(self.minus, extra=8)
        compact(self.plus, extra=8)
        self.buttons = QGridLayout()
        self.buttons.addWidget(self.start_pause, 0, 0, 1, 2)
        self.buttons.addWidget(self.reset, 0, 2)
        self.buttons.addWidget(self.minus, 1, 0)
        self.buttons.addWidget(self.plus, 1, 1)
        self.buttons.addWidget(self.sound, 1, 2)

        self.tick = QTimer(self)
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self.redraw)
        self.flash = QTimer(self)
        self.flash.setInterval(400)
        self.flash.timeout.connect(self._flash_step)
        self._flashes = 0

    def stop(self) -> None:
        for timer in (self.tick, self.flash):
            timer.stop()

    def forget_zero(self) -> None:
        """Another activity: its clock reaching zero is news again."""
        self._was_over = False

    def set_enabled(self, enabled: bool) -> None:
        for widget in (self.start_pause, self.reset, self.plus, self.minus):
            widget.setEnabled(enabled)

    # ------------------------------------------------------------ drawing

    def redraw(self) -> None:
        panel = self.panel
        reading = panel.reading()
        activity = panel.activity()
        if reading is None or activity is None:
            self.digits.setText("--:--")
            self._style_digits("")
            self.tick.stop()
            return
        if activity.status is ActivityStatus.DONE:
            self._show_done(activity)
            return
        self.digits.setText(reading.text)
        if reading.overtime:
            clock = "overtime"
            note = QCoreApplication.translate("RunClock", "overtime — planned {minutes} min")
        elif reading.last_minute:
            clock, note = "last-minute", QCoreApplication.translate("RunClock", "last minute")
        else:
            clock, note = "", QCoreApplication.translate("RunClock", "planned {minutes} min")
        note = note.format(minutes=activity.timebox_minutes)
        extra = (reading.budget_seconds - activity.timebox_minutes * 60) // 60
        if extra:
            note += f" ({'+' if extra > 0 else '−'}{abs(extra)} min)"
        self.plan.setText(note)
        self._style_digits(clock)
        running = reading.phase is TimerPhase.RUNNING
        if activity.status is not ActivityStatus.RUNNING or reading.phase is TimerPhase.IDLE:
            self.start_pause.setText(QCoreApplication.translate("RunClock", "Start"))
        else:
            self.start_pause.setText(
                QCoreApplication.translate("RunClock", "Pause")
                if running
                else QCoreApplication.translate("RunClock", "Resume")
            )
        # The gentle signal: the moment a running clock reaches zero, once.
        over = reading.at_zero and running
        if over and not self._was_over:
            self.signal_zero()
        self._was_over = reading.at_zero
        if running and self.widget.isVisible():
            if not self.tick.isActive():
                self.tick.start()
        else:
            self.tick.stop()

    def _show_done(self, activity: Activity) -> None:
        """A finished activity: how long it took, calmly (the countdown is over, not late)."""
        ctx = self.panel.ctx
        assert ctx is not None
        timing = read_timer.actual_timing(ctx.doc, activity.id)
        took = timing.actual_seconds if timing is not None else None
        if took is None:
            self.digits.setText("--:--")
            self.plan.setText(
                QCoreApplication.translate("RunClock", "done · planned {minutes} min").format(
                    minutes=activity.timebox_minutes
                )
            )
        else:
            self.digits.setText(format_clock(took))
            self.plan.setText(
                QCoreApplication.translate(
                    "RunClock", "done · took {took} · planned {minutes} min"
                ).format(took=seconds_text(took), minutes=activity.timebox_minutes)
            )
        self.flash.stop()  # finished in overtime: the signal has done its job
        self._style_digits("done")
        self.start_pause.setText(QCoreApplication.translate("RunClock", "Start"))
        self._was_over = False
        self.tick.stop()

    def _style_digits(self, clock: str) -> None:
        """Colour the digits for ``clock`` ("", "last-minute", "overtime", "done", "flash-on",
        "flash-off": ``QLabel#runTimer[clock=…]`` in ui/theme.qss)."""
        set_state(self.digits, "clock", clock)

    def signal_zero(self) -> None:
        """Time is up: the digits flash a few times (and beep, if the facilitator wants)."""
        self._flashes = 6
        self.flash.start()
        if self.sound.isChecked():
            QApplication.beep()

    def _flash_step(self) -> None:
        self._flashes -= 1
        on = self._flashes % 2 == 1
        self._style_digits("flash-on" if on else "flash-off")
        if self._flashes <= 0:
            self.flash.stop()
            self.redraw()

    # ----------------------------------------------------------- commands

    def _start_pause(self) -> None:
        panel = self.panel
        activity = panel.activity()
        if activity is None:
            return
        if activity.status is not ActivityStatus.RUNNING:
            panel.start()
            return
        reading = panel.reading()
        if reading is not None and reading.phase is TimerPhase.RUNNING:
            panel.run(timer_ops.pause_timer, activity.id, undoable=False, now=panel.clock())
        else:
            panel.run(timer_ops.resume_timer, activity.id, undoable=False, now=panel.clock())

    def _reset(self) -> None:
        if self.panel.activity_id is not None:
            self.panel.run(timer_ops.reset_timer, self.panel.activity_id, undoable=False)

    def _adjust(self, minutes: int) -> None:
        if self.panel.activity_id is not None:
            self.panel.run(
                timer_ops.adjust_timer, self.panel.activity_id, minutes, undoable=False
            )

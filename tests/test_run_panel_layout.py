"""The run panel on a laptop: narrow enough to dock beside the activity, calm about done work."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from workshop.domain.models import ActivityKind, ActivityStatus
from workshop.storage import read
from workshop.storage.document import Document
from workshop.storage.ops import timer as timer_ops
from workshop.ui.projector import ProjectorController
from workshop.ui.projector.run_panel import PREVIEW_MIN_WIDTH, RunPanel
from workshop.ui.screens.base import ScreenContext
from workshop.ui.undo import UndoRunner

T0 = 1_800_000_000.0


class FakeClock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def host(qtbot: QtBot) -> QMainWindow:
    window = QMainWindow()
    window.setCentralWidget(QWidget())
    qtbot.addWidget(window)
    return window


@pytest.fixture
def panel(
    qtbot: QtBot, host: QMainWindow, demo_doc: Document, tmp_path: Path, clock: FakeClock
) -> Iterator[RunPanel]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    controller = ProjectorController(host, demo_doc, settings=settings, clock=clock)
    runner = UndoRunner(demo_doc, QUndoStack(host), host, report=lambda _text: None)
    widget = RunPanel(ScreenContext(demo_doc, runner), controller, clock=clock)
    dock = QDockWidget("Run", host)
    dock.setWidget(widget)
    host.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    demo_doc.subscribe(widget.on_change)
    host.resize(900, 700)
    host.show()
    qtbot.waitExposed(host)
    yield widget
    widget.set_context(None)
    controller.close()
    controller.window.deleteLater()


def _welcome(doc: Document) -> int:
    return next(a.id for a in read.activities(doc) if a.kind is ActivityKind.WELCOME)


def test_a_finished_activity_shows_how_long_it_took_calmly(
    panel: RunPanel, demo_doc: Document, clock: FakeClock
) -> None:
    welcome = _welcome(demo_doc)
    timer_ops.start_activity(demo_doc, welcome, now=T0)
    panel.set_activity(welcome)
    clock.now = T0 + 23 * 60 + 10  # eight minutes over its fifteen
    panel.update_clock()
    assert "overtime" in panel.plan.text()
    panel.finish_activity.click()
    activity = read.activity(demo_doc, welcome)
    assert activity is not None and activity.status is ActivityStatus.DONE
    assert panel.digits.text() == "23:10"
    assert panel.plan.text() == f"done · took 23 min · planned {activity.timebox_minutes} min"
    # Coloured by the theme (QLabel#runTimer[clock="done"]: the calm accent, not a warning).
    assert panel.digits.property("clock") == "done"
    assert "last minute" not in panel.plan.text()
    # Time goes on: a finished activity neither counts nor flashes.
    clock.now += 3600
    panel.update_clock()
    assert panel.digits.text() == "23:10" and not panel.flashing
    assert panel.start_pause.text() == "Start"
    assert panel.start_activity.text() == "Restart activity"


def test_an_activity_finished_early_is_calm_too(
    panel: RunPanel, demo_doc: Document, clock: FakeClock
) -> None:
    welcome = _welcome(demo_doc)
    panel.set_activity(welcome)
    panel.start_activity.click()
    clock.now = T0 + 14 * 60 + 30  # in its last minute
    panel.update_clock()
    assert "last minute" in panel.plan.text()
    assert panel.digits.property("clock") == "last-minute"
    panel.finish_activity.click()
    assert panel.digits.text() == "14:30"
    assert panel.plan.text().startswith("done · took 14 min")
    assert panel.digits.property("clock") == "done"
    # Restarting it makes it a countdown again (its clock goes on where it stopped).
    clock.now += 60
    panel.start_activity.click()
    assert panel.digits.text() == "00:30"
    assert panel.plan.text() == "last minute"


def test_the_panel_is_narrow_and_its_preview_follows_the_dock(panel: RunPanel) -> None:
    assert panel.minimumSizeHint().width() <= 300  # it was 338 (a 320-px preview, one row)
    panel.update_preview()
    pixmap = panel.preview.pixmap()
    assert not pixmap.isNull()
    width = panel.preview.width()
    assert width >= PREVIEW_MIN_WIDTH
    assert abs(pixmap.height() - width * 9 / 16) <= 1 and pixmap.width() == width
    assert abs(panel.preview.height() - width * 9 / 16) <= 1

"""With a second screen the audience window goes full screen there.

Qt chooses its platform once per process, so the two-screen checks run in a
child pytest whose offscreen platform has two virtual screens (1920×1080 main,
1280×720 projector), described by tests/fixtures/two-screens.json.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from workshop.storage.document import Document

CHILD = os.environ.get("WORKSHOP_TWO_SCREENS") == "1"
HERE = Path(__file__).resolve().parent


def screens_config() -> Path:
    """Our own copy first; the shared folder beside the clone as a fallback."""
    own = HERE / "fixtures" / "two-screens.json"
    if own.exists():
        return own
    return HERE.parents[1] / "shared" / "testing" / "two-screens.json"


@pytest.mark.skipif(CHILD, reason="this is the child process")
def test_two_screens_in_a_child_process(tmp_path: Path) -> None:
    config = screens_config()
    assert config.exists(), config
    env = {
        **os.environ,
        "WORKSHOP_TEST_QPA": f"offscreen:configfile={config}",
        "WORKSHOP_TWO_SCREENS": "1",
    }
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(Path(__file__)),
         "-k", "not child_process", "--basetemp", str(tmp_path / "child")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=HERE.parent,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "4 passed" in result.stdout, result.stdout


child_only = pytest.mark.skipif(not CHILD, reason="runs in the two-screen child process")


@pytest.fixture
def laptop(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.move(100, 100)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@child_only
def test_the_platform_has_two_screens(qapp: object) -> None:
    names = [s.name() for s in QGuiApplication.screens()]
    assert names == ["Main", "Projector"]


@child_only
def test_goes_full_screen_on_the_second_screen(
    qtbot: QtBot, laptop: QWidget, demo_doc: Document, settings: QSettings
) -> None:
    from workshop.ui.projector import ProjectorController, RoomSees

    ctrl = ProjectorController(laptop, demo_doc, settings=settings)
    target = ctrl.target_screen()
    assert target is not None and target.name() == "Projector"
    ctrl.toggle()
    window = ctrl.window
    qtbot.waitUntil(window.isFullScreen)
    qtbot.waitUntil(lambda: window.screen().name() == "Projector")
    qtbot.waitUntil(lambda: window.geometry() == target.geometry())
    assert window.size() == QSize(1280, 720)
    assert ctrl.state.fullscreen and ctrl.state.screen == "Projector"
    assert ctrl.room_sees is RoomSees.LIVE
    ctrl.toggle()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert not ctrl.state.showing
    window.deleteLater()


@child_only
def test_the_screen_menu_lists_both_screens_and_remembers_the_choice(
    qtbot: QtBot, laptop: QWidget, demo_doc: Document, settings: QSettings
) -> None:
    from workshop.ui.projector import ProjectorController

    ctrl = ProjectorController(laptop, demo_doc, settings=settings)
    menu = ctrl.screen_menu
    texts = [a.text() for a in menu.actions()]
    assert len(texts) == 3
    assert texts[1].startswith("Main") and texts[2].startswith("Projector — 1280×720")
    main = menu.actions()[1]
    main.trigger()
    assert settings.value("projector/screen") == "Main"
    assert main.isChecked()
    ctrl.toggle()
    window = ctrl.window
    qtbot.waitUntil(window.isFullScreen)
    qtbot.waitUntil(lambda: window.screen().name() == "Main")
    # Back to automatic while showing: it moves to the projector at once.
    menu.actions()[0].trigger()
    qtbot.waitUntil(lambda: window.screen().name() == "Projector")
    qtbot.waitUntil(window.isFullScreen)
    ctrl.close()
    again = ProjectorController(laptop, demo_doc, settings=settings)
    assert again.screen_menu.actions()[0].isChecked()
    for c in (ctrl, again):
        c.window.deleteLater()


@child_only
def test_blank_and_freeze_on_the_projector(
    qtbot: QtBot, laptop: QWidget, demo_doc: Document, settings: QSettings
) -> None:
    from workshop.storage import read
    from workshop.ui.projector import ProjectorController, RoomSees

    ctrl = ProjectorController(laptop, demo_doc, settings=settings)
    ctrl.show_in_room(read.activities(demo_doc)[0].id)
    ctrl.toggle()
    qtbot.waitUntil(ctrl.window.isFullScreen)
    ctrl.blank_action.trigger()
    assert ctrl.room_sees is RoomSees.BLANK
    ctrl.blank_action.trigger()
    ctrl.freeze_action.trigger()
    assert ctrl.room_sees is RoomSees.FROZEN
    assert ctrl.window.frozen_picture is not None
    assert ctrl.window.frozen_picture.size() == QSize(1280, 720)
    ctrl.close()
    ctrl.window.deleteLater()

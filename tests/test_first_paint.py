"""``AfterFirstPaint``: work the first picture does not need runs once, after it."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from workshop.ui.first_paint import AfterFirstPaint


def test_runs_once_just_after_the_first_paint(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    calls: list[str] = []
    AfterFirstPaint(window, lambda: calls.append("after"), at_the_latest_ms=60_000)
    assert calls == []  # not while the window is being built
    window.show()
    qtbot.waitUntil(lambda: calls == ["after"], timeout=3000)
    window.update()
    window.repaint()
    qtbot.wait(50)
    assert calls == ["after"]  # once


def test_a_window_never_painted_does_not_hold_the_work_back(qtbot: QtBot) -> None:
    """A window started minimised (or on another workspace) is not painted: the work
    runs after ``at_the_latest_ms`` all the same, and once."""
    window = QWidget()
    qtbot.addWidget(window)
    calls: list[str] = []
    AfterFirstPaint(window, lambda: calls.append("after"), at_the_latest_ms=100)
    qtbot.waitUntil(lambda: calls == ["after"], timeout=3000)
    window.show()
    qtbot.wait(100)
    assert calls == ["after"]

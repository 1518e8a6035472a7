"""An audience window for a test, and letting it lay itself out as the event loop would."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from workshop.ui.projector.audience import AudienceWindow

T0 = 1_800_000_000.0


def settle() -> None:
    """Let layouts that refit their type run to the end."""
    for _ in range(5):
        QApplication.processEvents()


def audience_window(qtbot: QtBot) -> Iterator[AudienceWindow]:
    """A fixture body: an audience window on a fixed clock, closed after the test."""
    audience = AudienceWindow(clock=lambda: T0)
    qtbot.addWidget(audience)
    yield audience
    audience.close()

"""Apply the facilitator window's style sheet (``ui/theme.qss``) to the application."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from workshop.resources import forms_dir


def apply_theme(app: QApplication) -> None:
    path = forms_dir() / "theme.qss"
    if path.exists():
        app.setStyle("Fusion")
        # The base size is set as the application font (not in the style sheet), so widgets
        # that set their own larger font with setFont() keep it.
        font = QFont(app.font())
        font.setPointSizeF(10.5)
        app.setFont(font)
        icons = (forms_dir() / "icons").as_posix()
        app.setStyleSheet(path.read_text(encoding="utf-8").replace("{icons}", icons))

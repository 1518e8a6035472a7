"""Apply the facilitator window's style sheet (``ui/theme.qss``) to the application."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from workshop.resources import forms_dir


def apply_theme(app: QApplication) -> None:
    path = forms_dir() / "theme.qss"
    if path.exists():
        app.setStyle("Fusion")
        app.setStyleSheet(path.read_text(encoding="utf-8"))

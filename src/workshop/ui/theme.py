"""Apply the facilitator window's style sheet (``ui/theme.qss``) to the application."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from workshop.domain import palettes
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
        # Placeholders and every "muted" label (``palette(placeholder-text)`` in style sheets)
        # use the palette's muted ink, which reads at 4.5:1 on every surface.
        palette = app.palette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, QPalette.ColorRole.PlaceholderText, QColor(palettes.MUTED))
        app.setPalette(palette)
        icons = (forms_dir() / "icons").as_posix()
        app.setStyleSheet(path.read_text(encoding="utf-8").replace("{icons}", icons))

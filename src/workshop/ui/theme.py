"""Apply the facilitator window's style sheet (``ui/theme.qss``) to the application.

Screens never carry colours or style strings of their own: they name what a widget is
(its objectName, or a role with :func:`set_role`) or the state it is in
(:func:`set_state`), and the theme's selectors style it. ``{NAME}`` in the style sheet
is the colour ``NAME`` of :mod:`workshop.domain.palettes` (one palette for the style
sheet and for what screens paint with QPainter); ``tests/test_theme.py`` keeps it so.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from workshop.domain import palettes
from workshop.resources import fonts_dir, forms_dir

#: The bundled family every screen was laid out and measured with (the laptop-fit tests).
#: Left to the system, the window changed with whatever fonts the machine had: installing
#: Noto made the pulse screen 3 px too tall for a laptop. Other scripts fall back as usual.
UI_FAMILY = "DejaVu Sans"


def _bundled_family() -> str | None:
    """Load the bundled DejaVu Sans once; its family name, or None if it cannot be loaded."""
    if UI_FAMILY in QFontDatabase.families():
        return UI_FAMILY
    loaded = [
        QFontDatabase.addApplicationFont(str(fonts_dir() / name))
        for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
    ]
    return UI_FAMILY if any(i >= 0 for i in loaded) else None


#: Bundled fallbacks for scripts a bare machine may lack a font for (the handout's subsets,
#: ``packaging/subset_fonts.py``), loaded only when no installed family writes the script.
FALLBACKS = (
    (QFontDatabase.WritingSystem.SimplifiedChinese, "WorkshopCJK-subset.ttf"),
    (QFontDatabase.WritingSystem.Japanese, "WorkshopCJK-subset.ttf"),
    (QFontDatabase.WritingSystem.Korean, "WorkshopKorean-subset.ttf"),
)


def load_fallbacks() -> list[str]:
    """Add the bundled fonts for the scripts no system font writes; the files added."""
    added: list[str] = []
    for system, name in FALLBACKS:
        if (
            name not in added
            and not QFontDatabase.families(system)
            and QFontDatabase.addApplicationFont(str(fonts_dir() / name)) >= 0
        ):
            added.append(name)
    return added


#: The style the theme's rules are drawn on, alike on every platform.
BASE_STYLE = "Fusion"


def style_arguments() -> list[str]:
    """Arguments for a new QApplication that make the theme's base style its style, made
    when Qt first needs one. ``app.setStyle`` hands the style to Python, and PySide then
    builds every enum of QStyle (~400 members, ~5 ms of the start-up); the start asks for
    the style this way and calls ``apply_theme(app, styled=True)``."""
    return ["-style", BASE_STYLE] if (forms_dir() / "theme.qss").exists() else []


def apply_theme(app: QApplication, *, styled: bool = False) -> None:
    """The theme on ``app``; ``styled``: it was made with :func:`style_arguments`."""
    path = forms_dir() / "theme.qss"
    if path.exists():
        if not styled:
            app.setStyle(BASE_STYLE)
        # The base size is set as the application font (not in the style sheet), so widgets
        # that set their own larger font with setFont() keep it.
        font = QFont(app.font())
        family = _bundled_family()
        load_fallbacks()
        if family is not None:
            font.setFamily(family)
        font.setPointSizeF(10.5)
        app.setFont(font)
        # Placeholders and every "muted" label (``palette(placeholder-text)`` in style sheets)
        # use the palette's muted ink, which reads at 4.5:1 on every surface.
        palette = app.palette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, QPalette.ColorRole.PlaceholderText, QColor(palettes.MUTED))
        app.setPalette(palette)
        app.setStyleSheet(style_sheet(path.read_text(encoding="utf-8")))


def style_sheet(template: str) -> str:
    """The theme's style sheet: ``{icons}`` is the icons' folder, ``{NAME}`` the palette's
    colour ``NAME``; the note editor's colours follow the stickies'."""
    icons = (forms_dir() / "icons").as_posix()

    def colour(match: re.Match[str]) -> str:
        value = getattr(palettes, match.group(1), None)
        if not isinstance(value, str):
            raise KeyError(f"ui/theme.qss names {match.group(0)}, not in domain/palettes.py")
        return value

    sheet = re.sub(r"\{([A-Z][A-Z0-9_]*)\}", colour, template.replace("{icons}", icons))
    stickies = "\n".join(
        f'QPlainTextEdit[sticky="{index}"] {{ background: {fill}; color: {palettes.NOTE_INK}; }}'
        for index, (_name, fill) in enumerate(palettes.STICKY)
    )
    return f"{sheet}\n{stickies}\n"


def set_role(widget: QWidget, role: str) -> None:
    """Style ``widget`` as ``role`` ("muted", "title", "prompt", "heading", "warning",
    "error": the ``[role=…]`` rules of ``ui/theme.qss``; "" for none)."""
    set_state(widget, "role", role)


def set_state(widget: QWidget, name: str, value: object) -> None:
    """Set the dynamic property ``name`` the theme's selectors read; restyle the widget at
    once when it is already on screen (Qt reads properties only when it polishes)."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        style = widget.style()
        style.unpolish(widget)
        style.polish(widget)

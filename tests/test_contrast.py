"""WCAG 2.1 AA contrast computed from the themes' own colours: text ≥ 4.5:1 (large ≥ 3:1),
graphics ≥ 3:1, in the laptop theme (``ui/theme.qss``, ``domain/palettes.py``) and both
projector themes (``ui/projector/theme.py``)."""

from __future__ import annotations

import re

import pytest

from workshop.domain import palettes
from workshop.domain.colour_vision import (
    GRAPHICS_CONTRAST,
    LARGE_TEXT_CONTRAST,
    TEXT_CONTRAST,
    contrast,
)
from workshop.resources import forms_dir
from workshop.ui.projector.state import Theme
from workshop.ui.projector.theme import PALETTES

_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_PROPERTY = re.compile(r"([\w-]+)\s*:\s*([^;]+);?")


def qss_rules() -> list[tuple[str, dict[str, str]]]:
    text = re.sub(r"/\*.*?\*/", "", (forms_dir() / "theme.qss").read_text(), flags=re.S)
    return [
        (selector.strip(), {k: v.strip() for k, v in _PROPERTY.findall(body)})
        for selector, body in _RULE.findall(text)
    ]


def _hex(value: str) -> str | None:
    found = re.search(r"#[0-9a-fA-F]{6}\b", value)
    return found.group(0) if found else None


def test_every_text_colour_in_the_style_sheet_reads_on_its_background() -> None:
    checked = 0
    for selector, props in qss_rules():
        if ":disabled" in selector:
            continue  # WCAG exempts inactive controls
        ink = _hex(props.get("color", ""))
        if ink:
            own = _hex(props.get("background", "") or props.get("background-color", ""))
            for surface in [own] if own else [palettes.WINDOW, palettes.BASE]:
                ratio = contrast(ink, surface)
                assert ratio >= TEXT_CONTRAST, f"{selector}: {ink} on {surface} is {ratio:.2f}"
                checked += 1
        selection = _hex(props.get("selection-color", ""))
        if selection:
            surface = _hex(props["selection-background-color"])
            assert surface and contrast(selection, surface) >= TEXT_CONTRAST
            checked += 1
    assert checked >= 8


def test_the_style_sheet_uses_the_palette_surfaces() -> None:
    colours = {c.lower() for _s, p in qss_rules() for v in p.values() for c in [_hex(v)] if c}
    for surface in (palettes.WINDOW, palettes.BASE, palettes.BAR, palettes.HEADER,
                    palettes.ACCENT):
        assert surface in colours


@pytest.mark.parametrize("use", palettes.LAPTOP_USES, ids=lambda u: f"{u[0]} {u[1]} on {u[2]}")
def test_laptop_inks_and_marks_meet_wcag(use: tuple[str, str, str, str]) -> None:
    what, ink, surface, kind = use
    need = TEXT_CONTRAST if kind == palettes.TEXT_USE else GRAPHICS_CONTRAST
    assert contrast(ink, surface) >= need, f"{what}: {contrast(ink, surface):.2f}"


def test_placeholder_and_muted_text_use_the_palette_colour(qapp) -> None:
    from PySide6.QtGui import QPalette

    from workshop.ui.theme import apply_theme

    apply_theme(qapp)
    role = QPalette.ColorRole.PlaceholderText
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        assert qapp.palette().color(group, role).name() == palettes.MUTED


@pytest.mark.parametrize("theme", list(Theme))
def test_projector_theme_contrast(theme: Theme) -> None:
    p = PALETTES[theme]
    for surface in (p.background, p.panel):
        for name in ("text", "muted", "accent", "overtime", "last_minute"):
            ink = getattr(p, name)
            assert contrast(ink, surface) >= TEXT_CONTRAST, f"{theme} {name} on {surface}"
    assert contrast(p.highlight_text, p.highlight) >= TEXT_CONTRAST
    # Graphics: progress bars on their track and the page, the newest note's outline.
    assert contrast(p.bar, p.panel) >= GRAPHICS_CONTRAST
    assert contrast(p.bar, p.background) >= GRAPHICS_CONTRAST
    assert contrast(p.highlight, p.background) >= GRAPHICS_CONTRAST
    # The timer's digits are large text.
    assert contrast(p.last_minute, p.panel) >= LARGE_TEXT_CONTRAST


def test_reciprocity_map_nodes_stand_out_on_white(qapp) -> None:
    from PySide6.QtGui import QColor

    from workshop.ui.reciprocity.map import FLAG_COLOURS, node_border

    for fill in (*palettes.ORGANISATION, palettes.NO_ORGANISATION):
        for shade in (QColor(fill), QColor(fill).lighter(150)):  # organisation, person
            assert contrast(node_border(shade).name(), palettes.BASE) >= GRAPHICS_CONTRAST
    for flag in FLAG_COLOURS.values():
        assert contrast(flag, palettes.BASE) >= GRAPHICS_CONTRAST

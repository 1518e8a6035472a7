"""Colour arithmetic checked against published values, and every palette checked with it:
ΔE2000 ≥ 10 pairwise for normal vision and three colour-vision deficiencies, ink ≥ 4.5:1."""

from __future__ import annotations

import pytest

from workshop.domain import palettes
from workshop.domain.colour_vision import (
    MIN_DELTA_E,
    TEXT_CONTRAST,
    Vision,
    best_ink,
    closest_pair,
    contrast,
    delta_e2000,
    distance,
    simulate,
    to_hex,
)

# Sharma, Wu & Dalal (2005), "The CIEDE2000 color-difference formula", Table 1 (a selection).
SHARMA = [
    ((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485), 2.0425),
    ((50.0, 3.1571, -77.2803), (50.0, 0.0, -82.7485), 2.8615),
    ((50.0, -1.3802, -84.2814), (50.0, 0.0, -82.7485), 1.0000),
    ((50.0, 0.0, 0.0), (50.0, -1.0, 2.0), 2.3669),
    ((50.0, 2.49, -0.001), (50.0, -2.49, 0.0011), 7.2195),
    ((50.0, 2.5, 0.0), (73.0, 25.0, -18.0), 27.1492),
    ((50.0, 2.5, 0.0), (56.0, -27.0, -3.0), 31.9030),
    ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644),
    ((22.7233, 20.0904, -46.694), (23.0331, 14.973, -42.5619), 2.0373),
    ((90.9257, -0.5406, -0.9208), (88.6381, -0.8985, -0.7239), 1.5381),
]


@pytest.mark.parametrize(("lab1", "lab2", "expected"), SHARMA)
def test_delta_e2000_matches_the_published_test_data(lab1, lab2, expected) -> None:
    assert delta_e2000(lab1, lab2) == pytest.approx(expected, abs=1e-4)
    assert delta_e2000(lab2, lab1) == pytest.approx(expected, abs=1e-4)


def test_contrast_follows_wcag() -> None:
    assert contrast("#ffffff", "#000000") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast("#abc", "#abc") == pytest.approx(1.0)
    assert best_ink("#222222") == "#ffffff"
    assert best_ink("#fff176") == "#1a1a1a"


def test_simulation_keeps_greys_and_folds_red_onto_green() -> None:
    for vision in Vision:
        assert to_hex(simulate("#808080", vision)) in {"#808080", "#7f7f7f", "#818181"}
    # What the issue measured on the old palettes (the reason they were replaced).
    assert distance("#59a14f", "#e15759", Vision.DEUTERANOPIA) == pytest.approx(0.70, abs=0.01)
    assert distance("#b3e5fc", "#d1c4e9", Vision.DEUTERANOPIA) == pytest.approx(3.96, abs=0.01)
    assert distance("#fff176", "#ffcc80", Vision.DEUTERANOPIA) == pytest.approx(6.40, abs=0.01)
    assert distance("#59a14f", "#e15759") > 30  # normal vision


PALETTES = {
    "sticky colours": [fill for _name, fill in palettes.STICKY],
    "organisation colours": list(palettes.ORGANISATION),
    "purpose-theme highlights": list(palettes.THEME_HIGHLIGHTS),
}


@pytest.mark.parametrize("name", PALETTES)
def test_palette_colours_stay_apart_for_every_vision(name: str) -> None:
    gap, a, b, vision = closest_pair(PALETTES[name])
    assert gap >= MIN_DELTA_E, f"{name}: {a} and {b} are ΔE {gap:.1f} apart for {vision.value}"


def test_ink_reads_on_every_palette_colour() -> None:
    for _name, fill in palettes.STICKY:
        assert contrast(palettes.NOTE_INK, fill) >= TEXT_CONTRAST
        assert contrast(palettes.NOTE_AUTHOR_INK, fill) >= TEXT_CONTRAST
    for fill in palettes.THEME_HIGHLIGHTS:
        assert contrast(palettes.THEME_INK, fill) >= TEXT_CONTRAST
    for fill in (*palettes.ORGANISATION, palettes.NO_ORGANISATION):
        assert contrast(best_ink(fill), fill) >= TEXT_CONTRAST


def test_the_app_draws_with_these_palettes() -> None:
    from workshop.domain import board, purpose

    assert tuple(fill for _n, fill in palettes.STICKY) == board.COLOUR_HEX
    assert purpose.THEME_PALETTE == palettes.THEME_HIGHLIGHTS

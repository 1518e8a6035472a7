"""Colour arithmetic for accessibility checks: WCAG 2.1 contrast, colour-vision deficiency
simulation (Machado, Oliveira & Fernandes 2009, full severity) and CIEDE2000 colour difference.

Pure Python, no Qt: the palettes' tests and ``docs/accessibility.md`` compute their figures
here, so a colour chosen for the screen, the projector or the handout is checked the same way.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from enum import Enum
from itertools import combinations

RGB = tuple[float, float, float]

#: WCAG 2.1 AA thresholds.
TEXT_CONTRAST = 4.5
LARGE_TEXT_CONTRAST = 3.0
GRAPHICS_CONTRAST = 3.0
#: Two colours that must be told apart stay at least this far apart (ΔE2000) for every vision.
MIN_DELTA_E = 10.0


class Vision(Enum):
    NORMAL = "normal"
    PROTANOPIA = "protanopia"
    DEUTERANOPIA = "deuteranopia"
    TRITANOPIA = "tritanopia"


#: Machado et al. 2009, severity 1.0, applied to linear RGB.
_MACHADO: dict[Vision, tuple[RGB, RGB, RGB]] = {
    Vision.PROTANOPIA: (
        (0.152286, 1.052583, -0.204868),
        (0.114503, 0.786281, 0.099216),
        (-0.003882, -0.048116, 1.051998),
    ),
    Vision.DEUTERANOPIA: (
        (0.367322, 0.860646, -0.227968),
        (0.280085, 0.672501, 0.047413),
        (-0.011820, 0.042940, 0.968881),
    ),
    Vision.TRITANOPIA: (
        (1.255528, -0.076749, -0.178779),
        (-0.078411, 0.930809, 0.147602),
        (0.004733, 0.691367, 0.303900),
    ),
}


def parse(hex_colour: str) -> RGB:
    """``#rrggbb`` (or ``#rgb``) as sRGB components in 0…1."""
    text = hex_colour.strip().lstrip("#")
    if len(text) == 3:
        text = "".join(c * 2 for c in text)
    if len(text) != 6:
        raise ValueError(f"not a colour like #rrggbb: {hex_colour!r}")
    return (int(text[0:2], 16) / 255, int(text[2:4], 16) / 255, int(text[4:6], 16) / 255)


def to_hex(rgb: RGB) -> str:
    return "#" + "".join(f"{round(max(0.0, min(1.0, c)) * 255):02x}" for c in rgb)


def _linear(c: float) -> float:
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def _gamma(c: float) -> float:
    c = max(0.0, min(1.0, c))
    return c * 12.92 if c <= 0.0031308 else 1.055 * c ** (1 / 2.4) - 0.055


def luminance(colour: str | RGB) -> float:
    """WCAG relative luminance."""
    r, g, b = parse(colour) if isinstance(colour, str) else colour
    return 0.2126 * _linear(r) + 0.7152 * _linear(g) + 0.0722 * _linear(b)


def blend(top: str, bottom: str, alpha: float) -> str:
    """``top`` drawn with opacity ``alpha`` over ``bottom`` (what the eye gets)."""
    t, u = parse(top), parse(bottom)
    return to_hex(tuple(alpha * a + (1 - alpha) * c for a, c in zip(t, u, strict=True)))  # type: ignore[arg-type]


def contrast(a: str, b: str) -> float:
    """WCAG 2.1 contrast ratio, 1 … 21."""
    la, lb = luminance(a), luminance(b)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


def best_ink(background: str, inks: Sequence[str] = ("#1a1a1a", "#ffffff")) -> str:
    """The ink (of ``inks``) reading best on ``background``."""
    return max(inks, key=lambda ink: contrast(ink, background))


def simulate(colour: str, vision: Vision) -> RGB:
    """How ``colour`` looks (sRGB 0…1) to someone with ``vision``."""
    rgb = parse(colour)
    if vision is Vision.NORMAL:
        return rgb
    lin = [_linear(c) for c in rgb]
    matrix = _MACHADO[vision]
    return tuple(  # type: ignore[return-value]
        _gamma(sum(m * c for m, c in zip(row, lin, strict=True))) for row in matrix
    )


def lab(rgb: RGB) -> RGB:
    """CIELAB (D65) of an sRGB colour."""
    r, g, b = (_linear(c) for c in rgb)
    x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047
    y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b
    z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > (6 / 29) ** 3 else t / (3 * (6 / 29) ** 2) + 4 / 29

    fx, fy, fz = f(x), f(y), f(z)
    return (116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz))


def delta_e2000(lab1: RGB, lab2: RGB) -> float:
    """CIEDE2000 (Sharma, Wu & Dalal 2005), kL = kC = kH = 1."""
    l1, a1, b1 = lab1
    l2, a2, b2 = lab2
    c1, c2 = math.hypot(a1, b1), math.hypot(a2, b2)
    c_mean7 = ((c1 + c2) / 2) ** 7
    g = 0.5 * (1 - math.sqrt(c_mean7 / (c_mean7 + 25**7)))
    a1p, a2p = (1 + g) * a1, (1 + g) * a2
    c1p, c2p = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1p = math.degrees(math.atan2(b1, a1p)) % 360 if c1p else 0.0
    h2p = math.degrees(math.atan2(b2, a2p)) % 360 if c2p else 0.0
    dl = l2 - l1
    dc = c2p - c1p
    if c1p * c2p == 0:
        dh = 0.0
    else:
        dh = h2p - h1p
        if dh > 180:
            dh -= 360
        elif dh < -180:
            dh += 360
    dhh = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(dh / 2))
    l_mean = (l1 + l2) / 2
    c_mean = (c1p + c2p) / 2
    if c1p * c2p == 0:
        h_mean = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        h_mean = (h1p + h2p) / 2
    elif h1p + h2p < 360:
        h_mean = (h1p + h2p + 360) / 2
    else:
        h_mean = (h1p + h2p - 360) / 2
    t = (
        1
        - 0.17 * math.cos(math.radians(h_mean - 30))
        + 0.24 * math.cos(math.radians(2 * h_mean))
        + 0.32 * math.cos(math.radians(3 * h_mean + 6))
        - 0.20 * math.cos(math.radians(4 * h_mean - 63))
    )
    d_theta = 30 * math.exp(-(((h_mean - 275) / 25) ** 2))
    c_mean_p7 = c_mean**7
    rc = 2 * math.sqrt(c_mean_p7 / (c_mean_p7 + 25**7))
    sl = 1 + 0.015 * (l_mean - 50) ** 2 / math.sqrt(20 + (l_mean - 50) ** 2)
    sc = 1 + 0.045 * c_mean
    sh = 1 + 0.015 * c_mean * t
    rt = -math.sin(math.radians(2 * d_theta)) * rc
    return math.sqrt(
        (dl / sl) ** 2 + (dc / sc) ** 2 + (dhh / sh) ** 2 + rt * (dc / sc) * (dhh / sh)
    )


def distance(a: str, b: str, vision: Vision = Vision.NORMAL) -> float:
    """ΔE2000 between two colours as seen with ``vision``."""
    return delta_e2000(lab(simulate(a, vision)), lab(simulate(b, vision)))


def closest_pair(colours: Iterable[str], visions: Iterable[Vision] = tuple(Vision)) -> tuple[
    float, str, str, Vision
]:
    """The two colours of a palette that are hardest to tell apart, for any of ``visions``."""
    listed = list(colours)
    seen = list(visions)
    best: tuple[float, str, str, Vision] = (math.inf, "", "", Vision.NORMAL)
    for a, b in combinations(listed, 2):
        for vision in seen:
            d = distance(a, b, vision)
            if d < best[0]:
                best = (d, a, b, vision)
    return best

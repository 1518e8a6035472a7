"""The join QR code, made with segno (pure Python: no Pillow, no Qt)."""

from __future__ import annotations

import io

import segno


def qr_png(url: str, *, scale: int = 10, dark: str = "#000000", light: str = "#ffffff") -> bytes:
    """A PNG of ``url`` with a quiet zone of four modules (what phone cameras need)."""
    code = segno.make(url, error="m", micro=False)
    out = io.BytesIO()
    code.save(out, kind="png", scale=scale, border=4, dark=dark, light=light)
    return out.getvalue()


def qr_matrix(url: str) -> list[list[bool]]:
    """The modules of the code, dark = True, without the quiet zone (for painting)."""
    code = segno.make(url, error="m", micro=False)
    return [[bool(bit) for bit in row] for row in code.matrix]

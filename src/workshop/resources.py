"""Where the bundled ``ui/`` forms and ``resources/`` live, installed or in a checkout.

In a wheel they are copied into the package (``workshop/_ui``, ``workshop/_resources``);
in a source checkout (including editable installs) they sit at the repository root.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _find(installed: str, checkout: str) -> Path:
    inside = _PACKAGE / installed
    if inside.is_dir():
        return inside
    return _PACKAGE.parent.parent / checkout


def resources_dir() -> Path:
    return _find("_resources", "resources")


def forms_dir() -> Path:
    return _find("_ui", "ui")


def templates_dir() -> Path:
    return resources_dir() / "templates"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def icons_dir() -> Path:
    return resources_dir() / "icons"

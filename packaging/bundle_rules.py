"""Which collected files go into the bundle: the same answer on every build machine.

PyInstaller copies the shared libraries Qt's plugins link against when it finds them
on the build machine, so a bundle built where ``libxcb-icccm4`` happened to be
installed carried it and one built elsewhere did not. The desktop's own libraries
(xcb, X11, wayland, xkbcommon, GL/EGL, fontconfig, freetype, glib, dbus) never go in:
they come from the system, and when one is missing the ``workshop`` command names it
and its Debian package at start (``workshop.system_libraries``). Used by
``packaging/workshop.spec`` and tested in ``tests/test_packaging.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path, PurePosixPath

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from workshop.system_libraries import DEBIAN_PACKAGES

#: Families of desktop libraries left to the system (any version, any helper library).
SYSTEM_PREFIXES = (
    "libxcb", "libX", "libwayland-", "libxkbcommon", "libGL", "libEGL", "libOpenGL",
    "libfontconfig", "libfreetype", "libglib-", "libgthread-", "libgobject-", "libgio-",
    "libdbus-", "libSM.", "libICE.", "libdrm.", "libgbm.",
)
#: Collected plugins and files dropped by their path inside the bundle (POSIX-style dest).
DROP = (
    "/Qt/translations/",                    # Qt's own translations (~5 MB), but …
    "/plugins/egldeviceintegrations/",      # embedded-display backends
    "/plugins/wayland-graphics-integration-server/",
    "/plugins/networkinformation/", "/plugins/tls/", "/plugins/sqldrivers/",
    "/plugins/qmltooling/",
    "/platforms/libqeglfs", "/platforms/libqlinuxfb", "/platforms/libqvnc",
    "/platforms/libqminimalegl", "/platforms/libqvkkhrdisplay",
)


def from_the_desktop(dest: str) -> bool:
    """A desktop library (copied only because the build machine had it)?"""
    path = PurePosixPath(dest.replace("\\", "/"))
    if len(path.parts) > 1:
        # In a package's folder (PySide6/Qt/lib, pillow.libs …): shipped with its wheel,
        # the same on every machine. The system's libraries land at the top level.
        return False
    name = path.name
    return name in DEBIAN_PACKAGES or name.startswith(SYSTEM_PREFIXES)


#: … those of the UI languages we ship (Qt's standard dialogs and buttons in that language).
UI_LANGUAGES = sorted(
    p.stem.removeprefix("workshop_")
    for p in (Path(__file__).resolve().parent.parent / "resources" / "translations").glob("*.ts")
)
QT_TRANSLATIONS = frozenset(f"/translations/qtbase_{code}.qm" for code in UI_LANGUAGES)


def keep(entry: tuple[str, ...]) -> bool:
    dest = "/" + entry[0].replace("\\", "/")
    if any(dest.endswith(name) for name in QT_TRANSLATIONS):
        return True
    if any(part in dest for part in DROP):
        return False
    return not from_the_desktop(entry[0])

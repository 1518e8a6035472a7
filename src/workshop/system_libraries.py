"""Before the window starts: are the system libraries Qt's platform plugin needs there?

Qt cannot load its platform plugin without them and then aborts with a generic
"could not load the Qt platform plugin" (no way to catch it). So the ``workshop``
command asks the dynamic loader (``ldd``) first and names what is missing and the
Debian package to install. No Qt is imported here.
"""

from __future__ import annotations

import importlib.util
import os
import re
from collections.abc import Mapping, Sequence
from pathlib import Path

#: Libraries Qt's xcb, wayland and GUI modules use that a minimal desktop may lack,
#: with the Debian package holding each.
DEBIAN_PACKAGES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libGLX.so.0": "libglx0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
}
_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)
_SONAME = re.compile(r"(lib[\w.+-]+\.so(?:\.\d+)*)")


def platform(env: Mapping[str, str]) -> str:
    """The Qt platform plugin the window will use (``xcb``, ``wayland``, ``offscreen`` …)."""
    chosen = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if chosen:
        return chosen
    if env.get("XDG_SESSION_TYPE") == "wayland" and env.get("WAYLAND_DISPLAY"):
        return "wayland"
    return "xcb"


def plugin_file(name: str) -> Path | None:
    """Qt's platform plugin ``name`` inside the installed (or bundled) PySide6."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.origin:
        return None
    path = Path(spec.origin).parent / "Qt" / "plugins" / "platforms" / f"libq{name}.so"
    return path if path.is_file() else None


def not_found(ldd_output: str) -> list[str]:
    """The libraries ``ldd`` reports as "not found", each once, in its order."""
    return list(dict.fromkeys(_NOT_FOUND.findall(ldd_output)))


def missing_libraries(files: Sequence[Path]) -> list[str]:
    """What the dynamic loader cannot find for ``files`` (empty when ``ldd`` is absent)."""
    import shutil  # (and subprocess) only when a start must run ldd: rarely
    import subprocess

    ldd = shutil.which("ldd") or ("/usr/bin/ldd" if Path("/usr/bin/ldd").is_file() else None)
    if not files or ldd is None:
        return []
    try:
        result = subprocess.run(
            [ldd, *map(str, files)], capture_output=True, text=True, timeout=10, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return []
    return not_found(result.stdout)


def package_for(library: str) -> str:
    """The Debian package holding ``library`` (a best guess when it is not one we know)."""
    known = DEBIAN_PACKAGES.get(library)
    if known:
        return known
    stem, _, version = library.partition(".so")
    name = stem.lower().replace("_", "-")
    number = version.lstrip(".").split(".")[0]
    return f"{name}{'-' if name[-1:].isdigit() else ''}{number}" if number else name


def explain(libraries: Sequence[str], what: str) -> str:
    """One message: which libraries are missing, for what, and the apt command."""
    named = ", ".join(f"{lib} (Debian package {package_for(lib)})" for lib in libraries)
    packages = " ".join(dict.fromkeys(package_for(lib) for lib in libraries))
    return (
        f"the window cannot start: {what} needs {named}, which "
        f"{'is' if len(libraries) == 1 else 'are'} not installed. "
        f"Install with: sudo apt install {packages}"
    )


def _stamp(plugin: Path) -> str:
    """What a passed check depends on: the plugin, and the loader's cache (``ldconfig``
    rewrites it whenever a package adds or removes a library)."""
    parts = [str(plugin)]
    for path in (plugin, Path("/etc/ld.so.cache")):
        try:
            info = path.stat()
        except OSError:
            continue
        parts.append(f"{info.st_size}:{info.st_mtime_ns}")
    return " ".join(parts)


def start_problem(
    env: Mapping[str, str] | None = None, *, remember: Path | None = None
) -> str | None:
    """Why the window would not start for lack of a system library, or None.

    With ``remember`` (a small file in the data folder) a passed check is not run again
    (``ldd`` costs ~13 ms) until the plugin or the system's libraries change.
    """
    environ = os.environ if env is None else env
    name = platform(environ)
    plugin = plugin_file(name)
    if plugin is None:
        return None
    stamp = _stamp(plugin)
    if remember is not None:
        try:
            if remember.read_text(encoding="utf-8") == stamp:
                return None
        except (OSError, UnicodeDecodeError):
            pass
    missing = missing_libraries([plugin])
    if missing:
        return explain(missing, f"Qt's {name} platform plugin")
    if remember is not None:
        try:
            remember.parent.mkdir(parents=True, exist_ok=True)
            remember.write_text(stamp, encoding="utf-8")
        except OSError:
            pass  # a read-only home: check again next time
    return None


def import_problem(error: BaseException) -> str | None:
    """The same message for a Qt module that failed to import (``libEGL.so.1: cannot …``)."""
    found = _SONAME.search(str(error))
    if found is None:
        return None
    return explain([found.group(1)], "Qt")

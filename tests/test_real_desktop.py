"""A real X11 desktop: the libraries Qt's xcb and wayland plugins need, and a real start.

The offscreen platform the other tests use needs none of the X11 libraries; under a
real X server `sh packaging/launch.sh` aborted because libxcb-icccm4 and
libxcb-keysyms1 were missing. `packaging/ensure-system.sh --qt=PYTHON` now lists
every library the plugins miss (ldd over them); `.ci/test` installs Xvfb so this
test starts the app on a real X server with the xcb platform.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parents[1]
QT = Path(PySide6.__file__).parent / "Qt"


def _missing_libraries() -> set[str]:
    """What ldd says the xcb and wayland plugins cannot find, computed here apart."""
    plugins = QT / "plugins"
    files = [plugins / "platforms" / "libqxcb.so", *plugins.glob("platforms/libqwayland*.so"),
             *plugins.glob("xcbglintegrations/*.so"), *plugins.glob("wayland-*/*.so")]
    missing: set[str] = set()
    env = {**os.environ, "LD_LIBRARY_PATH": str(QT / "lib")}
    for plugin in files:
        out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, env=env).stdout
        missing |= {line.split()[0] for line in out.splitlines() if "not found" in line}
    return missing


def _ensure_print() -> list[str]:
    result = subprocess.run(
        ["sh", str(ROOT / "packaging" / "ensure-system.sh"), f"--qt={sys.executable}", "--print"],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def test_ensure_system_names_a_package_for_every_library_the_plugins_miss() -> None:
    missing = _missing_libraries()
    packages = _ensure_print()
    for library in missing:
        stem = library.split(".so")[0].lower()
        assert any(p.startswith(stem) for p in packages), (library, packages)
    if shutil.which("apt-cache"):
        for package in packages:
            shown = subprocess.run(["apt-cache", "show", package], capture_output=True)
            assert shown.returncode == 0, f"{package} is not a Debian package"


def test_ensure_system_knows_the_debian_names_of_xcb_libraries(tmp_path: Path) -> None:
    """The soname → package rule on the libraries a minimal system lacks."""
    script = (ROOT / "packaging" / "ensure-system.sh").read_text(encoding="utf-8")
    rule = script[script.index("package_of() {"):script.index("\n}\n") + 3]
    cases = {
        "libxcb-icccm.so.4": "libxcb-icccm4",
        "libxcb-keysyms.so.1": "libxcb-keysyms1",
        "libxcb-render-util.so.0": "libxcb-render-util0",
        "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
        "libX11-xcb.so.1": "libx11-xcb1",
        "libxcb-cursor.so.0": "libxcb-cursor0",
        "libwayland-cursor.so.0": "libwayland-cursor0",
        "libSM.so.6": "libsm6",
    }
    probe = tmp_path / "probe.sh"
    probe.write_text(rule + "".join(f'package_of "{lib}"\n' for lib in cases), encoding="utf-8")
    out = subprocess.run(["sh", str(probe)], capture_output=True, text=True, check=True).stdout
    assert out.split() == list(cases.values())


def test_the_app_starts_on_a_real_x_server_with_the_xcb_platform(tmp_path: Path) -> None:
    xvfb_run = shutil.which("xvfb-run")
    assert xvfb_run is not None, "install xvfb and xauth (sh .ci/test does)"
    env = {
        **{k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")},
        "QT_QPA_PLATFORM": "xcb",
        "WORKSHOP_DATA_DIR": str(tmp_path / "data"),
    }
    result = subprocess.run(
        [xvfb_run, "-a", "-s", "-screen 0 1366x768x24", sys.executable,
         str(ROOT / "tests" / "helpers" / "xcb_child.py")],
        capture_output=True, text=True, timeout=120, env=env, cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    shown = json.loads(result.stdout.strip().splitlines()[-1])
    assert shown["platform"] == "xcb" and shown["exposed"], shown
    x, y, width, height = shown["screen"]
    fx, fy, fwidth, fheight = shown["frame"]
    assert (width, height) == (1366, 768), shown
    assert x <= fx and y <= fy and fx + fwidth <= x + width and fy + fheight <= y + height, shown

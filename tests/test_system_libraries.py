"""A missing system library at start is named, with its Debian package, instead of Qt's
generic abort ("could not load the Qt platform plugin")."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from workshop import system_libraries as s

LDD_OUTPUT = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6WaylandClient.so.6 => /x/Qt/lib/libQt6WaylandClient.so.6 (0x7f)
\tlibwayland-cursor.so.0 => not found
\tlibwayland-egl.so.1 => not found
\tlibwayland-cursor.so.0 => not found
"""


def test_not_found_lines_are_read_once_each() -> None:
    assert s.not_found(LDD_OUTPUT) == ["libwayland-cursor.so.0", "libwayland-egl.so.1"]


def test_the_message_names_library_and_package() -> None:
    message = s.explain(["libxcb-cursor.so.0"], "Qt's xcb platform plugin")
    assert "libxcb-cursor.so.0 (Debian package libxcb-cursor0)" in message
    assert message.endswith("sudo apt install libxcb-cursor0")
    assert s.package_for("libfoo.so.3") == "libfoo3"


def test_the_platform_follows_qt_s_own_choice() -> None:
    assert s.platform({"QT_QPA_PLATFORM": "offscreen:configfile=x.json"}) == "offscreen"
    assert s.platform({"QT_QPA_PLATFORM": "wayland;xcb"}) == "wayland"
    assert s.platform({"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}) == "wayland"
    assert s.platform({"DISPLAY": ":0"}) == "xcb"


def test_import_errors_name_the_package() -> None:
    error = ImportError("libEGL.so.1: cannot open shared object file: No such file or directory")
    assert "Debian package libegl1" in (s.import_problem(error) or "")


def _fake_ldd(folder: Path) -> dict[str, str]:
    """A PATH whose ``ldd`` reports the wayland libraries missing (as on a minimal desktop)."""
    folder.mkdir()
    ldd = folder / "ldd"
    ldd.write_text("#!/bin/sh\ncat <<'EOF'\n" + LDD_OUTPUT + "EOF\n")
    ldd.chmod(0o755)
    return {**os.environ, "PATH": f"{folder}{os.pathsep}{os.environ.get('PATH', '')}"}


def test_the_command_says_what_is_missing_instead_of_aborting(tmp_path: Path) -> None:
    env = _fake_ldd(tmp_path / "bin")
    env.update(QT_QPA_PLATFORM="wayland", WAYLAND_DISPLAY="wayland-0")
    result = subprocess.run(
        [sys.executable, "-m", "workshop", str(tmp_path / "x.workshop")],
        env=env, capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 2, result.stderr
    line = result.stderr.strip()
    assert line.startswith("workshop: the window cannot start: Qt's wayland platform plugin")
    assert "libwayland-cursor0" in line and "libwayland-egl1" in line
    assert "Traceback" not in result.stderr and len(line.splitlines()) == 1


def test_the_real_plugins_are_found(tmp_path: Path) -> None:
    for name in ("xcb", "wayland", "offscreen"):
        assert s.plugin_file(name) is not None, name
    # offscreen needs nothing beyond Qt itself on this machine
    assert s.start_problem({"QT_QPA_PLATFORM": "offscreen"}) is None


def test_a_passed_check_is_remembered_until_the_system_changes(tmp_path: Path) -> None:
    remember = tmp_path / "data" / "checked"
    env = {"QT_QPA_PLATFORM": "offscreen"}
    assert s.start_problem(env, remember=remember) is None
    stamp = remember.read_text(encoding="utf-8")
    assert "libqoffscreen.so" in stamp
    assert s.start_problem(env, remember=remember) is None  # answered from the stamp
    remember.write_text("an older system", encoding="utf-8")
    assert s.start_problem(env, remember=remember) is None
    assert remember.read_text(encoding="utf-8") == stamp  # checked again, stamped again


def test_a_missing_library_is_never_remembered(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(s, "missing_libraries", lambda _files: ["libxcb-cursor.so.0"])
    remember = tmp_path / "checked"
    assert "libxcb-cursor0" in (s.start_problem({"QT_QPA_PLATFORM": "xcb"}, remember=remember)
                                or "")
    assert not remember.exists()

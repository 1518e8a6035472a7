"""What ships: desktop metadata, icons, the About dialog, the install script and the bundle.

The bundle test (marked slow) builds the one-folder app with PyInstaller through
packaging/build.sh (about 20-45 s here) and runs the built executable with a clean
environment: no venv, no Python on PATH.
"""

from __future__ import annotations

import configparser
import os
import re
import shutil
import struct
import subprocess
import sys
import time
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from workshop import __version__
from workshop.demo import write_demo
from workshop.ui.about import LICENCE, AboutDialog, about_info

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
ICONS = ROOT / "resources" / "icons"
APP_ID = "org.example.Workshop"
MIME = "application/x-workshop"
SIZES = (16, 32, 48, 64, 128, 256, 512)
NS_MIME = "{http://www.freedesktop.org/standards/shared-mime-info}"


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


# --------------------------------------------------------------------------- metadata


def test_the_desktop_file_has_the_required_keys() -> None:
    entry = _desktop_entry()
    for key in ("Type", "Name", "Comment", "Exec", "Icon", "Categories", "MimeType"):
        assert entry.get(key), f"missing {key}"
    assert entry["Type"] == "Application"
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    assert re.fullmatch(r"workshop %[fFuU]", entry["Exec"])
    assert MIME in entry["MimeType"].split(";")
    assert entry["MimeType"].endswith(";") and entry["Categories"].endswith(";")


def test_the_desktop_id_matches_the_app() -> None:
    """Wayland and the task bar match windows to the menu entry by this id."""
    assert f'setDesktopFileName("{APP_ID}")' in (ROOT / "src/workshop/ui/app.py").read_text()


def test_the_metainfo_is_valid_and_agrees_with_the_project() -> None:
    root = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    launchable = root.find("launchable")
    assert launchable is not None and launchable.text == f"{APP_ID}.desktop"
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert root.findtext("project_license") == pyproject["project"]["license"] == LICENCE
    assert root.findtext("metadata_license")
    assert root.findtext("name") == "Workshop" and root.findtext("summary")
    assert root.findtext("provides/mediatype") == MIME
    assert __version__ in [r.get("version") for r in root.iter("release")]


def test_the_mime_type_matches_the_extension_and_the_file_header() -> None:
    root = ET.parse(LINUX / "workshop-mime.xml").getroot()
    (mime,) = root.findall(f"{NS_MIME}mime-type")
    assert mime.get("type") == MIME
    assert [g.get("pattern") for g in mime.iter(f"{NS_MIME}glob")] == ["*.workshop"]
    outer = mime.find(f"{NS_MIME}magic/{NS_MIME}match")
    assert outer is not None and outer.get("value") == "SQLite format 3\\000"
    inner = outer.find(f"{NS_MIME}match")
    assert inner is not None and (inner.get("offset"), inner.get("type")) == ("68", "big32")
    from workshop.storage.schema import APPLICATION_ID

    assert int(inner.get("value", ""), 16) == APPLICATION_ID


_DETECT = """
import sys
from PySide6.QtCore import QMimeDatabase
db = QMimeDatabase()
for path in sys.argv[1:]:
    print(db.mimeTypeForFile(path, QMimeDatabase.MatchMode.MatchContent).name())
"""


def test_a_desktop_recognises_workshop_files_by_content(tmp_path: Path) -> None:
    """Qt reads the same shared-mime-info XML as file managers: a renamed workshop file is
    still ours (application id in the header), a plain SQLite file is not."""
    xdg = tmp_path / "xdg"
    (xdg / "mime" / "packages").mkdir(parents=True)
    shutil.copy(LINUX / "workshop-mime.xml", xdg / "mime" / "packages")
    ours = tmp_path / "renamed.db"
    write_demo(ours)
    plain = tmp_path / "plain.db"
    import sqlite3

    with sqlite3.connect(plain) as conn:
        conn.execute("create table t (id integer primary key)")
    env = {**os.environ, "XDG_DATA_DIRS": str(xdg), "XDG_DATA_HOME": str(tmp_path / "none")}
    out = subprocess.run(
        [sys.executable, "-c", _DETECT, str(ours), str(plain)],
        env=env, capture_output=True, text=True, check=True,
    ).stdout.split()
    assert out[0] == MIME
    assert out[1] != MIME and "sqlite3" in out[1]  # vnd.sqlite3 or its older alias


@pytest.mark.parametrize(
    ("tool", "args", "name"),
    [
        ("desktop-file-validate", [], f"{APP_ID}.desktop"),
        ("appstreamcli", ["validate", "--no-net"], f"{APP_ID}.metainfo.xml"),
    ],
)
def test_the_freedesktop_validators_accept_the_metadata(
    tool: str, args: list[str], name: str
) -> None:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed (Debian: desktop-file-utils, appstream)")
    result = subprocess.run([tool, *args, str(LINUX / name)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


# --------------------------------------------------------------------------- icons


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_the_icon_exists_as_svg_and_in_every_png_size() -> None:
    svg = ET.parse(ICONS / "workshop.svg").getroot()
    assert svg.tag == "{http://www.w3.org/2000/svg}svg"
    for size in SIZES:
        assert _png_size(ICONS / f"workshop-{size}.png") == (size, size)


def test_the_app_icon_loads(qtbot: QtBot) -> None:
    from workshop.ui.icons import app_icon

    icon = app_icon()
    assert not icon.isNull()
    assert sorted(s.width() for s in icon.availableSizes()) == list(SIZES)


# --------------------------------------------------------------------------- about


def test_about_shows_version_licence_and_folders(qtbot: QtBot, data_dir: Path) -> None:
    info = about_info(data_dir / "backups")
    dialog = AboutDialog(info)
    qtbot.addWidget(dialog)
    text = dialog.body.text()
    assert f"Workshop {__version__}" in text
    assert "GPL-3.0-or-later" in text
    assert str(data_dir) in text
    assert str(data_dir / "backups") in text
    assert str(data_dir / "logs") in text


def test_help_about_opens_the_dialog(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from workshop.ui.app import build_window

    shown: list[QDialog] = []
    monkeypatch.setattr(QDialog, "exec", lambda self: shown.append(self) or 0)
    window = build_window(tmp_path / "settings.ini")
    qtbot.addWidget(window)
    window.about()
    (dialog,) = shown
    assert isinstance(dialog, AboutDialog)
    assert str(window.backups.root) in dialog.body.text()


# --------------------------------------------------------------------------- install


def _fake_bundle(folder: Path) -> Path:
    bundle = folder / "workshop"
    icons = bundle / "_internal" / "workshop" / "_resources" / "icons"
    shutil.copytree(ICONS, icons)
    exe = bundle / "workshop"
    exe.write_text("#!/bin/sh\necho workshop fake\n")
    exe.chmod(0o755)
    return bundle


def test_install_and_uninstall_for_one_user(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    bundle = _fake_bundle(tmp_path)
    env = {"HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    subprocess.run(
        ["sh", str(LINUX / "install.sh"), str(bundle)],
        env=env, check=True, capture_output=True, text=True,
    )
    share = home / ".local" / "share"
    app = share / APP_ID
    assert (app / "workshop").is_file()
    assert (home / ".local" / "bin" / "workshop").resolve() == (app / "workshop").resolve()
    desktop = (share / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert f'Exec="{app}/workshop" %f' in desktop
    assert (share / "mime" / "packages" / "workshop-mime.xml").is_file()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    for size in SIZES:
        hicolor = share / "icons" / "hicolor" / f"{size}x{size}"
        assert (hicolor / "apps" / f"{APP_ID}.png").is_file()
        assert (hicolor / "mimetypes" / "application-x-workshop.png").is_file()

    mine = share / "workshop" / "demo.workshop"  # the user's data folder is never touched
    mine.parent.mkdir()
    mine.write_bytes(b"user data")
    subprocess.run(
        ["sh", str(LINUX / "install.sh"), "--uninstall"],
        env=env, check=True, capture_output=True, text=True,
    )
    assert not app.exists()
    assert not (share / "applications" / f"{APP_ID}.desktop").exists()
    assert not (home / ".local" / "bin" / "workshop").exists()
    assert mine.read_bytes() == b"user data"


def test_uninstall_forgets_the_default_for_workshop_files(tmp_path: Path) -> None:
    """``xdg-mime default`` wrote us into mimeapps.list; --uninstall takes only us out."""
    home = tmp_path / "home"
    config = home / ".config"
    config.mkdir(parents=True)
    mimeapps = config / "mimeapps.list"
    mimeapps.write_text(
        "[Default Applications]\n"
        "text/plain=org.gnome.TextEditor.desktop\n"
        f"application/x-workshop={APP_ID}.desktop;\n"
        "[Added Associations]\n"
        f"application/x-workshop=other.desktop;{APP_ID}.desktop;\n"
        "application/x-workshopper=keep.desktop;\n",
        encoding="utf-8",
    )
    legacy = home / ".local" / "share" / "applications" / "mimeapps.list"
    legacy.parent.mkdir(parents=True)
    legacy.write_text(f"[Default Applications]\napplication/x-workshop={APP_ID}.desktop\n")
    env = {"HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    subprocess.run(
        ["sh", str(LINUX / "install.sh"), "--uninstall"],
        env=env, check=True, capture_output=True, text=True,
    )
    assert mimeapps.read_text(encoding="utf-8") == (
        "[Default Applications]\n"
        "text/plain=org.gnome.TextEditor.desktop\n"
        "[Added Associations]\n"
        "application/x-workshop=other.desktop;\n"
        "application/x-workshopper=keep.desktop;\n"
    )
    assert APP_ID not in legacy.read_text()


def test_install_without_a_build_says_what_to_do(tmp_path: Path) -> None:
    result = subprocess.run(
        ["sh", str(LINUX / "install.sh"), str(tmp_path)],
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}, capture_output=True, text=True,
    )
    assert result.returncode == 2
    assert "run packaging/build.sh first" in result.stderr


# --------------------------------------------------------------------------- the bundle


def _bundle_rules():  # type: ignore[no-untyped-def]
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "bundle_rules", ROOT / "packaging" / "bundle_rules.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_bundle_leaves_desktop_libraries_to_the_system() -> None:
    """The same bundle whatever the build machine has installed: the xcb and wayland
    helper libraries are never copied in (the start check names them when missing)."""
    rules = _bundle_rules()
    for system in ("libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxcb-cursor.so.0",
                   "libwayland-cursor.so.0", "libwayland-egl.so.1", "libxkbcommon-x11.so.0",
                   "libX11-xcb.so.1", "libEGL.so.1", "libfontconfig.so.1"):
        assert not rules.keep((system, f"/usr/lib/x86_64-linux-gnu/{system}", "BINARY"))
    for ours in ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "PySide6/Qt/plugins/platforms/libqxcb.so",
                 "PySide6/Qt/plugins/platforms/libqwayland.so", "libpython3.11.so.1.0",
                 "libssl.so.3", "PySide6/Qt/lib/libQt6WaylandClient.so.6",
                 "pillow.libs/libxcb-9065bb12.so.1.1.0"):
        assert rules.keep((ours, "/x/" + ours, "BINARY")), ours
    assert not rules.keep(("PySide6/Qt/translations/qt_de.qm", "/x", "DATA"))
    # Qt's own translations only for the UI's languages (its standard dialogs and buttons).
    for code in ("pl", "es", "ar"):
        assert rules.keep((f"PySide6/Qt/translations/qtbase_{code}.qm", "/x", "DATA"))
    assert not rules.keep(("PySide6/Qt/translations/qtbase_de.qm", "/x", "DATA"))


def _clean_env(home: Path, **extra: str) -> dict[str, str]:
    """What a facilitator's desktop session has: no venv, no Python, nothing of ours."""
    empty_bin = home / "bin"
    empty_bin.mkdir(exist_ok=True)
    return {
        "HOME": str(home),
        "PATH": str(empty_bin),
        "LANG": "C.UTF-8",
        "WORKSHOP_DATA_DIR": str(home / "data"),
        **extra,
    }


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("bundle")
    env = {
        **os.environ,
        "WORKSHOP_DIST_DIR": str(out / "dist"),
        "WORKSHOP_WORK_DIR": str(out / "work"),
        "WORKSHOP_BUILD_VENV": str(Path(sys.prefix)),
    }
    started = time.monotonic()
    result = subprocess.run(
        ["sh", str(ROOT / "packaging" / "build.sh")], env=env, capture_output=True, text=True
    )
    print(f"bundle built in {time.monotonic() - started:.0f} s")  # shown with -s / on failure
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "pin honoured: pyside6-essentials" in result.stdout.lower()
    return out / "dist" / "workshop"


@pytest.mark.slow
def test_the_bundle_has_what_qt_needs_and_not_more(bundle: Path) -> None:
    qt = bundle / "_internal" / "PySide6" / "Qt"
    for plugin in (
        "platforms/libqoffscreen.so",
        "platforms/libqxcb.so",
        "imageformats/libqsvg.so",
        "iconengines/libqsvgicon.so",
    ):
        assert (qt / "plugins" / plugin).is_file(), plugin
    package = bundle / "_internal" / "workshop"
    assert (package / "_ui" / "participant_dialog.ui").is_file()
    assert (package / "_resources" / "fonts" / "DejaVuSans.ttf").is_file()
    for subset in ("WorkshopCJK", "WorkshopKorean", "WorkshopEmoji"):  # for a bare machine
        assert (package / "_resources" / "fonts" / f"{subset}-subset.ttf").is_file()
    assert (package / "_resources" / "icons" / "workshop-64.png").is_file()
    assert (package / "_resources" / "templates" / "blank.json").is_file()
    assert sorted(p.name for p in (qt / "translations").iterdir()) == [
        "qtbase_ar.qm", "qtbase_en.qm", "qtbase_es.qm", "qtbase_pl.qm"
    ]  # Qt's standard dialogs in the UI's languages, no more
    assert (package / "_resources" / "translations" / "workshop_pl.qm").is_file()
    assert not list((bundle / "_internal" / "PySide6").glob("QtNetwork*"))
    assert not list((bundle / "_internal" / "PySide6").glob("QtQml*"))
    # Deterministic: no desktop library rode along because the build machine had it.
    assert not [p.name for p in (bundle / "_internal").glob("lib*.so*")
                if _bundle_rules().from_the_desktop(p.name)]
    assert list((bundle / "_internal" / "pillow.libs").glob("libxcb-*"))  # Pillow's own


@pytest.mark.slow
def test_the_built_app_prints_its_version_and_exports_the_demo_headless(
    bundle: Path, tmp_path: Path
) -> None:
    exe = bundle / "workshop"
    env = _clean_env(tmp_path)

    def run(*args: str) -> str:
        result = subprocess.run(
            [str(exe), *args], env=env, cwd=tmp_path, capture_output=True, text=True
        )
        assert result.returncode == 0, result.stderr
        return result.stdout

    assert run("--version").strip() == f"workshop {__version__}"
    demo = tmp_path / "x.workshop"
    run("demo", str(demo))
    assert "a sound workshop file" in run("check", str(demo))
    pdf = tmp_path / "x.pdf"
    run("export", str(demo), "--pdf", str(pdf))

    from pypdf import PdfReader

    reader = PdfReader(pdf)
    assert len(reader.pages) >= 1
    assert "Riverside" in reader.pages[0].extract_text()


@pytest.mark.slow
def test_the_built_app_starts_and_opens_the_demo(bundle: Path, tmp_path: Path) -> None:
    """The window starts offscreen, opens the demo (written to the data folder) and logs."""
    env = _clean_env(tmp_path, QT_QPA_PLATFORM="offscreen")
    data = tmp_path / "data"
    app = subprocess.Popen(
        [str(bundle / "workshop")], env=env, cwd=tmp_path,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        deadline = time.monotonic() + 60  # a hang guard, not a speed check
        log = data / "logs" / "workshop.log"
        while time.monotonic() < deadline and app.poll() is None:
            if (data / "demo.workshop").is_file() and log.is_file():
                break
            time.sleep(0.2)
        assert app.poll() is None, app.communicate()[1]
        assert (data / "demo.workshop").is_file()
        assert "Workshop " + __version__ + " started" in log.read_text(encoding="utf-8")
    finally:
        app.terminate()
        _, err = app.communicate(timeout=30)
    assert "Traceback" not in err

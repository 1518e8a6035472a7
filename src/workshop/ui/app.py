"""Start the desktop app: one QApplication, one main window, everything passed in explicitly."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from workshop import __version__, paths
from workshop.logs import configure_logging
from workshop.resources import templates_dir
from workshop.ui import language
from workshop.ui.crash import install_excepthook
from workshop.ui.first_paint import AfterFirstPaint
from workshop.ui.icons import app_icon
from workshop.ui.main_window import MainWindow
from workshop.ui.process import QuitOnSignals, report_to_terminal
from workshop.ui.settings import AppSettings
from workshop.ui.theme import apply_theme, style_arguments


def app_settings(settings_path: Path | None = None) -> AppSettings:
    return AppSettings(settings_path or paths.data_dir() / "settings.ini")


def build_window(
    settings_path: Path | None = None, ui_language: str = "en", *, opening: bool = False
) -> MainWindow:
    """The main window wired to the real per-user folders (tests pass their own data dir);
    ``opening``: a workshop is opened at once (no start page unless that fails)."""
    return MainWindow(
        app_settings(settings_path),
        paths.backup_store(),
        templates_dir(),
        paths.demo_path(),
        ui_language=ui_language,
        opening=opening,
    )


def run_app(
    file: Path | None,
    *,
    start_screen: bool = False,
    after_first_paint: Callable[[], None] | None = None,
) -> int:
    """Open the window (and the demo, a file, or the start screen); ``after_first_paint``
    runs once the window has been painted (the command resumes garbage collection)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app, styled = existing, False
    else:  # a new app draws with the theme's style from the start
        app, styled = QApplication([*sys.argv[:1], *style_arguments()]), True
    app.setApplicationName("Workshop")
    app.setApplicationVersion(__version__)
    app.setOrganizationDomain("workshop.example.org")
    app.setDesktopFileName("org.example.Workshop")
    # The UI language (Preferences, else the system's) before any window exists.
    ui_language = language.resolve(app_settings().ui_language(), QLocale.system())
    translators = language.install(app, ui_language)  # noqa: F841 (kept alive with the app)
    apply_theme(app, styled=styled)
    app.setWindowIcon(app_icon())
    install_excepthook(configure_logging())  # log file + a dialog instead of vanishing
    signals = QuitOnSignals(app)  # Ctrl+C / SIGTERM close the app as File › Quit does
    window = build_window(ui_language=ui_language, opening=file is not None or not start_screen)
    window.open_failed.append(report_to_terminal)
    if after_first_paint is not None:
        AfterFirstPaint(window, after_first_paint)
    window.show()
    if file is not None:
        window.open_path(file)
    elif not start_screen:
        window.open_demo()
    if signals.received:  # during the start: close as Quit does, without starting the loop
        window.close()
        return 0
    return app.exec()

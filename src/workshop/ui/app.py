"""Start the desktop app: one QApplication, one main window, everything passed in explicitly."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from workshop import __version__, paths
from workshop.logs import configure_logging
from workshop.resources import templates_dir
from workshop.ui.crash import install_excepthook
from workshop.ui.icons import app_icon
from workshop.ui.main_window import MainWindow
from workshop.ui.process import QuitOnSignals, report_to_terminal
from workshop.ui.settings import AppSettings
from workshop.ui.theme import apply_theme


def build_window(settings_path: Path | None = None) -> MainWindow:
    """The main window wired to the real per-user folders (tests pass their own data dir)."""
    settings = AppSettings(settings_path or paths.data_dir() / "settings.ini")
    return MainWindow(settings, paths.backup_store(), templates_dir(), paths.demo_path())


def run_app(file: Path | None, *, start_screen: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Workshop")
    app.setApplicationVersion(__version__)
    app.setOrganizationDomain("workshop.example.org")
    app.setDesktopFileName("org.example.Workshop")
    apply_theme(app)
    app.setWindowIcon(app_icon())
    install_excepthook(configure_logging())  # log file + a dialog instead of vanishing
    signals = QuitOnSignals(app)  # Ctrl+C / SIGTERM close the app as File › Quit does
    window = build_window()
    window.open_failed.append(report_to_terminal)
    window.show()
    if file is not None:
        window.open_path(file)
    elif not start_screen:
        window.open_demo()
    if signals.received:  # during the start: close as Quit does, without starting the loop
        window.close()
        return 0
    return app.exec()

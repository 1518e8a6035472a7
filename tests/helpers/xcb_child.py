"""Started under Xvfb with QT_QPA_PLATFORM=xcb: the app's own entry point opens the demo.

Once the main window is on the X server, prints one JSON line (platform, whether
the window is exposed, the screen's free area, the window's frame) and quits.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from workshop.ui.app import run_app

TICK_MS, TICKS = 100, 150  # up to 15 s for the X server to map the window


def main() -> int:
    app = QApplication(sys.argv[:1])
    ticks = 0

    def look() -> None:
        nonlocal ticks
        ticks += 1
        window = next(
            (w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow"), None
        )
        handle = window.windowHandle() if isinstance(window, QWidget) else None
        exposed = handle is not None and handle.isExposed()
        if window is None or (not exposed and ticks < TICKS):
            QTimer.singleShot(TICK_MS, look)
            return
        screen = window.screen().availableGeometry()
        frame = window.frameGeometry()
        print(json.dumps({
            "platform": app.platformName(),
            "exposed": exposed,
            "screen": [screen.x(), screen.y(), screen.width(), screen.height()],
            "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
        }), flush=True)
        app.quit()

    QTimer.singleShot(TICK_MS, look)
    return run_app(None)


if __name__ == "__main__":
    sys.exit(main())

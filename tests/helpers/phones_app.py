"""The app with phones, for tests: a laptop window on a demo, phones switched on over
loopback, an activity made live, and a phone's blocking call run beside the Qt thread
(which must keep serving it: it is the one writer)."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from helpers.windows import main_window, silent_questions
from workshop.domain.models import ActivityKind
from workshop.storage import read
from workshop.ui.main_window import MainWindow


def laptop(qtbot: QtBot, data_dir: Path, path: Path) -> MainWindow:
    """The real main window at 1366×768 with ``path`` open."""
    win = main_window(data_dir, silent_questions([]))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    assert win.open_path(path)
    return win


def switch_on(qtbot: QtBot, win: MainWindow) -> str:
    """Tick "Let the room join" listening on loopback (any free port); the join URL."""
    wiring = win.phones
    wiring.host = "127.0.0.1"
    assert wiring.session is not None
    wiring.session.port = 0
    wiring.panel.enabled.click()
    qtbot.waitUntil(lambda: wiring.session is not None and wiring.session.server is not None)
    return wiring.session.server.join_url()  # type: ignore[union-attr]


def make_live(win: MainWindow, kind: ActivityKind) -> int:
    """Select the first activity of ``kind`` and Show in room: it is live."""
    assert win.ctx is not None
    activity = next(a for a in read.activities(win.ctx.doc) if a.kind is kind)
    win.page.agenda.select(activity.id)  # type: ignore[union-attr]
    win.projector.controller.show_preview_in_room()
    assert win.phones.live_activity() == activity.id
    return activity.id


def beside_qt(qtbot: QtBot, pool: ThreadPoolExecutor, fn: Callable[[], Any]) -> Any:
    """Run ``fn`` (a phone's request, a browser step) on a worker; wait with qtbot."""
    future = pool.submit(fn)
    qtbot.waitUntil(future.done, timeout=40_000)
    return future.result()

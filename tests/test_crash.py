"""The crash handler: an exception in a slot is logged and reported, and the app carries on."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QThread, QTimer, Signal
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from workshop import logs
from workshop.ui.crash import CrashHandler, install_excepthook
from workshop.ui.crash_dialog import CrashReport, crash_text


class _Emitter(QObject):
    fired = Signal()


def _remove_log_handlers() -> None:
    for handler in list(logging.getLogger().handlers):
        if isinstance(handler, logs._WorkshopFileHandler):
            logging.getLogger().removeHandler(handler)
            handler.close()


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    level = logging.getLogger().level
    yield
    _remove_log_handlers()
    logging.getLogger().setLevel(level)


@pytest.fixture
def log_path(tmp_path: Path) -> Path:
    path = logs.configure_logging(tmp_path / "logs")
    assert path is not None
    return path


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch, log_path: Path) -> list[CrashReport]:
    """Install the real handler with a recording dialog function."""
    reports: list[CrashReport] = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    install_excepthook(log_path, reports.append)
    return reports


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_is_reported_and_the_app_continues(
    qtbot: QtBot, shown: list[CrashReport], log_path: Path
) -> None:
    emitter = _Emitter()
    after: list[str] = []

    def broken() -> None:
        raise KeyError("title")

    emitter.fired.connect(broken)
    emitter.fired.emit()

    assert len(shown) == 1
    report = shown[0]
    assert report.log_path == log_path
    assert report.message == "KeyError: 'title'"
    assert "in broken" in report.details
    assert "KeyError: 'title'" in log_path.read_text(encoding="utf-8")

    # The event loop is still alive: a timer queued after the crash still runs.
    QTimer.singleShot(0, lambda: after.append("still running"))
    qtbot.waitUntil(lambda: after == ["still running"])


@pytest.mark.qt_no_exception_capture
def test_an_exception_raised_from_the_event_loop_is_reported(
    qtbot: QtBot, shown: list[CrashReport]
) -> None:
    def broken() -> None:
        raise ValueError("the projector went away")

    QTimer.singleShot(0, broken)
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert shown[0].message == "ValueError: the projector went away"


def test_the_text_says_what_happened_where_the_log_is_and_that_the_file_is_safe(
    tmp_path: Path,
) -> None:
    report = CrashReport("ZeroDivisionError: division by zero", tmp_path / "w.log", "tb")
    text = crash_text(report)
    assert "ZeroDivisionError: division by zero" in text
    assert str(tmp_path / "w.log") in text
    assert "Your workshop file is safe" in text
    assert "every change was saved" in text


def test_errors_while_the_dialog_is_up_are_only_logged(log_path: Path) -> None:
    calls: list[CrashReport] = []

    def dialog(report: CrashReport) -> None:
        calls.append(report)
        try:
            raise RuntimeError("again")
        except RuntimeError:
            handler(*sys.exc_info())  # type: ignore[arg-type]

    handler = CrashHandler(log_path, dialog)
    try:
        raise RuntimeError("first")
    except RuntimeError:
        handler(*sys.exc_info())  # type: ignore[arg-type]
    assert [r.message for r in calls] == ["RuntimeError: first"]
    assert "RuntimeError: again" in log_path.read_text(encoding="utf-8")


def test_a_failing_dialog_does_not_raise(
    log_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def dialog(report: CrashReport) -> None:
        raise OSError("no display")

    handler = CrashHandler(log_path, dialog)
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        handler(*sys.exc_info())  # type: ignore[arg-type]
    assert "RuntimeError: boom" in capsys.readouterr().err
    assert "Could not show the crash dialog" in log_path.read_text(encoding="utf-8")


def test_the_real_dialog_shows_the_message_and_the_log_path(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from workshop.ui import crash

    seen: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: seen.append(box) or 0)
    report = CrashReport("KeyError: 'x'", tmp_path / "workshop.log", "Traceback …")
    crash.show_crash_dialog(report)
    (box,) = seen
    assert "KeyError: 'x'" in box.text()
    assert str(tmp_path / "workshop.log") in box.text()
    assert box.detailedText() == "Traceback …"


def test_logging_is_configured_once(tmp_path: Path) -> None:
    first = logs.configure_logging(tmp_path)
    again = logs.configure_logging(tmp_path)
    assert first == again == tmp_path / "workshop.log"
    ours = [h for h in logging.getLogger().handlers if isinstance(h, logs._WorkshopFileHandler)]
    assert len(ours) == 1
    assert "started" in first.read_text(encoding="utf-8")


def test_the_log_rotates_at_its_limit_keeping_three_old_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rotation (the standard library's, loaded only when due) keeps every file near the
    limit and the newest lines in the current file, whatever the session writes."""
    monkeypatch.setattr(logs, "MAX_BYTES", 2_000)
    path = logs.configure_logging(tmp_path)
    assert path is not None
    log = logging.getLogger("workshop.test")
    try:
        for line in range(200):
            log.info("line %03d — ąęś 字 %s", line, "x" * 40)
    finally:
        for handler in logging.getLogger().handlers[:]:
            if isinstance(handler, logs._WorkshopFileHandler):
                logging.getLogger().removeHandler(handler)
                handler.close()
    files = sorted(tmp_path.glob("workshop.log*"))
    assert [f.name for f in files] == [
        "workshop.log", "workshop.log.1", "workshop.log.2", "workshop.log.3"
    ]
    assert all(f.stat().st_size < 2_000 + 200 for f in files)
    newest = path.read_text(encoding="utf-8")
    assert "line 199" in newest and "line 198" in newest


def test_an_unwritable_log_folder_is_not_fatal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert logs.configure_logging(blocker / "logs") is None
    assert "cannot write the log file" in capsys.readouterr().err


def test_an_error_in_another_thread_is_shown_on_the_gui_thread(
    qtbot: QtBot, log_path: Path
) -> None:
    shown_on: list[bool] = []
    handler = CrashHandler(log_path, lambda report: shown_on.append(QThread.isMainThread()))

    def worker() -> None:
        try:
            raise RuntimeError("in a worker")
        except RuntimeError:
            handler(*sys.exc_info())  # type: ignore[arg-type]

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: shown_on == [True])

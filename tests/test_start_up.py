"""What keeps the start-up short (``docs/benchmarks.md`` "startup"; timed only there).

The start does no work its first picture does not show: the projector's picture is built
when something asks for it; no Python filter sees every event (PySide would resolve every
QtWidgets class for it); PySide's ``__feature__`` import hook does not read every module.
"""

from __future__ import annotations

import builtins
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from helpers.windows import demo_window
from workshop.domain.models import ActivityKind
from workshop.storage import read
from workshop.ui.main_window import MainWindow
from workshop.ui.projector.run_room import PREVIEW_DELAY_MS

SRC = Path(__file__).resolve().parents[1] / "src"

#: The ``workshop`` command with no arguments (the demo), quitting after the first paint;
#: prints what PySide had loaded by then.
FIRST_PICTURE = """
import builtins, dataclasses, gc, json, sys
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
import PySide6.QtWidgets as widgets
import workshop.ui.app as start
seen = {}
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not seen:
            seen.update(
                classes=sorted(vars(widgets)),
                audience_built=obj.projector.controller.window._view is not None,
                start_page_built=obj._start is not None,
                import_hook=builtins.__import__.__name__,
                modules=sorted(sys.modules),
                collecting=gc.isenabled(),
                backups=len(obj.backups.list_for(obj.doc.path)),
                dataclasses=sorted(
                    f"{name}.{attr}" for name, module in list(sys.modules.items())
                    if name.startswith("workshop") for attr, value in vars(module).items()
                    if isinstance(value, type) and dataclasses.is_dataclass(value)
                    and value.__module__ == name
                ),
            )
            QTimer.singleShot(0, lambda: seen.update(collecting_after=gc.isenabled()))
            QTimer.singleShot(0, QCoreApplication.quit)
        return False
first = FirstPaint()
build = start.build_window
def watched(*args, **kwargs):
    window = build(*args, **kwargs)
    window.installEventFilter(first)
    return window
start.build_window = watched
from workshop.cli import main
code = main([])
print(json.dumps(seen))
sys.exit(code)
"""


@pytest.fixture(scope="module")
def first_picture(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    data = tmp_path_factory.mktemp("start-up")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WORKSHOP_DATA_DIR": str(data)}

    def start() -> dict[str, object]:
        done = subprocess.run(
            [sys.executable, "-c", FIRST_PICTURE],
            env=env, capture_output=True, text=True, timeout=120, check=False,
        )
        assert done.returncode == 0, done.stderr
        seen: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
        return seen

    start()  # an everyday start: an earlier one wrote the demo and checked the libraries
    seen = start()
    seen["backups_after"] = len(list(data.rglob("backups/*/*.workshop")))
    return seen


def test_no_filter_of_every_event_made_pyside_resolve_every_widget_class(
    first_picture: dict[str, object],
) -> None:
    """An application-wide event filter written in Python makes PySide look up the Python
    class of every object an event reaches, and one of a private Qt class resolves every
    class of QtWidgets (~180 enums, ~30 ms). The undo keys and the projector's single keys
    filter the focused widget instead (``ui/focus_filter.py``)."""
    classes = first_picture["classes"]
    assert isinstance(classes, list)
    for unused in ("QGraphicsBlurEffect", "QSystemTrayIcon", "QUndoView", "QWizard"):
        assert unused not in classes


def test_the_first_picture_loads_no_dialog_merge_or_budget_code(
    first_picture: dict[str, object],
) -> None:
    """Loaded when first used: the merge (and the actions' domain it reads), the file and
    breakout dialogs' Qt types, the templates, argparse's parser, exact budget numbers,
    Babel (the agenda's minutes are written without it), OpenSSL (the backup's folder
    name), the log's rotation and ``socket`` (the signals' wake-up is a pipe, the lock's
    host name ``uname``'s), the file dialogs' questions, the crash dialog, the start page
    (a start that opens a workshop), the phones' session and join card (phones off) —
    none of them is in the first picture."""
    modules = first_picture["modules"]
    classes = first_picture["classes"]
    assert isinstance(modules, list) and isinstance(classes, list)
    for module in (
        "workshop.storage.merge", "workshop.domain.actions", "workshop.domain.templates",
        "workshop.ui.breakout_report", "fractions", "decimal", "hashlib", "subprocess",
        "babel", "socket", "logging.handlers", "pickle", "workshop.ui.file_dialogs",
        "workshop.ui.crash_dialog", "workshop.ui.start_page", "workshop.ui.phones.session",
        "workshop.ui.phones.join_card", "concurrent.futures", "workshop.ui.breakout_questions",
    ):
        assert module not in modules, module
    for dialog in ("QFileDialog", "QInputDialog", "QMessageBox"):
        assert dialog not in classes, dialog


def test_the_first_picture_never_hands_python_a_qstyle(first_picture: dict[str, object]) -> None:
    """Anything that gives Python the style (``setStyle``, ``style()``, ``option.state``,
    a ``QStyle`` constant) makes PySide build all of QStyle's enums (~400 members, ~5 ms).
    The style is asked for in the QApplication's arguments, the agenda reads its selection
    from the view, buttons measure their padding with their own size hint, flowing rows
    mirror without ``QStyle.visualRect``, and the projector's arrows wait until shown."""
    classes = first_picture["classes"]
    assert isinstance(classes, list)
    assert "QStyle" not in classes
    # Nor the text boxes', which no first picture shows: the focus filters name them.
    for text_box in ("QLineEdit", "QPlainTextEdit", "QTextEdit", "QComboBox", "QLibraryInfo"):
        assert text_box not in classes, text_box


def test_the_backup_and_the_collector_wait_for_the_first_picture(
    first_picture: dict[str, object],
) -> None:
    """The demo is backed up after the first paint (here: when the app quits, right after
    it), and the garbage collector, paused for the start, runs again once it is painted."""
    assert first_picture["backups"] == 1  # the earlier start's
    assert first_picture["backups_after"] == 2
    assert first_picture["collecting"] is False
    assert first_picture["collecting_after"] is True


def test_a_start_that_opens_a_workshop_makes_no_start_page(
    first_picture: dict[str, object],
) -> None:
    assert first_picture["start_page_built"] is False


def test_a_file_that_cannot_be_opened_leaves_the_start_page_behind_its_message(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    """A start opening a file makes no start page; when the file cannot be opened, the
    page is there (and current) before the message is shown."""
    from helpers.windows import main_window, silent_questions

    messages: list[str] = []
    window = main_window(data_dir, silent_questions(messages))
    qtbot.addWidget(window)
    assert window.pages.currentWidget() is window.start  # made at once without "opening"
    opening = MainWindow(
        window.settings, window.backups, window.templates_folder, window.demo_path,
        silent_questions(messages), opening=True,
    )
    qtbot.addWidget(opening)
    assert opening._start is None and opening.pages.currentWidget() is None
    seen: list[object] = []
    opening.open_failed.append(lambda _message: seen.append(opening.pages.currentWidget()))
    broken = tmp_path / "broken.workshop"
    broken.write_bytes(b"not a workshop at all")
    assert not opening.open_path(broken)
    assert seen == [opening.start] and opening.pages.currentWidget() is opening.start
    assert len(messages) == 1


def test_the_first_picture_does_not_wait_for_the_closed_projector(
    first_picture: dict[str, object],
) -> None:
    assert first_picture["audience_built"] is False


def test_pyside_feature_hook_is_off(first_picture: dict[str, object]) -> None:
    assert first_picture["import_hook"] != "__feature_import__"
    assert builtins.__import__.__name__ != "__feature_import__"  # this process too


def test_no_module_uses_pyside_features() -> None:
    """The hook is taken out because nothing switches a feature (snake_case, true_property)."""
    users = [
        path.relative_to(SRC)
        for path in SRC.rglob("*.py")
        if "__feature__" in path.read_text(encoding="utf-8")
        and path.name != "feature_hook.py"
    ]
    assert users == []


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> Iterator[MainWindow]:
    yield from demo_window(qtbot, data_dir)


def test_the_preview_builds_the_picture_the_room_would_see(
    qtbot: QtBot, window: MainWindow
) -> None:
    audience = window.projector.controller.window
    assert audience._view is None  # opening the workshop did not build it
    assert window.projector.controller.page_count() == 1  # the welcome has one page, known
    assert audience._view is None
    preview = window.projector.panel.preview
    qtbot.waitUntil(lambda: preview.pixmap() is not None and not preview.pixmap().isNull(),
                    timeout=PREVIEW_DELAY_MS * 8)
    assert audience._view is not None
    assert any("Riverside" in text for text in audience.texts())


def test_a_view_that_pages_is_built_for_its_page_count(window: MainWindow) -> None:
    """The run panel's "page 1 of n" needs the real count: a board's view is built at once."""
    doc = window.doc
    assert doc is not None
    board = next(a for a in read.activities(doc) if a.kind is ActivityKind.BRAINSTORM)
    controller = window.projector.controller
    assert controller.window._view is None
    controller.show_in_room(board.id)
    view = controller.window._view
    assert view is not None and view.activity is not None and view.activity.id == board.id
    assert controller.page_count() == view.page_count()


def test_showing_the_projector_builds_its_picture(qtbot: QtBot, window: MainWindow) -> None:
    controller = window.projector.controller
    assert controller.window._view is None
    controller.toggle()
    qtbot.waitUntil(controller.window.isVisible)
    assert controller.window._view is not None
    assert controller.window.room_items()


def test_a_view_said_never_to_page_has_one_page() -> None:
    """A closed projector trusts ``KindSpec.view_pages`` (and that the agenda has one page)
    to answer the run panel's page count without building the view."""
    from workshop.kinds import SPECS
    from workshop.ui.projector.view_choice import kind_view
    from workshop.ui.projector.views import AgendaView, AudienceView

    single = [spec.kind for spec in SPECS if not spec.view_pages]
    assert ActivityKind.WELCOME in single
    for kind in single:
        assert kind_view(kind).page_count is AudienceView.page_count, kind
    assert AgendaView.page_count is AudienceView.page_count


def test_a_button_pads_its_text_as_the_style_says(
    qtbot: QtBot, window: MainWindow, qapp: QApplication
) -> None:
    """``compact`` measures the style's padding (with the theme's rules for that very
    button) by the button's own size hint: the same as asking the style, and the button
    keeps its text and its shortcut."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon, QKeySequence, QPixmap
    from PySide6.QtWidgets import QPushButton, QStyle, QStyleOptionButton

    from workshop.ui.theme import apply_theme
    from workshop.ui.widgets import _style_padding

    def by_style(button: QPushButton) -> int:
        option = QStyleOptionButton()
        option.initFrom(button)
        option.text = button.text()
        height = button.fontMetrics().height()
        size = button.style().sizeFromContents(
            QStyle.ContentsType.CT_PushButton, option, QSize(400, height), button
        )
        return size.width() - 400

    font, style = qapp.font(), qapp.styleSheet()
    apply_theme(qapp)
    try:
        run_panel = window.findChild(QPushButton, "runStartActivity")
        assert run_panel is not None  # the dock's rule pads less at the sides
        plain = QPushButton("&Add", window)
        primary = QPushButton("Done", window)
        primary.setProperty("primary", True)
        shortcut = QPushButton("Save", window)
        shortcut.setShortcut(QKeySequence("Ctrl+J"))
        pixmap = QPixmap(16, 16)
        pixmap.fill()
        with_icon = QPushButton(QIcon(pixmap), "Next", window)
        for button in (run_panel, plain, primary, shortcut, with_icon):
            text, keys = button.text(), button.shortcut()
            button.ensurePolished()
            assert _style_padding(button) == by_style(button) > 0, button.text()
            assert (button.text(), button.shortcut()) == (text, keys)
        assert by_style(run_panel) < by_style(plain)
        assert plain.shortcut() == QKeySequence.mnemonic("&Add")
    finally:
        qapp.setStyleSheet(style)
        qapp.setFont(font)


def test_flowing_rows_mirror_as_the_style_would() -> None:
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtWidgets import QStyle

    from workshop.ui.flow import _visual_rect

    bounds = QRect(7, 3, 301, 90)
    for box in (QRect(7, 3, 40, 20), QRect(100, 10, 77, 30), QRect(268, 3, 40, 90)):
        for direction in (Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft):
            assert _visual_rect(direction, bounds, box) == QStyle.visualRect(
                direction, bounds, box
            )


def test_the_projector_arrows_come_when_first_shown(qtbot: QtBot, window: MainWindow) -> None:
    """The page arrows are in neither the first picture nor the toolbar: the run panel's
    page row and the Projector menu give them their icons when they first show them."""
    controller = window.projector.controller
    assert controller.page_down_action.icon().isNull()  # the welcome has one page
    window.projector.menu.aboutToShow.emit()
    assert not controller.page_down_action.icon().isNull()
    assert not controller.page_up_action.icon().isNull()


def test_a_page_row_shows_its_arrows(qtbot: QtBot, window: MainWindow) -> None:
    doc = window.doc
    assert doc is not None
    board = next(a for a in read.activities(doc) if a.kind is ActivityKind.BRAINSTORM)
    controller = window.projector.controller
    controller.show_in_room(board.id)
    controller.window.resize(1024, 768)
    qtbot.waitUntil(lambda: controller.page_count() > 1 and window.projector.panel.page.isVisible())
    section = window.projector.panel.room_section
    assert not section.page_next.icon().isNull() and not section.page_prev.icon().isNull()


def test_phones_stay_unmade_until_needed_and_a_file_with_them_on_starts_its_server(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    """A workshop without phones makes no phone session or join card (no part of its first
    picture); one saved with phones switched on starts listening as soon as it opens."""
    import shutil

    from helpers.phones_app import laptop, switch_on
    from helpers.windows import main_window, silent_questions

    path = tmp_path / "phones.workshop"
    first = main_window(data_dir, silent_questions([]))
    qtbot.addWidget(first)
    assert first.open_demo()
    assert first.phones._session is None and first.phones._card is None
    first.close_workshop()
    shutil.copy(data_dir / "demo.workshop", path)
    window = laptop(qtbot, data_dir, path)
    switch_on(qtbot, window)
    window.close_workshop()
    again = main_window(data_dir, silent_questions([]))
    qtbot.addWidget(again)
    again.phones.port, again.phones.host = 0, "127.0.0.1"
    assert again.open_path(path)
    session = again.phones._session
    assert session is not None
    qtbot.waitUntil(lambda: session.server is not None)
    again.close_workshop()
    assert again.phones._session is None


def test_the_first_picture_defines_next_to_no_dataclasses(
    first_picture: dict[str, object],
) -> None:
    """Python compiles a frozen dataclass's methods from source at import (~400 µs each,
    ~3.5 M instructions); the first picture's immutable records are named tuples (~50 µs),
    all but the timer's state, whose ``replace`` and alias a named tuple would not keep
    (decision 0023, fourth pass). A new dataclass in a module of the first picture costs
    its import time at every start."""
    assert first_picture["dataclasses"] == ["workshop.domain.timer.TimerState"]

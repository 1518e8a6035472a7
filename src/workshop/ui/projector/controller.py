"""The laptop's handle on the projector: open/close, blank, freeze, theme, which screen.

The main window creates one :class:`ProjectorController`, puts its
:meth:`actions` in a menu and toolbar, tells it which activity the laptop is
looking at (:meth:`set_preview`) and subscribes :meth:`on_change` to the
document. Like presenter software, *live* and *preview* are separate: the room
sees the live activity (the one sent with "Show in room", else the running one,
else the first not done, else the welcome: :func:`workshop.domain.room.live_activity`);
selecting, editing or configuring on the laptop never changes it. Starting an
activity puts it live; finishing it keeps it up until the next one starts or is
sent. Everything the room sees is decided here and in the document; the audience
window only draws it.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QRect,
    QSettings,
    QSignalBlocker,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeyEvent, QKeySequence, QScreen
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from workshop.domain import room
from workshop.domain.timer import Clock
from workshop.paths import data_dir
from workshop.storage import read, read_timer
from workshop.storage.changes import Change
from workshop.storage.document import Document
from workshop.ui.focus_filter import FocusedWidgetFilter
from workshop.ui.projector.audience import WINDOWED_SIZE, AudienceWindow
from workshop.ui.projector.state import PresentationState, RoomSees, Spotlight, Theme

SCREEN_KEY = "projector/screen"
THEME_KEY = "projector/theme"
#: The screen choice that means "whichever screen the laptop's window is not on".
AUTOMATIC = ""


#: Widgets that take typed letters (text, numbers, or search-as-you-type in lists and combos),
#: by Qt class name (``QObject.inherits``: no Python class, so no enums built at start-up).
_TYPING = (
    "QLineEdit", "QTextEdit", "QPlainTextEdit", "QAbstractSpinBox", "QComboBox",
    "QAbstractItemView",
)


def default_settings() -> QSettings:
    """This laptop's preferences (the projector screen and theme belong to the machine)."""
    folder = data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)


class ProjectorController(QObject):
    #: The presentation changed (live activity, blank, freeze, spotlight, page, preview).
    stateChanged = Signal()

    def __init__(
        self,
        parent: QWidget,
        doc: Document | None,
        *,
        settings: QSettings | None = None,
        clock: Clock = time.time,
    ) -> None:
        super().__init__(parent)
        self.host = parent
        self.settings = settings if settings is not None else default_settings()
        theme = str(self.settings.value(THEME_KEY, Theme.DARK.value))
        self.state = PresentationState(
            theme=Theme(theme) if theme in Theme._value2member_map_ else Theme.DARK
        )
        self.doc = doc
        #: The activity the laptop is looking at (the preview; never shown by that alone).
        self.preview_id: int | None = None
        #: The activity sent to the room with "Show in room" (None: the running one…).
        self.sent_id: int | None = None
        self._running: int | None = None
        self.window = AudienceWindow(parent, clock=clock)
        self.window.closeRequested.connect(self._escape)
        self.window.fullScreenRequested.connect(self._full_screen_here)
        self.window.set_document(doc)
        self.window.set_state(self.state)
        self._build_actions()
        self.window.pageChanged.connect(self._page_changed)
        self._sync_page_actions()
        self._keep_keyboard: QWidget | None = None
        #: Asked by the spotlight key: (kind, id) of the item selected on the laptop, or None.
        self.spotlight_source: Callable[[], tuple[str, int] | None] | None = None
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.connect(self._screens_changed)
            app.screenRemoved.connect(self._screen_removed)
            app.focusWindowChanged.connect(self._focus_window_changed)
        # B and F are single keys: where the keyboard is typing, the key is the text's.
        self._typing = FocusedWidgetFilter(self, _TYPING)

    # -------------------------------------------------------------- inputs

    def set_document(self, doc: Document | None) -> None:
        self.doc = doc
        self.window.set_document(doc)
        if doc is None:
            self.close()
        self.sent_id = None
        self.preview_id = None
        running = read_timer.running_activity(doc) if doc is not None else None
        self._running = running.id if running is not None else None
        self._set(activity_id=self.live_id(), frozen=False, spotlight=None)

    def set_preview(self, activity_id: int | None) -> None:
        """The laptop looks at ``activity_id``: the run panel says so; the room is not touched."""
        if activity_id != self.preview_id:
            self.preview_id = activity_id
            self.stateChanged.emit()

    def show_in_room(self, activity_id: int | None) -> None:
        """Send ``activity_id`` to the room (it stays live until another is sent or started)."""
        self.sent_id = activity_id
        self._set(activity_id=self.live_id(), spotlight=None)

    def live_id(self) -> int | None:
        if self.doc is None:
            return None
        return room.live_activity(read.activities(self.doc), self.sent_id)

    def on_change(self, change: Change) -> None:
        if self.doc is not None and change.touches("activities", "timers"):
            running = read_timer.running_activity(self.doc)
            now = running.id if running is not None else None
            if now != self._running:
                if now is not None:
                    self.sent_id = None  # starting an activity puts it live
                elif self.state.activity_id == self._running:
                    self.sent_id = self._running  # finished: it stays up until the next
                self._running = now
            live = self.live_id()
            if live != self.state.activity_id:
                self._set(activity_id=live, spotlight=None)
        self.window.on_change(change)
        if self.state.spotlight is not None and not self.window.spotlight_exists():
            self._set(spotlight=None)

    # ------------------------------------------------------------ pages and spotlight

    def page_count(self) -> int:
        return self.window.page_count()

    def page_index(self) -> int:
        return self.window.page_index()

    def turn_page(self, step: int) -> None:
        """Page Down / Page Up: the next or previous page of the live board or vote."""
        self.window.turn_page(step)

    def spotlight(self, kind: str, item_id: int) -> None:
        """Put one note or one cluster full screen (over the live activity; Esc returns)."""
        self._set(spotlight=Spotlight(kind, item_id))

    def end_spotlight(self) -> None:
        self._set(spotlight=None)

    def _escape(self) -> None:
        """Esc in the audience window: out of the spotlight first, else close the projector."""
        if self.state.spotlight is not None:
            self.end_spotlight()
        else:
            self.close()

    def set_table_filter(self, table_id: int | None) -> None:
        """The laptop's board shows one breakout table (or all): the room sees the same."""
        self.window.set_table_filter(table_id)

    # ------------------------------------------------------------ commands

    def toggle(self) -> None:
        if self.window.isVisible():
            self.close()
        else:
            self.open()

    def open(self) -> None:
        """Open the projector on the live activity (F5)."""
        self._set(activity_id=self.live_id())
        target = self.target_screen()
        window = self.window
        laptop_window = self.host.window()
        had_keyboard = laptop_window.isActiveWindow()
        if target is not None:
            window.setCursor(Qt.CursorShape.BlankCursor)
            window.setWindowState(Qt.WindowState.WindowNoState)
            window.setGeometry(target.geometry())
            window.move(target.geometry().topLeft())
            handle = window.windowHandle()
            if handle is not None:
                handle.setScreen(target)
            window.showFullScreen()
            self._set(showing=True, screen=target.name(), fullscreen=True)
        else:
            # One screen: a plain frameless window the facilitator can drag to a projector later.
            window.setCursor(Qt.CursorShape.OpenHandCursor)
            window.setWindowState(Qt.WindowState.WindowNoState)
            window.resize(self._windowed_size())
            laptop = self._laptop_screen()
            if laptop is not None:
                area = laptop.availableGeometry()
                frame = QRect(0, 0, window.width(), window.height())
                frame.moveCenter(area.center())
                window.move(frame.topLeft())
            window.show()
            self._set(showing=True, screen=laptop.name() if laptop else "", fullscreen=False)
        if QGuiApplication.platformName() != "offscreen":  # it cannot raise, and says so
            window.raise_()
        if target is not None and had_keyboard:
            # Some platforms activate a full-screen window despite WA_ShowWithoutActivating
            # (at once or a moment later): the facilitator keeps typing on the laptop.
            self._keep_keyboard = laptop_window
            if QApplication.activeWindow() is not laptop_window:
                laptop_window.activateWindow()
        self._sync_actions()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Typing "Ben" into a list's type-ahead (the vote's people list) must not blank the
        projector: B and F go to the widget when it takes typed text or searches as you type."""
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
            and event.key() in (Qt.Key.Key_B, Qt.Key.Key_F, Qt.Key.Key_S)
            and any(watched.inherits(kind) for kind in _TYPING)
        ):
            event.accept()
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
            and (watched.inherits("QTextEdit") or watched.inherits("QPlainTextEdit"))
        ):
            event.accept()  # a long text being edited scrolls; elsewhere they turn the page
        return False

    def _focus_window_changed(self, focus: object) -> None:
        laptop, self._keep_keyboard = self._keep_keyboard, None
        if laptop is not None and focus is not None and focus is self.window.windowHandle():
            laptop.activateWindow()

    def close(self) -> None:
        self._keep_keyboard = None
        if self.window.isVisible():
            self.window.hide()
        if self.state.showing:
            self._set(showing=False, screen="", fullscreen=False)

    def set_blank(self, blank: bool) -> None:
        self._set(blank=blank)

    def set_frozen(self, frozen: bool) -> None:
        self._set(frozen=frozen)

    def set_agenda(self, agenda: bool) -> None:
        self._set(agenda=agenda)

    def set_theme(self, theme: Theme) -> None:
        self.settings.setValue(THEME_KEY, Theme(theme).value)
        self._set(theme=Theme(theme))

    def choose_screen(self, name: str) -> None:
        """Remember the projector screen by name ("" = the screen the laptop is not on)."""
        self.settings.setValue(SCREEN_KEY, name)
        if self.window.isVisible():
            self.open()
        self._sync_actions()

    # ------------------------------------------------------------- screens

    def _laptop_screen(self) -> QScreen | None:
        screen = self.host.screen() if self.host is not None else None
        return screen or QGuiApplication.primaryScreen()

    def target_screen(self) -> QScreen | None:
        """The screen to go full screen on, or None for a plain window (one screen only)."""
        screens = QGuiApplication.screens()
        laptop = self._laptop_screen()
        chosen = str(self.settings.value(SCREEN_KEY, AUTOMATIC) or AUTOMATIC)
        if chosen:
            named = next((s for s in screens if s.name() == chosen), None)
            if named is not None:
                # Chosen by name: full screen there, even on the laptop's own (mirrored) screen.
                return named
        others = [s for s in screens if s is not laptop]
        return others[0] if others else None

    def _windowed_size(self) -> QSize:
        laptop = self._laptop_screen()
        if laptop is None:
            return WINDOWED_SIZE
        area = laptop.availableGeometry().size()
        return WINDOWED_SIZE.boundedTo(QSize(area.width() * 2 // 3, area.height() * 2 // 3))

    def _full_screen_here(self) -> None:
        """Double-click on the plain window: full screen on whichever screen it was dragged to."""
        if self.window.isFullScreen():
            return
        screen = self.window.screen()
        self.window.setCursor(Qt.CursorShape.BlankCursor)
        self.window.showFullScreen()
        self._set(fullscreen=True, screen=screen.name() if screen else "")

    def _screens_changed(self, _screen: QScreen) -> None:
        self._rebuild_screen_menu()

    def _screen_removed(self, screen: QScreen) -> None:
        """A kicked cable: never leave a full-screen picture covering the laptop."""
        self._rebuild_screen_menu()
        if self.state.showing and self.state.screen == screen.name():
            self.window.hide()
            self.open()

    # ------------------------------------------------------------- actions

    def _build_actions(self) -> None:
        def action(text: str, name: str, tip: str, key: str | None = None) -> QAction:
            act = QAction(text, self)
            act.setObjectName(name)
            act.setToolTip(tip)
            act.setStatusTip(tip)
            act.setCheckable(True)
            if key:
                act.setShortcut(QKeySequence(key))
                # Single keys only fire outside text fields: line edits take their keys first.
                act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            return act

        self.toggle_action = action(
            QCoreApplication.translate("ProjectorController", "&Projector"),
            "actionProjector",
            QCoreApplication.translate(
                "ProjectorController", "Show the audience view on the projector (F5)"
            ),
            "F5",
        )
        self.toggle_action.triggered.connect(lambda _checked: self.toggle())
        self.blank_action = action(
            QCoreApplication.translate("ProjectorController", "&Blank projector"),
            "actionProjectorBlank",
            QCoreApplication.translate("ProjectorController", "Show black on the projector (B)"),
            "B",
        )
        self.blank_action.toggled.connect(self.set_blank)
        # Buttons (run panel, toolbar) show the short word; menus the full name.
        self.blank_action.setIconText(QCoreApplication.translate("ProjectorController", "Blank"))
        self.freeze_action = action(
            QCoreApplication.translate("ProjectorController", "&Freeze projector"),
            "actionProjectorFreeze",
            QCoreApplication.translate(
                "ProjectorController",
                "Keep the projector on the current picture while you work (F)",
            ),
            "F",
        )
        self.freeze_action.toggled.connect(self.set_frozen)
        self.freeze_action.setIconText(QCoreApplication.translate("ProjectorController", "Freeze"))
        self.show_action = action(
            QCoreApplication.translate("ProjectorController", "Show in &room"),
            "actionShowInRoom",
            QCoreApplication.translate(
                "ProjectorController",
                "Send the activity you are looking at to the projector (Shift+F5)",
            ),
            "Shift+F5",
        )
        self.show_action.setCheckable(False)
        self.show_action.triggered.connect(lambda _checked=False: self.show_preview_in_room())
        self.page_down_action = action(
            QCoreApplication.translate("ProjectorController", "Next &page on projector"),
            "actionProjectorPageDown",
            QCoreApplication.translate(
                "ProjectorController", "Turn the projector to the next page (Page Down)"
            ),
            "PgDown",
        )
        self.page_up_action = action(
            QCoreApplication.translate("ProjectorController", "Previous pa&ge on projector"),
            "actionProjectorPageUp",
            QCoreApplication.translate(
                "ProjectorController", "Turn the projector to the previous page (Page Up)"
            ),
            "PgUp",
        )
        for act, step in ((self.page_down_action, 1), (self.page_up_action, -1)):
            act.setCheckable(False)
            act.triggered.connect(lambda _checked=False, s=step: self.turn_page(s))
        self.spotlight_action = action(
            QCoreApplication.translate("ProjectorController", "Spot&light on projector"),
            "actionSpotlight",
            QCoreApplication.translate(
                "ProjectorController",
                "Put the selected note or cluster full screen on the projector (S; Esc returns)",
            ),
            "S",
        )
        self.spotlight_action.setCheckable(False)
        self.spotlight_action.triggered.connect(self._spotlight_requested)
        self.end_spotlight_action = action(
            QCoreApplication.translate("ProjectorController", "End spotlight"),
            "actionEndSpotlight",
            QCoreApplication.translate("ProjectorController", "Back to the live activity (Esc)"),
            "Esc",
        )
        self.end_spotlight_action.setCheckable(False)
        self.end_spotlight_action.setEnabled(False)
        self.end_spotlight_action.triggered.connect(lambda _checked=False: self.end_spotlight())
        self.agenda_action = action(
            QCoreApplication.translate("ProjectorController", "Show &agenda on projector"),
            "actionProjectorAgenda",
            QCoreApplication.translate("ProjectorController", "Show the day's agenda"),
        )
        self.agenda_action.toggled.connect(self.set_agenda)
        self.dark_action = action(
            QCoreApplication.translate("ProjectorController", "&Dark projector theme"),
            "actionProjectorDark",
            QCoreApplication.translate(
                "ProjectorController", "White on dark (off: black on white)"
            ),
        )
        self.dark_action.setChecked(self.state.theme is Theme.DARK)
        self.dark_action.toggled.connect(
            lambda dark: self.set_theme(Theme.DARK if dark else Theme.LIGHT)
        )
        self.screen_menu = QMenu(
            QCoreApplication.translate("ProjectorController", "Projector &screen"), self.host
        )
        self.screen_menu.setObjectName("menuProjectorScreen")
        self.screen_menu.menuAction().setObjectName("actionProjectorScreen")
        self.screen_group = QActionGroup(self)
        self.screen_group.setExclusive(True)
        self._rebuild_screen_menu()
        for act in self.actions():
            if not act.shortcut().isEmpty():
                self.host.addAction(act)
                if act is not self.end_spotlight_action:  # the window's own Esc does it there
                    self.window.addAction(act)

    def show_preview_in_room(self) -> None:
        """Shift+F5: the room now sees what the laptop looks at (the projector opens if closed)."""
        self.show_in_room(self.preview_id)
        if not self.window.isVisible() and self.doc is not None:
            self.open()

    def arrow_icons(self) -> None:
        """Give Page Up/Down the style's arrows, once, when something first shows them (the
        run panel's page row, the Projector menu). The first picture shows neither, and
        asking the style for them at start-up made PySide build QStyle's enums (~5 ms)."""
        if not self.page_down_action.icon().isNull():
            return
        from PySide6.QtWidgets import QStyle

        style = self.host.style()
        self.page_down_action.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowRight))
        self.page_up_action.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowLeft))

    def _page_changed(self) -> None:
        self._sync_page_actions()
        self.stateChanged.emit()

    def _sync_page_actions(self) -> None:
        """Page Up/Down belong to the projector only while the room has pages to turn;
        otherwise the keys stay with the laptop's lists and text (enabled actions win)."""
        several = self.window.page_count() > 1
        for act in (self.page_down_action, self.page_up_action):
            act.setEnabled(several)

    def _spotlight_requested(self) -> None:
        chosen = self.spotlight_source() if self.spotlight_source is not None else None
        if chosen is not None:
            self.spotlight(*chosen)
            return
        status = getattr(self.host.window(), "statusBar", None)
        if callable(status):
            status().showMessage(
                QCoreApplication.translate(
                    "ProjectorController",
                    "Select a note or a cluster on the board to spotlight it.",
                ),
                5000,
            )

    def actions(self) -> list[QAction]:
        return [
            self.toggle_action,
            self.show_action,
            self.page_down_action,
            self.page_up_action,
            self.spotlight_action,
            self.end_spotlight_action,
            self.blank_action,
            self.freeze_action,
            self.agenda_action,
            self.dark_action,
            self.screen_menu.menuAction(),
        ]

    def _rebuild_screen_menu(self) -> None:
        for act in self.screen_group.actions():
            self.screen_group.removeAction(act)
            self.screen_menu.removeAction(act)
            act.deleteLater()
        chosen = str(self.settings.value(SCREEN_KEY, AUTOMATIC) or AUTOMATIC)
        entries = [
            (
                AUTOMATIC,
                QCoreApplication.translate(
                    "ProjectorController", "Automatic (the screen the laptop is not on)"
                ),
            )
        ]
        for screen in QGuiApplication.screens():
            size = screen.geometry().size()
            entries.append((screen.name(), f"{screen.name()} — {size.width()}×{size.height()}"))
        for name, text in entries:
            act = QAction(text, self.screen_group)
            act.setCheckable(True)
            act.setData(name)
            act.setChecked(name == chosen)
            act.triggered.connect(lambda _checked=False, n=name: self.choose_screen(n))
            self.screen_menu.addAction(act)

    def _sync_actions(self) -> None:
        pairs = (
            (self.toggle_action, self.state.showing),
            (self.blank_action, self.state.blank),
            (self.freeze_action, self.state.frozen),
            (self.agenda_action, self.state.agenda),
            (self.dark_action, self.state.theme is Theme.DARK),
        )
        self.end_spotlight_action.setEnabled(self.state.spotlight is not None)
        self._sync_page_actions()
        for act, value in pairs:
            if act.isChecked() != value:
                with QSignalBlocker(act):
                    act.setChecked(value)
        chosen = str(self.settings.value(SCREEN_KEY, AUTOMATIC) or AUTOMATIC)
        for act in self.screen_group.actions():
            act.setChecked(act.data() == chosen)

    # --------------------------------------------------------------- state

    @property
    def room_sees(self) -> RoomSees:
        return self.state.room_sees

    def _set(self, **changes: object) -> None:
        new = self.state._replace(**changes)  # type: ignore[arg-type]
        if new == self.state:
            return
        self.state = new
        self.window.set_state(new)
        self._sync_actions()
        self.stateChanged.emit()

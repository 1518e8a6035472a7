"""The audience window: what the projector shows, and nothing else.

It has no controls and no cursor, and keeps no state of its own: it renders
the document plus the :class:`PresentationState` it is given. Blank shows
black; Freeze keeps showing the picture taken when it was frozen while the
views keep up with the document underneath, so unfreezing shows the present.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QKeySequence,
    QMouseEvent,
    QPalette,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from workshop.domain import room
from workshop.domain.models import Activity, ActivityKind, ActivityStatus
from workshop.domain.room import RoomItem
from workshop.domain.timer import Clock, TimerPhase, TimerReading
from workshop.kinds import spec_for
from workshop.storage import read, read_timer
from workshop.storage.changes import Change
from workshop.storage.document import Document
from workshop.ui.projector import theme as t
from workshop.ui.projector.state import PresentationState
from workshop.ui.projector.theme import Palette

if TYPE_CHECKING:  # the views load with the first one built, not with the window
    from workshop.ui.projector.views import AudienceView

#: Size of the audience window when it opens as a plain window on a single screen.
WINDOWED_SIZE = QSize(1280, 720)


class TimerOverlay(QLabel):
    """The running activity's countdown, large, in a corner of the picture."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("audienceTimer")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.reading: TimerReading | None = None
        self.hide()

    def show_reading(self, reading: TimerReading | None, palette: Palette, scale: float) -> None:
        self.reading = reading
        if reading is None:
            self.hide()
            return
        if reading.overtime:
            colour = palette.overtime
        elif reading.last_minute:
            colour = palette.last_minute
        elif reading.phase is TimerPhase.PAUSED:
            colour = palette.muted
        else:
            colour = palette.text
        border = colour if reading.overtime or reading.last_minute else palette.panel
        # Size in the style sheet: the facilitator theme's QWidget font-size would beat setFont.
        style = (
            f"QLabel#audienceTimer {{ color: {colour}; background: {palette.panel};"
            f" font-size: {max(8, round(t.TIMER_PX * scale))}px; font-weight: 700;"
            f" border: {max(2, round(6 * scale))}px solid {border};"
            f" border-radius: {round(18 * scale)}px; padding: 0 {round(24 * scale)}px; }}"
        )
        if style != self.styleSheet():  # restyling every second would cost a relayout each tick
            self.setStyleSheet(style)
        paused = "  ❚❚" if reading.phase is TimerPhase.PAUSED else ""
        self.setText(reading.text + paused)
        self.adjustSize()
        self.show()


class AudienceWindow(QWidget):
    """Frameless, cursorless, control-free picture for the room."""

    #: Esc (or a double-click in windowed mode) asks the controller to close or go full screen.
    closeRequested = Signal()
    fullScreenRequested = Signal()
    #: The live view turned a page (by itself, by a new note, or from the laptop).
    pageChanged = Signal()

    def __init__(self, parent: QWidget | None = None, *, clock: Clock = time.time) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("audienceWindow")
        self.setWindowTitle(
            QCoreApplication.translate("AudienceWindow", "Workshop — audience view")
        )
        self.setAccessibleName(
            QCoreApplication.translate("AudienceWindow", "Audience view (what the projector shows)")
        )
        self.setCursor(Qt.CursorShape.BlankCursor)
        # Opening it must not take the keyboard from the laptop's window (typing goes on).
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setAutoFillBackground(True)
        self.clock = clock
        self.doc: Document | None = None
        self.state = PresentationState()
        self._view: AudienceView | None = None
        self._built: tuple[object, ...] | None = None
        #: The view was left unbuilt: the window is hidden and nothing has asked for the
        #: picture yet (see ``view``).
        self._stale = False
        self.frozen_picture: QPixmap | None = None
        self._frozen_items: list[RoomItem] = []

        self.stack = QStackedWidget(self)
        self.stack.setObjectName("audienceStack")
        self.live = QWidget()
        self.live.setObjectName("audienceLive")
        self._live_layout = QVBoxLayout(self.live)
        self._live_layout.setContentsMargins(0, 0, 0, 0)
        self.frozen = QLabel()
        self.frozen.setObjectName("audienceFrozen")
        self.frozen.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.blank = QWidget()
        self.blank.setObjectName("audienceBlank")
        self.blank.setStyleSheet("background: black;")
        self.blank.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        for page in (self.live, self.frozen, self.blank):
            self.stack.addWidget(page)
        self.overlay = TimerOverlay(self)

        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self.update_timer)

        close = QAction(QCoreApplication.translate("AudienceWindow", "Close audience view"), self)
        close.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        close.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        close.triggered.connect(self.closeRequested)
        self.addAction(close)
        self.resize(WINDOWED_SIZE)
        self._apply_theme()

    # ------------------------------------------------------------- inputs

    @property
    def palette_(self) -> Palette:
        return t.palette(self.state.theme)

    @property
    def view(self) -> AudienceView | None:
        """The live view. While the window is hidden it is built only when something asks
        for it (the run panel's preview, 250 ms after a change; the page count of a view
        that pages; showing the window): opening a workshop does not wait for it."""
        self._settle()
        return self._view

    def set_document(self, doc: Document | None) -> None:
        self.doc = doc
        self._built = None
        self.frozen_picture = None
        self._render()

    #: Set by the controller: the breakout table a board view shows (None: every table).
    table_filter: int | None = None

    def set_table_filter(self, table_id: int | None) -> None:
        """The breakout table a board view shows (None: every table), kept across views."""
        self.table_filter = table_id
        choose = getattr(self._view, "set_table_filter", None)
        if callable(choose):
            choose(table_id)

    def set_state(self, state: PresentationState) -> None:
        old = self.state
        self.state = state
        if state.theme != old.theme:
            self._apply_theme()
        if state.frozen and not old.frozen:
            view = self.view  # the picture frozen is the live one
            live = self.stack.widget(0)
            self.frozen_picture = live.grab() if live is not None else None
            self._frozen_items = view.room_items() if view is not None else []
            if self.frozen_picture is not None:
                self.frozen.setPixmap(self.frozen_picture)
        elif not state.frozen:
            self.frozen_picture = None
            self.frozen.clear()
        self._render()

    def on_change(self, change: Change) -> None:
        """Refresh from one change report (views reload only when it touches their tables)."""
        if self.doc is None:
            return
        # The shown activity may have changed kind, or been removed.
        if change.touches("activities") and self._built is not None and self._key() != self._built:
            self._render()
            return
        if self._view is not None:
            self._view.on_change(change)
        if change.touches("timers", "activities"):
            self.update_timer()

    # ---------------------------------------------------------- rendering

    def _activity(self) -> Activity | None:
        if self.doc is None or self.state.activity_id is None:
            return None
        return read.activity(self.doc, self.state.activity_id)

    def _key(self) -> tuple[object, ...]:
        activity = self._activity()
        return (
            id(self.doc),
            activity.id if activity else None,
            activity.kind if activity else None,
            self.state.agenda,
            self.state.theme,
            self.state.spotlight,
        )

    def _render(self) -> None:
        key = self._key()
        if key != self._built:
            if self.isVisible():
                self._rebuild()
                self._built = key
            else:  # built when asked for (``view``); the old one goes now
                self._drop_view()
                self._built = None
                self._stale = True
        if self.state.blank:
            self.stack.setCurrentWidget(self.blank)
        elif self.state.frozen and self.frozen_picture is not None:
            self.stack.setCurrentWidget(self.frozen)
        else:
            self.stack.setCurrentWidget(self.live)
        self.update_timer()

    def _settle(self) -> None:
        """Build the view left for later, laid out at the window's size as it will be drawn."""
        if not self._stale:
            return
        self._stale = False
        key = self._key()
        if key == self._built:
            return
        self._rebuild()
        self._built = key
        self.stack.setGeometry(self.rect())
        for layout in (self.stack.layout(), self._live_layout):
            if layout is not None:
                layout.activate()
        self._place_overlay()

    def _drop_view(self) -> None:
        if self._view is not None:
            from workshop.ui.projector.views import discard

            self._live_layout.removeWidget(self._view)
            discard(self._view)
            self._view = None

    def _spotlit(self) -> bool:
        return self.state.spotlight is not None and not self.state.agenda

    def _rebuild(self) -> None:
        self._drop_view()
        self._stale = False
        if self.doc is None:
            return
        activity = self._activity()
        view: AudienceView
        spotlight = self.state.spotlight
        if spotlight is not None and not self.state.agenda:
            from workshop.ui.projector.spotlight_view import SpotlightView

            view = SpotlightView(self.doc, activity, self.palette_, self.live, spotlight=spotlight)
        else:
            from workshop.ui.projector.view_choice import view_class

            cls = view_class(activity, agenda=self.state.agenda)
            view = cls(self.doc, activity, self.palette_, self.live)
        self._view = view
        view.pageChanged.connect(self.pageChanged)  # Qt drops it with either end
        self._live_layout.addWidget(view)
        # The breakout table the laptop's board shows (None: all), kept across rebuilds.
        choose = getattr(view, "set_table_filter", None)
        if callable(choose) and self.table_filter is not None:
            choose(self.table_filter)
        view.show()  # at once (a layout shows a new child only from the event loop)
        self.pageChanged.emit()

    def _pages(self) -> bool:
        """Whether the live view may have more than one page (one that does not is known
        to have one without building it)."""
        if not self._stale or self.doc is None:
            return True
        if self._spotlit():
            return True
        if self.state.agenda:
            return False  # the agenda's view has one page
        activity = self._activity()
        return spec_for(activity.kind if activity is not None else ActivityKind.WELCOME).view_pages

    def _apply_theme(self) -> None:
        colours = QPalette(self.palette())
        colours.setColor(QPalette.ColorRole.Window, QColor(self.palette_.background))
        colours.setColor(QPalette.ColorRole.WindowText, QColor(self.palette_.text))
        self.setPalette(colours)
        self._built = None

    def update_timer(self) -> None:
        """Show the running activity's countdown (hidden when nothing runs, or when blank)."""
        reading = None
        if self.doc is not None and not self.state.blank:
            running = read_timer.running_activity(self.doc)
            if running is not None and running.status is ActivityStatus.RUNNING:
                state = read_timer.timer(self.doc, running.id)
                if state is not None:
                    reading = state.reading(self.clock())
        scale = t.scale_for(self.width(), self.height())
        self.overlay.show_reading(reading, self.palette_, scale)
        self._place_overlay()
        running_clock = reading is not None and reading.phase is TimerPhase.RUNNING
        if running_clock and self.isVisible():
            if not self._tick.isActive():
                self._tick.start()
        else:
            self._tick.stop()

    def _place_overlay(self) -> None:
        """Top-right corner; the view's header keeps clear of it."""
        margin = round(24 * t.scale_for(self.width(), self.height()))
        size = self.overlay.sizeHint()
        self.overlay.setGeometry(
            self.width() - size.width() - margin, margin, size.width(), size.height()
        )
        self.overlay.raise_()
        if self._view is not None:
            if self.overlay.isVisibleTo(self):
                self._view.reserve_corner(size.width() + 2 * margin, size.height() + margin)
            else:
                self._view.reserve_corner(0, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.stack.setGeometry(self.rect())
        self.update_timer()

    def showEvent(self, event: object) -> None:
        self._settle()
        super().showEvent(event)  # type: ignore[arg-type]
        self.update_timer()

    def hideEvent(self, event: object) -> None:
        super().hideEvent(event)  # type: ignore[arg-type]
        self._tick.stop()

    # ------------------------------------------------------ the laptop side

    def picture(self) -> QPixmap:
        """Exactly what the room sees now (black when blank, the held picture when frozen)."""
        if self.state.blank:
            pixmap = QPixmap(self.size())
            pixmap.fill(Qt.GlobalColor.black)
            return pixmap
        self._settle()
        return self.grab()

    def render_preview(self, size: QSize) -> QPixmap:
        return self.picture().scaled(
            size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )

    def texts(self) -> list[str]:
        """Every text on the live picture and the timer (for leak checks); none when blank."""
        if self.state.blank:
            return []
        texts = [self.overlay.text()] if self.overlay.isVisibleTo(self) else []
        view = self.view
        if view is not None:
            texts += view.texts()
        return texts

    def page_count(self) -> int:
        view = self.view if self._pages() else None
        return view.page_count() if view is not None else 1

    def page_index(self) -> int:
        view = self.view if self._pages() else None
        return view.page_index() if view is not None else 0

    def turn_page(self, step: int) -> None:
        view = self.view
        if view is not None and view.page_count() > 1:
            view.show_page((view.page_index() + step) % view.page_count())

    def spotlight_exists(self) -> bool:
        """Whether the spotlit note or cluster is still there (deleted: back to the board)."""
        exists = getattr(self.view, "exists", None)
        return bool(exists()) if callable(exists) else True

    def room_items(self) -> list[RoomItem]:
        """What the room sees, item by item (nothing when blank; the frozen picture's items are
        those of the moment it was frozen, which the window no longer holds: none)."""
        view = self.view
        if self.state.blank or view is None:
            return []
        if self.state.frozen and self.frozen_picture is not None:
            return list(self._frozen_items)
        # Measured as it will be drawn, even before the event loop has laid it out.
        self.stack.setGeometry(self.rect())
        for layout in (self.stack.layout(), self._live_layout):
            if layout is not None:
                layout.activate()
        items = view.room_items()
        if self.overlay.isVisibleTo(self):
            geometry = self.overlay.geometry()
            items.append(
                RoomItem(
                    kind=room.TIMER,
                    id=None,
                    text=self.overlay.text(),
                    elided=False,
                    px=t.TIMER_PX * t.scale_for(self.width(), self.height()),
                    rect=(geometry.x(), geometry.y(), geometry.width(), geometry.height()),
                    source=self.overlay.text(),
                )
            )
        return items

    # ---------------------------------------------- moving a plain window

    def mousePressEvent(self, event: QMouseEvent) -> None:
        handle = self.windowHandle()
        if not self.isFullScreen() and handle is not None and event.button() == (
            Qt.MouseButton.LeftButton
        ):
            handle.startSystemMove()
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.fullScreenRequested.emit()
        event.accept()

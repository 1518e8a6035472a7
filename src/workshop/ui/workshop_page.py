"""The page of an open workshop: agenda sidebar, the selected activity's screen, details, people.

It owns nothing global: it is given the document's context and builds its
panels from it. Change reports from the document reach every panel through
:meth:`WorkshopPage.on_change`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QLabel,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workshop.storage import read
from workshop.storage.changes import Change
from workshop.ui.agenda_panel import AgendaPanel
from workshop.ui.screens.base import ActivityScreen, ScreenContext
from workshop.ui.screens.registry import screen_class
from workshop.ui.shown_page import size_by_shown
from workshop.ui.theme import set_role

if TYPE_CHECKING:
    from workshop.ui.actions_panel import ActionsPanel
    from workshop.ui.details_panel import DetailsPanel
    from workshop.ui.participants_panel import ParticipantsPanel

ACTIVITY_TAB, PARTICIPANTS_TAB, DETAILS_TAB, ACTIONS_TAB = range(4)
#: A hidden kept screen that missed more changes than this is built again when shown.
MISSED_LIMIT = 200
#: At most this many screens are built ahead (a long day's agenda keeps the rest lazy).
BUILD_AHEAD_LIMIT = 6


def agenda_width(page: int, least: int) -> int:
    """The agenda's first width on a page ``page`` px wide: a quarter of it, 300 px at
    most and never below its ``least``. A fixed 300 px left a 1024-wide laptop's activity
    ~450 px (a budget's ballots squeezed, a vote's tabs cut to two letters each)."""
    return max(least, min(300, page // 4))


class WorkshopPage(QWidget):
    activityChanged = Signal(object)  # int | None
    undoBlocked = Signal(bool)

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("workshopPage")
        self.banner = QLabel(self, objectName="readOnlyBanner")
        self.banner.setWordWrap(True)
        self.banner.setText(
            QCoreApplication.translate(
                "WorkshopPage",
                "Read-only: this file cannot be changed here. Use File › Save As… to continue in "
                "a copy you can edit.",
            )
        )
        self.banner.setVisible(ctx.doc.read_only)

        # Children are made where they will stay: moving a polished widget to another
        # parent restyles it (and all it holds) under the theme's style sheet.
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.agenda = AgendaPanel(ctx, self.splitter)
        self.tabs = QTabWidget(self.splitter)
        size_by_shown(self.tabs)
        self.screen_host = QStackedWidget(self.tabs)
        self.screen_host.setObjectName("activityHost")
        self.empty = QLabel(
            QCoreApplication.translate(
                "WorkshopPage", "Select an activity in the agenda, or add one (Insert)."
            ),
            self,
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setObjectName("workshopEmpty")
        set_role(self.empty, "muted")
        self.screen_host.addWidget(self.empty)
        size_by_shown(self.screen_host)  # a wide hidden screen must not widen the window
        # The page's activity screen (QWidget.screen(), the display, is never asked of a page).
        self.screen: ActivityScreen | None = None  # type: ignore[assignment]
        #: Screens built once per workshop (``ActivityScreen.kept``), by activity, and the
        #: changes each has not seen while hidden.
        self._kept: dict[int, ActivityScreen] = {}
        self._missed: dict[int, list[Change]] = {}
        self._unpainted: ActivityScreen | None = None  # built ahead, to paint next

        self.tabs.setObjectName("workshopTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.screen_host, QCoreApplication.translate("WorkshopPage", "&Activity"))
        # The other tabs are built when first shown (or first asked for): start-up only
        # pays for what the first picture shows.
        self._panels: dict[int, QWidget] = {}
        # Alt+P is the Projector menu, Alt+T the tally tabs of the vote and the pulse.
        for label in (
            QCoreApplication.translate("WorkshopPage", "Participa&nts"),
            QCoreApplication.translate("WorkshopPage", "&Details"),
            QCoreApplication.translate("WorkshopPage", "Act&ions"),
        ):
            holder = QWidget(self.tabs)
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(holder, label)
        self.tabs.currentChanged.connect(self._panel)

        self.splitter.addWidget(self.agenda)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(1, 1)
        self._agenda_sized = False  # the agenda's first width follows the page's (resizeEvent)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)

        self.agenda.activitySelected.connect(self.show_activity)
        first = read.activities(ctx.doc)
        if first:
            running = next((a for a in first if a.status.value == "running"), first[0])
            self.agenda.select(running.id)
        self.show_activity(self.agenda.current_id())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The first time the page has its real width, the agenda takes a share of it
        (:func:`agenda_width`); later the activity takes what the window gains or loses,
        and the facilitator's drag of the handle stays."""
        super().resizeEvent(event)
        if not self._agenda_sized and self.isVisible():
            self._agenda_sized = True
            total = self.splitter.width()
            agenda = agenda_width(total, self.agenda.minimumSizeHint().width())
            self.splitter.setSizes([agenda, total - agenda])

    def _panel(self, index: int) -> QWidget | None:
        """The panel of tab ``index``, built on first use."""
        if index == ACTIVITY_TAB or index < 0:
            return None
        if index not in self._panels:
            panel = self._build_panel(index)
            holder = self.tabs.widget(index)
            layout = holder.layout() if holder is not None else None
            assert layout is not None, "each tab is built with its layout"
            layout.addWidget(panel)
            self._panels[index] = panel
        return self._panels[index]

    def _build_panel(self, index: int) -> QWidget:
        if index == PARTICIPANTS_TAB:
            from workshop.ui.participants_panel import ParticipantsPanel

            return ParticipantsPanel(self.ctx, self)
        if index == DETAILS_TAB:
            from workshop.ui.details_panel import DetailsPanel

            return DetailsPanel(self.ctx, self)
        from workshop.ui.actions_panel import ActionsPanel

        return ActionsPanel(self.ctx, self)

    @property
    def participants(self) -> ParticipantsPanel:
        return self._panel(PARTICIPANTS_TAB)  # type: ignore[return-value]

    @property
    def details(self) -> DetailsPanel:
        return self._panel(DETAILS_TAB)  # type: ignore[return-value]

    @property
    def actions_panel(self) -> ActionsPanel:
        return self._panel(ACTIONS_TAB)  # type: ignore[return-value]

    def show_tab(self, index: int) -> None:
        """Switch to tab ``index`` and put the keyboard in it."""
        self.tabs.setCurrentIndex(index)
        panel = self._panel(index)
        (panel or self.tabs.currentWidget()).setFocus()

    def current_activity_id(self) -> int | None:
        return self.screen.activity_id if self.screen is not None else None

    def show_activity(self, activity_id: int | None) -> None:
        activity = read.activity(self.ctx.doc, activity_id) if activity_id is not None else None
        old = self.screen
        if activity is None:
            self.screen = None
            self.screen_host.setCurrentWidget(self.empty)
        elif (
            old is None
            or old.activity_id != activity.id
            or type(old) is not screen_class(activity.kind)
        ):
            self.screen = self._screen_for(activity.id, screen_class(activity.kind))
            self.screen_host.setCurrentWidget(self.screen)
            self.tabs.setCurrentIndex(ACTIVITY_TAB)
        else:
            return
        if old is not None and old is not self.screen:
            self.undoBlocked.emit(False)
            if self._kept.get(old.activity_id) is not old:
                self.screen_host.removeWidget(old)
                old.deleteLater()
        self.activityChanged.emit(self.current_activity_id())

    # ------------------------------------------------------------ kept screens

    def _screen_for(self, activity_id: int, cls: type[ActivityScreen]) -> ActivityScreen:
        """The activity's screen: the kept one brought up to date, or a new one."""
        kept = self._kept.get(activity_id)
        if kept is not None and type(kept) is cls:
            missed = self._missed.pop(activity_id, [])
            if missed:
                kept.catch_up(missed)
            return kept
        self._drop(activity_id)
        screen = cls(self.ctx, activity_id, self.screen_host)
        screen.undoBlocked.connect(self.undoBlocked)
        self.screen_host.addWidget(screen)
        if cls.kept:
            self._kept[activity_id] = screen
        return screen

    def _drop(self, activity_id: int) -> None:
        screen = self._kept.pop(activity_id, None)
        self._missed.pop(activity_id, None)
        if screen is not None and screen is not self.screen:
            self.screen_host.removeWidget(screen)
            screen.deleteLater()

    def _note_missed(self, change: Change) -> None:
        """Hidden kept screens remember the change; a removed activity's screen goes."""
        if change.touches("activities"):
            for activity_id, screen in list(self._kept.items()):
                activity = read.activity(self.ctx.doc, activity_id)
                if activity is None or screen_class(activity.kind) is not type(screen):
                    self._drop(activity_id)  # the shown one goes when show_activity moves on
        for activity_id, screen in list(self._kept.items()):
            if screen is self.screen:
                continue
            missed = self._missed.setdefault(activity_id, [])
            missed.append(change)
            if len(missed) > MISSED_LIMIT:
                self._drop(activity_id)  # building it again is cheaper than catching up

    def build_ahead(self) -> bool:
        """Build the next kept screen not built yet (hidden), so the first time its activity
        is opened costs no more than switching back. Called in idle time after the workshop
        opened, one step per call (a screen is built in one, painted off screen in the
        next); False when there is nothing left to do."""
        if self._unpainted is not None:
            screen, self._unpainted = self._unpainted, None
            if screen is not self.screen and self._kept.get(screen.activity_id) is screen:
                # Laid out and painted once, off screen, at the size it will be shown: its
                # rich-text rows are laid out at that width and Qt's first-use costs (the
                # Python enums it creates lazily, the first text shaping) are paid now.
                screen.resize(self.screen_host.size())
                screen.grab()
            return True
        if len(self._kept) >= BUILD_AHEAD_LIMIT:
            return False
        for activity in read.activities(self.ctx.doc):
            if activity.id in self._kept:
                continue
            cls = screen_class(activity.kind)
            if cls.kept:
                self._unpainted = self._screen_for(activity.id, cls)
                return True
        return False

    def focus_activity(self) -> None:
        self.tabs.setCurrentIndex(ACTIVITY_TAB)
        if self.screen is not None:
            self.screen.focus_primary()

    def on_change(self, change: Change) -> None:
        self.agenda.on_change(change)
        for panel in self._panels.values():
            panel.on_change(change)  # type: ignore[attr-defined]
        self._note_missed(change)
        if self.screen is not None:
            current = read.activity(self.ctx.doc, self.screen.activity_id)
            if current is None or screen_class(current.kind) is not type(self.screen):
                self.show_activity(self.agenda.current_id())
                return
            self.screen.on_change(change)

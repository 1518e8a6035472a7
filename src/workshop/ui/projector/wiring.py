"""Plug the projector and the run panel into the main window through its public hooks.

The main window needs one line (``self.projector = ProjectorWiring(self)``); this
module adds a Projector menu and toolbar (F5, Shift+F5 "Show in room", Page
Up/Down, S spotlight, B, F, theme, agenda, screen), a "Run" dock with the
:class:`RunPanel`, tells the projector which activity the laptop looks at (the
preview: the room is not changed by it), and forwards the document's change
reports. It only uses what the window exposes:
``menuBar()``, ``view_menu``, ``change_listeners``, ``document_listeners``,
``ctx`` and ``page`` (with ``activityChanged``, ``current_activity_id()`` and
``agenda.select()``).
"""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QToolBar

from workshop.domain import room
from workshop.storage.changes import Change
from workshop.ui.projector.controller import ProjectorController
from workshop.ui.projector.run_panel import RunPanel
from workshop.ui.screens.base import ScreenContext


class ProjectorWiring:
    def __init__(self, window: QMainWindow) -> None:
        self.window: Any = cast(Any, window)  # the main window's hooks (see the docstring)
        ctx: ScreenContext | None = self.window.ctx
        self.controller = ProjectorController(window, ctx.doc if ctx else None)
        self.dock = QDockWidget(QCoreApplication.translate("ProjectorWiring", "Run"), window)
        self.dock.setObjectName("runDock")
        # Made in the dock (not moved there): a move restyles the whole panel.
        self.panel = RunPanel(ctx, self.controller, self.dock)
        self.dock.setWidget(self.panel)
        self.dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        #: Whether the facilitator wants the dock (they can close it from View › Run panel).
        self._dock_wanted = True
        self.dock.toggleViewAction().triggered.connect(self._set_dock_wanted)

        self.menu = QMenu(QCoreApplication.translate("ProjectorWiring", "&Projector"), window)
        self.menu.setObjectName("menuProjector")
        self.menu.aboutToShow.connect(self.controller.arrow_icons)
        for action in self.controller.actions():
            if action is self.controller.screen_menu.menuAction():
                self.menu.addSeparator()
            self.menu.addAction(action)
        bar = window.menuBar()
        menus = bar.actions()
        # Before Help, which stays last.
        if menus:
            bar.insertMenu(menus[-1], self.menu)
        else:
            bar.addMenu(self.menu)
        view_menu = getattr(window, "view_menu", None)
        toggle_dock = self.dock.toggleViewAction()
        toggle_dock.setText(QCoreApplication.translate("ProjectorWiring", "&Run panel"))
        toggle_dock.setObjectName("actionRunPanel")
        if isinstance(view_menu, QMenu):
            view_menu.addAction(toggle_dock)
        self.toolbar = QToolBar("Projector", window)
        self.toolbar.setObjectName("projectorToolBar")
        for action in (
            self.controller.toggle_action,
            self.controller.show_action,
            self.controller.blank_action,
            self.controller.freeze_action,
        ):
            self.toolbar.addAction(action)
        window.addToolBar(self.toolbar)

        activity_menu = getattr(window, "activity_menu", None)
        # Running the day from the keyboard: F6 starts, F7 finishes, F8 goes to the next
        # activity; starting or arriving puts the keyboard in the activity (capture box…).
        self.start_action = QAction(
            QCoreApplication.translate("ProjectorWiring", "&Start activity"), window
        )
        self.start_action.setObjectName("actionStartActivity")
        self.start_action.setShortcut(QKeySequence("F6"))
        self.start_action.triggered.connect(self.panel.start_activity.click)
        self.panel.start_activity.clicked.connect(self._focus_activity)
        self.finish_action = QAction(
            QCoreApplication.translate("ProjectorWiring", "&Finish activity"), window
        )
        self.finish_action.setObjectName("actionFinishActivity")
        self.finish_action.setShortcut(QKeySequence("F7"))
        self.finish_action.triggered.connect(self.panel.finish_activity.click)
        self.next_action = QAction(
            QCoreApplication.translate("ProjectorWiring", "Go to &next activity"), window
        )
        self.next_action.setObjectName("actionNextActivity")
        self.next_action.setShortcut(QKeySequence("F8"))
        self.next_action.triggered.connect(self._next)
        if isinstance(activity_menu, QMenu):
            activity_menu.addSeparator()
            activity_menu.addAction(self.start_action)
            activity_menu.addAction(self.finish_action)
            activity_menu.addAction(self.next_action)

        self.panel.activityRequested.connect(self._go_to)
        self.controller.spotlight_source = self._selected_on_board
        self._page: Any = None
        self.window.change_listeners.append(self._on_change)
        self.window.document_listeners.append(self._on_document)
        self._on_document(ctx)

    def _on_document(self, ctx: ScreenContext | None) -> None:
        # The panel first: it must not read a closed document when the projector reports.
        self.panel.set_context(ctx)
        self.controller.set_document(ctx.doc if ctx else None)
        # Nothing to run on the start page: the dock (and its menu toggle) come back
        # with a workshop, unless the facilitator had closed it.
        self.dock.setVisible(ctx is not None and self._dock_wanted)
        self.dock.toggleViewAction().setEnabled(ctx is not None)
        page = getattr(self.window, "page", None)
        self._page = page
        if page is not None:
            page.activityChanged.connect(self._on_activity)
            self._on_activity(page.current_activity_id())

    def _set_dock_wanted(self, wanted: bool) -> None:
        self._dock_wanted = wanted

    def _on_activity(self, activity_id: int | None) -> None:
        # A board showing one breakout table: the projector shows the same table (a newly
        # shown activity starts with every table).
        self.controller.set_table_filter(None)
        self.controller.set_preview(activity_id)
        screen = getattr(self._page, "screen", None)
        signal = getattr(screen, "tableFilterChanged", None)
        if signal is not None:
            signal.connect(self.controller.set_table_filter)
        self.panel.set_activity(activity_id)

    def _selected_on_board(self) -> tuple[str, int] | None:
        """The note or cluster selected on the laptop's board (the spotlight key's target)."""
        screen = getattr(self._page, "screen", None)
        scene = getattr(screen, "scene", None)
        clusters = getattr(scene, "selected_cluster_ids", None)
        notes = getattr(scene, "selected_note_ids", None)
        if callable(clusters) and clusters():
            return room.CLUSTER, int(clusters()[0])
        if callable(notes) and notes():
            return room.NOTE, int(notes()[0])
        return None

    def _on_change(self, change: Change) -> None:
        self.controller.on_change(change)
        self.panel.on_change(change)

    def _go_to(self, activity_id: int) -> None:
        """The run panel's "Go to next": select it in the agenda (the screen follows)."""
        if self._page is not None:
            self._page.agenda.select(activity_id)
            self._page.focus_activity()

    def _focus_activity(self) -> None:
        if self._page is not None:
            self._page.focus_activity()

    def _next(self) -> None:
        """The proposed next activity after Finish, else the one after the selected one."""
        page = self._page
        if page is None:
            return
        if self.panel.proposed is not None:
            self.panel.next_button.click()
            return
        agenda = page.agenda.list
        row = agenda.currentRow() + 1
        if 0 < row < agenda.count():
            agenda.setCurrentRow(row)
            page.focus_activity()

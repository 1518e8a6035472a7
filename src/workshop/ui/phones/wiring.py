"""Plug the phones into the main window through its public hooks (like the projector).

Adds a "Phones" dock (the panel), a session per open workshop (its server starts only
when phones are switched on), and the join card on the projector. The session and the
card are made when first needed (phones on, their settings changed, the panel shown):
a workshop without phones loads none of it for its first picture. The live activity
phones follow is the one the projector shows. The server stops when the workshop
closes and when the app quits (the window closes its document then).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QWidget,
)

from workshop.storage import read_phones
from workshop.storage.changes import Change
from workshop.ui.screens.base import ScreenContext

if TYPE_CHECKING:
    from workshop.ui.phones.join_card import JoinCard
    from workshop.ui.phones.panel import PhonesPanel
    from workshop.ui.phones.session import PhoneSession


class PhonesWiring:
    def __init__(self, window: QMainWindow, *, port: int = 8765) -> None:
        self.window: Any = cast(Any, window)  # the main window's hooks (like the projector's)
        self.port = port
        #: The panel is built the first time it is needed (shown, or phones switched on):
        #: it and the operations it drives are no part of the window's first picture.
        self._panel: PhonesPanel | None = None
        self._ctx: ScreenContext | None = None
        self.dock = QDockWidget(QCoreApplication.translate("PhonesWiring", "Phones"), window)
        self.dock.setObjectName("phonesDock")
        # Scrolls rather than growing the window: it shares the dock area with the run
        # panel on a 1366×768 laptop (tests/test_laptop_screen.py).
        self.scroll = QScrollArea(self.dock)
        self.scroll.setObjectName("phonesScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.dock.setWidget(self.scroll)
        self.dock.visibilityChanged.connect(lambda shown: shown and self.panel)
        self.dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        projector = getattr(window, "projector", None)
        run_dock = getattr(projector, "dock", None)
        #: The run panel's dock: the Phones dock is a tab beside it, once it is shown.
        self.run_dock = run_dock if isinstance(run_dock, QDockWidget) else None
        self._tabbed = False
        self.dock.hide()
        toggle = self.dock.toggleViewAction()
        toggle.setText(QCoreApplication.translate("PhonesWiring", "&Phones panel"))
        toggle.setObjectName("actionPhonesPanel")
        view_menu = getattr(window, "view_menu", None)
        if view_menu is not None:
            view_menu.addAction(toggle)
        self.controller: Any = getattr(projector, "controller", None)
        # One line in the run panel: phones connected and who contributed (the Phones
        # panel has the names and the controls).
        self.run_line = QLabel(window, objectName="runPhones")
        self.run_line.setWordWrap(True)
        self.run_line.hide()
        self.run_button = QPushButton(
            QCoreApplication.translate("PhonesWiring", "Phones…"),
            window,
            objectName="runPhonesButton",
        )
        self.run_button.setToolTip(
            QCoreApplication.translate(
                "PhonesWiring", "Let the room join from their phones: the Phones panel"
            )
        )
        self.run_button.clicked.connect(self.show_panel)
        run_panel = getattr(projector, "panel", None)
        run_layout = run_panel.layout() if isinstance(run_panel, QWidget) else None
        if run_layout is not None:
            run_layout.addWidget(self.run_button)
            run_layout.addWidget(self.run_line)
        self._card: JoinCard | None = None
        self.host: str | None = None
        self._session: PhoneSession | None = None
        self._live: int | None = None
        if self.controller is not None:
            self.controller.stateChanged.connect(self._on_projector)
        self.window.change_listeners.append(self._on_change)
        self.window.document_listeners.append(self._on_document)
        self._on_document(self.window.ctx)

    @property
    def panel(self) -> PhonesPanel:
        """The Phones panel, built on first use for the workshop open then."""
        if self._panel is None:
            from workshop.ui.phones.panel import PhonesPanel

            self._panel = PhonesPanel(self.window)
            self.scroll.setWidget(self._panel)
            self._panel.hostChosen.connect(self._choose_host)
            self._panel.set_context(self._ctx, self.session, self.live_activity)
        return self._panel

    @property
    def session(self) -> PhoneSession | None:
        """The open workshop's phone session (None with no workshop), made when first
        needed; its server runs only while phones are switched on."""
        if self._session is None and self._ctx is not None:
            from workshop.ui.phones.session import PhoneSession

            self._session = PhoneSession(self._ctx.doc, self.live_activity, self.window, self.port)
            self._session.stateChanged.connect(self._show_card)
        return self._session

    @property
    def card(self) -> JoinCard | None:
        """The join card on the projector (None without one), made when first needed."""
        if self._card is None and self.controller is not None:
            from workshop.ui.phones.join_card import JoinCard

            self._card = JoinCard(self.controller.window)
        return self._card

    def live_activity(self) -> int | None:
        """What the room sees on the projector is what phones follow."""
        if self.controller is None:
            return None
        return self.controller.state.activity_id  # type: ignore[no-any-return]

    def _on_document(self, ctx: ScreenContext | None) -> None:
        if self._session is not None:
            self._session.stateChanged.disconnect()
            self._session.stop()
            self._session.deleteLater()
            self._session = None
        self._ctx = ctx
        if ctx is not None and read_phones.settings(ctx.doc).enabled:
            session = self.session
            assert session is not None
            session.set_host(self._default_host())
        if self._panel is not None:
            self._panel.set_context(ctx, self.session, self.live_activity)
        self._place_dock(ctx is not None)
        self._show_card()

    def _place_dock(self, has_workshop: bool) -> None:
        """Shown when asked for (View › Phones panel, or the run panel's Phones button),
        as a tab beside the run panel; nothing on the start page."""
        self.dock.toggleViewAction().setEnabled(has_workshop)
        self.run_button.setEnabled(has_workshop)
        if not has_workshop:
            self.dock.hide()

    def show_panel(self) -> None:
        run_dock = self.run_dock
        if not self._tabbed and run_dock is not None and run_dock.isVisible():
            self.window.tabifyDockWidget(run_dock, self.dock)
            self._tabbed = True
        self.dock.show()
        self.dock.raise_()
        self.panel.enabled.setFocus()

    def _default_host(self) -> str | None:
        """The chosen network, else the likely hotspot (never every interface)."""
        if self.panel.interface.count() == 0:
            from workshop.phones.addresses import addresses  # when phones are switched on

            self.panel.set_interfaces(addresses(), self.host)
        if self.host is None:
            self.host = self.panel.interface.currentData()
        return self.host

    def _choose_host(self, host: str) -> None:
        self.host = host
        if self.session is not None and read_phones.settings(self.session.doc).enabled:
            self.session.set_host(host)

    def _on_change(self, change: Change) -> None:
        if not self._current():
            return
        # Without a session yet, only the phones' settings can need one (switched on).
        session = self.session if self._session or change.touches("phone_settings") else None
        if session is not None:
            turned_on = (
                change.touches("phone_settings") and read_phones.settings(session.doc).enabled
            )
            if turned_on and session.host is None:
                session.set_host(self._default_host())
            session.on_change(change)
        if self._panel is not None:
            self._panel.refresh()
        self._show_run_line()

    def _current(self) -> bool:
        """Whether the panel follows the window's workshop (the window may be closing it)."""
        if self._ctx is not self.window.ctx:
            self._on_document(self.window.ctx)
        return self._ctx is not None

    def _on_projector(self) -> None:
        if not self._current():
            return
        live = self.live_activity()
        if live != self._live:
            self._live = live
            if self._session is not None:
                self._session.live_changed()
            if self._panel is not None:
                self._panel.refresh()
        self._show_card()

    def _show_run_line(self) -> None:
        session = self._session
        server = session.server if session is not None else None
        if session is None or server is None:
            self.run_line.hide()
            return
        live = self.live_activity()
        contributed = 0 if live is None else len(read_phones.contributors(session.doc, live))
        self.run_line.setText(
            QCoreApplication.translate(
                "PhonesWiring",
                "Phones: {connected} connected · {contributed} contributed to this activity",
            ).format(connected=session.presence.connected, contributed=contributed)
        )
        self.run_line.show()

    def _show_card(self) -> None:
        self._show_run_line()
        session = self._session
        server = session.server if session is not None else None
        blank = self.controller is not None and self.controller.state.blank
        if server is None or not server.access.enabled or blank:
            if self._card is not None:
                self._card.hide_join()
            return
        card = self.card
        if card is None:
            return
        short = server.base_url().removeprefix("http://").rstrip("/")
        card.show_join(server.join_url(), short, server.access.code)

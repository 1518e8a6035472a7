"""One workshop's phone server in the app: started only when phones are switched on.

Without phones switched on, no socket is opened at all. The server follows the file's
settings (switch, join code) and the live activity, and stops with the document.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from workshop.domain.models import ActivityKind
from workshop.phones.owner import Presence, affects_phones
from workshop.storage import read, read_phones
from workshop.storage.changes import Change
from workshop.storage.document import Document
from workshop.ui.phones.bridge import QtOwner
from workshop.ui.words import error_text

if TYPE_CHECKING:
    from workshop.phones.server import PhoneServer


class PhoneSession(QObject):
    #: The server started, stopped or failed, or phones came and went.
    stateChanged = Signal()

    def __init__(
        self, doc: Document, live: Callable[[], int | None], parent: QObject, port: int = 8765
    ) -> None:
        super().__init__(parent)
        self.doc = doc
        self.live = live
        self.port = port
        self.host: str | None = None
        self.server: PhoneServer | None = None
        self.error = ""
        self.presence = Presence(0, frozenset())
        self.owner = QtOwner(doc, live, self)
        self.owner.presenceChanged.connect(self._on_presence)

    def set_host(self, host: str | None) -> None:
        if host != self.host:
            self.host = host
            self._stop_server()
            self.sync()

    def sync(self) -> None:
        """Start or stop the server to match the file's switch; pass on the join code."""
        settings = read_phones.settings(self.doc)
        wanted = settings.enabled and bool(self.host) and not self.doc.read_only
        if wanted and self.server is None:
            self._start_server()
        elif not wanted and self.server is not None:
            self._stop_server()
        if self.server is not None:
            self.server.set_access(settings.enabled, settings.join_code)
        self.stateChanged.emit()

    def on_change(self, change: Change) -> None:
        if change.touches("phone_settings"):
            self.sync()
        if self.server is not None and change.touches("workshop"):
            self.server.set_language(read.details(self.doc).language)
        if self.server is not None:
            live = self.live()
            activity = None if live is None else read.activity(self.doc, live)
            voting = activity is not None and activity.kind is ActivityKind.DOT_VOTE
            if affects_phones(change, voting):
                self.server.changed()

    def live_changed(self) -> None:
        if self.server is not None:
            self.server.changed()
        self.stateChanged.emit()

    def stop(self) -> None:
        self.owner.closed = True
        self._stop_server()
        self.stateChanged.emit()

    def _start_server(self) -> None:
        assert self.host is not None
        from workshop.phones.server import PhoneServer  # tornado loads when phones go on

        try:
            self.server = PhoneServer(
                self.owner, self.host, self.port, on_presence=self.owner.report_presence,
                language=read.details(self.doc).language,
            )
        except OSError as exc:
            self.error = QCoreApplication.translate(
                "PhoneSession",
                "Phones cannot join: {address} is not available ({reason}). "
                "Choose another network.",
            ).format(address=f"{self.host}:{self.port}", reason=error_text(exc))
            self.server = None
            return
        self.error = ""
        self.server.start()

    def _stop_server(self) -> None:
        if self.server is not None:
            self.server.on_presence = None  # its thread must not call back into Qt any more
            self.server.stop()
            self.server = None
        self.presence = Presence(0, frozenset())

    def _on_presence(self, presence: Presence) -> None:
        if self.server is not None:
            self.presence = presence
            self.stateChanged.emit()

"""The facilitator's phone controls: on/off, network, join code, open the live activity,
moderation, who is connected and who has contributed (never what a secret ballot says)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.models import ActivityKind
from workshop.storage import read, read_phones
from workshop.storage.ops import phones
from workshop.storage.ops.phones import PHONE_KINDS
from workshop.ui.phones.session import PhoneSession
from workshop.ui.screens.base import ScreenContext
from workshop.ui.widgets import buddy_label


class PhonesPanel(QWidget):
    hostChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phonesPanel")
        self.ctx: ScreenContext | None = None
        self.session: PhoneSession | None = None
        self.live: Callable[[], int | None] = lambda: None
        layout = QVBoxLayout(self)

        self.enabled = self._check(
            "phonesEnabled",
            QCoreApplication.translate("PhonesPanel", "Let the room join from their phones"),
        )
        self.enabled.toggled.connect(self._toggle_enabled)
        self.interface = QComboBox(self, objectName="phonesInterface")
        self.interface.setAccessibleName(
            QCoreApplication.translate("PhonesPanel", "Network the phones use")
        )
        self.interface.activated.connect(self._choose_interface)
        self.address = QLabel(self, objectName="phonesAddress")
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address.setWordWrap(True)
        self.address.setTextFormat(Qt.TextFormat.PlainText)
        self.open_live = self._check(
            "phonesOpenActivity",
            QCoreApplication.translate("PhonesPanel", "Open the live activity to phones"),
        )
        self.open_live.toggled.connect(self._toggle_open)
        self.moderation = self._check(
            "phonesModeration",
            QCoreApplication.translate("PhonesPanel", "Phone notes wait for my approval"),
        )
        self.moderation.toggled.connect(self._toggle_moderation)
        self.self_join = self._check(
            "phonesSelfJoin",
            QCoreApplication.translate("PhonesPanel", "People not on the list may add themselves"),
        )
        self.self_join.toggled.connect(self._toggle_self_join)
        self.new_code = QPushButton(
            QCoreApplication.translate("PhonesPanel", "New join &code"),
            self,
            objectName="phonesNewCode",
        )
        self.new_code.setToolTip(
            QCoreApplication.translate(
                "PhonesPanel", "The old code (and every phone joined with it) stops at once"
            )
        )
        self.new_code.clicked.connect(self._new_code)
        self.stop = QPushButton(
            QCoreApplication.translate("PhonesPanel", "&Stop sharing"),
            self,
            objectName="phonesStop",
        )
        self.stop.clicked.connect(lambda: self.enabled.setChecked(False))
        self.connected = QLabel(self, objectName="phonesConnected")
        self.contributors = QLabel(self, objectName="phonesContributors")
        self.contributors.setWordWrap(True)
        self.contributors.setTextFormat(Qt.TextFormat.PlainText)
        self.queue = QListWidget(self, objectName="phonesQueue")
        self.queue.setAccessibleName(
            QCoreApplication.translate("PhonesPanel", "Phone notes waiting for approval")
        )
        self.queue.setWordWrap(True)
        self.approve = QPushButton(
            QCoreApplication.translate("PhonesPanel", "Approve (Enter)"),
            self,
            objectName="phonesApprove",
        )
        self.approve.clicked.connect(self._approve)
        self.discard = QPushButton(
            QCoreApplication.translate("PhonesPanel", "Discard (Delete)"),
            self,
            objectName="phonesDiscard",
        )
        self.discard.clicked.connect(self._discard)
        # One key each while the queue has the keyboard: Enter approves, Delete discards.
        self.queue.installEventFilter(self)

        layout.addWidget(self.enabled)
        layout.addWidget(
            buddy_label(
                QCoreApplication.translate("PhonesPanel", "&Network:"), self.interface, self
            )
        )
        layout.addWidget(self.interface)
        layout.addWidget(self.address)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_code)
        buttons.addWidget(self.stop)
        layout.addLayout(buttons)
        layout.addWidget(self.open_live)
        layout.addWidget(self.moderation)
        layout.addWidget(self.self_join)
        layout.addWidget(self.connected)
        layout.addWidget(self.contributors)
        self.queue_label = buddy_label(
            QCoreApplication.translate("PhonesPanel", "&Waiting for approval:"), self.queue, self
        )
        layout.addWidget(self.queue_label)
        layout.addWidget(self.queue, 1)
        moderation = QHBoxLayout()
        moderation.addWidget(self.approve)
        moderation.addWidget(self.discard)
        layout.addLayout(moderation)
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.queue and event.type() in (
            QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride
        ):
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Delete):
                event.accept()  # ours, not a window shortcut's
                if event.type() == QEvent.Type.KeyPress:
                    self._discard() if key == Qt.Key.Key_Delete else self._approve()
                return True
        return super().eventFilter(watched, event)

    def _check(self, name: str, text: str) -> QCheckBox:
        box = QCheckBox(text, self)
        box.setObjectName(name)
        box.setAccessibleName(text)
        return box

    # ------------------------------------------------------------------ inputs

    def set_context(
        self, ctx: ScreenContext | None, session: PhoneSession | None,
        live: Callable[[], int | None],
    ) -> None:
        self.ctx, self.session, self.live = ctx, session, live
        if session is not None:
            session.stateChanged.connect(self.refresh)
        self.refresh()

    def set_interfaces(self, choices: list[tuple[str, str]], chosen: str | None) -> None:
        self.interface.clear()
        for label, ip in choices:
            self.interface.addItem(label, ip)
        index = self.interface.findData(chosen) if chosen else 0
        self.interface.setCurrentIndex(max(index, 0))

    # ------------------------------------------------------------------ showing

    def refresh(self) -> None:
        ctx, session = self.ctx, self.session
        # Showing the file's settings is not a gesture: the boxes are silent meanwhile.
        with (
            QSignalBlocker(self.enabled),
            QSignalBlocker(self.moderation),
            QSignalBlocker(self.self_join),
            QSignalBlocker(self.open_live),
        ):
            has_doc = ctx is not None and not ctx.doc.read_only
            for widget in (self.enabled, self.interface):
                widget.setEnabled(has_doc)
            if ctx is None or session is None:
                for control in (self.open_live, self.moderation, self.self_join, self.new_code,
                                self.stop, self.approve, self.discard, self.queue):
                    control.setEnabled(False)
                self.enabled.setChecked(False)
                self.address.setText(
                    QCoreApplication.translate("PhonesPanel", "Open a workshop to let phones join.")
                )
                self.connected.setText("")
                self.contributors.setText("")
                self.queue.clear()
                return
            doc = ctx.doc
            settings = read_phones.settings(doc)
            self.enabled.setChecked(settings.enabled)
            self.moderation.setChecked(settings.queue)
            self.self_join.setChecked(settings.self_join)
            on = settings.enabled and has_doc
            for widget in (self.moderation, self.self_join, self.new_code, self.stop):
                widget.setEnabled(on)
            server = session.server
            if session.error:
                self.address.setText(session.error)
            elif server is not None and on:
                self.address.setText(
                    QCoreApplication.translate(
                        "PhonesPanel",
                        "Phones join at {join}\nor open {base} and type the code {code}",
                    ).format(
                        join=server.join_url(), base=server.base_url(), code=settings.join_code
                    )
                )
            else:
                self.address.setText(
                    QCoreApplication.translate(
                        "PhonesPanel", "Phones are off: no network connection is open."
                    )
                )
            live = self.live()
            activity = None if live is None else read.activity(doc, live)
            can_open = on and activity is not None and activity.kind in PHONE_KINDS
            self.open_live.setEnabled(can_open)
            opened = activity is not None and read_phones.is_open(doc, activity.id)
            self.open_live.setChecked(opened)
            if activity is None:
                self.open_live.setText(
                    QCoreApplication.translate("PhonesPanel", "Open the live activity to phones")
                )
            else:
                self.open_live.setText(
                    QCoreApplication.translate("PhonesPanel", "Open “{title}” to phones").format(
                        title=activity.title
                    )
                )
            present = session.presence
            self.connected.setText(
                QCoreApplication.translate("PhonesPanel", "Phones connected: {count}").format(
                    count=present.connected
                )
                if server is not None
                else ""
            )
            self.contributors.setText(self._contributors(live, activity))
            self._fill_queue()

    def _contributors(self, live: int | None, activity: object) -> str:
        """Who has contributed from a phone to the live activity: names only, never content."""
        assert self.ctx is not None
        if live is None:
            return ""
        counts = read_phones.contributors(self.ctx.doc, live)
        if not counts:
            return QCoreApplication.translate(
                "PhonesPanel", "No phone contributions to this activity yet."
            )
        names = {p.id: p.name for p in read.participants(self.ctx.doc)}
        is_vote = getattr(activity, "kind", None) in (ActivityKind.DOT_VOTE, ActivityKind.BUDGET)
        parts = [
            QCoreApplication.translate("PhonesPanel", "{name} (voted)").format(
                name=names.get(pid, "?")
            )
            if is_vote
            else f"{names.get(pid, '?')} ({n})"
            for pid, n in sorted(counts.items(), key=lambda kv: names.get(kv[0], "").casefold())
        ]
        return QCoreApplication.translate(
            "PhonesPanel", "Contributed from phones ({count}): {names}"
        ).format(count=len(counts), names=", ".join(parts))

    def _fill_queue(self) -> None:
        assert self.ctx is not None
        waiting = read_phones.queue(self.ctx.doc)
        current = self.queue.currentRow()
        self.queue.clear()
        for q in waiting:
            who = q.author or "anonymous"
            item = QListWidgetItem(f"{q.text}\n— {who}")
            item.setData(Qt.ItemDataRole.UserRole, q.id)
            self.queue.addItem(item)
        if waiting:
            self.queue.setCurrentRow(min(max(current, 0), len(waiting) - 1))
        self.queue.setEnabled(bool(waiting))
        self.approve.setEnabled(bool(waiting))
        self.discard.setEnabled(bool(waiting))
        self.queue_label.setText(
            QCoreApplication.translate("PhonesPanel", "&Waiting for approval ({count}):").format(
                count=len(waiting)
            )
        )

    # ------------------------------------------------------------------ gestures

    def _run(self, op: Callable[..., object], *args: object) -> None:
        if self.ctx is not None:
            self.ctx.runner.run(op, *args)  # type: ignore[arg-type]
            self.refresh()

    def _toggle_enabled(self, on: bool) -> None:
        self._run(phones.set_phones_enabled, on)

    def _toggle_open(self, on: bool) -> None:
        live = self.live()
        if live is not None:
            self._run(phones.set_open_to_phones, live, on)

    def _toggle_moderation(self, on: bool) -> None:
        self._run(phones.set_moderation, on)

    def _toggle_self_join(self, on: bool) -> None:
        self._run(phones.set_self_join, on)

    def _new_code(self) -> None:
        self._run(phones.new_join_code)

    def _choose_interface(self, index: int) -> None:
        host = self.interface.itemData(index)
        if isinstance(host, str):
            self.hostChosen.emit(host)

    def _selected_queue(self) -> list[int]:
        item = self.queue.currentItem()
        return [] if item is None else [int(item.data(Qt.ItemDataRole.UserRole))]

    def _approve(self) -> None:
        chosen = self._selected_queue()
        if chosen:
            self._run(phones.approve_queued, chosen)
            self.queue.setFocus()

    def _discard(self) -> None:
        chosen = self._selected_queue()
        if chosen:
            self._run(phones.discard_queued, chosen)
            self.queue.setFocus()

"""The run panel's room section: what the room sees, its preview, pages and projector buttons.

Split from :class:`~workshop.ui.projector.run_panel.RunPanel`. As in presenter
software it shows which activity is live, which one the laptop looks at, and the
command that sends the second to the room; the preview is a small copy of the
projector, rendered at most once per :data:`PREVIEW_DELAY_MS` burst of changes.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

from workshop.domain import room
from workshop.storage import read
from workshop.ui.projector.controller import ProjectorController
from workshop.ui.projector.state import RoomSees
from workshop.ui.screens.base import ScreenContext
from workshop.ui.theme import set_state
from workshop.ui.tr import QT_TRANSLATE_NOOP
from workshop.ui.words import own_direction

#: The preview follows the dock's width (always 16:9) between these; it asks for the hint.
PREVIEW_MIN_WIDTH = 200
PREVIEW_HINT_WIDTH = 240
PREVIEW_MAX_WIDTH = 400
#: Coalesce bursts of changes (typing fast on the board) into one preview render.
PREVIEW_DELAY_MS = 250

_ROOM = {
    RoomSees.LIVE: QT_TRANSLATE_NOOP("RoomSection", "LIVE — the room sees this"),
    RoomSees.BLANK: QT_TRANSLATE_NOOP("RoomSection", "BLANK — the projector is black"),
    RoomSees.FROZEN: QT_TRANSLATE_NOOP("RoomSection", "FROZEN — the room sees a still picture"),
    RoomSees.CLOSED: QT_TRANSLATE_NOOP("RoomSection", "Projector closed (F5 opens it)"),
}


class PreviewLabel(QLabel):
    """The projector's picture in small: as wide as the dock allows, always 16:9."""

    resized = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("runPreview")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(PREVIEW_MIN_WIDTH)
        self.setMaximumWidth(PREVIEW_MAX_WIDTH)
        self.setFixedHeight(_sixteen_nine(PREVIEW_HINT_WIDTH))

    def sizeHint(self) -> QSize:
        # Ask for a modest dock: on a laptop the activity needs the width more.
        return QSize(PREVIEW_HINT_WIDTH, _sixteen_nine(PREVIEW_HINT_WIDTH))

    def minimumSizeHint(self) -> QSize:
        return QSize(PREVIEW_MIN_WIDTH, _sixteen_nine(PREVIEW_MIN_WIDTH))

    def picture_size(self) -> QSize:
        return QSize(self.width(), _sixteen_nine(self.width()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        height = _sixteen_nine(event.size().width())
        if height != self.height():
            self.setFixedHeight(height)
        if event.size().width() != event.oldSize().width():
            self.resized.emit()


def _sixteen_nine(width: int) -> int:
    return round(width * 9 / 16)


class RoomHost(Protocol):
    """What this section reads of the run panel (named here, so this module does not
    import the panel that uses it)."""

    ctx: ScreenContext | None
    activity_id: int | None


class RoomSection(QObject):
    """What the room sees, in the run panel (its widgets are the panel's children)."""

    def __init__(
        self, panel: RoomHost, widget: QWidget, controller: ProjectorController
    ) -> None:
        super().__init__(widget)
        self.panel = panel
        self.widget = widget
        self.controller = controller
        self.room = QLabel(widget, objectName="runRoomSees")
        self.room.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.room.setWordWrap(True)
        self.room.setAccessibleName(QCoreApplication.translate("RoomSection", "What the room sees"))
        self.live_title = QLabel(widget, objectName="runLiveActivity")
        self.live_title.setTextFormat(Qt.TextFormat.PlainText)
        self.live_title.setWordWrap(True)
        self.live_title.setAccessibleName(
            QCoreApplication.translate("RoomSection", "The activity the room sees")
        )
        self.looking_at = QLabel(widget, objectName="runLookingAt")
        self.looking_at.setTextFormat(Qt.TextFormat.PlainText)
        self.looking_at.setWordWrap(True)
        self.looking_at.setAccessibleName(
            QCoreApplication.translate("RoomSection", "The activity you are looking at (not shown)")
        )
        self.show_in_room = QToolButton(widget, objectName="runShowInRoom")
        self.show_in_room.setDefaultAction(controller.show_action)
        self.show_in_room.setAccessibleName(
            QCoreApplication.translate("RoomSection", "Show in room")
        )
        self.show_in_room.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # Arrows only (the actions' own texts are for the menu): the dock stays narrow.
        self.page_prev = QToolButton(widget, objectName="runPagePrevious")
        self.page_prev.setDefaultAction(controller.page_up_action)
        self.page_prev.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.page_prev.setAccessibleName(
            QCoreApplication.translate("RoomSection", "Previous page on the projector")
        )
        self.page_next = QToolButton(widget, objectName="runPageNext")
        self.page_next.setDefaultAction(controller.page_down_action)
        self.page_next.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.page_next.setAccessibleName(
            QCoreApplication.translate("RoomSection", "Next page on the projector")
        )
        self.page = QLabel(widget, objectName="runPage")
        self.page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page.setAccessibleName(QCoreApplication.translate("RoomSection", "Page the room sees"))
        self.preview = PreviewLabel(widget)
        self.preview.setAccessibleName(
            QCoreApplication.translate("RoomSection", "Preview of the projector")
        )
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.resized.connect(self.schedule_preview)
        self.page_row = QHBoxLayout()
        self.page_row.addWidget(self.page_prev)
        self.page_row.addWidget(self.page, 1)
        self.page_row.addWidget(self.page_next)
        # Narrow enough for a laptop: the buttons shrink to their text, in rows of two.
        self.tools = QGridLayout()
        for index, (act, name) in enumerate((
            (controller.toggle_action, "runProjectorToggle"),
            (controller.blank_action, "runBlank"),
            (controller.freeze_action, "runFreeze"),
        )):
            tool = QToolButton(widget, objectName=name)
            tool.setDefaultAction(act)
            tool.setAccessibleName(act.text().replace("&", ""))
            tool.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            # Projector | Blank on one row, Freeze | Show in room on the next.
            self.tools.addWidget(tool, index // 2, index % 2)
        self.show_in_room.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.tools.addWidget(self.show_in_room, 1, 1)
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(PREVIEW_DELAY_MS)
        self.preview_timer.timeout.connect(self.update_preview)
        controller.stateChanged.connect(self.state_changed)

    def state_changed(self) -> None:
        sees = self.controller.room_sees
        text = _ROOM[sees]
        state = self.controller.state
        where = ""
        if sees is not RoomSees.CLOSED and state.screen:
            # On the status's tooltip, not a line of its own: the dock fits a laptop's height.
            where = (
                QCoreApplication.translate("RoomSection", "On {screen}, full screen")
                if state.fullscreen
                else QCoreApplication.translate("RoomSection", "On {screen}, a window")
            ).format(screen=state.screen)
        self.room.setText(QCoreApplication.translate("RoomSection", text))
        self.room.setToolTip(where)
        self.room.setAccessibleDescription(where)
        self.show_live()
        set_state(self.room, "roomSees", sees.value)  # its colours: ui/theme.qss
        self.schedule_preview()

    def show_live(self) -> None:
        """"Room sees: …" always; "You are looking at: …" (and Show in room) when different."""
        ctx = self.panel.ctx
        doc = ctx.doc if ctx is not None else None
        state = self.controller.state
        live = read.activity(doc, state.activity_id) if doc and state.activity_id else None
        if doc is None:
            self.live_title.setText("")
        else:
            name = (
                own_direction(live.title)
                if live is not None
                else QCoreApplication.translate("RoomSection", "the welcome")
            )
            if state.spotlight is not None:
                spotlit = (
                    QCoreApplication.translate(
                        "RoomSection", "a note in the spotlight (Esc returns) — {name}"
                    )
                    if state.spotlight.kind == room.NOTE
                    else QCoreApplication.translate(
                        "RoomSection", "a cluster in the spotlight (Esc returns) — {name}"
                    )
                )
                name = spotlit.format(name=name)
            elif state.agenda:
                name = QCoreApplication.translate("RoomSection", "the agenda — {name}").format(
                    name=name
                )
            self.live_title.setText(
                QCoreApplication.translate("RoomSection", "Room sees: {name}").format(name=name)
            )
        looking = self.panel.activity_id if doc is not None else None
        different = looking is not None and looking != state.activity_id
        shown = read.activity(doc, looking) if doc and looking is not None and different else None
        self.looking_at.setText(
            QCoreApplication.translate("RoomSection", "You are looking at: {title}").format(
                title=own_direction(shown.title)
            )
            if shown
            else ""
        )
        self.looking_at.setVisible(shown is not None)
        self.show_in_room.setEnabled(shown is not None)
        pages = self.controller.page_count()
        self.page.setText(
            QCoreApplication.translate("RoomSection", "Page {page} of {pages}").format(
                page=self.controller.page_index() + 1, pages=pages
            )
        )
        paging = doc is not None and pages > 1
        if paging:
            self.controller.arrow_icons()
        for widget in (self.page, self.page_prev, self.page_next):
            widget.setVisible(paging)

    def schedule_preview(self) -> None:
        if self.widget.isVisible() and not self.preview_timer.isActive():
            self.preview_timer.start()

    def update_preview(self) -> None:
        """Draw a small copy of what the room sees (or would see, when the projector is closed)."""
        if self.panel.ctx is None:
            self.preview.clear()
            return
        size = self.preview.picture_size()
        self.preview.setPixmap(self.controller.window.render_preview(size))

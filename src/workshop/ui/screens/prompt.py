"""The screen for activities without one of their own: the prompt, the timebox, the notes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from workshop.storage import read
from workshop.storage.changes import Change
from workshop.ui.screens.base import ActivityScreen, ScreenContext
from workshop.ui.theme import set_role
from workshop.ui.words import own_direction


class PromptScreen(ActivityScreen):
    def __init__(self, ctx: ScreenContext, activity_id: int, parent: QWidget | None = None):
        super().__init__(ctx, activity_id, parent)
        self.setObjectName("promptScreen")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        self.title = QLabel(objectName="promptTitle")
        self.title.setWordWrap(True)
        self.prompt = QLabel(objectName="promptText")
        self.prompt.setWordWrap(True)
        self.prompt.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes = QLabel(objectName="promptFacilitatorNotes")
        self.notes.setWordWrap(True)
        set_role(self.notes, "muted")
        for widget in (self.title, self.prompt, self.notes):
            layout.addWidget(widget)
        layout.addStretch(1)
        self._load()

    def _load(self) -> None:
        activity = read.activity(self.ctx.doc, self.activity_id)
        if activity is None:
            return
        self.title.setText(own_direction(activity.title))
        self.prompt.setText(
            activity.prompt
            or QCoreApplication.translate("PromptScreen", "No prompt for the room yet.")
        )
        self.prompt.setAccessibleName(
            QCoreApplication.translate("PromptScreen", "Prompt shown to the room")
        )
        notes = activity.facilitator_notes
        self.notes.setText(
            QCoreApplication.translate(
                "PromptScreen", "Facilitator notes (never shown to the room): {notes}"
            ).format(notes=notes)
            if notes
            else ""
        )

    def on_change(self, change: Change) -> None:
        if self.activity_id in change.ids("activities"):
            self._load()

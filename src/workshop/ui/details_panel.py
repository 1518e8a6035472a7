"""The workshop's own details: title, date, venue, facilitator, goal, anonymity, timing, language.

Each field is saved when you leave it (or press Enter); there is no Save button.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from workshop.domain.languages import LANGUAGES, SHIPPED
from workshop.storage import read
from workshop.storage.changes import Change
from workshop.storage.ops.details import update_details
from workshop.ui.screens.base import ScreenContext
from workshop.ui.theme import set_role
from workshop.ui.widgets import buddy_label


class CommittingTextEdit(QPlainTextEdit):
    """A multi-line field that reports when the user leaves it."""

    editingFinished = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()


class DetailsPanel(QWidget):
    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("detailsPanel")
        form = QFormLayout(self)
        self.title = self._line(
            "detailsTitle", QCoreApplication.translate("DetailsPanel", "Workshop title")
        )
        self.setFocusProxy(self.title)  # View › Details (Ctrl+3) lands here
        self.date = self._line(
            "detailsDate",
            QCoreApplication.translate("DetailsPanel", "Date"),
            QCoreApplication.translate("DetailsPanel", "YYYY-MM-DD"),
        )
        self.venue = self._line("detailsVenue", QCoreApplication.translate("DetailsPanel", "Venue"))
        self.facilitator = self._line(
            "detailsFacilitator", QCoreApplication.translate("DetailsPanel", "Facilitator")
        )
        self.start_time = self._line(
            "detailsStart",
            QCoreApplication.translate("DetailsPanel", "Start time"),
            QCoreApplication.translate("DetailsPanel", "HH:MM"),
        )
        self.available = QSpinBox(self, objectName="detailsAvailable")
        self.available.setAccessibleName(
            QCoreApplication.translate("DetailsPanel", "Time available in minutes")
        )
        self.available.setRange(0, 7 * 24 * 60)
        self.available.setSingleStep(15)
        self.available.setSuffix(QCoreApplication.translate("DetailsPanel", " min"))
        self.available.setSpecialValueText(QCoreApplication.translate("DetailsPanel", "not set"))
        self.goal = CommittingTextEdit(self)
        self.goal.setObjectName("detailsGoal")
        self.goal.setAccessibleName(QCoreApplication.translate("DetailsPanel", "Goal of the day"))
        self.goal.setTabChangesFocus(True)
        self.goal.setMaximumHeight(120)
        self.anonymous = QCheckBox(
            QCoreApplication.translate(
                "DetailsPanel", "Hide who wrote what (anonymous by default)"
            ),
            self,
        )
        self.anonymous.setObjectName("detailsAnonymous")
        self.anonymous.setAccessibleName(
            QCoreApplication.translate("DetailsPanel", "Anonymous by default")
        )
        # The room's language (handout, projector), apart from the laptop's own.
        self.language = QComboBox(self, objectName="detailsLanguage")
        self.language.setAccessibleName(
            QCoreApplication.translate("DetailsPanel", "Workshop language")
        )
        # The longest item must not widen the whole window on a 1366-px laptop.
        self.language.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.language.setMinimumContentsLength(14)
        self.language.setToolTip(
            QCoreApplication.translate(
                "DetailsPanel",
                "The language of the handout's labels, dates and numbers and of the projector,"
                " whatever the language of this app",
            )
        )
        for code, name in sorted(LANGUAGES.items(), key=lambda item: (item[0] not in SHIPPED,
                                                                     item[1].casefold())):
            suffix = "" if code in SHIPPED else " (dates; words in English)"
            self.language.addItem(f"{name}{suffix}", code)

        form.addRow(QCoreApplication.translate("DetailsPanel", "&Title"), self.title)
        form.addRow(
            QCoreApplication.translate("DetailsPanel", "Date"), self.date
        )  # Alt+D is the Details tab
        form.addRow(
            QCoreApplication.translate("DetailsPanel", "Ven&ue"), self.venue
        )  # Alt+V, Alt+F: menus
        form.addRow(QCoreApplication.translate("DetailsPanel", "Faci&litator"), self.facilitator)
        form.addRow(QCoreApplication.translate("DetailsPanel", "&Goal of the day"), self.goal)
        form.addRow(QCoreApplication.translate("DetailsPanel", "&Starts at"), self.start_time)
        form.addRow(QCoreApplication.translate("DetailsPanel", "Time availa&ble"), self.available)
        form.addRow(
            buddy_label(
                QCoreApplication.translate("DetailsPanel", "Language of the &room"),
                self.language,
                self,
            ),
            self.language,
        )
        form.addRow("", self.anonymous)
        hint = QLabel(
            QCoreApplication.translate(
                "DetailsPanel", "Changes are saved as you go. Ctrl+Z undoes them."
            )
        )
        set_role(hint, "muted")
        form.addRow("", hint)

        self._bind_line(self.title, "title")
        self._bind_line(self.date, "date")
        self._bind_line(self.venue, "venue")
        self._bind_line(self.facilitator, "facilitator")
        self._bind_line(self.start_time, "start_time")
        self.goal.editingFinished.connect(lambda: self._save("goal", self.goal.toPlainText()))
        self.available.editingFinished.connect(
            lambda: self._save("available_minutes", self.available.value())
        )
        self.anonymous.toggled.connect(lambda on: self._save("anonymous", on))
        self.language.activated.connect(
            lambda _index: self._save("language", self.language.currentData())
        )
        self.reload()

    def _line(self, name: str, accessible: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setPlaceholderText(placeholder)
        return edit

    def _bind_line(self, edit: QLineEdit, field: str) -> None:
        edit.editingFinished.connect(lambda: self._save(field, edit.text()))

    def _save(self, field: str, value: object) -> None:
        current = getattr(read.details(self.ctx.doc), field)
        if current == value or (isinstance(value, str) and current == value.strip()):
            return
        change = self.ctx.runner.run(update_details, merge_key=None, **{field: value})
        if change is None:
            self.reload()  # refused: show what is stored

    def reload(self) -> None:
        # Showing what is stored is not an edit: the inputs stay silent meanwhile.
        inputs = (self.title, self.date, self.venue, self.facilitator, self.start_time,
                  self.goal, self.available, self.anonymous, self.language)
        blockers = [QSignalBlocker(widget) for widget in inputs]
        details = read.details(self.ctx.doc)
        setters: list[tuple[Callable[[str], None], str, QWidget]] = [
            (self.title.setText, details.title, self.title),
            (self.date.setText, details.date, self.date),
            (self.venue.setText, details.venue, self.venue),
            (self.facilitator.setText, details.facilitator, self.facilitator),
            (self.start_time.setText, details.start_time, self.start_time),
        ]
        for setter, value, widget in setters:
            if not widget.hasFocus():
                setter(value)
        if not self.goal.hasFocus():
            self.goal.setPlainText(details.goal)
        if not self.available.hasFocus():
            self.available.setValue(details.available_minutes)
        self.anonymous.setChecked(details.anonymous)
        self.language.setCurrentIndex(max(0, self.language.findData(details.language)))
        for blocker in blockers:
            blocker.unblock()

    def on_change(self, change: Change) -> None:
        if change.touches("workshop"):
            self.reload()

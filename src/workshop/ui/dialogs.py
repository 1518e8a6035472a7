"""Form dialogs (Designer files in ``ui/``) that ask for the values of one thing.

Each ``ask_*`` function returns the values, or None when cancelled. Panels take
these functions as parameters so tests can answer them without a modal loop.
``confirm`` is the one Yes/Cancel question every screen asks before a step it should not
take unasked (adding many notes, replacing files, recording a tally); ``choose`` asks the
questions with more answers (move or leave grouped notes, keep voters in a shared copy).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from workshop.domain.languages import LANGUAGES
from workshop.domain.models import Activity, ActivityKind, Participant
from workshop.domain.templates import Template
from workshop.kinds import spec_for
from workshop.ui.forms import child, load_form
from workshop.ui.tr import QT_TRANSLATE_NOOP
from workshop.ui.words import kind_label


@dataclass(frozen=True, slots=True)
class ActivityInput:
    kind: ActivityKind
    title: str
    prompt: str
    timebox_minutes: int
    facilitator_notes: str
    anonymous: bool | None


@dataclass(frozen=True, slots=True)
class ParticipantInput:
    name: str
    organisation: str
    colour: str


@dataclass(frozen=True, slots=True)
class NewWorkshopInput:
    title: str
    template: Template | None


Answer = QMessageBox.StandardButton


def choose(
    parent: QWidget | None,
    title: str,
    text: str,
    answers: Sequence[str | Answer],
    *,
    default: int = 0,
    escape: int | None = None,
) -> int | None:
    """Ask a question; the number of the answer given (None: the box closed unanswered).
    An answer is a label in the caller's words (the first accepts, the others decline) or
    one of Qt's standard buttons, which Qt translates itself. Enter gives ``default``; Esc
    and closing give ``escape`` (default: the last answer)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, Answer.NoButton, parent)
    box.setObjectName("questionBox")
    buttons = [
        box.addButton(answer, _ROLES[n == 0]) if isinstance(answer, str) else box.addButton(answer)
        for n, answer in enumerate(answers)
    ]
    box.setDefaultButton(buttons[default])
    box.setEscapeButton(buttons[len(buttons) - 1 if escape is None else escape])
    box.exec()
    clicked = box.clickedButton()
    return next((n for n, button in enumerate(buttons) if button is clicked), None)


_ROLES = {True: QMessageBox.ButtonRole.AcceptRole, False: QMessageBox.ButtonRole.RejectRole}


def confirm(
    parent: QWidget | None,
    title: str,
    text: str,
    confirm_label: str | Answer = Answer.Yes,
    *,
    refuse_label: str | Answer = Answer.Cancel,
    default: bool = True,
) -> bool:
    """A question with two answers: True for the confirming one. Enter gives the
    ``default`` answer (``False`` where going ahead loses something, e.g. a file
    replaced); Esc and closing the box never confirm."""
    answer = choose(
        parent, title, text, [confirm_label, refuse_label], default=0 if default else 1
    )
    return answer == 0


_ANONYMITY = [
    (QT_TRANSLATE_NOOP("ActivityForm", "Follow the workshop setting"), None),
    (QT_TRANSLATE_NOOP("ActivityForm", "Hide authors"), True),
    (QT_TRANSLATE_NOOP("ActivityForm", "Show authors"), False),
]


class ActivityForm:
    def __init__(self, parent: QWidget | None, activity: Activity | None) -> None:
        self.dialog: QDialog = load_form("activity_dialog", parent)  # type: ignore[assignment]
        self.dialog.setWindowTitle(
            QCoreApplication.translate("ActivityForm", "Edit activity")
            if activity
            else QCoreApplication.translate("ActivityForm", "Add activity")
        )
        self.kind = child(self.dialog, QComboBox, "kindCombo")
        self.title = child(self.dialog, QLineEdit, "titleEdit")
        self.prompt = child(self.dialog, QPlainTextEdit, "promptEdit")
        self.timebox = child(self.dialog, QSpinBox, "timeboxSpin")
        self.anonymity = child(self.dialog, QComboBox, "anonymityCombo")
        self.notes = child(self.dialog, QPlainTextEdit, "notesEdit")
        for kind in ActivityKind:
            spec = spec_for(kind)
            self.kind.addItem(QIcon.fromTheme(spec.icon), kind_label(kind), kind.value)
        for label, value in _ANONYMITY:
            self.anonymity.addItem(QCoreApplication.translate("ActivityForm", label), value)
        if activity is not None:
            self.kind.setCurrentIndex(self.kind.findData(activity.kind.value))
            self.title.setText(activity.title)
            self.prompt.setPlainText(activity.prompt)
            self.timebox.setValue(activity.timebox_minutes)
            self.anonymity.setCurrentIndex(
                [value for _, value in _ANONYMITY].index(activity.anonymous)
            )
            self.notes.setPlainText(activity.facilitator_notes)
        else:
            self.kind.setCurrentIndex(self.kind.findData(ActivityKind.BRAINSTORM.value))
        self.title.setFocus()

    def values(self) -> ActivityInput:
        return ActivityInput(
            ActivityKind(self.kind.currentData()),
            self.title.text(),
            self.prompt.toPlainText(),
            self.timebox.value(),
            self.notes.toPlainText(),
            self.anonymity.currentData(),
        )


def ask_activity(parent: QWidget | None, activity: Activity | None) -> ActivityInput | None:
    form = ActivityForm(parent, activity)
    return form.values() if form.dialog.exec() == QDialog.DialogCode.Accepted else None


class ParticipantForm:
    def __init__(self, parent: QWidget | None, participant: Participant | None) -> None:
        self.dialog: QDialog = load_form("participant_dialog", parent)  # type: ignore[assignment]
        self.dialog.setWindowTitle(
            QCoreApplication.translate("ParticipantForm", "Edit participant")
            if participant
            else QCoreApplication.translate("ParticipantForm", "Add participant")
        )
        self.name = child(self.dialog, QLineEdit, "nameEdit")
        self.organisation = child(self.dialog, QLineEdit, "organisationEdit")
        self.colour = child(self.dialog, QLineEdit, "colourEdit")
        if participant is not None:
            self.name.setText(participant.name)
            self.organisation.setText(participant.organisation)
            self.colour.setText(participant.colour)

    def values(self) -> ParticipantInput:
        return ParticipantInput(self.name.text(), self.organisation.text(), self.colour.text())


def ask_participant(
    parent: QWidget | None, participant: Participant | None
) -> ParticipantInput | None:
    form = ParticipantForm(parent, participant)
    return form.values() if form.dialog.exec() == QDialog.DialogCode.Accepted else None


class NewWorkshopForm:
    def __init__(self, parent: QWidget | None, templates: list[Template]) -> None:
        self.dialog: QDialog = load_form("new_workshop_dialog", parent)  # type: ignore[assignment]
        self.title = child(self.dialog, QLineEdit, "titleEdit")
        self.template = child(self.dialog, QComboBox, "templateCombo")
        self.description = child(self.dialog, QLabel, "templateDescription")
        self.templates = templates
        for template in templates:
            language = LANGUAGES.get(template.language, template.language)
            shown = template.name if template.language == "en" else f"{template.name} — {language}"
            self.template.addItem(shown, template.key)
        preferred = self.template.findData("collaboration-kickoff")
        self.template.currentIndexChanged.connect(self._describe)
        self.template.setCurrentIndex(max(preferred, 0))
        self._describe()

    def _describe(self) -> None:
        template = self.selected()
        self.description.setText(template.description if template else "")

    def selected(self) -> Template | None:
        key = self.template.currentData()
        return next((t for t in self.templates if t.key == key), None)

    def values(self) -> NewWorkshopInput:
        return NewWorkshopInput(self.title.text().strip() or "Untitled workshop", self.selected())


def ask_new_workshop(parent: QWidget | None, templates: list[Template]) -> NewWorkshopInput | None:
    form = NewWorkshopForm(parent, templates)
    return form.values() if form.dialog.exec() == QDialog.DialogCode.Accepted else None

"""Who is in the room: quick add by keyboard, paste or import a list, edit, remove."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.errors import ValidationError
from workshop.domain.models import Participant
from workshop.domain.roster import ROSTER_MAX_BYTES, parse_roster
from workshop.storage import read
from workshop.storage.changes import Change
from workshop.storage.ops import participants as participant_ops
from workshop.ui.dialogs import ParticipantInput, ask_participant
from workshop.ui.rows_model import Column, RowsModel, RowsView
from workshop.ui.screens.base import ScreenContext
from workshop.ui.widgets import compact, make_button, widget_shortcut
from workshop.ui.words import error_text

AskParticipant = Callable[[QWidget | None, Participant | None], ParticipantInput | None]
AskText = Callable[[QWidget | None], str | None]
AskPath = Callable[[QWidget | None], Path | None]

_NAME, _ORGANISATION, _COLOUR = range(3)


def pasted_list_dialog(parent: QWidget | None) -> tuple[QDialog, QPlainTextEdit]:
    """The Paste list dialog: Enter starts a new line, so Ctrl+Enter is its OK."""
    dialog = QDialog(parent)
    dialog.setObjectName("rosterPasteDialog")
    dialog.setWindowTitle(
        QCoreApplication.translate("ParticipantsPanel", "Paste a list of participants")
    )
    text = QPlainTextEdit(dialog)
    text.setObjectName("rosterPaste")
    text.setAccessibleName(QCoreApplication.translate("ParticipantsPanel", "List of participants"))
    text.setPlaceholderText(
        QCoreApplication.translate(
            "ParticipantsPanel",
            "One person per line:\nAna Silva, Riverside Library\nBen Ode, Youth Forum",
        )
    )
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(QCoreApplication.translate("ParticipantsPanel", "Add them"))
    ok.setToolTip(
        QCoreApplication.translate("ParticipantsPanel", "Add everyone listed (Ctrl+Enter)")
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    for keys in ("Ctrl+Return", "Ctrl+Enter"):
        QShortcut(QKeySequence(keys), dialog).activated.connect(dialog.accept)
    layout = QVBoxLayout(dialog)
    hint = QLabel(
        QCoreApplication.translate(
            "ParticipantsPanel",
            "One person per line: name, then organisation after a comma or tab. "
            "Ctrl+Enter adds them.",
        ),
        dialog,
    )
    hint.setWordWrap(True)
    layout.addWidget(hint)
    layout.addWidget(text)
    layout.addWidget(buttons)
    dialog.resize(480, 360)
    return dialog, text


def ask_pasted_list(parent: QWidget | None) -> str | None:
    dialog, text = pasted_list_dialog(parent)
    return text.toPlainText() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_csv_path(parent: QWidget | None) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ParticipantsPanel", "Import participants"),
        "",
        QCoreApplication.translate("ParticipantsPanel", "CSV or text (*.csv *.txt);;All files (*)"),
    )
    return Path(name) if name else None


class ParticipantsPanel(QWidget):
    def __init__(
        self,
        ctx: ScreenContext,
        parent: QWidget | None = None,
        *,
        ask: AskParticipant = ask_participant,
        ask_list: AskText = ask_pasted_list,
        ask_path: AskPath = ask_csv_path,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ask, self.ask_list, self.ask_path = ask, ask_list, ask_path
        self.setObjectName("participantsPanel")

        self.name_edit = QLineEdit(self, objectName="participantName")
        self.name_edit.setPlaceholderText(QCoreApplication.translate("ParticipantsPanel", "Name"))
        self.name_edit.setAccessibleName(
            QCoreApplication.translate("ParticipantsPanel", "New participant name")
        )
        self.setFocusProxy(self.name_edit)  # View › Participants (Ctrl+2) lands here
        self.organisation_edit = QLineEdit(self, objectName="participantOrganisation")
        self.organisation_edit.setPlaceholderText(
            QCoreApplication.translate("ParticipantsPanel", "Organisation (optional)")
        )
        self.organisation_edit.setAccessibleName(
            QCoreApplication.translate("ParticipantsPanel", "New participant organisation")
        )
        self.organisation_completer = QCompleter([], self)
        self.organisation_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.organisation_edit.setCompleter(self.organisation_completer)
        add = self._button(
            QCoreApplication.translate("ParticipantsPanel", "Add"),
            "participantAdd",
            QCoreApplication.translate("ParticipantsPanel", "Add participant (Enter)"),
            self.add_typed,
        )
        self.name_edit.returnPressed.connect(self.add_typed)
        self.organisation_edit.returnPressed.connect(self.add_typed)
        quick = QHBoxLayout()
        quick.addWidget(self.name_edit, 2)
        quick.addWidget(self.organisation_edit, 2)
        quick.addWidget(add)

        self.model: RowsModel[Participant] = RowsModel(
            [
                Column(
                    QCoreApplication.translate("ParticipantsPanel", "Name"),
                    lambda p: p.name,
                    edit=lambda p, text: self._rename(p, str(text), p.organisation),
                ),
                Column(
                    QCoreApplication.translate("ParticipantsPanel", "Organisation"),
                    lambda p: p.organisation,
                    edit=lambda p, text: self._rename(p, p.name, str(text)),
                ),
                # The colour in words too (its code, or "none"), never as a fill alone.
                Column(
                    QCoreApplication.translate("ParticipantsPanel", "Colour"),
                    lambda p: p.colour or "none",
                    roles=_swatch,
                ),
            ],
            key=lambda p: p.id,
            read=lambda: read.participants(self.ctx.doc),
            parent=self,
        )
        self.table = RowsView(self.model, self)
        self.table.setObjectName("participantsTable")
        self.table.setAccessibleName(
            QCoreApplication.translate("ParticipantsPanel", "Participants")
        )
        self.table.horizontalHeader().setSectionResizeMode(_NAME, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            _ORGANISATION, QHeaderView.ResizeMode.Stretch
        )
        widget_shortcut(self.table, "Delete", self.remove_selected)

        actions = QHBoxLayout()
        actions.addWidget(
            self._button(
                QCoreApplication.translate("ParticipantsPanel", "Paste list…"),
                "participantPaste",
                QCoreApplication.translate("ParticipantsPanel", "Paste a list (Ctrl+Shift+V)"),
                self.paste_list,
            )
        )
        paste = QShortcut(QKeySequence("Ctrl+Shift+V"), self)
        paste.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        paste.activated.connect(self.paste_list)
        actions.addWidget(
            self._button(
                QCoreApplication.translate("ParticipantsPanel", "Import CSV…"),
                "participantImport",
                QCoreApplication.translate("ParticipantsPanel", "Import a CSV file"),
                self.import_csv,
            )
        )
        actions.addWidget(
            self._button(
                QCoreApplication.translate("ParticipantsPanel", "Edit…"),
                "participantEdit",
                QCoreApplication.translate("ParticipantsPanel", "Edit participant"),
                self.edit,
            )
        )
        actions.addWidget(
            self._button(
                QCoreApplication.translate("ParticipantsPanel", "Remove"),
                "participantRemove",
                QCoreApplication.translate("ParticipantsPanel", "Remove participants (Delete)"),
                self.remove_selected,
            )
        )
        self.summary = QLabel(self, objectName="participantsSummary")
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        actions.addWidget(self.summary, 1)  # the spare room: one line when it fits

        layout = QVBoxLayout(self)
        layout.addLayout(quick)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self.reload()

    def _button(self, text: str, name: str, tip: str, slot: Callable[[], object]) -> QPushButton:
        # Buttons shrink to their text: the tab fits a laptop beside the agenda and run panel.
        button = make_button(self, text, name, tip, slot)
        compact(button)
        return button

    # ------------------------------------------------------------------ state

    def reload(self) -> None:
        self.model.reload()
        people = self.model.rows()
        organisations = read.organisations(self.ctx.doc)
        self.organisation_completer.model().setStringList(organisations)  # type: ignore[attr-defined]
        self.summary.setText(_summary(len(people), len(organisations)))

    def on_change(self, change: Change) -> None:
        if change.touches("participants"):
            self.reload()

    def selected_ids(self) -> list[int]:
        return [int(key) for key in self.table.selected_keys()]

    # ---------------------------------------------------------------- actions

    def add_typed(self) -> None:
        change = self.ctx.runner.run(
            participant_ops.add_participant, self.name_edit.text(), self.organisation_edit.text()
        )
        if change is not None:
            self.name_edit.clear()
            # Keep the organisation: the next person is often from the same one.
            self.name_edit.setFocus()

    def paste_list(self) -> None:
        text = self.ask_list(self)
        if text is not None:
            self._add_roster(text)

    def import_csv(self) -> None:
        path = self.ask_path(self)
        if path is None:
            return
        try:
            if path.stat().st_size > ROSTER_MAX_BYTES:
                self.ctx.runner.report(
                    QCoreApplication.translate(
                        "ParticipantsPanel",
                        "“{name}” is too large for a list of people (at most {size} KB).",
                    ).format(name=path.name, size=f"{ROSTER_MAX_BYTES // 1024:,}")
                )
                return
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            self.ctx.runner.report(
                QCoreApplication.translate(
                    "ParticipantsPanel", "“{name}” could not be read as a text file: {error}."
                ).format(name=path.name, error=error_text(exc))
            )
            return
        self._add_roster(text)

    def _add_roster(self, text: str) -> None:
        try:
            entries = parse_roster(text)
        except ValidationError as exc:
            self.ctx.runner.report(error_text(exc))
            return
        self.ctx.runner.run(participant_ops.add_participants, entries)

    def edit(self) -> None:
        ids = self.selected_ids()
        person = read.participant(self.ctx.doc, ids[0]) if ids else None
        if person is None:
            return
        values = self.ask(self, person)
        if values is not None:
            self.ctx.runner.run(
                participant_ops.update_participant,
                person.id,
                values.name,
                values.organisation,
                values.colour,
            )

    def remove_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.ctx.runner.run(participant_ops.remove_participants, ids)

    def _rename(self, person: Participant, name: str, organisation: str) -> bool:
        """A name or organisation typed in the table: one undo step, or refused (said why)."""
        change = self.ctx.runner.run(
            participant_ops.update_participant, person.id, name, organisation, person.colour
        )
        return change is not None and not change.is_empty


def _swatch(person: Participant) -> dict[Qt.ItemDataRole, object]:
    return {Qt.ItemDataRole.BackgroundRole: QColor(person.colour)} if person.colour else {}


def _summary(people: int, organisations: int) -> str:
    who = QCoreApplication.translate("ParticipantsPanel", "%n participant(s)", None, people)
    if not organisations:
        return who
    orgs = QCoreApplication.translate(
        "ParticipantsPanel", "%n organisation(s)", None, organisations
    )
    return QCoreApplication.translate("ParticipantsPanel", "{people} from {organisations}").format(
        people=who, organisations=orgs
    )

"""A line edit that chooses a party (a participant or an organisation) by type-ahead."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from workshop.domain.reciprocity import Party, PartyDirectory
from workshop.ui.tr import translate


class PartyEdit(QLineEdit):
    """Type the start of a name or an organisation; :meth:`party` resolves what was typed."""

    def __init__(self, parent: QWidget | None = None, *, optional: bool = False) -> None:
        super().__init__(parent)
        self.optional = optional
        self.directory = PartyDirectory([])
        self._names = QStringListModel(self)
        self.completer_ = QCompleter(self._names, self)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        # Inline: the rest of the first matching name appears selected as you type (no popup
        # stealing focus, so fast typists keep going); Tab or Enter accepts it.
        self.completer_.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
        self.completer_.setModelSorting(QCompleter.ModelSorting.UnsortedModel)
        self.setCompleter(self.completer_)
        self.setPlaceholderText(
            translate("PartyEdit", "Owner (optional): a person or an organisation") if optional
            else translate("PartyEdit", "Who: a person or an organisation")
        )

    def set_directory(self, directory: PartyDirectory) -> None:
        self.directory = directory
        self._names.setStringList(directory.choices())

    def party(self) -> Party | None:
        """The chosen party; None when optional and empty. Raises ValidationError otherwise."""
        if self.optional and not self.text().strip():
            return None
        return self.directory.resolve(self.text())

    def set_party(self, party: Party | None) -> None:
        self.setText("" if party is None else self.directory.choice(party))

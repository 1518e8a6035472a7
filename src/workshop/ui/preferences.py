"""Edit › Preferences…: what belongs to this laptop rather than to a workshop (the UI language).

The language applies when Workshop starts again: re-translating every open window in place
would need each of them to rebuild its texts, and a restart between workshops is cheap.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from workshop.ui.language import SYSTEM, UI_LANGUAGES, resolve
from workshop.ui.settings import AppSettings


class PreferencesDialog(QDialog):
    def __init__(self, settings: AppSettings, current: str, parent: QWidget | None = None) -> None:
        """``current``: the language the UI runs in now (to say whether a restart is due)."""
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(QCoreApplication.translate("PreferencesDialog", "Preferences"))
        self._settings = settings
        self._current = current
        self.language = QComboBox(self)
        self.language.setObjectName("languageChoice")
        self.language.addItem(
            QCoreApplication.translate("PreferencesDialog", "System language"), SYSTEM
        )
        for language in UI_LANGUAGES:
            self.language.addItem(language.native_name, language.code)
        index = self.language.findData(settings.ui_language())
        self.language.setCurrentIndex(max(index, 0))
        self.language.setAccessibleName(
            QCoreApplication.translate("PreferencesDialog", "Language of the app")
        )
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("PreferencesDialog", "&Language:"), self.language)
        self.note = QLabel(
            QCoreApplication.translate(
                "PreferencesDialog",
                "The new language applies when Workshop starts again. Handouts and the "
                "projector follow each workshop's own language (Details).",
            ),
            self,
        )
        self.note.setObjectName("languageNote")
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)

    def chosen(self) -> str:
        return str(self.language.currentData())

    def needs_restart(self) -> bool:
        """Whether the chosen language differs from the one the UI runs in now."""
        return resolve(self.chosen(), QLocale.system()) != self._current

    def accept(self) -> None:
        self._settings.set_ui_language(self.chosen())
        self._settings.sync()
        super().accept()

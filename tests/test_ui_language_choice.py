"""The laptop's UI language: chosen in Preferences or from the system, loaded at start."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from helpers.windows import main_window, silent_questions
from workshop.ui import language
from workshop.ui.preferences import PreferencesDialog
from workshop.ui.settings import AppSettings


@pytest.mark.parametrize(
    ("choice", "system", "expected"),
    [
        ("pl", "en_GB", "pl"),  # the choice in Preferences wins
        ("", "pl_PL", "pl"),  # "System language": the system's, when shipped
        ("", "es_MX", "es"),
        ("", "ar_EG", "ar"),
        ("", "de_DE", "en"),  # not shipped: English
        ("xx", "pl_PL", "pl"),  # an unknown saved value counts as "System language"
    ],
)
def test_the_language_is_the_choice_else_the_systems_else_english(
    choice: str, system: str, expected: str
) -> None:
    assert language.resolve(choice, QLocale(system)) == expected


def test_the_choice_is_kept_in_the_laptops_settings(tmp_path: Path) -> None:
    settings = AppSettings(tmp_path / "settings.ini")
    assert settings.ui_language() == language.SYSTEM
    settings.set_ui_language("ar")
    settings.sync()
    assert AppSettings(tmp_path / "settings.ini").ui_language() == "ar"


@pytest.fixture
def installed(qapp: QApplication) -> Iterator[list[object]]:
    held: list[object] = []
    yield held
    language.uninstall(qapp, held)  # type: ignore[arg-type]


def test_polish_translates_the_ui_and_qts_own_dialogs(
    qapp: QApplication, installed: list[object]
) -> None:
    installed.extend(language.install(qapp, "pl"))
    assert len(installed) == 2, "qtbase_pl and workshop_pl"
    translate = QCoreApplication.translate
    assert translate("PreferencesDialog", "Preferences") == "Preferencje"
    assert translate("kinds", "Brainstorm") == "Burza mózgów"
    # Polish plurals have three forms: 1, 2–4 (22–24 …), 5+ (and 12–14).
    forms = [translate("FindBar", "%n match(es)", None, n) for n in (1, 3, 5, 12, 22)]
    assert forms == ["1 wynik", "3 wyniki", "5 wyników", "12 wyników", "22 wyniki"]
    assert translate("QPlatformTheme", "Cancel") == "Anuluj"  # Qt's own buttons
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_arabic_turns_the_ui_right_to_left(qapp: QApplication, installed: list[object]) -> None:
    installed.extend(language.install(qapp, "ar"))
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    language.uninstall(qapp, installed)  # type: ignore[arg-type]
    installed.clear()
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_english_has_its_own_plural_forms(qapp: QApplication) -> None:
    """Loaded at start (and by the tests' qapp): "1 match", not "1 match(es)"."""
    translate = QCoreApplication.translate
    assert translate("FindBar", "%n match(es)", None, 1) == "1 match"
    assert translate("FindBar", "%n match(es)", None, 4) == "4 matches"


def test_preferences_lists_each_language_in_its_own_name_and_saves_the_choice(
    qtbot: QtBot, tmp_path: Path
) -> None:
    settings = AppSettings(tmp_path / "settings.ini")
    dialog = PreferencesDialog(settings, "en")
    qtbot.addWidget(dialog)
    combo = dialog.language
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names == ["System language", "English", "Polski", "Español", "العربية"]
    assert combo.currentData() == language.SYSTEM
    assert "starts again" in dialog.note.text()
    combo.setCurrentIndex(combo.findData("pl"))
    assert dialog.needs_restart()
    dialog.accept()
    assert AppSettings(tmp_path / "settings.ini").ui_language() == "pl"
    again = PreferencesDialog(settings, "pl")
    qtbot.addWidget(again)
    assert again.language.currentData() == "pl" and not again.needs_restart()


def test_edit_preferences_is_in_the_menu_with_ctrl_comma(qtbot: QtBot, data_dir: Path) -> None:
    window = main_window(data_dir, silent_questions([]))
    qtbot.addWidget(window)
    action = next(a for a in window.edit_menu.actions() if a.objectName() == "actionPreferences")
    assert action.shortcut() == QKeySequence("Ctrl+,")
    assert action.text() == "Pr&eferences…"


def test_the_workshops_own_words_keep_their_direction(qapp: QApplication) -> None:
    """A Polish title in the Arabic UI keeps its question mark at its end, and the line
    still aligns right to left; an Arabic title in an English UI likewise the other way."""
    from workshop.ui.words import LRM, RLM, own_direction

    assert own_direction("Jak się czujemy?") == "Jak się czujemy?"  # English UI: as it is
    assert own_direction("كيف حالنا؟") == f"{LRM}كيف حالنا؟{RLM}"
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        assert own_direction("Jak się czujemy?") == f"{RLM}Jak się czujemy?{LRM}"
        assert own_direction("كيف حالنا؟") == "كيف حالنا؟"
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

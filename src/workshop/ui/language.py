"""The language of the laptop's UI: which Qt translations to load, and the layout direction.

The UI language is a property of this laptop (Preferences, or the system locale), not of
the workshop: what the room sees follows the workshop's own language (``workshop.catalogue``).
Chosen once at start-up and passed in; nothing here is global but the translators Qt holds.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from workshop.resources import resources_dir

#: The setting's value for "follow the system locale".
SYSTEM = ""
#: The UI's source language: no translator needed.
SOURCE = "en"
#: Languages written right to left: the whole UI is mirrored for them.
RIGHT_TO_LEFT = frozenset({"ar", "fa", "he", "ur"})


class UiLanguage(NamedTuple):
    """A shipped UI language. (A named tuple: read by attribute only, and about half the
    start-up cost of a dataclass, whose methods are compiled at import.)"""

    code: str
    #: The language's own name, shown untranslated so a reader of it can find it.
    native_name: str


#: The UI languages shipped, in the order the Preferences list shows them.
UI_LANGUAGES: tuple[UiLanguage, ...] = (
    UiLanguage("en", "English"),
    UiLanguage("pl", "Polski"),
    UiLanguage("es", "Español"),
    UiLanguage("ar", "العربية"),
)
CODES = frozenset(language.code for language in UI_LANGUAGES)


def translations_dir() -> Path:
    """The compiled ``workshop_<lang>.qm`` files and their ``.ts`` sources."""
    return resources_dir() / "translations"


def _qt_translations() -> str:
    """Where Qt's own ``qtbase_<lang>.qm`` are: Qt's configured folder, else the wheel's
    (a bundle keeps them at ``PySide6/Qt/translations``). Asked only for a language other
    than English (QLibraryInfo's enums are no part of an English start)."""
    from PySide6.QtCore import QLibraryInfo

    configured = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if Path(configured).is_dir():
        return configured
    import PySide6

    return str(Path(PySide6.__file__).parent / "Qt" / "translations")


def resolve(choice: str, system: QLocale) -> str:
    """The shipped language to use: the choice if it is one, else the first of the
    system's UI languages that is shipped (``pl-PL`` → ``pl``), else English."""
    if choice in CODES:
        return choice
    for name in system.uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in CODES:
            return code
    return SOURCE


def is_right_to_left(code: str) -> bool:
    return code in RIGHT_TO_LEFT


def install(app: QCoreApplication, code: str, extra: Path | None = None) -> list[QTranslator]:
    """Load Qt's own translation (standard dialogs and buttons) and ours for ``code``, set
    the layout direction, and return the translators (the caller keeps them alive).

    ``extra`` loads a ``.qm`` file in place of ours (the tests' pseudo-translation).
    """
    installed: list[QTranslator] = []
    candidates: list[tuple[str, str]] = []
    if code != SOURCE:
        candidates.append((f"qtbase_{code}", _qt_translations()))
    if extra is not None:
        candidates.append((extra.stem, str(extra.parent)))
    else:  # English too: its plural forms ("1 note", "2 notes") come from workshop_en
        candidates.append((f"workshop_{code}", str(translations_dir())))
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    if isinstance(app, QGuiApplication):
        direction = (
            Qt.LayoutDirection.RightToLeft
            if is_right_to_left(code)
            else (Qt.LayoutDirection.LeftToRight)
        )
        app.setLayoutDirection(direction)
    return installed


def uninstall(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Undo ``install`` (tests switch languages within one process)."""
    for translator in translators:
        app.removeTranslator(translator)
        translator.deleteLater()
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

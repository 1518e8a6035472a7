"""Machine preferences (window geometry, recent files, UI language) in the user data folder.

Kept out of the workshop file on purpose: they belong to this laptop, not to the workshop.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

RECENT_MAX = 8


class AppSettings:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)

    def recent_files(self) -> list[Path]:
        value = self._settings.value("recent", [])
        if isinstance(value, str):
            items = [value]
        else:
            items = list(value) if isinstance(value, list | tuple) else []
        return [Path(p) for p in items if p]

    def add_recent(self, path: Path) -> None:
        resolved = str(Path(path).resolve())
        items = [str(p) for p in self.recent_files() if str(p) != resolved]
        self._settings.setValue("recent", [resolved, *items][:RECENT_MAX])

    def remove_recent(self, path: Path) -> None:
        resolved = str(Path(path).resolve())
        self._settings.setValue(
            "recent", [str(p) for p in self.recent_files() if str(p) != resolved]
        )

    def geometry(self) -> QByteArray | None:
        value = self._settings.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, geometry: QByteArray) -> None:
        self._settings.setValue("window/geometry", geometry)

    def ui_language(self) -> str:
        """The language chosen in Preferences ("" = follow the system)."""
        value = self._settings.value("ui/language", "")
        return value if isinstance(value, str) else ""

    def set_ui_language(self, code: str) -> None:
        self._settings.setValue("ui/language", code)

    def value(self, key: str, default: object = None) -> object:
        return self._settings.value(key, default)

    def set_value(self, key: str, value: object) -> None:
        self._settings.setValue(key, value)

    def sync(self) -> None:
        self._settings.sync()

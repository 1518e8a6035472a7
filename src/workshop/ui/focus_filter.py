"""Filter the events of the widget that has the keyboard, instead of every event of the app.

A key's ``ShortcutOverride`` goes to the focus widget, so a filter on that widget (moved
along as the focus moves) sees every key an application-wide filter would. It costs far
less: an application filter written in Python is called for every event of every object,
and PySide must find the Python class of each one, resolving every class of a Qt module
(and creating their enums) the first time it meets an object of a private Qt class —
about 40 ms of the app's start-up (``docs/benchmarks.md``, start-up).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget


class FocusedWidgetFilter(QObject):
    """Installs ``target`` as the event filter of the focus widget while it has the
    keyboard, when it is one of ``kinds``; gone with ``target`` (its child).

    ``kinds`` are Qt class names, checked with ``QObject.inherits``: no Python class is
    needed, so naming the text boxes does not build their enums at start-up."""

    def __init__(self, target: QObject, kinds: tuple[str, ...]) -> None:
        super().__init__(target)
        self._target = target
        self._kinds = kinds
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._moved)
            self._moved(None, app.focusWidget())

    def _moved(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is not None and shiboken6.isValid(old):
            old.removeEventFilter(self._target)
        if new is not None and any(new.inherits(kind) for kind in self._kinds):
            new.installEventFilter(self._target)

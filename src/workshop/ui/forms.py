"""Load the Designer forms kept in the top-level ``ui/`` folder."""

from __future__ import annotations

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from workshop.resources import forms_dir


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """Build the widget described by ``ui/<name>.ui``; its children are found by objectName."""
    from PySide6.QtUiTools import QUiLoader  # loaded with the first dialog, not at start-up

    path = forms_dir() / f"{name}.ui"
    handle = QFile(str(path))
    if not handle.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"missing form {path}")
    try:
        widget = QUiLoader().load(handle, parent)
    finally:
        handle.close()
    if widget is None:
        raise RuntimeError(f"could not load form {path}")
    buttons = widget.findChild(QDialogButtonBox, "buttons")
    if buttons is not None and hasattr(widget, "accept"):
        buttons.accepted.connect(widget.accept)
        buttons.rejected.connect(widget.reject)
    return widget

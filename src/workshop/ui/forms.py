"""Load the Designer forms kept in the top-level ``ui/`` folder."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

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
    if buttons is not None and isinstance(widget, QDialog):
        buttons.accepted.connect(widget.accept)
        buttons.rejected.connect(widget.reject)
    return widget


W = TypeVar("W", bound=QWidget)


def child(form: QWidget, kind: type[W], name: str) -> W:
    """The form's widget ``name`` (a form without it is a bug in the form, said plainly)."""
    found = form.findChild(kind, name)
    if found is None:
        raise LookupError(f"the form {form.objectName()!r} has no {kind.__name__} {name!r}")
    return found

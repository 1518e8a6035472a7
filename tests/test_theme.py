"""Colours and spacing live in ``ui/theme.qss`` and ``domain/palettes.py``, nowhere else.

Screens name what a widget is (objectName, ``set_role``) or its state (``set_state``);
the theme's selectors style it, and what screens paint with QPainter takes its colours
from the palette module. The projector's audience views are the listed exception: they
are the room's theme (``ui/projector/theme.py``) and size their text for the room.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

import workshop
from workshop.resources import forms_dir
from workshop.ui.theme import set_role, set_state, style_sheet

SOURCE = Path(workshop.__file__).resolve().parent
UI = SOURCE / "ui"
QSS = forms_dir() / "theme.qss"
HEX = re.compile(r"(?<![\w#])#(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b")

#: The room's own palette (dark and light projector themes).
#: ``ui/sentences.py`` lists the operations' sentences, one of which shows a colour (#ffcc00).
HEX_EXCEPTIONS = {"ui/projector/theme.py", "ui/sentences.py"}
#: Where a style sheet is set on purpose: the theme itself, and the audience views, whose
#: text is sized in pixels for the room at run time.
STYLE_SHEET_EXCEPTIONS = {
    "ui/theme.py",
    "ui/projector/views.py",
    "ui/projector/audience.py",
    "ui/projector/purpose_view.py",
}


def _modules() -> list[tuple[str, ast.Module]]:
    return [
        (path.relative_to(SOURCE).as_posix(), ast.parse(path.read_text(encoding="utf-8")))
        for path in sorted(UI.rglob("*.py"))
    ]


def _strings(node: ast.AST) -> list[str]:
    return [c.value for c in ast.walk(node) if isinstance(c, ast.Constant)
            and isinstance(c.value, str)]


def hex_literals(modules: list[tuple[str, ast.Module]]) -> list[str]:
    return [
        f"{rel}:{node.lineno}: {text!r}"
        for rel, tree in modules
        if rel not in HEX_EXCEPTIONS
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
        for text in [node.value]
        if HEX.search(text)
    ]


def style_sheet_calls(modules: list[tuple[str, ast.Module]]) -> list[str]:
    """``setStyleSheet(…)`` calls whose argument spells out style (clearing with "" is fine)."""
    found = []
    for rel, tree in modules:
        if rel in STYLE_SHEET_EXCEPTIONS:
            continue
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "setStyleSheet"
            ) and (any(_strings(arg) != [""] for arg in node.args) or not node.args):
                found.append(f"{rel}:{node.lineno}")
    return found


def test_no_hex_colours_outside_the_palettes() -> None:
    assert hex_literals(_modules()) == [], "put the colour in domain/palettes.py"


def test_no_style_strings_in_screens() -> None:
    assert style_sheet_calls(_modules()) == [], (
        "style it in ui/theme.qss by objectName or set_role/set_state"
    )


def test_the_checks_find_what_they_look_for() -> None:
    tree = ast.parse(
        'label.setStyleSheet("color: red;")\n'
        'label.setStyleSheet(f"color: {ink};")\n'
        'label.setStyleSheet("")\n'
        'INK = "#1a1a1a"\n'
        'NAME = "#addButton"\n'
    )
    modules = [("ui/example.py", tree)]
    assert style_sheet_calls(modules) == ["ui/example.py:1", "ui/example.py:2"]
    assert hex_literals(modules) == ["ui/example.py:4: '#1a1a1a'"]


def test_the_style_sheet_names_only_palette_colours_and_real_widgets() -> None:
    template = QSS.read_text(encoding="utf-8")
    sheet = style_sheet(template)  # raises on a {NAME} not in domain/palettes.py
    assert "{" not in re.sub(r"\{[^{}]*\}", "", sheet)
    code = "\n".join(p.read_text(encoding="utf-8") for p in UI.rglob("*.py"))
    names = set(re.findall(r"#([A-Za-z][A-Za-z0-9]+)", re.sub(HEX, "", template)))
    missing = sorted(n for n in names if f'"{n}"' not in code)
    assert missing == [], f"ui/theme.qss styles objectNames no widget has: {missing}"
    roles = set(re.findall(r'\[role="([a-z]+)"\]', template))
    used = set(re.findall(r'set_role\([^,]+, "([a-z]+)"', code)) | set(
        re.findall(r'_label\([^)]*"(muted)"', code)
    )
    assert used - {""} <= roles, f"roles with no rule in ui/theme.qss: {used - roles}"


def test_a_state_restyles_a_widget_on_screen(qtbot: QtBot, qapp: object) -> None:
    """set_state repolishes: the new rule applies at once, not at the next show."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    previous = app.styleSheet()
    app.setStyleSheet(style_sheet(QSS.read_text(encoding="utf-8")))
    try:
        label = QLabel("12:00", objectName="runTimer")
        qtbot.addWidget(label)
        label.show()
        normal = label.palette().color(label.foregroundRole()).name()
        set_state(label, "clock", "overtime")
        from workshop.domain import palettes

        assert label.palette().color(label.foregroundRole()).name() == palettes.ERROR
        set_state(label, "clock", "")
        assert label.palette().color(label.foregroundRole()).name() == normal
        muted = QLabel("hint")
        qtbot.addWidget(muted)
        set_role(muted, "muted")
        assert muted.property("role") == "muted"
    finally:
        app.setStyleSheet(previous)

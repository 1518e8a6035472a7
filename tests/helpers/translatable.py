"""Where Qt shows a string to the user: the calls whose text arguments must be translated.

Shared by the test that walks ``src/workshop/ui`` for literal strings left untranslated
(``tests/test_translatable.py``). A literal counts when it has a letter in it; it passes
when it sits inside ``translate(...)`` / ``QCoreApplication.translate(...)`` /
``QT_TRANSLATE_NOOP(...)``.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

#: Methods whose first argument is shown (tooltips, titles, accessible names …).
FIRST_ARG = frozenset({
    "setText", "setToolTip", "setWindowTitle", "setPlaceholderText", "setStatusTip",
    "setWhatsThis", "setAccessibleName", "setAccessibleDescription", "showMessage",
    "setTitle", "setLabelText", "setSuffix", "setPrefix", "setSpecialValueText",
    "setIconText", "setInformativeText", "setDetailedText", "setCancelButtonText",
    "setOkButtonText", "addRow", "setWindowIconText",
})
#: Methods showing their first string argument (an icon may come first).
FIRST_STRING = frozenset({"addAction", "addMenu", "addItem", "addButton", "addSection"})
#: Methods whose argument at this index is shown.
AT_INDEX = {"addTab": 1, "insertTab": 2, "setTabText": 1, "setTabToolTip": 1, "setItemText": 1,
            "insertItem": 1}
#: Methods taking a list of shown strings.
LISTS = frozenset({"setHeaderLabels", "setHorizontalHeaderLabels", "setVerticalHeaderLabels",
                   "addItems"})
#: Static dialogs: (parent, title, text, …).
DIALOGS = frozenset({
    "information", "warning", "critical", "question", "about", "getText", "getInt",
    "getItem", "getDouble", "getMultiLineText",
})
FILE_DIALOGS = frozenset({"getOpenFileName", "getSaveFileName", "getExistingDirectory",
                          "getOpenFileNames"})
#: Widgets built with their shown text (an icon may come first).
CONSTRUCTORS = frozenset({
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu",
    "QListWidgetItem", "QDockWidget", "QProgressDialog", "QCommandLinkButton", "QMessageBox",
})
KEYWORDS = frozenset({
    "text", "toolTip", "windowTitle", "placeholderText", "accessibleName",
    "accessibleDescription", "statusTip", "title", "caption", "labelText",
})
#: Key names inside a text ("Alt+3") are not words to translate.
KEYS = re.compile(r"\b(?:Alt|Ctrl|Shift|Esc|Tab|Enter|Del|F\d+)\b")
TRANSLATORS = frozenset({"translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"})


@dataclass(frozen=True, slots=True)
class Literal:
    path: Path
    node: ast.expr
    call: str

    @property
    def where(self) -> str:
        return f"{self.path}:{self.node.lineno} {self.call}(…{ast.unparse(self.node)[:60]}…)"


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return None


def _shown(value: ast.expr) -> Iterator[ast.expr]:
    """The literals an expression would show: through conditionals, `or`, lists, `+`."""
    if isinstance(value, ast.Constant) and isinstance(value.value, str):
        if any(ch.isalpha() for ch in value.value):
            yield value
    elif isinstance(value, ast.JoinedStr):
        if any(isinstance(v, ast.Constant) and any(ch.isalpha() for ch in KEYS.sub("", v.value))
               for v in value.values):
            yield value
    elif isinstance(value, ast.IfExp):
        yield from _shown(value.body)
        yield from _shown(value.orelse)
    elif isinstance(value, ast.BoolOp):
        for item in value.values:
            yield from _shown(item)
    elif isinstance(value, ast.BinOp) and isinstance(value.op, ast.Add):
        yield from _shown(value.left)
        yield from _shown(value.right)
    elif isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) and (
        value.func.attr in {"format", "join"}
    ):
        yield from _shown(value.func.value)


def _text_after_icon(args: list[ast.expr]) -> list[ast.expr]:
    """The text argument of ``(text, …)`` or ``(icon, text, …)``."""
    if "icon" in ast.unparse(args[0]).lower():
        return args[1:2]
    return args[:1]


def shown_arguments(call: ast.Call) -> Iterator[ast.expr]:
    """The argument expressions of ``call`` that Qt shows to the user."""
    name = _name(call.func)
    args = list(call.args)
    picked: list[ast.expr] = []
    if name in FIRST_ARG and args:
        picked.append(args[0])
    elif name in FIRST_STRING and args:
        picked.extend(_text_after_icon(args))
    elif name in AT_INDEX and len(args) > AT_INDEX[name]:
        picked.append(args[AT_INDEX[name]])
    elif name in LISTS and args and isinstance(args[0], ast.List | ast.Tuple):
        picked.extend(args[0].elts)
    elif name in DIALOGS and isinstance(call.func, ast.Attribute):
        picked.extend(args[1:3])
    elif name in FILE_DIALOGS:
        picked.extend(args[1:2] + args[3:4])
    elif name in {"QMessageBox", "QProgressDialog"}:
        picked.extend(args[:3])
    elif name in CONSTRUCTORS and args:
        picked.extend(_text_after_icon(args))
    for keyword in call.keywords:
        if keyword.arg in KEYWORDS or (name in FILE_DIALOGS and keyword.arg == "filter"):
            picked.append(keyword.value)
    for value in picked:
        yield from _shown(value)


def _is_translate(func: ast.expr) -> bool:
    """``translate(…)`` or ``QCoreApplication.translate(…)`` (not ``painter.translate``)."""
    if isinstance(func, ast.Name):
        return func.id == "translate"
    return (isinstance(func, ast.Attribute) and func.attr == "translate"
            and ast.unparse(func.value).endswith("QCoreApplication"))


def _inside_translate(parents: list[ast.AST]) -> bool:
    return any(isinstance(p, ast.Call) and _name(p.func) in TRANSLATORS for p in parents)


def untranslated(path: Path) -> Iterator[Literal]:
    """Literal strings shown by a Qt text API and not passed through ``translate``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))

    def walk(node: ast.AST, parents: list[ast.AST]) -> Iterator[Literal]:
        if isinstance(node, ast.Call) and not _inside_translate([*parents, node]):
            for literal in shown_arguments(node):
                yield Literal(path, literal, _name(node.func) or "?")
        for child in ast.iter_child_nodes(node):
            yield from walk(child, [*parents, node])

    yield from walk(tree, [])


def unreadable_by_lupdate(path: Path) -> Iterator[str]:
    """``translate`` calls lupdate would miss: a context or text that is not a literal
    (only words marked with QT_TRANSLATE_NOOP may be), or a count that is not a plain
    name or number (lupdate's Python parser silently drops such a message)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and _is_translate(node.func)):
            continue
        args = node.args
        where = f"{path}:{node.lineno}"
        if not args or not isinstance(args[0], ast.Constant):
            yield f"{where}: the context must be a literal"
        if len(args) > 3 and not isinstance(args[3], ast.Name | ast.Constant | ast.Attribute):
            dropped = ast.unparse(args[3])
            yield f"{where}: the count must be a plain name (lupdate drops “{dropped}”)"

"""Find the English sentences the Qt-free layers hand to the UI, for lupdate (no Qt here).

lupdate reads only ``ui/`` and ``kinds/``; an error's template
(``raise ValidationError("{name} has already voted.", name=name)``) and an undo step's
name (``doc.edit("Add note")``, ``Label("Add note “{text}”", text=...)``) are written in
``domain/``, ``storage/``, ``export/``, ``phones/``. This scan reads their sources (an AST
walk) and returns every such text, so ``workshop.ui.sentences`` can list them for lupdate
(``python -m workshop.ui.i18n_tools update`` rewrites it), and reports each sentence the
translating mechanism could not translate: one built with an f-string, ``+``, ``%`` or
``.format`` instead of a template with named fields (``tests/test_sentences.py``).

What counts as a sentence:

- errors (context ``errors``): the message of a call to a ``WorkshopError`` subclass, a
  ``said("...")`` (a template kept apart from its raise) and a ``Word("...")``; a text
  handed to a helper whose parameter reaches one of these (``v.required_text(x, "The
  title")``: ``what`` is a ``Word`` in its error), followed through helpers of helpers;
- undo steps (context ``undo``): the first argument of ``.edit(...)`` and ``run_all(...)``,
  a ``Label("...")`` and both texts of ``counted(n, "one", "many")``.

A conditional of two texts (``"Show" if on else "Hide"``) counts as both.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parents[1]

#: Modules whose errors only the command line prints (in English, like its logs).
CLI_ONLY = frozenset(
    {
        "cli.py",
        "breakout_cli.py",
        "export/cli.py",
        "phones/serve.py",
        "ui/projector/room_files.py",
    }
)
#: Where the message is among an error class's positional arguments (default: first).
_MESSAGE_AT = {"RowError": 1}
#: Calls whose first text names an undo step.
_UNDO_CALLS = {"edit": 0, "run_all": 0, "Label": 0}
#: Calls that mark a text as an error template or a translatable word in an error.
_ERROR_MARKS = {"said": 0, "Word": 0}


@dataclass
class Scan:
    errors: list[str] = field(default_factory=list)
    undo: list[str] = field(default_factory=list)
    #: "path:line: why" for each sentence built so that it cannot be translated.
    problems: list[str] = field(default_factory=list)

    def add(self, into: list[str], text: str) -> None:
        if text and text not in into:
            into.append(text)


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _error_classes(trees: dict[Path, ast.Module]) -> set[str]:
    """``WorkshopError`` and every class deriving from it, by name, across the package."""
    bases: dict[str, set[str]] = {}
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = {n for b in node.bases if (n := _name(b))}
    found = {"WorkshopError"}
    grew = True
    while grew:
        grew = False
        for name, parents in bases.items():
            if name not in found and parents & found:
                found.add(name)
                grew = True
    return found


def _argument(call: ast.Call, index: int, keyword: str | None) -> ast.expr | None:
    if index < len(call.args) and not any(isinstance(a, ast.Starred) for a in call.args):
        return call.args[index]
    return next((k.value for k in call.keywords if keyword and k.arg == keyword), None)


def _texts(node: ast.expr) -> list[str] | None:
    """The literal texts ``node`` can be, or None when it is not made of literals."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):  # a branch that is not a text is looked at on its own
        body, orelse = _texts(node.body), _texts(node.orelse)
        if body is not None or orelse is not None:
            return (body or []) + (orelse or [])
    return None


def _built(node: ast.expr) -> bool:
    """A sentence assembled in code (f-string, ``+``, ``%``, ``.format``): not a template."""
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        return _built(node.left) or _built(node.right) or _texts(node.left) is not None
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return node.func.attr == "format" and _texts(node.func.value) is not None
    if isinstance(node, ast.IfExp):
        return _built(node.body) or _built(node.orelse)
    if isinstance(node, ast.BoolOp):
        return any(_built(v) for v in node.values)
    return False


def _parameters(func: ast.FunctionDef | ast.AsyncFunctionDef) -> list[str]:
    a = func.args
    return [p.arg for p in (*a.posonlyargs, *a.args, *a.kwonlyargs)]


def _sites(
    call: ast.Call, errors: set[str], helpers: dict[str, set[tuple[int, str]]]
) -> list[tuple[str, ast.expr]]:
    """("errors" | "undo", argument) for each sentence-carrying argument of ``call``."""
    name = _name(call.func)
    if name is None:
        return []
    found: list[tuple[str, ast.expr]] = []
    if name in errors:
        arg = _argument(call, _MESSAGE_AT.get(name, 0), None)
        if arg is not None:
            found.append(("errors", arg))
    if name in _ERROR_MARKS and call.args:
        found.append(("errors", call.args[_ERROR_MARKS[name]]))
    if name in _UNDO_CALLS and call.args:
        found.append(("undo", call.args[_UNDO_CALLS[name]]))
    if name == "counted":
        found += [("undo", a) for a in call.args[1:3]]
    for index, keyword in helpers.get(name, ()):
        arg = _argument(call, index, keyword)
        if arg is not None:
            found.append(("errors", arg))
    return found


def _helpers(
    trees: dict[Path, ast.Module], errors: set[str]
) -> dict[str, set[tuple[int, str]]]:
    """Functions that hand one of their parameters on as an error's text or word:
    name → {(position, parameter name)}, followed to a fixed point."""
    helpers: dict[str, set[tuple[int, str]]] = {}
    functions = [
        node
        for tree in trees.values()
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
    ]
    grew = True
    while grew:
        grew = False
        for func in functions:
            params = _parameters(func)
            offset = 1 if params and params[0] in ("self", "cls") else 0
            for node in ast.walk(func):
                if not isinstance(node, ast.Call):
                    continue
                for context, arg in _sites(node, errors, helpers):
                    if context != "errors" or not isinstance(arg, ast.Name):
                        continue
                    if arg.id in params:
                        entry = (params.index(arg.id) - offset, arg.id)
                        if entry not in helpers.setdefault(func.name, set()):
                            helpers[func.name].add(entry)
                            grew = True
    return helpers


def scan(root: Path = _PACKAGE) -> Scan:
    """Every error template and undo name under ``root`` (the ``workshop`` package)."""
    trees = {
        path: ast.parse(path.read_text(encoding="utf-8"), str(path))
        for path in sorted(root.rglob("*.py"))
    }
    errors = _error_classes(trees)
    helpers = _helpers(trees, errors)
    result = Scan()
    for path, tree in trees.items():
        if path.relative_to(root).as_posix() in CLI_ONLY:
            continue
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            for context, arg in _sites(node, errors, helpers):
                texts = _texts(arg)
                if texts is not None:
                    for text in texts:
                        result.add(result.errors if context == "errors" else result.undo, text)
                elif _built(arg):
                    where = f"{path.relative_to(root.parent)}:{arg.lineno}"
                    result.problems.append(
                        f"{where}: the {'error' if context == 'errors' else 'undo step'} is "
                        "built in code; write a template with named fields instead"
                    )
    return result

"""``workshop.domain``, ``storage``, ``export`` and ``phones`` never load Qt.

Two proofs: every submodule is imported in a fresh interpreter and PySide6 must
not be in ``sys.modules`` afterwards (catches indirect imports), and a static
scan of the source finds no PySide6 import at all (catches imports inside
functions that a plain import would not run).
"""

from __future__ import annotations

import ast
from pathlib import Path

import workshop
from helpers.proc import run_python

PACKAGES = ("domain", "storage", "export", "kinds", "phones")
SOURCE = Path(workshop.__file__).resolve().parent

IMPORT_ALL = """
import importlib, pkgutil, sys
from pathlib import Path
names = set()
for package_name in sys.argv[1:]:
    try:
        package = importlib.import_module(package_name)
    except ModuleNotFoundError as exc:
        if exc.name == package_name:
            continue  # a layer that does not exist yet
        raise
    names.add(package_name)
    for info in pkgutil.walk_packages(package.__path__, package_name + "."):
        importlib.import_module(info.name)
        names.add(info.name)
    # Also every file, in case a folder lacks its __init__.py (pkgutil skips those).
    root = Path(package.__path__[0])
    for path in root.rglob("*.py"):
        parts = path.relative_to(root).with_suffix("").parts
        name = ".".join((package_name, *parts)).removesuffix(".__init__")
        importlib.import_module(name)
        names.add(name)
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
print(len(names))
if qt:
    sys.exit("Qt was loaded: " + ", ".join(qt[:5]))
"""


def test_pure_layers_import_without_qt() -> None:
    result = run_python("-c", IMPORT_ALL, *(f"workshop.{p}" for p in PACKAGES))
    assert result.returncode == 0, result.stderr
    modules = int(result.stdout.strip())
    expected = sum(len(list((SOURCE / p).rglob("*.py"))) for p in PACKAGES if (SOURCE / p).is_dir())
    assert modules == expected, "every module of the pure layers was imported"


def _qt_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute | ast.Name)
            and getattr(node.func, "attr", getattr(node.func, "id", "")) in (
                "import_module",
                "__import__",
            )
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            names = [str(node.args[0].value)]
        else:
            continue
        found += [
            f"{path}:{node.lineno}: {name}"
            for name in names
            if name.split(".")[0] in ("PySide6", "shiboken6", "workshop")
            and (name.split(".")[0] != "workshop" or name.startswith("workshop.ui"))
        ]
    return found


def test_no_qt_or_ui_import_in_the_pure_layers() -> None:
    offending = [
        line
        for package in PACKAGES
        if (SOURCE / package).is_dir()
        for path in sorted((SOURCE / package).rglob("*.py"))
        for line in _qt_imports(path)
    ]
    assert offending == [], "the pure layers must not import Qt or the UI:\n" + "\n".join(
        offending
    )


def test_the_scan_catches_a_qt_import(tmp_path: Path) -> None:
    assert _qt_imports(SOURCE / "domain" / "__init__.py") == []
    probe = tmp_path / "probe.py"
    probe.write_text(
        "def f():\n    from PySide6.QtCore import QObject\n    import workshop.ui.app\n"
        "importlib.import_module('PySide6.QtGui')\n",
        encoding="utf-8",
    )
    assert len(_qt_imports(probe)) == 3


#: Calls that run SQL on a connection.
_SQL_CALLS = frozenset({"execute", "executemany", "executescript"})


def _sql_calls(path: Path, root: Path = SOURCE) -> list[str]:
    """``path:line`` of every call that runs SQL (``….execute(…)`` and the like)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        f"{path.relative_to(root)}:{node.lineno}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
        and node.func.attr in _SQL_CALLS
    ]


def test_the_ui_runs_no_sql() -> None:
    """The UI reads through ``storage/read*.py`` (and the like) and writes through named
    operations: no screen runs a query of its own (the series review and the share
    dialog did)."""
    offending = [line for path in sorted((SOURCE / "ui").rglob("*.py"))
                 for line in _sql_calls(path)]
    assert offending == [], "the UI must read and write through storage:\n" + "\n".join(
        offending
    )


def test_the_sql_scan_catches_a_query(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text("def f(doc):\n    doc.conn.execute('SELECT 1')\n", encoding="utf-8")
    assert _sql_calls(probe, tmp_path) == ["probe.py:2"]

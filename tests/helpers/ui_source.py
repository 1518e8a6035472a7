"""Every syntax node of the UI's modules, for checks that forbid a pattern in ``ui/``."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import workshop

SOURCE = Path(workshop.__file__).resolve().parent


def ui_nodes() -> Iterator[tuple[str, ast.AST]]:
    """(module path under ``workshop/``, node) for every node of every ``ui`` module."""
    for path in sorted((SOURCE / "ui").rglob("*.py")):
        module = str(path.relative_to(SOURCE))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            yield module, node

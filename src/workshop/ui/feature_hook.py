"""Take PySide's ``__feature__`` import hook out of every later import (start-up cost).

Importing PySide6 replaces ``builtins.__import__`` with ``__feature_import__``, which
serves ``from __feature__ import snake_case, true_property``. To decide whether a module
may switch features it reads the *source* of every module imported after it
(``inspect.getsource``) and runs Python code on every ``import`` statement: about 20 ms of
the app's start-up (``docs/decisions/0022-start-up.md``). Workshop uses no feature
(``tests/test_start_up.py`` checks the tree never imports ``__feature__``), so the import
PySide saved before its hook is put back; PySide's own lazy import under it stays.
"""

from __future__ import annotations

import builtins

import PySide6.QtCore  # noqa: F401  (installs the hook, if this PySide has one)


def drop_feature_hook() -> bool:
    """Put back the import the hook wraps; whether it was there to drop. Any other
    replacement of ``__import__`` (a debugger's, a coverage tool's) is left alone."""
    feature = getattr(builtins, "__feature_import__", None)
    saved = getattr(builtins, "__orig_import__", None)
    if feature is None or saved is None or builtins.__import__ is not feature:
        return False
    builtins.__import__ = saved
    return True

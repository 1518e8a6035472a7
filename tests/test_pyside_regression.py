"""Guard against PySide6 6.12.0 on Python 3.11, which corrupts None's refcount on void calls.

That build aborts the interpreter (``Fatal Python error: none_dealloc``) after a
few thousand paints; see ../shared/DESIGN.md and the pin in pyproject.toml.
The calls run in a child process so a crash is a failed test, not a dead run.
"""

from __future__ import annotations

import sys
from importlib.metadata import version

from helpers.proc import run_python

CALLS = 200_000

VOID_CALLS = f"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QLabel, QWidget

app = QApplication([])
window = QWidget()
window.resize(320, 200)
label = QLabel("hello", window)
window.show()
holder = QObject()
before = sys.getrefcount(None)
for index in range({CALLS} // 4):
    window.setWindowTitle("t")       # each of these returns void
    holder.setObjectName("o")
    label.setText("x")
    window.update()
    if index % 500 == 0:
        window.grab()                # a real paint
        app.processEvents()
after = sys.getrefcount(None)
# A leaking build loses one reference per void call; allow a little churn.
if after < before - 1000:
    sys.exit(f"None lost {{before - after}} references over {CALLS} void calls")
print("survived", before, after)
"""


def test_many_void_qt_calls_leave_the_interpreter_alive() -> None:
    result = run_python("-c", VOID_CALLS)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.startswith("survived")
    assert "none_dealloc" not in result.stderr


def test_the_broken_combination_is_not_installed() -> None:
    import PySide6

    installed = version("PySide6-Essentials")
    assert PySide6.__version__ == installed
    if sys.version_info[:2] == (3, 11):
        assert not installed.startswith("6.12.0"), (
            "PySide6 6.12.0 crashes on Python 3.11; pyproject.toml pins < 6.12 there"
        )

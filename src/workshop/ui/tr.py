"""``translate``: Qt's ``QCoreApplication.translate``, plus English plurals without a catalogue.

Sources are English with ``%n … (s)`` plurals ("%n answer(s)", "%n activity(-ies)"). A
loaded translation gives its own plural forms; with none loaded (English, or tests) the
``(s)`` and ``y(-ies)`` are resolved here by English's rule, so no screen says "1 answer(s)".
lupdate finds calls by the name ``translate("Context", "text"[, disambiguation, n])``, so
import the function by that name.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    out = QCoreApplication.translate(context, text, disambiguation, n)
    if n >= 0 and "(" in text and out == text.replace("%n", str(n)):  # no translation
        one = n == 1
        out = out.replace("y(-ies)", "y" if one else "ies").replace("(s)", "" if one else "s")
    return out

"""``translate``: Qt's ``QCoreApplication.translate``, plus English plurals without a catalogue.

Sources are English with ``%n … (s)`` plurals ("%n answer(s)"). A loaded translation gives
its own plural forms; with none loaded (English, or tests) the ``(s)`` is resolved here by
English's rule, so no screen says "1 answer(s)". lupdate finds calls by the name
``translate("Context", "text"[, disambiguation, n])``, so import the function by that name.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    out = QCoreApplication.translate(context, text, disambiguation, n)
    if n >= 0 and "(s)" in text and out == text.replace("%n", str(n)):  # no translation
        out = out.replace("(s)", "" if n == 1 else "s")
    return out

"""``translate``: Qt's ``QCoreApplication.translate`` as lupdate reads it, with English plurals.

Plurals are written ``translate("Context", "%n answer(s)", None, PLURAL, n)``. The marker is
for lupdate: its Python parser (PySide6 6.11) still reads ``translate``'s fourth argument as
Qt 4's *encoding* and takes the count from the fifth, so the documented
``QCoreApplication.translate(ctx, "%n …", None, n)`` lands in the ``.ts`` as an ordinary
message without plural forms (and one whose count is an attribute, ``x.count``, is dropped).
``tests/test_translations_t17b.py`` checks that lupdate finds every call as written.

Sources are English with ``(s)`` and ``y(-ies)`` plurals. A loaded translation gives its own
plural forms; with none loaded (English, or tests) they are resolved here by English's rule,
so no screen says "1 answer(s)".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


class Plural:
    """The type of :data:`PLURAL`: marks a call whose count chooses the plural form."""


PLURAL = Plural()


def translate(context: str, text: str, disambiguation: str | None = None,
              plural: Plural | None = None, n: int = -1) -> str:
    if plural is None:
        n = -1
    out = QCoreApplication.translate(context, text, disambiguation, n)
    if n >= 0 and "(" in text and out == text.replace("%n", str(n)):  # no translation
        one = n == 1
        out = out.replace("y(-ies)", "y" if one else "ies").replace("(s)", "" if one else "s")
    return out

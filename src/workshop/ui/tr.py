"""``translate``: ``QCoreApplication.translate`` under the one name lupdate reads everywhere.

The screens call ``translate("Context", "text")``, and for a plural
``translate("Context", "%n note(s)", None, n)``. Two rules keep lupdate's Python parser
(PySide6 6.11) finding every string, which ``tests/test_translatable.py`` checks (by
running it, and by walking the calls): the count is a plain name (``n``, not ``len(x)``
or ``x.count``: such a message is dropped), and a text with ``%n`` is a plural (the
parser does not mark one whose count is a variable; ``workshop.ui.i18n_tools`` decides by
the ``%n``). English
plural forms come from ``workshop_en.qm``, loaded at start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate

if TYPE_CHECKING:
    # PySide6's stub types the marker's result as ``object``; it returns the source text.
    def QT_TRANSLATE_NOOP(context: str, source_text: str, /) -> str: ...

else:
    # Marks a text for lupdate and returns it unchanged (re-exported for the screens).
    from PySide6.QtCore import QT_TRANSLATE_NOOP as QT_TRANSLATE_NOOP

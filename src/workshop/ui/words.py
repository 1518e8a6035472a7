"""Words that come from the Qt-free layers, translated where the laptop's UI shows them.

The domain and the kinds keep their English words (the handout and the projector use the
workshop's own language through ``workshop.catalogue``); the UI translates them here with a
fixed context. Colours and statuses are marked below so that lupdate finds them;
``tests/test_translatable.py`` checks these lists match the domain's.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication

from workshop.domain.errors import WorkshopError
from workshop.domain.languages import LANGUAGES
from workshop.domain.models import ActivityKind, ActivityStatus
from workshop.domain.text_direction import starts_right_to_left
from workshop.kinds import spec_for
from workshop.storage.changes import Label
from workshop.ui.tr import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the actions' domain (and the matching it builds on) is no start-up import
    from fractions import Fraction  # (nor the exact numbers only budgets use)

    from workshop.domain.actions import ActionStatus
    from workshop.domain.budgeting import Explanation

#: The sticky colours of ``workshop.domain.palettes.STICKY``.
COLOUR_NAMES = (
    QT_TRANSLATE_NOOP("colours", "Yellow"),
    QT_TRANSLATE_NOOP("colours", "Pink"),
    QT_TRANSLATE_NOOP("colours", "Blue"),
    QT_TRANSLATE_NOOP("colours", "Green"),
    QT_TRANSLATE_NOOP("colours", "Orange"),
    QT_TRANSLATE_NOOP("colours", "Lilac"),
)
#: ``ActionStatus.label`` of each status.
STATUS_WORDS = (
    QT_TRANSLATE_NOOP("ActionStatus", "Open"),
    QT_TRANSLATE_NOOP("ActionStatus", "Doing"),
    QT_TRANSLATE_NOOP("ActionStatus", "Done"),
)
#: ``ActivityStatus`` values (the agenda shows a running or done activity's status).
ACTIVITY_STATUS_WORDS = (
    QT_TRANSLATE_NOOP("ActivityStatus", "planned"),
    QT_TRANSLATE_NOOP("ActivityStatus", "running"),
    QT_TRANSLATE_NOOP("ActivityStatus", "done"),
)


def kind_label(kind: ActivityKind) -> str:
    return QCoreApplication.translate("kinds", spec_for(kind).label)


def colour_name(name: str) -> str:
    return QCoreApplication.translate("colours", name)


def status_word(status: ActionStatus | ActivityStatus) -> str:
    """An action's status ("Open") or an activity's ("running")."""
    if isinstance(status, ActivityStatus):
        return QCoreApplication.translate("ActivityStatus", status.value)
    return QCoreApplication.translate("ActionStatus", status.label)


def ui_language() -> str:
    """The code of the laptop's UI language, as its translation names it ("pl"), so that
    words kept in the room's catalogue can be read in the laptop's language too."""
    code = QCoreApplication.translate("language", "en")  # translators: this language's code
    return code if code in LANGUAGES else "en"


def why_text(explanation: Explanation) -> str:
    """Why a project is funded or not, in the UI's language: the handout's own clauses
    (``domain.budgeting.explain`` with the catalogue's words and amounts), read in the
    laptop's language rather than the workshop's."""
    from workshop.domain.budgeting import explain
    from workshop.export.localised import Words  # Babel loads when a budget's results show

    words = Words(ui_language())
    return explain(explanation, words.label, words.money)


def money_text(value: Fraction, currency: str = "") -> str:
    """An amount as the UI's language writes it ("3.200 EUR" in Spanish), like the "why"
    clauses beside it (the handout's ``Words.money``)."""
    from workshop.export.localised import Words

    return Words(ui_language()).money(value, currency)


def duration_text(minutes: int) -> str:
    """"2 h 30", "2 godz. 30": a length of the day in the UI's language (as the handout's)."""
    from workshop.export.localised import Words

    return Words(ui_language()).duration(minutes)


def seconds_text(seconds: int) -> str:
    """"40 s", "14 min", "1 godz. 05": how long something took, in the UI's language."""
    from workshop.export.localised import Words

    return Words(ui_language()).seconds(seconds)


def _number(value: int) -> str:
    from workshop.export.localised import Words

    return Words(ui_language()).number(value)


def _words(context: str, text: str) -> str:
    """A sentence of ``ui/sentences.py`` (context "errors" or "undo") in the UI language."""
    if context == "undo":
        return QCoreApplication.translate("undo", text)
    return QCoreApplication.translate("errors", text)


def error_text(exc: BaseException) -> str:
    """What the laptop says about a refused operation, in its UI language: the one place
    every dialog and status line turns an error into a sentence (``WorkshopError``
    templates, context ``errors``; an operating system's own message as it comes)."""
    if isinstance(exc, WorkshopError):
        return exc.told(_words, _number)
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc)


def undo_text(label: str) -> str:
    """An undo step's name in the UI language (Edit › Undo …, the history, the status).

    A step made in this session carries its template (``Label``); one read back from the
    file's history is only the English sentence, matched against the known templates.
    """
    if isinstance(label, Label):
        return label.told(_words, _number)
    for pattern, template in _undo_patterns():
        found = pattern.fullmatch(label)
        if found is not None:
            return Label(template, **found.groupdict()).told(_words, _number)
    return QCoreApplication.translate("undo", label)


@functools.cache
def _undo_patterns() -> list[tuple[re.Pattern[str], str]]:
    """A pattern for each undo template with fields, the most literal text first (so
    "Add note “{text}”" is tried before "Add “{name}”")."""
    from workshop.ui.sentences import UNDO  # the list for lupdate, read only here

    found = []
    for template in UNDO:
        parts = re.split(r"(\{[a-z_]+\})", template)
        if len(parts) == 1:
            continue
        pattern = "".join(
            f"(?P<{part[1:-1]}>.+?)" if part.startswith("{") else re.escape(part)
            for part in parts
        )
        found.append((re.compile(pattern, re.DOTALL), template))
    found.sort(key=lambda pair: -len(re.sub(r"\{[a-z_]+\}", "", pair[1])))
    return found


#: Invisible marks that give a text its own direction (left-to-right, right-to-left mark).
LRM, RLM = "\u200e", "\u200f"


def own_direction(text: str) -> str:
    """``text`` (the workshop's own words: a title, a name) marked to read in its own
    direction when the UI runs the other way: a Polish title in the Arabic UI keeps its
    question mark at its end ("Jak się czujemy?", not "?Jak się czujemy")."""
    rtl_ui = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    if not text or starts_right_to_left(text) == rtl_ui:
        return text
    # The UI's mark first (the line still aligns the UI's way), the text's own mark last
    # (its closing punctuation stays with it).
    return f"{RLM}{text}{LRM}" if rtl_ui else f"{LRM}{text}{RLM}"

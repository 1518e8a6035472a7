"""Words that come from the Qt-free layers, translated where the laptop's UI shows them.

The domain and the kinds keep their English words (the handout and the projector use the
workshop's own language through ``workshop.catalogue``); the UI translates them here with a
fixed context. Colours and statuses are marked below so that lupdate finds them;
``tests/test_translatable.py`` checks these lists match the domain's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication

from workshop.domain.models import ActivityKind, ActivityStatus
from workshop.domain.text_direction import starts_right_to_left
from workshop.kinds import spec_for
from workshop.ui.tr import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the actions' domain (and the matching it builds on) is no start-up import
    from workshop.domain.actions import ActionStatus

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

"""The pulse domain's words on the laptop, in the app's language.

The domain keeps its English labels (it has no Qt; the projector and the handout take theirs
from the workshop's catalogue). The laptop shows them through Qt's translations: the
QT_TRANSLATE_NOOP marks below let lupdate find them, and these functions translate them when
they are shown. The series' charts and the pulse screen share them.
"""

from __future__ import annotations

from workshop.domain.pulse import Condition, Distribution, RoundResult, Scale, fmt
from workshop.ui.tr import QT_TRANSLATE_NOOP, translate

_SCALES = {
    Scale.FIST: QT_TRANSLATE_NOOP("pulse", "Fist of five (0–5)"),
    Scale.AGREE: QT_TRANSLATE_NOOP("pulse", "Agreement (1–5)"),
}
_VALUES = {
    Scale.FIST: {
        0: QT_TRANSLATE_NOOP("pulse", "Fist: block"),
        1: QT_TRANSLATE_NOOP("pulse", "Serious doubts"),
        2: QT_TRANSLATE_NOOP("pulse", "Some doubts"),
        3: QT_TRANSLATE_NOOP("pulse", "Can live with it"),
        4: QT_TRANSLATE_NOOP("pulse", "Good"),
        5: QT_TRANSLATE_NOOP("pulse", "Fully behind it"),
    },
    Scale.AGREE: {
        1: QT_TRANSLATE_NOOP("pulse", "Strongly disagree"),
        2: QT_TRANSLATE_NOOP("pulse", "Disagree"),
        3: QT_TRANSLATE_NOOP("pulse", "Neither"),
        4: QT_TRANSLATE_NOOP("pulse", "Agree"),
        5: QT_TRANSLATE_NOOP("pulse", "Strongly agree"),
    },
}
#: The collective impact conditions: (full name, the short name charts use).
_CONDITIONS = {
    "common_agenda": (QT_TRANSLATE_NOOP("pulse", "Common agenda"),
                      QT_TRANSLATE_NOOP("pulse", "Agenda")),
    "shared_measurement": (QT_TRANSLATE_NOOP("pulse", "Shared measurement"),
                           QT_TRANSLATE_NOOP("pulse", "Measures")),
    "mutually_reinforcing": (QT_TRANSLATE_NOOP("pulse", "Mutually reinforcing activities"),
                             QT_TRANSLATE_NOOP("pulse", "Reinforcing")),
    "continuous_communication": (QT_TRANSLATE_NOOP("pulse", "Continuous communication"),
                                 QT_TRANSLATE_NOOP("pulse", "Communication")),
    "backbone_support": (QT_TRANSLATE_NOOP("pulse", "Backbone support"),
                         QT_TRANSLATE_NOOP("pulse", "Backbone")),
}


def scale_label(scale: Scale) -> str:
    return translate("pulse", _SCALES.get(scale, scale.label))


def value_label(scale: Scale, value: int) -> str:
    return translate("pulse", _VALUES.get(scale, {}).get(value, scale.value_label(value)))


def condition_label(condition: Condition) -> str:
    return translate("pulse", _CONDITIONS.get(condition.key, (condition.label,))[0])


def condition_short(condition: Condition) -> str:
    """The short name for a chart's spoke (the full name when there is no short one)."""
    names = _CONDITIONS.get(condition.key)
    if names is None:
        return condition.short or condition.label
    return translate("pulse", names[1])


def condition_names() -> dict[str, str]:
    """Every condition's short name by key, for charts that take a mapping."""
    return {key: translate("pulse", names[1]) for key, names in _CONDITIONS.items()}


def round_name(number: int) -> str:
    """"Round 2" in the app's language."""
    return translate("pulse", "Round %1").replace("%1", str(number))


def round_title(result: RoundResult) -> str:
    """The round's own name ("Check-out"), or "Round 2" in the app's language."""
    return result.label or round_name(result.number)


def summary(distribution: Distribution) -> str:
    """One line, like the domain's: "12 answers · median 3.5 · middle half 3–4"."""
    total = distribution.total
    if not total:
        return translate("pulse", "No answers yet")
    parts = [translate("pulse", "%n answer(s)", None, total),
             translate("pulse", "median %1").replace("%1", fmt(distribution.median))]
    quartiles = distribution.quartiles
    if quartiles is not None:
        parts.append(translate("pulse", "middle half %1–%2")
                     .replace("%1", fmt(quartiles[0])).replace("%2", fmt(quartiles[1])))
    return " · ".join(parts)

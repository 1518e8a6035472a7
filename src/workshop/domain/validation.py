"""Clean and check what people type, with messages that say what to do."""

from __future__ import annotations

import re

from workshop.domain.errors import Number, ValidationError, Word

NAME_MAX = 200
TITLE_MAX = 300
TEXT_MAX = 5000
TIMEBOX_MAX = 24 * 60
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
#: Control characters (C0, DEL, C1): invisible, and NUL ends text in many programs.
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f]")


def required_text(value: str, what: str, limit: int = NAME_MAX) -> str:
    text = one_line(value)
    if not text:
        raise ValidationError("{what} cannot be empty.", what=Word(what))
    return limited(text, what, limit)


def limited(value: str, what: str, limit: int = TEXT_MAX) -> str:
    if len(value) > limit:
        raise ValidationError(
            "{what} is {count} characters long; the limit is {limit}.",
            what=Word(what), count=Number(len(value)), limit=Number(limit),
        )
    return value


def single_line(value: str, what: str, limit: int = NAME_MAX) -> str:
    return limited(one_line(value), what, limit)


def one_line(value: str) -> str:
    """Runs of blank space (tabs, line breaks) as one space, trimmed; control characters gone."""
    return " ".join(_CONTROLS.sub(" ", value).split())


def colour(value: str) -> str:
    value = value.strip()
    if value and not _COLOUR.match(value):
        raise ValidationError("“{value}” is not a colour like #ffcc00.", value=value)
    return value.lower()


def timebox(minutes: int) -> int:
    if not 1 <= minutes <= TIMEBOX_MAX:
        raise ValidationError(
            "A timebox must be between 1 and {timebox_max} minutes.",
            timebox_max=TIMEBOX_MAX,
        )
    return minutes


def iso_date(value: str) -> str:
    value = value.strip()
    if value and not _DATE.match(value):
        raise ValidationError("“{value}” is not a date like 2026-11-27.", value=value)
    return value


def clock_time(value: str) -> str:
    value = value.strip()
    if value and not _TIME.match(value):
        raise ValidationError("“{value}” is not a time like 09:30.", value=value)
    return value


def minutes_available(value: int) -> int:
    if not 0 <= value <= 7 * 24 * 60:
        raise ValidationError("Time available must be between 0 minutes and a week.")
    return value

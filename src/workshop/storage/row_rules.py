"""The rules every stored value follows, for rows that arrive from outside the operations.

The operations (``storage/ops``) clean and check what people type before they
write it. A JSON import (and, later, a breakout table's file merging back)
writes whole rows instead, so each value goes through the same cleaners here:
the same types, ranges, lengths and trimming, from the same functions in
``domain/`` and ``storage/ops``. :func:`clean_row` returns the row as the
operations would have stored it, or raises :class:`RowError` naming the column.

Columns this module does not name (a table a later format adds) still get the
checks their declared SQL type implies: whole numbers in range, finite reals,
text no longer than :data:`validation.TEXT_MAX`.
"""

from __future__ import annotations

import json
import math
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from workshop.domain import board
from workshop.domain import validation as v
from workshop.domain.actions import SourceKind, clean_due, clean_what
from workshop.domain.errors import Number, ValidationError
from workshop.domain.models import ActivityKind
from workshop.domain.purpose import check_language
from workshop.domain.roster import clean_name, clean_organisation
from workshop.domain.series import FigureKind, PromiseStatus
from workshop.domain.voting import VoteTarget
from workshop.storage.ops.actions import SOURCE_TABLES
from workshop.storage.ops.details import CLEANERS as DETAIL_CLEANERS
from workshop.storage.ops.pulse import ROUND_LABEL_MAX, STATEMENT_MAX
from workshop.storage.ops.reciprocity import CARD_MAX

#: Ids (and references to ids) are whole numbers from 1 to 2**31 - 1: Qt passes them
#: through 32-bit signals, and no workshop comes near that many rows.
ID_MAX = 2**31 - 1
#: Other whole numbers stay exact in JSON and in every spreadsheet.
INT_MAX = 2**53 - 1
#: Board coordinates and sizes (scene pixels): far beyond any real board, small enough
#: that Qt's painting stays exact.
COORDINATE_MAX = 1_000_000.0
#: Other real numbers (seconds, Unix times).
REAL_MAX = 1e12
#: Timestamps the app writes ("2026-11-27T09:30:00.000Z") and anything similar.
STAMP_MAX = 40

Cleaner = Callable[[Any], Any]


class RowError(ValidationError):
    """A value breaks a rule; ``column`` says which (empty for the row as a whole)."""

    def __init__(self, column: str, template: str, /, **fields: object) -> None:
        super().__init__(template, **fields)
        self.column = column


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    declared: str  # the SQL type as declared: INTEGER, REAL, TEXT, BLOB or ""
    not_null: bool
    has_default: bool
    primary_key: bool


def columns(conn: sqlite3.Connection, table: str) -> dict[str, Column]:
    return {
        name: Column(name, (declared or "").upper(), bool(not_null), default is not None, bool(pk))
        for _, name, declared, not_null, default, pk in conn.execute(
            f"PRAGMA table_info(\"{table.replace(chr(34), chr(34) * 2)}\")"
        )
    }


# ---------------------------------------------------------------- cleaners


def _text(limit: int, what: str) -> Cleaner:
    return lambda x: v.limited(x.strip(), what, limit)


def _required(limit: int, what: str) -> Cleaner:
    return lambda x: v.required_text(x, what, limit)


def _line(limit: int, what: str) -> Cleaner:
    return lambda x: v.single_line(x, what, limit)


def _choice(*allowed: str) -> Cleaner:
    def check(x: str) -> str:
        if x not in allowed:
            raise ValidationError(
                "“{one_line}” is not one of {names}.",
                one_line=_one_line(x[:40]), names=', '.join(allowed),
            )
        return x

    return check


def _flag(x: int) -> int:
    if x not in (0, 1):
        raise ValidationError("{x} is not 0 (no) or 1 (yes).", x=x)
    return x


def _between(low: float, high: float) -> Cleaner:
    def check(x: float) -> float:
        if not low <= x <= high:
            raise ValidationError(
                "{x} is outside {low} to {high}.",
                x=x, low=format(low, 'g'), high=format(high, 'g'),
            )
        return x

    return check


def _phrases(x: str) -> str:
    """A merge of purpose terms: a JSON list of at least two short phrases."""
    try:
        phrases = json.loads(x)
    except ValueError as exc:
        raise ValidationError("The merged terms are not a list.") from exc
    if not (
        isinstance(phrases, list)
        and len(phrases) >= 2
        and all(isinstance(p, str) and p.strip() for p in phrases)
    ):
        raise ValidationError("The merged terms are not a list of at least two terms.")
    for phrase in phrases:
        v.limited(phrase, "A term", v.NAME_MAX)
    return x


_COORDINATE = _between(-COORDINATE_MAX, COORDINATE_MAX)
_SIZE = _between(0, COORDINATE_MAX)
_FLAGS = {
    "allow_own", "secret", "revealed", "closed", "equal_org_weight", "proxy", "done", "adopted",
}
_STAMPS = {"created", "started_at", "finished_at"}

#: (table, column) → the cleaner the operations use for it.
RULES: dict[tuple[str, str], Cleaner] = {
    **{("workshop", name): cleaner for name, cleaner in DETAIL_CLEANERS.items()},
    ("workshop", "anonymous"): _flag,
    ("participants", "name"): clean_name,
    ("participants", "organisation"): clean_organisation,
    ("participants", "colour"): v.colour,
    ("activities", "position"): _between(0, ID_MAX),
    ("activities", "kind"): _choice(*(k.value for k in ActivityKind)),
    ("activities", "title"): _required(v.TITLE_MAX, "The activity title"),
    ("activities", "prompt"): _text(v.TEXT_MAX, "The prompt"),
    ("activities", "timebox_minutes"): v.timebox,
    ("activities", "status"): _choice("planned", "running", "done"),
    ("activities", "facilitator_notes"): _text(v.TEXT_MAX, "The facilitator's notes"),
    ("activities", "anonymous"): _flag,
    ("notes", "text"): board.clean_note_text,
    ("notes", "colour"): board.check_colour,
    ("notes", "x"): _COORDINATE,
    ("notes", "y"): _COORDINATE,
    ("clusters", "title"): _line(board.CLUSTER_TITLE_MAX, "A cluster title"),
    ("clusters", "x"): _COORDINATE,
    ("clusters", "y"): _COORDINATE,
    ("clusters", "width"): _SIZE,
    ("clusters", "height"): _SIZE,
    ("votes", "target"): _choice(*(t.value for t in VoteTarget)),
    ("votes", "dots_per_person"): _between(1, 99),
    ("votes", "max_per_item"): _between(1, 99),
    ("tallies", "count"): _between(0, 9999),
    ("timers", "elapsed_seconds"): _between(0, REAL_MAX),
    ("purpose_settings", "parties"): _choice("participant", "organisation"),
    ("purpose_settings", "language"): check_language,
    ("purpose_settings", "anonymous"): _flag,
    ("purpose_statements", "organisation"): clean_organisation,
    ("purpose_statements", "text"): _required(v.TEXT_MAX, "A purpose statement"),
    ("purpose_synonyms", "phrases"): _phrases,
    ("purpose_hidden_terms", "phrase"): _required(v.NAME_MAX, "A term"),
    ("purpose_groups", "round"): _between(1, 2),
    ("purpose_groups", "text"): _text(v.TEXT_MAX, "A blend"),
    ("purpose_drafts", "number"): _between(1, ID_MAX),
    ("purpose_drafts", "text"): _required(v.TEXT_MAX, "A draft"),
    ("purpose_ratings", "organisation"): clean_organisation,
    ("purpose_ratings", "score"): _between(0, 5),
    ("purpose_ratings", "comment"): _text(v.TEXT_MAX, "The comment"),
    ("reciprocity_cards", "kind"): _choice("offer", "ask"),
    ("reciprocity_cards", "organisation"): clean_organisation,
    ("reciprocity_cards", "text"): _required(CARD_MAX, "An offer or ask"),
    ("commitments", "what"): _required(CARD_MAX, "The commitment"),
    ("commitments", "due"): clean_due,
    ("pulse_statements", "position"): _between(0, ID_MAX),
    ("pulse_statements", "text"): _required(STATEMENT_MAX, "The statement"),
    ("pulse_statements", "scale"): _choice("fist", "agree"),
    ("pulse_statements", "condition"): _text(v.TEXT_MAX, "The condition"),
    ("pulse_rounds", "number"): _between(1, ID_MAX),
    ("pulse_rounds", "label"): _line(ROUND_LABEL_MAX, "The round's name"),
    ("pulse_tallies", "value"): _between(0, 5),
    ("pulse_tallies", "count"): _between(0, 9999),
    ("pulse_answers", "value"): _between(0, 5),
    ("actions", "what"): clean_what,
    ("actions", "organisation"): clean_organisation,
    ("actions", "due"): clean_due,
    ("actions", "status"): _choice("open", "doing", "done"),
    ("actions", "source_kind"): _choice("", "note", "cluster", "vote", "commitment"),
    ("series_figures", "kind"): _choice(*(k.value for k in FigureKind)),
    ("promises", "kind"): _choice("action", "commitment"),
    ("promises", "status"): _choice(*(s.value for s in PromiseStatus)),
}


# ------------------------------------------------------------------ checking


def clean_row(table: str, row: dict[str, Any], known: dict[str, Column]) -> dict[str, Any]:
    """The row as the operations would store it; :class:`RowError` at the first bad value."""
    unknown = sorted(set(row) - set(known))
    if unknown:
        raise RowError(
            unknown[0], "this version does not know this column (a newer Workshop made it?)"
        )
    for column in known.values():
        required = column.not_null and not column.has_default and not column.primary_key
        if required and column.name not in row:
            raise RowError(column.name, "is missing")
    cleaned: dict[str, Any] = {}
    for name, value in row.items():
        cleaned[name] = clean_value(table, known[name], value)
    return cleaned


def clean_value(table: str, column: Column, value: Any) -> Any:
    name = column.name
    if value is None:
        if column.not_null or column.primary_key:
            raise RowError(name, "cannot be empty (null)")
        return None
    typed = _typed(column, value)
    if name == "id" or name.endswith("_id"):
        if not 1 <= typed <= ID_MAX:
            raise RowError(
                name,
                "{typed} is not an id (a whole number from 1 to {id_max})",
                typed=typed, id_max=Number(ID_MAX),
            )
        return typed
    cleaner = RULES.get((table, name))
    if cleaner is None:
        cleaner = _default_cleaner(column)
    try:
        return cleaner(typed)
    except ValidationError as exc:
        raise RowError(name, str(exc)) from exc


def _typed(column: Column, value: Any) -> Any:
    """Refuse a value of the wrong JSON type for the column's SQL type."""
    name, declared = column.name, column.declared
    if name in _FLAGS or declared.startswith("INT"):
        if isinstance(value, bool) or not isinstance(value, int):
            raise RowError(name, "a whole number is needed, not {shown}", shown=_shown(value))
        _in_range(name, value)
        return value
    if declared == "REAL":
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise RowError(name, "a number is needed, not {shown}", shown=_shown(value))
        if isinstance(value, int):
            _in_range(name, value)
        if not math.isfinite(value):
            raise RowError(name, "a finite number is needed")
        return float(value)
    if declared == "TEXT":
        if not isinstance(value, str):
            raise RowError(name, "text is needed, not {shown}", shown=_shown(value))
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise RowError(name, "the text holds a broken character (a lone surrogate)") from exc
        return value
    return value


def _in_range(name: str, value: int) -> None:
    if not -INT_MAX <= value <= INT_MAX:
        shown = str(value) if len(str(value)) < 30 else f"a {len(str(value))}-digit number"
        raise RowError(
            name,
            "{shown} is out of range (at most {int_max})",
            shown=shown, int_max=Number(INT_MAX),
        )


def _default_cleaner(column: Column) -> Cleaner:
    if column.name in _FLAGS:
        return _flag
    if column.name in _STAMPS:
        return lambda x: v.limited(x, column.name, STAMP_MAX)
    if column.declared.startswith("INT"):
        return lambda x: x
    if column.declared == "REAL":
        return _between(-REAL_MAX, REAL_MAX)
    if column.declared == "TEXT":
        return lambda x: v.limited(x, column.name, v.TEXT_MAX)
    return lambda x: x


def _one_line(text: str) -> str:
    """A value quoted in a message, on one line whatever it holds (tabs, line breaks)."""
    return " ".join(text.split())


def _shown(value: Any) -> str:
    if isinstance(value, str):
        return f"the text “{_one_line(value[:20])}”" + ("…" if len(value) > 20 else "")
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (bytes, bytearray)):
        return "binary data"
    return type(value).__name__ if not isinstance(value, (int, float)) else str(value)


# ---------------------------------------------------------------- references


@dataclass(frozen=True, slots=True)
class Dangling:
    """A reference to a row that is not there: ``tables[table][index][column]``."""

    table: str
    index: int
    column: str
    message: str


def dangling(
    conn: sqlite3.Connection, tables: dict[str, list[dict[str, Any]]]
) -> Dangling | None:
    """The first reference in ``tables`` (rows by table, as imported) to a missing row.

    Foreign keys come from the schema; the references SQLite cannot declare (a dot's
    item is a note or a cluster, by its vote's target; an action's source depends on
    its kind) follow the same rules as the operations.
    """
    ids = {table: {row.get("id") for row in rows} for table, rows in tables.items()}
    targets = {row["id"]: row.get("target", "notes") for row in tables.get("votes", [])}
    ballots = {row["id"]: row.get("activity_id") for row in tables.get("ballots", [])}
    for table in sorted(tables):
        references = [
            (column, parent)
            for _, _, parent, column, *_ in conn.execute(
                f"PRAGMA foreign_key_list(\"{table.replace(chr(34), chr(34) * 2)}\")"
            )
        ]
        for index, row in enumerate(tables[table]):
            for column, parent in references:
                value = row.get(column)
                if value is not None and value not in ids.get(parent, set()):
                    return Dangling(table, index, column, _missing(parent, value))
            special = _special_parent(table, row, targets, ballots)
            if special is not None:
                column, parent = special
                if row.get(column) not in ids.get(parent, set()):
                    return Dangling(table, index, column, _missing(parent, row.get(column)))
    return None


def _special_parent(
    table: str, row: dict[str, Any], targets: dict[Any, str], ballots: dict[Any, Any]
) -> tuple[str, str] | None:
    """(column, table it points into) for the references the schema does not declare."""
    if table == "dots":
        return "item_id", targets.get(ballots.get(row.get("ballot_id")), "notes")
    if table == "tallies":
        return "item_id", targets.get(row.get("activity_id"), "notes")
    if table == "actions" and row.get("source_kind"):
        return "source_id", SOURCE_TABLES[SourceKind(row["source_kind"])]
    return None


def _missing(table: str, value: Any) -> str:
    return f"refers to {value} in {table}, which is not in the file"

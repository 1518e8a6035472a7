"""Read pulse checks: statements, rounds with their answers, comparisons and the impact radar."""

from __future__ import annotations

from typing import Any

from workshop.domain.pulse import (
    Distribution,
    RadarPoint,
    RoundResult,
    Scale,
    Statement,
    distribution,
    impact_profile,
)
from workshop.storage.document import Document

_STATEMENT_COLUMNS = "id, activity_id, position, text, scale, condition"


def _statement(row: tuple[Any, ...]) -> Statement:
    id_, activity_id, position, text, scale, condition = row
    return Statement(int(id_), int(activity_id), int(position), text, Scale(scale), condition)


def statements(doc: Document, activity_id: int) -> list[Statement]:
    return [
        _statement(row)
        for row in doc.conn.execute(
            f"SELECT {_STATEMENT_COLUMNS} FROM pulse_statements WHERE activity_id = ?"
            " ORDER BY position, id",
            (activity_id,),
        )
    ]


def statement(doc: Document, statement_id: int) -> Statement | None:
    row = doc.conn.execute(
        f"SELECT {_STATEMENT_COLUMNS} FROM pulse_statements WHERE id = ?", (statement_id,)
    ).fetchone()
    return _statement(row) if row else None


def on_screen(doc: Document, activity_id: int) -> tuple[Statement | None, bool]:
    """The statement the room sees (the one the facilitator put up, else the last one) and
    whether its shift between rounds is shown."""
    row = doc.conn.execute(
        f"SELECT {_STATEMENT_COLUMNS}, show_shift FROM pulse_statements"
        " WHERE activity_id = ? ORDER BY on_screen DESC, position DESC, id DESC LIMIT 1",
        (activity_id,),
    ).fetchone()
    if row is None:
        return None, False
    return _statement(row[:-1]), bool(row[-1])


def round_distribution(doc: Document, round_id: int, scale: Scale) -> Distribution:
    """The paper tally plus the answers given one by one."""
    conn = doc.conn
    tally = {
        int(v): int(n)
        for v, n in conn.execute(
            "SELECT value, count FROM pulse_tallies WHERE round_id = ?", (round_id,)
        )
    }
    answers = [
        int(r[0])
        for r in conn.execute("SELECT value FROM pulse_answers WHERE round_id = ?", (round_id,))
    ]
    return distribution(scale, tally, answers)


def tally(doc: Document, round_id: int) -> dict[int, int]:
    """The paper tally alone (count per value; values never tallied are absent)."""
    return {
        int(v): int(n)
        for v, n in doc.conn.execute(
            "SELECT value, count FROM pulse_tallies WHERE round_id = ?", (round_id,)
        )
    }


def answer_count(doc: Document, round_id: int) -> int:
    """How many answers were typed one by one (not the tally)."""
    row = doc.conn.execute(
        "SELECT count(*) FROM pulse_answers WHERE round_id = ?", (round_id,)
    ).fetchone()
    return int(row[0])


def answered(doc: Document, round_id: int) -> set[int]:
    """Participants known to have answered this round (none when answers were anonymous)."""
    return {
        int(r[0])
        for r in doc.conn.execute(
            "SELECT participant_id FROM pulse_answers"
            " WHERE round_id = ? AND participant_id IS NOT NULL",
            (round_id,),
        )
    }


def rounds(doc: Document, statement_id: int) -> list[RoundResult]:
    """The statement's rounds, first asked first."""
    found = statement(doc, statement_id)
    if found is None:
        return []
    return [
        RoundResult(
            int(id_), int(number), label, round_distribution(doc, id_, found.scale), bool(rv)
        )
        for id_, number, label, rv in doc.conn.execute(
            "SELECT id, number, label, revealed FROM pulse_rounds WHERE statement_id = ?"
            " ORDER BY number, id",
            (statement_id,),
        ).fetchall()
    ]


def round_statement(doc: Document, round_id: int) -> Statement | None:
    row = doc.conn.execute(
        "SELECT statement_id FROM pulse_rounds WHERE id = ?", (round_id,)
    ).fetchone()
    return statement(doc, int(row[0])) if row else None


def _norm(text: str) -> str:
    return " ".join(text.casefold().split()).rstrip(".?!")


def history(doc: Document, statement_id: int) -> list[RoundResult]:
    """Every round of this statement across the workshop, in agenda order.

    The same statement (same words, same scale) asked in an earlier or later pulse
    activity — a check-in and a check-out — counts as the same question; rounds
    asked elsewhere carry their activity's title.
    """
    found = statement(doc, statement_id)
    if found is None:
        return []
    same = [
        (int(sid), int(aid), title)
        for sid, aid, title, text, scale in doc.conn.execute(
            "SELECT s.id, s.activity_id, a.title, s.text, s.scale FROM pulse_statements s"
            " JOIN activities a ON a.id = s.activity_id ORDER BY a.position, s.position, s.id"
        )
        if scale == found.scale.value and _norm(text) == _norm(found.text)
    ]
    result: list[RoundResult] = []
    for sid, aid, title in same:
        for item in rounds(doc, sid):
            # Numbered through the day (1, 2, 3): a check-in and a check-out asked in two
            # activities are Round 1 and Round 2, never two "Round 1"s.
            result.append(
                RoundResult(
                    item.round_id,
                    len(result) + 1,
                    item.label,
                    item.distribution,
                    item.revealed,
                    title if aid != found.activity_id else "",
                )
            )
    return result


def latest_with_answers(doc: Document, statement_id: int) -> RoundResult | None:
    """The last round of the statement that has answers (None if nobody answered yet)."""
    answered_rounds = [r for r in rounds(doc, statement_id) if r.distribution.total]
    return answered_rounds[-1] if answered_rounds else None


def impact(doc: Document, activity_id: int) -> list[RadarPoint] | None:
    """The collective impact radar of the activity (latest answered round of each condition).

    None when the activity asks none of the five conditions.
    """
    results: dict[str, Distribution] = {}
    asked = False
    for item in statements(doc, activity_id):
        if not item.condition:
            continue
        asked = True
        latest = latest_with_answers(doc, item.id)
        if latest is not None:
            results[item.condition] = latest.distribution
    return impact_profile(results) if asked else None


def pulse_activities(doc: Document) -> list[int]:
    return [
        int(row[0])
        for row in doc.conn.execute(
            "SELECT id FROM activities WHERE kind = 'pulse' ORDER BY position, id"
        )
    ]

"""Read a purpose-blending activity: settings, statements, analysis, rounds, drafts, ratings.

The screen, the audience view and the PDF export all read through here.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache, partial

from workshop.domain.models import Activity, ActivityKind
from workshop.domain.purpose import Analysis, Coverage, analyse
from workshop.domain.purpose_models import (
    DEFAULT_LANGUAGE,
    BlendGroup,
    Draft,
    HiddenTerm,
    Party,
    PartyMode,
    PurposeSettings,
    PurposeStatement,
    Rating,
    SynonymMerge,
)
from workshop.storage import read
from workshop.storage.document import Document


def settings(doc: Document, activity_id: int) -> PurposeSettings:
    """The activity's settings; defaults (by participant, English, named) until changed."""
    row = doc.conn.execute(
        "SELECT parties, language, anonymous, themes_shown FROM purpose_settings"
        " WHERE activity_id = ?",
        (activity_id,),
    ).fetchone()
    if row is None:
        return PurposeSettings(activity_id, PartyMode.PARTICIPANT, DEFAULT_LANGUAGE, False)
    return PurposeSettings(
        activity_id, PartyMode(row[0]), str(row[1]), bool(row[2]), bool(row[3])
    )


def analysis_languages(doc: Document) -> list[str]:
    """The languages the workshop's purpose and offers/asks activities analyse words in.

    Offers and asks are matched in the default language; a purpose activity in its own.
    """
    rows = doc.conn.execute(
        "SELECT a.kind, s.language FROM activities a"
        " LEFT JOIN purpose_settings s ON s.activity_id = a.id WHERE a.kind IN (?, ?)"
        " ORDER BY a.position",
        (ActivityKind.PURPOSE_BLEND.value, ActivityKind.OFFERS_ASKS.value),
    )
    return list(dict.fromkeys(str(language or DEFAULT_LANGUAGE) for _kind, language in rows))


def party(conn: sqlite3.Connection, participant_id: int | None, organisation: str) -> Party:
    if participant_id is None:
        return Party(None, organisation, organisation)
    row = conn.execute("SELECT name FROM participants WHERE id = ?", (participant_id,)).fetchone()
    return Party(participant_id, "", row[0] if row else "(removed participant)")


def parties(doc: Document, activity_id: int) -> list[Party]:
    """Everyone who can state a purpose or rate a draft in this activity, by name."""
    if settings(doc, activity_id).by is PartyMode.PARTICIPANT:
        return [Party(p.id, "", p.name) for p in read.participants(doc)]
    names = set(read.organisations(doc))
    names.update(
        row[0]
        for row in doc.conn.execute(
            "SELECT organisation FROM purpose_statements"
            " WHERE activity_id = ? AND participant_id IS NULL",
            (activity_id,),
        )
    )
    return [Party(None, name, name) for name in sorted(names, key=str.casefold)]


def statements(doc: Document, activity_id: int) -> list[PurposeStatement]:
    """The statements in the order they were captured."""
    conn = doc.conn
    return [
        PurposeStatement(id_, activity_id, party(conn, pid, org), text)
        for id_, pid, org, text in conn.execute(
            "SELECT id, participant_id, organisation, text FROM purpose_statements"
            " WHERE activity_id = ? ORDER BY id",
            (activity_id,),
        ).fetchall()
    ]


def statement(doc: Document, statement_id: int) -> PurposeStatement | None:
    conn = doc.conn
    row = conn.execute(
        "SELECT activity_id, participant_id, organisation, text FROM purpose_statements"
        " WHERE id = ?",
        (statement_id,),
    ).fetchone()
    if row is None:
        return None
    return PurposeStatement(statement_id, row[0], party(conn, row[1], row[2]), row[3])


def synonyms(doc: Document, activity_id: int) -> list[SynonymMerge]:
    return [
        SynonymMerge(id_, tuple(json.loads(phrases)))
        for id_, phrases in doc.conn.execute(
            "SELECT id, phrases FROM purpose_synonyms WHERE activity_id = ? ORDER BY id",
            (activity_id,),
        )
    ]


def hidden_terms(doc: Document, activity_id: int) -> list[HiddenTerm]:
    return [
        HiddenTerm(id_, phrase)
        for id_, phrase in doc.conn.execute(
            "SELECT id, phrase FROM purpose_hidden_terms WHERE activity_id = ? ORDER BY id",
            (activity_id,),
        )
    ]


def analysis(doc: Document, activity_id: int) -> Analysis:
    """Themes and similarity of the statements, keyed by each statement's ``party.key``.

    The same statements, merges and hidden terms give the same analysis: it is computed
    once and shared (a rating or a draft changes none of them, and the laptop's screen
    and the projector both ask).
    """
    return _analysis(*_analysis_inputs(doc, activity_id))


AnalysisInputs = tuple[
    tuple[tuple[str, str], ...], str, tuple[tuple[str, ...], ...], tuple[str, ...]
]


def _analysis_inputs(doc: Document, activity_id: int) -> AnalysisInputs:
    return (
        tuple((s.party.key, s.text) for s in statements(doc, activity_id)),
        settings(doc, activity_id).language,
        tuple(m.phrases for m in synonyms(doc, activity_id)),
        tuple(h.phrase for h in hidden_terms(doc, activity_id)),
    )


def pending_analyses(doc: Document) -> list[Callable[[], object]]:
    """Work that computes each purpose activity's analysis into the shared cache.

    The inputs are read here (on the caller's thread: the connection is not shared);
    the returned calls touch no database, so a warm-up thread can run them before the
    screen first asks (:func:`workshop.domain.purpose_words.warm_up`).
    """
    ids = [
        int(row[0])
        for row in doc.conn.execute(
            "SELECT id FROM activities WHERE kind = ? ORDER BY position",
            (ActivityKind.PURPOSE_BLEND.value,),
        )
    ]
    return [partial(_analysis, *_analysis_inputs(doc, id_)) for id_ in ids]


@lru_cache(maxsize=16)
def _analysis(
    pairs: tuple[tuple[str, str], ...],
    language: str,
    merges: tuple[tuple[str, ...], ...],
    hidden: tuple[str, ...],
) -> Analysis:
    return analyse(pairs, language, merges, hidden)


def groups(doc: Document, activity_id: int, round_: int | None = None) -> list[BlendGroup]:
    """Blend groups in round order, then position; members in the order they joined."""
    conn = doc.conn
    members: dict[int, list[int]] = {}
    for group_id, statement_id in conn.execute(
        "SELECT m.group_id, m.statement_id FROM purpose_group_members m"
        " JOIN purpose_groups g ON g.id = m.group_id WHERE g.activity_id = ? ORDER BY m.id",
        (activity_id,),
    ):
        members.setdefault(group_id, []).append(statement_id)
    query = (
        "SELECT id, round, position, text, started FROM purpose_groups WHERE activity_id = ?"
    )
    args: tuple[int, ...] = (activity_id,)
    if round_ is not None:
        query += " AND round = ?"
        args = (activity_id, round_)
    return [
        BlendGroup(id_, rnd, position, tuple(members.get(id_, ())), text, started)
        for id_, rnd, position, text, started in conn.execute(
            query + " ORDER BY round, position, id", args
        ).fetchall()
    ]


def _draft(row: tuple[int, int, int | None, str, int]) -> Draft:
    id_, number, parent_id, text, adopted = row
    return Draft(id_, number, parent_id, text, bool(adopted))


def drafts(doc: Document, activity_id: int) -> list[Draft]:
    """Every draft of the common purpose, oldest (number 1) first."""
    return [
        _draft(row)
        for row in doc.conn.execute(
            "SELECT id, number, parent_id, text, adopted FROM purpose_drafts"
            " WHERE activity_id = ? ORDER BY number",
            (activity_id,),
        )
    ]


def draft(doc: Document, draft_id: int) -> Draft | None:
    row = doc.conn.execute(
        "SELECT id, number, parent_id, text, adopted FROM purpose_drafts WHERE id = ?",
        (draft_id,),
    ).fetchone()
    return _draft(row) if row else None


def current_draft(doc: Document, activity_id: int) -> Draft | None:
    """The adopted draft, else the latest one."""
    all_drafts = drafts(doc, activity_id)
    adopted = [d for d in all_drafts if d.adopted]
    return adopted[0] if adopted else (all_drafts[-1] if all_drafts else None)


def ratings(doc: Document, draft_id: int) -> list[Rating]:
    conn = doc.conn
    return [
        Rating(id_, draft_id, party(conn, pid, org), score, comment)
        for id_, pid, org, score, comment in conn.execute(
            "SELECT id, participant_id, organisation, score, comment FROM purpose_ratings"
            " WHERE draft_id = ? ORDER BY id",
            (draft_id,),
        ).fetchall()
    ]


@dataclass(frozen=True, slots=True)
class PurposeSummary:
    """Everything about one purpose blend, for the audience view and the PDF."""

    activity: Activity
    settings: PurposeSettings
    statements: list[PurposeStatement]
    analysis: Analysis
    groups: list[BlendGroup]
    drafts: list[Draft]
    #: The adopted draft, None until the facilitator adopts one.
    adopted: Draft | None
    #: Ratings of the adopted draft, else of the latest draft.
    ratings: list[Rating]
    #: For each statement's party, which of its key terms the adopted (else latest) draft holds.
    coverage: list[Coverage]


def summary(doc: Document, activity_id: int) -> PurposeSummary | None:
    activity = read.activity(doc, activity_id)
    if activity is None or activity.kind is not ActivityKind.PURPOSE_BLEND:
        return None
    result = analysis(doc, activity_id)
    current = current_draft(doc, activity_id)
    all_drafts = drafts(doc, activity_id)
    return PurposeSummary(
        activity,
        settings(doc, activity_id),
        statements(doc, activity_id),
        result,
        groups(doc, activity_id),
        all_drafts,
        next((d for d in all_drafts if d.adopted), None),
        ratings(doc, current.id) if current else [],
        result.coverage(current.text) if current else [],
    )


def adopted_purpose(doc: Document) -> str | None:
    """The workshop's common purpose: the adopted draft of the last purpose blend that has one."""
    row = doc.conn.execute(
        "SELECT d.text FROM purpose_drafts d JOIN activities a ON a.id = d.activity_id"
        " WHERE d.adopted = 1 ORDER BY a.position DESC, d.id DESC LIMIT 1"
    ).fetchone()
    return str(row[0]) if row else None

"""Purpose blending: capture statements, shape the analysis, blend in rounds, draft, rate, adopt.

A party is given as an ``int`` (a participant's id) or a ``str`` (an
organisation's name), matching the activity's setting (by participant or by
organisation). Every operation is one undoable step.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from datetime import UTC, datetime

from workshop.domain import validation as v
from workshop.domain.errors import ValidationError
from workshop.domain.models import ActivityKind
from workshop.domain.purpose import Lexicon, check_language, compose_from_phrases
from workshop.domain.purpose_groups import propose_fours, propose_pairs
from workshop.domain.purpose_models import (
    ROUND_FOURS,
    ROUND_NAMES,
    ROUND_PAIRS,
    SCORE_MAX,
    SCORE_MIN,
    PartyMode,
)
from workshop.storage import dependents, read_purpose
from workshop.storage.changes import Change, Label, counted
from workshop.storage.document import Document

PartyRef = int | str


# ----------------------------------------------------------------- settings


def set_purpose_settings(
    doc: Document,
    activity_id: int,
    *,
    by: PartyMode | None = None,
    language: str | None = None,
    anonymous: bool | None = None,
    themes_shown: bool | None = None,
) -> Change:
    """Choose who states purposes (participants or organisations), the language, anonymity,
    and whether the room sees the shared themes (only once the facilitator has seen them).
    """
    values: dict[str, object] = {}
    if themes_shown is not None:
        values["themes_shown"] = int(bool(themes_shown))
    if by is not None:
        values["parties"] = PartyMode(by).value
    if language is not None:
        values["language"] = check_language(language)
    if anonymous is not None:
        values["anonymous"] = int(bool(anonymous))
    if not values:
        raise ValidationError("Nothing to change.")
    label = Label("Change purpose settings")
    if list(values) == ["themes_shown"]:
        label = Label("Show themes to the room" if themes_shown else "Hide themes from the room")
    with doc.edit(label) as ed:
        _require_activity(ed.conn, activity_id)
        current = read_purpose.settings(doc, activity_id)
        if "parties" in values and values["parties"] != current.by.value and _count(
            ed.conn, "SELECT count(*) FROM purpose_statements WHERE activity_id = ?", activity_id
        ):
            raise ValidationError(
                "Statements have already been captured by participant; remove them before "
                "changing who states purposes."
                if current.by is PartyMode.PARTICIPANT
                else "Statements have already been captured by organisation; remove them before "
                "changing who states purposes."
            )
        exists = ed.conn.execute(
            "SELECT id FROM purpose_settings WHERE activity_id = ?", (activity_id,)
        ).fetchone()
        if exists:
            ed.table("purpose_settings").update(exists[0], values)
        else:
            ed.table("purpose_settings").insert({"activity_id": activity_id, **values})
    return _done(ed.change)


# --------------------------------------------------------------- statements


def add_statement(doc: Document, activity_id: int, party: PartyRef, text: str) -> Change:
    """Record one party's own purpose; each party has at most one statement per activity."""
    text = v.required_text(text, "A purpose statement", v.TEXT_MAX)
    with doc.edit("Add purpose statement") as ed:
        _require_activity(ed.conn, activity_id)
        participant_id, organisation = _party(doc, ed.conn, activity_id, party)
        label = read_purpose.party(ed.conn, participant_id, organisation).label
        if _statement_of(ed.conn, activity_id, participant_id, organisation) is not None:
            raise ValidationError(
                "{label} already has a purpose statement; edit that one.",
                label=label,
            )
        ed.table("purpose_statements").insert(
            {
                "activity_id": activity_id,
                "participant_id": participant_id,
                "organisation": organisation,
                "text": text,
            }
        )
    return _done(ed.change, Label("Add purpose of {party}", party=label))


def edit_statement(doc: Document, statement_id: int, text: str) -> Change:
    text = v.required_text(text, "A purpose statement", v.TEXT_MAX)
    with doc.edit("Edit purpose statement") as ed:
        _require(ed.conn, "purpose_statements", statement_id, "That statement no longer exists.")
        ed.table("purpose_statements").update(statement_id, {"text": text})
    return _done(ed.change)


def remove_statement(doc: Document, statement_id: int) -> Change:
    with doc.edit("Remove purpose statement") as ed:
        _require(ed.conn, "purpose_statements", statement_id, "That statement no longer exists.")
        dependents.before_purpose_statements_removed(ed.conn, [statement_id])
        ed.conn.execute("DELETE FROM purpose_statements WHERE id = ?", (statement_id,))
    return _done(ed.change)


# ------------------------------------------------------------ shaping terms


def merge_terms(doc: Document, activity_id: int, phrases: Sequence[str]) -> Change:
    """Count ``phrases`` as one term, labelled by the first ("youth", "young people").

    A phrase that is already part of a merge brings that merge's phrases along.
    """
    with doc.edit("Merge terms") as ed:
        _require_activity(ed.conn, activity_id)
        lexicon = Lexicon(read_purpose.settings(doc, activity_id).language)
        wanted = _distinct_phrases(lexicon, phrases)
        keys = {lexicon.phrase_key(p) for p in wanted}
        existing = read_purpose.synonyms(doc, activity_id)
        touched = [m for m in existing if keys & {lexicon.phrase_key(p) for p in m.phrases}]
        merged = _distinct_phrases(
            lexicon, [*wanted, *(p for m in touched for p in m.phrases)], minimum=1
        )
        if len(merged) < 2 or (len(touched) == 1 and len(merged) == len(touched[0].phrases)):
            raise ValidationError("Those terms are already counted as one.")
        for merge in touched:
            ed.conn.execute("DELETE FROM purpose_synonyms WHERE id = ?", (merge.id,))
        ed.table("purpose_synonyms").insert(
            {"activity_id": activity_id, "phrases": json.dumps(merged, ensure_ascii=False)}
        )
    return _done(ed.change, Label("Merge “{terms}”", terms="” = “".join(merged)))


def unmerge_terms(doc: Document, synonym_id: int) -> Change:
    with doc.edit("Split merged terms") as ed:
        _require(ed.conn, "purpose_synonyms", synonym_id, "Those terms are no longer merged.")
        ed.conn.execute("DELETE FROM purpose_synonyms WHERE id = ?", (synonym_id,))
    return _done(ed.change)


def hide_term(doc: Document, activity_id: int, phrase: str) -> Change:
    """Leave a noise term ("work", "local") out of the analysis."""
    return hide_terms(doc, activity_id, [phrase])


def hide_terms(doc: Document, activity_id: int, phrases: Sequence[str]) -> Change:
    """Leave several noise terms out of the analysis in one step."""
    with doc.edit("Hide terms") as ed:
        _require_activity(ed.conn, activity_id)
        lexicon = Lexicon(read_purpose.settings(doc, activity_id).language)
        wanted = _distinct_phrases(lexicon, phrases, minimum=1)
        hidden = {lexicon.phrase_key(h.phrase) for h in read_purpose.hidden_terms(doc, activity_id)}
        already = [p for p in wanted if lexicon.phrase_key(p) in hidden]
        if already:
            raise ValidationError("“{already}” is already hidden.", already=already[0])
        ed.table("purpose_hidden_terms").insert_all(
            {"activity_id": activity_id, "phrase": phrase} for phrase in wanted
        )
    label = counted(len(wanted), "Hide “{term}”", "Hide {count} terms", term=wanted[0])
    return _done(ed.change, label)


def unhide_term(doc: Document, hidden_id: int) -> Change:
    with doc.edit("Show hidden term") as ed:
        _require(ed.conn, "purpose_hidden_terms", hidden_id, "That term is not hidden any more.")
        ed.conn.execute("DELETE FROM purpose_hidden_terms WHERE id = ?", (hidden_id,))
    return _done(ed.change)


# ------------------------------------------------------------------- rounds


def propose_groups(
    doc: Document, activity_id: int, round_: int, *, most_similar: bool = False
) -> Change:
    """Replace the round's groups with the app's proposal (pairs, or fours from the pairs)."""
    if round_ not in ROUND_NAMES:
        raise ValidationError("Choose pairs or fours.")
    with doc.edit(Label("Propose pairs" if round_ == ROUND_PAIRS else "Propose fours")) as ed:
        _require_activity(ed.conn, activity_id)
        stated = read_purpose.statements(doc, activity_id)
        if len(stated) < (2 if round_ == ROUND_PAIRS else 3):
            raise ValidationError(
                "Pairs need at least two purpose statements."
                if round_ == ROUND_PAIRS
                else "Fours need at least three purpose statements."
            )
        by_key = {s.party.key: s.id for s in stated}
        key_of = {s.id: s.party.key for s in stated}
        similarity = read_purpose.analysis(doc, activity_id).similarity
        if round_ == ROUND_PAIRS:
            proposal = propose_pairs(list(by_key), similarity, most_similar=most_similar)
        else:
            pairs = [
                tuple(key_of[i] for i in g.statement_ids if i in key_of)
                for g in read_purpose.groups(doc, activity_id, ROUND_PAIRS)
            ]
            placed = {k for pair in pairs for k in pair}
            pairs = [p for p in pairs if p] + [(k,) for k in by_key if k not in placed]
            if len(pairs) < 2 or any(len(p) == 1 for p in pairs):
                pairs = propose_pairs(list(by_key), similarity, most_similar=most_similar)
            proposal = propose_fours(pairs, similarity, most_similar=most_similar)
        _clear_round(ed.conn, activity_id, round_)
        started = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")  # the round's timer
        for position, members in enumerate(proposal):
            group_id = ed.table("purpose_groups").insert(
                {"activity_id": activity_id, "round": round_, "position": position,
                 "started": started}
            ).last_pk
            ed.table("purpose_group_members").insert_all(
                {"group_id": group_id, "statement_id": by_key[k]} for k in members
            )
    return _done(ed.change)


def move_to_group(
    doc: Document, statement_id: int, round_: int, group_id: int | None = None
) -> Change:
    """Adjust a proposal: move a statement into another group of the round (None: a new one).

    A group left with no members and no blended statement disappears.
    """
    with doc.edit("Move to another group") as ed:
        row = ed.conn.execute(
            "SELECT activity_id FROM purpose_statements WHERE id = ?", (statement_id,)
        ).fetchone()
        if row is None:
            raise ValidationError("That statement no longer exists.")
        activity_id = int(row[0])
        if group_id is not None:
            target = ed.conn.execute(
                "SELECT activity_id, round FROM purpose_groups WHERE id = ?", (group_id,)
            ).fetchone()
            if target is None or tuple(target) != (activity_id, round_):
                raise ValidationError("That group no longer exists.")
        old = [
            r[0]
            for r in ed.conn.execute(
                "SELECT m.group_id FROM purpose_group_members m JOIN purpose_groups g"
                " ON g.id = m.group_id WHERE m.statement_id = ? AND g.round = ?",
                (statement_id, round_),
            )
        ]
        if group_id is not None and old == [group_id]:
            raise ValidationError("The statement is already in that group.")
        for previous in old:
            ed.conn.execute(
                "DELETE FROM purpose_group_members WHERE group_id = ? AND statement_id = ?",
                (previous, statement_id),
            )
        if group_id is None:
            position = _count(
                ed.conn,
                "SELECT coalesce(max(position) + 1, 0) FROM purpose_groups"
                " WHERE activity_id = ? AND round = " + str(int(round_)),
                activity_id,
            )
            group_id = ed.table("purpose_groups").insert(
                {"activity_id": activity_id, "round": round_, "position": position}
            ).last_pk
            assert group_id is not None
        ed.table("purpose_group_members").insert(
            {"group_id": group_id, "statement_id": statement_id}
        )
        for previous in old:
            ed.conn.execute(
                "DELETE FROM purpose_groups WHERE id = ? AND text = '' AND NOT EXISTS"
                " (SELECT 1 FROM purpose_group_members WHERE group_id = ?)",
                (previous, previous),
            )
    return _done(ed.change)


def capture_group_statement(doc: Document, group_id: int, text: str) -> Change:
    """Record the purpose a pair or four blended (empty text clears it)."""
    text = v.limited(text.strip(), "The blended statement")
    with doc.edit("Capture blended statement") as ed:
        _require(ed.conn, "purpose_groups", group_id, "That group no longer exists.")
        ed.table("purpose_groups").update(group_id, {"text": text})
    return _done(ed.change)


#: The undo step of clearing a round's groups.
_CLEAR_LABELS = {ROUND_PAIRS: Label("Clear pairs"), ROUND_FOURS: Label("Clear fours")}


def clear_round(doc: Document, activity_id: int, round_: int) -> Change:
    with doc.edit(Label(_CLEAR_LABELS.get(round_, "Clear groups"))) as ed:
        _require_activity(ed.conn, activity_id)
        _clear_round(ed.conn, activity_id, round_)
    return _done(ed.change)


# ------------------------------------------------------------------- drafts


def new_draft(
    doc: Document, activity_id: int, text: str, parent_id: int | None = None
) -> Change:
    """Keep a new numbered draft of the common purpose (from an earlier one: ``parent_id``)."""
    text = _draft_text(text)
    with doc.edit("New draft") as ed:
        _require_activity(ed.conn, activity_id)
        if parent_id is not None:
            parent = ed.conn.execute(
                "SELECT activity_id FROM purpose_drafts WHERE id = ?", (parent_id,)
            ).fetchone()
            if parent is None or parent[0] != activity_id:
                raise ValidationError("The draft to start from no longer exists.")
        number = _count(
            ed.conn,
            "SELECT coalesce(max(number), 0) + 1 FROM purpose_drafts WHERE activity_id = ?",
            activity_id,
        )
        ed.table("purpose_drafts").insert(
            {"activity_id": activity_id, "number": number, "parent_id": parent_id, "text": text}
        )
    return _done(ed.change, Label("Draft {number}", number=number))


def new_draft_from_phrases(doc: Document, activity_id: int, phrases: Sequence[str]) -> Change:
    """Start a draft from phrases picked out of the statements and the blends."""
    return new_draft(doc, activity_id, compose_from_phrases(phrases))


def edit_draft(doc: Document, draft_id: int, text: str) -> Change:
    """Correct a draft nobody has rated yet (rated drafts stay as rated: start a new one)."""
    text = _draft_text(text)
    with doc.edit("Edit draft") as ed:
        number, adopted = _draft_row(ed.conn, draft_id)
        if adopted or _count(
            ed.conn, "SELECT count(*) FROM purpose_ratings WHERE draft_id = ?", draft_id
        ):
            raise ValidationError(
                "Draft {number} has been rated or adopted, so it stays as it was; "
                "start a new draft from it instead.", number=number
            )
        ed.table("purpose_drafts").update(draft_id, {"text": text})
    return _done(ed.change, Label("Edit draft {number}", number=number))


def remove_draft(doc: Document, draft_id: int) -> Change:
    with doc.edit("Remove draft") as ed:
        number, adopted = _draft_row(ed.conn, draft_id)
        if adopted:
            raise ValidationError(
                "Draft {number} is the adopted purpose; un-adopt it first.",
                number=number,
            )
        parent = ed.conn.execute(
            "SELECT parent_id FROM purpose_drafts WHERE id = ?", (draft_id,)
        ).fetchone()[0]
        ed.conn.execute(
            "UPDATE purpose_drafts SET parent_id = ? WHERE parent_id = ?", (parent, draft_id)
        )
        ed.conn.execute("DELETE FROM purpose_ratings WHERE draft_id = ?", (draft_id,))
        ed.conn.execute("DELETE FROM purpose_drafts WHERE id = ?", (draft_id,))
    return _done(ed.change, Label("Remove draft {number}", number=number))


def rate(doc: Document, draft_id: int, party: PartyRef, score: int, comment: str = "") -> Change:
    """A party's fist of five for a draft (0: cannot live with it … 5: fully my purpose).

    Rating again replaces the party's earlier rating of that draft.
    """
    if isinstance(score, bool) or not isinstance(score, int) or not (
        SCORE_MIN <= score <= SCORE_MAX
    ):
        raise ValidationError(
            "A rating is a whole number from {score_min} to {score_max}.",
            score_min=SCORE_MIN, score_max=SCORE_MAX,
        )
    comment = v.limited(comment.strip(), "The comment")
    with doc.edit("Rate draft") as ed:
        number, adopted = _draft_row(ed.conn, draft_id)
        if adopted:
            raise ValidationError(
                "Draft {number} is adopted: its ratings are kept as they were at adoption. "
                "Un-adopt it to change them.", number=number
            )
        activity_id = ed.conn.execute(
            "SELECT activity_id FROM purpose_drafts WHERE id = ?", (draft_id,)
        ).fetchone()[0]
        participant_id, organisation = _party(doc, ed.conn, activity_id, party)
        label = read_purpose.party(ed.conn, participant_id, organisation).label
        existing = ed.conn.execute(
            "SELECT id FROM purpose_ratings WHERE draft_id = ? AND participant_id IS ?"
            " AND organisation = ?",
            (draft_id, participant_id, organisation),
        ).fetchone()
        values = {"score": score, "comment": comment}
        if existing:
            ed.table("purpose_ratings").update(existing[0], values)
        else:
            ed.table("purpose_ratings").insert(
                {
                    "draft_id": draft_id,
                    "participant_id": participant_id,
                    "organisation": organisation,
                    **values,
                }
            )
    return _done(
        ed.change,
        Label("Rate draft {number}: {party} {score}/5", number=number, party=label, score=score),
    )


def remove_rating(doc: Document, rating_id: int) -> Change:
    with doc.edit("Remove rating") as ed:
        row = ed.conn.execute(
            "SELECT d.adopted, d.number FROM purpose_ratings r JOIN purpose_drafts d"
            " ON d.id = r.draft_id WHERE r.id = ?",
            (rating_id,),
        ).fetchone()
        if row is None:
            raise ValidationError("That rating no longer exists.")
        if row[0]:
            raise ValidationError(
                "Draft {row} is adopted; un-adopt it to change ratings.",
                row=row[1],
            )
        ed.conn.execute("DELETE FROM purpose_ratings WHERE id = ?", (rating_id,))
    return _done(ed.change)


def adopt_draft(doc: Document, draft_id: int) -> Change:
    """Mark the common purpose; its ratings are frozen as they are now. One adopted per activity."""
    with doc.edit("Adopt draft") as ed:
        number, adopted = _draft_row(ed.conn, draft_id)
        if adopted:
            raise ValidationError("Draft {number} is already the adopted purpose.", number=number)
        activity_id = ed.conn.execute(
            "SELECT activity_id FROM purpose_drafts WHERE id = ?", (draft_id,)
        ).fetchone()[0]
        ed.conn.execute(
            "UPDATE purpose_drafts SET adopted = 0 WHERE activity_id = ? AND adopted = 1",
            (activity_id,),
        )
        ed.table("purpose_drafts").update(draft_id, {"adopted": 1})
    return _done(ed.change, Label("Adopt draft {number}", number=number))


def unadopt_draft(doc: Document, draft_id: int) -> Change:
    with doc.edit("Un-adopt draft") as ed:
        number, adopted = _draft_row(ed.conn, draft_id)
        if not adopted:
            raise ValidationError("Draft {number} is not adopted.", number=number)
        ed.table("purpose_drafts").update(draft_id, {"adopted": 0})
    return _done(ed.change, Label("Un-adopt draft {number}", number=number))


# ------------------------------------------------------------------ helpers


def _done(change: Change | None, label: Label | None = None) -> Change:
    assert change is not None
    if label:
        change.label = label
    return change


def _count(conn: sqlite3.Connection, query: str, activity_id: int) -> int:
    return int(conn.execute(query, (activity_id,)).fetchone()[0])


def _require(conn: sqlite3.Connection, table: str, row_id: int, message: str) -> None:
    if conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (row_id,)).fetchone() is None:
        raise ValidationError(message)


def _require_activity(conn: sqlite3.Connection, activity_id: int) -> None:
    row = conn.execute("SELECT kind FROM activities WHERE id = ?", (activity_id,)).fetchone()
    if row is None:
        raise ValidationError("That activity no longer exists.")
    if row[0] != ActivityKind.PURPOSE_BLEND.value:
        raise ValidationError("That activity is not a purpose blend.")


def _party(
    doc: Document, conn: sqlite3.Connection, activity_id: int, party: PartyRef
) -> tuple[int | None, str]:
    by = read_purpose.settings(doc, activity_id).by
    if by is PartyMode.PARTICIPANT:
        if isinstance(party, (str, bool)):
            raise ValidationError("This activity takes one purpose per participant: choose one.")
        if conn.execute("SELECT 1 FROM participants WHERE id = ?", (party,)).fetchone() is None:
            raise ValidationError("That participant no longer exists.")
        return int(party), ""
    if not isinstance(party, str):
        raise ValidationError("This activity takes one purpose per organisation: choose one.")
    return None, v.required_text(party, "The organisation's name")


def _statement_of(
    conn: sqlite3.Connection, activity_id: int, participant_id: int | None, organisation: str
) -> int | None:
    row = conn.execute(
        "SELECT id FROM purpose_statements WHERE activity_id = ? AND participant_id IS ?"
        " AND organisation = ?",
        (activity_id, participant_id, organisation),
    ).fetchone()
    return int(row[0]) if row else None


def _distinct_phrases(lexicon: Lexicon, phrases: Sequence[str], minimum: int = 2) -> list[str]:
    """Phrases cleaned, each with content words, no two counting as the same words."""
    seen: set[tuple[str, ...]] = set()
    result = []
    for phrase in phrases:
        phrase = " ".join(phrase.split())
        if not phrase:
            continue
        key = lexicon.phrase_key(phrase)
        if not key:
            raise ValidationError(
                "“{phrase}” has only common words, which are never counted.",
                phrase=phrase,
            )
        if key not in seen:
            seen.add(key)
            result.append(v.limited(phrase, "A term", v.NAME_MAX))
    if len(result) < minimum:
        raise ValidationError(
            "Choose at least two different terms to merge." if minimum > 1 else "Type a term."
        )
    return result


def _clear_round(conn: sqlite3.Connection, activity_id: int, round_: int) -> None:
    groups = "SELECT id FROM purpose_groups WHERE activity_id = ? AND round = ?"
    conn.execute(
        f"DELETE FROM purpose_group_members WHERE group_id IN ({groups})", (activity_id, round_)
    )
    conn.execute(
        "DELETE FROM purpose_groups WHERE activity_id = ? AND round = ?", (activity_id, round_)
    )


def _draft_text(text: str) -> str:
    text = "\n".join(" ".join(line.split()) for line in text.strip().splitlines()).strip()
    if not text:
        raise ValidationError("A draft cannot be empty.")
    return v.limited(text, "The draft")


def _draft_row(conn: sqlite3.Connection, draft_id: int) -> tuple[int, bool]:
    row = conn.execute(
        "SELECT number, adopted FROM purpose_drafts WHERE id = ?", (draft_id,)
    ).fetchone()
    if row is None:
        raise ValidationError("That draft no longer exists.")
    return int(row[0]), bool(row[1])


__all__ = ["ROUND_FOURS", "ROUND_PAIRS"]

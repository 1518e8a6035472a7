"""The room's phones: the facilitator's switches, and every contribution a phone posts.

A phone's post goes through the same operations as the laptop's (``add_note``,
``cast_ballot``, ``add_answer``, ``rate``, ``add_card``, ``add_participant``), inside
one edit that also writes the post's receipt: its idempotency key. The receipt and
what it added commit together, so a post acknowledged to the phone is on disk with its
key, and a retry with the same key (a lost acknowledgement, a flaky Wi-Fi) changes
nothing, also after a crash. Phone posts are ordinary, undoable changes.
"""

from __future__ import annotations

import re
import secrets
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from workshop.domain import board as b
from workshop.domain import voting as rules
from workshop.domain.errors import ValidationError
from workshop.domain.models import ActivityKind
from workshop.domain.purpose_models import PartyMode
from workshop.domain.reciprocity import CardKind, Party
from workshop.storage import read, read_phones, read_purpose, read_votes
from workshop.storage.changes import Change, Label, counted
from workshop.storage.document import Document, _Edit

if TYPE_CHECKING:
    from sqlite_utils.db import Table
from workshop.storage.ops import board, participants, pulse, purpose, reciprocity, voting
from workshop.storage.ops import budgeting as budget_ops

#: Letters and digits that cannot be mistaken for one another when read off a projector.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 6
_KEY = re.compile(r"^[A-Za-z0-9_-]{8,64}$")


def make_join_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def _done(change: Change | None) -> Change:
    assert change is not None
    return change


# ------------------------------------------------------------------ the facilitator's switches


def set_phones_enabled(doc: Document, enabled: bool) -> Change:
    """Let phones join this workshop (a join code is made the first time), or stop sharing."""
    with doc.edit("Phones on" if enabled else "Stop sharing with phones") as ed:
        values: dict[str, object] = {"enabled": int(bool(enabled))}
        if enabled and not read_phones.settings(doc).join_code:
            values["join_code"] = make_join_code()
        _settings(ed).update(1, values)
    return _done(ed.change)


def new_join_code(doc: Document, code: str | None = None) -> Change:
    """A new join code: the old one (and every phone joined with it) stops working at once."""
    code = code or make_join_code()
    if not re.fullmatch(f"[{CODE_ALPHABET}]{{{CODE_LENGTH}}}", code):
        raise ValidationError(
            "A join code is {code_length} letters or digits.",
            code_length=CODE_LENGTH,
        )
    with doc.edit("New join code") as ed:
        _settings(ed).update(1, {"join_code": code})
    return _done(ed.change)


def set_moderation(doc: Document, queue: bool) -> Change:
    """Phone notes straight to the board, or into a queue the facilitator approves."""
    label = Label("Phone notes wait for approval" if queue else "Phone notes go to the board")
    with doc.edit(label) as ed:
        _settings(ed).update(1, {"moderation": "queue" if queue else "board"})
    return _done(ed.change)


def set_self_join(doc: Document, allowed: bool) -> Change:
    """Whether a person not on the participant list may add themselves from a phone."""
    label = Label("People may add themselves" if allowed else "Only listed people may join")
    with doc.edit(label) as ed:
        _settings(ed).update(1, {"self_join": int(bool(allowed))})
    return _done(ed.change)


def set_open_to_phones(doc: Document, activity_id: int, opened: bool) -> Change:
    """Open one activity to phones (they follow it while it is live), or close it."""
    found = read.activity(doc, activity_id)
    if found is None:
        raise ValidationError("That activity no longer exists.")
    if opened and found.kind not in PHONE_KINDS:
        raise ValidationError("Phones have nothing to do in “{title}”.", title=found.title)
    label = Label(
        "Open “{title}” to phones" if opened else "Close “{title}” to phones", title=found.title
    )
    with doc.edit(label) as ed:
        if opened:
            ed.conn.execute(
                "INSERT OR IGNORE INTO phone_activities (activity_id) VALUES (?)", (activity_id,)
            )
        else:
            ed.conn.execute("DELETE FROM phone_activities WHERE activity_id = ?", (activity_id,))
    return _done(ed.change)


def approve_queued(doc: Document, queued_ids: Sequence[int]) -> Change:
    """Queued phone notes go on the board (in the order they came), as one undo step."""
    waiting = {q.id: q for q in read_phones.queue(doc)}
    chosen = [waiting[i] for i in sorted(set(queued_ids)) if i in waiting]
    if not chosen:
        raise ValidationError("Those phone notes are no longer waiting.")
    label = counted(len(chosen), "Approve phone note", "Approve {count} phone notes")
    with doc.edit(label) as ed:
        for q in chosen:
            board.add_note(doc, q.activity_id, q.text, author_id=q.author_id)
            ed.conn.execute("DELETE FROM phone_queue WHERE id = ?", (q.id,))
    return _done(ed.change)


def discard_queued(doc: Document, queued_ids: Sequence[int]) -> Change:
    """Queued phone notes the room will not see (undo brings them back to the queue)."""
    waiting = {q.id for q in read_phones.queue(doc)}
    ids = sorted(set(queued_ids) & waiting)
    if not ids:
        raise ValidationError("Those phone notes are no longer waiting.")
    label = counted(len(ids), "Discard phone note", "Discard {count} phone notes")
    with doc.edit(label) as ed:
        for queued_id in ids:
            ed.conn.execute("DELETE FROM phone_queue WHERE id = ?", (queued_id,))
    return _done(ed.change)


# ------------------------------------------------------------------ what phones post

#: The kinds of activity a phone can take part in (later kinds add theirs here).
PHONE_KINDS = frozenset(
    {
        ActivityKind.BRAINSTORM,
        ActivityKind.DOT_VOTE,
        ActivityKind.PULSE,
        ActivityKind.PURPOSE_BLEND,
        ActivityKind.OFFERS_ASKS,
        ActivityKind.BUDGET,
    }
)


def check_key(key: str) -> str:
    if not isinstance(key, str) or not _KEY.fullmatch(key):
        raise ValidationError("The phone sent a post without a valid key; reload the page.")
    return key


def receipt_key(participant_id: int | None, key: str) -> str:
    """Keys are per person: one phone cannot replay or block another's posts."""
    return f"{participant_id or 0}:{check_key(key)}"


def join_as_new(doc: Document, key: str, name: str, organisation: str = "") -> Change:
    """A person not on the list adds themselves from a phone (when the facilitator allows)."""
    stored = receipt_key(None, key)
    if read_phones.has_receipt(doc, stored):
        return Change("Join from a phone", ())
    if not read_phones.settings(doc).self_join:
        raise ValidationError("Ask the facilitator to add you to the list.")
    with doc.edit("Join from a phone") as ed:
        participants.add_participant(doc, name, organisation)
        new_id = ed.conn.execute("SELECT MAX(id) FROM participants").fetchone()[0]
        _receipt(ed.conn, stored, int(new_id), None, "join")
    return _done(ed.change)


def joined_participant(doc: Document, key: str) -> int | None:
    """Who a ``join_as_new`` post with this key added (a retried join finds them again)."""
    row = doc.conn.execute(
        "SELECT participant_id FROM phone_receipts WHERE key = ?", (receipt_key(None, key),)
    ).fetchone()
    return None if row is None or row[0] is None else int(row[0])


def post_note(doc: Document, key: str, activity_id: int, participant_id: int, text: str) -> Change:
    """A phone's note: to the board, or to the queue when the facilitator moderates."""
    cleaned = b.clean_note_text(text)

    def write(ed: _Edit) -> str:
        _require_kind(ed.conn, activity_id, ActivityKind.BRAINSTORM)
        author = None if read.is_anonymous(doc, read.activity(doc, activity_id)) else participant_id
        if read_phones.settings(doc).queue:
            ed.table("phone_queue").insert(
                {"activity_id": activity_id, "author_id": author, "text": cleaned}
            )
            return "queued"
        board.add_note(doc, activity_id, cleaned, author_id=author)
        return "note"

    label = Label("Phone note “{text}”", text=b.summary(cleaned))
    return _post(doc, key, participant_id, activity_id, label, write)


def post_ballot(
    doc: Document, key: str, activity_id: int, participant_id: int, dots: Mapping[int, int]
) -> Change:
    """A phone's whole ballot, with the laptop's rules; casting again replaces it until the
    vote is closed."""

    def write(ed: _Edit) -> str:
        _require_kind(ed.conn, activity_id, ActivityKind.DOT_VOTE)
        settings = read_votes.settings(doc, activity_id)
        rules.check_open(settings)
        ballot = read_votes.ballot_id(doc, activity_id, participant_id)
        if ballot is not None:
            ed.conn.execute("DELETE FROM dots WHERE ballot_id = ?", (ballot,))
            ed.conn.execute("DELETE FROM ballots WHERE id = ?", (ballot,))
        voting.cast_ballot(doc, activity_id, participant_id, dict(dots), proxy=False)
        return "ballot"

    return _post(doc, key, participant_id, activity_id, Label("Ballot from a phone"), write)


def post_pulse_answer(
    doc: Document, key: str, activity_id: int, round_id: int, participant_id: int, value: int
) -> Change:
    """One answer per person and round; anonymous unless the activity says otherwise."""
    what = f"pulse:{round_id}"

    def write(ed: _Edit) -> str:
        _require_kind(ed.conn, activity_id, ActivityKind.PULSE)
        row = ed.conn.execute(
            "SELECT s.activity_id FROM pulse_rounds r JOIN pulse_statements s"
            " ON s.id = r.statement_id WHERE r.id = ?",
            (round_id,),
        ).fetchone()
        if row is None or int(row[0]) != activity_id:
            raise ValidationError("That question is no longer asked.")
        if read_phones.has_posted(doc, participant_id, what):
            raise ValidationError("You have already answered this one.")
        anonymous = read.is_anonymous(doc, read.activity(doc, activity_id))
        pulse.add_answer(doc, round_id, value, None if anonymous else participant_id)
        return what

    return _post(doc, key, participant_id, activity_id, Label("Answer from a phone"), write)


def post_rating(
    doc: Document, key: str, activity_id: int, draft_id: int, participant_id: int,
    score: int, comment: str = "",
) -> Change:
    """Fist of five (and a comment) for the draft purpose, for the person's party."""

    def write(ed: _Edit) -> str:
        _require_kind(ed.conn, activity_id, ActivityKind.PURPOSE_BLEND)
        found = read_purpose.draft(doc, draft_id)
        owner = ed.conn.execute(
            "SELECT activity_id FROM purpose_drafts WHERE id = ?", (draft_id,)
        ).fetchone()
        if found is None or owner is None or int(owner[0]) != activity_id:
            raise ValidationError("That draft is no longer there.")
        party: int | str = participant_id
        if read_purpose.settings(doc, activity_id).by is PartyMode.ORGANISATION:
            person = read.participant(doc, participant_id)
            if person is None or not person.organisation:
                raise ValidationError(
                    "This purpose is rated by organisation, and yours is not on the list: "
                    "ask the facilitator."
                )
            party = person.organisation
        purpose.rate(doc, draft_id, party, score, comment)
        return "rating"

    return _post(doc, key, participant_id, activity_id, Label("Rating from a phone"), write)


def post_card(
    doc: Document, key: str, activity_id: int, participant_id: int, kind: CardKind, text: str
) -> Change:
    """An offer or an ask, by the person (their organisation shown beside their name)."""
    kind = CardKind(kind)

    def write(ed: _Edit) -> str:
        person = read.participant(doc, participant_id)
        if person is None:
            raise ValidationError("You are no longer on the participant list: join again.")
        party = Party(participant_id, person.name, person.organisation)
        reciprocity.add_card(doc, activity_id, kind, party, text)
        return kind.value

    label = Label("Offer from a phone" if kind.value == "offer" else "Ask from a phone")
    return _post(doc, key, participant_id, activity_id, label, write)


def post_budget_ballot(
    doc: Document, key: str, activity_id: int, participant_id: int, approvals: Mapping[int, int]
) -> Change:
    """A phone's participatory-budget ballot: the laptop's operation and rules (limits,
    points, one ballot per person), so a phone can do nothing the laptop would refuse."""

    def write(ed: _Edit) -> str:
        _require_kind(ed.conn, activity_id, ActivityKind.BUDGET)
        budget_ops.cast_ballot(doc, activity_id, participant_id, dict(approvals), phone=True)
        return "budget-ballot"

    return _post(doc, key, participant_id, activity_id, Label("Budget ballot from a phone"), write)


# ------------------------------------------------------------------ helpers


def _settings(ed: _Edit) -> Table:
    ed.conn.execute("INSERT OR IGNORE INTO phone_settings (id) VALUES (1)")
    return ed.table("phone_settings")


def _post(
    doc: Document,
    key: str,
    participant_id: int,
    activity_id: int,
    label: str,
    write: Callable[[_Edit], str],
) -> Change:
    stored = receipt_key(participant_id, key)
    if read_phones.has_receipt(doc, stored):
        return Change(label, ())  # a retry of a post already on disk: nothing more to do
    if read.participant(doc, participant_id) is None:
        raise ValidationError("You are no longer on the participant list: join again.")
    if not read_phones.is_open(doc, activity_id):
        raise ValidationError("This activity is not open to phones.")
    with doc.edit(label) as ed:
        what = write(ed)
        _receipt(ed.conn, stored, participant_id, activity_id, what)
    return _done(ed.change)


def _receipt(
    conn: sqlite3.Connection, key: str, participant_id: int | None, activity_id: int | None,
    what: str,
) -> None:
    conn.execute(
        "INSERT INTO phone_receipts (key, participant_id, activity_id, what) VALUES (?, ?, ?, ?)",
        (key, participant_id, activity_id, what),
    )


def _require_kind(conn: sqlite3.Connection, activity_id: int, kind: ActivityKind) -> None:
    row = conn.execute("SELECT kind FROM activities WHERE id = ?", (activity_id,)).fetchone()
    if row is None:
        raise ValidationError("That activity no longer exists.")
    if row[0] != kind.value:
        raise ValidationError("The activity has changed: the page will follow.")


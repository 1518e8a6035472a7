"""Run a dot vote: configure it, cast and remove dots, paper tallies, proxies, reveal,
reset, close, and turn the results into agenda activities.

Every rule lives in :mod:`workshop.domain.voting`; these operations read the
current state, ask the rule, and only then write. Labels never name an item:
the undo menu must not tell the room where a secret dot went.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping

from workshop.domain import voting as rules
from workshop.domain.errors import ValidationError
from workshop.domain.models import ActivityKind
from workshop.domain.voting import AgendaPlan, VoteSettings, VoteTarget
from workshop.storage import read, read_votes
from workshop.storage.changes import Change, Label, counted
from workshop.storage.document import Document
from workshop.storage.ops.agenda import _clean, _order, _renumber
from workshop.storage.tally_rows import store_count

_TITLE_SHORT = 80


def _vote(doc: Document, activity_id: int) -> VoteSettings:
    """The vote's settings; refuses an activity that is missing or not a dot vote."""
    activity = read.activity(doc, activity_id)
    if activity is None:
        raise ValidationError("That activity no longer exists.")
    if activity.kind is not ActivityKind.DOT_VOTE:
        raise ValidationError("“{title}” is not a dot vote.", title=activity.title)
    return read_votes.settings(doc, activity_id)


def _ensure_row(conn: sqlite3.Connection, vote: VoteSettings) -> None:
    """Write the settings row the first time anything happens in a vote."""
    conn.execute(
        "INSERT OR IGNORE INTO votes (id, source_activity_id, target, dots_per_person,"
        " max_per_item, allow_own, secret) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            vote.activity_id,
            vote.source_activity_id,
            vote.target.value,
            vote.dots_per_person,
            vote.max_per_item,
            int(vote.allow_own),
            int(vote.secret),
        ),
    )


def _done(change: Change | None) -> Change:
    assert change is not None
    return change


# ---------------------------------------------------------------------------- settings


def configure_vote(
    doc: Document,
    activity_id: int,
    *,
    source_activity_id: int | None,
    target: VoteTarget = VoteTarget.NOTES,
    dots_per_person: int = rules.DEFAULT_DOTS,
    max_per_item: int = rules.DEFAULT_CAP,
    allow_own: bool = True,
    secret: bool = True,
) -> Change:
    vote = _vote(doc, activity_id)
    rules.check_settings(int(dots_per_person), int(max_per_item))
    rules.check_settings_editable(read_votes.dots_cast(doc, activity_id))
    if source_activity_id is not None:
        source = read.activity(doc, source_activity_id)
        if source is None or source.kind is not ActivityKind.BRAINSTORM:
            raise ValidationError("Choose a brainstorm for the vote to vote on.")
    with doc.edit("Change vote settings") as ed:
        _ensure_row(ed.conn, vote)
        ed.table("votes").update(
            activity_id,
            {
                "source_activity_id": source_activity_id,
                "target": VoteTarget(target).value,
                "dots_per_person": int(dots_per_person),
                "max_per_item": int(max_per_item),
                "allow_own": int(allow_own),
                "secret": int(secret),
            },
        )
    return _done(ed.change)


def set_equal_org_weight(doc: Document, activity_id: int, on: bool) -> Change:
    """Show the ranking where each organisation weighs the same (a view of the same dots)."""
    vote = _vote(doc, activity_id)
    label = Label("Weigh organisations equally" if on else "Count dots as cast")
    with doc.edit(label) as ed:
        _ensure_row(ed.conn, vote)
        ed.table("votes").update(activity_id, {"equal_org_weight": int(on)})
    return _done(ed.change)


# ---------------------------------------------------------------------------- ballots


def _items(
    doc: Document, vote: VoteSettings, only: Iterable[int] | None = None
) -> dict[int, rules.VoteItem]:
    return {item.id: item for item in read_votes.items(doc, vote, only)}


def _participant(doc: Document, participant_id: int) -> str:
    person = read.participant(doc, participant_id)
    if person is None:
        raise ValidationError("That participant no longer exists.")
    return person.name


def _ballot(
    conn: sqlite3.Connection, activity_id: int, participant_id: int
) -> tuple[int, bool, bool] | None:
    row = conn.execute(
        "SELECT id, proxy, done FROM ballots WHERE activity_id = ? AND participant_id = ?",
        (activity_id, participant_id),
    ).fetchone()
    return (int(row[0]), bool(row[1]), bool(row[2])) if row else None


def add_dot(doc: Document, activity_id: int, participant_id: int, item_id: int) -> Change:
    """One more dot from this participant on one item (their ballot at the laptop)."""
    vote = _vote(doc, activity_id)
    name = _participant(doc, participant_id)
    item = _items(doc, vote, [item_id]).get(item_id)
    if item is None:
        raise ValidationError("That item is no longer on the board.")
    existing = _ballot(doc.conn, activity_id, participant_id)
    if existing is not None:
        if existing[1]:
            raise ValidationError("{name} already has a proxy ballot in this vote.", name=name)
        if existing[2]:
            raise ValidationError("{name} has already finished their ballot.", name=name)
    used = read_votes.ballot_dots(doc, activity_id, participant_id)
    rules.check_add(vote, used, item, participant_id)
    with doc.edit("Add a dot") as ed:
        _ensure_row(ed.conn, vote)
        if existing:
            ballot_id = existing[0]
        else:
            ballot_id = int(
                ed.table("ballots").insert(
                    {"activity_id": activity_id, "participant_id": participant_id}
                ).last_pk
                or 0
            )
        ed.table("dots").insert({"ballot_id": ballot_id, "item_id": item_id})
    return _done(ed.change)


def remove_dot(doc: Document, activity_id: int, participant_id: int, item_id: int) -> Change:
    vote = _vote(doc, activity_id)
    name = _participant(doc, participant_id)
    existing = _ballot(doc.conn, activity_id, participant_id)
    if existing is not None and existing[2]:
        raise ValidationError("{name} has already finished their ballot.", name=name)
    used = read_votes.ballot_dots(doc, activity_id, participant_id)
    rules.check_remove(vote, used, item_id)
    assert existing is not None
    with doc.edit("Remove a dot") as ed:
        row = ed.conn.execute(
            "SELECT max(id) FROM dots WHERE ballot_id = ? AND item_id = ?", (existing[0], item_id)
        ).fetchone()
        ed.conn.execute("DELETE FROM dots WHERE id = ?", (row[0],))
    return _done(ed.change)


def finish_ballot(doc: Document, activity_id: int, participant_id: int) -> Change:
    """The participant pressed Done: their ballot is saved and locked."""
    vote = _vote(doc, activity_id)
    name = _participant(doc, participant_id)
    rules.check_open(vote)
    existing = _ballot(doc.conn, activity_id, participant_id)
    if existing is not None and existing[2]:
        raise ValidationError("{name} has already finished their ballot.", name=name)
    with doc.edit(Label("Ballot of {name} done", name=name)) as ed:
        _ensure_row(ed.conn, vote)
        if existing is None:  # Done without a dot: they chose to abstain, and have voted.
            ed.table("ballots").insert(
                {"activity_id": activity_id, "participant_id": participant_id, "done": 1}
            )
        else:
            ed.table("ballots").update(existing[0], {"done": 1})
    return _done(ed.change)


def cast_ballot(
    doc: Document,
    activity_id: int,
    participant_id: int,
    dots: Mapping[int, int],
    *,
    proxy: bool = True,
) -> Change:
    """A whole ballot in one step, finished: the facilitator votes for someone absent (proxy)."""
    vote = _vote(doc, activity_id)
    name = _participant(doc, participant_id)
    if _ballot(doc.conn, activity_id, participant_id) is not None:
        raise ValidationError("{name} already has a ballot in this vote.", name=name)
    rules.check_ballot(vote, dots, _items(doc, vote, dots), participant_id)
    label = Label("Proxy ballot for {name}" if proxy else "Ballot of {name}", name=name)
    with doc.edit(label) as ed:
        _ensure_row(ed.conn, vote)
        ballot_id = ed.table("ballots").insert(
            {
                "activity_id": activity_id,
                "participant_id": participant_id,
                "proxy": int(proxy),
                "done": 1,
            }
        ).last_pk
        ed.table("dots").insert_all(
            {"ballot_id": ballot_id, "item_id": item_id}
            for item_id, count in sorted(dots.items())
            for _ in range(count)
        )
    return _done(ed.change)


# ---------------------------------------------------------------------------- paper


def set_tally(doc: Document, activity_id: int, item_id: int, count: int) -> Change:
    """The number of paper dots on one item (0 removes the tally)."""
    vote = _vote(doc, activity_id)
    rules.check_open(vote)
    count = rules.check_tally(int(count))
    if item_id not in _items(doc, vote, [item_id]):
        raise ValidationError("That item is no longer on the board.")
    with doc.edit("Tally paper dots") as ed:
        _ensure_row(ed.conn, vote)
        row = ed.conn.execute(
            "SELECT id FROM tallies WHERE activity_id = ? AND item_id = ?", (activity_id, item_id)
        ).fetchone()
        store_count(ed, "tallies", row[0] if row else None,
                    {"activity_id": activity_id, "item_id": item_id}, count)
    return _done(ed.change)


def adjust_tally(doc: Document, activity_id: int, item_id: int, delta: int) -> Change:
    current = read_votes.tallies(doc, activity_id).get(item_id, 0)
    if current + delta < 0:
        raise ValidationError("There are no paper dots on this item to take away.")
    return set_tally(doc, activity_id, item_id, current + delta)


# ---------------------------------------------------------------------------- the vote


def set_revealed(doc: Document, activity_id: int, revealed: bool) -> Change:
    vote = _vote(doc, activity_id)
    with doc.edit("Reveal results" if revealed else "Hide results") as ed:
        _ensure_row(ed.conn, vote)
        ed.table("votes").update(activity_id, {"revealed": int(revealed)})
    return _done(ed.change)


def set_closed(doc: Document, activity_id: int, closed: bool) -> Change:
    vote = _vote(doc, activity_id)
    with doc.edit("Close vote" if closed else "Reopen vote") as ed:
        _ensure_row(ed.conn, vote)
        ed.table("votes").update(activity_id, {"closed": int(closed)})
    return _done(ed.change)


def reset_vote(doc: Document, activity_id: int) -> Change:
    """Remove every ballot, dot and paper tally; hide and reopen. Settings can change again."""
    vote = _vote(doc, activity_id)
    with doc.edit("Reset vote") as ed:
        _ensure_row(ed.conn, vote)
        clear_vote(ed.conn, activity_id)
        ed.table("votes").update(activity_id, {"revealed": 0, "closed": 0})
    return _done(ed.change)


def clear_vote(conn: sqlite3.Connection, activity_id: int) -> None:
    """Delete a vote's dots, ballots and tallies (inside the caller's edit)."""
    conn.execute(
        "DELETE FROM dots WHERE ballot_id IN (SELECT id FROM ballots WHERE activity_id = ?)",
        (activity_id,),
    )
    conn.execute("DELETE FROM ballots WHERE activity_id = ?", (activity_id,))
    conn.execute("DELETE FROM tallies WHERE activity_id = ?", (activity_id,))


# ---------------------------------------------------------------------------- agenda


def minutes_left(doc: Document) -> int | None:
    """Time left in the workshop once every planned activity is counted (None: no limit set)."""
    available = read.details(doc).available_minutes
    if not available:
        return None
    planned = sum(a.timebox_minutes for a in read.activities(doc))
    return available - planned


def plan_agenda(
    doc: Document,
    activity_id: int,
    *,
    top: int | None = None,
    min_dots: float | None = None,
    timebox: int = rules.DEFAULT_TIMEBOX,
    weighted: bool | None = None,
) -> AgendaPlan:
    """What :func:`make_agenda` would add (for the preview); ``weighted=None`` follows the vote."""
    vote = _vote(doc, activity_id)
    results = read_votes.results(doc, activity_id)
    use_weighted = vote.equal_org_weight if weighted is None else weighted
    ranking = results.weighted if use_weighted else results.ranking
    return rules.plan_agenda(
        ranking, top=top, min_dots=min_dots, timebox=timebox, minutes_left=minutes_left(doc)
    )


def make_agenda(
    doc: Document,
    activity_id: int,
    *,
    top: int | None = None,
    min_dots: float | None = None,
    timebox: int = rules.DEFAULT_TIMEBOX,
    weighted: bool | None = None,
) -> Change:
    """Add the winning items as discussion activities right after the vote, in rank order."""
    plan = plan_agenda(
        doc, activity_id, top=top, min_dots=min_dots, timebox=timebox, weighted=weighted
    )
    vote_title = read.activity(doc, activity_id)
    assert vote_title is not None
    count = len(plan.items)
    label = counted(
        count, "Make agenda from results (1 item)", "Make agenda from results ({count} items)"
    )
    with doc.edit(label) as ed:
        order = _order(ed.conn)
        index = order.index(activity_id) + 1
        for offset, entry in enumerate(plan.items):
            title = " ".join(entry.title.split())
            short = title if len(title) <= _TITLE_SHORT else title[: _TITLE_SHORT - 1] + "…"
            dots = f"{entry.dots:.1f}".removesuffix(".0")
            row = _clean(
                ActivityKind.PROMPT,
                short,
                title,
                entry.minutes,
                f"From “{vote_title.title}”: {dots} dots.",
            )
            new_id = ed.table("activities").insert({**row, "position": index + offset}).last_pk
            order.insert(index + offset, int(new_id or 0))
        _renumber(ed.conn, order)
    return _done(ed.change)

"""Read dot votes: settings, the items voted on, ballots, who has voted, tallies and results.

``who_voted`` says who, never what: it is what the facilitator's screen shows
while ballots are secret. Only :func:`results` (counted over everyone) and
:func:`ballot_dots` (one participant's own ballot, for the laptop while they
vote) look at where dots went.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from workshop.domain.models import ActivityKind
from workshop.domain.voting import (
    Tallies,
    VoteItem,
    Voter,
    VoteResults,
    VoteSettings,
    VoteTarget,
    compute_results,
    default_target,
    loose_item_id,
)
from workshop.storage.document import Document

_SETTINGS_COLUMNS = (
    "id, source_activity_id, target, dots_per_person, max_per_item, allow_own, secret,"
    " revealed, closed, equal_org_weight"
)


@dataclass(frozen=True, slots=True)
class BallotStatus:
    """Who has voted, never what."""

    participant_id: int
    name: str
    organisation: str
    proxy: bool
    done: bool
    has_dots: bool


def _settings(row: tuple[Any, ...]) -> VoteSettings:
    id_, source, target, dots, cap, own, secret, revealed, closed, weight = row
    return VoteSettings(
        int(id_),
        None if source is None else int(source),
        VoteTarget(target),
        int(dots),
        int(cap),
        bool(own),
        bool(secret),
        bool(revealed),
        bool(closed),
        bool(weight),
    )


def stored_settings(doc: Document, activity_id: int) -> VoteSettings | None:
    row = doc.conn.execute(
        f"SELECT {_SETTINGS_COLUMNS} FROM votes WHERE id = ?", (activity_id,)
    ).fetchone()
    return _settings(row) if row else None


def settings(doc: Document, activity_id: int) -> VoteSettings:
    """The vote's settings; a vote never configured gets the defaults, the nearest
    brainstorm before it in the agenda, and what that board suggests voting on (its
    clusters and loose notes when it has both)."""
    stored = stored_settings(doc, activity_id)
    if stored is not None:
        return stored
    source = default_source(doc, activity_id)
    if source is None:
        return VoteSettings(activity_id, None)
    clusters, _clustered, loose = board_counts(doc, source)
    return VoteSettings(activity_id, source, default_target(clusters, loose))


def default_source(doc: Document, activity_id: int) -> int | None:
    """The brainstorm a new vote votes on: the last one before it (else the first after it)."""
    rows = doc.conn.execute(
        "SELECT id, kind FROM activities ORDER BY position, id"
    ).fetchall()
    ids = [int(r[0]) for r in rows]
    brainstorms = [int(r[0]) for r in rows if r[1] == ActivityKind.BRAINSTORM.value]
    if not brainstorms:
        return None
    if activity_id not in ids:
        return brainstorms[-1]
    here = ids.index(activity_id)
    before = [b for b in brainstorms if ids.index(b) < here]
    return before[-1] if before else brainstorms[0]


def brainstorms(doc: Document) -> list[tuple[int, str]]:
    """(id, title) of every brainstorm activity, in agenda order: what a vote can point at."""
    return [
        (int(r[0]), str(r[1]))
        for r in doc.conn.execute(
            "SELECT id, title FROM activities WHERE kind = ? ORDER BY position, id",
            (ActivityKind.BRAINSTORM.value,),
        )
    ]


def items(
    doc: Document, vote: VoteSettings, only: Iterable[int] | None = None
) -> list[VoteItem]:
    """What is on the ballot, in ballot order: the notes, or the clusters (with their
    notes' texts), then — voting on clusters and loose notes — the notes in no cluster.

    ``only``: just these items (those a ballot names: checking one ballot reads its few
    items, not a board of a thousand notes)."""
    if vote.source_activity_id is None:
        return []
    conn = doc.conn
    source = vote.source_activity_id
    wanted = None if only is None else {int(i) for i in only}

    def among(column: str, ids: Iterable[int]) -> tuple[str, tuple[Any, ...]]:
        """An extra condition keeping only ``ids`` (nothing extra without ``only``)."""
        if wanted is None:
            return "", ()
        return f" AND {column} IN (SELECT value FROM json_each(?))", (json.dumps(sorted(ids)),)

    if vote.target is VoteTarget.NOTES:
        extra, args = among("id", wanted or ())
        return [
            VoteItem(int(i), str(text), frozenset() if a is None else frozenset({int(a)}))
            for i, text, a in conn.execute(
                f"SELECT id, text, author_id FROM notes WHERE activity_id = ?{extra} ORDER BY id",
                (source, *args),
            )
        ]
    clusters = {i for i in wanted or () if i > 0}
    authors: dict[int, set[int]] = {}
    contents: dict[int, list[str]] = {}
    extra, args = among("c.id", clusters)
    for cluster_id, author, text in conn.execute(
        "SELECT n.cluster_id, n.author_id, n.text FROM notes n"
        f" JOIN clusters c ON c.id = n.cluster_id WHERE c.activity_id = ?{extra}"
        " ORDER BY n.y, n.x, n.id",
        (source, *args),
    ):
        group = authors.setdefault(int(cluster_id), set())
        # One anonymous note makes the cluster nobody's in particular.
        group.add(-1 if author is None else int(author))
        contents.setdefault(int(cluster_id), []).append(str(text))
    extra, args = among("id", clusters)
    found = [
        VoteItem(
            int(i),
            str(title) or "Untitled cluster",
            frozenset(a for a in authors.get(int(i), set()) if a >= 0)
            if -1 not in authors.get(int(i), set())
            else frozenset(),
            tuple(contents.get(int(i), ())),
        )
        for i, title in conn.execute(
            f"SELECT id, title FROM clusters WHERE activity_id = ?{extra} ORDER BY id",
            (source, *args),
        )
    ]
    if vote.target is VoteTarget.CLUSTERS_AND_NOTES:
        extra, args = among("id", {loose_item_id(i) for i in wanted or () if i < 0})
        found += [
            VoteItem(
                loose_item_id(int(i)), str(text),
                frozenset() if a is None else frozenset({int(a)}),
            )
            for i, text, a in conn.execute(
                "SELECT id, text, author_id FROM notes WHERE activity_id = ?"
                f" AND cluster_id IS NULL{extra} ORDER BY id",
                (source, *args),
            )
        ]
    return found


def board_counts(doc: Document, activity_id: int) -> tuple[int, int, int]:
    """(clusters, notes in clusters, loose notes) of a brainstorm: what a ballot can hold."""
    clusters = doc.conn.execute(
        "SELECT count(*) FROM clusters WHERE activity_id = ?", (activity_id,)
    ).fetchone()[0]
    clustered, loose = doc.conn.execute(
        "SELECT count(cluster_id), count(*) - count(cluster_id) FROM notes WHERE activity_id = ?",
        (activity_id,),
    ).fetchone()
    return int(clusters), int(clustered or 0), int(loose or 0)


def ballot_id(doc: Document, activity_id: int, participant_id: int) -> int | None:
    row = doc.conn.execute(
        "SELECT id FROM ballots WHERE activity_id = ? AND participant_id = ?",
        (activity_id, participant_id),
    ).fetchone()
    return int(row[0]) if row else None


def ballot_dots(doc: Document, activity_id: int, participant_id: int) -> Counter[int]:
    """One participant's own dots (item id -> count): for their ballot at the laptop."""
    return Counter(
        int(r[0])
        for r in doc.conn.execute(
            "SELECT d.item_id FROM dots d JOIN ballots b ON b.id = d.ballot_id"
            " WHERE b.activity_id = ? AND b.participant_id = ?",
            (activity_id, participant_id),
        )
    )


def ballot_done(doc: Document, activity_id: int, participant_id: int) -> bool:
    row = doc.conn.execute(
        "SELECT done FROM ballots WHERE activity_id = ? AND participant_id = ?",
        (activity_id, participant_id),
    ).fetchone()
    return bool(row and row[0])


def who_voted(doc: Document, activity_id: int) -> list[BallotStatus]:
    """Every ballot of the vote by name: who has voted (or is voting), never what."""
    return [
        BallotStatus(int(pid), str(name), str(org), bool(proxy), bool(done), bool(has))
        for pid, name, org, proxy, done, has in doc.conn.execute(
            "SELECT p.id, p.name, p.organisation, b.proxy, b.done,"
            " EXISTS (SELECT 1 FROM dots d WHERE d.ballot_id = b.id)"
            " FROM ballots b JOIN participants p ON p.id = b.participant_id"
            " WHERE b.activity_id = ? ORDER BY p.name COLLATE NOCASE, p.id",
            (activity_id,),
        )
    ]


def tallies(doc: Document, activity_id: int) -> dict[int, int]:
    """Paper dots per item (item id -> count), only items with a tally row."""
    return {
        int(item): int(count)
        for item, count in doc.conn.execute(
            "SELECT item_id, count FROM tallies WHERE activity_id = ?", (activity_id,)
        )
    }


def dots_cast(doc: Document, activity_id: int) -> int:
    """Ballot dots plus paper dots: once above zero, the settings are fixed."""
    row = doc.conn.execute(
        "SELECT (SELECT count(*) FROM dots d JOIN ballots b ON b.id = d.ballot_id"
        "        WHERE b.activity_id = ?1)"
        " + (SELECT coalesce(sum(count), 0) FROM tallies WHERE activity_id = ?1)",
        (activity_id,),
    ).fetchone()
    return int(row[0])


def voters(doc: Document) -> list[Voter]:
    return [
        Voter(int(i), str(n), str(o))
        for i, n, o in doc.conn.execute("SELECT id, name, organisation FROM participants")
    ]


def results(doc: Document, activity_id: int) -> VoteResults:
    """Full results of the vote (ranking, weighted ranking, organisations), revealed or not:
    callers that show them to people check ``results.revealed`` first."""
    vote = settings(doc, activity_id)
    ballot = [
        (int(p), int(i))
        for p, i in doc.conn.execute(
            "SELECT b.participant_id, d.item_id FROM dots d JOIN ballots b ON b.id = d.ballot_id"
            " WHERE b.activity_id = ?",
            (activity_id,),
        )
    ]
    return compute_results(
        items(doc, vote),
        voters(doc),
        Tallies(ballot, tallies(doc, activity_id)),
        revealed=vote.revealed,
        equal_org_weight=vote.equal_org_weight,
    )

"""A main workshop split into breakout tables, for the merge tests and the benchmark.

The main file has participants, a brainstorm with some notes, a dot vote on it, a pulse
check and an offers/asks activity; each table's scribe then works in their own copy
through the real operations (walk-ins, notes, a cluster, a pulse round, finished ballots,
offers matched to asks, actions).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from helpers.corpus import IDEAS, PEOPLE
from workshop.domain.models import ActivityKind
from workshop.domain.reciprocity import CardKind, Party
from workshop.domain.roster import RosterEntry
from workshop.storage import read
from workshop.storage.document import Document
from workshop.storage.journal import tracked_tables
from workshop.storage.ops import actions, agenda, board, participants, pulse, reciprocity, voting


@dataclass(frozen=True)
class Main:
    path: Path
    brainstorm: int
    vote: int
    pulse: int
    offers: int
    statement: int


def make_main(folder: Path, *, notes: int = 12) -> Main:
    path = folder / "riverside.workshop"
    with Document.create(path) as doc:
        participants.add_participants(doc, [RosterEntry(n, o) for n, o in PEOPLE[:8]])
        agenda.add_activity(doc, ActivityKind.BRAINSTORM, "Ideas for the riverside")
        agenda.add_activity(doc, ActivityKind.DOT_VOTE, "Vote")
        agenda.add_activity(doc, ActivityKind.PULSE, "Pulse")
        agenda.add_activity(doc, ActivityKind.OFFERS_ASKS, "Offers and asks")
        ids = {a.kind: a.id for a in read.activities(doc)}
        brainstorm = ids[ActivityKind.BRAINSTORM]
        board.add_notes(doc, brainstorm, [IDEAS[i % len(IDEAS)] for i in range(notes)])
        voting.configure_vote(doc, ids[ActivityKind.DOT_VOTE], source_activity_id=brainstorm)
        pulse.add_statement(doc, ids[ActivityKind.PULSE], "I trust the people at this table")
        statement = int(doc.conn.execute("SELECT max(id) FROM pulse_statements").fetchone()[0])
        return Main(path, brainstorm, ids[ActivityKind.DOT_VOTE], ids[ActivityKind.PULSE],
                    ids[ActivityKind.OFFERS_ASKS], statement)


def work_at_table(path: Path, main: Main, table: int, *, notes: int = 6) -> list[int]:
    """What table ``table`` does in its copy; returns the ids of its new notes there."""
    with Document.open(path) as doc:
        people = {p.name: p.id for p in read.participants(doc)}
        walk_in = participants.add_participant(doc, f"Walk-in {table}", "Neighbours")
        del walk_in
        start = 20 + table * notes
        texts = [IDEAS[(start + i) % len(IDEAS)] for i in range(notes)]
        author = people[PEOPLE[table % 8][0]]
        for text in texts:
            board.add_note(doc, main.brainstorm, text, author_id=author)
        mine = [int(r[0]) for r in doc.conn.execute(
            "SELECT id FROM notes ORDER BY id DESC LIMIT ?", (notes,))][::-1]
        board.group_notes(doc, mine[:2], f"{_label(doc)} theme")
        pulse.add_round(doc, main.statement, "at the table")
        round_id = int(doc.conn.execute("SELECT max(id) FROM pulse_rounds").fetchone()[0])
        pulse.set_tally(doc, round_id, {3: 2 + table, 5: 1})
        voter = people[PEOPLE[table][0]]
        voting.cast_ballot(doc, main.vote, voter, {mine[0]: 2, 1: 1})
        voting.set_tally(doc, main.vote, mine[1], 3 + table)
        org = PEOPLE[table][1]
        giver = Party(voter, PEOPLE[table][0], org)
        neighbours = Party(None, "Neighbours", "Neighbours")
        reciprocity.add_card(doc, main.offers, CardKind.OFFER, giver,
                             f"Table {table + 1} offers a hall")
        reciprocity.add_card(doc, main.offers, CardKind.ASK, neighbours,
                             f"Table {table + 1} asks for a hall")
        offer, ask = [int(r[0]) for r in doc.conn.execute(
            "SELECT id FROM reciprocity_cards ORDER BY id DESC LIMIT 2")][::-1]
        reciprocity.confirm_match(doc, offer, ask, due="2026-12-15")
        actions.add_action(doc, f"Table {table + 1}: write to the council")
        return mine


def content(doc: Document) -> dict[str, list[tuple[object, ...]]]:
    """Every content row, in id order (what "nothing lost" and "undo exactly" compare)."""
    return {
        table: [tuple(r) for r in doc.conn.execute(f'SELECT * FROM "{table}" ORDER BY id')]
        for table in tracked_tables(doc.conn)
    }


def canonical(doc: Document) -> dict[str, list[tuple[object, ...]]]:
    """Content by where it came from (ids differ with the order rows arrived in)."""
    conn = doc.conn
    return {
        "notes": sorted(conn.execute(
            "SELECT n.text, n.x, n.y, n.colour, p.name, c.title FROM notes n"
            " LEFT JOIN participants p ON p.id = n.author_id"
            " LEFT JOIN clusters c ON c.id = n.cluster_id")),
        "tallies": sorted(conn.execute(
            "SELECT n.text, t.count FROM tallies t JOIN notes n ON n.id = t.item_id")),
        "dots": sorted(conn.execute(
            "SELECT p.name, n.text FROM dots d JOIN ballots b ON b.id = d.ballot_id"
            " JOIN participants p ON p.id = b.participant_id JOIN notes n ON n.id = d.item_id")),
        "participants": sorted(conn.execute("SELECT name, organisation FROM participants")),
        "rounds": sorted(conn.execute(
            "SELECT r.label, t.value, t.count FROM pulse_rounds r"
            " JOIN pulse_tallies t ON t.round_id = r.id")),
        "commitments": sorted(conn.execute(
            "SELECT c.what, o.text, a.text FROM commitments c JOIN reciprocity_cards o"
            " ON o.id = c.offer_id JOIN reciprocity_cards a ON a.id = c.ask_id")),
        "actions": sorted(conn.execute("SELECT what, status FROM actions")),
    }


def _label(doc: Document) -> str:
    """The table's own label (``Table 2``, or the name the facilitator gave it)."""
    row = doc.conn.execute(
        "SELECT b.label FROM breakouts b JOIN workshop w ON w.breakout_uuid = b.uuid"
    ).fetchone()
    return str(row[0]) if row else "Main"

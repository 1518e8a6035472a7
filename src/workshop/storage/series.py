"""A series of meetings: the next meeting from this one, and the series' record.

The next meeting is a new file that carries forward what a partnership builds on:
participants and organisations, the adopted common purpose, what was promised (open
actions and commitments, with owners and due dates) to review at the start, the pulse
statements to ask again, and the figures of every meeting so far, so that one file shows
the whole series' trends (the laptop, the projector, the handout, ``workshop series``).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from workshop.domain import series as ds
from workshop.domain.models import ActivityKind
from workshop.domain.pulse import Distribution, Scale, distribution, impact_profile
from workshop.domain.validation import TITLE_MAX, iso_date, single_line
from workshop.storage import read_pulse, read_purpose
from workshop.storage.document import Document
from workshop.storage.errors import DocumentError

#: The review step's title in the next meeting's agenda.
REVIEW_TITLE = "Review what was promised"


# ------------------------------------------------------------------ reading


def meeting(doc: Document) -> ds.Meeting:
    row = doc.conn.execute(
        "SELECT meeting, uuid, title, date FROM workshop WHERE id = 1"
    ).fetchone()
    return ds.Meeting(int(row[0]), row[1], row[2], row[3])


def previous_title(doc: Document) -> str:
    """The title of the meeting this one follows ('' for a first meeting)."""
    row = doc.conn.execute("SELECT previous_title FROM workshop WHERE id = 1").fetchone()
    return str(row[0] or "") if row else ""


def series_uuid(doc: Document) -> str:
    row = doc.conn.execute("SELECT series_uuid, uuid FROM workshop WHERE id = 1").fetchone()
    return str(row[0] or row[1])


def record(doc: Document) -> ds.Series:
    """The series as this file knows it: earlier meetings carried forward, and this one."""
    me = meeting(doc)
    earlier: dict[int, ds.Meeting] = {}
    figures: list[ds.Figure] = []
    for number, uuid, title, date, kind, key, scale, value, count in doc.conn.execute(
        "SELECT meeting, meeting_uuid, meeting_title, meeting_date, kind, key, scale, value,"
        " count FROM series_figures WHERE meeting < ? ORDER BY meeting, id",
        (me.number,),
    ):
        earlier.setdefault(int(number), ds.Meeting(int(number), uuid, title, date))
        figures.append(
            ds.Figure(int(number), ds.FigureKind(kind), key,
                      None if value is None else float(value), int(count), scale)
        )
    figures += figures_of(doc)
    meetings = [earlier[n] for n in sorted(earlier)] + [me]
    return ds.Series(meetings, figures, promises(doc))


def common_purpose(doc: Document) -> str | None:
    """The partnership's common purpose: adopted at this meeting, or carried from the last."""
    adopted = read_purpose.adopted_purpose(doc)
    if adopted:
        return adopted
    row = doc.conn.execute("SELECT common_purpose FROM workshop WHERE id = 1").fetchone()
    return str(row[0]) if row and row[0] else None


def promises(doc: Document) -> list[ds.Promise]:
    return [
        ds.Promise(int(id_), int(number), kind, what, owner or org, org, receiver, due,
                   ds.PromiseStatus(status), note, bool(reviewed))
        for id_, number, kind, what, owner, org, receiver, due, status, note, reviewed
        in doc.conn.execute(
            "SELECT x.id, x.meeting, x.kind, x.what,"
            " CASE WHEN p.id IS NULL THEN '' WHEN p.organisation = '' THEN p.name"
            "  ELSE p.name || ' (' || p.organisation || ')' END,"
            " coalesce(p.organisation, x.organisation), x.receiver, x.due, x.status, x.note,"
            " x.reviewed FROM promises x LEFT JOIN participants p ON p.id = x.participant_id"
            " ORDER BY x.meeting, x.id"
        )
    ]


def meeting_answer(doc: Document, statement_ids: Sequence[int], scale: Scale) -> Distribution:
    """The meeting's answer to a statement: its last round asked, all tables together.

    Breakout tables' rounds merged into the main file carry the same round number as the
    main file's round they stand for, so rounds of the last number are added up.
    """
    rounds = [
        r for sid in statement_ids for r in read_pulse.rounds(doc, sid) if r.distribution.total
    ]
    if not rounds:
        return distribution(scale)
    last = max(r.number for r in rounds)
    counts = [sum(c) for c in zip(*(r.distribution.counts for r in rounds if r.number == last),
                                  strict=True)]
    return Distribution(scale, tuple(counts))


def figures_of(doc: Document) -> list[ds.Figure]:
    """This meeting's own figures: pulse means, the impact radar, and reciprocity."""
    number = meeting(doc).number
    figures: list[ds.Figure] = []
    groups: dict[tuple[str, str], tuple[str, list[int]]] = {}
    for sid, text, scale in doc.conn.execute(
        "SELECT s.id, s.text, s.scale FROM pulse_statements s JOIN activities a"
        " ON a.id = s.activity_id WHERE s.condition = ''"  # conditions: the impact radar
        " ORDER BY a.position, s.position, s.id"
    ):
        groups.setdefault((ds.norm(text), scale), (text, []))[1].append(int(sid))
    conditions: dict[str, Distribution] = {}
    for (_key, scale), (text, ids) in groups.items():
        answer = meeting_answer(doc, ids, Scale(scale))
        figures.append(ds.Figure(number, ds.FigureKind.PULSE, text, answer.mean, answer.total,
                                 scale))
    for sid, key, scale in doc.conn.execute(
        "SELECT s.id, s.condition, s.scale FROM pulse_statements s JOIN activities a"
        " ON a.id = s.activity_id WHERE s.condition != '' ORDER BY a.position, s.position"
    ):
        answer = meeting_answer(doc, [int(sid)], Scale(scale))
        if answer.total:
            conditions[key] = answer
    if conditions:
        for point in impact_profile(conditions):
            if point.level is not None:
                figures.append(ds.Figure(number, ds.FigureKind.CONDITION, point.condition.key,
                                         point.level, conditions[point.condition.key].total))
    party = "CASE WHEN c.participant_id IS NULL THEN c.organisation ELSE p.organisation END"
    for kind, org, count in doc.conn.execute(
        f"SELECT c.kind, {party}, count(*) FROM reciprocity_cards c"
        " LEFT JOIN participants p ON p.id = c.participant_id GROUP BY 1, 2"
    ):
        if org:
            kind_ = ds.FigureKind.OFFERS if kind == "offer" else ds.FigureKind.ASKS
            figures.append(ds.Figure(number, kind_, org, None, int(count)))
    owner = "CASE WHEN x.participant_id IS NULL THEN x.organisation ELSE p.organisation END"
    for org, promised, delivered in doc.conn.execute(
        f"SELECT {owner}, count(*), sum(x.status = 'done') FROM actions x"
        " LEFT JOIN participants p ON p.id = x.participant_id GROUP BY 1"
    ):
        if org:
            figures.append(ds.Figure(number, ds.FigureKind.PROMISED, org, None, int(promised)))
            if delivered:
                figures.append(ds.Figure(number, ds.FigureKind.DELIVERED, org, None,
                                         int(delivered)))
    for org, delivered in doc.conn.execute(
        "SELECT coalesce(p.organisation, x.organisation), count(*) FROM promises x"
        " LEFT JOIN participants p ON p.id = x.participant_id"
        " WHERE x.status = 'done' AND x.reviewed = 1 GROUP BY 1"
    ):
        if org:
            figures.append(ds.Figure(number, ds.FigureKind.DELIVERED, org, None, int(delivered)))
    return figures


# ------------------------------------------------------------------ writing


def next_meeting(
    doc: Document, target: Path, *, title: str = "", date: str = "", overwrite: bool = False
) -> Document:
    """Create the next meeting of ``doc``'s series at ``target`` and return it, open.

    Its starting content is not an undo step (as for any new file). ``doc`` is only read.
    """
    date = iso_date(date) if date.strip() else ""
    title = single_line(title, "The title", TITLE_MAX) if title.strip() else ""
    me = meeting(doc)
    conn = doc.conn
    details = conn.execute(
        "SELECT title, venue, facilitator, goal, anonymous, start_time, available_minutes,"
        " common_purpose FROM workshop WHERE id = 1"
    ).fetchone()
    purpose = common_purpose(doc) or ""
    carried = _figures_to_carry(doc, me)
    people = conn.execute("SELECT id, name, organisation, colour FROM participants").fetchall()
    statements = conn.execute(
        "SELECT a.title, a.prompt, a.timebox_minutes, s.text, s.scale, s.condition, s.position,"
        " a.id FROM pulse_statements s JOIN activities a ON a.id = s.activity_id"
        " ORDER BY a.position, s.position, s.id"
    ).fetchall()
    to_review = _promises_to_carry(doc, me)
    if Path(target).resolve() == doc.path.resolve():
        raise DocumentError("The next meeting needs a file of its own: choose another name.",
                            target)
    new = Document.create(target, overwrite=overwrite)
    try:
        with new.edit("Next meeting") as ed:
            c = ed.conn
            c.execute(
                "UPDATE workshop SET title = ?, date = ?, venue = ?, facilitator = ?, goal = ?,"
                " anonymous = ?, start_time = ?, available_minutes = ?, common_purpose = ?,"
                " series_uuid = ?, meeting = ?, previous_uuid = ?, previous_title = ?"
                " WHERE id = 1",
                (title.strip() or details[0], date, *details[1:7], purpose, series_uuid(doc),
                 me.number + 1, me.uuid, me.title),
            )
            c.executemany(
                "INSERT INTO participants (id, name, organisation, colour) VALUES (?, ?, ?, ?)",
                people,
            )
            position = 0
            c.execute(
                "INSERT INTO activities (position, kind, title, prompt, timebox_minutes)"
                " VALUES (?, ?, ?, ?, ?)",
                (position, ActivityKind.REVIEW.value, REVIEW_TITLE,
                 "What did we promise last time, and where are we with it?", 20),
            )
            activity_ids: dict[int, int] = {}
            for a_title, prompt, minutes, text, scale, cond, s_position, old in statements:
                if old not in activity_ids:
                    position += 1
                    cursor = c.execute(
                        "INSERT INTO activities (position, kind, title, prompt, timebox_minutes)"
                        " VALUES (?, 'pulse', ?, ?, ?)",
                        (position, a_title, prompt, minutes),
                    )
                    activity_ids[old] = int(cursor.lastrowid or 0)
                cursor = c.execute(
                    "INSERT INTO pulse_statements (activity_id, position, text, scale, condition)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (activity_ids[old], s_position, text, scale, cond),
                )
                c.execute(
                    "INSERT INTO pulse_rounds (statement_id, number) VALUES (?, 1)",
                    (int(cursor.lastrowid or 0),),
                )
            c.executemany(
                "INSERT INTO series_figures (meeting, meeting_uuid, meeting_title, meeting_date,"
                " kind, key, scale, value, count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                carried,
            )
            c.executemany(
                "INSERT INTO promises (meeting, kind, what, participant_id, organisation,"
                " receiver, due, status, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                to_review,
            )
        new.clear_history()
    except BaseException:
        new.close()
        target.unlink(missing_ok=True)
        raise
    return new


def _figures_to_carry(doc: Document, me: ds.Meeting) -> list[tuple[object, ...]]:
    rows: list[tuple[object, ...]] = [
        tuple(r)
        for r in doc.conn.execute(
            "SELECT meeting, meeting_uuid, meeting_title, meeting_date, kind, key, scale, value,"
            " count FROM series_figures WHERE meeting < ? ORDER BY meeting, id",
            (me.number,),
        )
    ]
    rows += [
        (me.number, me.uuid, me.title, me.date, f.kind.value, f.key, f.scale, f.value, f.count)
        for f in figures_of(doc)
    ]
    return rows


def _promises_to_carry(doc: Document, me: ds.Meeting) -> list[tuple[object, ...]]:
    """Promises still open after this meeting's review, then this meeting's own promises.

    A commitment and the action it put on the list are one promise (the commitment, which
    says who it is for); a done action is not carried.
    """
    conn = doc.conn
    rows: list[tuple[object, ...]] = [
        tuple(r)
        for r in conn.execute(
            "SELECT meeting, kind, what, participant_id, organisation, receiver, due, status,"
            " note FROM promises WHERE status IN ('open', 'doing') ORDER BY meeting, id"
        )
    ]
    card_party = (
        "CASE WHEN {c}.participant_id IS NULL THEN {c}.organisation"
        " ELSE (SELECT name FROM participants WHERE id = {c}.participant_id) END"
    )
    rows += [
        (me.number, "commitment", what, pid, org, receiver, due, status or "open", "")
        for what, pid, org, receiver, due, status in conn.execute(
            "SELECT c.what, o.participant_id, o.organisation, "
            + card_party.format(c="k")
            + ", c.due, x.status FROM commitments c"
            " JOIN reciprocity_cards o ON o.id = c.offer_id"
            " JOIN reciprocity_cards k ON k.id = c.ask_id"
            " LEFT JOIN actions x ON x.source_kind = 'commitment' AND x.source_id = c.id"
            " WHERE coalesce(x.status, 'open') != 'done' ORDER BY c.id"
        )
    ]
    rows += [
        (me.number, "action", what, pid, org, "", due, status, "")
        for what, pid, org, due, status in conn.execute(
            "SELECT what, participant_id, organisation, due, status FROM actions"
            " WHERE status != 'done' AND source_kind != 'commitment' ORDER BY id"
        )
    ]
    return rows

"""One valid call of every operation in ``storage/ops/``, on the demo workshop.

The list of operations is read from the modules themselves (:func:`operations`), so a
new operation without a case here fails ``tests/test_undo_every_op.py``. A case
prepares what its operation needs (through other operations) and returns the call
to make; the test snapshots the file in between.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable
from pathlib import Path

import workshop.storage.ops as ops_package
from workshop.domain import pabulib
from workshop.domain.actions import ActionStatus, SourceKind
from workshop.domain.budgeting import BallotRules, Rule
from workshop.domain.models import ActivityKind, ActivityStatus
from workshop.domain.pulse import Scale
from workshop.domain.purpose_models import ROUND_PAIRS, PartyMode
from workshop.domain.reciprocity import CardKind, Party
from workshop.domain.roster import RosterEntry
from workshop.domain.series import PromiseStatus
from workshop.domain.templates import load_templates
from workshop.domain.voting import VoteTarget
from workshop.resources import templates_dir
from workshop.storage import read_budgeting
from workshop.storage.changes import Change
from workshop.storage.document import Document
from workshop.storage.ops import (
    actions,
    agenda,
    board,
    budgeting,
    details,
    participants,
    phones,
    pulse,
    purpose,
    reciprocity,
    timer,
    voting,
)
from workshop.storage.ops import breakout as breakout_ops
from workshop.storage.ops import series as series_ops

Call = Callable[[], Change]
Case = Callable[[Document], Call]
NOW = 1_800_000_000.0


def operations() -> dict[str, Callable[..., object]]:
    """Every public function of ``storage/ops/*`` that takes the document and returns a Change."""
    found: dict[str, Callable[..., object]] = {}
    for info in pkgutil.iter_modules(ops_package.__path__):
        module = importlib.import_module(f"{ops_package.__name__}.{info.name}")
        for name, value in vars(module).items():
            if (
                inspect.isfunction(value)
                and not name.startswith("_")
                and value.__module__ == module.__name__
                and next(iter(inspect.signature(value).parameters), "") == "doc"
                and inspect.signature(value).return_annotation in ("Change", Change)
            ):
                found[f"{info.name}.{name}"] = value
    return found


def one(doc: Document, sql: str, *args: object) -> int:
    row = doc.conn.execute(sql, args).fetchone()
    assert row is not None, sql
    return int(row[0])


def kind(doc: Document, k: ActivityKind) -> int:
    return one(doc, "SELECT id FROM activities WHERE kind = ? ORDER BY id", k.value)


def note(doc: Document, offset: int = 0) -> int:
    board_id = kind(doc, ActivityKind.BRAINSTORM)
    return one(doc, "SELECT id FROM notes WHERE activity_id = ? ORDER BY id LIMIT 1 OFFSET ?",
               board_id, offset)


def loose(doc: Document, count: int) -> list[int]:
    board_id = kind(doc, ActivityKind.BRAINSTORM)
    return [r[0] for r in doc.conn.execute(
        "SELECT id FROM notes WHERE activity_id = ? AND cluster_id IS NULL ORDER BY id LIMIT ?",
        (board_id, count))]


def cluster(doc: Document, offset: int = 0) -> int:
    return one(doc, "SELECT id FROM clusters ORDER BY id LIMIT 1 OFFSET ?", offset)


def person(doc: Document, offset: int = 0) -> int:
    return one(doc, "SELECT id FROM participants ORDER BY id LIMIT 1 OFFSET ?", offset)


def vote(doc: Document) -> int:
    return kind(doc, ActivityKind.DOT_VOTE)


def purpose_activity(doc: Document) -> int:
    return kind(doc, ActivityKind.PURPOSE_BLEND)


def pulse_activity(doc: Document) -> int:
    return kind(doc, ActivityKind.PULSE)


def cards(doc: Document) -> int:
    return kind(doc, ActivityKind.OFFERS_ASKS)


def first_round(doc: Document) -> int:
    return one(doc, "SELECT id FROM pulse_rounds ORDER BY id")


def running(doc: Document) -> int:
    """The brainstorm, started (a clock that runs)."""
    board_id = kind(doc, ActivityKind.BRAINSTORM)
    timer.start_activity(doc, board_id, now=NOW)
    return board_id


def _party(doc: Document) -> Party:
    pid = person(doc)
    name = doc.conn.execute("SELECT name FROM participants WHERE id = ?", (pid,)).fetchone()[0]
    return Party(pid, str(name), "")


def _voter_without_dots(doc: Document) -> int:
    """A participant added for the test, so the vote's budget is all theirs."""
    return participants.add_participant(doc, "Late voter").inserted("participants")[0]


def _hidden(doc: Document) -> int:
    return one(doc, "SELECT id FROM purpose_hidden_terms ORDER BY id")


def _synonym(doc: Document) -> int:
    return one(doc, "SELECT id FROM purpose_synonyms ORDER BY id")


def _draft(doc: Document, adopted: bool = False) -> int:
    return one(doc, "SELECT id FROM purpose_drafts WHERE adopted = ? ORDER BY id", int(adopted))


def _kickoff() -> object:
    return next(t for t in load_templates(templates_dir()) if t.key == "collaboration-kickoff")


def _statement_to_regroup(doc: Document) -> tuple[int, int]:
    member = doc.conn.execute(
        "SELECT m.statement_id, g.id FROM purpose_groups g"
        " JOIN purpose_group_members m ON m.group_id = g.id WHERE g.round = ?"
        " ORDER BY g.id DESC LIMIT 1",
        (ROUND_PAIRS,),
    ).fetchone()
    other = one(doc, "SELECT id FROM purpose_groups WHERE round = ? AND id != ? ORDER BY id",
                ROUND_PAIRS, member[1])
    return int(member[0]), other


def _opened(doc: Document, activity_id: int) -> int:
    """The activity, opened to phones."""
    phones.set_open_to_phones(doc, activity_id, True)
    return activity_id


def _queued(doc: Document) -> int:
    board_id = _opened(doc, kind(doc, ActivityKind.BRAINSTORM))
    phones.set_moderation(doc, True)
    phones.post_note(doc, "queued-key-1", board_id, person(doc), "Bänke im Schatten")
    return one(doc, "SELECT id FROM phone_queue ORDER BY id")


def _pulse_round(doc: Document) -> int:
    return one(doc, "SELECT r.id FROM pulse_rounds r JOIN pulse_statements s"
               " ON s.id = r.statement_id WHERE s.activity_id = ? ORDER BY r.id",
               pulse_activity(doc))


def _latest_draft(doc: Document) -> int:
    return one(doc, "SELECT id FROM purpose_drafts WHERE activity_id = ? AND adopted = 0"
               " ORDER BY id DESC", purpose_activity(doc))
def budget(doc: Document) -> int:
    """The demo's participatory budget (projects, 16 ballots, revealed)."""
    return kind(doc, ActivityKind.BUDGET)


def project(doc: Document, offset: int = 0) -> int:
    return one(doc, "SELECT id FROM budget_projects WHERE activity_id = ? ORDER BY id"
                    " LIMIT 1 OFFSET ?", budget(doc), offset)


def _empty_budget(doc: Document) -> int:
    """A second participatory budget with nothing in it yet."""
    return agenda.add_activity(doc, ActivityKind.BUDGET, "Youth fund").inserted("activities")[0]


def _city_vote(doc: Document) -> pabulib.PbFile:
    """The demo's budget as a ``.pb`` file (what a city's export looks like)."""
    return pabulib.from_election(read_budgeting.election(doc, budget(doc)))


CASES: dict[str, Case] = {
    # ---------------------------------------------------------------- foundation
    "participants.add_participant": lambda d: lambda: participants.add_participant(
        d, "Zoë Ñúñez", "Biblioteka Miejska", "#ffcc00"),
    "participants.add_participants": lambda d: lambda: participants.add_participants(
        d, [RosterEntry("Yann", ""), RosterEntry("Xu", "Council")]),
    "participants.update_participant": lambda d: lambda: participants.update_participant(
        d, person(d), "Amy O.", "Riverside Library", "#112233"),
    "participants.remove_participants": lambda d: lambda: participants.remove_participants(
        d, [person(d)]),
    "details.update_details": lambda d: lambda: details.update_details(
        d, title="Renamed", venue="Town Hall", anonymous=False, available_minutes=200),
    "agenda.add_activity": lambda d: lambda: agenda.add_activity(
        d, ActivityKind.BRAINSTORM, "More ideas", "What else?", 10, position=1),
    "agenda.update_activity": lambda d: lambda: agenda.update_activity(
        d, kind(d, ActivityKind.WELCOME), kind=ActivityKind.PROMPT, title="Hello", prompt="Hi",
        timebox_minutes=5, anonymous=True),
    "agenda.set_timebox": lambda d: lambda: agenda.set_timebox(
        d, kind(d, ActivityKind.WELCOME), 7),
    "agenda.remove_activities": lambda d: lambda: agenda.remove_activities(
        d, [kind(d, ActivityKind.BRAINSTORM)]),
    "agenda.move_activity": lambda d: lambda: agenda.move_activity(
        d, kind(d, ActivityKind.WELCOME), 3),
    "agenda.set_status": lambda d: lambda: agenda.set_status(
        d, kind(d, ActivityKind.WELCOME), ActivityStatus.RUNNING),
    "agenda.apply_template": lambda d: (
        agenda.remove_activities(d, [r[0] for r in d.conn.execute("SELECT id FROM activities")]),
        lambda: agenda.apply_template(d, _kickoff(), title="From a template"),  # type: ignore[arg-type]
    )[1],
    # ---------------------------------------------------------------- board
    "board.add_note": lambda d: lambda: board.add_note(
        d, kind(d, ActivityKind.BRAINSTORM), "Wspólny kalendarz wydarzeń dla całej dzielnicy",
        author_id=person(d), colour=2),
    "board.add_notes": lambda d: lambda: board.add_notes(
        d, kind(d, ActivityKind.BRAINSTORM), ["مكتبة مفتوحة مساءً", "Más bancos en el parque"]),
    "board.edit_note_text": lambda d: lambda: board.edit_note_text(d, note(d), "Rewritten idea"),
    "board.set_note_colour": lambda d: lambda: board.set_note_colour(
        d, [note(d), note(d, 1)],
        (one(d, "SELECT colour FROM notes WHERE id = ?", note(d)) + 1) % 6),
    "board.set_note_author": lambda d: lambda: board.set_note_author(d, [note(d)], person(d, 2)),
    "board.delete_notes": lambda d: lambda: board.delete_notes(d, [note(d), note(d, 5)]),
    "board.move_notes": lambda d: lambda: board.move_notes(
        d, {note(d): (12.5, -340.25), note(d, 3): (900.0, 40.0)}),
    "board.set_note_cluster": lambda d: lambda: board.set_note_cluster(
        d, loose(d, 2), cluster(d)),
    "board.group_notes": lambda d: lambda: board.group_notes(d, loose(d, 3), "Trzy pomysły"),
    "board.rename_cluster": lambda d: lambda: board.rename_cluster(d, cluster(d), "Renamed"),
    "board.ungroup": lambda d: lambda: board.ungroup(d, [cluster(d)]),
    "board.move_cluster": lambda d: lambda: board.move_cluster(d, cluster(d), 5.0, 7.0),
    "board.tidy_up": lambda d: (
        board.move_notes(d, {note(d): (3000.0, 3000.0)}),
        lambda: board.tidy_up(d, kind(d, ActivityKind.BRAINSTORM)),
    )[1],
    # ---------------------------------------------------------------- timer
    "timer.start_activity": lambda d: lambda: timer.start_activity(
        d, kind(d, ActivityKind.WELCOME), now=NOW),
    "timer.finish_activity": lambda d: (
        lambda a: lambda: timer.finish_activity(d, a, now=NOW + 600))(running(d)),
    "timer.pause_timer": lambda d: (
        lambda a: lambda: timer.pause_timer(d, a, now=NOW + 60))(running(d)),
    "timer.resume_timer": lambda d: (
        lambda a: (timer.pause_timer(d, a, now=NOW + 60),
                   lambda: timer.resume_timer(d, a, now=NOW + 90))[1])(running(d)),
    "timer.reset_timer": lambda d: (
        lambda a: lambda: timer.reset_timer(d, a))(running(d)),
    "timer.adjust_timer": lambda d: lambda: timer.adjust_timer(
        d, kind(d, ActivityKind.WELCOME), 2),
    # ---------------------------------------------------------------- voting
    "voting.configure_vote": lambda d: (
        voting.reset_vote(d, vote(d)),
        lambda: voting.configure_vote(
            d, vote(d), source_activity_id=kind(d, ActivityKind.BRAINSTORM),
            target=VoteTarget.CLUSTERS, dots_per_person=3, max_per_item=2),
    )[1],
    "voting.set_equal_org_weight": lambda d: lambda: voting.set_equal_org_weight(d, vote(d), True),
    "voting.add_dot": lambda d: (
        lambda p: lambda: voting.add_dot(d, vote(d), p, note(d)))(_voter_without_dots(d)),
    "voting.remove_dot": lambda d: (
        lambda p: (voting.add_dot(d, vote(d), p, note(d)),
                   lambda: voting.remove_dot(d, vote(d), p, note(d)))[1])(_voter_without_dots(d)),
    "voting.finish_ballot": lambda d: (
        lambda p: (voting.add_dot(d, vote(d), p, note(d)),
                   lambda: voting.finish_ballot(d, vote(d), p))[1])(_voter_without_dots(d)),
    "voting.cast_ballot": lambda d: (
        lambda p: lambda: voting.cast_ballot(d, vote(d), p, {note(d): 2, note(d, 1): 1}))(
        _voter_without_dots(d)),
    "voting.set_tally": lambda d: lambda: voting.set_tally(d, vote(d), note(d, 2), 4),
    "voting.adjust_tally": lambda d: lambda: voting.adjust_tally(d, vote(d), note(d, 2), 3),
    "voting.set_revealed": lambda d: lambda: voting.set_revealed(d, vote(d), False),
    "voting.set_closed": lambda d: lambda: voting.set_closed(d, vote(d), True),
    "voting.reset_vote": lambda d: lambda: voting.reset_vote(d, vote(d)),
    "voting.make_agenda": lambda d: lambda: voting.make_agenda(d, vote(d), top=2, timebox=20),
    # ---------------------------------------------------------------- purpose
    "purpose.set_purpose_settings": lambda d: lambda: purpose.set_purpose_settings(
        d, purpose_activity(d), by=PartyMode.ORGANISATION, anonymous=True),
    "purpose.add_statement": lambda d: lambda: purpose.add_statement(
        d, purpose_activity(d), "Food Bank Riverside",
        "Chcemy, żeby nikt w Riverside nie był głodny."),
    "purpose.edit_statement": lambda d: lambda: purpose.edit_statement(
        d, one(d, "SELECT id FROM purpose_statements ORDER BY id"), "We are here to help."),
    "purpose.remove_statement": lambda d: lambda: purpose.remove_statement(
        d, one(d, "SELECT id FROM purpose_statements ORDER BY id")),
    "purpose.merge_terms": lambda d: lambda: purpose.merge_terms(
        d, purpose_activity(d), ["community", "neighbourhood"]),
    "purpose.unmerge_terms": lambda d: lambda: purpose.unmerge_terms(d, _synonym(d)),
    "purpose.hide_term": lambda d: lambda: purpose.hide_term(d, purpose_activity(d), "safe"),
    "purpose.hide_terms": lambda d: lambda: purpose.hide_terms(
        d, purpose_activity(d), ["fair", "access"]),
    "purpose.unhide_term": lambda d: lambda: purpose.unhide_term(d, _hidden(d)),
    "purpose.propose_groups": lambda d: lambda: purpose.propose_groups(
        d, purpose_activity(d), ROUND_PAIRS, most_similar=True),
    "purpose.move_to_group": lambda d: (
        lambda pair: lambda: purpose.move_to_group(d, pair[0], ROUND_PAIRS, pair[1]))(
        _statement_to_regroup(d)),
    "purpose.capture_group_statement": lambda d: lambda: purpose.capture_group_statement(
        d, one(d, "SELECT id FROM purpose_groups ORDER BY id"), "Ein sicherer Ort für alle."),
    "purpose.clear_round": lambda d: lambda: purpose.clear_round(
        d, purpose_activity(d), ROUND_PAIRS),
    "purpose.new_draft": lambda d: lambda: purpose.new_draft(
        d, purpose_activity(d), "A draft of our own", _draft(d)),
    "purpose.new_draft_from_phrases": lambda d: lambda: purpose.new_draft_from_phrases(
        d, purpose_activity(d), ["safe spaces", "fair access"]),
    "purpose.edit_draft": lambda d: lambda: purpose.edit_draft(d, _draft(d), "Edited draft"),
    "purpose.remove_draft": lambda d: lambda: purpose.remove_draft(d, _draft(d)),
    "purpose.rate": lambda d: lambda: purpose.rate(d, _draft(d), "Youth Forum", 5, "¡Sí!"),
    "purpose.remove_rating": lambda d: lambda: purpose.remove_rating(
        d, one(d, "SELECT id FROM purpose_ratings ORDER BY id")),
    "purpose.adopt_draft": lambda d: lambda: purpose.adopt_draft(d, _draft(d)),
    "purpose.unadopt_draft": lambda d: lambda: purpose.unadopt_draft(d, _draft(d, adopted=True)),
    # ---------------------------------------------------------------- reciprocity
    "reciprocity.add_card": lambda d: lambda: reciprocity.add_card(
        d, cards(d), CardKind.OFFER, _party(d), "Darmowe sale na spotkania"),
    "reciprocity.edit_card": lambda d: lambda: reciprocity.edit_card(
        d, one(d, "SELECT id FROM reciprocity_cards ORDER BY id"), text="Rooms on Saturdays too"),
    "reciprocity.remove_cards": lambda d: lambda: reciprocity.remove_cards(
        d, [one(d, "SELECT offer_id FROM commitments ORDER BY id")]),
    "reciprocity.confirm_match": lambda d: lambda: reciprocity.confirm_match(
        d,
        one(d, "SELECT id FROM reciprocity_cards WHERE kind = 'offer' AND id NOT IN"
               " (SELECT offer_id FROM commitments) ORDER BY id"),
        one(d, "SELECT id FROM reciprocity_cards WHERE kind = 'ask' AND id NOT IN"
               " (SELECT ask_id FROM commitments) ORDER BY id"),
        due="2027-02-01"),
    "reciprocity.edit_commitment": lambda d: lambda: reciprocity.edit_commitment(
        d, one(d, "SELECT id FROM commitments ORDER BY id"), what="Rooms", due="2027-03-01"),
    "reciprocity.remove_commitments": lambda d: lambda: reciprocity.remove_commitments(
        d, [one(d, "SELECT id FROM commitments ORDER BY id")]),
    # ---------------------------------------------------------------- pulse
    "pulse.add_statement": lambda d: lambda: pulse.add_statement(
        d, pulse_activity(d), "Nos sentimos escuchados.", Scale.AGREE, round_label="Start"),
    "pulse.add_impact_check": lambda d: (
        lambda a: lambda: pulse.add_impact_check(d, a))(
        agenda.add_activity(d, ActivityKind.PULSE, "Second pulse").inserted("activities")[0]),
    "pulse.edit_statement": lambda d: lambda: pulse.edit_statement(
        d, one(d, "SELECT id FROM pulse_statements ORDER BY id"), "Reworded", Scale.FIST),
    "pulse.remove_statement": lambda d: lambda: pulse.remove_statement(
        d, one(d, "SELECT id FROM pulse_statements ORDER BY id")),
    "pulse.add_round": lambda d: lambda: pulse.add_round(
        d, one(d, "SELECT id FROM pulse_statements ORDER BY id"), "After lunch"),
    "pulse.rename_round": lambda d: lambda: pulse.rename_round(d, first_round(d), "Renamed"),
    "pulse.remove_round": lambda d: lambda: pulse.remove_round(d, first_round(d)),
    "pulse.set_tally": lambda d: lambda: pulse.set_tally(d, first_round(d), {0: 1, 3: 4, 5: 2}),
    "pulse.add_answer": lambda d: lambda: pulse.add_answer(d, first_round(d), 4),
    "pulse.clear_round": lambda d: lambda: pulse.clear_round(d, first_round(d)),
    "pulse.set_revealed": lambda d: lambda: pulse.set_revealed(d, first_round(d), True),
    "pulse.show_on_screen": lambda d: lambda: pulse.show_on_screen(
        d, one(d, "SELECT id FROM pulse_statements ORDER BY id"), shift=True),
    # ---------------------------------------------------------------- budgeting
    "budgeting.set_budget": lambda d: lambda: budgeting.set_budget(d, budget(d), "25000", "zł"),
    "budgeting.set_ballot_rules": lambda d: (
        budgeting.clear_ballots(d, budget(d)),
        lambda: budgeting.set_ballot_rules(
            d, budget(d), BallotRules(max_projects=3, max_cost=None, points=10)),
    )[1],
    "budgeting.set_secret": lambda d: lambda: budgeting.set_secret(
        d, budget(d), not read_budgeting.settings(d, budget(d)).secret),
    "budgeting.set_revealed": lambda d: lambda: budgeting.set_revealed(d, budget(d), False),
    "budgeting.show_rule": lambda d: lambda: budgeting.show_rule(d, budget(d), Rule.MES),
    "budgeting.add_project": lambda d: lambda: budgeting.add_project(
        d, budget(d), "Ławki i cień nad rzeką — ظل على ضفة النهر", "1250.50",
        "Six benches", "public space", "Town Council"),
    "budgeting.edit_project": lambda d: lambda: budgeting.edit_project(
        d, project(d), "Homework club, three evenings", "4100", "Tutors", "education",
        "Riverside Library"),
    "budgeting.remove_project": lambda d: lambda: budgeting.remove_project(d, project(d)),
    "budgeting.paste_projects": lambda d: lambda: budgeting.paste_projects(
        d, budget(d), "Café für alle; 900; food\nSkatepark lights\t5000\tyouth"),
    "budgeting.project_from_board": lambda d: lambda: budgeting.project_from_board(
        d, budget(d), "cluster", cluster(d), "2000"),
    "budgeting.cast_ballot": lambda d: (
        lambda p: lambda: budgeting.cast_ballot(d, budget(d), p, [project(d), project(d, 4)]))(
        _voter_without_dots(d)),
    "budgeting.remove_ballot": lambda d: lambda: budgeting.remove_ballot(
        d, one(d, "SELECT id FROM budget_ballots ORDER BY id")),
    "budgeting.set_project_tally": lambda d: lambda: budgeting.set_project_tally(
        d, budget(d), project(d, 2), 17),
    "budgeting.adjust_project_tally": lambda d: (
        budgeting.set_project_tally(d, budget(d), project(d, 3), 4),
        lambda: budgeting.adjust_project_tally(d, budget(d), project(d, 3), -1),
    )[1],
    "budgeting.clear_ballots": lambda d: (
        budgeting.set_project_tally(d, budget(d), project(d, 1), 3),
        lambda: budgeting.clear_ballots(d, budget(d)),
    )[1],
    "budgeting.import_pb": lambda d: (
        lambda pb, a: lambda: budgeting.import_pb(d, a, pb))(_city_vote(d), _empty_budget(d)),
    # ---------------------------------------------------------------- actions
    "actions.add_action": lambda d: lambda: actions.add_action(
        d, "Book the hall", None, "2027-01-09", source_kind=SourceKind.NOTE, source_id=note(d)),
    "actions.update_action": lambda d: lambda: actions.update_action(
        d, one(d, "SELECT id FROM actions ORDER BY id"), what="Changed", owner=None,
        due="2027-04-01", status=ActionStatus.DONE),
    "actions.set_action_status": lambda d: lambda: actions.set_action_status(
        d, one(d, "SELECT id FROM actions ORDER BY id"), ActionStatus.DONE),
    "actions.remove_actions": lambda d: lambda: actions.remove_actions(
        d, [one(d, "SELECT id FROM actions ORDER BY id")]),
    "breakout.make_breakout_copies": lambda d: lambda: breakout_ops.make_breakout_copies(
        d, 2, _folder(d, "tables")),
    "breakout.merge_breakouts": lambda d: _merge_case(d),
    "series.review_promise": lambda d: _review_case(d),
    # ---------------------------------------------------------------- phones
    "phones.set_phones_enabled": lambda d: lambda: phones.set_phones_enabled(d, True),
    "phones.new_join_code": lambda d: lambda: phones.new_join_code(d, "K7M2QX"),
    "phones.set_moderation": lambda d: lambda: phones.set_moderation(d, True),
    "phones.set_self_join": lambda d: lambda: phones.set_self_join(d, True),
    "phones.set_open_to_phones": lambda d: lambda: phones.set_open_to_phones(
        d, kind(d, ActivityKind.BRAINSTORM), True),
    "phones.approve_queued": lambda d: (
        lambda q: lambda: phones.approve_queued(d, [q]))(_queued(d)),
    "phones.discard_queued": lambda d: (
        lambda q: lambda: phones.discard_queued(d, [q]))(_queued(d)),
    "phones.join_as_new": lambda d: (
        phones.set_self_join(d, True),
        lambda: phones.join_as_new(d, "join-key-01", "Ngozi Adébáyọ̀", "Tenants' union"),
    )[1],
    "phones.post_note": lambda d: (
        lambda a: lambda: phones.post_note(
            d, "note-key-01", a, person(d), "<b>Ławki</b> & więcej cienia"))(
        _opened(d, kind(d, ActivityKind.BRAINSTORM))),
    "phones.post_ballot": lambda d: (
        lambda a, p: lambda: phones.post_ballot(d, "ballot-key-1", a, p, {note(d): 1}))(
        _opened(d, vote(d)), _voter_without_dots(d)),
    "phones.post_budget_ballot": lambda d: (
        lambda a, p: lambda: phones.post_budget_ballot(
            d, "budget-key-1", a, p, {project(d): 1, project(d, 3): 1}))(
        _opened(d, budget(d)), _voter_without_dots(d)),
    "phones.post_pulse_answer": lambda d: (
        lambda a: lambda: phones.post_pulse_answer(
            d, "pulse-key-01", a, _pulse_round(d), person(d), 3))(_opened(d, pulse_activity(d))),
    "phones.post_rating": lambda d: (
        lambda a: lambda: phones.post_rating(
            d, "rating-key-1", a, _latest_draft(d), person(d), 4, "Sí, con matices"))(
        _opened(d, purpose_activity(d))),
    "phones.post_card": lambda d: (
        lambda a: lambda: phones.post_card(
            d, "card-key-001", a, person(d), CardKind.OFFER, "Our hall on Tuesdays"))(
        _opened(d, cards(d))),
}


def _folder(doc: Document, name: str) -> Path:
    folder = doc.path.parent / name
    folder.mkdir(exist_ok=True)
    return folder


def _merge_case(doc: Document) -> Call:
    """Two tables; one adds a note, a cluster and an action in its copy."""
    made = breakout_ops.make_breakout_copies(doc, 2, _folder(doc, "merge-tables"))
    copy = made.extra["paths"][0]
    with Document.open(copy) as table:
        brainstorm = kind(table, ActivityKind.BRAINSTORM)
        board.add_notes(table, brainstorm, ["Ławki w cieniu co 200 m", "Fontanna z wodą"])
        board.group_notes(table, [one(table, "SELECT max(id) FROM notes")], "Woda")
        actions.add_action(table, "Ask the council for benches", None, "2027-02-01")
    return lambda: breakout_ops.merge_breakouts(doc, [copy])


def _review_case(doc: Document) -> Call:
    """A promise carried from an earlier meeting, reviewed as done with a note."""
    with doc.edit("Carry a promise") as ed:
        ed.conn.execute(
            "INSERT INTO promises (meeting, kind, what, organisation, due)"
            " VALUES (0, 'action', 'Book the hall for spring', 'Rada Osiedla', '2027-03-01')"
        )
    promise = one(doc, "SELECT max(id) FROM promises")
    return lambda: series_ops.review_promise(doc, promise, PromiseStatus.DONE, "Booked")

"""Participatory budgets in the document: every door validated, undoable, and the same
results from the file as from its .pb export."""

from __future__ import annotations

from fractions import Fraction

import pytest

from workshop.domain import pabulib
from workshop.domain.budget_rules import run_rule
from workshop.domain.budgeting import BallotRules, Rule
from workshop.domain.errors import ValidationError
from workshop.domain.models import ActivityKind
from workshop.storage import read_budgeting as rb
from workshop.storage.document import Document
from workshop.storage.ops import agenda, participants
from workshop.storage.ops import budgeting as ops


def budget(doc: Document) -> int:
    agenda.add_activity(doc, ActivityKind.BUDGET, "Community fund")
    return int(doc.conn.execute("SELECT max(id) FROM activities").fetchone()[0])


def people(doc: Document, *names: str) -> list[int]:
    for name in names:
        participants.add_participant(doc, name, "Org")
    return [int(r[0]) for r in doc.conn.execute("SELECT id FROM participants ORDER BY id")]


def test_budget_projects_and_ballots_round_trip(doc: Document) -> None:
    aid = budget(doc)
    ops.set_budget(doc, aid, "50 000", "EUR")
    ops.paste_projects(
        doc, aid,
        "Zielone podwórko dla dzieci z ulicy Długiej; 38 000; green; Rada osiedla\n"
        "Bancs et ombre près de l’école\t20000\tstreets\n"
        "حديقة مجتمعية صغيرة; 10000,50\n",
    )
    items = rb.projects(doc, aid)
    assert [p.project.cost for p in items] == [38000, 20000, Fraction(20001, 2)]
    a, b, c = (p.id for p in items)
    ann, ben, _cal = people(doc, "Ann", "Ben", "Cal")
    ops.cast_ballot(doc, aid, ann, [a, b])
    ops.cast_ballot(doc, aid, ben, [a, b], proxy=True)
    ops.cast_ballot(doc, aid, None, [a, c])  # a paper ballot
    with pytest.raises(ValidationError, match="Ann has already voted"):
        ops.cast_ballot(doc, aid, ann, [c])
    e = rb.election(doc, aid)
    assert e.budget == 50000 and e.currency == "EUR"
    assert [b.approved for b in e.ballots] == [(str(a), str(b)), (str(a), str(b)), (str(a), str(c))]
    out = run_rule(e, Rule.GREEDY)
    assert out.explanations[str(b)].text == "skipped: 12,000 EUR left, costs 20,000 EUR"
    # the same results from the file's .pb export
    again = pabulib.read(pabulib.write(pabulib.from_election(rb.election(doc, aid)))).election()
    for rule in Rule:
        assert run_rule(e, rule).funded == run_rule(again, rule).funded
    assert [r.source for r in rb.ballots(doc, aid)] == ["laptop", "proxy", "paper"]


def test_every_door_checks(doc: Document) -> None:
    aid = budget(doc)
    with pytest.raises(ValidationError, match="Line 2: “lots” is not an amount"):
        ops.paste_projects(doc, aid, "Benches; 100\nTrees; lots\n")
    assert rb.projects(doc, aid) == []  # nothing added from a bad paste
    with pytest.raises(ValidationError, match="needs a cost above zero"):
        ops.add_project(doc, aid, "Free", "0")
    with pytest.raises(ValidationError, match="two decimals"):
        ops.add_project(doc, aid, "Odd", "1.005")
    ops.add_project(doc, aid, "Benches", "100")
    ops.add_project(doc, aid, "Trees", "300")
    p1, p2 = (p.id for p in rb.projects(doc, aid))
    ops.set_ballot_rules(doc, aid, BallotRules(max_projects=1))
    with pytest.raises(ValidationError, match="At most 1 projects"):
        ops.cast_ballot(doc, aid, None, [p1, p2])
    ops.cast_ballot(doc, aid, None, [p1])
    with pytest.raises(ValidationError, match="Ballots were cast"):
        ops.set_ballot_rules(doc, aid, BallotRules())
    numbers = {p.number: p.id for p in rb.projects(doc, aid)}
    assert ops.parse_paper("2, 1", numbers) == [p2, p1]
    with pytest.raises(ValidationError, match="not a project number"):
        ops.parse_paper("3", numbers)


def test_everything_undoes(doc: Document) -> None:
    aid = budget(doc)
    changes = [
        ops.set_budget(doc, aid, "1000", "zł"),
        ops.add_project(doc, aid, "Benches", "100"),
    ]
    pid = rb.projects(doc, aid)[0].id
    changes.append(ops.cast_ballot(doc, aid, None, [pid]))
    changes.append(ops.set_revealed(doc, aid, True))
    changes.append(ops.remove_project(doc, pid))
    assert doc.conn.execute("SELECT count(*) FROM budget_approvals").fetchone()[0] == 0
    for change in reversed(changes):
        doc.undo(change)
    assert rb.projects(doc, aid) == []
    assert doc.conn.execute("SELECT count(*) FROM budget_ballots").fetchone()[0] == 0


def test_import_a_pb_file_and_remove_the_activity(doc: Document) -> None:
    from test_pabulib import QUIRKY

    aid = budget(doc)
    ops.import_pb(doc, aid, pabulib.read(QUIRKY))
    assert len(rb.projects(doc, aid)) == 3 and len(rb.ballots(doc, aid)) == 4
    assert rb.settings(doc, aid).amount == Fraction(500001, 2)
    e = rb.election(doc, aid)
    assert run_rule(e, Rule.MES_COMPLETED).spent == run_rule(
        pabulib.read(QUIRKY).election(), Rule.MES_COMPLETED
    ).spent
    with pytest.raises(ValidationError, match="already has projects"):
        ops.import_pb(doc, aid, pabulib.read(QUIRKY))
    agenda.remove_activities(doc, [aid])
    for table in ("budgets", "budget_projects", "budget_ballots", "budget_approvals"):
        assert doc.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0


def test_not_a_budget_activity_is_refused(doc: Document) -> None:
    agenda.add_activity(doc, ActivityKind.BRAINSTORM, "Ideas")
    aid = int(doc.conn.execute("SELECT max(id) FROM activities").fetchone()[0])
    with pytest.raises(ValidationError, match="only in a participatory budget"):
        ops.set_budget(doc, aid, "10", "")


def test_csv_and_handout_of_the_demo_budget(demo_doc: Document, tmp_path: object) -> None:
    from workshop.export.budgeting_csv import budgeting

    projects, ballots, outcomes = budgeting(demo_doc)
    assert len(projects.rows) == 12
    assert {r[2] for r in ballots.rows} == {""}  # secret ballots: no voter names
    assert {r[3] for r in ballots.rows} == {""}  # nor how they were cast
    assert {r[1] for r in outcomes.rows} == {"greedy", "mes-completed"}
    assert any(r[7].startswith("skipped:") for r in outcomes.rows)
    aid = next(int(r[0]) for r in demo_doc.conn.execute(
        "SELECT id FROM activities WHERE kind = 'budget'"))
    ops.set_revealed(demo_doc, aid, False)
    _, ballots, outcomes = budgeting(demo_doc)
    assert ballots.rows == [] and outcomes.rows == []  # nothing before the reveal


def test_handout_section(demo_doc: Document) -> None:
    from workshop.export.pdf.sections.registry import builder_for

    assert builder_for(ActivityKind.BUDGET) is not None


def test_paper_tally_per_project_counts_in_both_rules(doc: Document) -> None:
    """A paper tally of n approvals on a project is n anonymous one-project ballots: n
    votes for greedy, n more voters' shares for Equal Shares (spent only on it)."""
    aid = budget(doc)
    ops.set_budget(doc, aid, "100", "zł")
    ops.paste_projects(doc, aid, "Ławki nad Wisłą; 60\nحديقة صغيرة; 40\nMural; 50")
    a, b, c = (p.id for p in rb.projects(doc, aid))
    ann, ben = people(doc, "Ann", "Ben")
    ops.cast_ballot(doc, aid, ann, [a])
    ops.cast_ballot(doc, aid, ben, [a])
    # Without the tally: greedy A (2 votes) then B (0 votes: never); MES: A only.
    assert run_rule(rb.election(doc, aid), Rule.GREEDY).funded == (str(a),)
    ops.set_project_tally(doc, aid, c, 3)
    ops.adjust_project_tally(doc, aid, b, +1)
    ops.adjust_project_tally(doc, aid, c, -1)
    assert rb.tallies(doc, aid) == {b: 1, c: 2}
    e = rb.election(doc, aid)
    assert [x.approved for x in e.ballots[2:]] == [(str(b),), (str(c),), (str(c),)]
    assert e.votes() == {str(a): 2, str(b): 1, str(c): 2}
    # Greedy: A and C tie on 2 votes, C is cheaper (50): C, then A (60) no longer fits
    # in the 50 left, B (40) does.
    assert run_rule(e, Rule.GREEDY).funded == (str(c), str(b))
    # Equal Shares: five voters (two ballots, three tallied), 20 each: A's supporters hold
    # 40 < 60, B's 20 < 40, C's 40 < 50: nothing without completion.
    assert run_rule(e, Rule.MES).funded == ()
    # the same results from the .pb export (tallies written as one-project votes)
    again = pabulib.read(pabulib.write(pabulib.from_election(e))).election()
    for rule in Rule:
        assert run_rule(e, rule).funded == run_rule(again, rule).funded
    with pytest.raises(ValidationError, match="no paper approvals on this project"):
        ops.adjust_project_tally(doc, aid, a, -1)
    with pytest.raises(ValidationError, match="between 0 and 9,999"):
        ops.set_project_tally(doc, aid, a, 10_000)
    # a removed project takes its tally with it; undo brings it back
    change = ops.remove_project(doc, c)
    assert rb.tallies(doc, aid) == {b: 1}
    doc.undo(change)
    assert rb.tallies(doc, aid) == {b: 1, c: 2}
    # clearing the ballots clears the tallies
    ops.clear_ballots(doc, aid)
    assert rb.tallies(doc, aid) == {} and rb.election(doc, aid).ballots == ()


def test_paper_tally_keeps_the_ballot_rules(doc: Document) -> None:
    aid = budget(doc)
    ops.set_budget(doc, aid, "100 000", "EUR")
    ops.paste_projects(doc, aid, "Big hall roof; 60 000\nBenches; 5 000")
    big, small = (p.id for p in rb.projects(doc, aid))
    ops.set_ballot_rules(doc, aid, BallotRules(max_cost=Fraction(50_000)))
    with pytest.raises(ValidationError, match=r"ballot for “Big hall roof” alone.*at most 50,000"):
        ops.set_project_tally(doc, aid, big, 4)
    ops.set_project_tally(doc, aid, small, 4)
    assert rb.tallies(doc, aid) == {small: 4}
    agenda.remove_activities(doc, [aid])
    assert doc.conn.execute("SELECT count(*) FROM budget_tallies").fetchone()[0] == 0

"""Pabulib .pb files: every vote type, real files' quirks, round trips, one-line errors,
and the ``workshop pb`` command."""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings

from helpers.pb_strategies import elections
from workshop.cli import main
from workshop.domain import pabulib
from workshop.domain.budget_rules import run_rule
from workshop.domain.budgeting import Election, Rule
from workshop.domain.pabulib import PabulibError

# A real-looking file: BOM, Windows line ends, decimal comma in the budget, trailing
# spaces and separators, optional columns, blank lines, META counts that disagree.
QUIRKY = (
    "\ufeffMETA\r\n"
    "key;value\r\n"
    "description;Budżet obywatelski — Śródmieście \r\n"
    "country;Poland\r\n"
    "num_projects;4\r\n"
    "num_votes;6\r\n"
    "budget;250000,50 \r\n"
    "vote_type;approval\r\n"
    "rule;greedy\r\n"
    "\r\n"
    "PROJECTS\r\n"
    "project_id;cost;votes;name;category;target;selected\r\n"
    "1;120000;3;Zielone podwórko;environment,public space;children;1\r\n"
    "2 ;90000;2;Ławki i cień;public space;seniors;1 \r\n"
    "3;60000,00;2;\"Rowery; stojaki\";transport;;0;\r\n"
    "VOTES\r\n"
    "voter_id;vote;age;sex\r\n"
    "10;1,2;34;F\r\n"
    "11;1, 3 ;;\r\n"
    "12;1;71;M\r\n"
    "13;2,3;;\r\n"
)


def test_reads_a_quirky_real_file() -> None:
    pb = pabulib.read(QUIRKY)
    e = pb.election()
    assert e.budget == Fraction(500001, 2)
    assert [p.id for p in e.projects] == ["1", "2", "3"]
    assert e.project("3").title == "Rowery; stojaki"
    assert e.project("3").cost == 60000
    assert e.project("1").category == "environment,public space"
    assert [b.approved for b in e.ballots] == [("1", "2"), ("1", "3"), ("1",), ("2", "3")]
    assert pb.notes == (
        "META says num_projects 4; the file has 3 projects.",
        "META says num_votes 6; the file has 4 votes.",
    )
    assert pb.meta["description"] == "Budżet obywatelski — Śródmieście"


def test_round_trip_of_a_real_file_keeps_every_key_and_column() -> None:
    once = pabulib.write(pabulib.read(QUIRKY))
    assert pabulib.write(pabulib.read(once)) == once
    assert "target" in once.splitlines()[10] and "age;sex" in once


@settings(max_examples=100, deadline=None)
@given(elections())
def test_export_import_export_is_identical(e: Election) -> None:
    text = pabulib.write(pabulib.from_election(e, description="Workshop; “vote”"))
    assert pabulib.write(pabulib.read(text)) == text


def test_cumulative_ballots_approve_what_they_name() -> None:
    text = (
        "META\nkey;value\nbudget;100\nvote_type;cumulative\nmax_sum_points;10\n"
        "PROJECTS\nproject_id;cost\na;50\nb;50\nc;50\n"
        "VOTES\nvoter_id;vote;points\n1;a,b;7,3\n2;c;10\n"
    )
    pb = pabulib.read(text)
    e = pb.election()
    assert e.ballots[0].approved == ("a", "b") and e.ballots[0].points == {"a": 7, "b": 3}
    assert pb.notes == (
        "cumulative ballots: each counts as approving the projects it names "
        "(the rules run on approval).",
    )
    assert pabulib.write(pabulib.read(pabulib.write(pb))) == pabulib.write(pb)


@pytest.mark.parametrize("kind", ["ordinal", "choose-1", "scoring"])
def test_other_vote_types(kind: str) -> None:
    votes = "1;b\n2;a\n" if kind == "choose-1" else "1;b,a\n2;a\n"
    points = ";points" if kind == "scoring" else ""
    if kind == "scoring":
        votes = "1;b,a;2,1\n2;a;3\n"
    text = (
        f"META\nkey;value\nbudget;100\nvote_type;{kind}\n"
        "PROJECTS\nproject_id;cost;name\na;60;A\nb;40;B\n"
        f"VOTES\nvoter_id;vote{points}\n{votes}"
    )
    pb = pabulib.read(text)
    assert pb.vote_type == kind
    assert set(run_rule(pb.election(), Rule.GREEDY).funded) == {"a", "b"}
    assert pb.notes and pb.notes[0].startswith(kind)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "the file has no META section."),
        ("hello\n", "line 1: the file must start with META."),
        ("META\nkey;value\nPROJECTS\nproject_id;cost\nVOTES\nvoter_id;vote\n",
         "META: no “budget” line."),
        ("META\nkey;value\nbudget;lots\nPROJECTS\nproject_id;cost\nVOTES\nvoter_id;vote\n",
         "META: the budget “lots” is not a number."),
        ("META\nkey;value\nbudget;1\nvote_type;borda\nPROJECTS\nproject_id;cost\n"
         "VOTES\nvoter_id;vote\n", "META: unknown vote_type “borda”."),
        ("META\nkey;value\nbudget;1\nPROJECTS\nproject_id;name\n",
         "PROJECTS line 5: the header has no “cost” column."),
        ("META\nkey;value\nbudget;1\nPROJECTS\nproject_id;cost\n1;ten\nVOTES\nvoter_id;vote\n",
         "PROJECTS line 6: the cost “ten” is not a number."),
        ("META\nkey;value\nbudget;1\nPROJECTS\nproject_id;cost\n1;1\n1;2\nVOTES\n"
         "voter_id;vote\n", "PROJECTS line 7: project “1” appears twice."),
        ("META\nkey;value\nbudget;1\nPROJECTS\nproject_id;cost\n1;1\nVOTES\nvoter_id;vote\n"
         "a;1\nb;1,9\n", "VOTES line 10: project “9” is not in PROJECTS."),
        ("META\nkey;value\nbudget;1\nPROJECTS\nproject_id;cost\n1;1\nVOTES\nvoter_id;vote\n"
         "a;1\na;1\n", "VOTES line 10: voter “a” votes twice."),
        ("META\nkey;value\nbudget;1\nPROJECTS\nproject_id;cost\n1;1;2;3\n",
         "PROJECTS line 6: 4 values for 2 columns."),
        ("META\nkey;value\nbudget;1\nvote_type;cumulative\nPROJECTS\nproject_id;cost\n1;1\n"
         "VOTES\nvoter_id;vote;points\na;1;x\n",
         "VOTES line 10: “points” must give a whole number per project."),
        ("META\nkey;value\nbudget;1\nvote_type;choose-1\nPROJECTS\nproject_id;cost\n1;1\n2;1\n"
         "VOTES\nvoter_id;vote\na;1,2\n", "VOTES line 11: a choose-1 vote names one project."),
        ("META\nkey;value\nbudget;1\nPROJECTS\nproject_id;cost\nPROJECTS\n",
         "PROJECTS line 6: the section appears twice."),
    ],
)
def test_bad_files_get_one_clear_line(text: str, message: str) -> None:
    with pytest.raises(PabulibError) as info:
        pabulib.read(text)
    assert str(info.value) == message


# -- the command ---------------------------------------------------------------------------


def write(tmp_path: Path, text: str, name: str = "city.pb") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("rule", ["greedy", "mes", "mes-cardinality", "mes-completed"])
def test_pb_command_json(tmp_path: Path, capsys: pytest.CaptureFixture[str], rule: str) -> None:
    path = write(tmp_path, QUIRKY)
    assert main(["pb", str(path), "--rule", rule, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    expected = run_rule(pabulib.read(QUIRKY).election(), Rule(rule))
    assert data["rule"] == rule
    assert data["funded"] == list(expected.funded)
    assert all(isinstance(pid, str) for pid in data["funded"])
    assert data["spent"] == expected.spent
    assert data["budget"] == 250000.5


def test_pb_command_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["pb", str(write(tmp_path, QUIRKY)), "--rule", "greedy"]) == 0
    out = capsys.readouterr().out
    assert "Greedy by votes: 2 of 3 projects funded, 180,000 of 250,000.50 spent" in out
    assert "[2] Ławki i cień — 90,000: skipped: 70,000.50 left, costs 90,000" in out
    assert out.startswith("note: META says num_projects 4")


@pytest.mark.parametrize(
    ("content", "args", "message"),
    [
        (None, [], "does not exist."),
        ("META\nkey;value\nbudget;x\n", [], "workshop: the file has no PROJECTS section."),
        (b"META\nkey;value\n\xff\n", [], "line 3 is not UTF-8 text."),
        (QUIRKY, ["--rule", "borda"], "invalid choice: 'borda'"),
    ],
)
def test_pb_command_bad_input_is_one_line_and_status_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: object, args: list[str],
    message: str,
) -> None:
    path = tmp_path / "in.pb"
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    elif isinstance(content, bytes):
        path.write_bytes(content)
    with pytest.raises(SystemExit) if args else _no_raise() as info:
        code = main(["pb", str(path), *args])
    if args:
        code = info.value.code  # type: ignore[union-attr]
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and message in err


class _no_raise:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None

"""`workshop import` checks every value by the operations' rules, naming the first bad one.

Each case takes the demo's own export, breaks one value the way a hand-edited or
hostile file would, and expects one line on stderr naming the place in the JSON,
exit status 2, and no file written.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from workshop.cli import main
from workshop.export.json_export import (
    MAX_NOTES_PER_BOARD,
    export_json,
    import_json,
)
from workshop.export.pdf import HandoutOptions, export_handout
from workshop.storage import read, read_board
from workshop.storage.document import Document

Data = dict[str, Any]


@pytest.fixture
def demo_data(demo_doc: Document, tmp_path: Path) -> Data:
    export_json(demo_doc, tmp_path / "demo.json")
    data: Data = json.loads((tmp_path / "demo.json").read_text(encoding="utf-8"))
    (tmp_path / "demo.json").unlink()
    return data


def _first(data: Data, table: str) -> dict[str, Any]:
    row: dict[str, Any] = data["tables"][table][0]
    return row


def _set(table: str, column: str, value: Any) -> Callable[[Data], None]:
    return lambda data: _first(data, table).__setitem__(column, value)


CASES = [
    ("note 2,001 characters", _set("notes", "text", "x" * 2001),
     r"tables\.notes\[0\]\.text: That note is 2,001 characters long"),
    ("note of 5,000,000 characters", _set("notes", "text", "y" * 5_000_000),
     r"tables\.notes\[0\]\.text: That note is 5,000,000 characters long"),
    ("note x as text", _set("notes", "x", "abc"),
     r"tables\.notes\[0\]\.x: a number is needed, not the text “abc”"),
    ("timebox in words", _set("activities", "timebox_minutes", "ten"),
     r"tables\.activities\[0\]\.timebox_minutes: a whole number is needed, not the text “ten”"),
    ("timebox out of range", _set("activities", "timebox_minutes", 0),
     r"tables\.activities\[0\]\.timebox_minutes: A timebox must be between 1 and 1440"),
    ("id 2**70", _set("notes", "id", 2**70),
     r"tables\.notes\[0\]\.id: 1180591620717411303424 is out of range"),
    ("id beyond 32 bits", _set("participants", "id", 2**40),
     r"tables\.participants\[0\]\.id: 1099511627776 is not an id"),
    ("infinite-ish coordinate", _set("notes", "y", 1e300),
     r"tables\.notes\[0\]\.y: 1e\+300 is outside"),
    ("a flag of 7", _set("votes", "secret", 7),
     r"tables\.votes\[0\]\.secret: 7 is not 0 \(no\) or 1 \(yes\)"),
    ("true as a number", _set("notes", "colour", True),
     r"tables\.notes\[0\]\.colour: a whole number is needed, not true/false"),
    ("dangling author", _set("notes", "author_id", 999),
     r"tables\.notes\[0\]\.author_id: refers to 999 in participants"),
    ("dangling dot", _set("dots", "item_id", 99_999),
     r"tables\.dots\[0\]\.item_id: refers to 99999 in (notes|clusters)"),
    ("empty name", _set("participants", "name", " \t\n"),
     r"tables\.participants\[0\]\.name: A participant's name cannot be empty"),
    ("bad date", _set("workshop", "date", "next tuesday"),
     r"tables\.workshop\[0\]\.date: “next tuesday” is not a date"),
    ("unknown language", _set("purpose_settings", "language", "klingon"),
     r"tables\.purpose_settings\[0\]\.language: “klingon” is not a language"),
    ("a list where text belongs", _set("actions", "what", ["a"]),
     r"tables\.actions\[0\]\.what: The file has a list where a single value belongs"),
    ("lone surrogate", _set("notes", "text", "\ud800"),
     r"tables\.notes\[0\]\.text: the text holds a broken character"),
    ("missing text", lambda d: _first(d, "notes").pop("text"),
     r"tables\.notes\[0\]\.text: is missing"),
    ("duplicate id", lambda d: d["tables"]["notes"].append(dict(_first(d, "notes"))),
     r"tables\.notes\[\d+\]\.id: \d+ is used by another row too"),
]


@pytest.mark.parametrize(("label", "mutate", "message"), CASES, ids=[c[0] for c in CASES])
def test_bad_value_is_refused_with_its_path(
    demo_data: Data,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    label: str,
    mutate: Callable[[Data], None],
    message: str,
) -> None:
    mutate(demo_data)
    tmp_path = tmp_path / "import"
    tmp_path.mkdir()
    source = tmp_path / "in.json"
    source.write_text(json.dumps(demo_data), encoding="utf-8")
    target = tmp_path / "out.workshop"
    assert main(["import", str(source), str(target)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("workshop: “in.json”, tables."), err
    assert __import__("re").search(message, err), err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.json"]


def test_names_and_text_are_trimmed_as_the_operations_trim(demo_data: Data, tmp_path: Path) -> None:
    _first(demo_data, "participants")["name"] = "\t  Ana   Silva \n"
    _first(demo_data, "participants")["organisation"] = " Library\t"
    _first(demo_data, "notes")["text"] = "\n  An idea with spaces around  \n"
    _first(demo_data, "activities")["title"] = "  Opening \t circle "
    source = tmp_path / "in.json"
    source.write_text(json.dumps(demo_data, ensure_ascii=False), encoding="utf-8")
    import_json(source, tmp_path / "out.workshop")
    with Document.open(tmp_path / "out.workshop") as doc:
        person = read.participants(doc)[0]
        assert (person.name, person.organisation) == ("Ana Silva", "Library")
        assert read.activities(doc)[0].title == "Opening circle"
        note_id = _first(demo_data, "notes")["id"]
        texts = {n.id: n.text for a in read.activities(doc) for n in read_board.notes(doc, a.id)}
        assert texts[note_id] == "An idea with spaces around"


def test_longest_allowed_values_export_quickly_enough(demo_data: Data, tmp_path: Path) -> None:
    """Every field at its limit (and without spaces to break at) still makes a handout."""
    for row in demo_data["tables"]["notes"][:40]:
        row["text"] = "w" * 2000
    _first(demo_data, "activities")["prompt"] = "p" * 5000
    _first(demo_data, "workshop")["goal"] = "g" * 5000
    source = tmp_path / "in.json"
    source.write_text(json.dumps(demo_data), encoding="utf-8")
    import_json(source, tmp_path / "out.workshop")
    with Document.open(tmp_path / "out.workshop", read_only=True) as doc:
        export_handout(doc, tmp_path / "out.pdf", HandoutOptions())
    assert (tmp_path / "out.pdf").stat().st_size > 0


def test_too_many_notes_on_one_board_are_refused(demo_data: Data, tmp_path: Path) -> None:
    note = _first(demo_data, "notes")
    demo_data["tables"]["notes"] = [
        {**note, "id": i + 1, "text": f"idea {i}"} for i in range(MAX_NOTES_PER_BOARD + 1)
    ]
    demo_data["tables"]["dots"] = []
    demo_data["tables"]["tallies"] = []
    demo_data["tables"]["actions"] = []
    source = tmp_path / "in.json"
    source.write_text(json.dumps(demo_data), encoding="utf-8")
    with pytest.raises(Exception, match="at most 10,000 notes on one board"):
        import_json(source, tmp_path / "out.workshop")
    assert not (tmp_path / "out.workshop").exists()

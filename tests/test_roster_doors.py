"""A pasted list and a participant CSV go through the operations' rules, line by line.

Bad lines are refused with their line number and nothing is added; what is
added is stored exactly as typing it in the Participants tab would store it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from helpers.windows import main_window, silent_questions
from workshop.domain.errors import ValidationError
from workshop.domain.roster import ROSTER_MAX_BYTES, RosterEntry, clean_person, parse_roster
from workshop.storage import read
from workshop.storage.document import Document
from workshop.storage.ops import participants


def test_control_characters_and_blank_runs_are_cleaned_as_typing_cleans_them(doc: Document) -> None:
    entries = parse_roster("Ana\x07 Silva,\x1b Library\x7f\nBen\x00Ode,Council\n")
    assert entries == [RosterEntry("Ana Silva", "Library"), RosterEntry("Ben Ode", "Council")]
    participants.add_participant(doc, "Ana\x07 Silva", "\x1bLibrary")
    assert read.participants(doc)[0].name == "Ana Silva"
    cleaned = clean_person("  Chloé\tMartin ", " Town\nHall ")
    assert cleaned == RosterEntry("Chloé Martin", "Town Hall")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Ana\nBen,\x00\n" + '"' + "x" * 200_000 + '"\n', "Line 3 cannot be read: field larger"),
        ("Ana\n\x01\x02, Library\n", "Line 2 has no name before the comma."),
        ("Ana\nBen, " + "o" * 201 + "\n", "Line 2 is longer than 200 characters."),
        ("x\n" * (ROSTER_MAX_BYTES // 2 + 1), "a list of people holds at most"),
        ("".join(f"Person {i}\n" for i in range(2001)), "more than 2,000 people"),
    ],
)
def test_bad_lists_are_refused_naming_the_line(text: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        parse_roster(text)


@pytest.mark.usefixtures("data_dir")
def test_csv_import_with_nul_and_huge_files_reports_and_adds_nobody(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    messages: list[str] = []
    window = main_window(data_dir, silent_questions(messages))
    qtbot.addWidget(window)
    target = tmp_path / "room.workshop"
    Document.create(target).close()
    assert window.open_path(target)
    assert window.page is not None and window.doc is not None
    panel = window.page.participants
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"name,organisation\nAna,Library\n\"Ben\x00\",\"" + b"y" * 300_000 + b"\"\n")
    panel.ask_path = lambda _parent: bad
    panel.import_csv()
    assert messages and messages[-1].startswith("Line 3"), messages
    huge = tmp_path / "huge.csv"
    huge.write_bytes(b"Ana, Library\n" * (ROSTER_MAX_BYTES // 10))
    panel.ask_path = lambda _parent: huge
    panel.import_csv()
    assert "too large for a list of people" in messages[-1]
    assert read.participants(window.doc) == []
    good = tmp_path / "good.csv"
    good.write_text("Name,Organisation\n  Ana \t Silva , Library\x07\n", encoding="utf-8")
    panel.ask_path = lambda _parent: good
    panel.import_csv()
    assert [(p.name, p.organisation) for p in read.participants(window.doc)] == [
        ("Ana Silva", "Library")
    ]
    window.close()

"""Pure rules of the foundation: validation, roster parsing, agenda arithmetic, templates."""

from __future__ import annotations

from pathlib import Path

import pytest

from workshop.domain import validation as v
from workshop.domain.agenda import fit, format_minutes, start_times
from workshop.domain.errors import ValidationError, WorkshopError
from workshop.domain.models import Activity, ActivityKind, ActivityStatus
from workshop.domain.roster import RosterEntry, parse_roster
from workshop.domain.templates import load_templates, parse_template
from workshop.export.localised import Words
from workshop.resources import templates_dir

# ------------------------------------------------------------------ validation


def test_required_text_collapses_whitespace() -> None:
    assert v.required_text("  Ana \n  Silva ", "A name") == "Ana Silva"
    with pytest.raises(ValidationError, match=r"A name cannot be empty\."):
        v.required_text(" \t\n", "A name")
    with pytest.raises(ValidationError, match="the limit is 200"):
        v.required_text("x" * 201, "A name")


def test_limits_and_single_lines() -> None:
    assert v.limited("x" * v.TEXT_MAX, "The goal") == "x" * v.TEXT_MAX
    with pytest.raises(ValidationError, match="5,001 characters long; the limit is 5,000"):
        v.limited("x" * (v.TEXT_MAX + 1), "The goal")
    assert v.single_line(" Town\nHall ", "The venue") == "Town Hall"
    assert v.single_line("", "The venue") == ""


@pytest.mark.parametrize("good", ["", "#ffcc00", " #FFCC00 "])
def test_colours(good: str) -> None:
    assert v.colour(good) == good.strip().lower()


@pytest.mark.parametrize("bad", ["red", "#fc0", "ffcc00", "#ffcc0g", "#ffcc000"])
def test_bad_colours(bad: str) -> None:
    with pytest.raises(ValidationError, match="is not a colour like #ffcc00"):
        v.colour(bad)


def test_timebox_range() -> None:
    assert v.timebox(1) == 1 and v.timebox(24 * 60) == 24 * 60
    for bad in (0, -5, 24 * 60 + 1):
        with pytest.raises(ValidationError, match="between 1 and 1440 minutes"):
            v.timebox(bad)


def test_dates_times_and_available_minutes() -> None:
    assert v.iso_date(" 2026-11-27 ") == "2026-11-27"
    assert v.iso_date("") == ""
    for bad in ("27/11/2026", "2026-1-2", "tomorrow"):
        with pytest.raises(ValidationError, match="is not a date like 2026-11-27"):
            v.iso_date(bad)
    assert v.clock_time("09:30") == "09:30" and v.clock_time("23:59") == "23:59"
    for bad in ("9:30", "24:00", "12:60", "noon"):
        with pytest.raises(ValidationError, match="is not a time like 09:30"):
            v.clock_time(bad)
    assert v.minutes_available(0) == 0
    with pytest.raises(ValidationError):
        v.minutes_available(-1)
    with pytest.raises(ValidationError):
        v.minutes_available(7 * 24 * 60 + 1)


def test_validation_errors_are_user_errors() -> None:
    assert issubclass(ValidationError, WorkshopError)


# --------------------------------------------------------------------- roster


def test_roster_commas_and_names_alone() -> None:
    text = "Ana Silva, Library\nBen Hughes,Town Council\n\nChloé Martin\n"
    assert parse_roster(text) == [
        RosterEntry("Ana Silva", "Library"),
        RosterEntry("Ben Hughes", "Town Council"),
        RosterEntry("Chloé Martin", ""),
    ]


def test_roster_header_row_is_skipped() -> None:
    for header in ("name, organisation", "Name,Organisation", "Participants"):
        assert parse_roster(f"{header}\nAna, Library") == [RosterEntry("Ana", "Library")]


def test_roster_from_a_spreadsheet_paste_uses_tabs() -> None:
    text = "Name\tOrganisation\nAna Silva\tLibrary, Riverside\nBen\tCouncil\n"
    assert parse_roster(text) == [
        RosterEntry("Ana Silva", "Library, Riverside"),
        RosterEntry("Ben", "Council"),
    ]


def test_roster_separator_is_sniffed() -> None:
    """Semicolons (a spreadsheet's CSV in a comma-decimal locale) and tabs whose names hold
    commas are found by csv.Sniffer, not guessed from the first line."""
    assert parse_roster("Name;Organisation\nAna Silva;Biblioteca, Centro\nBen;Council\n") == [
        RosterEntry("Ana Silva", "Biblioteca, Centro"),
        RosterEntry("Ben", "Council"),
    ]
    text = "Silva, Ana\tLibrary\nHughes, Ben\tFood Bank\nŁukasz Nowak\tRada Miasta\n"
    assert parse_roster(text) == [
        RosterEntry("Silva, Ana", "Library"),
        RosterEntry("Hughes, Ben", "Food Bank"),
        RosterEntry("Łukasz Nowak", "Rada Miasta"),
    ]
    assert parse_roster("Ana Silva\nBen Hughes\n") == [
        RosterEntry("Ana Silva", ""),
        RosterEntry("Ben Hughes", ""),
    ]
    assert parse_roster("Ana Silva, Library") == [RosterEntry("Ana Silva", "Library")]


@pytest.mark.parametrize("separator", [", ", "\t", ";"])
def test_roster_of_the_shared_corpus_with_each_separator(separator: str) -> None:
    from helpers.corpus import PEOPLE

    text = "\n".join(f"{name}{separator}{organisation}" for name, organisation in PEOPLE)
    assert parse_roster(text) == [RosterEntry(n, o) for n, o in PEOPLE]


def test_roster_quotes_follow_csv() -> None:
    text = '"Hughes, Ben", "Food Bank, North"\n"Okafor ""Ama""", Library\n'
    assert parse_roster(text) == [
        RosterEntry("Hughes, Ben", "Food Bank, North"),
        RosterEntry('Okafor "Ama"', "Library"),
    ]


def test_roster_whitespace_and_empty_extra_cells() -> None:
    assert parse_roster("  Ana   Silva ,  Library  ,\n") == [RosterEntry("Ana Silva", "Library")]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "The list is empty"),
        ("  \n\n", "The list is empty"),
        ("name, organisation\n", "No names found"),
        ("Ana, Library\n, Council\n", "Line 2 has no name before the comma."),
        ("Ana, Library, Extra\n", "Line 1 has more than two columns"),
        ("Ana\n" + "x" * 201 + "\n", "Line 2 is longer than 200 characters."),
    ],
)
def test_roster_bad_input_names_the_line(text: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        parse_roster(text)


# --------------------------------------------------------------------- agenda


def _activity(minutes: int, index: int = 0) -> Activity:
    kind, status = ActivityKind.PROMPT, ActivityStatus.PLANNED
    return Activity(index, index, kind, f"A{index}", "", minutes, status, "", None)


def test_agenda_fit() -> None:
    day = [_activity(45, 0), _activity(30, 1), _activity(20, 2)]
    within = fit(day, 120)
    assert (within.planned_minutes, within.spare_minutes, within.over) == (95, 25, False)
    assert Words("en").fit(within) == "1 h 35 planned of 2 h: 25 min spare"
    over = fit(day, 90)
    assert over.over and over.spare_minutes == -5
    assert Words("en").fit(over) == "1 h 35 planned of 1 h 30: 5 min over"
    open_ended = fit(day, 0)
    assert not open_ended.over
    assert Words("en").fit(open_ended) == "1 h 35 planned"
    assert Words("en").fit(fit([], 60)) == "0 min planned of 1 h: 1 h spare"


def test_start_times() -> None:
    day = [_activity(45, 0), _activity(30, 1), _activity(20, 2)]
    assert start_times(day, "09:30") == ["09:30", "10:15", "10:45"]
    assert start_times(day, "") == ["", "", ""]
    assert start_times([_activity(90, 0), _activity(5, 1)], "23:00") == ["23:00", "00:30"]
    assert start_times([], "09:00") == []


def test_format_minutes() -> None:
    assert [format_minutes(m) for m in (0, 5, 60, 61, 150, -75)] == [
        "0 min", "5 min", "1 h", "1 h 01", "2 h 30", "-1 h 15"
    ]


# ------------------------------------------------------------------ templates


def test_bundled_templates_load() -> None:
    templates = {t.key: t for t in load_templates(templates_dir())}
    assert "blank" in templates
    kickoff = templates["collaboration-kickoff"]
    assert kickoff.name == "Collaboration kick-off"
    kinds = [a.kind for a in kickoff.activities]
    for expected in (
        ActivityKind.WELCOME,
        ActivityKind.PURPOSE_BLEND,
        ActivityKind.BRAINSTORM,
        ActivityKind.DOT_VOTE,
        ActivityKind.CLOSE,
    ):
        assert expected in kinds
    assert kinds.index(ActivityKind.BRAINSTORM) < kinds.index(ActivityKind.DOT_VOTE)
    assert kinds[0] is ActivityKind.WELCOME and kinds[-1] is ActivityKind.CLOSE
    assert all(a.title and 1 <= a.timebox_minutes <= 120 for a in kickoff.activities)
    total = sum(a.timebox_minutes for a in kickoff.activities)
    assert total <= kickoff.available_minutes
    assert all(t.name for t in templates.values())


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        '{"activities": []}',
        '{"name": "X", "activities": [{"kind": "juggling", "title": "T", "timebox_minutes": 5}]}',
        '{"name": "X", "activities": [{"kind": "welcome"}]}',
    ],
)
def test_bad_templates_are_refused_with_a_sentence(text: str) -> None:
    with pytest.raises(ValidationError, match="The template “broken” is not valid"):
        parse_template("broken", text)


def test_template_timebox_out_of_range_is_refused() -> None:
    # Reported to the lead: this message does not name the template (the others do).
    text = '{"name": "X", "activities": [{"kind": "welcome", "title": "T", "timebox_minutes": 0}]}'
    with pytest.raises(ValidationError, match="timebox"):
        parse_template("broken", text)


def test_templates_folder_with_a_bad_file(tmp_path: Path) -> None:
    (tmp_path / "good.json").write_text('{"name": "Good", "activities": []}', encoding="utf-8")
    assert [t.name for t in load_templates(tmp_path)] == ["Good"]
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    with pytest.raises(ValidationError, match="“bad”"):
        load_templates(tmp_path)

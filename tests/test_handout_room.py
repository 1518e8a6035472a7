"""The handout of a real room's day: the agenda's planned times, skipped activities, tables
and legends across pages, a cover that says what happened (shared corpus content)."""

from __future__ import annotations

import io

from pypdf import PdfReader
from reportlab.platypus import KeepTogether, Table

from helpers.corpus import IDEAS, add_people, fill_board
from workshop.domain.models import ActivityKind
from workshop.export.pdf import HandoutOptions, handout_bytes
from workshop.export.pdf.flowables import SMALL_TABLE_ROWS, data_table
from workshop.storage import read, read_votes
from workshop.storage.document import Document
from workshop.storage.ops import actions, agenda, details, pulse, timer
from workshop.storage.ops import voting as ops


def _pages(data: bytes) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(data)).pages]


def _day(doc: Document) -> dict[ActivityKind, int]:
    details.update_details(doc, title="Budżet obywatelski Pragi-Południe",
                           goal="Wybrać pięć pomysłów do zgłoszenia w budżecie dzielnicy.")
    people = add_people(doc)
    for kind, title in (
        (ActivityKind.WELCOME, "Powitanie"),
        (ActivityKind.BRAINSTORM, "Pomysły"),
        (ActivityKind.DOT_VOTE, "Co najpierw?"),
        (ActivityKind.PURPOSE_BLEND, "Wspólny cel"),
        (ActivityKind.PULSE, "Jak się czujemy?"),
    ):
        agenda.add_activity(doc, kind, title)
    ids = {a.kind: a.id for a in read.activities(doc)}
    fill_board(doc, ids[ActivityKind.BRAINSTORM], ideas=IDEAS, authors=people)
    vote = ids[ActivityKind.DOT_VOTE]
    ops.configure_vote(doc, vote, source_activity_id=ids[ActivityKind.BRAINSTORM])
    items = read_votes.items(doc, read_votes.settings(doc, vote))
    for index, person in enumerate(people):
        ops.cast_ballot(doc, vote, person, {items[index % 7].id: 2, items[-1].id: 1})
    ops.set_revealed(doc, vote, True)
    actions.add_action(doc, "Złożyć wnioski do urzędu dzielnicy do 15 stycznia")
    # The day was run with the timer; the purpose blend was skipped.
    for kind in (ActivityKind.WELCOME, ActivityKind.BRAINSTORM, ActivityKind.DOT_VOTE,
                 ActivityKind.PULSE):
        timer.start_activity(doc, ids[kind], now=1_000.0)
        timer.finish_activity(doc, ids[kind], now=1_600.0)
    statement = pulse.add_statement(doc, ids[ActivityKind.PULSE], "Ufam tej grupie")
    statement_id = statement.inserted("pulse_statements")[0]
    round_id = doc.conn.execute(
        "SELECT id FROM pulse_rounds WHERE statement_id = ?", (statement_id,)
    ).fetchone()[0]
    pulse.set_tally(doc, round_id, {0: 0, 1: 1, 2: 2, 3: 5, 4: 4, 5: 1})
    return ids


def test_agenda_without_a_start_time_counts_from_the_start(doc: Document) -> None:
    _day(doc)
    assert read.details(doc).start_time == ""
    pages = _pages(handout_bytes(doc))
    agenda_page = next(p for p in pages if "From start" in p)
    assert "0:00–0:15" in agenda_page and "0:15–0:30" in agenda_page
    details.update_details(doc, start_time="09:30")
    agenda_page = next(p for p in _pages(handout_bytes(doc)) if "Planned" in p)
    assert "09:30–09:45" in agenda_page


def test_a_skipped_activity_is_left_out_of_the_short_handout_and_marked_in_the_full(
    doc: Document,
) -> None:
    _day(doc)
    short = " ".join(_pages(handout_bytes(doc, HandoutOptions(short=True))))
    full = " ".join(_pages(handout_bytes(doc)))
    assert "No purposes were captured" not in short and "No purposes were captured" not in full
    assert "4. Wspólny cel" not in short.upper() and "WSPÓLNY CEL" not in short.split("AGENDA")[-1]
    assert "Not run: nothing was captured." in full
    assert "Ufam tej grupie" in short, "activities that ran stay"


def test_small_tables_stay_whole_and_long_ones_repeat_their_header() -> None:
    rows = [["Head", "N"]] + [[f"row {i}", str(i)] for i in range(SMALL_TABLE_ROWS - 1)]
    assert isinstance(data_table(rows, [100, 30], rtl=False), KeepTogether)
    long = data_table([["Head", "N"]] + [[f"row {i}", str(i)] for i in range(80)], [100, 30],
                      rtl=False)
    assert isinstance(long, Table) and long.repeatRows == 1


def test_a_long_ranking_repeats_its_header_on_every_page(doc: Document) -> None:
    ids = _day(doc)
    vote = ids[ActivityKind.DOT_VOTE]
    ops.reset_vote(doc, vote)
    items = read_votes.items(doc, read_votes.settings(doc, vote))
    for index, item in enumerate(items):  # every idea gets paper dots: a 96-row ranking
        ops.set_tally(doc, vote, item.id, index % 9 + 1)
    ops.set_revealed(doc, vote, True)
    pages = _pages(handout_bytes(doc))
    # 96 ranked rows take more than a page: each page of them starts with the header.
    assert sum(1 for p in pages if "Rank Item Dots" in p) >= 2


def test_the_pulse_legend_stays_with_its_statements(doc: Document) -> None:
    _day(doc)
    pages = _pages(handout_bytes(doc))
    statement = next(i for i, p in enumerate(pages) if "Ufam tej grupie" in p)
    assert "Serious doubts" in pages[statement] or "0 " in pages[statement]


def test_the_cover_says_what_the_day_made(doc: Document) -> None:
    _day(doc)
    cover = _pages(handout_bytes(doc))[0]
    assert "Wybrać pięć pomysłów" in cover
    assert f"{len(IDEAS)} ideas" in cover
    assert "14 voters" in cover
    assert "1 action" in cover
    assert "TOP RESULTS" in cover

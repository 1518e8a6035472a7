"""The PDF handout, read back with pypdf: structure, text, fonts, determinism, bad input."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from workshop.domain.models import ActivityKind
from workshop.export import ExportCancelled, ExportError
from workshop.export.fonts import PLACEHOLDER
from workshop.export.pdf import HandoutOptions, export_handout, handout_bytes
from workshop.export.pdf.sections import builder_for
from workshop.kinds import spec_for
from workshop.storage import (
    read,
    read_actions,
    read_board,
    read_pulse,
    read_purpose,
    read_reciprocity,
)
from workshop.storage.document import Document
from workshop.storage.ops import agenda, board, details, participants, pulse, timer, voting


def _reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def _text(reader: PdfReader) -> str:
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def _flat(reader: PdfReader) -> str:
    """The text with line breaks (from wrapping) turned into single spaces."""
    return " ".join(_text(reader).split())


def _squashed(reader: PdfReader) -> str:
    """The text without any white space (narrow stickies may break long words anywhere)."""
    return "".join(_text(reader).split())


def _outline_titles(reader: PdfReader) -> list[str]:
    titles: list[str] = []

    def walk(items: list[object]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(str(item.title))  # type: ignore[attr-defined]

    walk(reader.outline)
    return titles


def _brainstorm(doc: Document) -> int:
    return next(a.id for a in read.activities(doc) if a.kind is ActivityKind.BRAINSTORM)


@pytest.fixture
def small_doc(doc: Document) -> Document:
    details.update_details(doc, title="Κοινή συνάντηση — Общая встреча", facilitator="Ana Lee")
    agenda.add_activity(doc, ActivityKind.WELCOME, "Welcome", "Hello <everyone>")
    agenda.add_activity(doc, ActivityKind.BRAINSTORM, "Ideas", "What next?")
    participants.add_participant(doc, "Zoë Ångström", "Library")
    return doc


def test_demo_handout_structure(demo_doc: Document) -> None:
    reader = _reader(handout_bytes(demo_doc))
    title = read.details(demo_doc).title
    assert reader.metadata is not None
    assert reader.metadata.title == title
    assert reader.metadata.author == "Sam Rivera"
    assert len(reader.pages) >= 4
    outline = _outline_titles(reader)
    activities = read.activities(demo_doc)
    expected = [title, "Agenda"] + [f"{n}. {a.title}" for n, a in enumerate(activities, 1)]
    top_level = [t for t in outline if t in [*expected, "Actions", "Participants"]]
    assert top_level == [*expected, "Actions", "Participants"]
    # Clusters of the brainstorm are nested entries.
    for cluster in read_board.clusters(demo_doc, _brainstorm(demo_doc)):
        assert cluster.title in outline
    text = _text(reader)
    # In agenda order from the agenda table on (the cover's top results may name some too).
    agenda_start = text.index("THE DAY\nAgenda")
    positions = [text.index(a.title, agenda_start) for a in activities[1:]]
    agenda_end = text.index("planned of")
    assert all(p > agenda_end for p in [text.index(a.title, agenda_end) for a in activities])
    assert positions == sorted(positions)
    assert text.index("Participants", agenda_end) > text.index(activities[-1].title, agenda_end)


@pytest.mark.parametrize(
    "options", [HandoutOptions(), HandoutOptions(page_size="letter", short=True)]
)
def test_demo_handout_passes_qpdf(
    demo_doc: Document, tmp_path: Path, options: HandoutOptions
) -> None:
    qpdf = shutil.which("qpdf")
    if qpdf is None:
        pytest.skip("qpdf is not installed (.ci/test installs it)")
    target = tmp_path / "handout.pdf"
    export_handout(demo_doc, target, options)
    result = subprocess.run([qpdf, "--check", str(target)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_output_is_deterministic(demo_doc: Document) -> None:
    assert handout_bytes(demo_doc) == handout_bytes(demo_doc)


def test_font_is_embedded(small_doc: Document) -> None:
    reader = _reader(handout_bytes(small_doc))
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():  # type: ignore[index]
            font = font.get_object()
            if "/DescendantFonts" in font:
                font = font["/DescendantFonts"][0].get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is not None and "/FontFile2" in descriptor.get_object():
                fonts.add(str(font["/BaseFont"]))
    assert fonts and all("DejaVuSans" in name for name in fonts)


def test_user_text_prints_literally(small_doc: Document) -> None:
    brainstorm = _brainstorm(small_doc)
    tricky = [
        "<b>not bold</b>",
        "fish &amp; chips",
        '<font color="red">plain</font>',
        "a < b and c > d",
        "Καλημέρα κόσμε",
        "Привет, мир",
    ]
    for text in tricky:
        board.add_note(small_doc, brainstorm, text)
    text = _squashed(_reader(handout_bytes(small_doc)))
    for expected in [*tricky, "Hello <everyone>", "Κοινή συνάντηση — Общая встреча"]:
        assert "".join(expected.split()) in text


def test_other_scripts_print_and_only_what_no_font_has_falls_back_visibly(
    small_doc: Document,
) -> None:
    brainstorm = _brainstorm(small_doc)
    # U+0378 is unassigned: no font anywhere has it.
    board.add_note(small_doc, brainstorm, "Great idea 👍🏽 and 🚀 中文 \u0378 한국어")
    details.update_details(small_doc, goal="Celebrate 🎉")
    text = _flat(_reader(handout_bytes(small_doc)))
    # Emoji are images (not text); CJK and Korean are text in their fallback fonts.
    assert f"Great idea and 中文 {PLACEHOLDER} 한국어" in " ".join(text.split())
    assert "Celebrate" in text


def test_long_notes_do_not_break_the_layout(small_doc: Document) -> None:
    brainstorm = _brainstorm(small_doc)
    board.add_note(small_doc, brainstorm, "word " * 390)
    board.add_note(small_doc, brainstorm, "\n".join(["line"] * 400))
    board.add_note(small_doc, brainstorm, "x" * 1900)
    reader = _reader(handout_bytes(small_doc))
    assert len(reader.pages) >= 3


def test_short_handout_leaves_out_raw_notes_and_people(demo_doc: Document) -> None:
    brainstorm = _brainstorm(demo_doc)
    note = read_board.notes(demo_doc, brainstorm)[0]
    cluster = read_board.clusters(demo_doc, brainstorm)[0]
    full = _flat(_reader(handout_bytes(demo_doc)))
    short_reader = _reader(handout_bytes(demo_doc, HandoutOptions(short=True)))
    short = _flat(short_reader)
    assert note.text in full and note.text not in short
    assert cluster.title in short
    assert "Participants" not in _outline_titles(short_reader)
    assert len(short_reader.pages) < len(_reader(handout_bytes(demo_doc)).pages)


def test_letter_and_a4(small_doc: Document) -> None:
    a4 = _reader(handout_bytes(small_doc)).pages[0].mediabox
    letter = _reader(handout_bytes(small_doc, HandoutOptions(page_size="letter"))).pages[0].mediabox
    assert (round(float(a4.width)), round(float(a4.height))) == (595, 842)
    assert (round(float(letter.width)), round(float(letter.height))) == (612, 792)
    with pytest.raises(ExportError):
        handout_bytes(small_doc, HandoutOptions(page_size="a5"))


def test_anonymity_hides_names(small_doc: Document) -> None:
    brainstorm = _brainstorm(small_doc)
    author = read.participants(small_doc)[0]
    board.add_note(small_doc, brainstorm, "Longer opening hours", author_id=author.id)
    details.update_details(small_doc, anonymous=True)
    hidden = _flat(_reader(handout_bytes(small_doc)))
    assert "Zoë Ångström" not in hidden
    assert "name is left out of this list" in hidden
    assert "Library" in hidden  # organisations are still listed
    details.update_details(small_doc, anonymous=False)
    shown = _flat(_reader(handout_bytes(small_doc)))
    assert shown.count("Zoë Ångström") >= 2  # under the note and in the participants


def test_page_numbers_and_running_header(demo_doc: Document) -> None:
    reader = _reader(handout_bytes(demo_doc))
    total = len(reader.pages)
    title = read.details(demo_doc).title
    for number, page in enumerate(reader.pages[1:], start=2):
        text = page.extract_text() or ""
        assert f"Page {number} of {total}" in text
        assert title in text


def test_actual_times_appear_once_activities_ran(small_doc: Document) -> None:
    first = read.activities(small_doc)[0]
    before = _text(_reader(handout_bytes(small_doc)))
    assert "Actual" not in before
    timer.start_activity(small_doc, first.id, now=1_000_000.0)
    timer.finish_activity(small_doc, first.id, now=1_000_000.0 + 18 * 60)
    after = _text(_reader(handout_bytes(small_doc)))
    assert "Actual" in after
    assert "18 min" in after


def test_section_builders_are_registered_by_kind() -> None:
    covered = {
        ActivityKind.WELCOME,
        ActivityKind.PROMPT,
        ActivityKind.BREAK,
        ActivityKind.CLOSE,
        ActivityKind.BRAINSTORM,
        ActivityKind.DOT_VOTE,
        ActivityKind.PURPOSE_BLEND,
        ActivityKind.PULSE,
        ActivityKind.OFFERS_ASKS,
    }
    for kind in covered:
        assert builder_for(kind) is not None, kind


def test_every_kind_exports(doc: Document) -> None:
    """Kinds without a builder of their own still get their heading and prompt."""
    for kind in ActivityKind:
        agenda.add_activity(doc, kind, f"About {spec_for(kind).label}", f"Prompt for {kind.value}")
    text = _flat(_reader(handout_bytes(doc)))
    for kind in ActivityKind:
        assert f"Prompt for {kind.value}" in text


def test_progress_is_reported_and_cancel_leaves_nothing(
    demo_doc: Document, tmp_path: Path
) -> None:
    seen: list[tuple[int, int]] = []
    out = tmp_path / "out"
    out.mkdir()
    target = out / "handout.pdf"
    export_handout(demo_doc, target, progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1]
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)

    def cancel(done: int, total: int) -> None:
        if done > 3:
            raise ExportCancelled

    with pytest.raises(ExportCancelled):
        export_handout(demo_doc, out / "cancelled.pdf", progress=cancel)
    with pytest.raises(ExportCancelled):
        export_handout(demo_doc, target, progress=cancel, force=True)
    assert [p.name for p in out.iterdir()] == ["handout.pdf"]
    assert PdfReader(target).pages  # the earlier handout is intact


def test_refuses_to_replace_without_force(small_doc: Document, tmp_path: Path) -> None:
    target = tmp_path / "handout.pdf"
    target.write_bytes(b"mine")
    with pytest.raises(ExportError, match="already exists"):
        export_handout(small_doc, target)
    assert target.read_bytes() == b"mine"
    export_handout(small_doc, target, force=True)
    assert target.read_bytes().startswith(b"%PDF")


def test_missing_folder_is_refused(small_doc: Document, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        export_handout(small_doc, tmp_path / "nowhere" / "handout.pdf")
    assert not (tmp_path / "nowhere").exists()


def test_adopted_purpose_is_on_the_cover(demo_doc: Document) -> None:
    purpose = read_purpose.adopted_purpose(demo_doc)
    assert purpose
    reader = _reader(handout_bytes(demo_doc))
    cover = " ".join((reader.pages[0].extract_text() or "").split())
    assert " ".join(purpose.split()) in cover
    assert "OUR COMMON PURPOSE" in cover


def test_dot_vote_ranking_ties_and_reveal(small_doc: Document) -> None:
    brainstorm = _brainstorm(small_doc)
    for text in ("Mobile library van", "Repair café", "Night bus"):
        board.add_note(small_doc, brainstorm, text)
    agenda.add_activity(small_doc, ActivityKind.DOT_VOTE, "What first?")
    vote = next(a.id for a in read.activities(small_doc) if a.kind is ActivityKind.DOT_VOTE)
    voting.configure_vote(small_doc, vote, source_activity_id=brainstorm)
    notes = {n.text: n.id for n in read_board.notes(small_doc, brainstorm)}
    voting.set_tally(small_doc, vote, notes["Repair café"], 7)
    voting.set_tally(small_doc, vote, notes["Night bus"], 3)
    voting.set_tally(small_doc, vote, notes["Mobile library van"], 3)
    hidden = _flat(_reader(handout_bytes(small_doc)))
    assert "were not revealed" in hidden
    voting.set_revealed(small_doc, vote, True)
    text = _flat(_reader(handout_bytes(small_doc)))
    section = text[text.index("DOT VOTE ·") :]
    assert section.index("Repair café") < section.index("Mobile library van")
    assert section.index("Repair café") < section.index("Night bus")
    assert "=2" in section and "TIE" in section
    assert "13 dots" in section


def test_purpose_section(demo_doc: Document) -> None:
    text = _flat(_reader(handout_bytes(demo_doc)))
    for expected in ("Shared themes", "Drafts of the common purpose", "How each party rated"):
        assert expected in text
    short = _flat(_reader(handout_bytes(demo_doc, HandoutOptions(short=True))))
    assert "Shared themes" in short and "Drafts of the common purpose" not in short


def test_pulse_rounds_show_once_revealed(small_doc: Document) -> None:
    agenda.add_activity(small_doc, ActivityKind.PULSE, "Pulse", "How are we doing?")
    activity = read.activities(small_doc)[-1]
    pulse.add_statement(small_doc, activity.id, "We trust each other", round_label="Check-in")
    pulse.add_statement(small_doc, activity.id, "We agree on the goal", round_label="Paper")
    laptop, paper = read_pulse.statements(small_doc, activity.id)
    (laptop_round,) = read_pulse.rounds(small_doc, laptop.id)
    (paper_round,) = read_pulse.rounds(small_doc, paper.id)
    for value in (1, 4, 4, 5):
        pulse.add_answer(small_doc, laptop_round.round_id, value)
    pulse.set_tally(small_doc, paper_round.round_id, {2: 3, 5: 1})
    text = _flat(_reader(handout_bytes(small_doc)))
    section = text[text.index("PULSE CHECK ·") :]
    assert "The answers were not revealed." in section  # typed one by one, never revealed
    assert "4 answers · median 2" in section  # the paper tally was counted in the open
    pulse.set_revealed(small_doc, laptop_round.round_id, True)
    text = _flat(_reader(handout_bytes(small_doc)))
    section = text[text.index("PULSE CHECK ·") :]
    assert "not revealed" not in section
    assert "4 answers · median 4" in section


def test_offers_asks_commitments_and_actions(demo_doc: Document) -> None:
    activity = next(a for a in read.activities(demo_doc) if a.kind is ActivityKind.OFFERS_ASKS)
    text = _squashed(_reader(handout_bytes(demo_doc)))
    for commitment in read_reciprocity.commitments(demo_doc, activity.id):
        assert "".join(commitment.what.split()) in text
    for card in read_reciprocity.cards(demo_doc, activity.id):
        assert "".join(card.text.split()) in text
    for action in read_actions.actions(demo_doc):
        assert "".join(action.what.split()) in text

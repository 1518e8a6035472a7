"""Colour never carries meaning alone: legends, words, numbers and line styles go with it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsScene, QStyleOptionGraphicsItem
from pytestqt.qtbot import QtBot

from test_board_ui import Board, dispose, open_screen
from test_projector import _by_kind, _subscribe, clock, controller, host, settings  # noqa: F401
from workshop.domain import board as b
from workshop.domain import palettes
from workshop.domain.board_reading import legend_lines, organisation_legend
from workshop.domain.models import ActivityKind
from workshop.domain.roster import RosterEntry
from workshop.storage import read, read_board
from workshop.storage.document import Document
from workshop.storage.ops import agenda, details, participants
from workshop.storage.ops import board as board_ops
from workshop.ui.board.items import NoteItem
from workshop.ui.projector.controller import ProjectorController

PEOPLE = [("Farah Haddad", "Youth Forum"), ("Ben Hughes", "Riverside Library"),
          ("Hana Sato", "Food Bank")]


@pytest.fixture
def board(qtbot: QtBot, tmp_path: Path) -> Iterator[Board]:
    doc = Document.create(tmp_path / "b.workshop")
    participants.add_participants(doc, [RosterEntry(n, o) for n, o in PEOPLE])
    details.update_details(doc, anonymous=False)
    activity = agenda.add_activity(doc, ActivityKind.BRAINSTORM, "Ideas", "?").inserted(
        "activities"
    )[0]
    result = open_screen(qtbot, doc, activity)
    yield result
    dispose(result.screen)
    doc.close()


def test_colour_by_organisation_shows_a_legend_in_words(qtbot: QtBot, board: Board) -> None:
    capture = board.screen.capture
    assert not capture.legend.isVisible()
    capture.by_organisation.setChecked(True)
    assert capture.legend.isVisible()
    text = capture.legend.text()
    for (colour, organisation) in legend_lines([o for _n, o in PEOPLE]):
        assert organisation in text and b.COLOURS[colour].name in text
    capture.by_organisation.setChecked(False)
    assert not capture.legend.isVisible()


def test_an_unknown_author_is_said_in_words(qtbot: QtBot, board: Board) -> None:
    capture = board.screen.capture
    capture.author.setText("Nobody Known")
    assert capture.author_unknown.isVisible()
    assert capture.author_unknown.text() == "Not on the list"
    assert "Not on the participant list" in capture.author.accessibleDescription()
    capture.author.setText("Hana Sato")
    assert not capture.author_unknown.isVisible()


def _paint(item: NoteItem, *, selected: bool = False) -> QImage:
    scene = QGraphicsScene()  # selection needs a scene
    scene.addItem(item)
    item.setSelected(selected)
    image = QImage(200, 140, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.translate(10, 10)
    item.paint(painter, QStyleOptionGraphicsItem(), None)
    painter.end()
    scene.removeItem(item)
    return image


def _colours_at(image: QImage, points: list[QPointF]) -> set[str]:
    return {image.pixelColor(int(p.x()), int(p.y())).name() for p in points}


def test_selected_found_and_current_notes_are_drawn_differently(qapp: object) -> None:
    note = b.Note(1, 1, "Short", None, 0, 0, 0, None, "")
    edge = [QPointF(10 + 3, 10 + 60), QPointF(10 + 90, 10 + 3)]  # on the note's edge
    inset = [QPointF(10 + 8, 10 + 60)]  # the found frame, inside the edge
    outside = [QPointF(10 - 4, 10 + 60)]  # the current ring, outside the note
    plain = NoteItem(note, "")
    selected = NoteItem(note, "")
    found = NoteItem(note, "")
    found.matched = True
    current = NoteItem(note, "")
    current.current = True
    images = {name: _paint(item) for name, item in
              (("plain", plain), ("found", found), ("current", current))}
    images["selected"] = _paint(selected, selected=True)
    assert palettes.BOARD_SELECTED in _colours_at(images["selected"], edge)
    assert palettes.BOARD_FOUND not in _colours_at(images["selected"], edge + inset)
    assert palettes.BOARD_FOUND in _colours_at(images["found"], inset)
    assert palettes.BOARD_SELECTED not in _colours_at(images["found"], edge)
    assert palettes.BOARD_CURRENT in _colours_at(images["current"], outside)
    assert "#ffffff" in _colours_at(images["plain"], outside)
    # Found is dashed: along its frame some pixels are the note's own colour.
    line = [QPointF(10 + 8, 10 + y) for y in range(12, 110)]
    assert {palettes.BOARD_FOUND, b.COLOUR_HEX[0]} <= _colours_at(images["found"], line)


def test_theme_highlights_carry_a_number_and_an_underline() -> None:
    from workshop.domain.purpose import Occurrence
    from workshop.ui.purpose.common import highlighted

    text = "Young people and older people together"
    occurrences = [Occurrence(0, 12, "young people", "Young people")]
    html = highlighted(text, occurrences, lambda _k: "#fffc6e", number=lambda _k: 3)
    assert "text-decoration:underline" in html and "<sup>3</sup>" in html


def test_the_maps_flags_differ_in_line_style() -> None:
    from workshop.ui.reciprocity.map import FLAG_COLOURS, FLAG_PEN_STYLES

    assert len(set(FLAG_PEN_STYLES.values())) == len(FLAG_PEN_STYLES) == 3
    assert Qt.PenStyle.SolidLine not in FLAG_PEN_STYLES.values()
    assert set(FLAG_PEN_STYLES) == set(FLAG_COLOURS)


def test_the_projector_shows_the_organisation_legend(
    qtbot: QtBot, controller: ProjectorController, demo_doc: Document  # noqa: F811
) -> None:
    _subscribe(demo_doc, controller)
    details.update_details(demo_doc, anonymous=False)
    brainstorm = _by_kind(demo_doc, ActivityKind.BRAINSTORM)
    controller.show_in_room(brainstorm)
    view = controller.window.view
    assert not view.legend.isVisible()
    people = {p.id: p.organisation for p in read.participants(demo_doc)}
    organisations = read.organisations(demo_doc)
    notes = read_board.notes(demo_doc, brainstorm)
    # Colour every note with an author by the author's organisation, as the capture row does.
    for note in notes:
        if note.author_id is not None and people.get(note.author_id):
            colour = b.colour_for_organisation(people[note.author_id], organisations)
            board_ops.set_note_colour(demo_doc, [note.id], colour)
    lines = organisation_legend(read_board.notes(demo_doc, brainstorm), people, organisations)
    assert len(lines) >= 2
    qtbot.waitUntil(lambda: view.legend.isVisibleTo(controller.window))
    for colour, organisation in lines:
        assert organisation in view.legend.text() and b.COLOURS[colour].name in view.legend.text()
    details.update_details(demo_doc, anonymous=True)  # anonymous: no organisations shown
    qtbot.waitUntil(lambda: not view.legend.isVisibleTo(controller.window))


def test_a_board_not_coloured_by_organisation_has_no_legend() -> None:
    note = b.Note(1, 1, "x", 5, 2, 0, 0, None, "")
    assert organisation_legend([note], {5: "Food Bank"}, ["Food Bank", "Library"]) == []

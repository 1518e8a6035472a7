"""The purpose-blending screen driven by keyboard and clicks, with undo and redo of every step."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor, QUndoStack
from pytestqt.qtbot import QtBot

from workshop.domain.models import ActivityKind
from workshop.domain.purpose_models import ROUND_PAIRS, PartyMode
from workshop.storage import read, read_purpose
from workshop.storage.document import Document
from workshop.storage.ops import agenda, participants
from workshop.storage.ops import purpose as ops
from workshop.ui.purpose.screen import TAB_DRAFTS, TAB_ENDORSE, PurposeScreen
from workshop.ui.screens.base import ScreenContext
from workshop.ui.screens.registry import screen_class
from workshop.ui.undo import UndoRunner


class Harness:
    def __init__(self, doc: Document, qtbot: QtBot, activity_id: int) -> None:
        self.doc = doc
        self.stack = QUndoStack()
        self.messages: list[str] = []
        self.runner = UndoRunner(doc, self.stack, report=self.messages.append)
        self.screen = PurposeScreen(ScreenContext(doc, self.runner), activity_id)
        self.stack.setParent(self.screen)  # Qt deletes it, not the GC (see conftest)
        self.unsubscribe = doc.subscribe(self.screen.on_change)
        qtbot.addWidget(self.screen)
        self.screen.resize(1400, 900)
        self.screen.show()
        qtbot.waitExposed(self.screen)
        self.activity_id = activity_id


@pytest.fixture
def harness(doc: Document, qtbot: QtBot) -> Iterator[Harness]:
    participants.add_participant(doc, "Amara Okafor", "Riverside Library")
    participants.add_participant(doc, "Ben Hughes", "Town Council")
    participants.add_participant(doc, "Farah Haddad", "Youth Forum")
    change = agenda.add_activity(doc, ActivityKind.PURPOSE_BLEND, "Blending our purposes")
    h = Harness(doc, qtbot, change.inserted("activities")[0])
    yield h
    h.unsubscribe()


def _capture(qtbot: QtBot, h: Harness, party: str, text: str) -> None:
    panel = h.screen.statements
    panel.party.setFocus()
    qtbot.keyClicks(panel.party, party)
    qtbot.keyClick(panel.party, Qt.Key.Key_Return)
    qtbot.keyClicks(panel.text, text)
    qtbot.keyClick(panel.text, Qt.Key.Key_Return)


def test_registered_for_purpose_blends() -> None:
    assert screen_class(ActivityKind.PURPOSE_BLEND) is PurposeScreen


def test_whole_flow_by_keyboard_with_undo_and_redo(qtbot: QtBot, harness: Harness) -> None:
    h, doc, aid = harness, harness.doc, harness.activity_id
    # 1. Own purposes: type-ahead picks the participant from a part of the name.
    _capture(qtbot, h, "amara", "We give every community access to books.")
    _capture(qtbot, h, "Ben", "We serve our communities and keep spaces safe.")
    _capture(qtbot, h, "farah", "We make sure young people are heard in the community.")
    statements = read_purpose.statements(doc, aid)
    assert [s.party.label for s in statements] == ["Amara Okafor", "Ben Hughes", "Farah Haddad"]
    assert h.screen.statements.list.count() == 3
    assert "background-color" in h.screen.statements.list.item(0).data(
        Qt.ItemDataRole.UserRole + 10
    )
    assert h.messages == []

    # 2. Merge a synonym by typing phrases; the analysis updates at once.
    themes = h.screen.themes
    qtbot.keyClicks(themes.phrases, "youth = young people")
    qtbot.keyClick(themes.phrases, Qt.Key.Key_Return)
    assert [m.phrases for m in read_purpose.synonyms(doc, aid)] == [("youth", "young people")]
    assert themes.merges.count() == 1
    assert themes.tree.topLevelItem(0).text(0) == "community"

    # 3. Pairs, a blend captured.
    h.screen.rounds.pairs_button.click()
    groups = read_purpose.groups(doc, aid, ROUND_PAIRS)
    assert sorted(len(g.statement_ids) for g in groups) == [3]
    tree = h.screen.rounds.tree
    tree.setCurrentItem(tree.topLevelItem(0).child(0))
    h.screen.rounds.blend.setPlainText("Every community heard and safe.")
    h.screen.rounds.capture_button.click()
    assert read_purpose.groups(doc, aid, ROUND_PAIRS)[0].text == "Every community heard and safe."

    # 4. A draft typed and kept, then one started from it.
    h.screen.show_tab(TAB_DRAFTS)
    drafts = h.screen.drafts
    qtbot.keyClicks(drafts.text, "A safe community where everyone is heard.")
    drafts.save_button.click()
    drafts.start_from_selected()
    assert drafts.basis.text() == "Next draft starts from draft 1"
    drafts.text.setPlainText("A safe community with books, where young people are heard.")
    drafts.save_button.click()
    kept = read_purpose.drafts(doc, aid)
    assert [(d.number, d.parent_id) for d in kept] == [(1, None), (2, kept[0].id)]
    assert drafts.list.count() == 2

    # 5. Rate the latest draft by keyboard, then adopt it.
    h.screen.show_tab(TAB_ENDORSE)
    endorse = h.screen.endorse
    assert endorse.selected_draft() == kept[1]
    endorse.party.setCurrentIndex(endorse.party.findText("Amara Okafor"))
    endorse.score.setValue(4)
    qtbot.keyClicks(endorse.comment, "Books are in.")
    qtbot.keyClick(endorse.comment, Qt.Key.Key_Return)
    (rating,) = read_purpose.ratings(doc, kept[1].id)
    assert (rating.party.label, rating.score, rating.comment) == (
        "Amara Okafor",
        4,
        "Books are in.",
    )
    assert endorse.party.currentText() == "Ben Hughes"  # ready for the next party
    assert endorse.table.item(0, 1).text().endswith("4")
    assert "books" in endorse.table.item(0, 3).text()
    endorse.adopt_button.click()
    assert read_purpose.adopted_purpose(doc) == kept[1].text
    assert h.screen.adopted.isVisible()
    assert not endorse.rate_button.isEnabled()  # adopted: ratings frozen

    # Undo: adoption, rating, draft 2; then redo them all.
    h.stack.undo()
    assert read_purpose.adopted_purpose(doc) is None
    assert not h.screen.adopted.isVisible()
    h.stack.undo()
    assert read_purpose.ratings(doc, kept[1].id) == []
    h.stack.undo()
    assert [d.number for d in read_purpose.drafts(doc, aid)] == [1]
    h.screen.show_tab(TAB_DRAFTS)  # a tab not shown is refreshed when it is
    assert drafts.list.count() == 1
    for _ in range(3):
        h.stack.redo()
    assert read_purpose.adopted_purpose(doc) == kept[1].text
    assert len(read_purpose.ratings(doc, kept[1].id)) == 1
    assert h.screen.adopted.isVisible()
    assert h.messages == []


def test_edit_and_remove_statements_from_the_list(qtbot: QtBot, harness: Harness) -> None:
    h, doc, aid = harness, harness.doc, harness.activity_id
    _capture(qtbot, h, "Amara", "First words.")
    panel = h.screen.statements
    panel.list.setCurrentRow(0)
    qtbot.keyClick(panel.list, Qt.Key.Key_F2)
    assert panel.text.text() == "First words."
    panel.text.selectAll()
    qtbot.keyClicks(panel.text, "Better words.")
    qtbot.keyClick(panel.text, Qt.Key.Key_Return)
    assert [s.text for s in read_purpose.statements(doc, aid)] == ["Better words."]
    # Typing a party that already has a statement brings it back to edit.
    qtbot.keyClicks(panel.party, "Amara")
    qtbot.keyClick(panel.party, Qt.Key.Key_Return)
    assert panel.text.text() == "Better words."
    qtbot.keyClick(panel.text, Qt.Key.Key_Escape)
    panel.list.setCurrentRow(0)
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert read_purpose.statements(doc, aid) == []
    h.stack.undo()
    assert panel.list.count() == 1


def test_unknown_participant_is_explained_not_added(qtbot: QtBot, harness: Harness) -> None:
    panel = harness.screen.statements
    qtbot.keyClicks(panel.party, "Zed")
    qtbot.keyClick(panel.party, Qt.Key.Key_Return)
    assert "Nobody called “Zed”" in panel.message.text()
    assert read_purpose.statements(harness.doc, harness.activity_id) == []


def test_merge_and_hide_selected_themes_by_key(qtbot: QtBot, harness: Harness) -> None:
    h, doc, aid = harness, harness.doc, harness.activity_id
    _capture(qtbot, h, "Amara", "Youth and community gardens.")
    _capture(qtbot, h, "Ben", "Young people and community gardens.")
    themes = h.screen.themes
    themes.all_terms.setChecked(False)
    labels = [themes.tree.topLevelItem(i).text(0) for i in range(themes.tree.topLevelItemCount())]
    assert labels == ["gardens", "community"]  # as many parties: the more specific first
    themes.tree.setCurrentItem(themes.tree.topLevelItem(0))
    qtbot.keyClick(themes.tree, Qt.Key.Key_H)
    assert [t.phrase for t in read_purpose.hidden_terms(doc, aid)] == ["gardens"]
    themes.all_terms.setChecked(True)
    items = {
        themes.tree.topLevelItem(i).text(0): themes.tree.topLevelItem(i)
        for i in range(themes.tree.topLevelItemCount())
    }
    themes.tree.setCurrentItem(items["youth"])
    items["young"].setSelected(True)
    qtbot.keyClick(themes.tree, Qt.Key.Key_M)
    assert [m.phrases for m in read_purpose.synonyms(doc, aid)] == [("youth", "young")]
    themes.hidden.setCurrentRow(0)
    qtbot.keyClick(themes.hidden, Qt.Key.Key_Delete)
    assert read_purpose.hidden_terms(doc, aid) == []
    themes.merges.setCurrentRow(0)
    qtbot.keyClick(themes.merges, Qt.Key.Key_Delete)
    assert read_purpose.synonyms(doc, aid) == []


def test_draft_from_picked_phrases(qtbot: QtBot, harness: Harness) -> None:
    h, doc, aid = harness, harness.doc, harness.activity_id
    _capture(qtbot, h, "Amara", "We open doors to learning.")
    h.screen.show_tab(TAB_DRAFTS)  # where the phrases are picked
    drafts = h.screen.drafts
    cursor = drafts.source.document().find("open doors")
    assert not cursor.isNull()
    drafts.source.setTextCursor(cursor)
    drafts.add_selected_phrase()
    cursor = drafts.source.document().find("learning")
    cursor.movePosition(QTextCursor.MoveOperation.NoMove)
    drafts.source.setTextCursor(cursor)
    drafts.add_selected_phrase()
    assert drafts.phrases.count() == 2
    drafts.from_phrases.click()
    assert [d.text for d in read_purpose.drafts(doc, aid)] == ["Open doors; learning."]
    assert drafts.phrases.count() == 0


def test_settings_and_refusals_are_reported(qtbot: QtBot, harness: Harness) -> None:
    h, doc, aid = harness, harness.doc, harness.activity_id
    h.screen.by.setCurrentIndex(h.screen.by.findData(PartyMode.ORGANISATION.value))
    h.screen.by.activated.emit(h.screen.by.currentIndex())
    assert read_purpose.settings(doc, aid).by is PartyMode.ORGANISATION
    _capture(qtbot, h, "Riverside Library", "Books for all.")
    _capture(qtbot, h, "A new partner", "Gardens for all.")
    assert [s.party.label for s in read_purpose.statements(doc, aid)] == [
        "Riverside Library",
        "A new partner",
    ]
    h.screen.by.setCurrentIndex(h.screen.by.findData(PartyMode.PARTICIPANT.value))
    h.screen.by.activated.emit(h.screen.by.currentIndex())
    assert h.messages and "remove them" in h.messages[-1]
    assert h.screen.by.currentData() == PartyMode.ORGANISATION.value
    h.screen.anonymous.click()
    assert read_purpose.settings(doc, aid).anonymous
    h.screen.rounds.pairs_button.click()
    assert len(read_purpose.groups(doc, aid)) == 1
    assert not h.screen.rounds.fours_button.isEnabled()  # fours need three statements


def test_removing_a_participant_updates_the_screen(qtbot: QtBot, harness: Harness) -> None:
    h = harness
    _capture(qtbot, h, "Amara", "Books.")
    amara = next(p.id for p in read.participants(h.doc) if p.name == "Amara Okafor")
    h.runner.run(participants.remove_participants, [amara])
    assert h.screen.statements.list.count() == 0
    h.stack.undo()
    assert h.screen.statements.list.count() == 1


def test_demo_screen_shows_everything(qtbot: QtBot, demo_doc: Document) -> None:
    aid = next(a.id for a in read.activities(demo_doc) if a.kind is ActivityKind.PURPOSE_BLEND)
    h = Harness(demo_doc, qtbot, aid)
    assert h.screen.statements.list.count() == 5
    assert h.screen.themes.tree.topLevelItemCount() >= 10
    assert h.screen.drafts.list.count() == 3
    assert h.screen.endorse.selected_draft().adopted  # type: ignore[union-attr]
    assert h.screen.endorse.table.rowCount() == 5
    assert "Least covered" in h.screen.endorse.least.text()
    assert ops  # the screen only ever writes through these operations
    h.unsubscribe()


def test_keyboard_shortcuts_keep_a_draft_and_switch_tabs(qtbot: QtBot, harness: Harness) -> None:
    h = harness
    h.screen.activateWindow()
    qtbot.waitUntil(h.screen.isActiveWindow)
    h.screen.drafts.text.setFocus()
    qtbot.keyClick(h.screen, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert h.screen.tabs.currentIndex() == TAB_DRAFTS
    h.screen.drafts.text.setFocus()
    qtbot.keyClicks(h.screen.drafts.text, "A draft.")
    qtbot.keyClick(h.screen.drafts.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert [d.text for d in read_purpose.drafts(h.doc, h.activity_id)] == ["A draft."]
    h.screen.drafts.list.setCurrentRow(0)
    qtbot.keyClick(h.screen.drafts.list, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert h.screen.drafts.text.toPlainText() == "A draft."
    qtbot.keyClick(h.screen, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert h.screen.tabs.currentIndex() == TAB_ENDORSE


def test_basis_resets_after_keeping_a_draft_from_an_earlier_one(
    qtbot: QtBot, harness: Harness
) -> None:
    """After draft 2 (from draft 1) was kept, the tab said "starts from draft 1" still."""
    h, doc, aid = harness, harness.doc, harness.activity_id
    _capture(qtbot, h, "Amara", "We open doors to learning.")
    h.screen.show_tab(TAB_DRAFTS)  # where drafts are kept
    drafts = h.screen.drafts
    drafts.text.setPlainText("Doors open to learning for all.")
    drafts.save_new()
    drafts.start_from_selected()
    assert drafts.basis.text() == "Next draft starts from draft 1"
    drafts.text.setPlainText("Doors open to learning for every resident.")
    drafts.save_new()
    assert [d.number for d in read_purpose.drafts(doc, aid)] == [1, 2]
    assert drafts.basis.text() == "Next draft: new text"


def test_coverage_names_what_each_purpose_lacks_in_meaningful_words(harness: Harness) -> None:
    """"Least covered: Citizens Advice (9 %)" although the draft said "advice"."""
    from tests.helpers.labelled import PURPOSES

    from workshop.domain.purpose import analyse

    result = analyse(list(PURPOSES.items()))
    draft = "Every resident gets free advice on debt, benefits and housing, and a warm home."
    coverage = {c.party: c for c in result.coverage(draft)}
    advice = coverage["Citizens Advice Eastgate"]
    assert {t.label for t in advice.found} >= {"advice", "debt", "housing"}
    assert advice.ratio is not None and advice.ratio >= 0.3
    lacking = {t.label for t in advice.missing}
    assert not lacking & {"otherwise", "many", "seek", "manner", "provide", "need", "uses"}

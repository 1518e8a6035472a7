"""Qt's own accessibility tree, walked on every screen of the demo day (offscreen).

What a screen reader gets: every interactive element has a name or a label relation
(combo boxes a label: on Linux Qt announces a combo box's current item as its name),
no focus trap in the Tab chain, the board's notes reachable through the notes list,
and table cells that mean something say it in text, not only in colour.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QApplication, QComboBox, QTableView, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

import test_window_fits_laptop
from workshop.storage import read
from workshop.ui.main_window import MainWindow
from workshop.ui.workshop_page import ACTIONS_TAB, DETAILS_TAB, PARTICIPANTS_TAB

R = QAccessible.Role
INTERACTIVE = {
    R.PushButton, R.CheckBox, R.RadioButton, R.ComboBox, R.EditableText, R.SpinBox,
    R.List, R.Table, R.Tree, R.Slider, R.ButtonMenu, R.ButtonDropDown, R.PageTabList,
}
#: The combo boxes the issue found announced by their value: each needs a visible label.
LABELLED_COMBOS = {
    "purposeParties", "purposeLanguage", "purposeEndorseDraft", "purposeRateParty",
    "voteProxyPerson", "pulseScale", "pulseWho", "actionFilter",
}


#: The demo day's main window, the same fixture the laptop-fit tests use.
window = test_window_fits_laptop.window


def _settle() -> None:
    for _ in range(6):
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        QApplication.processEvents()


def _walk(interface: QAccessibleInterface | None, found: list[QAccessibleInterface],
          depth: int = 0) -> None:
    if interface is None or not interface.isValid() or depth > 40:
        return
    if interface.state().invisible:
        return
    found.append(interface)
    if interface.role() in (R.List, R.Table, R.Tree):
        return  # rows are the view's own; the view is named
    for index in range(interface.childCount()):
        _walk(interface.child(index), found, depth + 1)


def _problems(root: QWidget, where: str) -> tuple[list[str], int, set[str]]:
    found: list[QAccessibleInterface] = []
    _walk(QAccessible.queryAccessibleInterface(root), found)
    problems, checked, combos = [], 0, set()
    for interface in found:
        if interface.role() not in INTERACTIVE:
            continue
        widget = interface.object()
        name = interface.text(QAccessible.Text.Name).strip()
        labels = [
            label.text(QAccessible.Text.Name).strip()
            for label, _rel in interface.relations(QAccessible.RelationFlag.Label)
        ]
        ident = getattr(widget, "objectName", lambda: "")() or type(widget).__name__
        checked += 1
        if isinstance(widget, QComboBox) and not widget.isEditable():
            combos.add(ident)
            if not any(labels):
                problems.append(f"{where}: combo box {ident} has no label")
        elif not name and not any(labels):
            problems.append(f"{where}: {interface.role().name} {ident} has no name")
    return problems, checked, combos


def _each_screen(window: MainWindow) -> Iterator[str]:
    window.resize(1366, 738)
    page = window.page
    assert page is not None and window.doc is not None
    for activity in read.activities(window.doc):
        page.agenda.select(activity.id)
        _settle()
        assert page.screen is not None
        tabs_list = page.screen.findChildren(QTabWidget)
        yield f"{activity.kind.value} “{activity.title}”"
        for tabs in tabs_list:
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                _settle()
                yield f"{activity.title} › {tabs.tabText(index)}"
    for index, name in ((PARTICIPANTS_TAB, "Participants"), (DETAILS_TAB, "Details"),
                        (ACTIONS_TAB, "Actions")):
        page.show_tab(index)
        _settle()
        yield name


def test_every_interactive_element_is_named_on_every_screen(window: MainWindow) -> None:
    problems: list[str] = []
    total = 0
    combos: set[str] = set()
    for where in _each_screen(window):
        found, checked, seen = _problems(window, where)
        problems += found
        total += checked
        combos |= seen
    assert not problems, "\n".join(dict.fromkeys(problems))
    assert total > 300
    assert combos >= LABELLED_COMBOS  # every one of them was walked and has its label


def test_the_start_page_is_named_too(window: MainWindow) -> None:
    window.close_workshop()
    _settle()
    problems, checked, _combos = _problems(window, "start page")
    assert not problems and checked >= 3, problems


@pytest.mark.parametrize("name", sorted(LABELLED_COMBOS))
def test_the_combo_boxes_have_a_visible_buddy_label(window: MainWindow, name: str) -> None:
    for _where in _each_screen(window):
        combo = window.findChild(QComboBox, name)
        if combo is not None and combo.isVisible():
            break
    else:
        pytest.fail(f"{name} never shown")
    relations = QAccessible.queryAccessibleInterface(combo).relations(
        QAccessible.RelationFlag.Label
    )
    assert relations, name
    label = relations[0][0]
    assert label.object().isVisible() and label.object().buddy() is combo
    assert label.text(QAccessible.Text.Name).strip()


def test_tab_reaches_the_colour_swatches_and_who_has_voted(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Tab goes round every screen and comes back (no trap); on the way it reaches the
    sticky colours (a group: Tab lands on the chosen one, arrows pick another) and the
    dot vote's "Who has voted" list."""
    reached: set[str] = set()
    for where in _each_screen(window):
        reached |= _tab_round(qtbot, window, where)
    assert "boardColour1" in reached and "voteVoters" in reached
    # Within the swatches, arrows move between the six.
    page = window.page
    assert page is not None and window.doc is not None
    board = next(a for a in read.activities(window.doc) if a.kind.value == "brainstorm")
    page.agenda.select(board.id)
    _settle()
    swatch = window.findChild(QWidget, "boardColour1")
    swatch.setFocus(Qt.FocusReason.TabFocusReason)
    for index in range(2, 7):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
        assert QApplication.focusWidget().objectName() == f"boardColour{index}"


def _tab_round(qtbot: QtBot, window: MainWindow, where: str) -> set[str]:
    """Press Tab until focus comes back to a widget it visited (the chain is a loop);
    fail if a press leaves focus where it was (a trap). The names on the way."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    visited: list[QWidget] = []
    previous = QApplication.focusWidget()
    for _ in range(200):
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        assert now is not None, f"{where}: Tab lost the focus"
        assert now is not previous, f"{where}: Tab stays in {now.objectName()} (a trap)"
        if any(now is w for w in visited):
            return {w.objectName() for w in visited}
        visited.append(now)
        previous = now
    pytest.fail(f"{where}: 200 presses of Tab never came back round")


def test_board_notes_are_reachable_through_the_accessibility_tree(window: MainWindow) -> None:
    page = window.page
    assert page is not None and window.doc is not None
    board = next(a for a in read.activities(window.doc) if a.kind.value == "brainstorm")
    page.agenda.select(board.id)
    _settle()
    screen = page.screen
    screen.set_outline_shown(True)  # type: ignore[union-attr]
    _settle()
    outline = screen.outline  # type: ignore[union-attr]
    interface = QAccessible.queryAccessibleInterface(outline)
    texts: list[str] = []

    def gather(node: QAccessibleInterface | None, depth: int = 0) -> None:
        if node is None or depth > 6:
            return
        texts.append(node.text(QAccessible.Text.Name))
        for index in range(node.childCount()):
            gather(node.child(index), depth + 1)

    gather(interface)
    for item in screen.scene.notes.values():  # type: ignore[union-attr]
        words = " ".join(item.note.text.split())
        assert any(words in t for t in texts), words


def test_tables_say_in_text_what_colour_shows(window: MainWindow) -> None:
    """No table cell is empty or colour-only where it means something."""
    empty: list[str] = []
    for where in _each_screen(window):
        for table in window.findChildren(QTableView):  # widgets and views on item models
            if not table.isVisible():
                continue
            model = table.model()
            for row in range(model.rowCount()):
                for column in range(model.columnCount()):
                    index = model.index(row, column)
                    text = str(index.data() if index.data() is not None else "").strip()
                    spoken = str(index.data(Qt.ItemDataRole.AccessibleTextRole) or "")
                    if not text and not spoken and table.indexWidget(index) is None:
                        header = model.headerData(column, Qt.Orientation.Horizontal)
                        empty.append(
                            f"{where}: {table.objectName()} row {row + 1}, "
                            f"{header if header else column}"
                        )
    assert not empty, "\n".join(dict.fromkeys(empty))

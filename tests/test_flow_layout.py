"""Rows that wrap (ui/flow.py): as narrow as their widest item, right to left when mirrored."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from workshop.ui.flow import flow_row, pair


def _window(qtbot: QtBot, *texts: str, **options: object) -> tuple[QWidget, list[QPushButton]]:
    window = QWidget()
    qtbot.addWidget(window)
    buttons = [QPushButton(text) for text in texts]
    layout = QVBoxLayout(window)
    layout.addWidget(flow_row(window, *buttons, **options))  # type: ignore[arg-type]
    layout.addStretch(1)
    return window, buttons


def _show(qtbot: QtBot, window: QWidget, width: int) -> None:
    window.resize(width, 300)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(1)


def test_a_row_asks_only_for_its_widest_item_and_wraps_the_rest(qtbot: QtBot) -> None:
    window, buttons = _window(qtbot, "Start activity again", "Finish activity", "Go to next")
    widest = max(button.minimumSizeHint().width() for button in buttons)
    together = sum(button.sizeHint().width() for button in buttons)
    row = buttons[0].parentWidget()
    assert row.minimumSizeHint().width() == widest < together
    assert row.sizeHint().width() >= together  # on one line when there is room

    _show(qtbot, window, together + 100)
    assert len({button.y() for button in buttons}) == 1
    _show(qtbot, window, widest + 30)
    tops = [button.y() for button in buttons]
    assert tops == sorted(tops) and len(set(tops)) == 3, "one under the other"
    for first, second in itertools.pairwise(buttons):
        assert not first.geometry().intersects(second.geometry())
    assert row.height() >= buttons[-1].geometry().bottom(), "the row is as tall as its lines"


def test_a_mirrored_row_starts_at_the_right(qtbot: QtBot) -> None:
    window, buttons = _window(qtbot, "أول", "ثانٍ")
    window.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    _show(qtbot, window, 400)
    first, second = buttons
    assert first.x() > second.x(), "the first item is on the right"
    assert first.geometry().right() == first.parentWidget().width() - 1


def test_stretch_and_spread_share_the_room_left(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    label, field = QLabel("Round"), QLabel("field")
    kept = pair(window, label, field)
    button = QPushButton("Ask again")
    layout = QVBoxLayout(window)
    layout.addWidget(flow_row(window, kept, button, stretch={kept: 1}))
    back, done = QPushButton("Back"), QPushButton("Done")
    layout.addWidget(flow_row(window, back, done, spread=True))
    _show(qtbot, window, 600)
    assert button.geometry().right() == button.parentWidget().width() - 1
    assert kept.width() > kept.sizeHint().width(), "the stretched item took the room"
    assert back.x() == 0 and done.geometry().right() == done.parentWidget().width() - 1


def test_a_uniform_row_is_a_grid_of_equal_cells(qtbot: QtBot) -> None:
    window, buttons = _window(qtbot, "0 Fist", "1 Serious doubts", "2", "3", "4", "5 Full support",
                              uniform=True)
    widest = max(button.sizeHint().width() for button in buttons)
    _show(qtbot, window, 5 * widest + 60)
    widths = {button.width() for button in buttons}
    assert len(widths) == 1, "every cell as wide"
    tops = sorted({button.y() for button in buttons})
    assert len(tops) == 2
    first_line = [b for b in buttons if b.y() == tops[0]]
    second_line = [b for b in buttons if b.y() == tops[1]]
    assert len(first_line) == 3 and len(second_line) == 3, "balanced lines, not 5 + 1"
    assert [b.x() for b in second_line] == [b.x() for b in first_line], "in columns"


def test_an_empty_row_has_no_size(qtbot: QtBot) -> None:
    """(A box filled later, as the pulse's tally: an error in a layout's method would
    crash the process, not raise.)"""
    from workshop.ui.flow import FlowLayout

    for uniform in (False, True):
        window = QWidget()
        qtbot.addWidget(window)
        layout = FlowLayout(window, uniform=uniform)
        window.show()
        assert layout.heightForWidth(300) == 0
        assert layout.minimumSize().width() == 0

"""The agenda's first width is a share of the page's: on a 1024-wide laptop the activity
keeps the room (a fixed 300 px had left it ~450 px)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from helpers.windows import opened_window
from workshop.ui.workshop_page import agenda_width


def test_a_quarter_of_the_page_between_its_least_and_300_px() -> None:
    assert agenda_width(760, 150) == 190
    assert agenda_width(1100, 150) == 275
    assert agenda_width(2000, 150) == 300
    assert agenda_width(600, 170) == 170  # never below what the agenda needs


@pytest.mark.parametrize("width", [1024, 1366])
def test_the_window_gives_the_activity_the_room(
    qtbot: QtBot, data_dir: Path, width: int
) -> None:
    with opened_window(qtbot, data_dir, None, (width, 768)) as window:
        page = window.page
        assert page is not None
        qtbot.waitUntil(lambda: page.agenda.width() > 0)
        sizes = page.splitter.sizes()
        assert sizes[0] == agenda_width(page.splitter.width(),
                                        page.agenda.minimumSizeHint().width())
        assert sizes[1] >= 2 * sizes[0]

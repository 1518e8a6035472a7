"""The dot vote's tabs shorten their names when the window is narrow. Qt measures them in
the tab bar's regular weight, so a selected tab drawn bolder overran its width and lost a
letter at each end ("Resultados" in Spanish). The selected tab keeps the regular weight;
its colour and underline say it is selected."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QTabWidget
from pytestqt.qtbot import QtBot

from helpers.corpus_day import corpus_day
from helpers.windows import opened_window
from workshop.domain.models import ActivityKind
from workshop.storage import read
from workshop.ui.theme import apply_theme
from workshop.ui.vote.screen import VoteScreen


def _ink_columns(image: QImage, left: int, right: int, bottom: int) -> list[int]:
    """The columns from ``left`` to ``right`` with text in them (any pixel much darker
    than the tab bar's background), above ``bottom`` (the selection's underline below)."""
    background = QColor(image.pixel(left, 1)).lightness()
    return [
        x for x in range(left, right)
        if any(QColor(image.pixel(x, y)).lightness() < background - 80 for y in range(bottom))
    ]


def test_the_selected_vote_tab_is_drawn_in_the_width_it_was_measured_in(
    qtbot: QtBot, qapp: QApplication, data_dir: Path, tmp_path: Path
) -> None:
    font, style = qapp.font(), qapp.styleSheet()
    apply_theme(qapp)
    path = tmp_path / "praga.workshop"
    corpus_day(path)
    try:
        with opened_window(qtbot, data_dir, path, (1024, 768)) as window:
            assert window.page is not None and window.doc is not None
            vote = next(a for a in read.activities(window.doc)
                        if a.kind is ActivityKind.DOT_VOTE)
            window.page.agenda.select(vote.id)
            screen = window.page.screen
            assert isinstance(screen, VoteScreen)
            tabs = screen.findChild(QTabWidget, "voteTabs")
            assert tabs is not None
            bar = tabs.tabBar()
            looked: dict[bool, list[int]] = {}
            for selected, index in ((False, 0), (True, 3)):
                tabs.setCurrentIndex(index)
                for _ in range(8):
                    QApplication.processEvents()
                rect = bar.tabRect(3)
                image = bar.grab().toImage()
                looked[selected] = [x - rect.left() for x in _ink_columns(
                    image, rect.left() + 1, rect.right() - 1, rect.bottom() - 4)]
            assert looked[True], "the selected tab shows its name"
            # The same letters in the same places: only their colour and underline change.
            assert looked[True] == looked[False]
    finally:
        qapp.setStyleSheet(style)
        qapp.setFont(font)

"""The audience layout (``ui/projector/tiles.py``): whole pages, and the same pages whether
a board is laid out at once or note by note (the incremental path a new note takes)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication

from helpers import corpus
from workshop.domain import room
from workshop.ui.projector import theme as t
from workshop.ui.projector import tiles
from workshop.ui.projector.textfit import Wrapper, broken_words


def _blocks(count: int) -> list[tiles.Block]:
    ideas = corpus.IDEAS
    return [
        tiles.Block(room.NOTE, i, (tiles.Tile(i, ideas[i % len(ideas)], "#fff176"),))
        for i in range(count)
    ]


def _shape(pages: list[tiles.Page]) -> list[list[tuple[str, int, float, float]]]:
    return [[(i.kind, i.id, round(i.x, 3), round(i.y, 3)) for i in p.items] for p in pages]


def test_adding_notes_one_by_one_gives_the_same_pages_as_at_once(qapp: QApplication) -> None:
    blocks = _blocks(260)
    stepwise = tiles.Typesetter()
    for count in range(200, 261, 3):
        _measure, pages = stepwise.layout(blocks[:count], 1792, 867, 1.0)
        _measure, fresh = tiles.Typesetter().layout(blocks[:count], 1792, 867, 1.0)
        assert _shape(pages) == _shape(fresh), count


def test_pages_are_whole_and_tiles_never_overlap(qapp: QApplication) -> None:
    measure, pages = tiles.Typesetter().layout(_blocks(120), 1000, 700, 0.7)
    assert len(pages) > 1
    for page in pages:
        for item in page.items:
            assert item.y >= 0 and item.y + item.h <= 700 + 0.5
            assert item.x >= 0 and item.x + item.w <= measure.setting.width + 0.5
        for a in page.items:
            for b in page.items:
                if a is not b:
                    assert not a.rect.intersects(b.rect)


@pytest.mark.parametrize("width", [120.0, 300.0, 600.0])
def test_wrapping_breaks_between_words_and_splits_only_too_wide_words(
    qapp: QApplication, width: float
) -> None:
    metrics = QFontMetricsF(t.font(32))
    wrapper = Wrapper(metrics)
    for idea in corpus.IDEAS:
        lines = wrapper.wrap(idea, width)
        assert all(metrics.horizontalAdvance(line) <= width + 0.5 for line in lines), lines
        broken = broken_words(lines, idea)
        assert broken is not None, (idea, lines)
        for word in broken:
            assert metrics.horizontalAdvance(word) > width


def test_a_cluster_too_big_for_a_page_is_continued_or_counted(qapp: QApplication) -> None:
    ideas = corpus.IDEAS
    cluster = tiles.Block(
        room.CLUSTER, 1, tuple(tiles.Tile(i, ideas[i], "#fff176") for i in range(60)),
        title="Everything",
    )
    # The board: the cluster goes on in whole pieces, "(continued)", every note once.
    _measure, pages = tiles.Typesetter().layout([cluster], 1792, 867, 1.0)
    assert len(pages) > 1
    frames = [i for p in pages for i in p.items if i.kind == room.CLUSTER]
    assert [f.continued for f in frames] == [False] + [True] * (len(frames) - 1)
    notes = [i.id for p in pages for i in p.items if i.kind == room.NOTE]
    assert sorted(notes) == list(range(60))
    # The vote: one page, as many notes as fit, and how many more.
    _measure, pages = tiles.Typesetter().layout([cluster], 1792, 867, 1.0, shorten=True)
    assert len(pages) == 1
    (frame,) = [i for i in pages[0].items if i.kind == room.CLUSTER]
    shown = [i for i in pages[0].items if i.kind == room.NOTE]
    assert frame.more == 60 - len(shown) > 0
    assert all(i.y + i.h <= 867 + 0.5 for i in pages[0].items)

"""The purpose blend for the room, legible with 8–12 parties and long statements.

What the room sees follows the exercise:

- the parties' own statements, each whole on a tile headed by its party (the same
  text-sized tiles in whole pages as the board, ``tiles.py``; pages turn by themselves);
- during 1-2-4-all, the current round's groups (pairs, then fours) as titled groups of
  their members' statements, so everyone sees whom to join, with the round's timer;
- once there is a draft: the draft (or the adopted purpose) whole, with a bar per party
  for its endorsement (fist of five: 0–5; comments are never shown). The statements stay
  one Page Down away (pages after the draft's).

The shared themes are shown ("Shared: community · advice · …") only once the facilitator
has shown them to the room (``purpose_settings.themes_shown``). Party names are shown only
when the blend is not anonymous (and, for individual participants, only when the activity
is not anonymous either); hidden, the bars are shown highest first with no name.
"""

from __future__ import annotations

import importlib
import time
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from workshop.catalogue import room_text
from workshop.domain import palettes, room
from workshop.domain.languages import DEFAULT
from workshop.domain.models import ActivityKind
from workshop.domain.purpose_models import ROUND_MINUTES, ROUND_NAMES, BlendGroup
from workshop.domain.room import page_seconds
from workshop.domain.timer import format_clock
from workshop.kinds import watched
from workshop.storage import read
from workshop.storage.changes import Change
from workshop.ui.projector import theme as t
from workshop.ui.projector.room_tiles import RoomTiles
from workshop.ui.projector.theme import Palette
from workshop.ui.projector.tiles import Block, Tile
from workshop.ui.projector.views import _Bar, _clear_layout

#: Endorsement bars side by side in one row of the draft's box.
RATING_COLUMNS = 4
SCORE_MAX = 5
#: Themes named on the projector's "Shared:" line.
THEMES_SHOWN = 8
#: Statement tiles: light, under black ink (as paper on a wall).
STATEMENT_FILL = palettes.STATEMENT_FILL


def statement_blocks(
    statements: Any, groups: list[BlendGroup], label_of: Any, language: str = DEFAULT
) -> list[Block]:
    """The statements as tiles; during a round, grouped by pair or four (titled in the
    workshop's ``language``: "Pair 2", "Para 2")."""
    by_id = {s.id: s for s in statements}

    def tile(statement: Any) -> Tile:
        label = label_of(statement)
        # The party on its own first line (whole, however long), the statement below it.
        return Tile(statement.id, f"{label}\n{statement.text}" if label else statement.text,
                    STATEMENT_FILL)

    if not groups:
        return [Block(room.NOTE, s.id, (tile(s),)) for s in statements]
    blocks = []
    placed: set[int] = set()
    for number, group in enumerate(groups, start=1):
        members = [by_id[i] for i in group.statement_ids if i in by_id]
        placed.update(s.id for s in members)
        key = f"group.{group.round}" if group.round in ROUND_NAMES else "group"
        blocks.append(Block(room.CLUSTER, group.id, tuple(tile(s) for s in members),
                            title=room_text(key, language, n=number)))
    blocks += [Block(room.NOTE, s.id, (tile(s),)) for s in statements if s.id not in placed]
    return blocks


def round_started(groups: list[BlendGroup]) -> float | None:
    """When the round's groups were proposed (seconds since the epoch), None if unknown."""
    stamps = [g.started for g in groups if g.started]
    if not stamps:
        return None
    try:
        return datetime.fromisoformat(min(stamps).replace("Z", "+00:00")).timestamp()
    except ValueError:
        return None


class PurposeView(RoomTiles):
    tables = watched(ActivityKind.PURPOSE_BLEND)
    sizes = (42, 36, 32)

    def build(self, palette: Palette) -> None:
        self.setObjectName("audiencePurpose")
        layout = QVBoxLayout(self)
        self.title = self.label(t.HEADING_PX * 0.8, bold=True, name="purposeTitle")
        self.header = self.title
        self.themes = self.label(t.SMALL_PX, colour=palette.accent, name="purposeThemes")
        self.round_line = self.label(t.BODY_PX, bold=True, colour=palette.highlight,
                                     name="purposeRound", kind=room.TIMER)
        layout.addWidget(self.title)
        layout.addWidget(self.themes)
        layout.addWidget(self.round_line)
        layout.addWidget(self.make_canvas(palette), 1)
        self.draft_box = QFrame(self)
        self.draft_box.setObjectName("purposeDraftBox")
        self.draft_box.setStyleSheet(
            f"QFrame#purposeDraftBox {{ background: {palette.panel}; border-radius: 12px; }}"
        )
        box = QVBoxLayout(self.draft_box)
        self.draft_heading = self.label(t.SMALL_PX, colour=palette.muted,
                                        name="purposeDraftHeading")
        self.draft = self.label(t.BODY_PX, bold=True, name="purposeDraft")
        self.draft_heading.setParent(self.draft_box)
        self.draft.setParent(self.draft_box)
        box.addWidget(self.draft_heading)
        box.addWidget(self.draft)
        self.ratings_host = QWidget(self.draft_box)
        self.ratings_host.setObjectName("purposeRatings")
        self.ratings_grid = QGridLayout(self.ratings_host)
        self.ratings_grid.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.ratings_host)
        box.addStretch(1)
        layout.addWidget(self.draft_box, 1)
        layout.addWidget(self.page_label)
        self._rating_labels: list[QLabel] = []
        self.rating_bars: list[_Bar] = []
        self.has_draft = False
        self.on_draft = False
        self._draft_key: object = None
        self._started: float | None = None
        self._round: int | None = None
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._show_round_time)
        self.apply_scale()
        self.refresh()

    # ------------------------------------------------------------- scaling

    def apply_scale(self) -> None:
        super().apply_scale()
        for bar in getattr(self, "rating_bars", []):
            bar.setFixedHeight(max(6, round(t.MIN_PX * 0.7 * self.scale)))
        if hasattr(self, "ratings_grid"):
            self.ratings_grid.setHorizontalSpacing(round(32 * self.scale))
            self.ratings_grid.setVerticalSpacing(round(10 * self.scale))
            box = self.draft_box.layout()
            if box is not None:
                pad = round(20 * self.scale)
                box.setContentsMargins(pad, pad, pad, pad)
                box.setSpacing(round(12 * self.scale))

    # ------------------------------------------------------------- content

    def on_change(self, change: Change) -> None:
        if change.touches(*self.tables):
            self.refresh()

    def refresh(self) -> None:
        super().refresh()
        read_purpose = importlib.import_module("workshop.storage.read_purpose")
        activity = self.activity
        if activity is None:
            return
        self.title.setText(activity.prompt or activity.title)
        summary = read_purpose.summary(self.doc, activity.id)
        if summary is None:
            return
        names_hidden = bool(summary.settings.anonymous)
        people_hidden = names_hidden or read.is_anonymous(self.doc, activity)
        analysis = summary.analysis
        # Numbered as on the laptop and in the handout: colour never tells a theme alone.
        themes = [
            f"{n} {term.label}" for n, term in enumerate(analysis.themes[:THEMES_SHOWN], start=1)
        ]
        shown = bool(themes) and summary.settings.themes_shown
        self.themes.setText(self.room_text("shared", themes=" · ".join(themes)) if shown else "")
        self.themes.setVisible(shown)

        def label_of(statement: Any) -> str:
            party = statement.party
            hidden = people_hidden if party.participant_id is not None else names_hidden
            return "" if hidden else str(party.label)

        current = next((d for d in summary.drafts if d.adopted), None) or (
            summary.drafts[-1] if summary.drafts else None
        )
        groups = [] if current is not None else _current_round(summary.groups)
        self._show_round(groups)
        language = read.details(self.doc).language
        blocks = statement_blocks(summary.statements, groups, label_of, language)
        self.set_blocks_if_changed(blocks)
        self.has_draft = current is not None
        key = (current.id, current.text, current.adopted,
               tuple((r.party.key, r.score) for r in summary.ratings)) if current else None
        if current is not None:
            state = (
                self.room_text("common_purpose")
                if current.adopted
                else self.room_text("draft", n=current.number)
            )
            self.draft_heading.setText(state)
            self.draft.setText(current.text)
            self._show_ratings(summary.ratings, names_hidden, people_hidden)
        if key != self._draft_key:  # a new or changed draft: the room looks at it
            self._draft_key = key
            self.on_draft = self.has_draft
        self._page_changed()

    def _show_round(self, groups: list[BlendGroup]) -> None:
        self._started = round_started(groups)
        self._round = groups[0].round if groups and groups[0].round in ROUND_NAMES else None
        self.round_line.setVisible(bool(groups))
        if groups:
            self._show_round_time()
            self._tick.start()
        else:
            self._tick.stop()

    def _show_round_time(self) -> None:
        """ "Pairs · 3:42 left": the round's own timer, from when its groups were proposed."""
        if self._round is None:
            return
        minutes = ROUND_MINUTES.get(self._round, 5)
        text = self.room_text("find_group", round=self.room_label(f"round.{self._round}"))
        if self._started is not None:
            left = round(minutes * 60 - (time.time() - self._started))
            text += " · " + (
                self.room_text("clock_left", clock=format_clock(left))
                if left > 0
                else self.room_text("time_up")
            )
        self.round_line.setText(text)

    def _show_ratings(self, ratings: Any, names_hidden: bool, people_hidden: bool) -> None:
        """A bar per party for the draft shown: its score out of five (never the comment).

        When the same parties are shown, only their bars and numbers change (a rating is
        one bar, not a new set of widgets).
        """
        shown = []
        for rating in ratings:
            party = rating.party
            hidden = people_hidden if party.participant_id is not None else names_hidden
            shown.append(("" if hidden else party.label, int(rating.score)))
        if any(not name for name, _score in shown):
            shown = sorted(((" ", score) for _name, score in shown), key=lambda r: -r[1])
        self.ratings_host.setVisible(bool(shown))
        if shown:
            self.draft_heading.setText(
                self.room_text("endorsement", draft=self.draft_heading.text(), max=SCORE_MAX)
            )
        names = [name for name, _score in shown]
        if names and names == [label.text() for label in self._rating_labels[::2]]:
            for (_name, score), value, bar in zip(
                shown, self._rating_labels[1::2], self.rating_bars, strict=True
            ):
                value.setText(str(score))
                _set_share(bar, score / SCORE_MAX)
            return
        for label in self._rating_labels:
            self.forget(label)
        self._rating_labels, self.rating_bars = [], []
        _clear_layout(self.ratings_grid)
        for index, (name, score) in enumerate(shown):
            row, column = divmod(index, RATING_COLUMNS)
            cell = QWidget(self.ratings_host)
            cell_grid = QGridLayout(cell)
            cell_grid.setContentsMargins(0, 0, 0, 0)
            cell_grid.setSpacing(round(8 * self.scale))
            # Names wrap (never cut): "Cook Memorial Public Library" whole on two lines.
            label = self.label(t.MIN_PX, colour=self.palette_.muted, name="purposeRatingParty")
            label.setParent(cell)
            label.setText(name)
            bar = _Bar(score / SCORE_MAX, self.palette_.bar, self.palette_.background, cell)
            bar.setObjectName("purposeRatingBar")
            value = self.label(t.MIN_PX, bold=True, wrap=False, name="purposeRatingScore",
                               align=Qt.AlignmentFlag.AlignRight)
            value.setParent(cell)
            value.setText(str(score))
            cell_grid.addWidget(label, 0, 0, 1, 2)
            cell_grid.addWidget(bar, 1, 0)
            cell_grid.addWidget(value, 1, 1)
            cell_grid.setColumnStretch(0, 1)
            self.ratings_grid.addWidget(cell, row, column)
            self._rating_labels += [label, value]
            self.rating_bars.append(bar)
        for column in range(RATING_COLUMNS):
            self.ratings_grid.setColumnStretch(column, 1)
        self.apply_scale()

    # --------------------------------------------------------------- pages

    def relayout(self) -> None:
        # On the draft's page the tiles are hidden; they take the draft's place when shown.
        if hasattr(self, "draft_box") and self.canvas.isHidden() and self.draft_box.isVisible():
            self.canvas.resize(self.draft_box.size())
        super().relayout()

    def page_count(self) -> int:
        return len(self.pages) + int(self.has_draft) if self.pages else int(self.has_draft) or 1

    def page_index(self) -> int:
        if self.has_draft:
            return 0 if self.on_draft else self.page + 1
        return self.page

    def show_page(self, index: int) -> None:
        count = self.page_count()
        index %= count
        if self.has_draft:
            self.on_draft = index == 0
            if not self.on_draft:
                super().show_page(index - 1)
                return
            self._page_changed()
            return
        super().show_page(index)

    def next_page(self) -> None:
        if self.page_count() > 1:
            self.show_page(self.page_index() + 1)

    def _page_changed(self) -> None:
        if not hasattr(self, "draft_box"):
            super()._page_changed()
            return
        drafting = self.has_draft and self.on_draft
        self.draft_box.setVisible(drafting)
        was_hidden = self.canvas.isHidden()
        self.canvas.setVisible(not drafting and bool(self.blocks))
        if was_hidden and not self.canvas.isHidden():
            QTimer.singleShot(0, self.relayout)  # laid out while hidden: at its old size
        count = self.page_count()
        self.page_label.setVisible(count > 1)
        self.page_label.setText(
            room_text("page", self.canvas.language, page=self.page_index() + 1, total=count)
            if count > 1
            else ""
        )
        # The draft stays up (the room is rating it); statement pages turn by themselves.
        if count > 1 and not drafting and self.auto_turn and self.pages:
            self._turn.start(round(1000 * page_seconds(self.pages[self.page].characters)))
        else:
            self._turn.stop()
        self.pageChanged.emit()


def _set_share(bar: _Bar, share: float) -> None:
    """Change a bar's length in place (as its resize would)."""
    bar.share = max(0.0, min(1.0, share))
    bar.fill.setGeometry(0, 0, max(4, round(bar.width() * bar.share)), bar.height())


def _current_round(groups: list[BlendGroup]) -> list[BlendGroup]:
    """The latest round's groups (fours once proposed, else pairs), [] before any."""
    if not groups:
        return []
    latest = max(g.round for g in groups)
    return [g for g in groups if g.round == latest and g.statement_ids]

"""The purpose blend for the room: each party's statement with the shared themes highlighted,
the current draft of the common purpose, and how much each party endorses it (a bar per
party, fist of five: 0–5; the comments that come with the ratings are never shown).

Party names are shown only when the blend is not anonymous (and, for individual
participants, only when the activity is not anonymous either); hidden, the bars are
shown highest first with no name.
"""

from __future__ import annotations

import html
import importlib
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from workshop.domain.models import ActivityKind
from workshop.kinds import watched
from workshop.storage import read
from workshop.storage.changes import Change
from workshop.ui.projector import theme as t
from workshop.ui.projector.theme import Palette
from workshop.ui.projector.views import AudienceView, FitHost, _Bar, _clear_layout
from workshop.ui.purpose.common import highlighted

STATEMENTS_SHOWN = 8
#: Endorsement bars side by side in one row of the draft's box.
RATING_COLUMNS = 5
SCORE_MAX = 5


class PurposeView(AudienceView):
    tables = watched(ActivityKind.PURPOSE_BLEND)

    def build(self, palette: Palette) -> None:
        self.setObjectName("audiencePurpose")
        layout = QVBoxLayout(self)
        self.title = self.label(t.HEADING_PX * 0.8, bold=True, name="purposeTitle")
        self.header = self.title
        self.themes = self.label(t.SMALL_PX, colour=palette.accent, name="purposeThemes")
        layout.addWidget(self.title)
        layout.addWidget(self.themes)
        self.body = FitHost(self)
        self.grid = QGridLayout(self.body)
        self.grid.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.body, 1)
        self.draft_box = QFrame(self)
        self.draft_box.setObjectName("purposeDraftBox")
        self.draft_box.setStyleSheet(
            f"QFrame#purposeDraftBox {{ background: {palette.panel}; border-radius: 12px; }}"
        )
        box = QVBoxLayout(self.draft_box)
        box.setSpacing(4)
        self.draft_heading = self.label(
            t.SMALL_PX, colour=palette.muted, name="purposeDraftHeading"
        )
        self.draft = self.label(t.BODY_PX * 0.8, bold=True, name="purposeDraft")
        self.draft_heading.setParent(self.draft_box)
        self.draft.setParent(self.draft_box)
        box.addWidget(self.draft_heading)
        box.addWidget(self.draft)
        self.ratings_host = QWidget(self.draft_box)
        self.ratings_host.setObjectName("purposeRatings")
        self.ratings_grid = QGridLayout(self.ratings_host)
        self.ratings_grid.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.ratings_host)
        layout.addWidget(self.draft_box)
        self._statement_labels: list[QLabel] = []
        self._rating_labels: list[QLabel] = []
        self.rating_bars: list[_Bar] = []
        self.apply_scale()
        self.refresh()

    def apply_scale(self) -> None:
        super().apply_scale()
        outer = self.layout()
        if outer is not None:  # a full screen of text: tighter than the other views
            outer.setSpacing(round(12 * self.scale))
        if hasattr(self, "grid"):
            self.grid.setVerticalSpacing(round(12 * self.scale))
            self.grid.setHorizontalSpacing(round(28 * self.scale))
        for bar in getattr(self, "rating_bars", []):
            bar.setFixedHeight(max(6, round(t.MIN_PX * 0.7 * self.scale)))
        if hasattr(self, "ratings_grid"):
            self.ratings_grid.setHorizontalSpacing(round(32 * self.scale))
            self.ratings_grid.setVerticalSpacing(round(6 * self.scale))
        self._fit_draft()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_draft()

    def _fit_draft(self) -> None:
        """The draft's box as tall as its text, so the statements get the rest."""
        if not hasattr(self, "draft_box"):
            return
        box = self.draft_box.layout()
        outer = self.layout()
        if box is None or outer is None:
            return
        margins, frame = outer.contentsMargins(), box.contentsMargins()
        width = self.width() - margins.left() - margins.right() - frame.left() - frame.right()
        if width <= 0:
            return
        height = (
            self.draft_heading.heightForWidth(width)
            + box.spacing()
            + self.draft.heightForWidth(width)
            + frame.top()
            + frame.bottom()
        )
        if self.rating_bars:
            height += box.spacing() + self.ratings_grid.totalMinimumSize().height()
        self.draft_box.setFixedHeight(height)

    def on_change(self, change: Change) -> None:
        if change.touches(*self.tables):
            self.refresh()

    def refresh(self) -> None:
        super().refresh()
        read_purpose = importlib.import_module("workshop.storage.read_purpose")
        for label in self._statement_labels:
            self.forget(label)
        self._statement_labels = []
        activity = self.activity
        if activity is None:
            return
        self.title.setText(activity.prompt or activity.title)
        summary = read_purpose.summary(self.doc, activity.id)
        if summary is None:
            return
        analysis = summary.analysis
        names_hidden = bool(summary.settings.anonymous)
        people_hidden = names_hidden or read.is_anonymous(self.doc, activity)
        themes = [f"{n} {term.label}" for n, term in enumerate(analysis.themes[:6], start=1)]
        self.themes.setText("Shared: " + " · ".join(themes) if themes else "")
        self.themes.setVisible(bool(themes))
        statements = summary.statements[:STATEMENTS_SHOWN]
        columns = 1 if len(statements) <= 2 else 2 if len(statements) <= 4 else 3
        px = t.BODY_PX * 0.8
        for index, statement in enumerate(statements):
            party = statement.party
            hidden = people_hidden if party.participant_id is not None else names_hidden
            terms = analysis.statement(party.key)
            occurrences = terms.occurrences if terms is not None else ()
            body = highlighted(
                statement.text, occurrences, analysis.colour, self.palette_.highlight_text,
                number=analysis.number,
            )
            if not hidden and party.label:
                body = f"<b>{html.escape(party.label)}</b><br>{body}"
            label = self.label(px, name="purposeStatement")
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setText(body)
            self.grid.addWidget(label, index // columns, index % columns)
            self._statement_labels.append(label)
        self.grid.setRowStretch(self.grid.rowCount(), 1)
        self._fitted = (self.body, list(self._statement_labels), columns, float(t.MIN_PX))
        current = next((d for d in summary.drafts if d.adopted), None) or (
            summary.drafts[-1] if summary.drafts else None
        )
        if current is None:
            self.draft_box.setVisible(False)
        else:
            self.draft_box.setVisible(True)
            state = "Our common purpose" if current.adopted else f"Draft {current.number}"
            self.draft_heading.setText(state)
            self.draft.setText(current.text)
        self._show_ratings(summary.ratings if current is not None else [], names_hidden,
                           people_hidden)
        self.apply_scale()
        self._fit_draft()

    def _show_ratings(self, ratings: Any, names_hidden: bool, people_hidden: bool) -> None:
        """A bar per party for the draft shown: its score out of five (never the comment)."""
        for label in self._rating_labels:
            self.forget(label)
        self._rating_labels, self.rating_bars = [], []
        _clear_layout(self.ratings_grid)
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
                self.draft_heading.text() + f" — endorsement, 0 to {SCORE_MAX}"
            )
        for index, (name, score) in enumerate(shown):
            row, column = divmod(index, RATING_COLUMNS)
            cell = QWidget(self.ratings_host)
            cell_grid = QGridLayout(cell)
            cell_grid.setContentsMargins(0, 0, 0, 0)
            cell_grid.setSpacing(round(8 * self.scale))
            label = self.label(t.MIN_PX, colour=self.palette_.muted, wrap=False,
                               name="purposeRatingParty")
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

"""Can you see yourself in it? Fist-of-five ratings of a draft, coverage per party, adoption.

Choose the party (type its first letters), a score 0–5, an optional comment,
Enter. Beside each party: which of its key terms the draft holds, and which it
misses. Adopting a draft freezes its ratings.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.purpose import Term, least_covered
from workshop.domain.purpose_models import SCORE_MAX, SCORE_MIN, Draft, Party, Rating
from workshop.storage import read_purpose
from workshop.storage.ops import purpose as ops
from workshop.ui.flow import flow_row, pair
from workshop.ui.in_place import set_cell
from workshop.ui.purpose.common import TAB_MARGINS, PurposeState, hint, name
from workshop.ui.purpose.drafts import draft_title
from workshop.ui.screens.base import ScreenContext
from workshop.ui.tr import QT_TRANSLATE_NOOP, translate
from workshop.ui.widgets import VerticalScroll, buddy_label, compact

#: The least height of the draft's text before it scrolls in its box.
TEXT_MIN_HEIGHT = 60

#: The ratings table's headings (translated when the table is made).
COLUMNS = [
    QT_TRANSLATE_NOOP("EndorsePanel", "Party"), QT_TRANSLATE_NOOP("EndorsePanel", "Rating"),
    QT_TRANSLATE_NOOP("EndorsePanel", "Covered"), QT_TRANSLATE_NOOP("EndorsePanel", "In the draft"),
    QT_TRANSLATE_NOOP("EndorsePanel", "Missing"), QT_TRANSLATE_NOOP("EndorsePanel", "Comment"),
]


def fist(score: int) -> str:
    return "●" * score + "○" * (SCORE_MAX - score) + f"  {score}"


def _ratio(value: float | None) -> str:
    return "–" if value is None else f"{value:.0%}"


class RatingsTable(QTableWidget):
    """Rows grow to show every term; re-measured when the columns change width."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resizeRowsToContents()


class EndorsePanel(QWidget):
    def __init__(self, ctx: ScreenContext, activity_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.activity_id = activity_id
        self.state: PurposeState | None = None
        self._seen: set[int] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*TAB_MARGINS)
        self.draft = QComboBox()
        name(self.draft, "purposeEndorseDraft", translate("EndorsePanel", "Draft being rated"))
        draft_label = buddy_label(translate("EndorsePanel", "Draft"), self.draft)
        self.draft.currentIndexChanged.connect(lambda _i: self._show_draft())
        # A draft's text is long: shortened in the box (the text shows in full below).
        self.draft.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.draft.setMinimumContentsLength(12)
        self.adopt_button = QPushButton(translate("EndorsePanel", "Ad&opt this draft"))
        name(self.adopt_button, "purposeAdopt", translate("EndorsePanel",
                                                          "Adopt this draft as the common purpose"))
        self.adopt_button.clicked.connect(self.adopt)
        draft = pair(self, draft_label, self.draft)
        layout.addWidget(flow_row(self, draft, compact(self.adopt_button), stretch={draft: 1}))

        self.text = QLabel()
        name(self.text, "purposeEndorseText", translate("EndorsePanel",
                                                        "Text of the draft being rated"))
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setObjectName("purposeEndorseText")
        # A long draft in a longer language scrolls in its box on a laptop's low screen.
        layout.addWidget(VerticalScroll(self.text, min_height=TEXT_MIN_HEIGHT), 1)

        self.party = QComboBox()
        name(self.party, "purposeRateParty", translate("EndorsePanel", "Party giving the rating"))
        self.party.setMinimumWidth(160)
        # A long party name is shortened in the box (whole in its list).
        self.party.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.party.setMinimumContentsLength(16)
        party = pair(self, buddy_label(translate("EndorsePanel", "Rated by"), self.party),
                     self.party)
        self.score = QSpinBox()
        name(self.score, "purposeScore", translate("EndorsePanel", "Fist of five, 0 to 5"))
        self.score.setRange(SCORE_MIN, SCORE_MAX)
        self.score.setValue(SCORE_MAX)
        self.score.setPrefix(translate("EndorsePanel", "Fist of five: "))
        layout.addWidget(flow_row(self, party, self.score, stretch={party: 1}))
        # The comment gets a row of its own: beside the party and score it forced the width.
        rate = QHBoxLayout()
        self.comment = QLineEdit()
        name(self.comment, "purposeComment", translate("EndorsePanel",
                                                       "Comment with the rating (optional)"))
        self.comment.setPlaceholderText(translate("EndorsePanel",
                                                  "Comment (optional) — Enter rates"))
        self.comment.returnPressed.connect(self.rate)
        rate.addWidget(self.comment, 1)
        self.rate_button = QPushButton(translate("EndorsePanel", "&Rate"))
        name(self.rate_button, "purposeRate", translate("EndorsePanel", "Record the rating"))
        self.rate_button.clicked.connect(self.rate)
        rate.addWidget(compact(self.rate_button))
        layout.addLayout(rate)

        self.table = RatingsTable(0, len(COLUMNS))
        name(self.table, "purposeRatings", translate("EndorsePanel",
                                                     "Ratings and coverage per party"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setHorizontalHeaderLabels([translate("EndorsePanel", c) for c in COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # One line per party at any length (the full lists are in each cell's tooltip): on a
        # 1366×768 laptop wrapped "missing words" made one row fill the table.
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        for column in (0, 1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (3, 4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        # In a narrow column (a laptop) the texts keep a readable width and the table
        # scrolls sideways, rather than shrinking to slivers.
        header.setMinimumSectionSize(90)
        layout.addWidget(self.table, 1)
        self.least = hint()
        self.least.setObjectName("purposeLeastCovered")
        layout.addWidget(self.least)

    def refresh(self, state: PurposeState) -> None:
        self.state = state
        chosen = self.draft.currentData()
        current = read_purpose.current_draft(self.ctx.doc, self.activity_id)
        with QSignalBlocker(self.draft):
            choices = [(draft_title(d, state.drafts), d.id) for d in reversed(state.drafts)]
            if choices != _choices(self.draft):  # refilled only when the drafts changed
                self.draft.clear()
                for title, draft_id in choices:
                    self.draft.addItem(title, draft_id)
            known = {d.id for d in state.drafts}
            fresh = known - self._seen if self._seen is not None else set()
            self._seen = known
            target: int | None
            if fresh:
                target = max(fresh)  # a new draft: that is the one to rate now
            elif chosen in known:
                target = chosen
            else:
                target = current.id if current else None
            index = self.draft.findData(target)
            self.draft.setCurrentIndex(max(index, 0))
        party = self.party.currentText()
        labels = [p.label for p in state.parties]
        if labels != [self.party.itemText(i) for i in range(self.party.count())]:
            self.party.clear()
            self.party.addItems(labels)
            if party:
                self.party.setCurrentIndex(max(self.party.findText(party), 0))
        self._show_draft()

    def selected_draft(self) -> Draft | None:
        if self.state is None:
            return None
        draft_id = self.draft.currentData()
        return next((d for d in self.state.drafts if d.id == draft_id), None)

    def select_draft(self, draft_id: int) -> None:
        self.draft.setCurrentIndex(max(self.draft.findData(draft_id), 0))

    def _show_draft(self) -> None:
        state = self.state
        draft = self.selected_draft()
        enabled = draft is not None
        for widget in (self.party, self.score, self.comment, self.rate_button, self.adopt_button):
            widget.setEnabled(
                enabled and not (draft and draft.adopted and widget is not self.adopt_button)
            )
        if state is None or draft is None:
            self.table.setRowCount(0)
            self.text.setText(translate("EndorsePanel",
                                        "No draft yet: write one in the Drafts tab."))
            self.least.setText("")
            self.adopt_button.setText(translate("EndorsePanel", "Ad&opt this draft"))
            return
        self.text.setText(draft.text)
        self.adopt_button.setText(translate("EndorsePanel",
                                            "Un-ad&opt") if draft.adopted else translate(
                                                "EndorsePanel", "Ad&opt this draft"))
        self.adopt_button.setAccessibleName(
            translate("EndorsePanel", "Un-adopt this draft") if draft.adopted
            else translate("EndorsePanel", "Adopt this draft as the common purpose")
        )
        ratings = {r.party.key: r for r in read_purpose.ratings(self.ctx.doc, draft.id)}
        coverage = {c.party: c for c in state.analysis.coverage(draft.text)}
        keys = [s.party.key for s in state.statements]
        keys += [k for k in ratings if k not in keys]
        labels = {s.party.key: s.party.label for s in state.statements}
        labels.update({k: r.party.label for k, r in ratings.items()})
        self.table.setRowCount(len(keys))
        for row, key in enumerate(keys):
            rating: Rating | None = ratings.get(key)
            found = coverage.get(key)
            cells = [
                (labels.get(key, key), ""),
                (fist(rating.score) if rating else translate("EndorsePanel", "not yet"), ""),
                (_ratio(found.ratio) if found else "", ""),
                _words(found.found) if found else ("", ""),
                _words(found.missing) if found else ("", ""),
                ((rating.comment or translate("EndorsePanel", "no comment")) if rating else "",
                 ""),
            ]
            for column, (value, tip) in enumerate(cells):
                # In place: a rating changes one row, the other rows' items stay.
                set_cell(self.table, row, column, value or "—", tip or value,
                         None if value else translate("EndorsePanel", "nothing yet"))
        least = least_covered(list(coverage.values()))
        self.least.setText(
            translate("EndorsePanel", "Least covered: %1").replace(
                "%1", ", ".join(f"{labels.get(c.party, c.party)} ({c.ratio:.0%})" for c in least))
            if least
            else ""
        )
        if draft.adopted:
            self.least.setText(
                self.least.text() + "  ·  "
                + translate("EndorsePanel", "Adopted: its ratings are kept as they were.")
            )

    def _party(self) -> Party | None:
        if self.state is None:
            return None
        label = self.party.currentText()
        return next((p for p in self.state.parties if p.label == label), None)

    def rate(self) -> None:
        draft = self.selected_draft()
        party = self._party()
        if draft is None or party is None:
            self.ctx.runner.report(translate("EndorsePanel",
                                             "Choose a draft and a party to rate it."))
            return
        ref: int | str = (
            party.participant_id if party.participant_id is not None else party.organisation
        )
        change = self.ctx.runner.run(
            ops.rate, draft.id, ref, self.score.value(), self.comment.text()
        )
        if change is not None:
            self.comment.clear()
            next_row = self.party.currentIndex() + 1
            if next_row < self.party.count():
                self.party.setCurrentIndex(next_row)
            self.party.setFocus()

    def adopt(self) -> None:
        draft = self.selected_draft()
        if draft is None:
            return
        self.ctx.runner.run(ops.unadopt_draft if draft.adopted else ops.adopt_draft, draft.id)


#: Words shown in a coverage cell; the rest are counted and listed in the tooltip.
WORDS_SHOWN = 4


def _words(terms: tuple[Term, ...]) -> tuple[str, str]:
    """The most meaningful words first, "+N" for the rest; the full list as the tooltip."""
    labels = [t.label for t in terms]
    shown = ", ".join(labels[:WORDS_SHOWN])
    if len(labels) > WORDS_SHOWN:
        shown += f" +{len(labels) - WORDS_SHOWN}"
    return shown, ", ".join(labels)


def _choices(box: QComboBox) -> list[tuple[str, object]]:
    return [(box.itemText(i), box.itemData(i)) for i in range(box.count())]

"""Vote settings: what is voted on, dots and caps, own notes, secrecy; reset and close."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workshop.domain import voting as rules
from workshop.domain.models import ActivityKind
from workshop.domain.voting import VoteTarget
from workshop.storage import read, read_votes
from workshop.storage.ops import voting as ops
from workshop.ui.screens.base import ScreenContext
from workshop.ui.theme import set_role
from workshop.ui.tr import translate
from workshop.ui.vote import words
from workshop.ui.vote.state import VoteState
from workshop.ui.widgets import VerticalScroll

#: The settings' least height before they scroll.
SCROLL_MIN_HEIGHT = 160


class SettingsPanel(QWidget):
    def __init__(self, ctx: ScreenContext, activity_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.activity_id = activity_id
        self.state: VoteState | None = None
        # A low window (or a narrow one, where the rows wrap) scrolls the form.
        content = QWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(VerticalScroll(content, min_height=SCROLL_MIN_HEIGHT, squeeze=True))
        layout = QVBoxLayout(content)
        form = QFormLayout()
        self.source = QComboBox(objectName="voteSource")
        self.source.setAccessibleName(translate("SettingsPanel", "Brainstorm to vote on"))
        # A long brainstorm title is shortened in the box (in full in the list), never
        # widening the window.
        self.source.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.source.setMinimumContentsLength(16)
        self.target = QComboBox(objectName="voteTarget")
        self.target.setAccessibleName(translate("SettingsPanel", "Vote on notes or clusters"))
        self.target.addItem(translate("SettingsPanel", "its notes"), VoteTarget.NOTES.value)
        self.target.addItem(translate("SettingsPanel", "its clusters"), VoteTarget.CLUSTERS.value)
        self.target.addItem(translate("SettingsPanel", "its clusters and loose notes"),
                            VoteTarget.CLUSTERS_AND_NOTES.value)
        self.target.currentIndexChanged.connect(lambda _i: self._show_scope())
        self.source.currentIndexChanged.connect(lambda _i: self._show_scope())
        #: What is and is not on the ballot with the settings shown (before Apply too).
        self.scope = QLabel(objectName="voteScope")
        self.scope.setWordWrap(True)
        self.scope.setAccessibleName(translate("SettingsPanel", "What is on the ballot"))
        self.dots = QSpinBox(objectName="voteDots")
        self.dots.setAccessibleName(translate("SettingsPanel", "Dots per person"))
        self.dots.setRange(rules.DOTS_MIN, rules.DOTS_MAX)
        self.cap = QSpinBox(objectName="voteCap")
        self.cap.setAccessibleName(translate("SettingsPanel",
                                             "Most dots one person may put on one item"))
        self.cap.setRange(rules.DOTS_MIN, rules.DOTS_MAX)
        self.allow_own = QCheckBox(
            translate("SettingsPanel",
                      "People may vote for their own notes"), objectName="voteAllowOwn"
        )
        self.allow_own.setAccessibleName(self.allow_own.text())
        # A short box and a wrapped note: the one long line forced the window past a laptop.
        self.secret = QCheckBox(translate("SettingsPanel", "Secret ballots"),
                                objectName="voteSecret")
        self.secret.setAccessibleName(self.secret.text())
        self.secret.setToolTip(translate("SettingsPanel",
                                         "The screen shows who has voted, never what."))
        secret_note = QLabel(self.secret.toolTip())
        secret_note.setWordWrap(True)
        set_role(secret_note, "muted")
        form.addRow(translate("SettingsPanel", "Vote on the brainstorm"), self.source)
        form.addRow(translate("SettingsPanel", "Vote on"), self.target)
        form.addRow("", self.scope)
        form.addRow(translate("SettingsPanel", "Dots per person"), self.dots)
        form.addRow(translate("SettingsPanel", "Most dots on one item"), self.cap)
        form.addRow("", self.allow_own)
        form.addRow("", self.secret)
        form.addRow("", secret_note)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.addLayout(form)
        self.apply = QPushButton(translate("SettingsPanel", "Appl&y settings"),
                                 objectName="voteApplySettings")
        self.apply.setAccessibleName(translate("SettingsPanel", "Apply settings"))
        self.apply.clicked.connect(self.save)
        self.fixed = QLabel(objectName="voteSettingsFixed")
        self.fixed.setWordWrap(True)
        set_role(self.fixed, "warning")
        layout.addWidget(self.apply)
        layout.addWidget(self.fixed)
        row = QHBoxLayout()
        self.reset = QPushButton(translate("SettingsPanel", "Reset vote"), objectName="voteReset")
        self.reset.setAccessibleName(
            translate("SettingsPanel", "Reset vote: remove every ballot and tally (undoable)"))
        self.reset.setToolTip(
            translate("SettingsPanel",
                      "Removes every ballot, dot and paper tally. Ctrl+Z brings them back."))
        self.reset.clicked.connect(lambda: self.ctx.runner.run(ops.reset_vote, self.activity_id))
        self.close_button = QPushButton(translate("SettingsPanel", "Close vote"),
                                        objectName="voteClose")
        self.close_button.setAccessibleName(translate("SettingsPanel", "Close or reopen the vote"))
        self.close_button.clicked.connect(self.toggle_closed)
        row.addWidget(self.reset)
        row.addWidget(self.close_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    def refresh(self, state: VoteState) -> None:
        self.state = state
        s = state.settings
        with QSignalBlocker(self.source):
            self.source.clear()
            for activity_id, title in read_votes.brainstorms(self.ctx.doc):
                self.source.addItem(title, activity_id)
            chosen = s.source_activity_id
            if chosen is None:
                self.source.insertItem(0, translate("SettingsPanel", "(choose a brainstorm)"), None)
                chosen = self._nearest_brainstorm()  # proposed: Apply settings confirms it
            self.source.setCurrentIndex(max(0, self.source.findData(chosen)))
        target = s.target
        if s.source_activity_id is None and chosen is not None:
            # Proposed with the brainstorm: its clusters, and its loose notes when it has any.
            clusters, _clustered, loose = read_votes.board_counts(self.ctx.doc, chosen)
            target = rules.default_target(clusters, loose)
        with QSignalBlocker(self.target):
            self.target.setCurrentIndex(self.target.findData(target.value))
        self._show_scope()
        self.dots.setValue(s.dots_per_person)
        self.cap.setValue(s.max_per_item)
        self.allow_own.setChecked(s.allow_own)
        self.secret.setChecked(s.secret)
        editable = state.dots_cast == 0
        for widget in (self.source, self.target, self.dots, self.cap, self.allow_own,
                       self.secret, self.apply):
            widget.setEnabled(editable)
        self.fixed.setText(
            ""
            if editable
            else translate("SettingsPanel",
                           "Settings are fixed because dots have been cast. Reset the "
                           "vote to change them (you can undo the reset).")
        )
        self.close_button.setText(translate("SettingsPanel", "Reopen vote") if s.closed
                                   else translate("SettingsPanel", "Close vote"))

    def _show_scope(self) -> None:
        source = self.source.currentData()
        if source is None:
            self.scope.setText("")
            return
        clusters, clustered, loose = read_votes.board_counts(self.ctx.doc, int(source))
        self.scope.setText(
            words.ballot_scope(VoteTarget(self.target.currentData()), clusters, clustered, loose)
        )

    def _nearest_brainstorm(self) -> int | None:
        """The last brainstorm before this vote in the agenda (else the first one after)."""
        before: int | None = None
        after: int | None = None
        seen_vote = False
        for activity in read.activities(self.ctx.doc):
            if activity.id == self.activity_id:
                seen_vote = True
            elif activity.kind is ActivityKind.BRAINSTORM:
                if not seen_vote:
                    before = activity.id
                elif after is None:
                    after = activity.id
        return before if before is not None else after

    def save(self) -> None:
        source = self.source.currentData()
        self.ctx.runner.run(
            ops.configure_vote,
            self.activity_id,
            source_activity_id=None if source is None else int(source),
            target=VoteTarget(self.target.currentData()),
            dots_per_person=self.dots.value(),
            max_per_item=self.cap.value(),
            allow_own=self.allow_own.isChecked(),
            secret=self.secret.isChecked(),
        )

    def toggle_closed(self) -> None:
        if self.state is not None:
            self.ctx.runner.run(ops.set_closed, self.activity_id, not self.state.settings.closed)

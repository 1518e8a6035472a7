"""The dot-vote screen: collect dots three ways, see who has voted (never what, when ballots are
secret), reveal the results, and make the agenda from them.

Tabs (Alt + the underlined letter): Ballot at the laptop, Tally from paper, Proxy ballot,
Results, Settings. Ctrl+R reveals or hides the results. Every change goes through
``ctx.runner`` and is undoable.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workshop.storage import read_votes
from workshop.storage.changes import Change
from workshop.ui.screens.base import ActivityScreen, ScreenContext
from workshop.ui.shown_page import size_by_shown
from workshop.ui.theme import set_role
from workshop.ui.tr import translate
from workshop.ui.vote import state as vote_state
from workshop.ui.vote import words
from workshop.ui.vote.collect import LaptopPanel, ProxyPanel, TallyPanel
from workshop.ui.vote.results import ResultsPanel
from workshop.ui.vote.setup import SettingsPanel
from workshop.ui.vote.state import VoteState
from workshop.ui.words import RLM, own_direction


class VoteScreen(ActivityScreen):
    tables = vote_state.WATCHED

    LAPTOP, TALLY, PROXY, RESULTS, SETTINGS = range(5)

    def __init__(self, ctx: ScreenContext, activity_id: int, parent: QWidget | None = None):
        super().__init__(ctx, activity_id, parent)
        self.setObjectName("voteScreen")
        self.state: VoteState | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        self.title = QLabel(objectName="voteTitle")
        self.title.setWordWrap(True)  # any title length: it wraps, never widens the window
        self.summary = QLabel(objectName="voteSummary")
        self.summary.setWordWrap(True)
        set_role(self.summary, "muted")
        outer.addWidget(self.title)
        outer.addWidget(self.summary)

        body = QHBoxLayout()
        outer.addLayout(body, 1)
        self.tabs = QTabWidget(objectName="voteTabs")
        size_by_shown(self.tabs)
        self.tabs.setAccessibleName(translate("VoteScreen", "Ways to vote, results and settings"))
        # Five tabs beside "Who has voted" on a laptop: slimmer than the theme's tabs, and
        # on a narrow window their labels shorten with "…" (the full label in the tooltip)
        # rather than hiding Settings behind scroll arrows.
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.tabs.setUsesScrollButtons(False)
        self.laptop = LaptopPanel(ctx, activity_id)
        self.tally = TallyPanel(ctx, activity_id)
        self.proxy = ProxyPanel(ctx, activity_id)
        self.results = ResultsPanel(ctx, activity_id)
        self.settings = SettingsPanel(ctx, activity_id)
        for panel, label in (
            (self.laptop, translate("VoteScreen", "&Ballot at the laptop")),
            (self.tally, translate("VoteScreen", "&Tally from paper")),
            (self.proxy, translate("VoteScreen", "Pro&xy ballot")),
            (self.results, translate("VoteScreen", "&Results")),
            (self.settings, translate("VoteScreen", "Settin&gs")),  # Alt+E is the Edit menu
        ):
            index = self.tabs.addTab(panel, label)
            self.tabs.setTabToolTip(index, label.replace("&", ""))
        self.laptop.votingChanged.connect(self._lock_tabs)
        self.laptop.votingChanged.connect(self.undoBlocked)
        self.tabs.currentChanged.connect(lambda _i: self.focus_primary())
        body.addWidget(self.tabs, 4)

        side = QVBoxLayout()
        heading = QLabel(translate("VoteScreen", "<b>Who has voted</b>"))
        self.voters_count = QLabel(objectName="voteVotersCount")
        self.voters = QListWidget(objectName="voteVoters")
        self.voters.setAccessibleName(translate("VoteScreen", "Who has voted"))
        # Reachable by Tab (not by click: a voter at the laptop never lands in it by accident).
        self.voters.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        heading.setBuddy(self.voters)
        # One line per person (names with organisations wrapped over 4–5 lines); the whole
        # name, organisation and status in the tooltip.
        self.voters.setWordWrap(False)
        self.voters.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.voters_count.setWordWrap(True)
        self.voters.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.secrecy = QLabel(objectName="voteSecrecyNote")
        self.secrecy.setWordWrap(True)
        set_role(self.secrecy, "muted")
        side.addWidget(heading)
        side.addWidget(self.voters_count)
        side.addWidget(self.voters, 1)
        side.addWidget(self.secrecy)
        side_box = QWidget(objectName="voteSide")
        side_box.setLayout(side)
        side_box.setMaximumWidth(260)
        body.addWidget(side_box, 1)

        reveal = QShortcut(QKeySequence("Ctrl+R"), self, self.results.toggle_reveal)
        reveal.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.reload()

    # -- refreshing

    def reload(self) -> None:
        self.state = vote_state.load(self.ctx.doc, self.activity_id)
        s = self.state
        self.title.setText(s.title)
        settings = s.settings
        if settings.source_activity_id is None:
            what = translate("VoteScreen", "No brainstorm chosen yet: pick one under Settings.")
        else:
            counts = read_votes.board_counts(self.ctx.doc, settings.source_activity_id)
            what = (own_direction(f"“{s.source_title}”") + ". "
                    + words.ballot_scope(settings.target, *counts))
        closed = " · " + translate("VoteScreen", "the vote is closed") if settings.closed else ""
        rules_text = words.describe(settings)
        # The paragraph reads in the UI's direction, whatever script the title is in.
        start = RLM if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else ""
        self.summary.setText(
            f"{start}{what} {rules_text[:1].upper()}{rules_text[1:]}{closed}."
        )
        self._show_voters(s)
        for panel in (self.laptop, self.tally, self.proxy, self.results, self.settings):
            panel.refresh(s)

    def _show_voters(self, s: VoteState) -> None:
        self.voters.clear()
        finished = proxies = 0
        for ballot in s.ballots:
            # The name on one line (with its organisation it wrapped over 4–5 lines in the
            # narrow column); the organisation in the tooltip.
            org = f" ({ballot.organisation})" if ballot.organisation else ""
            if ballot.proxy:
                text, status, finished = f"✓ {ballot.name}", translate("VoteScreen",
                                                                       "by proxy"), finished + 1
                proxies += 1
            elif ballot.done:
                text, status, finished = f"✓ {ballot.name}", translate("VoteScreen",
                                                                       "has voted"), finished + 1
            else:
                text, status = f"… {ballot.name}", translate("VoteScreen", "voting")
            if not s.settings.secret:
                used = read_votes.ballot_dots(self.ctx.doc, self.activity_id, ballot.participant_id)
                what = ", ".join(
                    f"{n}× {' '.join(s.item_title(i).split())[:30]}" for i, n in used.items() if n
                )
                text += f" — {what}" if what else ""
            row = QListWidgetItem(text)
            row.setToolTip(f"{ballot.name}{org}: {status}")
            row.setData(Qt.ItemDataRole.AccessibleTextRole, f"{ballot.name}: {status}")
            self.voters.addItem(row)
        n_people = len(s.people)
        count = translate("VoteScreen", "%1 of %n have voted", None, n_people)
        count = count.replace("%1", str(finished))
        if proxies:
            count += " " + translate("VoteScreen", "(%n by proxy)", None, proxies)
        self.voters_count.setText(count)
        self.secrecy.setText(
            translate("VoteScreen",
                      "Ballots are secret: this list shows who has voted, never what.")
            if s.settings.secret
            else translate("VoteScreen", "Ballots are open: what each person voted for is shown.")
        )

    def on_change(self, change: Change) -> None:
        if self.concerns(change):
            self.reload()

    # -- focus and tabs

    def focus_primary(self) -> None:
        panel = self.tabs.currentWidget()
        if panel is self.laptop:
            (self.laptop.items if self.laptop.voter is not None else self.laptop.people).setFocus()
        elif panel is self.tally:
            self.tally.input.setFocus()
        elif panel is self.proxy:
            self.proxy.items.setFocus()
        elif panel is self.results:
            self.results.reveal.setFocus()
        else:
            self.settings.dots.setFocus()

    def _lock_tabs(self, voting: bool) -> None:
        """While someone votes at the laptop, the other tabs (results!) are out of reach."""
        for index in range(self.tabs.count()):
            self.tabs.setTabEnabled(index, not voting or index == self.LAPTOP)

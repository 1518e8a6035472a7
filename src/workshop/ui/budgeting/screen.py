"""The participatory budget screen: Projects, Ballots and Results tabs.

Keyboard: Enter in the title or cost box adds a project; in the Ballots tab, Ctrl+Enter
casts the ticked ballot and Enter in the paper line casts a paper ballot; Ctrl+Shift+R
reveals or hides the results. Undo is blocked while someone is ticking a secret ballot.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from workshop.domain.models import ActivityKind
from workshop.kinds import watched
from workshop.storage import read
from workshop.storage.changes import Change
from workshop.ui.budgeting.ballots import BallotsTab
from workshop.ui.budgeting.projects import ProjectsTab
from workshop.ui.budgeting.results import ResultsTab
from workshop.ui.screens.base import ActivityScreen, ScreenContext
from workshop.ui.shown_page import size_by_shown
from workshop.ui.tr import translate


class BudgetScreen(ActivityScreen):
    tables = watched(ActivityKind.BUDGET)

    def __init__(self, ctx: ScreenContext, activity_id: int, parent: QWidget | None = None):
        super().__init__(ctx, activity_id, parent)
        self.setObjectName("budgetScreen")
        layout = QVBoxLayout(self)
        activity = read.activity(ctx.doc, activity_id)
        self.heading = QLabel(activity.title if activity else "", self)
        self.heading.setObjectName("budgetHeading")
        self.heading.setWordWrap(True)  # a facilitator may name the budget anything
        layout.addWidget(self.heading)
        self.tabs = QTabWidget(self)
        size_by_shown(self.tabs)
        self.tabs.setObjectName("budgetTabs")
        self.projects = ProjectsTab(ctx, activity_id, self)
        self.ballots = BallotsTab(ctx, activity_id, self)
        self.results = ResultsTab(ctx, activity_id, self)
        self.tabs.addTab(self.projects, translate("BudgetScreen", "Pro&jects"))
        self.tabs.addTab(self.ballots, translate("BudgetScreen", "&Ballots"))
        self.tabs.addTab(self.results, translate("BudgetScreen", "Res&ults"))
        layout.addWidget(self.tabs, 1)
        self.ballots.castingChanged.connect(self.undoBlocked)
        for keys, slot in (("Ctrl+Shift+R", self.results._toggle),
                           ("Ctrl+Return", self.ballots._cast)):
            shortcut = QShortcut(QKeySequence(keys), self, activated=slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def on_change(self, change: Change) -> None:
        if not self.concerns(change):
            return
        activity = read.activity(self.ctx.doc, self.activity_id)
        self.heading.setText(activity.title if activity else "")
        self.projects.refresh(change)
        self.ballots.refresh(change)
        self.results.refresh()

    def focus_primary(self) -> None:
        self.projects.title.setFocus()


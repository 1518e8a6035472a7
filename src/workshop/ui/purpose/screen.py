"""The facilitator's purpose-blending screen (registered for ``ActivityKind.PURPOSE_BLEND``).

Left: own purposes in (capture and list, shared themes highlighted). Middle:
the shared themes, with merges and hidden noise. Right: blend rounds, drafts,
and endorsement. Everything re-reads from the document after each change, so
undo, redo and the projector always agree with what is shown.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.models import ActivityKind
from workshop.domain.purpose import languages
from workshop.domain.purpose_models import PartyMode
from workshop.kinds import watched
from workshop.storage import read
from workshop.storage.changes import Change
from workshop.storage.ops import purpose as ops
from workshop.ui.flow import flow_row, pair
from workshop.ui.purpose.common import PurposeState, name, shortcut
from workshop.ui.purpose.drafts import DraftsPanel
from workshop.ui.purpose.endorse import EndorsePanel
from workshop.ui.purpose.rounds import RoundsPanel
from workshop.ui.purpose.statements import StatementsPanel
from workshop.ui.purpose.themes import ThemesPanel
from workshop.ui.screens.base import ActivityScreen, ScreenContext
from workshop.ui.shown_page import size_by_shown
from workshop.ui.tr import translate
from workshop.ui.widgets import buddy_label

TAB_ROUNDS, TAB_DRAFTS, TAB_ENDORSE = range(3)


ALL_PANELS = ("statements", "themes", "rounds", "drafts", "endorse")
#: The panels in tabs: refreshed when shown (see ``PurposeScreen._refresh``).
TABBED = ("rounds", "drafts", "endorse")
#: Which panels show which tables: a change to only these tables refreshes only those panels.
PANELS_FOR: tuple[tuple[frozenset[str], tuple[str, ...]], ...] = (
    (frozenset({"purpose_ratings", "purpose_drafts"}), ("drafts", "endorse")),
    (
        frozenset({"purpose_ratings", "purpose_drafts", "purpose_groups",
                   "purpose_group_members"}),
        ("rounds", "drafts", "endorse"),
    ),
)


class PurposeScreen(ActivityScreen):
    tables = watched(ActivityKind.PURPOSE_BLEND)
    kept = True  # built once per workshop: reopening shows it again

    def __init__(self, ctx: ScreenContext, activity_id: int, parent: QWidget | None = None):
        super().__init__(ctx, activity_id, parent)
        self.setObjectName("purposeScreen")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)

        header = QHBoxLayout()
        titles = QVBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("purposeTitle")
        self.title.setObjectName("purposeTitle")
        self.title.setWordWrap(True)  # any title length: it wraps, never widens the window
        self.prompt = QLabel()
        self.prompt.setObjectName("purposePrompt")
        self.prompt.setObjectName("purposePrompt")
        self.prompt.setWordWrap(True)
        titles.addWidget(self.title)
        titles.addWidget(self.prompt)
        header.addLayout(titles, 1)
        self.by = QComboBox()
        name(self.by, "purposeParties", translate("PurposeScreen", "Who states a purpose"))
        self.by.addItem(translate("PurposeScreen", "One purpose per participant"),
                        PartyMode.PARTICIPANT.value)
        self.by.addItem(translate("PurposeScreen", "One purpose per organisation"),
                        PartyMode.ORGANISATION.value)
        self.by.activated.connect(lambda _i: self._set_by())
        self.language = QComboBox()
        name(self.language, "purposeLanguage", translate("PurposeScreen",
                                                         "Language of the statements"))
        for language in languages():
            self.language.addItem(language.replace("_", " ").capitalize(), language)
        self.language.activated.connect(lambda _i: self._set_language())
        self.anonymous = QCheckBox(translate("PurposeScreen", "Anonymous on the projector"))
        name(self.anonymous, "purposeAnonymous",
             translate("PurposeScreen", "Hide who wrote each purpose on the projector"))
        self.anonymous.clicked.connect(self._set_anonymous)
        # The settings go under the title (beside it, the two forced the window past a laptop),
        # wrapping onto a second line in a longer language.
        settings = flow_row(
            self,
            pair(self, buddy_label(translate("PurposeScreen", "Purposes from"), self.by), self.by,
                 stretch=0),
            pair(self, buddy_label(translate("PurposeScreen", "Language"), self.language),
                 self.language, stretch=0),
            self.anonymous,
        )
        layout.addLayout(header)
        layout.addWidget(settings)
        self.adopted = QLabel()
        self.adopted.setObjectName("purposeAdoptedBanner")
        self.adopted.setWordWrap(True)
        layout.addWidget(self.adopted)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("purposeSplitter")
        self.statements = StatementsPanel(ctx, activity_id)
        self.themes = ThemesPanel(ctx, activity_id)
        self.tabs = QTabWidget()
        size_by_shown(self.tabs)
        name(self.tabs, "purposeTabs", translate("PurposeScreen",
                                                 "Blend rounds, drafts and endorsement"))
        self.rounds = RoundsPanel(ctx, activity_id)
        self.drafts = DraftsPanel(ctx, activity_id)
        self.endorse = EndorsePanel(ctx, activity_id)
        self.tabs.addTab(self.rounds, translate("PurposeScreen",
                                                "3 · Rounds"))  # Ctrl+3; Alt+R, D, O are taken
        self.tabs.addTab(self.drafts, translate("PurposeScreen", "4 · Drafts"))  # Ctrl+4
        self.tabs.addTab(self.endorse, translate("PurposeScreen", "5 · Endorse"))  # Ctrl+5
        self._stale: set[str] = set()  # tabs to refresh when next shown
        self.tabs.currentChanged.connect(self._tab_shown)
        for panel in (self.statements, self.themes, self.tabs):
            splitter.addWidget(panel)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 6)
        splitter.setSizes([380, 300, 720])  # the tabs get the most: rounds, drafts, ratings
        layout.addWidget(splitter, 1)

        shortcut(self, "Ctrl+1", self.statements.focus_capture)
        shortcut(self, "Ctrl+2", self.themes.tree.setFocus)
        shortcut(self, "Ctrl+3", lambda: self.show_tab(TAB_ROUNDS))
        shortcut(self, "Ctrl+4", lambda: self.show_tab(TAB_DRAFTS))
        shortcut(self, "Ctrl+5", lambda: self.show_tab(TAB_ENDORSE))
        self.reload()

    # ------------------------------------------------------------- refreshing

    def reload(self, panels: tuple[str, ...] | None = None, *, later: bool = False) -> None:
        """Read the activity again and refresh ``panels`` (by attribute name; None: all;
        ``later``: the tabs not shown when they are shown)."""
        activity = read.activity(self.ctx.doc, self.activity_id)
        if activity is None:
            return
        self.title.setText(activity.title)
        self.prompt.setText(
            activity.prompt or translate("PurposeScreen", "Each party states its own purpose."))
        state = PurposeState.load(self.ctx.doc, self.activity_id)
        self.state = state
        self.by.setCurrentIndex(max(self.by.findData(state.settings.by.value), 0))
        self.language.setCurrentIndex(max(self.language.findData(state.settings.language), 0))
        self.anonymous.setChecked(state.settings.anonymous)
        adopted = next((d for d in state.drafts if d.adopted), None)
        self.adopted.setVisible(adopted is not None)
        if adopted is not None:
            self.adopted.setText(
                translate("PurposeScreen", "<b>Our common purpose</b> (draft %1): %2")
                .replace("%1", str(adopted.number)).replace("%2", _escape(adopted.text))
            )
        self._refresh(panels or ALL_PANELS, later=later)

    def _refresh(self, panels: tuple[str, ...], *, later: bool = True) -> None:
        """Refresh ``panels``; with ``later``, a tab not shown is only marked to refresh
        when it is (a hidden theme re-renders the rounds, drafts and ratings the
        facilitator cannot see: they catch up on the switch)."""
        shown = self.tabs.currentWidget()
        for panel in panels:
            widget = getattr(self, panel)
            if later and panel in TABBED and widget is not shown:
                self._stale.add(panel)
                continue
            self._stale.discard(panel)
            widget.refresh(self.state)

    def _tab_shown(self, index: int) -> None:
        for panel in TABBED:
            if panel in self._stale and getattr(self, panel) is self.tabs.widget(index):
                self._refresh((panel,), later=False)

    def on_change(self, change: Change) -> None:
        """Refresh only the panels a change touched (a rating: the endorsement table alone),
        the tabs not shown when they are next shown."""
        tables = change.tables
        if not self.concerns(change):
            return
        if tables <= {"purpose_ratings"} and self.state is not None:
            self._refresh(("endorse",))
            return
        for touched, panels in PANELS_FOR:
            if tables <= touched:
                self.reload(panels, later=True)
                return
        self.reload(later=True)

    def catch_up(self, missed: list[Change]) -> None:
        if any(change.touches(*watched(ActivityKind.PURPOSE_BLEND)) for change in missed):
            self.reload(later=True)

    def focus_primary(self) -> None:
        self.statements.focus_capture()

    def show_tab(self, index: int) -> None:
        """Switch to a tab and put the keyboard where that step is typed."""
        self.tabs.setCurrentIndex(index)
        first = {TAB_DRAFTS: self.drafts.text, TAB_ENDORSE: self.endorse.party}.get(index)
        if first is not None:
            first.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        widget = self.tabs.currentWidget()
        if widget is not None:
            widget.setFocus()
            widget.focusNextChild()

    # --------------------------------------------------------------- settings

    def _set_by(self) -> None:
        value = PartyMode(self.by.currentData())
        if value is self.state.settings.by:
            return
        if self.ctx.runner.run(ops.set_purpose_settings, self.activity_id, by=value) is None:
            self.reload()  # refused: show the setting as it is

    def _set_language(self) -> None:
        value = str(self.language.currentData())
        if value != self.state.settings.language:
            self.ctx.runner.run(ops.set_purpose_settings, self.activity_id, language=value)

    def _set_anonymous(self, checked: bool) -> None:
        self.ctx.runner.run(ops.set_purpose_settings, self.activity_id, anonymous=checked)


def _escape(text: str) -> str:
    import html

    return html.escape(text)

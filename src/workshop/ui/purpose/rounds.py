"""Blend in rounds (1-2-4-all): proposed pairs, then fours, adjustable, each with its blend.

The app proposes groups of the least similar statements (tick "most similar"
for the opposite). Select a party and choose another group to move it; select
a group and type what it blended, Ctrl+Enter captures it.
"""

from __future__ import annotations

import html
from itertools import combinations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop.domain import palettes
from workshop.domain.purpose_models import ROUND_FOURS, ROUND_NAMES, ROUND_PAIRS, BlendGroup
from workshop.storage.ops import purpose as ops
from workshop.ui.flow import flow_row
from workshop.ui.purpose.common import (
    HTML_ROLE,
    TAB_MARGINS,
    PurposeState,
    RichTextDelegate,
    hint,
    name,
    shortcut,
)
from workshop.ui.screens.base import ScreenContext
from workshop.ui.tr import QT_TRANSLATE_NOOP, translate
from workshop.ui.widgets import buddy_label, compact

GROUP_ROLE = Qt.ItemDataRole.UserRole + 30
STATEMENT_ROLE = Qt.ItemDataRole.UserRole + 31
ROUND_ROLE = Qt.ItemDataRole.UserRole + 32
NEW_GROUP = -1


#: Each round's words on the laptop: its name, one group in it ("%1": the number), a new one.
_ROUND_WORDS = {
    ROUND_PAIRS: (QT_TRANSLATE_NOOP("RoundsPanel", "Pairs"),
                  QT_TRANSLATE_NOOP("RoundsPanel", "Pair %1"),
                  QT_TRANSLATE_NOOP("RoundsPanel", "A new pair")),
    ROUND_FOURS: (QT_TRANSLATE_NOOP("RoundsPanel", "Fours"),
                  QT_TRANSLATE_NOOP("RoundsPanel", "Four %1"),
                  QT_TRANSLATE_NOOP("RoundsPanel", "A new four")),
}


def _round_word(round_: int, which: int) -> str:
    return translate("RoundsPanel", _ROUND_WORDS[round_][which])


def _count(title: str, n: int) -> str:
    return translate("RoundsPanel", "%1 (%n group(s))", None, n).replace("%1", title)


class GroupTree(QTreeWidget):
    """Groups wrap their members and blend over several lines; re-wrap when the width changes."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.doItemsLayout()


class RoundsPanel(QWidget):
    def __init__(self, ctx: ScreenContext, activity_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.activity_id = activity_id
        self.state: PurposeState | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*TAB_MARGINS)
        self.pairs_button = QPushButton(translate("RoundsPanel",
                                                  "Pr&opose pairs"))  # Alt+P: Projector menu
        name(self.pairs_button, "purposeProposePairs", translate("RoundsPanel", "Propose pairs"))
        self.pairs_button.clicked.connect(lambda: self.propose(ROUND_PAIRS))
        self.fours_button = QPushButton(translate("RoundsPanel",
                                                  "Propose fo&urs"))  # Alt+F: File menu
        name(self.fours_button, "purposeProposeFours", translate("RoundsPanel",
                                                                 "Propose fours from the pairs"))
        self.fours_button.clicked.connect(lambda: self.propose(ROUND_FOURS))
        self.most_similar = QCheckBox(translate("RoundsPanel", "Most &similar together"))
        name(self.most_similar, "purposeMostSimilar",
             translate("RoundsPanel", "Group the most similar statements"))
        self.most_similar.setToolTip(
            translate("RoundsPanel",
                      "By default each group joins the least similar statements, so the "
                             "blend crosses differences.")
        )
        # Narrow enough for a laptop: the option goes under the buttons, which shrink to their text.
        layout.addWidget(flow_row(self, compact(self.pairs_button), compact(self.fours_button)))
        layout.addWidget(self.most_similar)

        self.tree = GroupTree()
        name(self.tree, "purposeGroups", translate("RoundsPanel", "Blend groups"))
        self.tree.setHeaderHidden(True)
        self.tree.setItemDelegate(RichTextDelegate(self.tree))
        self.tree.currentItemChanged.connect(lambda *_: self._selection_changed())
        layout.addWidget(self.tree, 1)

        self.target = QComboBox()
        name(self.target, "purposeMoveTarget", translate("RoundsPanel",
                                                         "Group to move the selected party to"))
        # The choice goes under its label when the tab is narrow.
        layout.addWidget(flow_row(
            self, buddy_label(translate("RoundsPanel", "Move selected party to"), self.target),
            self.target, stretch={self.target: 1}))
        self.move_button = QPushButton(translate("RoundsPanel",
                                                 "Move"))  # Alt+V: View menu, Alt+M: Merge
        name(self.move_button, "purposeMove", translate("RoundsPanel", "Move the selected party"))
        self.move_button.clicked.connect(self.move_selected)
        move = QHBoxLayout()  # the buttons under the choice: narrow enough for a laptop
        move.addStretch(1)
        move.addWidget(compact(self.move_button))
        self.clear_button = QPushButton(translate("RoundsPanel", "Clear round"))
        name(self.clear_button, "purposeClearRound", translate("RoundsPanel",
                                                               "Clear the selected round"))
        self.clear_button.clicked.connect(self.clear_selected_round)
        move.addWidget(compact(self.clear_button))
        layout.addLayout(move)

        self.blend_label = hint(translate("RoundsPanel",
                                          "Select a group to capture what it blended."))
        layout.addWidget(self.blend_label)
        blend = QHBoxLayout()
        self.blend = QPlainTextEdit()
        name(self.blend, "purposeGroupText", translate("RoundsPanel",
                                                       "The selected group's blended statement"))
        self.blend.setPlaceholderText(translate("RoundsPanel",
                                                "What this group blended… (Ctrl+Enter captures)"))
        self.blend.setMaximumHeight(70)
        self.blend.setTabChangesFocus(True)
        blend.addWidget(self.blend, 1)
        self.capture_button = QPushButton(translate("RoundsPanel",
                                                    "Captu&re"))  # Alt+C: Activity menu
        name(self.capture_button, "purposeCaptureBlend",
             translate("RoundsPanel", "Capture the group's blended statement"))
        self.capture_button.clicked.connect(self.capture)
        blend.addWidget(compact(self.capture_button))
        layout.addLayout(blend)
        shortcut(self.blend, "Ctrl+Return", self.capture)
        shortcut(self.blend, "Ctrl+Enter", self.capture)
        self._selection_changed()
        self._shows: object = None

    def refresh(self, state: PurposeState) -> None:
        self.state = state
        shows = (
            state.groups,
            [(s.id, s.party.label, s.text) for s in state.statements],
            [self._similarity(state, group) for group in state.groups],
        )
        if shows == self._shows:
            return  # nothing it shows changed (a hidden theme, a draft): the tree stays
        self._shows = shows
        current = self._current_key()
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        restore: QTreeWidgetItem | None = None
        for round_ in ROUND_NAMES:
            title = _round_word(round_, 0)
            groups = [g for g in state.groups if g.round == round_]
            top = QTreeWidgetItem(
                [_count(title, len(groups)) if groups
                 else translate("RoundsPanel", "%1: none proposed yet").replace("%1", title)]
            )
            top.setFont(0, bold)
            top.setData(0, ROUND_ROLE, round_)
            self.tree.addTopLevelItem(top)
            for number, group in enumerate(groups, start=1):
                members = ", ".join(
                    s.party.label
                    for i in group.statement_ids
                    if (s := state.statement_by_id(i)) is not None
                )
                similarity = self._similarity(state, group)
                label = _round_word(round_, 1).replace("%1", str(number))
                alike = translate("RoundsPanel", "similarity %1").replace(
                    "%1", f"{similarity:.2f}")
                text = f"{label}: {members} · {alike}"
                rich = (
                    f"<b>{html.escape(label)}</b>: {html.escape(members)}"
                    f" <span style='color:{palettes.MUTED}'>· {html.escape(alike)}</span>"
                )
                if group.text:
                    text += f"\n“{group.text}”"
                    rich += f"<br><i>“{html.escape(group.text)}”</i>"
                item = QTreeWidgetItem([text])
                item.setData(0, HTML_ROLE, rich)
                item.setData(0, GROUP_ROLE, group.id)
                item.setData(0, ROUND_ROLE, round_)
                item.setToolTip(0, text)
                top.addChild(item)
                if current == ("g", group.id):
                    restore = item
                for statement_id in group.statement_ids:
                    statement = state.statement_by_id(statement_id)
                    if statement is None:
                        continue
                    child = QTreeWidgetItem([statement.party.label])
                    child.setData(0, STATEMENT_ROLE, statement_id)
                    child.setData(0, GROUP_ROLE, group.id)
                    child.setData(0, ROUND_ROLE, round_)
                    child.setToolTip(0, statement.text)
                    item.addChild(child)
                    if current == ("s", statement_id, group.id):
                        restore = child
        self.tree.expandAll()
        if restore is not None:
            self.tree.setCurrentItem(restore)
        enough = len(state.statements) >= 2
        self.pairs_button.setEnabled(enough)
        self.fours_button.setEnabled(len(state.statements) >= 3)
        self._selection_changed()

    @staticmethod
    def _similarity(state: PurposeState, group: BlendGroup) -> float:
        keys = [
            s.party.key for i in group.statement_ids if (s := state.statement_by_id(i)) is not None
        ]
        pairs = list(combinations(keys, 2))
        if not pairs:
            return 0.0
        return sum(state.analysis.similarity(a, b) for a, b in pairs) / len(pairs)

    def _current_key(self) -> tuple[object, ...] | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        statement_id = item.data(0, STATEMENT_ROLE)
        group_id = item.data(0, GROUP_ROLE)
        if statement_id is not None:
            return ("s", statement_id, group_id)
        if group_id is not None:
            return ("g", group_id)
        return None

    def _selected_group(self) -> BlendGroup | None:
        item = self.tree.currentItem()
        if item is None or self.state is None:
            return None
        group_id = item.data(0, GROUP_ROLE)
        return next((g for g in self.state.groups if g.id == group_id), None)

    def _selection_changed(self) -> None:
        group = self._selected_group()
        item = self.tree.currentItem()
        statement_id = item.data(0, STATEMENT_ROLE) if item is not None else None
        self.target.clear()
        if statement_id is not None and group is not None and self.state is not None:
            same_round = [g for g in self.state.groups if g.round == group.round]
            for number, other in enumerate(same_round, start=1):
                if other.id != group.id:
                    self.target.addItem(_round_word(group.round, 1).replace("%1", str(number)),
                                        other.id)
            self.target.addItem(_round_word(group.round, 2), NEW_GROUP)
        self.target.setEnabled(self.target.count() > 0)
        self.move_button.setEnabled(self.target.count() > 0)
        self.blend.setEnabled(group is not None)
        self.capture_button.setEnabled(group is not None)
        self.clear_button.setEnabled(item is not None)
        if group is None:
            self.blend.setPlainText("")
            self.blend_label.setText(translate("RoundsPanel",
                                               "Select a group to capture what it blended."))
        else:
            self.blend.setPlainText(group.text)
            self.blend_label.setText(translate("RoundsPanel",
                                               "What did this group blend? (Ctrl+Enter captures)"))

    # ---------------------------------------------------------------- actions

    def propose(self, round_: int) -> None:
        self.ctx.runner.run(
            ops.propose_groups, self.activity_id, round_, most_similar=self.most_similar.isChecked()
        )

    def move_selected(self) -> None:
        item = self.tree.currentItem()
        group = self._selected_group()
        if item is None or group is None or item.data(0, STATEMENT_ROLE) is None:
            return
        target = self.target.currentData()
        self.ctx.runner.run(
            ops.move_to_group,
            int(item.data(0, STATEMENT_ROLE)),
            group.round,
            None if target == NEW_GROUP else int(target),
        )

    def capture(self) -> None:
        group = self._selected_group()
        if group is not None:
            self.ctx.runner.run(ops.capture_group_statement, group.id, self.blend.toPlainText())

    def clear_selected_round(self) -> None:
        item = self.tree.currentItem()
        if item is not None:
            self.ctx.runner.run(ops.clear_round, self.activity_id, int(item.data(0, ROUND_ROLE)))

"""Where purposes meet: the shared themes, who uses them, and the facilitator's corrections.

Select themes and press M to merge them into one (the first selected names
it), or H / Delete to hide noise. Phrases that are not themes yet can be
merged by typing them: "young people = youth = teenagers".
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import cast

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.purpose import Term
from workshop.storage.ops import purpose as ops
from workshop.ui.flow import flow_row
from workshop.ui.in_place import InPlaceRows
from workshop.ui.purpose.common import (
    ID_ROLE,
    INK,
    PurposeState,
    heading,
    hint,
    name,
    number_badge,
)
from workshop.ui.screens.base import ScreenContext
from workshop.ui.tr import translate
from workshop.ui.widgets import VerticalScroll, compact

LABEL_ROLE = Qt.ItemDataRole.UserRole + 20


class ThemeTree(QTreeWidget):
    merge_requested = Signal()
    hide_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_M and not event.modifiers():
            self.merge_requested.emit()
        elif key in (Qt.Key.Key_H, Qt.Key.Key_Delete) and not event.modifiers():
            self.hide_requested.emit()
        else:
            super().keyPressEvent(event)


#: The panel's least height before it scrolls.
SCROLL_MIN_HEIGHT = 200


class ThemesPanel(QWidget):
    def __init__(self, ctx: ScreenContext, activity_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.activity_id = activity_id
        self.state: PurposeState | None = None
        # On a low or narrow window (its words wrapped onto more lines) the panel scrolls
        # rather than squeeze them.
        content = QWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(VerticalScroll(content, min_height=SCROLL_MIN_HEIGHT, squeeze=True))
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = heading(translate("ThemesPanel", "2 · Where they meet"))
        layout.addWidget(self.heading)
        filter_row = QHBoxLayout()  # the list's filter, above it
        layout.addLayout(filter_row)

        self.tree = ThemeTree()
        name(self.tree, "purposeThemes", translate("ThemesPanel", "Shared themes"))
        self.tree.setHeaderLabels([translate("ThemesPanel", "Theme"),
                                   translate("ThemesPanel", "Parties"),
                                   translate("ThemesPanel", "Who")])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.tree.merge_requested.connect(self.merge_selected)
        self.tree.hide_requested.connect(self.hide_selected)
        layout.addWidget(self.tree, 3)

        self.merge_button = QPushButton(translate("ThemesPanel", "&Merge (M)"))
        name(self.merge_button, "purposeMerge", translate("ThemesPanel",
                                                          "Merge the selected themes into one"))
        self.merge_button.clicked.connect(self.merge_selected)
        self.hide_button = QPushButton(translate("ThemesPanel",
                                                 "Hide (H)"))  # H on the list; Alt+H is Help
        name(self.hide_button, "purposeHide", translate("ThemesPanel",
                                                        "Hide the selected themes as noise"))
        self.hide_button.clicked.connect(self.hide_selected)
        self.all_terms = QCheckBox(translate("ThemesPanel", "All terms"))
        name(self.all_terms, "purposeAllTerms", translate("ThemesPanel",
                                                          "Show terms used by one party too"))
        self.all_terms.toggled.connect(lambda _on: self._fill_tree())
        layout.addWidget(flow_row(self, compact(self.merge_button), compact(self.hide_button)))
        # The room sees themes only once the facilitator has looked them over (and hidden
        # the noise): unticked, the projector shows the statements without highlights.
        self.show_room = QCheckBox(translate("ThemesPanel", "Sho&w themes to the room"))
        name(self.show_room, "purposeShowThemes",
             translate("ThemesPanel", "Show the shared themes on the projector"))
        self.show_room.toggled.connect(self._show_to_room)
        layout.addWidget(self.show_room)
        # Above the list, not beside the buttons: the column stays narrow enough for a laptop.
        filter_row.addWidget(self.all_terms)

        self.phrases = QLineEdit()
        name(self.phrases, "purposeMergePhrases",
             translate("ThemesPanel", "Phrases to count as one, separated by ="))
        self.phrases.setPlaceholderText(translate("ThemesPanel",
                                                  "young people = youth   (Enter merges)"))
        self.phrases.returnPressed.connect(self.merge_typed)
        layout.addWidget(self.phrases)

        layout.addWidget(hint(translate(
            "ThemesPanel", "Merged (select, Delete splits) · Hidden (select, Delete shows)")))
        lists = QHBoxLayout()
        self.merges = QListWidget()
        name(self.merges, "purposeMerges", translate("ThemesPanel", "Merged terms"))
        self.merges.itemActivated.connect(lambda _item: self.unmerge_selected())
        self.hidden = QListWidget()
        name(self.hidden, "purposeHidden", translate("ThemesPanel", "Hidden terms"))
        self.hidden.itemActivated.connect(lambda _item: self.unhide_selected())
        for widget in (self.merges, self.hidden):
            widget.setMaximumHeight(110)
            lists.addWidget(widget)
        layout.addLayout(lists)
        self.unmerge_button = QPushButton(translate("ThemesPanel", "Split"))
        name(self.unmerge_button, "purposeUnmerge", translate("ThemesPanel",
                                                              "Split the selected merge"))
        self.unmerge_button.clicked.connect(self.unmerge_selected)
        self.unhide_button = QPushButton(translate("ThemesPanel", "Show"))
        name(self.unhide_button, "purposeUnhide", translate("ThemesPanel",
                                                            "Show the selected hidden term again"))
        self.unhide_button.clicked.connect(self.unhide_selected)
        layout.addWidget(flow_row(self, compact(self.unmerge_button),
                                  compact(self.unhide_button), spread=True))
        self.merges.installEventFilter(self)
        self.hidden.installEventFilter(self)
        self.rows = InPlaceRows[QTreeWidgetItem](self.tree, self._fill_theme)
        self.merge_rows = InPlaceRows[QListWidgetItem](self.merges, _fill_phrase)
        self.hidden_rows = InPlaceRows[QListWidgetItem](self.hidden, _fill_phrase)

    def eventFilter(self, watched: object, event: object) -> bool:
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and (event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace))
        ):
            if watched is self.merges:
                self.unmerge_selected()
                return True
            if watched is self.hidden:
                self.unhide_selected()
                return True
        return False

    def refresh(self, state: PurposeState) -> None:
        self.state = state
        n_themes = len(state.analysis.themes)
        self.heading.setText(translate("ThemesPanel", "2 · Where they meet (%n shared theme(s))",
                                       None,
                                       n_themes))
        with QSignalBlocker(self.show_room):
            self.show_room.setChecked(state.settings.themes_shown)
        self._fill_tree()
        self.merge_rows.show([(m.id, (m.id, " = ".join(m.phrases))) for m in state.synonyms])
        self.hidden_rows.show([(h.id, (h.id, h.phrase)) for h in state.hidden])

    def _show_to_room(self, shown: bool) -> None:
        if self.state is not None and shown != self.state.settings.themes_shown:
            self.ctx.runner.run(
                ops.set_purpose_settings, self.activity_id, themes_shown=shown
            )

    def _fill_tree(self) -> None:
        """The themes, refreshed in place: a hidden theme's row goes, the others keep their
        items (and selection) and are touched only if their number or colour moved."""
        state = self.state
        if state is None:
            return
        analysis = state.analysis
        terms: list[Term] = list(analysis.themes)
        if self.all_terms.isChecked():
            terms += sorted(
                (t for t in analysis.terms.values() if not t.shared),
                key=lambda t: (-t.count, t.label.casefold()),
            )
        self.rows.show([
            (
                term.label,
                (
                    term.label,
                    len(term.parties),
                    ", ".join(state.label_of(p) for p in term.parties),
                    analysis.colour(term.key),
                    analysis.number(term.key),
                ),
            )
            for term in terms
        ])

    @staticmethod
    def _fill_theme(item: QTreeWidgetItem, shows: Hashable) -> None:
        label, parties, who, colour, number = cast(
            tuple[str, int, str, str | None, int | None], shows
        )
        item.setText(0, label)
        item.setText(1, str(parties))
        item.setText(2, who)
        item.setData(0, LABEL_ROLE, label)
        item.setToolTip(2, who)
        coloured = colour is not None
        background = QBrush(QColor(colour)) if coloured else None
        item.setData(0, Qt.ItemDataRole.BackgroundRole, background)
        item.setData(0, Qt.ItemDataRole.ForegroundRole, QBrush(QColor(INK)) if coloured else None)
        # The theme's number, as in the statements' highlights (colour never alone).
        item.setIcon(0, number_badge(number, colour) if number is not None else QIcon())
        spoken = ""
        if number is not None:
            spoken = translate("ThemesPanel", "theme %1, ").replace("%1", str(number))
        item.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{spoken}{label}, {who}")

    def _selected_labels(self) -> list[str]:
        # In the order they were selected would be ideal; the list order is the next best.
        items = self.tree.selectedItems()
        current = self.tree.currentItem()
        labels = [str(i.data(0, LABEL_ROLE)) for i in items]
        if current is not None and current in items:
            first = str(current.data(0, LABEL_ROLE))
            labels.remove(first)
            labels.insert(0, first)
        return labels

    def merge_selected(self) -> None:
        labels = self._selected_labels()
        if len(labels) < 2:
            self.ctx.runner.report(
                translate("ThemesPanel",
                          "Select two or more themes to merge (Ctrl+click or Shift+arrows).")
            )
            return
        self.ctx.runner.run(ops.merge_terms, self.activity_id, labels)

    def merge_typed(self) -> None:
        phrases = [p for p in self.phrases.text().split("=") if p.strip()]
        if self.ctx.runner.run(ops.merge_terms, self.activity_id, phrases) is not None:
            self.phrases.clear()

    def hide_selected(self) -> None:
        labels = self._selected_labels()
        if not labels:
            return
        self.ctx.runner.run(ops.hide_terms, self.activity_id, labels)

    def unmerge_selected(self) -> None:
        item = self.merges.currentItem()
        if item is not None:
            self.ctx.runner.run(ops.unmerge_terms, int(item.data(ID_ROLE)))

    def unhide_selected(self) -> None:
        item = self.hidden.currentItem()
        if item is not None:
            self.ctx.runner.run(ops.unhide_term, int(item.data(ID_ROLE)))


def _fill_phrase(item: QListWidgetItem, shows: Hashable) -> None:
    """A merge's or hidden term's row: (its id, its words)."""
    row_id, text = cast(tuple[int, str], shows)
    item.setText(text)
    item.setData(ID_ROLE, row_id)

"""The whole room drafts: numbered versions, each new one from an earlier draft or from phrases.

Select a draft and press Ctrl+D to start the next one from it; Ctrl+Enter keeps
the text as a new numbered draft. Select words in the statements and blends
below and press Ctrl+P to collect a phrase; "Draft from phrases" joins them.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.purpose_models import Draft
from workshop.storage.ops import purpose as ops
from workshop.ui.flow import flow_row
from workshop.ui.in_place import InPlaceRows
from workshop.ui.purpose.common import (
    ID_ROLE,
    TAB_MARGINS,
    PurposeState,
    RichTextDelegate,
    fill_rich_row,
    highlighted,
    hint,
    name,
    shortcut,
)
from workshop.ui.screens.base import ScreenContext
from workshop.ui.tr import translate
from workshop.ui.widgets import compact


def draft_title(draft: Draft, drafts: list[Draft]) -> str:
    parent = next((d for d in drafts if d.id == draft.parent_id), None)
    title = translate("DraftsPanel", "Draft %1").replace("%1", str(draft.number))
    if parent is not None:
        title += " " + translate("DraftsPanel", "(from draft %1)").replace("%1", str(parent.number))
    if draft.adopted:
        title += " ★ " + translate("DraftsPanel", "adopted")
    return title


class PhraseList(QListWidget):
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            row = self.currentRow()
            if row >= 0:
                self.takeItem(row)
            return
        super().keyPressEvent(event)


class DraftsPanel(QWidget):
    def __init__(self, ctx: ScreenContext, activity_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.activity_id = activity_id
        self.state: PurposeState | None = None
        self._parent_id: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*TAB_MARGINS)
        splitter = QSplitter(Qt.Orientation.Vertical)
        layout.addWidget(splitter, 1)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        name(self.list, "purposeDrafts", translate("DraftsPanel", "Drafts of the common purpose"))
        self.list.setItemDelegate(RichTextDelegate(self.list))
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap on resize
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        top_layout.addWidget(self.list, 1)
        self.from_selected = QPushButton(translate("DraftsPanel", "Start from selected (Ctrl+D)"))
        name(self.from_selected, "purposeDraftFromSelected",
             translate("DraftsPanel", "Start a new draft from the selected"))
        self.from_selected.clicked.connect(self.start_from_selected)
        self.remove_button = QPushButton(translate("DraftsPanel", "Remove draft"))
        name(self.remove_button, "purposeRemoveDraft", translate("DraftsPanel",
                                                                 "Remove the selected draft"))
        self.remove_button.clicked.connect(self.remove_selected)
        top_layout.addWidget(flow_row(top, compact(self.from_selected),
                                      compact(self.remove_button), spread=True))
        self.basis = hint(translate("DraftsPanel", "New draft"))
        self.basis.setObjectName("purposeDraftBasis")
        top_layout.addWidget(self.basis)
        self.text = QPlainTextEdit()
        name(self.text, "purposeDraftText", translate("DraftsPanel", "Text of the next draft"))
        self.text.setPlaceholderText(translate("DraftsPanel",
                                               "Together we… (Ctrl+Enter keeps it as a new draft)"))
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(90)
        self.save_button = QPushButton(translate("DraftsPanel", "&Keep as new draft"))
        name(self.save_button, "purposeNewDraft",
             translate("DraftsPanel", "Keep the text as a new numbered draft"))
        self.save_button.clicked.connect(self.save_new)
        # The button goes under the text when the tab is narrow.
        top_layout.addWidget(flow_row(top, self.text, compact(self.save_button),
                                      stretch={self.text: 1}))
        splitter.addWidget(top)

        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        pick = QLabel(translate("DraftsPanel",
                                "Pick phrases: select words below, Ctrl+P adds them to the list"))
        pick.setWordWrap(True)
        bottom_layout.addWidget(pick)
        picker = QHBoxLayout()
        self.source = QTextBrowser()
        name(self.source, "purposeSource", translate("DraftsPanel",
                                                     "Statements and blends to pick phrases from"))
        self.source.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        picker.addWidget(self.source, 3)
        side = QVBoxLayout()
        self.phrases = PhraseList()
        name(self.phrases, "purposePhrases", translate("DraftsPanel", "Phrases for a new draft"))
        side.addWidget(self.phrases, 1)
        self.add_phrase = QPushButton(translate("DraftsPanel", "Add phrase (Ctrl+P)"))
        name(self.add_phrase, "purposeAddPhrase", translate("DraftsPanel",
                                                            "Add the selected words as a phrase"))
        self.add_phrase.clicked.connect(self.add_selected_phrase)
        self.from_phrases = QPushButton(translate("DraftsPanel", "Draft from phrase&s"))
        name(self.from_phrases, "purposeDraftFromPhrases",
             translate("DraftsPanel", "Make a new draft from the phrases"))
        self.from_phrases.clicked.connect(self.draft_from_phrases)
        picker.addLayout(side, 2)
        bottom_layout.addLayout(picker, 1)
        # The buttons under the lists: the tab stays low enough for a laptop's screen.
        bottom_layout.addWidget(flow_row(bottom, compact(self.add_phrase),
                                         compact(self.from_phrases)))
        splitter.addWidget(bottom)
        splitter.setSizes([420, 260])

        shortcut(self, "Ctrl+D", self.start_from_selected)
        shortcut(self.text, "Ctrl+Return", self.save_new)
        shortcut(self.text, "Ctrl+Enter", self.save_new)
        shortcut(self, "Ctrl+P", self.add_selected_phrase)
        self.text.textChanged.connect(self._text_changed)
        self.rows = InPlaceRows[QListWidgetItem](self.list, fill_rich_row)
        self._source_html: str | None = None

    def refresh(self, state: PurposeState) -> None:
        self.state = state
        rows = []
        for draft in reversed(state.drafts):  # the newest on top
            title = draft_title(draft, state.drafts)
            rich = f"<b>{html.escape(title)}</b><br>{html.escape(draft.text)}"
            rows.append((draft.id, (draft.id, f"{title}: {draft.text}", rich)))
        self.rows.show(rows)  # in place: a new draft adds one row, the others stay
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        if self._parent_id is not None and not any(d.id == self._parent_id for d in state.drafts):
            self._parent_id = None
        self._update_basis()
        self._fill_source(state)

    def _fill_source(self, state: PurposeState) -> None:
        analysis = state.analysis
        parts = []
        for statement in state.statements:
            terms = analysis.statement(statement.party.key)
            body = highlighted(
                statement.text, terms.occurrences if terms else (), analysis.colour,
                number=analysis.number,
            )
            parts.append(f"<p><b>{html.escape(statement.party.label)}:</b> {body}</p>")
        for group in state.groups:
            if group.text:
                occurrences = analysis.lexicon.occurrences(group.text)
                body = highlighted(
                    group.text, occurrences, analysis.colour, number=analysis.number
                )
                blend = html.escape(translate("DraftsPanel", "Blend:"))
                parts.append(f"<p><i>{blend}</i> {body}</p>")
        text = "".join(parts)
        if text != self._source_html:  # laid out again only when what it shows changed
            self._source_html = text
            self.source.setHtml(text)

    def selected_draft_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(ID_ROLE)) if item is not None else None

    def _draft(self, draft_id: int | None) -> Draft | None:
        if self.state is None or draft_id is None:
            return None
        return next((d for d in self.state.drafts if d.id == draft_id), None)

    def _update_basis(self) -> None:
        parent = self._draft(self._parent_id)
        self.basis.setText(
            translate("DraftsPanel", "Next draft starts from draft %1").replace("%1",
                                                                                str(parent.number))
            if parent else translate("DraftsPanel", "Next draft: new text")
        )

    def _text_changed(self) -> None:
        if not self.text.toPlainText().strip() and self._parent_id is not None:
            self._parent_id = None
            self._update_basis()

    # ---------------------------------------------------------------- actions

    def start_from_selected(self) -> None:
        draft = self._draft(self.selected_draft_id())
        if draft is None:
            return
        self.text.setPlainText(draft.text)
        self._parent_id = draft.id
        self._update_basis()
        self.text.setFocus()

    def save_new(self) -> None:
        change = self.ctx.runner.run(
            ops.new_draft, self.activity_id, self.text.toPlainText(), self._parent_id
        )
        if change is not None:
            self._parent_id = None
            self.text.clear()
            self._update_basis()  # it said "starts from draft 1" after draft 2 was kept
            self._select_inserted(change.inserted("purpose_drafts"))

    def _select_inserted(self, ids: list[int]) -> None:
        for row in range(self.list.count()):
            if ids and self.list.item(row).data(ID_ROLE) == ids[0]:
                self.list.setCurrentRow(row)

    def remove_selected(self) -> None:
        draft_id = self.selected_draft_id()
        if draft_id is not None:
            self.ctx.runner.run(ops.remove_draft, draft_id)

    def add_selected_phrase(self) -> None:
        phrase = " ".join(self.source.textCursor().selectedText().split())
        if not phrase:
            self.ctx.runner.report(translate("DraftsPanel",
                                             "Select some words in the statements first."))
            return
        self.phrases.addItem(phrase)

    def draft_from_phrases(self) -> None:
        phrases = [self.phrases.item(i).text() for i in range(self.phrases.count())]
        change = self.ctx.runner.run(ops.new_draft_from_phrases, self.activity_id, phrases)
        if change is not None:
            self.phrases.clear()
            self._select_inserted(change.inserted("purpose_drafts"))

"""The capture row: type an idea, press Enter, it is on the board. No mouse needed.

The author box completes participants' names as you type (or "anonymous");
the author and the sticky colour stay chosen until changed, so a scribe can
take down several ideas of one person in a row. Pasting or dropping several
lines is handed to the screen, which offers to add one note per line.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QMimeData, QSize, QStringListModel, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPixmap,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workshop.domain import board as b
from workshop.domain import palettes
from workshop.domain.board_reading import legend_lines
from workshop.domain.models import Participant
from workshop.ui.flow import flow_row
from workshop.ui.theme import set_role
from workshop.ui.words import colour_name

ANONYMOUS = "anonymous"

#: Called with pasted or dropped text; returns True if it took it (else it is pasted as usual).
PasteHandler = Callable[[str], bool]
#: Called with dropped local files.
FilesHandler = Callable[[list[str]], None]


def colour_icon(hex_: str, size: int = 16) -> QIcon:
    """A swatch with a dark edge (≥ 3:1 on the window, however pale the colour)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(hex_))
    painter = QPainter(pixmap)
    painter.setPen(QColor(palettes.STATUS_PLANNED))
    painter.drawRect(0, 0, size - 1, size - 1)
    painter.end()
    return QIcon(pixmap)


def legend_html(lines: list[tuple[int, str]]) -> str:
    """A colour legend in words: a swatch, the colour's name and who it stands for."""
    by_colour: dict[int, list[str]] = {}
    for colour, organisation in lines:
        by_colour.setdefault(colour, []).append(organisation)
    parts = []
    for colour, names in sorted(by_colour.items()):
        sticky = b.COLOURS[colour]
        parts.append(
            f'<span style="background:{sticky.fill}; color:{sticky.fill};">&nbsp;■&nbsp;</span>'
            f"&nbsp;<b>{html.escape(sticky.name)}</b>: {html.escape(', '.join(names))}"
        )
    return " &nbsp;·&nbsp; ".join(parts)


def local_files(mime: QMimeData) -> list[str]:
    """The local files of a drop (empty when it is not a drop of files)."""
    if not mime.hasUrls():
        return []
    return [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]


class CaptureEdit(QLineEdit):
    """A line edit that hands multi-line and over-long pastes (and drops) to ``on_paste``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.on_paste: PasteHandler | None = None
        self.on_files: FilesHandler | None = None
        self.setAcceptDrops(True)

    def _offer(self, text: str | None) -> bool:
        return bool(text) and self.on_paste is not None and self.on_paste(text or "")

    def paste_clipboard(self) -> None:
        text = QGuiApplication.clipboard().text()
        if not self._offer(text):
            self.paste()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_clipboard()
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu()
        for action in menu.actions():
            if action.objectName() == "edit-paste":
                replacement = QAction(action.text(), menu)
                replacement.setEnabled(action.isEnabled())
                replacement.triggered.connect(self.paste_clipboard)
                menu.insertAction(action, replacement)
                menu.removeAction(action)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() or event.mimeData().hasText():
            event.acceptProposedAction()
            return
        super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        files = local_files(event.mimeData())
        if files and self.on_files is not None:
            self.on_files(files)
            event.acceptProposedAction()
            return
        if event.mimeData().hasText() and self._offer(event.mimeData().text()):
            event.acceptProposedAction()
            return
        super().dropEvent(event)


class CaptureRow(QWidget):
    """Author, colour and text of the next note; emits :attr:`submitted` on Enter."""

    #: (text, author id or None, colour index)
    submitted = Signal(str, object, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardCaptureRow")
        self._people: list[Participant] = []
        self._organisations: list[str] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 6, 8, 6)
        outer.setSpacing(4)
        layout = QHBoxLayout()
        layout.setSpacing(6)

        self.author = QLineEdit(self)
        self.author.setObjectName("boardCaptureAuthor")
        self.author.setAccessibleName(
            QCoreApplication.translate("CaptureRow", "Author of the next note")
        )
        self.author.setPlaceholderText(
            QCoreApplication.translate("CaptureRow", "Author, or anonymous")
        )
        self.author.setToolTip(
            QCoreApplication.translate(
                "CaptureRow",
                "Type the start of a participant's name; it stays chosen for the next notes. "
                "Leave empty or type “anonymous” for no author.",
            )
        )
        self.author.setFixedWidth(210)
        self._names = QStringListModel(self)
        self.completer = QCompleter(self._names, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
        self.completer.setModelSorting(QCompleter.ModelSorting.UnsortedModel)
        self.author.setCompleter(self.completer)
        self.author.textChanged.connect(self._author_changed)
        author_label = QLabel(QCoreApplication.translate("CaptureRow", "&By"), self)
        author_label.setBuddy(self.author)

        self.text = CaptureEdit(self)
        self.text.setObjectName("boardCaptureText")
        self.text.setAccessibleName(QCoreApplication.translate("CaptureRow", "New note text"))
        self.text.setPlaceholderText(
            QCoreApplication.translate("CaptureRow", "Type an idea and press Enter")
        )
        self.text.setMinimumWidth(280)
        big = self.text.font()
        big.setPointSizeF(big.pointSizeF() * 1.25)
        self.text.setFont(big)
        self.text.returnPressed.connect(self.submit)

        self.add_button = QPushButton(QCoreApplication.translate("CaptureRow", "Add"), self)
        self.add_button.setObjectName("boardCaptureAdd")
        self.add_button.setAccessibleName(QCoreApplication.translate("CaptureRow", "Add note"))
        self.add_button.setToolTip(QCoreApplication.translate("CaptureRow", "Add the note (Enter)"))
        self.add_button.clicked.connect(self.submit)

        self.colours = QButtonGroup(self)
        self.colours.setExclusive(True)
        colour_box = QHBoxLayout()
        colour_box.setSpacing(2)
        for index, colour in enumerate(b.COLOURS):
            button = QToolButton(self)
            button.setCheckable(True)
            button.setObjectName(f"boardColour{index + 1}")
            name = colour_name(colour.name)
            button.setAccessibleName(
                QCoreApplication.translate("CaptureRow", "Sticky colour {name}").format(name=name)
            )
            button.setToolTip(f"{name} (Alt+{index + 1})")
            button.setIcon(colour_icon(colour.fill, 18))
            button.setIconSize(QSize(18, 18))
            button.setAutoRaise(True)
            # Tab reaches the swatches (a click does not take focus from the text box).
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            self.colours.addButton(button, index)
            colour_box.addWidget(button)
        self.colours.button(0).setChecked(True)

        self.by_organisation = QCheckBox(
            QCoreApplication.translate("CaptureRow", "Colour by organisation"), self
        )
        self.by_organisation.setObjectName("boardColourByOrganisation")
        self.by_organisation.setAccessibleName(
            QCoreApplication.translate("CaptureRow", "Colour notes by the author's organisation")
        )
        self.by_organisation.toggled.connect(lambda _on: self._author_changed())
        self.by_organisation.toggled.connect(lambda _on: self._show_legend())
        #: Which colour stands for which organisation (colour never says it alone).
        self.legend = QLabel(self)
        self.legend.setObjectName("boardColourLegend")
        self.legend.setAccessibleName(QCoreApplication.translate("CaptureRow", "Colour legend"))
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.hide()
        #: Says in words that the typed author is not on the list (not only in red).
        self.author_unknown = QLabel(
            QCoreApplication.translate("CaptureRow", "Not on the list"), self
        )
        self.author_unknown.setObjectName("boardCaptureAuthorUnknown")
        self.author_unknown.hide()

        # The text box gets a row of its own: it is where the scribe types all day.
        layout.addWidget(self.text, 1)
        layout.addWidget(self.add_button)
        author = QWidget(self)
        author_row = QHBoxLayout(author)
        author_row.setContentsMargins(0, 0, 0, 0)
        author_row.setSpacing(6)
        for widget in (author_label, self.author, self.author_unknown):
            author_row.addWidget(widget)
        colours = QWidget(self)
        colour_box.setContentsMargins(0, 0, 0, 0)
        colours.setLayout(colour_box)
        outer.addLayout(layout)
        # The author, the colours and the option wrap onto more lines on a narrow window.
        outer.addWidget(flow_row(self, author, colours, self.by_organisation))
        outer.addWidget(self.legend)
        self.setTabOrder(self.author, self.text)

    # ------------------------------------------------------------ people

    def set_people(self, people: list[Participant], organisations: list[str]) -> None:
        self._people = list(people)
        self._organisations = list(organisations)
        self._names.setStringList([p.name for p in self._people] + [ANONYMOUS])
        self._show_legend()

    def _show_legend(self) -> None:
        lines = legend_lines(self._organisations)
        shown = self.by_organisation.isChecked() and bool(lines)
        self.legend.setText(legend_html(lines) if shown else "")
        self.legend.setVisible(shown)

    def resolve_author(self) -> tuple[bool, int | None]:
        """(known, participant id): an empty box or "anonymous" is known with no id."""
        name = " ".join(self.author.text().split()).casefold()
        if not name or name == ANONYMOUS:
            return True, None
        for person in self._people:
            if person.name.casefold() == name:
                return True, person.id
        return False, None

    def _author_changed(self) -> None:
        known, author_id = self.resolve_author()
        self.author.setProperty("unknown", not known)
        set_role(self.author, "" if known else "error")
        self.author_unknown.setVisible(not known)
        self.author.setAccessibleDescription(
            "" if known else QCoreApplication.translate("CaptureRow", "Not on the participant list")
        )
        if self.by_organisation.isChecked() and author_id is not None:
            person = next((p for p in self._people if p.id == author_id), None)
            if person is not None:
                self.set_colour(b.colour_for_organisation(person.organisation, self._organisations))

    # ------------------------------------------------------------ colour

    def colour(self) -> int:
        return max(0, self.colours.checkedId())

    def set_colour(self, index: int) -> None:
        button = self.colours.button(index)
        if button is not None:
            button.setChecked(True)

    # ------------------------------------------------------------ submit

    def submit(self) -> None:
        if not self.text.text().strip():
            return
        known, author_id = self.resolve_author()
        self.submitted.emit(self.text.text(), author_id if known else -1, self.colour())

    def focus_text(self) -> None:
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)

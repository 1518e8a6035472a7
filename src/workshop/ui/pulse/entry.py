"""How a pulse round's answers come in: the paper tally (counts typed) or one by one (keys 0–5).

Split from :class:`~workshop.ui.pulse.screen.PulseScreen`: these tabs own their
widgets (the quick line, one box per value of the scale, the answer pad and who is
answering); the screen runs the operations they ask for.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.models import Participant
from workshop.domain.pulse import TALLY_MAX, Scale
from workshop.ui.flow import FlowLayout
from workshop.ui.pulse import words
from workshop.ui.theme import set_role
from workshop.ui.tr import translate
from workshop.ui.widgets import buddy_label

TALLY_TAB, ONE_BY_ONE_TAB = range(2)


class AnswerPad(QFrame):
    """Focus it and press a number: one answer per key press."""

    def __init__(self, on_answer: Callable[[int], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.on_answer = on_answer
        self.setObjectName("pulseAnswerPad")
        self.setAccessibleName(
            translate("AnswerPad", "Answer pad: press a number to record one answer"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumHeight(72)  # two lines of text: the pulse fits a laptop's height
        self.label = QLabel(self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        self._focused = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if len(text) == 1 and text.isdigit() and not event.modifiers() & ~(
            Qt.KeyboardModifier.KeypadModifier
        ):
            self.on_answer(int(text))
            event.accept()
            return
        super().keyPressEvent(event)



class PulseEntry(QTabWidget):
    """The two ways of entering a round: "Paper tally" and "One by one"."""

    def __init__(
        self,
        on_quick_tally: Callable[[], None],
        on_count: Callable[[int], None],
        on_answer: Callable[[int], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pulseEntry")
        self._on_count = on_count
        # paper tally
        self.tally_page = QWidget(self)
        self.quick_tally = QLineEdit(self.tally_page, objectName="pulseQuickTally")
        self.quick_tally.setAccessibleName(
            translate("PulseEntry", "Tally: counts lowest value first"))
        self.quick_tally.setPlaceholderText(
            translate("PulseEntry", "Counts, lowest value first, e.g. 0 1 3 6 2 0 (Enter)"))
        self.quick_tally.returnPressed.connect(on_quick_tally)
        # One box per value, sharing the row; they wrap onto two rows when it is narrow.
        self.spin_row = FlowLayout(uniform=True)
        self.spins: dict[int, QSpinBox] = {}
        tally_layout = QVBoxLayout(self.tally_page)
        tally_layout.addWidget(self.quick_tally)
        tally_layout.addLayout(self.spin_row)
        tally_layout.addStretch(1)

        # one by one
        self.one_page = QWidget(self)
        self.pad = AnswerPad(on_answer, self.one_page)
        self.who_combo = QComboBox(self.one_page, objectName="pulseWho")
        self.who_combo.setAccessibleName(
            translate("PulseEntry", "Who is answering (when not anonymous)"))
        self.one_hint = QLabel(self.one_page, objectName="pulseOneHint")
        self.one_hint.setWordWrap(True)
        one_layout = QVBoxLayout(self.one_page)
        who_row = QHBoxLayout()
        who_row.addWidget(buddy_label(translate("PulseEntry", "Who"), self.who_combo,
                                      self.one_page))
        who_row.addWidget(self.who_combo, 1)
        one_layout.addLayout(who_row)
        one_layout.addWidget(self.pad)
        one_layout.addWidget(self.one_hint)

        self.addTab(self.tally_page, translate("PulseEntry", "Paper tally (Alt+T)"))
        self.addTab(self.one_page, translate("PulseEntry", "One &by one"))
        self.setMaximumHeight(190)
        for page in (self.tally_page, self.one_page):
            page.installEventFilter(self)

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt's name
        super().resizeEvent(event)
        self._fit_height()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if event.type() == QEvent.Type.LayoutRequest:  # a page's words changed
            self._fit_height()
        return super().eventFilter(watched, event)

    def _fit_height(self) -> None:
        """As tall as the pages' wrapped words need at this width (they wrap more in a
        longer language or a narrower window), and no taller: the results stay in view.

        Measured against the pages' stack (placed at once when the tab widget is resized),
        not the page itself, whose geometry lags behind while it is being resized.
        """
        stack = self.findChild(QStackedWidget)
        if stack is None or not self.isVisible() or stack.height() <= 0:
            return  # (not laid out yet: its sizes mean nothing)
        needed = max(layout.totalHeightForWidth(stack.width())
                     for each in (self.tally_page, self.one_page)
                     if (layout := each.layout()) is not None)
        height = needed + self.height() - stack.height()  # the tab bar and the frame
        if needed > 0 and height != self.maximumHeight():
            self.setFixedHeight(height)

    def build_spins(self, scale: Scale) -> None:
        """One box per value of ``scale`` (kept when the scale is the same)."""
        if list(self.spins) == list(scale.values):
            return
        while self.spin_row.count():
            child = self.spin_row.takeAt(0)
            widget = child.widget() if child is not None else None
            if widget is not None:
                widget.deleteLater()
        self.spins = {}
        for value in scale.values:
            box = QVBoxLayout()
            spin = QSpinBox(self.tally_page)
            spin.setObjectName(f"pulseTally{value}")
            spin.setAccessibleName(translate("PulseEntry", "Count for %1: %2").replace("%1",
                                                                                       str(value))
                                   .replace("%2", words.value_label(scale, value)))
            spin.setRange(0, TALLY_MAX)
            spin.setAlignment(Qt.AlignmentFlag.AlignCenter)
            spin.setMinimumWidth(56)
            spin.editingFinished.connect(lambda v=value: self._on_count(v))
            # "1 Serious doubts" on at most two lines: as "1 / Serious / doubts" it needed a
            # third line the tally's row on a laptop does not have (cut off at the bottom).
            label = QLabel(f"{value} {words.value_label(scale, value)}", self.tally_page)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)  # "Serious doubts" on two lines: six of them fit a laptop
            set_role(label, "muted")
            holder = QWidget(self.tally_page)
            holder_layout = QVBoxLayout(holder)
            holder_layout.setContentsMargins(0, 0, 0, 0)
            holder_layout.addWidget(spin)
            holder_layout.addWidget(label)
            box.addWidget(holder)
            self.spin_row.addWidget(holder)
            self.spins[value] = spin

    def show_tally(self, tally: Mapping[int, int]) -> None:
        for value, spin in self.spins.items():
            with QSignalBlocker(spin):
                spin.setValue(tally.get(value, 0))

    def set_people(self, people: Sequence[Participant] | None) -> None:
        """Who can answer: "Anonymous" only (``None``), or each person; the choice is kept."""
        chosen = self.who_combo.currentData()
        with QSignalBlocker(self.who_combo):
            self.who_combo.clear()
            self.who_combo.addItem(translate("PulseEntry", "Anonymous"), None)
            for person in people or ():
                self.who_combo.addItem(person.name, person.id)
            self.who_combo.setCurrentIndex(max(0, self.who_combo.findData(chosen)))
        self.who_combo.setEnabled(people is not None)

    def next_person(self, answered: set[int] | frozenset[int]) -> None:
        """After a named answer, choose the next person who has not answered yet."""
        count = self.who_combo.count()
        start = self.who_combo.currentIndex()
        for step in range(1, count):
            index = (start + step) % count
            person = self.who_combo.itemData(index)
            if person is not None and person not in answered:
                self.who_combo.setCurrentIndex(index)
                return

"""The audience views, one per activity kind: what the room sees, large and calm.

Every view reads the document (never writes it) and shows only what is safe
for the room: no facilitator notes, no authors, no vote counts before the
reveal. All text is plain text (a note reading ``<b>`` is shown as typed).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from workshop.catalogue import label_text, room_text
from workshop.domain import room
from workshop.domain.agenda import start_times
from workshop.domain.models import Activity, ActivityKind, ActivityStatus
from workshop.domain.room import RoomItem
from workshop.export.localised import Words, words
from workshop.kinds import ALWAYS_WATCHED
from workshop.storage import read, read_timer
from workshop.storage.changes import Change
from workshop.storage.document import Document
from workshop.ui.projector import theme as t
from workshop.ui.projector.textfit import label_item
from workshop.ui.projector.theme import Palette

#: Label properties naming what a label is to the room (see AudienceView.room_items).
ROOM_KIND = "roomKind"
ROOM_ID = "roomId"
#: Space above the header at 1080p (the timer sits in the corner of this band).
MARGIN_TOP = 40


class AudienceView(QWidget):
    """Base of every audience view: scaled plain-text labels on the theme's background."""

    #: Tables whose changes make this view reload.
    tables: frozenset[str] = ALWAYS_WATCHED
    #: The view turned to another page (the run panel shows "page 2 of 4").
    pageChanged = Signal()

    def __init__(
        self,
        doc: Document,
        activity: Activity | None,
        palette: Palette,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.doc = doc
        self.activity = activity
        #: The workshop's language, read again on every refresh (timers never read the file).
        self.language = read.details(doc).language
        self.palette_ = palette
        self._sized: list[tuple[QLabel, float, bool]] = []
        self._colours: dict[QLabel, str] = {}
        #: Each label's text size in screen pixels, as last styled.
        self._px: dict[QLabel, int] = {}
        self._scale = 1.0
        #: The label at the top edge; it keeps clear of the timer in the top-right corner.
        self.header: QLabel | None = None
        self.header_centred = False
        self._corner = (0, 0)
        #: Labels laid out in a grid whose type shrinks until they all fit (see fit_grid).
        self._fitted: tuple[QWidget, list[QLabel], int, float] | None = None
        self.setAutoFillBackground(False)
        self.build(palette)

    def room_text(self, key: str, **values: object) -> str:
        """Words the room reads, in the workshop's language (not the laptop's)."""
        return room_text(key, self.language, **values)

    def room_label(self, key: str, **values: object) -> str:
        """A name the room and the handout share ("kind.pulse", "rule.greedy"; a count
        written as the room's language writes numbers: "20,000 ballots", "20 000 kart")."""
        return label_text(key, self.language, count_text=self.words.number, **values)

    @property
    def words(self) -> Words:
        """Dates, lengths and numbers in the workshop's language (as the handout has them)."""
        return words(self.language)

    def build(self, palette: Palette) -> None:
        """Make the view's widgets; each kind overrides this (the base shows nothing)."""

    # ----------------------------------------------------------- building

    def label(
        self,
        px: float,
        *,
        bold: bool = False,
        colour: str | None = None,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        wrap: bool = True,
        name: str = "",
        kind: str = room.TEXT,
        item_id: int | None = None,
    ) -> QLabel:
        label = QLabel(self)
        label.setProperty(ROOM_KIND, kind)
        if item_id is not None:
            label.setProperty(ROOM_ID, item_id)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(wrap)
        label.setAlignment(align | Qt.AlignmentFlag.AlignVCenter)
        if name:
            label.setObjectName(name)
        self._colours[label] = colour or self.palette_.text
        self._sized.append((label, px, bold))
        self._style(label, px * self._scale, bold)
        return label

    def _style(self, label: QLabel, px: float, bold: bool) -> None:
        """Size, weight and colour in the label's own style sheet.

        Not ``setFont``: the facilitator theme's ``QWidget { font-size: … }`` would win over
        it, and the projector would show 10-point type.
        """
        self._px[label] = max(8, round(px))
        style = (
            f"color: {self._colours.get(label, self.palette_.text)}; background: transparent;"
            f" font-size: {max(8, round(px))}px; font-weight: {700 if bold else 400};"
        )
        if label.styleSheet() != style:
            label.setStyleSheet(style)

    def forget(self, label: QLabel) -> None:
        self._sized = [entry for entry in self._sized if entry[0] is not label]
        self._colours.pop(label, None)
        self._px.pop(label, None)
        discard(label)

    # ------------------------------------------------------------ scaling

    @property
    def scale(self) -> float:
        return self._scale

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        scale = t.scale_for(event.size().width(), event.size().height())
        if abs(scale - self._scale) > 1e-3:
            self._scale = scale
            self.apply_scale()
        else:
            self.fit_grid()

    def apply_scale(self) -> None:
        for label, px, bold in self._sized:
            self._style(label, px * self._scale, bold)
        layout = self.layout()
        if layout is not None:
            side, top = round(64 * self._scale), round(MARGIN_TOP * self._scale)
            layout.setContentsMargins(side, top, side, top)
            layout.setSpacing(round(24 * self._scale))
        self._apply_corner()
        self.fit_grid()

    def reserve_corner(self, width: int, height: int) -> None:
        """Keep the header clear of a ``width`` × ``height`` box in the top-right corner."""
        if (width, height) != self._corner:
            self._corner = (width, height)
            self._apply_corner()

    def _apply_corner(self) -> None:
        if self.header is None:
            return
        width, height = self._corner
        left = width if self.header_centred else 0
        self.header.setContentsMargins(left, 0, width, 0)
        top = round(MARGIN_TOP * self._scale)
        self.header.setMinimumHeight(max(0, height - top))

    def fit_grid(self) -> None:
        """Shrink the type of the fitted grid's labels until every one fits its host."""
        if self._fitted is None:
            return
        host, labels, columns, min_px = self._fitted
        labels = [label for label in labels if label in {e[0] for e in self._sized}]
        if not labels or host.height() <= 0 or host.width() <= 0:
            return
        grid = host.layout()
        spacing = grid.spacing() if grid is not None else 0
        width = max(1, (host.width() - spacing * (columns - 1)) // columns)
        base = {label: px for label, px, _bold in self._sized if label in labels}
        bold = {label: b for label, _px, b in self._sized if label in labels}
        factor = 1.0
        while True:
            rows: dict[int, int] = {}
            for index, label in enumerate(labels):
                self._style(label, base[label] * factor * self._scale, bold[label])
                row = index // columns
                rows[row] = max(rows.get(row, 0), label.heightForWidth(width))
            needed = sum(rows.values()) + spacing * max(0, len(rows) - 1)
            smallest = min(base.values()) * factor
            if needed <= host.height() or smallest * 0.9 < min_px:
                break
            factor *= 0.9


    # ----------------------------------------------------------- updating

    def refresh(self) -> None:
        """Reload everything from the document."""
        self.language = read.details(self.doc).language
        if self.activity is not None:
            self.activity = read.activity(self.doc, self.activity.id)

    def on_change(self, change: Change) -> None:
        if change.touches(*self.tables):
            self.refresh()

    def texts(self) -> list[str]:
        """Every text this view shows (labels); the leak tests read it together with a grab."""
        return [label.text() for label in self.findChildren(QLabel)]

    # ------------------------------------------------------ what the room sees

    def room_items(self) -> list[RoomItem]:
        """What the room sees, item by item, in screen coordinates of the audience window.

        The base describes every visible label (kind from its ``roomKind`` property: the
        header is a title, the rest text unless the view says otherwise; its lines, size and
        whether anything is cut off, see :func:`textfit.label_item`). Views that paint their
        own items (the board's notes) add them by overriding :meth:`painted_items`.
        """
        layout = self.layout()
        if layout is not None:
            layout.activate()  # a view just built is measured as it will be drawn
        root = self.window()
        items: list[RoomItem] = []
        for label in self.findChildren(QLabel):
            if not label.isVisibleTo(root) or not label.text().strip():
                continue
            kind = label.property(ROOM_KIND)
            if label is self.header:
                kind = room.TITLE
            item_id = label.property(ROOM_ID)
            px = self._px.get(label) or label.font().pixelSize()
            items.append(
                label_item(
                    label,
                    root,
                    str(kind) if kind else room.TEXT,
                    int(item_id) if isinstance(item_id, int) else None,
                    float(px),
                )
            )
        items += self.painted_items()
        items.sort(key=lambda item: (item.rect[1], item.rect[0]))
        return items

    def painted_items(self) -> list[RoomItem]:
        """Items drawn without labels (a view that paints its own text lists them here)."""
        return []

    # -------------------------------------------------------------- pages

    def page_count(self) -> int:
        """How many pages this view shows one after the other (1: it all fits)."""
        return 1

    def page_index(self) -> int:
        return 0

    def show_page(self, index: int) -> None:
        """Turn to page ``index`` (views with one page ignore it)."""


def discard(widget: QWidget) -> None:
    """Take a widget off the picture at once (deleteLater alone would leave it drawn, and
    findable, until the event loop runs: an old count must never linger on the projector)."""
    widget.hide()
    widget.setParent(None)
    widget.deleteLater()


class FitHost(QWidget):
    """A grid's host that asks its view to refit the type whenever it is resized."""

    def __init__(self, view: AudienceView) -> None:
        super().__init__(view)
        self._view = view

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._view.fit_grid()




class WelcomeView(AudienceView):
    """The workshop's title, date and place, its goal, and the opening question."""

    def build(self, palette: Palette) -> None:
        self.setObjectName("audienceWelcome")
        layout = QVBoxLayout(self)
        center = Qt.AlignmentFlag.AlignHCenter
        self.when = self.label(t.SMALL_PX, colour=palette.muted, align=center, name="welcomeWhen")
        self.title = self.label(
            t.TITLE_PX, bold=True, align=center, name="welcomeTitle", kind=room.TITLE
        )
        self.goal = self.label(t.HEADING_PX * 0.8, colour=palette.accent, align=center,
                               name="welcomeGoal")
        self.prompt = self.label(t.BODY_PX, align=center, name="welcomePrompt")
        layout.addStretch(2)
        for widget in (self.when, self.title, self.goal):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.prompt)
        layout.addStretch(2)
        self.apply_scale()
        self.refresh()

    def refresh(self) -> None:
        super().refresh()
        details = read.details(self.doc)
        when = " · ".join(p for p in (self.words.long_date(details.date), details.venue) if p)
        self.when.setText(when)
        self.when.setVisible(bool(when))
        self.title.setText(details.title)
        self.goal.setText(details.goal)
        self.goal.setVisible(bool(details.goal))
        prompt = self.activity.prompt if self.activity else ""
        self.prompt.setText(prompt)
        self.prompt.setVisible(bool(prompt))


class PromptView(AudienceView):
    """The activity's question in large type (every kind without a view of its own)."""

    def build(self, palette: Palette) -> None:
        self.setObjectName("audiencePrompt")
        layout = QVBoxLayout(self)
        center = Qt.AlignmentFlag.AlignHCenter
        self.title = self.label(
            t.BODY_PX, colour=palette.muted, align=center, name="audiencePromptTitle"
        )
        self.header, self.header_centred = self.title, True
        self.prompt = self.label(t.TITLE_PX, bold=True, align=center, name="audiencePromptText")
        self.next = self.label(
            t.BODY_PX, colour=palette.accent, align=center, name="audiencePromptNext"
        )
        # A long question shrinks until it fits (never below readable size).
        self.body = FitHost(self)
        box = QVBoxLayout(self.body)
        box.setContentsMargins(0, 0, 0, 0)
        box.addStretch(1)
        box.addWidget(self.prompt)
        box.addStretch(1)
        self._fitted = (self.body, [self.prompt], 1, float(t.MIN_PX))
        layout.addWidget(self.title)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.next)
        self.apply_scale()
        self.refresh()

    def refresh(self) -> None:
        super().refresh()
        activity = self.activity
        if activity is None:
            self.title.setText("")
            self.prompt.setText(read.details(self.doc).title)
            self.next.setText("")
            return
        prompt = activity.prompt.strip()
        self.title.setText(activity.title if prompt and prompt != activity.title else "")
        self.title.setVisible(bool(self.title.text()))
        self.prompt.setText(prompt or activity.title)
        following = None
        if activity.kind in (ActivityKind.BREAK, ActivityKind.WELCOME):
            following = read_timer.next_activity(self.doc, activity.id)
        self.next.setText(self.room_text("next_item", title=following.title) if following else "")
        self.next.setVisible(following is not None)


class AgendaView(AudienceView):
    """The day's agenda with planned times; the current item highlighted, finished ones ticked."""

    tables = frozenset({"activities", "workshop", "timers"})
    #: Rows that fit at 1080p at the smallest type (the rest are summed up in one line).
    ROWS_SHOWN = 16

    def build(self, palette: Palette) -> None:
        self.setObjectName("audienceAgenda")
        layout = QVBoxLayout(self)
        self.heading = self.label(t.HEADING_PX, bold=True, name="agendaHeading")
        self.header = self.heading
        layout.addWidget(self.heading)
        self.rows_host = QWidget(self)
        self.grid = QGridLayout(self.rows_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(0)
        self.grid.setVerticalSpacing(0)
        layout.addWidget(self.rows_host)
        layout.addStretch(1)
        self._row_labels: list[QLabel] = []
        self._row_frames: list[QFrame] = []
        self.apply_scale()
        self.refresh()

    def refresh(self) -> None:
        super().refresh()
        details = read.details(self.doc)
        self.heading.setText(details.title)
        for label in self._row_labels:
            self.forget(label)
        for frame in self._row_frames:
            discard(frame)
        self._row_labels, self._row_frames = [], []
        agenda = read.activities(self.doc)
        running = read_timer.running_activity(self.doc)
        current = running.id if running else (self.activity.id if self.activity else None)
        times = start_times(agenda, details.start_time)
        px = t.BODY_PX if len(agenda) <= 9 else max(t.MIN_PX, t.BODY_PX * 9 / len(agenda))
        # A long day: never smaller type, a window of rows around the current item instead.
        rows = list(zip(agenda, times, strict=True))
        hidden_before = hidden_after = 0
        if len(rows) > self.ROWS_SHOWN:
            at = next((i for i, a in enumerate(agenda) if a.id == current), 0)
            start = max(0, min(at - 3, len(rows) - self.ROWS_SHOWN))
            hidden_before, hidden_after = start, len(rows) - start - self.ROWS_SHOWN
            rows = rows[start : start + self.ROWS_SHOWN]
        for row, (activity, when) in enumerate(rows):
            is_current = activity.id == current
            finished = activity.status is ActivityStatus.DONE
            frame = QFrame(self.rows_host)
            frame.setObjectName("agendaCurrent" if is_current else "agendaRow")
            background = self.palette_.highlight if is_current else "transparent"
            frame.setStyleSheet(f"QFrame {{ background: {background}; border-radius: 8px; }}")
            self.grid.addWidget(frame, row, 0, 1, 4)
            self._row_frames.append(frame)
            colour = (
                self.palette_.highlight_text
                if is_current
                else (self.palette_.muted if finished else self.palette_.text)
            )
            is_running = activity.status is ActivityStatus.RUNNING
            mark = "✓" if finished else ("▶" if is_running else "\u00a0")
            cells = (
                (mark, Qt.AlignmentFlag.AlignHCenter),
                (when, Qt.AlignmentFlag.AlignLeft),
                (activity.title, Qt.AlignmentFlag.AlignLeft),
                (self.words.duration(activity.timebox_minutes), Qt.AlignmentFlag.AlignRight),
            )
            for column, (text, align) in enumerate(cells):
                label = self.label(px, bold=is_current, colour=colour, align=align, wrap=False)
                label.setText(text)
                label.setContentsMargins(0, round(px * 0.15), 0, round(px * 0.15))
                self.grid.addWidget(label, row, column)
                self._row_labels.append(label)
        if hidden_before or hidden_after:
            more = self.label(t.MIN_PX, colour=self.palette_.muted, wrap=False, name="agendaMore")
            parts = [self.room_text("earlier", n=hidden_before) if hidden_before else "",
                     self.room_text("later", n=hidden_after) if hidden_after else ""]
            more.setText("… " + " · ".join(p for p in parts if p))
            self.grid.addWidget(more, len(rows), 2)
            self._row_labels.append(more)
        self.grid.setColumnStretch(2, 1)
        self.apply_scale()

    def apply_scale(self) -> None:
        super().apply_scale()
        if hasattr(self, "grid"):
            self.grid.setHorizontalSpacing(round(28 * self.scale))
            self.grid.setColumnMinimumWidth(0, round(t.BODY_PX * 1.2 * self.scale))


def _clear_layout(layout: QHBoxLayout | QVBoxLayout | QGridLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            discard(widget)


class _Bar(QFrame):
    """A plain coloured bar whose length is a share of its row (no text of its own)."""

    def __init__(self, share: float, colour: str, track: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.share = max(0.0, min(1.0, share))
        self.setObjectName("voteBar")
        self.setStyleSheet(f"background: {track}; border-radius: 6px;")
        self.fill = QFrame(self)
        self.fill.setStyleSheet(f"background: {colour}; border-radius: 6px;")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        size = event.size()
        self.fill.setGeometry(0, 0, max(4, round(size.width() * self.share)), size.height())

"""Offers and asks for the room: what is on offer, what is asked, and what is now promised.

Two columns of cards (a confirmed one ticked) and the number of commitments. Who
offers or asks is shown only when the activity is not anonymous (its own setting, else
the workshop's); dates and the facilitator's notes never are.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout

from workshop.domain.models import ActivityKind
from workshop.domain.reciprocity import Card, CardKind
from workshop.kinds import watched
from workshop.storage import read, read_reciprocity
from workshop.ui.projector import theme as t
from workshop.ui.projector.theme import Palette
from workshop.ui.projector.views import AudienceView, FitHost

#: Cards shown per column; the rest are counted ("+ 3 more").
SHOWN = 8


class OffersAsksView(AudienceView):
    tables = watched(ActivityKind.OFFERS_ASKS)

    def build(self, palette: Palette) -> None:
        self.setObjectName("audienceOffersAsks")
        layout = QVBoxLayout(self)
        center = Qt.AlignmentFlag.AlignHCenter
        self.title = self.label(t.HEADING_PX, bold=True, align=center, name="offersTitle")
        self.header, self.header_centred = self.title, True
        self.body = FitHost(self)
        grid = QGridLayout(self.body)
        grid.setContentsMargins(0, 0, 0, 0)
        self.columns: dict[CardKind, QLabel] = {}
        for column, (kind, heading) in enumerate(
            ((CardKind.OFFER, "Offers"), (CardKind.ASK, "Asks"))
        ):
            head = self.label(t.BODY_PX, bold=True, colour=palette.accent,
                              name=f"offersHeading{column}")
            head.setText(heading)
            self.columns[kind] = self.label(t.BODY_PX, name=f"offersColumn{column}")
            self.columns[kind].setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(head, 0, column)
            grid.addWidget(self.columns[kind], 1, column)
        grid.setRowStretch(1, 1)
        self._fitted = (self.body, list(self.columns.values()), 2, float(t.MIN_PX))
        self.summary = self.label(t.BODY_PX, colour=palette.accent, align=center,
                                  name="offersSummary")
        layout.addWidget(self.title)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.summary)
        self.apply_scale()
        self.refresh()

    def refresh(self) -> None:
        super().refresh()
        activity = self.activity
        if activity is None:
            return
        self.title.setText(activity.prompt or activity.title)
        names = not read.is_anonymous(self.doc, activity)
        cards = read_reciprocity.cards(self.doc, activity.id)
        commitments = read_reciprocity.commitments(self.doc, activity.id)
        promised = {c.offer_id for c in commitments} | {c.ask_id for c in commitments}
        for kind, label in self.columns.items():
            mine = [c for c in cards if c.kind is kind]
            lines = [_line(c, c.id in promised, names) for c in mine[:SHOWN]]
            if len(mine) > SHOWN:
                lines.append(f"+ {len(mine) - SHOWN} more")
            label.setText("\n".join(lines) if lines else "—")
        count = len(commitments)
        self.summary.setText(
            f"{count} commitment{'s' if count != 1 else ''} so far" if count else ""
        )
        self.summary.setVisible(bool(count))
        self.fit_grid()


def _line(card: Card, promised: bool, names: bool) -> str:
    mark = "✓ " if promised else "• "
    who = f" — {card.party.name}" if names else ""
    return f"{mark}{card.text}{who}"

"""Offers and asks for the room: what is on offer, what is asked, and what is now promised.

Every card reaches the room: offers and asks are two titled groups of tiles (an offer
green, an ask yellow, a confirmed one ticked), laid out by the same text-sized tiles as
the board (``tiles.py``), in whole pages that turn by themselves when 30 or 60 cards do
not fit one screen (Page Down turns them from the laptop). Who offers or asks is shown
only when the activity is not anonymous (its own setting, else the workshop's); dates
and the facilitator's notes never are.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout

from workshop.domain import palettes, room
from workshop.domain.models import ActivityKind
from workshop.domain.reciprocity import Card, CardKind
from workshop.kinds import watched
from workshop.storage import read, read_reciprocity
from workshop.ui.projector import theme as t
from workshop.ui.projector.board_view import PagedTiles
from workshop.ui.projector.room_tiles import RoomTiles
from workshop.ui.projector.theme import Palette
from workshop.ui.projector.tiles import Block, Tile

#: Tile colours (light, under black ink): offers green, asks yellow, as on paper cards.
FILL = {CardKind.OFFER: palettes.OFFER_FILL, CardKind.ASK: palettes.ASK_FILL}
HEADING = {CardKind.OFFER: "Offers", CardKind.ASK: "Asks"}
#: Up to this many cards, larger type is tried first (more would need pages anyway).
ROOMY_UP_TO = 12
#: Block ids of the two groups (cards are tiles inside them).
GROUP_ID = {CardKind.OFFER: 1, CardKind.ASK: 2}


def card_blocks(
    cards: list[Card], promised: set[int], names: bool, headings: dict[CardKind, str] = HEADING
) -> list[Block]:
    """Offers, then asks, each a titled group of tiles (groups longer than a page continue)."""
    blocks = []
    for kind in (CardKind.OFFER, CardKind.ASK):
        mine = [c for c in cards if c.kind is kind]
        if not mine:
            continue
        tiles = tuple(
            Tile(c.id, _text(c, names), FILL[kind], "✓" if c.id in promised else "")
            for c in mine
        )
        blocks.append(
            Block(room.CLUSTER, GROUP_ID[kind], tiles, title=f"{headings[kind]} ({len(mine)})")
        )
    return blocks


def _text(card: Card, names: bool) -> str:
    return f"{card.text} — {card.party.name}" if names and card.party.name else card.text


class OffersAsksView(RoomTiles):
    tables = watched(ActivityKind.OFFERS_ASKS)
    sizes: tuple[int, ...] = (42, 36, 32)

    def build(self, palette: Palette) -> None:
        self.setObjectName("audienceOffersAsks")
        layout = QVBoxLayout(self)
        center = Qt.AlignmentFlag.AlignHCenter
        self.title = self.label(t.HEADING_PX, bold=True, align=center, name="offersTitle")
        self.header, self.header_centred = self.title, True
        self.empty = self.label(t.BODY_PX, colour=palette.muted, align=center, name="offersEmpty")
        self.empty.setText(self.room_text("offers_appear"))
        self.summary = self.label(t.BODY_PX, colour=palette.accent, align=center,
                                  name="offersSummary")
        layout.addWidget(self.title)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.make_canvas(palette), 1)
        layout.addWidget(self.page_label)
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
        self.canvas.setVisible(bool(cards))
        self.empty.setVisible(not cards)
        count = len(commitments)
        self.summary.setText(
            self.room_text("commitments_so_far", n=count) if count else ""
        )
        self.summary.setVisible(bool(count))
        # Many cards never fit one screen at the roomy sizes: lay out once, not three times.
        self.sizes = (32,) if len(cards) > ROOMY_UP_TO else (42, 36, 32)
        headings = {CardKind.OFFER: self.room_text("offers"), CardKind.ASK: self.room_text("asks")}
        blocks = card_blocks(cards, promised, names, headings)
        self.set_blocks_if_changed(blocks)

    def texts(self) -> list[str]:
        """What the room reads: a promised card as "✓ its text"."""
        return [*super(PagedTiles, self).texts(), *(b.title for b in self.blocks),
                *(f"{t.label} {t.text}" if t.label else t.text
                  for b in self.blocks for t in b.tiles)]

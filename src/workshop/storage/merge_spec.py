"""What a merge brings back from a breakout table, table by table.

One spec per content table, in the order rows must arrive (a note needs its cluster,
a commitment its cards). Columns not named here keep their value from the breakout.

- ``refs``: columns that point at another table's rows; the merge translates the
  breakout's id into the main file's. A ``required`` reference that cannot be translated
  (its activity was removed in the main file, a dot on a note removed there) skips the
  row; an optional one becomes NULL.
- ``content``: the columns that make up "what the row says". A later version of the
  breakout updates them only if the main file has not changed them since the last
  merge (the main file's edit wins; see docs/breakouts.md).
- ``offset``: positions on the board, moved so each table's notes sit side by side.
- ``prefix``: a text column that gets the table's label in front (pulse rounds).
- ``unique``: columns the main file allows once; a row that would clash is skipped.
- ``where``: rows taken at all (a ballot only once its voter is done).
- ``additive``: a count per key (paper tallies), added to the main file's count.
- ``texts``: text columns with the most characters the operations accept; a copy holding
  an empty or longer one (edited with another tool) is refused: a merge is a door, and
  lets in only what the app itself would.
- ``dates``: columns that hold a date (``YYYY-MM-DD``) or nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from workshop.domain import board
from workshop.domain import validation as v
from workshop.storage.ops.reciprocity import CARD_MAX

#: A reference resolved by the row itself rather than a fixed table.
VOTE_ITEM_OF_BALLOT = "vote item (ballot)"
VOTE_ITEM_OF_ACTIVITY = "vote item (activity)"
ACTION_SOURCE = "action source"


@dataclass(frozen=True, slots=True)
class Spec:
    table: str
    refs: dict[str, str] = field(default_factory=dict)
    required: frozenset[str] = frozenset()
    content: tuple[str, ...] = ()
    offset: tuple[str, ...] = ()
    prefix: str = ""
    unique: tuple[str, ...] = ()
    where: str = ""
    additive: str = ""
    #: Rows come over only with a parent row brought in by the same merge (a ballot's dots).
    with_new_parent: str = ""
    texts: dict[str, int] = field(default_factory=dict)
    dates: tuple[str, ...] = ()


SPECS: tuple[Spec, ...] = (
    Spec(
        "clusters",
        refs={"activity_id": "activities"},
        required=frozenset({"activity_id"}),
        content=("title",),
        offset=("x", "y"),
        texts={"title": board.CLUSTER_TITLE_MAX},
    ),
    Spec(
        "notes",
        refs={"activity_id": "activities", "author_id": "participants", "cluster_id": "clusters"},
        required=frozenset({"activity_id"}),
        content=("text", "colour", "author_id", "cluster_id"),
        offset=("x", "y"),
        texts={"text": board.NOTE_TEXT_MAX},
    ),
    Spec(
        "purpose_statements",
        refs={"activity_id": "activities", "participant_id": "participants"},
        required=frozenset({"activity_id"}),
        content=("participant_id", "organisation", "text"),
        texts={"text": v.TEXT_MAX},
    ),
    Spec(
        "reciprocity_cards",
        refs={"activity_id": "activities", "participant_id": "participants"},
        required=frozenset({"activity_id"}),
        content=("kind", "participant_id", "organisation", "text"),
        texts={"text": CARD_MAX},
    ),
    Spec(
        "commitments",
        refs={
            "activity_id": "activities",
            "offer_id": "reciprocity_cards",
            "ask_id": "reciprocity_cards",
        },
        required=frozenset({"activity_id", "offer_id", "ask_id"}),
        content=("what", "due"),
        unique=("offer_id", "ask_id"),
        texts={"what": v.TEXT_MAX},
        dates=("due",),
    ),
    Spec(
        "pulse_statements",
        refs={"activity_id": "activities"},
        required=frozenset({"activity_id"}),
        content=("text", "scale", "condition"),
        texts={"text": v.TEXT_MAX},
    ),
    Spec(
        "pulse_rounds",
        refs={"statement_id": "pulse_statements"},
        required=frozenset({"statement_id"}),
        content=("label", "revealed"),
        prefix="label",
    ),
    Spec(
        "pulse_tallies",
        refs={"round_id": "pulse_rounds"},
        required=frozenset({"round_id"}),
        additive="count",
        unique=("round_id", "value"),
    ),
    Spec(
        "pulse_answers",
        refs={"round_id": "pulse_rounds", "participant_id": "participants"},
        required=frozenset({"round_id"}),
    ),
    Spec(
        "ballots",
        refs={"activity_id": "activities", "participant_id": "participants"},
        required=frozenset({"activity_id", "participant_id"}),
        unique=("activity_id", "participant_id"),
        where="done = 1",
    ),
    Spec(
        "dots",
        refs={"ballot_id": "ballots", "item_id": VOTE_ITEM_OF_BALLOT},
        required=frozenset({"ballot_id", "item_id"}),
        with_new_parent="ballot_id",
    ),
    Spec(
        "tallies",
        refs={"activity_id": "activities", "item_id": VOTE_ITEM_OF_ACTIVITY},
        required=frozenset({"activity_id", "item_id"}),
        additive="count",
        unique=("activity_id", "item_id"),
    ),
    Spec(
        "actions",
        refs={"participant_id": "participants", "source_id": ACTION_SOURCE},
        content=("what", "participant_id", "organisation", "due", "status"),
        texts={"what": v.TEXT_MAX},
        dates=("due",),
    ),
)

#: Tables whose rows the breakout shares with the main file by id (never added from a table).
SHARED = ("activities", "votes", "purpose_settings")

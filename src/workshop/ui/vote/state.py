"""One read of everything the vote screen shows, so its panels never disagree."""

from __future__ import annotations

from dataclasses import dataclass

from workshop.domain.models import ActivityKind, Participant
from workshop.domain.voting import VoteItem, VoteResults, VoteSettings
from workshop.kinds import watched
from workshop.storage import read, read_votes
from workshop.storage.document import Document
from workshop.storage.read_votes import BallotStatus

#: Tables whose changes can alter what the vote screen shows.
WATCHED = watched(ActivityKind.DOT_VOTE)


@dataclass(frozen=True, slots=True)
class VoteState:
    settings: VoteSettings
    title: str
    source_title: str
    items: tuple[VoteItem, ...]
    people: tuple[Participant, ...]
    ballots: tuple[BallotStatus, ...]
    tallies: dict[int, int]
    dots_cast: int
    results: VoteResults

    @property
    def has_ballot(self) -> set[int]:
        return {b.participant_id for b in self.ballots}

    @property
    def finished(self) -> set[int]:
        return {b.participant_id for b in self.ballots if b.done}

    def item_title(self, item_id: int) -> str:
        return next((i.title for i in self.items if i.id == item_id), "")


def load(doc: Document, activity_id: int) -> VoteState:
    settings = read_votes.settings(doc, activity_id)
    activity = read.activity(doc, activity_id)
    source = (
        read.activity(doc, settings.source_activity_id)
        if settings.source_activity_id is not None
        else None
    )
    return VoteState(
        settings,
        activity.title if activity else "",
        source.title if source else "",
        tuple(read_votes.items(doc, settings)),
        tuple(read.participants(doc)),
        tuple(read_votes.who_voted(doc, activity_id)),
        read_votes.tallies(doc, activity_id),
        read_votes.dots_cast(doc, activity_id),
        read_votes.results(doc, activity_id),
    )

"""Removing a cluster frame (ungroup) takes the dots and tallies on it; undo restores both."""

from __future__ import annotations

from workshop.domain.models import ActivityKind
from workshop.domain.voting import VoteTarget
from workshop.storage import read_board, read_votes
from workshop.storage.document import Document
from workshop.storage.ops import agenda, board, participants, voting


def test_ungroup_removes_dots_on_the_cluster_and_undo_restores_them(doc: Document) -> None:
    brainstorm = agenda.add_activity(doc, ActivityKind.BRAINSTORM, "Ideas").inserted("activities")[
        0
    ]
    vote = agenda.add_activity(doc, ActivityKind.DOT_VOTE, "Vote").inserted("activities")[0]
    ana = participants.add_participant(doc, "Ana").inserted("participants")[0]
    notes = [board.add_note(doc, brainstorm, text).inserted("notes")[0] for text in ("tea", "cake")]
    cluster = board.group_notes(doc, notes, "Food").inserted("clusters")[0]
    voting.configure_vote(doc, vote, source_activity_id=brainstorm, target=VoteTarget.CLUSTERS)
    voting.add_dot(doc, vote, ana, cluster)
    voting.set_tally(doc, vote, cluster, 4)
    assert read_votes.dots_cast(doc, vote) == 5

    change = board.ungroup(doc, [cluster])
    assert read_board.clusters(doc, brainstorm) == []
    assert read_votes.dots_cast(doc, vote) == 0
    doc.undo(change)
    assert read_votes.dots_cast(doc, vote) == 5
    assert read_votes.tallies(doc, vote) == {cluster: 4}

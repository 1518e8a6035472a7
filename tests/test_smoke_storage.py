from workshop.domain.models import ActivityKind
from workshop.storage import read
from workshop.storage.document import Document


def test_demo_has_participants_and_the_kickoff_agenda(demo_doc: Document) -> None:
    assert len(read.participants(demo_doc)) == 12
    kinds = [a.kind for a in read.activities(demo_doc)]
    assert kinds[0] == ActivityKind.WELCOME
    for kind in (ActivityKind.PURPOSE_BLEND, ActivityKind.BRAINSTORM, ActivityKind.DOT_VOTE):
        assert kind in kinds
    # The demo's content is where a user starts: nothing to undo yet.
    assert demo_doc.history() == []

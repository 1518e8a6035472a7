from workshop.storage import read
from workshop.storage.document import Document


def test_demo_has_participants_and_agenda(demo_doc: Document) -> None:
    assert len(read.participants(demo_doc)) == 12
    assert [a.kind.value for a in read.activities(demo_doc)][:2] == ["welcome", "purpose_blend"]

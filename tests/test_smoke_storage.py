import sqlite3
from pathlib import Path

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


def test_a_filled_new_file_starts_without_free_pages(tmp_path: Path) -> None:
    """The demo's building (its history written, then cleared) leaves no free pages in the
    file handed to the user; the content is all there."""
    from workshop.demo import write_demo

    path = tmp_path / "demo.workshop"
    write_demo(path)
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA freelist_count").fetchone() == (0,)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM notes").fetchone()[0] > 0
        assert conn.execute("SELECT count(*) FROM history").fetchone() == (0,)
    finally:
        conn.close()

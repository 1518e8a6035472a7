"""Read a brainstorm board: its notes, clusters and counts, as domain values."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from workshop.domain.board import BoardCounts, Cluster, Note
from workshop.storage.document import Document

_NOTE_COLUMNS = "id, activity_id, text, author_id, colour, x, y, cluster_id, created"
_CLUSTER_COLUMNS = "id, activity_id, title, x, y, width, height"


def _note(row: tuple[Any, ...]) -> Note:
    id_, activity_id, text, author_id, colour, x, y, cluster_id, created = row
    return Note(
        int(id_),
        int(activity_id),
        str(text),
        None if author_id is None else int(author_id),
        int(colour),
        float(x),
        float(y),
        None if cluster_id is None else int(cluster_id),
        str(created),
    )


def _cluster(row: tuple[Any, ...]) -> Cluster:
    id_, activity_id, title, x, y, width, height = row
    return Cluster(
        int(id_), int(activity_id), str(title), float(x), float(y), float(width), float(height)
    )


def notes(doc: Document, activity_id: int) -> list[Note]:
    """Every note of the activity, oldest first (the order they were captured)."""
    return [
        _note(row)
        for row in doc.conn.execute(
            f"SELECT {_NOTE_COLUMNS} FROM notes WHERE activity_id = ? ORDER BY id", (activity_id,)
        )
    ]


def notes_by_id(doc: Document, note_ids: Iterable[int]) -> dict[int, Note]:
    """The notes with these ids that still exist (missing ids are simply absent)."""
    ids = list(note_ids)
    found: dict[int, Note] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        for row in doc.conn.execute(
            f"SELECT {_NOTE_COLUMNS} FROM notes WHERE id IN ({marks})", chunk
        ):
            note = _note(row)
            found[note.id] = note
    return found


def note(doc: Document, note_id: int) -> Note | None:
    return notes_by_id(doc, [note_id]).get(note_id)


def cluster_notes(doc: Document, cluster_id: int) -> list[Note]:
    """A cluster's notes in reading order (top to bottom, then left to right)."""
    return [
        _note(row)
        for row in doc.conn.execute(
            f"SELECT {_NOTE_COLUMNS} FROM notes WHERE cluster_id = ? ORDER BY y, x, id",
            (cluster_id,),
        )
    ]


def clusters(doc: Document, activity_id: int) -> list[Cluster]:
    """The activity's clusters, in the order they were made."""
    return [
        _cluster(row)
        for row in doc.conn.execute(
            f"SELECT {_CLUSTER_COLUMNS} FROM clusters WHERE activity_id = ? ORDER BY id",
            (activity_id,),
        )
    ]


def clusters_by_id(doc: Document, cluster_ids: Iterable[int]) -> dict[int, Cluster]:
    ids = list(cluster_ids)
    if not ids:
        return {}
    marks = ", ".join("?" for _ in ids)
    return {
        c.id: c
        for c in (
            _cluster(row)
            for row in doc.conn.execute(
                f"SELECT {_CLUSTER_COLUMNS} FROM clusters WHERE id IN ({marks})", ids
            )
        )
    }


def cluster(doc: Document, cluster_id: int) -> Cluster | None:
    return clusters_by_id(doc, [cluster_id]).get(cluster_id)


def counts(doc: Document, activity_id: int) -> BoardCounts:
    notes_count, loose = doc.conn.execute(
        "SELECT count(*), count(*) - count(cluster_id) FROM notes WHERE activity_id = ?",
        (activity_id,),
    ).fetchone()
    (clusters_count,) = doc.conn.execute(
        "SELECT count(*) FROM clusters WHERE activity_id = ?", (activity_id,)
    ).fetchone()
    return BoardCounts(int(notes_count), int(clusters_count), int(loose))


def note_counts(doc: Document) -> dict[int, int]:
    """Notes per activity id (activities without notes are absent)."""
    return {
        int(activity_id): int(count)
        for activity_id, count in doc.conn.execute(
            "SELECT activity_id, count(*) FROM notes GROUP BY activity_id"
        )
    }

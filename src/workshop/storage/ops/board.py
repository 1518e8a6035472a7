"""Capture, edit, move and cluster sticky notes on a brainstorm board.

Each function is one user gesture: it validates, commits at once and returns
the :class:`Change`, which the UI pushes as one undo step. A drag is one call
to :func:`move_notes` made on release (arrow-key nudges call it too and merge
in the undo stack). Cluster frames always fit their notes, so any operation
that moves a note in or out of a cluster refits the frames it touched.

Cluster frames never overlap one another, and no loose note lies under a frame: a
new, moved or grown frame that would overlap another goes to the nearest free place
(its notes with it), and loose notes it covers move aside (``board.settle``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping, Sequence

from workshop.domain import board as b
from workshop.domain.errors import ValidationError
from workshop.storage import board_index, dependents, read_board
from workshop.storage.changes import Change, Label, counted
from workshop.storage.document import Document

DEFAULT_CLUSTER_TITLE = "New cluster"


# ------------------------------------------------------------------ capture


def add_note(
    doc: Document,
    activity_id: int,
    text: str,
    *,
    author_id: int | None = None,
    colour: int = 0,
    position: tuple[float, float] | None = None,
) -> Change:
    """Add one note; without ``position`` it goes in the next free cell of the grid."""
    cleaned = b.clean_note_text(text)
    b.check_colour(colour)
    with doc.edit(Label("Add note “{text}”", text=b.summary(cleaned))) as ed:
        _require_activity(ed.conn, activity_id)
        _require_author(ed.conn, author_id)
        placed = position is not None
        if position is None:
            (position,) = _free_cells(doc, activity_id, 1)
        note_id = ed.table("notes").insert(
            {
                "activity_id": activity_id,
                "text": cleaned,
                "author_id": author_id,
                "colour": colour,
                "x": float(position[0]),
                "y": float(position[1]),
            }
        ).last_pk
        if placed:
            _settle(doc, activity_id, [], [int(note_id or 0)])  # not on a cluster frame
    assert ed.change is not None
    return ed.change


def add_notes(
    doc: Document,
    activity_id: int,
    texts: Sequence[str],
    *,
    author_id: int | None = None,
    colour: int = 0,
) -> Change:
    """Add one note per text (pasted lines, a dropped file) as one undo step.

    Blank texts are skipped; if any text is too long nothing is added and the
    message says which line.
    """
    cleaned: list[str] = []
    for number, text in enumerate(texts, start=1):
        if not text.strip():
            continue
        try:
            cleaned.append(b.clean_note_text(text))
        except ValidationError as exc:
            raise ValidationError("Line {number}: {exc}", number=number, exc=exc) from exc
    if not cleaned:
        raise ValidationError("There is no text to add as notes.")
    b.check_colour(colour)
    label = Label("Add {count} notes", count=len(cleaned))
    if len(cleaned) == 1:
        label = Label("Add note “{text}”", text=b.summary(cleaned[0]))
    with doc.edit(label) as ed:
        _require_activity(ed.conn, activity_id)
        _require_author(ed.conn, author_id)
        slots = _free_cells(doc, activity_id, len(cleaned))
        ed.table("notes").insert_all(
            {
                "activity_id": activity_id,
                "text": text,
                "author_id": author_id,
                "colour": colour,
                "x": x,
                "y": y,
            }
            for text, (x, y) in zip(cleaned, slots, strict=True)
        )
    assert ed.change is not None
    return ed.change


# ------------------------------------------------------------------ editing


def edit_note_text(doc: Document, note_id: int, text: str) -> Change:
    cleaned = b.clean_note_text(text)
    with doc.edit(Label("Edit note “{text}”", text=b.summary(cleaned))) as ed:
        _notes(doc, [note_id])
        ed.conn.execute("UPDATE notes SET text = ? WHERE id = ?", (cleaned, note_id))
    assert ed.change is not None
    return ed.change


def set_note_colour(doc: Document, note_ids: Sequence[int], colour: int) -> Change:
    b.check_colour(colour)
    name = b.COLOURS[colour].name.lower()
    label = counted(len(note_ids), "Colour note {name}", "Colour {count} notes {name}", name=name)
    with doc.edit(label) as ed:
        _notes(doc, note_ids)
        ed.conn.executemany(
            "UPDATE notes SET colour = ? WHERE id = ?", [(colour, i) for i in note_ids]
        )
    assert ed.change is not None
    return ed.change


def set_note_author(doc: Document, note_ids: Sequence[int], author_id: int | None) -> Change:
    label = counted(len(note_ids), "Change author of note", "Change author of {count} notes")
    with doc.edit(label) as ed:
        _notes(doc, note_ids)
        _require_author(ed.conn, author_id)
        ed.conn.executemany(
            "UPDATE notes SET author_id = ? WHERE id = ?", [(author_id, i) for i in note_ids]
        )
    assert ed.change is not None
    return ed.change


def delete_notes(doc: Document, note_ids: Sequence[int]) -> Change:
    """Delete notes (and what refers to them); emptied clusters keep their frame."""
    with doc.edit(counted(len(note_ids), "Delete note", "Delete {count} notes")) as ed:
        found = _notes(doc, note_ids)
        ids = list(found)
        dependents.before_notes_removed(ed.conn, ids)
        ed.conn.executemany("DELETE FROM notes WHERE id = ?", [(i,) for i in ids])
        _refit(doc, {n.cluster_id for n in found.values() if n.cluster_id is not None})
    assert ed.change is not None
    return ed.change


# ------------------------------------------------------------------ moving


def move_notes(
    doc: Document,
    positions: Mapping[int, tuple[float, float]],
    *,
    regroup: bool = True,
) -> Change:
    """Move notes to new top-left positions (one drag, or one arrow-key nudge).

    With ``regroup`` a note whose centre lands in a cluster's frame joins that
    cluster, and one dragged out of its frame leaves it; frames refit.
    """
    with doc.edit(counted(len(positions), "Move note", "Move {count} notes")) as ed:
        found = _notes(doc, positions)
        ed.conn.executemany(
            "UPDATE notes SET x = ?, y = ? WHERE id = ?",
            [(float(x), float(y), i) for i, (x, y) in positions.items()],
        )
        touched = {n.cluster_id for n in found.values() if n.cluster_id is not None}
        if regroup:
            updates = []
            for note_id, (x, y) in positions.items():
                note = found[note_id]
                cx, cy = b.note_rect(x, y).centre
                frames = board_index.space(doc, note.activity_id).frames_at(cx, cy)
                target = b.cluster_at(
                    cx,
                    cy,
                    [b.Cluster(i, note.activity_id, "", r.x, r.y, r.width, r.height)
                     for i, r in frames],
                    current=note.cluster_id,
                )
                if target != note.cluster_id:
                    updates.append((target, note_id))
                    if target is not None:
                        touched.add(target)
            ed.conn.executemany("UPDATE notes SET cluster_id = ? WHERE id = ?", updates)
        grown = _refit(doc, sorted(touched))
        for activity_id in sorted({n.activity_id for n in found.values()}):
            # Frames that grew (took a note, or one moved to their edge) make way first.
            _settle(doc, activity_id, [*grown, *sorted(touched)], positions)
    assert ed.change is not None
    return ed.change


def set_note_cluster(doc: Document, note_ids: Sequence[int], cluster_id: int | None) -> Change:
    """Put notes in a cluster or take them out of theirs.

    Notes put in a cluster line up under its notes (the frame grows to hold them, and
    goes elsewhere if it would then overlap another cluster); notes taken out stay
    where they are unless the frame still covers them, then they move aside.
    """
    label = (
        counted(len(note_ids), "Take note out of cluster", "Take {count} notes out of cluster")
        if cluster_id is None
        else counted(len(note_ids), "Put note in cluster", "Put {count} notes in cluster")
    )
    with doc.edit(label) as ed:
        found = _notes(doc, note_ids)
        touched = {n.cluster_id for n in found.values() if n.cluster_id is not None}
        if cluster_id is not None:
            target = _clusters(doc, [cluster_id])[cluster_id]
            if any(n.activity_id != target.activity_id for n in found.values()):
                raise ValidationError("Notes can only join a cluster on their own board.")
            touched.add(cluster_id)
            _line_up(doc, target, [n for n in found.values() if n.cluster_id != cluster_id])
        ed.conn.executemany(
            "UPDATE notes SET cluster_id = ? WHERE id = ?", [(cluster_id, i) for i in found]
        )
        _refit(doc, touched)
        for activity_id in sorted({n.activity_id for n in found.values()}):
            first = [] if cluster_id is None else [cluster_id]
            _settle(doc, activity_id, [*first, *sorted(touched)], found)
    assert ed.change is not None
    return ed.change


# ------------------------------------------------------------------ clusters


def group_notes(
    doc: Document, note_ids: Sequence[int], title: str = DEFAULT_CLUSTER_TITLE
) -> Change:
    """Put the notes in a new titled cluster, arranged in a tidy block where they were.

    The block is centred where the notes were; if its frame would overlap another
    cluster it goes to the nearest free place instead. Loose notes the new frame
    covers move aside, so nothing overlaps.
    """
    cleaned = b.clean_cluster_title(title)
    if not note_ids:
        raise ValidationError("Select the notes to group first.")
    found = _notes(doc, note_ids)
    label = _group_label(doc, found, b.summary(cleaned))
    with doc.edit(label) as ed:
        activity_ids = {n.activity_id for n in found.values()}
        if len(activity_ids) != 1:
            raise ValidationError("Only notes of one board can be grouped together.")
        (activity_id,) = activity_ids
        members = sorted(found.values(), key=lambda n: (n.y, n.x, n.id))
        top_left = b.cluster_origin([n.rect for n in members])
        frame, positions = b.pack_cluster(len(members), top_left)
        cursor = ed.conn.execute(
            "INSERT INTO clusters (activity_id, title, x, y, width, height)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (activity_id, cleaned, frame.x, frame.y, frame.width, frame.height),
        )
        cluster_id = int(cursor.lastrowid or 0)
        ed.conn.executemany(
            "UPDATE notes SET x = ?, y = ?, cluster_id = ? WHERE id = ?",
            [(x, y, cluster_id, n.id) for n, (x, y) in zip(members, positions, strict=True)],
        )
        emptied = sorted({n.cluster_id for n in members if n.cluster_id is not None})
        _refit(doc, emptied)
        _settle(doc, activity_id, [cluster_id, *emptied])
    assert ed.change is not None
    return ed.change


def rename_cluster(doc: Document, cluster_id: int, title: str) -> Change:
    cleaned = b.clean_cluster_title(title)
    with doc.edit(Label("Rename cluster to “{title}”", title=b.summary(cleaned))) as ed:
        _clusters(doc, [cluster_id])
        ed.conn.execute("UPDATE clusters SET title = ? WHERE id = ?", (cleaned, cluster_id))
    assert ed.change is not None
    return ed.change


def ungroup(doc: Document, cluster_ids: Sequence[int]) -> Change:
    """Remove cluster frames; their notes stay where they are, as loose notes."""
    if not cluster_ids:
        raise ValidationError("Select a cluster to ungroup first.")
    label = counted(len(cluster_ids), "Ungroup", "Ungroup {count} clusters")
    with doc.edit(label) as ed:
        found = _clusters(doc, cluster_ids)
        dependents.before_clusters_removed(ed.conn, list(found))
        for cluster_id in found:
            ed.conn.execute(
                "UPDATE notes SET cluster_id = NULL WHERE cluster_id = ?", (cluster_id,)
            )
            ed.conn.execute("DELETE FROM clusters WHERE id = ?", (cluster_id,))
    assert ed.change is not None
    return ed.change


def move_cluster(doc: Document, cluster_id: int, x: float, y: float) -> Change:
    """Move a cluster's frame to (x, y); its notes move with it.

    Where the frame would overlap another cluster it goes to the nearest free place
    instead; loose notes it covers move aside.
    """
    with doc.edit("Move cluster") as ed:
        cluster = _clusters(doc, [cluster_id])[cluster_id]
        dx, dy = float(x) - cluster.x, float(y) - cluster.y
        ed.conn.execute(
            "UPDATE clusters SET x = ?, y = ? WHERE id = ?", (float(x), float(y), cluster_id)
        )
        ed.conn.execute(
            "UPDATE notes SET x = x + ?, y = y + ? WHERE cluster_id = ?", (dx, dy, cluster_id)
        )
        _settle(doc, cluster.activity_id, [cluster_id])
    assert ed.change is not None
    return ed.change


def tidy_up(doc: Document, activity_id: int) -> Change:
    """Arrange clusters in rows (each a neat block of its notes), then loose notes below."""
    with doc.edit("Tidy up") as ed:
        _require_activity(ed.conn, activity_id)
        clusters = read_board.clusters(doc, activity_id)
        notes = read_board.notes(doc, activity_id)
        members: dict[int, list[b.Note]] = {c.id: [] for c in clusters}
        loose: list[b.Note] = []
        for note in notes:
            if note.cluster_id in members:
                members[note.cluster_id].append(note)
            else:
                loose.append(note)
        order = lambda n: (n.y, n.x, n.id)  # noqa: E731 - reading order, used twice
        layout = b.tidy_layout(
            [(c.id, [n.id for n in sorted(members[c.id], key=order)]) for c in clusters],
            [n.id for n in sorted(loose, key=order)],
        )
        ed.conn.executemany(
            "UPDATE notes SET x = ?, y = ? WHERE id = ?",
            [(x, y, i) for i, (x, y) in layout.notes.items()],
        )
        ed.conn.executemany(
            "UPDATE clusters SET x = ?, y = ?, width = ?, height = ? WHERE id = ?",
            [(r.x, r.y, r.width, r.height, i) for i, r in layout.clusters.items()],
        )
    assert ed.change is not None
    return ed.change


# ------------------------------------------------------------------ helpers


def _group_label(doc: Document, notes: dict[int, b.Note], title: str) -> Label:
    """"Group 3 notes as “Trees”, 2 moved out of “Drzewa”" when some of the notes were in
    other clusters (the clusters they left, each with how many)."""
    moved: dict[int, int] = {}
    for note in notes.values():
        if note.cluster_id is not None:
            moved[note.cluster_id] = moved.get(note.cluster_id, 0) + 1
    if not moved:
        return counted(len(notes), "Group note as “{title}”", "Group {count} notes as “{title}”",
                      title=title)
    parts = []
    for cluster_id, count in sorted(moved.items()):
        cluster = read_board.cluster(doc, cluster_id)
        left = b.summary(cluster.title) if cluster is not None else "?"
        parts.append(f"{count} → “{left}”")
    return counted(
        len(notes),
        "Group note as “{title}”, moved out of: {moved}",
        "Group {count} notes as “{title}”, moved out of: {moved}",
        title=title,
        moved=", ".join(parts),
    )



def moved_label(notes: int, clusters: int) -> Label:
    """The undo step of one drag or nudge on the board ("Move 2 clusters and 3 notes"):
    named here, not in the UI, so the file's history keeps the template and a later change
    of the UI's language tells it in that language (flat templates, no sentence inside a
    sentence: a name read back from the history is matched against them whole)."""
    if not clusters:
        return counted(notes, "Move note", "Move {count} notes")
    if not notes:
        return counted(clusters, "Move cluster", "Move {count} clusters")
    if clusters == 1:
        return (Label("Move 1 cluster and 1 note") if notes == 1
                else Label("Move 1 cluster and {notes} notes", notes=notes))
    if notes == 1:
        return Label("Move {clusters} clusters and 1 note", clusters=clusters)
    return Label("Move {clusters} clusters and {notes} notes", clusters=clusters, notes=notes)


def deleted_selection_label() -> Label:
    """The undo step of deleting a selection of notes and clusters in one gesture."""
    return Label("Delete the selection")


def _require_activity(conn: sqlite3.Connection, activity_id: int) -> None:
    if conn.execute("SELECT 1 FROM activities WHERE id = ?", (activity_id,)).fetchone() is None:
        raise ValidationError("That activity no longer exists.")


def _require_author(conn: sqlite3.Connection, author_id: int | None) -> None:
    if author_id is None:
        return
    if conn.execute("SELECT 1 FROM participants WHERE id = ?", (author_id,)).fetchone() is None:
        raise ValidationError("That participant no longer exists.")


def _notes(doc: Document, note_ids: Iterable[int]) -> dict[int, b.Note]:
    ids = list(note_ids)
    if not ids:
        raise ValidationError("Select one or more notes first.")
    found = read_board.notes_by_id(doc, ids)
    if len(found) != len(set(ids)):
        raise ValidationError("Some of those notes no longer exist.")
    return found


def _clusters(doc: Document, cluster_ids: Iterable[int]) -> dict[int, b.Cluster]:
    ids = list(cluster_ids)
    found = read_board.clusters_by_id(doc, ids)
    if len(found) != len(set(ids)):
        raise ValidationError("That cluster no longer exists.")
    return found


def _free_cells(doc: Document, activity_id: int, count: int) -> list[tuple[float, float]]:
    """The next ``count`` free cells of the board's automatic grid (:func:`board.free_slots`)."""
    board = board_index.space(doc, activity_id)
    return board.cells.free(count, b.grid_columns(board.size + count))


def _refit(doc: Document, cluster_ids: Iterable[int]) -> list[int]:
    """Fit each cluster's frame to its notes (an emptied cluster keeps its frame).

    Returns the clusters whose frame grew beyond where it was (they may now overlap).
    """
    conn = doc.conn
    grown: list[int] = []
    for cluster_id in cluster_ids:
        row = conn.execute(
            "SELECT x, y, width, height FROM clusters WHERE id = ?", (cluster_id,)
        ).fetchone()
        rects = [
            b.note_rect(x, y)
            for x, y in conn.execute("SELECT x, y FROM notes WHERE cluster_id = ?", (cluster_id,))
        ]
        frame = b.cluster_frame(rects)
        if frame is not None and row is not None:
            old = b.Rect(*row)
            if (
                frame.x < old.x or frame.y < old.y
                or frame.right > old.right or frame.bottom > old.bottom
            ):
                grown.append(cluster_id)
            conn.execute(
                "UPDATE clusters SET x = ?, y = ?, width = ?, height = ? WHERE id = ?",
                (frame.x, frame.y, frame.width, frame.height, cluster_id),
            )
    return grown


def _line_up(doc: Document, cluster: b.Cluster, newcomers: Sequence[b.Note]) -> None:
    """Place notes joining ``cluster`` in rows under its notes (inside an emptied frame)."""
    if not newcomers:
        return
    conn = doc.conn
    rects = [
        b.note_rect(x, y)
        for x, y in conn.execute("SELECT x, y FROM notes WHERE cluster_id = ?", (cluster.id,))
    ]
    box = b.bounding(rects)
    if box is None:
        origin = (cluster.x + b.CLUSTER_PADDING, cluster.y + b.CLUSTER_HEADER + b.CLUSTER_PADDING)
    else:
        origin = (box.x, box.bottom + b.GAP)
    columns = b.cluster_columns(len(rects) + len(newcomers))
    ordered = sorted(newcomers, key=lambda n: (n.y, n.x, n.id))
    conn.executemany(
        "UPDATE notes SET x = ?, y = ? WHERE id = ?",
        [
            (x, y, n.id)
            for n, (x, y) in zip(
                ordered, b.grid_positions(len(ordered), columns, origin), strict=True
            )
        ],
    )


def _settle(
    doc: Document, activity_id: int, moved: Sequence[int], notes: Iterable[int] = ()
) -> None:
    """Apply :func:`board.settle_space`: ``moved`` frames off other frames, loose notes off
    frames, looking only near the frames that changed and the ``notes`` that moved."""
    conn = doc.conn
    board = board_index.space(doc, activity_id)
    layout = b.settle_space(board, moved, notes)
    for cluster_id, frame in layout.clusters.items():
        old = board.frames.get(cluster_id)
        assert old is not None
        dx, dy = frame.x - old.x, frame.y - old.y
        conn.execute(
            "UPDATE clusters SET x = ?, y = ? WHERE id = ?", (frame.x, frame.y, cluster_id)
        )
        conn.execute(
            "UPDATE notes SET x = x + ?, y = y + ? WHERE cluster_id = ?", (dx, dy, cluster_id)
        )
    conn.executemany(
        "UPDATE notes SET x = ?, y = ? WHERE id = ?",
        [(x, y, i) for i, (x, y) in layout.notes.items()],
    )

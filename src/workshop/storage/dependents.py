"""What happens to rows that refer to something being removed.

One place for these rules, so removing a participant, an activity or a note
behaves the same from every screen. The deletes and updates run inside the
caller's edit, so they are captured and one undo restores everything.
"""

from __future__ import annotations

import sqlite3


def before_participant_removed(conn: sqlite3.Connection, participant_id: int) -> None:
    """Their notes stay on the board, as anonymous notes; their ballots and dots go."""
    conn.execute("UPDATE notes SET author_id = NULL WHERE author_id = ?", (participant_id,))
    _purpose_on_participant_removed(conn, participant_id)
    _reciprocity_on_participant_removed(conn, participant_id)
    ballots = "SELECT id FROM ballots WHERE participant_id = ?"
    conn.execute(f"DELETE FROM dots WHERE ballot_id IN ({ballots})", (participant_id,))
    conn.execute("DELETE FROM ballots WHERE participant_id = ?", (participant_id,))
    _phones_on_participant_removed(conn, participant_id)
    _budgeting_on_participant_removed(conn, participant_id)


def before_activity_removed(conn: sqlite3.Connection, activity_id: int) -> None:
    """An activity's board goes with it (undo brings it back)."""
    note_ids = [
        row[0] for row in conn.execute("SELECT id FROM notes WHERE activity_id = ?", (activity_id,))
    ]
    before_notes_removed(conn, note_ids)
    _reciprocity_on_activity_removed(conn, activity_id)
    _purpose_on_activity_removed(conn, activity_id)
    cluster_ids = [
        row[0]
        for row in conn.execute("SELECT id FROM clusters WHERE activity_id = ?", (activity_id,))
    ]
    before_clusters_removed(conn, cluster_ids)
    _votes_on_activity_removed(conn, activity_id)
    conn.execute("DELETE FROM notes WHERE activity_id = ?", (activity_id,))
    conn.execute("DELETE FROM clusters WHERE activity_id = ?", (activity_id,))
    conn.execute("DELETE FROM timers WHERE activity_id = ?", (activity_id,))
    _phones_on_activity_removed(conn, activity_id)
    _budgeting_on_activity_removed(conn, activity_id)


def before_notes_removed(conn: sqlite3.Connection, note_ids: list[int]) -> None:
    """Dots and paper tallies on those notes go (undo restores both), also where a loose
    note is an item of a "clusters and loose notes" vote (item id = minus the note id)."""
    _items_removed(conn, "notes", note_ids)
    _items_removed(conn, "clusters_and_notes", [-i for i in note_ids])
    _action_sources_removed(conn, "note", note_ids)
    _merged_rows_removed(conn, "notes", note_ids)


def before_clusters_removed(conn: sqlite3.Connection, cluster_ids: list[int]) -> None:
    """Dots and paper tallies on those clusters go (undo restores both)."""
    _items_removed(conn, "clusters", cluster_ids)
    _items_removed(conn, "clusters_and_notes", cluster_ids)
    _action_sources_removed(conn, "cluster", cluster_ids)
    _merged_rows_removed(conn, "clusters", cluster_ids)


def _merged_rows_removed(conn: sqlite3.Connection, table: str, row_ids: list[int]) -> None:
    """A row a breakout merge brought in, removed here, leaves a tombstone: its ``origins``
    row stops pointing at the id (which a later row may get) so merging the table's copy
    again does not bring it back, nor take the new row for it. A row of a merge's run
    (``origin_runs``) gets an ``origins`` row of its own for it, which the run defers to."""
    for start in range(0, len(row_ids), 500):
        chunk = list(row_ids[start : start + 500])
        marks = ", ".join("?" for _ in chunk)
        conn.execute(
            "INSERT INTO origins (breakout_id, tbl, source_id, row_id)"
            " SELECT r.breakout_id, r.tbl, s.value, r.first_id + s.key"
            " FROM origin_runs r, json_each(r.sources) s"
            f" WHERE r.tbl = ? AND r.first_id <= ? AND r.last_id >= ?"
            f" AND r.first_id + s.key IN ({marks}) AND NOT EXISTS (SELECT 1 FROM origins o"
            " WHERE o.breakout_id = r.breakout_id AND o.tbl = r.tbl"
            " AND o.source_id = s.value)",
            (table, max(chunk), min(chunk), *chunk),
        )
        conn.execute(
            f"UPDATE origins SET row_id = -row_id WHERE tbl = ? AND row_id IN ({marks})",
            (table, *chunk),
        )


def _items_removed(conn: sqlite3.Connection, target: str, item_ids: list[int]) -> None:
    votes = "SELECT id FROM votes WHERE target = ?"
    for start in range(0, len(item_ids), 500):
        chunk = list(item_ids[start : start + 500])
        marks = ", ".join("?" for _ in chunk)
        conn.execute(
            f"DELETE FROM dots WHERE item_id IN ({marks}) AND ballot_id IN"
            f" (SELECT id FROM ballots WHERE activity_id IN ({votes}))",
            (*chunk, target),
        )
        conn.execute(
            f"DELETE FROM tallies WHERE item_id IN ({marks}) AND activity_id IN ({votes})",
            (*chunk, target),
        )


def _votes_on_activity_removed(conn: sqlite3.Connection, activity_id: int) -> None:
    """A dot vote takes its ballots, dots, tallies and settings with it. A vote on a removed
    brainstorm keeps its settings but loses its dots (they were on the brainstorm's items)
    and points at no brainstorm until the facilitator chooses another."""
    pointing = [
        row[0]
        for row in conn.execute(
            "SELECT id FROM votes WHERE id = ? OR source_activity_id = ?",
            (activity_id, activity_id),
        )
    ]
    for vote_id in pointing:
        conn.execute(
            "DELETE FROM dots WHERE ballot_id IN (SELECT id FROM ballots WHERE activity_id = ?)",
            (vote_id,),
        )
        conn.execute("DELETE FROM ballots WHERE activity_id = ?", (vote_id,))
        conn.execute("DELETE FROM tallies WHERE activity_id = ?", (vote_id,))
    conn.execute("DELETE FROM votes WHERE id = ?", (activity_id,))
    conn.execute(
        "UPDATE votes SET source_activity_id = NULL, revealed = 0, closed = 0"
        " WHERE source_activity_id = ?",
        (activity_id,),
    )


def _purpose_on_participant_removed(conn: sqlite3.Connection, participant_id: int) -> None:
    """Their purpose statements (and places in blend groups) and their ratings go."""
    statement_ids = [
        row[0]
        for row in conn.execute(
            "SELECT id FROM purpose_statements WHERE participant_id = ?", (participant_id,)
        )
    ]
    before_purpose_statements_removed(conn, statement_ids)
    conn.execute("DELETE FROM purpose_statements WHERE participant_id = ?", (participant_id,))
    conn.execute("DELETE FROM purpose_ratings WHERE participant_id = ?", (participant_id,))


def before_purpose_statements_removed(conn: sqlite3.Connection, statement_ids: list[int]) -> None:
    """A removed statement leaves its blend groups (the groups and their blends stay)."""
    for statement_id in statement_ids:
        conn.execute("DELETE FROM purpose_group_members WHERE statement_id = ?", (statement_id,))


def _purpose_on_activity_removed(conn: sqlite3.Connection, activity_id: int) -> None:
    """A purpose blend takes its statements, merges, groups, drafts and ratings with it."""
    drafts = "SELECT id FROM purpose_drafts WHERE activity_id = ?"
    groups = "SELECT id FROM purpose_groups WHERE activity_id = ?"
    conn.execute(f"DELETE FROM purpose_ratings WHERE draft_id IN ({drafts})", (activity_id,))
    conn.execute(f"DELETE FROM purpose_group_members WHERE group_id IN ({groups})", (activity_id,))
    for table in (
        "purpose_drafts",
        "purpose_groups",
        "purpose_statements",
        "purpose_synonyms",
        "purpose_hidden_terms",
        "purpose_settings",
    ):
        conn.execute(f"DELETE FROM {table} WHERE activity_id = ?", (activity_id,))


def _reciprocity_on_participant_removed(conn: sqlite3.Connection, participant_id: int) -> None:
    """Their offers and asks go (with the commitments made on them); their pulse answers stay,
    anonymous; their actions (and promises from earlier meetings) pass to their organisation."""
    card_ids = [
        row[0]
        for row in conn.execute(
            "SELECT id FROM reciprocity_cards WHERE participant_id = ?", (participant_id,)
        )
    ]
    before_cards_removed(conn, card_ids)
    conn.execute("DELETE FROM reciprocity_cards WHERE participant_id = ?", (participant_id,))
    conn.execute(
        "UPDATE pulse_answers SET participant_id = NULL WHERE participant_id = ?",
        (participant_id,),
    )
    for table in ("actions", "promises"):
        conn.execute(
            f"UPDATE {table} SET participant_id = NULL, organisation ="
            " (SELECT organisation FROM participants WHERE id = ?) WHERE participant_id = ?",
            (participant_id, participant_id),
        )


def _reciprocity_on_activity_removed(conn: sqlite3.Connection, activity_id: int) -> None:
    """Offers and asks take their cards and commitments (and the commitments' actions) with
    them; a pulse check its statements, rounds and answers. Actions from a removed vote stay,
    without a source."""
    commitment_ids = [
        row[0]
        for row in conn.execute("SELECT id FROM commitments WHERE activity_id = ?", (activity_id,))
    ]
    before_commitments_removed(conn, commitment_ids)
    conn.execute("DELETE FROM commitments WHERE activity_id = ?", (activity_id,))
    conn.execute("DELETE FROM reciprocity_cards WHERE activity_id = ?", (activity_id,))
    rounds = (
        "SELECT r.id FROM pulse_rounds r JOIN pulse_statements s ON s.id = r.statement_id"
        " WHERE s.activity_id = ?"
    )
    conn.execute(f"DELETE FROM pulse_tallies WHERE round_id IN ({rounds})", (activity_id,))
    conn.execute(f"DELETE FROM pulse_answers WHERE round_id IN ({rounds})", (activity_id,))
    conn.execute(
        "DELETE FROM pulse_rounds WHERE statement_id IN"
        " (SELECT id FROM pulse_statements WHERE activity_id = ?)",
        (activity_id,),
    )
    conn.execute("DELETE FROM pulse_statements WHERE activity_id = ?", (activity_id,))
    _action_sources_removed(conn, "vote", [activity_id])


def before_cards_removed(conn: sqlite3.Connection, card_ids: list[int]) -> None:
    """Commitments made on those offers or asks go, with the actions they put on the list."""
    for card_id in card_ids:
        commitment_ids = [
            row[0]
            for row in conn.execute(
                "SELECT id FROM commitments WHERE offer_id = ? OR ask_id = ?", (card_id, card_id)
            )
        ]
        before_commitments_removed(conn, commitment_ids)
        conn.execute(
            "DELETE FROM commitments WHERE offer_id = ? OR ask_id = ?", (card_id, card_id)
        )


def before_commitments_removed(conn: sqlite3.Connection, commitment_ids: list[int]) -> None:
    """The actions a commitment put on the list go with it (undo restores both)."""
    for commitment_id in commitment_ids:
        conn.execute(
            "DELETE FROM actions WHERE source_kind = 'commitment' AND source_id = ?",
            (commitment_id,),
        )


def _action_sources_removed(conn: sqlite3.Connection, kind: str, source_ids: list[int]) -> None:
    """Actions that grew out of removed notes, clusters or votes stay on the list, sourceless."""
    for start in range(0, len(source_ids), 500):
        chunk = list(source_ids[start : start + 500])
        marks = ", ".join("?" for _ in chunk)
        conn.execute(
            "UPDATE actions SET source_kind = '', source_id = NULL"
            f" WHERE source_kind = ? AND source_id IN ({marks})",
            (kind, *chunk),
        )


def _phones_on_participant_removed(conn: sqlite3.Connection, participant_id: int) -> None:
    """Queued phone notes stay, as anonymous ones; receipts keep their keys (no duplicates)."""
    conn.execute("UPDATE phone_queue SET author_id = NULL WHERE author_id = ?", (participant_id,))
    conn.execute(
        "UPDATE phone_receipts SET participant_id = NULL WHERE participant_id = ?",
        (participant_id,),
    )


def _phones_on_activity_removed(conn: sqlite3.Connection, activity_id: int) -> None:
    """Its opening to phones and its queue go; receipts keep their keys (no duplicates)."""
    conn.execute("DELETE FROM phone_activities WHERE activity_id = ?", (activity_id,))
    conn.execute("DELETE FROM phone_queue WHERE activity_id = ?", (activity_id,))
    conn.execute(
        "UPDATE phone_receipts SET activity_id = NULL WHERE activity_id = ?", (activity_id,)
    )


def _budgeting_on_participant_removed(conn: sqlite3.Connection, participant_id: int) -> None:
    """Their participatory-budget ballots stay (the count must not change), unnamed."""
    conn.execute(
        "UPDATE budget_ballots SET participant_id = NULL WHERE participant_id = ?",
        (participant_id,),
    )


def _budgeting_on_activity_removed(conn: sqlite3.Connection, activity_id: int) -> None:
    """A participatory budget takes its projects, ballots and settings with it."""
    ballots = "SELECT id FROM budget_ballots WHERE activity_id = ?"
    conn.execute(f"DELETE FROM budget_approvals WHERE ballot_id IN ({ballots})", (activity_id,))
    conn.execute("DELETE FROM budget_ballots WHERE activity_id = ?", (activity_id,))
    conn.execute("DELETE FROM budget_tallies WHERE activity_id = ?", (activity_id,))
    conn.execute("DELETE FROM budget_projects WHERE activity_id = ?", (activity_id,))
    conn.execute("DELETE FROM budgets WHERE id = ?", (activity_id,))


def before_budget_projects_removed(conn: sqlite3.Connection, project_ids: list[int]) -> None:
    """Approvals and paper tallies of removed projects go (undo restores them)."""
    for project_id in project_ids:
        conn.execute("DELETE FROM budget_approvals WHERE project_id = ?", (project_id,))
        conn.execute("DELETE FROM budget_tallies WHERE project_id = ?", (project_id,))

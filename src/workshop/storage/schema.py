"""The schema of a .workshop file, built by named migrations.

Rules (docs/file-format.md): a migration is never edited once it has shipped;
each runs in one transaction together with the record that it ran; each sets
``PRAGMA user_version`` to the format it produces (major * 1000 + minor). A
file whose major format is newer than ours is refused; a newer minor format
only adds tables or columns and opens normally.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

#: "WSHP" — marks a SQLite file as a Workshop document (PRAGMA application_id).
APPLICATION_ID = 0x57534850
FORMAT_MAJOR = 1

#: Tables that are bookkeeping rather than workshop content: never journalled for undo.
UNTRACKED_TABLES = frozenset({"meta", "history", "_sqlite_migrations"})

#: Columns saved outside the undo history (time cannot be undone: pausing the clock is
#: saved at once but is not an undo step, see ``ops/timer.py``), per table, and the column
#: that ties such a row to the row it belongs to. Undo and redo do not check these columns
#: against their images (a pause since "Start" is not a conflict), and a clock row written
#: outside the history may appear or be gone when a step is replayed
#: (docs/decisions/0002-undo-replay-checks.md).
CLOCK_COLUMNS: dict[str, frozenset[str]] = {
    "timers": frozenset({"running_since", "elapsed_seconds", "adjust_seconds"}),
}
CLOCK_OWNERS: dict[str, tuple[str, str]] = {"timers": ("activity_id", "activities")}

MIGRATION_SET = "workshop"
#: (name, function) in registration order; the sqlite-utils Migrations object is built on
#: demand, because importing sqlite-utils costs ~50 ms that opening a file does not need.
_REGISTERED: list[tuple[str, Callable[[Database], None]]] = []


@cache
def migration_set() -> Migrations:
    from sqlite_utils.migrations import Migrations

    migrations = Migrations(MIGRATION_SET)
    for name, run in _REGISTERED:
        migrations(name=name)(run)
    return migrations


def pending_names(conn: sqlite3.Connection) -> list[str]:
    """Names of migrations not yet applied to the file on ``conn`` (read-only query)."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'"
    ).fetchone()
    applied: set[str] = set()
    if exists:
        applied = {
            row[0]
            for row in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", (MIGRATION_SET,)
            )
        }
    return [name for name, _ in _REGISTERED if name not in applied]


def __getattr__(name: str) -> Any:
    # ``schema.migrations`` still works for callers that want the sqlite-utils object.
    if name == "migrations":
        return migration_set()
    raise AttributeError(name)


def format_version(user_version: int) -> tuple[int, int]:
    return divmod(user_version, 1000)


_VERSIONS: list[int] = []

_Migration = Callable[["Database"], None]


def migration(name: str, major: int, minor: int) -> Callable[[_Migration], _Migration]:
    """Register a named migration that brings a file to format ``major.minor``."""
    version = major * 1000 + minor

    def register(fn: _Migration) -> _Migration:
        def run(db: Database) -> None:
            fn(db)
            # Undo records describe rows of the old schema: forget them in the same
            # transaction, so a file never holds history that no longer fits it.
            if db.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'history'"
            ).fetchone():
                db.execute("DELETE FROM history")
            # Migrations of different tables may be registered in any order: keep the highest.
            current = int(db.execute("PRAGMA user_version").fetchone()[0])
            db.execute(f"PRAGMA user_version = {max(current, version)}")

        run.__name__ = name
        _VERSIONS.append(version)
        _REGISTERED.append((name, run))
        migration_set.cache_clear()
        return fn

    return register


def run_script(db: Database, script: str) -> None:
    """Run several statements inside the caller's transaction.

    ``sqlite3.executescript`` would commit first, breaking the one-transaction rule.
    """
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError(f"incomplete SQL statement in migration: {statement!r}")


@migration("0001_foundation", 1, 0)
def _foundation(db: Database) -> None:
    """Workshop details, participants, the agenda of activities, and the undo history."""
    run_script(
        db,
        """
        CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE workshop (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            title TEXT NOT NULL DEFAULT '',
            date TEXT NOT NULL DEFAULT '',
            venue TEXT NOT NULL DEFAULT '',
            facilitator TEXT NOT NULL DEFAULT '',
            goal TEXT NOT NULL DEFAULT '',
            anonymous INTEGER NOT NULL DEFAULT 1,
            start_time TEXT NOT NULL DEFAULT '',
            available_minutes INTEGER NOT NULL DEFAULT 0
        );
        INSERT INTO workshop (id, title) VALUES (1, 'Untitled workshop');
        CREATE TABLE participants (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            organisation TEXT NOT NULL DEFAULT '',
            colour TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE activities (
            id INTEGER PRIMARY KEY,
            position INTEGER NOT NULL,
            kind TEXT NOT NULL,
            title TEXT NOT NULL,
            prompt TEXT NOT NULL DEFAULT '',
            timebox_minutes INTEGER NOT NULL DEFAULT 15,
            status TEXT NOT NULL DEFAULT 'planned'
                CHECK (status IN ('planned', 'running', 'done')),
            facilitator_notes TEXT NOT NULL DEFAULT '',
            anonymous INTEGER
        );
        CREATE INDEX activities_position ON activities(position);
        CREATE TABLE history (
            id INTEGER PRIMARY KEY,
            label TEXT NOT NULL,
            rows TEXT NOT NULL,
            undone INTEGER NOT NULL DEFAULT 0,
            created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        );
        """,
    )


def latest_user_version() -> int:
    return max(_VERSIONS)


@migration("0002_board", 1, 1)
def _board(db: Database) -> None:
    """Sticky notes and their clusters on a brainstorm board; positions are scene coordinates."""
    run_script(
        db,
        """
        CREATE TABLE clusters (
            id INTEGER PRIMARY KEY,
            activity_id INTEGER NOT NULL REFERENCES activities(id),
            title TEXT NOT NULL DEFAULT '',
            x REAL NOT NULL DEFAULT 0,
            y REAL NOT NULL DEFAULT 0,
            width REAL NOT NULL DEFAULT 0,
            height REAL NOT NULL DEFAULT 0
        );
        CREATE INDEX clusters_activity ON clusters(activity_id);
        CREATE TABLE notes (
            id INTEGER PRIMARY KEY,
            activity_id INTEGER NOT NULL REFERENCES activities(id),
            text TEXT NOT NULL,
            author_id INTEGER REFERENCES participants(id),
            colour INTEGER NOT NULL DEFAULT 0 CHECK (colour BETWEEN 0 AND 5),
            x REAL NOT NULL DEFAULT 0,
            y REAL NOT NULL DEFAULT 0,
            cluster_id INTEGER REFERENCES clusters(id),
            created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        );
        CREATE INDEX notes_activity ON notes(activity_id);
        CREATE INDEX notes_cluster ON notes(cluster_id);
        CREATE INDEX notes_author ON notes(author_id);
        """,
    )


@migration("0004_timer", 1, 3)
def _timer(db: Database) -> None:
    """The clock of each activity and how long it really took (plan vs actual on the day).

    ``running_since`` is Unix time in seconds (NULL while the clock stands still);
    ``elapsed_seconds`` is what was counted before it; ``adjust_seconds`` the sum of
    the +1/−1 minute presses. ``started_at``/``finished_at`` are ISO 8601 UTC and
    ``actual_seconds`` is filled when the activity is finished.
    """
    run_script(
        db,
        """
        CREATE TABLE timers (
            id INTEGER PRIMARY KEY,
            activity_id INTEGER NOT NULL UNIQUE REFERENCES activities(id),
            running_since REAL,
            elapsed_seconds REAL NOT NULL DEFAULT 0,
            adjust_seconds INTEGER NOT NULL DEFAULT 0,
            started_at TEXT NOT NULL DEFAULT '',
            finished_at TEXT NOT NULL DEFAULT '',
            actual_seconds INTEGER
        );
        """,
    )


@migration("0003_votes", 1, 2)
def _votes(db: Database) -> None:
    """Dot votes: settings per dot-vote activity, ballots and their dots, and paper tallies.

    ``votes.id`` is the id of the dot-vote activity. ``dots.item_id`` and
    ``tallies.item_id`` are note ids or cluster ids, as ``votes.target`` says.
    Each row of ``dots`` is one dot; counts are never stored, always summed.
    """
    run_script(
        db,
        """
        CREATE TABLE votes (
            id INTEGER PRIMARY KEY REFERENCES activities(id),
            source_activity_id INTEGER REFERENCES activities(id),
            target TEXT NOT NULL DEFAULT 'notes' CHECK (target IN ('notes', 'clusters')),
            dots_per_person INTEGER NOT NULL DEFAULT 5 CHECK (dots_per_person BETWEEN 1 AND 99),
            max_per_item INTEGER NOT NULL DEFAULT 3 CHECK (max_per_item BETWEEN 1 AND 99),
            allow_own INTEGER NOT NULL DEFAULT 1,
            secret INTEGER NOT NULL DEFAULT 1,
            revealed INTEGER NOT NULL DEFAULT 0,
            closed INTEGER NOT NULL DEFAULT 0,
            equal_org_weight INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE ballots (
            id INTEGER PRIMARY KEY,
            activity_id INTEGER NOT NULL REFERENCES activities(id),
            participant_id INTEGER NOT NULL REFERENCES participants(id),
            proxy INTEGER NOT NULL DEFAULT 0,
            done INTEGER NOT NULL DEFAULT 0,
            created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
            UNIQUE (activity_id, participant_id)
        );
        CREATE INDEX ballots_participant ON ballots(participant_id);
        CREATE TABLE dots (
            id INTEGER PRIMARY KEY,
            ballot_id INTEGER NOT NULL REFERENCES ballots(id),
            item_id INTEGER NOT NULL
        );
        CREATE INDEX dots_ballot ON dots(ballot_id);
        CREATE INDEX dots_item ON dots(item_id);
        CREATE TABLE tallies (
            id INTEGER PRIMARY KEY,
            activity_id INTEGER NOT NULL REFERENCES activities(id),
            item_id INTEGER NOT NULL,
            count INTEGER NOT NULL CHECK (count BETWEEN 0 AND 9999),
            UNIQUE (activity_id, item_id)
        );
        CREATE INDEX tallies_item ON tallies(item_id);
        """,
    )


@migration("0005_purpose", 1, 4)
def _purpose(db: Database) -> None:
    """Purpose blending: statements per party, term merges, 1-2-4-all groups, drafts, ratings.

    A party is a participant (``participant_id``) or an organisation (``organisation``
    name, ``participant_id`` NULL), as the activity's ``purpose_settings.parties`` says.
    """
    run_script(
        db,
        """
        CREATE TABLE purpose_settings (
            id INTEGER PRIMARY KEY,
            activity_id INTEGER NOT NULL UNIQUE REFERENCES activities(id),
            parties TEXT NOT NULL DEFAULT 'participant'
                CHECK (parties IN ('participant', 'organisation')),
            language TEXT NOT NULL DEFAULT 'english',
            anonymous INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE purpose_statements (
            id INTEGER PRIMARY KEY,
            activity_id INTEGER NOT NULL REFERENCES activities(id),
            participant_id INTEGER REFERENCES participants(id),
            organisation TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL,
            created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        );
        CREATE INDEX purpose_statements_activity ON purpose_statements(activity_id);
        CREATE INDEX purpose_statements_participant ON purpose_statements(participant_id);
        CREATE TABLE purpose_synonyms (
            id INTEGER PRIMARY KEY,
            activity_id INTEGER NOT NULL REFERENCES activities(id),
            phrases TEXT NOT NULL
        );
        CREATE INDEX purpose_synonyms_activity ON purpose_synonyms(activity_id);
        CREATE TABLE purpose_hidden_terms (
            id INTEGER PRIMARY KEY,
            activity_id INTEGER NOT NULL REFERENCES activities(id),
            phrase TEXT NOT NULL
        );
        CREATE INDEX purpose_hidden_terms_activity ON purpose_hidden_terms(activity_id);
        CREATE TABLE purpose_groups (
            id INTEGER PRIMARY KEY,
            activity_id INTEGER NOT NULL REFERENCES activities(id),
            round INTEGER NOT NULL CHECK (round IN (1, 2)),
            position INTEGER NOT NULL DEFAULT 0,
            text TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX purpose_groups_activity ON purpose_groups(activity_id);
        CREATE TABLE purpose_group_members (
            id INTEGER PRIMARY KEY,
            group_id INTEGER NOT NULL REFERENCES purpose_groups(id),
            statement_id INTEGER NOT NULL REFERENCES purpose_statements(id)
        );
        CREATE INDEX purpose_group_members_group ON purpose_group_members(group_id);
        CREATE INDEX purpose_group_members_statement ON purpose_group_members(statement_id);
        CREATE TABLE purpose_drafts (
            id INTEGER PRIMARY KEY,
            activity_id INTEGER NOT NULL REFERENCES activities(id),
            number INTEGER NOT NULL,
            parent_id INTEGER REFERENCES purpose_drafts(id),
            text TEXT NOT NULL,
            adopted INTEGER NOT NULL DEFAULT 0,
            created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        );
        CREATE INDEX purpose_drafts_activity ON purpose_drafts(activity_id);
        CREATE TABLE purpose_ratings (
            id INTEGER PRIMARY KEY,
            draft_id INTEGER NOT NULL REFERENCES purpose_drafts(id),
            participant_id INTEGER REFERENCES participants(id),
            organisation TEXT NOT NULL DEFAULT '',
            score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 5),
            comment TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        );
        CREATE INDEX purpose_ratings_draft ON purpose_ratings(draft_id);
        CREATE INDEX purpose_ratings_participant ON purpose_ratings(participant_id);
        """,
    )


@migration("0007_reciprocity_pulse_actions", 1, 6)
def _reciprocity_pulse_actions(db: Database) -> None:
    """Offers and asks with their commitments, pulse checks, and the workshop's action list.

    A party is a participant (``participant_id``) or an organisation (``organisation``
    name, ``participant_id`` NULL). ``commitments`` join an offer card to an ask card;
    who gives and who receives follow from the cards. A pulse statement is asked in
    rounds; a round's answers are a paper tally (``pulse_tallies``, one row per value)
    plus answers typed one by one (``pulse_answers``, ``participant_id`` NULL when
    anonymous). ``actions.source_kind`` says what ``source_id`` points at: a note, a
    cluster, a vote activity or a commitment.
    """
    run_script(
        db,
        """
        CREATE TABLE reciprocity_cards (
            id INTEGER PRIMARY KEY,
            activity_id INTEGER NOT NULL REFERENCES activities(id),
            kind TEXT NOT NULL CHECK (kind IN ('offer', 'ask')),
            participant_id INTEGER REFERENCES participants(id),
            organisation TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL,
            created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        );
        CREATE INDEX reciprocity_cards_activity ON reciprocity_cards(activity_id);
        CREATE INDEX reciprocity_cards_participant ON reciprocity_cards(participant_id);
        CREATE TABLE commitments (
            id INTEGER PRIMARY KEY,
            activity_id INTEGER NOT NULL REFERENCES activities(id),
            offer_id INTEGER NOT NULL REFERENCES reciprocity_cards(id),
            ask_id INTEGER NOT NULL REFERENCES reciprocity_cards(id),
            what TEXT NOT NULL,
            due TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
            UNIQUE (offer_id, ask_id)
        );
        CREATE INDEX commitments_activity ON commitments(activity_id);
        CREATE INDEX commitments_ask ON commitments(ask_id);
        CREATE TABLE pulse_statements (
            id INTEGER PRIMARY KEY,
            activity_id INTEGER NOT NULL REFERENCES activities(id),
            position INTEGER NOT NULL DEFAULT 0,
            text TEXT NOT NULL,
            scale TEXT NOT NULL DEFAULT 'fist' CHECK (scale IN ('fist', 'agree')),
            condition TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX pulse_statements_activity ON pulse_statements(activity_id);
        CREATE TABLE pulse_rounds (
            id INTEGER PRIMARY KEY,
            statement_id INTEGER NOT NULL REFERENCES pulse_statements(id),
            number INTEGER NOT NULL,
            label TEXT NOT NULL DEFAULT '',
            revealed INTEGER NOT NULL DEFAULT 0,
            created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        );
        CREATE INDEX pulse_rounds_statement ON pulse_rounds(statement_id);
        CREATE TABLE pulse_tallies (
            id INTEGER PRIMARY KEY,
            round_id INTEGER NOT NULL REFERENCES pulse_rounds(id),
            value INTEGER NOT NULL CHECK (value BETWEEN 0 AND 5),
            count INTEGER NOT NULL CHECK (count BETWEEN 0 AND 9999),
            UNIQUE (round_id, value)
        );
        CREATE TABLE pulse_answers (
            id INTEGER PRIMARY KEY,
            round_id INTEGER NOT NULL REFERENCES pulse_rounds(id),
            participant_id INTEGER REFERENCES participants(id),
            value INTEGER NOT NULL CHECK (value BETWEEN 0 AND 5),
            created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        );
        CREATE INDEX pulse_answers_round ON pulse_answers(round_id);
        CREATE INDEX pulse_answers_participant ON pulse_answers(participant_id);
        CREATE TABLE actions (
            id INTEGER PRIMARY KEY,
            what TEXT NOT NULL,
            participant_id INTEGER REFERENCES participants(id),
            organisation TEXT NOT NULL DEFAULT '',
            due TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'doing', 'done')),
            source_kind TEXT NOT NULL DEFAULT ''
                CHECK (source_kind IN ('', 'note', 'cluster', 'vote', 'commitment')),
            source_id INTEGER,
            created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        );
        CREATE INDEX actions_participant ON actions(participant_id);
        CREATE INDEX actions_source ON actions(source_kind, source_id);
        """,
    )


@migration("0010_budgeting", 1, 10)
def _budgeting(db: Database) -> None:
    """Participatory budgets: the budget and ballot rules, costed projects, ballots.

    Amounts are whole cents (``*_cents``), exact. A ballot is one person's approvals
    (``budget_approvals``, ``points`` for cumulative ballots): cast at the laptop
    (``participant_id``), by proxy (``proxy`` = 1), or transcribed from paper
    (``participant_id`` NULL, ``source`` = 'paper'), or imported from a ``.pb`` file
    (``source`` = 'import', ``label`` = the file's voter_id).
    """
    run_script(
        db,
        """
        CREATE TABLE budgets (
            id INTEGER PRIMARY KEY REFERENCES activities(id),
            amount_cents INTEGER NOT NULL DEFAULT 0 CHECK (amount_cents >= 0),
            currency TEXT NOT NULL DEFAULT '',
            max_projects INTEGER CHECK (max_projects IS NULL OR max_projects > 0),
            max_cost_cents INTEGER CHECK (max_cost_cents IS NULL OR max_cost_cents > 0),
            points INTEGER NOT NULL DEFAULT 0 CHECK (points >= 0),
            secret INTEGER NOT NULL DEFAULT 1,
            revealed INTEGER NOT NULL DEFAULT 0,
            shown_rule TEXT NOT NULL DEFAULT 'greedy'
                CHECK (shown_rule IN ('greedy', 'mes', 'mes-cardinality', 'mes-completed'))
        );
        CREATE TABLE budget_projects (
            id INTEGER PRIMARY KEY,
            activity_id INTEGER NOT NULL REFERENCES activities(id),
            position INTEGER NOT NULL DEFAULT 0,
            title TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            cost_cents INTEGER NOT NULL CHECK (cost_cents > 0),
            category TEXT NOT NULL DEFAULT '',
            organisation TEXT NOT NULL DEFAULT '',
            source_kind TEXT NOT NULL DEFAULT ''
                CHECK (source_kind IN ('', 'note', 'cluster', 'import')),
            source_id INTEGER
        );
        CREATE INDEX budget_projects_activity ON budget_projects(activity_id);
        CREATE TABLE budget_ballots (
            id INTEGER PRIMARY KEY,
            activity_id INTEGER NOT NULL REFERENCES activities(id),
            participant_id INTEGER REFERENCES participants(id),
            proxy INTEGER NOT NULL DEFAULT 0,
            source TEXT NOT NULL DEFAULT 'laptop'
                CHECK (source IN ('laptop', 'proxy', 'paper', 'import')),
            label TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        );
        CREATE INDEX budget_ballots_activity ON budget_ballots(activity_id);
        CREATE INDEX budget_ballots_participant ON budget_ballots(participant_id);
        CREATE TABLE budget_approvals (
            id INTEGER PRIMARY KEY,
            ballot_id INTEGER NOT NULL REFERENCES budget_ballots(id),
            project_id INTEGER NOT NULL REFERENCES budget_projects(id),
            points INTEGER NOT NULL DEFAULT 1 CHECK (points >= 0),
            UNIQUE (ballot_id, project_id)
        );
        CREATE INDEX budget_approvals_project ON budget_approvals(project_id);
        """,
    )


@migration("0014_vote_scope", 1, 14)
def _vote_scope(db: Database) -> None:
    """A vote may be on "clusters and loose notes" (``votes.target`` =
    'clusters_and_notes'): the clusters plus every note in no cluster. In such a vote
    ``dots.item_id`` and ``tallies.item_id`` are a cluster's id, or minus a loose note's id.

    SQLite cannot change a CHECK constraint in place: the table is rebuilt with the same
    columns and rows.
    """
    run_script(
        db,
        """
        CREATE TABLE votes_new (
            id INTEGER PRIMARY KEY REFERENCES activities(id),
            source_activity_id INTEGER REFERENCES activities(id),
            target TEXT NOT NULL DEFAULT 'notes'
                CHECK (target IN ('notes', 'clusters', 'clusters_and_notes')),
            dots_per_person INTEGER NOT NULL DEFAULT 5 CHECK (dots_per_person BETWEEN 1 AND 99),
            max_per_item INTEGER NOT NULL DEFAULT 3 CHECK (max_per_item BETWEEN 1 AND 99),
            allow_own INTEGER NOT NULL DEFAULT 1,
            secret INTEGER NOT NULL DEFAULT 1,
            revealed INTEGER NOT NULL DEFAULT 0,
            closed INTEGER NOT NULL DEFAULT 0,
            equal_org_weight INTEGER NOT NULL DEFAULT 0
        );
        INSERT INTO votes_new (id, source_activity_id, target, dots_per_person, max_per_item,
            allow_own, secret, revealed, closed, equal_org_weight)
            SELECT id, source_activity_id, target, dots_per_person, max_per_item,
            allow_own, secret, revealed, closed, equal_org_weight FROM votes;
        DROP TABLE votes;
        ALTER TABLE votes_new RENAME TO votes;
        """,
    )


@migration("0017_workshop_language", 1, 17)
def _workshop_language(db: Database) -> None:
    """The workshop's own language (handout labels, dates, the projector); English before."""
    db.execute("ALTER TABLE workshop ADD COLUMN language TEXT NOT NULL DEFAULT 'en'")


@migration("0020_what_the_room_sees", 1, 20)
def _what_the_room_sees(db: Database) -> None:
    """What the facilitator puts in front of the room, kept with the day's facts.

    Shared themes reach the projector only once the facilitator shows them; the pulse
    statement on the projector is the one the facilitator chose (not simply the last),
    with its rounds side by side when the facilitator shows the shift; a 1-2-4-all round
    (pairs, fours) is timed on the projector from when its groups were proposed.
    """
    run_script(
        db,
        """
        ALTER TABLE purpose_settings ADD COLUMN themes_shown INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE pulse_statements ADD COLUMN on_screen INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE pulse_statements ADD COLUMN show_shift INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE purpose_groups ADD COLUMN started TEXT NOT NULL DEFAULT '';
        """,
    )


@migration("0018_breakouts_series", 1, 18)
def _breakouts_series(db: Database) -> None:
    """Breakout tables that merge back, and a partnership's series of meetings.

    ``workshop.uuid`` names the workshop itself (a Save As copy keeps it: it is the same
    workshop). A breakout copy has its own ``uuid`` and names the main workshop in
    ``breakout_of`` and its own row of ``breakouts`` in ``breakout_uuid``. ``origins``
    remembers, for every row a merge brought in, which table it came from, its id there
    and what it looked like when last merged (so edits made in the main file are kept,
    and a row removed in the main file stays removed). A next meeting names its series
    (``series_uuid``), its number and the meeting it came from; ``series_figures`` carries
    the earlier meetings' figures forward and ``promises`` what was promised last time.
    """
    run_script(
        db,
        """
        ALTER TABLE workshop ADD COLUMN uuid TEXT NOT NULL DEFAULT '';
        ALTER TABLE workshop ADD COLUMN breakout_of TEXT NOT NULL DEFAULT '';
        ALTER TABLE workshop ADD COLUMN breakout_uuid TEXT NOT NULL DEFAULT '';
        ALTER TABLE workshop ADD COLUMN series_uuid TEXT NOT NULL DEFAULT '';
        ALTER TABLE workshop ADD COLUMN meeting INTEGER NOT NULL DEFAULT 1;
        ALTER TABLE workshop ADD COLUMN previous_uuid TEXT NOT NULL DEFAULT '';
        ALTER TABLE workshop ADD COLUMN previous_title TEXT NOT NULL DEFAULT '';
        ALTER TABLE workshop ADD COLUMN common_purpose TEXT NOT NULL DEFAULT '';
        UPDATE workshop SET uuid = lower(hex(randomblob(16)));
        UPDATE workshop SET series_uuid = uuid;
        CREATE TABLE breakouts (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            label TEXT NOT NULL,
            colour TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0,
            baseline TEXT NOT NULL DEFAULT '{}',
            created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        );
        CREATE TABLE origins (
            id INTEGER PRIMARY KEY,
            breakout_id INTEGER NOT NULL REFERENCES breakouts(id),
            tbl TEXT NOT NULL,
            source_id INTEGER NOT NULL,
            row_id INTEGER NOT NULL,
            fingerprint TEXT NOT NULL DEFAULT '',
            UNIQUE (breakout_id, tbl, source_id)
        );
        CREATE INDEX origins_row ON origins(tbl, row_id);
        CREATE TABLE series_figures (
            id INTEGER PRIMARY KEY,
            meeting INTEGER NOT NULL,
            meeting_uuid TEXT NOT NULL DEFAULT '',
            meeting_title TEXT NOT NULL DEFAULT '',
            meeting_date TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL CHECK (kind IN ('pulse', 'condition', 'offers', 'asks',
                                               'promised', 'delivered')),
            key TEXT NOT NULL DEFAULT '',
            scale TEXT NOT NULL DEFAULT '',
            value REAL,
            count INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX series_figures_meeting ON series_figures(meeting);
        CREATE TABLE promises (
            id INTEGER PRIMARY KEY,
            meeting INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('action', 'commitment')),
            what TEXT NOT NULL,
            participant_id INTEGER REFERENCES participants(id),
            organisation TEXT NOT NULL DEFAULT '',
            receiver TEXT NOT NULL DEFAULT '',
            due TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'open'
                CHECK (status IN ('open', 'doing', 'done', 'dropped')),
            note TEXT NOT NULL DEFAULT '',
            reviewed INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX promises_participant ON promises(participant_id);
        """,
    )


@migration("0016_phones", 1, 16)
def _phones(db: Database) -> None:
    """The room's phones: whether they may join, the join code, which activities are open
    to them, notes waiting for the facilitator's approval, and the receipts of every phone
    post (its idempotency key, so a retried post never makes a duplicate, even after a
    crash: the receipt is written in the same transaction as what the post added)."""
    run_script(
        db,
        """
        CREATE TABLE phone_settings (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            enabled INTEGER NOT NULL DEFAULT 0,
            join_code TEXT NOT NULL DEFAULT '',
            moderation TEXT NOT NULL DEFAULT 'board' CHECK (moderation IN ('board', 'queue')),
            self_join INTEGER NOT NULL DEFAULT 0
        );
        INSERT INTO phone_settings (id) VALUES (1);
        CREATE TABLE phone_activities (
            id INTEGER PRIMARY KEY,
            activity_id INTEGER NOT NULL UNIQUE REFERENCES activities(id)
        );
        CREATE TABLE phone_queue (
            id INTEGER PRIMARY KEY,
            activity_id INTEGER NOT NULL REFERENCES activities(id),
            author_id INTEGER REFERENCES participants(id),
            text TEXT NOT NULL,
            created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        );
        CREATE INDEX phone_queue_activity ON phone_queue(activity_id);
        CREATE TABLE phone_receipts (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            participant_id INTEGER REFERENCES participants(id),
            activity_id INTEGER REFERENCES activities(id),
            what TEXT NOT NULL,
            created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        );
        CREATE INDEX phone_receipts_who ON phone_receipts(participant_id, what);
        """,
    )


@migration("0015_budget_tallies", 1, 15)
def _budget_tallies(db: Database) -> None:
    """Paper tallies per project: approvals counted on paper (dots or ticks on a poster per
    project) and typed as one number per project. The rules read each tallied approval as
    an anonymous ballot approving that project alone (docs/file-format.md)."""
    run_script(
        db,
        """
        CREATE TABLE budget_tallies (
            id INTEGER PRIMARY KEY,
            activity_id INTEGER NOT NULL REFERENCES activities(id),
            project_id INTEGER NOT NULL UNIQUE REFERENCES budget_projects(id),
            count INTEGER NOT NULL CHECK (count > 0)
        );
        CREATE INDEX budget_tallies_activity ON budget_tallies(activity_id);
        """,
    )


@migration("0015_phone_ballot_source", 1, 21)
def _phone_ballot_source(db: Database) -> None:
    """A participatory-budget ballot cast from a phone says so (``source`` = 'phone');
    before, it was stored as 'laptop' and only its ``phone_receipts`` row told.

    SQLite cannot change a CHECK constraint in place: the table is rebuilt with the same
    columns and rows, and the ballots a phone receipt names are marked as the phone's.
    Foreign keys are on (and cannot be turned off inside the transaction), so the
    approvals that reference the ballots are set aside and put back once the new table
    has its name: no reference ever points at a missing ballot.
    """
    run_script(
        db,
        """
        CREATE TABLE budget_ballots_new (
            id INTEGER PRIMARY KEY,
            activity_id INTEGER NOT NULL REFERENCES activities(id),
            participant_id INTEGER REFERENCES participants(id),
            proxy INTEGER NOT NULL DEFAULT 0,
            source TEXT NOT NULL DEFAULT 'laptop'
                CHECK (source IN ('laptop', 'proxy', 'paper', 'import', 'phone')),
            label TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        );
        INSERT INTO budget_ballots_new (id, activity_id, participant_id, proxy, source, label,
            created)
            SELECT id, activity_id, participant_id, proxy, source, label, created
            FROM budget_ballots;
        CREATE TABLE budget_approvals_aside AS
            SELECT id, ballot_id, project_id, points FROM budget_approvals;
        DROP TABLE budget_approvals;
        DROP TABLE budget_ballots;
        ALTER TABLE budget_ballots_new RENAME TO budget_ballots;
        CREATE INDEX budget_ballots_activity ON budget_ballots(activity_id);
        CREATE INDEX budget_ballots_participant ON budget_ballots(participant_id);
        CREATE TABLE budget_approvals (
            id INTEGER PRIMARY KEY,
            ballot_id INTEGER NOT NULL REFERENCES budget_ballots(id),
            project_id INTEGER NOT NULL REFERENCES budget_projects(id),
            points INTEGER NOT NULL DEFAULT 1 CHECK (points >= 0),
            UNIQUE (ballot_id, project_id)
        );
        CREATE INDEX budget_approvals_project ON budget_approvals(project_id);
        INSERT INTO budget_approvals (id, ballot_id, project_id, points)
            SELECT id, ballot_id, project_id, points FROM budget_approvals_aside;
        DROP TABLE budget_approvals_aside;
        UPDATE budget_ballots SET source = 'phone'
            WHERE source = 'laptop' AND EXISTS (
                SELECT 1 FROM phone_receipts r WHERE r.what = 'budget-ballot'
                AND r.participant_id = budget_ballots.participant_id
                AND r.activity_id = budget_ballots.activity_id);
        """,
    )


@migration("0018_origin_runs", 1, 22)
def _origin_runs(db: Database) -> None:
    """A merge records the rows it adds to a table from one copy as one run (their first
    and last id here, the copy's ids and their fingerprints as JSON arrays), instead of one
    ``origins`` row each (three b-trees per note: as dear as the notes themselves).

    ``origins`` keeps the rows recorded one by one: walk-ins and paper tallies, every row
    merged before this format, and the exceptions to a run (a later version merged over
    a row, which keeps its new fingerprint; a row removed here, its tombstone). The view
    ``merged_rows`` is both, one row per merged row (a run's row with an ``origins`` row
    of its own is that one). Existing ``origins`` rows are valid as they are.
    """
    run_script(
        db,
        """
        CREATE TABLE origin_runs (
            id INTEGER PRIMARY KEY,
            breakout_id INTEGER NOT NULL REFERENCES breakouts(id),
            tbl TEXT NOT NULL,
            first_id INTEGER NOT NULL,
            last_id INTEGER NOT NULL,
            sources TEXT NOT NULL,
            fingerprints TEXT,
            CHECK (last_id >= first_id)
        );
        CREATE INDEX origin_runs_breakout ON origin_runs(breakout_id, tbl);
        CREATE INDEX origin_runs_rows ON origin_runs(tbl, last_id);
        CREATE VIEW merged_rows AS
            SELECT breakout_id, tbl, source_id, row_id FROM origins
            UNION ALL
            SELECT r.breakout_id, r.tbl, s.value, r.first_id + s.key
            FROM origin_runs r, json_each(r.sources) s
            WHERE NOT EXISTS (SELECT 1 FROM origins o WHERE o.breakout_id = r.breakout_id
                AND o.tbl = r.tbl AND o.source_id = s.value);
        """,
    )

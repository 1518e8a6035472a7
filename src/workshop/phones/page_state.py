"""What one phone sees: built on the document's thread, sent to the page as JSON.

Only what that person may see: the list of names (to pick theirs), the live activity
when it is open to phones, and their own ballot. Never anyone else's ballot, never a
queued note, never who wrote what.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from workshop.catalogue import label_text
from workshop.domain.board import NOTE_TEXT_MAX
from workshop.domain.budgeting import money
from workshop.domain.models import Activity, ActivityKind
from workshop.domain.purpose_models import PartyMode
from workshop.storage import read, read_budgeting, read_phones, read_pulse, read_purpose, read_votes
from workshop.storage.document import Document
from workshop.storage.ops.phones import PHONE_KINDS
from workshop.storage.ops.reciprocity import CARD_MAX

Json = dict[str, Any]
#: kind -> what that kind's page needs (later kinds add theirs: ``register``).
KIND_STATES: dict[str, Callable[[Document, Activity, int], Json]] = {}


def register(kind: str) -> Callable[[Callable[[Document, Activity, int], Json]], Any]:
    def add(fn: Callable[[Document, Activity, int], Json]) -> Any:
        KIND_STATES[kind] = fn
        return fn

    return add


def live_for_phones(doc: Document, live_id: int | None) -> Activity | None:
    """The live activity, when it is open to phones and phones can take part in it."""
    if live_id is None:
        return None
    activity = read.activity(doc, live_id)
    if activity is None or activity.kind not in PHONE_KINDS:
        return None
    if not read_phones.is_open(doc, live_id):
        return None
    return activity


def page_state(
    doc: Document, live_id: int | None, participant_id: int | None, *, people: bool = False
) -> Json:
    """The phone's page; ``people``: the list of names too (a joined phone asks for it only
    to choose again)."""
    settings = read_phones.settings(doc)
    state: Json = {"workshop": read.details(doc).title, "self_join": settings.self_join}
    me = None if participant_id is None else read.participant(doc, participant_id)
    if me is None or people:
        state["people"] = [
            {"id": p.id, "name": p.name, "organisation": p.organisation}
            for p in read.participants(doc)
        ]
    if me is None:
        state["me"] = None
        state["activity"] = None
        return state
    state["me"] = {"id": me.id, "name": me.name, "organisation": me.organisation}
    activity = live_for_phones(doc, live_id)
    if activity is None:
        state["activity"] = None
        return state
    section: Json = {
        "id": activity.id,
        "kind": activity.kind.value,
        "title": activity.title,
        "prompt": activity.prompt,
    }
    build = KIND_STATES.get(activity.kind.value)
    if build is not None:
        section.update(build(doc, activity, me.id))
    state["activity"] = section
    return state


@register(ActivityKind.BRAINSTORM.value)
def _brainstorm(doc: Document, activity: Activity, participant_id: int) -> Json:
    mine = read_phones.contributors(doc, activity.id).get(participant_id, 0)
    return {
        "anonymous": read.is_anonymous(doc, activity),
        "max": NOTE_TEXT_MAX,
        "queue": read_phones.settings(doc).queue,
        "mine": mine,
    }


@register(ActivityKind.DOT_VOTE.value)
def _dot_vote(doc: Document, activity: Activity, participant_id: int) -> Json:
    vote = read_votes.settings(doc, activity.id)
    items = read_votes.items(doc, vote)
    own = read_votes.ballot_dots(doc, activity.id, participant_id)
    return {
        "dots": vote.dots_per_person,
        "cap": vote.cap,
        "closed": vote.closed,
        "secret": vote.secret,
        "items": [
            {"id": i.id, "title": i.title, "own": (not vote.allow_own) and i.is_own(participant_id)}
            for i in items
        ],
        "ballot": {str(k): v for k, v in own.items()},
        "cast": read_votes.ballot_id(doc, activity.id, participant_id) is not None,
    }


@register(ActivityKind.PULSE.value)
def _pulse(doc: Document, activity: Activity, participant_id: int) -> Json:
    language = read.details(doc).language  # the answers' names in the workshop's language
    questions = []
    for statement in read_pulse.statements(doc, activity.id):
        rounds = read_pulse.rounds(doc, statement.id)
        if not rounds:
            continue
        latest = rounds[-1]
        questions.append(
            {
                "round": latest.round_id,
                "text": statement.text,
                "values": [
                    {"value": v, "label": label_text(f"scale.{statement.scale}.{v}", language)}
                    for v in statement.scale.values
                ],
                "answered": read_phones.has_posted(doc, participant_id, f"pulse:{latest.round_id}"),
            }
        )
    return {"questions": questions}


@register(ActivityKind.PURPOSE_BLEND.value)
def _purpose(doc: Document, activity: Activity, participant_id: int) -> Json:
    draft = read_purpose.current_draft(doc, activity.id)
    me = read.participant(doc, participant_id)
    by_org = read_purpose.settings(doc, activity.id).by is PartyMode.ORGANISATION
    party = (me.organisation if by_org else me.name) if me else ""
    return {
        "draft": None
        if draft is None or draft.adopted
        else {"id": draft.id, "number": draft.number, "text": draft.text},
        "party": party,
    }


@register(ActivityKind.OFFERS_ASKS.value)
def _offers(doc: Document, activity: Activity, participant_id: int) -> Json:
    me = read.participant(doc, participant_id)
    label = "" if me is None else (f"{me.name} ({me.organisation})" if me.organisation else me.name)
    return {"party": label, "max": CARD_MAX}


@register(ActivityKind.BUDGET.value)
def _budget(doc: Document, activity: Activity, participant_id: int) -> Json:
    """The projects with their costs, the ballot's limits, and this person's own ballot
    (never anyone else's, never a count)."""
    s = read_budgeting.settings(doc, activity.id)
    own = read_budgeting.ballot_of(doc, activity.id, participant_id)
    return {
        "budget": money(s.amount, s.currency),
        "max_projects": s.rules.max_projects,
        "max_cost": None if s.rules.max_cost is None else float(s.rules.max_cost),
        "max_cost_text": "" if s.rules.max_cost is None else money(s.rules.max_cost, s.currency),
        "points": s.rules.points,
        "secret": s.secret,
        "projects": [
            {
                "id": p.id,
                "number": p.number,
                "title": p.project.title,
                "cost": float(p.project.cost),
                "cost_text": money(p.project.cost, s.currency),
            }
            for p in read_budgeting.projects(doc, activity.id)
        ],
        "cast": own is not None,
        "ballot": {} if own is None else {str(k): v for k, v in
                                          read_budgeting.ballot(doc, own).items()},
    }

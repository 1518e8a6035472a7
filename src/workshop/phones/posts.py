"""A phone's post, read from its JSON and run through the storage operations.

Runs on the document's thread. The post names the activity the page showed; it is
refused when that is no longer the live activity open to phones (the page then
follows). Every field is checked for its type here; every rule about its value is the
operation's, the same as at the laptop.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from workshop.domain.errors import ValidationError
from workshop.domain.models import Activity
from workshop.domain.reciprocity import CardKind
from workshop.phones.page_state import live_for_phones
from workshop.storage.changes import Change
from workshop.storage.document import Document
from workshop.storage.ops import phones

Json = dict[str, Any]
#: what -> how to run it (later kinds add theirs: ``register``).
POSTS: dict[str, Callable[[Document, Activity, int, str, Json], Change]] = {}


def register(what: str) -> Callable[[Callable[..., Change]], Callable[..., Change]]:
    def add(fn: Callable[..., Change]) -> Callable[..., Change]:
        POSTS[what] = fn
        return fn

    return add


def _text(body: Json, name: str) -> str:
    value = body.get(name, "")
    if not isinstance(value, str):
        raise ValidationError("The page sent something unexpected; reload it.")
    return value


def _int(body: Json, name: str) -> int:
    value = body.get(name)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError("The page sent something unexpected; reload it.")
    return value


def _counts(body: Json, name: str) -> dict[int, int]:
    """A ballot as the page sends it: {"id": count}; ids with 0 left out."""
    raw = body.get(name)
    if not isinstance(raw, dict) or len(raw) > 1000:
        raise ValidationError("The page sent something unexpected; reload it.")
    counts: dict[int, int] = {}
    for item, count in raw.items():
        if not str(item).isdigit() or isinstance(count, bool) or not isinstance(count, int):
            raise ValidationError("The page sent something unexpected; reload it.")
        if count:
            counts[int(item)] = count
    return counts


def run_post(doc: Document, live_id: int | None, participant_id: int, body: Json) -> Change:
    what = _text(body, "what")
    key = _text(body, "key")
    activity = live_for_phones(doc, live_id)
    if activity is None or body.get("activity") != activity.id:
        raise ValidationError("The activity has changed: the page now shows the new one.")
    run = POSTS.get(what)
    if run is None:
        raise ValidationError("The page sent something unexpected; reload it.")
    return run(doc, activity, participant_id, key, body)


@register("note")
def _note(doc: Document, activity: Activity, pid: int, key: str, body: Json) -> Change:
    return phones.post_note(doc, key, activity.id, pid, _text(body, "text"))


@register("ballot")
def _ballot(doc: Document, activity: Activity, pid: int, key: str, body: Json) -> Change:
    return phones.post_ballot(doc, key, activity.id, pid, _counts(body, "dots"))


@register("pulse")
def _pulse(doc: Document, activity: Activity, pid: int, key: str, body: Json) -> Change:
    return phones.post_pulse_answer(
        doc, key, activity.id, _int(body, "round"), pid, _int(body, "value")
    )


@register("rating")
def _rating(doc: Document, activity: Activity, pid: int, key: str, body: Json) -> Change:
    return phones.post_rating(
        doc, key, activity.id, _int(body, "draft"), pid, _int(body, "score"),
        _text(body, "comment"),
    )


@register("card")
def _card(doc: Document, activity: Activity, pid: int, key: str, body: Json) -> Change:
    kind = _text(body, "kind")
    if kind not in ("offer", "ask"):
        raise ValidationError("Choose whether it is an offer or an ask.")
    return phones.post_card(doc, key, activity.id, pid, CardKind(kind), _text(body, "text"))


@register("budget")
def _budget(doc: Document, activity: Activity, pid: int, key: str, body: Json) -> Change:
    return phones.post_budget_ballot(doc, key, activity.id, pid, _counts(body, "approvals"))

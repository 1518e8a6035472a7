"""A phone's post, read from its JSON and run through the storage operations.

Runs on the document's thread. The post names the activity the page showed; it is
refused when that is no longer the live activity open to phones (the page then
follows). Every field is checked for its type here; every rule about its value is the
operation's, the same as at the laptop.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from workshop.catalogue import phone_texts
from workshop.domain.errors import ValidationError
from workshop.domain.models import Activity
from workshop.domain.reciprocity import CardKind
from workshop.phones.page_state import live_for_phones
from workshop.storage import read
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


def _refused(doc: Document, key: str) -> ValidationError:
    """A refusal the phone shows, in the workshop's language (the operations' own rules
    still answer in English)."""
    return ValidationError(str(phone_texts(read.details(doc).language)[key]))


def _text(doc: Document, body: Json, name: str) -> str:
    value = body.get(name, "")
    if not isinstance(value, str):
        raise _refused(doc, "unexpected")
    return value


def _int(doc: Document, body: Json, name: str) -> int:
    value = body.get(name)
    if isinstance(value, bool) or not isinstance(value, int):
        raise _refused(doc, "unexpected")
    return value


def _counts(doc: Document, body: Json, name: str) -> dict[int, int]:
    """A ballot as the page sends it: {"id": count}; ids with 0 left out."""
    raw = body.get(name)
    if not isinstance(raw, dict) or len(raw) > 1000:
        raise _refused(doc, "unexpected")
    counts: dict[int, int] = {}
    for item, count in raw.items():
        if not str(item).isdigit() or isinstance(count, bool) or not isinstance(count, int):
            raise _refused(doc, "unexpected")
        if count:
            counts[int(item)] = count
    return counts


def run_post(doc: Document, live_id: int | None, participant_id: int, body: Json) -> Change:
    what = _text(doc, body, "what")
    key = _text(doc, body, "key")
    activity = live_for_phones(doc, live_id)
    if activity is None or body.get("activity") != activity.id:
        raise _refused(doc, "activity_changed")
    run = POSTS.get(what)
    if run is None:
        raise _refused(doc, "unexpected")
    return run(doc, activity, participant_id, key, body)


@register("note")
def _note(doc: Document, activity: Activity, pid: int, key: str, body: Json) -> Change:
    return phones.post_note(doc, key, activity.id, pid, _text(doc, body, "text"))


@register("ballot")
def _ballot(doc: Document, activity: Activity, pid: int, key: str, body: Json) -> Change:
    return phones.post_ballot(doc, key, activity.id, pid, _counts(doc, body, "dots"))


@register("pulse")
def _pulse(doc: Document, activity: Activity, pid: int, key: str, body: Json) -> Change:
    return phones.post_pulse_answer(
        doc, key, activity.id, _int(doc, body, "round"), pid, _int(doc, body, "value")
    )


@register("rating")
def _rating(doc: Document, activity: Activity, pid: int, key: str, body: Json) -> Change:
    return phones.post_rating(
        doc, key, activity.id, _int(doc, body, "draft"), pid, _int(doc, body, "score"),
        _text(doc, body, "comment"),
    )


@register("card")
def _card(doc: Document, activity: Activity, pid: int, key: str, body: Json) -> Change:
    kind = _text(doc, body, "kind")
    if kind not in ("offer", "ask"):
        raise _refused(doc, "card_choose")
    return phones.post_card(doc, key, activity.id, pid, CardKind(kind), _text(doc, body, "text"))


@register("budget")
def _budget(doc: Document, activity: Activity, pid: int, key: str, body: Json) -> Change:
    return phones.post_budget_ballot(doc, key, activity.id, pid, _counts(doc, body, "approvals"))

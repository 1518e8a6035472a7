"""The vote's rules said on the laptop in the app's language.

The domain (``workshop.domain.voting``) words them in English for the CLI and its tests; the
vote screen and its settings say the same here through Qt's translations.
"""

from __future__ import annotations

from workshop.domain.voting import Refusal, VoteSettings, VoteTarget
from workshop.ui.tr import translate


def describe(settings: VoteSettings) -> str:
    """"5 dots each, at most 2 on one item, not on your own notes, secret ballots"."""
    n_dots, n_cap = settings.dots_per_person, settings.cap
    parts = [
        translate("VoteScreen", "%n dot(s) each", None, n_dots),
        translate("VoteScreen", "at most %n on one item", None, n_cap),
        translate("VoteScreen", "own notes allowed") if settings.allow_own
        else translate("VoteScreen", "not on your own notes"),
        translate("VoteScreen", "secret ballots") if settings.secret
        else translate("VoteScreen", "open ballots"),
    ]
    return translate("VoteScreen", ", ", "between the parts of a list").join(parts)


def ballot_scope(target: VoteTarget, clusters: int, clustered_notes: int,
                 loose_notes: int) -> str:
    """Plainly what is and is not on the ballot (as ``voting.ballot_scope`` says it)."""
    notes = clustered_notes + loose_notes
    if target is VoteTarget.NOTES:
        text = translate("VoteScreen", "On the ballot: every note, one by one (%n note(s)).",
                         None, notes)
        if clusters:
            text += " " + translate("VoteScreen", "The %n cluster(s) are not used.", None,
                                    clusters)
        return text
    with_notes = translate("VoteScreen", "%n cluster(s) (with their %1)", None, clusters)
    with_notes = with_notes.replace(
        "%1", translate("VoteScreen", "%n note(s)", None, clustered_notes))
    if target is VoteTarget.CLUSTERS:
        text = translate("VoteScreen", "On the ballot: %1.").replace("%1", with_notes)
        if loose_notes:
            text += " " + translate(
                "VoteScreen", "Not on it: %n loose note(s) (in no cluster) — choose “clusters "
                "and loose notes” to include them.", None, loose_notes)
        return text
    return translate("VoteScreen", "On the ballot: %1 and %2.").replace("%1", with_notes).replace(
        "%2", translate("VoteScreen", "%n loose note(s)", None, loose_notes))


def refusal(reason: Refusal, settings: VoteSettings) -> str:
    """Why a dot is refused, said to the person at the laptop (``voting.refusal_text``)."""
    if reason is Refusal.NO_DOTS_LEFT:
        n_dots = settings.dots_per_person
        return translate("VoteScreen", "No dots left: all %n are placed. Remove one to move it, "
                                       "or press Done.", None, n_dots)
    if reason is Refusal.ITEM_CAP:
        n_cap = settings.cap
        return translate("VoteScreen", "Item cap reached: at most %n dot(s) on one item.", None,
                         n_cap)
    return {
        Refusal.CLOSED: translate("VoteScreen", "The vote is closed: no more dots can be added."),
        Refusal.OWN_NOTE: translate("VoteScreen", "This is your own note: in this vote you "
                                                  "cannot put dots on your own notes."),
        Refusal.CLOSED_REMOVE: translate("VoteScreen",
                                         "The vote is closed: dots can no longer be removed."),
        Refusal.NO_DOT_HERE: translate("VoteScreen",
                                       "There is no dot of yours on this item to remove."),
    }[reason]

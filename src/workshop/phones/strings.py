"""Every sentence the phone page shows, in one table per language.

The page receives the table of the workshop's language with its first state, so a
translation (issue 17) is a new table here, not a change to the page's script.
"""

from __future__ import annotations

ENGLISH: dict[str, str] = {
    "page_title": "Workshop",
    "loading": "Loading…",
    "needs_script": "This page needs JavaScript turned on.",
    "code_label": "Join code",
    "code_hint": "The code is on the projector.",
    "code_go": "Join",
    "code_wrong": "That join code is not right (or it has just changed). Look at the projector.",
    "who_heading": "Who are you?",
    "who_hint": "Choose your name from the list.",
    "who_you": "You are {name}.",
    "who_change": "Not you? Choose again",
    "add_heading": "Not on the list?",
    "add_name": "Your name",
    "add_org": "Organisation (optional)",
    "add_go": "Add me",
    "nothing_heading": "Nothing to do on your phone right now",
    "nothing_hint": (
        "Look at the screen: this page changes by itself when there is something to do."
    ),
    "note_label": "Your idea",
    "note_hint": "One idea per note, up to {max} characters.",
    "note_send": "Add to the board",
    "note_sent": "Your note is on the board.",
    "note_queued": "Your note is with the facilitator, who will put it on the board.",
    "note_anonymous": "Notes here are anonymous.",
    "note_named": "Your name is shown with your notes.",
    "note_count": "You have added {count} notes here.",
    "vote_hint": "You have {dots} dots; at most {cap} on one item.",
    "vote_left": "Dots left: {left}",
    "vote_add": "Add a dot to: {item}",
    "vote_remove": "Take a dot from: {item}",
    "vote_on": "{count} dots",
    "vote_own": "(your own: not allowed)",
    "vote_cast": "Cast my ballot",
    "vote_change": "Change my ballot",
    "vote_done": "Your ballot is in. You can change it until voting closes.",
    "vote_closed": "Voting is closed.",
    "vote_secret": "Your ballot is secret: the laptop sees only that you voted.",
    "vote_none": "There is nothing to vote on yet.",
    "pb_hint": "Approve every project you support. The budget is {budget}.",
    "pb_points_hint": "Give your {points} points to the projects you support.",
    "pb_limit_projects": "At most {max} projects.",
    "pb_limit_cost": "The projects you approve may cost at most {max} together.",
    "pb_left_points": "Points left: {left}",
    "pb_chosen": "{count} approved, costing {total}.",
    "pb_full_projects": "You have approved as many projects as you may: untick one first.",
    "pb_full_cost": "That would cost more than {max} together: untick a project first.",
    "pb_add": "One point more for: {item}",
    "pb_remove": "One point less for: {item}",
    "pb_cast": "Cast my ballot",
    "pb_done": "Your ballot is in. The laptop shows only that you voted.",
    "pb_secret": "Your ballot is secret: the laptop sees only that you voted.",
    "pb_none": "There are no projects yet.",
    "pulse_hint": "Choose one answer. It is anonymous unless the facilitator said otherwise.",
    "pulse_done": "Thank you: your answer is in.",
    "pulse_none": "There is no question yet.",
    "rate_hint": "How well does this draft say your purpose? 0: I cannot live with it … 5: fully.",
    "rate_for": "You rate for: {party}",
    "rate_comment": "Comment (optional)",
    "rate_send": "Send my rating",
    "rate_done": "Your rating is in. Sending again replaces it.",
    "rate_none": "There is no draft to rate yet.",
    "card_kind": "This is",
    "card_offer": "An offer (something we can give)",
    "card_ask": "An ask (something we need)",
    "card_text": "What is it?",
    "card_send": "Add",
    "card_done": "Added. You can add more.",
    "card_party": "Shown as: {party}",
    "sending": "Sending…",
    "retrying": "The Wi-Fi hesitated; trying again…",
    "too_fast": "Slow down a little; trying again in a moment…",
    "failed": "That did not go through. Try again.",
    "forbidden": "The join code has changed. Scan the new QR code on the projector.",
    "empty": "Write something first.",
}

TABLES: dict[str, dict[str, str]] = {"en": ENGLISH}


def page_strings(language: str = "en") -> dict[str, str]:
    """The table for ``language``; a missing sentence falls back to English."""
    return {**ENGLISH, **TABLES.get(language, {})}

"""Themes and matches a facilitator can project: measured on our own labelled sets.

The thresholds are the issue's quality targets (not timings): the top suggestion is an
offer a facilitator expected in ≥ 80 % of asks, ≥ 80 % of expected offers are in the top
three, and ≥ 80 % of the projected themes are ones a facilitator keeps, none of them two
different words on one stem. ``tests/benchmarks/bench_quality.py`` reports the figures.
"""

from __future__ import annotations

from tests.helpers.labelled import ASKS
from tests.helpers.quality import labelled_cards, match_quality, theme_quality

from workshop.domain.purpose import Lexicon
from workshop.domain.reciprocity import Card, CardKind, Commitment, learnt_synonyms, suggest_matches
from workshop.domain.reciprocity_match import Matcher, concepts, root


def test_labelled_set_is_big_enough() -> None:
    assert len(ASKS) >= 40
    assert sum(1 for _, want in ASKS.values() if want) >= 40


def test_top_suggestion_precision_and_top3_recall_reach_80_percent() -> None:
    quality = match_quality()
    assert quality.precision >= 0.8, quality.wrong
    assert quality.recall >= 0.8, quality.missed
    assert quality.silent_correct == quality.silent_total  # no nonsense where nothing fits


def test_projected_themes_are_ones_a_facilitator_keeps() -> None:
    quality = theme_quality()
    assert len(quality.projected) >= 8
    assert quality.share_kept >= 0.8, quality.dropped
    assert quality.mixed == []


def test_the_rooms_nonsense_is_not_suggested() -> None:
    """The issue's examples: a shared "help" or "space" alone is not a match."""
    cards, offer_keys, ask_keys = labelled_cards()
    matches = suggest_matches(cards, limit=3)
    by_key = {key: [offer_keys[m.offer_id] for m in matches[id_]] for id_, key in ask_keys.items()}
    assert by_key["poster"][0] == "design"
    assert "it_help" not in by_key["poster"]
    assert by_key["computer_problems"][0] == "it_help"
    assert "design" not in by_key["computer_problems"]
    assert "freezer" not in by_key["art_club_space"]
    # Expected matches a stemmer missed: "drive" ↔ "drivers", "room" ↔ "hall" (spaces).
    assert "drivers" in by_key["drive_older"]
    assert "hall" in by_key["art_club_space"]


def test_good_and_nonsense_scores_are_apart() -> None:
    cards, offer_keys, ask_keys = labelled_cards()
    matches = suggest_matches(cards, limit=3)
    good = [
        m.score
        for id_, key in ask_keys.items()
        for m in matches[id_]
        if offer_keys[m.offer_id] in ASKS[key][1]
    ]
    nonsense = [
        m.score
        for id_, key in ask_keys.items()
        for m in matches[id_][:1]
        if offer_keys[m.offer_id] not in ASKS[key][1]
    ]
    assert sum(good) / len(good) > 1.5 * (sum(nonsense) / len(nonsense))


def test_reasons_are_words_not_stems() -> None:
    lexicon = Lexicon()
    matcher = Matcher(lexicon)
    score, why = matcher.score(
        matcher.features("Someone to drive older members to the lunch club"),
        matcher.features("Two volunteer drivers with their own cars"),
    )
    assert score > 0
    assert why[0] == "drive ↔ drivers" and "transport" not in why  # "drive" says it
    _, why = matcher.score(
        matcher.features("A room for our choir"), matcher.features("Church hall on Tuesdays")
    )
    assert why == ("spaces",)


def test_roots_join_agents_and_actions_only() -> None:
    assert root("driver") == root("drive")
    assert root("counsellor") == root("counsel")
    assert root("designer") == root("design")
    assert root("person") != root("personal")
    assert root("position") != root("positive")


def test_lexicon_files_cover_what_partnerships_trade_in_each_language() -> None:
    wanted = {"spaces", "transport", "equipment", "skills", "funding", "food", "time"}
    for language in ("english", "french", "german", "spanish", "dutch", "portuguese", "italian"):
        found = {name for names in concepts(Lexicon(language)).values() for name in names}
        assert wanted <= found, language
    english = concepts(Lexicon())
    assert "spaces" in english["hall"] and "spaces" in english["room"]
    assert "transport" in english["minibus"]


def test_confirmed_matches_teach_synonyms_and_undoing_them_unlearns() -> None:
    from workshop.domain.reciprocity import Party

    a, b, c = (Party(i, n, o) for i, n, o in ((1, "Ana", "A"), (2, "Ben", "B"), (3, "Cy", "C")))
    cards = [
        Card(1, CardKind.ASK, a, "A gazebo for the summer fair"),
        Card(2, CardKind.OFFER, b, "Marquee to borrow"),
        Card(3, CardKind.ASK, c, "Could someone lend a gazebo for our fete?"),
        Card(4, CardKind.OFFER, b, "A marquee and trestles"),
    ]
    assert suggest_matches(cards)[3] == []  # "gazebo" and "marquee" share nothing
    confirmed = [Commitment(1, 2, 1, b, a, "Marquee", "")]
    learnt = learnt_synonyms(cards, confirmed, Lexicon())
    assert ("gazebo", "marquee") in learnt
    matches = suggest_matches(cards, synonyms=learnt)[3]
    assert [m.offer_id for m in matches][:1] in ([2], [4])
    assert any("gazebo ↔ marquee" in m.shared for m in matches)
    assert learnt_synonyms(cards, [], Lexicon()) == []  # undone: nothing learnt

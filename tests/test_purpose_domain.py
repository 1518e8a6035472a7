"""Purpose analysis on hand-checked examples: stems, stop words, themes, merges, pairing."""

from __future__ import annotations

import pytest

from workshop.domain.errors import ValidationError
from workshop.domain.purpose import (
    THEME_PALETTE,
    Lexicon,
    analyse,
    check_language,
    compose_from_phrases,
    least_covered,
)
from workshop.domain.purpose_groups import propose_fours, propose_pairs

LIBRARY = "We are here to give every community free access to books, learning and trusted spaces."
COUNCIL = "We exist to serve our communities and keep public spaces safe and welcoming."
YOUTH = "We are here so young people are heard and shape the future of the town."
FOOD = "We make sure no family in our community goes hungry."
HEALTH = "We help people stay healthy, and we listen to young people and families."


def test_lemmas_group_community_and_communities() -> None:
    result = analyse([("lib", LIBRARY), ("council", COUNCIL)])
    assert [t.label for t in result.themes] == ["community", "spaces"]
    assert result.themes[0].parties == ("lib", "council")


def test_stop_words_are_ignored() -> None:
    lexicon = Lexicon()
    assert set(lexicon.terms("We are here to be there for them and with them")) == set()
    assert set(lexicon.terms("We are here to feed people")) == {"feed", "people"}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("position", "positive"),
        ("personal", "person"),
        ("sustain", "sustainable"),
        ("living", "lives"),
        ("organic", "organisation"),
        ("universe", "university"),
    ],
)
def test_different_words_never_become_one_term(a: str, b: str) -> None:
    """The stem collisions a room saw ("position" = "positive") are gone with lemmas."""
    lexicon = Lexicon()
    assert lexicon.term_key(a) != lexicon.term_key(b)
    assert analyse([("x", f"Our {a} work."), ("y", f"Their {b} aim.")]).themes == ()


def test_boilerplate_makes_no_theme_and_names_are_not_themes() -> None:
    result = analyse(
        [
            ("a", "We provide support and help to people in need across Eastgate."),
            ("b", "Eastgate residents need our help; we provide support and advice."),
            ("c", "We help residents with advice, and support people who need it."),
        ]
    )
    assert {t.label for t in result.themes} == {"residents", "advice"}
    assert not result.terms["provide"].meaningful
    assert not result.terms["eastgate"].meaningful  # a place, not a shared purpose


def test_themes_ranked_by_parties_then_uses_with_who_uses_them() -> None:
    result = analyse(
        [("lib", LIBRARY), ("council", COUNCIL), ("youth", YOUTH), ("food", FOOD), ("hc", HEALTH)]
    )
    themes = {t.label: t.parties for t in result.themes}
    assert themes["community"] == ("lib", "council", "food")
    assert themes["family"] == ("food", "hc")
    assert result.themes[0].label == "community"  # three parties beat two
    # Every non-theme term is used by one party only, or says too little to be a theme.
    assert all(
        len(t.parties) == 1 or not t.meaningful
        for t in result.terms.values()
        if t not in result.themes
    )


def test_synonym_merge_counts_phrases_as_one_term() -> None:
    statements = [("youth", "Young people shape the town."), ("hc", "We support youth health.")]
    assert analyse(statements).themes == ()
    merged = analyse(statements, merges=[["youth", "young people"]])
    assert [(t.label, t.parties, t.merged) for t in merged.themes] == [
        ("youth", ("youth", "hc"), True)
    ]
    occurrence = merged.statements[0].occurrences[0]
    assert (occurrence.surface, occurrence.key) == ("Young people", "youth")


def test_hidden_terms_disappear_including_phrases() -> None:
    statements = [("a", "Local food grown together."), ("b", "Growing food together, local.")]
    assert {t.label for t in analyse(statements).themes} == {"food", "together", "local"}
    hidden = analyse(statements, hidden=["food", "food together"])
    assert {t.label for t in hidden.themes} == {"local"}


def test_similarity_is_cosine_over_terms() -> None:
    result = analyse([("a", "food health"), ("b", "food health"), ("c", "books"), ("d", "")])
    assert result.similarity("a", "b") == pytest.approx(1.0)
    assert result.similarity("a", "c") == 0.0
    assert result.similarity("a", "d") == 0.0  # an empty statement is like nothing
    half = analyse([("a", "food health"), ("b", "food books")])
    assert half.similarity("a", "b") == pytest.approx(0.5)


def test_empty_statements_are_handled() -> None:
    result = analyse([("a", ""), ("b", "   "), ("c", "the and of")])
    assert result.themes == ()
    assert result.key_terms("a") == ()
    assert [c.ratio for c in result.coverage("anything")] == [None, None, None]


def test_non_english_text_with_its_own_stemmer_and_stop_words() -> None:
    result = analyse(
        [("a", "Nous aidons les communautés."), ("b", "Une communauté où les jeunes aident.")],
        language="french",
    )
    # "communautés" and "communauté" stem alike; "les", "une", "où" are stop words.
    assert [(t.label, t.parties) for t in result.themes] == [("communauté", ("a", "b"))]
    assert "les" not in {t.label for t in result.terms.values()}
    # Letters outside Latin-1 are words too.
    greek = analyse([("a", "Κοινότητα και νέοι"), ("b", "νέοι")], language="greek")
    assert len(greek.themes) == 1


def test_unknown_language_is_refused_with_a_sentence() -> None:
    with pytest.raises(ValidationError, match="not a language"):
        check_language("klingon")
    assert check_language(" English ") == "english"


def test_coverage_lists_found_and_missing_terms() -> None:
    result = analyse([("food", FOOD), ("youth", YOUTH)], merges=[["young people", "youth"]])
    food, youth = result.coverage("A town where no family goes hungry and youth shape the future.")
    # Only words that mean something count: "make", "sure", "goes" are not a purpose.
    assert {t.label for t in food.found} == {"family", "hungry"}
    assert {t.label for t in food.missing} == {"community"}
    assert {t.label for t in youth.found} >= {"young people", "shape", "future", "town"}
    assert [c.party for c in least_covered([food, youth], limit=1)] == ["food"]


def test_theme_colours_are_stable_and_distinct() -> None:
    statements = [("a", "food health books youth"), ("b", "food health books youth")]
    first = analyse(statements)
    colours = {t.key: first.colour(t.key) for t in first.themes}
    assert len(set(colours.values())) == 4
    assert all(c in THEME_PALETTE for c in colours.values())
    # Adding a statement does not move the colours of existing themes.
    again = analyse([*statements, ("c", "other words entirely")])
    assert {t.key: again.colour(t.key) for t in again.themes} == colours
    assert first.colour("nonexistent") is None


def _similarity(table: dict[str, float]):  # type: ignore[no-untyped-def]
    def sim(a: str, b: str) -> float:
        return 1.0 if a == b else table.get(a + b, table.get(b + a, 0.0))

    return sim


SIM = _similarity({"ab": 0.9, "cd": 0.8, "ac": 0.1, "ad": 0.2, "bc": 0.1, "bd": 0.3})


def test_pairs_of_least_similar_by_default() -> None:
    assert propose_pairs("abcd", SIM) == [("a", "d"), ("b", "c")]


def test_pairs_of_most_similar_on_request() -> None:
    assert propose_pairs("abcd", SIM, most_similar=True) == [("a", "b"), ("c", "d")]


def test_odd_one_out_makes_a_trio_and_fours_join_pairs() -> None:
    sim = _similarity({"ab": 0.9, "cd": 0.8, "ac": 0.1, "ad": 0.2, "bc": 0.1, "bd": 0.3,
                       "ae": 0.5, "be": 0.0, "ce": 0.4, "de": 0.6})
    pairs = propose_pairs("abcde", sim)
    assert pairs == [("a", "c"), ("b", "e", "d")]
    assert propose_fours([("a", "b"), ("c", "d"), ("e", "f"), ("g", "h")], SIM) != []
    assert propose_pairs("a", SIM) == [("a",)]
    assert propose_pairs("", SIM) == []


def test_pairing_many_statements_stays_complete() -> None:
    parties = [f"p{i}" for i in range(31)]
    pairs = propose_pairs(parties, lambda a, b: (hash(a + b) % 100) / 100)
    assert sorted(p for group in pairs for p in group) == sorted(parties)
    assert sorted(len(g) for g in pairs) == [2] * 14 + [3]


def test_compose_from_phrases() -> None:
    assert compose_from_phrases(["every community ", "  no family hungry."]) == (
        "Every community; no family hungry."
    )
    with pytest.raises(ValidationError):
        compose_from_phrases(["  ", ""])

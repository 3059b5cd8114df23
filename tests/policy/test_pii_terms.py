"""The client's confidential terms: case, accents, spacing, variants and amounts."""

from __future__ import annotations

import pytest

from bot.policy.pii import ConfidentialTermSpec, EntityType, PiiDetector
from bot.policy.pii.amounts import find_amounts, parse_amount
from bot.policy.pii.folding import fold
from bot.policy.pii.terms import TermMatcher


@pytest.fixture(scope="module")
def matcher() -> TermMatcher:
    return TermMatcher(
        [
            ConfidentialTermSpec("Opération Zèbre", ("Zèbre",)),
            ConfidentialTermSpec("1,5 M€"),
            "Fusion Durand-Lefort",
            ConfidentialTermSpec("marge de 12 %"),
            ConfidentialTermSpec("Plan Ambre", ("plan b",)),
        ]
    )


def values(matcher: TermMatcher, text: str) -> list[str]:
    return sorted(e.value for e in matcher.find(text))


@pytest.mark.parametrize(
    "written",
    [
        "Opération Zèbre",
        "opération zèbre",
        "OPERATION ZEBRE",
        "operation  zebre",
        "Opération\u00a0Zèbre",
        "operation-zebre",
        "OpérationZèbre",
    ],
)
def test_case_accents_and_spacing_are_ignored(matcher: TermMatcher, written: str) -> None:
    assert values(matcher, f"Où en est l'{written} ?") == [written]


def test_declared_variants_match(matcher: TermMatcher) -> None:
    assert values(matcher, "On parle de Zèbre demain, et du plan B.") == ["Zèbre", "plan B"]


def test_single_capitalised_variant_is_a_proper_noun(matcher: TermMatcher) -> None:
    assert values(matcher, "Le zèbre du zoo, et ZEBRE en réunion, et Zebre.") == ["ZEBRE", "Zebre"]


def test_word_of_a_term_is_not_matched_unless_declared(matcher: TermMatcher) -> None:
    assert values(matcher, "Un plan, une opération, la fusion, Durand seul.") == []


def test_hyphenated_term(matcher: TermMatcher) -> None:
    assert values(matcher, "la fusion durand lefort") == ["fusion durand lefort"]


@pytest.mark.parametrize(
    "written",
    [
        "1,5 M€",
        "1.5M€",
        "1,5 m€",
        "1,5 millions d'euros",
        "1,5 million d’euros",
        "1,5 Meur",
        "€1.5m",
        "1 500 000 €",
        "1.500.000 euros",
        "1,5 M €",
    ],
)
def test_amount_in_any_notation(matcher: TermMatcher, written: str) -> None:
    assert values(matcher, f"L'objectif est de {written} cette année.") == [written]


@pytest.mark.parametrize(
    "text",
    ["noté 1,5/5", "1,5 hL servis", "1,5 km", "1,5 M de visiteurs", "2,5 M€", "15 M€", "1,5"],
)
def test_other_numbers_are_not_the_amount(matcher: TermMatcher, text: str) -> None:
    assert values(matcher, text) == []


def test_percentage_term_needs_its_words(matcher: TermMatcher) -> None:
    assert values(matcher, "la marge de 12 % est serrée") == ["marge de 12 %"]


def test_amount_term_alone_is_found_as_a_quantity() -> None:
    matcher = TermMatcher(["12 %"])
    assert values(matcher, "on vise 12 % ou 12 pour cent, pas 12 € ni 120 %") == [
        "12 %",
        "12 pour cent",
    ]


def test_parse_amount() -> None:
    assert parse_amount(fold("4,2 M€")).value == pytest.approx(4.2e6)
    assert parse_amount(fold("4.2 millions d'euros")).value == pytest.approx(4.2e6)
    assert parse_amount(fold("2,5 Md€")).value == pytest.approx(2.5e9)
    assert parse_amount(fold("800 k€")).value == pytest.approx(8e5)
    assert parse_amount(fold("Projet Houblon")) is None
    assert [a.unit for a in find_amounts(fold("4,2/5 et 4,2 hL"))] == []


def test_hop_the_ingredient_is_not_the_code_name() -> None:
    detector = PiiDetector([ConfidentialTermSpec("Projet Houblon", ("Houblon",))], use_ner=False)
    assert detector.detect("Le houblon de la recette, c'est du Citra ?") == []
    found = detector.detect("Un point sur Houblon jeudi, puis le projet houblon.")
    assert [(e.type, e.value) for e in found] == [
        (EntityType.CONFIDENTIAL_TERM, "Houblon"),
        (EntityType.CONFIDENTIAL_TERM, "projet houblon"),
    ]


def test_terms_accept_tenant_config_objects() -> None:
    from bot.tenants import ConfidentialTerm

    detector = PiiDetector(
        [ConfidentialTerm(term="Projet Zèbre", variants=["Zèbre"])], use_ner=False
    )
    assert [e.value for e in detector.detect("le projet zebre et Zèbre")] == [
        "projet zebre",
        "Zèbre",
    ]

"""The handoff classifier on hand-written messages: every category, FR and EN, and the traps."""

from __future__ import annotations

import pytest
import yaml

from bot.handoff.detection import (
    BehaviourSignals,
    HandoffClassifier,
    HandoffRules,
    check_behaviour,
)
from bot.handoff.detection.training import EXAMPLES_PATH as DEFAULT_EXAMPLES_PATH

# The same messages help train the learned model, so these tests check the rules alone.
MESSAGES = yaml.safe_load(DEFAULT_EXAMPLES_PATH.read_text(encoding="utf-8"))
POSITIVES = [(cat, text) for cat, texts in MESSAGES["positives"].items() for text in texts]


@pytest.fixture(scope="module")
def classifier() -> HandoffClassifier:
    return HandoffClassifier(HandoffRules.load(), model=None)


@pytest.mark.parametrize(("category", "text"), POSITIVES)
def test_positive_messages_get_their_category(
    classifier: HandoffClassifier, category: str, text: str
) -> None:
    verdict = classifier.classify(text)
    assert verdict.handoff, text
    assert verdict.category == category, (text, verdict)


@pytest.mark.parametrize("text", MESSAGES["danger"])
def test_danger_wording_raises_distress_with_danger(
    classifier: HandoffClassifier, text: str
) -> None:
    verdict = classifier.classify(text)
    assert verdict.handoff and verdict.category == "distress", (text, verdict)
    assert verdict.danger
    assert verdict.urgency == "critical"


@pytest.mark.parametrize("text", MESSAGES["negatives"])
def test_harmless_messages_stay_with_the_bot(classifier: HandoffClassifier, text: str) -> None:
    verdict = classifier.classify(text)
    assert not verdict.handoff, (text, verdict)
    assert verdict.category == "none"


@pytest.mark.parametrize(
    "text",
    [
        "Je ne veux PAS parler à un humain.",
        "pas besoin d'un conseiller, merci",
        "I don't need to talk to a person.",
    ],
)
def test_negated_requests_are_not_requests(classifier: HandoffClassifier, text: str) -> None:
    assert not classifier.classify(text).handoff


def test_inability_is_not_negation(classifier: HandoffClassifier) -> None:
    verdict = classifier.classify("Je n'arrive pas à joindre un conseiller depuis hier.")
    assert verdict.category == "explicit_request"


def test_factual_negation_does_not_cancel_a_privacy_request(classifier: HandoffClassifier) -> None:
    verdict = classifier.classify("Vous n'avez toujours pas supprimé mes données !")
    assert verdict.category == "privacy_request"


def test_joke_marker_downgrades_mild_category_and_marks_it_borderline(
    classifier: HandoffClassifier,
) -> None:
    verdict = classifier.classify("Encore une relance et j'appelle mon avocat 🤣")
    assert not verdict.handoff
    assert verdict.borderline and verdict.candidate == "legal"


def test_joke_marker_never_silences_explicit_danger(classifier: HandoffClassifier) -> None:
    for text in ("Je vais me suicider mdr", "He threatened me again lol", "Un fût a explosé 😂"):
        assert classifier.classify(text).handoff, text


def test_joke_elsewhere_in_a_long_message_does_not_downgrade(
    classifier: HandoffClassifier,
) -> None:
    text = "Super vidéo 😂. Autre chose. Par ailleurs, je veux parler à un conseiller."
    assert classifier.classify(text).category == "explicit_request"


def test_idioms_are_harmless_but_the_same_words_in_earnest_are_not(
    classifier: HandoffClassifier,
) -> None:
    assert not classifier.classify("Je meurs d'envie de goûter la nouvelle bière").handoff
    assert classifier.classify("Je meurs d'envie d'en finir").danger


def test_normalisation_copes_with_case_accents_and_apostrophes(
    classifier: HandoffClassifier,
) -> None:
    for text in ("JE VEUX PARLER À UN HUMAIN", "je veux parler a un humain", "J’veux un humain"):
        assert classifier.classify(text).category == "explicit_request", text


def test_danger_is_reported_even_when_another_category_wins(
    classifier: HandoffClassifier,
) -> None:
    verdict = classifier.classify("Il me harcèle tous les jours, j'ai envie de mourir.")
    assert verdict.category == "harassment"
    assert verdict.danger


def test_language_guess_picks_the_helpline(classifier: HandoffClassifier) -> None:
    english = classifier.classify("I want to kill myself")
    french = classifier.classify("Je veux mourir")
    assert english.language == "en" and french.language == "fr"
    assert "3114" in classifier.rules.helpline("en") and "112" in classifier.rules.helpline("en")
    assert "3114" in classifier.rules.helpline("fr")


def test_empty_and_huge_messages(classifier: HandoffClassifier) -> None:
    assert not classifier.classify("").handoff
    assert not classifier.classify("   ").handoff
    assert classifier.classify("bla " * 20_000 + " je veux mourir").handoff is False  # cut off
    assert classifier.classify("je veux mourir " + "bla " * 20_000).danger


def test_sensitive_topics(classifier: HandoffClassifier) -> None:
    assert classifier.is_sensitive("Est-ce que les points sont imposables ?")
    assert not classifier.is_sensitive("Quand est la prochaine soirée ?")


def test_behaviour_rules_use_yaml_thresholds(classifier: HandoffClassifier) -> None:
    thresholds = classifier.rules.behaviour
    two_misses = BehaviourSignals(
        consecutive_unanswered=2, sensitive_topic=False, retrieval_support=1.0
    )
    verdict = check_behaviour(two_misses, thresholds)
    assert verdict is not None and verdict.rule == "repeated_unanswered"
    weak = BehaviourSignals(consecutive_unanswered=0, sensitive_topic=True, retrieval_support=0.1)
    verdict = check_behaviour(weak, thresholds)
    assert verdict is not None and verdict.rule == "sensitive_low_support"
    fine = BehaviourSignals(consecutive_unanswered=1, sensitive_topic=True, retrieval_support=0.9)
    assert check_behaviour(fine, thresholds) is None
    assert (
        check_behaviour(
            BehaviourSignals(
                consecutive_unanswered=0, sensitive_topic=False, retrieval_support=0.0
            ),
            thresholds,
        )
        is None
    )

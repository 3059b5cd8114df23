"""Issue 19, answers below the support bar: the passage both closest in meaning and richest
in the question's words answers when it shares `AGREED_SUPPORT` of them and holds what is
asked (`knowledge.answer._agreed`); a question asking for a telephone number is answered
only by a passage that gives one (`knowledge.answerability.PHONE`); spoken framing ("je viens
de", "ça marche comment", "any way to") is not a word the passage must hold."""

from __future__ import annotations

from knowledge.answer import (
    AGREED_SUPPORT,
    _agreed,
    _question_words,
    _Verdict,
    coverage,
    extractive_answer,
)
from knowledge.answerability import PHONE, expected_kind, has_kind
from knowledge.heavy_words import misses_no_heavy_word
from knowledge.lexical import LexicalField, LexicalIndex
from knowledge.retrieval import Hit
from knowledge.text import index_terms
from tests.knowledge.hits import public_hit

QUESTION = "les chambres à air utilisées pendant la séance, les gens les paient ?"


def _hits() -> list[Hit]:
    return [
        public_hit(
            "Les pièces détachées utilisées pendant la séance sont facturées au prix coûtant.",
            "Guide › Pièces détachées",
            0,
            "g.md",
        ),
        public_hit("Les ateliers ouvrent le samedi de 10 h à 13 h.", "Guide › Horaires", 1, "g.md"),
        public_hit("Le stand est monté la veille par l'équipe.", "Kit › Stand", 2, "k.md"),
    ]


def _idf(hits: list[Hit]) -> LexicalField:
    texts = [f"{h.section}\n{h.text}" for h in hits]
    texts += ["Autre chose sans rapport.", "Les chambres à air sont rangées au fond."]
    texts += ["La charte des bénévoles.", "Les gens du quartier."]
    return LexicalIndex.build([index_terms(t) for t in texts], [[] for _ in texts]).body


def _verdict(support: float, holds: bool = True) -> _Verdict:
    return _Verdict(support, False, holds)


def test_i19_agreed_the_closest_and_richest_passage_answers_below_the_bar() -> None:
    hits = _hits()
    idf = _idf(hits)
    assert not extractive_answer(QUESTION, hits, idf).answered  # below the support bar
    read = extractive_answer(QUESTION, hits, idf, cosines=[0.850, 0.849, 0.80])
    assert read.answered
    assert "facturées au prix coûtant" in read.text
    # Another passage closer in meaning: the two signals disagree.
    assert not extractive_answer(QUESTION, hits, idf, cosines=[0.849, 0.850, 0.80]).answered


def test_i19_agreed_needs_the_richest_passage_enough_words_and_what_is_asked() -> None:
    richest = AGREED_SUPPORT + 0.05
    assert _agreed([_verdict(richest), _verdict(0.2)], [0.85, 0.84]) == 0
    # Another passage read by the encoder shares more of the question's words.
    assert _agreed([_verdict(richest), _verdict(richest + 0.01)], [0.85, 0.84]) is None
    # ...but a passage the encoder did not read does not count.
    unread = [_verdict(richest), _verdict(richest + 0.01), _verdict(0.2)]
    assert _agreed(unread, [0.85, None, 0.84]) == 0
    assert _agreed([_verdict(AGREED_SUPPORT - 0.01), _verdict(0.1)], [0.85, 0.84]) is None
    assert _agreed([_verdict(richest), _verdict(0.2)], [0.85]) is None  # nothing to compare
    hits = _hits()
    idf = _idf(hits)
    asks_amount = "combien coûtent les chambres à air utilisées pendant la séance ?"
    assert not extractive_answer(asks_amount, hits, idf, cosines=[0.850, 0.849, 0.80]).answered


def test_i19_a_telephone_number_asked_for_is_a_kind_of_answer() -> None:
    assert expected_kind("Quel est le numéro de téléphone du délégué aux données ?") == PHONE
    assert expected_kind("C'est quoi le numéro de tel du référent ?") == PHONE
    assert expected_kind("À quel numéro appeler en cas d'urgence ?") == PHONE
    assert expected_kind("What's the phone number for emergencies?") == PHONE
    # A number mentioned, not asked for.
    assert expected_kind("Puis-je donner mon numéro de téléphone aux participants ?") is None
    assert expected_kind("J'ai perdu les numéros de tel des inscrits, je fais quoi ?") is None
    assert has_kind(PHONE, "Appelez le 02 41 22 33 44 en semaine.")
    assert has_kind(PHONE, "Joignable au +33 6 12 34 56 78.")
    assert not has_kind(PHONE, "Le délégué est joignable à dpo@exemple.coop.")
    assert not has_kind(PHONE, "Les ateliers de 2026 et 2027 ouvrent à 10 h.")


def test_i19_a_telephone_number_asked_for_is_not_answered_by_an_address() -> None:
    question = "Quel est le numéro de téléphone du délégué à la protection des données ?"
    email = public_hit(
        "Le délégué à la protection des données est joignable à dpo@exemple.coop.",
        "Données › Responsable",
    )
    idf = _idf([email])
    assert not extractive_answer(question, [email], idf).answered
    phone = public_hit(
        "Le délégué à la protection des données est joignable au 02 41 22 33 44.",
        "Données › Responsable",
    )
    assert extractive_answer(question, [phone], _idf([phone])).answered


def test_i19_spoken_framing_is_not_what_a_question_asks_about() -> None:
    idf = _idf(_hits())

    def asked(question: str) -> set[str]:
        return {w.surface for w in _question_words(question, idf)}

    assert asked("je viens de monter de palier, il se passe quoi ?") == {"monter", "palier"}
    assert asked("parrainer un ami, ça marche comment ?") == {"parrainer", "ami"}
    assert asked("any way to miss a session?") == {"miss", "session"}
    assert asked("any way to get extra points on top of the normal ones?") == {
        "extra",
        "points",
        "top",
        "normal",
    }


def test_i19_a_two_word_question_is_not_refused_for_one_of_its_words_alone() -> None:
    idf = _idf(_hits())
    words = _question_words("les chambres utilisées ?", idf)
    assert len(words) == 2
    shares = coverage(words, "Les pièces utilisées pendant la séance.")
    assert shares == [0.0, 1.0]
    assert misses_no_heavy_word(words, shares, [False, False])
    # ...unless the word it misses is one no document uses.
    assert not misses_no_heavy_word(words, shares, [True, False])

"""Issue 19 item 4: a verb asked in a form the stemmers leave apart from its dictionary form
("wrote", "kept", « il répond », « reçoivent ») still finds its translations, and the
lexicon knows the everyday words questions name things with."""

from __future__ import annotations

from knowledge.bilingual import (
    GENERAL_TRANSLATION_WEIGHT,
    TRANSLATION_WEIGHT,
    english_translations,
    translations,
    weighted_translations,
)
from knowledge.general_words import general_stems
from knowledge.text import stem
from knowledge.verb_forms import english_base, french_base, french_root_keys


def test_irregular_english_forms_read_as_their_verb() -> None:
    assert english_base("wrote") == "write"
    assert english_base("Kept") == "keep"
    assert english_base("sent") == "send"
    assert english_base("newsletter") == "newsletter"


def test_irregular_french_forms_read_as_their_infinitive() -> None:
    assert french_base("reçoivent") == "recevoir"
    assert french_base("rendu") == "rendre"
    assert french_base("atelier") == "atelier"


def test_a_dre_verb_is_found_by_its_root() -> None:
    assert french_root_keys(stem("répondre", "french")) == (stem("répond", "french"),)
    assert french_root_keys(stem("manger", "french")) == ()


def test_an_english_past_form_finds_the_french_verb() -> None:
    assert stem("rédiger", "french") in translations("wrote")
    assert stem("écrit", "french") in translations("written")
    assert stem("garder", "french") in translations("kept")


def test_a_conjugated_french_verb_finds_the_english_one() -> None:
    assert stem("answer", "english") in english_translations("répond")
    assert stem("answer", "english") in english_translations("répondu")
    assert stem("receive", "english") in english_translations("reçoivent")


def test_common_words_list_reads_verb_forms_too() -> None:
    assert stem("écrire", "french") in general_stems("wrote", english=True)


def test_everyday_question_words_are_translated() -> None:
    assert stem("maintenant", "french") in translations("now")
    assert stem("vrai", "french") in translations("real")
    assert stem("jamais", "french") in translations("never")
    assert stem("suisse", "french") in translations("Switzerland")
    assert "switzerland" in english_translations("Suisse")


def test_a_word_the_lexicon_lacks_is_translated_through_the_common_words() -> None:
    found = weighted_translations("Can my wife come along?", lambda s: True, lambda s: False)
    assert found[stem("épouse", "french")] == GENERAL_TRANSLATION_WEIGHT < TRANSLATION_WEIGHT


def test_a_word_the_lexicon_lists_keeps_its_translations_only() -> None:
    found = weighted_translations("Can I bring a guest?", lambda s: True, lambda s: False)
    assert found[stem("invité", "french")] == TRANSLATION_WEIGHT

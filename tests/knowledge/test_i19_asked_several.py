"""Issue 19: a question asking for several things quotes the list that gives them before a
paragraph about as rich in its words (`knowledge.asked_several`, `quote_kind.LIST_BONUS`);
a French question that names English quotes the English passage first
(`knowledge.quote_language.quoting_language`)."""

from __future__ import annotations

from knowledge.answer import support
from knowledge.asked_several import asks_for_several, enumerates
from knowledge.passages import best_passages
from knowledge.quote_kind import quote_bonus
from knowledge.quote_language import quoting_language
from tests.knowledge.hits import public_hit
from tests.knowledge.test_i19_quote_choice import _words

PARAGRAPH = (
    "Les ateliers du samedi changent chaque année ; les ateliers les plus demandés sont "
    "annoncés dans la lettre du mois et complets en quelques jours."
)
LISTED = (
    "Les ateliers de cette année :\n- peinture sur bois ;\n- jardinage ;\n- cuisine au feu de bois."
)
QUESTION = "quels ateliers le samedi ?"


def test_enumeration_questions() -> None:
    assert asks_for_several("quelles conditions pour entrer dans le club ?")
    assert asks_for_several("les étapes pour déposer une demande")
    assert asks_for_several("What are the rules of the forum?")
    assert asks_for_several("qu'est-ce que je dois emmener pour la sortie ?")
    assert not asks_for_several("je peux amener mon chien à la sortie ?")
    assert not asks_for_several("c'est quand la prochaine sortie ?")
    assert enumerates(LISTED)
    assert not enumerates(PARAGRAPH)


def test_the_list_is_quoted_first_for_an_enumeration_question() -> None:
    hits = [
        public_hit(PARAGRAPH, "Guide › Le club", 0, "guide.md"),
        public_hit(LISTED, "Programme › Le samedi", 1, "programme.md"),
    ]
    words = _words(QUESTION, hits)
    plain = best_passages(words, hits, support, "french", extra=quote_bonus(None, []))
    assert plain[0].rank == 0
    listed = best_passages(words, hits, support, "french", extra=quote_bonus(None, [], (), True))
    assert listed[0].rank == 1


def test_a_french_question_naming_english_prefers_english_passages() -> None:
    assert quoting_language("le récap des niveaux en anglais stp") == "english"
    assert quoting_language("dans le guide anglais, c'est combien ?") == "english"
    assert quoting_language("le récap des niveaux stp") == "french"
    assert quoting_language("What are the levels?") == "english"

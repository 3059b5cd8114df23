"""Issue 19: chat shorthand read as the words it stands for ("pts", "qqn", "insta", "event"),
everyday synonyms of program words ("suggestion" / "idée", "gamin" / "enfant"), named social
networks for ranking, English chat words over French documents."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.answer import _question_words, support
from knowledge.base import KnowledgeBase
from knowledge.bilingual import translations
from knowledge.chat_words import expanded
from knowledge.lexical import LexicalIndex
from knowledge.synonyms import synonym_stems, synonym_weights
from knowledge.text import index_terms, stem

PUBLIC = {"public"}
GUIDE = """# Guide des points

## Points

Les points s'accumulent à chaque contribution et restent valables deux ans.

## Validité des bons

Les bons d'achat restent valables six mois après leur émission.

## Barème

Un avis publié sur le site rapporte 15 points, dans la limite de quatre par mois.
Une idée d'amélioration retenue par l'équipe rapporte 30 points.

## Soirées

Les inscriptions aux soirées se font depuis l'espace personnel, au plus tard deux jours
avant la date ; une place libérée est proposée au suivant sur la liste d'attente.

## Famille

Les enfants de moins de douze ans viennent accompagnés d'un adulte.
"""


@pytest.fixture
def guide_kb(kb: KnowledgeBase, tmp_path: Path) -> KnowledgeBase:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "guide.md").write_text(GUIDE, encoding="utf-8")
    kb.ingest_paths("colibri", [docs], default_sensitivity="public")
    return kb


def test_i19_chat_shorthand_is_spelled_out() -> None:
    assert expanded("combien de pts pour qqn ?") == "combien de points pour quelqu'un ?"
    assert expanded("je suis dispo pour l'event") == "je suis disponible pour l'événement"
    assert expanded("Où a lieu l'AG ?") == "Où a lieu l'assemblée générale ?"
    assert expanded("c quoi ma réduc ?") == "c'est quoi ma réduction ?"
    assert expanded("how many pts for a post on insta?") == (
        "how many points for a post on Instagram?"
    )


def test_i19_going_up_a_level_reads_as_a_change_of_level() -> None:
    assert expanded("je viens de monter de palier") == "je viens de changer de palier"
    assert expanded("si je grimpe d'un niveau") == "si je changer de niveau"
    assert expanded("le montant de niveau") == "le montant de niveau"


def test_i19_chat_shorthand_leaves_words_alone() -> None:
    # "tel" is a French word too: only a phone number's "tel" is read as "téléphone".
    assert expanded("dans un tel cas") == "dans un tel cas"
    assert expanded("mon numéro de tel") == "mon numéro de téléphone"
    # "c'est" and "week-end" are not shorthand; "event" in an English question stays.
    assert expanded("c'est quoi le week-end ?") == "c'est quoi le week-end ?"
    assert expanded("what is the next event?") == "what is the next event?"


def test_i19_everyday_synonyms_meet_program_words() -> None:
    assert stem("idée") in synonym_stems("suggestion")
    assert stem("retenue") in synonym_stems("acceptée")
    assert stem("enfant") in synonym_stems("gamins")
    assert stem("recueillir") in synonym_stems("récolter")
    # "pote" is read as "ami" (chat_words): its stem is that of "pot".
    assert stem("pot") not in synonym_stems("ami")
    assert expanded("parrainer un pote") == "parrainer un ami"


def test_i19_chat_shorthand_finds_the_passage(guide_kb: KnowledgeBase) -> None:
    # "pts" is no word of the documents: read as it was, the question went to the
    # vouchers' validity and abstained.
    question = "mes pts restent valables combien de temps ?"
    hits = guide_kb.search("colibri", question, allowed_sensitivities=PUBLIC)
    assert hits[0].section.endswith("Points")
    answer = guide_kb.answer("colibri", question, allowed_sensitivities=PUBLIC)
    assert answer.answered, answer.text
    assert "deux ans" in answer.text
    answer = guide_kb.answer(
        "colibri", "je veux m'inscrire à un event, je fais comment ?", allowed_sensitivities=PUBLIC
    )
    assert answer.answered, answer.text
    assert "espace personnel" in answer.text


def test_i19_everyday_synonym_finds_the_passage(guide_kb: KnowledgeBase) -> None:
    hits = guide_kb.search(
        "colibri", "une suggestion acceptée, combien de points ?", allowed_sensitivities=PUBLIC
    )
    assert hits[0].section.endswith("Barème")


def test_i19_a_named_network_ranks_the_social_media_rules_but_does_not_support_them() -> None:
    def nowhere(term: str) -> bool:
        return False

    weights = synonym_weights("je poste sur Instagram", set(), nowhere, False)
    assert stem("réseaux") in weights and stem("sociaux") in weights
    # One way: "réseaux sociaux" does not look for Instagram...
    assert stem("instagram") not in synonym_weights("les réseaux sociaux", set(), nowhere, False)
    # ...and a passage on social networks does not hold what is asked about Instagram.
    assert stem("réseaux") not in synonym_stems("Instagram")


def test_i19_english_chat_words_meet_french_program_words() -> None:
    assert stem("retenue") in translations("accepted")
    assert stem("kilométriques") in translations("mileage")
    assert stem("nouveaux") in translations("newcomers")


def test_i19_just_done_venir_is_no_word_of_the_question() -> None:
    # "je viens de passer Argent": "viens" says when, not what; a passage need not hold it.
    text = "Le passage au niveau Argent donne une remise de 10 % sur les accessoires."
    lexical = LexicalIndex.build([index_terms(text)], [[]])
    words = _question_words("je viens de passer au niveau Argent, j'ai quoi ?", lexical.body)
    assert not any(stem("viens") in w.stems for w in words)
    assert support(words, text) == 1.0


def test_english_contractions_leave_no_word_fragments() -> None:
    """ "don't" is not the French "don" (a gift); "I've", "we're" leave no "ve", "re"."""
    from knowledge.text import content_words

    found = content_words("I've got points, don't I? We're new, they'll help; can't, won't")
    assert found == ["got", "points", "new", "help"]
    assert "don" in content_words("Je fais un don de mes points à l'association")


def test_i19_a_polite_question_gets_the_answer_of_the_bare_one(guide_kb: KnowledgeBase) -> None:
    bare = guide_kb.answer(
        "colibri", "mes points restent valables combien de temps ?", allowed_sensitivities=PUBLIC
    )
    polite = guide_kb.answer(
        "colibri",
        "Bonjour ! Mes points restent valables combien de temps ? Merci beaucoup, bonne journée",
        allowed_sensitivities=PUBLIC,
    )
    assert bare.answered and polite.answered, polite.text
    assert "deux ans" in polite.text


def test_i19_chat_texting_abbreviations_are_spelled_out() -> None:
    assert expanded("qd est-ce que je reçois mes pts ?") == (
        "quand est-ce que je reçois mes points ?"
    )
    assert expanded("un atelier ça rapporte cb ?") == "un atelier ça rapporte combien ?"
    assert expanded("le bot lit mes mp ?") == "le bot lit mes message privé ?"
    assert expanded("ma contrib est refusée, pq ?") == "ma contribution est refusée, pourquoi ?"
    assert expanded("des consignes côté sécu ?") == "des consignes côté sécurité ?"
    assert expanded("what info do you keep abt me?") == "what information do you keep about me?"


def test_i19_chat_cb_stays_the_bank_card_after_par_or_en() -> None:
    assert expanded("je peux payer par CB ?") == "je peux payer par CB ?"
    assert expanded("on règle en cb sur place ?") == "on règle en cb sur place ?"
    assert expanded("le parrainage rapporte cb de points ?") == (
        "le parrainage rapporte combien de points ?"
    )


def test_i19_chat_shorthand_the_documents_write_is_kept() -> None:
    corpus = {"support", "appli", "infos", "pratiques"}
    assert expanded("l'appli plante, j'écris à qui ?", corpus.__contains__) == (
        "l'appli plante, j'écris à qui ?"
    )
    assert expanded("l'appli plante, j'écris à qui ?") == "l'application plante, j'écris à qui ?"
    assert expanded("ma contrib compte ?", corpus.__contains__) == "ma contribution compte ?"


def test_i19_chat_lone_c_before_a_word_is_c_est() -> None:
    assert (
        expanded("mon ami est sur la photo, c grave ?") == "mon ami est sur la photo, c'est grave ?"
    )
    assert expanded("si c payant je ne viens pas") == "si c'est payant je ne viens pas"
    assert expanded("il fait 20 °C au départ") == "il fait 20 °C au départ"
    assert expanded("On garde le plan C ?") == "On garde le plan C ?"
    assert expanded("vous prêtez du matos ?") == "vous prêtez du matériel ?"

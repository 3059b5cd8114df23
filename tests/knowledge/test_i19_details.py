"""Issue 19 (abstention): a question asking for a detail (a day, a year, a person, a web
address, a code, an identifying number, an owner's e-mail, a price or a budget) is not
answered by a passage about its subject that lacks that detail."""

from __future__ import annotations

import pytest

from knowledge.answer import extractive_answer
from knowledge.details import (
    CODE,
    DAY,
    DAY_OR_YEAR,
    EMAIL_OF,
    IDENTIFIER,
    MONEY,
    PERSON,
    WEB,
    YEAR_ASKED,
    asked_details,
    gives_details,
)
from knowledge.lexical import LexicalField
from knowledge.retrieval import Hit
from knowledge.text import index_terms


@pytest.mark.parametrize(
    ("question", "details"),
    [
        ("C'est quel jour exactement la Nuit de la lecture 2027 ?", {DAY}),
        ("which day does the shop open?", {DAY}),
        ("le comité se réunit à quelles dates en 2027 ?", {DAY_OR_YEAR}),
        ("Quelle est la date de la prochaine réunion ?", {DAY_OR_YEAR}),
        ("Qui a créé le programme et en quelle année ?", {PERSON, YEAR_ASKED}),
        ("Qui dirige l'équipe communauté ?", {PERSON}),
        ("le moniteur de la journée falaise c'est qui ?", {PERSON}),
        ("Who is the community manager for Belgium?", {PERSON}),
        ("what's the URL of the online shop?", {WEB}),
        ("c'est quoi le code wifi de la salle ?", {CODE}),
        ("What's the wifi password at the shop?", {CODE}),
        ("Quel est le numéro SIRET de l'entreprise ?", {IDENTIFIER}),
        ("what's the community manager's email address?", {EMAIL_OF}),
        ("how much is a day pass for kids?", {MONEY}),
        ("quel est le budget annuel du programme ?", {MONEY}),
        # A rule, a team, a group, a how-to: no detail named.
        ("Qui peut devenir ambassadeur ?", set()),
        ("Maëlle c'est qui ?", set()),
        ("Qui est Maëlle ?", set()),
        ("Qui sont les bénéficiaires de l'aide ?", set()),
        ("Qui gère les réclamations ?", set()),
        ("j'ai oublié mon mot de passe, je fais comment ?", set()),
        ("quel est le code de conduite ?", set()),
        ("how much is the discount at level two?", set()),
        ("la réduc marche sur le site internet ?", set()),
        ("Un client me demande quel jour on ouvre, je lui dis quoi ?", set()),
    ],
)
def test_i19_the_detail_asked(question: str, details: set[str]) -> None:
    assert asked_details(question) == details


@pytest.mark.parametrize(
    ("details", "question", "text", "gives"),
    [
        ({DAY}, "quel jour ?", "Mois: Janvier · Événement: Nuit de la lecture", False),
        ({DAY}, "quel jour ?", "Date: 23 janvier 2027 · Événement: Vœux", True),
        ({DAY}, "quel jour ?", "La permanence a lieu tous les mardis.", True),
        ({DAY}, "which day?", "Points are updated on the first day of the month.", True),
        ({DAY}, "which day?", "Opening night: December 12, 2026.", True),
        ({DAY_OR_YEAR}, "à quelles dates en 2027 ?", "Le comité se réunit en 2027.", False),
        ({DAY_OR_YEAR}, "à quelle date ?", "La ville est fondée en 1144.", True),
        ({YEAR_ASKED}, "en quelle année ?", "Le programme est né à Lyon.", False),
        ({YEAR_ASKED}, "en quelle année ?", "Abd el-Kader se rend en 1847.", True),
        ({PERSON}, "qui dirige ?", "L'équipe communauté répond sous deux jours.", False),
        ({PERSON}, "qui dirige ?", "Responsable : Camille Rousseau.", True),
        ({WEB}, "URL ?", "The shop is online.", False),
        ({WEB}, "URL ?", "Order on www.tortue-rusee.fr today.", True),
        ({CODE}, "code wifi ?", "Permanence: mardi 18h-20h, salle 2e étage.", False),
        ({CODE}, "code wifi ?", "Le code du wifi est Bloc2027.", True),
        ({IDENTIFIER}, "numéro ?", "Vélonor offre 100 euros de remise.", False),
        ({IDENTIFIER}, "numéro ?", "Appelez le 02 41 55 20 30.", True),
        ({EMAIL_OF}, "email ?", "Ask Maëlle on Discord.", False),
        ({EMAIL_OF}, "email ?", "Write to maelle@armor.fr.", True),
        ({MONEY}, "budget ?", "Nous n'avons pas le budget des grandes plateformes.", False),
        ({MONEY}, "budget ?", "Le budget s'élève à 118 000 € pour 2027.", True),
        ({MONEY}, "how much?", "Kids ski for free on Sundays.", True),
        (set(), "", "Any passage.", True),
    ],
)
def test_i19_a_passage_gives_the_detail(
    details: set[str], question: str, text: str, gives: bool
) -> None:
    assert gives_details(frozenset(details), text, question) is gives


def _hit(text: str, section: str) -> Hit:
    return Hit(
        client="demo",
        chunk_id="c1",
        document="calendrier.md",
        section=section,
        text=text,
        score=1.0,
        sensitivity="public",
        page=None,
    )


def test_i19_a_passage_about_the_event_without_its_day_does_not_answer() -> None:
    text = (
        "Mois: Janvier · Sollicitation: Témoignages vidéo pour la Nuit de la lecture · "
        "Passeurs recherchés: 6"
    )
    section = "Calendrier 2027 › Les temps forts"
    idf = LexicalField.build([index_terms(f"{section}\n{text}"), index_terms("Autre chose.")])
    asked = "C'est quel jour exactement la Nuit de la lecture 2027 ?"
    assert not extractive_answer(asked, [_hit(text, section)], idf).answered
    dated = text.replace("Mois: Janvier", "Date: 17 janvier")
    assert extractive_answer(asked, [_hit(dated, section)], idf).answered

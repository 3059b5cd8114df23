"""Restrictions said in passing (notes, chat, corrections) close a document; lookalikes don't."""

from __future__ import annotations

import pytest

from bot.bench.markings import read_head

RESTRICTED = [
    (
        "NB ajouté par Léa : finalement NE PAS envoyer aux ambassadeurs, on garde ça en interne",
        "internal",
    ),
    ("[Note de la CM] on ne l'envoie pas aux ambassadeurs", "internal"),
    (
        "<!-- ATTENTION : en fait réservé à l'équipe, ne pas mettre dans l'espace membres -->",
        "internal",
    ),
    ("(Gaëlle 14/11 : j'ai restreint au domaine interne)", "internal"),
    ("Slt l'équipe, doc interne, à pas filer aux ambassadeurs", "internal"),
    ("Hi all, the ambassadors shouldn't see the ranking yet", "internal"),
    ("Partage : domaine exemple.fr uniquement", "internal"),
    ("Diffusion : saisonniers + permanents", "internal"),
    ("merci de ne pas partager avec les autres membres", "internal"),
    ("c'était pas pour les ambassadeurs", "internal"),
    ("Pour les ambassadeurs du site de Villeurbanne uniquement", "internal"),
    ("Réservé aux ambassadeurs niveau Or", "internal"),
    ("For the ambassadors in Singapore only", "internal"),
    ("Sensitivity: Keepers – Platinum tier only", "internal"),
    ("Conf. direction — ne pas circuler", "confidential"),
    ("Strictement perso & confidentiel — pour Claire (DRH)", "confidential"),
    (
        "Destinataires restreints : Dr A. Lemaire (direction médicale), M. Fabre (DG)",
        "confidential",
    ),
    ("Ne circule qu'entre Anne-Laure Kervella (DG) et Youssef Benali (DAF)", "confidential"),
    ("⚠️ Ne pas envoyer aux Complices", "internal"),
    ("a ne pas fair suivre aux ambasadeurs svp, c pour nous", "internal"),
    ("Doc de travail — on n'en parle pas aux ambassadeurs pour l'instant", "internal"),
    ("interne hein, c pas pour les relais ni les clients", "internal"),
    ("[Update from Inès: scrap that, this stays with the team]", "internal"),
    ("on garde ça côté équipe, PAS pour les vanguards hein", "internal"),
    ("Pour les Museaux niveau Croquette d'Or seulement", "internal"),
    ("À : Vanguards du chapitre Benelux uniquement", "internal"),
    ("[Slack DM Olivier → Mélanie] reste entre nous : on va devoir réorganiser", "confidential"),
    ("pied de page : Document strictement confidentiel – COMEX", "confidential"),
]
# Rules about something else, the public kept out of an ambassadors' document, a whole
# group named with its company, a price range, a flyer's audience.
UNRESTRICTED = [
    ("Ne pas mettre au lave-vaisselle", "none"),
    ("Ne pas donner à manger aux animaux", "none"),
    ("Le prix reste entre 10 et 20 €", "none"),
    ("Pour les familles uniquement", "none"),
    ("Oui pour le forfait saison : il ne doit pas avoir eu de forfait l'an passé", "none"),
    ("Rédaction : Marie Dupont", "none"),
    ("Vous n'êtes pas dans le Discord ? Rejoignez-nous", "none"),
    ("Pas pour les débutants : piste noire", "none"),
    ("Vos chiffres exacts restent entre nous", "none"),
    ("You are never asked to coach: safety stays with the staff", "none"),
    ("For distribution to ambassadors and prospects", "public"),
    ("For ambassadors of Malterie du Causse. Public document.", "public"),
    ("réservé ambassadeurs, pas sur insta svp", "public"),
]


def _head(line: str) -> str:
    return f"{line}\nTitre du document\nUn paragraphe de texte courant pour le corps."


@pytest.mark.parametrize(("line", "level"), RESTRICTED)
def test_a_restriction_said_in_passing_closes_the_document(line: str, level: str) -> None:
    assert read_head(_head(line))[0] == level


@pytest.mark.usefixtures("rules_only")  # the rules' reading (no second reader)
@pytest.mark.parametrize(("line", "level"), UNRESTRICTED)
def test_a_lookalike_keeps_its_reading(line: str, level: str) -> None:
    assert read_head(_head(line))[0] == level


def test_the_programs_name_restricts_as_the_word_does_and_opens_only_by_the_rule() -> None:
    names = ("Veilleurs",)
    assert read_head(_head("NE PAS envoyer aux Veilleurs"), names)[0] == "internal"
    assert read_head(_head("Diffusion : Veilleurs"), names)[0] == "public"
    # A part of them, named as the audience label would read it: never opened.
    part = "Diffusion : Veilleurs du cercle « Mécènes » seulement"
    assert read_head(_head(part), names)[0] in ("internal", "confidential")
    correction = "Diffusion : Veilleurs\nNB : finalement NE PAS envoyer aux Veilleurs"
    assert read_head(correction, names)[0] == "internal"


def test_a_count_of_readers_with_their_roles_is_a_few_people() -> None:
    assert read_head(_head("Shared with: 3 people (CEO, CFO, Head of Legal)"))[0] == "confidential"
    assert read_head(_head("Audience : 12 400 abonnés LinkedIn"))[0] == "none"

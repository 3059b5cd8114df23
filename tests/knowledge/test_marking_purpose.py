"""Readers said by the document's purpose or late in its head (the forty-first pass):
a notice for a room only the staff enter, a welcome booklet for new employees, a document
its sentence says the support team reads, readers named before a colon, a report "réservé"
with a longer subject, "Il est confidentiel" in a later sentence close it; a sentence that
gives the document itself to every ambassador or to anyone opens a head that said nothing
else. Invented heads."""

from __future__ import annotations

import pytest

from bot.bench.markings import read_head
from knowledge.marking_purpose import purpose_marking
from knowledge.marking_sent_to_all import sent_to_all_marking

RESTRICTED = {"internal", "confidential"}


@pytest.mark.parametrize(
    "head",
    [
        "À afficher dans la salle du personnel\n\nPensez à badger en arrivant.",
        "Affiche pour la salle de repos\n\nLes plannings de juillet sont en ligne.",
        "To be posted in the break room\n\nShift swaps go through the manager.",
        "Staff room notice\n\nPlease label your food in the fridge.",
        "Guide d'accueil des nouveaux collaborateurs\n\nBienvenue chez nous !",
        "Welcome booklet for new hires\n\nYour first week, day by day.",
        "Foire aux questions\n\nCe recueil sert au quotidien : il est utilisé par le service "
        "après-vente pour répondre aux ambassadeurs.",
        "FAQ\n\nThis sheet is used by our customer support team when members write in.",
        "Vendor onboarding\n\nPrepared for our partner bakeries: what the program is, how "
        "referrals reach you, who to call.",
        "Suivi des relances\n\nCe fichier de relances est réservé à l'équipe marketing.",
        "Départ d'un bénévole\n\nCette fiche résume la situation et la décision prise. Elle est "
        "strictement confidentielle.",
    ],
)
def test_readers_given_by_purpose_or_late_restrict(head: str) -> None:
    level, _ = read_head(head)
    assert level in RESTRICTED, head


def test_a_later_pronoun_sentence_says_confidential() -> None:
    head = "Dossier\n\nCe dossier retrace les échanges avec le membre. Il est confidentiel."
    assert read_head(head)[0] == "confidential"


def test_a_shop_poster_stays_public() -> None:
    assert read_head("À afficher en magasin\n\nNouveaux horaires d'été.")[0] == "public"


@pytest.mark.parametrize(
    "lines",
    [
        ["Travaux dans la salle de pause", "Les peintres passent lundi."],
        [
            "Rapport annuel",
            "Les chiffres.",
            "L'équipe.",
            "Nous avons revu le livret d'accueil des nouveaux salariés.",
        ],
        ["Ce document est lu par les ambassadeurs du programme."],
    ],
)
def test_a_room_a_booklet_or_ambassador_readers_as_a_topic_name_no_staff(lines: list[str]) -> None:
    assert purpose_marking(lines) is None, lines


@pytest.mark.parametrize(
    "head",
    [
        "Lettre du programme n° 3\n\nAu sommaire : l'agenda, un portrait.\n\nElle est envoyée à "
        "chacun des ambassadeurs, comme chaque mois.",
        "Monthly digest\n\nContents: the agenda; a portrait.\nThis digest goes to all ambassadors.",
        "Portraits\n\nDix portraits de membres. Ils sont faits pour être lus par tout le monde.",
        "Charte\n\nChaque ambassadeur la reçoit à son inscription.",
        "Bulletin\n\nAu sommaire : les dates ; faites-la suivre sans hésiter.",
    ],
)
def test_a_document_given_to_every_ambassador_late_in_its_head_is_public(head: str) -> None:
    assert read_head(head)[0] == "public", head


@pytest.mark.parametrize(
    "line",
    [
        "Cette lettre sera envoyée à tous les ambassadeurs une fois validée.",
        "Cette lettre n'est pas envoyée à tous les ambassadeurs.",
        "Cette lettre est envoyée à tous les ambassadeurs de Lyon.",
        "Cette lettre est envoyée à tous les Isards.",  # a name the client has not declared
        "Les ambassadeurs reçoivent des points à chaque avis.",
    ],
)
def test_a_future_denied_narrowed_or_unknown_readership_opens_nothing(line: str) -> None:
    assert sent_to_all_marking([line]) is None, line


def test_a_later_sentence_with_the_document_noun_alone_says_confidential() -> None:
    head = "Projet d'ouverture\n\nL'équipe en discute. Note strictement confidentielle."
    assert read_head(head)[0] == "confidential"


def test_leave_to_repost_on_networks_and_wherever_their_friends_are_is_public() -> None:
    head = (
        "Nouvelle boutique !\n\nFeel free to share this on Facebook, TikTok or wherever your "
        "friends hang out. Thanks, everyone!"
    )
    assert read_head(head)[0] == "public"


@pytest.mark.parametrize(
    "head",
    [
        "Appel ouvert à tous les ambassadeurs : le comité éditorial cherche des plumes\n\nTexte",
        "Summer picnic\n\nEvery ambassador is welcome, and you can bring a friend.",
        "# Invitation\n\nChers ambassadeurs,\nvous êtes tous conviés à la soirée du 3 mai.",
    ],
)
def test_an_open_call_or_an_invitation_to_all_ambassadors_is_public(head: str) -> None:
    assert read_head(head)[0] == "public", head


def test_every_ambassador_in_the_clients_own_program_is_all_of_them() -> None:
    head = "Pique-nique\n\nEvery ambassador in Club Arlequin is welcome. RSVP by Friday."
    assert read_head(head, ["Arlequins"], ["Club Arlequin"])[0] == "public"
    lines = ["Every ambassador in Lyon is welcome."]
    assert sent_to_all_marking(lines, None, ["Club Arlequin"]) is None


def test_all_invited_without_a_greeting_to_the_ambassadors_opens_nothing() -> None:
    assert sent_to_all_marking(["Chers collègues,", "vous êtes tous conviés au pot."]) is None


def test_new_ambassadors_greeted_are_a_part_of_them() -> None:
    lines = ["Chers nouveaux ambassadeurs,", "vous êtes tous conviés à l'accueil du 3 mai."]
    assert sent_to_all_marking(lines) is None

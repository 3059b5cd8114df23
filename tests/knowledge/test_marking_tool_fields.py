"""A work tool's fields read as readers (`knowledge.marking_tool_fields`): invented heads."""

from __future__ import annotations

import pytest

from bot.bench.markings import read_head
from knowledge.marking_tool_fields import group_list
from knowledge.marking_tools import sublist


@pytest.mark.parametrize(
    ("head", "level"),
    [
        # readership fields naming no whole: fail closed
        ("Wiki · Programme Lucioles\nVisibilité : Lucioles palier Braise", "internal"),
        ("Roadmap Q3\nShared with: pilot testers", "internal"),
        ("Diffusion : Cercle Sud", "internal"),
        ("Audience: spring newcomers", "internal"),
        # a mailing list named for a group, not for all
        ("De : Paul\nÀ : mentors@lucioles.org\nObjet : planning", "internal"),
        ("To: parrains-argent@exemple.fr\nSubject: next meetup", "internal"),
        # a drive path through a folder that says a level
        ("Drive > Direction > CONFIDENTIEL > budget_2028.xlsx", "confidential"),
        ("Drive > Programme > Interne > suivi.xlsx", "internal"),
        # the invitation itself reserved, an address to a part of a group
        ("Atelier vitrail\nInvitation réservée au groupe Bordeaux", "internal"),
        ("Parcours d'accueil\nÀ destination des Lucioles de la promotion d'automne", "internal"),
        ("Kit de rentrée\nPour les membres du comité des fêtes : le planning", "internal"),
        ("Bureau — séance du 3 mai\nDocument de travail réservé aux membres du bureau", "internal"),
        ("Ticket #88 — doublon de fiche\nFile : support · non visible des membres", "internal"),
        ("Roadmap board\nHidden from members (team view)", "internal"),
        ("Pour les Brodeuses de la Tribu\nPlanning des ateliers", "internal"),
    ],
)
def test_restricted_fields(head: str, level: str) -> None:
    assert read_head(head)[0] == level


@pytest.mark.parametrize(
    ("head", "level"),
    [
        ("Visibilité : toutes les Lucioles", "public"),
        ("Shared with: all pilots (whatever their level)", "public"),
        ("De : Paul\nÀ : lucioles-tous@exemple.org\nObjet : la rentrée", "public"),
        ("Drive > Communication > Public > affiche.pdf", "none"),
        ("Invitation réservée aux membres Or : -20 % sur le stand", "none"),
        ("Guide pour les ambassadeurs de tous niveaux", "none"),
        # a count of readers, one bare word that may be the client's name for all of them
        ("# Bilan réseaux\n\nAudience : 8 300 abonnés Instagram.", "none"),
        ("Diffusion : 2 vidéos, 5 posts", "none"),
    ],
)
def test_whole_or_unmarked_fields_are_left_alone(head: str, level: str) -> None:
    assert read_head(head, ["Lucioles"])[0] == level


@pytest.mark.parametrize(
    ("head", "level"),
    [
        ("De : Léa\nÀ : lea.martin@exemple.fr\nObjet : compte rendu", "confidential"),
        ("À : support@exemple.fr\nObjet : question", "internal"),
        ("De : Léa\nÀ : parrains@exemple.org\nObjet : la rentrée", "internal"),
    ],
)
def test_a_mails_recipients_are_its_readers(head: str, level: str) -> None:
    # a list that is not the whole program's, or one person (`marking_mail_header`)
    assert read_head(head, ["Lucioles"])[0] == level


def test_a_named_list_with_a_tier_stays_internal() -> None:
    # with the client's name for its ambassadors, "lucioles-or@" is still one tier's list
    head = "Palier Or — dîner\nÀ : lucioles-or@exemple.org"
    assert read_head(head, ["Lucioles"])[0] == "internal"
    assert sublist("À : lucioles-or@exemple.org")
    assert not sublist("À : lucioles-tous@exemple.org")


@pytest.mark.parametrize(
    ("local", "group"),
    [
        ("referents", True),
        ("mentors-nord", True),
        ("lea.martin", False),
        ("jo", False),
        ("support", False),
        ("liste", False),
    ],
)
def test_group_lists(local: str, group: bool) -> None:
    assert group_list(local) is group


@pytest.mark.parametrize(
    ("head", "level"),
    [
        ("Affiche — à imprimer pour les vitrines\nRejoignez les Lucioles !", "public"),
        ("Billet de blog — exemple.fr\nNos bénévoles racontent", "public"),
        ("Post Instagram / Facebook — à publier lundi\nVenez nombreux", "public"),
        ("Press kit — spring season\nExemple Co.", "public"),
        ("Page web « Nous rejoindre »\nTexte pour exemple.fr", "public"),
        ("Club Lucioles : règlement\nPublié sur exemple.co/club", "public"),
        ("Affiche — maquette v2\nRejoignez-nous", "none"),
        ("Post LinkedIn (brouillon)\nGrande nouvelle", "none"),
        ("Poster le lien dans le canal avant vendredi\nmerci", "none"),
        ("Affiche — salon d'automne\nRéservé aux membres Or", "internal"),
        # a piece that names its readers is theirs: other rules read who they are
        ("Affiche — pour les ambassadeurs Argent\nSoirée du 12", "none"),
        ("Flyer des employés — pot de fin d'année\nTexte", "internal"),
        # a room only the staff enter: theirs (`marking_purpose`)
        ("Affiche pour le local du personnel\nConsignes", "internal"),
        ("Web page for the partner portal\nText", "none"),
        ("Flyer pour le comité de direction\nTexte", "internal"),
    ],
)
def test_pieces_made_for_anyone(head: str, level: str) -> None:
    assert read_head(head)[0] == level


def test_a_group_with_all_of_it_in_brackets() -> None:
    from knowledge.marking_tool_fields import whole_of_named

    line = "À : Club Lumière (tous les membres)"
    assert whole_of_named(line) == "À : tous les membres du Club Lumière"
    assert (
        whole_of_named("Partagé avec : « Lucioles (tous) »") == "Partagé avec : tous les Lucioles"
    )
    head = "De : club@exemple.fr\n" + line + "\nObjet : portes ouvertes"
    assert read_head(head, ["membres du Club Lumière"])[0] == "public"
    # a committee's members are a part of them, whatever the brackets say
    assert read_head("À : Comité des fêtes (tous les membres)")[0] == "internal"

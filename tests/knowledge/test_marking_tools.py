"""Readers given by the tool a document lives in (`knowledge.marking_tools`): invented heads
of a fictitious client, Atelier Lumen, whose ambassadors are the Lucioles."""

from __future__ import annotations

import pytest

from bot.bench.markings import read_head
from knowledge.marking_tools import tool_marking

NAMES = ("Luciole", "Lucioles", "luciole", "lucioles", "ambassadeurs", "ambassadors")
CLIENTS = ("Atelier Lumen", "Lumen", "Cercle Lumen")


@pytest.mark.parametrize(
    ("head", "level"),
    [
        # a campaign's segment or list of a part of them
        (
            "Campagne : Soirée des anciens\nSegment : Lucioles inscrites avant 2020 (88 contacts)"
            "\nObjet : on se retrouve",
            "internal",
        ),
        (
            "Campaign: Nantes meet-up\nList: Lucioles of the Nantes shop\nSubject: see you",
            "internal",
        ),
        ("Envoi : lettre d'hiver\nSegment : club des photographes (31 membres)", "internal"),
        # a private channel or a private Teams channel of the staff
        (
            "Export Slack – lumen.slack.com\n🔒 #compta-paie · canal privé · service client",
            "internal",
        ),
        (
            "Équipe : Lumen Boutiques\nCanal privé : Responsables de caisse\nMarc : stock ok",
            "internal",
        ),
        ("Export Discord\n#atelier-vitrail (private)\nPaul : on commande le plomb ?", "internal"),
    ],
)
def test_a_part_is_internal(head: str, level: str) -> None:
    assert read_head(head, NAMES, CLIENTS)[0] == level
    assert read_head(head)[0] == level


@pytest.mark.parametrize(
    "head",
    [
        "Partager « Rachat de l'atelier de Lyon »\nPersonnes ayant accès : Comex (4 personnes)",
        "Campaign: Annual results\nList: Board of directors (6 recipients)\nSubject: the pack",
        "Team: Leadership team (private)\nPost: the bank needs the forecast",
        "Espace : CODIR\nRestrictions de page : aucune\nPlan de cession",
        "Space: Lumen / Pages\nPage restrictions: viewing restricted to Anna Berg and Tom Vidal",
        "Classification        Strictement restreint\nPropriétaire     Anna Berg",
        "/Drive partagé/Comité de direction/2027/plan-social.docx\nPlan de réorganisation",
        "Export Slack\n🔒 #board-prep · private channel · executive committee",
    ],
)
def test_the_leadership_is_confidential(head: str) -> None:
    assert read_head(head, NAMES, CLIENTS)[0] == "confidential"
    assert read_head(head)[0] == "confidential"


@pytest.mark.parametrize(
    "head",
    [
        "Partager « Planning des ateliers »\nPersonnes ayant accès : Lucioles – toutes (groupe)"
        " · Lecteur\nAteliers du printemps",
        "Campagne : Lettre n°12\nListe : Lucioles – tous (Étincelle, Flamme, Brasier)\n"
        "Objet : la rentrée",
        "Audience Mailchimp : Cercle Lumen – Lucioles\nSegment : aucun (envoi à toute l'audience)"
        "\nObjet : portes ouvertes",
        "Space: LUCIOLES – all members can view\nHome › Guides",
        "Page restrictions: none – anyone in the Lucioles space can view\nFAQ",
        "| Owner | Audience | Updated |\n|---|---|---|\n| Anna Berg | All Lucioles | May |\n"
        "How points work",
        "Location: /sites/Lumen/Documents/For every Luciole/guide.pdf\nGuide de visite",
        "Export Discord\nSalon : #annonces (lecture : @everyone, toutes les Lucioles)\nHello",
    ],
)
def test_all_of_them_is_public(head: str) -> None:
    assert read_head(head, NAMES, CLIENTS)[0] == "public"


@pytest.mark.parametrize(
    "head",
    [
        "Copié depuis #atelier-soudure\nPaul : la buse est encrassée",
        "Drive partagé › Production › 2027 › Fiches\nFiche n°12",
        "Archives › 2021 › Salons\nBilan du salon",
        "Shared drive: Lumen Marketing\nLast modified by Anna Berg",
        "Statut        Publié\nÉtiquettes    vitrail · hiver",
        "Segment : haut de gamme\nNos clients aiment le verre soufflé.",
        "Liste : farine, sucre, beurre\nRecette du sablé",
        "Private tour for schools, closed to the public.\nBuses at 9:30",
        "Espace : salle Jouvet\nFiche technique",
    ],
)
def test_a_place_that_names_no_readers_stays_unmarked(head: str) -> None:
    assert read_head(head, NAMES, CLIENTS)[0] == "none"
    assert tool_marking(head.splitlines()) is None


@pytest.mark.parametrize(
    ("head", "level"),
    [
        ("Export Slack — #codir-lumen\nAnne : on revoit le budget", "confidential"),
        ("Export Slack — #fondateurs-prive\nAnne : bilan", "confidential"),
        ("Discord export — #lucioles-atelier-prive\nTom : dimanche ?", "internal"),
        (
            "Export Discord — #lucioles-nord (salon privé : Lucioles du Nord)\nTom : hello",
            "internal",
        ),
        ("Discord export — #braise-lounge (role: Luciole Braise)\nInès : jeudi", "internal"),
        ("Espace Direction > Comptes rendus > Conseil du 12 mars\nNote", "confidential"),
        ("/Drive partagé/ExCom/Rémunérations/primes.xlsx\nOnglet", "confidential"),
        # a channel's name that names no one, a role that is all of them, read as before
        ("Export Slack — #general\nAnne : bonjour", "none"),
    ],
)
def test_channels_and_spaces_named_for_the_leadership_or_private(head: str, level: str) -> None:
    assert read_head(head)[0] == level

"""Relayed and office heads (`knowledge.marking_relayed`): marks in chat exports, replies,
spreadsheets, properties tables and closing sentences; embargoes lifted and pieces that say
they are public (`knowledge.marking_artifacts`). Invented heads."""

from __future__ import annotations

import pytest

from bot.bench.markings import read_head
from knowledge.marking_ambassadors import as_ambassadors
from knowledge.marking_relayed import closing_mark, kept_within, without_cell_refs

RESTRICTED = {"internal", "confidential"}


@pytest.mark.parametrize(
    "head",
    [
        # a request to keep it inside a group, after a reply's or a forward's subject
        "Re: Harbour cleanup debrief\nPlease keep this within the Dundee branch for now.",
        "Fwd: Leaflet mock-up v3\nNot final — keep it in the events team until Monday.",
        "TR : Maquette du flyer\nMerci de garder ça au sein de l'équipe com pour l'instant.",
        # a chat export: a bracketed time in words, a reminder before the mark
        "Slack — #relais-nantes\n[Hier à 18:12] Coralie : infos réservées aux relais de Nantes",
        "Signal group: Trail marshals\n[03/02/2027, 08:15] Omar Diallo: Reminder this group is"
        " only for the marshals crew — no forwarding please",
        # a spreadsheet's cells with their references
        "Export — inventaire.xlsx\nA1 : Diffusion | B1 : équipe logistique + testeurs",
        # a properties table: who the page is for, after a long title row
        "| Fiche | Consignes de sécurité pour les sorties en mer du printemps |\n"
        "| Public visé | Guides Bretagne Nord |",
        # a mark closing a paragraph of prose
        "Since the flooding at the Tay depot in March and the surveyor's report that followed,"
        " we are changing how the pumps are checked each morning. Depot supervisors only.",
        "After the power cut at the Bath studio and the landlord's visit last week, this note"
        " sets out the new lock-up steps. For studio leads only; not for volunteers.",
    ],
)
def test_relayed_and_office_marks_restrict(head: str) -> None:
    level, _ = read_head(head)
    assert level in RESTRICTED, head


def test_a_quoted_internal_use_label_outlives_its_hold_under_a_reply_to_everyone() -> None:
    head = (
        "RE: Barème 2027 — brouillon\n"
        "Tu peux l'envoyer à tous les Fourmis, ça me va.\n"
        "> Brouillon — usage interne, ne pas diffuser avant validation par Inès"
    )
    assert read_head(head, ["Fourmis"]) == ("internal", False)


@pytest.mark.parametrize(
    "head",
    [
        # a program named alone is all its members: no part
        "To: all-members@lanterns.org\nPlease keep it within the Lanterns until the launch.",
        # a level named in passing in prose is no mark
        "Q. Will my name be shown? A. Only your first name and initial. The rest stays"
        " confidential.",
        "Keep it in the fridge until the tasting.",
    ],
)
def test_what_is_no_relayed_mark(head: str) -> None:
    level, _ = read_head(head)
    assert level not in RESTRICTED, head


def test_the_helpers() -> None:
    assert without_cell_refs("A1 : Audience | B1 : board") == "Audience : board"
    assert without_cell_refs("A1 : Date | 3 mai") == "A1 : Date | 3 mai"
    assert kept_within("keep it within the Cercle") is None
    assert kept_within("keep these within the Leeds chapter") == "internal"
    long = "We moved the meeting to the big room because the projector in the small one broke."
    assert closing_mark(long + " Staff only.") == "Staff only."
    assert closing_mark("Staff only.") is None


@pytest.mark.parametrize(
    ("head", "names"),
    [
        # an embargo said to be over: the rest of the line is read
        (
            "Launch of the K-9 harness\nEmbargo lifted — OK to share with all Pack"
            " members and on social media.",
            ["Pack members"],
        ),
        ("Nouveau gilet de rando\nL'embargo est levé depuis le 12 avril — diffusion libre", []),
        # the piece says it is public in a clause of its own
        ("Planning des sorties — printemps\nCe planning est public : partagez-le à tous.", []),
        (
            "[02/03/2027 10:00] Atelier Pivoine : le catalogue des stages est public, faites-le"
            " tourner !",
            [],
        ),
        # a forward's long subject is no prose: the opening under it is still a banner
        (
            "TR : Guide « Réussir son premier marché de producteurs sans stress »\nGuide public,"
            " à partager à tous les Pivoines.\n---------- Message transféré ---------",
            ["Pivoines"],
        ),
    ],
)
def test_lifted_holds_and_declared_public_pieces_open(head: str, names: list[str]) -> None:
    assert read_head(head, names) == ("public", False)


@pytest.mark.parametrize(
    "head",
    [
        "Nouveau gilet de rando\nEmbargo levé le 12 avril — d'ici là, usage interne",
        "Nouveau gilet de rando\nL'embargo sera levé le 12 avril.",
        # a lifting with its date is how a press release announces one to come
        "Nouveau gilet de rando\nEmbargo levé le 12 avril — diffusion libre",
        "Launch of the K-9 harness\nEmbargo lifted 2 Mar 2027 9am — OK to share from then",
        "Planning des sorties\nCe planning est public à partir du 3 mai.",
    ],
)
def test_a_hold_to_come_or_a_label_beside_the_lifted_one_stays_closed(head: str) -> None:
    assert read_head(head)[0] != "public", head


@pytest.mark.parametrize(
    ("head", "names"),
    [
        # two declared names overlapping are one name, not one and a part after it
        (
            "Règlement du rallye 2027\nDiffusion : tous les membres de la Guilde du Rail",
            ["membres de la Guilde", "Guilde du Rail"],
        ),
        # a name declared with its quantifier leaves the line's own quantifier in place
        (
            "Nouvelle offre\nMise à jour du 5 mai : l'embargo est levé, diffusion à toutes"
            " les Mouettes autorisée.",
            ["toutes les Mouettes", "Mouettes"],
        ),
        # "every" and "each" as "all"; the families beside them; an imperative to pass it on
        ("Open day\nPass it around, it's open to every Gull member and their families.", ["Gulls"]),
        ("Outings 2027\n- 3 May: coast walk\nShare it with every Gull.", ["Gulls"]),
        ("Soirée de rentrée\nTransférez-la à tous les Goélands.", ["Goélands"]),
        (
            "Soirée de rentrée\nInvitation ouverte : transférez-la à tous les Goélands.",
            ["Goélands"],
        ),
        ("Gift guide\nShare it with every Gull and anyone looking for a present.", ["Gulls"]),
    ],
)
def test_names_overlapping_and_grants_to_every_one_of_them_open(
    head: str, names: list[str]
) -> None:
    assert read_head(head, names) == ("public", False)


def test_a_grant_to_every_one_of_a_tier_stays_closed() -> None:
    assert read_head("Outings 2027\nShare it with every Gull Gold.", ["Gulls"])[0] != "public"


def test_a_declared_quantifier_stays_in_the_line() -> None:
    said = as_ambassadors(["toutes les Mouettes", "Mouettes"])
    assert said is not None
    assert said("diffusion à toutes les Mouettes") == "diffusion à toutes les ambassadeurs"

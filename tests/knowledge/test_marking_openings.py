"""Lines that open a document to all the ambassadors (`knowledge.marking_openings`)."""

import pytest

from bot.bench.markings import read_head
from knowledge.marking_openings import drop_denials, grants_ambassadors, mixed_audience


@pytest.mark.parametrize(
    "head",
    [
        "Audience : tous les ambassadeurs + équipe des boutiques\nLe challenge d'automne",
        "Diffusion : ambassadeurs et personnel du siège\nCompte rendu du salon",
        "Visibility: community (staff + ambassadors)\nBadges explained",
        "---\ntitle: Newsletter 4\nvisibility: community\n---\nHello",
        "Readers: all ambassadors, support team\nHow points work",
        "Partage : lien accessible à tous les ambassadeurs (lecture seule)\nDossier photos",
        "<!-- ok pour les ambassadeurs -->\n<h1>Carnet de route</h1>",
        "De : Aline <aline@acme.fr>\nÀ : tous les ambassadeurs\nObjet : le programme de mai",
        "To: ambassadors@acme.com\nSubject: May programme",
        "Jade (CM) : je le poste dans le Discord des ambassadeurs, c'est pour eux\nProgramme",
        "c pour les ambass' ça, tu peux leur envoyer\nMode d'emploi",
        "Pour tous les ambassadeurs — pas besoin de garder ça secret\nAgenda",
    ],
)
def test_a_document_opened_to_all_the_ambassadors_is_public(head: str) -> None:
    assert read_head(head)[0] == "public"


@pytest.mark.parametrize(
    "head",
    [
        "Audience : ambassadeurs niveau Or + équipe\nDîner",
        "Diffusion : équipe, pas les ambassadeurs\nScores",
        "Visibility: community managers only\nPlaybook",
        "Audience: ambassadors + board — confidential\nBudget",
        "Ce guide explique comment partager avec les ambassadeurs les bons plans du mois\nGuide",
        "Partage : ne pas envoyer à tous les ambassadeurs\nRelances",
        "Diffusion : ambassades et consulats\nNote",
    ],
)
def test_a_qualified_or_negated_audience_does_not_open(head: str) -> None:
    assert read_head(head)[0] != "public"


def test_the_readers() -> None:
    assert mixed_audience("Public cible : ambassadeurs & prospects")
    assert not mixed_audience("Public cible : ambassadeurs")  # one group: the reader's rule
    assert grants_ambassadors("[Update 02/02, Ana: cleared for ambassadors]")
    assert not grants_ambassadors("All the files are written as visible to ambassadors")
    assert drop_denials("no need to keep it secret, thanks").strip() == ", thanks"


@pytest.mark.parametrize(
    "head",
    [
        "Réservé aux ambassadeurs — merci de garder ça pour vous jusqu'au salon\nAvant-première",
        "FOR AMBASSADORS ONLY – please keep it off Instagram until launch day\nSneak peek",
        "Ambassadors only — feel free to share inside the Discord, not outside\nEarly access",
        "Document destiné aux ambassadeurs (usage dans le groupe Discord uniquement)\nSélection",
        "Réservé aux ambassadeurs·rices — ne pas diffuser à l'extérieur\nAvant-première",
        "Nina (CM) : je poste ça dans le salon #ambassadeurs-annonces, c'est pour toutes\nBarème",
        "Léo : go pour l'envoyer, c'est destiné à tous les ambassadeurs\nRécap",
    ],
)
def test_a_request_to_keep_it_among_the_ambassadors_keeps_it_public(head: str) -> None:
    assert read_head(head)[0] == "public"


def test_the_client_names_open_as_the_word_does() -> None:
    head = "Tom : je le poste dans le Slack des Grillons, c'est pour eux tous\nProgramme"
    assert read_head(head, ["Grillons"])[0] == "public"
    assert read_head(head)[0] == "none"
    # A post for everyone on the community's Discord needs no name (`marking_everyone_head`).
    assert read_head(head.replace("Slack", "Discord"))[0] == "public"


@pytest.mark.parametrize(
    ("head", "level"),
    [
        ("Bandeau : RÉSERVÉ AUX AMBASSADEURS — ne pas diffuser hors du cercle\nAtelier", "public"),
        ("AMBASSADORS ONLY — PLEASE KEEP WITHIN THE CIRCLE\nVisit", "public"),
        ("Sharing: anyone in the ambassadors Discord (view only)\nQ&A", "public"),
        ("Partage : groupe ambassadeurs@acme.fr (lecteurs)\nGuide", "public"),
        ("Paramètres de partage : visible par le rôle Discord @Ambassadeur\nFiche", "public"),
        ("Sensitivity: Ambassadors (all members) — not for social media\nPreview", "public"),
        ("Pour tous les ambassadeurs (et vos proches si vous voulez)\nConcours", "public"),
        (
            "Épinglé : ce doc peut circuler entre ambassadeurs, pas à l'extérieur\nRèglement",
            "public",
        ),
        # a qualified group or a negation opens nothing
        (
            "Partage : groupe ambassadeurs-lyon@acme.fr (lecteurs)\nGuide",
            "internal",
        ),  # a part of them: Lyon
        ("Sharing: anyone in the ambassadors Discord of Lyon\nQ&A", "none"),
        ("Pour tous les ambassadeurs (et pas les nouveaux)\nConcours", "none"),
        ("Partage : ne pas partager avec le groupe ambassadeurs\nRelances", "internal"),
    ],
)
def test_settings_banners_and_brackets(head: str, level: str) -> None:
    assert read_head(head)[0] == level


def test_an_exception_keeps_a_part_from_them() -> None:
    head = "Partage : groupe ambassadeurs (lecteurs) — sauf la feuille Primes\nTableau"
    assert read_head(head)[0] != "public"

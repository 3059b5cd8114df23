"""A marking changed later: the new marking replaces the old one (`knowledge.marking_revisions`)."""

import pytest

from bot.bench.markings import read_head
from knowledge.marking_revisions import is_correction, new_part


@pytest.mark.parametrize(
    ("head", "level"),
    [
        # the same line: an arrow, "from … to", "(was: …)", "Nouvelle mention"
        ("Sensibilité : C2 – Interne → reclassé C1 – Public le 04/11\nGuide des stands", "public"),
        (
            "Label changed from Confidential to Public by J. Weber (2026-01-12)\nPrice list",
            "public",
        ),
        (
            "Reclassé de C3 – Confidentiel à C1 – Public après l'AG du 3 mai\nRapport annuel",
            "public",
        ),
        ("Classification : Public (was: Internal, reviewed 02/03)\nMembers' charter", "public"),
        ("Public → reclassé confidentiel (données de santé)\nSuivi des bénévoles", "confidential"),
        # a later correction, dated or signed, replaces the lines above it
        (
            "Usage interne\n(MAJ 03/10, Karim : on peut le partager à tous les ambassadeurs)",
            "public",
        ),
        ("Internal draft\n[Update 12/06, Nora: cleared for ambassadors]\nSummer events", "public"),
        (
            "Interne\n→ rectif L. Moreau 14/02 : on peut le donner aux ambassadeurs\nCharte",
            "public",
        ),
        # ...but not the lines below it, and a correction that restricts still restricts
        (
            "Interne\nMAJ 03/10 : ok pour les ambassadeurs\nCONFIDENTIEL — direction\nNote",
            "confidential",
        ),
        ("Public\nMise à jour 05/05 (Léa) : finalement usage interne\nTarifs", "internal"),
        # "Correctif", "Corrected" open a correction too
        (
            "Diffusion : publique\nCORRECTIF du 12/09 : reclassé Confidentiel (juridique)\nAcc",
            "confidential",
        ),
        ("Audience: public\nCorrected 4 May (Sam): internal only\nQ3 figures", "internal"),
    ],
)
def test_a_later_marking_replaces_the_old_one(head: str, level: str) -> None:
    assert read_head(head)[0] == level


@pytest.mark.parametrize(
    "head",
    [
        # no new level named: the old one stays
        "Confidentiel\nMAJ 12/02 : ajout des chiffres de mars\nBudget",
        "DM Inès → Tom · 22:31\nconfidentiel, le fichier des salaires",
        # a permission to only some ambassadors is no opening
        "Interne\nMAJ 01/03 : on peut le donner aux ambassadeurs de Lyon\nPlanning",
    ],
)
def test_a_change_without_a_new_opening_keeps_the_restriction(head: str) -> None:
    assert read_head(head)[0] in ("internal", "confidential")


def test_the_new_part_and_corrections() -> None:
    assert new_part("Interne → ok pour tous") == "ok pour tous"
    assert new_part("Rapport annuel 2025") is None
    assert is_correction("[MAJ 12/03 par Solène : validé]")
    assert is_correction("Update 2026-04-01, Priya: cleared")
    assert not is_correction("Mise à jour des tarifs caviste")


def test_a_correction_s_short_value_is_read_as_a_label_s() -> None:
    head = (
        "Classification : C1 – Public (modèle)\nrectifié à la main : C2 Interne — objectifs\nPlan"
    )
    assert read_head(head)[0] == "internal"
    # a date is no level: an update line says nothing
    assert read_head("Mise à jour : 12/05/2026\nGuide des points")[0] == "none"
    assert (
        read_head("---\ntitle: FAQ\ndiffusion: publique\nmaj: 2026-01-04\n---\n## Q")[0] == "public"
    )


@pytest.mark.parametrize(
    ("head", "level"),
    [
        # an update that only mentions "public" opens nothing
        ("CONFIDENTIEL\nMise à jour 12/03 : version publique en préparation\nNote", "confidential"),
        ("INTERNAL\nUpdated 2026-01-04 by Ana: removed the public figures\nDeck", "internal"),
        (
            "Interne\nMAJ 03/04 : relu par Paul, public visé : ambassadeurs niveau Or\nDîner",
            "internal",
        ),
        # the new part keeps its capitals: a place is still a place
        ("Interne → pour les ambassadeurs de Lyon uniquement\nParking", "internal"),
        (
            "Confidentiel\nMAJ 12/02 (Léa) : on peut le partager à tous les ambassadeurs\nFAQ",
            "public",
        ),
    ],
)
def test_a_correction_opens_only_in_words(head: str, level: str) -> None:
    assert read_head(head)[0] == level

"""Restrictions said without a level's name (knowledge.markers).

From the fail-open cases of markings_heldout7, each written here in other words than the
set's: a prohibition after a public phrase, readers restricted to some roles, a list of
readers under its label, a sensitivity label of a company's scheme.
"""

from __future__ import annotations

import pytest

from knowledge.markers import line_level
from knowledge.marking_head import find_in_lines


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Publication externe interdite", "internal"),
        ("External distribution prohibited", "internal"),
        ("Distribution : forbidden", "internal"),
        ("Diffusion externe", "public"),
        ("Diffusion : chefs de rayon du site de Lyon uniquement", "confidential"),
        ("Distribution: regional sales leads only", "confidential"),
        ("Diff. : direction et RH", "confidential"),
        ("Diffusion : équipe uniquement", "internal"),
        ("Accès : comptes @acme-sante.fr uniquement", "internal"),
        ("Sensitivity label: General", "internal"),
        ("Étiquette de sensibilité : Business", "internal"),
        ("Confidentialité des données : ce que nous gardons", None),
    ],
)
def test_restricted_without_a_level_name(line: str, level: str | None) -> None:
    assert line_level(line) == level


def test_readers_listed_under_their_label_are_a_small_group() -> None:
    marking = find_in_lines(["Destinataires autorisés :", "- P. Martin", "- L. Roy", "Budget"])
    assert marking is not None and marking.level == "confidential"
    assert find_in_lines(["À :", "Objet : réunion"]) is None


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Réservé au personnel de l'entrepôt uniquement", "internal"),
        ("For warehouse staff in Lyon only", "internal"),
        ("Mémo — à l'intention de l'ensemble des salariés", "internal"),
        ("For the attention of all employees", "internal"),
        ("À l'attention des clients et de leurs équipes", None),
        ("À diffuser avec les équipes du siège", "internal"),
        ("Document destiné exclusivement aux community managers", "internal"),
        ("Distribution : tous les services", "internal"),
        ("Partagé avec : r.martin@acme.fr, j.doe@acme.fr", "confidential"),
        ("Restricted — only people added can open with this link", "confidential"),
        ("Anyone at Acme Corp with the link can comment", "internal"),
        ("Anyone with the link can view", None),
        ("Confluence › Produit › Roadmap › Private", "internal"),
        ("[10:02] Léa : on garde ça entre nous pour l'instant", "internal"),
        ("please keep this between the product leads", "confidential"),
    ],
)
def test_readers_named_by_a_setting_an_address_or_a_request(line: str, level: str | None) -> None:
    assert line_level(line) == level


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Protected B", "confidential"),
        ("PROTÉGÉ A — dossier du personnel", "internal"),
        ("Le fichier est protégé à 100 %", None),
        ("ACME PROPRIETARY — do not copy the figures", "internal"),
        ("Siège — Intranet salariés", "internal"),
        ("Public version — internal figures removed", "public"),  # the version, not "internal"
        ("What to avoid: internal ticket numbers", None),
        ("STRENG VERTRAULICH", "confidential"),
        ("Uso interno — versione 2", "internal"),
        ("Pièce non communicable (art. L311-5 CRPA)", "internal"),
        ("Public : interne et prestataires", "internal"),
        ("Public : clients et prospects", None),
    ],
)
def test_a_banner_field_a_scheme_or_a_neighbouring_language(line: str, level: str | None) -> None:
    assert line_level(line) == level


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Version traduite — mention d'origine : « Strictly confidential »", "confidential"),
        ("Compte rendu du webinaire « Secret des affaires et RGPD »", None),
        ("Guide de l'accueil (à ne pas transmettre aux clients)", "internal"),
        ("Planning des salons (ne pas partager hors service)", "internal"),
        ("Newsletter — internal preview only", "internal"),
        ("Internal tools only work on the VPN network", None),
    ],
)
def test_a_reported_quote_a_closing_prohibition_or_internal_only(
    line: str, level: str | None
) -> None:
    assert line_level(line) == level


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Not meant for publication", "internal"),
        ("Non destinée à la diffusion", "internal"),
        ("Brouillon — pas pour diffusion", "internal"),
        ("Diffusion libre", "public"),
        ("Strictly internal", "internal"),
        ("Interne au groupe — version 3", "internal"),
        ("Document interdit de diffusion", "internal"),
        ("FOR OFFICIAL USE ONLY", "internal"),
        ("Business sensitive — pricing", "internal"),
        ("Couvert par le secret professionnel", "confidential"),
        ("Ce fichier contient des données à caractère personnel", "confidential"),
        ("Politique de protection des données personnelles", None),
        ("Circulation : comité de direction", "confidential"),
        ("Lecture : 4 min", None),
        ("Visible seulement par les administrateurs", "confidential"),
        ("Hors clients", "internal"),
    ],
)
def test_more_ways_to_restrict(line: str, level: str | None) -> None:
    assert line_level(line) == level


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Ne pas présenter aux ambassadeurs", "internal"),
        ("Never forward this to clients", "internal"),
        ("Ne jamais donner aux clients leur mot de passe", None),
        ("Partageable : non", "internal"),
        ("External sharing: no", "internal"),
        ("Partageable : oui", None),
        ("Informations non publiques — comité produit", "internal"),
        ("Not yet public", "internal"),
        ("Informations privilégiées (MAR)", "confidential"),
        ("Sous clause de confidentialité", "confidential"),
        ("Circulation interne", "internal"),
        ("Don't forward", "internal"),
        ("5. Do not post your code on coupon websites.", None),
        ("- exclusive events (members only, NDA required)", None),
    ],
)
def test_told_to_keep_it_from_outsiders(line: str, level: str | None) -> None:
    assert line_level(line) == level


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("DR", "internal"),
        ("Dr", None),
        ("[CONF] Plan de recrutement", "confidential"),
        ("[INT] Planning des salons", "internal"),
        ("Visibilité : privées", "internal"),
        ("Équipe Support uniquement", "internal"),
        ("Bilan — Ambassadeurs, direction uniquement", "confidential"),
        ("Internal until the launch on 3 March", "confidential"),
        ("Auteur : M. Roy — Diffusion : équipe", "internal"),
        ("English only", None),
    ],
)
def test_short_forms_and_fields_after_another(line: str, level: str | None) -> None:
    assert line_level(line) == level


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Ce fichier doit rester en interne", "internal"),
        ("It must remain internal", "internal"),
        ("Ne doit jamais quitter l'équipe", "internal"),
        ("Should stay confidential", "confidential"),
        ("Classified as restricted", "internal"),
        ("Classée confidentielle", "confidential"),
        ("Classé par ordre alphabétique", None),
        ("Le formulaire est simple. Vos réponses restent confidentielles.", None),
        ("Ce courriel et ses pièces jointes sont strictement confidentiels", "confidential"),
    ],
)
def test_said_to_stay_inside_or_classed(line: str, level: str | None) -> None:
    assert line_level(line) == level


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("- #news: announcements, posted by the team only;", None),
        ("Compte rendu rédigé par la direction uniquement", None),
        ("Accessible by staff only", "internal"),
        ("Équipe CM uniquement", "internal"),
    ],
)
def test_who_writes_is_not_who_reads(line: str, level: str | None) -> None:
    assert line_level(line) == level

"""Markings typed in a hurry or written as people address mail (knowledge.markers).

From the fail-open cases of a blind set (markings_heldout5): a restricted document read as
unmarked or public, each written here in other words than the set's.
"""

from __future__ import annotations

import pytest

from knowledge.markers import line_level
from knowledge.marking_head import find_in_lines


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Usage intern", "internal"),
        ("Classification : confidentiell", "confidential"),
        ("Clasification : Interne", "internal"),
        ("Classif. : publ.", "public"),
        ("Sensibilité : conf", "confidential"),
        ("Statut : publié", None),
        ("Niveau : inter-entreprises", None),
        ("Usage : se reporter au guide d'accueil", None),
    ],
)
def test_a_labelled_value_cut_short_or_mistyped_names_its_level(
    line: str, level: str | None
) -> None:
    assert line_level(line) == level


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Brouillon interne — version 3", "internal"),
        ("Compte rendu interne du comité programme", "internal"),
        ("Internal working draft, v0.4", "internal"),
        ("Rapport interne : bilan des parrainages", "internal"),
        ("Intranet — Espace Marketing", "internal"),
        ("Mis en ligne sur l'intranet le 3 mars", None),
        ("Publié sur l'intranet le 3 mars", "internal"),
    ],
)
def test_a_kind_of_document_said_internal_or_a_page_of_the_intranet(
    line: str, level: str | None
) -> None:
    assert line_level(line) == level


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("À : l'ensemble du personnel", "internal"),
        ("To: sales team, support team", "internal"),
        ("À : tous les ambassadeurs", None),  # a mail to ambassadors says nothing of others
        ("A : Oui, les ambassadeurs peuvent partager ce guide.", None),  # a FAQ's answer
        ("A: Never. Your details stay confidential.", None),
        ("Destinataires : L. Morel, J. Caron", "confidential"),
        ("Recipients only: Dana White", "confidential"),
        ("Accès : comptes @acme-sante.fr uniquement", "internal"),
        ("Accès : tous les collaborateurs @acme.fr", "internal"),
    ],
)
def test_recipients_a_mail_names_and_a_company_domain(line: str, level: str | None) -> None:
    assert line_level(line) == level


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Diffusable aux clients et aux partenaires", "public"),
        ("For distribution to customers and prospects", "public"),
        ("À transmettre aux équipes commerciales", "internal"),
        ("C0 – Public", "public"),
        ("C3 - Confidentiel", "confidential"),
        ("Distribution: unlimited", "public"),
    ],
)
def test_leave_to_pass_on_and_a_code_with_its_name(line: str, level: str | None) -> None:
    assert line_level(line) == level


def test_a_mail_to_all_staff_before_an_announcement_is_internal() -> None:
    head = [
        "À : tous les collaborateurs",
        "De : Direction de la communication",
        "Objet : le programme ambassadeurs arrive",
        "Avant l'annonce publique de lundi, voici ce qui change.",
    ]
    marking = find_in_lines(head)
    assert marking is not None and marking.level == "internal"


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Public, sauf le tableau des coûts (interne)", "internal"),
        ("Diffusable aux clients — hormis l'annexe 3, confidentielle", "confidential"),
        ("Sauf erreur de notre part, les points expirent au bout d'un an.", None),
        ("Not for ambassadors — team notes", "internal"),
        ("Pas pour les clients : brouillon de l'équipe", "internal"),
        ("Merci de garder ce document en interne", "internal"),
        ("Please keep this confidential", "confidential"),
        ("- garder le secret sur les prototypes jusqu'à leur sortie", None),
        ("Keep it simple: one message per week", None),
        ("Cible : ambassadeurs niveau Or", None),  # a campaign's target opens nothing
        ("Cible : comité de direction", "confidential"),
        ("Équipe : l'ensemble des salariés", "internal"),
        ("Équipe : CM et ambassadeurs relais", None),  # who works on it, not who may read
        ("Visibility: workspace members only", "internal"),
        ("Diffusion : nominative", "confidential"),
        ("Confi — ne pas diffuser", "confidential"),
        ("Usage restreint — service juridique", "confidential"),
        ("Peut être partagé avec les clients", "public"),
        ("Peut être remis aux ambassadeurs présents", "public"),
        ("Peut être partagé avec les équipes commerciales", None),
        ("Vous pouvez partager vos photos librement", None),
        ("pas sur le Discord svp, c'est interne", "internal"),
        ("int. seulement", "internal"),
    ],
)
def test_exceptions_requests_and_casual_markings(line: str, level: str | None) -> None:
    assert line_level(line) == level


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Classification : Protégé B", "internal"),
        ("Sensitivity: Amber-2", "internal"),
        ("Classification : Public", "public"),
        ("Classification : voir la politique en annexe", None),  # a sentence, no value
        ("Statut : en cours de relecture", None),  # a status names no scheme
    ],
)
def test_a_classification_in_a_scheme_of_the_company_s_own_is_not_public(
    line: str, level: str | None
) -> None:
    assert line_level(line) == level

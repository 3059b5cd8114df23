"""How a document's readers are said in words: audiences, permissions, embargoes, tags,
banner fields, typos and level codes (knowledge.markers, knowledge.marking_phrases)."""

from __future__ import annotations

import pytest

from knowledge.markers import line_level
from knowledge.marking_head import find_in_lines


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Audience : collaborateurs du groupe", "internal"),
        ("Destinataires du document : équipe support (interne)", "internal"),
        ("Périmètre : équipe finance", "internal"),
        ("Diffusion : membres du comité exécutif", "confidential"),
        ("Audience: board members", "confidential"),
        ("Audience : ambassadeurs et clients", "public"),
        ("Recipients: all customers", "public"),
        ("Diffusion : externe — partenaires", "public"),
        ("Public visé : les familles à vélo.", None),
        ("Accès : salle B, deuxième étage", None),
    ],
)
def test_a_labelled_audience_names_the_level(line: str, level: str | None) -> None:
    assert line_level(line) == level


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Réservé au comité de direction", "confidential"),
        ("Réservée aux salariés du siège", "internal"),
        ("For staff only — not for customers", "internal"),
        ("Restreint — CODIR uniquement", "confidential"),
        ("Restricted: leadership team only", "confidential"),
        ("This report is intended for our employees.", "internal"),
        ("Cette note s'adresse à tous les collaborateurs.", "internal"),
        ("À l'attention exclusive du directeur financier", "confidential"),
        ("Personnel — à l'attention de Paul seulement", "confidential"),
        ("Eyes only: partners' committee", "confidential"),
        # Who a document is for, when it is ambassadors, is content, not a marking.
        ("Ce guide est destiné aux ambassadeurs et à leurs proches.", None),
        ("Réservé aux clients Premium", None),
        # Read sentence by sentence: "seul. L'équipe" is no "seule l'équipe".
        ("Personne ne peut s'inscrire seul. L'équipe de chaque salle choisit :", None),
        ("Nobody may apply alone. The team picks the members.", None),
        ("Only our internal program team. Your data is kept confidential.", None),
        ("Document de travail. Seule l'équipe communication y a accès.", "internal"),
        # Who may join is no reader: "Seuls les salariés … ne peuvent pas être Éclaireurs".
        ("Seuls les salariés permanents de la station ne peuvent pas être Éclaireurs.", None),
        ("Only employees can join the program.", None),
        ("Seuls les salariés peuvent être destinataires de ce document.", "internal"),
        ("Only employees can be given this document.", "internal"),
        # A level before a dash opens a banner, even with a sentence after it.
        ("Public — à destination des ambassadeurs et des partenaires de la station.", "public"),
        ("Public - for all our ambassadors and their friends, in every resort.", "public"),
        ("Public — jeunes parents de 25-35 ans, urbains, qui découvrent la montagne.", None),
        ("Public — pour les jeunes parents qui découvrent la montagne en famille.", None),
        ("Interne — ce document présente la stratégie de la station pour 2027.", "internal"),
    ],
)
def test_who_a_document_is_kept_for_restricts_it(line: str, level: str | None) -> None:
    assert line_level(line) == level


@pytest.mark.parametrize(
    "line",
    [
        "Peut être partagé librement",
        "Peut etre diffuse sans restriction",
        "Ce guide peut être transmis à vos clients.",
        "À relayer largement !",
        "✅ Share freely with your network",
        "Feel free to forward",
        "Public — à diffuser aux ambassadeurs",
        "Vous pouvez publier ce visuel sur vos réseaux.",
        "FOR IMMEDIATE RELEASE",
        "Pour diffusion immédiate",
        "Information publique",
    ],
)
def test_a_permission_to_share_makes_a_document_public(line: str) -> None:
    assert line_level(line) == "public"


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Ne peut pas être partagé librement", "internal"),
        ("Vous pouvez partager votre code de parrainage avec vos amis.", None),
        # Sharing something else than the document: no permission (an unmarked document
        # keeps its default, not public).
        ("Vos photos peuvent être partagées librement sur Instagram.", None),
        ("Feel free to share your pictures with friends.", None),
        ("Les ambassadeurs peuvent partager librement leurs avis.", None),
    ],
)
def test_a_denied_or_unrelated_permission_opens_nothing(line: str, level: str | None) -> None:
    assert line_level(line) == level


@pytest.mark.parametrize(
    "line",
    [
        "EMBARGO jusqu'au 2 mai, 8 h",
        "Embargoed until 1 June 2027",
        "Sous NDA — merci de votre discrétion",
        "Under NDA",
        "D'ici là : embargo, diffusion aux seuls signataires",
    ],
)
def test_an_embargo_or_an_nda_is_confidential(line: str) -> None:
    assert line_level(line) == "confidential"


@pytest.mark.parametrize(
    ("line", "depth", "level"),
    [
        ("[INTERNE] Point hebdo du 3 mai", 0, "internal"),
        ("[Confidential] Pricing review", 0, "confidential"),
        ("Feuille de route 2027 (interne)", 1, "internal"),
        ("Agenda des rencontres (public)", 1, "public"),
        ("Agenda des rencontres (public)", 2, None),
        ("Rapport annuel — INTERNE", 1, "internal"),
        ("Modèle de présentation [C2]", 1, "confidential"),
    ],
)
def test_a_tag_or_a_suffix_of_a_title_marks_it(line: str, depth: int, level: str | None) -> None:
    assert line_level(line, heading_depth=depth) == level


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Interne au groupe — ne pas transmettre aux partenaires", "internal"),
        ("BROUILLON — internal, not for circulation", "internal"),
        ("Mise à jour : CONFIDENTIEL — comité uniquement", "confidential"),
        ("Statut : validé | Classification : Interne", "internal"),
        ("Version : 2 | Diffusion : tout public", "public"),
        ("| Interne | Externe |", None),
    ],
)
def test_a_banners_fields_are_read_one_by_one(line: str, level: str | None) -> None:
    assert line_level(line) == level


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Confidenciel", "confidential"),
        ("**Confidentail — do not forward**", "confidential"),
        ("Interal use only", "internal"),
        ("Interval", None),
        ("Internat", None),
        ("Diffusion restreinte", "internal"),
    ],
)
def test_a_banners_typo_is_read_as_the_word_meant(line: str, level: str | None) -> None:
    assert line_level(line) == level


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Classification : C1", "internal"),
        ("Sensibilité : C0", "public"),
        ("Classification : C2", "confidential"),
        # Schemes differ: the level's name says more than its code.
        ("Classification : C1 – Public", "public"),
        ("Classification : C2 – Interne", "internal"),
        ("TLP:RED", "confidential"),
        ("TLP: CLEAR", "public"),
    ],
)
def test_level_codes_are_read_unless_a_name_says_otherwise(line: str, level: str) -> None:
    assert line_level(line) == level


@pytest.mark.parametrize(
    "line",
    [
        "Vos réponses restent anonymes et confidentielles.",
        "We keep everything you tell us confidential.",
        "Retour sur le webinaire « Protéger le secret des affaires »",
        "Interne : se dit d'un salarié de l'entreprise cliente.",
        "Internal: refers to an employee of the client.",
        "Les participants ont accepté d'être cités dans ce compte rendu, qui reste interne.",
        "Les données ne sont pas transférées en dehors de l'Union européenne.",
    ],
)
def test_mentions_and_definitions_are_no_marking(line: str) -> None:
    assert line_level(line) is None


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Merci de ne pas faire suivre ce message en dehors de l'équipe.", "internal"),
        ("Please do not forward this outside the company.", "internal"),
        ("ne pas sortir du service", "internal"),
        ("Note de cadrage interne", "internal"),
        ("Cette version de travail reste interne.", "internal"),
    ],
)
def test_requests_and_working_documents_are_internal(line: str, level: str) -> None:
    assert line_level(line) == level


def test_a_permission_never_lowers_a_restriction_on_another_line() -> None:
    head = ["# Kit de lancement", "À partager sans restriction", "Embargo jusqu'au 12 mars"]
    marking = find_in_lines(head)
    assert marking is not None and marking.level == "confidential"


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Ne pas publier avant le 3 mars", "confidential"),
        ("Not for release until 9 May", "confidential"),
        ("Hold for release", "confidential"),
        ("Soumis à un accord de confidentialité", "confidential"),
        ("Subject to an NDA — do not share", "confidential"),
        ("Les ambassadeurs signent un accord de confidentialité.", None),
    ],
)
def test_a_date_to_wait_for_or_an_agreement_is_confidential(line: str, level: str | None) -> None:
    assert line_level(line) == level


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Sensibilité : haute", "confidential"),
        ("Confidentiality level: low", "internal"),
        ("Statut : haute priorité", None),
        ("Type de diffusion : interne", "internal"),
        ("Access level: internal", "internal"),
        ("Usage : public", "public"),
    ],
)
def test_a_degree_or_another_label_names_the_level(line: str, level: str | None) -> None:
    assert line_level(line) == level


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Réservé aux RH", "confidential"),
        ("Distribution limited to the project team", "internal"),
        ("Accès restreint à la direction", "confidential"),
        ("Ne pas diffuser en dehors du COMEX", "confidential"),
        ("Staff use only", "internal"),
        ("Intranet uniquement", "internal"),
        ("Interne Nexalis", "internal"),
        ("# Private mode", None),
        ("Private mode hides your name.", None),
        ("Subject: [Internal] Q3 numbers", "internal"),
        ("Les informations contenues dans ce document sont confidentielles.", "confidential"),
        ("Usage externe", "public"),
        ("Diffusion large", "public"),
        ("Peut être communiqué aux clients", "public"),
    ],
)
def test_more_ways_of_saying_who_reads(line: str, level: str | None) -> None:
    assert line_level(line) == level


@pytest.mark.parametrize(
    "line",
    [
        "Le parking est réservé au personnel.",
        "Vos données ne sont jamais partagées en dehors de l'équipe support.",
        "Merci de ne pas partager vos codes promo sur les sites de bons plans.",
        "Support interne",
        "Cette formation s'adresse aux salariés de l'entreprise cliente.",
    ],
)
def test_a_sentence_about_something_else_restricts_nothing(line: str) -> None:
    assert line_level(line) is None


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Usage restreint", "internal"),
        ("Diffusion contrôlée", "internal"),
        ("Company internal", "internal"),
        ("Proprietary", "internal"),
        ("Strictement personnel", "confidential"),
        ("Need-to-know basis", "confidential"),
        ("Classified", "confidential"),
        ("À usage exclusif du comité de direction", "confidential"),
        ("Uniquement pour le COMEX", "confidential"),
        ("Management only", "confidential"),
        ("Réservé aux actionnaires", "confidential"),
        ("Pas pour les clients", "internal"),
        ("Not for customers — internal draft", "internal"),
        # A campaign's target is no reader's group.
        ("Target audience: IT managers at mid-size companies.", None),
    ],
)
def test_restricted_uses_and_small_groups(line: str, level: str | None) -> None:
    assert line_level(line) == level


@pytest.mark.parametrize(
    "line",
    [
        "Diffusion : sans restriction",
        "No restrictions",
        "Aucune restriction de diffusion",
        "Pour publication",
        "À diffuser",
        "Publication : autorisée",
    ],
)
def test_no_restriction_is_public(line: str) -> None:
    assert line_level(line) == "public"


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Classification C2", "confidential"),
        ("Classification - Interne", "internal"),
        ("Classification des ambassadeurs", None),
        ("Ce document ne doit être lu que par l'équipe", "internal"),
        ("À ne partager qu'avec la direction", "confidential"),
        ("This document may only be shared with the leadership team", "confidential"),
        ("Ne pas diffuser au-delà de l'équipe", "internal"),
        ("Le bot ne répond qu'aux ambassadeurs.", None),
        ("C O N F I D E N T I E L", "confidential"),
        ("Usage inetrne", "internal"),
        ("Ne pas difuser", "internal"),
        ("Intern", None),
        ("# Plan 2027 · Interne", "internal"),
        ("Plan 2027 – version interne", "internal"),
        ("Public concerné : équipe commerciale", "internal"),
        ("Merci de partager !", "public"),
    ],
)
def test_unseparated_labels_only_with_and_spaced_letters(line: str, level: str | None) -> None:
    assert line_level(line) == level


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Visible par tous", "public"),
        ("Visible par l'équipe uniquement", "internal"),
        ("Ce document peut être consulté par tous", "public"),
        ("Consultable par la direction", "confidential"),
        ("Ce document est public.", "public"),
        ("Ce document n'est pas public.", None),
        ("Externe", "public"),
        ("L'espace est accessible à tous les membres.", None),
    ],
)
def test_who_can_see_a_document(line: str, level: str | None) -> None:
    assert line_level(line) == level


def test_a_list_item_forbidding_something_else_is_a_rule_of_conduct() -> None:
    # A charter's commitments, the PDF's bullets on lines of their own: the document is
    # meant for ambassadors, no line of it restricts who reads it.
    charter = [
        "Charte de l'ambassadeur",
        "Lorsque vous parlez de nos sorties en public, vous vous engagez à :",
        "-",
        "montrer le gilet porté et fermé sur les photos",
        "-",
        "ne pas publier la position exacte des colonies de phoques",
        "- Do not share your password with anyone",
    ]
    assert find_in_lines(charter) is None


@pytest.mark.parametrize(
    ("lines", "level"),
    [
        # Outside a list, the same prohibition still marks the document (fail closed).
        (["Note aux bases", "Ne pas publier la position exacte des colonies"], "internal"),
        # In a list, forbidding the document or its contents still marks it.
        (["Règles :", "- Ne pas diffuser ce document"], "internal"),
        (["Règles :", "- ne pas diffuser les chiffres ni la liste des clients"], "internal"),
        (["Consignes :", "- Ne pas diffuser"], "internal"),
        (["Consignes :", "- Ne pas diffuser avant le 3 mars"], "confidential"),
    ],
)
def test_a_prohibition_of_the_document_stays_a_marking(lines: list[str], level: str) -> None:
    found = find_in_lines(lines)
    assert found is not None and found.level == level


@pytest.mark.parametrize(
    "lines",
    [
        # Rules, steps and promises in a list say what something else is.
        [
            "Kit de bienvenue",
            "En tant qu'ambassadeur, vous vous engagez à :",
            "- Ne pas diffuser de photos d'espèces protégées avec géolocalisation",
        ],
        [
            "Charte",
            "Nous nous engageons à :",
            "- Ne pas partager d'informations internes sur nos chantiers en cours",
        ],
        ["Tasting rules:", "- Do not share unreleased product information from tasting sessions"],
        ["Avant le salon :", "- communiquer les tarifs négociés (confidentiels)"],
        [
            "Nos promesses :",
            "- la situation des familles (financière, médicale) reste confidentielle",
        ],
        ["Vos retours :", "4. Les retours sont transmis à l'équipe produit interne uniquement."],
        # Who reads the readers' data is no reader of the document.
        ["Vos données", "Seule notre équipe interne du programme consulte vos données."],
    ],
)
def test_conduct_rules_and_promises_in_a_head_mark_nothing(lines: list[str]) -> None:
    assert find_in_lines(lines) is None


@pytest.mark.parametrize(
    ("lines", "level"),
    [
        (
            ["Règles de diffusion :", "- Réservé à l'équipe", "- Pas de diffusion externe."],
            "internal",
        ),
        (["Pas de diffusion externe."], "internal"),
        (["No external distribution"], "internal"),
        (["Diffusion :", "- Confidentiel direction"], "confidential"),
        (["Consignes :", "- [INTERNE] relire avant envoi"], "internal"),
    ],
)
def test_a_list_of_distribution_rules_still_marks(lines: list[str], level: str) -> None:
    found = find_in_lines(lines)
    assert found is not None and found.level == level


@pytest.mark.parametrize(
    ("line", "level"),
    [
        (
            "For ambassadors of Archipel Kayak who prefer English. Public document, autumn 2026.",
            "public",
        ),
        ("Rapport annuel 2026. Confidentiel.", "confidential"),
        ("Bilan du trimestre. Usage interne uniquement.", "internal"),
        # A later sentence only marks when it opens with a level.
        ("Notre politique est simple. Vos données restent confidentielles.", None),
    ],
)
def test_a_later_sentence_of_a_line_may_open_with_a_marking(line: str, level: str | None) -> None:
    assert line_level(line) == level

"""Markings of other schemes and languages, and intensified levels (knowledge.markers).

From the fail-open cases of a blind set (markings_heldout8): a restricted document read as
unmarked, each written here in other words than the set's.
"""

from __future__ import annotations

import pytest

from knowledge.markers import line_level
from knowledge.marking_head import find_in_lines
from knowledge.marking_words import fix_typos


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Personnel et confidentiel — remis en main propre", "confidential"),
        ("Private & Confidential — for the addressee", "confidential"),
        ("Note RH : strictement confidentiel : salaires 2025", "confidential"),
        ("Secret professionnel — dossier du patient", "confidential"),
        ("HUIS CLOS — séance du conseil de discipline", "confidential"),
        ("Doc interne, planning des relances", "internal"),
        ("Nur für den internen Gebrauch", "internal"),
        ("Pers. & vertraul. — Frau Weber", "confidential"),
        ("Müller GmbH — Intern — Seite 2 von 5", "internal"),
        ("Intern", None),
        ("Öffentlich", "public"),
        ("Openbaar", "public"),
        ("Publiable", "public"),
        ("Non publiable", "internal"),
        ("Approved for external release", "public"),
    ],
)
def test_other_schemes_and_intensified_levels(line: str, level: str | None) -> None:
    assert line_level(line) == level


def test_a_word_spelt_right_is_left_as_it_is() -> None:
    assert fix_typos("personnel et confidentiel") == "personnel et confidentiel"
    assert fix_typos("nur fur den internen gebrauch") == "nur fur den internen gebrauch"
    assert fix_typos("confidentiell") == "confidentiel"


@pytest.mark.parametrize(
    ("lines", "level"),
    [
        # A chat export's line is its message, read clause by clause.
        (
            ["[10:02] Paul Girard : voici le tableau, c'est pour nous en interne, pas à diffuser"],
            "internal",
        ),
        (["[Teams] Anna Roth 08:15: feel free to share it, cleared for external use"], "public"),
        (["[03/04/2025, 18:20] Sami: ce visuel peut être transféré aux ambassadeurs"], "public"),
        (["[11:30] Léa : tu peux le donner aux clients, rien de secret là-dedans"], "public"),
        (["[16:40] Lotte: haha les ambassadeurs vont adorer"], None),
        # Struck through, deleted in tracked changes or said to be former: replaced.
        (["~~NE PAS DIFFUSER~~ levée le 3 mai : publiable"], "public"),
        (["Classification : [Supprimé : Confidentiel] [Inséré : Interne]"], "internal"),
        (["Ancienne classification : Confidentiel", "Nouvelle classification : Public"], "public"),
        (["Formerly confidential — approved for public release"], "public"),
        (["Anciennement public — désormais confidentiel"], "confidential"),
        # A banner's later fields, when the whole line says nothing.
        (["Page 2 sur 4 — Classification : Public — Dupont SA"], "public"),
        (["ESPACE RH — accessible aux salariés et intérimaires"], "internal"),
        (["Note — pour Claire Martin seulement"], "confidential"),
        (["Kit presse — texte à partager librement"], "public"),
        (["Charte — Pour Ambassadeurs uniquement"], "public"),  # a title, then its readers
        (["Rapport annuel — CC BY-SA 4.0"], "public"),
    ],
)
def test_chat_deleted_former_and_banner_fields(lines: list[str], level: str | None) -> None:
    found = find_in_lines(lines)
    assert (found.level if found else None) == level


@pytest.mark.parametrize(
    ("line", "level"),
    [
        (
            "Partage : toute personne de l'organisation Lycée Jean Moulin disposant du lien",
            "internal",
        ),
        ("Partage : tous les utilisateurs d'Internet disposant du lien", "public"),
        ("Réservé au rédacteur en chef", "confidential"),
        ("À diffuser largement auprès des étudiants et des alumni", "public"),
        ("Peut être affiché en mairie et dans les commerces", "public"),
        ("Ce texte peut être librement reproduit", "public"),
        ("Audience : 8 300 abonnés Instagram", None),
        ("C'est pas à partager", "internal"),
        ("N'hésitez pas à partager", None),
        ("AD VALVAS", "public"),
        ("À PUBLIER — édition du lundi", "public"),
        ("Texte validé pour diffusion sur nos réseaux", "public"),
    ],
)
def test_settings_readers_and_permissions(line: str, level: str | None) -> None:
    assert find_in_lines([line]) is None if level is None else find_in_lines([line]).level == level


@pytest.mark.parametrize(
    ("lines", "level"),
    [
        # A scheme's legend lists levels; it marks nothing (a ticked box does).
        (["Classification : C1", "(C0 public, C1 interne, C2 confidentiel)"], "internal"),
        (["Grille : C1 Public, C2 Interne, C3 Confidentiel"], None),
        (["Atelier : les couleurs TLP (TLP:RED, TLP:AMBER, TLP:CLEAR)"], None),
        (["Classification : ☐ Public, ☐ Interne, ☒ Confidentiel"], "confidential"),
        (["Sensibilité : C3, confidentiel, secret"], "confidential"),
        # A level asked about and denied, or only asked about.
        (["Interne ? Non : ce guide est fait pour être partagé."], "public"),
        (["Ce compte rendu est-il confidentiel ? On en parle lundi."], None),
        # Readers named one by one.
        (["Diffusion : Marie Dupont (RH), Paul Martin (DAF)"], "confidential"),
        (["Lecteurs : Anne B., Luc T., Chloé R."], "confidential"),
        # TLP:AMBER is the recipients' organisation; RED named recipients.
        (["TLP:AMBER"], "internal"),
        (["TLP:RED"], "confidential"),
        (["Version publique — chiffres agrégés"], "public"),
        (["[08:30] Noé: le guide est public, partagez-le sans souci"], "public"),
        (["Peut être projeté devant les clients"], "public"),
    ],
)
def test_legends_questions_named_readers_and_tlp(lines: list[str], level: str | None) -> None:
    found = find_in_lines(lines)
    assert (found.level if found else None) == level


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Sharing: anyone with the link (external OK)", "public"),
        ("Sharing: anyone at Acme with the link can view", "internal"),
        ("À afficher dans le hall d'accueil", "public"),
        # Levels after a label are no people named one by one.
        ("Grille de classification : C1 Public, C2 Interne, C3 Confidentiel", None),
    ],
)
def test_open_links_posters_and_levels_that_are_no_names(line: str, level: str | None) -> None:
    found = find_in_lines([line])
    assert (found.level if found else None) == level

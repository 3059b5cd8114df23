"""Readers named in a head's opening statement: groups outside the program or a part of it
close the document to internal, all the ambassadors or the public among them open it, and
words that only look like an audience leave it unmarked (`knowledge.marking_audiences`)."""

from __future__ import annotations

import pytest

from bot.bench.markings import read_head
from knowledge.marking_audiences import audience_marking

NAMES = (["Grimpeurs", "Grimpeur", "Grimpeuse", "Grimpeuses"], ["Roche Claire"])


def _level(head: str, names: tuple[list[str], list[str]] | None = None) -> str:
    return read_head(head, *(names or ([], [])))[0]


@pytest.mark.parametrize(
    "line",
    [
        "For our importer's sales team in Seoul and the export desk.",
        "For Carrière Dubois's quality team and our workshop leads.",
        "For Studio Lin (our graphic designer) and the events team.",
        "This invitation is for former members only (2018–2023).",
        "A letter for former ambassadors (2015–2022). Current members will get another note.",
        "Shared with shortlisted candidates before their interview. Not for current members.",
        "For Roche Claire employees — partners and children welcome.",
        "À l'intention des régisseurs des lieux d'accueil (programmateurs et équipes).",
        "For the company's actors, crew and their families.",
        "Pour nos revendeurs et nos distributeurs.",
        "Pour les franchisés du réseau.",
        "Pour les journalistes accrédités.",
        "Pour les bénévoles de l'association.",
    ],
)
def test_readers_outside_the_program_close_the_document(line: str) -> None:
    head = f"# Titre\n\n{line}\n\nLe texte commence ici."
    assert _level(head) == "internal"
    assert _level(head, NAMES) == "internal"


def test_a_part_of_the_ambassadors_with_a_team_is_internal() -> None:
    line = "Pour les Grimpeurs de la sortie Vercors et l'équipe technique."
    head = f"# Feuille de route\n\n{line}\n\nJ-1."
    assert _level(head, NAMES) == "internal"
    assert _level(head) == "internal"


@pytest.mark.parametrize(
    "line",
    [
        "Pour les Grimpeurs et nos revendeurs (magasins de sport).",
        "Shared with all Grimpeurs and with our distributors abroad.",
        "For all Grimpeurs and our German distributor's ambassadors.",
        "**For all ambassadors and partner gyms / Pour tous les ambassadeurs et les salles "
        "partenaires**",
        "For all ambassadors and the general public.\n"
        "Pour tous les ambassadeurs et le grand public.",
        "Pour nos clients, nos Grimpeurs et nos revendeurs — à imprimer librement.",
    ],
)
def test_all_the_ambassadors_among_other_readers_open_the_document(line: str) -> None:
    head = f"# Titre\n\n{line}\n\nLe texte commence ici."
    assert _level(head, NAMES) == "public"


def test_a_noun_whose_qualifier_a_later_group_may_share_does_not_open() -> None:
    head = "# Titre\n\nPour les ambassadeurs et équipes de Lyon.\n\nTexte."
    assert _level(head) != "public"


def test_a_trade_secret_banner_and_an_access_field_after_it_are_confidential() -> None:
    head = "# Recette\n\nSecret de fabrication. Accès : Jeanne Morel et Paul Lenoir.\n\nCrème."
    assert _level(head) == "confidential"


@pytest.mark.parametrize(
    "head",
    [
        "# Notre partenaire météo\n\nLes prévisions viennent de notre partenaire Surfcast.",
        "# Stage d'escalade\n\nRéservé aux 8–12 ans, encadré par deux moniteurs.",
        "# Notes de mise en scène\n\nSon partenaire de jeu reste immobile côté jardin.",
        "# Le secret de fabrication de nos bougies\n\nCire de soja et patience.",
        "# Nouveautés\n\nFor our customers, we built a faster checkout this spring.",
        "# Atelier\n\nPour les débutants, prévoir des chaussons.",
        "# La presse à beurre de cacao\n\nNotre presse hydraulique date de 1962.",
        "# Stage\n\nPublic : adultes et familles.",
    ],
)
def test_words_that_only_look_like_an_audience_leave_it_unmarked(head: str) -> None:
    assert _level(head) == "none"


@pytest.mark.parametrize(
    "line",
    [
        "Audience: ambassadors who joined in 2026 (cohort 3)",
        "For Grimpeurs ambassadors only (the 9 hosts), not for the wider circle.",
    ],
)
def test_a_narrowed_group_of_ambassadors_never_opens(line: str) -> None:
    found = audience_marking([line])
    assert found is None or found.level != "public"


@pytest.mark.parametrize(
    "line",
    ["À : destinataires non divulgués", "To: undisclosed-recipients:;", "Public : adultes"],
)
def test_a_mail_recipient_or_a_course_public_field_only_ever_opens(line: str) -> None:
    assert audience_marking([line]) is None


def test_new_and_former_members_together_are_all_of_them() -> None:
    assert audience_marking(["Pour toutes les Sentinelles, nouvelles et anciennes"]) is None


@pytest.mark.parametrize(
    "line",
    [
        "To: all Grimpeurs (Gold tier)",
        "Pour tous les ambassadeurs et les salariés du siège.",
        "Pour tous les ambassadeurs Or",
        "Ce guide est destiné aux ambassadeurs du programme et à leurs proches.",
    ],
)
def test_a_tier_staff_or_a_sentence_about_the_document_opens_nothing(line: str) -> None:
    found = audience_marking([line], None)
    assert found is None or found.level != "public"


@pytest.mark.parametrize(
    "line",
    [
        "Audience: all Grimpeurs (Bronze, Silver, Gold)",
        "Ce document est destiné à l'ensemble des ambassadeurs",
        "This guide is for all ambassadors",
    ],
)
def test_every_level_listed_or_a_document_for_all_of_them_opens(line: str) -> None:
    said = lambda text: text.replace("Grimpeurs", "ambassadeurs")  # noqa: E731
    found = audience_marking([line], said)
    assert found is not None and found.level == "public"


@pytest.mark.parametrize(
    "line",
    [
        # The document's noun bare, then who it is addressed to.
        "Courrier adressé aux anciens Grimpeurs (saisons 2016 à 2020).",
        "Note destinée aux anciens ambassadeurs.",
        # « Ce … s'adresse aux … », and people chosen to join the program: candidates.
        "Cette fiche s'adresse aux anciens membres du club.",
        "Ce livret s'adresse aux personnes présélectionnées pour devenir Grimpeurs.",
        "This booklet is for people shortlisted to join the Grimpeurs next spring.",
        # Former members, the current ones denied: not "new and old" together.
        "Ce mot est adressé aux anciens Grimpeurs du club, pas aux membres actuels.",
    ],
)
def test_former_members_and_people_about_to_join_close_the_document(line: str) -> None:
    head = f"# Rencontre\n\n{line}\n\nRendez-vous samedi au gymnase."
    assert _level(head) == "internal"
    assert _level(head, NAMES) == "internal"


@pytest.mark.parametrize(
    "line",
    [
        "Pour les Grimpeurs du comité voies — For all Grimpeurs",
        "For the Grimpeurs on the route committee / Pour tous les Grimpeurs",
    ],
)
def test_two_statements_that_disagree_keep_the_stricter(line: str) -> None:
    head = f"# Ouverture de voies / New routes\n\n{line}\n\nSix voies en janvier."
    assert _level(head, NAMES) == "internal"
    assert _level(head) != "public"


def test_two_statements_that_agree_still_open() -> None:
    head = "# Calendrier / Calendar\n\nPour tous les Grimpeurs — For all Grimpeurs\n\nJanvier."
    assert _level(head, NAMES) == "public"

"""Scope rules (`knowledge.marking_scope`) and holds read with the head's audience
(`knowledge.marking_holds`): invented heads, not any data set's wording."""

from __future__ import annotations

import pytest

from bot.bench.markings import read_head
from knowledge.marking_doubt import restriction_sign
from knowledge.marking_holds import bare_hold, head_audience, reread
from knowledge.marking_scope import (
    among_the_team,
    cancelled_permission,
    internal_document,
    named_first_names,
    on_intranet,
    page_declared_public,
    small_body_only,
    some_ambassadors,
    spread_in_house,
    stated_level,
)
from knowledge.marking_sentences import clean_line

NAMES = ("Pionniers", "Trail Mates")


@pytest.mark.parametrize(
    "line",
    [
        "Merci de faire circuler largement, mais en interne seulement",
        "Share widely — internally, all drivers and the depot",
        "partagez sans modération au sein de l'équipe",
    ],
)
def test_spread_in_house_is_internal(line: str) -> None:
    assert spread_in_house(clean_line(line)) == "internal"
    assert read_head(f"{line}\nPlanning des tournées d'hiver") == ("internal", False)


@pytest.mark.parametrize(
    "line", ["À diffuser largement !", "Please share widely with your friends"]
)
def test_spread_without_in_house_is_no_scope(line: str) -> None:
    assert spread_in_house(clean_line(line)) is None


@pytest.mark.parametrize(
    "line",
    [
        "Pour le CA seulement",
        "Réservé au comité d'audit uniquement",
        "For the directors only",
        "Commercial in confidence",
    ],
)
def test_small_body_only_is_confidential(line: str) -> None:
    assert small_body_only(clean_line(line)) == "confidential"
    assert read_head(f"{line}\nRachat de l'entrepôt de Vitré")[0] == "confidential"


def test_a_committee_mentioned_is_no_readership() -> None:
    assert small_body_only(clean_line("Le comité stratégique se réunit jeudi")) is None


@pytest.mark.parametrize(
    "line",
    [
        "Pour les ambassadeurs de Rennes et Vannes seulement",
        "For the volunteers in Dundee only",
        "Pour les bénévoles du pôle Nord uniquement (+ l'équipe)",
        "For our Platinum members only (+ staff)",
    ],
)
def test_some_ambassadors_are_internal(line: str) -> None:
    assert some_ambassadors(line) == "internal"
    assert read_head(f"{line}\nVisite de l'usine de Lamballe")[0] == "internal"


def test_all_ambassadors_only_stays_public() -> None:
    assert some_ambassadors("Pour les ambassadeurs uniquement") is None
    assert read_head("Diffusion : réservée aux ambassadeurs\nAgenda de mars")[0] == "public"


@pytest.mark.parametrize(
    "line",
    [
        "Accès restreint : Gaëlle (paie), Bruno",
        "Restricted to: Priya, Tom",
        "→ modifié le 02/03 : Inès et Paul seulement",
        "Scope changed on 4 May to: Olga, Sam only",
        "Corrigé le 12/01 : Hugo et Lise uniquement",
    ],
)
def test_first_names_are_confidential(line: str) -> None:
    assert named_first_names(line) == "confidential"


def test_groups_are_no_first_names() -> None:
    assert named_first_names("Accès restreint : Marketing, Équipe") is None


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Validé pour publication → ANNULÉ le 3/04 : reste interne", "internal"),
        ("Go for release — revoked 5 June: internal only, figures wrong", "internal"),
        ("OK partage → annulé : confidentiel, données salariés", "confidential"),
    ],
)
def test_cancelled_permission(line: str, level: str) -> None:
    assert cancelled_permission(clean_line(line)) == level
    assert read_head(f"{line}\nRésultats du sondage")[0] == level


def test_among_the_team() -> None:
    assert among_the_team(clean_line("on garde ça entre nous au bureau"))
    assert not among_the_team(clean_line("entre nous"))
    assert read_head("Ça reste entre nous à l'agence\nPrix fournisseurs 2027")[0] == "internal"


@pytest.mark.parametrize(
    "line",
    [
        "Tableau de bord interne",
        "Internal working doc — sales plan",
        "Fiche staff",
        "Staff memo v2",
        "Lancement printemps (internal, v4)",
    ],
)
def test_internal_kinds_of_document(line: str) -> None:
    assert internal_document(line) == "internal"


@pytest.mark.parametrize(
    "line",
    [
        "Internal gear hub vs derailleur",
        "Internal seams: how to hide them",
        "Le secret d'une bonne pâte",
        "Internal combustion engines explained",
    ],
)
def test_content_words_are_no_kind(line: str) -> None:
    assert internal_document(line) is None
    assert read_head(f"{line}\nUn guide en cinq étapes")[0] == "none"


def test_published_on_the_intranet_is_internal() -> None:
    assert on_intranet(clean_line("Article publié le 4 mars sur l'intranet")) == "internal"
    assert on_intranet(clean_line("Posted yesterday on our intranet")) == "internal"
    assert on_intranet(clean_line("Publié le 4 mars sur notre blog")) is None


def test_public_page() -> None:
    assert page_declared_public("Page publique — exemple.fr/vie-privee") == "public"
    assert page_declared_public("Public page") == "public"
    assert page_declared_public("Page publique ou privée ? À décider") is None
    head = "Confidentialité : les données que nous gardons\nPage publique"
    assert read_head(head)[0] == "public"


@pytest.mark.parametrize(
    "head",
    [
        "Public cible : primo-accédants\nPlan de campagne — document interne",
        "Public visé : grand public 25-40 ans\nDocument interne",
        "Audience: first-time buyers (segment)\nInternal doc",
        "Publié le 02/05 sur l'intranet\nTaux d'ouverture de la lettre : 41 %",
    ],
)
def test_public_as_a_target_never_opens(head: str) -> None:
    assert read_head(head)[0] == "internal"


def test_bare_hold() -> None:
    assert bare_hold(clean_line("Sous embargo jusqu'au 9 avril"))
    assert bare_hold(clean_line("keep it under wraps until Monday please"))
    assert not bare_hold(clean_line("Confidentiel — embargo jusqu'au 9 avril"))
    assert not bare_hold(clean_line("Embargo : diffusion aux seuls signataires du NDA"))


@pytest.mark.parametrize(
    "head",
    [
        "Objet : Portes ouvertes\nDe : Léa <lea@exemple.fr>\nÀ : tous les ambassadeurs\n"
        "Sous embargo jusqu'au 9 avril, rien sur les réseaux avant",
        "To: all ambassadors\nSubject: Spring range — embargoed until 2 April",
        "For all ambassadors\nEMBARGO until the launch on Friday",
    ],
)
def test_hold_addressed_to_all_ambassadors_is_public(head: str) -> None:
    assert read_head(head)[0] == "public"


def test_hold_alone_keeps_its_reading() -> None:
    assert read_head("Sous embargo jusqu'au 9 avril\nNouvelle gamme")[0] == "confidential"


@pytest.mark.parametrize(
    "head",
    [
        "COMMUNIQUÉ — BROUILLON\nembargo, NE PAS DIFFUSER : relecture équipe d'abord",
        "Press release (draft)\nEMBARGOED — DO NOT DISTRIBUTE — internal review",
        "CP rentrée\nPas encore diffusable — équipe interne, embargo au 1/09",
    ],
)
def test_press_release_draft_under_review_is_internal(head: str) -> None:
    assert read_head(head)[0] == "internal"


@pytest.mark.parametrize(
    "head",
    [
        "Subject: [Trail Mates] Autumn meet-up — embargoed till 3 October\n"
        "To: hikers@example.org\nFrom: Jo <jo@example.org>",
        "À : tous-les-pionniers@exemple.fr\nDe : Zoé <zoe@exemple.fr>\nEmbargo jusqu'au 12/12",
        "Audience: entire Pionniers community\nInternal organs: a quick refresher",
        "Classification : Tous Pionniers",
        "Réservé aux Pionniers — merci de garder ça pour la communauté",
        "Note : interne au programme, merci de ne pas le poster sur les réseaux\nKit Pionniers",
        "Kim : la vidéo est en ligne, réservée aux Pionniers (pas de partage hors programme)",
        "Version EN — for all Trail Mates",
    ],
)
def test_the_clients_names_open(head: str) -> None:
    assert read_head(head, NAMES)[0] == "public"


def test_names_do_not_open_a_subset_or_a_restriction() -> None:
    assert read_head("Pour les Pionniers de Brest uniquement", NAMES)[0] == "internal"
    assert read_head("Pionniers : liste des profils à relancer\nfichier staff", NAMES)[0] == (
        "internal"
    )


def test_head_audience() -> None:
    lines = ["Objet : [Ambassadeurs] Sortie du 4", "À : nos-amis@exemple.fr"]
    assert head_audience(lines).ambassadors
    assert not head_audience(["Objet : [Ambassadeurs] Sortie du 4"]).ambassadors
    assert head_audience(["Relecture équipe avant envoi"]).team


def test_reread_only_raises_except_a_bare_hold() -> None:
    audience = head_audience(["Bilan"])
    assert reread("Confidentiel", "confidential", audience) == "confidential"
    assert reread("Tableau de bord interne", None, audience) == "internal"
    assert reread("For all ambassadors", None, audience, opening=False) is None


@pytest.mark.parametrize(
    "line",
    [
        "Internal gear hub or derailleur: which one for hills?",
        "Hiding internal seams on a raglan",
        "The inner ear: internal structures in five drawings",
        "Our internal jury's picks of the year",
        "Secret d'atelier : régler un frein à disque",
        "Le secret d'une pâte feuilletée réussie",
        "Coutures internes ou externes ?",
    ],
)
def test_content_words_are_no_doubt(line: str) -> None:
    assert restriction_sign([line]) is None


@pytest.mark.parametrize(
    "line", ["Internal — gear hub specs", "Document interne", "Secret", "Draft, internal only"]
)
def test_real_markings_keep_their_doubt(line: str) -> None:
    assert restriction_sign([line]) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Silver-tier members only",
        "Diamond-level ambassadors only",
        "Pour les membres « Cercle Bleu » uniquement",
        "À l'attention des bénévoles de l'antenne de Saint-Malo uniquement",
        "Envoyé aux adhérents du Morbihan uniquement (sortie à Vannes)",
    ],
)
def test_tiers_and_places_are_some_readers(line: str) -> None:
    assert some_ambassadors(line) == "internal"


@pytest.mark.parametrize(
    "line",
    [
        "Réservé aux membres niveau Or",
        "Pour les membres niveau Or uniquement : -15 % sur la boutique",
        "Gold members only: free delivery code",
    ],
)
def test_offer_conditions_name_no_readers(line: str) -> None:
    assert some_ambassadors(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Partage : Hélène Morvan, Jules Caradec (2 personnes)",
        "Shared with: Ana Lopes, Ben Hall, accountant — no one else",
    ],
)
def test_sharing_with_named_people_is_confidential(line: str) -> None:
    assert named_first_names(line) == "confidential"


def test_sharing_with_teams_is_no_named_people() -> None:
    assert named_first_names("Partage : Marketing, Ventes") is None


def test_between_us_colleagues_is_internal() -> None:
    assert read_head("entre nous les collègues, pas pour les clients\nRetours SAV")[0] == (
        "internal"
    )
    prose = "Les équipes rurales cherchent du lien entre collègues plus que de la visibilité."
    assert read_head(prose)[0] == "none"


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("btw this spreadsheet is internal, keep it off Slack Connect", "internal"),
        ("Léo : non, c'est interne ça !", "internal"),
        ("ce fichier est strictement confidentiel", "confidential"),
        ("heads up, this stays in-house until Monday", "internal"),
    ],
)
def test_stated_level(line: str, level: str) -> None:
    assert stated_level(line) == level


@pytest.mark.parametrize(
    "line",
    [
        "Vos réponses restent confidentielles.",
        "C'est confidentiel ?",
        "- ne citez pas le prix de votre contrat (c'est confidentiel entre vous et nous)",
    ],
)
def test_stated_level_of_something_else(line: str) -> None:
    assert stated_level(line) is None

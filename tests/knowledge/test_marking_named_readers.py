"""Pass 13: a level closing a long line, a restriction naming its few readers, the company's
name beside the ambassadors (`marking_sentences.level_after_dash`,
`marking_subsets.few_named`, `marking_ambassadors.without_company`)."""

import pytest

from bot.bench.markings import read_head
from knowledge.marking_ambassadors import without_company
from knowledge.marking_sentences import level_after_dash
from knowledge.marking_subsets import few_named


@pytest.mark.parametrize(
    ("head", "level"),
    [
        # a level after the last dash of a long line
        (
            "Note à l'attention de Mme la directrice générale et de M. le trésorier de "
            "l'association — confidentiel\nBudget 2026",
            "confidential",
        ),
        (
            "Memo to the regional sales managers and the head of partnerships about the "
            "autumn pricing — internal use\nDraft",
            "internal",
        ),
        # a restriction naming its readers
        ("Diffusion restreinte : M. Perrin, Mme Caradec\nAudit des comptes", "confidential"),
        ("Accès : privé — Hugo, Clémence\nSuivi des litiges", "confidential"),
        ("Restricted — finance team only (Maya, Luis, Ken)\nQ3 forecast", "confidential"),
        ("Diffusion limitée à M. Lefort et Mme Diallo\nRéorganisation", "confidential"),
        ("DRH — diffusion restreinte\nPlan de départs", "confidential"),
        ("Access: restricted — board only\nMerger memo", "confidential"),
        # the formal banner, naming no readers: need to know
        ("Diffusion restreinte\nPlan de continuité", "confidential"),
        ("COPIE 2/4 — DIFFUSION RESTREINTE\nRapport d'audit", "confidential"),
        ("Diffusion restreinte (DR)\nCellule de crise", "confidential"),
        # still internal: a team, a site, no names
        ("Diffusion restreinte — équipe Support\nProcédure", "internal"),
        ("Diffusion restreinte au groupe Sud-Ouest\nPlan de tournée", "internal"),
        ("Diffusion restreinte à l'entreprise\nBilan du salon", "internal"),
        # a name beside the ambassadors the client has not given: a tier, a team or the
        # company, not known which (fail closed); an organisation's word is no part of them
        ("Réservé aux ambassadeurs Lumina — ne pas diffuser à l'extérieur\nKit 2026", "internal"),
        ("Réservé aux ambassadeurs de la Fondation — merci de ne pas partager\nAgenda", "public"),
        (
            "Ambassadeurs Brivane uniquement — ne pas publier sur les réseaux\nAvant-première",
            "internal",
        ),
        (
            "Réservé aux ambassadeurs — merci de ne pas le faire circuler hors du club\nBox",
            "public",
        ),
        # a tier, a place, an unknown plural name: not opened
        ("Réservé aux ambassadeurs Platine — ne pas diffuser\nDîner", "internal"),
        ("Réservé aux ambassadeurs de la Réunion — ne pas diffuser\nSortie", "internal"),
        ("Réservé aux ambassadeurs Isards — ne pas diffuser\nSortie", "internal"),
    ],
)
def test_heads(head: str, level: str) -> None:
    assert read_head(head, [])[0] == level


@pytest.mark.parametrize(
    "line",
    [
        "Private Equity Fund IV — factsheet",  # a name, not a restriction
        "Chaque offre est publiée trois semaines avant sa date limite. Elle précise le "
        "nombre de places, le lieu, la durée et le contact de la direction.",
        "Accès limité au service Abonnements",  # a service, no people
    ],
)
def test_few_named_not(line: str) -> None:
    assert not few_named(line)


def test_level_after_dash() -> None:
    assert level_after_dash("Un long titre — usage interne", 0) == "internal"
    assert level_after_dash("Un long titre — public", 0) is None
    assert level_after_dash("Un long titre — confidentiel", 2) is None


@pytest.mark.parametrize(
    "head",
    [
        "Réservé aux ambassadeurs Lumina — ne pas diffuser à l'extérieur\nKit 2026",
        "Ambassadeurs Lumina uniquement — ne pas publier sur les réseaux\nAvant-première",
        "For all Lumina ambassadors — please don't forward outside the program\nKit",
    ],
)
def test_the_clients_own_name_beside_the_ambassadors_names_them_all(head: str) -> None:
    assert read_head(head, [], ["Lumina"])[0] == "public"
    assert read_head(head, [], ["Brivane"])[0] != "public"


def test_without_company() -> None:
    assert (
        without_company("Réservé aux ambassadeurs de la Fondation — x")
        == "Réservé aux ambassadeurs — x"
    )
    assert (
        without_company("Réservé aux ambassadeurs Lumina — x")
        == "Réservé aux ambassadeurs Lumina — x"
    )
    assert (
        without_company("Réservé aux ambassadeurs Gold — x") == "Réservé aux ambassadeurs Gold — x"
    )
    assert without_company("Réservé aux ambassadeurs Isards") == "Réservé aux ambassadeurs Isards"


@pytest.mark.usefixtures("rules_only")  # the rules' reading (no second reader)
@pytest.mark.parametrize(
    ("head", "level"),
    [
        # a kind of document said internal
        ("Internal working doc\nPartner pricing ideas", "internal"),
        ("Internal deck — Q3 partner review\nSlides", "internal"),
        ("Synthèse interne — atelier du 3 mai\nNotes", "internal"),
        # a level code and a level's name: the name
        ("C2 – Usage interne uniquement, ne pas remettre aux partenaires\nBarème", "internal"),
        ("Classif. : C3 (int.)\nProcédure", "internal"),
        ("Classification : C2\nRémunérations", "confidential"),
        # a sharing setting open to anyone with the link, a page published on the web
        ("Partage : toute personne disposant du lien (commentateur)\nFAQ", "public"),
        ("Statut : publiée sur le web · Tags : accueil\nBienvenue", "public"),
        ("Partage : toute personne de Lumina disposant du lien\nFAQ", "internal"),
        ("Article publié sur le web le 3 mai\nRevue de presse", "none"),
        # a chat message closing with leave to share it anywhere
        (
            "[Slack #news] Hugo : hello tout le monde, la vidéo du salon est en ligne, "
            "vous pouvez la poster partout !\nVidéo",
            "public",
        ),
        ("Flyer de la fête de quartier — partagez-le autour de vous !\nFlyer", "public"),
        (
            "Kit presse — ne pas diffuser avant lundi, postez-le partout ensuite\nKit",
            "confidential",
        ),
        # all the ambassadors with "tous"; a program's name, quoted or not, only once declared
        ("Document destiné à tous les ambassadeurs\nGuide 2026", "public"),
        ("Destiné aux ambassadeurs du programme « Cercle Lumière »\nGuide", "none"),
        # a notice or a subject addressed to all of them
        ("Avis aux ambassadeurs : fermeture du forum lundi\nMerci", "public"),
        ("Objet : [Pour tous les ambassadeurs] Visite de l'atelier\nBonjour", "public"),
        ("Notice to all ambassadors: new points table\nHi", "public"),
        # a tag naming the program, a tier, a level word: not opened
        ("Objet : [Ambassadeurs] point budget\nSalut l'équipe", "none"),
        ("Avis aux ambassadeurs niveau Or : dîner\nMenu", "none"),
        ("Avis aux ambassadeurs : confidentiel, ne pas diffuser\nPrix", "confidential"),
    ],
)
def test_more_heads(head: str, level: str) -> None:
    assert read_head(head, [])[0] == level


def test_a_client_named_like_a_staff_word_or_a_tier_opens_nothing() -> None:
    assert read_head("Ambassadeurs Staff uniquement\nPlanning", [], ["staff"])[0] != "public"
    assert read_head("Réservé aux ambassadeurs Or\nDîner", [], ["Or"])[0] != "public"


@pytest.mark.parametrize(
    "head",
    [
        "À l'attention de tous les ambassadeurs du programme Cobalt\nGuide",
        "For all ambassadors of the Cobalt Circle programme\nGuide",
        "Diffusion libre auprès de tous les ambassadeurs (programme Cobalt)\nGuide",
        "Destiné aux ambassadeurs du programme « Cobalt »\nGuide",
    ],
)
def test_the_clients_own_program_names_all_its_ambassadors(head: str) -> None:
    # Declared as the client's (or "ambassadeurs Cobalt" among the names): all of them.
    assert read_head(head, [], ["Cobalt", "Cobalt Circle"])[0] == "public"
    assert read_head(head, ["ambassadeurs Cobalt", "ambassadors Cobalt Circle"])[0] == "public"


@pytest.mark.parametrize(
    "head",
    [
        "À l'attention de tous les ambassadeurs du programme Cobalt\nGuide",
        "Réservé aux ambassadeurs du programme Bêta\nGuide",
        "For all ambassadors of the Early Access programme\nGuide",
        "Pour tous les ambassadeurs du programme « Bêta »\nGuide",
    ],
)
def test_a_program_the_client_did_not_name_may_be_a_part(head: str) -> None:
    # A client runs sub-programs ("programme Bêta", "Early Access"): undeclared, no opening.
    assert read_head(head)[0] != "public"
    assert read_head(head, [], ["Cobalt"] if "Cobalt" not in head else ["Lumina"])[0] != "public"


def test_a_tier_or_a_place_named_like_a_program_stays_closed() -> None:
    assert read_head("Pour les ambassadeurs du programme Pro uniquement\nGuide")[0] == "internal"
    assert read_head("Pour tous les ambassadeurs du programme Pro\nGuide")[0] != "public"

"""Three planted persona groups, written for these tests, in varied wording (FR and EN).

- "busy": parents short of time, after discounts, happy to leave an online review, under an
  hour a month; held back by lack of time.
- "builders": product experts who want to shape the product and test betas, ideas and
  co-creation, 3 to 6 hours a month; fear their ideas are ignored.
- "social": people who want to meet other customers at events and help newcomers, 1 to 3
  hours a month; held back by distance and shyness on camera.
"""

from __future__ import annotations

from bot.synthesis.model import Answer
from skills.workshop.loader import PACKAGED_FLOWS, load_flows

FR = {
    "needs": "besoins",
    "motivations": "motivations",
    "time_available": "temps disponible",
    "fears": "craintes",
    "contribution_kinds": "contributions préférées",
}
EN = {
    "needs": "needs",
    "motivations": "motivations",
    "time_available": "time available",
    "fears": "fears",
    "contribution_kinds": "preferred contributions",
}

# participant → (group, language of the free texts, {step: text or [option values]})
PEOPLE: dict[str, tuple[str, str, dict[str, object]]] = {
    "P1": (
        "busy",
        "fr",
        {
            "needs": "Des réductions sur mon abonnement, avec deux enfants le budget compte",
            "motivations": ["benefits"],
            "time_available": ["under_1h_month"],
            "fears": "Je manque de temps entre le travail et les enfants",
            "contribution_kinds": ["online_review"],
        },
    ),
    "P2": (
        "busy",
        "fr",
        {
            "needs": "Payer moins cher mon abonnement grâce à des remises",
            "motivations": ["benefits"],
            "time_available": ["under_1h_month"],
            "fears": "Pas le temps, mes journées sont déjà pleines",
            "contribution_kinds": ["online_review", "social_share"],
        },
    ),
    "P3": (
        "busy",
        "fr",
        {
            "needs": "Des remises pour la famille",
            "motivations": ["benefits"],
            "time_available": ["under_1h_month"],
            "fears": "Le manque de temps, je suis parent solo",
            "contribution_kinds": ["online_review"],
        },
    ),
    "P4": (
        "busy",
        "en",
        {
            "needs": "Discounts on my subscription, money is tight with kids",
            "motivations": ["benefits"],
            "time_available": ["under_1h_month"],
            "fears": "I simply do not have the time, between work and the kids",
            "contribution_kinds": ["online_review"],
        },
    ),
    "P5": (
        "busy",
        "fr",
        {
            "needs": "Une réduction sur l'abonnement familial",
            "motivations": ["benefits", "help_others"],
            "time_available": ["under_1h_month"],
            "fears": "Trop peu de temps libre avec le travail",
            "contribution_kinds": ["online_review"],
        },
    ),
    "P6": (
        "builders",
        "fr",
        {
            "needs": "Tester les nouvelles fonctionnalités en bêta avant tout le monde",
            "motivations": ["influence_product", "learning"],
            "time_available": ["h3_6_month"],
            "fears": "Que mes idées soient ignorées par l'équipe produit",
            "contribution_kinds": ["idea", "co_creation"],
        },
    ),
    "P7": (
        "builders",
        "fr",
        {
            "needs": "Échanger directement avec l'équipe produit sur la feuille de route",
            "motivations": ["influence_product"],
            "time_available": ["h3_6_month"],
            "fears": "Donner des idées qui finissent ignorées",
            "contribution_kinds": ["idea", "co_creation"],
        },
    ),
    "P8": (
        "builders",
        "en",
        {
            "needs": "Early access to beta features so I can test them",
            "motivations": ["influence_product", "learning"],
            "time_available": ["h3_6_month"],
            "fears": "That the product team ignores our ideas",
            "contribution_kinds": ["idea", "co_creation"],
        },
    ),
    "P9": (
        "builders",
        "fr",
        {
            "needs": "Tester les versions bêta et remonter des bugs à l'équipe produit",
            "motivations": ["influence_product", "learning"],
            "time_available": ["h3_6_month"],
            "fears": "Que nos retours soient ignorés",
            "contribution_kinds": ["co_creation", "idea"],
        },
    ),
    "P10": (
        "builders",
        "en",
        {
            "needs": "A say in the product roadmap and talks with the product team",
            "motivations": ["influence_product"],
            "time_available": ["h3_6_month"],
            "fears": "Feedback that gets ignored by the product team",
            "contribution_kinds": ["co_creation"],
        },
    ),
    "P11": (
        "social",
        "fr",
        {
            "needs": "Rencontrer d'autres clients lors d'événements",
            "motivations": ["network", "help_others"],
            "time_available": ["h1_3_month"],
            "fears": "Les événements trop loin de chez moi",
            "contribution_kinds": ["event", "community_help"],
        },
    ),
    "P12": (
        "social",
        "fr",
        {
            "needs": "Des rencontres entre clients et des soirées conviviales",
            "motivations": ["network"],
            "time_available": ["h1_3_month"],
            "fears": "La distance, j'habite loin des villes où ont lieu les rencontres",
            "contribution_kinds": ["event"],
        },
    ),
    "P13": (
        "social",
        "en",
        {
            "needs": "Meeting other customers at events and get-togethers",
            "motivations": ["network", "help_others"],
            "time_available": ["h1_3_month"],
            "fears": "Being filmed, I am shy on camera",
            "contribution_kinds": ["event", "community_help"],
        },
    ),
    "P14": (
        "social",
        "fr",
        {
            "needs": "Aider les nouveaux clients et rencontrer la communauté",
            "motivations": ["help_others", "network"],
            "time_available": ["h1_3_month"],
            "fears": "Être filmée, je suis timide devant une caméra",
            "contribution_kinds": ["community_help", "event"],
        },
    ),
    "P15": (
        "social",
        "fr",
        {
            "needs": "Rencontrer d'autres clients passionnés pendant des événements",
            "motivations": ["network"],
            "time_available": ["h1_3_month"],
            "fears": "Les trajets jusqu'aux événements, c'est loin",
            "contribution_kinds": ["event", "community_help"],
        },
    ),
}


def answers(language: str = "fr") -> list[Answer]:
    """The planted answers: one `Answer` per text step and per chosen option. Free texts
    stay in each person's language; questions and options are in `language`, as
    `skills.personas.collect` gives them (the JE flow's titles and option labels)."""
    flow = load_flows([PACKAGED_FLOWS]).flows["je"]
    steps_by_id = {step.id: step for step in flow.steps}
    titles = FR if language == "fr" else EN
    result: list[Answer] = []
    for person, (_, _, steps) in PEOPLE.items():
        for step, value in steps.items():
            base = f"S1-{person}-{step}"
            if isinstance(value, list):
                labels = {o.value: o.label.get(language) for o in steps_by_id[step].options}
                for n, option in enumerate(value, start=1):
                    said = labels[option]
                    result.append(Answer(f"{base}-{n}", person, titles[step], said, "choice"))
            else:
                result.append(Answer(base, person, titles[step], str(value)))
    return result


def planted_groups() -> dict[str, set[str]]:
    groups: dict[str, set[str]] = {}
    for person, (group, _, _) in PEOPLE.items():
        groups.setdefault(group, set()).add(person)
    return groups

"""A JE workshop of eight ambassadors for the synthesis tests, typed in the console.

Planted: most want to meet other customers and to learn about the product first; they split
on events in person versus by video call; two (and only two) worry about their personal data;
three need their employer's consent, two of them naming their boss; NOUS's objective about
online reviews meets no expressed need.
"""

from __future__ import annotations

OBJECTIVES = [
    "Rencontrer d'autres clients et partager les expériences",
    "Découvrir les nouveautés du produit en avant-première",
    "Obtenir davantage d'avis en ligne",
]

# Steps: fit (0-10), [gap if fit <= 6], needs, motivations, time, constraints, contributions,
# [camera if video], channels, fears, named_in_synthesis.
JE_ANSWERS: dict[str, list[str]] = {
    "amb1": [
        "9",
        "Rencontrer d'autres clients ; Découvrir les nouveautés du produit",
        "3, 2",
        "2",
        "Je préfère les événements en présentiel, pour de vrai",
        "1, 3",
        "1, 2",
        "Que mes données personnelles soient partagées",
        "oui",
    ],
    "amb2": [
        "8",
        "Échanger avec d'autres clients ; Être informée des nouveautés du produit",
        "3",
        "2",
        "Les événements en présentiel me motivent",
        "3",
        "2",
        "Il me faut l'accord de mon employeur, Sophie Leroy",
        "non",
    ],
    "amb3": [
        "4",
        "Je ne vois pas encore ce que j'y gagne",
        "Rencontrer d'autres clients de ma région",
        "2",
        "1",
        "Je préfère les rencontres en visio, je voyage beaucoup",
        "5",
        "6",
        "L'utilisation de mes données personnelles",
        "oui",
    ],
    "amb4": [
        "7",
        "Découvrir les nouveautés du produit avant tout le monde",
        "4",
        "3",
        "Plutôt en visio, chez moi",
        "8",
        "6",
        "passer",
        "oui",
    ],
    "amb5": [
        "10",
        "Rencontrer d'autres clients ; Apprendre à mieux utiliser le produit",
        "3, 2",
        "3",
        "Des événements en présentiel, j'adore",
        "3, 9",
        "5",
        "L'accord de mon employeur : Marc Dupont doit valider",
        "oui",
    ],
    "amb6": [
        "6",
        "Des réductions sur mon abonnement",
        "Des réductions sur mon abonnement",
        "7",
        "1",
        "Les rencontres en visio me conviennent mieux",
        "5",
        "1",
        "Rien de particulier",
        "non",
    ],
    "amb7": [
        "8",
        "Échanger avec d'autres clients ; Découvrir les nouveautés du produit",
        "3, 4",
        "2",
        "passer",
        "9",
        "2, 5",
        "L'accord préalable de mon employeur",
        "oui",
    ],
    "amb8": [
        "9",
        "Rencontrer d'autres clients passionnés",
        "3",
        "4",
        "Je préfère le présentiel",
        "3",
        "4",
        "passer",
        "oui",
    ],
}


async def run_console_je(bot, facilitator: str = "hugo") -> tuple[str, str]:
    """The eight ambassadors answer JE in the console and the facilitator closes it:
    (code, what the facilitator read on closing)."""
    from tests.e2e.workshop_support import answer, code_of, person

    hugo = person(bot, facilitator, "facilitator")
    code = code_of(await hugo.send("atelier je ouvert"))
    for user, answers in JE_ANSWERS.items():
        member = person(bot, user)
        await answer(member, f"rejoindre {code}")
        last = await answer(member, *answers)
        assert "sont toutes enregistrées" in last, (user, last)
    closed = await answer(hugo, f"atelier clore {code}")
    return code, closed


def typed_texts() -> list[str]:
    """Every free text the ambassadors typed, split like the workshop splits lists."""
    texts = []
    for answers in JE_ANSWERS.values():
        for said in answers:
            texts += [part.strip() for part in said.split(";")]
    return texts

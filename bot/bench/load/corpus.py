"""The documents and questions of the conversations bench: one workshop per city and
activity, each with its own registration code, asked about by name.

An answer is recognised by the code of the workshop asked about (it is in the passage
that answers, and in no other), so the bench counts on the fake Slack's side which
question got an answer, and how many times.
"""

from __future__ import annotations

from dataclasses import dataclass

CITIES = (
    "Lyon",
    "Nantes",
    "Lille",
    "Bordeaux",
    "Rennes",
    "Grenoble",
    "Strasbourg",
    "Toulouse",
    "Montpellier",
    "Dijon",
)
ACTIVITIES = (
    ("réparation de crevaison", "le samedi matin", "local associatif"),
    ("réglage des freins", "le mercredi soir", "magasin du centre"),
    ("entretien de la chaîne", "le jeudi midi", "garage partagé"),
    ("sécurité routière", "le mardi soir", "maison du vélo"),
    ("vélo cargo", "le dimanche matin", "parc des expositions"),
    ("éclairage et visibilité", "le vendredi soir", "atelier municipal"),
)


@dataclass(frozen=True, slots=True)
class Workshop:
    city: str
    activity: str
    when: str
    where: str
    code: str

    @property
    def question(self) -> str:
        return f"Quel est le code d'inscription de l'atelier {self.activity} à {self.city} ?"


def workshops() -> list[Workshop]:
    found = []
    for c, city in enumerate(CITIES):
        for a, (activity, when, where) in enumerate(ACTIVITIES):
            code = f"INSC{c:02d}{a:02d}{(c * 7 + a * 13) % 100:02d}"
            found.append(Workshop(city, activity, when, where, code))
    return found


def documents() -> list[tuple[str, bytes]]:
    """One Markdown document per city: (file name, content)."""
    by_city: dict[str, list[Workshop]] = {}
    for workshop in workshops():
        by_city.setdefault(workshop.city, []).append(workshop)
    files = []
    for city, items in by_city.items():
        lines = [f"# Ateliers des ambassadeurs à {city}", ""]
        for w in items:
            lines += [
                f"## Atelier {w.activity} à {city}",
                "",
                f"L'atelier {w.activity} de {city} a lieu {w.when} au {w.where}. "
                f"Le code d'inscription de l'atelier {w.activity} à {city} est {w.code}.",
                "",
            ]
        files.append((f"ateliers-{city.lower()}.md", "\n".join(lines).encode()))
    return files

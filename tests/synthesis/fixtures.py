"""A small French workshop for the synthesis tests: 10 participants, planted ideas.

- convergence: lack of time (6 people), meeting other ambassadors (4 people), recommending
  the brand (3 people);
- opposition: events in person (3) versus remote (3);
- minority view: branded goodies (2 people);
- objectives: referrals (served by "recommander"), time freed (served by the time theme),
  and a carbon objective no answer supports.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

from bot.synthesis.model import Answer

Q_NEEDS = "Qu'attendez-vous du programme ?"
Q_BRAKES = "Qu'est-ce qui pourrait vous freiner ?"
Q_FORMAT = "Quel format de rencontres préférez-vous ?"
Q_SCALE = "Intérêt pour le programme (0 à 10)"
Q_CHOICE = "Temps disponible"

TEXTS: dict[str, dict[str, str]] = {
    "p1": {
        Q_NEEDS: "Rencontrer les autres ambassadeurs de la région.",
        Q_BRAKES: "Le manque de temps, mon agenda est déjà plein.",
        Q_FORMAT: "En présentiel, rien ne remplace une vraie rencontre.",
    },
    "p2": {
        Q_NEEDS: "Échanger avec d'autres ambassadeurs et rencontrer du monde.",
        Q_BRAKES: "Je manque de temps entre le travail et les enfants.",
        Q_FORMAT: "Des rencontres en présentiel, au moins une fois par trimestre.",
    },
    "p3": {
        Q_NEEDS: "Rencontrer d'autres ambassadeurs pour partager nos astuces.",
        Q_BRAKES: "Pas assez de temps libre en ce moment.",
        Q_FORMAT: "En visio, je n'ai pas le temps de me déplacer.",
    },
    "p4": {
        Q_NEEDS: "Des goodies aux couleurs de la marque.",
        Q_BRAKES: "Le manque de temps surtout.",
        Q_FORMAT: "En visio le soir, c'est plus simple pour moi.",
    },
    "p5": {
        Q_NEEDS: "Des goodies sympas, un tee-shirt par exemple.",
        Q_BRAKES: "Mon temps est compté, je travaille de nuit.",
        Q_FORMAT: "Plutôt en visio, j'habite loin de tout.",
    },
    "p6": {
        Q_NEEDS: "Échanger avec les autres ambassadeurs lors d'un apéro.",
        Q_BRAKES: "Le temps, toujours le temps.",
        Q_FORMAT: "En présentiel, autour d'un café.",
    },
    "p7": {
        Q_NEEDS: "Pouvoir recommander la marque à mes amis facilement.",
        Q_BRAKES: "Rien à signaler.",
        Q_FORMAT: "Peu importe.",
    },
    "p8": {
        Q_NEEDS: "Un lien simple pour recommander la marque à mes proches.",
        Q_BRAKES: "Rien.",
        Q_FORMAT: "Je n'ai pas d'avis.",
    },
    "p9": {
        Q_NEEDS: "Recommander la marque à mon entourage avec un code.",
        Q_BRAKES: "La peur de mal faire devant les clients.",
        Q_FORMAT: "Aucune préférence.",
    },
    "p10": {
        Q_NEEDS: "Rien de particulier.",
        Q_BRAKES: "Rien à ajouter.",
        Q_FORMAT: "Rien à ajouter.",
    },
}
SCALE = {"p1": "9", "p2": "8", "p3": "2", "p4": "1", "p5": "9", "p6": "10", "p7": "2", "p8": "1"}
CHOICE = {"p1": "1 à 3 heures par mois", "p2": "1 à 3 heures par mois", "p3": "moins d'une heure"}
OBJECTIVES = [
    "Obtenir plus de recommandations de la marque",
    "Libérer du temps pour les ambassadeurs",
    "Réduire l'empreinte carbone des livraisons",
]


def answers() -> list[Answer]:
    rows: list[Answer] = []
    for person, given in TEXTS.items():
        for number, (question, text) in enumerate(given.items(), start=1):
            rows.append(Answer(f"{person}-{number}", person, question, text))
    rows += [Answer(f"{p}-scale", p, Q_SCALE, v, "scale") for p, v in SCALE.items()]
    rows += [Answer(f"{p}-choice", p, Q_CHOICE, v, "choice") for p, v in CHOICE.items()]
    return rows


def write_jsonl(path: Path) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for a in answers():
            record = {
                "id": a.id,
                "participant": a.participant,
                "question": a.question,
                "answer": a.text,
            }
            if a.kind != "text":
                record["kind"] = a.kind
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def write_csv(path: Path, delimiter: str = ";") -> Path:
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter=delimiter)
        writer.writerow(["id", "participant", "question", "answer", "kind"])
        for a in answers():
            writer.writerow([a.id, a.participant, a.question, a.text, a.kind])
    return path


def write_objectives(path: Path) -> Path:
    path.write_text("\n".join(OBJECTIVES) + "\n", encoding="utf-8")
    return path

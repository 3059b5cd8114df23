"""Helpers for the synthesis chat tests: JE answers stored through the workshop repository."""

from __future__ import annotations

from typing import Any

from bot.store.database import Database
from skills.workshop.loader import PACKAGED_FLOWS, load_flows
from skills.workshop.repository import WorkshopRepository
from skills.workshop.schema import Flow


def je_flow() -> Flow:
    return load_flows([PACKAGED_FLOWS]).flows["je"]


def run_je(
    db: Database,
    people: dict[str, dict[str, Any]],
    *,
    client: str = "acme",
    close: bool = True,
    skipped: dict[str, list[str]] | None = None,
    platform: str = "console",
) -> str:
    """One JE session where each person gave `answers` (step id → typed value); its code."""
    repo = WorkshopRepository(db)
    session = repo.create_session(
        client=client, flow="je", platform=platform, channel_id="c", facilitator_id="hugo"
    )
    assert session.id is not None
    for user, answers in people.items():
        person, _ = repo.join(session.id, platform, user, user.title(), "purpose_fit")
        assert person.id is not None
        for step, value in answers.items():
            repo.record_answer(person.id, step, value)
        for step in (skipped or {}).get(user, []):
            repo.record_answer(person.id, step, None, skipped=True)
        repo.move(person.id, status="done", step_id=None)
    if close:
        repo.close(session.id, {"answers": []})
    return session.code


def set_objectives(db: Database, objectives: list[str], client: str = "acme") -> None:
    """A closed NOUS session whose output names these objectives."""
    repo = WorkshopRepository(db)
    session = repo.create_session(
        client=client, flow="nous", platform="console", channel_id="c", facilitator_id="hugo"
    )
    assert session.id is not None
    repo.close(session.id, {"objectives": [{"label": o, "by": ["Léa"]} for o in objectives]})


TOPICS = [
    ("Rencontrer d'autres clients", "Échanger avec d'autres clients", "Voir d'autres clients"),
    ("Tester les nouveautés", "Essayer les nouveautés en avant-première", "Accès aux nouveautés"),
    ("Apprendre à réparer mon vélo", "Savoir réparer mon vélo", "Des ateliers de réparation"),
    ("Des réductions sur l'abonnement", "Une remise sur l'abonnement", "Payer moins l'abonnement"),
    (
        "Être écouté par l'équipe produit",
        "Que l'équipe produit m'écoute",
        "Parler à l'équipe produit",
    ),
    (
        "Des sorties vélo en groupe",
        "Rouler en groupe le week-end",
        "Organiser des sorties en groupe",
    ),
    ("Partager mes itinéraires", "Partager des itinéraires sûrs", "Échanger des itinéraires"),
    ("Aider les débutants", "Conseiller les débutants", "Accompagner les cyclistes débutants"),
    ("Plus de sécurité à vélo", "Se sentir en sécurité à vélo", "Des conseils de sécurité à vélo"),
    ("Gagner des points", "Accumuler des points de fidélité", "Des points à échanger"),
    ("Des goodies de la marque", "Recevoir des goodies", "Des cadeaux goodies"),
    ("Visiter l'usine", "Une visite de l'usine", "Découvrir l'usine de fabrication"),
]


MORE_TOPICS = [
    ("Témoigner en vidéo", "Tourner une vidéo de témoignage", "Faire un témoignage vidéo"),
    ("Écrire sur le blog", "Rédiger des articles de blog", "Publier sur le blog de la marque"),
    ("Un forum d'entraide", "Un espace d'entraide en ligne", "Un forum pour s'entraider"),
    ("Des badges de niveau", "Obtenir des badges", "Gagner des badges de niveau"),
    ("Rencontrer les dirigeants", "Échanger avec les dirigeants", "Voir les dirigeants"),
    ("Participer aux salons", "Aller aux salons professionnels", "Être présent aux salons"),
    ("Des formations mécaniques", "Suivre des formations mécaniques", "Formations en mécanique"),
    ("Une newsletter mensuelle", "Recevoir une newsletter", "Lire une newsletter chaque mois"),
    ("Tester des prototypes", "Essayer des prototypes", "Donner mon avis sur des prototypes"),
    ("Un accès anticipé aux soldes", "Les soldes avant tout le monde", "Accès anticipé aux soldes"),
    ("Parrainer des amis", "Recommander la marque à des amis", "Parrainer mes amis"),
    ("Des défis sportifs", "Relever des défis sportifs", "Participer à des défis sportifs"),
]


def many_answers(count: int = 36, *, topics: int = 12) -> dict[str, dict[str, Any]]:
    """`count` participants, each needing two of `topics` topics (12 or 24) in one of three
    wordings."""
    pool = (TOPICS + MORE_TOPICS)[:topics]
    people: dict[str, dict[str, Any]] = {}
    for n in range(count):
        first, second = pool[n % topics], pool[(n * 5 + 3) % topics]
        people[f"amb{n + 1:02d}"] = {
            "purpose_fit": n % 11,
            "needs": [first[n % 3], second[(n + 1) % 3]],
            "time_available": ["under_1h_month", "h1_3_month", "h3_6_month"][n % 3],
            "named_in_synthesis": n % 2 == 0,
        }
    return people

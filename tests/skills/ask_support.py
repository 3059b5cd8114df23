"""Fixtures and helpers of the ask skill's tests: two clients' documents, stored answers."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlmodel import select

from bot.assistant import Assistant
from bot.core.messages import Reply
from bot.notices.notice import is_notice
from bot.settings import Settings
from bot.store.models import AnswerRecord
from bot.tenants import ClientConfig, ClientDirectory, RoleMapping

ACME_DOCUMENTS = {
    "charte.md": (
        "# Charte des ambassadeurs Acme\n\n## Points\n\n"
        "Un témoignage vidéo rapporte 60 points. Un avis en ligne rapporte 10 points.\n\n"
        "## Kit de bienvenue\n\n"
        "Chaque nouvel ambassadeur reçoit un kit de bienvenue : une gourde gravée "
        "et un guide du programme.\n"
    ),
    "salons.md": (
        "# Calendrier des salons\n\n## Salon Vélo-Expo à Lyon\n\n"
        "Le salon Vélo-Expo se tient à Lyon du 3 au 5 mars 2027. "
        "Il faut 6 ambassadeurs pour tenir le stand.\n"
    ),
    "feuille-de-route.md": (
        "Classification: CONFIDENTIEL\n\n# Feuille de route 2028\n\n## Projet Héron\n\n"
        "Le Projet Héron est un vélo cargo électrique pliant, lancé en mai 2028 "
        "au prix de 3 990 euros.\n"
    ),
}
BRAVO_DOCUMENTS = {
    "charte.md": (
        "# Charte des ambassadeurs Bravo\n\n## Points\n\n"
        "Chez Bravo, un témoignage vidéo rapporte 25 points et un avis en ligne 5 points.\n"
    ),
}
POINTS_QUESTION = "Combien de points rapporte un témoignage vidéo ?"
SECRET_QUESTION = "Qu'est-ce que le Projet Héron ?"
UNANSWERABLE = "Quel est le code du wifi de l'usine de Roubaix ?"


def write_documents(folder: Path, documents: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in documents.items():
        (folder / name).write_text(content, encoding="utf-8")
    return folder


def ingest(assistant: Assistant, client: str, folder: Path) -> None:
    config = assistant.services.clients.get(client)
    report = assistant.services.knowledge.ingest_paths(client, [folder], **config.ingest_options())
    assert all(f.ok for f in report.files), report.files


@pytest.fixture
def bravo(settings: Settings) -> ClientConfig:
    config = ClientConfig(
        name="bravo",
        display_name="Bravo Cycles",
        roles=RoleMapping(community_manager=["bravo-cm"], ambassador=["bravo-amb"]),
        default_sensitivity="public",  # its program documents are all for ambassadors
    )
    ClientDirectory(settings.clients_dir).save(config)
    return config


@pytest.fixture
async def documented(
    assistant: Assistant, bravo: ClientConfig, tmp_path: Path
) -> AsyncIterator[Assistant]:
    """The assistant with acme's and bravo's documents ingested (same words, other facts)."""
    ingest(assistant, "acme", write_documents(tmp_path / "acme-docs", ACME_DOCUMENTS))
    ingest(assistant, "bravo", write_documents(tmp_path / "bravo-docs", BRAVO_DOCUMENTS))
    yield assistant


def answer_records(assistant: Assistant) -> list[AnswerRecord]:
    with assistant.services.db.session() as session:
        return list(session.exec(select(AnswerRecord).order_by(AnswerRecord.id)))


def only(replies: list[Reply]) -> Reply:
    """The one answer of a turn; a person's first turn also brings the first-contact notice
    (issue 20), which the notice's own tests check."""
    replies = [r for r in replies if not is_notice(r)]
    assert len(replies) == 1, replies
    return replies[0]

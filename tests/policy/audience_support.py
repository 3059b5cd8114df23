"""Documents of three sensitivities, and the questions each answers (issue 13, item 3)."""

from __future__ import annotations

from pathlib import Path

from bot.assistant import Assistant
from tests.skills.ask_support import write_documents

PUBLIC_DOCUMENTS = {
    "charte.md": (
        "# Charte des ambassadeurs\n\n## Points\n\n"
        "Un témoignage vidéo rapporte 60 points. Un avis en ligne rapporte 10 points.\n"
    ),
}
INTERNAL_DOCUMENTS = {
    "planning.md": (
        "# Planning de l'équipe\n\n## Salon Vélo-Expo\n\n"
        "Le montage du stand Vélo-Expo commence le 2 mars à 7 heures, "
        "avec la camionnette louée chez Rouleau Frères.\n"
    ),
}
CONFIDENTIAL_DOCUMENTS = {
    "remises.md": (
        "# Remises revendeurs\n\n## Remise des partenaires\n\n"
        "Les revendeurs partenaires obtiendront une remise exceptionnelle de dix-huit "
        "pour cent sur toute la gamme urbaine dès septembre.\n"
    ),
}
PUBLIC_QUESTION = "Combien de points rapporte un témoignage vidéo ?"
PUBLIC_FACT = "60 points"
INTERNAL_QUESTION = "Quand commence le montage du stand Vélo-Expo ?"
INTERNAL_FACT = "camionnette louée"
SECRET_QUESTION = "Quelle remise pour les revendeurs partenaires ?"
SECRET_FACT = "dix-huit"


def ingest_by_sensitivity(assistant: Assistant, client: str, folder: Path) -> None:
    """Each set under its own sensitivity, given explicitly (no marker or default involved)."""
    knowledge = assistant.services.knowledge
    for sensitivity, documents in (
        ("public", PUBLIC_DOCUMENTS),
        ("internal", INTERNAL_DOCUMENTS),
        ("confidential", CONFIDENTIAL_DOCUMENTS),
    ):
        report = knowledge.ingest_paths(
            client, [write_documents(folder / sensitivity, documents)], sensitivity=sensitivity
        )
        assert all(f.ok for f in report.files), report.files

"""The asker's identifiers are left out of what retrieval reads, and only those."""

from __future__ import annotations

from pathlib import Path

from bot.adapters.console import ConsoleSession, render_all
from bot.assistant import Assistant
from skills.ask.own_identifiers import without_identifiers
from tests.skills.ask_support import ACME_DOCUMENTS, ingest, write_documents

IBAN = "FR76 3000 6000 0112 3456 7890 189"
CONTACTS = (
    "Diffusion : tous les ambassadeurs\n\n# Contacts\n\n## Témoignages vidéo\n\n"
    "Odile Martin suit les témoignages vidéo : odile.martin@exemple.fr, 06 12 34 56 78. Les "
    f"points des témoignages sont payés en cartes cadeaux depuis l'IBAN {IBAN}.\n"
)


def test_mail_phone_and_iban_are_blanked_and_the_question_stays():
    text = f"Moi c'est Jo (jo@exemple.fr, 06 98 76 54 32, IBAN {IBAN}) : un avis rapporte combien ?"
    searched = without_identifiers(text)
    for identifier in ("jo@exemple.fr", "06 98 76 54 32", "3000", "FR76"):
        assert identifier not in searched
    assert "Moi c'est Jo" in searched and "un avis rapporte combien ?" in searched


def test_a_question_without_identifiers_is_unchanged():
    text = "Combien de points pour le salon du 3 au 5 mars 2027, stand 12 ?"
    assert without_identifiers(text) is text


def test_a_message_made_of_an_identifier_alone_is_kept():
    assert without_identifiers("06 98 76 54 32") == "06 98 76 54 32"


async def test_an_introduction_with_an_iban_still_gets_the_points_passage(
    assistant: Assistant, tmp_path: Path
):
    ingest(
        assistant,
        "acme",
        write_documents(tmp_path / "docs", {**ACME_DOCUMENTS, "contacts.md": CONTACTS}),
    )
    lea = ConsoleSession(assistant, client="acme", user_id="lea", role="ambassador")
    shown = render_all(
        await lea.send(
            f"Bonjour, Odile Martin (odile.martin@exemple.fr, 06 12 34 56 78, IBAN {IBAN}). "
            "Combien de points rapporte un témoignage vidéo ?"
        )
    )
    assert "Un témoignage vidéo rapporte 60 points" in shown

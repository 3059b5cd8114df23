"""`ambassade demo` end to end: documents ingested once, questions answered with sources."""

from __future__ import annotations

import re

from typer.testing import CliRunner

from bot.cli import app
from bot.demo.setup import DOCUMENTS_DIR, SCRIPT_FR
from bot.settings import get_settings

runner = CliRunner()
DEMO_FILES = len([p for p in DOCUMENTS_DIR.iterdir() if p.is_file()])


def demo(*args: str, input: str | None = None):
    get_settings.cache_clear()
    result = runner.invoke(app, ["demo", *args], input=input)
    assert result.exit_code == 0, result.output
    return result.output


def exchanges(transcript: str) -> dict[str, str]:
    """Each message typed in the transcript → what the bot answered to it."""
    parts = re.split(r"^(?:vous|you) ▸ (.*)$", transcript, flags=re.M)
    return {parts[i].strip(): parts[i + 1] for i in range(1, len(parts) - 1, 2)}


def test_demo_ingests_its_documents_once_then_greets_the_community_manager():
    first = demo(input="bonjour\n")
    assert first.splitlines()[0] == (
        f"Démo : {DEMO_FILES} documents du programme prêts "
        f"({DEMO_FILES} indexés, 0 déjà à jour, 0 en échec)."
    )
    assert "Bonjour camille" in first
    assert "community manager, programme Cycles Colibri" in first
    assert "visite guidée" not in first  # what is piped in is the conversation
    second = demo(input="bonjour\n")
    assert f"(0 indexés, {DEMO_FILES} déjà à jour, 0 en échec)" in second.splitlines()[0]


def test_demo_with_nothing_piped_in_plays_the_guided_tour():
    """`make demo < /dev/null` (no terminal, no input) shows the main job, not a greeting."""
    transcript = demo(input="")
    assert "visite guidée (" in transcript.splitlines()[1]
    said = exchanges(transcript)
    assert "70 points" in said["Combien de points rapporte un témoignage vidéo ?"]


def test_demo_script_shows_sourced_answers_abstention_and_english():
    said = exchanges(demo("--script", str(SCRIPT_FR)))
    points = said["Combien de points rapporte un témoignage vidéo ?"]
    assert "70 points" in points and "Sources :" in points
    assert "Charte du programme Les Éclaireurs › 5. Contributions et points" in points
    assert "Merci pour votre retour" in said["1"]
    manager = said["Qu'est-ce que le Projet Martinet ?"]
    assert "Feuille de route produit et commerciale 2027-2028" in manager
    ambassador = said["[lea] Qu'est-ce que le Projet Martinet ?"]
    # Léa's first words: the first-contact notice (issue 20), then the answer.
    notice, answer = ambassador.strip().split("\nambassade ▸ ", 1)
    assert notice.startswith("ambassade ▸ Bonjour ! Je suis un assistant automatisé")
    assert answer.startswith("Je ne sais pas")
    assert "Martinet est" not in ambassador
    unknown = said["Quel a été le chiffre d'affaires de Cycles Colibri en 2026 ?"]
    assert "Je ne sais pas" in unknown and "Parler à une personne" in unknown
    assert "chiffre d'affaires" in said["lacunes"]
    english = said["What are the dates of the Vélo-Cité fair in Paris?"]
    assert "According to the program documents" in english and "Sources:" in english
    assert "avril 2027" in english

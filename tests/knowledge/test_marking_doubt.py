"""A public default does not publish a document whose first lines speak of restriction."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.cli import app
from bot.settings import get_settings
from knowledge.base import KnowledgeBase
from knowledge.markers import HEAD_LINES
from knowledge.marking_doubt import restriction_sign

AMBASSADOR = frozenset({"public"})
BODY = "\n\n## Rachat\n\nLe rachat de la brasserie Houblonnière est prévu en avril pour 2 M€.\n"
QUESTION = "Quand est prévu le rachat de la brasserie Houblonnière ?"
HURRIED = "Point rachat (entre nous pour l'instant)"

SIGNS = [
    HURRIED,
    "Please don't forward this deck",
    "brouillon v3 — ne pas diffuser avant validation",
    "Embargoed until 12 March",
    "For your eyes only",
    "(usage interne)",
    "Strictly confidential and not public",
    "Ne pas diffuser le document avant validation",
    "Do not forward this email",
]
MENTIONS = [
    "Peu importe que ces informations soient confidentielles ou publiques.",
    "Interne ou externe, le délégué doit connaître la législation.",
    "Le secret d'une bonne bière, c'est le temps.",
    "Document non confidentiel",
    "Notre politique de confidentialité est en ligne.",
    "Privacy and confidentiality: we never sell your data.",
    "Une séance réservée aux ambassadeurs Voltigeurs",
    "Guide des ambassadeurs — édition 2027",
    # The words inside prose, a question or a list item are the text's subject.
    "Ne communiquez jamais vos données confidentielles (carte bancaire, mot de passe) en ligne.",
    "Suis-je fiché en interne par ma banque ?",
    "- superviser les audits internes ;",
    # A rule for the readers about something else than the document.
    "ne pas publier les photos des enfants sans accord",
    "Never share your password",
]


@pytest.mark.parametrize("line", SIGNS)
def test_a_word_of_restriction_is_a_sign(line: str) -> None:
    assert restriction_sign(["# Titre", line]) == line


@pytest.mark.parametrize("line", MENTIONS)
def test_a_passing_mention_is_no_sign(line: str) -> None:
    assert restriction_sign(["# Titre", line]) is None


def test_only_the_head_and_properties_are_read() -> None:
    late = ["ligne de texte"] * HEAD_LINES + ["CONFIDENTIEL"]
    assert restriction_sign(late) is None
    assert restriction_sign(["# Titre"], {"subject": "Internal draft"}) == "Internal draft"


def _ingest(kb: KnowledgeBase, folder: Path, text: str, **options: object):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "note.md").write_text(text, encoding="utf-8")
    (result,) = kb.ingest_paths("volta", [folder / "note.md"], **options).files  # type: ignore[arg-type]
    return result


@pytest.mark.usefixtures("rules_only")  # the rules' reading (no second reader)
def test_a_public_default_withholds_a_doubtful_document(tmp_path: Path) -> None:
    kb = KnowledgeBase(tmp_path / "kb")
    text = f"# Note rachat\n\n{HURRIED}\n{BODY}"
    result = _ingest(kb, tmp_path / "d", text, default_sensitivity="public")
    assert (result.sensitivity, result.reason, result.reason_detail) == (
        "internal",
        "doubt",
        HURRIED,
    )
    assert not kb.search("volta", QUESTION, allowed_sensitivities=AMBASSADOR)
    # Unchanged on the next ingest, without reading the file again.
    again = _ingest(kb, tmp_path / "d", text, default_sensitivity="public")
    assert (again.status, again.sensitivity, again.reason) == ("unchanged", "internal", "doubt")


@pytest.mark.usefixtures("rules_only")  # the rules' reading (no second reader)
def test_a_doubt_never_overrides_a_decision(tmp_path: Path) -> None:
    kb = KnowledgeBase(tmp_path / "kb")
    text = f"# Note rachat\n\n{HURRIED}\n{BODY}"
    internal = _ingest(kb, tmp_path / "a", text)
    assert (internal.sensitivity, internal.reason) == ("internal", "default")
    option = _ingest(kb, tmp_path / "b", text, sensitivity="public")
    assert (option.sensitivity, option.reason) == ("public", "option")
    marked = _ingest(kb, tmp_path / "c", f"Classification : Public\n{text}")
    assert (marked.sensitivity, marked.reason) == ("public", "marker")


@pytest.mark.usefixtures("rules_only")  # the rules' reading (no second reader)
def test_ingest_tells_why_and_a_person_decides(public_home: Path, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "rachat.md").write_text(f"# Note rachat\n\n{HURRIED}\n{BODY}", "utf-8")
    (docs / "guide.md").write_text("# Guide\n\nUn avis rapporte 10 points.\n", "utf-8")
    runner = CliRunner()
    fr = runner.invoke(app, ["--lang", "fr", "ingest", "--client", "volta", str(docs)])
    assert fr.exit_code == 0, fr.output
    assert "interne (le niveau par défaut du client est public, mais la tête" in fr.output
    assert "gardés internes par prudence" in fr.output and "1 fichier" in fr.output
    en = runner.invoke(app, ["--lang", "en", "ingest", "--client", "volta", str(docs)])
    assert "internal (the client's default is public, but the document's head" in en.output
    listed = runner.invoke(app, ["documents", "list", "--client", "volta", "--json"])
    rows = {r["document"]: r for r in map(json.loads, listed.output.splitlines())}
    assert rows["rachat.md"]["reason"] == "doubt" and rows["guide.md"]["sensitivity"] == "public"
    done = runner.invoke(
        app, ["documents", "set-sensitivity", "rachat.md", "public", "-c", "volta"]
    )
    assert done.exit_code == 0, done.output
    kb = KnowledgeBase(get_settings().knowledge_dir)
    assert kb.search("volta", QUESTION, allowed_sensitivities=AMBASSADOR)

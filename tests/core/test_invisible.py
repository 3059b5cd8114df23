"""Invisible characters are removed once, where a message comes in (issue 13, item 5)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.assistant import Assistant
from bot.cli import app
from bot.core.input_checks import clean_text
from bot.core.invisible import VisibleText, visible_text
from tests.conftest import SessionFactory
from tests.skills.ask_support import (
    ACME_DOCUMENTS,
    POINTS_QUESTION,
    answer_records,
    ingest,
    only,
    write_documents,
)

# The same question, spoiled by each kind of invisible or exotic character.
SPOILED_QUESTIONS = {
    "zero-width space": "Combien de po\u200bints rapporte un témoi\u200bgnage vidéo ?",
    "zero-width joiner": "Combien de po\u200dints rapporte un témoi\u200dgnage vidéo ?",
    "zero-width non-joiner": "Combien de po\u200cints rapporte un témoi\u200cgnage vidéo ?",
    "word joiner": "Combien de po\u2060ints rapporte un témoi\u2060gnage vidéo ?",
    "soft hyphen": "Combien de po\u00adints rapporte un témoi\u00adgnage vidéo ?",
    "BOM": "\ufeffCombien de points rapporte un\ufeff témoignage vidéo ?",
    "bidi controls": "\u202bCombien de points\u2066 rapporte un témoignage vidéo ?\u202c",
    "exotic spaces": "Combien\u00a0de\u202fpoints\u2009rapporte\u3000un témoignage\u2007vidéo ?",
    "tag letters": "Combien de points\U000e0069\U000e0067 rapporte un témoignage vidéo ?",
}


@pytest.mark.parametrize("kind", SPOILED_QUESTIONS)
def test_i13_5_invisible_characters_are_removed_and_spaces_made_plain(kind: str):
    assert clean_text(SPOILED_QUESTIONS[kind]) == POINTS_QUESTION


def test_i13_5_what_people_see_is_kept():
    """Emoji sequences keep their joiners, flags their tags, Persian its non-joiner."""
    kept = [
        "Bravo 👩‍💻 et 👨‍👩‍👧 !",
        "Allez 🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f !",
        "می\u200cخواهم",
        "Ligne 1\nligne 2\tfin",
        "café ❤️ thé 👍🏽",
    ]
    for text in kept:
        assert visible_text(text) == text
    assert clean_text("  Bonjour\u00a0!  ") == "Bonjour !"
    assert visible_text("ｍａｒｉｅ＠ｏｒａｎｇｅ．ｆｒ") == "marie@orange.fr"


def test_i13_5_spans_of_the_plain_text_map_back_to_the_original():
    original = "tél 06\u200b12\u00a034 56 78 !"
    visible = VisibleText.build(original)
    assert visible.text == "tél 0612 34 56 78 !"
    start = visible.text.index("06")
    end = visible.text.index(" !")
    assert visible.span_in_original(start, end) == (4, original.index(" !"))
    assert not VisibleText.build("plain ascii").changed


async def test_i13_5_zero_width_question_is_answered(
    assistant: Assistant, session: SessionFactory, tmp_path: Path
):
    """A question spoiled by invisible characters gets the answer of the clean question,
    and is stored clean."""
    ingest(assistant, "acme", write_documents(tmp_path / "docs", ACME_DOCUMENTS))
    camille = session("camille", role="community_manager")
    clean = only(await camille.send(POINTS_QUESTION))
    assert "60 points" in clean.text
    for kind, question in SPOILED_QUESTIONS.items():
        spoiled = only(await camille.send(question))
        assert spoiled.text == clean.text, kind
    questions = {record.question for record in answer_records(assistant)}
    assert questions == {POINTS_QUESTION}


def test_i13_5_ask_command_reads_the_question_as_the_chat_does(tmp_path: Path):
    from bot.settings import get_settings
    from bot.tenants import ClientConfig, ClientDirectory

    ClientDirectory(get_settings().clients_dir).save(ClientConfig(name="acme"))
    runner = CliRunner()
    docs = write_documents(tmp_path / "docs", ACME_DOCUMENTS)
    result = runner.invoke(app, ["ingest", "--client", "acme", str(docs)])
    assert result.exit_code == 0, result.output
    questions = "\n".join([POINTS_QUESTION, *SPOILED_QUESTIONS.values()]) + "\n"
    result = runner.invoke(
        app,
        ["ask", "--client", "acme", "--role", "community_manager", "--json", "-"],
        input=questions,
    )
    assert result.exit_code == 0, result.output
    answers = [json.loads(line) for line in result.output.splitlines()]
    assert len(answers) == 1 + len(SPOILED_QUESTIONS)
    assert all(a["answered"] and a["answer"] == answers[0]["answer"] for a in answers)
    assert {a["question"] for a in answers} == {POINTS_QUESTION}

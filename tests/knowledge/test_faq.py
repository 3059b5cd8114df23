"""FAQ documents: every answer is a chunk of its own, titled by its question."""

from __future__ import annotations

from pathlib import Path

from knowledge.base import KnowledgeBase
from knowledge.faq import split_faq
from knowledge.loaders import Section

FAQ_TEXT = """FAQ DES MEMBRES
Dernière mise à jour : mars 2027

Q1. Comment enregistrer une contribution ?
R. Tapez la commande /contribution dans le salon du programme.

Q2. Le bot, c'est un humain ?
Et il lit mes messages privés ?
R : Non. C'est un assistant qui ne connaît que les documents publiés.
Pour parler à une personne, tapez /humain.
"""


def test_question_lines_become_headings_and_answers_lose_their_prefix() -> None:
    parts = split_faq(Section(text=FAQ_TEXT, heading="FAQ"))
    assert [p.heading for p in parts] == [
        "FAQ",
        "FAQ › Comment enregistrer une contribution ?",
        "FAQ › Le bot, c'est un humain ? Et il lit mes messages privés ?",
    ]
    assert parts[0].text.startswith("FAQ DES MEMBRES")
    assert parts[1].text == "Tapez la commande /contribution dans le salon du programme."
    assert parts[2].text.startswith("Non. C'est un assistant")
    assert parts[2].text.endswith("tapez /humain.")


def test_a_last_question_without_answer_is_kept_as_text() -> None:
    parts = split_faq(Section(text=FAQ_TEXT + "\nQ3. Et les badges ?\n", heading="FAQ"))
    assert (parts[-1].text, parts[-1].heading) == ("Et les badges ?", "FAQ")
    assert len(parts) == 4


def test_prose_with_a_question_or_two_is_left_alone() -> None:
    prose = Section(
        text="Pourquoi un programme ?\nParce que nos clients parlent mieux de nous que nous.\n"
        "Nous les écoutons chaque mois."
    )
    assert split_faq(prose) == [prose]
    long_line = Section(text=("mot " * 50 + "?\nréponse\n") * 3)
    assert split_faq(long_line) == [long_line]


def test_an_ingested_faq_is_cited_by_question_and_quoted_from_the_answer(
    kb: KnowledgeBase, tmp_path: Path
) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "faq.txt").write_text(FAQ_TEXT, encoding="utf-8")
    kb.ingest_paths("acme", [docs], default_sensitivity="public")
    answer = kb.answer(
        "acme", "Comment enregistrer une contribution ?", allowed_sensitivities={"public"}
    )
    assert answer.answered
    assert answer.sources[0].section == "FAQ DES MEMBRES › Comment enregistrer une contribution ?"
    assert "/contribution" in answer.text and "Q1." not in answer.text

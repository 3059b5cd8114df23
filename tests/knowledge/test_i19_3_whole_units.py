"""Issue 19 item 3, second pass: a short section with a table is quoted whole; a list too
long to quote keeps its introduction and the items the question points to; "4e semaine"
finds the row "Semaine 4"."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from knowledge.answer import _question_words, support
from knowledge.base import KnowledgeBase
from knowledge.lexical import LexicalIndex
from knowledge.passages import ELLIPSIS, PASSAGE_MAX_CHARS, best_passages
from knowledge.retrieval import Hit
from knowledge.text import index_terms
from tests.knowledge.hits import public_hit

PUBLIC = {"public"}
_QUOTE = re.compile(r"« (.*?) » \[(\d+)\]", re.DOTALL)

ROADMAP = """# Feuille de route Colibri

## Budget

Le budget du programme passera de 300 000 euros en 2025 à 450 000 euros en 2027. La hausse
finance surtout les vélos d'essai et les événements hors de la métropole.

| Poste | 2025 | 2027 |
|---|---|---|
| Vélos d'essai et transport | 50 000 € | 95 000 € |
| Récompenses | 120 000 € | 150 000 € |
| Événements régionaux | 30 000 € | 70 000 € |

## Premier mois

Le parcours ci-dessous est une suggestion pour bien démarrer.

| Période | À faire | Points |
|---|---|---|
| Semaine 1 | Compléter son profil | 0 |
| Semaine 2 | Suivre la formation en ligne | 20 |
| Semaine 3 | Publier une première annonce | 30 |
| Semaine 4 | Accueillir son premier essai | 50 |

## Contacts

Pour toute question sur le programme, écrivez à l'équipe communauté.
"""

_MISSIONS = [
    "accueillir des essais de vélo à domicile le week-end pour les voisins intéressés",
    "animer un stand lors des fêtes de quartier et des marchés de producteurs locaux",
    "rédiger un avis détaillé après six mois d'usage quotidien sur les trajets",
    "relire les notices de montage avant leur impression et signaler les erreurs",
    "tester les antivols connectés pendant un mois et remplir le questionnaire",
    "parrainer de nouveaux clients grâce au code personnel envoyé chaque trimestre",
    "participer aux réunions régionales organisées deux fois par an à Lille",
    "photographier les parcours cyclables de sa ville pour la carte communautaire",
    "répondre aux questions des forums en ligne en citant la documentation officielle",
    "aider les nouveaux ambassadeurs de sa région pendant leur premier mois",
]
MISSIONS_INTRO = "Chaque ambassadeur choisit librement ses missions parmi les suivantes :"
MISSIONS = "\n".join([MISSIONS_INTRO, *(f"- {m}" for m in _MISSIONS)])


def _quotes(text: str) -> list[str]:
    return [q for q, _ in _QUOTE.findall(text)]


@pytest.fixture
def roadmap_kb(kb: KnowledgeBase, tmp_path: Path) -> KnowledgeBase:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "feuille_de_route.md").write_text(ROADMAP, encoding="utf-8")
    kb.ingest_paths("colibri", [docs], default_sensitivity="public")
    return kb


def test_i19_3_a_short_section_with_a_table_is_quoted_whole(roadmap_kb: KnowledgeBase) -> None:
    answer = roadmap_kb.answer(
        "colibri",
        "Combien de budget pour les vélos d'essai en 2027 par rapport à 2025 ?",
        allowed_sensitivities=PUBLIC,
    )
    assert answer.answered
    first = _quotes(answer.text)[0]
    # The paragraph, then the header with the row the question points to, and no other row.
    assert first.startswith("Le budget du programme passera de 300 000 euros")
    table = first.splitlines()[-2:]
    assert table == [
        "| Poste | 2025 | 2027 |",
        "| Vélos d'essai et transport | 50 000 € | 95 000 € |",
    ]
    assert "Récompenses" not in first


def test_i19_3_an_ordinal_finds_the_row_that_writes_the_number(roadmap_kb: KnowledgeBase) -> None:
    for question in (
        "Je suis dans ma 4e semaine, qu'est-ce que je suis censé faire ?",
        "Que faire pendant la 4ème semaine ?",
    ):
        answer = roadmap_kb.answer("colibri", question, allowed_sensitivities=PUBLIC)
        assert answer.answered, question
        first = _quotes(answer.text)[0]
        assert "Semaine 4 | Accueillir son premier essai | 50" in first, answer.text
        assert "Semaine 2" not in first
    unknown = roadmap_kb.answer(
        "colibri", "Que faire pendant la 7e semaine ?", allowed_sensitivities=PUBLIC
    )
    assert not unknown.answered  # no row writes 7: nothing to quote


def _hit(text: str, section: str) -> Hit:
    return public_hit(text, section)


def _passages(question: str, text: str, section: str) -> list[str]:
    index = LexicalIndex.build(
        [index_terms(t) for t in (text, "Autre chose sans rapport.")], [[], []]
    )
    words = _question_words(question, index.body)
    return [p.text for p in best_passages(words, [_hit(text, section)], support)]


def test_i19_3_a_long_list_keeps_its_intro_and_the_items_asked_about() -> None:
    assert len(MISSIONS) > PASSAGE_MAX_CHARS
    first = _passages(
        "Est-ce qu'un ambassadeur peut tester les antivols connectés ?",
        MISSIONS,
        "Charte › Missions",
    )[0]
    lines = first.splitlines()
    assert lines[0] == MISSIONS_INTRO
    assert f"- {_MISSIONS[4]}" in lines
    assert lines[1] == ELLIPSIS and lines[-1] == ELLIPSIS  # where items were left out
    assert f"- {_MISSIONS[0]}" not in lines
    assert len(first) <= PASSAGE_MAX_CHARS


def test_i19_3_a_long_list_asked_as_a_whole_is_cut_with_an_ellipsis() -> None:
    question = "Quelles sont les missions d'un ambassadeur ?"
    first = _passages(question, MISSIONS, "Charte › Missions")[0]
    lines = first.splitlines()
    assert lines[0] == MISSIONS_INTRO
    assert lines[1:4] == [f"- {m}" for m in _MISSIONS[:3]]
    assert lines[-1] == ELLIPSIS
    assert len(first) <= PASSAGE_MAX_CHARS + 2


def test_i19_3_a_short_list_is_quoted_whole_even_when_one_item_is_asked_about() -> None:
    text = "\n".join([MISSIONS_INTRO, *(f"- {m}" for m in _MISSIONS[3:6])])
    first = _passages(
        "Est-ce qu'un ambassadeur peut tester les antivols connectés ?", text, "Charte › Missions"
    )[0]
    assert first == text


def test_i19_3_a_long_introduction_keeps_one_item_after_a_gap() -> None:
    intro = (
        "Avant de choisir une mission, lisez bien ce qui suit : "
        + "chaque mission demande du temps, un peu de matériel et l'accord de l'équipe. " * 7
        + "Les missions proposées cette année sont les suivantes :"
    )
    report = "avec un compte rendu écrit envoyé à l'équipe dans la semaine"
    items = [f"{m}, {report}" for m in _MISSIONS]
    text = "\n".join([intro, *(f"- {m}" for m in items)])
    first = _passages("Puis-je tester les antivols connectés ?", text, "Charte › Missions")[0]
    lines = first.splitlines()
    assert lines[0] == intro and lines[1] == ELLIPSIS
    assert lines[2] == f"- {items[4]}", first  # the item asked about, never the intro alone
    assert lines[-1] == ELLIPSIS

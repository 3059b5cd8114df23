"""Issue 19 item 3: offline answers quote whole units, and their sources read
"Title › Section (p. N)", numbered in order of appearance."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from knowledge.answer import _question_words, support
from knowledge.base import KnowledgeBase
from knowledge.lexical import LexicalIndex
from knowledge.passages import PASSAGE_MAX_CHARS, best_passages
from knowledge.text import index_terms
from tests.knowledge.hits import public_hit
from tests.knowledge.test_i19_1_structure import make_structured_pdf

PUBLIC = {"public"}
LEVELS = """# Les avantages des Éclaireurs

Chaque niveau ouvre de nouveaux avantages, calculés sur les points des douze derniers mois.

## Niveau Lanterne (de 200 à 449 points)

En plus des avantages du niveau Étincelle :

- 15 % de remise sur la révision annuelle et les pièces d'usure ;
- l'accès anticipé aux nouveaux modèles deux semaines avant la sortie ;
- une place par an dans un atelier mécanique à l'usine.

## Niveau Phare (de 450 à 899 points)

En plus des avantages des niveaux précédents :

- la révision annuelle offerte une fois par an, d'une valeur de 89 € ;
- 20 % de remise sur le remplacement d'une batterie ;
- une rencontre avec l'équipe produit chaque trimestre.

## Objectifs 2027 et indicateurs

| Indicateur | Cible 2027 | Mesure |
|---|---|---|
| Essais obtenus par recommandation | 300 essais | code saisi à la réservation |
| Ventes influencées | 150 vélos | code utilisé à la commande |
| Avis en ligne publiés | 200 avis | contributions validées |

## Remises par niveau

| Niveau | Accessoires | Renouvellement |
|---|---|---|
| Lanterne | 10 % | aucun |
| Phare | 10 % | 300 € |
| Étoile polaire | 10 % | 500 € |
"""
_QUOTE = re.compile(r"« (.*?) » \[(\d+)\]", re.DOTALL)


@pytest.fixture
def levels_kb(kb: KnowledgeBase, tmp_path: Path) -> KnowledgeBase:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "avantages.md").write_text(LEVELS, encoding="utf-8")
    kb.ingest_paths("colibri", [docs], default_sensitivity="public")
    return kb


def _quotes(text: str) -> list[str]:
    return [q for q, _ in _QUOTE.findall(text)]


def _assert_shape(text: str) -> None:
    quotes = _quotes(text)
    assert quotes, text
    for quote in quotes:
        assert not quote.rstrip().endswith(":"), quote
        assert len(quote.split()) > 8 or quote.rstrip().endswith((".", "!", "?", "…")), quote
        assert len(quote) <= PASSAGE_MAX_CHARS + 10, quote


def test_i19_3_a_list_is_quoted_with_its_introduction(levels_kb: KnowledgeBase) -> None:
    for question, intro, item in (
        (
            "Quels sont les avantages du niveau Phare ?",
            "En plus des avantages des niveaux précédents :",
            "- une rencontre avec l'équipe produit chaque trimestre.",
        ),
        (
            "Quels avantages au niveau Lanterne ?",
            "En plus des avantages du niveau Étincelle :",
            "- une place par an dans un atelier mécanique à l'usine.",
        ),
    ):
        answer = levels_kb.answer("colibri", question, allowed_sensitivities=PUBLIC)
        assert answer.answered, question
        _assert_shape(answer.text)
        quotes = _quotes(answer.text)
        # The list with its introduction is quoted whole; a row of the level's own discounts
        # may come first (it is one of its benefits), another level's lines never.
        assert any(q.startswith(intro) and item in q for q in quotes), answer.text
        other = "Lanterne" if "Phare" in question else "Phare"
        assert not any(other in q for q in quotes), answer.text


def test_i19_3_a_table_row_is_quoted_with_its_header(levels_kb: KnowledgeBase) -> None:
    answer = levels_kb.answer(
        "colibri", "Quelle remise de renouvellement au niveau Phare ?", allowed_sensitivities=PUBLIC
    )
    assert answer.answered
    first = _quotes(answer.text)[0]
    assert first.splitlines() == [
        "| Niveau | Accessoires | Renouvellement |",
        "| Phare | 10 % | 300 € |",
    ]


def test_i19_3_a_question_about_a_whole_table_gets_all_its_rows(levels_kb: KnowledgeBase) -> None:
    answer = levels_kb.answer(
        "colibri", "Quels sont les objectifs 2027 ?", allowed_sensitivities=PUBLIC
    )
    assert answer.answered
    first = _quotes(answer.text)[0]
    assert first.splitlines()[0] == "| Indicateur | Cible 2027 | Mesure |"
    for cells in ("300 essais", "150 vélos", "200 avis"):
        assert cells in first


def _index(texts: list[str]) -> LexicalIndex:
    return LexicalIndex.build([index_terms(t) for t in texts], [[] for _ in texts])


def test_i19_3_never_a_heading_alone_nor_a_dangling_colon() -> None:
    # A chunk written before structure was read: a heading line and a cut introduction.
    text = (
        "Niveau Lanterne\n"
        "Les avantages du niveau Lanterne sont les suivants :\n"
        "Le niveau Lanterne commence à 200 points, comptés sur douze mois glissants."
    )
    idf = _index([text, "Autre chose sans rapport."]).body
    question = "Quels avantages au niveau Lanterne ?"
    words = _question_words(question, idf)
    chosen = best_passages(words, [public_hit(text, "Avantages › Niveau Lanterne")], support)
    assert [p.text for p in chosen] == [
        "Le niveau Lanterne commence à 200 points, comptés sur douze mois glissants."
    ]


def test_i19_3_a_long_paragraph_is_cut_with_an_ellipsis() -> None:
    sentences = [f"La règle numéro {n} du programme précise un détail pratique." for n in range(30)]
    sentences[12] = "Les points expirent au bout de vingt-quatre mois sans aucune activité."
    text = " ".join(sentences)
    idf = _index([text, "Autre chose."]).body
    words = _question_words("Quand les points expirent-ils ?", idf)
    (passage,) = best_passages(words, [public_hit(text, "Règles")], support)
    assert len(passage.text) <= PASSAGE_MAX_CHARS + 4
    assert passage.text.startswith("… Les points expirent au bout de vingt-quatre mois")
    assert passage.text.endswith("…")


def test_i19_3_sources_read_title_section_and_page_numbered_by_appearance(
    kb: KnowledgeBase, tmp_path: Path
) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    make_structured_pdf(docs / "guide.pdf", outline=False)
    kb.ingest_paths("acme", [docs], default_sensitivity="public")
    answer = kb.answer(
        "acme", "Que contient le kit de bienvenue ?", allowed_sensitivities={"public"}
    )
    assert answer.answered
    assert "« Le kit de bienvenue contient :\n- un maillot\n- une gourde\n- un mémo » [1]" in (
        answer.text
    )
    sources = answer.text.split("Sources :", 1)[1].strip().splitlines()
    assert sources[0] == "[1] Guide d'accueil › 1. Bienvenue › 1.1 Le kit (p. 1)"
    assert answer.sources[0].section.endswith("1.1 Le kit")
    cited = [int(n) for _, n in _QUOTE.findall(answer.text)]
    assert cited == sorted(cited) and cited[0] == 1


def test_i19_3_a_wide_table_keeps_the_columns_the_question_names(
    kb: KnowledgeBase, tmp_path: Path
) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    how = "mesuré chaque mois par l'équipe à partir des codes saisis par les visiteurs"
    rows = "".join(f"| Indicateur numéro {n} | {100 + n} unités | {how} |\n" for n in range(8))
    (docs / "charte.md").write_text(
        "# Charte\n\n## Objectifs 2027 et indicateurs\n\n"
        f"| Indicateur | Cible 2027 | Comment il est mesuré |\n|---|---|---|\n{rows}",
        encoding="utf-8",
    )
    kb.ingest_paths("acme", [docs], default_sensitivity="public")
    answer = kb.answer("acme", "Quels sont les objectifs 2027 ?", allowed_sensitivities=PUBLIC)
    first = _quotes(answer.text)[0].splitlines()
    assert first[0] == "| Indicateur | Cible 2027 |"
    assert first[1:] == [f"| Indicateur numéro {n} | {100 + n} unités |" for n in range(8)]

"""Issue 19, which unit an offline answer quotes among the hits: a document's title counts
against the passages of other documents (`knowledge.passages.TITLE_BONUS`); how much of
the question a hit holds as judged counts for its units (`knowledge.quote_kind`,
`HIT_SUPPORT_WEIGHT`); the unit the sentence encoder points to is quoted even when it
shares no word of the question (`knowledge.quote_choice.with_meaning`)."""

from __future__ import annotations

from knowledge.answer import support
from knowledge.passages import TITLE_BONUS, best_passages, unit_passages
from knowledge.quote_choice import with_meaning
from knowledge.quote_kind import HIT_SUPPORT_WEIGHT, quote_bonus
from tests.knowledge.hits import public_hit
from tests.knowledge.test_i19_quote_choice import _words

STEPS = (
    "La démarche se fait en quatre étapes :\n"
    "- demander l'accord du gérant\n"
    "- remplir le formulaire en ligne"
)
QUESTION = "Comment recommander une boutique ?"


def _steps(title: str, n: int) -> object:
    return public_hit(STEPS, f"{title} › La démarche › Le formulaire", n, f"doc{n}.md")


def test_i19_quote_selection_the_title_counts_against_other_documents() -> None:
    assert TITLE_BONUS > 0
    hits = [_steps("Guide des sorties", 0), _steps("Recommander une boutique", 1)]
    words = _words(QUESTION, hits)
    scores = [max(p.score for p in unit_passages(words, support, h, 0)) for h in hits]
    assert scores[1] > scores[0]
    assert best_passages(words, hits, support)[0].rank == 1


def test_i19_quote_selection_the_title_does_not_order_one_documents_units() -> None:
    title = "Recommander une boutique"
    hits = [
        public_hit("Le formulaire est en ligne.", f"{title} › Formulaire", 0, "d.md"),
        public_hit("Une boutique est recommandée par le formulaire.", f"{title} › FAQ", 1, "d.md"),
    ]
    words = _words(QUESTION, hits)
    assert best_passages(words, hits, support)[0].rank == 1  # richer in its own words


def test_i19_quote_selection_a_hit_judged_richer_leads() -> None:
    assert HIT_SUPPORT_WEIGHT > 0
    hits = [_steps("Recommander une boutique", 0), _steps("Recommander une boutique", 1)]
    words = _words(QUESTION, hits)
    assert best_passages(words, hits, support)[0].rank == 0
    chosen = best_passages(words, hits, support, extra=quote_bonus(None, [0.3, 0.9]))
    assert chosen[0].rank == 1


def test_i19_quote_selection_the_encoder_pick_needs_no_shared_word() -> None:
    hits = [
        public_hit("Une boutique se recommande en ligne.", "Guide › Boutiques", 0, "g.md"),
        public_hit("Le gérant doit d'abord donner son accord.", "Guide › Accord", 1, "g.md"),
    ]
    words = _words(QUESTION, hits)
    quotes = best_passages(words, hits, support)
    assert [q.rank for q in quotes] == [0]
    assert all(p.score <= 0 for p in unit_passages(words, support, hits[1], 1))
    chosen = with_meaning(quotes, words, hits, support, [0.80, 0.86])
    assert [q.rank for q in chosen] == [0, 1]
    assert "son accord" in chosen[1].text

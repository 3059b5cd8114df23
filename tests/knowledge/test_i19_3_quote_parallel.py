"""Issue 19 item 3: among look-alike sections ("Palier Argent › Conditions", "Palier Or ›
Conditions"), the one whose own heading names what the question names is quoted, not the
sibling whose text mentions it in passing."""

from __future__ import annotations

from knowledge.quote_parallel import PARALLEL_PENALTY, parallel_penalties
from knowledge.retrieval import Hit


def _hit(section: str, text: str, n: int) -> Hit:
    return Hit("c", "guide.md", section, None, text, 1.0, "public", f"c{n}")


def _support(words: list[str], text: str) -> float:
    found = [w for w in words if w in text.lower()]
    return len(found) / len(words) if words else 0.0


def test_i19_3_the_sibling_level_counts_less() -> None:
    hits = [
        _hit("Guide › Palier Argent › Conditions", "Réservé aux paliers Argent ou Or.", 0),
        _hit("Guide › Palier Or › Conditions", "Une seule commande par an.", 1),
    ]
    words = ["conditions", "palier", "or"]
    assert parallel_penalties(words, hits, _support) == {0: PARALLEL_PENALTY}


def test_i19_3_no_penalty_when_the_question_names_neither() -> None:
    hits = [
        _hit("Guide › Palier Argent › Conditions", "Deux commandes par an.", 0),
        _hit("Guide › Palier Or › Conditions", "Une seule commande par an.", 1),
        _hit("Autre › Palier Or", "Texte.", 2),
    ]
    assert parallel_penalties(["conditions", "commande"], hits, _support) == {}


def test_i19_3_headings_unlike_each_other_are_not_parallel() -> None:
    hits = [
        _hit("Règlement › Article 2 - Adhésion", "L'adhésion est réservée aux majeurs.", 0),
        _hit("Règlement › Article 7 - Suspension et exclusion", "La suspension dure un mois.", 1),
    ]
    assert parallel_penalties(["adhésion", "suspendue"], hits, _support) == {}

"""The structure sweep diagnostic: answers built again from what retrieval handed them,
under patched constants, then restored; figures per scope (whole unit, abstentions, share
of three-quote answers, median quote length)."""

from __future__ import annotations

import knowledge.answer as answer_module
from bot.bench.structure_sweep import Tally, patched, quote_count, quoted, sweep
from knowledge.answer import Answer
from knowledge.lexical import LexicalIndex
from knowledge.text import index_terms
from tests.knowledge.hits import public_hit

QUESTION = "Do you cover the petrol if I go to an event by car?"
MILEAGE = "Les frais de déplacement vers un événement sont remboursés à 0,30 € par kilomètre."
GOLD = {
    "id": "q1",
    "question": QUESTION,
    "gold_doc": "faq.md",
    "gold_section": "Les frais de déplacement sont-ils remboursés ?",
    "unit": "paragraph",
    "gold": ["0,30 € par kilomètre"],
}


def _call() -> tuple[tuple, dict]:
    hits = [
        public_hit(MILEAGE, "FAQ › Les frais de déplacement sont-ils remboursés ?", 0, "faq.md"),
        public_hit("Les points sont crédités sur le compte sous sept jours.", "Barème", 1, "b.md"),
        public_hit("Le stand est monté la veille par l'équipe du magasin.", "Kit", 2, "k.md"),
    ]
    texts = [f"{h.section}\n{h.text}" for h in hits]
    texts += ["Autre chose sans rapport.", "Les ateliers ont lieu le samedi.", "La charte."]
    idf = LexicalIndex.build([index_terms(t) for t in texts], [[] for _ in texts]).body
    return (QUESTION, hits, idf), {"cosines": [0.83, 0.80, 0.79]}


def test_i19_sweep_patches_a_constant_for_one_setting_then_restores_it() -> None:
    start = answer_module.MEANING_MARGIN
    with patched({"knowledge.answer.MEANING_MARGIN": 0.5}):
        assert answer_module.MEANING_MARGIN == 0.5
    assert start == answer_module.MEANING_MARGIN


def test_i19_sweep_builds_the_answers_again_under_each_setting() -> None:
    call = _call()
    calls = {"ambassador": ([call], [call])}
    settings = {"start": {}, "wide margin": {"knowledge.answer.MEANING_MARGIN": 0.5}}
    found = sweep([GOLD], [{"question": QUESTION}], calls, settings)
    start, wide = found["start"]["ambassador"], found["wide margin"]["ambassador"]
    assert (start.whole, start.answered, start.abstained) == (1, 1, 0)
    assert (wide.whole, wide.answered, wide.abstained) == (0, 0, 1)
    assert wide.kinds == {"abstained": 1}
    assert "whole 1/1 (1.000)" in start.line()


def test_i19_sweep_counts_quotes_and_their_length() -> None:
    text = "D'après les documents :\n« Un. » [1]\n« Deux\n- trois » [2]\n\nSources :\n[1] A"
    assert quoted(text) == "« Un. » [1]\n« Deux\n- trois » [2]"
    assert quote_count(quoted(text)) == 2
    tally = Tally()
    tally.add(Answer("q", True, text), GOLD)
    assert (tally.answered, tally.three, tally.lengths) == (1, 0, [len(quoted(text))])

"""Issue 18 item 6: participants who answered alike are never split across personas."""

from __future__ import annotations

from bot.personas.engine import draft
from bot.personas.render import staff_text
from bot.synthesis.model import Answer
from bot.synthesis.verify import is_verbatim

SAVERS = ("Des remises sur mon abonnement pour la famille", "Je manque de temps le soir")
MEETERS = ("Rencontrer d'autres clients lors de soirées", "La distance, j'habite loin")


def _rows(texts_of: dict[str, tuple[str, str]]) -> list[Answer]:
    rows = []
    for who, (need, fear) in texts_of.items():
        rows.append(Answer(f"{who}-n", who, "besoins", need))
        rows.append(Answer(f"{who}-f", who, "craintes", fear))
    return rows


def test_i18_6_identical_participants_make_one_persona():
    rows = _rows({f"P{i}": SAVERS for i in range(1, 7)})
    result = draft(rows)
    assert [set(p.participants) for p in result.personas] == [{f"P{i}" for i in range(1, 7)}]
    by_id = {a.id: a for a in rows}
    for verbatim in result.personas[0].verbatims:
        assert is_verbatim(verbatim.text, by_id[verbatim.answer_id].text)
    shown = staff_text(result, language="fr", heading="Personas")
    assert "P1" in shown and "6" in shown


def test_i18_6_two_blocks_of_identical_participants_stay_whole():
    people = {f"P{i}": SAVERS for i in range(1, 5)} | {f"P{i}": MEETERS for i in range(5, 8)}
    result = draft(_rows(people))
    assert {frozenset(p.participants) for p in result.personas} == {
        frozenset({"P1", "P2", "P3", "P4"}),
        frozenset({"P5", "P6", "P7"}),
    }

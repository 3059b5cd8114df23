"""Issue 18 item 2b: a contrast side that grows, word after shared word, into a catch-all
of several ideas is no position; an answer the encoder reads closer to a side joins it only
when its closest answer is on that side (invented examples)."""

from __future__ import annotations

import numpy as np
import pytest

from bot.synthesis import contrast
from bot.synthesis.model import Answer
from bot.synthesis.text import clauses


def _find(
    said: list[str], question: str, encoder: object = None, language: str = "fr"
) -> list[list[set[str]]]:
    answers = [Answer(f"a{i}", f"P{i + 1}", question, t) for i, t in enumerate(said)]
    every = [c for n, a in enumerate(answers) for c in clauses(n, a.text, language)]
    budget = contrast.EncoderBudget(encoder, contrast.ENCODE_BUDGET) if encoder else None
    found = contrast.find(range(len(every)), every, answers, budget)
    return [
        [{answers[every[r].answer_index].participant for r in side} for side in o.sides]
        for o in found
    ]


CONTRIBUTIONS = [
    "Poster des photos sur Instagram.",
    "Un post de temps en temps.",
    "Offrir des paniers aux amis plutôt que poster.",
    "Parrainer des amis avec un code.",
    "Des amis qui reçoivent un panier offert.",
    "Inviter des amis à une dégustation.",
    "Voter pour le produit du mois.",
    "Tester les nouveautés avant leur sortie.",
    "Répondre aux questions des nouveaux.",
    "Tenir un stand au marché.",
]


def test_i18_2_contrast_a_side_grown_into_a_catch_all_is_no_position(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # "plutôt que poster" opposes the two who post; the side of the one who sets posting
    # aside grows through "amis" and "panier" into four people of ten, of three ideas. The
    # shipped cap (half the answerers) lets a real 5/5 split stand; the mechanism is shown
    # here with a cap this small room's catch-all exceeds.
    monkeypatch.setattr(contrast, "SIDE_SHARE", 0.3)
    assert _find(CONTRIBUTIONS, "Comment aimeriez-vous contribuer ?") == []
    monkeypatch.setattr(contrast, "SIDE_SHARE", 0.5)
    assert _find(CONTRIBUTIONS, "Comment aimeriez-vous contribuer ?") != []


def test_i18_2_contrast_a_small_side_still_opposes() -> None:
    said = CONTRIBUTIONS[:3] + CONTRIBUTIONS[6:] + ["Offrir un panier, jamais poster."]
    assert _find(said, "Comment aimeriez-vous contribuer ?") == [[{"P1", "P2"}, {"P3", "P8"}]]


class _Encoder:
    """Sentence vectors by meaning, faked: fixed slots, free time, and a third idea whose
    two answers are closest to each other though nearer free time than fixed slots."""

    def queries(self, texts: list[str]) -> np.ndarray:
        rows = []
        for text in texts:
            lowered = text.lower()
            if "no fixed" in lowered or "whenever" in lowered:
                rows.append([1.0, 0.0, 0.0])
            elif "fixed" in lowered or "monday" in lowered:
                rows.append([0.0, 1.0, 0.0])
            elif "online" in lowered:
                rows.append([0.6, 0.0, 0.8])
            else:
                rows.append([0.0, 0.0, -1.0])
        return np.asarray(rows)


def test_i18_2_contrast_the_encoder_joins_only_answers_whose_closest_is_on_the_side() -> None:
    said = [
        "A fixed slot on Mondays.",
        "Mondays, with a fixed slot.",
        "No fixed slot.",
        "Whenever the mood strikes me.",
        "Online sessions I can replay.",
        "Online, recorded, to watch later.",
        "Evenings after the kids sleep.",
        "Depends on my workload.",
    ]
    found = _find(said, "What time suits you?", _Encoder(), "en")
    assert found == [[{"P1", "P2"}, {"P3", "P4"}]]

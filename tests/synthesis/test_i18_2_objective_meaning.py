"""Issue 18 item 2 (c): an objective worded in the program's terms is served by the one theme
the sentence encoder reads clearly closest to it, never by a theme barely above the others,
and an objective no answer speaks of stays unsupported (`objective_meaning`)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from bot.synthesis import objective_meaning
from bot.synthesis.encoded import Memo
from bot.synthesis.model import Answer
from bot.synthesis.text import clauses as split_clauses

ASKED = "What would you need from us?"
# Invented texts; the fake encoder reads each as one of four directions.
TOPICS = {"growth": 0, "course": 0, "training": 0, "discount": 1, "cheaper": 1, "weather": 2}


class FakeEncoder:
    def queries(self, texts: Sequence[str]) -> np.ndarray:
        rows = []
        for text in texts:
            vector = np.full(4, 0.05, dtype=np.float32)
            for word, axis in TOPICS.items():
                if word in text.lower():
                    vector[axis] = 1.0
            if vector.max() < 1.0:
                vector[3] = 1.0
            rows.append(vector / np.linalg.norm(vector))
        return np.stack(rows) if rows else np.zeros((0, 4), np.float32)


def _workshop() -> tuple[list[Answer], list, Memo]:
    texts = [
        "A course that counts for my licence",
        "Paid training days, honestly",
        "Training in practice analytics",
        "A discount on the subscription",
        "Make it cheaper for small offices",
    ]
    answers = [Answer(f"a{k}", f"p{k}", ASKED, t) for k, t in enumerate(texts)]
    rows = [c for i, a in enumerate(answers) for c in split_clauses(i, a.text, "en")]
    memo = Memo(FakeEncoder())
    memo.queries([f"Something else entirely, number {k}" for k in range(14)] + texts)
    return answers, rows, memo


def test_i18_2_a_theme_clearly_closest_in_meaning_serves_the_objective() -> None:
    answers, rows, memo = _workshop()
    themes = [[0, 1, 2], [3, 4]]
    objectives = ["Invest in the professional growth of our clinicians", "Talk about the weather"]
    allowed = np.ones((2, 2), dtype=bool)
    found = objective_meaning.serving(objectives, [0, 1], themes, allowed, rows, answers, memo, 2)
    assert found == {0: 0}
    allowed[0, 0] = False
    assert objective_meaning.serving(objectives, [0], themes, allowed, rows, answers, memo, 2) == {}


def test_i18_2_no_encoder_or_no_background_links_nothing() -> None:
    answers, rows, _ = _workshop()
    allowed = np.ones((1, 1), dtype=bool)
    objective = ["Invest in the professional growth of our clinicians"]
    assert (
        objective_meaning.serving(objective, [0], [[0, 1]], allowed, rows, answers, None, 2) == {}
    )
    empty = Memo(FakeEncoder())
    assert (
        objective_meaning.serving(objective, [0], [[0, 1]], allowed, rows, answers, empty, 2) == {}
    )

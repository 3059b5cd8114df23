"""Issue 18 item 2b: a near opposition on an antonym axis (a full side and a single holder
of the other pole in one question) is completed by the sentence encoder, which takes no
half of a small view (`polarity_near`, `contrast.complete` with `nearest`)."""

from __future__ import annotations

import numpy as np

from bot.synthesis import polarity_near
from bot.synthesis.engine import synthesise
from bot.synthesis.model import Answer
from bot.synthesis.text import clauses

QUESTION = "How would you like to contribute?"
SAID = [
    ("P1", "A long blog post about my trips."),
    ("P2", "A detailed guide for families like mine."),
    ("P3", "Short posts now and then."),
    ("P4", "Quick shares on WhatsApp, a link and one line."),
    ("P5", "Testing early builds of the booking screen."),
    ("P6", "Bug reports on beta builds, I work in QA."),
    ("P7", "Hosting a picnic for members in the park."),
]


def _session(said: list[tuple[str, str]]) -> tuple[list[Answer], list]:
    answers = [Answer(f"a{i}", who, QUESTION, text) for i, (who, text) in enumerate(said)]
    every = [c for i, a in enumerate(answers) for c in clauses(i, a.text, "en")]
    return answers, every


def _people(rows: list[int], every: list, answers: list[Answer]) -> set[str]:
    return {answers[every[r].answer_index].participant for r in rows}


def test_i18_2_polarity_near_seeds_a_full_side_against_a_single_holder() -> None:
    answers, every = _session(SAID)
    (found,) = polarity_near.find(range(len(every)), every, answers, None, None, set())
    assert found.topic == "axis:length"
    assert [_people(side, every, answers) for side in found.sides] == [{"P3"}, {"P1", "P2"}]
    # Rows another opposition took seed nothing.
    assert polarity_near.find(range(len(every)), every, answers, None, None, {0}) == []


def test_i18_2_polarity_near_leaves_full_oppositions_and_word_families_alone() -> None:
    answers, every = _session([*SAID, ("P8", "Short videos, thirty seconds max.")])
    assert polarity_near.find(range(len(every)), every, answers, None, None, set()) == []
    words = [
        ("P1", "More workshops please."),
        ("P2", "More workshops in the evening."),
        ("P3", "Fewer workshops, they tire me."),
    ]
    answers, every = _session(words)
    assert polarity_near.find(range(len(every)), every, answers, None, None, set()) == []


class _Encoder:
    """Sentence vectors by meaning, faked: short content, long content, testing builds (a
    small view that leans towards short content), anything else."""

    def queries(self, texts: list[str]) -> np.ndarray:
        rows = []
        for text in texts:
            lowered = text.lower()
            if "builds" in lowered:
                rows.append([0.5, 0.0, 0.85, 0.0])
            elif "short" in lowered or "quick" in lowered:
                rows.append([1.0, 0.0, 0.0, 0.0])
            elif "long" in lowered or "detailed" in lowered:
                rows.append([0.0, 1.0, 0.0, 0.0])
            else:
                rows.append([0.0, 0.0, 0.0, 1.0])
        return np.asarray(rows)


def test_i18_2_polarity_near_the_encoder_completes_it_but_takes_no_small_view() -> None:
    answers, _ = _session(SAID)
    assert not any(t.sides for t in synthesise(answers, [], language="en", encoder=False).themes)
    result = synthesise(answers, [], language="en", encoder=_Encoder())
    (opposition,) = [t for t in result.themes if t.sides]
    assert [set(s.participants) for s in opposition.sides] == [{"P3", "P4"}, {"P1", "P2"}]

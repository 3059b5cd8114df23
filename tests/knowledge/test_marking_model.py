"""The markings' second reader: a learned model that only closes (invented heads only)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from bot.cli import app
from knowledge.markers import CONFIDENTIAL, INTERNAL, PUBLIC, Marking
from knowledge.marking_document import document_marking, rules_marking
from knowledge.marking_model import (
    DEFAULT_MODEL_PATH,
    FEATURES,
    MODEL_TEXT,
    READERS,
    THRESHOLD,
    MarkingModel,
    closed_by_model,
    default_model,
    head_text,
    reader_paths,
)
from knowledge.marking_training import (
    TRAINING_SETS,
    head_document,
    read_heads,
    training_digest,
    training_paths,
)
from knowledge.ngram_model import CHAR_PREFIX, WORD_PREFIX, LinearNgramModel, NgramFeatures
from knowledge.text import fold

# Unmarked to the rules, restricted to anyone who reads them.
UNUSUAL_RESTRICTED = (
    "# Plan de réorganisation de l'équipe ambassadeurs\nDocument de travail — comité de "
    "direction\n\nSuppression de deux postes envisagée au T3.",
    "# Headcount plan FY31\nWorking paper for the exec committee\n\nTwo roles to be cut in Q3.",
)
PLAIN_PUBLIC = (
    "# Welcome guide for new ambassadors\n\nHere is how to earn your first badge.\n"
    "Share the link with friends!",
    "# Calendrier des ateliers du printemps\n\nAtelier photo le 12 avril à Lyon.\n"
    "Inscriptions ouvertes à tous.",
)


class Fixed(MarkingModel):
    """A model that gives every head the same probability of being restricted."""

    def __init__(self, probability: float) -> None:
        self.probability = probability

    def restricted(self, text: str) -> float:
        return self.probability


def test_the_shipped_model_matches_its_training_sets() -> None:
    assert DEFAULT_MODEL_PATH.is_file()
    assert MarkingModel.load().digest == training_digest(training_paths())


def test_it_is_trained_on_development_sets_only() -> None:
    assert not any(name in TRAINING_SETS for name in ("markings_heldout", "markings_heldout2"))


def test_a_held_out_set_is_never_trained_on(tmp_path: Path) -> None:
    folder = tmp_path / "markings_heldout99"
    folder.mkdir()
    (folder / "README.md").write_text("> **Held-out set: measure only.**\n", "utf-8")
    (folder / "cases.jsonl").write_text('{"id": "x", "head": "# A", "level": "none"}\n', "utf-8")
    with pytest.raises(ValueError, match="held-out"):
        read_heads([folder / "cases.jsonl"])


@pytest.mark.parametrize("head", UNUSUAL_RESTRICTED)
def test_the_model_closes_an_unusual_restricted_head(head: str) -> None:
    document = head_document(head)
    assert rules_marking(document) is None
    assert document_marking(document) == Marking(INTERNAL, MODEL_TEXT)


@pytest.mark.parametrize("head", PLAIN_PUBLIC)
def test_a_plain_public_head_stays_open(head: str) -> None:
    document = head_document(head)
    assert default_model().restricted(head_text(document)) < THRESHOLD
    assert document_marking(document) is None


def test_the_model_never_opens_nor_lowers_a_restricted_reading() -> None:
    document = head_document("# Budget 2031\nCONFIDENTIEL — direction uniquement\n\nTotal : 1.")
    found = rules_marking(document)
    assert found is not None and found.level == CONFIDENTIAL
    for probability in (0.0, 0.5, 1.0):
        assert closed_by_model(document, found, Fixed(probability)) == found


def test_an_unmarked_head_is_closed_only_from_the_threshold() -> None:
    document = head_document("# Guide\n\nBonjour.")
    assert closed_by_model(document, None, Fixed(THRESHOLD - 0.01)) is None
    assert closed_by_model(document, None, Fixed(THRESHOLD)) == Marking(INTERNAL, MODEL_TEXT)


def test_a_public_reading_is_left_as_its_author_said() -> None:
    document = head_document("# Guide\nPublic\n\nBonjour.")
    said = Marking(PUBLIC, "Public")
    assert closed_by_model(document, said, Fixed(1.0)) == said
    # Unless asked for (the cross-validation's sweep): then only from that threshold.
    assert closed_by_model(document, said, Fixed(0.9), public_threshold=0.95) == said
    closed = closed_by_model(document, said, Fixed(0.95), public_threshold=0.95)
    assert closed == Marking(INTERNAL, MODEL_TEXT)


def test_the_model_reads_title_head_and_properties() -> None:
    document = head_document("---\naudience: board\n---\n# Plan\n\nText.")
    text = head_text(document)
    assert "Plan" in text and "board" in text


def test_ingestion_withholds_what_the_second_reader_closes(tmp_path: Path) -> None:
    from knowledge.base import KnowledgeBase

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "plan.md").write_text(f"{UNUSUAL_RESTRICTED[1]}\n", "utf-8")
    (docs / "guide.md").write_text(f"{PLAIN_PUBLIC[0]}\n", "utf-8")
    kb = KnowledgeBase(tmp_path / "kb", sentence_encoder=False)
    report = kb.ingest_paths("volta", [docs], default_sensitivity="public")
    levels = {f.name: (f.sensitivity, f.reason) for f in report.files}
    assert levels == {"plan.md": ("internal", "learned"), "guide.md": ("public", "default")}


def test_the_crossval_bench_refuses_a_threshold_outside_0_and_1() -> None:
    result = CliRunner().invoke(app, ["bench", "markings", "--crossval", "--threshold", "2"])
    assert result.exit_code == 2
    assert "--threshold" in result.output


def test_without_character_sizes_the_features_are_whole_words() -> None:
    words_only = NgramFeatures(fold=fold, char_sizes=())
    assert [prefix for prefix, _ in words_only.blocks()] == [WORD_PREFIX]
    both = NgramFeatures(fold=fold, char_sizes=(3,))
    assert [prefix for prefix, _ in both.blocks()] == [WORD_PREFIX, CHAR_PREFIX]


def test_a_word_that_only_looks_like_a_marking_shares_no_feature_with_it() -> None:
    # Character n-grams read "Internationale" by its pieces, "intern" among them.
    club = {f for _, extract in FEATURES.blocks() for f in extract("Internationale Sporting")}
    marked = {f for _, extract in FEATURES.blocks() for f in extract("Diffusion interne")}
    assert not club & marked


def test_a_public_text_about_a_club_named_like_a_marking_stays_open() -> None:
    head = (
        "# Histoire du club\n\nLe club Internationale Sporting remporte le championnat en "
        "1910 face à ses rivaux de la ville, devant dix mille spectateurs."
    )
    document = head_document(head)
    assert rules_marking(document) is None
    assert document_marking(document) is None


def _reader(restricted_logit: float) -> LinearNgramModel:
    """A reader with one word and a fixed leaning (open, restricted)."""
    return LinearNgramModel(
        FEATURES,
        ["w:mot"],
        np.ones(1),
        np.zeros((2, 1)),
        np.array([0.0, restricted_logit]),
        ["open", "restricted"],
    )


def test_the_places_can_add_a_closing_never_take_one_back() -> None:
    words, places = _reader(2.0), _reader(-2.0)
    alone = MarkingModel([words]).restricted("mot")
    assert MarkingModel([words, places]).restricted("mot") == pytest.approx(alone)
    lower, higher = _reader(-1.0), _reader(3.0)
    both = MarkingModel([lower, higher]).restricted("mot")
    assert both > MarkingModel([lower]).restricted("mot")
    assert both < MarkingModel([higher]).restricted("mot")


def test_the_shipped_readers_are_the_words_then_their_places() -> None:
    shipped = default_model()
    assert [r.features for r in shipped.readers] == list(READERS)
    assert len(reader_paths(DEFAULT_MODEL_PATH)) == len(READERS)
    assert all(path.is_file() for path in reader_paths(DEFAULT_MODEL_PATH))

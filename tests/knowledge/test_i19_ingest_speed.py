"""Issue 19, "the lexical index usable ≥ 20 PDF pages/s": the ingestion's hot paths made
faster without changing what they give. Each fast path is checked against the plain
computation it replaces (`knowledge.line_cache`, `knowledge.phrase_index`, the text
normalisation and the hashing embedder)."""

from __future__ import annotations

import math
import random
import re
import unicodedata
import zlib
from collections import Counter

import numpy as np

from knowledge.embeddings import HashingEmbedder
from knowledge.line_cache import CACHED_LENGTH, clear_line_caches, per_line
from knowledge.markers import _ALL_STRONG, _STRONG_INDEX
from knowledge.marking_words import fix_typos
from knowledge.phrase_index import PhraseIndex
from knowledge.text import QUESTION_WORDS, content_words, fold, normalize, stem, strip_accents

_SPACES = re.compile(r"[\s\u00a0\u202f\u2007\u2009\ufeff]+")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'"})
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "Œ": "oe", "Æ": "ae", "ß": "ss"})


def _plain_normalize(text: str) -> str:
    text = unicodedata.normalize("NFC", text).translate(_APOSTROPHES)
    return _SPACES.sub(" ", text).strip()


def _plain_strip_accents(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def test_i19_normalize_reads_every_space_and_apostrophe_as_before() -> None:
    spaces = [chr(c) for c in range(0x3100) if re.match(r"\s", chr(c))]
    alphabet = [*spaces, "\ufeff", "a", "É", "e\u0301", "’", "‘", "ʼ", "`", "´", "œ", "x"]
    rng = random.Random(19)
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert normalize(text) == _plain_normalize(text), repr(text)


def test_i19_fold_and_accents_as_before_for_every_character() -> None:
    clear_line_caches()
    every = "".join(chr(c) for c in range(0x30000) if not 0xD800 <= c < 0xE000)
    assert strip_accents(every) == _plain_strip_accents(every)
    for text in ("Cœur ÉTÉ Straße", "Diffusion restreinte — équipe", "plain ascii", ""):
        assert fold(text) == _plain_strip_accents(text.translate(_LIGATURES).casefold())
        assert strip_accents(text) == _plain_strip_accents(text)


def test_i19_a_line_is_computed_once_a_long_text_every_time() -> None:
    calls: list[str] = []

    @per_line
    def shout(text: str) -> str:
        calls.append(text)
        return text.upper()

    long = "x" * (CACHED_LENGTH + 1)
    assert [shout("interne"), shout("interne"), shout(long), shout(long)] == [
        "INTERNE",
        "INTERNE",
        long.upper(),
        long.upper(),
    ]
    assert calls == ["interne", long, long]
    clear_line_caches()
    shout("interne")
    assert calls[-1] == "interne" and len(calls) == 4


def _scan_among(phrases: dict[str, str], words: list[str]) -> list[tuple[str, str]]:
    """Every phrase that is a run of `words`, in order (the scan `among` replaces)."""
    return [
        (phrase, value)
        for phrase, value in phrases.items()
        if any(
            " ".join(words[start : start + len(phrase.split())]) == phrase
            for start in range(len(words) - len(phrase.split()) + 1)
        )
    ]


def _scan_opening(phrases: dict[str, str], text: str) -> list[tuple[str, str]]:
    return [(p, v) for p, v in phrases.items() if f"{text} ".startswith(f"{p} ")]


def test_i19_phrase_index_keeps_every_phrase_a_scan_finds_in_order() -> None:
    phrases = {
        "usage interne": "internal",
        "interne": "internal",
        "ne pas diffuser": "internal",
        "diffusion": "public",
        "a  b": "odd",  # two spaces: never a run of words, tried all the same
        " interne": "odd",
        "": "odd",
    }
    index = PhraseIndex(phrases)
    texts = [
        "document a usage interne ne pas diffuser",
        "interne",
        "diffusion libre usage interne",
        "",
        "a b",
        " interne",
        "rien",
    ]
    for text in texts:
        words = text.split()
        among = index.among(words)
        assert [p for p in among if p in _scan_among(phrases, words)] == _scan_among(phrases, words)
        assert [p for p in among if p[0] in phrases] == among  # in the phrases' order
        opening = index.opening(text)
        assert [p for p in opening if p in _scan_opening(phrases, text)] == _scan_opening(
            phrases, text
        )


def test_i19_the_markings_strong_phrases_are_indexed_as_listed() -> None:
    lines = ["diffusion restreinte usage interne", "strictement confidentiel", "ne pas diffuser"]
    for text in [*lines, *_ALL_STRONG]:
        words = text.split()
        assert set(_scan_among(_ALL_STRONG, words)) <= set(_STRONG_INDEX.among(words))
        assert set(_scan_opening(_ALL_STRONG, text)) <= set(_STRONG_INDEX.opening(text))


def test_i19_typos_read_back_word_by_word_as_before() -> None:
    clear_line_caches()
    assert fix_typos("document confidentiell interal") == "document confidentiel internal"
    assert fix_typos("c o n f i d e n t i e l") == "confidentiel"
    assert fix_typos("internet interne") == "internet interne"


def _plain_embedding(embedder: HashingEmbedder, text: str) -> np.ndarray:
    feats: Counter[str] = Counter()
    for word in content_words(text):
        folded = fold(word)
        if folded in QUESTION_WORDS:
            continue
        feats["w:" + stem(word)] += 1
        padded = f"<{folded}>"
        for n in embedder.ngram_sizes:
            for i in range(len(padded) - n + 1):
                feats["g:" + padded[i : i + n]] += 1
    vector = np.zeros(embedder.dim, dtype=np.float32)
    for feature, count in feats.items():
        h = zlib.crc32(feature.encode("utf-8"))
        weight = 1.0 + math.log(count)
        if feature.startswith("g:"):
            weight *= embedder.ngram_weight
        vector[h % embedder.dim] += weight if (h >> 20) & 1 else -weight
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm else vector


def test_i19_hashing_embedder_gives_the_same_bytes() -> None:
    texts = [
        "Le programme des ambassadeurs reconnaît chaque contribution : témoignage, avis.",
        "Comment puis-je quitter le programme ? Écrivez à l'équipe, l'équipe répond.",
        "",
    ]
    for embedder in (HashingEmbedder(), HashingEmbedder(dim=64, ngram_sizes=(2, 3))):
        for text in texts:
            assert embedder.embed_one(text).tobytes() == _plain_embedding(embedder, text).tobytes()

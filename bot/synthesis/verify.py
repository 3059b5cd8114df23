"""The mechanical verbatim check (issue 18, item 3): traceable or absent.

A verbatim is shown only when, once both are normalised (case, accents, quotes, whitespace),
its text is a substring of the answer it cites. `verify()` removes every verbatim that fails,
every answer id that does not exist, and every point left without evidence; each removal of
a verbatim or of a point is counted in `dropped_unverifiable` (the footnote's figure).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import replace

from bot.synthesis.model import Answer, Need, ObjectiveLink, Side, Synthesis, Theme, Verbatim

_APOSTROPHES = dict.fromkeys(map(ord, "’‘‚‛`´ʼʹ′"), "'")
_DOUBLE_QUOTES = dict.fromkeys(map(ord, '"«»“”„‟″'), " ")
_SPACES = re.compile(r"\s+")
# Ellipses a quote may open or close with to show it is a fragment ("… trop de réunions").
_FRAGMENT_MARKS = re.compile(
    r"^(?:\.\.\.|…|\[…\]|\[\.\.\.\]|\s)+|(?:\.\.\.|…|\[…\]|\[\.\.\.\]|\s)+$"
)
MIN_VERBATIM_LETTERS = 3


def normalise(text: str) -> str:
    """Casefold, strip accents, unify apostrophes, drop double quotes, collapse whitespace."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    bare = bare.translate(_APOSTROPHES).translate(_DOUBLE_QUOTES)
    return _SPACES.sub(" ", bare).strip()


def is_verbatim(quote: str, answer_text: str) -> bool:
    """True when `quote` (fragment marks at its ends ignored) is a normalised substring of
    `answer_text` and has at least a few letters."""
    core = normalise(_FRAGMENT_MARKS.sub("", quote))
    if sum(ch.isalnum() for ch in core) < MIN_VERBATIM_LETTERS:
        return False
    return core in normalise(answer_text)


class _Checker:
    def __init__(self, answers: Iterable[Answer]) -> None:
        self.by_id: Mapping[str, Answer] = {a.id: a for a in answers}
        self.dropped = 0

    def ids(self, answer_ids: Iterable[str]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(a for a in answer_ids if a in self.by_id))

    def participants(self, answer_ids: Iterable[str]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(self.by_id[a].participant for a in answer_ids))

    def verbatims(
        self, verbatims: Iterable[Verbatim], allowed: tuple[str, ...]
    ) -> tuple[Verbatim, ...]:
        kept: list[Verbatim] = []
        for verbatim in verbatims:
            answer = self.by_id.get(verbatim.answer_id)
            if (
                answer is not None
                and verbatim.answer_id in allowed
                and is_verbatim(verbatim.text, answer.text)
            ):
                kept.append(verbatim)
            else:
                self.dropped += 1
        return tuple(kept)

    def side(self, side: Side) -> Side | None:
        ids = self.ids(side.answer_ids)
        verbatims = self.verbatims(side.verbatims, ids)
        if not ids or (side.verbatims and not verbatims):
            return None
        return replace(
            side, answer_ids=ids, participants=self.participants(ids), verbatims=verbatims
        )

    def theme(self, theme: Theme) -> Theme | None:
        before = self.dropped
        ids = self.ids(theme.answer_ids)
        verbatims = self.verbatims(theme.verbatims, ids)
        sides = tuple(s for s in (self.side(s) for s in theme.sides) if s is not None)
        if theme.sides and len(sides) < 2:
            return self._drop(before)
        if sides:
            ids = self.ids([*ids, *(a for s in sides for a in s.answer_ids)])
        elif not ids or not verbatims:
            return self._drop(before)
        return replace(
            theme,
            answer_ids=ids,
            participants=self.participants(ids),
            verbatims=verbatims,
            sides=sides,
        )

    def _drop(self, before: int) -> Theme | None:
        # A point whose evidence failed is counted once, even if several quotes failed.
        self.dropped = before + 1
        return None


def verify(synthesis: Synthesis, answers: Iterable[Answer]) -> Synthesis:
    """Return `synthesis` with only verifiable points; `dropped_unverifiable` grows by the
    number of verbatims and points removed. Idempotent: verifying twice changes nothing."""
    checker = _Checker(answers)
    themes = tuple(t for t in (checker.theme(t) for t in synthesis.themes) if t is not None)
    labels = {t.label for t in themes} | {s.label for t in themes for s in t.sides}
    objectives: list[ObjectiveLink] = []
    unsupported = list(synthesis.unsupported_objectives)
    for objective in synthesis.objectives:
        supported_by = tuple(label for label in objective.supported_by if label in labels)
        ids = checker.ids(objective.answer_ids)
        if supported_by and ids:
            objectives.append(replace(objective, supported_by=supported_by, answer_ids=ids))
        else:
            objectives.append(replace(objective, supported_by=(), answer_ids=()))
            if objective.text not in unsupported:
                unsupported.append(objective.text)
    needs = tuple(
        Need(n.label, ids) for n in synthesis.unserved_needs if (ids := checker.ids(n.answer_ids))
    )
    return replace(
        synthesis,
        themes=themes,
        objectives=tuple(objectives),
        unserved_needs=needs,
        unsupported_objectives=tuple(unsupported),
        dropped_unverifiable=synthesis.dropped_unverifiable + checker.dropped,
    )

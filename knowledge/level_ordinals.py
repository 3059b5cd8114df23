"""A level named by its rank ("le 2e niveau", "le dernier palier", "the top tier") read as
the name the documents give it ("Niveau Germe").

A program's levels are parallel sections ("Niveau Graine", "Niveau Germe", … each with
its "Avantages" and "Conditions"): a question that says "au 2e niveau" or "tout en haut"
shares no word with the level's name, and every level's sub-sections answer it alike. The
documents give the order: the sections under one parent, in the order they appear, whose
headings (or whose parent's heading) name levels. The question's rank picks one of them,
and its own words (what the levels' headings do not all share: "Germe") are added to the
question for every signal.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from knowledge.document import HEADING_SEPARATOR
from knowledge.text import fold_word, words

LAST = -1
# Words for a rung of a ladder of levels (accent-folded).
_LEVEL_NOUNS = frozenset(
    {"niveau", "niveaux", "palier", "paliers", "echelon", "echelons", "grade", "grades"}
    | {"statut", "statuts", "rang", "rangs", "level", "levels", "tier", "rank", "ranks"}
)
_RANKS = {
    "premier": 1, "premiere": 1, "1er": 1, "1ere": 1, "1re": 1, "first": 1, "1st": 1,
    "deuxieme": 2, "second": 2, "seconde": 2, "2e": 2, "2eme": 2, "2nd": 2, "2nde": 2,
    "troisieme": 3, "third": 3, "3e": 3, "3eme": 3, "3rd": 3,
    "quatrieme": 4, "fourth": 4, "4e": 4, "4eme": 4, "4th": 4,
    "cinquieme": 5, "fifth": 5, "5e": 5, "5eme": 5, "5th": 5,
    "dernier": LAST, "derniere": LAST, "last": LAST, "final": LAST, "ultime": LAST,
    "max": LAST, "maximum": LAST, "maximal": LAST, "supreme": LAST, "top": LAST,
    "highest": LAST, "lowest": 1, "entry": 1, "bottom": 1, "initial": 1,
    "base": 1, "basique": 1, "basic": 1,
}  # fmt: skip
# Said in a phrase rather than by one rank word (folded text).
_PHRASES = (
    (re.compile(r"\b(?:tout en haut|le plus haut|le plus eleve|au sommet|tout au sommet)\b"), LAST),
    (re.compile(r"\b(?:tout en bas|le plus bas|de depart|d'entree|debutant)\b"), 1),
)  # fmt: skip
# How far (in words) a rank word may stand from the level noun it qualifies.
_REACH = 2


def asked_rank(question: str) -> int | None:
    """The rank of the level the question names (1-based, `LAST` for the top one), or
    None when it names no level by its rank."""
    tokens = [fold_word(w) for w in words(question)]
    nouns = [i for i, t in enumerate(tokens) if t in _LEVEL_NOUNS]
    if not nouns:
        return None
    for i, token in enumerate(tokens):
        rank = _RANKS.get(token)
        if rank is None and token.isdigit() and 0 < int(token) < 10:
            # "niveau 2", "level 3": a number right after the noun.
            rank = int(token) if i - 1 in nouns else None
        if rank is not None and any(abs(i - n) <= _REACH for n in nouns):
            return rank
    folded = " ".join(tokens)
    for pattern, rank in _PHRASES:
        if pattern.search(folded):
            return rank
    return None


_PLURALS = frozenset(
    {"niveaux", "paliers", "echelons", "grades", "statuts", "rangs", "levels", "ranks"}
)
# A word that can name a level: capitalised ("Germe", "Avant-scène") or a number ("2").
_NAME = re.compile(r"^(?:[^\W\d_]*[A-ZÀ-Ý][\w'’-]*|\d{1,2})$")


def _is_rung(heading: str) -> bool:
    """A heading naming one level: a level noun beside a name ("Niveau Germe", "Avantages
    du niveau Avant-scène", "Seed level", "Niveau 2"), not "Changer de niveau"."""
    tokens = re.findall(r"[\w'’-]+", heading)
    for i, token in enumerate(tokens):
        folded = fold_word(token.casefold())
        if folded not in _LEVEL_NOUNS or folded in _PLURALS:
            continue
        if i + 1 < len(tokens) and _NAME.match(tokens[i + 1]):
            return True
        if (
            i > 0
            and _NAME.match(tokens[i - 1])
            and fold_word(tokens[i - 1].casefold()) not in _LEVEL_NOUNS
        ):
            return True
    return False


# "Les avantages par niveau", "Benefits per tier": one level noun, read one by one.
_EACH = frozenset({"par", "chaque", "per", "each", "by"})


def _names_levels(heading: str) -> bool:
    """A heading over a ladder ("Les quatre niveaux", "Levels", "Avantages par niveau")."""
    tokens = [fold_word(w) for w in words(heading)]
    return any(
        t in _PLURALS or (t in _LEVEL_NOUNS and i > 0 and tokens[i - 1] in _EACH)
        for i, t in enumerate(tokens)
    )


def _is_short_name(heading: str) -> bool:
    return (
        len(heading.split()) <= 3
        and "?" not in heading
        and not any(fold_word(w) in _LEVEL_NOUNS for w in words(heading))
    )


@dataclass(frozen=True, slots=True)
class Ladder:
    """The rungs (own headings, in document order) under one section of one document."""

    doc_id: str
    parent: str
    heads: tuple[str, ...]

    def section(self, rank: int) -> str | None:
        """The heading path of the rung of that rank (None: the ladder is shorter)."""
        if rank != LAST and rank > len(self.heads):
            return None
        return f"{self.parent}{HEADING_SEPARATOR}{self.heads[rank - 1 if rank != LAST else -1]}"


def level_ladders(sections: Sequence[str], doc_ids: Sequence[str]) -> list[Ladder]:
    """Each ladder of levels in the documents, in document order: 3 or more sibling
    sections naming one level each ("Niveau Graine", "Niveau Germe", …), or 3 or more
    short names under a heading naming levels ("Les niveaux" › "Flocon", "Névé", …)."""
    children: dict[tuple[str, str], list[str]] = {}
    for section, doc in zip(sections, doc_ids, strict=True):
        parts = section.split(HEADING_SEPARATOR)
        for depth in range(1, len(parts)):
            key = (doc, HEADING_SEPARATOR.join(parts[:depth]))
            siblings = children.setdefault(key, [])
            if parts[depth] not in siblings:
                siblings.append(parts[depth])
    ladders = []
    for (doc, parent), heads in children.items():
        rungs = [h for h in heads if _is_rung(h)]
        if len(rungs) >= 3:
            ladders.append(Ladder(doc, parent, tuple(rungs)))  # "Changer de niveau" is none
        elif (
            len(heads) >= 3
            and _names_levels(parent.rsplit(HEADING_SEPARATOR, 1)[-1])
            and all(map(_is_short_name, heads))
        ):
            ladders.append(Ladder(doc, parent, tuple(heads)))
    return ladders


def _own_words(heads: Sequence[str], pick: int) -> list[str]:
    """The name in one heading of a ladder: its words less those every heading of the
    ladder opens or ends with ("Avantages du niveau Lever de rideau" → "Lever de rideau")."""
    tokens = [re.findall(r"[\w'’-]+", h) for h in heads]
    folded = [[fold_word(t.casefold()) for t in ts] for ts in tokens]
    shortest = min(len(f) for f in folded)
    head = 0
    while head < shortest and len({f[head] for f in folded}) == 1:
        head += 1
    tail = 0
    while tail < shortest - head and len({f[len(f) - 1 - tail] for f in folded}) == 1:
        tail += 1
    own = tokens[pick][head : len(tokens[pick]) - tail]
    return [t for t in own if fold_word(t.casefold()) not in _LEVEL_NOUNS]


def level_names(question: str, ladders: Sequence[Ladder]) -> list[str]:
    """The names of the level the question asks about by its rank, one per ladder."""
    rank = asked_rank(question)
    if rank is None:
        return []
    names: list[str] = []
    for heads in (ladder.heads for ladder in ladders):
        if rank != LAST and rank > len(heads):
            continue
        pick = len(heads) - 1 if rank == LAST else rank - 1
        for word in _own_words(heads, pick):
            if word not in names:
                names.append(word)
    return names


def asked_sections(question: str, ladders: Sequence[Ladder]) -> list[tuple[str, str]]:
    """(document id, heading path) of the level the question asks about by its rank."""
    rank = asked_rank(question)
    if rank is None:
        return []
    found = ((ladder.doc_id, ladder.section(rank)) for ladder in ladders)
    return [(doc, section) for doc, section in found if section is not None]


def with_level_names(question: str, ladders: Sequence[Ladder]) -> str:
    """The question with the names of the level it asks about by rank added at its end."""
    names = [n for n in level_names(question, ladders) if n.casefold() not in question.casefold()]
    return f"{question} ({' '.join(names)})" if names else question

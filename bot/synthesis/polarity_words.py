"""Word lists of `polarity` (`lexicon.yaml`: `polarity`, `axes`, `negations`), read once,
accent-free, single words apart from multi-word phrases."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from bot.synthesis.text import lexicon, stem, strip_accents


@dataclass(frozen=True)
class Lists:
    antonyms: tuple[tuple[str, frozenset[str], frozenset[str], tuple[tuple[str, ...], ...]], ...]
    more: frozenset[str]
    less: frozenset[str]
    absent: frozenset[str]
    absent_phrases: tuple[tuple[str, ...], ...]
    refuse: frozenset[str]
    refuse_phrases: tuple[tuple[str, ...], ...]
    good: frozenset[str]
    bad: frozenset[str]
    negations: frozenset[str]
    have: frozenset[str]
    links: frozenset[str]
    yes: frozenset[str]
    no: frozenset[str]
    verdicts: tuple[tuple[tuple[str, ...], int], ...]  # opening phrase, +1 / -1: `verdict`
    prefer: frozenset[str]
    than: frozenset[str]
    fear_questions: frozenset[str]


SESSION_WIDE = "axis!"  # the program's own axes: sides may answer different questions
CONTEXTUAL = "~"  # ends the name of an axis's everyday words (`axes_contextual`)
NEGATION_WINDOW = 2  # tokens before a pole word in which a negation flips it
# Words that ask for something ("please", "svp", "s'il vous plaît"): a clause saying one
# asks for what it names, even answering about fears.
REQUESTS = frozenset({"please", "pls", "plz", "svp", "stp", "plait"})
MORE_WINDOW = 4  # tokens before a pole word in which asking for more keeps its sign


def axis(name: str) -> str:
    return (SESSION_WIDE if name in lexicon()["axes"] else "axis:") + name


def contextual_axis(topic: str) -> str | None:
    """The axis topic ("axis!format") whose everyday words `topic` ("axis:format~") holds,
    or None when `topic` is no such one."""
    if not topic.startswith("axis:") or not topic.endswith(CONTEXTUAL):
        return None
    return axis(topic[len("axis:") : -len(CONTEXTUAL)])


def antonym_table() -> dict[str, list[list[str]]]:
    """The opposition axes, the general antonym pairs and the axes' everyday words (named
    after their axis with `CONTEXTUAL`); a pole left empty (rewards) opposes those who ask
    for a thing to those who refuse it."""
    table = {str(k): [list(v[0]), list(v[1] or [])] for k, v in lexicon()["axes"].items()}
    for name, poles in lexicon()["polarity"]["antonyms"].items():
        table[str(name)] = [list(poles[0]), list(poles[1])]
    for name, poles in (lexicon().get("axes_contextual") or {}).items():
        table[str(name) + CONTEXTUAL] = [list(poles[0]), list(poles[1])]
    return table


def _bare(word: str) -> str:
    return strip_accents(str(word).lower()).replace("'", " ").replace("’", " ").replace("-", " ")


@lru_cache(maxsize=1)
def lists() -> Lists:
    data = lexicon()["polarity"]

    def words(key: str) -> frozenset[str]:
        return frozenset(_bare(w) for ws in data[key].values() for w in ws if " " not in _bare(w))

    def phrases(key: str) -> tuple[tuple[str, ...], ...]:
        return tuple(
            tuple(_bare(w).split()) for ws in data[key].values() for w in ws if " " in _bare(w)
        )

    antonyms = []
    for name, poles in antonym_table().items():
        first, second = ([_bare(w) for w in pole] for pole in poles)
        single = {w for w in first + second if " " not in w}
        antonyms.append(
            (
                str(name),
                frozenset(w for w in first if " " not in w),
                frozenset(w for w in second if " " not in w),
                tuple(tuple(w.split()) for w in first + second if w not in single),
            )
        )
    # A contraction stays one token ("don't", "can't"): kept whole, not split at its apostrophe.
    negations = frozenset(
        _bare(w) if " " not in _bare(w) else strip_accents(str(w).lower())
        for ws in lexicon()["negations"].values()
        for w in ws
        if " " not in _bare(w) or "'" in str(w)
    )
    return Lists(
        antonyms=tuple(antonyms),
        more=words("more"),
        less=words("less"),
        absent=words("absent"),
        absent_phrases=phrases("absent"),
        refuse=words("refuse"),
        refuse_phrases=phrases("refuse"),
        good=words("good"),
        bad=words("bad"),
        negations=negations,
        have=words("have"),
        links=words("links"),
        yes=words("yes"),
        no=words("no"),
        verdicts=tuple(
            (tuple(_bare(w).split()), sign)
            for key, sign in (("verdict_no", -1), ("verdict_yes", 1))
            for ws in data[key].values()
            for w in ws
        ),
        prefer=words("prefer"),
        than=words("than"),
        fear_questions=words("fear_question_words"),
    )


def verdict(words: tuple[str, ...]) -> int:
    """+1 when `words` open with yes or a verdict for ("Oui", "Génial", "bonne idée"), -1
    with no or a verdict against ("Non", "Contre", "pas d'accord"; "absolutely not" before
    "absolutely"), else 0."""
    if not words:
        return 0
    first = _bare(words[0]).split()
    if not first:
        return 0
    bare = tuple(" ".join(_bare(w) for w in words[:4]).split())
    for phrase, sign in _verdicts_by_first().get(first[0], ()):
        if bare[: len(phrase)] == phrase:
            return sign
    if words[0] in lists().yes:
        return 1
    return -1 if words[0] in lists().no else 0


@lru_cache(maxsize=1)
def _verdicts_by_first() -> dict[str, list[tuple[tuple[str, ...], int]]]:
    """The verdict phrases by their first word, the negative ones first."""
    result: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for phrase, sign in lists().verdicts:
        result.setdefault(phrase[0], []).append((phrase, sign))
    return result


@lru_cache(maxsize=2)
def poles(language: str) -> dict[str, tuple[str, int]]:
    """Single pole word and its stem in `language` → (axis, +1 first / -1 second)."""
    result: dict[str, tuple[str, int]] = {}
    for name, first, second, _ in lists().antonyms:
        for words, sign in ((first, 1), (second, -1)):
            for word in sorted(words):
                result.setdefault(word, (name, sign))
                result.setdefault("~" + stem(word, language), (name, sign))
    return result


@lru_cache(maxsize=1)
def pole_phrases() -> tuple[tuple[tuple[str, ...], str, int], ...]:
    result = []
    for name, _, _, phrases in lists().antonyms:
        first = antonym_table()[name][0]
        first_bare = {tuple(_bare(w).split()) for w in first}
        for phrase in phrases:
            result.append((phrase, name, 1 if phrase in first_bare else -1))
    return tuple(result)


@lru_cache(maxsize=1)
def pole_needles() -> tuple[tuple[str, str, int], ...]:
    """`pole_phrases` as they are searched in a clause's space-joined words: (" word word ",
    the axis, the sign)."""
    return tuple(
        (" " + " ".join(phrase) + " ", name, sign) for phrase, name, sign in pole_phrases()
    )


@lru_cache(maxsize=1)
def pole_phrases_by_first() -> dict[str, tuple[tuple[tuple[str, ...], str, int], ...]]:
    """`pole_phrases` by their first word."""
    found: dict[str, list[tuple[tuple[str, ...], str, int]]] = {}
    for phrase, name, sign in pole_phrases():
        if phrase:
            found.setdefault(phrase[0], []).append((phrase, name, sign))
    return {first: tuple(entries) for first, entries in found.items()}


FEAR_OPENING = 3  # first words of a clause in which a word of fear opens it


@lru_cache(maxsize=1)
def _fears() -> frozenset[str]:
    return frozenset(
        strip_accents(str(w).lower()) for ws in lexicon()["contrast_fears"].values() for w in ws
    )


def fear_opening(words: tuple[str, ...] | list[str]) -> int | None:
    """The index of the word of fear that opens a clause of `words` (`contrast_fears`
    within its first `FEAR_OPENING` words: "J'ai peur qu'on…", "I'm afraid it…"), if any."""
    return next((i for i, w in enumerate(words[:FEAR_OPENING]) if w in _fears()), None)


def negated(words: Sequence[str], index: int) -> bool:
    """Whether a negation or a word of absence comes just before `index`."""
    words_of = lists()
    before = words[max(0, index - NEGATION_WINDOW) : index]
    return any(w in words_of.negations or w in words_of.absent for w in before)


def before_noun(words: Sequence[str], index: int) -> bool:
    """French "plus" means more of something only before "de" ("plus de X"), not before
    an adjective ("plus petits")."""
    if words[index] != "plus":
        return True
    return index + 1 < len(words) and words[index + 1] in ("de", "d", "des")


def wants_more(words: Sequence[str], index: int) -> bool:
    """Whether a word asking for more ("plus de", "more"), not negated, comes just before
    `index` ("plus de sessions en visio": more of it, even answering about brakes)."""
    for at in range(max(0, index - MORE_WINDOW), index):
        if words[at] in lists().more and before_noun(words, at) and not negated(words, at):
            return True
    return False

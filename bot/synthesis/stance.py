"""How a clause judges what it speaks of: for it (+1), against it (-1) or neither (0).

Against: a verdict against that opens it ("Non", "Contre", "bof"), a word of aversion
(`lexicon.yaml`, `appraisal.negative`: "puéril", "ça me fait fuir", "puts me off", "I
hate"), or a refusal (`Clause.against`: "je ne veux pas", "hors de question"). For: a
verdict for that opens it ("Oui", "Génial"), or a word of liking (`appraisal.positive`: "ça me
motive", "j'adore", "yes please", "happy to"). A negation just before a word of liking or
aversion flips it ("pas motivant", "not fun"), and so does one just after a French verb
("ça me dérange pas"). A verdict against that closes it ("Vendre des billets à mes
voisins ? Non.", "Filming myself, absolutely not.", "camera is a no") or a negation that
opens it ("Not video please", "pas une énième appli"; not a hedge: "pas forcément", "not
sure", nor "pas mal"), or "I" / "je" negating the verb that follows ("I wouldn't feel
right…"; not a lack, a doubt or an inability: "je n'ai pas", "I don't know", "I can't") is
against too (`said`: all but the refusal `Clause.against` reads). An opening verdict
reads first, then the first word of judgement, then a closing verdict, an opening
negation or a negated "I", then a refusal.
"""

from __future__ import annotations

from functools import lru_cache

from bot.synthesis.polarity_words import lists, verdict
from bot.synthesis.text import Clause, lexicon, strip_accents

NEGATION_BEFORE = 2  # words before a word of judgement in which a negation flips it
NEGATION_AFTER = 1  # words after it ("ça me motive pas")
CLOSING_WORDS = 4  # a closing verdict against is sought among the clause's last words
# Words after an opening negation that hedge or praise rather than refuse.
HEDGES = frozenset(
    {"sure", "sur", "certain", "certaine", "forcement", "necessarily", "always", "toujours"}
    | {"mal", "bad", "trop", "too", "encore", "yet", "only", "seulement", "que", "just"}
    | {"juste", "mind", "bother", "derange"}
)
COURTESY = frozenset({"please", "pls", "plz", "merci", "svp", "stp", "but", "mais"})


def _bare(text: str) -> tuple[str, ...]:
    folded = strip_accents(str(text).lower())
    return tuple(folded.replace("'", " ").replace("’", " ").replace("-", " ").split())


@lru_cache(maxsize=1)
def _phrases() -> dict[str, tuple[tuple[tuple[str, ...], int], ...]]:
    """Words and phrases of judgement with their sign by first word, the longest first."""
    found: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for key, sign in (("negative", -1), ("positive", 1)):
        for words in lexicon()["appraisal"][key].values():
            for phrase in (_bare(w) for w in words):
                found.setdefault(phrase[0], []).append((phrase, sign))
    return {k: tuple(sorted(v, key=lambda item: -len(item[0]))) for k, v in found.items()}


@lru_cache(maxsize=1)
def _negations() -> frozenset[str]:
    return frozenset(w.replace("'", " ").split()[0] for w in lists().negations) | {"don", "n"}


def judgements(words: tuple[str, ...]) -> list[tuple[int, int]]:
    """(position, sign) of each word or phrase of judgement in `words` (bare tokens),
    flipped when negated."""
    negations = _negations()
    found: list[tuple[int, int]] = []
    at = 0
    while at < len(words):
        match = next(
            (
                (phrase, sign)
                for phrase, sign in _phrases().get(words[at], ())
                if words[at : at + len(phrase)] == phrase
            ),
            None,
        )
        if match is None:
            at += 1
            continue
        phrase, sign = match
        size = len(phrase)
        before = words[max(0, at - NEGATION_BEFORE) : at]
        after = words[at + size : at + size + NEGATION_AFTER]
        negated = any(w in negations for w in before) or any(w in ("pas", "not") for w in after)
        if phrase[0] in negations or phrase[-1] in ("pas", "not"):
            negated = False  # the phrase holds its own negation ("me dérange pas")
        found.append((at, -sign if negated else sign))
        at += size
    return sorted(found)


@lru_cache(maxsize=65536)
def said(clause: Clause) -> int:
    """`of` without a refusal read from grammar alone (`Clause.against`: "X instead of Y",
    a negation near a word of will): +1 or -1 when a verdict or a word of judgement says
    it, else 0."""
    opening = verdict(clause.words)
    if opening:
        return opening
    found = judgements(_bare(" ".join(clause.words)))
    if found:
        return found[0][1]
    words = clause.words
    return -1 if closing_no(words) or opening_negation(words) or refused(words) else 0


FIRST_PERSON = frozenset({"i", "je", "j"})
SUBJECT_REACH = 3  # words after "I" / "je" in which its negation and verb are sought
CONTRACTED = frozenset({"m", "t", "d", "s", "ll", "ve", "re"})  # "I'm", "don't", "I'd"
# Verbs negated in doubt, indifference or inability, not refusal ("I can't come on
# Saturdays" states a constraint).
NOT_REFUSING = frozenset(
    {"know", "sais", "sure", "sur", "think", "pense", "crois", "mind", "derange", "care"}
    | {"can", "could", "ca", "peux", "pourrai", "pourrais", "pourrez", "arrive"}
)


def refused(words: tuple[str, ...]) -> bool:
    """Whether the clause opens on "I" / "je" negating its verb ("I wouldn't feel right…",
    "je ne démarcherai pas"), neither a lack ("je n'ai pas le temps") nor a doubt or an
    inability ("je ne sais pas", "I don't mind", "I can't")."""
    bare = list(_bare(" ".join(words)))
    if len(bare) < 3 or bare[0] not in FIRST_PERSON:
        return False
    reach = bare[1 : 1 + SUBJECT_REACH]
    if not any(w in _negations() for w in reach):
        return False
    if NOT_REFUSING & set(reach):  # "I can't": the negation and the verb are one word
        return False
    verb = next((w for w in reach if w not in _negations() and w not in CONTRACTED), "")
    return verb not in NOT_REFUSING and verb not in lists().have


@lru_cache(maxsize=65536)
def of(clause: Clause) -> int:
    """+1, -1 or 0: `clause`'s stance on what it speaks of (see the module doc)."""
    return said(clause) or (-1 if clause.against else 0)


@lru_cache(maxsize=1)
def _closing_phrases() -> tuple[tuple[str, ...], ...]:
    """The verdicts against, and a bare no, as they may close a clause."""
    found = {phrase for phrase, sign in lists().verdicts if sign < 0}
    found |= {(w,) for w in lists().no if w not in ("jamais", "never")}
    found.add(("is", "a", "no"))
    return tuple(sorted(found, key=len, reverse=True))


def closing_no(words: tuple[str, ...]) -> bool:
    """Whether the clause closes on a verdict against ("… ? Non.", "…, absolutely not")."""
    bare = _bare(" ".join(words))
    if len(bare) < 2:
        return False
    tail = bare[-CLOSING_WORDS:]
    return any(tail[-len(p) :] == p for p in _closing_phrases() if len(p) <= len(tail))


def opening_negation(words: tuple[str, ...]) -> bool:
    """Whether the clause opens on a negation of what follows ("Not video please",
    "Please not another points card", "pas une énième appli"), not on a hedge."""
    bare = list(_bare(" ".join(words)))
    while bare and bare[0] in COURTESY:
        bare = bare[1:]
    if len(bare) < 2 or bare[0] not in ("not", "pas"):
        return False
    return bare[1] not in HEDGES

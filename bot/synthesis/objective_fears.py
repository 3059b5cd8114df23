"""What participants fear serves only an objective that protects from it.

Answers to a question about brakes or fears ("Qu'est-ce qui vous freine ?", "What would
make you quit the program?") name what would keep people away: "être sollicité tout le
temps", "jouer les vendeurs auprès de mes proches", "client confidentiality"; so do answers
that refuse what they name, whatever the question ("je refuse de démarcher"). Such a theme
often shares a word with an objective ("clients", "publics") without serving it: "Multiplier
les avis clients publiés" is not what "never name a client in public" asks for. It serves an
objective that protects the ambassadors or their clients from what they fear ("Garantir la
confidentialité…", "Répartir les demandes pour ne pas épuiser…", "Maintenir un haut niveau
de qualité…", "Libérer du temps…"), by a protective word (`protective_objective_words`)
or by naming a goal that answers about fears serve (`objective_paraphrase`, read by
`alignment`); otherwise it is a need no objective serves. On the 23 dev sessions, every
objective a brake theme truly supports says such a word, and most brake themes are
unserved needs. (Only the links are barred: the left-out answers to a question about
leaving still back objectives, `backing`, as before: measured, barring them there too lost
a theme on dev set heldout8.)
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from bot.synthesis.model import Answer
from bot.synthesis.polarity import asks_fears
from bot.synthesis.text import Clause, lexicon, stem, strip_accents, tokens


def _words(text: str) -> list[str]:
    return [strip_accents(w.lower()) for w, _, _ in tokens(text)]


@lru_cache(maxsize=1)
def _quit_stems() -> frozenset[str]:
    words = lexicon()["quit_question_words"]
    return frozenset(
        k for ws in words.values() for w in ws for b in _words(str(w)) for k in _keys(b)
    )


def _keys(word: str) -> tuple[str, str, str]:
    return (word, stem(word, "fr"), stem(word, "en"))


@lru_cache(maxsize=1)
def _protective() -> tuple[tuple[str, ...], ...]:
    words = lexicon()["protective_objective_words"]
    return tuple(tuple(_words(str(w))) for ws in words.values() for w in ws)


@lru_cache(maxsize=256)
def asks_brakes(question: str) -> bool:
    """A question about fears, or about what would make participants leave."""
    if asks_fears(question):
        return True
    stems = _quit_stems()
    return any(k in stems for w in _words(question) for k in _keys(w))


@lru_cache(maxsize=256)
def protects(objective: str) -> bool:
    """Whether `objective` protects from something or relieves of it: it says a protective
    word (a phrase: all its words in a row)."""
    said = _words(objective)
    return any(
        tuple(said[k : k + len(phrase)]) == phrase
        for phrase in _protective()
        if phrase
        for k in range(len(said) - len(phrase) + 1)
    )


def brake_themes(
    theme_rows: Sequence[Sequence[int]], clauses: Sequence[Clause], answers: Sequence[Answer]
) -> list[bool]:
    """Per theme (its clauses' rows), whether most of its answers answer a question about
    brakes (`asks_brakes`) or refuse what they name (their clauses of the theme all take a
    stance against: "I refuse to play the salesperson")."""
    result = []
    for rows in theme_rows:
        cited = {clauses[r].answer_index for r in rows}
        brakes = sum(asks_brakes(answers[a].question) for a in cited)
        refusing = cited - {clauses[r].answer_index for r in rows if not clauses[r].against}
        result.append(bool(cited) and max(brakes, len(refusing)) * 2 > len(cited))
    return result

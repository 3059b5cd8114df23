"""An axis's everyday words join it only where its question is about it (issue 18, 2b).

The program's axes (`lexicon.yaml`, `axes`: in person or remote, named or anonymous, on
screen or on paper) are named by their own words ("présentiel", "en visio", "anonyme")
anywhere in a session. People also name a pole in everyday words that speak of it only
in context (`axes_contextual`): "un groupe WhatsApp et basta", "répondre par mail depuis
chez moi", "se déplacer", "un portrait dans le journal", "des flyers dans les boîtes aux
lettres". Such a word sides with its pole only in a question where another clause takes
the axis's other pole: a "groupe WhatsApp" among answers about rewards says nothing of
meeting remotely.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from bot.synthesis.model import Answer
from bot.synthesis.polarity_words import CONTEXTUAL, contextual_axis
from bot.synthesis.text import Clause


def join(
    signs: dict[str, dict[int, int]], clauses: Sequence[Clause], answers: Sequence[Answer]
) -> None:
    """An axis's everyday words ("un groupe WhatsApp", "par mail": `axes_contextual`) join
    their axis's own words in a topic of their own ("axis:format"), which, like a general
    antonym pair, opposes only clauses of a question both sides answer; each everyday word
    counts only in a question where another clause takes the axis's other pole (by its own
    words or everyday ones) and someone names the axis by its own words ("en visio", "en
    présentiel"): elsewhere it may speak of something else. The axis keeps its topic of its
    own words alone, session-wide; the joined topic holds only the questions where
    everyday words speak."""
    for topic in [t for t in signs if contextual_axis(t) is not None]:
        everyday = signs.pop(topic)
        own = signs.get(str(contextual_axis(topic)), {})
        merged = dict(own)
        for row, sign in everyday.items():
            merged[row] = merged.get(row, 0) + sign
        question = {r: answers[clauses[r].answer_index].question for r in merged}
        asked: dict[int, set[str]] = defaultdict(set)  # by sign, the questions taking it
        for row, sign in merged.items():
            if sign:
                asked[1 if sign > 0 else -1].add(question[row])
        named = {question[r] for r, sign in own.items() if sign}  # by the axis's own words
        joined: dict[int, int] = {}
        for row, sign in everyday.items():
            if row in own:  # the axis's own words mark it too: both count
                joined[row] = merged[row]
            elif sign and question[row] in asked[-1 if sign > 0 else 1] & named:
                joined[row] = sign
        spoken = {question[r] for r in joined}  # the questions everyday words speak in
        joined.update({r: s for r, s in own.items() if question[r] in spoken and r not in joined})
        if any(r not in own for r in joined):
            signs["axis:" + topic[len("axis:") : -len(CONTEXTUAL)]] = joined

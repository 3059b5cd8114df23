"""Context sentences: what an answer says before its point, in the words the session shares.

Participants often open with a sentence about themselves or the program ("I've been coming
to the Saturday pressing for two seasons.", « J'ai l'appli sur mon téléphone depuis le
début. ») and make their point last. Such a sentence names the things nearly everyone names
in every question (the program, its app, its place, its shop): a session-level document
frequency tells them apart, like a stop list learnt from the session itself. A context word
comes up in most of the session's questions (`CONTEXT_QUESTIONS`), no question holding most
of its uses (`CONTEXT_SPREAD`: a word of one question's theme gathers there), and in the
answers of many participants (`CONTEXT_PEOPLE`). An answer's opening clauses made mostly of
context words (`CONTEXT_SHARE`, said by someone who uses none of their other words as the
others answering that question do, `ON_TOPIC_PEOPLE`), or that other participants say
before their answers to several other questions too (a framing: "OK, honest answer.",
`framing`), are cut off before the synthesis reads the answer: they cluster across
questions into points no one holds, and they pull each answer's reading (the sentence
encoder reads whole answers) towards the session's shared nouns. A short opening
(`MIN_OPENING_WORDS`), an exclaimed one, or one followed by little is more likely the point
said first ("Written reviews. Long ones."), and stays. The last clause saying something
always stays, and what stays is the end of the answer, so every quote is still a substring
of the stored answer.

What it changed, and what was measured and not kept: docs/history/synthesis.md (forty-first
pass).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace

from bot.synthesis.model import Answer
from bot.synthesis.text import Clause, clauses, says_something

CONTEXT_QUESTIONS = 0.6
MIN_CONTEXT_QUESTIONS = 3
CONTEXT_SPREAD = 0.5
CONTEXT_PEOPLE = 0.2
MIN_CONTEXT_PEOPLE = 3
CONTEXT_SHARE = 0.5
MIN_OPENING_WORDS = 3
ON_TOPIC_PEOPLE = 2
TWIN_QUESTIONS = 2
TWIN_WORDS = 2


def context_stems(read: Sequence[Clause], answers: Sequence[Answer]) -> frozenset[str]:
    """Stems of `read` (clauses of `answers`) that the session says whatever it is asked."""
    questions = {a.question for a in answers if a.kind == "text"}
    needed_questions = max(MIN_CONTEXT_QUESTIONS, math.ceil(CONTEXT_QUESTIONS * len(questions)))
    speakers: dict[str, set[str]] = defaultdict(set)  # by language: who answers in it
    holders: dict[tuple[str, str], set[str]] = defaultdict(set)
    asked: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for clause in read:
        answer = answers[clause.answer_index]
        speakers[clause.language].add(answer.participant)
        for stem in set(clause.stems):
            holders[clause.language, stem].add(answer.participant)
            asked[clause.language, stem][answer.question] += 1
    return frozenset(
        stem
        for (language, stem), by_question in asked.items()
        if len(by_question) >= needed_questions
        and max(by_question.values()) <= CONTEXT_SPREAD * sum(by_question.values())
        and len(holders[language, stem])
        >= max(MIN_CONTEXT_PEOPLE, CONTEXT_PEOPLE * len(speakers[language]))
    )


def is_context(clause: Clause, shared: frozenset[str], topical: frozenset[str]) -> bool:
    """Whether `clause` is made mostly of the session's context words `shared`, and says
    none of the words `topical` to its question."""
    if len(clause.stems) < MIN_OPENING_WORDS:
        return False
    if any(s in topical and s not in shared for s in clause.stems):
        return False
    return sum(s in shared for s in clause.stems) >= CONTEXT_SHARE * len(clause.stems)


def framing(by_answer: dict[int, list[Clause]], answers: Sequence[Answer]) -> set[tuple[int, int]]:
    """(answer index, clause position) of the openings that other participants open their
    answers to several other questions with too (`TWIN_QUESTIONS`): a framing said
    whatever the question ("OK, honest answer."), not an answer to this one."""
    openings = [
        (index, position, frozenset(clause.stems))
        for index, read in by_answer.items()
        for position, clause in enumerate(read[:-1])
        if clause.stems
    ]
    holding: dict[str, list[int]] = defaultdict(list)  # by stem: the openings saying it
    for number, (_, _, stems) in enumerate(openings):
        for stem in stems:
            holding[stem].append(number)
    found: set[tuple[int, int]] = set()
    for index, position, stems in openings:
        mine = answers[index]
        elsewhere: set[str] = set()
        here = 0
        shared_with = Counter(n for stem in stems for n in holding[stem])
        for number, shared in shared_with.items():
            other, _, theirs = openings[number]
            them = answers[other]
            if them.participant == mine.participant:
                continue
            if shared * 2 < max(len(stems), len(theirs)) or (
                shared < TWIN_WORDS and stems != theirs
            ):
                continue
            if them.question == mine.question:
                here += 1
            else:
                elsewhere.add(them.question)
        if len(elsewhere) >= TWIN_QUESTIONS and len(elsewhere) > here:
            found.add((index, position))
    return found


def topical_stems(
    by_answer: dict[int, list[Clause]], answers: Sequence[Answer]
) -> dict[tuple[str, str], int]:
    """By (question, stem): how many participants end their answer to it with that stem."""
    said: dict[tuple[str, str], set[str]] = defaultdict(set)
    for index, read in by_answer.items():
        if read:
            answer = answers[index]
            for stem in set(read[-1].stems):
                said[answer.question, stem].add(answer.participant)
    return {key: len(people) for key, people in said.items()}


def without_context(answers: Sequence[Answer], language: str) -> list[Answer]:
    """`answers`, each text answer without the context clauses it opens with."""
    by_answer = {
        index: [c for c in clauses(index, answer.text, language) if says_something(c)]
        for index, answer in enumerate(answers)
        if answer.kind == "text"
    }
    shared = context_stems([c for cs in by_answer.values() for c in cs], answers)
    result = list(answers)
    points = topical_stems(by_answer, answers)
    framed = framing(by_answer, answers)
    for index, read in by_answer.items():
        question = answers[index].question
        mine = set(read[-1].stems) if read else set()
        topical = frozenset(
            s
            for c in read
            for s in c.stems
            if points.get((question, s), 0) - (s in mine) >= ON_TOPIC_PEOPLE
        )
        opening = 0
        while (
            opening < len(read) - 1
            and not read[opening].text.rstrip().endswith("!")
            and sum(len(c.stems) for c in read[opening + 1 :]) >= MIN_OPENING_WORDS
            and (is_context(read[opening], shared, topical) or (index, opening) in framed)
        ):
            opening += 1
        if opening:
            answer = answers[index]
            result[index] = replace(answer, text=answer.text[read[opening].start :])
    return result

"""Person names: the spaCy French NER model, checked and completed by rules.

Sources of a person span:

* a first name from a general list of common first names (`data/first_names.txt`),
  written with a capital, extended to the surname that follows ("Karim Benali");
* a "weak" first name of the INSEE register (see `lexicon.py`) when the context
  makes it a person: a surname after it, a message ending on it ("Thanks! Lukas"),
  or a middle-of-sentence position that no determiner, place preposition or thing
  noun ("coloris Rose") precedes;
* a lower-case first name right after a greeting ("salut sofiane !");
* a surname of the INSEE register after a title or a person cue ("chez Dubois");
* a title: "Mme Rigaud", "M. Dupont", "Dr Martin" (the title is left out of the span);
* a cue that introduces a name: "je m'appelle", "moi c'est", "de la part de",
  "my name is", a greeting ("Salut Inès !"), a sign-off ("Cordialement, Julie"),
  a vocative at the start of a sentence ("Nadia, tu peux…"), a signature line;
* an @-mention ("@julie.m");
* a PER entity of the NER model, accepted when it holds a known first name,
  follows a cue or a person noun ("gérant", "ma sœur", "appeler"…), or stands in
  the middle of a sentence without a determiner or a thing noun before it
  ("la Faraday", "police Space Grotesk" are not persons).

The cues and context tests live in `name_cues.py`. Names written in lower case or in
capitals ("je suis marie dupont", "merci à sarah", "DUPUIS Hélène") are found by
`casual_names.py`.

Spans are dropped when one of their words is in the client's "not a person" list
(beer and brand names) or in a short list of capitalised words that are never
names (days, months, greetings…), and where no name would stand (`false_names.py`:
"Grace à vous", "Will the tent…", "in May"), or when the model reads a name of the
register as a place after "à" ("à Annecy").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from bot.policy.pii.casual_names import CasualNameFinder, caseless_view, is_shouted
from bot.policy.pii.entities import Entity, EntityType, make_entity
from bot.policy.pii.false_names import english_month, english_verb_opening, starts_a_locution
from bot.policy.pii.folding import fold
from bot.policy.pii.lexicon import (
    AMBIGUOUS_FIRST_NAMES,
    GREETING_FILLERS,
    STOP_WORDS,
    THING_NOUNS,
    is_first_name,
    is_surname,
    is_weak_first_name,
)
from bot.policy.pii.name_cues import (
    BARE_PREPOSITION_RE,
    CAPITAL_PARTICLES,
    GREETING_CUE_RE,
    LOWER_AFTER_CUE_RE,
    LOWER_AFTER_GREETING_RE,
    LOWER_PARTICLE_RE,
    MENTION_NOT_PERSONS,
    MENTION_RE,
    NAME_AT_RE,
    NAME_WORD_RE,
    NEXT_NAME_RE,
    PERSON_CONTEXT_RE,
    PLACE_PREPOSITIONS,
    SIGNATURE_RE,
    STRONG_CUE_RE,
    TITLE_RE,
    VOCATIVE_AFTER_RE,
    accept_ner_span,
    after_determiner,
    capitalise,
    capitalised_run_start,
    clean_ner_span,
    context_accepts,
    coordinated_with_a_first_name,
    ends_message,
    head_noun,
    is_sentence_start,
    previous_word,
    second_of_a_pair_of_things,
    thing_noun_before,
    weak_name_position_ok,
)
from bot.policy.pii.ner import ner_spans


def _folded_words(span: str) -> list[str]:
    return [fold(w) for w in re.findall(r"[\w'’]+", span)]


class PersonFinder:
    """Finds person names; `not_persons` are the client's brand and product names."""

    def __init__(self, not_persons: Iterable[str] = (), *, use_ner: bool = True) -> None:
        self._blocked = set(STOP_WORDS)
        for item in not_persons:
            self._blocked.update(_folded_words(item))
        self._use_ner = use_ner
        self._casual = CasualNameFinder(self._blocked)

    def find(self, original: str) -> list[Entity]:
        # A message in capitals gives capitals no meaning: read it as lower case ("SALUT
        # C'EST KEVIN" is "salut c'est kevin"), same offsets.
        text = caseless_view(original) if is_shouted(original) else original
        spans: list[tuple[int, int]] = []
        spans += self._from_first_names(text)
        spans += self._from_weak_first_names(text)
        spans += self._from_lowercase_greeting(text)
        spans += self._from_lowercase_cues(text)
        spans += self._from_titles(text)
        spans += self._from_cues(text)
        spans += self._from_mentions(text)
        spans += self._from_signature(text)
        spans += self._casual.find(text)
        if self._use_ner:
            spans += self._from_ner(text, covered=spans)
            spans = [s for s in spans if not self._named_place(text, *s)]
        kept = [
            (self._casual.join_capitalised_surname(text, s), e)
            for s, e in spans
            if not self._blocked_span(text[s:e])
            and not starts_a_locution(text, s)
            and not (is_sentence_start(text, s) and english_verb_opening(text, s, e))
            and not english_month(text, s, e)
        ]
        return [make_entity(original, EntityType.PERSON, s, e) for s, e in _merge(kept)]

    def _named_place(self, text: str, start: int, end: int) -> bool:
        """A name the NER model reads as a place, where only a place fits: after a place
        preposition ("en Lorraine", "à Annecy"), or inside a longer place ("gare de Nancy")."""
        previous = previous_word(text, start)
        after_preposition = previous in PLACE_PREPOSITIONS or (
            # "à Annecy", but "donne-le à Nadia": after "à", only a name of the register
            # (no common first name) that the model reads as a place.
            previous in ("a", "à")
            and not any(is_first_name(word) for word in NAME_AT_RE.findall(text[start:end]))
        )
        after_thing = head_noun(text, start) in THING_NOUNS
        if not (after_preposition or after_thing):
            return False
        return any(
            entity.label == "LOC"
            and entity.start <= start
            and end <= entity.end
            and (after_preposition or entity.start < start)
            for entity in ner_spans(text)
        )

    def _blocked_span(self, span: str) -> bool:
        # "Le" in "Yannick Le Goff" is a particle of the surname, not the article.
        words = [w for w in re.findall(r"[\w'’]+", span) if w not in CAPITAL_PARTICLES]
        return any(fold(word) in self._blocked for word in words)

    def extend_surname(self, text: str, end: int) -> int:
        """Extend a first name over the capitalised surname(s) right after it."""
        for _ in range(3):
            particle = LOWER_PARTICLE_RE.match(text, end)
            at = particle.end() if particle else end
            match = NEXT_NAME_RE.match(text, at)
            if match is None:
                break
            word = match.group(1)
            if fold(word) in self._blocked and word not in CAPITAL_PARTICLES:
                break
            if word in CAPITAL_PARTICLES:
                follow = NEXT_NAME_RE.match(text, match.end())
                if follow is None:
                    break
                end = follow.end()
                continue
            if len(word) < 3 or (is_first_name(word) and fold(word) in AMBIGUOUS_FIRST_NAMES):
                break
            end = match.end()
        return end

    def _from_first_names(self, text: str) -> list[tuple[int, int]]:
        spans = []
        for match in NAME_WORD_RE.finditer(text):
            if is_first_name(match.group()) and (span := self._first_name_span(text, match)):
                spans.append(span)
        return spans

    def _first_name_span(self, text: str, match: re.Match[str]) -> tuple[int, int] | None:
        """The known first name with its surname, unless the context says otherwise."""
        start = match.start()
        if after_determiner(text, start) or text[match.end() : match.end() + 1] == "@":
            return None
        if previous_word(text, capitalised_run_start(text, start)) in THING_NOUNS - {
            "en",
            "sur",
            "dans",
            "via",
        }:
            return None  # "coloris Rose Poudré", "lycée Victor Hugo": the name of a thing
        end = self.extend_surname(text, match.end())
        ambiguous = fold(match.group()) in AMBIGUOUS_FIRST_NAMES
        if ambiguous and end == match.end() and is_sentence_start(text, start):
            return None
        return start, end

    def _from_weak_first_names(self, text: str) -> list[tuple[int, int]]:
        spans = []
        for match in NAME_WORD_RE.finditer(text):
            word, start = match.group(), match.start()
            if is_first_name(word) or not is_weak_first_name(word):
                continue
            if after_determiner(text, start) or fold(word) in self._blocked:
                continue
            if thing_noun_before(text, start) or second_of_a_pair_of_things(text, start):
                continue  # "typo Lora", "teinte 09 Miel", "coloris Myrtille et Cannelle"
            end = self.extend_surname(text, match.end())
            has_surname_or_ends = end > match.end() or ends_message(text, end)
            if (
                has_surname_or_ends
                or weak_name_position_ok(text, start)
                or coordinated_with_a_first_name(text, start, end)
            ):
                spans.append((start, end))
        return spans

    def _from_lowercase_greeting(self, text: str) -> list[tuple[int, int]]:
        return [
            match.span(1)
            for match in LOWER_AFTER_GREETING_RE.finditer(text)
            if self._lowercase_first_name(match.group(1))
        ]

    def _from_lowercase_cues(self, text: str) -> list[tuple[int, int]]:
        """A lower-case first name after a naming cue, with its surname if one follows."""
        spans = []
        for match in LOWER_AFTER_CUE_RE.finditer(text):
            if not self._lowercase_first_name(match.group(1)):
                continue
            surname = match.group(2)
            with_surname = (
                surname is not None
                and surname not in GREETING_FILLERS
                and fold(surname) not in self._blocked
                and is_surname(capitalise(surname))
            )
            spans.append((match.start(1), match.end(2) if with_surname else match.end(1)))
        return spans

    def _lowercase_first_name(self, word: str) -> bool:
        if word in GREETING_FILLERS or fold(word) in self._blocked:
            return False
        capitalised = capitalise(word)
        return is_first_name(capitalised) or is_weak_first_name(capitalised)

    def _from_titles(self, text: str) -> list[tuple[int, int]]:
        spans = []
        for match in TITLE_RE.finditer(text):
            name = NAME_AT_RE.search(text, match.end())
            if name is None:
                continue
            spans.append((match.end(), self.extend_surname(text, name.end())))
        return spans

    def _from_cues(self, text: str) -> list[tuple[int, int]]:
        spans = []
        for match in NAME_WORD_RE.finditer(text):
            start, end = match.span()
            before = text[max(0, start - 40) : start]
            if STRONG_CUE_RE.search(before):
                spans.append((start, self.extend_surname(text, end)))
            elif GREETING_CUE_RE.search(before):
                extended = self.extend_surname(text, end)
                after = text[extended : extended + 2].strip()
                if extended > end or not after or after[0] in "!,.?:;)\n":
                    spans.append((start, extended))
            elif is_sentence_start(text, start) and VOCATIVE_AFTER_RE.match(text, end):
                spans.append((start, end))
            elif (
                is_surname(match.group())
                and not is_sentence_start(text, start)
                and PERSON_CONTEXT_RE.search(before)
                and not BARE_PREPOSITION_RE.search(before)
                and fold(match.group()) not in self._blocked
            ):
                spans.append((start, self.extend_surname(text, end)))
        return spans

    def _from_mentions(self, text: str) -> list[tuple[int, int]]:
        return [
            match.span(1)
            for match in MENTION_RE.finditer(text)
            if match.group(1).casefold() not in MENTION_NOT_PERSONS
        ]

    def _from_signature(self, text: str) -> list[tuple[int, int]]:
        stripped = text.rstrip()
        if "\n" not in stripped and not re.search(r"\s[-–—]+\s*\S+(?:\s+\S+){0,2}$", stripped):
            return []
        match = SIGNATURE_RE.search(stripped)
        return [match.span(1)] if match else []

    def _from_ner(
        self, text: str, covered: Sequence[tuple[int, int]] = ()
    ) -> list[tuple[int, int]]:
        if not self._ner_may_add(text, covered):
            return []
        spans = []
        for entity in ner_spans(text):
            if entity.label != "PER":
                continue
            span = clean_ner_span(text, entity.start, entity.end)
            if span and accept_ner_span(text, *span):
                spans.append(span)
        return spans

    def _ner_may_add(self, text: str, covered: Sequence[tuple[int, int]] = ()) -> bool:
        """Whether some capitalised word could start a span `accept_ner_span` keeps.

        The model costs most of the time; a message whose capitalised words are all
        known first names, sentence openers or words after a determiner is left to
        the rules alone, and so are the words of names the rules already found
        ("Benali" after "Karim"), titles and words of one or two letters.
        """
        for match in NAME_WORD_RE.finditer(text):
            word, start, end = match.group(), match.start(), match.end()
            if fold(word) in self._blocked or after_determiner(text, start):
                continue
            if len(word) < 3 or TITLE_RE.match(text, start):
                continue
            if any(s <= start and end <= e for s, e in covered):
                continue
            if is_first_name(word):
                if self._first_name_span(text, match) is None:
                    return True  # an ambiguous name the model may confirm
                continue
            if is_weak_first_name(word) and is_sentence_start(text, start):
                return True  # "Margaux demande…": the model tells a subject from a word
            if context_accepts(text, start, end) or context_accepts(
                text, start, self.extend_surname(text, end)
            ):
                return True
        return False


def _merge(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged

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

Names written in lower case or in capitals ("je suis marie dupont", "merci à sarah",
"DUPUIS Hélène") are found by `casual_names.py`.

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
    DETERMINERS,
    GREETING_FILLERS,
    STOP_WORDS,
    THING_NOUNS,
    is_first_name,
    is_surname,
    is_weak_first_name,
)
from bot.policy.pii.ner import ner_spans

_UP = "A-ZÀ-ÖØ-Þ"
_LOW = "a-zß-öø-ÿ"
_SEGMENT = rf"[{_UP}](?:['’][{_UP}])?(?:[{_LOW}]+(?:[{_UP}][{_LOW}]+)*|[{_UP}]+)"
NAME_WORD = rf"{_SEGMENT}(?:-{_SEGMENT})*"
# A name word stands alone, or after an elided "d'", "l'", "j'", "qu'" ("d'Inès").
_NAME_WORD_RE = re.compile(
    rf"(?:(?<![\w@'’.-])|(?<=\b[dDlLjJ]['’])|(?<=\b[qQ]u['’])){NAME_WORD}(?![\w@'’-])"
)
_NAME_AT_RE = re.compile(NAME_WORD)
_NEXT_NAME_RE = re.compile(rf"[ \u00a0]((?:d['’])?{NAME_WORD})(?![\w@'’-])")
_LOWER_PARTICLE_RE = re.compile(r"[ \u00a0](?:de|du|van|von|da|di|del|ben|bin|ibn)(?= )")
_CAPITAL_PARTICLES = {"Le", "La", "De", "Du", "Van", "Von", "Da", "Di", "Del", "Ben", "El", "Abou"}

_TITLE = (
    r"(?<![\w.])(?:M\.|MM\.|Mme\.?|Mmes|Mlle\.?|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Pr\.?|Me|Maître|"
    r"(?i:monsieur|madame|mademoiselle|docteur|professeur)|Sir|Miss)[ \u00a0]+"
)
_TITLE_RE = re.compile(rf"{_TITLE}(?=(?:(?:de|d['’])[ \u00a0]?)?{NAME_WORD})")
_TITLE_BEFORE_RE = re.compile(rf"{_TITLE}$")
# A cue right before a capitalised word makes it a name.
_STRONG_CUE_RE = re.compile(
    r"(?:\bje\s+m['’]appelle|\bm['’]appelle|\bs['’]appellent?|\bmoi\s*,?\s*c['’]est|"
    r"\bde\s+la\s+part\s+d[e'’]|\bmy\s+name\s+is|\bau\s+nom\s+d[e'’]|\bsign[ée]e?|"
    r"\bcordialement|\bbien\s+[àa]\s+(?:toi|vous)|\bbises|\bamiti[ée]s|\bbest\s+regards|"
    r"\bregards|\bcheers)\s*[,:]?\s*$",
    re.IGNORECASE,
)
# A greeting: the word after it is a name when a punctuation mark or a surname follows.
_GREETING_CUE_RE = re.compile(
    r"(?:\bsalut|\bcoucou|\bbonjour|\bbonsoir|\bhello|\bhi|\bhey|\bmerci|\bbravo|"
    r"\bf[ée]licitations|\bcher|\bch[èe]re|\bdear|\bthanks|\bthank\s+you)\s*,?\s*$",
    re.IGNORECASE,
)
# Weaker cues: enough to accept a name the NER model found.
_PERSON_CONTEXT_RE = re.compile(
    r"(?:\bc['’]est|\bje\s+suis|\bici|\bi['’]m|\bi\s+am|\bthis\s+is|\bcontact|\bg[ée]rante?|"
    r"\bdirect(?:eur|rice)|\bresponsable|\bpr[ée]sidente?|\bfondat(?:eur|rice)|\bpatronne?|"
    r"\bmari|\bfemme|\b[ée]pou(?:x|se)|\bcompagnon|\bcompagne|\bs(?:œ|oe)ur|\bfr[èe]re|\bfils|"
    r"\bfille|\bp[èe]re|\bm[èe]re|\bcousine?|\bcoll[èe]gue|\bamie?|\bcopain|\bcopine|"
    r"\bvoisine?|\bcliente?|\bambassad(?:eur|rice)|\bstagiaire|\bmanager|\bchef|"
    r"\bappeler|\brappeler|\bcontacter|\bjoindre|\bdemander|\bremercier|\bpr[ée]venir|"
    r"\bavec|\bchez|\bpar|\bpour)\s*[,:]?\s*$",
    re.IGNORECASE,
)
_VOCATIVE_AFTER_RE = re.compile(
    r"\s*,\s*(?:tu|vous|t['’]|est-ce|peux|pourrais|pourriez|can\s+you|could\s+you)\b",
    re.IGNORECASE,
)
# A clitic pronoun before the verb means a human subject: "Yasmina m'a dit".
_HUMAN_VERB_AFTER_RE = re.compile(
    r"\s+(?:(?:m['’]|t['’]|s['’]|nous\s+|vous\s+|me\s+|te\s+|se\s+|lui\s+)\w+|et\s+moi\b|"
    r"(?:said|says|told|asked|wrote)\b)",
    re.IGNORECASE,
)
_SIGNATURE_RE = re.compile(
    rf"(?:^|\n|\s[-–—]+\s*)[ \t]*({NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,2}})[ \t]*$"
)
# A character that glues a word to its neighbour: "PROMO-XY", "#Volta", "a_b".
_GLUED = re.compile(r"[\w@#/_-]")
_MENTION_RE = re.compile(r"(?<![\w.])@([A-Za-z][\w.\-]*\w)")
_COORDINATED_NAME_RE = re.compile(rf"\s+(?:et|and)\s+({NAME_WORD})")
_PREVIOUS_CAPITALISED_RE = re.compile(rf"(?<![\w'’-]){NAME_WORD}[ \u00a0]+$")
_PAIRED_AFTER_RE = re.compile(rf"(?<![\w'’-])({NAME_WORD})\s*(?:,|et|ou|&|and|or)\s*$")
_BARE_PREPOSITION_RE = re.compile(r"(?:^|\s)(?:avec|par|pour)\s*$", re.IGNORECASE)
# Prepositions that introduce a place or a thing, never a person: "en Lorraine",
# "depuis Nancy", "hors Alizé". ("à" is left out: "donne-le à Nadia" is as common
# as "livré à Nancy".)
_PLACE_PREPOSITIONS = {"en", "vers", "depuis", "dans", "hors", "in", "from"}
# A determiner and a lower-case noun right before: "le sérum ", "ma sœur ".
_APPOSITION_RE = re.compile(rf"(?<!\w)(\w+['’]?)\s*([{_LOW}]+)\s+$")
_LOWER_AFTER_GREETING_RE = re.compile(
    r"(?:\bsalut|\bcoucou|\bbonjour|\bbonsoir|\bhello|\bhey|\bmerci|\bbravo)[ ,]+"
    rf"([{_LOW}]{{3,}}(?:-[{_LOW}]{{2,}})?)(?=\s*(?:[!,.?:;)]|$)|\s+\w)",
    re.IGNORECASE,
)
# Lower-case chat after a cue that introduces a name: "je m'appelle kevin martin".
_LOWER_AFTER_CUE_RE = re.compile(
    r"(?:\bje\s+m['’]appelle|\bm['’]appelle|\bs['’]appelle|\bmoi\s*,?\s*c['’]est|"
    r"\bde\s+la\s+part\s+d[e'’]|\bmy\s+name\s+is|\bsign[ée]e?)\s*[,:]?\s*"
    rf"([{_LOW}]{{3,}}(?:-[{_LOW}]{{2,}})?)(?:[ ]([{_LOW}]{{3,}}(?:-[{_LOW}]{{2,}})?))?",
    re.IGNORECASE,
)
_MENTION_NOT_PERSONS = {"here", "channel", "everyone", "all", "tous", "team", "equipe"}


def _folded_words(span: str) -> list[str]:
    return [fold(w) for w in re.findall(r"[\w'’]+", span)]


def _previous_word(text: str, pos: int) -> str:
    """The word right before `pos` (folded; "l'" and "d'" for elisions), or ""."""
    before = text[max(0, pos - 30) : pos]
    if elided := re.search(r"(?<!\w)([lLdD])['’]$", before):
        return elided.group(1).lower() + "'"
    match = re.search(r"(\w+)\W*$", before)
    return fold(match.group(1)) if match and not before[match.end(1) :].strip() else ""


def _head_noun(text: str, pos: int) -> str:
    """The noun a name complements: "fût" in "un fût d'Éclair", else the previous word."""
    previous = _previous_word(text, pos)
    if previous in ("de", "d'", "du", "des"):
        before = re.search(r"\s*(?:d['’]|\w+\s+)$", text[max(0, pos - 30) : pos])
        return _previous_word(text, pos - len(before.group())) if before else previous
    return previous


def is_sentence_start(text: str, pos: int) -> bool:
    before = text[:pos].rstrip(" \t\u00a0\"'«“*•>-–—")
    return not before or before.endswith(("\n", ".", "!", "?", "…"))


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
        previous = _previous_word(text, start)
        after_preposition = previous in _PLACE_PREPOSITIONS or (
            # "à Annecy", but "donne-le à Nadia": after "à", only a name of the register
            # (no common first name) that the model reads as a place.
            previous in ("a", "à")
            and not any(is_first_name(word) for word in _NAME_AT_RE.findall(text[start:end]))
        )
        after_thing = _head_noun(text, start) in THING_NOUNS
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
        words = [w for w in re.findall(r"[\w'’]+", span) if w not in _CAPITAL_PARTICLES]
        return any(fold(word) in self._blocked for word in words)

    def extend_surname(self, text: str, end: int) -> int:
        """Extend a first name over the capitalised surname(s) right after it."""
        for _ in range(3):
            particle = _LOWER_PARTICLE_RE.match(text, end)
            at = particle.end() if particle else end
            match = _NEXT_NAME_RE.match(text, at)
            if match is None:
                break
            word = match.group(1)
            if fold(word) in self._blocked and word not in _CAPITAL_PARTICLES:
                break
            if word in _CAPITAL_PARTICLES:
                follow = _NEXT_NAME_RE.match(text, match.end())
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
        for match in _NAME_WORD_RE.finditer(text):
            if is_first_name(match.group()) and (span := self._first_name_span(text, match)):
                spans.append(span)
        return spans

    def _first_name_span(self, text: str, match: re.Match[str]) -> tuple[int, int] | None:
        """The known first name with its surname, unless the context says otherwise."""
        start = match.start()
        if _after_determiner(text, start) or text[match.end() : match.end() + 1] == "@":
            return None
        if _previous_word(text, _capitalised_run_start(text, start)) in THING_NOUNS - {
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
        for match in _NAME_WORD_RE.finditer(text):
            word, start = match.group(), match.start()
            if is_first_name(word) or not is_weak_first_name(word):
                continue
            if _after_determiner(text, start) or fold(word) in self._blocked:
                continue
            if _thing_noun_before(text, start) or _second_of_a_pair_of_things(text, start):
                continue  # "typo Lora", "teinte 09 Miel", "coloris Myrtille et Cannelle"
            end = self.extend_surname(text, match.end())
            has_surname_or_ends = end > match.end() or _ends_message(text, end)
            if (
                has_surname_or_ends
                or _weak_name_position_ok(text, start)
                or _coordinated_with_a_first_name(text, start, end)
            ):
                spans.append((start, end))
        return spans

    def _from_lowercase_greeting(self, text: str) -> list[tuple[int, int]]:
        return [
            match.span(1)
            for match in _LOWER_AFTER_GREETING_RE.finditer(text)
            if self._lowercase_first_name(match.group(1))
        ]

    def _from_lowercase_cues(self, text: str) -> list[tuple[int, int]]:
        """A lower-case first name after a naming cue, with its surname if one follows."""
        spans = []
        for match in _LOWER_AFTER_CUE_RE.finditer(text):
            if not self._lowercase_first_name(match.group(1)):
                continue
            surname = match.group(2)
            with_surname = (
                surname is not None
                and surname not in GREETING_FILLERS
                and fold(surname) not in self._blocked
                and is_surname(_capitalise(surname))
            )
            spans.append((match.start(1), match.end(2) if with_surname else match.end(1)))
        return spans

    def _lowercase_first_name(self, word: str) -> bool:
        if word in GREETING_FILLERS or fold(word) in self._blocked:
            return False
        capitalised = _capitalise(word)
        return is_first_name(capitalised) or is_weak_first_name(capitalised)

    def _from_titles(self, text: str) -> list[tuple[int, int]]:
        spans = []
        for match in _TITLE_RE.finditer(text):
            name = _NAME_AT_RE.search(text, match.end())
            if name is None:
                continue
            spans.append((match.end(), self.extend_surname(text, name.end())))
        return spans

    def _from_cues(self, text: str) -> list[tuple[int, int]]:
        spans = []
        for match in _NAME_WORD_RE.finditer(text):
            start, end = match.span()
            before = text[max(0, start - 40) : start]
            if _STRONG_CUE_RE.search(before):
                spans.append((start, self.extend_surname(text, end)))
            elif _GREETING_CUE_RE.search(before):
                extended = self.extend_surname(text, end)
                after = text[extended : extended + 2].strip()
                if extended > end or not after or after[0] in "!,.?:;)\n":
                    spans.append((start, extended))
            elif is_sentence_start(text, start) and _VOCATIVE_AFTER_RE.match(text, end):
                spans.append((start, end))
            elif (
                is_surname(match.group())
                and not is_sentence_start(text, start)
                and _PERSON_CONTEXT_RE.search(before)
                and not _BARE_PREPOSITION_RE.search(before)
                and fold(match.group()) not in self._blocked
            ):
                spans.append((start, self.extend_surname(text, end)))
        return spans

    def _from_mentions(self, text: str) -> list[tuple[int, int]]:
        return [
            match.span(1)
            for match in _MENTION_RE.finditer(text)
            if match.group(1).casefold() not in _MENTION_NOT_PERSONS
        ]

    def _from_signature(self, text: str) -> list[tuple[int, int]]:
        stripped = text.rstrip()
        if "\n" not in stripped and not re.search(r"\s[-–—]+\s*\S+(?:\s+\S+){0,2}$", stripped):
            return []
        match = _SIGNATURE_RE.search(stripped)
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
            span = self._clean_ner_span(text, entity.start, entity.end)
            if span and self._accept_ner_span(text, *span):
                spans.append(span)
        return spans

    def _clean_ner_span(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """Drop a leading title and keep the leading run of name words."""
        if (
            re.search(r"[\d@]", text[start:end])
            or (start > 0 and _GLUED.match(text[start - 1]))
            or (end < len(text) and _GLUED.match(text[end]))
        ):
            return None
        title = _TITLE_RE.match(text, start)
        if title and title.end() < end:
            start = title.end()
        first = _NAME_AT_RE.match(text, start)
        if first is None:
            return None
        stop = first.end()
        while stop < end:
            particle = _LOWER_PARTICLE_RE.match(text, stop)
            nxt = _NEXT_NAME_RE.match(text, particle.end() if particle else stop)
            if nxt is None or nxt.end() > end:
                break
            stop = nxt.end()
        return start, stop

    def _ner_may_add(self, text: str, covered: Sequence[tuple[int, int]] = ()) -> bool:
        """Whether some capitalised word could start a span `_accept_ner_span` keeps.

        The model costs most of the time; a message whose capitalised words are all
        known first names, sentence openers or words after a determiner is left to
        the rules alone, and so are the words of names the rules already found
        ("Benali" after "Karim"), titles and words of one or two letters.
        """
        for match in _NAME_WORD_RE.finditer(text):
            word, start, end = match.group(), match.start(), match.end()
            if fold(word) in self._blocked or _after_determiner(text, start):
                continue
            if len(word) < 3 or _TITLE_RE.match(text, start):
                continue
            if any(s <= start and end <= e for s, e in covered):
                continue
            if is_first_name(word):
                if self._first_name_span(text, match) is None:
                    return True  # an ambiguous name the model may confirm
                continue
            if is_weak_first_name(word) and is_sentence_start(text, start):
                return True  # "Margaux demande…": the model tells a subject from a word
            if self._context_accepts(text, start, end) or self._context_accepts(
                text, start, self.extend_surname(text, end)
            ):
                return True
        return False

    def _accept_ner_span(self, text: str, start: int, end: int) -> bool:
        if _after_determiner(text, start):
            return False
        words = _NAME_AT_RE.findall(text[start:end])
        if any(is_first_name(word) for word in words) or (
            words and is_weak_first_name(words[0])  # not "Soirée Rania": a title
        ):
            return not _thing_noun_before(text, start)
        return self._context_accepts(text, start, end)

    def _context_accepts(self, text: str, start: int, end: int) -> bool:
        """The context rules for a capitalised span that is not a known first name."""
        words = _NAME_AT_RE.findall(text[start:end])
        before = text[max(0, start - 40) : start]
        if (
            _TITLE_BEFORE_RE.search(before)
            or _STRONG_CUE_RE.search(before)
            or _GREETING_CUE_RE.search(before)
            or _PERSON_CONTEXT_RE.search(before)
        ):
            return True
        if is_sentence_start(text, start):
            return bool(
                _VOCATIVE_AFTER_RE.match(text, end) or _HUMAN_VERB_AFTER_RE.match(text, end)
            )
        if len(words) == 1 and words[0].isupper():
            return False  # an acronym
        if _after_determiner(text, start) or _thing_noun_before(text, start):
            return False
        return _head_noun(text, start) not in THING_NOUNS


def _coordinated_with_a_first_name(text: str, start: int, end: int) -> bool:
    """ "Rania et Baptiste tiennent le stand": joined to a known first name, and not
    part of a capitalised title ("Soirée Prune et Olive")."""
    other = _COORDINATED_NAME_RE.match(text, end)
    if other is None or not is_first_name(other.group(1)):
        return False
    before = re.search(r"(\w+)\W*$", text[max(0, start - 30) : start])
    return not (before and before.group(1)[:1].isupper())


def _capitalised_run_start(text: str, start: int) -> int:
    """Where the run of capitalised words holding `start` begins ("Victor Hugo")."""
    while (previous := _PREVIOUS_CAPITALISED_RE.search(text, 0, start)) is not None:
        start = previous.start()
    return start


def _thing_noun_before(text: str, start: int) -> bool:
    """A thing noun right before, a number between them allowed ("teinte 09 Miel")."""
    before = re.sub(r"\s+\d+[\s\u00a0]*$", " ", text[max(0, start - 40) : start])
    return _previous_word(before, len(before)) in THING_NOUNS


def _weak_name_position_ok(text: str, start: int) -> bool:
    """Inside a sentence, after a lower-case word that is no place preposition or thing
    noun ("Soirée Prune & Olive" is a title, "coloris Rose" a colour), and not naming
    a thing in apposition ("le sérum Aube"; but "le gérant Yanis" is a person)."""
    if is_sentence_start(text, start):
        return False
    window = text[max(0, start - 40) : start]
    before = re.search(r"(\w+)\W*$", window)
    if before and before.group(1)[:1].isupper():
        return False
    apposition = _APPOSITION_RE.search(window)
    if (
        apposition
        and fold(apposition.group(1)) in DETERMINERS
        and not _PERSON_CONTEXT_RE.search(apposition.group(2))
    ):
        return False
    return _previous_word(text, start) not in _PLACE_PREPOSITIONS | THING_NOUNS


def _second_of_a_pair_of_things(text: str, start: int) -> bool:
    """ "coloris Myrtille et Cannelle": joined to a capitalised word that names a thing."""
    pair = _PAIRED_AFTER_RE.search(text, 0, start)
    return pair is not None and _thing_noun_before(text, pair.start(1))


def _capitalise(word: str) -> str:
    return "-".join(part.capitalize() for part in word.split("-"))


def _ends_message(text: str, end: int) -> bool:
    """Nothing but punctuation, spaces or emoji after `end`: a sign-off."""
    return not re.search(r"\w", text[end:])


def _after_determiner(text: str, start: int) -> bool:
    """Names take no determiner: "la Faraday" is a beer, "l'Alambic" a bar."""
    return _previous_word(text, start) in DETERMINERS


def _merge(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged

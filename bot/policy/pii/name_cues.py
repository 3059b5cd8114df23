"""Cues around a capitalised word that say whether it is a person's name.

The patterns of a name word, of titles ("Mme", "Dr"), of the words that introduce a name
("je m'appelle", "de la part de", a greeting, a sign-off, a vocative), of the words that
say a person is meant ("gérant", "ma sœur", "appeler"…), and the context tests: no
determiner, no thing noun ("coloris Rose") and no place preposition before a name.
Stateless: `persons.PersonFinder` combines them with the client's words and the model.
"""

from __future__ import annotations

import re

from bot.policy.pii.folding import fold
from bot.policy.pii.lexicon import (
    DETERMINERS,
    THING_NOUNS,
    is_first_name,
    is_weak_first_name,
)

_UP = "A-ZÀ-ÖØ-Þ"
_LOW = "a-zß-öø-ÿ"
_SEGMENT = rf"[{_UP}](?:['’][{_UP}])?(?:[{_LOW}]+(?:[{_UP}][{_LOW}]+)*|[{_UP}]+)"
NAME_WORD = rf"{_SEGMENT}(?:-{_SEGMENT})*"
# A name word stands alone, or after an elided "d'", "l'", "j'", "qu'" ("d'Inès").
NAME_WORD_RE = re.compile(
    rf"(?:(?<![\w@'’.-])|(?<=\b[dDlLjJ]['’])|(?<=\b[qQ]u['’])){NAME_WORD}(?![\w@'’-])"
)
NAME_AT_RE = re.compile(NAME_WORD)
NEXT_NAME_RE = re.compile(rf"[ \u00a0]((?:d['’])?{NAME_WORD})(?![\w@'’-])")
LOWER_PARTICLE_RE = re.compile(r"[ \u00a0](?:de|du|van|von|da|di|del|ben|bin|ibn)(?= )")
CAPITAL_PARTICLES = {"Le", "La", "De", "Du", "Van", "Von", "Da", "Di", "Del", "Ben", "El", "Abou"}

_TITLE = (
    r"(?<![\w.])(?:M\.|MM\.|Mme\.?|Mmes|Mlle\.?|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Pr\.?|Me|Maître|"
    r"(?i:monsieur|madame|mademoiselle|docteur|professeur)|Sir|Miss)[ \u00a0]+"
)
TITLE_RE = re.compile(rf"{_TITLE}(?=(?:(?:de|d['’])[ \u00a0]?)?{NAME_WORD})")
_TITLE_BEFORE_RE = re.compile(rf"{_TITLE}$")
# A cue right before a capitalised word makes it a name.
STRONG_CUE_RE = re.compile(
    r"(?:\bje\s+m['’]appelle|\bm['’]appelle|\bs['’]appellent?|\bmoi\s*,?\s*c['’]est|"
    r"\bde\s+la\s+part\s+d[e'’]|\bmy\s+name\s+is|\bau\s+nom\s+d[e'’]|\bsign[ée]e?|"
    r"\bcordialement|\bbien\s+[àa]\s+(?:toi|vous)|\bbises|\bamiti[ée]s|\bbest\s+regards|"
    r"\bregards|\bcheers)\s*[,:]?\s*$",
    re.IGNORECASE,
)
# A greeting: the word after it is a name when a punctuation mark or a surname follows.
GREETING_CUE_RE = re.compile(
    r"(?:\bsalut|\bcoucou|\bbonjour|\bbonsoir|\bhello|\bhi|\bhey|\bmerci|\bbravo|"
    r"\bf[ée]licitations|\bcher|\bch[èe]re|\bdear|\bthanks|\bthank\s+you)\s*,?\s*$",
    re.IGNORECASE,
)
# Weaker cues: enough to accept a name the NER model found.
PERSON_CONTEXT_RE = re.compile(
    r"(?:\bc['’]est|\bje\s+suis|\bici|\bi['’]m|\bi\s+am|\bthis\s+is|\bcontact|\bg[ée]rante?|"
    r"\bdirect(?:eur|rice)|\bresponsable|\bpr[ée]sidente?|\bfondat(?:eur|rice)|\bpatronne?|"
    r"\bmari|\bfemme|\b[ée]pou(?:x|se)|\bcompagnon|\bcompagne|\bs(?:œ|oe)ur|\bfr[èe]re|\bfils|"
    r"\bfille|\bp[èe]re|\bm[èe]re|\bcousine?|\bcoll[èe]gue|\bamie?|\bcopain|\bcopine|"
    r"\bvoisine?|\bcliente?|\bambassad(?:eur|rice)|\bstagiaire|\bmanager|\bchef|"
    r"\bappeler|\brappeler|\bcontacter|\bjoindre|\bdemander|\bremercier|\bpr[ée]venir|"
    r"\bavec|\bchez|\bpar|\bpour)\s*[,:]?\s*$",
    re.IGNORECASE,
)
VOCATIVE_AFTER_RE = re.compile(
    r"\s*,\s*(?:tu|vous|t['’]|est-ce|peux|pourrais|pourriez|can\s+you|could\s+you)\b",
    re.IGNORECASE,
)
# A clitic pronoun before the verb means a human subject: "Yasmina m'a dit".
_HUMAN_VERB_AFTER_RE = re.compile(
    r"\s+(?:(?:m['’]|t['’]|s['’]|nous\s+|vous\s+|me\s+|te\s+|se\s+|lui\s+)\w+|et\s+moi\b|"
    r"(?:said|says|told|asked|wrote)\b)",
    re.IGNORECASE,
)
SIGNATURE_RE = re.compile(
    rf"(?:^|\n|\s[-–—]+\s*)[ \t]*({NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,2}})[ \t]*$"
)
# A character that glues a word to its neighbour: "PROMO-XY", "#Volta", "a_b".
_GLUED = re.compile(r"[\w@#/_-]")
MENTION_RE = re.compile(r"(?<![\w.])@([A-Za-z][\w.\-]*\w)")
_COORDINATED_NAME_RE = re.compile(rf"\s+(?:et|and)\s+({NAME_WORD})")
_PREVIOUS_CAPITALISED_RE = re.compile(rf"(?<![\w'’-]){NAME_WORD}[ \u00a0]+$")
_PAIRED_AFTER_RE = re.compile(rf"(?<![\w'’-])({NAME_WORD})\s*(?:,|et|ou|&|and|or)\s*$")
BARE_PREPOSITION_RE = re.compile(r"(?:^|\s)(?:avec|par|pour)\s*$", re.IGNORECASE)
# Prepositions that introduce a place or a thing, never a person: "en Lorraine",
# "depuis Nancy", "hors Alizé". ("à" is left out: "donne-le à Nadia" is as common
# as "livré à Nancy".)
PLACE_PREPOSITIONS = {"en", "vers", "depuis", "dans", "hors", "in", "from"}
# A determiner and a lower-case noun right before: "le sérum ", "ma sœur ".
_APPOSITION_RE = re.compile(rf"(?<!\w)(\w+['’]?)\s*([{_LOW}]+)\s+$")
LOWER_AFTER_GREETING_RE = re.compile(
    r"(?:\bsalut|\bcoucou|\bbonjour|\bbonsoir|\bhello|\bhey|\bmerci|\bbravo)[ ,]+"
    rf"([{_LOW}]{{3,}}(?:-[{_LOW}]{{2,}})?)(?=\s*(?:[!,.?:;)]|$)|\s+\w)",
    re.IGNORECASE,
)
# Lower-case chat after a cue that introduces a name: "je m'appelle kevin martin".
LOWER_AFTER_CUE_RE = re.compile(
    r"(?:\bje\s+m['’]appelle|\bm['’]appelle|\bs['’]appelle|\bmoi\s*,?\s*c['’]est|"
    r"\bde\s+la\s+part\s+d[e'’]|\bmy\s+name\s+is|\bsign[ée]e?)\s*[,:]?\s*"
    rf"([{_LOW}]{{3,}}(?:-[{_LOW}]{{2,}})?)(?:[ ]([{_LOW}]{{3,}}(?:-[{_LOW}]{{2,}})?))?",
    re.IGNORECASE,
)
MENTION_NOT_PERSONS = {"here", "channel", "everyone", "all", "tous", "team", "equipe"}


def previous_word(text: str, pos: int) -> str:
    """The word right before `pos` (folded; "l'" and "d'" for elisions), or ""."""
    before = text[max(0, pos - 30) : pos]
    if elided := re.search(r"(?<!\w)([lLdD])['’]$", before):
        return elided.group(1).lower() + "'"
    match = re.search(r"(\w+)\W*$", before)
    return fold(match.group(1)) if match and not before[match.end(1) :].strip() else ""


def head_noun(text: str, pos: int) -> str:
    """The noun a name complements: "fût" in "un fût d'Éclair", else the previous word."""
    previous = previous_word(text, pos)
    if previous in ("de", "d'", "du", "des"):
        before = re.search(r"\s*(?:d['’]|\w+\s+)$", text[max(0, pos - 30) : pos])
        return previous_word(text, pos - len(before.group())) if before else previous
    return previous


def is_sentence_start(text: str, pos: int) -> bool:
    before = text[:pos].rstrip(" \t\u00a0\"'«“*•>-–—")
    return not before or before.endswith(("\n", ".", "!", "?", "…"))


def coordinated_with_a_first_name(text: str, start: int, end: int) -> bool:
    """ "Rania et Baptiste tiennent le stand": joined to a known first name, and not
    part of a capitalised title ("Soirée Prune et Olive")."""
    other = _COORDINATED_NAME_RE.match(text, end)
    if other is None or not is_first_name(other.group(1)):
        return False
    before = re.search(r"(\w+)\W*$", text[max(0, start - 30) : start])
    return not (before and before.group(1)[:1].isupper())


def capitalised_run_start(text: str, start: int) -> int:
    """Where the run of capitalised words holding `start` begins ("Victor Hugo")."""
    while (previous := _PREVIOUS_CAPITALISED_RE.search(text, 0, start)) is not None:
        start = previous.start()
    return start


def thing_noun_before(text: str, start: int) -> bool:
    """A thing noun right before, a number between them allowed ("teinte 09 Miel")."""
    before = re.sub(r"\s+\d+[\s\u00a0]*$", " ", text[max(0, start - 40) : start])
    return previous_word(before, len(before)) in THING_NOUNS


def weak_name_position_ok(text: str, start: int) -> bool:
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
        and not PERSON_CONTEXT_RE.search(apposition.group(2))
    ):
        return False
    return previous_word(text, start) not in PLACE_PREPOSITIONS | THING_NOUNS


def second_of_a_pair_of_things(text: str, start: int) -> bool:
    """ "coloris Myrtille et Cannelle": joined to a capitalised word that names a thing."""
    pair = _PAIRED_AFTER_RE.search(text, 0, start)
    return pair is not None and thing_noun_before(text, pair.start(1))


def capitalise(word: str) -> str:
    return "-".join(part.capitalize() for part in word.split("-"))


def ends_message(text: str, end: int) -> bool:
    """Nothing but punctuation, spaces or emoji after `end`: a sign-off."""
    return not re.search(r"\w", text[end:])


def after_determiner(text: str, start: int) -> bool:
    """Names take no determiner: "la Faraday" is a beer, "l'Alambic" a bar."""
    return previous_word(text, start) in DETERMINERS


def clean_ner_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Drop a leading title and keep the leading run of name words."""
    if (
        re.search(r"[\d@]", text[start:end])
        or (start > 0 and _GLUED.match(text[start - 1]))
        or (end < len(text) and _GLUED.match(text[end]))
    ):
        return None
    title = TITLE_RE.match(text, start)
    if title and title.end() < end:
        start = title.end()
    first = NAME_AT_RE.match(text, start)
    if first is None:
        return None
    stop = first.end()
    while stop < end:
        particle = LOWER_PARTICLE_RE.match(text, stop)
        nxt = NEXT_NAME_RE.match(text, particle.end() if particle else stop)
        if nxt is None or nxt.end() > end:
            break
        stop = nxt.end()
    return start, stop


def accept_ner_span(text: str, start: int, end: int) -> bool:
    """Whether a PER span of the NER model is a person: a known first name with no thing
    noun before it, or a context that makes it one."""
    if after_determiner(text, start):
        return False
    words = NAME_AT_RE.findall(text[start:end])
    if any(is_first_name(word) for word in words) or (
        words and is_weak_first_name(words[0])  # not "Soirée Rania": a title
    ):
        return not thing_noun_before(text, start)
    return context_accepts(text, start, end)


def context_accepts(text: str, start: int, end: int) -> bool:
    """The context rules for a capitalised span that is not a known first name."""
    words = NAME_AT_RE.findall(text[start:end])
    before = text[max(0, start - 40) : start]
    if (
        _TITLE_BEFORE_RE.search(before)
        or STRONG_CUE_RE.search(before)
        or GREETING_CUE_RE.search(before)
        or PERSON_CONTEXT_RE.search(before)
    ):
        return True
    if is_sentence_start(text, start):
        return bool(VOCATIVE_AFTER_RE.match(text, end) or _HUMAN_VERB_AFTER_RE.match(text, end))
    if len(words) == 1 and words[0].isupper():
        return False  # an acronym
    if after_determiner(text, start) or thing_noun_before(text, start):
        return False
    return head_noun(text, start) not in THING_NOUNS

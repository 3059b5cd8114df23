"""Find the confidentiality marking people write at the top of a document.

People mark documents in many ways: `Classification: CONFIDENTIEL`, `CONFIDENTIEL — ne
pas diffuser`, `**Classification : Confidentiel (ne pas diffuser)**`, `_Usage interne_`,
`INTERNAL ONLY`, `Do not distribute`, a `Diffusion : publique` line, a DOCX category or
a PDF keyword. Each line is accent-folded, casefolded and stripped of Markdown and
punctuation, then read three ways:

- a labelled line (`classification`, `diffusion`, `sensibilité`… then `:`): its value
  names the level;
- a short line holding a strong phrase anywhere (`confidentiel`, `usage interne`, `ne pas
  diffuser`…): a title such as `Note stratégique — usage interne` is a marking;
- a line that is only a weak word (`Interne`, `PUBLIC`, `Secret`), or starts with one
  of the restrictive ones, or a tag opening or closing it (`[INTERNE] Compte rendu`,
  `Bilan T1 (public)`);
- a banner's fields one by one (`Interne à X — ne pas transmettre aux clients`,
  `Statut : Brouillon | Classification : Interne`);
- sentences about who may read it (`knowledge.marking_phrases`): an audience, a
  permission to share, an embargo or an NDA, a polite request not to pass it on.

When several lines say different things, the strictest level wins: a `Public` line never
lowers a `Confidentiel` found elsewhere. A public marking is only taken from a labelled
line, a line that says nothing else or a permission to share, never from a passing
mention; a phrase ending a sentence ("vos réponses restent confidentielles.") or inside
a quoted title is what the sentence talks about, not a marking.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.marking_ambassadors import for_ambassadors
from knowledge.marking_asides import after_aside_opening, aside_levels
from knowledge.marking_groups import CONFIDENTIAL, INTERNAL, LEVELS, PUBLIC, strictest
from knowledge.marking_labels import NEGATION_WORDS, excepts_readers, labelled_level, names_readers
from knowledge.marking_lexicon import CODES, STRONG_PUBLIC, tlp_level
from knowledge.marking_lines import excepted
from knowledge.marking_not_yet import withheld_claim
from knowledge.marking_phrases import (
    PROHIBITIONS,
    SELF_WORDS,
    asked_not_to_share,
    forbids_something_else,
    held_back,
    kept_for,
    permitted,
)
from knowledge.marking_sentences import (
    DATA_OBJECT,
    SENTENCES,
    clean_line,
    level_after_dash,
    level_before_dash,
    pronoun_levels,
    self_levels,
)
from knowledge.marking_settings import (
    FOREIGN_STRONG,
    MORE_STRONG,
    TAG_WORDS,
    banner_word,
    not_for_outsiders,
    quoted,
    setting_level,
)
from knowledge.marking_words import (
    LABELS,
    LEADING,
    NEGATED,
    STRONG,
    WHOLE_LINE,
    fix_typos,
    is_label,
)
from knowledge.phrase_index import PhraseIndex
from knowledge.text import fold

__all__ = [
    "CONFIDENTIAL",
    "INTERNAL",
    "LABELS",
    "LEVELS",
    "PUBLIC",
    "Marking",
    "line_level",
    "strictest",
]

# Lines read at the top of a document (front matter and title included).
HEAD_LINES = 20
# A strong phrase counts anywhere in a line of at most this many words.
SHORT_LINE_WORDS = 14


@dataclass(frozen=True, slots=True)
class Marking:
    """A level found in a document, and the words that said it (as written)."""

    level: str
    text: str


# A negation before a public phrase turns it into a restriction: "Pas de diffusion externe",
# "Pas un document public".
_NEGATION = re.compile(
    rf"(?:^|\b){NEGATION_WORDS}(?: (?:un|une|a|an))?"
    r"(?: (?:intended|meant|designed|cleared|approved|suitable"
    r"|destinee?s?|prevue?s?|autorisee?s?)(?: for| a la| a| au)?)?\s*$"
)
# ...or a prohibition after it: "Diffusion externe interdite", "External distribution
# prohibited".
_FORBIDDEN_AFTER = re.compile(
    r"^(?:(?:est|is|are|sont) )?(?:(?:strictement|formellement|strictly) )?(?:interdite?s?"
    r"|prohibited|forbidden|not allowed|not permitted|non autorisee?s?|proscrite?s?)\b"
)


# A quoted title names something ("le webinaire « Secret des affaires »"); a quoted
# word may still be a value ("Classification : « Interne »").
# A label annotated in brackets is the label: "Classification (updated 12/05 by direction) :
# INTERNAL — …", "Diffusion (v2, Léa) : …" (a leadership word in the note names no reader).
_ANNOTATED_LABEL = re.compile(r"^(\W*)([^\W\d][^():]{0,30}?)\s*\([^()]{1,60}\)\s*:")
_QUOTED = re.compile(r"«[^»]*\w+\W+\w+\W+\w+[^»]*»|“[^”]*\w+\W+\w+\W+\w+[^”]*”")


def line_level(line: str, *, heading_depth: int = 0, item: bool = False) -> str | None:
    """The level one line declares, or None.

    `heading_depth` is the line's Markdown heading level (2 for `## Public`): a section
    called "Public" (the audience) is no marking, so a bare public word is only taken
    from a line that is not a sub-heading. Fields joined by `|` or `;` ("Statut :
    Brouillon | Classification : Interne") are read one by one (not a table's cells).
    `item`: the line is a list item, a rule or a promise rather than a banner.
    A label annotated in brackets ("Classification (updated 12/05 by direction) : INTERNAL")
    is read as the label too, but only to close: "Diffusion (prévue le 3 mai) : tous les
    ambassadeurs" says when, and opens nothing the bare line did not.
    """
    level = _line_level(line, heading_depth=heading_depth, item=item)
    if level == PUBLIC and withheld_claim(line):
        return INTERNAL  # "Document public : non", "Diffusion publique ? Pas encore"
    bare = _without_label_note(line)
    if bare == line:
        return level
    noted = _line_level(bare, heading_depth=heading_depth, item=item)
    if noted in (None, PUBLIC):
        return level
    return strictest([lv for lv in (level, noted) if lv is not None])


def _line_level(line: str, *, heading_depth: int = 0, item: bool = False) -> str | None:
    if for_ambassadors(line, heading_depth=heading_depth, item=item):
        return PUBLIC  # it reads exceptions among the ambassadors itself
    line = _QUOTED.sub(quoted, line)
    parts = [line] if line.lstrip().startswith("|") else re.split(r"\s\|\s|;", line)
    # Fields joined by a middle dot ("Réf. : JUR-14 · Classif. C2 Confidentiel") are read
    # one by one too, and the whole line still counts ("Notion · Publié sur le web ✅").
    parts += [p for p in re.split(r"\s[·•]\s", line) if p != line] if len(parts) == 1 else []
    levels = [lv for part in parts if (lv := _part_level(part, heading_depth, item)) is not None]
    # A later sentence of a line may open with a marking: "Pour nos ambassadeurs anglophones.
    # Public document, autumn 2026." ("…Vos données restent confidentielles." says no level).
    sentences = [s for part in parts for s in SENTENCES.split(part)[1:]]
    levels += [lv for s in sentences if (lv := _sentence_level(s)) is not None]
    if (rest := after_aside_opening(fix_typos(clean_line(line)))) is not None:
        levels += [lv] if (lv := _line_level(rest, heading_depth=heading_depth)) else []
    level = strictest(levels) if levels else None
    # "Diffusable à tous les ambassadeurs sauf les Bronze": a part of them, fail closed.
    return INTERNAL if level == PUBLIC and excepts_readers(fix_typos(clean_line(line))) else level


def _without_label_note(line: str) -> str:
    note = _ANNOTATED_LABEL.match(line)
    if note is None or not is_label(fold(note.group(2)).strip()):
        return line
    return f"{note.group(1)}{note.group(2)} :{line[note.end() :]}"


def _sentence_level(sentence: str) -> str | None:
    clean = fix_typos(clean_line(sentence))
    text = " ".join(NEGATED.sub(" ", clean.replace(" : ", " ")).split())
    found = [*_opening_phrases(text), *pronoun_levels(clean)] if text else []
    found += [lv] if text and (lv := labelled_level(clean) or WHOLE_LINE.get(text)) else []
    return strictest(found) if found else None


# A code and its level's name: "C1 – Public" is what its name says, whatever C1 means.
# A code and a restrictive level's name opening what follows ("C2 – Usage interne
# uniquement – ne pas remettre aux clients", "Classif. : C2 (int.)"): the name, since
# schemes number their levels differently.
_CODE_NAMED = re.compile(r"^(?:(?:classif|classification|sensibilite|sensitivity) : )?c[0-4] (.+)$")
_SHORT_NAMES = {"int": INTERNAL, "conf": CONFIDENTIAL}
# A company's mail domain names its staff: "Accès : tous les comptes @clienteo.fr".
_COMPANY_DOMAIN = re.compile(r"(?<![\w.])@[\w-]+(?:\.[\w-]+)+")


def _part_level(line: str, heading_depth: int, item: bool = False) -> str | None:
    clean = fix_typos(clean_line(line))
    if not clean:
        return None
    if (named := _CODE_NAMED.match(clean)) is not None and named.group(1) in WHOLE_LINE:
        return WHOLE_LINE[named.group(1)]
    if named is not None:
        rest = named.group(1)
        opened = [_SHORT_NAMES[rest]] if rest in _SHORT_NAMES else _opening_phrases(rest)
        if opened and PUBLIC not in opened:
            return strictest(opened)
    domain = _COMPANY_DOMAIN.search(line) is not None
    level = labelled_level(clean, company_domain=domain)
    if level in (None, PUBLIC) and domain and names_readers(clean):
        return INTERNAL
    if level is not None:
        return level
    words = clean.replace(" : ", " ").split()
    text = " ".join(NEGATED.sub(" ", " ".join(words)).split())
    whole = WHOLE_LINE.get(text)
    if whole is not None and (heading_depth < 2 or whole != PUBLIC):
        return whole
    # In a sentence, a phrase that ends it is what the sentence talks about.
    sentence = len(words) > FEW_WORDS and re.search(r"[.!?…]\W*$", line) is not None
    found: list[str] = []
    if len(words) <= SHORT_LINE_WORDS:
        found += _placed_phrases(text, sentence=sentence, item=item)
        if not sentence:
            found += _segment_levels(line, heading_depth, item)
    else:
        found += _opening_phrases(text, item=item)
        found += [PUBLIC] if not item and _clause_permits(line) else []
    if len(words) <= SELF_WORDS:
        # Sentence by sentence: "…s'inscrire seul. L'équipe de chaque salle…" is no
        # "seule l'équipe".
        about_data = DATA_OBJECT.search(text) is not None
        for said in SENTENCES.split(line):
            found += self_levels(said, item, about_data)
    if sentence and not item:
        found += [lv] if (lv := level_before_dash(line, heading_depth)) is not None else []
    if len(words) > SHORT_LINE_WORDS and not item:
        found += [lv] if (lv := level_after_dash(line, heading_depth)) is not None else []
    found += [lv for lv in (_leading(line), _tag(line, heading_depth, item)) if lv is not None]
    found += [lv] if (lv := tlp_level(fold(line))) is not None else []
    found += excepted(text) + not_for_outsiders(text)
    found += [lv] if (lv := setting_level(text)) is not None else []
    found += aside_levels(clean)
    return strictest(found) if found else None


# A weak word leads a marking when a separator or the end of the line follows it:
# "Interne — ne pas diffuser", "Secret", but not "Interne ou externe, le délégué…". A
# weak word before a colon and a sentence defines a word ("Interne : se dit d'un…").
_LEADING_WORD = re.compile(r"^[\W_]*(\w+)[ \t*_]*([—–:|(/!-]|$)")
DEFINITION_WORDS = 4
# A weak word and a name alone on a line that is no title: "Interne Acme", "INTERNAL ACME"
# (a title names its subject: "# Private mode").
_SHORT_LEADING = re.compile(r"^[^\w#]*(\w+)[\W_]+[A-Z]\w*[\W_]*$")
# A tag in brackets opening or closing a line: "[INTERNE] Compte rendu", "Bilan (public)".
_TAG = r"[\[(]([^\])]{1,50})[\])]"
_TAGS = (re.compile(r"^[\W_]*" + _TAG), re.compile(_TAG + r"\W*$"))
# A strong phrase is a marking at a short line's start or end ("Stratégie — usage
# interne", "Document confidentiel, réservé…"), or anywhere in a line of a few words; in
# the middle of a sentence it is a mention ("que ces informations soient confidentielles
# ou publiques").
EDGE_WORDS = 2
FEW_WORDS = 5
_ALL_STRONG = {**STRONG, **STRONG_PUBLIC, **FOREIGN_STRONG, **MORE_STRONG}
_STRONG_INDEX = PhraseIndex(_ALL_STRONG)  # the few a line may hold, in the same order


# A long line's closing clause may give leave to share ("[#annonces] Léa : le kit est en
# ligne, vous pouvez le poster partout !"): a short clause after a comma or a "!".
_CLAUSE = re.compile(r"[,;!]\s+|\s[—–]\s")
CLAUSE_WORDS = 10


def _clause_permits(line: str) -> bool:
    clauses = [fix_typos(clean_line(c)) for c in _CLAUSE.split(line)[1:]]
    return any(0 < len(c.split()) <= CLAUSE_WORDS and permitted(c) for c in clauses)


def _leading(line: str) -> str | None:
    if line.lstrip().startswith("|"):
        return None
    if (short := _SHORT_LEADING.match(line)) is not None:
        return LEADING.get(fold(short.group(1)))
    match = _LEADING_WORD.match(fold(line))
    if not match or match.group(1) not in LEADING:
        return None
    if match.group(2) == ":" and len(line[match.end() :].split()) >= DEFINITION_WORDS:
        return None
    return LEADING[match.group(1)]


def _tag(line: str, heading_depth: int, item: bool = False) -> str | None:
    levels = []
    # An item's closing bracket qualifies its last words: "les tarifs négociés (confidentiels)".
    for pattern in _TAGS[:1] if item else _TAGS:
        if (match := pattern.search(fold(line))) is not None:
            inner = fix_typos(clean_line(match.group(1)))
            # "(ne pas diffuser hors équipe)", "(à ne pas diffuser aux clients)"
            said = _opening_phrases(re.sub(r"^a (?=ne )", "", inner))
            level = WHOLE_LINE.get(inner) or CODES.get(inner) or TAG_WORDS.get(inner)
            level = level or (strictest(said) if said else None)
            if level is not None and (heading_depth < 2 or level != PUBLIC):
                levels.append(level)
    return strictest(levels) if levels else None


# A banner's fields, one after the other: "Interne à X — ne pas transmettre", "DRAFT —
# internal, not for circulation", "Mise à jour : CONFIDENTIEL — direction uniquement".
_FIELD_BREAK = re.compile(r"\s*([—–:,·•›]|\s[-/]\s|\.\s)\s*")


def _segment_levels(line: str, heading_depth: int, item: bool = False) -> list[str]:
    pieces = _FIELD_BREAK.split(line)
    found: list[str] = []
    restrictive_label = None  # "Interne : vous pouvez le montrer à vos amis": the label wins
    for index in range(0, len(pieces), 2):
        segment = fix_typos(clean_line(pieces[index])).replace(" : ", " ")
        if not segment:
            continue
        is_label = index + 1 < len(pieces) and pieces[index + 1] == ":"
        whole = None if is_label else (WHOLE_LINE.get(segment) or CODES.get(segment))
        if is_label and index > 0 and index + 2 < len(pieces):  # "Owner : X — Diffusion : Y"
            value = fix_typos(clean_line(pieces[index + 2]))
            found += [lv] if (lv := labelled_level(f"{segment} : {value}")) else []
        if whole is not None and (heading_depth < 2 or whole != PUBLIC):
            found.append(whole)
        found += _opening_phrases(segment, item=item)
        said = (kept_for(segment), asked_not_to_share(segment), held_back(segment))
        found += [lv for lv in said if lv is not None]
        found += [lv] if (lv := _tag(pieces[index], heading_depth, item)) is not None else []
        if permitted(segment):
            found.append(restrictive_label or PUBLIC)
        found += [lv] if (lv := banner_word(segment, pieces[index], index == 0)) else []
        named = WHOLE_LINE.get(segment) if is_label else None
        restrictive_label = named if named not in (None, PUBLIC) else None
    return found


def _placed_phrases(text: str, *, sentence: bool = False, item: bool = False) -> list[str]:
    words = text.split()
    found: list[str] = []
    for phrase, level in _STRONG_INDEX.among(words):
        size = len(phrase.split())
        for start in range(len(words) - size + 1):
            if " ".join(words[start : start + size]) != phrase:
                continue
            if item and _conduct_rule(phrase, " ".join(words[start + size :])):
                break
            after = " ".join(words[start + size :])
            if level == PUBLIC and (
                _NEGATION.search(" ".join(words[:start])) or _FORBIDDEN_AFTER.match(after)
            ):
                # "Pas de diffusion externe", "No external distribution", "Diffusion
                # externe interdite"
                level = INTERNAL
            at_edge = start < EDGE_WORDS or (start + size == len(words) and not sentence)
            # After the title's noun: "Compte rendu confidentiel du comité de direction".
            at_edge = at_edge or (level != PUBLIC and not item and start == _lead_words(text))
            if item:
                # A list item is a rule, a step or a promise: a level word inside it
                # ("…reste confidentielle", "garder confidentielles les…") says what
                # something else is; only an item that opens with it marks the document.
                at_edge = start == 0 or size == len(words)
            if at_edge or (len(words) <= FEW_WORDS and not item):
                found.append(level)
                break
    return found


def _opening_phrases(text: str, *, item: bool = False) -> list[str]:
    """A strong phrase that opens a line of any length marks it ("Document interne de
    l'équipe des relations avec le public, mis à jour en septembre")."""
    return [
        level
        for phrase, level in _STRONG_INDEX.opening(text)
        if f"{text} ".startswith(f"{phrase} ")
        and not (item and _conduct_rule(phrase, text[len(phrase) :]))
    ]


# A title's noun, then a restrictive phrase: it describes the document.
_DOCUMENT_LEAD = re.compile(
    r"^(?:document de travail|document|doc|compte rendu|cr|note de travail|note|notes|rapport"
    r"|dossier|memo|fiche|pv|proces verbal|bilan|synthese|presentation|releve de decisions"
    r"|minutes|report|memorandum|briefing|working paper|working document)(?= )"
)


def _lead_words(text: str) -> int:
    """How many words the document's own noun takes at `text`'s start (-1: none)."""
    found = _DOCUMENT_LEAD.match(text)
    return len(found.group().split()) if found else -1


def _conduct_rule(phrase: str, after: str) -> bool:
    """A prohibition of something else than the document ("ne pas publier la position
    des colonies"): a rule for the readers, no marking."""
    return PROHIBITIONS.match(f"{phrase} ") is not None and forbids_something_else(after.strip())

"""What an offline answer quotes: whole units, chosen by how much of the question they hold.

- a paragraph whole when it is short, else its best run of sentences (about 700
  characters at most, cut with an ellipsis);
- a list with the sentence that introduces it;
- a table's header with the rows the question points to (all rows when the question is
  about the table as a whole), shown as a compact table.

Never a heading alone (a short line without closing punctuation), never a sentence ending
in ":" without what it introduces.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace
from itertools import takewhile
from typing import Any

from knowledge.chunking import split_sentences
from knowledge.document import HEADING_SEPARATOR, LIST, PARAGRAPH, TABLE
from knowledge.quote_language import LANGUAGE_BONUS, with_language_bonus
from knowledge.quote_markings import is_marking
from knowledge.retrieval import Hit
from knowledge.row_records import with_continuations
from knowledge.table_notes import marks_in, note_mark, with_notes
from knowledge.text import detect_language
from knowledge.units import Unit, compact_table, parse_row, read_units

PASSAGE_MAX_CHARS = 700
# A paragraph a little longer than a passage is quoted whole (its last sentence concludes).
PARAGRAPH_WHOLE_CHARS = 800
# Three quotes (two before): the unit richest in the question's words is often not the one
# that answers; a third lets retrieval's first hit be seen (`quote_choice.with_top_hit`).
MAX_QUOTES = 3
# A second quote only when it holds most of what the first holds of the question: from
# the first one's chunk when it holds a word the first does not; from another section
# even when it does not (two sections answer about as well: the reader sees both).
# 0.85 -> 0.75 with the bonuses below (0.2/0.1 -> 0.3/0.4): whole unit on structure_dev3
# 0.537 -> 0.575, structure unchanged (0.812); a paraphrase often leaves out one heavy word
# of the question in the section that answers, which then held 75-85 % of the first's score.
SECOND_QUOTE_SHARE = 0.75
RANK_PENALTY = 0.03
# A word of the question the heading names counts HEADING_BONUS more, one the unit's own
# text holds OWN_BONUS more: a unit under a heading naming the subject and saying it too
# comes first ("the benefits of the Phare level" are under "Niveau Phare", not in a list
# that cites it), and a unit that says it itself before one whose heading alone names it.
# Chosen with SECOND_QUOTE_SHARE on the structure dev sets (0.2 and 0.1 before).
HEADING_BONUS = 0.3
OWN_BONUS = 0.4
# A heading that is a question (a FAQ's) shares the wording of questions asked about
# something else ("Ma candidature a été refusée, puis-je la représenter ?" for "combien de
# temps pour une réponse après avoir postulé ?"): its words count half the bonus. Whole
# unit on the structure dev sets with 0.15: heldout4 0.635 -> 0.644, others unchanged;
# 0 also lost one on heldout5 (0.766 -> 0.757).
QUESTION_HEADING_BONUS = 0.15
# Every passage in a French question's language counts `quote_language.LANGUAGE_BONUS`
# more (the programs write their rules in French); for an English question, the French
# version of a rule steps back before its English version, and only it
# (`knowledge.quote_language`).
ALWAYS_PREFERRED = frozenset({"french"})
# A passage that gives the count a question asks for ("combien de points": a number of
# points beside what is asked about) counts this much more. Structure whole unit: 0.3 and
# 0.4 give 0.838, 0.5 to 0.7 give 0.850 with every held-out set unchanged (0.6, the middle);
# 1.0, or quoting only such passages, lost a row on a held-out set: a passage richer in
# the question's words may give the count in a way the rule does not read.
COUNT_BONUS = 0.6
# A unit of a passage that answers (`knowledge.answer`: it reaches the support bar and
# holds what is asked) counts this much more than one of a passage that does not: among
# passages rich in the question's words, the one judged to answer is quoted first. Whole
# unit on the structure dev sets with 0.05: heldout3 0.583 -> 0.604, others unchanged;
# 0.1 won one more on dev3 and lost two on heldout3.
ANSWERING_BONUS = 0.05
# A document's title counts this much (its share of the question) for each of its units:
# it says what the document is about against other documents, and the same for all of its
# own units (inside the share of `_scored` it would blur which of them answers).
TITLE_BONUS = 0.3
# Rows whose values hold at least this share of the best row's score are shown.
ROW_SHARE = 0.5
MAX_ROWS = 8
HEADING_LIKE_WORDS = 8
ELLIPSIS = "…"
WHOLE = -1  # the `order` of a passage that quotes a whole short section

Support = Callable[[Any, str], float]  # knowledge.answer.support


@dataclass(frozen=True, slots=True)
class Passage:
    score: float
    rank: int  # the hit it comes from
    order: int  # its position in that hit
    text: str
    covers: str = ""  # the text its score was read from (heading path and unit)
    section: str = ""  # the heading path of the hit it comes from
    language: str = ""  # the language of the hit it comes from


def clip(text: str, limit: int = PASSAGE_MAX_CHARS) -> str:
    if len(text) <= limit:
        return text
    return re.sub(r"\s+\S*$", "", text[:limit]) + " " + ELLIPSIS


def heading_like(text: str) -> bool:
    """A short line without closing punctuation: a heading, not something to quote alone."""
    return len(text.split()) <= HEADING_LIKE_WORDS and not text.rstrip().endswith(
        (".", "!", "?", "…", ")", "»", '"')
    )


def _question(text: str) -> bool:
    """A FAQ's question left in the text: its answer is what to quote."""
    return text.endswith("?") and len(text.split()) <= 30


def quote_text(
    unit: Unit, rows: Sequence[str], columns: list[int] | None = None, gaps: bool = False
) -> str:
    """The unit as quoted: a list with its intro, a table's header with `rows` (and only
    `columns`, when given). `gaps`: an ellipsis stands where list items were left out."""
    intro = [unit.intro] if unit.intro else []
    if unit.kind == LIST:
        items = [f"{unit.mark(i)} {x}" for i, x in enumerate(unit.items) if x in rows]
        if gaps and len(items) < len(unit.items):
            return _fit(intro, unit.item_lines(rows, ELLIPSIS))
        return _fit(intro, items or unit.item_lines())
    if unit.kind == TABLE:
        table = compact_table(unit, list(rows), columns).splitlines()
        return _fit(intro + table[:1], table[1:])
    return clip(unit.intro)


def _columns(words: Sequence[Any], support: Support, unit: Unit) -> list[int] | None:
    """For a table too wide to quote whole: its first column and those the question names
    ("Cible 2027" for "les objectifs 2027"), when it names some but not all."""
    named = [j for j, name in enumerate(unit.header) if j and support(words, name) > 0]
    if not named or len(named) + 1 >= len(unit.header):
        return None
    return [0, *named]


def _fit(head: list[str], lines: list[str]) -> str:
    """`head` then as many `lines` as fit in a passage, an ellipsis for the rest. At least
    one line that is not an ellipsis follows `head`: never an introduction alone."""
    out = list(head)
    kept = 0
    for line in lines:
        cut = line != ELLIPSIS and kept and len("\n".join([*out, line])) > PASSAGE_MAX_CHARS
        if line == ELLIPSIS or cut:
            if out[-1:] != [ELLIPSIS]:
                out.append(ELLIPSIS)
            if cut:
                break
            continue
        out.append(clip(line))
        kept += 1
    return "\n".join(out)


def _sentence_window(words: Sequence[Any], support: Support, text: str) -> str:
    """A long paragraph's best sentence and those that follow it, within a passage."""
    sentences = split_sentences(text)
    if len(text) <= PARAGRAPH_WHOLE_CHARS:
        return text
    if len(sentences) < 2:
        return clip(text)
    best = max(range(len(sentences)), key=lambda i: (support(words, sentences[i]), -i))
    if best and sentences[best - 1].endswith(":"):
        best -= 1  # the sentence that announces the best one comes with it
    chosen = [sentences[best]]
    for sentence in sentences[best + 1 :]:
        if len(" ".join([*chosen, sentence])) > PASSAGE_MAX_CHARS:
            break
        chosen.append(sentence)
    while len(chosen) > 1 and chosen[-1].endswith(":"):
        chosen.pop()  # never end on a sentence that announces what is cut
    text_out = clip(" ".join(chosen))
    prefix = f"{ELLIPSIS} " if best else ""
    suffix = f" {ELLIPSIS}" if best + len(chosen) < len(sentences) else ""
    return f"{prefix}{text_out}{suffix}".replace(f"{ELLIPSIS} {ELLIPSIS}", ELLIPSIS)


def _matching(words: Sequence[Any], support: Support, unit: Unit, context: str) -> list[str]:
    """The rows (or list items) a question points to: those holding the words the context
    does not. A list that fits is kept whole: its items only make sense together."""
    if unit.kind == LIST and not quote_text(unit, unit.items).endswith(ELLIPSIS):
        return list(unit.items)
    missing = [w for w in words if support([w], context) == 0]
    if not missing:
        return list(unit.items)
    scores = []
    for line in unit.items:
        parsed = parse_row(line) if unit.kind == TABLE else None
        values = " ".join(parsed[1]) if parsed else line
        scores.append(support(missing, values))
    top = max(scores, default=0.0)
    if top <= 0:
        return list(unit.items)
    keep = [line for line, s in zip(unit.items, scores, strict=True) if s >= ROW_SHARE * top]
    if unit.kind == TABLE:
        keep = with_continuations(unit.items, keep)
    if unit.kind == LIST:
        keep = unit.with_sub_items(keep)
    return keep[:MAX_ROWS]


def unit_passages(
    words: Sequence[Any], support: Support, hit: Hit, rank: int, language: str = ""
) -> list[Passage]:
    """Every quotable unit of one hit, scored (`language`: the question's)."""
    out: list[Passage] = []
    units = read_units(hit.text)
    own = detect_language(hit.text)
    bonus = LANGUAGE_BONUS if language in ALWAYS_PREFERRED and own == language else 0.0
    quoted: list[str | None] = []  # each unit as the whole section would quote it
    rows_above: str | None = None  # the rows quoted of the table right above (its notes)
    for order, unit in enumerate(units):
        if unit.kind == PARAGRAPH and order < 2 and is_marking(unit.intro, hit.section):
            continue  # the document's own marking (who may read it) answers nothing
        if unit.kind == PARAGRAPH:
            text = unit.intro
            quoted.append(text if len(text) <= PASSAGE_MAX_CHARS else None)
            if rows_above is not None and note_mark(text):
                if note_mark(text) not in marks_in(rows_above):
                    quoted[-1] = ""  # a note on rows the whole section does not quote
            else:
                rows_above = None
            if heading_like(text) or text.endswith(":") or _question(text):
                continue
            body = _sentence_window(words, support, text)
        else:
            context = f"{hit.section}\n{unit.intro}\n{' '.join(unit.header)}"
            chosen = _matching(words, support, unit, context)
            body = quote_text(unit, chosen, gaps=unit.kind == LIST)
            if unit.kind == TABLE and body.endswith(ELLIPSIS):
                body = quote_text(unit, chosen, _columns(words, support, unit))
            text = "\n".join([unit.intro, *chosen])
            quoted.append(None if body.endswith(ELLIPSIS) else body)
            rows_above = body if unit.kind == TABLE else None
            if unit.kind == TABLE:
                after = takewhile(lambda u: u.kind == PARAGRAPH, units[order + 1 :])
                body = with_notes(body, [u.intro for u in after], PASSAGE_MAX_CHARS)
        out.append(_bonus(_scored(words, support, hit, rank, order, text, body, own), bonus))
    whole = _whole_section(units, quoted)
    if whole is not None and len(out) > 1:
        out.append(_bonus(_scored(words, support, hit, rank, WHOLE, whole, whole, own), bonus))
    return out


def _scored(
    words: Sequence[Any],
    support: Support,
    hit: Hit,
    rank: int,
    order: int,
    text: str,
    body: str,
    language: str = "",
) -> Passage:
    heading = _below_title(hit.section)
    asked = heading.rsplit(HEADING_SEPARATOR, 1)[-1].rstrip().endswith("?")
    title = hit.section[: len(hit.section) - len(heading)] if heading != hit.section else ""
    score = (
        support(words, f"{heading}\n{text}")
        + TITLE_BONUS * support(words, title)
        + (QUESTION_HEADING_BONUS if asked else HEADING_BONUS) * support(words, heading)
        + OWN_BONUS * support(words, text)
        - RANK_PENALTY * rank
    )
    covers = f"{heading}\n{text}"
    return Passage(score, rank, order, body, covers, hit.section, language)


def _bonus(passage: Passage, bonus: float) -> Passage:
    return replace(passage, score=passage.score + bonus) if bonus else passage


def _below_title(section: str) -> str:
    """The heading path without its first part, the document's title: every passage of a
    document shares it, so it says nothing about which one answers."""
    parts = section.split(HEADING_SEPARATOR, 1)
    return parts[1] if len(parts) > 1 else section


def _whole_section(units: list[Unit], quoted: list[str | None]) -> str | None:
    """A short chunk quoted whole: a short section is one unit (a table with the rows the
    question points to, a list whole)."""
    if None in quoted or (units and units[-1].kind == PARAGRAPH and units[-1].intro.endswith(":")):
        return None
    text = "\n".join(q for q in quoted if q)
    return text if len(text) <= PASSAGE_MAX_CHARS else None


def _distinct(a: Passage, b: Passage) -> bool:
    """Two passages that do not repeat each other (a whole section holds its units)."""
    if a.rank == b.rank and WHOLE in (a.order, b.order):
        return False
    return a.text not in b.text and b.text not in a.text


def _adds(words: Sequence[Any], support: Support, first: Passage, other: Passage) -> bool:
    """`other` holds a question word that `first` does not."""
    missing = [w for w in words if support([w], first.covers) == 0]
    return bool(missing) and support(missing, other.covers) > 0


def _same_section(a: Passage, b: Passage) -> bool:
    """Two passages of one chunk, or of two chunks of one long section."""
    return a.rank == b.rank or (bool(a.section) and a.section == b.section)


def _partial(passage: Passage) -> bool:
    """A paragraph quoted in part (a list or a table leaves out on purpose what the
    question does not point to), or one that only leads in to what follows."""
    text = passage.text.rstrip()
    if "\n" in text:
        return False
    return text.startswith(ELLIPSIS) or text.endswith((ELLIPSIS, ":"))


def _continuation(first: Passage, scored: Sequence[Passage]) -> Passage | None:
    """The unit that follows a partial first quote in its own chunk: the rest of what it
    began says more than another section's passage."""
    if first.order == WHOLE or not _partial(first):
        return None
    return next(
        (p for p in scored if p.rank == first.rank and p.order == first.order + 1),
        None,
    )


def best_passages(
    words: Sequence[Any],
    hits: Sequence[Hit],
    support: Support,
    language: str = "",
    prefer: Callable[[Passage], bool] | None = None,
    answering: Collection[int] = (),
    extra: Callable[[Passage], float] | None = None,
) -> list[Passage]:
    """At most two passages: the best unit, then what follows it when it is partial, or
    else a second one nearly as good, from another section or holding some of what the
    first leaves out of the question (`language`: the question's); `prefer`red passages
    (they give the count asked for) count `COUNT_BONUS` more, and those of the hits ranked
    in `answering` (the passages judged to answer) `ANSWERING_BONUS` more, each `extra`
    more (`knowledge.quote_kind.quote_bonus`)."""
    scored = [
        p
        for rank, hit in enumerate(hits)
        for p in unit_passages(words, support, hit, rank, language)
    ]
    if language not in ALWAYS_PREFERRED:
        scored = with_language_bonus(scored, language, [p.language for p in scored])
    scored = [p for p in scored if p.score > 0]
    if answering:
        scored = [
            replace(p, score=p.score + ANSWERING_BONUS) if p.rank in answering else p
            for p in scored
        ]
    if prefer is not None:
        scored = [replace(p, score=p.score + COUNT_BONUS) if prefer(p) else p for p in scored]
    if extra is not None:
        scored = [replace(p, score=p.score + extra(p)) for p in scored]
    scored.sort(key=lambda p: (-p.score, p.rank, p.order))
    if not scored:
        return []
    first = scored[0]
    following = _continuation(first, scored)
    if following is not None:
        return [first, following]
    chosen = [first]
    for passage in scored[1:]:
        if len(chosen) >= MAX_QUOTES or passage.score < SECOND_QUOTE_SHARE * first.score:
            break
        if _same_section(first, passage) and not _adds(words, support, first, passage):
            continue
        if all(_distinct(passage, c) for c in chosen):
            chosen.append(passage)
    return chosen

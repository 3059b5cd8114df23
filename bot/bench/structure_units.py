"""Do the loaders keep each gold unit whole? (a diagnostic for loaders and chunking)

`python -m bot.bench.structure_units DIR [--items]` reads the documents of the structure
set in DIR exactly as ingestion does (`load`, FAQ sections, `chunk_sections`) — no index,
no ranking, no answer — and tells for every question whether its gold fragments lie
together in one stored chunk, in one unit of it (a paragraph, a list with its
introduction, a table row), under a heading path that ends with the gold section's path.

When not, why (the first cause found, in this order):

- `text lost`: a fragment is nowhere in the document's chunks, even across line breaks;
- `page break`: a fragment, or the unit, runs across two chunks on different pages;
- `table cell wrap` / `hard wrap` / `item split`: a fragment runs across two lines of the
  stored text (a PDF table cell or row read as two rows, a wrapped line read as two
  paragraphs, a list item cut);
- `list intro split`: a list and the sentence introducing it in different chunks or units;
- `spurious heading`: the unit cut by a heading found inside it;
- `chunk split`: the unit cut in two chunks of one section (size);
- `heading not detected` / `heading as text`: the gold heading is no chunk's heading
  (read as a line of body text, or not at all);
- `wrong heading path`: the unit's chunk has the heading, but another path (level);
- `table row split` / `not one unit`: in the right chunk, not in one unit.

Held-out sets are counted, their items never printed.
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from bot.bench.held_out import is_held_out
from bot.bench.retrieval_structure import section_matches
from bot.bench.structure_set import load_structure_set
from knowledge.chunking import Chunk, chunk_sections
from knowledge.document import HEADING_SEPARATOR, LIST, TABLE
from knowledge.faq import split_faqs
from knowledge.loaders import clean_file_title, load
from knowledge.text import normalize
from knowledge.units import Unit, read_units

OK = "ok"


def _fold(text: str) -> str:
    return normalize(text).casefold()


def document_chunks(path: Path) -> list[Chunk]:
    """The chunks ingestion stores for one file."""
    document = load(path.name, path.read_bytes())
    title = document.title or clean_file_title(path.name)
    return chunk_sections(split_faqs(document.sections), title)


@dataclass(frozen=True, slots=True)
class Verdict:
    cause: str
    detail: str = ""


def _lines(chunk: Chunk) -> list[str]:
    return [_fold(line) for line in chunk.text.splitlines() if line.strip()]


def _unit_texts(unit: Unit) -> list[str]:
    """What must hold all fragments: the whole unit, or for a table each row line."""
    if unit.kind == TABLE:
        return [_fold(f"{unit.intro} {row}") for row in unit.items]
    if unit.kind == LIST:  # items with their numbers ("2. …"), as quoted
        return [_fold(" ".join([unit.intro, *unit.item_lines()]))]
    return [_fold(" ".join([unit.intro, *unit.items]))]


def _holders(chunks: list[Chunk], fragment: str) -> list[int]:
    return [k for k, chunk in enumerate(chunks) if fragment in _fold(chunk.text)]


def _wrap_cause(chunks: list[Chunk], fragment: str, unit_kind: str) -> str | None:
    """Why a fragment is in no chunk: it runs across lines or chunks (or is lost)."""
    for k, chunk in enumerate(chunks):
        joined = " ".join(_lines(chunk))
        if fragment in joined:
            if unit_kind.startswith("table"):
                return "table cell wrap"
            return "item split" if unit_kind == "list" else "hard wrap"
        if k + 1 < len(chunks) and fragment in f"{joined} {' '.join(_lines(chunks[k + 1]))}":
            if chunk.page != chunks[k + 1].page:
                return "page break"
            return "chunk split"
    return None


def judge(chunks: list[Chunk], question: dict) -> Verdict:
    """Whether the question's gold unit is stored whole under its heading, else why."""
    fragments = [_fold(g) for g in question["gold"]]
    gold_section = question["gold_section"]
    unit_kind = question["unit"]
    right = [k for k, c in enumerate(chunks) if section_matches(c.heading, gold_section)]
    for k in right:
        for unit in read_units(chunks[k].text):
            if any(all(f in text for f in fragments) for text in _unit_texts(unit)):
                return Verdict(OK)
    holders = {f: _holders(chunks, f) for f in fragments}
    for fragment, found in holders.items():
        if not found:
            cause = _wrap_cause(chunks, fragment, unit_kind) or "text lost"
            return Verdict(cause, fragment)
    together = [k for k in range(len(chunks)) if all(k in found for found in holders.values())]
    if not together:
        return _split_unit(chunks, holders, unit_kind, gold_section)
    if not any(k in right for k in together):
        return _heading_cause(chunks, together[0], gold_section)
    k = next(k for k in together if k in right)
    units = read_units(chunks[k].text)
    kinds = [u.kind for u in units if any(f in _fold(u.text) for f in fragments)]
    if unit_kind == "list" and "list" in kinds and "paragraph" in kinds:
        return Verdict("list intro split", ",".join(kinds))
    if unit_kind.startswith("table") and "table" in kinds:
        return Verdict("table row split", ",".join(kinds))
    if unit_kind == "paragraph" and kinds.count("paragraph") > 1:
        return Verdict("hard wrap", ",".join(kinds))
    return Verdict("not one unit", ",".join(kinds))


def _split_unit(
    chunks: list[Chunk], holders: dict[str, list[int]], unit_kind: str, gold_section: str
) -> Verdict:
    """The fragments are stored, but in different chunks."""
    first = [found[0] for found in holders.values()]
    spread = sorted(set(first))
    pages = {chunks[k].page for k in spread}
    headings = {chunks[k].heading for k in spread}
    detail = " | ".join(f"{chunks[k].heading} p{chunks[k].page}" for k in spread)
    if len(headings) > 1:
        return Verdict("spurious heading", detail)
    if len(pages) > 1:
        return Verdict("page break", detail)
    if unit_kind == "list":
        return Verdict("list intro split", detail)
    return Verdict("chunk split", detail)


def _heading_cause(chunks: list[Chunk], k: int, gold_section: str) -> Verdict:
    """The fragments are in chunk k, whose heading path is not the gold one."""
    last = _fold(gold_section.split(HEADING_SEPARATOR)[-1])
    found = chunks[k].heading
    tails = {_fold(c.heading.split(HEADING_SEPARATOR)[-1]) for c in chunks}
    if any(section_matches(tail, last) for tail in tails):
        return Verdict("wrong heading path", found)
    if any(section_matches(line, last) for c in chunks for line in _lines(c)):
        return Verdict("heading as text", found)
    return Verdict("heading not detected", found)


def diagnose(folder: Path) -> list[tuple[dict, Verdict]]:
    questions = load_structure_set(folder)
    cache: dict[str, list[Chunk]] = {}
    out = []
    for question in questions:
        name = question["gold_doc"]
        if name not in cache:
            cache[name] = document_chunks(folder / "docs" / name)
        out.append((question, judge(cache[name], question)))
    return out


def summary(found: list[tuple[dict, Verdict]]) -> str:
    causes = Counter(v.cause for _, v in found)
    formats = Counter(
        (Path(q["gold_doc"]).suffix.lstrip("."), v.cause) for q, v in found if v.cause != OK
    )
    lines = [f"{len(found)} questions, {causes[OK]} whole in one unit under their heading"]
    for cause, n in causes.most_common():
        if cause != OK:
            where = ", ".join(f"{fmt} {m}" for (fmt, c), m in sorted(formats.items()) if c == cause)
            lines.append(f"  {cause:<22}{n:>4}   ({where})")
    return "\n".join(lines)


def main(argv: list[str]) -> None:
    folder = Path(argv[0])
    found = diagnose(folder)
    print(summary(found))
    if "--items" not in argv:
        return
    if is_held_out(folder):
        print("A held-out set is measured, never read: --items is not shown.")
        return
    for question, verdict in found:
        if verdict.cause != OK:
            print(
                f"[{verdict.cause}] {question['id']} {question['unit']} {question['gold_doc']}"
                f" › {question['gold_section']} :: {verdict.detail}"
            )


if __name__ == "__main__":
    main(sys.argv[1:])

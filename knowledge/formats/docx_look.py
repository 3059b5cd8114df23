"""DOCX written without heading styles: headings read from how they look.

Many files are typed in the Normal style: a heading is a short bold line, sometimes in a
bigger font (a list typed with "- " or "•" is read as in every format). When a document has no
heading style at all, a short line with no closing punctuation, bold throughout or in a
font bigger than the body's, is a heading; bigger fonts are higher levels, and a biggest
font used once, on the first line, is the title.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from knowledge.document import typed_item

MAX_HEADING_WORDS = 14
MAX_LEVEL = 3
MAX_TITLE_WORDS = 30
_CLOSING = re.compile(r"[.!?:;,…]\s*$")


def _size(run: Any, paragraph: Any) -> float | None:
    size = run.font.size
    if size is None and paragraph.style is not None and paragraph.style.font.size is not None:
        size = paragraph.style.font.size
    return size.pt if size is not None else None


def _bold(run: Any, paragraph: Any) -> bool:
    if run.bold is not None:
        return bool(run.bold)
    style = paragraph.style
    return bool(style is not None and style.font.bold)


def _look(paragraph: Any) -> tuple[bool, float | None, bool]:
    """(bold throughout, the biggest font size, italic throughout) of a paragraph's runs
    that hold text."""
    runs = [r for r in paragraph.runs if r.text.strip()]
    if not runs:
        return False, None, False
    sizes = [s for r in runs if (s := _size(r, paragraph)) is not None]
    italic = all(r.italic for r in runs)
    return all(_bold(r, paragraph) for r in runs), max(sizes) if sizes else None, italic


def _could_head(text: str, asks: bool = False) -> bool:
    """Few words, no closing punctuation (but a question mark when `asks`), no typed list
    marker."""
    return (
        0 < len(text.split()) <= MAX_HEADING_WORDS
        and (not _CLOSING.search(text) or (asks and text.rstrip().endswith("?")))
        and not typed_item(text)
    )


def visual_levels(paragraphs: Sequence[Any], texts: Sequence[str]) -> dict[int, int]:
    """Heading levels by position in `paragraphs` (0 for the title), read from the look.
    At one size, a bold italic heading stands under a bold one ("Un conseil" under "Les
    salons Discord"); a long bold first line with no closing punctuation is the title."""
    looks = [_look(p) for p in paragraphs]
    body = Counter(
        size for (bold, size, _), text in zip(looks, texts, strict=True) if text and not bold
    )
    body_size = body.most_common(1)[0][0] if body else None
    candidates: dict[int, tuple[float, bool]] = {}
    for index, ((bold, size, italic), text) in enumerate(zip(looks, texts, strict=True)):
        if not _could_head(text):
            continue
        bigger = size is not None and (body_size is None or size > body_size + 0.5)
        if bold or bigger:
            candidates[index] = (size if size is not None else (body_size or 0.0), italic)
    if not candidates:
        return {}
    keys = sorted(set(candidates.values()), key=lambda k: (-k[0], k[1]))
    first_text = next((i for i, t in enumerate(texts) if t), None)
    biggest = [i for i, k in candidates.items() if k == keys[0]]
    titled = len(keys) > 1 and biggest == [first_text]
    levels: dict[int, int] = {}
    for index, key in candidates.items():
        rank = keys.index(key)
        levels[index] = min(rank if titled else rank + 1, MAX_LEVEL)
    if not titled and first_text is not None and first_text not in candidates:
        bold, _, _ = looks[first_text]
        text = texts[first_text]
        if bold and len(text.split()) <= MAX_TITLE_WORDS and not _CLOSING.search(text):
            levels[first_text] = 0
    return levels


def bold_heading(paragraph: Any, text: str) -> bool:
    """A short paragraph set in bold throughout, without closing punctuation: in a document
    whose headings have styles, such a Normal paragraph still heads what follows (a run-in
    subheading typed by hand), one level below the last styled heading; it may ask a
    question ("Et si le calendrier change ?", a FAQ's question under its styled heading)."""
    return _could_head(text, asks=True) and _look(paragraph)[0]

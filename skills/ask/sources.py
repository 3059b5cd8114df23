"""Numbered sources: which ones a text cites, and how they are shown under an answer."""

from __future__ import annotations

import re
from collections.abc import Sequence

from knowledge.answer import source_label
from knowledge.retrieval import Hit
from prompts.catalog import text

_CITATION = re.compile(r"\[(\d{1,2})\]")


def cited_numbers(answer_text: str, available: int) -> list[int]:
    """Source numbers (1-based) cited as [n] in `answer_text`, in order, within range."""
    seen: dict[int, None] = {}
    for match in _CITATION.finditer(answer_text):
        n = int(match.group(1))
        if 1 <= n <= available:
            seen.setdefault(n)
    return list(seen)


def renumber(answer_text: str, hits: Sequence[Hit]) -> tuple[str, list[Hit]]:
    """Number the cited sources 1, 2… in order of first citation; drop the uncited ones.

    A citation of a number outside `hits` (a model's slip) is removed from the text.
    When nothing is cited, every hit stays, in rank order.
    """
    cited = cited_numbers(answer_text, len(hits))
    if not cited:
        return _CITATION.sub("", answer_text).strip(), list(hits)
    new_number = {old: new for new, old in enumerate(cited, start=1)}

    def replace(match: re.Match[str]) -> str:
        n = new_number.get(int(match.group(1)))
        return f"[{n}]" if n else ""

    return _CITATION.sub(replace, answer_text), [hits[n - 1] for n in cited]


def section_suffix(lang: str, hit: Hit) -> str:
    """ " — Section" after a document name, or nothing when the chunk has no heading."""
    return text(lang, "ask.section_sep") + hit.section if hit.section else ""


def source_line(lang: str, n: int, hit: Hit) -> str:
    """ "[n] Title › Section (p. N)"; the file's name for a passage without a heading."""
    page = text(lang, "ask.page", page=hit.page) if hit.page else ""
    return text(lang, "ask.source", n=n, where=source_label(hit), page=page)


def sources_context(lang: str, sources: Sequence[Hit], title_key: str = "sources_title") -> str:
    """The small print under an answer: "Sources :" then one numbered line per source."""
    lines = [text(lang, f"ask.{title_key}")]
    lines += [source_line(lang, n, hit) for n, hit in enumerate(sources, start=1)]
    return "\n".join(lines)


def related_context(lang: str, related: Sequence[Hit]) -> str | None:
    """Under an "I don't know": where the documents come closest, to read for oneself."""
    return sources_context(lang, related, "related_title") if related else None


def stored_sources(sources: Sequence[Hit]) -> list[dict[str, object]]:
    return [{"n": n, **hit.as_source()} for n, hit in enumerate(sources, start=1)]

"""A document's front matter (the few words under its title, before its first heading)
does not outrank the section that answers a question about the document's subject
(`index.front_matter`, `index.own_headings`, `retrieval.FRONT_MATTER_FACTOR`)."""

from __future__ import annotations

from pathlib import Path

from knowledge.index import FRONT_MATTER_WORDS, front_matter, own_headings
from tests.knowledge.conftest import lexical_kb

PUBLIC = {"public"}

GUIDELINES = """# Brand guidelines for ambassadors

_Prepared by the design studio, version 1.2, June 2026_

## Photos

Good photos of the network share a few features: real people at work on real bikes,
daylight, no stock images.

## Logo

The logo keeps a clear space equal to the height of the letter R on every side.
"""

WORKSHOPS = """# Workshops

## Opening hours

Every workshop opens from Tuesday to Saturday, 10 am to 7 pm.
"""


def test_front_matter_is_the_short_text_under_the_title_of_a_headed_document() -> None:
    sections = ["Guide", "Guide › Photos", "Guide", "FAQ"]
    doc_ids = ["g", "g", "g", "f"]
    words = [8, 8, FRONT_MATTER_WORDS + 1, 8]
    mask = front_matter(sections, doc_ids, lambda i: words[i])
    # A long introduction is content; a document with no heading is all under its title.
    assert mask.tolist() == [True, False, False, False]


def test_front_matter_has_no_heading_field_a_headless_document_keeps_its_title() -> None:
    sections = ["Guide", "Guide › Photos", "FAQ"]
    assert own_headings(sections, ["g", "g", "f"]) == ["", "Photos", "FAQ"]


def test_front_matter_comes_after_the_documents_sections(tmp_path: Path) -> None:
    kb = lexical_kb(tmp_path, {"guidelines.md": GUIDELINES, "workshops.md": WORKSHOPS})
    question = "What do the brand guidelines tell ambassadors about stock images?"
    hits = kb.search("c", question, allowed_sensitivities=PUBLIC)
    # Every section of the document holds the title's words too; its date line, short,
    # matched them best and came second, before the document's other section.
    assert [h.section.rsplit(" › ", 1)[-1] for h in hits[:3]] == [
        "Photos",
        "Logo",
        "Brand guidelines for ambassadors",
    ]
    # Asked about the edition, the front matter is still found first.
    hits = kb.search("c", "Which version of the brand guidelines?", allowed_sensitivities=PUBLIC)
    assert "June 2026" in hits[0].text, [h.text for h in hits]

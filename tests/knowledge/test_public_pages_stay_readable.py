"""Real public pages stay readable: the CNIL FAQ and the PIAF paragraphs are public French
text written by people who never marked them for anyone. A marking rule that reads more of
them as restricted closes ordinary prose ("Attention : …", « À noter : … », a long sentence
sharing a condition's words): in the thirty-fourth pass such rules closed 12 CNIL pages and
cost 0.036 of CNIL recall@5 before anyone noticed. The counts below are today's (a few
pages that speak of restrictions in earnest); a rule that raises them needs a reason."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.bench.retrieval import as_markdown
from knowledge.ingest import document_marking
from knowledge.loaders import load
from tests.shared_sets import shared_path

RESTRICTED = {"internal", "confidential"}
# Pages read restricted at the end of the thirty-fourth pass, reader version 25.
MOST_RESTRICTED = {"bench/cnil_faq_entries.jsonl": 4, "bench/piaf_paragraphs.jsonl": 7}


def _restricted(path: Path) -> list[str]:
    found = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        page = json.loads(line)
        name, data = as_markdown(page)
        marking = document_marking(load(name, data))
        if marking is not None and marking.level in RESTRICTED:
            found.append(f"{page['id']}: {marking.text[:80]}")
    return found


@pytest.mark.parametrize("relative", sorted(MOST_RESTRICTED))
def test_public_pages_are_not_read_restricted(relative: str) -> None:
    restricted = _restricted(shared_path(relative))
    assert len(restricted) <= MOST_RESTRICTED[relative], "\n".join(restricted)

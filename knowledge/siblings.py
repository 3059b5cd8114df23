"""The other chunks of a hit's section: what a long section says beyond the chunk retrieved.

A section cut into several chunks (a table after its introduction, a list after a long
paragraph) is often found through the chunk that shares the question's words, while the
answer is in the next one ("où j'habite" in a note under a table, the duration in the
table). The answer may quote those siblings, scored like any passage.

Every sibling passes the same tenant and role gate as a hit (`retrieval.allowed_row`): a
chunk of the section that the asker's role may not see is never a candidate.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from knowledge.index import ClientIndex
from knowledge.retrieval import Hit, allowed_row

# The chunks on each side of a hit read for siblings (a long section's far chunks speak
# of other things, and each sibling costs a reading of its units). The structure sets
# (dev and held-out) give the same figures with 1, 2 and 5: the next chunk is enough.
REACH = 1


def section_siblings(
    index: ClientIndex,
    hits: Sequence[Hit],
    client: str,
    allowed: Collection[str],
    reach: int = REACH,
) -> list[Hit]:
    """The chunks next to each hit in its own section (same document and heading path),
    visible to `allowed`, that are not hits themselves, nearest first, each once."""
    taken = {h.chunk_id for h in hits}
    out: list[Hit] = []
    for hit in hits:
        row = index.row_of(hit.chunk_id)
        if row is None:
            continue
        for step in range(1, reach + 1):
            for near in (row - step, row + step):
                sibling = _sibling(index, hit, near, client, allowed)
                if sibling is not None and sibling.chunk_id not in taken:
                    taken.add(sibling.chunk_id)
                    out.append(sibling)
    return out


def _sibling(
    index: ClientIndex, hit: Hit, row: int, client: str, allowed: Collection[str]
) -> Hit | None:
    if not 0 <= row < len(index):
        return None
    if index.doc_ids[row] != hit.doc_id or index.rows.sections[row] != hit.section:
        return None
    found = index.rows[row]
    if not allowed_row(found, client, allowed):
        return None
    return Hit.of_row(found, 0.0)

"""One public search hit for tests of the answer rules (no index needed)."""

from __future__ import annotations

from knowledge.retrieval import Hit


def public_hit(text: str, section: str, rank: int = 0, document: str = "doc.md") -> Hit:
    """The `rank`-th hit (0 first, scores falling by 0.1) of client "c"."""
    return Hit(
        client="c",
        document=document,
        section=section,
        page=None,
        text=text,
        score=1.0 - rank / 10,
        sensitivity="public",
        chunk_id=f"x:{rank}",
    )

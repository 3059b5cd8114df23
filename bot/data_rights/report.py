"""What an erasure changed, told in the person's (or the CLI's) language."""

from __future__ import annotations

from bot.data_rights.service import Erasure
from prompts.catalog import text


def store_label(lang: str, store: str) -> str:
    """A store's name for people; a store without a text (registered later) shows its name."""
    try:
        return text(lang, f"datarights.stores.{store}")
    except KeyError:
        return store


def counts_text(lang: str, counts: dict[str, int]) -> str:
    return ", ".join(
        text(lang, "datarights.erase.count", table=table, n=n) for table, n in counts.items()
    )


def erased_lines(lang: str, erasure: Erasure, key: str = "datarights.erase.line") -> list[str]:
    """One line per store that changed something, in registration order."""
    return [
        text(lang, key, store=store_label(lang, store), counts=counts_text(lang, counts))
        for store, counts in reversed(list(erasure.erased.items()))
        if counts
    ]

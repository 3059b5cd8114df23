"""Markdown rendering of a synthesis (for the chat and `--format md`)."""

from __future__ import annotations

from collections.abc import Mapping

from bot.synthesis.model import Synthesis


def render_markdown(
    synthesis: Synthesis, *, language: str, names: Mapping[str, str] | None = None
) -> str:
    """The synthesis as Markdown; participants shown as P1, P2… unless `names` maps their
    ids to names (only on the facilitator's explicit request)."""
    lines = [f"_{synthesis.caveat}_", ""]
    for theme in synthesis.themes:
        lines.append(f"- {theme.label} ({len(theme.participants)})")
        for verbatim in theme.verbatims:
            lines.append(f"  > « {verbatim.text} »")
    return "\n".join(lines) + "\n"

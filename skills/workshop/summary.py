"""The program definition as a facilitator reads it in chat, each item with who proposed it."""

from __future__ import annotations

from typing import Any

from prompts.catalog import text

_LISTS = ("purpose", "objectives", "kpis", "themes", "groups")
_PLANS = ("communication_plan", "training_plan", "animation_plan")


def _who(item: dict[str, Any]) -> str:
    return f" ({', '.join(item['by'])})" if item.get("by") else ""


def _line(key: str, item: dict[str, Any], language: str) -> str:
    if key == "groups":
        themes = ", ".join(item.get("themes") or []) or "—"
        kpis = ", ".join(item.get("kpis") or []) or "—"
        body = text(language, "workshop.results.group", name=item["name"], themes=themes, kpis=kpis)
    else:
        body = str(item.get("text") or item.get("label") or "")
        if item.get("measure"):
            body += f" — {item['measure']}"
        if item.get("origin"):
            body += text(language, f"workshop.results.origin_{item['origin']}")
    return f"  • {body}{_who(item)}"


def program_summary(definition: dict[str, Any], je_participants: int | None, language: str) -> str:
    versions = definition["versions"]
    if versions["nous"] is None and versions["action"] is None:
        return text(language, "workshop.results.none")
    lines = [
        text(
            language,
            "workshop.results.title",
            nous=versions["nous"] or "—",
            action=versions["action"] or "—",
        )
    ]
    for key in (*_LISTS, *_PLANS):
        items = definition.get(key) or []
        if items:
            lines.append(text(language, f"workshop.results.{key}"))
            lines += [_line(key, item, language) for item in items]
    if je_participants is not None:
        lines.append(text(language, "workshop.results.je", count=je_participants))
    return "\n".join(lines)

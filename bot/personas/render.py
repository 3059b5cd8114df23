"""Persona sets as text: the staff view (chat and Markdown file alike) and the public one.

Participants appear as their labels (P1, P2…); the public view, for ambassadors, shows
only names, descriptions and counts: no labels, no quotes.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.personas.model import DIMENSIONS, PersonaSet
from prompts.catalog import text

WEAK_SEPARATION = 0.25  # below this mean silhouette the groups overlap much
PEOPLE_SHOWN = 12


def _people(participants: tuple[str, ...]) -> str:
    shown = ", ".join(participants[:PEOPLE_SHOWN])
    return shown + (", …" if len(participants) > PEOPLE_SHOWN else "")


def staff_text(personas: PersonaSet, *, language: str, heading: str, footer: str = "") -> str:
    """Every persona with its traits, quotes (with their P labels) and edits."""

    def t(key: str, **values: object) -> str:
        return text(language, f"personas.{key}", **values)

    lines = [heading, f"_{personas.caveat}_" if personas.caveat else ""]
    for number, persona in enumerate(personas.personas, start=1):
        lines.append("")
        lines.append(
            t(
                "persona",
                number=number,
                label=persona.label,
                count=persona.count,
                people=_people(persona.participants),
            )
        )
        lines.append(f"  {persona.description}")
        for dimension in DIMENSIONS:
            values = [
                t("trait_value", value=trait.value, count=trait.count)
                for trait in persona.traits
                if trait.dimension == dimension
            ]
            if values:
                name = t(f"dimension.{dimension}")
                lines.append(
                    t("trait", dimension=name[:1].upper() + name[1:], values=" · ".join(values))
                )
        for index, verbatim in enumerate(persona.verbatims):
            who = persona.authors[index] if index < len(persona.authors) else "?"
            lines.append(t("quote", text=verbatim.text, who=who))
        if persona.edited:
            fields = ", ".join(t(f"field.{f}") for f in persona.edited)
            lines.append(t("edited", fields=fields))
    notes = []
    if personas.personas and personas.separation < WEAK_SEPARATION:
        notes.append(t("separation_weak", value=f"{personas.separation:.2f}"))
    if personas.dropped_unverifiable:
        notes.append(t("dropped", count=personas.dropped_unverifiable))
    if footer:
        notes.append(footer)
    if notes:
        lines += ["", *notes]
    return "\n".join(line for line in _squeeze(lines))


def public_text(
    personas: PersonaSet, *, language: str, identifies: Callable[[str], bool] | None = None
) -> str:
    """What ambassadors see of a published set; a label or description in which
    `identifies` finds someone is withheld."""
    lines = [text(language, "personas.public_heading", count=len(personas.personas))]
    for number, persona in enumerate(personas.personas, start=1):
        label, description = persona.label, persona.description
        if identifies is not None and identifies(label):
            label = text(language, "personas.public_label", number=number)
        if identifies is not None and identifies(description):
            description = text(language, "personas.public_withheld")
        lines.append(
            text(
                language,
                "personas.public_persona",
                number=number,
                label=label,
                count=persona.count,
                description=description,
            )
        )
    return "\n\n".join(lines)


def _squeeze(lines: list[str]) -> list[str]:
    """No empty line at the start and no two in a row."""
    result: list[str] = []
    for line in lines:
        if line == "" and (not result or result[-1] == ""):
            continue
        result.append(line)
    return result

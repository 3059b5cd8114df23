"""The staff card of a handoff: what happened, how urgent, the recent messages, buttons."""

from __future__ import annotations

from datetime import UTC
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.core.messages import Choice, ChoiceStyle, Field, PostTag, Reply, Target
from bot.handoff.keys import CARD_ACTION, CARD_POST, CLAIM, GIVE_BACK
from bot.handoff.records import Handoff
from bot.tenants import ClientConfig
from prompts.catalog import text

_ICONS = {"critical": "🚨", "high": "⚠️"}


def local_time(client: ClientConfig, row: Handoff) -> str:
    try:
        zone = ZoneInfo(client.handoff.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        zone = UTC
    created = row.created_at if row.created_at.tzinfo else row.created_at.replace(tzinfo=UTC)
    return created.astimezone(zone).strftime("%d/%m %H:%M")


def _label(language: str, group: str, name: str) -> str:
    """The localised name, or the raw one for a category a client added in its rules."""
    try:
        return text(language, f"handoff.{group}.{name}")
    except KeyError:
        return name


def category_label(language: str, category: str) -> str:
    return _label(language, "categories", category)


def urgency_label(language: str, urgency: str) -> str:
    return _label(language, "urgencies", urgency)


def posted_tag(row: Handoff, about: str) -> PostTag:
    """What a message for the staff about this handoff is: the person it quotes."""
    return PostTag(
        client=row.client,
        about=about,
        person_platform=row.platform,
        person_id=row.user_id,
        handoff_id=row.id,
    )


def card(
    client: ClientConfig,
    row: Handoff,
    transcript: list[dict[str, str]],
    *,
    note: str | None = None,
    **target: Any,
) -> Reply:
    """The card in the client's language; `target` says where it goes (a channel, a DM)."""
    language = client.language
    name = row.user_name or row.user_id
    lines = [line for line in (note, row.summary) if line]
    context = None
    if transcript:
        shown = [
            text(
                language,
                "handoff.card.transcript_line",
                who=name if line["who"] == "user" else text(language, "handoff.card.bot"),
                text=line["text"],
            )
            for line in transcript
        ]
        context = "\n".join([text(language, "handoff.card.transcript"), *shown])
    assert row.id is not None
    return Reply(
        text="\n".join(lines),
        title=text(
            language,
            "handoff.card.title",
            icon=_ICONS.get(row.urgency, "🙋"),
            id=row.id,
            category=category_label(language, row.category),
        ),
        fields=(
            Field(text(language, "handoff.card.urgency"), urgency_label(language, row.urgency)),
            Field(text(language, "handoff.card.person"), name),
            Field(text(language, "handoff.card.platform"), row.platform),
            Field(text(language, "handoff.card.opened"), local_time(client, row)),
            Field(text(language, "handoff.card.rule"), row.rule),
        ),
        context=context,
        action_id=CARD_ACTION,
        choices=(
            Choice(text(language, "handoff.card.claim"), f"{CLAIM}:{row.id}", ChoiceStyle.PRIMARY),
            Choice(text(language, "handoff.card.give_back"), f"{GIVE_BACK}:{row.id}"),
        ),
        **{"target": Target.CHANNEL, "tag": posted_tag(row, CARD_POST), **target},
    )

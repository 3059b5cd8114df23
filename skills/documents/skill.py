"""`documents`: the levels of a client's documents, the unmarked ones ambassadors don't see,
and `documents publier NOM` / `documents niveau NOM interne` to correct one at once.

The same knowledge base calls as `ambassade documents list / set-sensitivity`: a level set
here is remembered while the file is unchanged, and a running bot sees it at the next question.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Iterable
from typing import Protocol

from bot.core.registry import Skill, SkillRegistry, command
from bot.core.turn import Turn
from bot.tenants.vocabulary import Role
from bot.texts.documents import level_name, reason_text
from knowledge.base import KnowledgeBase
from knowledge.catalog import DocumentInfo
from knowledge.level_by_hand import set_level
from knowledge.markers import PUBLIC
from knowledge.sensitivity import (
    CONFIDENTIAL,
    INTERNAL,
    LEVELS,
    UNMARKED_REASONS,
    parse_level,
)
from knowledge.text import fold

SHOWN = 15  # documents listed in one reply; the CLI lists them all
_PUBLISH = {"publier", "publish", "ouvrir", "open"}
_LEVEL = {"niveau", "level", "classer", "set"}
_UNMARKED = {"non-marques", "non marques", "nonmarques", "sans marquage", "unmarked"}


class DocumentsDeps(Protocol):
    @property
    def knowledge(self) -> KnowledgeBase: ...


class DocumentsSkill(Skill):
    name = "documents"

    def __init__(self, knowledge: KnowledgeBase) -> None:
        self.knowledge = knowledge

    @command(
        "documents",
        "docs",
        summary="documents.summary",
        usage="documents.usage",
        roles=frozenset({Role.COMMUNITY_MANAGER}),
    )
    async def documents(self, turn: Turn, args: str) -> None:
        words = args.split()
        first = fold(words[0]).casefold() if words else ""
        if first in _PUBLISH and len(words) > 1:
            await self._set(turn, " ".join(words[1:]), PUBLIC)
        elif first in _LEVEL and len(words) > 2:
            level = parse_level(words[-1])
            if level is None:
                levels = ", ".join(level_name(turn.language, lv) for lv in LEVELS)
                turn.say(turn.t("documents.bad_level", value=words[-1], levels=levels))
                return
            await self._set(turn, " ".join(words[1:-1]), level)
        elif first in _PUBLISH | _LEVEL:
            turn.say(turn.t("documents.usage_hint"), ephemeral=True)
        else:
            await self._overview(turn, only_unmarked=fold(args).casefold().strip() in _UNMARKED)

    async def _overview(self, turn: Turn, *, only_unmarked: bool) -> None:
        docs = await asyncio.to_thread(self.knowledge.documents, turn.client_name)
        if not docs:
            turn.say(turn.t("documents.empty"))
            return
        hidden = [d for d in docs if d.reason in UNMARKED_REASONS and d.sensitivity != PUBLIC]
        lines = [] if only_unmarked else [self._counts(turn, docs)]
        listed = hidden if only_unmarked else sorted(docs, key=lambda d: d.name.casefold())
        if only_unmarked and not hidden:
            lines.append(turn.t("documents.none_hidden"))
        lines += [self._line(turn, doc) for doc in listed[:SHOWN]]
        if len(listed) > SHOWN:
            lines.append(turn.t("documents.more", count=len(listed) - SHOWN))
        if hidden:
            lines.append(turn.t("documents.hidden_hint", count=len(hidden)))
            if turn.client is not None and not turn.client.ambassador_names:
                lines.append(turn.t("documents.names_tip"))
        # Document names and why they are restricted are staff matters; a confidential
        # document's name and marking go only where confidential documents may.
        turn.say("\n".join(lines), sensitivity=_shown_at(d.sensitivity for d in listed[:SHOWN]))

    @staticmethod
    def _counts(turn: Turn, docs: list[DocumentInfo]) -> str:
        per_level = Counter(doc.sensitivity for doc in docs)
        counts = ", ".join(
            f"{level_name(turn.language, level)} {per_level[level]}" for level in LEVELS
        )
        return turn.t("documents.title", count=len(docs), counts=counts)

    @staticmethod
    def _line(turn: Turn, doc: DocumentInfo) -> str:
        reason = reason_text(turn.language, doc.reason, doc.reason_detail)
        level = level_name(turn.language, doc.sensitivity)
        return turn.t("documents.line", document=doc.name, level=level, reason=reason)

    async def _set(self, turn: Turn, document: str, level: str) -> None:
        change = await asyncio.to_thread(
            set_level, self.knowledge, turn.client_name, document, level
        )
        if not change.matches:
            turn.say(turn.t("documents.not_found", document=document))
            return
        doc = change.document
        if doc is None:
            ids = ", ".join(f"{d.doc_id} ({d.source})" for d in change.matches)
            turn.say(turn.t("documents.ambiguous", document=document, ids=ids))
            return
        old = change.previous or level
        key = "documents.same" if change.unchanged else "documents.set"
        lines = [
            turn.t(
                key,
                document=doc.name,
                old=level_name(turn.language, old),
                new=level_name(turn.language, level),
            )
        ]
        if change.below_marking:
            marking = doc.marker_text or doc.marker
            lines.append(
                turn.t(
                    "documents.below_marking",
                    marking=marking,
                    level=level_name(turn.language, doc.marker),
                )
            )
        turn.say("\n".join(lines), sensitivity=_shown_at((old, level, doc.marker or INTERNAL)))


def _shown_at(levels: Iterable[str]) -> str:
    """The level a reply naming documents at `levels` is declared at (internal at least)."""
    return CONFIDENTIAL if CONFIDENTIAL in set(levels) else INTERNAL


def setup(registry: SkillRegistry, deps: DocumentsDeps) -> None:
    registry.register(DocumentsSkill(deps.knowledge))

"""The community managers' side: what waits for approval, approve or reject, suspicious
patterns, and moving someone between levels. A mixin of the contributions skill.

Approving is for community managers: anyone else typing the command gets the router's
refusal, anyone else clicking a card's button a clear one, and nobody approves their own.
"""

from __future__ import annotations

import asyncio
import re

from bot.contributions.errors import ContributionError
from bot.contributions.kinds import fold
from bot.contributions.suspects import suspects, suspects_lines
from bot.core.messages import Action, Choice, ChoiceStyle
from bot.core.numbers import BadNumber, first_id, parse_id
from bot.core.registry import command, on_action
from bot.core.turn import Turn
from bot.people.refs import PersonRefError
from bot.tenants import Role
from knowledge.sensitivity import INTERNAL
from skills.contributions.base import Handlers
from skills.contributions.drafts import person_ref
from skills.contributions.logging import asks_a_question
from skills.contributions.render import (
    REVIEW_ACTION,
    day,
    error_text,
    kind_label,
    level_label,
    t,
)

PENDING_SHOWN = 10
# Approving, auditing and moving people between levels: the community managers' job.
REVIEWERS = frozenset({Role.COMMUNITY_MANAGER})
REJECT_WORD = re.compile(r"^[/!]?\s*(?:rejeter|reject)\b")


class StaffCommands(Handlers):
    @command(
        "contributions en attente",
        "pending contributions",
        "contributions a valider",
        "contributions suspectes",
        "suspicious contributions",
        summary="contributions.chat.staff_list_summary",
        usage="contributions.chat.staff_list_usage",
        roles=REVIEWERS,
    )
    async def staff_lists(self, turn: Turn, args: str) -> None:
        """What waits for approval, or (`… suspectes`) what deserves a second look."""
        if "suspect" in fold(turn.text):
            await self._suspects(turn)
        else:
            await self._pending(turn)

    async def _pending(self, turn: Turn) -> None:
        assert turn.client is not None
        reviews = self.reviews()
        items, total = await asyncio.to_thread(reviews.pending, turn.client, PENDING_SHOWN)
        lang = turn.language
        if not items:
            turn.say(t(lang, "pending_none"))
            return
        title = "pending_title" if total <= len(items) else "pending_title_more"
        turn.say(t(lang, title, count=total, shown=len(items)), sensitivity=INTERNAL)
        for item in items:
            row = item.contribution
            proof = row.proof_url or (t(lang, "file_proof") if row.proof_file else "–")
            turn.ask_choice(
                t(
                    lang,
                    "pending_line",
                    id=row.id,
                    name=item.person.name or f"#{item.person.id}",
                    kind=kind_label(turn.client, row.kind, lang),
                    date=day(row.occurred_on),
                    points=row.points,
                    proof=proof,
                    note=row.note or "–",
                ),
                REVIEW_ACTION,
                [
                    Choice(t(lang, "approve"), f"approve:{row.id}", ChoiceStyle.PRIMARY),
                    Choice(t(lang, "reject"), f"reject:{row.id}", ChoiceStyle.DANGER),
                ],
                sensitivity=INTERNAL,
            )

    @command(
        "approuver",
        "approve",
        "rejeter",
        "reject",
        summary="contributions.chat.review_summary",
        usage="contributions.chat.review_usage",
        roles=REVIEWERS,
    )
    async def review_command(self, turn: Turn, args: str) -> None:
        """`approuver N` or `rejeter N [raison]` (the word typed says which)."""
        approve = not REJECT_WORD.match(fold(turn.text))
        number, note = first_id(args)
        if isinstance(number, BadNumber):
            usage = t(turn.language, "review_usage")
            turn.say(t(turn.language, "usage", usage=usage), ephemeral=True)
            return
        await self._review(turn, number, approve=approve, note=note or None)

    @on_action(REVIEW_ACTION)
    async def review_clicked(self, turn: Turn, action: Action) -> None:
        what, _, raw = action.value.partition(":")
        number = parse_id(raw, prefixed=False)
        if what not in ("approve", "reject") or isinstance(number, BadNumber):
            turn.say(turn.t("core.stale_action"), ephemeral=True)
            return
        await self._review(turn, number, approve=what == "approve", note=None)

    async def _review(self, turn: Turn, number: int, *, approve: bool, note: str | None) -> None:
        assert turn.client is not None
        lang = turn.language
        if turn.role not in REVIEWERS:
            turn.say(error_text(lang, ContributionError("not_staff")), ephemeral=True)
            return
        me = await self._me(turn)
        reviews = self.reviews()
        who = f"{turn.incoming.platform.value}:{turn.incoming.user_id}"
        try:
            done = await asyncio.to_thread(
                reviews.review,
                turn.client,
                number,
                approve=approve,
                by=who,
                reviewer_person_id=me.id,
                note=note,
            )
        except ContributionError as error:
            turn.say(error_text(lang, error), ephemeral=True)
            return
        row, logged = done.logged.contribution, done.logged
        values = {
            "id": row.id,
            "name": done.person.name or f"#{done.person.id}",
            "kind": kind_label(turn.client, row.kind, lang),
            "points": row.points,
        }
        lines = [t(lang, "approved" if approve else "rejected", **values)]
        if approve:
            levels = [p.level.id for p in logged.promotions]
            lines += [
                t(
                    lang,
                    "staff_level_up",
                    name=values["name"],
                    level=level_label(turn.client, lv, lang),
                )
                for lv in levels
            ]
        turn.say("\n".join(lines), sensitivity=INTERNAL)

    # -- suspicious patterns -------------------------------------------------------------
    async def _suspects(self, turn: Turn) -> None:
        assert turn.client is not None
        found = await asyncio.to_thread(suspects, self.db, turn.client, self.clock.now())
        lines = suspects_lines(turn.client, turn.language, found)
        turn.say("\n".join(lines), sensitivity=INTERNAL)

    # -- levels --------------------------------------------------------------------------
    @command(
        "niveau",
        "level",
        summary="contributions.chat.level_summary",
        usage="contributions.chat.level_usage",
        roles=REVIEWERS,
    )
    async def level_command(self, turn: Turn, args: str) -> None:
        assert turn.client is not None
        if await asks_a_question(turn, args):
            return
        lang = turn.language
        words = args.split()
        if len(words) < 2:
            turn.say(t(lang, "usage", usage=t(lang, "level_usage")), ephemeral=True)
            return
        try:
            ref = person_ref(words[0], turn.incoming.platform.value)
        except PersonRefError:
            turn.say(error_text(lang, ContributionError("bad_person", person=words[0][:80])))
            return
        view = await asyncio.to_thread(self.roster.find, turn.client_name, ref)
        if view is None or view.person.id is None:
            turn.say(error_text(lang, ContributionError("unknown_person", person=words[0][:80])))
            return
        reviews = self.reviews()
        who = f"{turn.incoming.platform.value}:{turn.incoming.user_id}"
        try:
            done = await asyncio.to_thread(
                reviews.set_level,
                turn.client,
                view.person.id,
                words[1],
                by=who,
                reason=" ".join(words[2:]) or None,
            )
        except ContributionError as error:
            turn.say(error_text(lang, error), ephemeral=True)
            return
        change = done.change
        turn.say(
            t(
                lang,
                f"level_set_{change.direction}",
                name=view.person.name or words[0],
                level=level_label(turn.client, change.to_level, lang),
                before=level_label(turn.client, change.from_level or "", lang),
            ),
            sensitivity=INTERNAL,
        )

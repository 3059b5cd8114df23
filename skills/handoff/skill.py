"""The staff side of a handoff: commands and the buttons of the staff card.

`relais`/`handoffs` lists the open ones, `prendre`/`claim N` takes one, `repondre`/`reply
N text` relays an answer to the person (a direct message), `rendre`/`giveback N` closes it
and the bot tells the person it is back. The card's buttons do the same; the ask skill's
"talk to a person" button (`handoff:request`) and the scheduler's escalations
(`handoff:escalate`) come here too.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from bot.core.messages import Action, Choice, Platform, Target
from bot.core.numbers import BadNumber, NumberProblem, bad_number_text, first_id, parse_id
from bot.core.registry import STAFF_ROLES, Skill, SkillRegistry, command, on_action, shortcut
from bot.core.turn import Turn
from bot.handoff.api import (
    ACTION_PREFIX,
    CARD_ACTION,
    CLAIM,
    ESCALATE_ACTION,
    GIVE_BACK,
    REQUEST_ACTION,
    Author,
    ChangeRefused,
    Handoff,
    HandoffDeps,
    HandoffFlow,
    HandoffLog,
    HandoffRulesError,
    HandoffStatus,
    category_label,
    keep_message,
    local_time,
    urgency_label,
)
from knowledge.sensitivity import INTERNAL
from prompts.catalog import text

log = logging.getLogger(__name__)


# "prendre 12" typed at a workshop step is the command; "repondre 3 …" stays an answer there
# (a reply sends a message to someone: only the prefixed "/repondre" interrupts a step).
_NUMBER_ARG = r"(?:#|n°\s*|no\.?\s*)?\d+"


def _person(row: Handoff) -> str:
    return row.user_name or row.user_id


def _parse_id(turn: Turn, raw: str, usage_key: str) -> tuple[int | None, str]:
    """The handoff number at the start of `raw` and the text after it.

    The number is None after saying what is wrong with it.
    """
    number, rest = first_id(raw)
    if not isinstance(number, BadNumber):
        return number, rest
    if number.problem is NumberProblem.MISSING:
        usage = turn.t(f"handoff.cmd.{usage_key}")
        turn.say(turn.t("handoff.cmd.usage", usage=usage), ephemeral=True)
    else:
        problem = bad_number_text(turn.language, number, "handoff")
        turn.say(f"{problem} {turn.t('handoff.cmd.list_hint')}", ephemeral=True)
    return None, rest


def _button_id(raw: str) -> int | None:
    """A handoff number carried by a button (platforms let a client forge one)."""
    number = parse_id(raw, prefixed=False)
    return None if isinstance(number, BadNumber) else number


class HandoffSkill(Skill):
    name = "handoff"

    def __init__(self, log_: HandoffLog, flow: HandoffFlow) -> None:
        self.handoffs = log_
        self.flow = flow

    # -- commands ----------------------------------------------------------------------------
    @shortcut("handoff.cmd.list_shortcut", rank=10)  # people waiting: first
    @command(
        "relais",
        "handoffs",
        summary="handoff.cmd.list_summary",
        usage="handoff.cmd.list_usage",
        roles=STAFF_ROLES,
    )
    async def list_open(self, turn: Turn, args: str) -> None:
        rows = await asyncio.to_thread(self.handoffs.active, turn.client_name)
        if not rows:
            turn.say(turn.t("handoff.cmd.list_empty"))
            return
        assert turn.client is not None
        lines = [turn.t("handoff.cmd.list_title", count=len(rows))]
        for row in rows:
            status = (
                turn.t("handoff.cmd.status_claimed", by=row.claimed_by)
                if row.status == HandoffStatus.CLAIMED
                else turn.t("handoff.cmd.status_open")
            )
            lines.append(
                turn.t(
                    "handoff.cmd.list_line",
                    id=row.id,
                    category=category_label(turn.language, row.category),
                    urgency=urgency_label(turn.language, row.urgency),
                    name=_person(row),
                    opened=local_time(turn.client, row),
                    status=status,
                )
            )
        waiting = [row for row in rows if row.status != HandoffStatus.CLAIMED]
        claim_buttons = tuple(
            Choice(turn.t("handoff.cmd.claim_button", id=row.id), f"{CLAIM}:{row.id}")
            for row in waiting
        )
        # Who needs help, and why: for staff eyes only (a public channel gets it by DM).
        turn.say(
            "\n".join(lines), action_id=CARD_ACTION, choices=claim_buttons, sensitivity=INTERNAL
        )

    @command(
        "prendre",
        "claim",
        summary="handoff.cmd.claim_summary",
        usage="handoff.cmd.claim_usage",
        roles=STAFF_ROLES,
        flow_args=_NUMBER_ARG,
    )
    async def claim_command(self, turn: Turn, args: str) -> None:
        handoff_id, _ = _parse_id(turn, args, "claim_usage")
        if handoff_id is not None:
            await self._claim(turn, handoff_id)

    @command(
        "repondre",
        "répondre",
        "reply",
        summary="handoff.cmd.reply_summary",
        usage="handoff.cmd.reply_usage",
        roles=STAFF_ROLES,
    )
    async def reply_command(self, turn: Turn, args: str) -> None:
        handoff_id, message = _parse_id(turn, args, "reply_usage")
        if handoff_id is None:
            return
        if not message:
            turn.say(turn.t("handoff.cmd.empty_reply", id=handoff_id), ephemeral=True)
            return
        row = await self._usable(turn, handoff_id)
        if row is None:
            return
        if row.status == HandoffStatus.OPEN:  # answering is taking it
            row = await asyncio.to_thread(self._claim_row, turn, handoff_id) or row
            self.flow.cancel_escalation(handoff_id)
        name = turn.incoming.user_name or turn.incoming.user_id
        await asyncio.to_thread(
            keep_message,
            self.handoffs.db,
            turn.client_name,
            handoff_id,
            Author.STAFF,
            turn.incoming.user_id,
            message,
        )  # the person's export holds the staff replies
        turn.say(
            text(row.language, "handoff.relayed_user", name=name, text=message),
            **_to_person(turn, row),
        )
        turn.say(turn.t("handoff.cmd.replied_ok", name=_person(row), id=handoff_id))

    @command(
        "rendre",
        "giveback",
        "give",  # "give back 12"
        "release",
        summary="handoff.cmd.give_back_summary",
        usage="handoff.cmd.give_back_usage",
        roles=STAFF_ROLES,
        flow_args=rf"(?:back\s+)?{_NUMBER_ARG}",
    )
    async def give_back_command(self, turn: Turn, args: str) -> None:
        words = args.split(maxsplit=1)
        if words and words[0].casefold() == "back":
            args = words[1] if len(words) > 1 else ""
        handoff_id, _ = _parse_id(turn, args, "give_back_usage")
        if handoff_id is not None:
            await self._give_back(turn, handoff_id)

    # -- buttons and scheduled events --------------------------------------------------------
    @on_action(ACTION_PREFIX)
    async def clicked(self, turn: Turn, action: Action) -> None:
        if action.action_id == REQUEST_ACTION:
            await self.flow.request(turn)
            return
        if action.action_id == ESCALATE_ACTION:
            await self._escalation_due(turn, action.value)
            return
        kind, _, raw_id = action.value.partition(":")
        handoff_id = _button_id(raw_id)
        if action.action_id != CARD_ACTION or kind not in (CLAIM, GIVE_BACK) or handoff_id is None:
            turn.say(turn.t("core.stale_action"), ephemeral=True)
            return
        if turn.role not in STAFF_ROLES:
            turn.say(turn.t("handoff.cmd.staff_only"), ephemeral=True)
            return
        if kind == CLAIM:
            await self._claim(turn, handoff_id)
        else:
            await self._give_back(turn, handoff_id)

    async def _escalation_due(self, turn: Turn, value: str) -> None:
        raw_id, _, raw_level = value.partition(":")
        if turn.incoming.platform is not Platform.SCHEDULER:
            log.warning("escalation action from %s refused", turn.incoming.platform)
            turn.say(turn.t("core.stale_action"), ephemeral=True)
            return
        handoff_id, level = _button_id(raw_id), parse_id(raw_level, minimum=0, prefixed=False)
        if handoff_id is not None and not isinstance(level, BadNumber):
            await self.flow.escalate(turn, handoff_id, level)

    # -- the changes -------------------------------------------------------------------------
    def _claim_row(self, turn: Turn, handoff_id: int) -> Handoff | None:
        try:
            return self.handoffs.claim(turn.client_name, handoff_id, turn.incoming.user_id)
        except ChangeRefused:
            return None

    async def _claim(self, turn: Turn, handoff_id: int) -> None:
        try:
            row = await asyncio.to_thread(
                self.handoffs.claim, turn.client_name, handoff_id, turn.incoming.user_id
            )
        except ChangeRefused as refused:
            self._say_refused(turn, handoff_id, refused)
            return
        self.flow.cancel_escalation(handoff_id)
        log.info("handoff %s claimed by %s", handoff_id, turn.incoming.user_id)
        turn.say(turn.t("handoff.cmd.claimed_ok", id=handoff_id), ephemeral=True)
        name = turn.incoming.user_name or turn.incoming.user_id
        turn.say(text(row.language, "handoff.claimed_user", name=name), **_to_person(turn, row))

    async def _give_back(self, turn: Turn, handoff_id: int) -> None:
        try:
            row = await asyncio.to_thread(
                self.handoffs.resolve, turn.client_name, handoff_id, turn.incoming.user_id
            )
        except ChangeRefused as refused:
            self._say_refused(turn, handoff_id, refused)
            return
        self.flow.cancel_escalation(handoff_id)
        log.info("handoff %s given back by %s", handoff_id, turn.incoming.user_id)
        turn.say(turn.t("handoff.cmd.given_back_ok", id=handoff_id, name=_person(row)))
        turn.say(text(row.language, "handoff.given_back_user"), **_to_person(turn, row))

    async def _usable(self, turn: Turn, handoff_id: int) -> Handoff | None:
        row = await asyncio.to_thread(self.handoffs.get, turn.client_name, handoff_id)
        if row is None:
            turn.say(turn.t("handoff.cmd.not_found", id=handoff_id), ephemeral=True)
            return None
        if row.status == HandoffStatus.RESOLVED:
            turn.say(turn.t("handoff.cmd.resolved", id=handoff_id), ephemeral=True)
            return None
        return row

    @staticmethod
    def _say_refused(turn: Turn, handoff_id: int, refused: ChangeRefused) -> None:
        by = refused.claimed_by or ""
        turn.say(turn.t(f"handoff.cmd.{refused.reason}", id=handoff_id, by=by), ephemeral=True)


def _to_person(turn: Turn, row: Handoff) -> dict[str, Any]:
    """Reply options for a direct message to the person, on the platform they wrote from."""
    same = row.platform == turn.incoming.platform.value
    return {
        "target": Target.DIRECT,
        "user_id": row.user_id,
        "platform": None if same else row.platform,
    }


def setup(registry: SkillRegistry, deps: HandoffDeps) -> None:
    flow = HandoffFlow(deps)  # with the root's PerClientSettings, as the pipeline's stages
    registry.register(HandoffSkill(HandoffLog(deps.db), flow))
    try:
        flow.compile_default_rules()
    except HandoffRulesError as exc:
        log.critical("handoff triage unavailable until the rules are fixed: %s", exc)

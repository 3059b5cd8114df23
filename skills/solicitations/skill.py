"""Solicitations in chat.

Staff: `sollicitations` lists upcoming asks with places filled; `sollicitation proposer N`
shows whom the fair choice would ask and why, with buttons to confirm, swap or add.
Ambassadors: the invitation's buttons (accept, decline, later, done, then an optional
proof), `stop rappels`, `pause [jusqu'au DATE]`, `reprendre`. The sender loop replays each
due outbox row here (`solicit:deliver`), so every message it sends passes the outbound
check and speaks the recipient's language.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Mapping
from pathlib import Path

from bot.contributions.errors import ContributionError
from bot.contributions.log import Logged, Proof
from bot.contributions.proofs import find_link
from bot.core.messages import Action, Choice, ChoiceStyle
from bot.core.numbers import BadNumber, first_id, parse_id
from bot.core.registry import (
    STAFF_ROLES,
    Skill,
    SkillRegistry,
    command,
    flow_step,
    on_action,
    shortcut,
)
from bot.core.turn import Turn
from bot.outbox.delivery_action import deliver_outbox_row
from bot.solicitations import Audience, SolicitationBook, SolicitationError, check_draft
from bot.solicitations.answers import Answer
from bot.solicitations.candidates import aware
from bot.solicitations.delivery import DELIVER_ACTION
from bot.solicitations.kinds import kind_label
from bot.solicitations.planner import Planner, Recipient, person_zone_and_quiet
from knowledge.sensitivity import INTERNAL
from skills.solicitations import create, deliveries
from skills.solicitations.base import SolicitationDeps
from skills.solicitations.done import contribution_on_done, contribution_text, done_lines
from skills.solicitations.render import (
    ANSWER_ACTION,
    PLAN_ACTION,
    REPLACE_ACTION,
    deadline_text,
    proposal_text,
    t,
    when,
)
from skills.solicitations.stopping import StoppingCommands

log = logging.getLogger(__name__)

PROOF_STATE = "solicitation_proof"  # the response waiting for a proof after "done"
CONTRIBUTION_STATE = "solicitation_contribution"  # the contribution its Done logged
NO_PROOF = {"non", "no", "passer", "skip", "sans", "rien", "none"}
LINK = re.compile(r"https?://\S+", re.IGNORECASE)


class SolicitationSkill(StoppingCommands, Skill):
    name = "solicitations"

    # -- staff -------------------------------------------------------------------------------
    @shortcut("solicitations.chat.list_shortcut", rank=20)
    @command(
        "sollicitations",
        "solicitations",
        summary="solicitations.chat.list_summary",
        usage="solicitations.chat.list_usage",
        roles=STAFF_ROLES,
    )
    async def list_upcoming(self, turn: Turn, args: str) -> None:
        book = SolicitationBook(self.db, self.clock)
        views = await asyncio.to_thread(book.upcoming, turn.client_name)
        now = self.clock.now()
        views = [v for v in views if aware(v.solicitation.deadline_at) > now]  # type: ignore[operator]
        lang = turn.language
        if not views:
            turn.say(t(lang, "list_empty"))
            return
        assert turn.client is not None
        lines = [t(lang, "list_title", count=len(views))]
        for view in views:
            row = view.solicitation
            invited = sum(
                n for s, n in view.responses.items() if s not in ("proposed", "set_aside")
            )
            lines.append(
                t(
                    lang,
                    "list_line",
                    id=row.id,
                    title=row.title,
                    kind=kind_label(turn.client, row.kind, lang),
                    deadline=deadline_text(row),
                    filled=view.filled,
                    places=row.places,
                    invited=invited,
                    status=turn.t(f"solicitations.statuses.{row.status}"),
                )
            )
        turn.say("\n".join(lines), sensitivity=INTERNAL)

    @command(
        "sollicitation proposer",
        "solicitation propose",
        summary="solicitations.chat.propose_summary",
        usage="solicitations.chat.propose_usage",
        roles=STAFF_ROLES,
    )
    async def propose(self, turn: Turn, args: str) -> None:
        number, _ = first_id(args)
        if isinstance(number, BadNumber):
            turn.say(t(turn.language, "usage", usage=t(turn.language, "propose_usage")))
            return
        planner = Planner(self.db, self.clock)
        await self._show(turn, planner.propose, number)

    async def _show(self, turn: Turn, change, *args) -> None:  # type: ignore[no-untyped-def]
        assert turn.client is not None
        try:
            result = await asyncio.to_thread(change, turn.client, *args)
        except SolicitationError as error:
            self._refuse(turn, error)
            return
        body, choices = proposal_text(
            turn.language, turn.client, result, turn.client.solicitations.max_asks_per_30_days
        )
        turn.say(body, action_id=PLAN_ACTION, choices=choices, sensitivity=INTERNAL)

    @command(
        "sollicitation nouvelle",
        "solicitation new",
        summary="solicitations.chat.new_summary",
        usage="solicitations.chat.new_usage",
        roles=STAFF_ROLES,
    )
    async def new(self, turn: Turn, args: str) -> None:
        assert turn.client is not None
        if not args.strip():
            turn.say(
                t(turn.language, "new_intro"),
                form=create.form(turn.language, turn.client),
                ephemeral=True,
            )
            return
        try:
            values = create.parse_line(args)
        except create.LineError as error:
            turn.say(t(turn.language, f"new_{error.code}", value=error.value), ephemeral=True)
            return
        await self._create(turn, values)

    @on_action(create.FORM_ID)
    async def new_submitted(self, turn: Turn, action: Action) -> None:
        if turn.role not in STAFF_ROLES:
            turn.say(t(turn.language, "staff_only"), ephemeral=True)
            return
        await self._create(turn, action.payload)

    async def _create(self, turn: Turn, values: Mapping[str, object]) -> None:
        assert turn.client is not None
        config, lang = turn.client, turn.language
        who = f"{turn.incoming.platform.value}:{turn.incoming.user_id}"
        draft = create.draft_of(values, who)
        everyone = await asyncio.to_thread(self.roster.everyone, config.name)
        now = self.clock.now()
        item, problems = check_draft(draft, config, Audience(everyone), now)
        if item is None:
            lines = [t(lang, "new_problems")] + [f"• {p.text(lang)}" for p in problems]
            turn.say("\n".join(lines), ephemeral=True)
            return
        book = SolicitationBook(self.db, self.clock)
        [row] = (await asyncio.to_thread(book.create, [item])).created
        text_ = t(
            lang,
            "new_created",
            id=row.id,
            title=row.title,
            kind=kind_label(config, row.kind, lang),
            deadline=deadline_text(row),
            places=row.places,
        )
        button = Choice(t(lang, "new_propose_button"), f"propose:{row.id}", ChoiceStyle.PRIMARY)
        turn.say(text_, action_id=PLAN_ACTION, choices=(button,), sensitivity=INTERNAL)

    @on_action(PLAN_ACTION)
    async def plan_clicked(self, turn: Turn, action: Action) -> None:
        if turn.role not in STAFF_ROLES:
            turn.say(t(turn.language, "staff_only"), ephemeral=True)
            return
        kind, *numbers = action.value.split(":")
        ids = [parse_id(n, prefixed=False) for n in numbers]
        if not ids or any(isinstance(i, BadNumber) for i in ids):
            turn.say(turn.t("core.stale_action"), ephemeral=True)
            return
        planner = Planner(self.db, self.clock)
        if kind == "propose" and len(ids) == 1:
            await self._show(turn, planner.propose, ids[0])
        elif kind == "confirm" and len(ids) == 1:
            await self._confirm(turn, planner, ids[0])  # type: ignore[arg-type]
        elif kind == "swap" and len(ids) == 2:
            await self._show(turn, planner.swap, *ids)
        elif kind == "add" and len(ids) == 2:
            await self._show(turn, planner.add, *ids)
        else:
            turn.say(turn.t("core.stale_action"), ephemeral=True)

    async def _confirm(self, turn: Turn, planner: Planner, solicitation_id: int) -> None:
        assert turn.client is not None
        by = Recipient(turn.incoming.platform.value, turn.incoming.user_id)
        try:
            invited = await asyncio.to_thread(planner.confirm, turn.client, solicitation_id, by)
        except SolicitationError as error:
            self._refuse(turn, error)
            return
        turn.say(
            t(turn.language, "confirmed", names=", ".join(invited.names)), sensitivity=INTERNAL
        )

    @on_action(REPLACE_ACTION)
    async def replace_clicked(self, turn: Turn, action: Action) -> None:
        if turn.role not in STAFF_ROLES:
            turn.say(t(turn.language, "staff_only"), ephemeral=True)
            return
        raw_sid, _, raw_pid = action.value.partition(":")
        sid, pid = parse_id(raw_sid, prefixed=False), parse_id(raw_pid, prefixed=False)
        if isinstance(sid, BadNumber) or isinstance(pid, BadNumber):
            turn.say(turn.t("core.stale_action"), ephemeral=True)
            return
        assert turn.client is not None
        answers = self.answers()
        try:
            row, name = await asyncio.to_thread(answers.replace, turn.client, sid, pid)
        except SolicitationError as error:
            self._refuse(turn, error)
            return
        turn.say(t(turn.language, "replaced", name=name, title=row.title))

    # -- ambassadors -------------------------------------------------------------------------
    @on_action(ANSWER_ACTION)
    async def answer_clicked(self, turn: Turn, action: Action) -> None:
        raw_answer, _, raw_sid = action.value.partition(":")
        sid = parse_id(raw_sid, prefixed=False)
        if raw_answer not in Answer.__members__.values() or isinstance(sid, BadNumber):
            turn.say(turn.t("core.stale_action"), ephemeral=True)
            return
        assert turn.client is not None
        person = await self._me(turn)
        answers = self.answers()
        who = f"{turn.incoming.platform.value}:{turn.incoming.user_id}"
        try:
            result = await asyncio.to_thread(
                answers.answer,
                turn.client,
                sid,
                person.id,
                Answer(raw_answer),
                contribution_on_done(turn, self.contribution_log(), who),
            )
        except SolicitationError as error:
            self._refuse(turn, error)
            return
        lang, row = turn.language, result.solicitation
        tz, _ = person_zone_and_quiet(turn.client, person)
        if result.full:
            turn.say(t(lang, "full_thanks", title=row.title))
        elif raw_answer == Answer.ACCEPT:
            turn.say(t(lang, "accepted", title=row.title, deadline=deadline_text(row, tz)))
        elif raw_answer == Answer.DECLINE:
            turn.say(t(lang, "declined"))
        elif raw_answer == Answer.SNOOZE:
            turn.say(t(lang, "snoozed", when=when(result.snoozed_until, tz)))
        else:
            turn.state["active_flow"] = self.name
            turn.state[PROOF_STATE] = result.response.id
            lines = [t(lang, "done_ask_proof")]
            logged = result.done
            if isinstance(logged, Logged):
                turn.state[CONTRIBUTION_STATE] = logged.contribution.id
                lines = [*done_lines(turn, logged), *lines]
            turn.say("\n".join(lines))

    async def has_active_flow(self, turn: Turn) -> bool:
        return turn.state.get("active_flow") == self.name and PROOF_STATE in turn.state

    @flow_step()
    async def proof_step(self, turn: Turn) -> None:
        response_id = turn.state.get(PROOF_STATE)
        typed = turn.text.strip()
        proof: str | None = None
        contribution_id = turn.state.get(CONTRIBUTION_STATE)
        if isinstance(contribution_id, int):  # kept on the contribution too (issue 17)
            proof = await self._contribution_proof(turn, contribution_id)
            if proof == "":
                self._end_proof(turn)
                turn.say(contribution_text(turn.language, "done_duplicate"))
                return
        if proof is None and turn.incoming.attachments:
            proof = await asyncio.to_thread(self._keep_file, turn, int(response_id))
        elif proof is None and (link := LINK.search(typed)) is not None:
            proof = link.group(0)
        elif proof is None and typed.casefold().strip(" .!") in NO_PROOF:
            self._end_proof(turn)
            turn.say(t(turn.language, "proof_skipped"))
            return
        if proof is None:
            turn.say(t(turn.language, "proof_bad"))
            return
        answers = self.answers()
        await asyncio.to_thread(answers.record_proof, int(response_id), proof)
        self._end_proof(turn)
        turn.say(t(turn.language, "proof_saved"))

    async def _contribution_proof(self, turn: Turn, contribution_id: int) -> str | None:
        """The proof, kept on the contribution too: its reference, "" when it was already
        logged (the same proof counts once), None when the message carries none."""
        assert turn.client is not None
        found = find_link(turn.text)
        if turn.incoming.attachments:
            file = turn.incoming.attachments[0]
            proof = Proof(filename=file.filename, data=file.data)
        elif found is not None:
            proof = Proof(url=found)
        else:
            return None
        log = self.contribution_log()
        try:
            row = await asyncio.to_thread(log.attach_proof, turn.client, contribution_id, proof)
        except ContributionError as error:
            if error.code == "duplicate_proof":
                return ""
            return None  # a bad link or file: the answer below asks again
        return row.proof_url or f"file:{row.proof_file}"

    @staticmethod
    def _end_proof(turn: Turn) -> None:
        turn.state.pop(PROOF_STATE, None)
        turn.state.pop(CONTRIBUTION_STATE, None)
        if turn.state.get("active_flow") == SolicitationSkill.name:
            turn.state.pop("active_flow")

    def _keep_file(self, turn: Turn, response_id: int) -> str:
        """Save the first attached file under the home; the proof is its path there."""
        attachment = turn.incoming.attachments[0]
        folder = self.home / "proofs" / turn.client_name
        folder.mkdir(parents=True, exist_ok=True)
        safe = re.sub(r"[^\w.-]", "_", Path(attachment.filename).name)[:100] or "proof"
        path = folder / f"{response_id}-{safe}"
        path.write_bytes(attachment.data)
        return f"file:{path.relative_to(self.home)}"

    # -- the sender loop's deliveries --------------------------------------------------------
    @on_action(DELIVER_ACTION)
    async def deliver(self, turn: Turn, action: Action) -> None:
        await deliver_outbox_row(turn, action, deliveries.build, db=self.db, clock=self.clock)

    # -- helpers -----------------------------------------------------------------------------
    @staticmethod
    def _refuse(turn: Turn, error: SolicitationError) -> None:
        message = turn.t(f"solicitations.errors.{error.code}", **error.values)
        turn.say(message[:1].upper() + message[1:] + ".", ephemeral=True)


def setup(registry: SkillRegistry, deps: SolicitationDeps) -> None:
    registry.register(SolicitationSkill(deps))

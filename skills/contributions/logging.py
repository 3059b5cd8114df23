"""Logging in chat: `contribution …`, a sentence that tells one, and the buttons after.

A command that names everything is logged at once. A sentence ("j'ai fait un témoignage
vidéo hier") is read offline and proposed with buttons: confirm, another kind, another
date, cancel. A community manager logs for someone with `contribution pour PERSONNE …`.
A mixin of the contributions skill.
"""

from __future__ import annotations

import asyncio
from datetime import date, timedelta

from bot.contributions.dates import BadDay, parse_day
from bot.contributions.errors import ContributionError
from bot.contributions.guess import guess, guess_kind, looks_like_report
from bot.contributions.kinds import find, fold
from bot.contributions.log import Logged, NewContribution, Proof, person_today
from bot.contributions.proofs import BadProof, keep_file
from bot.contributions.tables import ContributionSource
from bot.core.messages import Action, Choice, ChoiceStyle
from bot.core.numbers import shorten
from bot.core.registry import STAFF_ROLES, command, flow_step, matcher, on_action
from bot.core.turn import Turn
from bot.people.tables import Person
from skills.contributions.base import Handlers
from skills.contributions.drafts import Draft, read_command
from skills.contributions.render import (
    DRAFT_ACTION,
    day,
    earned_lines,
    error_text,
    kind_choices,
    kind_label,
    t,
)

DRAFT_STATE = "contribution_draft"
CANCEL_WORDS = {"annuler", "cancel", "stop", "non", "no", "laisse tomber", "never mind"}
FLOW = "contributions"


def _reports_a_contribution(turn: Turn) -> bool:
    if turn.client is None or not turn.incoming.text or turn.incoming.action is not None:
        return False
    text = turn.incoming.text
    return looks_like_report(text) and guess_kind(turn.client, fold(text)) is not None


class LoggingCommands(Handlers):
    # -- the command ---------------------------------------------------------------------
    @command(
        "contribution",
        "j'ai fait une contribution",
        "i made a contribution",
        "nouvelle contribution",
        "new contribution",
        "déclarer une contribution",
        "log a contribution",
        summary="contributions.chat.log_summary",
        usage="contributions.chat.log_usage",
    )
    async def log_command(self, turn: Turn, args: str) -> None:
        """`contribution TYPE [DATE] [LIEN] [note]`; without a known kind first, the words
        are read like a sentence ("j'ai fait une contribution : un avis Google")."""
        assert turn.client is not None
        if await asks_a_question(turn, args):
            return
        args = args.strip(" :,-–")
        me = await self._me(turn)
        today = person_today(turn.client, me, self.clock.now())
        read = read_command(turn.client, args, today, turn.incoming.platform.value)
        lang = turn.language
        if read.bad_person is not None:
            turn.say(error_text(lang, ContributionError("bad_person", person=read.bad_person)))
            return
        person = me
        if read.for_ref is not None:
            if turn.role not in STAFF_ROLES:
                turn.say(error_text(lang, ContributionError("not_staff_for_others")))
                return
            view = await asyncio.to_thread(self.roster.find, turn.client_name, read.for_ref)
            if view is None:
                turn.say(
                    error_text(
                        lang, ContributionError("unknown_person", person=str(read.for_typed))
                    )
                )
                return
            person = view.person
        if read.bad_day is not None:
            turn.say(t(lang, "bad_date", date=read.bad_day))
            return
        draft = Draft.new(
            person.id or 0,
            read.day or person_today(turn.client, person, self.clock.now()),
            kind=read.kind,
            url=read.url,
            note=read.note,
            for_other=person.id != me.id,
        )
        if not await self._attach(turn, draft):
            return
        if read.unknown_kind is not None:
            guessed = guess_kind(turn.client, fold(args))
            if guessed is not None:  # words that tell it: proposed, to confirm or correct
                draft.kind, draft.origin, draft.note = guessed.id, "guess", args[:500] or None
                self._keep(turn, draft)
                self._propose(turn, draft)
                return
            self._keep(turn, draft)
            turn.ask_choice(
                t(lang, "unknown_kind", kind=read.unknown_kind[:40]),
                DRAFT_ACTION,
                list(kind_choices(turn.client, lang, f"kind:{draft.token}:")),
            )
            return
        if draft.kind is None:
            self._keep(turn, draft)
            turn.ask_choice(
                t(lang, "choose_kind") + "\n" + t(lang, "log_usage_hint"),
                DRAFT_ACTION,
                list(kind_choices(turn.client, lang, f"kind:{draft.token}:")),
            )
            return
        await self._log(turn, draft)

    # -- a sentence ----------------------------------------------------------------------
    @matcher(_reports_a_contribution)
    async def told(self, turn: Turn) -> None:
        await self._guess(turn, turn.text)

    async def _guess(self, turn: Turn, typed: str) -> None:
        assert turn.client is not None
        me = await self._me(turn)
        today = person_today(turn.client, me, self.clock.now())
        read = guess(turn.client, typed, today)
        if read.bad_day is not None:
            turn.say(t(turn.language, "bad_date", date=read.bad_day))
            return
        draft = Draft.new(
            me.id or 0,
            read.day,
            kind=read.kind.id if read.kind else None,
            url=read.link,
            note=typed.strip()[:500] or None,
            origin="guess",
        )
        if not await self._attach(turn, draft):
            return
        self._keep(turn, draft)
        if draft.kind is None:
            turn.ask_choice(
                t(turn.language, "choose_kind"),
                DRAFT_ACTION,
                list(kind_choices(turn.client, turn.language, f"kind:{draft.token}:")),
            )
            return
        self._propose(turn, draft)

    def _propose(self, turn: Turn, draft: Draft) -> None:
        assert turn.client is not None
        lang = turn.language
        proof = draft.url or draft.file_name
        body = t(
            lang,
            "proposal",
            kind=kind_label(turn.client, draft.kind or "other", lang),
            date=day(draft.on),
            proof=t(lang, "proposal_proof", proof=proof) if proof else "",
        )
        token = draft.token
        turn.ask_choice(
            body,
            DRAFT_ACTION,
            [
                Choice(t(lang, "confirm"), f"confirm:{token}", ChoiceStyle.PRIMARY),
                Choice(t(lang, "other_kind"), f"kinds:{token}"),
                Choice(t(lang, "other_date"), f"dates:{token}"),
                Choice(t(lang, "cancel"), f"cancel:{token}", ChoiceStyle.DANGER),
            ],
        )

    # -- the buttons ---------------------------------------------------------------------
    @on_action(DRAFT_ACTION)
    async def draft_clicked(self, turn: Turn, action: Action) -> None:
        assert turn.client is not None
        what, _, rest = action.value.partition(":")
        token, _, choice = rest.partition(":")
        draft = Draft.of_state(turn.state.get(DRAFT_STATE))
        lang = turn.language
        if draft is None or draft.token != token:
            turn.say(turn.t("core.stale_action"), ephemeral=True)
            return
        if what == "confirm" and draft.kind:
            await self._log(turn, draft)
        elif what == "cancel":
            self._drop(turn)
            turn.say(t(lang, "cancelled"))
        elif what == "kinds":
            turn.ask_choice(
                t(lang, "choose_kind"),
                DRAFT_ACTION,
                list(kind_choices(turn.client, lang, f"kind:{token}:")),
            )
        elif what == "kind" and find(turn.client, choice) is not None:
            draft.kind = choice
            if draft.origin == "command":
                await self._log(turn, draft)
            else:
                self._keep(turn, draft)
                self._propose(turn, draft)
        elif what == "dates":
            self._ask_day(turn, draft)
        elif what == "day" and choice.isdigit() and int(choice) <= 2:
            today = await asyncio.to_thread(self._today, turn, draft)
            draft.day = (today - timedelta(days=int(choice))).isoformat()
            draft.awaiting = None
            self._keep(turn, draft)
            self._propose(turn, draft)
        else:
            turn.say(turn.t("core.stale_action"), ephemeral=True)

    def _ask_day(self, turn: Turn, draft: Draft) -> None:
        lang = turn.language
        draft.awaiting = "date"
        self._keep(turn, draft)
        turn.state["active_flow"] = FLOW
        turn.ask_choice(
            t(lang, "ask_date"),
            DRAFT_ACTION,
            [Choice(t(lang, f"days_ago.{n}"), f"day:{draft.token}:{n}") for n in range(3)],
        )

    @flow_step()
    async def typed_day(self, turn: Turn) -> None:
        """The day typed after "another date" ("hier", "12/03", "2027-03-12")."""
        draft = Draft.of_state(turn.state.get(DRAFT_STATE))
        if draft is None or draft.awaiting != "date":
            self._drop(turn)
            turn.say(turn.t("core.stale_action"), ephemeral=True)
            return
        if fold(turn.text).strip(" .!") in CANCEL_WORDS:
            self._drop(turn)
            turn.say(t(turn.language, "cancelled"))
            return
        today = await asyncio.to_thread(self._today, turn, draft)
        try:
            typed = parse_day(turn.text.strip(), today)
        except BadDay:
            turn.say(t(turn.language, "bad_date", date=shorten(turn.text, 40)))
            return
        draft.day, draft.awaiting = typed.isoformat(), None
        turn.state.pop("active_flow", None)
        self._keep(turn, draft)
        self._propose(turn, draft)

    def _today(self, turn: Turn, draft: Draft) -> date:
        """The person's own today (their time zone), not the clicker's."""
        assert turn.client is not None
        with self.db.session() as session:
            person = session.get(Person, draft.person_id)
        assert person is not None
        return person_today(turn.client, person, self.clock.now())

    # -- logging -------------------------------------------------------------------------
    async def _log(self, turn: Turn, draft: Draft) -> None:
        assert turn.client is not None and draft.kind is not None
        lang = turn.language
        who = f"{turn.incoming.platform.value}:{turn.incoming.user_id}"
        proof = None
        if draft.url:
            proof = Proof(url=draft.url)
        elif draft.file_path:
            path = self.home / draft.file_path
            try:
                data = await asyncio.to_thread(path.read_bytes)
            except OSError:
                self._drop(turn)
                missing = ContributionError("proof_not_found", proof=draft.file_name or "")
                turn.say(error_text(lang, missing))
                return
            proof = Proof(filename=draft.file_name, data=data)
        new = NewContribution(
            person_id=draft.person_id,
            kind=draft.kind,
            occurred_on=draft.on,
            source=ContributionSource.STAFF if draft.for_other else ContributionSource.CHAT,
            logged_by=who,
            proof=proof,
            note=draft.note,
            approved=draft.for_other,
        )
        log = self.contribution_log()
        try:
            logged = await asyncio.to_thread(log.log, turn.client, new, tell_person=draft.for_other)
        except ContributionError as error:
            self._drop(turn)
            turn.say(error_text(lang, error))
            return
        self._drop(turn)
        turn.say("\n".join(logged_lines(turn, logged, draft.for_other)))

    async def _attach(self, turn: Turn, draft: Draft) -> bool:
        """Keep an attached file as the proof (when no link is given); False if refused."""
        if not turn.incoming.attachments or draft.url:
            return True
        attachment = turn.incoming.attachments[0]
        home, client = self.home, turn.client_name
        try:
            kept = await asyncio.to_thread(
                keep_file, home, client, attachment.filename, attachment.data
            )
        except BadProof as exc:
            turn.say(error_text(turn.language, ContributionError(exc.code)))
            return False
        draft.file_path, draft.file_name = kept.path, attachment.filename
        return True

    @staticmethod
    def _keep(turn: Turn, draft: Draft) -> None:
        turn.state[DRAFT_STATE] = draft.as_state()

    @staticmethod
    def _drop(turn: Turn) -> None:
        turn.state.pop(DRAFT_STATE, None)
        if turn.state.get("active_flow") == FLOW:
            turn.state.pop("active_flow")


async def asks_a_question(turn: Turn, args: str) -> bool:
    """ "contribution : comment ça marche ?" asks the documents: handed to the fallback."""
    asked = args.rstrip().endswith("?") and any(ch.isalnum() for ch in args)
    if not asked or turn.registry.fallback is None:
        return False
    turn.route = "fallback"
    await turn.registry.fallback(turn)
    return True


def logged_lines(turn: Turn, logged: Logged, for_other: bool) -> list[str]:
    assert turn.client is not None
    lang, row = turn.language, logged.contribution
    values = {
        "id": row.id,
        "kind": logged.kind.label(lang),
        "date": day(row.occurred_on),
        "points": row.points,
        "cap": logged.kind.daily_cap,
    }
    if logged.pending:
        key = "logged_pending"
    elif row.capped:
        key = "logged_capped"
    else:
        key = "logged_for" if for_other else "logged"
    lines = [t(lang, key, **values)]
    if not for_other:
        lines += earned_lines(
            turn.client,
            lang,
            [p.level.id for p in logged.promotions],
            [b.rule.id for b in logged.badges],
        )
    return lines

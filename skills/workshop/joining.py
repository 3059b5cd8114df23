"""Joining a session: by the Join button or `rejoindre <code>`, within its audience."""

from __future__ import annotations

from bot.core.numbers import shorten
from bot.core.registry import ALL_ROLES, command
from bot.core.turn import Turn
from skills.workshop import engine
from skills.workshop.base import (
    WorkshopBase,
    session_code,
)
from skills.workshop.engine import fold
from skills.workshop.repository import (
    ACTIVE,
    CODE_LENGTH,
    INVITED,
    PAUSED,
)
from skills.workshop.tables import WorkshopParticipant, WorkshopSession


class JoiningMixin(WorkshopBase):
    """Who may join which session, and the first question once they have."""

    @command(
        "rejoindre",
        "join",
        summary="workshop.join_summary",
        usage="workshop.join_usage",
        roles=ALL_ROLES,
    )
    async def join_command(self, turn: Turn, args: str) -> None:
        if args.strip():
            await self._join_by_code(turn, args.split()[0])
            return
        # No code: the one session this person is invited to (or may join) is meant.
        incoming = turn.incoming
        joinable = []
        for session in await self._db(self.repo.open_sessions, turn.client_name):
            place = await self._db(
                self.repo.participant_in, session.id, incoming.platform.value, incoming.user_id
            )
            if (place is None or place.status == INVITED) and not self._join_refusal(
                turn, session, place
            ):
                joinable.append((place is not None, session))
        invited = [s for was_invited, s in joinable if was_invited]
        candidates = invited or [s for _, s in joinable]
        if len(candidates) == 1:
            await self._join_by_code(turn, candidates[0].code)
        elif candidates:
            labels = ", ".join(self._session_label(turn, s) for s in candidates)
            turn.say(turn.t("workshop.join.which", sessions=labels))
        else:
            turn.say(turn.t("workshop.join.usage_hint"))

    async def _join_by_code(self, turn: Turn, typed: str) -> None:
        code = session_code(typed)
        if code is None:
            turn.say(turn.t("workshop.join.bad_code", code=shorten(typed), length=CODE_LENGTH))
            return
        session = await self._db(self.repo.session_by_code, turn.client_name, code)
        if session is None:
            turn.say(turn.t("workshop.join.unknown_code", code=code))
            return
        if session.status != "open":
            turn.say(turn.t("workshop.join.closed", code=session.code))
            return
        flow = self._flow_or_say(turn, session)
        if flow is None:
            return
        incoming = turn.incoming
        invited = await self._db(
            self.repo.participant_in, session.id, incoming.platform.value, incoming.user_id
        )
        refusal = self._join_refusal(turn, session, invited)
        if refusal:
            turn.say(refusal, ephemeral=True)
            return
        first = engine.next_step(flow, {})
        participant, already = await self._db(
            self.repo.join,
            session.id,
            incoming.platform.value,
            incoming.user_id,
            incoming.user_name,
            first.id if first else None,
        )
        target, user = self._where(turn, session)
        if already:
            turn.say(
                turn.t("workshop.join.already", code=session.code), target=target, user_id=user
            )
        else:
            turn.say(flow.intro.get(turn.language), target=target, user_id=user)
        if participant.status == ACTIVE:
            await self._present(turn, session, participant, flow)
        elif participant.status == PAUSED:
            turn.say(turn.t("workshop.paused_hint", code=session.code), target=target, user_id=user)

    def _join_refusal(
        self, turn: Turn, session: WorkshopSession, invited: WorkshopParticipant | None
    ) -> str | None:
        if session.audience == "invited" and invited is None:
            return turn.t("workshop.join.invite_only", code=session.code)
        if session.audience == "group" and invited is None:
            groups = {fold(g) for g in turn.incoming.user_groups} | {fold(str(turn.role))}
            if fold(session.group or "") not in groups:
                return turn.t("workshop.join.group_only", group=session.group)
        return None

"""Which workshop a message or a click belongs to: by thread, by DM, or by an explicit choice."""

from __future__ import annotations

from bot.core.messages import Action, Choice
from bot.core.numbers import parse_id
from bot.core.registry import STAFF_ROLES, flow_step, on_action
from bot.core.turn import Turn
from skills.workshop.base import (
    CLOSE,
    EDIT,
    GROUP,
    LIST,
    NUDGE,
    OPEN,
    RESULTS,
    RESUME,
    STATUS,
    Participation,
    WorkshopBase,
    first_word,
    session_code,
)
from skills.workshop.present import JOIN_ACTION, PICK_ACTION
from skills.workshop.repository import (
    ACTIVE,
    DONE,
    INVITED,
    PAUSED,
)


class RoutingMixin(WorkshopBase):
    """Claims the messages that answer a workshop, and the workshop clicks."""

    async def has_active_flow(self, turn: Turn) -> bool:
        if turn.client is None or turn.incoming.action is not None:
            return False
        if self._is_own_command(turn.text):
            return False
        return await self._participation(turn) is not None

    async def open_step(self, turn: Turn) -> str | None:
        if turn.client is None:
            return None
        participation = await self._participation(turn)
        if not isinstance(participation, Participation) or participation.participant is None:
            return None
        participant = participation.participant
        if participant.status != ACTIVE or participant.step_id is None:
            return None
        return f"{participation.session.id}:{participant.step_id}"

    def _is_own_command(self, message: str) -> bool:
        """`atelier statut`, `rejoindre K7P2Q`… but not an answer such as "Atelier je sais pas"."""
        word, rest = first_word(message)
        argument, tail = first_word(rest)
        if word in {"rejoindre", "join"}:
            return not rest or session_code(rest) is not None
        if word not in {"atelier", "workshop"}:
            return False
        if argument in self.catalog.flows:  # then nobody, people, a group or "ouvert"
            after = first_word(tail)[0]
            return not tail or tail.startswith(("@", "<@")) or after in GROUP | OPEN
        if argument in STATUS | NUDGE | CLOSE | RESULTS:
            return not tail or session_code(tail) is not None
        return argument in LIST and not tail

    async def _participation(self, turn: Turn) -> Participation | list[Participation] | None:
        incoming = turn.incoming
        word = first_word(turn.text)[0]
        participations = [
            Participation(s, p)
            for s, p in await self._db(
                self.repo.participations,
                turn.client_name,
                incoming.platform.value,
                incoming.user_id,
            )
        ]
        if incoming.thread_id:
            session = await self._db(
                self.repo.session_in_thread, turn.client_name, incoming.thread_id
            )
            if session is None:
                return None
            mine = next((p for p in participations if p.session.id == session.id), None)
            if mine is not None and mine.participant and mine.participant.status != INVITED:
                return mine
            return None if turn.role in STAFF_ROLES else Participation(session, None)
        if not incoming.is_direct:
            return None
        wanted = {ACTIVE}
        paused = any(p.participant and p.participant.status == PAUSED for p in participations)
        if word in RESUME and paused:
            wanted = {PAUSED}  # "reprendre" resumes a paused workshop, else shows the open step
        elif word in EDIT:
            wanted = {ACTIVE, DONE}
        live = [p for p in participations if p.participant and p.participant.status in wanted]
        if len(live) <= 1:
            return live[0] if live else None
        chosen = turn.state.get("workshop_session")
        return next((p for p in live if p.session.id == chosen), live)

    @flow_step()
    async def on_message(self, turn: Turn) -> None:
        found = await self._participation(turn)
        if isinstance(found, list):
            turn.state["workshop_pending"] = turn.text
            turn.ask_choice(
                turn.t("workshop.pick_session"),
                PICK_ACTION,
                [Choice(self._session_label(turn, p.session), str(p.session.id)) for p in found],
            )
            return
        if found is None:
            turn.say(turn.t("core.not_understood"))
            return
        if found.participant is None:
            turn.say(self._outsider_text(turn, found.session), ephemeral=True)
            return
        await self._handle(turn, found.session, found.participant, turn.text)

    @on_action("workshop.")
    async def on_click(self, turn: Turn, action: Action) -> None:
        kind, *parts = action.action_id.split("|")
        if kind == JOIN_ACTION:
            await self._join_by_code(turn, action.value)
        elif kind == PICK_ACTION:
            await self._pick(turn, action.value)
        elif len(parts) == 2 and isinstance(session_id := parse_id(parts[0], prefixed=False), int):
            await self._clicked_answer(turn, session_id, parts[1], action.value)
        else:
            turn.say(turn.t("core.stale_action"))

    async def _pick(self, turn: Turn, value: str) -> None:
        session_id = parse_id(value, prefixed=False)
        turn.state["workshop_session"] = session_id if isinstance(session_id, int) else None
        pending = turn.state.pop("workshop_pending", None)
        participation = await self._participation(turn)
        if not isinstance(participation, Participation) or participation.participant is None:
            turn.say(turn.t("core.stale_action"))
            return
        turn.say(turn.t("workshop.picked", name=self._session_label(turn, participation.session)))
        if pending:
            await self._handle(turn, participation.session, participation.participant, pending)
        else:
            flow = self._flow_or_say(turn, participation.session)
            if flow:
                await self._present(turn, participation.session, participation.participant, flow)

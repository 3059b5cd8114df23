"""A person's data rights in chat (issue 20, items 3 and 4).

`mes données` / `my data` sends the person, in a direct message, one JSON file of
everything the registered stores keep about them in this client. `oubli` / `forget me`
asks for a typed confirmation (`OUBLI` / `FORGET`), then erases them from every store and
tells what was erased per store. Only the person's own data, in chat: staff acting on
someone else's request use `ambassade privacy export|erase`. Both are private: typed during
a handoff they are handled here, never relayed to the staff (the erasure closes the
handoff and erases its messages with the rest). What the bot posted for the staff that
quotes them (handoff cards, relayed messages) is edited to say it was erased
(`staff_messages`).
"""

from __future__ import annotations

import asyncio
from typing import Protocol

from bot.core.messages import Attachment, Target
from bot.core.registry import ALL_ROLES, Skill, SkillRegistry, command, flow_step, fold_command
from bot.core.turn import Turn
from bot.data_rights.registry import DataSubject, PersonalDataRegistry
from bot.data_rights.report import erased_lines
from bot.data_rights.service import erase_person, export_person, find_subject, to_json
from bot.handoff.conversation import to_staff
from bot.handoff.personal_data import active_handoffs
from bot.people.refs import PersonRef
from bot.store import Database
from bot.tenants import Role
from prompts.catalog import text
from skills.data_rights import staff_messages

CONFIRM_KEY = "data_rights_confirm"  # the word the person must type, while it is asked
STAFF = (Role.COMMUNITY_MANAGER, Role.FACILITATOR)
WORDS = ("oubli", "forget")  # the confirmation words, in every language (folded)


class DataRightsDeps(Protocol):
    @property
    def db(self) -> Database: ...

    @property
    def personal_data(self) -> PersonalDataRegistry: ...  # every store's export and erase


class DataRightsSkill(Skill):
    name = "data_rights"
    flow_words = frozenset(WORDS)  # "OUBLI" while asked is the answer, not the command again
    private_flows = True  # the confirmation is theirs to give: never relayed in a handoff

    def __init__(self, db: Database, registry: PersonalDataRegistry) -> None:
        self.db = db
        self.registry = registry

    async def has_active_flow(self, turn: Turn) -> bool:
        return turn.state.get("active_flow") == self.name and CONFIRM_KEY in turn.state

    def _subject(self, turn: Turn) -> DataSubject | None:
        ref = PersonRef(platform=turn.incoming.platform.value, user_id=turn.incoming.user_id)
        return find_subject(self.db, turn.client_name, ref)

    @staticmethod
    def _names_someone(turn: Turn, args: str, key: str) -> bool:
        """Arguments after the command: only one's own data is handled in chat."""
        if not any(ch.isalnum() for ch in args):
            return False
        staff = turn.role in STAFF
        turn.say(
            turn.t(
                f"datarights.{key}.{'others_staff' if staff else 'others'}", client=turn.client_name
            ),
            ephemeral=True,
        )
        return True

    @command(
        "mes données",
        "my data",
        summary="datarights.export.summary",
        usage="datarights.export.usage",
        roles=ALL_ROLES,
        private=True,
    )
    async def my_data(self, turn: Turn, args: str) -> None:
        if self._names_someone(turn, args, "export"):
            return
        subject = await asyncio.to_thread(self._subject, turn)
        if subject is None:
            turn.say(turn.t("datarights.export.unknown"))
            return
        document = await asyncio.to_thread(export_person, self.db, self.registry, subject)
        client = _shown(turn)
        attachment = Attachment(
            filename=turn.t("datarights.export.filename", client=turn.client_name),
            data=to_json(document).encode("utf-8"),
            content_type="application/json",
        )
        message = turn.t("datarights.export.sent", client=client, stores=len(document["stores"]))
        user = turn.incoming.user_id
        if turn.incoming.is_direct:
            turn.say(message, attachment=attachment)
            return
        turn.say(message, attachment=attachment, target=Target.DIRECT, user_id=user)
        turn.say(turn.t("datarights.export.sent_elsewhere"), ephemeral=True)

    @command(
        "oubli",
        "forget me",
        summary="datarights.erase.summary",
        usage="datarights.erase.usage",
        roles=ALL_ROLES,
        private=True,
    )
    async def forget_me(self, turn: Turn, args: str) -> None:
        if self._names_someone(turn, args, "erase"):
            return
        if CONFIRM_KEY in turn.state and fold_command(turn.text) in WORDS:
            await self._erase(turn)  # typed again while asked (inside another flow)
            return
        word = turn.t("datarights.erase.word")
        turn.state["active_flow"] = self.name
        turn.state[CONFIRM_KEY] = word
        turn.say(turn.t("datarights.erase.confirm", client=_shown(turn), word=word))

    @flow_step()
    async def confirmation(self, turn: Turn) -> None:
        if fold_command(turn.text) in WORDS:
            await self._erase(turn)
            return
        self.close_flow(turn)

    def close_flow(self, turn: Turn) -> None:
        """Anything but the word cancels (in a handoff, the message goes on to the staff)."""
        word = turn.state.pop(CONFIRM_KEY, None) or turn.t("datarights.erase.word")
        turn.state.pop("active_flow", None)
        turn.say(turn.t("datarights.erase.cancelled", word=word))

    async def _erase(self, turn: Turn) -> None:
        lang, client = turn.language, _shown(turn)
        subject = await asyncio.to_thread(self._subject, turn)
        if subject is None:
            turn.state.clear()
            turn.say(text(lang, "datarights.erase.nothing", client=client))
            return
        relays = await asyncio.to_thread(active_handoffs, self.db, subject)
        assert turn.client is not None
        posted = await asyncio.to_thread(staff_messages.gather, self.db, turn.client, subject)
        erasure = await asyncio.to_thread(erase_person, self.db, self.registry, subject)
        if erasure.failed is not None:
            turn.state.pop(CONFIRM_KEY, None)
            turn.state.pop("active_flow", None)
            turn.say(text(lang, "datarights.erase.failed", store=erasure.failed))
            return
        # Nothing of this conversation may be saved again (the last stage saves a state
        # that is not empty), nor the reply remembered in a transcript (only replies in
        # place are): the answer goes to them directly.
        turn.state.clear()
        lines = "\n".join(erased_lines(lang, erasure))
        key = "datarights.erase.done" if lines else "datarights.erase.nothing"
        turn.say(
            text(lang, key, client=client, lines=lines),
            target=Target.DIRECT,
            user_id=turn.incoming.user_id,
        )
        _tell_staff(turn, relays)
        turn.replies += staff_messages.replacements(turn.client, posted)


def _tell_staff(turn: Turn, relays: list[tuple[int, str]]) -> None:
    """Each handoff the erasure closed, by number only: who it was is erased too."""
    assert turn.client is not None
    for handoff_id, platform in relays:
        notice = text(turn.client.language, "handoff.erased_note", id=handoff_id)
        turn.say(notice, **to_staff(turn.client, platform))


def _shown(turn: Turn) -> str:
    """The program's name as people know it."""
    assert turn.client is not None
    return turn.client.title


def setup(registry: SkillRegistry, deps: DataRightsDeps) -> None:
    registry.register(DataRightsSkill(deps.db, deps.personal_data))

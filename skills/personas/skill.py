"""`personas` and its sub-commands: one shared, versioned set of personas per client.

- `personas`: staff see the newest version (a draft is generated when there is none);
  ambassadors see the newest published version, names and descriptions only.
- `personas générer`: a new draft from every JE answer of the client (facilitators and
  community managers).
- `personas modifier <n> nom|description <texte>`, `personas valider` (the draft becomes
  the shared reference of every department), `personas publier` (ambassadors see it too),
  `personas historique`: community managers (history: staff).
Refused below `MIN_PARTICIPANTS` participants, saying why. The engine is `bot.personas`.
"""

from __future__ import annotations

import asyncio
from functools import partial
from typing import Protocol

from bot.core.registry import ALL_ROLES, STAFF_ROLES, Skill, SkillRegistry, command
from bot.core.turn import Turn
from bot.llm import ModelGateway
from bot.llm.calls import CallContext
from bot.personas.model import MIN_PARTICIPANTS, TooFewParticipants
from bot.personas.refine import refine
from bot.personas.render import public_text, staff_text
from bot.policy.confidentiality import DetectorCache
from bot.settings import Settings
from bot.store.database import Database
from bot.tenants import Role
from knowledge.catalog import document_titles
from knowledge.sensitivity import INTERNAL, PUBLIC
from skills.personas import request as req
from skills.personas.gather import Drafted, draft_from_workshops
from skills.personas.store import NoDraft, NoSuchPersona, NotValidated, PersonaStore, StoredPersonas
from skills.personas.tables import DRAFT, PUBLISHED, VALIDATED
from skills.synthesis.chat import when
from skills.synthesis.share import identifier_check
from skills.workshop.loader import FlowCatalog, load_flows
from skills.workshop.repository import WorkshopRepository

JE = "je"
HISTORY_SHOWN = 10
CM_ONLY = {req.EDIT: "edit", req.VALIDATE: "validate", req.PUBLISH: "publish"}


class PersonaDeps(Protocol):
    @property
    def db(self) -> Database: ...

    @property
    def settings(self) -> Settings: ...

    @property
    def gateway(self) -> ModelGateway: ...  # better wording, when a chat model is configured


def _who(turn: Turn) -> str:
    return turn.incoming.user_name or turn.incoming.user_id


class PersonaSkill(Skill):
    name = "personas"

    def __init__(
        self,
        repo: WorkshopRepository,
        store: PersonaStore,
        flows: FlowCatalog,
        gateway: ModelGateway,
        detectors: DetectorCache,
    ) -> None:
        self.repo = repo
        self.store = store
        self.flows = flows
        self.gateway = gateway
        self.detectors = detectors

    @command(
        "personas",
        "persona",
        summary="personas.summary",
        usage="personas.public_usage",
        staff_usage="personas.usage",
        roles=ALL_ROLES,
    )
    async def personas(self, turn: Turn, args: str) -> None:
        if turn.role not in STAFF_ROLES:
            await self._public(turn)  # ambassadors: the published set only, whatever they ask
            return
        try:
            asked = req.read(args)
        except req.BadRequest as bad:
            values = bad.values | {"usage": turn.t("personas.usage")}
            turn.say(turn.t(f"personas.errors.{bad.key}", **values), ephemeral=True)
            return
        if asked.action in CM_ONLY and turn.role != Role.COMMUNITY_MANAGER:
            action = turn.t(f"personas.action.{CM_ONLY[asked.action]}")
            turn.say(turn.t("personas.errors.cm_only", action=action), ephemeral=True)
            return
        match asked.action:
            case req.SHOW:
                newest = await asyncio.to_thread(self.store.newest, turn.client_name)
                if newest is None:
                    await self._generate(turn)
                else:
                    self._show(turn, newest)
            case req.GENERATE:
                await self._generate(turn)
            case req.EDIT:
                await self._edit(turn, asked)
            case req.VALIDATE:
                await self._validate(turn)
            case req.PUBLISH:
                await self._publish(turn)
            case req.HISTORY:
                await self._history(turn)

    # -- generating ------------------------------------------------------------------------
    def _draft(self, turn: Turn) -> Drafted | str:
        flow = self.flows.flows.get(JE)
        if flow is None:
            return turn.t("personas.errors.flow_missing")
        rows = self.repo.participant_answers(turn.client_name, JE)
        try:
            return draft_from_workshops(rows, flow, turn.language)
        except TooFewParticipants as few:
            if few.count == 0:
                return turn.t("personas.errors.no_answers")
            return turn.t("personas.too_few", minimum=MIN_PARTICIPANTS, count=few.count)

    async def _generate(self, turn: Turn) -> None:
        drafted = await asyncio.to_thread(self._draft, turn)
        if isinstance(drafted, str):
            turn.say(drafted, ephemeral=True)
            return
        personas = drafted.personas
        if not personas.personas:  # every draft failed the verbatim check: nothing to show
            turn.say(turn.t("personas.none"), ephemeral=True)
            return
        if self.gateway.allows(turn.client_name, "chat"):  # better words, same evidence rule
            ctx = CallContext(turn.client_name, "personas")
            personas = await refine(
                personas, drafted.collected.answers, self.gateway, ctx, language=turn.language
            )
        stored = await asyncio.to_thread(
            partial(
                self.store.save_draft,
                turn.client_name,
                personas,
                people=drafted.collected.people,
                sources=drafted.collected.sessions,
                created_by=_who(turn),
            )
        )
        key = "personas.generated" if stored.new else "personas.unchanged"
        lead = turn.t(key, version=stored.version, participants=personas.participants)
        self._show(turn, stored, lead=lead)

    # -- showing ---------------------------------------------------------------------------
    def _show(self, turn: Turn, stored: StoredPersonas, *, lead: str = "") -> None:
        sources = (
            turn.t("personas.sources", codes=", ".join(stored.sources))
            if stored.sources
            else turn.t("personas.sources_file")
        )
        heading = turn.t(
            "personas.heading",
            version=stored.version,
            status=turn.t(f"personas.status.{stored.status}"),
            participants=stored.personas.participants,
            sources=sources,
        )
        footer = turn.t(f"personas.next_{stored.status}")
        body = staff_text(stored.personas, language=turn.language, heading=heading, footer=footer)
        turn.say("\n\n".join(p for p in (lead, body) if p), sensitivity=INTERNAL)

    async def _public(self, turn: Turn) -> None:
        published = await asyncio.to_thread(self.store.published, turn.client_name)
        if published is None:
            turn.say(turn.t("personas.errors.none_published"), ephemeral=True)
            return
        config = turn.client
        assert config is not None
        detector = await asyncio.to_thread(self.detectors.for_client, config)
        identifies = identifier_check(detector, ())  # names stay out of what ambassadors read
        shown = await asyncio.to_thread(
            public_text, published.personas, language=turn.language, identifies=identifies
        )
        turn.say(shown, sensitivity=PUBLIC)

    # -- editing and deciding ------------------------------------------------------------
    async def _edit(self, turn: Turn, asked: req.Request) -> None:
        edit = partial(
            self.store.edit, turn.client_name, asked.number, asked.field, asked.value, by=_who(turn)
        )
        try:
            stored = await asyncio.to_thread(edit)
        except NoDraft:
            action = turn.t("personas.action.edit")
            turn.say(turn.t("personas.errors.no_draft", action=action), ephemeral=True)
            return
        except NoSuchPersona as missing:
            turn.say(
                turn.t("personas.errors.no_number", value=missing.number, count=missing.count),
                ephemeral=True,
            )
            return
        notes = []
        if stored.opened_from is not None:
            notes.append(
                turn.t("personas.edit_new_draft", version=stored.version, base=stored.opened_from)
            )
        field = turn.t(f"personas.field.{asked.field}")
        notes.append(
            turn.t("personas.edited_ok", number=asked.number, field=field, version=stored.version)
        )
        self._show(turn, stored, lead="\n".join(notes))

    async def _validate(self, turn: Turn) -> None:
        try:
            stored = await asyncio.to_thread(
                partial(self.store.validate, turn.client_name, by=_who(turn))
            )
        except NoDraft:
            action = turn.t("personas.action.validate")
            turn.say(turn.t("personas.errors.no_draft", action=action), ephemeral=True)
            return
        lead = turn.t("personas.validated_ok", version=stored.version, who=_who(turn))
        self._show(turn, stored, lead=lead)

    async def _publish(self, turn: Turn) -> None:
        try:
            stored = await asyncio.to_thread(
                partial(self.store.publish, turn.client_name, by=_who(turn))
            )
        except NotValidated:
            turn.say(turn.t("personas.errors.not_validated"), ephemeral=True)
            return
        turn.say(turn.t("personas.published_ok", version=stored.version), sensitivity=INTERNAL)

    async def _history(self, turn: Turn) -> None:
        versions = await asyncio.to_thread(self.store.history, turn.client_name)
        if not versions:
            turn.say(turn.t("personas.history_none"))
            return
        lines = [turn.t("personas.history_title", count=len(versions))]
        for index, item in enumerate(versions[:HISTORY_SHOWN]):
            status = item.status
            if status == DRAFT and index > 0:
                status = "superseded"  # a draft left behind by a newer version
            validated = (
                turn.t("personas.history_validated", who=item.validated_by)
                if item.validated_by and status in (VALIDATED, PUBLISHED)
                else ""
            )
            lines.append(
                turn.t(
                    "personas.history_line",
                    version=item.version,
                    status=turn.t(f"personas.status.{status}"),
                    personas=len(item.personas.personas),
                    participants=item.personas.participants,
                    when=when(item.created_at, turn.client),
                    who=item.created_by,
                    validated=validated,
                )
            )
        turn.say("\n".join(lines), sensitivity=INTERNAL)


def setup(registry: SkillRegistry, deps: PersonaDeps) -> None:
    from skills.workshop.skill import flow_directories

    titles = partial(document_titles, deps.settings.knowledge_dir)
    registry.register(
        PersonaSkill(
            WorkshopRepository(deps.db),
            PersonaStore(deps.db),
            load_flows(flow_directories(deps.settings.home)),
            deps.gateway,
            DetectorCache(titles=titles),
        )
    )

"""`synthèse [code] [noms]`, `synthèse partage [code]`, `synthèse historique` (staff only).

A facilitator or community manager gets, in seconds, what the JE participants converge
and diverge on and how the program's objectives meet their needs, each point with their
own words; every synthesis is stored as the next version of its scope (a session code, or
"all"). Participants are P1, P2… unless the facilitator asks for names, and then only
those who agreed (the JE step `named_in_synthesis`). `partage` is the participant-safe
version. The engine (`bot.synthesis`) does the synthesis; this skill gathers, stores and
shows it.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from functools import partial
from typing import Protocol

from bot.core.messages import Attachment
from bot.core.registry import STAFF_ROLES, Skill, SkillRegistry, command
from bot.core.turn import Turn
from bot.llm import ModelGateway
from bot.llm.calls import CallContext
from bot.policy.confidentiality import DetectorCache
from bot.settings import Settings
from bot.store.database import Database
from bot.synthesis.engine import synthesise
from bot.synthesis.model import Synthesis
from bot.synthesis.refine import refine
from bot.synthesis.render import render_markdown
from bot.synthesis.verify import verify
from bot.tenants import ClientDirectory
from knowledge.catalog import document_titles
from knowledge.sensitivity import INTERNAL, PUBLIC
from skills.synthesis import chat
from skills.synthesis.collect import Collected, collect, objectives_of
from skills.synthesis.share import identifier_check, participant_safe
from skills.synthesis.store import StoredSynthesis, SynthesisStore
from skills.synthesis.tables import ALL_SESSIONS
from skills.workshop.base import session_code
from skills.workshop.engine import fold
from skills.workshop.loader import FlowCatalog, load_flows
from skills.workshop.repository import WorkshopRepository

JE = "je"
SHARE = {"partage", "partager", "share"}
NAMES = {"noms", "nominatif", "names"}
HISTORY = {"historique", "versions", "history"}
HISTORY_SHOWN = 10
FILE_ABOVE_CHARS = 6_000  # a longer Markdown synthesis (3 Discord messages) goes as a file


class SynthesisDeps(Protocol):
    @property
    def db(self) -> Database: ...

    @property
    def settings(self) -> Settings: ...

    @property
    def clients(self) -> ClientDirectory: ...

    @property
    def gateway(self) -> ModelGateway: ...  # better wording, when a chat model is configured


@dataclass(frozen=True)
class Request:
    code: str | None = None
    share: bool = False
    names: bool = False
    history: bool = False


@dataclass(frozen=True)
class Problem:
    """Why there is nothing to synthesise: a catalogue key and its values."""

    key: str
    values: dict[str, object]


class BadArgument(ValueError):
    def __init__(self, key: str, **values: str) -> None:
        super().__init__(key)
        self.key = key
        self.values = values


def read_request(args: str) -> Request:
    """What `synthèse …` asks for; `BadArgument` names what cannot be read."""
    request: dict[str, object] = {}
    for word in args.split():
        folded = fold(word).strip(" ,.;!?")
        if folded in SHARE:
            request["share"] = True
        elif folded in NAMES:
            request["names"] = True
        elif folded in HISTORY:
            request["history"] = True
        elif session_code(folded) and "code" not in request:
            request["code"] = session_code(folded)
        elif folded.isalnum() and len(folded) <= 8 and "code" not in request:
            raise BadArgument("synthchat.errors.no_such_session", code=word)
        else:
            raise BadArgument("synthchat.errors.bad_argument", value=word)
    return Request(**request)  # type: ignore[arg-type]


class SynthesisSkill(Skill):
    name = "synthesis"

    def __init__(
        self,
        repo: WorkshopRepository,
        store: SynthesisStore,
        flows: FlowCatalog,
        detectors: DetectorCache,
        gateway: ModelGateway,
    ) -> None:
        self.repo = repo
        self.store = store
        self.flows = flows
        self.detectors = detectors
        self.gateway = gateway

    @command(
        "synthèse",
        "synthesis",
        summary="synthchat.summary",
        usage="synthchat.usage",
        roles=STAFF_ROLES,
    )
    async def synthesis(self, turn: Turn, args: str) -> None:
        try:
            request = read_request(args)
        except BadArgument as bad:
            values = bad.values | {"usage": turn.t("synthchat.usage")}
            turn.say(turn.t(bad.key, **values), ephemeral=True)
            return
        if request.history:
            await self._history(turn)
            return
        gathered = await asyncio.to_thread(self._gather, turn, request.code)
        if isinstance(gathered, Problem):
            turn.say(turn.t(gathered.key, **gathered.values), ephemeral=True)
            return
        scope, collected = gathered
        synthesis = await asyncio.to_thread(self._synthesise, turn, collected)
        if self.gateway.allows(turn.client_name, "chat"):  # better labels, same evidence rule
            ctx = CallContext(turn.client_name, "synthesis")
            refined = await refine(
                synthesis, collected.answers, self.gateway, ctx, language=turn.language
            )
            synthesis = verify(refined, collected.answers)
        stored = await asyncio.to_thread(
            self.store.save,
            turn.client_name,
            scope,
            synthesis,
            people=collected.people,
            created_by=turn.incoming.user_name or turn.incoming.user_id,
        )
        if request.share:
            await self._show_shared(turn, stored, collected, asked_names=request.names)
        else:
            self._show(turn, stored, collected, names=request.names)

    # -- gathering -------------------------------------------------------------------------
    def _gather(self, turn: Turn, code: str | None) -> tuple[str, Collected] | Problem:
        client = turn.client_name
        if code is not None:
            session = self.repo.session_by_code(client, code)
            if session is None or session.id is None:
                return Problem("synthchat.errors.no_such_session", {"code": code})
            if session.flow != JE:
                flow = self.flows.flows.get(session.flow)
                title = flow.title.get(turn.language) if flow else session.flow
                return Problem("synthchat.errors.not_je", {"code": code, "flow": title})
            rows = self.repo.session_answers(session.id)
            scope = session.code
        else:
            rows = self.repo.participant_answers(client, JE)
            scope = ALL_SESSIONS
            if not rows and not self._had_je(client):
                return Problem("synthchat.errors.no_sessions", {})
        flow = self.flows.flows.get(JE)
        if flow is None:
            return Problem("synthchat.errors.flow_missing", {})
        collected = collect(rows, flow, turn.language)
        if not collected.answers:
            where = chat.scope_text(turn.language, scope, len(collected.sessions))
            return Problem("synthchat.errors.no_answers", {"scope": where})
        return scope, collected

    def _had_je(self, client: str) -> bool:
        return self.repo.latest_output(client, JE) is not None or any(
            s.flow == JE for s in self.repo.open_sessions(client)
        )

    def _synthesise(self, turn: Turn, collected: Collected) -> Synthesis:
        objectives = objectives_of(self.repo.program_definition(turn.client_name))
        drafted = synthesise(
            collected.answers, objectives, language=turn.language, skipped=collected.skipped
        )
        return verify(drafted, collected.answers)  # nothing unverifiable reaches the chat

    # -- showing ---------------------------------------------------------------------------
    def _heading(self, turn: Turn, stored: StoredSynthesis, sessions: int, key: str) -> str:
        return turn.t(
            key,
            scope=chat.scope_text(turn.language, stored.scope, sessions),
            version=stored.version,
            participants=stored.synthesis.participants,
        )

    def _show(
        self, turn: Turn, stored: StoredSynthesis, collected: Collected, *, names: bool
    ) -> None:
        shown_names = collected.names if names else {}
        author = {a.id: a.participant for a in collected.answers}

        def who(answer_id: str) -> str | None:
            label = author.get(answer_id)
            return shown_names.get(label, label) if label else None

        key = "synthchat.heading" if stored.new else "synthchat.heading_same"
        heading = self._heading(turn, stored, len(collected.sessions), key)
        summary = chat.summary(stored.synthesis, language=turn.language, heading=heading, who=who)
        body = summary.text
        if names:
            total = len(collected.people)
            body += "\n\n" + (
                turn.t("synthchat.names_shown", named=len(shown_names), total=total)
                if shown_names
                else turn.t("synthchat.names_none")
            )
        turn.say(body, sensitivity=INTERNAL)
        # Every label given as its own "name", so the file shows the chat's P1, P2…
        shown = {label: shown_names.get(label, label) for label in collected.people}
        markdown = render_markdown(
            stored.synthesis, language=turn.language, names=shown, owners=author
        )
        if not summary.complete or len(markdown) > FILE_ABOVE_CHARS:
            filename = turn.t(
                "synthchat.filename",
                client=turn.client_name,
                scope=stored.scope,
                version=stored.version,
            )
            self._attach(turn, markdown, filename, INTERNAL)

    async def _show_shared(
        self, turn: Turn, stored: StoredSynthesis, collected: Collected, *, asked_names: bool
    ) -> None:
        config = turn.client
        assert config is not None
        detector = await asyncio.to_thread(self.detectors.for_client, config)
        identifies = identifier_check(detector, collected.display_names.values())
        shared = await asyncio.to_thread(participant_safe, stored.synthesis, identifies)
        heading = turn.t(
            "synthchat.heading_share",
            scope=chat.scope_text(turn.language, stored.scope, len(collected.sessions)),
            participants=shared.synthesis.participants,
        )
        summary = chat.summary(
            shared.synthesis, language=turn.language, heading=heading, who=lambda _: None
        )
        notes = []
        if shared.withheld_verbatims or shared.withheld_points:
            notes.append(
                turn.t(
                    "synthchat.withheld",
                    verbatims=shared.withheld_verbatims,
                    points=shared.withheld_points,
                )
            )
        if asked_names:
            notes.append(turn.t("synthchat.names_not_shared"))
        turn.say("\n\n".join([summary.text, *notes]), sensitivity=PUBLIC)
        markdown = render_markdown(shared.synthesis, language=turn.language, names=None)
        if not summary.complete or len(markdown) > FILE_ABOVE_CHARS:
            filename = turn.t(
                "synthchat.filename_share", client=turn.client_name, scope=stored.scope
            )
            self._attach(turn, markdown, filename, PUBLIC)

    @staticmethod
    def _attach(turn: Turn, markdown: str, filename: str, sensitivity: str) -> None:
        document = Attachment(filename, markdown.encode("utf-8"), "text/markdown")
        turn.say(
            turn.t("synthchat.file_note", filename=filename),
            attachment=document,
            sensitivity=sensitivity,
        )

    async def _history(self, turn: Turn) -> None:
        versions = await asyncio.to_thread(self.store.versions, turn.client_name)
        if not versions:
            turn.say(turn.t("synthchat.history_none"))
            return
        lines = [turn.t("synthchat.history_title", count=len(versions))]
        for item in versions[:HISTORY_SHOWN]:
            scope = chat.scope_text(turn.language, item.scope)
            lines.append(
                turn.t(
                    "synthchat.history_line",
                    scope=scope,
                    version=item.version,
                    when=chat.when(item.created_at, turn.client),
                    who=item.created_by,
                    participants=item.synthesis.participants,
                    themes=len(item.synthesis.themes),
                )
            )
        if len(versions) > HISTORY_SHOWN:
            lines.append(turn.t("synthchat.history_more", count=len(versions) - HISTORY_SHOWN))
        turn.say("\n".join(lines), sensitivity=INTERNAL)


def setup(registry: SkillRegistry, deps: SynthesisDeps) -> None:
    from skills.workshop.skill import flow_directories

    store = SynthesisStore(deps.db)
    titles = partial(document_titles, deps.settings.knowledge_dir)
    registry.register(
        SynthesisSkill(
            WorkshopRepository(deps.db),
            store,
            load_flows(flow_directories(deps.settings.home)),
            DetectorCache(titles=titles),
            deps.gateway,
        )
    )

"""The pipeline: every incoming event goes through the same ordered stages.

Which stages run, and in what order, is data: the composition root (`bot.assistant`)
lists them, the core's own (`CORE_STAGES` below) and those of features such as handoff
and the outbound check, which the core does not import. A stage may end the turn early
with `turn.stop(...)`. Skills only append replies: nothing is sent before the last
stage, so no skill can bypass the outbound checks.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, replace

from bot.core.input_checks import MAX_MESSAGE_CHARS, InputProblem, clean_text, problem_with
from bot.core.log_context import add_turn_log_fields, turn_log_context
from bot.core.messages import Incoming, Platform
from bot.core.router import route_and_run
from bot.core.turn import Turn
from bot.tenants import Role
from prompts.catalog import normalize_language

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Stage:
    """One step of the pipeline: its name, its work, and how it stands to failures."""

    name: str
    run: Callable[[Turn], Awaitable[None]]
    always_run: bool = False  # runs even after an earlier stage stopped the turn
    fail_closed: bool = False  # when it fails, no reply it guards goes out


# Platforms whose "groups" are set by the operator, not by a remote workspace.
_TRUSTED_ROLE_PLATFORMS = {Platform.CONSOLE, Platform.SCHEDULER}


def pick_language(requested: str | None, saved: str | None, client_default: str) -> str:
    """The session's explicit request, else the person's saved choice, else the client's."""
    return normalize_language(requested or saved or client_default)


async def drop_own_and_retries(turn: Turn) -> None:
    """1. Ignore the bot's own messages and platform retries of an event already handled."""
    incoming = turn.incoming
    if incoming.from_bot:
        turn.stop()
        return
    if incoming.event_id:
        key = f"{incoming.platform}:{incoming.workspace_id}:{incoming.event_id}"
        first = await asyncio.to_thread(turn.services.conversations.first_time_seen, key)
        if not first:
            log.info("duplicate event dropped: %s", key)
            turn.stop()


async def resolve_client(turn: Turn) -> None:
    """2. Which client (tenant) this workspace belongs to; unknown → polite refusal."""
    incoming = turn.incoming
    turn.language = normalize_language(incoming.language)
    client = turn.services.clients.for_workspace(incoming.platform, incoming.workspace_id)
    if client is None:
        turn.stop(turn.t("core.unknown_workspace"))
        return
    turn.client = client
    add_turn_log_fields(client=client.name)


async def resolve_role(turn: Turn) -> None:
    """3. The asker's role, from platform groups mapped in the client's config."""
    assert turn.client is not None
    groups = turn.incoming.user_groups
    if turn.incoming.platform in _TRUSTED_ROLE_PLATFORMS:
        trusted = [Role(g) for g in groups if g in Role.__members__.values()]
        if trusted:
            turn.role = trusted[0]
            return
    turn.role = turn.client.role_for(groups)


async def load_state(turn: Turn) -> None:
    """4. The conversation's state and the person's language."""
    assert turn.client is not None
    incoming, store = turn.incoming, turn.services.conversations
    saved_language = None
    if incoming.platform is not Platform.SCHEDULER:  # a due job is nobody: not a person
        person = await asyncio.to_thread(
            turn.services.roster.met,
            turn.client.name,
            incoming.platform.value,
            incoming.user_id,
            incoming.user_name,
            role=turn.role.value if turn.role is not None else None,
            timezone=incoming.timezone,
        )
        saved_language = person.language
    turn.language = pick_language(incoming.language, saved_language, turn.client.language)
    turn.state = await asyncio.to_thread(store.load_state, incoming.conversation_key)
    turn.state.setdefault("_loaded", True)


async def check_input(turn: Turn) -> None:
    """Refuse empty, oversized or unreadable messages with a clear reason."""
    incoming = turn.incoming
    if incoming.action is not None or incoming.attachments:
        # A click, a form or a file: nothing to refuse, but typed text is cleaned all the same.
        cleaned_event = _with_clean_text(incoming)
        if cleaned_event != incoming:
            turn.incoming = cleaned_event
        return
    cleaned = clean_text(incoming.text)
    problem = problem_with(incoming.text, cleaned)
    if problem is InputProblem.TOO_LONG:
        # Refused for the skills, but still read by the handoff rules: a long message
        # may be someone in distress, who must get the helpline all the same.
        turn.say(turn.t("core.input.too_long", length=len(incoming.text), limit=MAX_MESSAGE_CHARS))
        turn.incoming = replace(incoming, text=cleaned[:MAX_MESSAGE_CHARS])
        turn.input_refused = True
        return
    if problem is not None:
        turn.stop(
            turn.t(f"core.input.{problem}", length=len(incoming.text), limit=MAX_MESSAGE_CHARS)
        )
        return
    if cleaned != incoming.text:
        turn.incoming = replace(incoming, text=cleaned)


def _with_clean_text(incoming: Incoming) -> Incoming:
    """The event with its text and the typed values of a submitted form cleaned."""
    text = clean_text(incoming.text) if incoming.text else incoming.text
    action = incoming.action
    if action is not None and any(isinstance(v, str) for v in action.payload.values()):
        payload = {k: clean_text(v) if isinstance(v, str) else v for k, v in action.payload.items()}
        action = replace(action, payload=payload)
    return replace(incoming, text=text, action=action)


async def route(turn: Turn) -> None:
    """6–7. Active flow step > command > matcher > fallback (ask the knowledge base)."""
    if turn.input_refused:
        turn.stop()
        return
    await route_and_run(turn)


async def save_state(turn: Turn) -> None:
    """10. Commit the conversation state before anything is said."""
    if turn.client is None or not turn.state:
        return
    incoming = turn.incoming
    await asyncio.to_thread(
        turn.services.conversations.save_state,
        incoming.conversation_key,
        client=turn.client.name,
        platform=incoming.platform.value,
        user_id=incoming.user_id,
        state=turn.state,
    )


# The core's stages by name; `bot.assistant` puts them in order with the features' own.
CORE_STAGES: dict[str, Stage] = {
    stage.name: stage
    for stage in (
        Stage("drop_own_and_retries", drop_own_and_retries),
        Stage("resolve_client", resolve_client),
        Stage("resolve_role", resolve_role),
        Stage("load_state", load_state),
        Stage("check_input", check_input),
        Stage("route", route),
        Stage("save_state", save_state, always_run=True),
    )
}


async def run_pipeline(turn: Turn, stages: Sequence[Stage]) -> Turn:
    incoming = turn.incoming
    with turn_log_context(event_id=incoming.event_id, platform=incoming.platform.value):
        return await _run_stages(turn, stages)


async def _run_stages(turn: Turn, stages: Sequence[Stage]) -> Turn:
    for stage in stages:
        if turn.stopped and not stage.always_run:
            continue
        try:
            await stage.run(turn)
        except Exception:
            error_id = uuid.uuid4().hex[:8]
            log.exception(
                "stage %s failed (error %s, client=%s, platform=%s, user=%s)",
                stage.name,
                error_id,
                turn.client.name if turn.client else None,
                turn.incoming.platform,
                turn.incoming.user_id,
            )
            if stage.fail_closed:
                # Fail closed: when the check itself breaks, nothing it guards goes out.
                turn.replies.clear()
            turn.stop(turn.t("core.error", error_id=error_id))
    return turn

"""The first-contact notice (issue 20, AI Act art. 50): the first time a person talks to
the bot, whatever the platform, a short notice comes before anything else, then the turn
is answered as usual.

It says this is an automated assistant run for the client's program; what is kept and
for how long (`privacy.retention`); whether an external model is used for this client and
that personal data are masked before it; how to reach a person; that the survey and any
public recognition need their yes (and how to give it); the data commands; the client's
privacy policy. Its text is versioned (`notices.version` in the prompts): the
version, language, platform and time each person saw are stored (`notice_seen`) before
the notice is said, and a new version is shown once again. Scheduled turns never show it.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime

from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from bot.core.messages import Platform, Reply
from bot.core.pipeline import Stage
from bot.core.turn import Turn
from bot.llm import ModelGateway
from bot.llm.calls import SERVED, ServedPerson
from bot.notices.consent import person_id_of
from bot.notices.tables import NoticeSeen
from bot.store.database import Database
from bot.store.models import utcnow
from bot.tenants import ClientConfig
from prompts.catalog import text

log = logging.getLogger(__name__)

NOTICE_KEY = "notice"  # `Reply.key` of the notice: adapters and harnesses can tell it


def notice_version(language: str) -> str:
    return text(language, "notices.version")


def is_notice(reply: Reply) -> bool:
    return reply.key is not None and reply.key.startswith(f"{NOTICE_KEY}:")


def period(language: str, days: int) -> str:
    """365 → "12 mois", 90 → "3 mois", 30 → "1 mois", 10 → "10 jours"."""
    if days >= 28:
        return text(language, "notices.months", n=max(1, round(days / 30.4)))
    return text(language, "notices.days", n=days)


def uses_external_model(client: ClientConfig, gateway: ModelGateway) -> bool:
    return not client.privacy.local_only and (gateway.can_chat or gateway.can_embed)


def notice_text(client: ClientConfig, language: str, gateway: ModelGateway) -> str:
    """The notice for `client` in `language`, from its settings of today."""
    privacy = client.privacy
    keep = privacy.retention

    def t(key: str, **values: object) -> str:
        return text(language, f"notices.{key}", **values)

    used = uses_external_model(client, gateway)
    consent = used and privacy.model_consent == "required"
    lines = [
        t("intro", client=client.title),
        t(
            "kept",
            answers=period(language, keep.answers_days),
            conversations=period(language, keep.conversations_days),
        ),
    ]
    if used:
        lines.append(t("model_used"))
        if consent:
            lines.append(t("model_consent"))
    else:
        lines.append(t("model_none"))
    lines.append(t("human"))
    lines.append(t("optins_survey" if client.kpi.survey.enabled else "optins"))
    lines.append(t("commands_consent" if consent else "commands"))
    if privacy.policy_url is not None:
        lines.append(t("policy", url=str(privacy.policy_url)))
    return "\n".join(lines)


def record_first_sight(
    db: Database,
    client: str,
    platform: str,
    user_id: str,
    *,
    version: str,
    language: str,
    now: datetime | None = None,
) -> bool:
    """Store that this person sees `version` now; False when they already saw it."""
    try:
        with db.session() as session:
            person_id = person_id_of(session, client, platform, user_id)
            if person_id is None:  # met by `load_state` before: nobody to tell
                return False
            seen = session.exec(
                select(NoticeSeen.id).where(
                    NoticeSeen.client == client,
                    NoticeSeen.person_id == person_id,
                    NoticeSeen.version == version,
                )
            ).first()
            if seen is not None:
                return False
            session.add(
                NoticeSeen(
                    client=client,
                    person_id=person_id,
                    version=version,
                    language=language,
                    platform=platform,
                    seen_at=now or utcnow(),
                )
            )
    except IntegrityError:  # two first messages at once: the other turn shows it
        return False
    return True


def first_contact_notice(db: Database, gateway: ModelGateway) -> Stage:
    """After the state is loaded (the person is met, their language known): the notice,
    once per person and version, before any other reply. It also names the person the
    turn serves, for the gateway's consent check (`SERVED`)."""

    async def run(turn: Turn) -> None:
        incoming = turn.incoming
        if turn.client is None or incoming.platform is Platform.SCHEDULER:
            SERVED.set(None)  # a due job is nobody: no notice, no consent of anyone's
            return
        client = turn.client
        SERVED.set(ServedPerson(client.name, incoming.platform.value, incoming.user_id))
        version = notice_version(turn.language)
        first = await asyncio.to_thread(
            record_first_sight,
            db,
            client.name,
            incoming.platform.value,
            incoming.user_id,
            version=version,
            language=turn.language,
        )
        if first:
            log.debug("notice %s shown (client=%s)", version, client.name)
            notice = notice_text(client, turn.language, gateway)
            # In a channel, for the person only: the others have had theirs.
            private = not incoming.is_direct
            reply = Reply(text=notice, key=f"{NOTICE_KEY}:{version}", ephemeral=private)
            turn.replies.insert(0, reply)

    return Stage("first_contact_notice", run)

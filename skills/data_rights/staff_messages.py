"""On `oubli`, what the bot posted for the staff that quotes the person is edited too.

The handoff cards and the messages relayed to the staff keep the person's words in the
staff channels of Slack and Discord. Their references (`posted_message`, recorded by the
senders) are gathered before the erasure, which deletes them with the rest; each message
is then replaced by a short note ("Relais n° 3 : contenu effacé…"). When one cannot be
replaced (deleted, the platform refuses) or was posted with no reference kept (before
references were recorded, or not recorded), the staff channel is told that the person's
data was erased and the earlier messages must be removed by hand: once per handoff.

The console keeps nothing to edit: a handoff whose staff work in the console has no
reference and needs no notice. On a chat platform whose sender records nothing, every
handoff gets the notice: nothing was edited there.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlmodel import Session

from bot.adapters.registry import PLATFORMS
from bot.core.messages import PostedRef, Reply, Target
from bot.data_rights.registry import DataSubject
from bot.handoff import settings
from bot.handoff.conversation import to_staff
from bot.handoff.keys import CARD_POST, RELAY_POST
from bot.handoff.messages import Author, thread
from bot.handoff.personal_data import their_handoffs
from bot.handoff.records import Handoff
from bot.store import Database
from bot.store.database import stored_utc
from bot.store.posted import PostedMessage, posted_about
from bot.tenants import ClientConfig
from prompts.catalog import text


@dataclass(frozen=True, slots=True)
class HandoffPosts:
    """What was posted about one of their handoffs, and whether some of it has no ref."""

    handoff_id: int
    person_platform: str  # where the person was: the staff channel follows from it
    refs: tuple[PostedRef, ...]
    unrecorded: bool  # posted where it could be edited, with no reference kept


@dataclass(frozen=True, slots=True)
class StaffPosts:
    handoffs: tuple[HandoffPosts, ...] = ()
    others: tuple[PostedRef, ...] = ()  # tagged messages that belong to no handoff

    def __bool__(self) -> bool:
        return bool(self.handoffs or self.others)


def gather(db: Database, client: ClientConfig, subject: DataSubject) -> StaffPosts:
    """Before the erasure (which deletes them): what was posted about them, per handoff."""
    with db.session() as session:
        handoffs = their_handoffs(session, subject)
        rows = posted_about(session, subject, {row.id for row in handoffs if row.id})
        by_handoff: dict[int | None, list[PostedMessage]] = defaultdict(list)
        for row in rows:
            by_handoff[row.handoff_id].append(row)
        found = [
            _posts(session, client, handoff, by_handoff.pop(handoff.id, [])) for handoff in handoffs
        ]
    others = tuple(row.ref for group in by_handoff.values() for row in group)
    return StaffPosts(tuple(p for p in found if p.refs or p.unrecorded), others)


def _posts(
    session: Session, client: ClientConfig, handoff: Handoff, rows: list[PostedMessage]
) -> HandoffPosts:
    assert handoff.id is not None
    place = settings.staff_place(client, handoff.platform)
    unrecorded = False
    if place.platform in PLATFORMS and place.channel:  # posted on a chat platform
        cards = [row for row in rows if row.about == CARD_POST]
        relays = [row for row in rows if row.about == RELAY_POST]
        unrecorded = not cards or len(relays) < _relayed(session, handoff)
    return HandoffPosts(handoff.id, handoff.platform, tuple(r.ref for r in rows), unrecorded)


def _relayed(session: Session, handoff: Handoff) -> int:
    """How many of their messages reached the staff: those written while it was claimed."""
    if handoff.claimed_at is None or handoff.id is None:
        return 0
    start, end = stored_utc(handoff.claimed_at), handoff.resolved_at
    return sum(
        1
        for message in thread(session, handoff.id)
        if message.author == Author.PERSON
        and stored_utc(message.sent_at) >= start
        and (end is None or stored_utc(message.sent_at) <= stored_utc(end))
    )


def replacements(client: ClientConfig, posts: StaffPosts) -> list[Reply]:
    """The edits, and the notices for what cannot be edited, in the staff's language."""
    language = client.language
    replies: list[Reply] = []
    for handoff in posts.handoffs:
        notice = Reply(
            text=text(language, "handoff.erased_by_hand", id=handoff.handoff_id),
            **to_staff(client, handoff.person_platform),
        )
        note = text(language, "handoff.erased_post", id=handoff.handoff_id)
        fallback = None if handoff.unrecorded else notice
        replies += _edits(handoff.refs, note, fallback)
        if handoff.unrecorded:
            replies.append(notice)
    if posts.others:
        note = text(language, "datarights.erase.staff_post")
        by_channel: dict[tuple[str, str], list[PostedRef]] = defaultdict(list)
        for ref in posts.others:
            by_channel[(ref.platform, ref.channel_id)].append(ref)
        for (platform, channel), refs in by_channel.items():
            notice = Reply(
                text=text(language, "datarights.erase.staff_by_hand"),
                target=Target.CHANNEL,
                channel_id=channel,
                platform=platform,
            )
            replies += _edits(refs, note, notice)
    return replies


def _edits(refs: Sequence[PostedRef], note: str, fallback: Reply | None) -> list[Reply]:
    return [
        Reply(
            text=note,
            target=Target.CHANNEL,
            channel_id=ref.channel_id,
            platform=ref.platform,
            replaces=ref,
            otherwise=fallback,
        )
        for ref in refs
    ]

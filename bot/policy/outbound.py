"""Pipeline stage 8: nothing confidential reaches someone who may not see it.

Every reply is read in full (text, title, context, fields, choice labels, form texts, a text
attachment).
A reply whose audience is not staff (an ambassador, a DM to someone else, a channel that
is not one of the client's staff channels: see `bot.policy.audience`, judged by where the
reply goes) is blocked when it holds one of the client's confidential terms (matched like
the confidentiality filter does: case, accents, spacing and declared variants) or a passage of a
`confidential` document (a run of `SHINGLE_WORDS` words found in a confidential chunk; runs
repeated in `BOILERPLATE_CHUNKS` or more of the client's other chunks, such as a footer, do
not count).
A blocked reply is replaced by a localised notice; the block is logged without the text.

The composition root builds one `OutboundGuard` per running bot (its caches are worth
keeping between turns) and hands it to the stage that calls `check_replies`.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from bot.core.messages import Reply, Target
from bot.core.turn import Turn
from bot.policy.audience import direct_sensitivities, reply_sensitivities
from bot.policy.pii.terms import TermMatcher
from bot.tenants import ClientConfig
from knowledge.sensitivity import CONFIDENTIAL, INTERNAL, PUBLIC
from knowledge.text import fold, words

log = logging.getLogger(__name__)

# Long enough that ordinary phrasing shared with a secret document does not match,
# short enough that a copied sentence does.
SHINGLE_WORDS = 8
# A run found in this many non-confidential chunks is boilerplate, not a secret. One public
# copy of a confidential paragraph (a misfiled document) still counts as a leak.
BOILERPLATE_CHUNKS = 3


class PassageSource(Protocol):
    def passages(self, client: str, sensitivity: str) -> list[str]: ...


def reply_texts(reply: Reply) -> Iterator[str]:
    """Every text of a reply a person can read."""
    yield reply.text
    for optional in (reply.title, reply.context, reply.image.alt if reply.image else None):
        if optional:
            yield optional
    if reply.attachment is not None:
        yield reply.attachment.filename
        if (reply.attachment.content_type or "").startswith("text/"):
            yield reply.attachment.data.decode("utf-8", errors="replace")
    for field in reply.fields:
        yield field.label
        yield field.value
    for choice in reply.choices:
        yield choice.label
    if reply.form is not None:
        form = reply.form
        yield from (form.title, form.submit_label, form.open_label)
        for form_field in form.fields:
            yield form_field.label
            yield from (t for t in (form_field.placeholder, form_field.initial) if t)
            yield from (option.label for option in form_field.options)


def audience_is_staff(turn: Turn, reply: Reply) -> bool:
    """True only when everyone who will read `reply` may see confidential information."""
    return CONFIDENTIAL in reply_sensitivities(turn, reply)


def _shingles(text: str, size: int = SHINGLE_WORDS) -> set[tuple[str, ...]]:
    tokens = [fold(w) for w in words(text)]
    return {tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


@dataclass(frozen=True)
class _PassageIndex:
    sources: tuple[tuple[str, ...], tuple[str, ...]]
    shingles: frozenset[tuple[str, ...]]


class ConfidentialPassages:
    """Shingles found only in the client's confidential chunks, rebuilt when chunks change."""

    def __init__(self, source: PassageSource) -> None:
        self._source = source
        self._cache: dict[str, _PassageIndex] = {}
        self._lock = threading.Lock()

    def _index(self, client: str) -> _PassageIndex:
        secret = tuple(self._source.passages(client, CONFIDENTIAL))
        if not secret:
            return _PassageIndex(((), ()), frozenset())
        other = tuple(
            text
            for sensitivity in (PUBLIC, INTERNAL)
            for text in self._source.passages(client, sensitivity)
        )
        with self._lock:
            cached = self._cache.get(client)
            if cached is not None and cached.sources == (secret, other):
                return cached
        confidential = set().union(*(_shingles(t) for t in secret))
        seen_elsewhere = Counter(s for t in other for s in _shingles(t) & confidential)
        boilerplate = {s for s, n in seen_elsewhere.items() if n >= BOILERPLATE_CHUNKS}
        index = _PassageIndex((secret, other), frozenset(confidential - boilerplate))
        with self._lock:
            self._cache[client] = index
        return index

    def contains_passage(self, client: str, texts: Sequence[str]) -> bool:
        shingles = self._index(client).shingles
        return bool(shingles) and any(not shingles.isdisjoint(_shingles(t)) for t in texts)


class OutboundGuard:
    """Decides, per reply, whether it may go out as written.

    Keeps each client's term matcher, and the confidential passages' shingles of
    `passages` (None: terms only), between turns.
    """

    def __init__(self, passages: ConfidentialPassages | None) -> None:
        self._passages = passages
        self._matchers: dict[str, tuple[object, TermMatcher]] = {}

    def _terms(self, client: ClientConfig) -> TermMatcher:
        key = tuple((t.term, tuple(t.variants)) for t in client.confidential_terms)
        cached = self._matchers.get(client.name)
        if cached is None or cached[0] != key:
            cached = (key, TermMatcher(client.confidential_terms))
            self._matchers[client.name] = cached
        return cached[1]

    def leak(self, client: ClientConfig, reply: Reply) -> str | None:
        """Why `reply` would leak ("term" or "passage"), or None when it is clean."""
        texts = list(reply_texts(reply))
        terms = self._terms(client)
        if terms and any(terms.find(text) for text in texts):
            return "term"
        if self._passages is not None and self._passages.contains_passage(client.name, texts):
            return "passage"
        return None


def guard_for(knowledge: PassageSource) -> OutboundGuard:
    """The guard of a bot whose documents are in `knowledge` (terms and passages)."""
    return OutboundGuard(ConfidentialPassages(knowledge))


def blocked_notice(reply: Reply, notice: str) -> Reply:
    """The notice, sent where the blocked reply would have gone; nothing else of it kept."""
    return Reply(
        text=notice,
        ephemeral=reply.ephemeral,
        target=reply.target,
        channel_id=reply.channel_id,
        user_id=reply.user_id,
    )


def sent_privately(reply: Reply) -> Reply:
    """`reply` sent to the asker's DM instead of where it was going."""
    return replace(reply, target=Target.DIRECT, user_id=None, channel_id=None, ephemeral=False)


def _too_sensitive_for(turn: Turn, reply: Reply) -> list[Reply]:
    """A reply declared above its audience: to the asker's DM if their role allows, with a
    note where it was going; else a notice."""
    if reply.target is Target.SAME and reply.sensitivity in direct_sensitivities(turn):
        note = Reply(turn.t("audience.sent_by_dm"))
        return [sent_privately(reply), note]
    return [blocked_notice(reply, turn.t("privacy.outbound_blocked"))]


async def check_replies(turn: Turn, guard: OutboundGuard) -> None:
    """Keep every reply from an audience that may not see what it shows.

    A reply declared more sensitive than its audience may see goes to the asker's DM (or
    becomes a notice); one that would leak a confidential term or passage (`guard`) to a
    non-staff audience becomes a notice.
    """
    if turn.client is None or not turn.replies:
        return
    client = turn.client
    pending = list(turn.replies)
    checked: list[Reply] = []
    while pending:
        reply = pending.pop(0)
        allowed = reply_sensitivities(turn, reply)
        if reply.sensitivity not in allowed:
            log.info(
                "reply above its audience: client=%s sensitivity=%s target=%s",
                client.name,
                reply.sensitivity,
                reply.target,
            )
            rerouted = _too_sensitive_for(turn, reply)
            if rerouted[0].target is Target.DIRECT:
                pending[:0] = rerouted  # the DM is checked like any reply
            else:
                checked += rerouted
            continue
        if CONFIDENTIAL in allowed:
            checked.append(reply)
            continue
        reason = await asyncio.to_thread(guard.leak, client, reply)
        if reason is None:
            checked.append(reply)
            continue
        log.warning(
            "reply blocked by the outbound check: client=%s role=%s platform=%s reason=%s",
            client.name,
            turn.role,
            turn.incoming.platform,
            reason,
        )
        checked.append(blocked_notice(reply, turn.t("privacy.outbound_blocked")))
    turn.replies[:] = checked

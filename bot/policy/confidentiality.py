"""What of a client's data may leave the process for a model, and in what form.

`PseudonymizingFilter` is the model gateway's outbound filter: every text of a chat or
embedding request is passed through the client's `PiiDetector` and each entity is
replaced by a placeholder (`<PERSONNE_1>`, `<EMAIL_2>`…). Placeholders stay the same for
a whole conversation; the mapping back to the values lives only in memory, per
conversation (bounded in number, forgotten after a while), and re-identifies replies in
that conversation only: another conversation, user or client never gets the values.

`ModelPolicy` answers the per-client questions: may this client use an external model at
all (`local_only`), and may a passage of this sensitivity be put in a prompt.
"""

from __future__ import annotations

import threading
import time
from collections import Counter, OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bot.llm import CallContext, FilteredTexts, ModelUnavailable
from bot.llm.calls import ServedPerson
from bot.policy.pii import PiiDetector, Pseudonymizer, redact
from bot.policy.pii.own_names import detector_for_client
from bot.tenants import ClientConfig, ClientConfigError, PrivacyPolicy

# How many conversations keep their mapping, and for how long after their last call.
MAX_CONVERSATIONS = 2000
CONVERSATION_TTL_S = 2 * 3600.0

ClientLookup = Callable[[str], ClientConfig]
# Has this person (client, platform, user id) said yes to external models?
ConsentLookup = Callable[[str, str, str], bool]
# Calls that carry no one's words: the client's own documents being indexed.
NO_PERSON_PURPOSES = frozenset({"embed_knowledge"})
# Calls that carry several people's words (a synthesis, personas): never under required
# consent, whoever asks, since not everyone quoted said yes.
COLLECTIVE_PURPOSES = frozenset({"synthesis", "personas"})
TitleLookup = Callable[[str], Sequence[str]]  # a client's document titles


def allowed_for_model(client: ClientConfig, sensitivity: str) -> bool:
    """True when a passage of `sensitivity` may be put in a prompt for `client`.

    `local_only` clients send nothing; `confidential` passages are sent only when the
    client's `privacy.model_sensitivities` names them explicitly.
    """
    policy = client.privacy
    return not policy.local_only and sensitivity in policy.model_sensitivities


class ModelPolicy:
    """The per-client model policy, read from the client directory on each question.

    An unknown or broken client is refused (fail closed): nothing is sent for it.
    """

    def __init__(self, lookup: ClientLookup, consents: ConsentLookup | None = None) -> None:
        self._lookup = lookup
        self._consents = consents

    def _policy(self, client: str) -> PrivacyPolicy | None:
        try:
            return self._lookup(client).privacy
        except (LookupError, ClientConfigError):
            return None

    def allows_external(self, client: str) -> bool:
        policy = self._policy(client)
        return policy is not None and not policy.local_only

    def allows_sensitivity(self, client: str, sensitivity: str | None) -> bool:
        """May passages of `sensitivity` be sent for `client` (chat or embeddings)?"""
        policy = self._policy(client)
        return (
            policy is not None
            and not policy.local_only
            and (sensitivity is None or sensitivity in policy.model_sensitivities)
        )

    def allows_person(self, client: str, purpose: str, served: ServedPerson | None) -> bool:
        """May this call go out for the person the turn serves (`privacy.model_consent`)?

        Fails closed under required consent: no answer on record, another client's
        person, a call for nobody that is not document indexing, or several people's words.
        """
        policy = self._policy(client)
        if policy is None:
            return False
        if policy.model_consent != "required":
            return True
        if served is None:
            return purpose in NO_PERSON_PURPOSES
        if served.client != client or purpose in COLLECTIVE_PURPOSES or self._consents is None:
            return False
        try:
            return self._consents(client, served.platform, served.user_id)
        except Exception:  # a database hiccup: nothing leaves
            return False

    __call__ = allows_external  # the gateway's `client_policy`


class DetectorCache:
    """One `PiiDetector` per client, rebuilt when its terms, `not_persons`, display name or
    document titles change (its own product names are not persons: `own_names.py`)."""

    def __init__(self, *, use_ner: bool = True, titles: TitleLookup | None = None) -> None:
        self._use_ner = use_ner
        self._titles = titles
        self._detectors: dict[str, tuple[tuple[object, ...], PiiDetector]] = {}
        self._lock = threading.Lock()

    def for_client(self, config: ClientConfig) -> PiiDetector:
        titles = tuple(self._titles(config.name)) if self._titles is not None else ()
        key = (
            tuple((t.term, tuple(t.variants)) for t in config.confidential_terms),
            tuple(config.privacy.not_persons),
            config.display_name,
            titles,
        )
        with self._lock:
            cached = self._detectors.get(config.name)
            if cached is not None and cached[0] == key:
                return cached[1]
        detector = detector_for_client(config, titles, use_ner=self._use_ner)
        with self._lock:
            self._detectors[config.name] = (key, detector)
        return detector


@dataclass
class _Mapping:
    pseudonymizer: Pseudonymizer
    last_used: float


class ConversationMappings:
    """Per-conversation pseudonymizers, in memory only: bounded, and expiring when idle."""

    def __init__(
        self,
        *,
        max_conversations: int = MAX_CONVERSATIONS,
        ttl_s: float = CONVERSATION_TTL_S,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._max = max_conversations
        self._ttl_s = ttl_s
        self._clock = clock
        self._mappings: OrderedDict[tuple[str, str], _Mapping] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, client: str, conversation: str, detector: PiiDetector) -> Pseudonymizer:
        now = self._clock()
        key = (client, conversation)
        with self._lock:
            self._expire(now)
            mapping = self._mappings.get(key)
            if mapping is None:
                mapping = _Mapping(Pseudonymizer(detector), now)
                self._mappings[key] = mapping
                while len(self._mappings) > self._max:
                    self._mappings.popitem(last=False)
            mapping.last_used = now
            self._mappings.move_to_end(key)
            return mapping.pseudonymizer

    def forget(self, client: str, conversation: str) -> None:
        with self._lock:
            self._mappings.pop((client, conversation), None)

    def _expire(self, now: float) -> None:
        while self._mappings:
            oldest = next(iter(self._mappings.values()))
            if now - oldest.last_used < self._ttl_s:
                return
            self._mappings.popitem(last=False)

    def __len__(self) -> int:
        return len(self._mappings)

    def __repr__(self) -> str:
        return f"ConversationMappings({len(self)} conversations)"


class PseudonymizingFilter:
    """The gateway's `OutboundFilter`: placeholders out, the conversation's values back in.

    A call for an unknown client cannot be filtered with its terms, so it is refused
    (`ModelUnavailable`) rather than sent with a weaker filter.
    """

    def __init__(
        self,
        lookup: ClientLookup,
        *,
        detectors: DetectorCache | None = None,
        mappings: ConversationMappings | None = None,
    ) -> None:
        self._lookup = lookup
        self._detectors = detectors or DetectorCache()
        self._mappings = mappings or ConversationMappings()

    def outgoing(self, ctx: CallContext, texts: list[str]) -> FilteredTexts:
        try:
            config = self._lookup(ctx.client)
        except (LookupError, ClientConfigError) as exc:
            raise ModelUnavailable(f"client {ctx.client!r} has no usable configuration") from exc
        detector = self._detectors.for_client(config)
        if ctx.conversation_id is None:
            pseudonymizer = Pseudonymizer(detector)
        else:
            pseudonymizer = self._mappings.get(ctx.client, ctx.conversation_id, detector)
        removed: Counter[str] = Counter()
        filtered: list[str] = []
        for text in texts:
            entities = detector.detect(text)
            removed.update(str(entity.type) for entity in entities)
            filtered.append(redact(text, entities, pseudonymizer.placeholder_for))
        return FilteredTexts(filtered, dict(removed), pseudonymizer.reidentify)

    def forget(self, ctx: CallContext) -> None:
        """Drop a conversation's mapping now (e.g. when the conversation ends)."""
        if ctx.conversation_id is not None:
            self._mappings.forget(ctx.client, ctx.conversation_id)

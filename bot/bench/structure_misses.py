"""Why a structure-set question misses its whole gold unit (a diagnostic, for building).

`python -m bot.bench.structure_misses DIR` answers every question of the set in DIR as
the bench does (sentence encoder when uncertain, the default) and sorts each miss:

- `retrieval`: the gold section is not among the top 5 hits;
- `abstained`: it is, but the bot abstained;
- `selection`: it is, the bot answered, but quoted other sections;
- `shape`: the gold section is quoted, but not its whole unit (a list cut or without its
  introduction, a row without its header, a paragraph split: what loaders, chunking and
  the quoting of units decide).

With `--staff` the questions are asked as staff, who read every document (the bench's
"staff scope" line): the ranking's own misses, without the ones confidentiality markings
explain. With `--items` it also prints each miss (dev sets only: held-out sets are measured, their
items never read), and for a retrieval miss where each signal ranks the gold section
(`bot.bench.structure_ranks`).
"""

from __future__ import annotations

import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bot.bench.held_out import is_held_out
from bot.bench.passages import bench_kb, gated_twin
from bot.bench.retrieval import BENCH_DEFAULT
from bot.bench.retrieval_structure import CLIENT, is_gold_source, whole_unit
from bot.bench.structure_ranks import signal_ranks
from bot.bench.structure_set import load_structure_set
from knowledge.access import sensitivities_for_role
from knowledge.answer import Answer
from knowledge.base import KnowledgeBase

KINDS = ("retrieval", "abstained", "selection", "shape")
TOP = 5


def classify(answer: Answer, question: dict) -> str | None:
    """The kind of miss of one answer (None: the whole gold unit is quoted)."""
    if answer.answered and whole_unit(answer.text, question["gold"]):
        return None
    pool = answer.sources if answer.answered else answer.candidates
    if not any(is_gold_source(h.document, h.section, question) for h in pool[:TOP]):
        return "retrieval"
    if not answer.answered:
        return "abstained"
    quoted = answer.sources[: _cited(answer)]
    if any(is_gold_source(h.document, h.section, question) for h in quoted):
        return "shape"
    return "selection"


def _cited(answer: Answer) -> int:
    """How many sources the answer's quotes cite (they come first)."""
    return sum(1 for line in answer.text.splitlines() if line.startswith("["))


def misses(
    kb: KnowledgeBase, questions: list[dict], role: str = "ambassador"
) -> list[tuple[dict, str, Answer]]:
    """(question, kind of miss, answer) of every question that misses its gold unit, asked
    as `role`."""
    allowed = sensitivities_for_role(role)
    out = []
    for q in questions:
        lang = "en" if q.get("lang") == "en" else "fr"
        answer = kb.answer(CLIENT, q["question"], allowed_sensitivities=allowed, lang=lang)
        kind = classify(answer, q)
        if kind is not None:
            out.append((q, kind, answer))
    return out


def table(found: list[tuple[dict, str, Answer]], total: int) -> str:
    """Misses by kind of unit (rows) and kind of miss (columns)."""
    counts = Counter((q["unit"], kind) for q, kind, _ in found)
    units = sorted({q["unit"] for q, _, _ in found})
    lines = [
        f"{total} questions, {len(found)} misses",
        "unit        " + "".join(f"{k:>11}" for k in KINDS),
    ]
    for unit in units:
        lines.append(f"{unit:<12}" + "".join(f"{counts[(unit, k)]:>11}" for k in KINDS))
    lines.append(
        f"{'all':<12}" + "".join(f"{sum(counts[(u, k)] for u in units):>11}" for k in KINDS)
    )
    return "\n".join(lines)


@contextmanager
def structure_set_kb(data: Path) -> Iterator[KnowledgeBase]:
    """A structure set's documents ingested as the bench does, the encoder reading when
    uncertain (the default) when it is installed."""

    def ingest(kb: KnowledgeBase) -> None:
        kb.ingest_paths(CLIENT, [data / "docs"], default_sensitivity=BENCH_DEFAULT)

    with (
        tempfile.TemporaryDirectory(prefix="ambassade-structure-") as tmp,
        bench_kb(Path(tmp), CLIENT, ingest) as full,
    ):
        kb = gated_twin(Path(tmp)) if full.encoder is not None else full
        try:
            yield kb
        finally:
            if kb is not full:
                kb.close()


def main(argv: list[str]) -> None:
    data = Path(argv[0])
    role = "community_manager" if "--staff" in argv else "ambassador"
    questions = load_structure_set(data)

    with structure_set_kb(data) as kb:
        found = misses(kb, questions, role)
        ranks = {}
        show_items = "--items" in argv
        if show_items and not is_held_out(data):
            allowed = sensitivities_for_role(role)
            ranks = {
                q["id"]: signal_ranks(kb, q, allowed).line()
                for q, kind, _ in found
                if kind == "retrieval"
            }
    print(table(found, len(questions)))
    if show_items and is_held_out(data):
        print("A held-out set is measured, never read: --items is not shown.")
    elif show_items:
        for q, kind, answer in found:
            print(f"\n[{kind}] {q['id']} {q['unit']} {q['gold_doc']} › {q['gold_section']}")
            if q["id"] in ranks:
                print(ranks[q["id"]])
            print(f"Q: {q['question']}\n{answer.text}")


if __name__ == "__main__":
    main(sys.argv[1:])

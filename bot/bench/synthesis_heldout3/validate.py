"""Check that every session of this held-out set follows the README's rules.

Run: python bot/bench/synthesis_heldout3/validate.py
(exit code 1 and one line per breach on failure)
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGS = {"fr", "en", "fr+en"}
TABLE_ROW = re.compile(r"^\|\s*(\w+)\s*\|[^|]*\|\s*([\w+]+)\s*\|" + r"\s*(\d+)\s*\|" * 5 + r"\s*$")


def load_answers(path: Path) -> list[dict[str, str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def participants(ids: list[str], by_id: dict[str, dict[str, str]]) -> set[str]:
    return {by_id[i]["participant"] for i in ids if i in by_id}


def check_answers(key: str, answers: list[dict[str, str]]) -> list[str]:
    errors: list[str] = []
    ids = [a.get("id", "") for a in answers]
    for dup in sorted({i for i in ids if ids.count(i) > 1}):
        errors.append(f"{key}: duplicate answer id {dup}")
    for answer in answers:
        if set(answer) != {"id", "participant", "question", "answer"}:
            errors.append(f"{key}: {answer.get('id')} has fields {sorted(answer)}")
        if not answer.get("id", "").startswith(f"{key}-"):
            errors.append(f"{key}: id {answer.get('id')} is not prefixed by the session key")
        if not all(str(answer.get(f, "")).strip() for f in ("participant", "question", "answer")):
            errors.append(f"{key}: {answer.get('id')} has an empty field")
        if len(answer.get("participant", "").split()) < 2:
            errors.append(f"{key}: {answer.get('id')} participant is not a full name")
    return errors


def buckets(truth: dict) -> dict[str, list[str]]:
    """Every bucket of the truth file, named, with its answer ids."""
    named: dict[str, list[str]] = {}
    for theme in truth["themes"]:
        named[f"theme {theme['key']}"] = theme["answer_ids"]
    for opposition in truth["oppositions"]:
        for n, side in enumerate(opposition["sides"]):
            named[f"opposition {opposition['key']} side {n + 1}"] = side["answer_ids"]
    for minority in truth["minorities"]:
        named[f"minority {minority['key']}"] = minority["answer_ids"]
    named["noise"] = truth["noise_answer_ids"]
    return named


def check_buckets(key: str, truth: dict, by_id: dict[str, dict[str, str]]) -> list[str]:
    errors: list[str] = []
    owner: dict[str, list[str]] = {}
    for name, ids in buckets(truth).items():
        for answer_id in ids:
            owner.setdefault(answer_id, []).append(name)
    for answer_id in by_id:
        if len(owner.get(answer_id, [])) != 1:
            found = owner.get(answer_id, [])
            errors.append(f"{key}: {answer_id} is in {found} (must be exactly one)")
    for answer_id in sorted(set(owner) - set(by_id)):
        errors.append(f"{key}: truth names unknown answer id {answer_id}")
    for theme in truth["themes"]:
        if theme.get("kind") != "convergence":
            errors.append(f"{key}: theme {theme['key']} kind is not 'convergence'")
        if len(participants(theme["answer_ids"], by_id)) < 3:
            errors.append(f"{key}: theme {theme['key']} has fewer than 3 participants")
    for opposition in truth["oppositions"]:
        if len(opposition["sides"]) != 2:
            errors.append(f"{key}: opposition {opposition['key']} does not have 2 sides")
        for side in opposition["sides"]:
            if len(participants(side["answer_ids"], by_id)) < 2:
                side_name = f"{opposition['key']} side '{side['label']}'"
                errors.append(f"{key}: {side_name} has fewer than 2 participants")
    for minority in truth["minorities"]:
        held = len(participants(minority["answer_ids"], by_id))
        if not 2 <= held <= 4:
            name = minority["key"]
            errors.append(f"{key}: minority {name} held by {held} participants (must be 2-4)")
    return errors


def check_objectives(key: str, truth: dict, objectives: list[str]) -> list[str]:
    errors: list[str] = []
    theme_keys = [t["key"] for t in truth["themes"]]
    support = truth["objective_support"]
    if [s["objective"] for s in support] != objectives:
        errors.append(f"{key}: objective_support is not the objectives file, line by line")
    for entry in support:
        for theme_key in entry["themes"]:
            if theme_key not in theme_keys:
                objective = entry["objective"]
                errors.append(f"{key}: objective '{objective}' names unknown theme {theme_key}")
    unsupported = [s["objective"] for s in support if not s["themes"]]
    if truth["unsupported_objectives"] != unsupported:
        listed = truth["unsupported_objectives"]
        errors.append(f"{key}: unsupported_objectives {listed} != {unsupported}")
    served = {k for s in support for k in s["themes"]}
    unserved = [k for k in theme_keys if k not in served]
    if truth["unserved_needs"] != unserved:
        errors.append(f"{key}: unserved_needs {truth['unserved_needs']} != {unserved}")
    if not unsupported or not unserved:
        errors.append(f"{key}: needs at least one unsupported objective and one unserved need")
    return errors


def check_session(key: str) -> tuple[list[str], tuple[str, int, int, int, int, int]]:
    answers = load_answers(HERE / f"{key}.answers.jsonl")
    truth = json.loads((HERE / f"{key}.truth.json").read_text(encoding="utf-8"))
    lines = (HERE / f"{key}.objectives.txt").read_text(encoding="utf-8").split("\n")
    objectives = lines[:-1] if lines and lines[-1] == "" else lines
    errors = check_answers(key, answers)
    if any(not line.strip() for line in objectives):
        errors.append(f"{key}: objectives file has a blank line")
    if truth.get("session") != key or truth.get("lang") not in LANGS:
        errors.append(f"{key}: bad session key or lang in truth file")
    by_id = {a["id"]: a for a in answers}
    errors += check_buckets(key, truth, by_id)
    errors += check_objectives(key, truth, objectives)
    counts = (
        truth.get("lang", ""),
        len({a["participant"] for a in answers}),
        len(answers),
        len(truth["themes"]),
        len(truth["oppositions"]),
        len(truth["minorities"]),
    )
    return errors, counts


def readme_rows() -> dict[str, tuple[str, int, int, int, int, int]]:
    rows: dict[str, tuple[str, int, int, int, int, int]] = {}
    for line in (HERE / "README.md").read_text(encoding="utf-8").splitlines():
        match = TABLE_ROW.match(line)
        if match:
            key, lang, *numbers = match.groups()
            p, a, t, o, m = (int(n) for n in numbers)
            rows[key] = (lang, p, a, t, o, m)
    return rows


def main() -> int:
    keys = sorted(p.name.removesuffix(".truth.json") for p in HERE.glob("*.truth.json"))
    table = readme_rows()
    errors: list[str] = []
    for key in keys:
        session_errors, counts = check_session(key)
        errors += session_errors
        if table.get(key) != counts:
            errors.append(f"{key}: README row {table.get(key)} != measured {counts}")
        print(
            f"{key}: lang={counts[0]} participants={counts[1]} answers={counts[2]} "
            f"themes={counts[3]} oppositions={counts[4]} minorities={counts[5]}"
        )
    if set(table) != set(keys):
        errors.append(f"README sessions {sorted(table)} != files {keys}")
    for error in errors:
        print("ERROR", error)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

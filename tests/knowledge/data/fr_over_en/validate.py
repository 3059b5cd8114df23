#!/usr/bin/env python3
"""Validate the French-over-English evaluation set (standard library only).

Checks:
  - every line of questions.jsonl / unanswerable.jsonl is valid JSON with the expected keys;
  - ids are unique across both files;
  - answerable items: gold_doc exists in docs/, gold is a non-empty list, each gold string
    is an EXACT substring of the gold document, 20-200 characters, without Markdown markup
    (`**`, `|`, `#`);
  - kind is one of factual / list / table / paragraph (unanswerable: "unanswerable", gold []).
Exit code 0 if everything passes, 1 otherwise.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
KINDS = {"factual", "list", "table", "paragraph"}
KEYS = {"id", "question", "gold_doc", "gold", "kind"}


def load(name):
    items = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                items.append((name, n, json.loads(line)))
    return items


def main():
    errors = []
    docs = {}
    for fn in sorted(os.listdir(DOCS)):
        with open(os.path.join(DOCS, fn), encoding="utf-8") as f:
            docs[fn] = f.read()
    answerable = load("questions.jsonl")
    unanswerable = load("unanswerable.jsonl")
    seen = {}
    n_gold = 0
    for src, n, it in answerable + unanswerable:
        where = f"{src}:{n}"
        if set(it) != KEYS:
            errors.append(f"{where}: keys {sorted(it)} != {sorted(KEYS)}")
            continue
        if it["id"] in seen:
            errors.append(f"{where}: duplicate id {it['id']} (also {seen[it['id']]})")
        seen[it["id"]] = where
        if not it["question"].strip():
            errors.append(f"{where}: empty question")
        if src == "unanswerable.jsonl":
            if it["gold"] != [] or it["kind"] != "unanswerable":
                errors.append(f"{where}: unanswerable item must have gold [] and kind 'unanswerable'")
            continue
        if it["kind"] not in KINDS:
            errors.append(f"{where}: bad kind {it['kind']!r}")
        doc = docs.get(it["gold_doc"])
        if doc is None:
            errors.append(f"{where}: gold_doc {it['gold_doc']!r} not found in docs/")
            continue
        if not it["gold"]:
            errors.append(f"{where}: empty gold list")
        for g in it["gold"]:
            n_gold += 1
            if g not in doc:
                errors.append(f"{where}: gold not an exact substring of {it['gold_doc']}: {g!r}")
            if not 20 <= len(g) <= 200:
                errors.append(f"{where}: gold length {len(g)} outside 20-200: {g!r}")
            if "**" in g or "|" in g or "#" in g:
                errors.append(f"{where}: gold contains Markdown markup: {g!r}")
    per_doc = {}
    for _, _, it in answerable:
        per_doc[it["gold_doc"]] = per_doc.get(it["gold_doc"], 0) + 1
    print(f"docs: {len(docs)}  answerable: {len(answerable)}  unanswerable: {len(unanswerable)}  gold strings: {n_gold}")
    for d in sorted(docs):
        print(f"  {d}: {len(docs[d].split())} words, {per_doc.get(d, 0)} questions")
    if errors:
        print(f"FAIL: {len(errors)} error(s)")
        for e in errors:
            print("  " + e)
        return 1
    print("OK: all ids unique, all gold strings are exact substrings of their gold_doc")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Write questions.jsonl and unanswerable.jsonl of blind set no. 3.

Gold fragments are taken verbatim from the text in content.py. Each question names its unit by
document, heading path and key:
  list        the list of the section, with the sentence ending in ":" that introduces it
  table_row   the row whose first cell is the key, with the header cells
  paragraph   the key-th paragraph of the section that does not introduce a list or table

Run: /work/main/.venv/bin/python gen/make_questions.py
"""

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from content import DOCS, parse
from questions_text import UNANSWERABLE, Q

ROOT = Path(__file__).resolve().parent.parent


def sentences(text):
    return re.split(r"(?<=[.!?»])\s+(?=[A-ZÀÂÉÈÊÎÔÛÇ«])", text)


def section_blocks(name, path):
    """Blocks between the last heading of the path and the next heading; checks the path."""
    want = [c.strip() for c in path.split("›")]
    stack, found, out = [], False, []
    for kind, val in parse(DOCS[name]["body"]):
        if kind in ("h1", "h2"):
            if found:
                break
            stack = [val] if kind == "h1" else [*stack[:1], val]
            found = stack == want
        elif found:
            out.append((kind, val))
    if not found:
        raise SystemExit(f"{name}: no section {path}")
    return out


def gold_for(name, path, unit, key):
    blocks = section_blocks(name, path)
    if unit == "list":
        for k, (kind, val) in enumerate(blocks):
            if kind in ("ul", "ol"):
                intro = blocks[k - 1]
                assert intro[0] == "p" and intro[1].endswith(":"), (name, path)
                return [intro[1], *val]
    elif unit == "table_row":
        for kind, val in blocks:
            if kind == "table":
                rows = [r for r in val[1:] if r[0] == key]
                assert len(rows) == 1, (name, path, key)
                return [*val[0], *rows[0]]
    else:
        paras = [v for kind, v in blocks if kind == "p" and not v.endswith(":")]
        return sentences(paras[key])
    raise SystemExit(f"{name} {path}: no {unit}")


def main():
    lines = []
    for n, (name, path, unit, key, question, lang) in enumerate(Q, 1):
        rec = {
            "id": f"r{n:02d}",
            "question": question,
            "gold_doc": name,
            "gold_section": path,
            "unit": unit,
            "gold": gold_for(name, path, unit, key),
            "lang": lang,
        }
        lines.append(json.dumps(rec, ensure_ascii=False))
    (ROOT / "questions.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    un = [
        json.dumps({"id": f"u{n:02d}", "question": q, "lang": lang}, ensure_ascii=False)
        for n, (q, lang) in enumerate(UNANSWERABLE, 1)
    ]
    (ROOT / "unanswerable.jsonl").write_text("\n".join(un) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} questions and {len(un)} unanswerable questions")


if __name__ == "__main__":
    main()

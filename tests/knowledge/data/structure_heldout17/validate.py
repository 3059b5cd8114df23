# -*- coding: utf-8 -*-
"""Stdlib-only checks for the structure_heldout17 set. Exit 0 when everything holds.

- 12 documents: 3 .txt, 3 .md, 2 .pdf, 2 .docx, 2 .html; 580-800 words each
- questions.jsonl: 90 rows, fields/values, 45 paragraph / 28 list / 17 table_row,
  75 fr / 15 en, ids unique, gold_doc exists
- every gold string and every gold_section component occurs in the document's text
  (whitespace collapsed). txt/md: the file (Markdown <br> and emphasis removed);
  html: tags stripped, entities decoded; docx: word/document.xml read with zipfile;
  pdf: sources/<file>.txt, the text the PDF was generated from
- list units: the first gold string (introducing sentence) ends with ':'
- unanswerable.jsonl: 20 rows with id, question, lang, note
"""
import collections
import html
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def doc_text(fn):
    path = os.path.join(DOCS, fn)
    ext = fn.rsplit(".", 1)[1]
    if ext in ("txt", "md"):
        t = open(path, encoding="utf-8").read()
        if ext == "md":
            t = t.replace("<br>", "\n").replace("**", "")
            t = re.sub(r"(^|\s)_|_(\s|$)", r"\1\2", t)
        return t
    if ext == "html":
        t = open(path, encoding="utf-8").read()
        t = re.sub(r"<br\s*/?>", "\n", t)
        t = re.sub(r"<[^>]+>", "\n", t)
        return html.unescape(t)
    if ext == "docx":
        xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
        xml = re.sub(r"</w:p>", "\n", xml)
        xml = re.sub(r"<[^>]+>", "", xml)
        return html.unescape(xml)
    if ext == "pdf":
        with open(path, "rb") as f:
            if not f.read(5).startswith(b"%PDF"):
                err("%s is not a PDF" % fn)
        return open(os.path.join(HERE, "sources", fn + ".txt"), encoding="utf-8").read()
    err("unknown extension %s" % fn)
    return ""


def main():
    files = sorted(os.listdir(DOCS))
    exts = collections.Counter(f.rsplit(".", 1)[1] for f in files)
    if exts != {"txt": 3, "md": 3, "pdf": 2, "docx": 2, "html": 2}:
        err("document formats: %s" % dict(exts))
    texts = {}
    for f in files:
        texts[f] = norm(doc_text(f))
        src = os.path.join(HERE, "sources", f + ".txt")
        if not os.path.exists(src):
            err("missing source text for %s" % f)
            continue
        n = len(open(src, encoding="utf-8").read().split())
        if not 580 <= n <= 800:
            err("%s: %d words" % (f, n))

    qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
    if len(qs) != 90:
        err("questions: %d rows" % len(qs))
    ids = set()
    units = collections.Counter()
    langs = collections.Counter()
    per_doc = collections.Counter()
    for q in qs:
        for k in ("id", "question", "gold_doc", "gold_section", "unit", "gold", "lang"):
            if k not in q:
                err("%s: missing %s" % (q.get("id"), k))
        extra = set(q) - {"id", "question", "gold_doc", "gold_section", "unit", "gold", "lang", "note"}
        if extra:
            err("%s: unexpected fields %s" % (q["id"], extra))
        if q["id"] in ids:
            err("duplicate id %s" % q["id"])
        ids.add(q["id"])
        if q["unit"] not in ("paragraph", "list", "table_row"):
            err("%s: unit %s" % (q["id"], q["unit"]))
        if q["lang"] not in ("fr", "en"):
            err("%s: lang %s" % (q["id"], q["lang"]))
        units[q["unit"]] += 1
        langs[q["lang"]] += 1
        per_doc[q["gold_doc"]] += 1
        if q["gold_doc"] not in texts:
            err("%s: unknown gold_doc %s" % (q["id"], q["gold_doc"]))
            continue
        text = texts[q["gold_doc"]]
        if not isinstance(q["gold"], list) or not q["gold"] or not all(isinstance(g, str) and g.strip() for g in q["gold"]):
            err("%s: bad gold" % q["id"])
            continue
        for g in q["gold"]:
            if norm(g) not in text:
                err("%s: gold not in %s: %r" % (q["id"], q["gold_doc"], g[:80]))
        if not q["gold_section"].strip():
            err("%s: empty gold_section" % q["id"])
        for part in q["gold_section"].split(" › "):
            if norm(part) not in text:
                err("%s: section part not in doc: %r" % (q["id"], part))
        if q["unit"] == "list":
            if not q["gold"][0].rstrip().endswith(":") or len(q["gold"]) < 3:
                err("%s: list gold must start with an intro ending ':' and have items" % q["id"])
        if q["unit"] == "paragraph" and len(q["gold"]) != 1:
            err("%s: paragraph gold must be one string" % q["id"])
        if q["unit"] == "table_row" and len(q["gold"]) < 3:
            err("%s: table row with fewer than 3 cells" % q["id"])
    if units != {"paragraph": 45, "list": 28, "table_row": 17}:
        err("units %s" % dict(units))
    if langs != {"fr": 75, "en": 15}:
        err("langs %s" % dict(langs))
    missing = set(texts) - set(per_doc)
    if missing:
        err("documents without questions: %s" % missing)

    us = [json.loads(l) for l in open(os.path.join(HERE, "unanswerable.jsonl"), encoding="utf-8") if l.strip()]
    if len(us) != 20:
        err("unanswerable: %d rows" % len(us))
    for u in us:
        if set(u) != {"id", "question", "lang", "note"} or u["lang"] not in ("fr", "en"):
            err("unanswerable row %s" % u.get("id"))
        if u["id"] in ids:
            err("duplicate id %s" % u["id"])
        ids.add(u["id"])

    if errors:
        print("\n".join(errors))
        print("FAILED: %d problem(s)" % len(errors))
        return 1
    print("OK: %d documents %s, %d questions %s %s, %d unanswerable" % (
        len(files), dict(exts), len(qs), dict(units), dict(langs), len(us)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

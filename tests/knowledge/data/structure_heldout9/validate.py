#!/usr/bin/env python3
"""Check the structure_heldout9 set (standard library only). Exits 1 on any breach.

- every document of docs/ has a public-audience marker near its top;
- >= 10 documents covering txt, md, pdf, docx, html;
- every gold fragment and every heading of gold_section occurs (whitespace-collapsed) in its document's text;
  txt/md are read raw, HTML through html.parser, DOCX through its word/document.xml, PDF through the
  generator's source strings (gen/content.py) because reportlab output is compressed;
- ids unique, required keys and values, unit shapes, counts (>= 80 questions, 20 unanswerable).
"""
import importlib.util
import json
import os
import re
import sys
import zipfile
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(ROOT, "docs")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MARKERS = ("document public", "public document", "sensitivity: public", "public —", "public -",
           'name="sensitivity" content="public"')

errors = []


def err(msg):
    errors.append(msg)


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []

    def handle_data(self, data):
        self.parts.append(data)

    def handle_starttag(self, tag, attrs):
        self.parts.append(" ")

    def handle_endtag(self, tag):
        self.parts.append(" ")


def load_content():
    spec = importlib.util.spec_from_file_location("content", os.path.join(ROOT, "gen", "content.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    paras = []
    for p in root.iter(W + "p"):
        paras.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(paras)


def doc_text(name, content):
    path = os.path.join(DOCS, name)
    ext = name.rsplit(".", 1)[-1].lower()
    if ext in ("txt", "md"):
        with open(path, encoding="utf-8") as f:
            return f.read()
    if ext == "html":
        p = _Text()
        with open(path, encoding="utf-8") as f:
            raw = f.read()
        p.feed(raw)
        return "".join(p.parts)
    if ext == "docx":
        return docx_text(path)
    if ext == "pdf":
        with open(path, "rb") as f:
            if not f.read(5).startswith(b"%PDF"):
                err("%s: not a PDF" % name)
        if name not in content.PDFS:
            err("%s: no source strings in gen/content.py" % name)
            return ""
        return content.plain_text(content.PDFS[name])
    err("%s: unexpected format" % name)
    return ""


def main():
    content = load_content()
    names = sorted(n for n in os.listdir(DOCS) if not n.startswith("."))
    texts = {n: doc_text(n, content) for n in names}
    norm = {n: collapse(t) for n, t in texts.items()}
    exts = {n.rsplit(".", 1)[-1] for n in names}
    if len(names) < 10:
        err("only %d documents (need >= 10)" % len(names))
    for e in ("txt", "md", "pdf", "docx", "html"):
        if e not in exts:
            err("no .%s document" % e)
    for n, t in texts.items():
        head = collapse(t)[:400].lower()
        if n.endswith((".html", ".md")):  # a marker in <meta> or an HTML comment counts too
            with open(os.path.join(DOCS, n), encoding="utf-8") as f:
                head += " " + collapse(f.read())[:800].lower()
        if not any(m in head for m in MARKERS):
            err("%s: no public-audience marker near the top" % n)

    ids = set()
    qs = []
    with open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                qs.append(json.loads(line))
            except ValueError as e:
                err("questions.jsonl:%d: bad JSON (%s)" % (ln, e))
    by_unit, by_lang = {}, {}
    cross = 0
    for q in qs:
        qid = q.get("id")
        for k in ("id", "question", "gold_doc", "gold_section", "unit", "gold", "lang"):
            if not q.get(k):
                err("%s: missing %s" % (qid, k))
        if qid in ids:
            err("duplicate id %s" % qid)
        ids.add(qid)
        doc, unit, lang, gold = q.get("gold_doc"), q.get("unit"), q.get("lang"), q.get("gold") or []
        if unit not in ("list", "table_row", "paragraph"):
            err("%s: bad unit %r" % (qid, unit))
        if lang not in ("fr", "en"):
            err("%s: bad lang %r" % (qid, lang))
        if doc not in norm:
            err("%s: gold_doc %r not in docs/" % (qid, doc))
            continue
        by_unit[unit] = by_unit.get(unit, 0) + 1
        by_lang[lang] = by_lang.get(lang, 0) + 1
        doc_lang = "en" if doc in ("welcome_pack.md", "events_2026_2027.html") else "fr"
        if doc_lang != lang:
            cross += 1
        text = norm[doc]
        for frag in gold:
            if collapse(frag) not in text:
                err("%s: gold fragment not in %s: %r" % (qid, doc, frag))
        for h in q.get("gold_section", "").split(" › "):
            if collapse(h) not in text:
                err("%s: heading %r not in %s" % (qid, h, doc))
        if unit == "list":
            if len(gold) < 3:
                err("%s: list needs intro + >= 2 items" % qid)
            if gold and gold[0].rstrip().endswith(":"):
                err("%s: list intro must not keep its ':'" % qid)
        if unit == "table_row":
            if len(gold) < 4 or len(gold) % 2:
                err("%s: table_row needs header cells + as many row cells" % qid)
        if unit == "paragraph":
            if not 2 <= len(gold) <= 3:
                err("%s: paragraph needs 2-3 fragments" % qid)
            for frag in gold:
                nw = len(frag.split())
                if not 5 <= nw <= 12:
                    err("%s: paragraph fragment of %d words: %r" % (qid, nw, frag))

    un = []
    with open(os.path.join(ROOT, "unanswerable.jsonl"), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                un.append(json.loads(line))
    for u in un:
        if not u.get("id") or not u.get("question") or u.get("lang") not in ("fr", "en"):
            err("unanswerable %r: bad record" % u.get("id"))
        if u.get("id") in ids:
            err("duplicate id %s" % u.get("id"))
        ids.add(u.get("id"))
    if len(qs) < 80:
        err("only %d questions (need >= 80)" % len(qs))
    if len(un) != 20:
        err("%d unanswerable questions (need 20)" % len(un))
    if cross < len(qs) // 5:
        err("only %d cross-language questions" % cross)

    print("documents: %d (%s)" % (len(names), ", ".join(sorted(exts))))
    print("questions: %d  by unit %s  by lang %s  cross-language %d" % (len(qs), by_unit, by_lang, cross))
    print("unanswerable: %d" % len(un))
    for e in errors:
        print("BREACH:", e)
    print("OK" if not errors else "FAILED (%d breaches)" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Validate the structure held-out set: gold fragments verbatim, sections exist, ids unique, counts.

Standard library for txt/md/html; pypdf and python-docx (installed in /work/main/.venv) for PDF/DOCX.
Run: /work/main/.venv/bin/python validate.py   (exits 1 on any breach)
"""
import json, re, sys, zipfile
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
FORMATS = {".txt", ".md", ".pdf", ".docx", ".html"}
BLOCK = {"p", "div", "li", "h1", "h2", "h3", "h4", "td", "th", "tr", "title", "br", "header", "footer", "table", "ul", "ol"}


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True); self.out = []; self.skip = 0
    def handle_starttag(self, tag, a):
        if tag in ("style", "script"): self.skip += 1
        if tag in BLOCK: self.out.append("\n")
    def handle_endtag(self, tag):
        if tag in ("style", "script"): self.skip -= 1
        if tag in BLOCK: self.out.append("\n")
    def handle_data(self, d):
        if not self.skip: self.out.append(d)


def lines_of(path):
    ext = path.suffix
    if ext in (".txt", ".md"):
        return path.read_text(encoding="utf-8").splitlines()
    if ext == ".html":
        p = _Text(); p.feed(path.read_text(encoding="utf-8")); return "".join(p.out).splitlines()
    if ext == ".pdf":
        from pypdf import PdfReader
        return [l for pg in PdfReader(str(path)).pages for l in (pg.extract_text() or "").splitlines()]
    if ext == ".docx":
        from docx import Document
        d = Document(str(path)); out = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                out += [c.text for c in r.cells]
        return out
    raise ValueError(ext)


def norm(s):
    s = s.replace("\u2019", "'").replace("\u00a0", " ").replace("\u202f", " ")
    return re.sub(r"\s+", " ", s).strip()


def head_norm(line):
    l = norm(line)
    l = re.sub(r"^#+\s*", "", l)
    l = l.strip("*_ ").strip()
    return l


def main():
    errs = []
    docs = {p.name: p for p in DOCS.iterdir() if p.is_file()}
    fmts = Counter(p.suffix for p in docs.values())
    if len(docs) < 10: errs.append(f"only {len(docs)} documents")
    for f in FORMATS:
        if not fmts[f]: errs.append(f"no {f} document")
    text, heads = {}, {}
    for n, p in docs.items():
        ls = lines_of(p)
        text[n] = norm(" ".join(ls))
        heads[n] = {head_norm(l) for l in ls if l.strip()}
        low = text[n].lower()
        if any(w in low for w in ("confidentiel", "confidential", "usage interne", "internal use", "restricted")):
            errs.append(f"{n}: marked confidential/internal")
        if not any(w in low for w in ("destiné aux ambassadeurs", "sensitivity: public", "public document", "visible to all ambassadors", "partagé avec tous les ambassadeurs", "page publique")):
            errs.append(f"{n}: no public/ambassador audience marker")
    ids = Counter()
    qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    un = [json.loads(l) for l in (HERE / "unanswerable.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    for q in qs:
        ids[q["id"]] += 1
        for k in ("id", "question", "gold_doc", "gold_section", "unit", "gold", "lang"):
            if k not in q: errs.append(f"{q.get('id')}: missing {k}")
        if q["unit"] not in ("list", "table_row", "paragraph"): errs.append(f"{q['id']}: bad unit")
        if q["lang"] not in ("fr", "en"): errs.append(f"{q['id']}: bad lang")
        d = q["gold_doc"]
        if d not in docs: errs.append(f"{q['id']}: unknown doc {d}"); continue
        for h in q["gold_section"].split(" › "):
            if norm(h) not in heads[d]: errs.append(f"{q['id']}: heading not found as a line: {h!r}")
        g = q["gold"]
        if not g or len(set(g)) != len(g): errs.append(f"{q['id']}: empty or duplicate gold")
        for frag in g:
            if norm(frag) not in text[d]: errs.append(f"{q['id']}: fragment not in {d}: {frag!r}")
        if q["unit"] == "paragraph":
            if not 2 <= len(g) <= 3: errs.append(f"{q['id']}: paragraph needs 2-3 fragments")
            for frag in g:
                if not 5 <= len(frag.split()) <= 10: errs.append(f"{q['id']}: fragment length {len(frag.split())} words")
        if q["unit"] == "list":
            if len(g) < 3: errs.append(f"{q['id']}: list gold too short")
            if g[0].rstrip().endswith(":"): errs.append(f"{q['id']}: intro keeps its ':'")
        if q["unit"] == "table_row" and len(g) < 4: errs.append(f"{q['id']}: table_row gold too short")
    for q in un:
        ids[q["id"]] += 1
        if set(q) != {"id", "question", "lang"} or q["lang"] not in ("fr", "en"): errs.append(f"{q.get('id')}: bad unanswerable record")
    for i, c in ids.items():
        if c > 1: errs.append(f"duplicate id {i}")
    if len(qs) < 80: errs.append(f"only {len(qs)} questions")
    if len(un) != 20: errs.append(f"{len(un)} unanswerable (need 20)")
    lang_of = {n: ("en" if n in ("event-volunteer-guidelines.txt", "ambassador-handbook-en.docx") else "fr") for n in docs}
    units = Counter(q["unit"] for q in qs)
    cross = Counter((q["lang"], lang_of[q["gold_doc"]]) for q in qs if q["gold_doc"] in docs)
    print(f"documents: {len(docs)} {dict(sorted(fmts.items()))}")
    print(f"questions: {len(qs)} units {dict(units)}  lang(question,doc) {dict(cross)}  unanswerable {len(un)}")
    if cross[("en", "fr")] < 0.2 * len(qs): errs.append("too few English questions over French documents")
    if cross[("fr", "en")] < 3: errs.append("too few French questions over English documents")
    for e in errs: print("BREACH:", e)
    print("OK" if not errs else f"FAILED ({len(errs)} breaches)")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())

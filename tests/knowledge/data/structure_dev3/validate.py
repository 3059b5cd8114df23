"""Validate the structure_dev3 evaluation set.

Usage: /work/main/.venv/bin/python tests/knowledge/data/structure_dev3/validate.py
Checks: ids unique, counts, units, languages, every gold fragment present in the text of
its gold document (whitespace collapsed, case-insensitive, ’ normalised to '), and every
component of gold_section present as a heading of that document.
Exit status 0 when everything passes.
"""
import html
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u00a0", " ").replace("\u202f", " ")
    return re.sub(r"\s+", " ", s).strip().lower()


def strip_num(line):
    # "2.1 Titre" / "3. Titre" -> "Titre"; markdown hashes removed
    line = re.sub(r"^#+\s*", "", line.strip())
    return re.sub(r"^\d+(\.\d+)*\.?\s+", "", line).strip()


def load(path):
    """Return (full text, set of normalised heading texts)."""
    ext = path.suffix.lower()
    heads = set()
    if ext in (".txt", ".md"):
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines()
        for i, ln in enumerate(lines):
            if ext == ".md":
                if ln.startswith("#"):
                    heads.add(norm(strip_num(ln)))
            else:
                nxt = lines[i + 1] if i + 1 < len(lines) else ""
                s = ln.strip()
                if not s or s.startswith("-"):
                    continue
                underlined = bool(re.fullmatch(r"[=-]{3,}", nxt.strip()))
                numbered = bool(re.match(r"^\d+(\.\d+)*\.?\s+\S", s))
                bare = len(s) < 80 and not s.endswith((".", ":", ";"))
                if underlined or numbered or bare:
                    heads.add(norm(strip_num(s)))
        if ext == ".md":
            text = text.replace("|", " ")
        return text, heads
    if ext == ".html":
        raw = path.read_text(encoding="utf-8")
        for m in re.finditer(r"<h[1-6][^>]*>(.*?)</h[1-6]>", raw, re.S | re.I):
            heads.add(norm(html.unescape(re.sub(r"<[^>]+>", " ", m.group(1)))))
        text = html.unescape(re.sub(r"<[^>]+>", " ", raw))
        return text, heads
    if ext == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = []
        for p in d.paragraphs:
            parts.append(p.text)
            if p.style.name.startswith("Heading") or p.style.name == "Title":
                heads.add(norm(p.text))
        for t in d.tables:
            for r in t.rows:
                parts.append(" ".join(c.text for c in r.cells))
        return "\n".join(parts), heads
    if ext == ".pdf":
        from pypdf import PdfReader
        text = "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
        for ln in text.splitlines():
            s = ln.strip()
            if s and len(s) < 80 and not s.endswith((".", ":", ";")):
                heads.add(norm(s))
        return text, heads
    raise ValueError(path)


def main():
    errors = []
    docs = {p.name: load(p) for p in sorted(DOCS.iterdir()) if p.is_file()}
    qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    us = [json.loads(l) for l in (HERE / "unanswerable.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    ids = [q["id"] for q in qs] + [u["id"] for u in us]
    for k, n in Counter(ids).items():
        if n > 1:
            errors.append("duplicate id %s" % k)
    for q in qs:
        qid = q["id"]
        for key in ("id", "question", "gold_doc", "gold_section", "unit", "gold", "lang"):
            if key not in q:
                errors.append("%s: missing %s" % (qid, key))
        if q["unit"] not in ("list", "table_row", "paragraph"):
            errors.append("%s: bad unit" % qid)
        if q["lang"] not in ("fr", "en"):
            errors.append("%s: bad lang" % qid)
        if q["gold_doc"] not in docs:
            errors.append("%s: unknown doc %s" % (qid, q["gold_doc"]))
            continue
        text, heads = docs[q["gold_doc"]]
        nt = norm(text)
        for frag in q["gold"]:
            if norm(frag) not in nt:
                errors.append("%s: fragment not found in %s: %r" % (qid, q["gold_doc"], frag))
        if q["unit"] == "paragraph":
            for frag in q["gold"]:
                n = len(frag.split())
                if not 4 <= n <= 12:
                    errors.append("%s: paragraph fragment of %d words: %r" % (qid, n, frag))
        for comp in q["gold_section"].split(" › "):
            if norm(comp) not in heads:
                errors.append("%s: section component not a heading of %s: %r" % (qid, q["gold_doc"], comp))
    for u in us:
        if not u.get("question") or u.get("lang") not in ("fr", "en"):
            errors.append("%s: bad unanswerable entry" % u.get("id"))
    units = Counter(q["unit"] for q in qs)
    langs = Counter(q["lang"] for q in qs)
    ulangs = Counter(u["lang"] for u in us)
    exts = Counter(Path(n).suffix for n in docs)
    en_on_fr = sum(1 for q in qs if q["lang"] == "en" and "_en." not in q["gold_doc"])
    fr_on_en = sum(1 for q in qs if q["lang"] == "fr" and "_en." in q["gold_doc"])
    print("docs:", len(docs), dict(exts))
    print("questions:", len(qs), dict(units), dict(langs), "en-on-fr-docs:", en_on_fr, "fr-on-en-docs:", fr_on_en)
    print("unanswerable:", len(us), dict(ulangs))
    if len(qs) != 80:
        errors.append("expected 80 questions, got %d" % len(qs))
    if len(us) != 25:
        errors.append("expected 25 unanswerable, got %d" % len(us))
    if not 10 <= len(docs) <= 12:
        errors.append("expected 10-12 docs")
    unused = set(docs) - {q["gold_doc"] for q in qs}
    if unused:
        errors.append("documents without questions: %s" % sorted(unused))
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else "FAILED (%d errors)" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

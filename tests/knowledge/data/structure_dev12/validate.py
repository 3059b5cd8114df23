#!/usr/bin/env python3
"""Validate the structure_dev12 set (stdlib only). Exit 0 when everything holds."""
import json, re, sys, zipfile
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree as ET

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
UNITS = {"list", "table_row", "paragraph"}
LANGS = {"fr", "en"}
EXTS = {".txt", ".md", ".pdf", ".docx", ".html"}
EN_DOCS = {"discord-house-rules.txt", "onboarding-guide.pdf", "author-events-playbook.docx"}


def pdf_pages(path):
    """Text of each page of an uncompressed reportlab PDF (literal strings of the content streams)."""
    data = path.read_bytes()
    pages = []
    for m in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):
        stream = m.group(1)
        if b"BT" not in stream:
            continue
        parts = []
        for s in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", stream, re.S):
            raw, out, i = s.group(1), bytearray(), 0
            while i < len(raw):
                c = raw[i]
                if c == 0x5C:  # backslash
                    nxt = raw[i + 1:i + 2]
                    octal = re.match(rb"[0-7]{1,3}", raw[i + 1:i + 4])
                    if octal:
                        out.append(int(octal.group(0), 8)); i += 1 + len(octal.group(0)); continue
                    out += {b"n": b"\n", b"r": b"\r", b"t": b"\t"}.get(nxt, nxt); i += 2; continue
                out.append(c); i += 1
            parts.append(out.decode("cp1252"))
        pages.append(" ".join(parts))
    return pages


def docx_text(path):
    ns = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    root = ET.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    return "\n".join("".join(t.text or "" for t in p.iter(ns + "t")) for p in root.iter(ns + "p"))


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(); self.parts = []
    def handle_data(self, d):
        self.parts.append(d)


def html_text(path):
    p = _Text(); p.feed(path.read_text(encoding="utf-8")); return " ".join(p.parts)


def doc_text(path):
    ext = path.suffix.lower()
    if ext == ".pdf":
        return " ".join(pdf_pages(path))
    if ext == ".docx":
        return docx_text(path)
    if ext == ".html":
        return html_text(path)
    return path.read_text(encoding="utf-8")


def norm(s):
    return re.sub(r"\s+", " ", s).strip().casefold()


def main():
    errors = []
    docs = sorted(p for p in DOCS.iterdir() if p.is_file())
    if len(docs) < 10:
        errors.append(f"only {len(docs)} documents")
    exts = {p.suffix.lower() for p in docs}
    if not EXTS <= exts:
        errors.append(f"missing formats: {EXTS - exts}")
    texts = {p.name: norm(doc_text(p)) for p in docs}
    for name, t in texts.items():
        if not re.search(r"public|publique|non confidentiel|diffusion libre", t):
            errors.append(f"{name}: no public marking")
        if len(t) < 1200:
            errors.append(f"{name}: too short ({len(t)} chars)")
    ids = set()
    qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    for q in qs:
        need = {"id", "question", "gold_doc", "gold_section", "unit", "gold", "lang"}
        if set(q) != need:
            errors.append(f"{q.get('id')}: fields {sorted(set(q) ^ need)}"); continue
        if q["id"] in ids:
            errors.append(f"duplicate id {q['id']}")
        ids.add(q["id"])
        if q["unit"] not in UNITS or q["lang"] not in LANGS:
            errors.append(f"{q['id']}: bad unit/lang")
        t = texts.get(q["gold_doc"])
        if t is None:
            errors.append(f"{q['id']}: unknown doc {q['gold_doc']}"); continue
        for h in q["gold_section"].split(" › "):
            if norm(h) not in t:
                errors.append(f"{q['id']}: heading not found: {h!r}")
        if not isinstance(q["gold"], list) or not q["gold"]:
            errors.append(f"{q['id']}: empty gold")
        for g in q["gold"]:
            if norm(g) not in t:
                errors.append(f"{q['id']}: fragment not found: {g!r}")
        if q["unit"] == "list" and not q["gold"][0].rstrip().endswith(":"):
            errors.append(f"{q['id']}: list gold must start with its introducing sentence")
        if q["unit"] == "paragraph" and not 2 <= len(q["gold"]) <= 4:
            errors.append(f"{q['id']}: paragraph gold needs 2-4 phrases")
    n = len(qs)
    if n < 80:
        errors.append(f"only {n} questions")
    en_fr = sum(1 for q in qs if q["lang"] == "en" and q["gold_doc"] not in EN_DOCS)
    fr_en = sum(1 for q in qs if q["lang"] == "fr" and q["gold_doc"] in EN_DOCS)
    if n and not 0.25 <= en_fr / n <= 0.35:
        errors.append(f"English-over-French share {en_fr}/{n} outside 25-35 %")
    if fr_en < 3:
        errors.append(f"only {fr_en} French questions over English documents")
    for u in UNITS:
        if sum(q.get("unit") == u for q in qs) < 15:
            errors.append(f"fewer than 15 questions of unit {u}")
    un = [json.loads(l) for l in (HERE / "unanswerable.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    if len(un) != 20:
        errors.append(f"{len(un)} unanswerable questions, expected 20")
    for q in un:
        if set(q) != {"id", "question", "lang"} or q["lang"] not in LANGS or q["id"] in ids:
            errors.append(f"unanswerable {q.get('id')}: bad record")
        ids.add(q["id"])
    for e in errors:
        print("ERROR", e)
    print(f"{len(docs)} docs, {n} questions (en over fr docs: {en_fr}, fr over en docs: {fr_en}), {len(un)} unanswerable")
    return 1 if errors else 0


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--pages":
        for i, p in enumerate(pdf_pages(Path(sys.argv[2])), 1):
            print(f"--- page {i}\n{p}")
        sys.exit(0)
    sys.exit(main())

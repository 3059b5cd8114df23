"""Validate blind set no. 3 against docs/ (reads the documents only, never the generator).

Checks: exact field set and order, unique ids, allowed unit/lang values, gold_doc exists, every
gold_section component is a heading of the document (in path order), every gold fragment occurs
verbatim (whitespace-collapsed) in the document and inside the text of the gold section (from its
last heading to the next heading), list golds start with a sentence ending in ":", and a whole
gold unit is at most 600 characters. unanswerable.jsonl: fields id, question, lang, unique ids.
Run: /work/main/.venv/bin/python validate.py
"""

import json
import re
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent
DOCS = ROOT / "docs"
FIELDS = ["id", "question", "gold_doc", "gold_section", "unit", "gold", "lang"]
MAX_UNIT = 600
UN_FIELDS = ["id", "question", "lang"]


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


# Each extractor returns the ordered blocks ("h", heading) or ("t", text); the title is left out.
def ext_txt(path):
    lines = path.read_text(encoding="utf-8").splitlines()
    blocks, i = [], 0
    while i < len(lines) and lines[i].strip():  # title block
        i += 1
    while i < len(lines):
        ln = lines[i].strip()
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        prev = lines[i - 1].strip()
        i += 1
        if not ln or re.fullmatch(r"[=\-]{3,}", ln):
            continue
        no_punct = not re.search(r"[.:;,!?»)]$", ln) and len(ln) < 70 and not ln.startswith("-")
        underlined = re.fullmatch(r"[=\-]{3,}", nxt)
        numbered = no_punct and re.match(r"^\d+(\.\d+)*\.?\s+\S", ln)
        bare = no_punct and not prev and not nxt and len(ln.split()) <= 8
        blocks.append(("h" if (underlined or numbered or bare) else "t", ln))
    return blocks


def ext_md(path):
    blocks = []
    for ln in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(#+)\s+(.*)$", ln)
        if m and len(m.group(1)) > 1:
            blocks.append(("h", m.group(2).strip()))
        elif not m and ln.strip():
            blocks.append(("t", ln))
    return blocks


class _Html(HTMLParser):
    def __init__(self):
        super().__init__()
        self.blocks, self.buf, self.hbuf, self.cur, self.skip = [], [], [], None, 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "title"):
            self.skip += 1
        if tag in ("h1", "h2", "h3"):
            self.cur, self.hbuf = tag, []
        else:
            self.buf.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "title"):
            self.skip -= 1
        if tag in ("h1", "h2", "h3") and self.cur:
            self.blocks.append(("t", "".join(self.buf)))
            self.buf = []
            if tag != "h1":
                self.blocks.append(("h", norm("".join(self.hbuf))))
            self.cur = None
        else:
            self.buf.append(" ")

    def handle_data(self, data):
        if not self.skip:
            (self.hbuf if self.cur else self.buf).append(data)

    def close(self):
        super().close()
        self.blocks.append(("t", "".join(self.buf)))


def ext_html(path):
    p = _Html()
    p.feed(path.read_text(encoding="utf-8"))
    p.close()
    return p.blocks


def ext_docx(path):
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    d = docx.Document(str(path))
    blocks = []
    for el in d.element.body.iterchildren():
        tag = el.tag.split("}")[1]
        if tag == "p":
            p = Paragraph(el, d)
            style = p.style.name if p.style is not None else ""
            if style != "Title":
                blocks.append(("h" if style.startswith("Heading") else "t", p.text))
        elif tag == "tbl":
            blocks += [("t", " ".join(c.text for c in row.cells)) for row in Table(el, d).rows]
    return blocks


def ext_pdf(path):
    """Headings are the bold lines set in a large size; the largest size is the title."""
    import pypdf

    chunks = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            bold = "Bold" in str((font or {}).get("/BaseFont", ""))
            chunks.append((text, bold, round(float(size) * float(tm[3]), 1)))

    for page in pypdf.PdfReader(str(path)).pages:
        page.extract_text(visitor_text=visit)
    top = max(size for _, _, size in chunks)
    return [
        ("h" if bold and 12 <= size < top else "t", text)
        for text, bold, size in chunks
        if size < top
    ]


EXTRACT = {".txt": ext_txt, ".md": ext_md, ".html": ext_html, ".docx": ext_docx, ".pdf": ext_pdf}


def layout(blocks):
    """Whitespace-collapsed text and the headings as [name, start, end of section]."""
    parts, heads, pos = [], [], 0
    for kind, text in blocks:
        text = norm(text)
        if not text:
            continue
        if kind == "h":
            heads.append([text, pos])
        parts.append(text)
        pos += len(text) + 1
    full = " ".join(parts)
    for i, h in enumerate(heads):
        h.append(heads[i + 1][1] if i + 1 < len(heads) else len(full))
    return full, heads


def check(q, cache, errors):
    qid = q.get("id")
    if list(q) != FIELDS:
        errors.append(f"{qid}: fields {list(q)}")
        return
    if q["unit"] not in ("list", "table_row", "paragraph"):
        errors.append(f"{qid}: bad unit {q['unit']}")
    if q["lang"] not in ("fr", "en"):
        errors.append(f"{qid}: bad lang {q['lang']}")
    if not q["gold"] or not q["question"].strip():
        errors.append(f"{qid}: empty question or gold")
    if q["unit"] == "list" and not q["gold"][0].endswith(":"):
        errors.append(f"{qid}: a list gold starts with its introduction ending in ':'")
    if sum(len(g) + 1 for g in q["gold"]) > MAX_UNIT:
        errors.append(f"{qid}: gold unit longer than {MAX_UNIT} characters")
    path = DOCS / q["gold_doc"]
    if not path.exists():
        errors.append(f"{qid}: missing document {path.name}")
        return
    if path.name not in cache:
        cache[path.name] = layout(EXTRACT[path.suffix](path))
    full, heads = cache[path.name]
    names = [h[0] for h in heads]
    comps = [c.strip() for c in q["gold_section"].split("›")]
    for c in comps:
        if c not in names:
            errors.append(f"{qid}: {c!r} is not a heading of {path.name}")
    j, sec = 0, None
    for c in comps:
        while j < len(heads) and heads[j][0] != c:
            j += 1
        if j == len(heads):
            errors.append(f"{qid}: section path not found in order in {path.name}")
            return
        sec = heads[j]
        j += 1
    body = full[sec[1] : sec[2]]
    for g in q["gold"]:
        ng = norm(g)
        if ng not in full:
            errors.append(f"{qid}: fragment not in document: {g!r}")
        elif ng not in body:
            errors.append(f"{qid}: fragment not inside section {sec[0]!r}: {g!r}")


def main():
    text = (ROOT / "questions.jsonl").read_text(encoding="utf-8")
    qs = [json.loads(ln) for ln in text.splitlines() if ln.strip()]
    errors, cache = [], {}
    for qid, n in Counter(q.get("id") for q in qs).items():
        if n > 1:
            errors.append(f"{qid}: duplicate id")
    for q in qs:
        check(q, cache, errors)
    print(f"questions: {len(qs)}")
    print("units:", dict(Counter(q["unit"] for q in qs)))
    print("lang:", dict(Counter(q["lang"] for q in qs)))
    print("per unit and lang:", dict(Counter((q["unit"], q["lang"]) for q in qs)))
    for name in sorted(p.name for p in DOCS.iterdir()):
        if name not in cache:
            cache[name] = layout(EXTRACT[Path(name).suffix](DOCS / name))
        full, heads = cache[name]
        n = sum(q["gold_doc"] == name for q in qs)
        print(f"  {name}: {len(full.split())} words, {len(heads)} headings, {n} questions")
    un_text = (ROOT / "unanswerable.jsonl").read_text(encoding="utf-8")
    uns = [json.loads(ln) for ln in un_text.splitlines() if ln.strip()]
    for qid, n in Counter(u.get("id") for u in uns).items():
        if n > 1 or qid in {q["id"] for q in qs}:
            errors.append(f"{qid}: duplicate id")
    for u in uns:
        if list(u) != UN_FIELDS or u["lang"] not in ("fr", "en") or not u["question"].strip():
            errors.append(f"{u.get('id')}: bad unanswerable record {u}")
    print(f"unanswerable: {len(uns)}", dict(Counter(u["lang"] for u in uns)))
    if errors:
        print(f"FAIL ({len(errors)} errors)")
        print("\n".join(errors))
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()

"""Validate questions.jsonl against docs/.
Checks: exact field set, unique ids, allowed unit/lang values, gold_doc exists,
every gold_section component is a heading of the document (in path order), and every
gold fragment occurs verbatim (whitespace-collapsed) inside the text of that section.
Run: /work/main/.venv/bin/python validate.py
"""
import json, re, sys
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent
DOCS = ROOT / "docs"
sys.path.insert(0, str(ROOT / "gen"))

def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()

# Each extractor returns an ordered list of blocks: ("h", text) heading (title excluded) or ("t", text).
def ext_txt(path):
    lines = path.read_text(encoding="utf-8").splitlines()
    blocks, i = [], 0
    while i < len(lines) and lines[i].strip():  # title block
        i += 1
    while i < len(lines):
        ln = lines[i].strip()
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        prev = lines[i - 1].strip() if i > 0 else ""
        if not ln:
            i += 1; continue
        if re.fullmatch(r"[=\-]{3,}", nxt):
            blocks.append(("h", ln)); i += 2; continue
        no_punct = not re.search(r"[.:;,!?)]$", ln) and len(ln) < 70 and not re.match(r"[-*•]", ln)
        numbered = re.match(r"^\d+(\.\d+)*\.?\s+\S", ln) and no_punct
        bare = no_punct and prev == "" and nxt == "" and len(ln.split()) <= 8
        blocks.append(("h" if (numbered or bare) else "t", ln)); i += 1
    return blocks

def ext_md(path):
    blocks = []
    for ln in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(#+)\s+(.*)$", ln)
        if m:
            if len(m.group(1)) > 1:
                blocks.append(("h", m.group(2).strip()))
        elif ln.strip():
            blocks.append(("t", ln))
    return blocks

class _H(HTMLParser):
    def __init__(self):
        super().__init__(); self.blocks = []; self.cur = None; self.buf = []; self.skip = 0
    def handle_starttag(self, tag, a):
        if tag in ("script", "style", "title"): self.skip += 1
        if tag in ("h1", "h2", "h3"): self.cur = tag; self.hbuf = []
        else: self.buf.append(" ")
    def handle_endtag(self, tag):
        if tag in ("script", "style", "title"): self.skip -= 1
        if tag in ("h1", "h2", "h3") and self.cur:
            self.blocks.append(("t", "".join(self.buf))); self.buf = []
            if tag != "h1": self.blocks.append(("h", norm("".join(self.hbuf))))
            self.cur = None
        else: self.buf.append(" ")
    def handle_data(self, d):
        if self.skip: return
        (self.hbuf if self.cur else self.buf).append(d)
    def close(self):
        super().close(); self.blocks.append(("t", "".join(self.buf)))

def ext_html(path):
    p = _H(); p.feed(path.read_text(encoding="utf-8")); p.close(); return p.blocks

def ext_docx(path):
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    d = docx.Document(str(path)); blocks = []
    for el in d.element.body.iterchildren():
        tag = el.tag.split("}")[1]
        if tag == "p":
            p = Paragraph(el, d); st = p.style.name if p.style is not None else ""
            if st == "Title": continue
            blocks.append(("h" if st.startswith("Heading") else "t", p.text))
        elif tag == "tbl":
            t = Table(el, d)
            for row in t.rows:
                blocks.append(("t", " ".join(c.text for c in row.cells)))
    return blocks

def ext_pdf(path):
    import pypdf, build
    heads = {v for k, v in build.PDF_BLOCKS if k in ("h1", "h2")}
    text = "\n".join(pg.extract_text() for pg in pypdf.PdfReader(str(path)).pages)
    return [("h" if norm(ln) in heads else "t", ln) for ln in text.splitlines()]

EXT = {".txt": ext_txt, ".md": ext_md, ".html": ext_html, ".docx": ext_docx, ".pdf": ext_pdf}

def layout(blocks):
    """normalized full text + list of (heading, start, end-of-section-at-next-heading)"""
    parts, heads, pos = [], [], 0
    for kind, t in blocks:
        t = norm(t)
        if not t: continue
        if kind == "h": heads.append([t, pos])
        parts.append(t); pos += len(t) + 1
    full = " ".join(parts)
    for i, h in enumerate(heads):
        h.append(heads[i + 1][1] if i + 1 < len(heads) else len(full))
    return full, heads

FIELDS = ["id", "question", "gold_doc", "gold_section", "unit", "gold", "lang"]

def main():
    errors, cache, ids = [], {}, set()
    qs = [json.loads(l) for l in (ROOT / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    for q in qs:
        qid = q.get("id")
        if list(q.keys()) != FIELDS: errors.append(f"{qid}: fields {list(q.keys())}")
        if qid in ids: errors.append(f"{qid}: duplicate id")
        ids.add(qid)
        if q["unit"] not in ("list", "table_row", "paragraph"): errors.append(f"{qid}: bad unit")
        if q["lang"] not in ("fr", "en"): errors.append(f"{qid}: bad lang")
        if not q["gold"]: errors.append(f"{qid}: empty gold")
        path = DOCS / q["gold_doc"]
        if not path.exists(): errors.append(f"{qid}: missing doc {path.name}"); continue
        if path.name not in cache: cache[path.name] = layout(EXT[path.suffix](path))
        full, heads = cache[path.name]
        comps = [c.strip() for c in q["gold_section"].split("›")]
        names = [h[0] for h in heads]
        for c in comps:
            if c not in names: errors.append(f"{qid}: '{c}' is not a heading of {path.name}")
        # locate the path in order
        j, sec = 0, None
        for c in comps:
            while j < len(heads) and heads[j][0] != c: j += 1
            if j == len(heads): sec = None; break
            sec = heads[j]; j += 1
        if sec is None: errors.append(f"{qid}: section path not found in order"); continue
        body = full[sec[1]:sec[2]]
        for g in q["gold"]:
            ng = norm(g)
            if ng not in full: errors.append(f"{qid}: fragment not in doc: {g!r}")
            elif ng not in body: errors.append(f"{qid}: fragment not inside section '{sec[0]}': {g!r}")
    from collections import Counter
    print("questions:", len(qs), "| units:", dict(Counter(q["unit"] for q in qs)),
          "| lang:", dict(Counter(q["lang"] for q in qs)))
    print("per doc:", dict(Counter(q["gold_doc"] for q in qs)))
    en_on_fr = sum(1 for q in qs if q["lang"] == "en" and not Path(q["gold_doc"]).stem.endswith("_en"))
    print("English questions on French docs:", en_on_fr)
    for name, (full, heads) in sorted(cache.items()):
        print(f"  {name}: {len(full.split())} words, {len(heads)} headings")
    if errors:
        print(f"FAIL ({len(errors)} errors)"); print("\n".join(errors)); sys.exit(1)
    print("OK: all checks passed")

if __name__ == "__main__":
    main()

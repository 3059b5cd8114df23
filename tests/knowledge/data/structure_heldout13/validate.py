"""Validate the structure_heldout13 set (stdlib only). Exit 0 when valid.

Checks: document counts per format and language; every gold fragment occurs in the document's own text
(extracted from the file: txt, md, html, docx XML, uncompressed PDF content streams) and in the text of the
gold section; every gold_section is a real heading path, re-read from the file's own structure (Markdown #,
HTML h2-h4, DOCX heading styles or bold lines, PDF font sizes, plain-text heading lines); question counts.
"""

import json
import re
import sys
import unicodedata
import zipfile
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent
DOCS = ROOT / "docs"
SEP = " › "
errors = []


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip().lower()


def err(msg):
    errors.append(msg)


# ------------------------------------------------------------------ text + headings per format
def read_md(path):
    text = path.read_text(encoding="utf-8")
    heads = []
    for line in text.splitlines():
        m = re.match(r"^(#{1,6}) (.+)$", line)
        if m:
            heads.append((len(m.group(1)) - 1, m.group(2).strip()))  # level 0 = title
    return text, heads


class _H(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts, self.heads, self.cur = [], [], None

    def handle_starttag(self, tag, attrs):
        if re.fullmatch(r"h[1-6]", tag):
            self.cur = (int(tag[1]) - 1, [])

    def handle_endtag(self, tag):
        if self.cur and re.fullmatch(r"h[1-6]", tag):
            self.heads.append((self.cur[0], "".join(self.cur[1]).strip()))
            self.cur = None

    def handle_data(self, data):
        self.parts.append(data)
        if self.cur:
            self.cur[1].append(data)


def read_html(path):
    p = _H()
    p.feed(path.read_text(encoding="utf-8"))
    return " ".join(p.parts), p.heads


def read_docx(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    texts, heads = [], []
    for para in re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S):
        t = "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", para))
        t = t.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
        texts.append(t)
        style = re.search(r'<w:pStyle w:val="([^"]+)"', para)
        if style and style.group(1) == "Title":
            heads.append((0, t))
        elif style and re.fullmatch(r"Heading(\d)", style.group(1)):
            heads.append((int(style.group(1)[7:]), t))
        elif t and "<w:b/>" in para:
            size = re.search(r'<w:sz w:val="(\d+)"', para)
            level = {"36": 0, "28": 1, "24": 2}.get(size.group(1) if size else "")
            if level is not None:
                heads.append((level, t))
    return " ".join(texts), heads


def _pdf_string(s):
    out, i = bytearray(), 0
    while i < len(s):
        c = s[i]
        if c == "\\":
            n = s[i + 1]
            if n in "01234567":
                m = re.match(r"[0-7]{1,3}", s[i + 1 :])
                out.append(int(m.group(0), 8))
                i += 1 + len(m.group(0))
                continue
            out += {"n": b"\n", "r": b"\r", "t": b"\t", "b": b"\b", "f": b"\f"}.get(n, n.encode("latin-1"))
            i += 2
            continue
        out += c.encode("latin-1")
        i += 1
    return out.decode("cp1252")


def read_pdf(path):
    raw = path.read_bytes().decode("latin-1")
    if "/FlateDecode" in raw:
        err(f"{path.name}: compressed PDF streams (generator must use pageCompression=0)")
    texts, heads = [], []
    fonts = {}
    for m in re.finditer(r"<<\s*/BaseFont /([\w-]+) /Encoding /\w+ /Name /(F\d+)", raw):
        fonts[m.group(2)] = m.group(1)
    for bt in re.findall(r"\bBT (.*?) ET", raw, flags=re.S):
        strings = [_pdf_string(s) for s in re.findall(r"\(((?:[^()\\]|\\.)*)\) Tj", bt)]
        line = " ".join(strings)
        texts.append(line)
        tf = re.search(r"/(F\d+) (\d+) Tf", bt)
        if tf and "Bold" in fonts.get(tf.group(1), ""):
            level = {"20": 0, "15": 1, "12": 2}.get(tf.group(2))
            if level is not None:
                heads.append((level, line))
    return " ".join(texts), heads


def read_txt(path):
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    return text, [(None, ln.strip()) for ln in lines if ln.strip()]


READERS = {".md": read_md, ".html": read_html, ".docx": read_docx, ".pdf": read_pdf, ".txt": read_txt}


def heading_paths(heads, title):
    """Paths (title excluded) from (level, text) headings; level 0 is the document title."""
    paths, stack = set(), []
    for level, text in heads:
        if level == 0:
            if norm(text) != norm(title):
                err(f"title mismatch: {text!r} vs {title!r}")
            continue
        stack = [*stack[:level - 1], text]
        paths.add(SEP.join(stack))
    return paths


# ------------------------------------------------------------------ main checks
def main():
    outline = json.loads((ROOT / "gen" / "outline.json").read_text(encoding="utf-8"))
    files = sorted(p for p in DOCS.iterdir() if p.is_file())
    exts = Counter(p.suffix for p in files)
    if len(files) != 12 or exts != Counter({".txt": 3, ".md": 3, ".pdf": 2, ".docx": 2, ".html": 2}):
        err(f"document counts wrong: {dict(exts)}")
    en_docs = {p.name for p in files if re.search(r"_en\.\w+$", p.name)}
    if not 2 <= len(en_docs) <= 3:
        err(f"{len(en_docs)} English documents")
    if set(outline) != {p.name for p in files}:
        err("outline.json and docs/ disagree")

    texts, real_paths = {}, {}
    for p in files:
        text, heads = READERS[p.suffix](p)
        texts[p.name] = norm(text)
        info = outline.get(p.name, {})
        if p.suffix == ".txt":
            lines = {norm(h) for _, h in heads}
            for sec in info.get("sections", {}):
                for h in sec.split(SEP):
                    if norm(h) not in lines:
                        err(f"{p.name}: heading {h!r} is not a line of its own")
            real_paths[p.name] = set(info.get("sections", {}))
            if norm(heads[0][1]) != norm(info["title"]):
                err(f"{p.name}: first line is not the title")
        else:
            real_paths[p.name] = heading_paths(heads, info.get("title", ""))
            if real_paths[p.name] != set(info.get("sections", {})):
                err(
                    f"{p.name}: file headings {sorted(real_paths[p.name] ^ set(info['sections']))} "
                    "differ from the outline"
                )
        if p.suffix == ".pdf" and len(re.findall(r"/Type /Page\b", p.read_bytes().decode("latin-1"))) < 2:
            err(f"{p.name}: fewer than 2 pages")
        if p.suffix == ".pdf" and "page 2" not in texts[p.name]:
            err(f"{p.name}: no page footer")

    qs = [
        json.loads(line)
        for line in (ROOT / "questions.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    if len(qs) != 90:
        err(f"{len(qs)} answerable questions (want 90)")
    keys = {"id", "question", "gold_doc", "gold_section", "unit", "gold", "lang"}
    repeated = 0
    for i, q in enumerate(qs, 1):
        qid = q.get("id")
        if set(q) != keys:
            err(f"{qid}: keys {sorted(q)}")
            continue
        if qid != f"sh13-{i:03d}":
            err(f"{qid}: expected id sh13-{i:03d}")
        doc, sec, unit, gold = q["gold_doc"], q["gold_section"], q["unit"], q["gold"]
        if doc not in texts:
            err(f"{qid}: unknown doc {doc}")
            continue
        if q["lang"] not in ("fr", "en") or unit not in ("paragraph", "list", "table_row"):
            err(f"{qid}: bad lang/unit")
        if sec not in real_paths[doc]:
            err(f"{qid}: {sec!r} is not a heading path of {doc}")
            continue
        if norm(sec.split(SEP)[0]) == norm(outline[doc]["title"]):
            err(f"{qid}: section starts with the document title")
        body = norm(outline[doc]["sections"][sec])
        for g in gold:
            if norm(g) not in texts[doc]:
                err(f"{qid}: fragment not in {doc}: {g!r}")
            if norm(g) not in body:
                err(f"{qid}: fragment not under {sec!r}: {g!r}")
        if len(set(map(norm, gold))) != len(gold):
            err(f"{qid}: duplicate fragments")
        if unit == "paragraph":
            if not 2 <= len(gold) <= 3 or any(not 5 <= len(g.split()) <= 12 for g in gold):
                err(f"{qid}: paragraph gold wants 2-3 fragments of 5-12 words: {gold}")
        elif unit == "list" and len(gold) < 3:
            err(f"{qid}: list gold too short")
        elif unit == "table_row" and (len(gold) % 2 or len(gold) < 4):
            err(f"{qid}: table_row gold must be header cells + row cells")
        last = sec.split(SEP)[-1]
        if sum(1 for s in outline[doc]["sections"] if s.split(SEP)[-1] == last) > 1:
            repeated += 1

    langs = Counter(q["lang"] for q in qs)
    en_over_fr = sum(1 for q in qs if q["lang"] == "en" and q["gold_doc"] not in en_docs)
    fr_over_en = sum(1 for q in qs if q["lang"] == "fr" and q["gold_doc"] in en_docs)
    units = Counter(q["unit"] for q in qs)
    if not 70 <= langs["fr"] <= 80 or not 10 <= langs["en"] <= 20:
        err(f"language mix {dict(langs)}")
    if not 4 <= en_over_fr <= 7 or not 1 <= fr_over_en <= 3:
        err(f"cross-language counts en>fr={en_over_fr} fr>en={fr_over_en}")
    if repeated < 25:
        err(f"only {repeated} questions target a repeated heading")
    if min(units.values()) < 10:
        err(f"unit mix {dict(units)}")

    us = [
        json.loads(line)
        for line in (ROOT / "unanswerable.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    if len(us) != 20:
        err(f"{len(us)} unanswerable (want 20)")
    for i, u in enumerate(us, 1):
        if (
            set(u) != {"id", "question", "lang"}
            or u["id"] != f"sh13-u{i:02d}"
            or u["lang"] not in ("fr", "en")
        ):
            err(f"bad unanswerable record {u}")

    for e in errors:
        print("ERROR", e)
    print(
        f"docs {dict(exts)}; questions {len(qs)} {dict(langs)} {dict(units)}; en>fr {en_over_fr}, "
        f"fr>en {fr_over_en}; repeated-heading {repeated}; unanswerable {len(us)}"
    )
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Validate the held-out structure set (stdlib only). Exit 1 on any breach."""
import html, html.parser, json, os, re, sys, zipfile, zlib, base64

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
MARKERS = ["document public", "public document", "sensitivity: public"]


def norm(s):
    s = s.replace("\u2019", "'").replace("\u00a0", " ").replace("\u202f", " ")
    return " ".join(s.split()).lower()


# ---------- PDF (reportlab output, standard fonts) ----------
def _decode_stream(dic, data):
    filters = re.findall(rb"/(ASCII85Decode|FlateDecode|A85|Fl)\b", dic)
    for f in filters:
        if f in (b"ASCII85Decode", b"A85"):
            d = data.strip()
            if d.startswith(b"<~"):
                d = d[2:]
            if d.endswith(b"~>"):
                d = d[:-2]
            data = base64.a85decode(d)
        else:
            data = zlib.decompress(data.strip() if False else data)
    return data


def _pdf_string(raw):
    out = bytearray()
    i = 0
    while i < len(raw):
        c = raw[i]
        if c == 0x5C:  # backslash
            i += 1
            n = raw[i:i + 1]
            if n in b"01234567":
                m = re.match(rb"[0-7]{1,3}", raw[i:i + 3])
                out.append(int(m.group(0), 8) & 0xFF)
                i += len(m.group(0))
                continue
            out += {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}.get(n, n)
            i += 1
            continue
        out.append(c)
        i += 1
    return out.decode("cp1252", errors="replace")


def pdf_text_pages(path):
    data = open(path, "rb").read()
    objs = {}
    for m in re.finditer(rb"(\d+) 0 obj(.*?)endobj", data, re.S):
        objs[int(m.group(1))] = m.group(2)
    def stream_of(num):
        body = objs[num]
        m = re.search(rb"(.*?)stream\r?\n(.*?)endstream", body, re.S)
        return _decode_stream(m.group(1), m.group(2))
    kids = None
    for body in objs.values():
        if re.search(rb"/Type\s*/Pages", body):
            k = re.search(rb"/Kids\s*\[(.*?)\]", body, re.S)
            if k and (kids is None):
                kids = [int(x) for x in re.findall(rb"(\d+) 0 R", k.group(1))]
    pages = []
    for pk in kids or []:
        body = objs[pk]
        c = re.search(rb"/Contents\s+(\d+) 0 R", body)
        txt = []
        if c:
            content = stream_of(int(c.group(1)))
            for s in re.finditer(rb"\((?:\\.|[^\\)])*\)", content, re.S):
                txt.append(_pdf_string(s.group(0)[1:-1]))
        pages.append(" ".join(txt))
    return pages


# ---------- DOCX ----------
def docx_text(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    paras = []
    for p in re.findall(r"<w:p[ >].*?</w:p>", xml, re.S):
        paras.append("".join(html.unescape(t) for t in re.findall(r"<w:t(?: [^>]*)?>(.*?)</w:t>", p, re.S)))
    return "\n".join(paras)


class _HT(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0
    def handle_starttag(self, tag, a):
        if tag in ("script", "style"):
            self.skip += 1
        self.parts.append(" ")
    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        self.parts.append(" ")
    def handle_data(self, d):
        if not self.skip:
            self.parts.append(d)


def doc_text(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        return "\n".join(pdf_text_pages(path))
    if ext == "docx":
        return docx_text(path)
    raw = open(path, encoding="utf-8").read()
    if ext in ("html", "htm"):
        p = _HT(); p.feed(raw); return "".join(p.parts)
    return raw


def main():
    errors = []
    files = sorted(f for f in os.listdir(DOCS) if not f.startswith("."))
    exts = {f.rsplit(".", 1)[-1] for f in files}
    if len(files) < 10:
        errors.append(f"only {len(files)} documents")
    for e in ("txt", "md", "pdf", "docx", "html"):
        if e not in exts:
            errors.append(f"no .{e} document")
    texts = {}
    for f in files:
        t = doc_text(os.path.join(DOCS, f))
        texts[f] = norm(t)
        head = norm(t[:600])
        if not any(m in head for m in MARKERS):
            errors.append(f"{f}: no public marker near the top")
    qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
    un = [json.loads(l) for l in open(os.path.join(HERE, "unanswerable.jsonl"), encoding="utf-8") if l.strip()]
    if len(qs) < 80:
        errors.append(f"only {len(qs)} answerable questions")
    if len(un) != 20:
        errors.append(f"{len(un)} unanswerable questions, expected 20")
    ids = [q["id"] for q in qs] + [q["id"] for q in un]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    for q in qs:
        for k in ("id", "question", "gold_doc", "gold_section", "unit", "gold", "lang"):
            if k not in q:
                errors.append(f"{q.get('id')}: missing {k}")
        if q["gold_doc"] not in texts:
            errors.append(f"{q['id']}: unknown doc {q['gold_doc']}")
            continue
        if q["unit"] not in ("list", "table_row", "paragraph"):
            errors.append(f"{q['id']}: bad unit")
        if q["lang"] not in ("fr", "en"):
            errors.append(f"{q['id']}: bad lang")
        t = texts[q["gold_doc"]]
        for h in q["gold_section"].split(" › "):
            if norm(h) not in t:
                errors.append(f"{q['id']}: heading not found: {h!r}")
        if not q["gold"]:
            errors.append(f"{q['id']}: empty gold")
        for g in q["gold"]:
            if norm(g) not in t:
                errors.append(f"{q['id']}: fragment not found: {g!r}")
        if q["unit"] == "paragraph":
            for g in q["gold"]:
                n = len(g.split())
                if n < 5 or n > 12:
                    errors.append(f"{q['id']}: paragraph fragment of {n} words: {g!r}")
    for q in un:
        for k in ("id", "question", "lang"):
            if k not in q:
                errors.append(f"unanswerable {q.get('id')}: missing {k}")
    for e in errors:
        print("ERROR", e)
    from collections import Counter
    print(f"{len(files)} docs, {len(qs)} answerable, {len(un)} unanswerable")
    print("units:", dict(Counter(q["unit"] for q in qs)))
    print("lang pairs:", dict(Counter(q["lang"] + "->" + ("en" if q["gold_doc"] in EN_DOCS else "fr") for q in qs)))
    print("docs:", dict(Counter(q["gold_doc"] for q in qs)))
    sys.exit(1 if errors else 0)


EN_DOCS = {"partner_perks.html", "events_handbook_2027.pdf", "welcome_pack.txt"}

if __name__ == "__main__":
    main()

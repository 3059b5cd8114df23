#!/usr/bin/env python3
"""Check the structure_heldout11 set (stdlib only). Exit 0 when everything holds."""
import base64, html, html.parser, json, os, re, sys, zipfile, zlib
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
UNITS = {"list", "table_row", "paragraph"}
LANGS = {"fr", "en"}
DOC_LANG = {}  # filled from README? kept explicit here
EN_DOCS = {"partner_perks.pdf", "welcome_kit.docx", "cm_playbook.txt"}


def pdf_pages(path):
    """Text of each page of a reportlab PDF: inflate streams, read (..) Tj strings."""
    data = open(path, "rb").read()
    pages = []
    for m in re.finditer(rb"<<(.*?)>>\s*stream\r?\n(.*?)endstream", data, re.S):
        head, raw = m.group(1), m.group(2)
        if b"ASCII85Decode" in head:
            raw = raw.strip()
            if raw.endswith(b"~>"):
                raw = raw[:-2]
            try:
                raw = base64.a85decode(raw)
            except ValueError:
                continue
        if b"FlateDecode" in head:
            try:
                raw = zlib.decompress(raw)
            except zlib.error:
                continue
        if b"BT" not in raw:
            continue
        pages.append(_pdf_text(raw))
    return pages


def _pdf_text(stream):
    out, i, n = [], 0, len(stream)
    line = []
    while i < n:
        c = stream[i:i + 1]
        if c == b"(":
            depth, i, buf = 1, i + 1, bytearray()
            while i < n and depth:
                ch = stream[i]
                if ch == 0x5C:  # backslash
                    nx = stream[i + 1:i + 2]
                    if nx in b"01234567" and nx:
                        j = i + 1
                        while j < n and j < i + 4 and stream[j:j + 1] in b"01234567":
                            j += 1
                        buf.append(int(stream[i + 1:j], 8) & 0xFF)
                        i = j
                        continue
                    esc = {b"n": 10, b"r": 13, b"t": 9, b"b": 8, b"f": 12}
                    buf.append(esc.get(nx, nx[0] if nx else 0x5C))
                    i += 2
                    continue
                if ch == 0x28:
                    depth += 1
                elif ch == 0x29:
                    depth -= 1
                    if not depth:
                        i += 1
                        break
                buf.append(ch)
                i += 1
            line.append(bytes(buf).decode("cp1252", "replace"))
            continue
        if stream.startswith(b"ET", i) or stream.startswith(b"T*", i) or stream.startswith(b"Td", i):
            if line:
                out.append("".join(line))
                line = []
        i += 1
    if line:
        out.append("".join(line))
    return "\n".join(out)


def docx_text(path):
    ns = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    root = ET.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    paras = []
    for p in root.iter(ns + "p"):
        paras.append("".join(t.text or "" for t in p.iter(ns + "t")))
    return "\n".join(paras)


class _Strip(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []

    def handle_data(self, d):
        self.parts.append(d)

    def handle_starttag(self, tag, attrs):
        self.parts.append("\n")
        for k, v in attrs:
            if k == "content" and v:
                self.parts.append(" " + v + " ")


def html_text(path):
    s = _Strip()
    s.feed(open(path, encoding="utf-8").read())
    return "".join(s.parts)


def doc_text(name):
    path = os.path.join(DOCS, name)
    ext = name.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        return "\n".join(pdf_pages(path))
    if ext == "docx":
        return docx_text(path)
    if ext in ("html", "htm"):
        return html_text(path)
    return open(path, encoding="utf-8").read()


def norm(s):
    s = s.replace("\u2019", "'").replace("\u00a0", " ").replace("\u202f", " ")
    return re.sub(r"\s+", " ", s).strip().lower()


def load(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for k, line in enumerate(f, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except ValueError as e:
                    sys.exit("%s:%d: bad JSON (%s)" % (name, k, e))
    return rows


def main():
    errors = []
    names = sorted(os.listdir(DOCS))
    exts = {n.rsplit(".", 1)[-1] for n in names}
    for e in ("txt", "md", "pdf", "docx", "html"):
        if e not in exts:
            errors.append("no .%s document" % e)
    if len(names) < 10:
        errors.append("only %d documents" % len(names))
    texts = {n: norm(doc_text(n)) for n in names}
    for n, t in texts.items():
        if len(t) < 1500:
            errors.append("%s: text too short (%d chars)" % (n, len(t)))
        head = t[:600]
        if not re.search(r"public|publique|diffusable|may be shared", head):
            errors.append("%s: no public marking near the top" % n)

    qs = load("questions.jsonl")
    ids = set()
    by_unit, by_pair = {}, {}
    for q in qs:
        qid = q.get("id")
        for f in ("id", "question", "gold_doc", "gold_section", "unit", "gold", "lang"):
            if f not in q:
                errors.append("%s: missing field %s" % (qid, f))
        if set(q) - {"id", "question", "gold_doc", "gold_section", "unit", "gold", "lang"}:
            errors.append("%s: unexpected fields %s" % (qid, sorted(set(q) - {"id", "question", "gold_doc", "gold_section", "unit", "gold", "lang"})))
        if qid in ids:
            errors.append("duplicate id %s" % qid)
        ids.add(qid)
        if q.get("unit") not in UNITS:
            errors.append("%s: bad unit %r" % (qid, q.get("unit")))
        if q.get("lang") not in LANGS:
            errors.append("%s: bad lang %r" % (qid, q.get("lang")))
        doc = q.get("gold_doc")
        if doc not in texts:
            errors.append("%s: unknown gold_doc %r" % (qid, doc))
            continue
        t = texts[doc]
        gold = q.get("gold") or []
        if not isinstance(gold, list) or not gold:
            errors.append("%s: empty gold" % qid)
        if q.get("unit") == "list" and len(gold) < 3:
            errors.append("%s: a list gold needs the intro and its items" % qid)
        if q.get("unit") == "paragraph" and not 2 <= len(gold) <= 4:
            errors.append("%s: paragraph gold needs 2-4 phrases" % qid)
        for frag in gold:
            if norm(frag) not in t:
                errors.append("%s: fragment not in %s: %r" % (qid, doc, frag))
        if q.get("unit") == "list" and gold and not gold[0].rstrip().endswith(":"):
            errors.append("%s: list intro should end with ':'" % qid)
        for h in (q.get("gold_section") or "").split(" › "):
            h = h.strip()
            if not h or norm(h) not in t:
                errors.append("%s: heading %r not in %s" % (qid, h, doc))
        u = q.get("unit")
        by_unit[u] = by_unit.get(u, 0) + 1
        pair = "%s>%s" % (q.get("lang"), "en" if doc in EN_DOCS else "fr")
        by_pair[pair] = by_pair.get(pair, 0) + 1

    if len(qs) < 80:
        errors.append("only %d answerable questions" % len(qs))
    un = load("unanswerable.jsonl")
    if len(un) != 20:
        errors.append("%d unanswerable questions, want 20" % len(un))
    for q in un:
        if set(q) != {"id", "question", "lang"}:
            errors.append("unanswerable %s: fields %s" % (q.get("id"), sorted(q)))
        if q.get("id") in ids:
            errors.append("duplicate id %s" % q.get("id"))
        ids.add(q.get("id"))
        if q.get("lang") not in LANGS:
            errors.append("unanswerable %s: bad lang" % q.get("id"))
    if by_pair.get("en>fr", 0) < 0.25 * len(qs):
        errors.append("English-over-French share below 25%% (%d)" % by_pair.get("en>fr", 0))
    if not by_pair.get("fr>en"):
        errors.append("no French question over an English document")

    print("documents: %d  questions: %d  unanswerable: %d" % (len(names), len(qs), len(un)))
    print("by unit:", dict(sorted(by_unit.items())))
    print("by language pair (question>document):", dict(sorted(by_pair.items())))
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--dump":
        for n in sys.argv[2:]:
            p = os.path.join(DOCS, n)
            if n.endswith(".pdf"):
                for k, pg in enumerate(pdf_pages(p), 1):
                    print("=== page", k); print(pg)
            else:
                print(doc_text(n))
        sys.exit(0)
    sys.exit(main())

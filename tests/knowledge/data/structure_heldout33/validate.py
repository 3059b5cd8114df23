#!/usr/bin/env python3
"""Check every constraint of the structure format on this set; print OK or the failures."""
import html, json, os, re, sys, zipfile
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
ERR = []


def err(m):
    ERR.append(m)


# -------- extract (kind, level, text) lines per format, from the files themselves
def lines_txt(p):
    raw = open(p, encoding="utf-8").read().split("\n")
    out = []
    for i, l in enumerate(raw):
        nxt = raw[i + 1] if i + 1 < len(raw) else ""
        if not l.strip() or re.fullmatch(r"[=\-]{3,}", l.strip()) or re.fullmatch(r"[\- ]+", l.strip()):
            continue
        if re.fullmatch(r"=+", nxt.strip() or "x"):
            out.append(("h", 0, l)); continue
        if re.fullmatch(r"-+", nxt.strip() or "x") and not l.startswith(" "):
            m = re.match(r"(\d+(?:\.\d+)*)\s", l)
            out.append(("h", len(m.group(1).split(".")) if m else 1, l)); continue
        m = re.match(r"(\d+(?:\.\d+)*)\s+\S", l)
        if m and not l.startswith(" ") and len(l) < 90 and not l.rstrip().endswith((".", ";", ":")):
            out.append(("h", len(m.group(1).split(".")), l)); continue
        if l.startswith("Annexe") and len(l) < 70:
            out.append(("h", 1, l)); continue
        out.append(("t", 0, l))
    return out


def lines_md(p):
    out = []
    for l in open(p, encoding="utf-8").read().split("\n"):
        if not l.strip() or re.fullmatch(r"\|[-|]+\|", l):
            continue
        m = re.match(r"(#+) (.*)", l)
        out.append(("h", len(m.group(1)) - 1, m.group(2)) if m else ("t", 0, l))
    return out


class HP(HTMLParser):
    BLOCK = {"h1", "h2", "h3", "h4", "p", "li", "tr", "title", "style"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.buf, self.tag, self.cells = [], [], None, None

    def flush(self):
        t = " ".join("".join(self.buf).split())
        if t and self.tag not in ("title", "style"):
            if self.tag and re.fullmatch(r"h[1-6]", self.tag):
                self.out.append(("h", int(self.tag[1]) - 1, t))
            else:
                self.out.append(("t", 0, t))
        self.buf = []

    def handle_starttag(self, tag, a):
        if tag in ("td", "th"):
            self.buf.append(" | " if self.cells else ""); self.cells = True
        elif tag in self.BLOCK or tag in ("ol", "ul"):
            self.flush(); self.tag = tag; self.cells = False if tag == "tr" else self.cells

    def handle_endtag(self, tag):
        if tag in self.BLOCK or tag in ("ol", "ul"):
            self.flush(); self.tag = None; self.cells = None if tag == "tr" else self.cells

    def handle_data(self, d):
        self.buf.append(d)


def lines_html(p):
    h = HP(); h.feed(open(p, encoding="utf-8").read()); h.flush()
    out = h.out
    while out and out[0][0] != "h":
        out = out[1:]  # site chrome before the title
    return out


WN = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def ptext(pel):
    return "".join(t.text or "" for t in pel.iter(WN + "t"))


def lines_docx(p):
    z = zipfile.ZipFile(p)
    for n in ("[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml"):
        if n not in z.namelist():
            err(f"{p}: missing {n}")
    root = ET.fromstring(z.read("word/document.xml"))
    out = []
    for el in root.find(WN + "body"):
        if el.tag == WN + "p":
            t = ptext(el)
            if not t.strip():
                continue
            st = el.find(f"{WN}pPr/{WN}pStyle")
            sv = st.get(WN + "val") if st is not None else ""
            if sv == "Title":
                out.append(("h", 0, t))
            elif sv.startswith("Heading"):
                out.append(("h", int(sv[7:]), t))
            else:
                out.append(("t", 0, t))
        elif el.tag == WN + "tbl":
            for tr in el.iter(WN + "tr"):
                out.append(("t", 0, " | ".join(ptext(tc) for tc in tr.iter(WN + "tc"))))
    return out


def pdf_unescape(b):
    return re.sub(rb"\\([\\()])", rb"\1", b).decode("cp1252")


def lines_pdf(p):
    data = open(p, "rb").read()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-10:]:
        err(f"{p}: not a PDF")
    out, npages = [], 0
    SZ = {18: 0, 14: 1, 12: 2, 11: 3}
    for st in re.findall(rb"stream\n(.*?)\nendstream", data, re.S):
        npages += 1
        rows = []
        for f, sz, xx, yy, s in re.findall(rb"BT /(F\d) ([\d.]+) Tf ([\d.]+) ([\d.]+) Td \(((?:\\.|[^\\)])*)\) Tj ET", st):
            sz = float(sz)
            if sz <= 8:
                continue  # running header / footer
            t = pdf_unescape(s)
            if rows and rows[-1][0] == yy and not (f == b"F2" and sz >= 11):
                rows[-1][2].append(t)
            else:
                rows.append((yy, (f, sz), [t]))
        for yy, (f, sz), ts in rows:
            if f == b"F2" and sz >= 11:
                out.append(("h", SZ[int(sz)], ts[0]))
            else:
                out.append(("t", 0, " | ".join(ts)))
    return out, npages


def paths(lines):
    """[(heading path without title, text)] for text lines."""
    stack, res, heads = {}, [], set()
    for k, lvl, t in lines:
        if k == "h":
            stack = {l: v for l, v in stack.items() if l < lvl}
            stack[lvl] = t
            if lvl > 0:
                heads.add(" › ".join(stack[l] for l in sorted(stack) if l > 0))
        else:
            res.append((" › ".join(stack[l] for l in sorted(stack) if l > 0), t))
    return res, heads


def lang_of(text):
    w = re.findall(r"[a-zà-ÿ']+", text.lower())
    fr = sum(x in {"le", "la", "les", "des", "vous", "et", "est", "une", "pour", "dans", "votre", "je", "ma", "mon", "mes", "de", "que", "quoi", "on", "il", "un", "à", "qu'est", "ce", "en", "si", "ne", "pas", "quand", "d'un", "j'ai", "sur", "au", "qui", "plus", "rien", "m'a", "d'être"} for x in w)
    en = sum(x in {"the", "and", "you", "your", "of", "to", "is", "a", "for", "with"} for x in w)
    return "fr" if fr > en else "en"


def main():
    files = sorted(os.listdir(DOCS))
    ext = {}
    for f in files:
        ext.setdefault(f.rsplit(".", 1)[1], []).append(f)
    want = {"txt": 3, "md": 3, "pdf": 2, "docx": 2, "html": 2}
    if {k: len(v) for k, v in ext.items()} != want:
        err(f"format counts {({k: len(v) for k, v in ext.items()})} != {want}")
    parsed, langs, staff = {}, {}, set()
    for f in files:
        p = os.path.join(DOCS, f)
        e = f.rsplit(".", 1)[1]
        if e == "pdf":
            lines, npages = lines_pdf(p)
            if npages < 2:
                err(f"{f}: expected a page break (>=2 pages)")
        else:
            lines = {"txt": lines_txt, "md": lines_md, "html": lines_html, "docx": lines_docx}[e](p)
        if not lines or lines[0][0] != "h" or lines[0][1] != 0:
            err(f"{f}: first line is not the title: {lines[:1]}")
        hs = [l for l in lines if l[0] == "h" and l[1] > 0]
        if len(hs) < 4:
            err(f"{f}: too few headings ({len(hs)})")
        if not any(l[1] >= 2 for l in hs):
            err(f"{f}: no sub-headings")
        head = lines[1][2]
        if head.startswith("Interne"):
            staff.add(f)
        elif not (head.startswith("Public : tous les Tisons") or head.startswith("Audience: all Tisons")):
            err(f"{f}: audience line missing: {head!r}")
        alltext = " ".join(t for _, _, t in lines)
        langs[f] = lang_of(alltext)
        if not re.search(r"\b\d\.\s", alltext):
            err(f"{f}: no numbered steps")
        parsed[f] = paths(lines)
    if len(staff) != 2:
        err(f"staff documents: {sorted(staff)}")
    nfr = sum(v == "fr" for v in langs.values())
    if nfr != 10:
        err(f"french documents {nfr} != 10: {langs}")
    # the flavour: repeated step name, page-break procedure, cross-references, conditionals
    rep = sum(any(h.endswith("Étape 2 : valider") for h in parsed[f][1]) for f in files)
    if rep < 3:
        err(f"'Étape 2 : valider' in only {rep} documents")
    for f in files:
        if f.endswith((".pdf", ".docx")):
            continue
        raw = open(os.path.join(DOCS, f), encoding="utf-8").read()
    # questions
    qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8")]
    keys = {"id", "question", "gold_doc", "gold_section", "unit", "gold", "lang", "note"}
    if len(qs) != 90:
        err(f"{len(qs)} questions != 90")
    ids = set()
    for q in qs:
        if set(q) != keys:
            err(f"{q.get('id')}: keys {sorted(q)}"); continue
        if q["id"] in ids:
            err(f"duplicate id {q['id']}")
        ids.add(q["id"])
        if q["unit"] not in {"paragraph", "sentence", "list", "table_row", "step"}:
            err(f"{q['id']}: unit {q['unit']}")
        if q["lang"] not in ("fr", "en") or lang_of(q["question"]) != q["lang"] and len(q["question"]) > 40:
            err(f"{q['id']}: lang {q['lang']} for {q['question']!r}")
        if q["gold_doc"] not in parsed:
            err(f"{q['id']}: unknown doc {q['gold_doc']}"); continue
        res, heads = parsed[q["gold_doc"]]
        if q["gold_section"] not in heads:
            err(f"{q['id']}: section not found: {q['gold_section']!r}"); continue
        if not (isinstance(q["gold"], list) and 1 <= len(q["gold"]) <= 4):
            err(f"{q['id']}: gold must be 1-4 snippets")
        for g in q["gold"]:
            if "\n" in g or not g.strip():
                err(f"{q['id']}: bad snippet {g!r}")
            if not any(sec == q["gold_section"] and g in t for sec, t in res):
                err(f"{q['id']}: snippet not on one line of {q['gold_doc']} › {q['gold_section']}: {g!r}")
        if q["question"].strip().lower() in (q["gold_section"].split(" › ")[-1].lower(),):
            err(f"{q['id']}: question copies its heading")
    nq_fr = sum(q["lang"] == "fr" for q in qs)
    if not 70 <= nq_fr <= 80:
        err(f"french questions {nq_fr}")
    ns = sum(q["gold_doc"] in staff for q in qs)
    if not 12 <= ns <= 16:
        err(f"staff questions {ns}")
    if len({q["gold_doc"] for q in qs}) != 12:
        err("some document has no question")
    us = [json.loads(l) for l in open(os.path.join(HERE, "unanswerable.jsonl"), encoding="utf-8")]
    if len(us) != 20:
        err(f"{len(us)} unanswerable != 20")
    for u in us:
        if set(u) != {"id", "question", "lang", "note"} or u["lang"] not in ("fr", "en") or u["id"] in ids:
            err(f"bad unanswerable {u}")
        ids.add(u["id"])
    # README
    rd = open(os.path.join(HERE, "README.md"), encoding="utf-8").read().split("\n")
    L1 = ("> **Held-out set: measure only.** Written blind on 2026-12-07 (stop 61) from DOMAIN.md, the issue and the "
          "format only, without reading the project's code, tests or other data sets. Do not tune anything on it.")
    if rd[0] != L1 or rd[1] != ">" or rd[2] != "":
        err("README lines 1-3")
    body = "\n".join(rd)
    for need in ("Client:", "Names a measurer should declare: --client-name", "Flavour:", "## Files", "## Documents", "## Question files"):
        if need not in body:
            err(f"README lacks {need!r}")
    for f in files:
        if f"`{f}`" not in body:
            err(f"README table lacks {f}")
    print("OK" if not ERR else "\n".join(["FAIL"] + ERR))
    return 0 if not ERR else 1


if __name__ == "__main__":
    sys.exit(main())

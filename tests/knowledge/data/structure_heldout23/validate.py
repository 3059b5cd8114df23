#!/usr/bin/env python3
"""Checks the structure set against the format rules with its own small readers. Prints OK."""
import json, os, re, sys, zipfile
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
ERR = []
README_L1 = ("> **Held-out set: measure only.** Written blind on 2026-12-06 (stop 51) from DOMAIN.md, the issue "
             "and the format only, without reading the project's code, tests or other data sets. Do not tune anything on it.")


def err(msg):
    ERR.append(msg)


def ws(s):
    return " ".join(s.split())

# Each reader returns (title, events) with events = [("h", level, text) | ("t", text)]

def read_md(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    title, ev = None, []
    for l in lines:
        m = re.match(r"^(#{1,4}) (.+)$", l)
        if m:
            if len(m.group(1)) == 1:
                title = m.group(2)
            else:
                ev.append(("h", len(m.group(1)) - 1, m.group(2)))
        elif re.match(r"^\|(-+\|)+$", l):
            continue
        elif l.strip():
            l = re.sub(r"^(- |\d+\. )", "", l)
            ev.append(("t", l))
    return title, ev


def read_txt(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    title = lines[0].strip()
    body = lines[1:]
    ev = []
    style = "bare"
    if body and re.fullmatch(r"=+", body[0].strip()):
        style = "underline"; body = body[1:]
    elif any(re.match(r"^\d+\.\d+ \S", l) for l in body):
        style = "numbered"
    n = len(body)
    i = 0
    while i < n:
        l = body[i].rstrip()
        prev_blank = i == 0 or not body[i - 1].strip()
        nxt = body[i + 1].rstrip() if i + 1 < n else ""
        if not l.strip():
            i += 1; continue
        if style == "underline" and nxt and re.fullmatch(r"-+|~+", nxt) and len(nxt) == len(l):
            ev.append(("h", 1 if nxt[0] == "-" else 2, l.strip())); i += 2; continue
        if style == "numbered" and prev_blank:
            m = re.match(r"^(\d+(?:\.\d+)*)\.? (\S.*)$", l)
            if m and len(l) < 80 and not re.search(r"[.:;!?,]$", l) and "|" not in l:
                ev.append(("h", m.group(1).count(".") + 1, l.strip())); i += 1; continue
        if style == "bare" and prev_blank and nxt.strip() and len(l) <= 60 and "|" not in l \
                and not re.match(r"^(- |\d+\) )", l) and not re.search(r"[.:;!?,…]$", l):
            ev.append(("h", 1 if l.upper() == l else 2, l.strip())); i += 1; continue
        if re.fullmatch(r"[-+]+", l.strip()):
            i += 1; continue
        ev.append(("t", re.sub(r"^(- |\d+\) )", "", l.strip())))
        i += 1
    return title, ev


class _H(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ev, self.title, self.tag, self.buf, self.in_title = [], None, None, [], False

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self.in_title = True; self.buf = []
        elif tag == "tr":
            self.row = []
        elif tag in ("h1", "h2", "h3", "h4", "p", "li", "td", "th"):
            self.tag = tag; self.buf = []

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False; self.title = ws("".join(self.buf))
        elif tag == "tr":
            self.ev.append(("t", " | ".join(self.row)))
        elif tag == self.tag:
            text = ws("".join(self.buf))
            self.tag = None
            if tag in ("td", "th"):
                self.row.append(text)
            elif tag == "h1":
                self.h1 = text
            elif tag[0] == "h" and tag[1:].isdigit():
                self.ev.append(("h", int(tag[1]) - 1, text))
            else:
                self.ev.append(("t", text))
            self.tag = None

    def handle_data(self, d):
        if self.in_title or self.tag:
            self.buf.append(d)


def read_html(path):
    p = _H()
    p.feed(open(path, encoding="utf-8").read())
    if getattr(p, "h1", None) != p.title:
        err("%s: <title> and h1 differ" % path)
    return p.title, p.ev


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_docx(path):
    z = zipfile.ZipFile(path)
    names = set(z.namelist())
    for need in ("word/document.xml", "word/styles.xml", "word/numbering.xml", "docProps/core.xml", "[Content_Types].xml"):
        if need not in names:
            err("%s: missing %s" % (path, need))
    for zi in z.infolist():
        if zi.date_time != (2027, 3, 1, 9, 0, 0):
            err("%s: zip timestamp not fixed" % path)
    core = ET.fromstring(z.read("docProps/core.xml"))
    dctitle = core.find("{http://purl.org/dc/elements/1.1/}title").text
    styles = z.read("word/styles.xml").decode()
    for st in ("Title", "Heading1", "Heading2", "ListBullet", "ListNumber"):
        if 'w:styleId="%s"' % st not in styles:
            err("%s: style %s missing" % (path, st))
    root = ET.fromstring(z.read("word/document.xml"))
    body = root.find(W + "body")
    title, ev, used = None, [], set()

    def ptext(p):
        return "".join(t.text or "" for t in p.iter(W + "t"))
    for el in body:
        if el.tag == W + "p":
            st = el.find("%spPr/%spStyle" % (W, W))
            style = st.get(W + "val") if st is not None else "Normal"
            used.add(style)
            txt = ptext(el)
            if style == "Title":
                title = txt
            elif style.startswith("Heading"):
                ev.append(("h", int(style[7:]), txt))
            elif txt:
                ev.append(("t", txt))
        elif el.tag == W + "tbl":
            used.add("tbl")
            for tr in el.iter(W + "tr"):
                ev.append(("t", " | ".join(ptext(tc) for tc in tr.iter(W + "tc"))))
    for st in ("Title", "Heading1", "Heading2", "ListBullet", "ListNumber", "tbl"):
        if st not in used:
            err("%s: %s never used" % (path, st))
    if dctitle != title:
        err("%s: dc:title %r != Title paragraph %r" % (path, dctitle, title))
    return title, ev


def pdf_unescape(s):
    out, i = bytearray(), 0
    while i < len(s):
        c = s[i]
        if c == "\\":
            nx = s[i + 1]
            if nx in "01234567":
                out.append(int(s[i + 1:i + 4], 8)); i += 4; continue
            out += nx.encode("latin-1"); i += 2; continue
        out += c.encode("latin-1"); i += 1
    return out.decode("cp1252")


def read_pdf(path):
    data = open(path, "rb").read().decode("latin-1")
    if not data.startswith("%PDF-1.") or not data.rstrip().endswith("%%EOF"):
        err("%s: not a PDF" % path)
    objs = {int(m.group(1)): m.group(2) for m in re.finditer(r"(\d+) 0 obj\n(.*?)\nendobj", data, re.S)}
    # xref offsets
    sx = int(re.search(r"startxref\n(\d+)", data).group(1))
    if not data[sx:].startswith("xref"):
        err("%s: bad startxref" % path)
    offs = re.findall(r"(\d{10}) 00000 n ", data[sx:])
    for n, o in enumerate(offs, start=1):
        if not data[int(o):].startswith("%d 0 obj" % n):
            err("%s: xref offset wrong for object %d" % (path, n))
    info = int(re.search(r"/Info (\d+) 0 R", data).group(1))
    hx = re.search(r"/Title <FEFF([0-9A-F]*)>", objs[info]).group(1)
    meta_title = bytes.fromhex(hx).decode("utf-16-be")
    pages_obj = [o for o in objs.values() if "/Type /Pages" in o][0]
    kids = [int(k) for k in re.findall(r"(\d+) 0 R", pages_obj)]
    title, ev = None, []
    for k in kids:
        c = int(re.search(r"/Contents (\d+) 0 R", objs[k]).group(1))
        stream = re.search(r"stream\n(.*)\nendstream", objs[c], re.S).group(1)
        rows = {}
        order = []
        for m in re.finditer(r"BT /(F\d) ([\d.]+) Tf ([\d.]+) ([\d.]+) Td \(((?:\\.|[^\\)])*)\) Tj ET", stream):
            font, size, x, y, s = m.group(1), float(m.group(2)), float(m.group(3)), float(m.group(4)), pdf_unescape(m.group(5))
            if y not in rows:
                rows[y] = []; order.append(y)
            rows[y].append((x, font, size, s))
        for y in order:
            cells = sorted(rows[y])
            font, size = cells[0][1], cells[0][2]
            text = " ".join(c[3] for c in cells)
            if font == "F2" and size >= 17:
                title = text
            elif font == "F2" and size > 10.5:
                ev.append(("h", {14.0: 1, 12.0: 2, 11.0: 3}[size], text))
            else:
                ev.append(("t", " | ".join(c[3] for c in cells) if len(cells) > 1 and cells[0][3] not in ("\u2022",) and not re.fullmatch(r"\d+\.", cells[0][3]) else text))
    if meta_title != title:
        err("%s: /Title %r != first heading %r" % (path, meta_title, title))
    return title, ev


READERS = {"md": read_md, "txt": read_txt, "html": read_html, "docx": read_docx, "pdf": read_pdf}


def section_texts(ev):
    """dict path-string -> whitespace-collapsed text directly under that heading"""
    out, path, cur = {}, [], None
    for e in ev:
        if e[0] == "h":
            path = path[: e[1] - 1] + [e[2]]
            cur = " › ".join(path)
            if cur in out:
                err("duplicate section path %r" % cur)
            out[cur] = ""
        elif cur is not None:
            out[cur] = ws(out[cur] + " " + e[1])
    return out


def main():
    files = sorted(os.listdir(DOCS))
    exts = {}
    for f in files:
        exts.setdefault(f.rsplit(".", 1)[1], []).append(f)
    want = {"txt": 3, "md": 3, "pdf": 2, "docx": 2, "html": 2}
    if {k: len(v) for k, v in exts.items()} != want:
        err("format counts %s" % {k: len(v) for k, v in exts.items()})
    docs, langs, staff = {}, {}, set()
    with_table = 0
    for f in files:
        title, ev = READERS[f.rsplit(".", 1)[1]](os.path.join(DOCS, f))
        if not title:
            err("%s: no title" % f)
        texts = [e[1] for e in ev if e[0] == "t"]
        first = " ".join(texts[:3]) if ev and ev[0][0] == "t" else ""
        if not re.search(r"pour tous|for all|document interne|internal document|page publique", first, re.I):
            err("%s: no readership line near the top" % f)
        if re.search(r"document interne|internal document", first, re.I):
            staff.add(f)
        allt = " ".join([title or ""] + [e[-1] for e in ev])
        nw = len([w for w in allt.split() if re.search(r"\w", w)])
        if not 550 <= nw <= 700:
            err("%s: %d words" % (f, nw))
        low = " %s " % allt.lower()
        langs[f] = "en" if low.count(" the ") > low.count(" le ") + low.count(" les ") else "fr"
        levels = {e[1] for e in ev if e[0] == "h"}
        if not levels >= {1, 2}:
            err("%s: needs 2-3 heading levels, got %s" % (f, levels))
        if any(" | " in e[1] for e in ev if e[0] == "t"):
            with_table += 1
        docs[f] = section_texts(ev)
    if with_table < 5:
        err("only %d documents with a table" % with_table)
    if sorted(langs.values()).count("en") != 2:
        err("languages: %s" % langs)
    if len(staff) != 2:
        err("staff-only docs: %s" % staff)
    # txt heading styles differ
    txt_styles = set()
    for f in exts.get("txt", []):
        s = open(os.path.join(DOCS, f), encoding="utf-8").read()
        txt_styles.add("numbered" if re.search(r"^\d+\.\d+ ", s, re.M) else "underline" if re.search(r"^=+$", s, re.M) else "bare")
    if len(txt_styles) != 3:
        err("txt heading styles not varied: %s" % txt_styles)

    qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8")]
    keys = ["id", "question", "gold_doc", "gold_section", "unit", "gold", "lang", "note"]
    if len(qs) != 90:
        err("%d questions" % len(qs))
    ids = set()
    units = {"paragraph": 0, "list": 0, "table_row": 0}
    nlang = {"fr": 0, "en": 0}
    cross = on_staff = 0
    for q in qs:
        if list(q) != keys:
            err("%s: keys %s" % (q.get("id"), list(q)))
            continue
        if q["id"] in ids:
            err("dup id %s" % q["id"])
        ids.add(q["id"])
        units[q["unit"]] += 1
        nlang[q["lang"]] += 1
        if q["gold_doc"] not in docs:
            err("%s: unknown doc" % q["id"]); continue
        if q["lang"] != langs[q["gold_doc"]]:
            cross += 1
        if q["gold_doc"] in staff:
            on_staff += 1
        sec = docs[q["gold_doc"]]
        if q["gold_section"] not in sec:
            err("%s: section %r not found" % (q["id"], q["gold_section"])); continue
        if not q["gold"] or not all(isinstance(g, str) and g for g in q["gold"]):
            err("%s: empty gold" % q["id"])
        if q["unit"] == "paragraph" and len(q["gold"]) != 1:
            err("%s: paragraph gold must be one string" % q["id"])
        for g in q["gold"]:
            if ws(g) not in sec[q["gold_section"]]:
                err("%s: gold %r not under %r" % (q["id"], g[:50], q["gold_section"]))
        if q["unit"] == "table_row" and ws(" | ".join(q["gold"])) not in sec[q["gold_section"]]:
            err("%s: table row cells not found as one row" % q["id"])
    if not (40 <= units["paragraph"] <= 50 and 24 <= units["list"] <= 30 and 15 <= units["table_row"] <= 21):
        err("unit mix %s" % units)
    if not (70 <= nlang["fr"] <= 80):
        err("lang mix %s" % nlang)
    if cross < 10:
        err("only %d cross-language questions" % cross)
    if not 9 <= on_staff <= 14:
        err("%d questions on staff-only docs" % on_staff)
    un = [json.loads(l) for l in open(os.path.join(HERE, "unanswerable.jsonl"), encoding="utf-8")]
    if len(un) != 20 or any(list(u) != ["id", "question", "lang", "note"] for u in un):
        err("unanswerable format")
    ul = [u["lang"] for u in un]
    if not (14 <= ul.count("fr") <= 18 and ul.count("fr") + ul.count("en") == 20):
        err("unanswerable langs")
    if len({u["id"] for u in un}) != 20:
        err("unanswerable ids")
    rd = open(os.path.join(HERE, "README.md"), encoding="utf-8").read().split("\n")
    if rd[0] != README_L1 or rd[1] != "" or "## Documents" not in rd:
        err("README header")
    else:
        rows = [l for l in rd if l.startswith("| ") and l.split("|")[1].strip() in files]
        if len(rows) != 12:
            err("README documents table has %d rows" % len(rows))
    if ERR:
        for e in ERR:
            print("ERROR:", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Checks the structure_heldout32 set against its format; prints OK or the problems found."""
import json, os, re, sys, zipfile
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
errors = []


def err(msg):
    errors.append(msg)

# Each reader returns a list of events: ("h", level, text) or ("t", text). Level 1 = document title.


def read_md(path):
    ev, lines = [], open(path, encoding="utf-8").read().split("\n")
    for ln in lines:
        m = re.match(r"^(#{1,6})\s+(.*)$", ln)
        if m:
            ev.append(("h", len(m.group(1)), m.group(2).strip()))
        elif ln.strip():
            ev.append(("t", ln.strip()))
    return ev


def read_txt(path):
    ev, lines = [], open(path, encoding="utf-8").read().split("\n")
    i = 0
    while i < len(lines):
        ln = lines[i].rstrip()
        nxt = lines[i + 1].rstrip() if i + 1 < len(lines) else ""
        if ln and re.fullmatch(r"=+", nxt):
            ev.append(("h", 1, ln)); i += 2; continue
        if ln and re.fullmatch(r"-+", nxt):
            ev.append(("h", 2, ln)); i += 2; continue
        if re.match(r"^\d+\.\d+\s+\S", ln):
            ev.append(("h", 3, ln))
        elif re.match(r"^\d+\.\s+\S", ln) and not ln.endswith((".", ";", ":")):
            ev.append(("h", 2, ln))
        elif ln.strip():
            ev.append(("t", ln.strip()))
        i += 1
    return ev


class _H(HTMLParser):
    BLOCK = {"p", "li", "td", "th"}

    def __init__(self):
        super().__init__(); self.ev = []; self.cur = None; self.buf = []

    def handle_starttag(self, tag, attrs):
        if re.fullmatch(r"h[1-6]", tag) or tag == "summary" or tag in self.BLOCK:
            self.cur = tag; self.buf = []

    def handle_endtag(self, tag):
        if tag == self.cur:
            text = re.sub(r"\s+", " ", "".join(self.buf)).strip()
            if tag == "summary":
                self.ev.append(("h", 3, text))
            elif tag.startswith("h") and tag[1:].isdigit():
                self.ev.append(("h", int(tag[1]), text))
            else:
                self.ev.append(("t", text))
            self.cur = None

    def handle_data(self, data):
        if self.cur:
            self.buf.append(data)


def read_html(path):
    src = open(path, encoding="utf-8").read()
    p = _H(); p.feed(src)
    if "<details>" in src and src.count("<details>") != src.count("</details>"):
        err("%s: unbalanced <details>" % path)
    return p.ev


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_docx(path):
    z = zipfile.ZipFile(path)
    names = set(z.namelist())
    for need in ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml"]:
        if need not in names:
            err("%s: missing %s" % (path, need))
    styles = ET.fromstring(z.read("word/styles.xml"))
    sid = {s.get(W + "styleId") for s in styles.iter(W + "style")}
    for s in ("Heading1", "Heading2", "Title"):
        if s not in sid:
            err("%s: style %s undefined" % (path, s))
    body = ET.fromstring(z.read("word/document.xml")).find(W + "body")
    ev = []
    lv = {"Title": 1, "Heading1": 2, "Heading2": 3}
    for el in body:
        if el.tag == W + "p":
            st = el.find(W + "pPr/" + W + "pStyle")
            text = "".join(t.text or "" for t in el.iter(W + "t"))
            s = st.get(W + "val") if st is not None else None
            if s in lv:
                ev.append(("h", lv[s], text))
            elif text.strip():
                ev.append(("t", text))
        elif el.tag == W + "tbl":
            for tc in el.iter(W + "tc"):
                ev.append(("t", "".join(t.text or "" for t in tc.iter(W + "t"))))
    return ev


def _unesc(s):
    out, i = bytearray(), 0
    while i < len(s):
        c = s[i]
        if c == 0x5C:
            out.append(s[i + 1]); i += 2
        else:
            out.append(c); i += 1
    return out.decode("cp1252")


def read_pdf(path):
    data = open(path, "rb").read()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-10:]:
        err("%s: not a PDF" % path)
    objs = {int(m.group(1)): m.group(2) for m in re.finditer(rb"(\d+) 0 obj\n(.*?)\nendobj", data, re.S)}
    # xref offsets must point to the objects
    xm = re.search(rb"startxref\n(\d+)", data)
    if not xm or not data[int(xm.group(1)):].startswith(b"xref"):
        err("%s: bad startxref" % path)
    for m in re.finditer(rb"(\d{10}) 00000 n", data):
        if not re.match(rb"\d+ 0 obj", data[int(m.group(1)):]):
            err("%s: bad xref offset" % path)
    if b"/Outlines" not in data:
        err("%s: no outline" % path)
    pages_obj = [o for o in objs.values() if o.startswith(b"<< /Type /Pages")][0]
    kids = [int(k) for k in re.findall(rb"(\d+) 0 R", pages_obj.split(b"/Kids")[1].split(b"]")[0])]
    ev = []
    for k in kids:
        cid = int(re.search(rb"/Contents (\d+) 0 R", objs[k]).group(1))
        stream = objs[cid].split(b"stream\n", 1)[1].rsplit(b"\nendstream", 1)[0]
        rows = []
        for m in re.finditer(rb"BT /(F\d) ([\d.]+) Tf (\d+) ([\d.]+) Td \(((?:\\.|[^\\)])*)\) Tj ET", stream):
            font, size, x, y, s = m.group(1).decode(), float(m.group(2)), int(m.group(3)), float(m.group(4)), _unesc(m.group(5))
            if rows and abs(rows[-1][0] - y) < 0.01:
                rows[-1][3].append(s)
            else:
                rows.append([y, font, size, [s]])
        for y, font, size, parts in rows:
            text = " ".join(parts)
            if font == "F2" and size >= 11.5:
                ev.append(("h", 1 if size >= 18 else 2 if size >= 14 else 3, text))
            else:
                ev.append(("t", text))
    return ev


READERS = {".md": read_md, ".txt": read_txt, ".html": read_html, ".docx": read_docx, ".pdf": read_pdf}


def sections(ev):
    """list of (path, text) for each text block, path = headings of level >= 2 joined by ' › '."""
    stack, out, heads = [], [], set()
    for e in ev:
        if e[0] == "h":
            lvl, text = e[1], e[2]
            if lvl == 1:
                stack = []; continue
            stack = [s for s in stack if s[0] < lvl] + [(lvl, text)]
            heads.add(" › ".join(s[1] for s in stack))
        else:
            out.append((" › ".join(s[1] for s in stack), e[1]))
    return out, heads


def norm(s):
    return re.sub(r"[^\w]+", " ", s.lower()).strip()


def main():
    files = sorted(os.listdir(DOCS))
    exts = {}
    for f in files:
        exts.setdefault(os.path.splitext(f)[1], []).append(f)
    want = {".txt": 3, ".md": 3, ".pdf": 2, ".docx": 2, ".html": 2}
    for e, n in want.items():
        if len(exts.get(e, [])) != n:
            err("expected %d %s documents, got %d" % (n, e, len(exts.get(e, []))))
    if len(files) != 12:
        err("expected 12 documents, got %d" % len(files))
    parsed, staff, alltexts = {}, set(), {}
    for f in files:
        ev = READERS[os.path.splitext(f)[1]](os.path.join(DOCS, f))
        titles = [e for e in ev if e[0] == "h" and e[1] == 1]
        if len(titles) != 1 or ev[0][0] != "h" or ev[0][1] != 1:
            err("%s: needs exactly one title first" % f)
        if sum(1 for e in ev if e[0] == "h" and e[1] >= 2) < 3:
            err("%s: too few headings" % f)
        head = " ".join(e[-1] for e in ev[:3])
        if "Interne" in head:
            staff.add(f)
        elif not ("Public : tous les Bouturiers" in head or "Audience: all Bouturiers" in head):
            err("%s: audience not stated in its head" % f)
        full = " ".join(e[-1] for e in ev)
        if "Bouturier" not in full:
            err("%s: ambassadors not named" % f)
        parsed[f] = sections(ev)
        alltexts[f] = full
    if len(staff) != 2:
        err("expected 2 staff documents, got %s" % sorted(staff))
    def _count(t, ws):
        return sum(len(re.findall(r"\b%s\b" % w, t.lower())) for w in ws)
    en_docs = {f for f in files if _count(alltexts[f], ["the", "and", "you", "your"]) > _count(alltexts[f], ["les", "vous", "et", "le"])}
    if len(en_docs) != 2:
        err("expected 2 English documents, got %s" % sorted(en_docs))
    # questions
    qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8")]
    if len(qs) != 90:
        err("expected 90 questions, got %d" % len(qs))
    keys = {"id", "question", "gold_doc", "gold_section", "unit", "gold", "lang", "note"}
    ids, lang, staffq, units = set(), {"fr": 0, "en": 0}, 0, {}
    for q in qs:
        if set(q) != keys:
            err("%s: keys %s" % (q.get("id"), sorted(q))); continue
        if q["id"] in ids:
            err("duplicate id %s" % q["id"])
        ids.add(q["id"])
        if q["lang"] not in lang:
            err("%s: lang" % q["id"]); continue
        lang[q["lang"]] += 1
        if q["unit"] not in ("paragraph", "sentence", "list", "table_row", "step"):
            err("%s: unit %s" % (q["id"], q["unit"]))
        units[q["unit"]] = units.get(q["unit"], 0) + 1
        if q["gold_doc"] not in parsed:
            err("%s: unknown doc %s" % (q["id"], q["gold_doc"])); continue
        staffq += q["gold_doc"] in staff
        blocks, heads = parsed[q["gold_doc"]]
        if q["gold_section"] not in heads:
            err("%s: section not found: %s" % (q["id"], q["gold_section"]))
        if not (1 <= len(q["gold"]) <= 4):
            err("%s: 1-4 gold snippets" % q["id"])
        for g in q["gold"]:
            if "\n" in g or not g.strip():
                err("%s: gold snippet must be one non-empty line" % q["id"])
            if not any(p == q["gold_section"] and g in t for p, t in blocks):
                err("%s: gold not in its section on one line: %r" % (q["id"], g))
        last = q["gold_section"].split(" › ")[-1]
        if norm(q["question"]) == norm(last) or norm(last) in norm(q["question"]):
            err("%s: question copies its heading" % q["id"])
        if not q["question"].strip() or not q["note"].strip():
            err("%s: empty question or note" % q["id"])
    if not (70 <= lang["fr"] <= 80 and 12 <= lang["en"] <= 18):
        err("language balance fr=%d en=%d" % (lang["fr"], lang["en"]))
    if not (12 <= staffq <= 16):
        err("staff-only questions: %d" % staffq)
    if len(units) != 5:
        err("not all units used: %s" % units)
    us = [json.loads(l) for l in open(os.path.join(HERE, "unanswerable.jsonl"), encoding="utf-8")]
    if len(us) != 20:
        err("expected 20 unanswerable, got %d" % len(us))
    for u in us:
        if set(u) != {"id", "question", "lang", "note"} or u["lang"] not in ("fr", "en"):
            err("unanswerable %s malformed" % u.get("id"))
        if u["id"] in ids:
            err("duplicate id %s" % u["id"])
        ids.add(u["id"])
    # README
    rd = open(os.path.join(HERE, "README.md"), encoding="utf-8").read().split("\n")
    mark = ("> **Held-out set: measure only.** Written blind on 2026-12-07 (stop 60) from DOMAIN.md, the issue and the format only, "
            "without reading the project's code, tests or other data sets. Do not tune anything on it.")
    if rd[0] != mark or rd[1] != ">" or rd[2] != "":
        err("README: lines 1-3")
    txt = "\n".join(rd)
    for need in ["Client:", "Flavour:", "## Files", "## Documents", "## Question files",
                 'Names a measurer should declare: --client-name "', "--ambassador-name Bouturiers", "--ambassador-name Bouturier ",
                 "--ambassador-name Bouturières", "--ambassador-name Bouturière"]:
        if need not in txt:
            err("README: missing %r" % need)
    for f in files:
        if "| %s |" % f not in txt:
            err("README: %s not in the documents table" % f)
    if errors:
        print("\n".join(errors)); sys.exit(1)
    print("counts: docs=%d questions=%d (fr=%d en=%d, staff=%d, units=%s) unanswerable=%d"
          % (len(files), len(qs), lang["fr"], lang["en"], staffq, units, len(us)))
    print("OK")


if __name__ == "__main__":
    main()

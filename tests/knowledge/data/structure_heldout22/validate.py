#!/usr/bin/env python3
"""Validate structure_heldout22: re-extract every document from its file, by format, then check
counts, word counts, readership lines, gold sections and gold strings. Prints OK."""
import collections
import json
import os
import re
import sys
import zipfile
import zlib
from html.parser import HTMLParser
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
ERRORS = []


def err(msg):
    ERRORS.append(msg)


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# Each extractor returns a list of (level, text): level 1 = title, 2/3 = headings, 0 = text.

def extract_md(path):
    out = []
    in_table = False
    for line in open(path, encoding="utf-8").read().split("\n"):
        m = re.match(r"^(#{1,3}) (.*)$", line)
        if m:
            out.append((len(m.group(1)), m.group(2).strip()))
        elif re.match(r"^\|[-| :]+\|$", line):
            continue
        elif line.startswith("|"):
            out.append((0, " ".join(c.strip() for c in line.strip("|").split("|"))))
        elif line.strip():
            out.append((0, re.sub(r"^(- |\d+\. )", "", line).strip()))
    return out


class _H(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.buf, self.tag, self.in_body = [], [], None, False

    def handle_starttag(self, tag, attrs):
        if tag == "body":
            self.in_body = True
        if tag in ("h1", "h2", "h3", "p", "li", "td", "th"):
            self.flush()
            self.tag = tag
        if tag == "tr":
            self.flush()
            self.row = []

    def handle_endtag(self, tag):
        if tag in ("h1", "h2", "h3", "p", "li"):
            self.flush()
        elif tag in ("td", "th"):
            self.row.append(ws("".join(self.buf)))
            self.buf, self.tag = [], None
        elif tag == "tr":
            self.out.append((0, " ".join(self.row)))

    def handle_data(self, data):
        if self.in_body and self.tag:
            self.buf.append(data)

    def flush(self):
        if self.tag in ("h1", "h2", "h3", "p", "li"):
            text = ws("".join(self.buf))
            if text:
                lvl = int(self.tag[1]) if self.tag[0] == "h" else 0
                self.out.append((lvl, text))
        self.buf, self.tag = [], None


def extract_html(path):
    p = _H()
    p.feed(open(path, encoding="utf-8").read())
    p.flush()
    return p.out


def extract_docx(path):
    ns = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
    W = "{%s}" % ns["w"]
    z = zipfile.ZipFile(path)
    root = ET.fromstring(z.read("word/document.xml"))
    styles = {"Title": 1, "Heading1": 2, "Heading2": 3}
    out = []
    for el in root.find("w:body", ns):
        if el.tag == W + "p":
            st = el.find("w:pPr/w:pStyle", ns)
            style = st.get(W + "val") if st is not None else None
            text = ws("".join(t.text or "" for t in el.iter(W + "t")))
            if text:
                out.append((styles.get(style, 0), text))
        elif el.tag == W + "tbl":
            for tr in el.findall("w:tr", ns):
                cells = [ws("".join(t.text or "" for t in tc.iter(W + "t"))) for tc in tr.findall("w:tc", ns)]
                out.append((0, " ".join(cells)))
    core = ET.fromstring(z.read("docProps/core.xml"))
    title = core.find("{http://purl.org/dc/elements/1.1/}title")
    return out, (title.text if title is not None else None)


def _pdf_unescape(raw):
    out, i = bytearray(), 0
    while i < len(raw):
        c = raw[i]
        if c == 0x5C:
            n = raw[i + 1]
            out.append({0x6E: 10, 0x72: 13, 0x74: 9}.get(n, n))
            i += 2
        else:
            out.append(c)
            i += 1
    return out.decode("cp1252")


def extract_pdf(path):
    data = open(path, "rb").read()
    objs = {int(m.group(1)): m.group(2) for m in re.finditer(rb"(\d+) 0 obj\n(.*?)\nendobj", data, re.S)}
    root = int(re.search(rb"/Root (\d+) 0 R", data).group(1))
    pages_id = int(re.search(rb"/Pages (\d+) 0 R", objs[root]).group(1))
    kids = [int(k) for k in re.findall(rb"(\d+) 0 R", re.search(rb"/Kids \[(.*?)\]", objs[pages_id]).group(1))]
    fonts = {}
    out = []
    for k in kids:
        page = objs[k]
        for name, oid in re.findall(rb"/(F\d) (\d+) 0 R", page):
            fonts[name.decode()] = "Bold" in objs[int(oid)].decode("latin-1")
        cid = int(re.search(rb"/Contents (\d+) 0 R", page).group(1))
        stream = re.search(rb"stream\n(.*)\nendstream", objs[cid], re.S).group(1)
        if b"/FlateDecode" in objs[cid].split(b"stream")[0]:
            stream = zlib.decompress(stream)
        lines = collections.OrderedDict()
        for m in re.finditer(rb"BT /(F\d) (\d+) Tf (\d+) (\d+) Td \(((?:\\.|[^\\)])*)\) Tj ET", stream, re.S):
            font, size, x, y = m.group(1).decode(), int(m.group(2)), int(m.group(3)), int(m.group(4))
            lines.setdefault(y, []).append((x, font, size, _pdf_unescape(m.group(5))))
        for y, items in lines.items():
            items.sort()
            text = " ".join(t for _, _, _, t in items)
            font, size = items[0][1], items[0][2]
            lvl = 0
            if fonts.get(font) and len(items) == 1:
                lvl = {18: 1, 14: 2, 12: 3}.get(size, 0)
            out.append((lvl, text))
    info = int(re.search(rb"/Info (\d+) 0 R", data).group(1))
    m = re.search(rb"/Title <FEFF([0-9A-F]*)>", objs[info])
    title = bytes.fromhex(m.group(1).decode()).decode("utf-16-be") if m else None
    return out, title


def extract_txt(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    out = [(1, lines[0].strip())]
    i = 1
    if i < len(lines) and re.fullmatch(r"=+", lines[i].strip() or "x"):
        i += 1
    style = None
    body = "\n".join(lines[i:])
    if re.search(r"\n-{3,}\n", body) or re.search(r"\n~{3,}\n", body):
        style = "underlined"
    elif re.search(r"(^|\n)\d+\. [^\n]+\n\n", body):
        style = "numbered"
    else:
        style = "bare"
    n = len(lines)
    while i < n:
        line = lines[i]
        s = line.strip()
        nxt = lines[i + 1].strip() if i + 1 < n else ""
        prev_blank = i == 0 or not lines[i - 1].strip()
        if not s:
            i += 1
            continue
        if style == "underlined" and nxt and re.fullmatch(r"-+|~+", nxt) and len(nxt) == len(s):
            out.append((2 if nxt[0] == "-" else 3, s))
            i += 2
            continue
        if style == "numbered" and prev_blank and not nxt and re.match(r"^\d+\.(\d+\.?)? \S", s) \
                and len(s) < 60 and not re.search(r"[.:;!?,]$", s):
            out.append((3 if re.match(r"^\d+\.\d+", s) else 2, s))
            i += 1
            continue
        if style == "bare" and prev_blank and nxt and len(s) <= 50 and not s.startswith("•") \
                and not re.search(r"[.:;!?,»)]$", s):
            out.append((2, s))
            i += 1
            continue
        out.append((0, re.sub(r"^(- |• |\d+\) )", "", s)))
        i += 1
    return out, style


def sections(items):
    """Map heading path -> text directly under it; also return readership text and title."""
    title = items[0][1] if items and items[0][0] == 1 else None
    secs = collections.OrderedDict()
    pre = []
    h2 = h3 = None
    for lvl, text in items[1:]:
        if lvl == 2:
            h2, h3 = text, None
            secs.setdefault(h2, [])
        elif lvl == 3:
            h3 = text
            secs.setdefault(h2 + " › " + h3, [])
        elif lvl == 1:
            err("second title line: %r" % text)
        else:
            if h2 is None:
                pre.append(text)
            else:
                secs[h2 if h3 is None else h2 + " › " + h3].append(text)
    return title, pre, {k: ws(" ".join(v)) for k, v in secs.items()}


def words(items):
    return sum(len([w for w in t.split() if re.search(r"\w", w)]) for _, t in items)


def main():
    sys.path.insert(0, HERE)
    import content
    expected = {d["file"]: d for d in content.DOCS}
    files = sorted(os.listdir(DOCS))
    if sorted(expected) != files:
        err("docs/ does not match content.py: %s" % files)
    fmts = collections.Counter(f.rsplit(".", 1)[1] for f in files)
    if fmts != {"txt": 3, "md": 3, "pdf": 2, "docx": 2, "html": 2}:
        err("format counts %s" % fmts)
    langs = collections.Counter(d["lang"] for d in content.DOCS)
    if langs != {"fr": 10, "en": 2}:
        err("language counts %s" % langs)
    aud = collections.Counter(d["audience"] for d in content.DOCS)
    if aud != {"all": 10, "staff": 2}:
        err("audience counts %s" % aud)
    txt_styles = set()
    tabled, h3_formats = set(), set()
    extracted = {}
    for f in files:
        p = os.path.join(DOCS, f)
        ext = f.rsplit(".", 1)[1]
        meta_title = None
        if ext == "md":
            items = extract_md(p)
        elif ext == "html":
            items = extract_html(p)
            m = re.search(r"<title>(.*?)</title>", open(p, encoding="utf-8").read())
            meta_title = m.group(1).replace("&amp;", "&") if m else None
        elif ext == "docx":
            items, meta_title = extract_docx(p)
        elif ext == "pdf":
            items, meta_title = extract_pdf(p)
        else:
            items, style = extract_txt(p)
            txt_styles.add(style)
            if style != expected[f]["style"]:
                err("%s: detected txt style %s" % (f, style))
        d = expected[f]
        title, pre, secs = sections(items)
        if title != d["title"]:
            err("%s: title %r" % (f, title))
        if meta_title is not None and meta_title != d["title"]:
            err("%s: metadata title %r" % (f, meta_title))
        if ext in ("pdf", "docx") and meta_title is None:
            err("%s: no metadata title" % f)
        if ws(" ".join(pre)) != ws(" ".join(d["readership"])):
            err("%s: readership %r" % (f, pre))
        if not 1 <= len(d["readership"]) <= 2:
            err("%s: readership lines" % f)
        rl = " ".join(d["readership"]).lower()
        if d["audience"] == "staff" and "interne" not in rl:
            err("%s: staff readership does not say internal" % f)
        if d["audience"] == "all" and not re.search(r"bobine|public|member", rl):
            err("%s: readership does not address the Bobines" % f)
        wc = words(items)
        if not 580 <= wc <= 800:
            err("%s: %d words" % (f, wc))
        exp_secs = []
        h2 = None
        for kind, val in d["body"]:
            if kind == "h2":
                h2 = val
                exp_secs.append(val)
            elif kind == "h3":
                exp_secs.append(h2 + " › " + val)
        if list(secs) != exp_secs:
            err("%s: sections differ:\n  got %s\n  exp %s" % (f, list(secs), exp_secs))
        kinds = {k for k, _ in d["body"]}
        if not ({"h2", "p"} <= kinds and kinds & {"ul", "ol"}):
            err("%s: needs headings, paragraphs and lists (has %s)" % (f, kinds))
        if "table" in kinds:
            tabled.add(ext)
        if "h3" in kinds:
            h3_formats.add(ext)
        extracted[f] = (secs, wc)
    if tabled != {"md", "html", "docx", "pdf"}:
        err("formats with tables: %s" % tabled)
    if h3_formats != {"md", "html", "docx", "pdf", "txt"}:
        err("formats with h3: %s" % h3_formats)
    if txt_styles != {"underlined", "numbered", "bare"}:
        err("txt styles %s" % txt_styles)

    qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8")]
    if len(qs) != 90:
        err("%d questions" % len(qs))
    keys = {"id", "question", "gold_doc", "gold_section", "unit", "gold", "lang", "note"}
    units = collections.Counter(q["unit"] for q in qs)
    qlang = collections.Counter(q["lang"] for q in qs)
    if not (40 <= units["paragraph"] <= 50 and 24 <= units["list"] <= 30 and 15 <= units["table_row"] <= 21):
        err("unit counts %s" % units)
    if qlang != {"fr": 75, "en": 15}:
        err("question languages %s" % qlang)
    staff = sum(1 for q in qs if expected[q["gold_doc"]]["audience"] == "staff")
    if not 8 <= staff <= 12:
        err("%d staff questions" % staff)
    cross = sum(1 for q in qs if q["lang"] != expected[q["gold_doc"]]["lang"])
    if cross < 8:
        err("only %d cross-language questions" % cross)
    ids = [q["id"] for q in qs]
    if ids != ["q%02d" % i for i in range(1, 91)]:
        err("question ids")
    for q in qs:
        if set(q) != keys:
            err("%s: keys %s" % (q["id"], set(q)))
            continue
        secs, _ = extracted[q["gold_doc"]]
        if q["gold_section"] not in secs:
            err("%s: section %r not found in %s" % (q["id"], q["gold_section"], q["gold_doc"]))
            continue
        text = secs[q["gold_section"]]
        if not q["gold"] or (q["unit"] == "paragraph" and len(q["gold"]) != 1):
            err("%s: gold shape" % q["id"])
        if q["unit"] == "list" and len(q["gold"]) < 2:
            err("%s: list with fewer than two items" % q["id"])
        for g in q["gold"]:
            if ws(g) not in text:
                err("%s: gold not under its section: %r" % (q["id"], g[:70]))
            if q["unit"] == "paragraph" and g.rstrip().endswith(":"):
                err("%s: paragraph gold ends with ':'" % q["id"])
    us = [json.loads(l) for l in open(os.path.join(HERE, "unanswerable.jsonl"), encoding="utf-8")]
    if len(us) != 20 or collections.Counter(u["lang"] for u in us) != {"fr": 16, "en": 4}:
        err("unanswerable counts")
    for u in us:
        if set(u) != {"id", "question", "lang", "note"}:
            err("%s: keys" % u.get("id"))
    readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read().split("\n")
    if readme[0] != ("> **Held-out set: measure only.** Written blind on 2026-12-06 (stop 50) from DOMAIN.md, "
                     "the issue and the format only, without reading the project's code, tests or other data "
                     "sets. Do not tune anything on it.") or readme[1] != "":
        err("README lines 1-2")
    header = "| file | format | lang | readership line(s) as written | intended readership | structure |"
    if header not in readme:
        err("README table header")
    else:
        start = readme.index(header)
        rows = [l for l in readme[start + 2:start + 2 + 12] if l.startswith("| ")]
        if len(rows) != 12 or {r.split("|")[1].strip().strip("`") for r in rows} != set(files):
            err("README table rows")
    if ERRORS:
        for e in ERRORS:
            print("ERROR", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

# -*- coding: utf-8 -*-
"""Checks every rule of the structure-set format for structure_heldout28; prints OK."""
import collections, html.parser, json, os, re, sys, zipfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from docs_src import DOCS  # noqa: E402
import gen  # noqa: E402

SET = "structure_heldout28"
SEP = " › "
ERR = []


def err(m):
    ERR.append(m)


# ------------------------------------------------------------------ extraction -> [(level, text)]
# level 1 = title, 2/3 = headings, 0 = content line
def ex_pdf(path):
    data = open(path, "rb").read()
    if not data.startswith(b"%PDF-1.4"):
        err(path + ": not PDF 1.4")
    # xref offsets
    m = re.search(rb"startxref\n(\d+)\n%%EOF", data)
    xref = int(m.group(1))
    if not data[xref:].startswith(b"xref"):
        err(path + ": bad startxref")
    for i, off in enumerate(re.findall(rb"(\d{10}) 00000 n ", data[xref:])):
        if not data[int(off):].startswith(b"%d 0 obj" % (i + 1)):
            err(path + ": bad xref offset for object %d" % (i + 1))
    for f in (b"/BaseFont /Helvetica ", b"/BaseFont /Helvetica-Bold "):
        if f not in data:
            err(path + ": missing font " + f.decode())
    out = []
    for st in re.findall(rb"stream\n(.*?)\nendstream", data, re.S):
        txt = st.decode("latin-1")
        if txt.count(" Tj") != txt.count("BT"):
            err(path + ": not one Tj per text object")
        font, size = None, 0
        for line in txt.split("\n"):
            mf = re.match(r"/(F\d) ([\d.]+) Tf$", line)
            if mf:
                font, size = mf.group(1), float(mf.group(2))
                continue
            if line.endswith(" Tj"):
                s = line[:-3]
                assert s[0] == "(" and s[-1] == ")"
                s = s[1:-1]
                b = bytearray()
                i = 0
                while i < len(s):
                    c = s[i]
                    if c == "\\":
                        if s[i + 1] in "()\\":
                            b.append(ord(s[i + 1])); i += 2
                        else:
                            b.append(int(s[i + 1:i + 4], 8)); i += 4
                    else:
                        b.append(ord(c)); i += 1
                t = b.decode("cp1252")
                lvl = 0
                if font == "F2" and size >= 18:
                    lvl = 1
                elif font == "F2" and size >= 14:
                    lvl = 2
                elif font == "F2" and size >= 12:
                    lvl = 3
                out.append((lvl, t))
    return out


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def ex_docx(path):
    z = zipfile.ZipFile(path)
    names = set(z.namelist())
    for n in ("[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml"):
        if n not in names:
            err(path + ": missing part " + n)
    root = ET.fromstring(z.read("word/document.xml"))
    body = root.find(W + "body")
    out, styles, ntbl = [], set(), 0

    def ptext(p):
        return "".join(t.text or "" for t in p.iter(W + "t"))
    for el in body:
        if el.tag == W + "p":
            ps = el.find(W + "pPr/" + W + "pStyle")
            st = ps.get(W + "val") if ps is not None else ""
            styles.add(st)
            lvl = {"Title": 1, "Heading1": 2, "Heading2": 3}.get(st, 0)
            t = ptext(el)
            if t:
                out.append((lvl, t))
        elif el.tag == W + "tbl":
            ntbl += 1
            for tr in el.iter(W + "tr"):
                out.append((0, " | ".join(ptext(tc) for tc in tr.iter(W + "tc"))))
    for s in ("Title", "Heading1", "Heading2", "ListBullet"):
        if s not in styles:
            err(path + ": no paragraph with style " + s)
    if ntbl < 1:
        err(path + ": no w:tbl")
    return out


class HP(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.cur, self.lvl, self.tags = [], [], 0, collections.Counter()

    def flush(self):
        t = re.sub(r"\s+", " ", "".join(self.cur)).strip()
        if t:
            self.out.append((self.lvl, t))
        self.cur, self.lvl = [], 0

    def handle_starttag(self, tag, a):
        self.tags[tag] += 1
        if tag in ("h1", "h2", "h3", "p", "li", "tr", "div", "nav", "title", "span"):
            self.flush()
        if tag in ("h1", "h2", "h3"):
            self.lvl = int(tag[1])
        if tag == "td" or tag == "th":
            self.cur.append(" | ")

    def handle_endtag(self, tag):
        if tag in ("h1", "h2", "h3", "p", "li", "tr", "div", "nav", "title"):
            self.flush()

    def handle_data(self, d):
        self.cur.append(d)


def ex_html(path):
    p = HP()
    p.feed(open(path, encoding="utf-8").read())
    p.flush()
    for t in ("h1", "h2", "h3", "table", "nav", "footer"):
        if not p.tags[t]:
            err(path + ": no <%s>" % t)
    if not (p.tags["ul"] and p.tags["li"]):
        err(path + ": no list")
    # the site title <title> is not the document's h1; keep only from the body
    return [(l, t.strip(" |")) for l, t in p.out]


def ex_md(path):
    out, fence = [], False
    for line in open(path, encoding="utf-8").read().split("\n"):
        if line.startswith("```"):
            fence = not fence
        m = re.match(r"(#{1,6}) (.*)$", line)
        if m and not fence:
            out.append((len(m.group(1)), m.group(2).strip()))
        elif line.strip():
            out.append((0, line))
    return out


def ex_txt(path, d):
    heads = [b for b in d["blocks"] if b[0] == "h"]
    lines = open(path, encoding="utf-8").read().split("\n")
    out, hi = [], 0
    for i, line in enumerate(lines):
        if i == 0:
            out.append((1, line))
            continue
        if hi < len(heads) and line == heads[hi][2] and lines[i - 1] == "" and (i + 1 < len(lines)) \
                and (lines[i + 1] == "" or set(lines[i + 1]) == {"-"}):
            out.append((heads[hi][1], line))
            hi += 1
        elif line.strip() and not set(line) <= {"=", "-"}:
            out.append((0, line))
    if hi != len(heads):
        err(path + ": only %d of %d headings found as heading lines" % (hi, len(heads)))
    return out


def extract(d):
    p = os.path.join(HERE, "docs", d["file"])
    ext = d["file"].rsplit(".", 1)[1]
    if ext == "pdf":
        return ex_pdf(p)
    if ext == "docx":
        return ex_docx(p)
    if ext == "html":
        return ex_html(p)
    if ext == "md":
        return ex_md(p)
    return ex_txt(p, d)


def sections(items):
    """path -> list of content lines (only up to the next heading of any level)."""
    sec, stack, cur = collections.OrderedDict(), [], None
    for lvl, t in items:
        if lvl >= 2:
            stack = [s for s in stack if s[0] < lvl] + [(lvl, t)]
            cur = SEP.join(s[1] for s in stack)
            sec.setdefault(cur, [])
        elif lvl == 0 and cur is not None:
            sec[cur].append(t)
    return sec


def main():
    # ---- determinism: re-render in memory and compare with files on disk
    R = {"txt": gen.render_txt, "md": gen.render_md, "html": gen.render_html, "pdf": gen.render_pdf, "docx": gen.render_docx}
    for d in DOCS:
        data = R[d["file"].rsplit(".", 1)[1]](d)
        if isinstance(data, str):
            data = data.encode("utf-8")
        if open(os.path.join(HERE, "docs", d["file"]), "rb").read() != data:
            err(d["file"] + ": file differs from gen.py output (run gen.py)")
    # ---- document counts
    files = sorted(os.listdir(os.path.join(HERE, "docs")))
    if sorted(d["file"] for d in DOCS) != files or len(files) != 12:
        err("docs/ must hold exactly the 12 documents of docs_src")
    ext = collections.Counter(f.rsplit(".", 1)[1] for f in files)
    if ext != {"txt": 3, "md": 3, "pdf": 2, "docx": 2, "html": 2}:
        err("format counts wrong: %s" % dict(ext))
    if collections.Counter(d["lang"] for d in DOCS) != {"fr": 10, "en": 2}:
        err("document languages must be 10 fr / 2 en")
    if collections.Counter(d["intended"] for d in DOCS) != {"all": 10, "staff": 2}:
        err("readership must be 10 all / 2 staff")
    ntables = sum(1 for d in DOCS for b in d["blocks"] if b[0] == "table")
    if ntables < 8:
        err("fewer than 8 tables across the set")
    EXT = {}
    for d in DOCS:
        items = extract(d)
        EXT[d["file"]] = items
        kinds = {b[0] for b in d["blocks"]}
        if not {"h", "p"} <= kinds or not ({"ul", "ol"} & kinds):
            err(d["file"] + ": needs headings, paragraphs and a list")
        for i, b in enumerate(d["blocks"]):
            if b[0] in ("ul", "ol") and not (i > 0 and d["blocks"][i - 1][0] == "p" and d["blocks"][i - 1][1].rstrip().endswith(":")):
                if d["blocks"][i - 1][0] != "p":
                    err(d["file"] + ": list without an introducing sentence")
        # readership: in the first lines, plain, right kind
        first = [t for _, t in items[:14]]
        for r in d["readership"]:
            if not any(r in t for t in first):
                err(d["file"] + ": readership line not in the first lines: " + r)
        rl = " ".join(d["readership"]).lower()
        if d["intended"] == "staff":
            if not re.search(r"réservé|restreinte", rl) or "ne pas" not in rl:
                err(d["file"] + ": staff readership not plain")
        else:
            if not re.search(r"\btous\b|\btoutes\b|ensemble|\ball\b|\bevery\b", rl):
                err(d["file"] + ": all-ambassador readership not plain")
            full = "\n".join(t for _, t in items)
            for bad in ("Document interne", "Confidentiel", "Réservé", "ne pas diffuser", "internal only"):
                if bad.lower() in full.lower():
                    err(d["file"] + ": all-ambassador document carries a restrictive mention: " + bad)
        if d["file"].endswith(".pdf"):
            if not any(re.search(r"\.{3,} \d+$", t) for _, t in items):
                err(d["file"] + ": no table of contents with page numbers")
            titles = [t for l, t in items if l == 1]
            if titles != [d["title"]]:
                err(d["file"] + ": title line wrong")
    # ---- questions
    Q = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8")]
    if len(Q) != 90:
        err("questions.jsonl must have 90 lines")
    keys = ["id", "question", "gold_doc", "gold_section", "unit", "gold", "lang", "note"]
    langs = collections.Counter(q.get("lang") for q in Q)
    if not (70 <= langs["fr"] <= 80 and 10 <= langs["en"] <= 20 and langs["fr"] + langs["en"] == len(Q)):
        err("question languages off: %s" % dict(langs))
    units = collections.Counter(q.get("unit") for q in Q)
    if not (38 <= units["paragraph"] <= 52 and 17 <= units["list"] <= 28 and 17 <= units["table_row"] <= 28):
        err("unit distribution off: %s" % dict(units))
    dlang = {d["file"]: d["lang"] for d in DOCS}
    cross = collections.Counter((q["lang"], dlang.get(q["gold_doc"])) for q in Q)
    if not cross[("en", "fr")] or not cross[("fr", "en")]:
        err("need English questions over French documents and the reverse")
    ids = set()
    for n, q in enumerate(Q):
        if list(q.keys()) != keys:
            err("bad keys in %s" % q.get("id"))
            continue
        if q["id"] != "%s-%03d" % (SET, n + 1) or q["id"] in ids:
            err("bad id " + q["id"])
        ids.add(q["id"])
        if q["unit"] not in ("paragraph", "list", "table_row") or q["lang"] not in ("fr", "en"):
            err(q["id"] + ": bad unit or lang")
        if not q["question"].strip() or not q["note"].strip():
            err(q["id"] + ": empty question or note")
        g = q["gold"]
        if not isinstance(g, list) or not g or not all(isinstance(s, str) and s for s in g):
            err(q["id"] + ": gold must be a non-empty list of strings")
            continue
        if q["unit"] in ("list", "table_row") and len(g) != 2:
            err(q["id"] + ": list/table_row gold must have 2 snippets")
        if q["gold_doc"] not in EXT:
            err(q["id"] + ": unknown gold_doc")
            continue
        secs = sections(EXT[q["gold_doc"]])
        if q["gold_section"] not in secs:
            err(q["id"] + ": gold_section not a heading path of the document: " + q["gold_section"])
            continue
        body = secs[q["gold_section"]]
        d = next(x for x in DOCS if x["file"] == q["gold_doc"])
        src_unit = None
        for s in g:
            if q["gold_doc"].endswith(".pdf"):
                if not any(s in line for line in body):
                    err(q["id"] + ": gold not on one line of its PDF section: " + s)
            else:
                if s not in "\n".join(body):
                    err(q["id"] + ": gold not in its section: " + s)
        # unit kind matches the block holding the snippets (from the source blocks)
        path, stack, kinds = None, [], collections.defaultdict(list)
        for b in d["blocks"]:
            if b[0] == "h":
                stack = [x for x in stack if x[0] < b[1]] + [(b[1], b[2])]
                path = SEP.join(x[1] for x in stack)
            elif path == q["gold_section"]:
                kinds[path].append(b)
        blocks = kinds[q["gold_section"]]
        if q["unit"] == "list":
            ok = any(b[0] in ("ul", "ol") and g[0] in b[1][0] and g[1] in b[1][-1] for b in blocks)
            if not ok:
                err(q["id"] + ": list gold is not first and last item of one list")
        elif q["unit"] == "table_row":
            ok = any(b[0] == "table" and any(r[0] == g[0] and g[1] in " ".join(r[1:]) for r in b[2]) for b in blocks)
            if not ok:
                err(q["id"] + ": table_row gold is not key cell + value of one row")
        else:
            ok = any(b[0] in ("p", "callout", "toggle", "fn") and all(s in " ".join(map(str, b[1:])) for s in g) for b in blocks)
            if not ok:
                err(q["id"] + ": paragraph gold not inside one paragraph")
    # ---- unanswerable
    U = [json.loads(l) for l in open(os.path.join(HERE, "unanswerable.jsonl"), encoding="utf-8")]
    if len(U) != 20:
        err("unanswerable.jsonl must have 20 lines")
    for n, u in enumerate(U):
        if list(u.keys()) != ["id", "question", "lang", "note"] or u["lang"] not in ("fr", "en") \
                or u["id"] != "%s-u%02d" % (SET, n + 1) or not u["question"].strip() or not u["note"].strip():
            err("bad unanswerable line %d" % (n + 1))
    # ---- README
    rp = os.path.join(HERE, "README.md")
    if not os.path.exists(rp):
        err("README.md missing")
    else:
        R = open(rp, encoding="utf-8").read().split("\n")
        if R[0] != "> **Held-out set: measure only.** Written blind on 2026-12-07 (stop 56) from DOMAIN.md, the issue and the format only, without reading the project's code, tests or other data sets. Do not tune anything on it." \
                or R[1] != ">" or R[2] != "":
            err("README header lines wrong")
        if not R[3].startswith("# %s: " % SET):
            err("README title line wrong")
        txt = "\n".join(R)
        for s in ("**Flavour.**", "## Files", "## Documents", "## Question files",
                  "| file | format | lang | readership line(s) as written | intended readership | structure |"):
            if s not in txt:
                err("README lacks " + s)
        for d in DOCS:
            if "| %s |" % d["file"] not in txt:
                err("README documents table lacks " + d["file"])
    if ERR:
        for e in ERR:
            print("ERROR:", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

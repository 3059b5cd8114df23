# -*- coding: utf-8 -*-
"""Checks the structure_dev15 set against the format rules; prints exactly OK on success."""
import html, json, os, re, sys, zipfile, zlib
HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.join(HERE, "docs")
SET = "structure_dev15"
errors = []
def err(m): errors.append(m)

END_PUNCT = tuple(".:;,?!»)")
def txt_units(s):
    raw = s.split("\n")
    lines = []
    for l in raw:
        t = l
        while t.startswith(">"):
            t = t[1:].lstrip(" ")
        lines.append(t.rstrip())
    out = []
    for i, t in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        prev = lines[i - 1] if i > 0 else ""
        underline = bool(re.fullmatch(r"[=\-]{3,}", nxt.strip())) and t.strip() != ""
        plain = (t.strip() and len(t) <= 60 and not t.endswith(END_PUNCT) and prev.strip() == ""
                 and nxt.strip() != "" and not re.fullmatch(r"[=\-]{3,}", nxt.strip())
                 and not t.startswith(("- ", "-- ")) and " : " not in t and ":" not in t)
        if re.fullmatch(r"[=\-]{3,}", t.strip()):
            continue
        out.append((t, bool(underline or plain)))
    return out

def md_units(s):
    return [(re.sub(r"^#+\s*", "", l), True) if l.startswith("#") else (l, False) for l in s.split("\n")]

def html_units(s):
    out = []
    for l in s.split("\n"):
        m = re.search(r"<h([1-6])[^>]*>(.*?)</h\1>", l)
        if m:
            out.append((html.unescape(m.group(2)), True))
        else:
            out.append((html.unescape(re.sub(r"<[^>]+>", "", l)), False))
    return out

def pdf_unstr(b):
    out, i = bytearray(), 0
    while i < len(b):
        c = b[i]
        if c == 0x5C:
            n = b[i + 1]
            if 0x30 <= n <= 0x37:
                out.append(int(b[i + 1:i + 4], 8)); i += 4; continue
            out.append(n); i += 2; continue
        out.append(c); i += 1
    return out.decode("cp1252")

def pdf_units(data):
    out = []
    for m in re.finditer(rb"stream\n(.*?)\nendstream", data, re.S):
        for t in re.finditer(rb"/(F\d) ([\d.]+) Tf [\d. ]+ Td \(((?:\\.|[^\\)])*)\) Tj", m.group(1)):
            s = pdf_unstr(t.group(3))
            out.append((s, t.group(1) == b"F2" and float(t.group(2)) >= 10))
    if not data.startswith(b"%PDF-1.4"):
        err("pdf header")
    return out

def docx_units(path):
    z = zipfile.ZipFile(path)
    x = z.read("word/document.xml").decode("utf-8")
    out = []
    for p in re.findall(r"<w:p>.*?</w:p>", x):
        st = re.search(r'<w:pStyle w:val="([^"]+)"', p)
        text = html.unescape("".join(re.findall(r"<w:t[^>]*>(.*?)</w:t>", p)))
        out.append((text, bool(st and st.group(1).startswith("Heading"))))
    return out

units = {}
for name in sorted(os.listdir(D)):
    p = os.path.join(D, name)
    ext = name.rsplit(".", 1)[1]
    if ext == "txt": units[name] = txt_units(open(p, encoding="utf-8").read())
    elif ext == "md": units[name] = md_units(open(p, encoding="utf-8").read())
    elif ext == "html": units[name] = html_units(open(p, encoding="utf-8").read())
    elif ext == "pdf": units[name] = pdf_units(open(p, "rb").read())
    elif ext == "docx": units[name] = docx_units(p)
    else: err("unexpected file " + name)

exts = [n.rsplit(".", 1)[1] for n in units]
for e, n in (("txt", 3), ("md", 3), ("pdf", 2), ("docx", 2), ("html", 2)):
    if exts.count(e) != n: err("count of .%s is %d" % (e, exts.count(e)))
if len(units) != 12: err("need 12 documents")
READ = {"all": ["tous les révélateurs", "tous les ambassadeurs", "for all révélateurs", "for all ambassadors", "à tous les révélateurs", "tous les membres"],
        "staff": ["document interne", "interne — équipe"]}
staff = 0
for n, us in units.items():
    head = " ".join(t for t, _ in us[:(30 if n.endswith(".html") else 12)]).lower()
    is_staff = any(k in head for k in READ["staff"])
    is_all = any(k in head for k in READ["all"])
    if is_staff: staff += 1
    if not (is_staff or is_all): err("no readership line in first lines of " + n)
if staff != 2: err("staff-only documents: %d" % staff)

qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8")]
if len(qs) != 90: err("questions: %d" % len(qs))
keys = {"id", "question", "gold_doc", "gold_section", "unit", "gold", "lang", "note"}
langs = {"fr": 0, "en": 0}
for i, q in enumerate(qs, 1):
    if set(q) != keys: err("keys %s" % q.get("id"))
    if q["id"] != "%s-%03d" % (SET, i): err("id %s" % q["id"])
    if q["unit"] not in ("list", "table_row", "paragraph", "sentence", "step"): err("unit " + q["id"])
    langs[q["lang"]] = langs.get(q["lang"], 0) + 1
    us = units.get(q["gold_doc"])
    if us is None: err("doc " + q["id"]); continue
    if not (1 <= len(q["gold"]) <= 3): err("gold count " + q["id"])
    parts = q["gold_section"].split(" › ")
    pos = -1
    for part in parts:
        idx = [k for k, (t, h) in enumerate(us) if h and t.strip() == part and k > pos]
        if not idx: err("%s: heading %r not found in order" % (q["id"], part)); break
        pos = idx[0]
    for g in q["gold"]:
        hits = [k for k, (t, h) in enumerate(us) if g in t and not h]
        if not hits: err("%s: snippet not on one line: %r" % (q["id"], g)); continue
        ok = [k for k in hits if k > pos and not any(us[j][1] for j in range(pos + 1, k))]
        if not ok: err("%s: snippet not under its section: %r" % (q["id"], g))
if langs.get("en", 0) < 12 or langs.get("en", 0) > 18 or langs.get("fr", 0) < 70: err("langs %s" % langs)
un = [json.loads(l) for l in open(os.path.join(HERE, "unanswerable.jsonl"), encoding="utf-8")]
if len(un) != 20: err("unanswerable: %d" % len(un))
for i, u in enumerate(un, 1):
    if set(u) != {"id", "question", "lang", "note"} or u["id"] != "%s-u%02d" % (SET, i): err("unanswerable " + str(i))
r = open(os.path.join(HERE, "README.md"), encoding="utf-8").read().split("\n")
L1 = "> **Development set** (written blind on 2026-12-07 (stop 58) from DOMAIN.md, the issue and the format only; it may be read and tuned on)."
if r[0] != L1 or r[1] != ">" or r[2] != "" or not r[3].startswith("# %s: " % SET): err("README header")
for s in ("**Client.**", "**Flavour.**", "## Files", "## Documents", "## Question files"):
    if s not in "\n".join(r): err("README lacks " + s)
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")

#!/usr/bin/env python3
"""Stdlib-only check of the structure_heldout15 set. Exits 0 when everything holds."""
import collections, html, json, os, re, sys, zipfile, zlib
sys.dont_write_bytecode = True
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "gen"))
import content, model  # noqa: E402

ERR = []


def err(msg):
    ERR.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def pdf_text(path):
    data = open(path, "rb").read()
    out = []
    for m in re.finditer(rb"<<(.*?)>>\s*stream\r?\n(.*?)\r?\nendstream", data, re.S):
        d, s = m.group(1), m.group(2)
        if b"FlateDecode" in d:
            try:
                s = zlib.decompress(s)
            except zlib.error:
                continue
        if b"BT" not in s:
            continue
        for tm in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj|\[((?:\\.|[^\]])*)\]\s*TJ", s, re.S):
            if tm.group(1) is not None:
                parts = [tm.group(1)]
            else:
                parts = re.findall(rb"\(((?:\\.|[^\\)])*)\)", tm.group(2))
            out.append("".join(unesc(p) for p in parts))
    return "\n".join(out)


def unesc(b):
    res = bytearray()
    i = 0
    while i < len(b):
        c = b[i]
        if c == 0x5C and i + 1 < len(b):
            n = b[i + 1]
            if 0x30 <= n <= 0x37:
                j = i + 1
                while j < len(b) and j < i + 4 and 0x30 <= b[j] <= 0x37:
                    j += 1
                res.append(int(b[i + 1:j], 8) & 0xFF); i = j; continue
            res += {ord("n"): b"\n", ord("r"): b"\r", ord("t"): b"\t", ord("b"): b"\b", ord("f"): b"\f"}.get(n, bytes([n]))
            i += 2; continue
        res.append(c); i += 1
    return res.decode("cp1252", errors="replace")


def docx_text(path):
    ns = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    root = ET.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    return "\n".join("".join(t.text or "" for t in p.iter(ns + "t")) for p in root.iter(ns + "p"))


def html_text(path):
    raw = open(path, encoding="utf-8").read()
    raw = re.sub(r"<(style|script)\b.*?</\1>", " ", raw, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", "\n", raw))


def file_text(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return pdf_text(path)
    if ext == "docx":
        return docx_text(path)
    if ext == "html":
        return html_text(path)
    return open(path, encoding="utf-8").read()


def main():
    docs_dir = os.path.join(HERE, "docs")
    files = sorted(os.listdir(docs_dir))
    exts = collections.Counter(f.rsplit(".", 1)[1] for f in files)
    if exts != {"txt": 3, "md": 3, "pdf": 2, "docx": 2, "html": 2}:
        err("doc formats: %s" % dict(exts))
    if sorted(content.DOCS) != files:
        err("docs/ and content.py differ")
    langs = collections.Counter(content.DOCS[f]["lang"] for f in files)
    if not (9 <= langs["fr"] <= 10 and 2 <= langs["en"] <= 3):
        err("doc languages %s" % dict(langs))
    internal = [f for f in files if content.DOCS[f]["audience"] == "internal"]
    if not 1 <= len(internal) <= 2:
        err("internal docs: %s" % internal)
    secs, texts = {}, {}
    for f in files:
        doc = model.parse(content.DOCS[f]["src"])
        kinds = {b["kind"] for b in doc["blocks"]}
        if not ({"h", "p", "table"} <= kinds and kinds & {"ul", "ol"}):
            err("%s lacks a structure kind: %s" % (f, kinds))
        secs[f] = model.sections(doc)
        texts[f] = norm(file_text(os.path.join(docs_dir, f)))
        head = texts[f][:400].lower()
        if not re.search(r"diffusion|audience|interne|réservée|destinée|ouvert|remis|partagé|épinglé", head):
            err("%s: no readership line at the top" % f)
        if norm(doc["title"]) not in texts[f]:
            err("%s: title not found in file text" % f)
        for path in secs[f]:
            for h in path.split(model.SEP) if path else []:
                if norm(h) not in texts[f]:
                    err("%s: heading %r not in file" % (f, h))
    qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8")]
    keys = {"id", "question", "gold_doc", "gold_section", "unit", "gold", "lang"}
    ids = set()
    for q in qs:
        if set(q) != keys:
            err("%s keys %s" % (q.get("id"), sorted(q)))
            continue
        if q["id"] in ids:
            err("dup id " + q["id"])
        ids.add(q["id"])
        if q["unit"] not in ("paragraph", "list", "table_row") or q["lang"] not in ("fr", "en"):
            err(q["id"] + " bad unit/lang")
        if q["gold_doc"] not in secs:
            err(q["id"] + " unknown doc"); continue
        sec = secs[q["gold_doc"]].get(q["gold_section"])
        if sec is None or not q["gold_section"]:
            err("%s: section %r not in %s" % (q["id"], q["gold_section"], q["gold_doc"])); continue
        if not q["gold"]:
            err(q["id"] + " empty gold")
        for g in q["gold"]:
            if not any(g in t for t in sec):
                err("%s: %r not verbatim in section %r" % (q["id"], g, q["gold_section"]))
            if norm(g) not in texts[q["gold_doc"]]:
                err("%s: %r not found in rendered %s" % (q["id"], g, q["gold_doc"]))
    units = collections.Counter(q["unit"] for q in qs)
    qlangs = collections.Counter(q["lang"] for q in qs)
    if len(qs) != 90:
        err("questions: %d" % len(qs))
    if not (40 <= units["paragraph"] <= 50 and 24 <= units["list"] <= 32 and 14 <= units["table_row"] <= 20):
        err("units %s" % dict(units))
    if not (70 <= qlangs["fr"] <= 80 and 10 <= qlangs["en"] <= 20):
        err("langs %s" % dict(qlangs))
    un = [json.loads(l) for l in open(os.path.join(HERE, "unanswerable.jsonl"), encoding="utf-8")]
    if len(un) != 20 or any(set(u) != {"id", "question", "lang"} for u in un):
        err("unanswerable: %d lines / bad keys" % len(un))
    if ids & {u["id"] for u in un}:
        err("id clash")
    if ERR:
        print("\n".join("FAIL " + e for e in ERR))
        return 1
    print("OK: %d docs %s (internal: %s); %d questions %s %s; %d unanswerable"
          % (len(files), dict(exts), ", ".join(internal), len(qs), dict(units), dict(qlangs), len(un)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

# -*- coding: utf-8 -*-
"""Checks the structure_heldout18 set. Run with /work/main/.venv/bin/python."""
import collections, json, os, re, sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
ERR = []


def err(m):
    ERR.append(m)


class _H(HTMLParser):
    BLOCK = {"p", "li", "h1", "h2", "h3", "h4", "td", "th", "tr", "div", "title", "nav", "footer", "br"}

    def __init__(self):
        super().__init__()
        self.parts, self.heads, self.skip, self.cur = [], [], 0, None

    def handle_starttag(self, tag, a):
        if tag in ("style", "script"):
            self.skip += 1
        if tag in ("h1", "h2", "h3", "h4"):
            self.cur = []
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self.skip -= 1
        if tag in ("h1", "h2", "h3", "h4") and self.cur is not None:
            self.heads.append("".join(self.cur).strip())
            self.cur = None
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)
            if self.cur is not None:
                self.cur.append(data)


def extract(path):
    """-> (text, headings, extra) ; headings = list of heading texts found by format-specific means"""
    ext = path.rsplit(".", 1)[1]
    if ext in ("txt", "md"):
        t = open(path, encoding="utf-8").read()
        lines = t.splitlines()
        if ext == "md":
            heads = [re.sub(r"^#+\s*", "", l) for l in lines if l.startswith("#")]
        else:
            heads = [l.strip() for l in lines]  # any line may be a heading in txt
        return t, heads, {}
    if ext == "html":
        h = _H()
        h.feed(open(path, encoding="utf-8").read())
        return "".join(h.parts), h.heads, {}
    if ext == "docx":
        import docx
        d = docx.Document(path)
        parts, heads = [], []
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs]
        for p in d.paragraphs:
            parts.append(p.text)
            if p.style.name.startswith("Heading") or p.style.name == "Title":
                heads.append(p.text)
        styles = collections.Counter(p.style.name for p in d.paragraphs)
        for t in d.tables:
            for r in t.rows:
                parts += [c.text for c in r.cells]
        return "\n".join(parts), heads, {"styles": styles, "tables": len(d.tables)}
    if ext == "pdf":
        import pypdf
        r = pypdf.PdfReader(path)
        text = "\n".join(p.extract_text() for p in r.pages)
        # drop the running footer so that a paragraph split across pages reads continuously
        text = re.sub(r"\n?Brasserie de l'Écluse Brune – Cercle des Houblonniers – page \d+\n?", "\n", text)
        outl = []

        def walk(o):
            for x in o:
                if isinstance(x, list):
                    walk(x)
                else:
                    outl.append(x.title)
        walk(r.outline)
        return text, [l.strip() for l in text.splitlines()], {"outline": outl, "pages": len(r.pages)}
    raise ValueError(path)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def main():
    sys.path.insert(0, HERE)
    from docs_src import DOCS as SRC
    names = sorted(os.listdir(DOCS))
    if len(names) != 12:
        err("expected 12 docs, got %d" % len(names))
    fmts = collections.Counter(n.rsplit(".", 1)[1] for n in names)
    if fmts != {"txt": 3, "md": 3, "pdf": 2, "docx": 2, "html": 2}:
        err("formats %s" % fmts)
    texts, heads, info = {}, {}, {}
    for n in names:
        t, h, x = extract(os.path.join(DOCS, n))
        texts[n], heads[n], info[n] = norm(t), [norm(a) for a in h], x
        words = len([w for w in t.split() if re.search(r"\w", w)])
        if not 580 <= words <= 800:
            err("%s: %d words" % (n, words))
    src = {d["name"]: d for d in SRC}
    langs = collections.Counter(d["lang"] for d in SRC)
    if langs != {"fr": 10, "en": 2}:
        err("doc langs %s" % langs)
    if sum(d["internal"] for d in SRC) != 2:
        err("internal docs != 2")
    for n, d in src.items():
        if not texts[n].startswith(norm(d["readership"]).replace("_", "")[:30]) and norm(d["readership"]).replace("_", "")[:40] not in texts[n][:400]:
            err("%s: readership line not near the top" % n)
    # pdf outline: one with, one without
    ol = {n: len(info[n]["outline"]) for n in names if n.endswith(".pdf")}
    if sorted(v > 0 for v in ol.values()) != [False, True]:
        err("pdf outlines %s" % ol)
    for n in names:
        if n.endswith(".docx"):
            st = info[n]["styles"]
            if not (st.get("Heading 1") and st.get("List Bullet") and info[n]["tables"] >= 1):
                err("%s: docx lacks heading styles/lists/table %s" % (n, st))

    qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8")]
    un = [json.loads(l) for l in open(os.path.join(HERE, "unanswerable.jsonl"), encoding="utf-8")]
    if len(qs) != 90:
        err("questions: %d" % len(qs))
    if len(un) != 20:
        err("unanswerable: %d" % len(un))
    ids = [q["id"] for q in qs + un]
    if len(ids) != len(set(ids)):
        err("duplicate ids")
    units, qlang, perdoc, notes = collections.Counter(), collections.Counter(), collections.Counter(), 0
    cross = 0
    for q in qs:
        for k in ("id", "question", "gold_doc", "gold_section", "unit", "gold", "lang"):
            if k not in q or q[k] in ("", None, []):
                err("%s: missing %s" % (q.get("id"), k))
        n = q["gold_doc"]
        if n not in texts:
            err("%s: unknown doc %s" % (q["id"], n))
            continue
        units[q["unit"]] += 1
        qlang[q["lang"]] += 1
        perdoc[n] += 1
        if q["lang"] != src[n]["lang"]:
            cross += 1
        if q["unit"] not in ("paragraph", "list", "table_row"):
            err("%s: bad unit" % q["id"])
        if q["unit"] == "paragraph" and len(q["gold"]) != 1:
            err("%s: paragraph gold must be one string" % q["id"])
        if q["unit"] == "list" and len(q["gold"]) < 2:
            err("%s: list gold needs items" % q["id"])
        if q["unit"] == "table_row":
            body = src[n]["body"]
            rows = [[c.strip() for c in l[2:].split(" | ")] for l in body if l.startswith("| ")]
            if q["gold"] not in rows:
                err("%s: table_row gold is not a row of the doc" % q["id"])
        for g in q["gold"]:
            if norm(g) not in texts[n]:
                err("%s: gold not found verbatim in %s: %r" % (q["id"], n, g[:60]))
        # gold_section: each part is a heading of the doc, in order of the body
        parts = q["gold_section"].split(" › ")
        srcheads = [re.sub(r"^#+ ", "", l) for l in src[n]["body"] if l.startswith("#")]
        for p in parts:
            if p not in srcheads:
                err("%s: section part %r not a heading of %s" % (q["id"], p, n))
            elif not any(norm(p) == h or norm(p) in h for h in heads[n]):
                err("%s: heading %r not visible as a heading/line in %s" % (q["id"], p, n))
        # gold must lie under the section: locate in source body
        sec_idx = None
        levels = {}
        for i, l in enumerate(src[n]["body"]):
            if l.startswith("#"):
                lv = len(l.split(" ")[0])
                levels[lv] = re.sub(r"^#+ ", "", l)
                for k in list(levels):
                    if k > lv:
                        del levels[k]
                path = " › ".join(levels[k] for k in sorted(levels))
                cur = path
            else:
                if any(g == re.sub(r"^(- |\+ |\| )", "", l) or g in l for g in q["gold"][:1]):
                    sec_idx = cur
                    break
        if sec_idx != q["gold_section"]:
            err("%s: gold lies under %r, not %r" % (q["id"], sec_idx, q["gold_section"]))
        if src[n]["internal"] and "staff" not in q.get("note", "").lower():
            err("%s: question on internal doc lacks staff-only note" % q["id"])
    for n in names:
        if perdoc[n] < 5:
            err("%s: only %d questions" % (n, perdoc[n]))
    notes = sum(1 for q in qs if "staff" in q.get("note", "").lower())
    for u in un:
        for k in ("id", "question", "lang", "note"):
            if not u.get(k):
                err("%s: missing %s" % (u.get("id"), k))
    print("docs:", dict(fmts), "words ok" if not any("words" in e for e in ERR) else "")
    print("questions:", len(qs), "units:", dict(units), "lang:", dict(qlang),
          "cross-language:", cross, "staff-only notes:", notes)
    print("per doc:", dict(perdoc))
    print("unanswerable:", len(un), dict(collections.Counter(u["lang"] for u in un)))
    ranges = [("paragraph", 40, 50), ("list", 24, 32), ("table_row", 14, 20)]
    for u, lo, hi in ranges:
        if not lo <= units[u] <= hi:
            err("unit %s count %d" % (u, units[u]))
    if not (70 <= qlang["fr"] <= 80 and 12 <= qlang["en"] <= 18):
        err("question langs %s" % qlang)
    if not 14 <= notes <= 18:
        err("staff-only notes %d" % notes)
    if ERR:
        print("\n".join("ERROR " + e for e in ERR))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Validates the structure_heldout6 set. Standard library, plus pypdf / python-docx for the PDF and DOCX
documents (run with /work/main/.venv/bin/python). Exits 1 on any breach."""
import html
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent
DOCS = ROOT / "docs"
errors, warnings = [], []


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = s.replace("\u2019", "'").replace("\u00a0", " ").replace("\u202f", " ")
    return re.sub(r"\s+", " ", s).strip()


# ---------- per-format loaders: (lines, heading line indices) -------------------------------
def load_md(text):
    raw = text.split("\n")
    lines, heads = [], set()
    in_front = raw and raw[0].strip() == "---"
    for i, ln in enumerate(raw):
        if in_front:
            lines.append("")
            if i > 0 and ln.strip() == "---":
                in_front = False
            continue
        m = re.match(r"^(#{1,6})\s+(.*?)\s*#*\s*$", ln)
        if m:
            lines.append(m.group(2)); heads.add(len(lines) - 1); continue
        nxt = raw[i + 1] if i + 1 < len(raw) else ""
        if ln.strip() and not ln.lstrip().startswith("|") and re.match(r"^(=+|-+)\s*$", nxt):
            heads.add(len(lines))
        if re.match(r"^(=+|-+)\s*$", ln) and lines and (len(lines) - 1) in heads:
            lines.append(""); continue
        lines.append(re.sub(r"^\s*(?:[-*+]|\d+\.)\s+", "", ln))
    return lines, heads


def load_txt(text):
    raw = text.split("\n")
    lines, heads = [], set()
    for i, ln in enumerate(raw):
        s = ln.strip()
        prev = raw[i - 1].strip() if i > 0 else ""
        nxt = raw[i + 1].strip() if i + 1 < len(raw) else ""
        if re.match(r"^(=+|-+)$", s):
            lines.append(""); continue
        is_head = False
        if s and re.match(r"^(=+|-+)$", nxt):
            is_head = True
        elif s and "|" not in s and not s.startswith("-") and len(s) < 80:
            if re.match(r"^\d+(\.\d+)*\.?\s+\S", s) and not s.endswith((".", ":", ";")):
                is_head = True
            elif re.search(r"[A-Z]", s) and s == s.upper():
                is_head = True
            elif not prev and not nxt and len(s) < 60 and not re.search(r"[.:;!?,]$", s):
                is_head = True
        if is_head:
            heads.add(len(lines))
        lines.append(re.sub(r"^-\s+", "", s))
    return lines, heads


def load_html(text):
    body = re.sub(r"(?is)<(script|style|title)\b.*?</\1>", "", text)
    body = re.sub(r"(?is)<(h[1-6])\b[^>]*>(.*?)</\1>", lambda m: "\n\x01" + m.group(2) + "\n", body)
    body = re.sub(r"(?i)</?(p|li|tr|ul|ol|table|thead|tbody|section|article|header|main|div|br)\b[^>]*>", "\n", body)
    body = re.sub(r"(?i)</t[dh]>", " | ", body)
    body = re.sub(r"<[^>]+>", "", body)
    lines, heads = [], set()
    for ln in html.unescape(body).split("\n"):
        if ln.startswith("\x01"):
            heads.add(len(lines)); ln = ln[1:]
        lines.append(ln.strip().rstrip("|").strip())
    return lines, heads


def load_docx(path):
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    d = docx.Document(str(path))
    lines, heads = [], set()
    for el in d.element.body.iterchildren():
        tag = el.tag.rsplit("}", 1)[-1]
        if tag == "p":
            p = Paragraph(el, d)
            name = p.style.name if p.style is not None else ""
            if name.startswith("Heading") or name == "Title":
                heads.add(len(lines))
            lines.append(p.text)
        elif tag == "tbl":
            for row in Table(el, d).rows:
                lines.append(" | ".join(c.text for c in row.cells))
    title = d.core_properties.title
    return lines, heads, title


def load_pdf(path):
    import pypdf
    r = pypdf.PdfReader(str(path))
    lines, heads = [], set()
    bold = set()

    def visit(text, cm, tm, font, size):
        if font and "Bold" in str(font.get("/BaseFont", "")) and size >= 10 and text.strip():
            bold.add(norm(text))

    for page in r.pages:
        t = page.extract_text(visitor_text=visit)
        for ln in t.split("\n"):
            lines.append(ln)
    for i, ln in enumerate(lines):
        if norm(ln) and norm(ln) in bold:
            heads.add(i)
    outline = []

    def walk(items):
        for it in items:
            if isinstance(it, list):
                walk(it)
            else:
                outline.append(norm(it.title))
    walk(r.outline or [])
    for i, ln in enumerate(lines):
        if norm(ln) in outline:
            heads.add(i)
    return lines, heads, (r.metadata or {}).get("/Title"), outline


def load(path):
    ext = path.suffix.lower()
    meta = {"format": ext[1:]}
    if ext == ".md":
        lines, heads = load_md(path.read_text(encoding="utf-8"))
    elif ext == ".txt":
        lines, heads = load_txt(path.read_text(encoding="utf-8"))
    elif ext in (".html", ".htm"):
        txt = path.read_text(encoding="utf-8")
        lines, heads = load_html(txt)
        m = re.search(r"(?is)<title>(.*?)</title>", txt)
        meta["title"] = m and html.unescape(m.group(1))
    elif ext == ".docx":
        lines, heads, meta["title"] = load_docx(path)
    elif ext == ".pdf":
        lines, heads, meta["title"], meta["outline"] = load_pdf(path)
    else:
        raise ValueError(ext)
    return [norm(x) for x in lines], heads, meta


def joined(lines):
    out = ""
    for ln in lines:
        if not ln:
            continue
        if out.endswith("-") and not out.endswith(" -"):
            out += ln
        else:
            out += (" " if out else "") + ln
    return out


def locate_section(lines, heads, section):
    """Return (start, end) line span of the section, or an error string."""
    pos = -1
    for seg in [norm(s) for s in section.split("›")]:
        found = next((i for i in range(pos + 1, len(lines)) if lines[i] == seg), None)
        if found is None:
            return "heading %r not found (after line %d)" % (seg, pos)
        if found not in heads:
            warnings.append("heading %r is not detected as a heading line" % seg)
        pos = found
    end = next((i for i in sorted(heads) if i > pos), len(lines))
    return pos, end


# ---------- checks ---------------------------------------------------------------------------
def main():
    docs = sorted(p for p in DOCS.iterdir() if p.is_file())
    loaded = {}
    for p in docs:
        try:
            loaded[p.name] = load(p)
        except Exception as e:  # noqa: BLE001
            errors.append("%s: cannot load (%s)" % (p.name, e))
    fmts = Counter(p.suffix.lower()[1:] for p in docs)
    if len(docs) < 10:
        errors.append("only %d documents (need >= 10)" % len(docs))
    for f in ("txt", "md", "pdf", "docx", "html"):
        if not fmts.get(f):
            errors.append("no .%s document" % f)
    for name, (lines, heads, meta) in loaded.items():
        full = joined(lines).lower()
        if re.search(r"\b(confidentiel|confidential|internal|interne|restricted|restreint)\b", full):
            errors.append("%s: looks marked internal/confidential" % name)
        if not ("public" in full or re.search(r"destinée?s? aux ambassadeurs", full) or "for ambassadors" in full):
            errors.append("%s: no public/ambassador visibility mark" % name)
        if len(heads) < 3:
            errors.append("%s: fewer than 3 headings detected" % name)

    qs = [json.loads(l) for l in (ROOT / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    us = [json.loads(l) for l in (ROOT / "unanswerable.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    ids = [q.get("id") for q in qs + us]
    for i, c in Counter(ids).items():
        if c > 1:
            errors.append("duplicate id %s" % i)
    texts = [norm(q["question"]).lower() for q in qs + us]
    for t, c in Counter(texts).items():
        if c > 1:
            errors.append("duplicate question %r" % t)
    if len(qs) < 80:
        errors.append("only %d questions (need >= 80)" % len(qs))
    if len(us) != 20:
        errors.append("%d unanswerable questions (need 20)" % len(us))
    keys = {"id", "question", "gold_doc", "gold_section", "unit", "gold", "lang"}
    for q in qs:
        qid = q.get("id")
        if set(q) != keys:
            errors.append("%s: keys %s" % (qid, sorted(q))); continue
        if q["unit"] not in ("list", "table_row", "paragraph"):
            errors.append("%s: bad unit %r" % (qid, q["unit"]))
        if q["lang"] not in ("fr", "en"):
            errors.append("%s: bad lang" % qid)
        if q["gold_doc"] not in loaded:
            errors.append("%s: unknown gold_doc %s" % (qid, q["gold_doc"])); continue
        if not q["gold"]:
            errors.append("%s: empty gold" % qid); continue
        if q["unit"] == "paragraph":
            if not 2 <= len(q["gold"]) <= 3:
                errors.append("%s: paragraph gold needs 2-3 fragments" % qid)
            for g in q["gold"]:
                if not 5 <= len(g.split()) <= 10:
                    errors.append("%s: paragraph fragment of %d words: %r" % (qid, len(g.split()), g))
        if q["unit"] == "list" and len(q["gold"]) < 3:
            errors.append("%s: list gold needs the intro and the items" % qid)
        lines, heads, meta = loaded[q["gold_doc"]]
        span = locate_section(lines, heads, q["gold_section"])
        if isinstance(span, str):
            errors.append("%s: %s in %s" % (qid, span, q["gold_doc"])); continue
        start, end = span
        section_text = joined(lines[start:end])
        full_text = joined(lines)
        for g in q["gold"]:
            ng = norm(g)
            if ng not in full_text:
                errors.append("%s: fragment not in %s: %r" % (qid, q["gold_doc"], g))
            elif ng not in section_text:
                errors.append("%s: fragment outside section %r: %r" % (qid, q["gold_section"], g))
        if q["unit"] == "table_row":
            row_cells = [norm(g) for g in q["gold"]]
            ok = any(all(c in ln for c in row_cells[len(row_cells) // 2:]) for ln in lines[start:end]) \
                or q["gold_doc"].endswith(".pdf")
            if not ok:
                errors.append("%s: row cells not found on one table row" % qid)
        # wording copied from the document?
        qw = re.findall(r"\w+", q["question"].lower())
        grams = {" ".join(qw[i:i + 5]) for i in range(len(qw) - 4)}
        hit = [g for g in grams if g in section_text.lower()]
        if hit:
            warnings.append("%s: question shares 5 consecutive words with its passage: %r" % (qid, hit[0]))
    for u in us:
        if set(u) != {"id", "question", "lang"} or u["lang"] not in ("fr", "en"):
            errors.append("%s: bad unanswerable record" % u.get("id"))

    by_unit = Counter(q["unit"] for q in qs)
    doc_lang = {}
    for name, (lines, heads, meta) in loaded.items():
        t = " " + joined(lines).lower() + " "
        doc_lang[name] = "fr" if t.count(" les ") + t.count(" des ") > t.count(" the ") else "en"
    cross = Counter((q["lang"], doc_lang.get(q["gold_doc"])) for q in qs)
    print("documents: %d  formats: %s" % (len(docs), dict(sorted(fmts.items()))))
    print("document languages: %s" % dict(Counter(doc_lang.values())))
    print("questions: %d  by unit: %s" % (len(qs), dict(sorted(by_unit.items()))))
    print("question lang x document lang: %s" % {"%s-over-%s" % k: v for k, v in sorted(cross.items())})
    print("English over French documents: %.0f %%" % (100.0 * cross[("en", "fr")] / max(1, len(qs))))
    print("unanswerable: %d  by lang: %s" % (len(us), dict(Counter(u["lang"] for u in us))))
    for w in sorted(set(warnings)):
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print("FAIL" if errors else "OK")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

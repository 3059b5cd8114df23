# -*- coding: utf-8 -*-
"""Write ../README.md from content.py and the question files."""
import json
import os
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import DOCS  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

FEATURES = {
    "md": "ATX headings (#, ##, ###), list items ending in « ; », pipe table",
    "md_setext": "setext headings (title ===, sections ---), ATX ### subsections, pipe table",
    "txt_numbered": "title underlined ===, numbered headings « 1. » / « 2.1 », dash lists",
    "txt_underlined": "title in capitals, sections underlined ===, subsections underlined ---, « * » lists",
    "txt_caps": "sections in CAPITALS, subsections as bare short lines glued to their paragraph, « 1) » lists",
    "pdf_outline": "bold headings at 22/16/12.5 pt, PDF outline (bookmarks) and title metadata, tables, bullet lists, page footer",
    "pdf_plain": "no outline, empty title metadata; sections bold 14 pt in colour, subsections oblique 12 pt (not bold), tables",
    "docx": "Title style, Heading 1/2 styles, List Bullet / List Number styles, Table Grid tables, title in core properties",
    "html": "h1-h3, nav bar, aside and footer boilerplate",
}
FMT = {"md": "Markdown", "md_setext": "Markdown", "txt_numbered": "plain text", "txt_underlined": "plain text",
       "txt_caps": "plain text", "pdf_outline": "PDF", "pdf_plain": "PDF", "docx": "DOCX", "html": "HTML"}


def main():
    qs = [json.loads(l) for l in open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8")]
    un = [json.loads(l) for l in open(os.path.join(ROOT, "unanswerable.jsonl"), encoding="utf-8")]
    doclang = {d["file"]: d["lang"] for d in DOCS}
    L = []
    L.append("> **Held-out set: measure only.** Written blind on 2026-12-04 from DOMAIN.md, issue19.md and")
    L.append("> struct-format.md only, without reading the project's code, tests or other data sets. Do not")
    L.append("> tune anything on it.")
    L.append("")
    L.append("# Structure set « structure_heldout5 » (issue 19 benchmark)")
    L.append("")
    L.append("## Client")
    L.append("")
    L.append("**Éditions Tortue Rusée** (invented), a board-game publisher in Nantes. Its customer-ambassador")
    L.append("program is **les Éclaireurs** (« Scouts » for English-speaking members abroad): four levels")
    L.append("(Pion, Explorateur, Stratège, Grand Maître) on points counted over twelve rolling months; the")
    L.append("private Discord server is « le Terrier », the newsletter « La Carapace », the program manager")
    L.append("Maëlle Guérin. Contributions: reviews, written and video testimonials, demo game nights, festival")
    L.append("tables, shop referrals, ideas and prototype tests. The documents also carry a NOUS objectives")
    L.append("sheet with KPI tables and a JE workshop synthesis. All are written as visible to ambassadors.")
    L.append("")
    L.append("## Documents (`docs/`)")
    L.append("")
    L.append("| File | Format | Lang | Headings (levels) | Lists | Tables | Structure features |")
    L.append("|---|---|---|---|---|---|---|")
    for d in DOCS:
        hs = [b for b in d["blocks"] if b[0] == "h"]
        levels = sorted({b[1] for b in hs})
        nl = sum(1 for b in d["blocks"] if b[0] in ("ul", "ol"))
        nt = sum(1 for b in d["blocks"] if b[0] == "t")
        kinds = sorted({"bullet" if b[0] == "ul" else "numbered" for b in d["blocks"] if b[0] in ("ul", "ol")})
        nlead = sum(1 for b in d["blocks"] if b[0] in ("ul", "ol") and b[2] and b[2].rstrip().endswith(":"))
        feat = FEATURES[d["style"]] + "; %s lists (%d introduced by « : »)" % ("+".join(kinds), nlead)
        L.append("| `%s` | %s | %s | %d + title (%d levels) | %d | %d | %s |" % (
            d["file"], FMT[d["style"]], d["lang"], len(hs), len(levels) + 1, nl, nt, feat))
    fmt = Counter(FMT[d["style"]] for d in DOCS)
    L.append("")
    L.append("%d documents: %s; %d in French, %d in English." % (
        len(DOCS), ", ".join("%s %d" % kv for kv in sorted(fmt.items())),
        sum(1 for d in DOCS if d["lang"] == "fr"), sum(1 for d in DOCS if d["lang"] == "en")))
    L.append("")
    L.append("## Questions")
    L.append("")
    L.append("`questions.jsonl`: %d questions (`id, question, gold_doc, gold_section, unit, gold, lang`)." % len(qs))
    L.append("")
    units = Counter(q["unit"] for q in qs)
    cross = Counter((q["lang"], doclang[q["gold_doc"]]) for q in qs)
    L.append("| Unit | fr over fr docs | en over fr docs | fr over en docs | en over en docs | total |")
    L.append("|---|---|---|---|---|---|")
    for u in ("list", "table_row", "paragraph"):
        c = Counter((q["lang"], doclang[q["gold_doc"]]) for q in qs if q["unit"] == u)
        L.append("| %s | %d | %d | %d | %d | %d |" % (u, c[("fr", "fr")], c[("en", "fr")], c[("fr", "en")],
                                                     c[("en", "en")], units[u]))
    L.append("| **total** | %d | %d | %d | %d | %d |" % (cross[("fr", "fr")], cross[("en", "fr")], cross[("fr", "en")],
                                                         cross[("en", "en")], len(qs)))
    L.append("")
    L.append("English questions over French documents: %.1f %% of the set." % (100.0 * cross[("en", "fr")] / len(qs)))
    L.append("")
    L.append("Gold: list = introducing sentence without its « : » plus every item; table_row = header cells plus")
    L.append("the row's cells; paragraph = 2-3 verbatim fragments of 5-10 words (sentence starts). `gold_section`")
    L.append("is the heading path without the document title, headings exactly as they read (numbers and")
    L.append("capitals included). Wordings are chat-style: paraphrases, slang, abbreviations, a few typos, and")
    L.append("some questions sit close to a passage of another document (e.g. pause vs. demotion, two « raison")
    L.append("d'être » paragraphs, solicitation limits in the charter vs. the calendar, festival travel costs in")
    L.append("France vs. abroad).")
    L.append("")
    L.append("`unanswerable.jsonl`: %d questions (%s) on the same program whose answer is in no document" % (
        len(un), ", ".join("%s %d" % kv for kv in sorted(Counter(u["lang"] for u in un).items()))))
    L.append("(near misses: a phone number, a name, a price, a date, a count the documents never give).")
    L.append("")
    L.append("## Regenerate and check")
    L.append("")
    L.append("```")
    L.append("/work/main/.venv/bin/python gen/build_docs.py     # docs/ (deterministic)")
    L.append("/work/main/.venv/bin/python gen/questions.py      # questions.jsonl, unanswerable.jsonl")
    L.append("/work/main/.venv/bin/python gen/write_readme.py   # this README")
    L.append("/work/main/.venv/bin/python validate.py           # fragments, sections, ids, counts")
    L.append("```")
    L.append("")
    L.append("`gen/content.py` holds the whole text of the documents; gold fragments and sections are derived")
    L.append("from it and then checked by `validate.py` against the rendered files only.")
    open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(L) + "\n")
    print("wrote README.md")


if __name__ == "__main__":
    main()

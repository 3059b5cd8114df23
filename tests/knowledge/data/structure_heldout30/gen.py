"""Deterministic generator of the held-out set structure_heldout30 (standard library only).

Writes docs/ (12 documents), questions.jsonl, unanswerable.jsonl and README.md.
No randomness is used; running it twice gives byte-identical files.
"""
import json
import os
import random

from gen_docs import write_docs
import questions as QS

SET = "structure_heldout30"
ROOT = os.path.dirname(os.path.abspath(__file__))
random.seed(30)  # fixed seed (nothing random is drawn; kept for the convention)

DOCS_TABLE = [
    # file, format, lang, readership as written, intended readership, structure
    ("la-portee-n12-septembre-2026.txt", "txt", "fr",
     "« Diffusion : tous les Diapasons (version texte du mail envoyé le 8 septembre 2026) »", "all ambassadors",
     "plain-text version of the e-mail newsletter n°12: headings underlined with === / ---, a sub-heading, a list introduced by « la famille doit : », a numbered list, agenda lines, « Vos questions » (quoted question + answer), mail footer"),
    ("re-parrainage-points-liste-cercle.txt", "txt", "fr",
     "« Diffusion : liste cercle-diapason@maisonvibrato.fr (tous les Diapasons) »", "all ambassadors",
     "mail to the list: headers, headings as short unpunctuated lines directly followed by text, list introduced by « Envoyez-moi : », signature after « -- », quoted reply « > » and quote-in-quote « > > »"),
    ("interne-re-planning-sollicitations-t1-2027.txt", "txt", "fr",
     "« Document interne — équipe communauté Maison Vibrato. Ne pas transférer aux Diapasons ni sur la liste du Cercle. »",
     "staff only",
     "internal mail thread: three short-line headings, list of load figures, quoted replies « > » and « > > » holding a deadline and a list"),
    ("la-portee-archives-mai-aout-2026.md", "md", "fr",
     "« Diffusion : tous les Diapasons — archive publiée dans l'espace membres du Cercle Diapason »", "all ambassadors",
     "three issues (n°9–n°11) in one file: #, ## per issue, ### « Le mot de l'équipe », « À la une », « Agenda », « Vos questions » repeated in each issue; Markdown tables, lists, bold Q&A"),
    ("diapason-digest-archive-issues-4-6.md", "md", "en",
     "\"Audience: all Diapasons (English-language edition of the Cercle Diapason newsletter).\"", "all ambassadors",
     "three English issues in one file, repeated ### sections (A word from the team / In the spotlight / What's on / Your questions), table, lists"),
    ("vos-questions-compilation.md", "md", "fr",
     "« > Pour tous les Diapasons. Compilation tenue à jour par Manon Thiébaut — dernière mise à jour : 1er décembre 2026. » (line 3, after the title)",
     "all ambassadors",
     "FAQ compiled from « Vos questions »: ## themes, ### headings that are questions, lists, numbered steps followed by a paragraph"),
    ("la-portee-n14-novembre-2026.pdf", "pdf", "fr",
     "« Diffusion : tous les Diapasons — export PDF du mail du 10 novembre 2026 »", "all ambassadors",
     "newsletter exported to PDF, two columns of text (Helvetica 9.5, bold 11.5 headings, 18 title), bullet lists wrapped over lines, agenda lines wrapped, a Q&A whose answer continues at the top of column 2"),
    ("coulisses-n5-interne-novembre-2026.pdf", "pdf", "fr",
     "« Document interne — équipe communauté et responsables de boutique. Ne pas diffuser aux Diapasons. »", "staff only",
     "internal letter, one column: KPI table (one Tj per cell), bullet lists, numbered steps, to-do list"),
    ("lettre-du-cercle-decembre-2026.docx", "docx", "fr",
     "« Diffusion : tous les Diapasons. Lettre mensuelle envoyée par mail le 3 décembre 2026. »", "all ambassadors",
     "monthly letter: Title, Heading 1 / Heading 2 styles, table with header row, bullet lists introduced by a sentence, closing signature"),
    ("bienvenue-cercle-diapason.docx", "docx", "fr",
     "« Diffusion : nouveaux Diapasons (lettre remise avec la carte de membre), et tous les Diapasons qui veulent la relire. »",
     "all ambassadors",
     "welcome letter: Title, Heading 1, levels table (3 columns), numbered steps, bullet list, paragraphs"),
    ("la-portee-n13-octobre-2026.html", "html", "fr",
     "« Diffusion : tous les Diapasons du Cercle. Merci de ne pas transférer ce mail en dehors du Cercle. » (also in the hidden preheader)",
     "all ambassadors",
     "HTML e-mail: nested role=presentation layout tables (600 px, image + text cells), h1/h2, a real data table (thead/th) of points, list, agenda as <p>, Q&A, unsubscribe footer"),
    ("diapason-digest-issue-7.html", "html", "en",
     "\"For all Diapasons. English-language edition of La Portée n°14 — please don't forward outside the Cercle.\"",
     "all ambassadors",
     "HTML e-mail in English: nested layout tables, two sections side by side in one layout row, a real 2026-vs-2027 data table, lists, Q&A"),
]

README_HEAD = ("> **Held-out set: measure only.** Written blind on 2026-12-07 (stop 58) from DOMAIN.md, the issue and "
               "the format only, without reading the project's code, tests or other data sets. Do not tune anything on it.\n"
               ">\n\n")


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    write_docs(ROOT)
    rows = []
    for i, (doc, sec, unit, gold, lang, q, note) in enumerate(QS.Q, 1):
        rows.append({"id": "%s-%03d" % (SET, i), "question": q, "gold_doc": doc, "gold_section": sec,
                     "unit": unit, "gold": gold, "lang": lang, "note": note})
    write_jsonl(os.path.join(ROOT, "questions.jsonl"), rows)
    un = [{"id": "%s-u%02d" % (SET, i), "question": q, "lang": lang, "note": note}
          for i, (lang, q, note) in enumerate(QS.UNANSWERABLE, 1)]
    write_jsonl(os.path.join(ROOT, "unanswerable.jsonl"), un)

    n_en = sum(1 for r in rows if r["lang"] == "en")
    units = {}
    for r in rows:
        units[r["unit"]] = units.get(r["unit"], 0) + 1
    per_doc = {}
    for r in rows:
        per_doc[r["gold_doc"]] = per_doc.get(r["gold_doc"], 0) + 1

    lines = [README_HEAD]
    lines.append("# %s: Maison Vibrato (musical instrument shops), newsletters and mail-like documents\n\n" % SET)
    lines.append(
        "**Client.** Maison Vibrato, a fictitious chain of musical-instrument shops (sale, rental of student "
        "instruments, repair workshop; shops in Lyon Croix-Rousse, Nantes, Bordeaux, Lille, Rennes, Montpellier, "
        "Strasbourg, Grenoble, Bruxelles, Genève). Sector: musical-instrument retail. Program: **Cercle Diapason**; "
        "ambassadors are called **Diapasons**. Levels: **Croche** (0 pt), **Noire** (150), **Blanche** (500), "
        "**Ronde** (1 200). Newsletters: **La Portée** (French, numbered « n°9 » … « n°14 »), **The Diapason Digest** "
        "(English edition), internal letter **Coulisses**, monthly **La Lettre du Cercle**.\n\n"
        "Names a measurer should declare (company, program, ambassador names, people): company `Maison Vibrato` "
        "(also « Vibrato » in shop names); program `Cercle Diapason` (« le Cercle »); ambassadors `Diapason` / "
        "`Diapasons`; levels `Croche`, `Noire`, `Blanche`, `Ronde`; newsletters `La Portée`, `The Diapason Digest`, "
        "`Coulisses`, `La Lettre du Cercle`; products `Sirocco` (ukulele), series `Tilleul`, `Noyer`; event "
        "`Café des Diapasons`, trade fair `Musicora`. Staff: Manon Thiébaut (program manager), Yanis Ferrand, "
        "Claire Vasseur, Hélène Casanova (director), Mathis (head luthier). Ambassadors: Théo Carrère, Solène "
        "Marchetti, Karim Belhadj (« Karim »), Bastien Le Goff, Inès, Agathe, Odile Fournier, Pierre-Yves Lemaire, "
        "Liam. Note: the level names are ordinary French words (croche, noire, blanche, ronde are note values) "
        "and « Diapason » is also a common noun — a lexicon or stemmer should not treat them as stop words or "
        "translate them.\n\n")
    lines.append(
        "**Flavour.** Newsletters and mail-like documents: HTML e-mail newsletters laid out with nested layout "
        "tables around real content (editorial « Le mot de l'équipe », « À la une », « Agenda », a real data "
        "table of points, « Vos questions »); a newsletter exported to PDF in two columns; a plain-text version "
        "of a newsletter with underlined headings; mails with quoted replies (« > », « > > ») and signatures; "
        "a DOCX monthly letter and a DOCX welcome letter; Markdown archives holding several numbered issues in "
        "one file, so the same section names (« Agenda », « Vos questions », « What's on ») repeat and only the "
        "issue heading tells them apart. The same facts sometimes appear in the French and the English edition "
        "(La Portée n°14 and Digest issue 7), as in real newsletters; gold points to one of them and the `note` "
        "says « aussi dans … » when the other one answers too. Questions are typed as in a chat (lower case, "
        "no accents, « c » for « c'est », « pts », one deliberate typo « pionts »).\n\n")
    lines.append("## Files\n\n")
    lines.append("- `docs/`: the 12 documents (3 .txt, 3 .md, 2 .pdf, 2 .docx, 2 .html; 10 French, 2 English; "
                 "10 for all ambassadors, 2 staff only).\n")
    lines.append("- `questions.jsonl`: %d questions (%d French, %d English), units: %s.\n"
                 % (len(rows), len(rows) - n_en, n_en,
                    ", ".join("%s %d" % (k, units[k]) for k in sorted(units))))
    lines.append("- `unanswerable.jsonl`: %d questions on the same topics that the documents do not answer.\n" % len(un))
    lines.append("- `gen.py` (with `gen_docs.py`, `writers.py`, `content_text.py`, `content_html.py`, "
                 "`content_blocks.py`, `questions.py`): writes everything deterministically; the PDFs are "
                 "hand-written PDF 1.4 (uncompressed streams, BT/Tf/Td/Tj, Helvetica / Helvetica-Bold with "
                 "WinAnsiEncoding, headings larger and bold), the DOCX are written with zipfile (Title, "
                 "Heading 1/2, List Paragraph with numbering, tables with a header row, core title).\n")
    lines.append("- `validate.py`: checks the format rules and prints `OK`.\n\n")
    lines.append("## Documents\n\n")
    lines.append("| file | format | lang | readership line(s) as written | intended readership | structure | questions |\n")
    lines.append("|---|---|---|---|---|---|---|\n")
    for f, fmt, lang, rl, who, st in DOCS_TABLE:
        lines.append("| `%s` | %s | %s | %s | %s | %s | %d |\n" % (f, fmt, lang, rl.replace("|", "\\|"), who, st,
                                                                   per_doc.get(f, 0)))
    lines.append("\n## Question files\n\n")
    lines.append(
        "`questions.jsonl`: one object per line: `id` (`%s-001`…), `question` (as typed), `gold_doc` (file "
        "name in `docs/`), `gold_section` (heading path, parts joined by « › », each part exactly a heading "
        "text of that document: HTML h1/h2, Markdown #-headings, DOCX Title/Heading paragraphs, PDF bold "
        "lines set larger than the body, and for plain text the underlined lines or the short unpunctuated "
        "lines directly followed by text; the plain-text paths start below the newsletter's title line), "
        "`unit` (list | table_row | paragraph | sentence | step), `gold` (1–3 snippets copied exactly; each "
        "lies on one line: one PDF Tj string, one text line, one DOCX paragraph or table cell, one HTML "
        "source line once tags are removed; Markdown table rows are given as the raw `| … |` line), `lang`, "
        "`note`.\n\n" % SET)
    n_staff = sum(1 for r in rows if r["gold_doc"].startswith(("interne-", "coulisses-")))
    quoted = ", ".join("`%s`" % r["id"] for r in rows if "citation" in r["note"] and r["gold_doc"].startswith("interne-"))
    cross = ", ".join("`%s`" % r["id"] for r in rows if "colonne 2" in r["note"])
    lines.append(
        "Notes for the measurer:\n\n"
        "- %d questions target the two staff-only documents (`interne-…txt`, `coulisses-…pdf`); they are "
        "written as staff would ask. A measurer who checks readership should ask them as staff: an "
        "ambassador asking them must not be shown those passages (fail closed).\n" % n_staff +
        "- Two questions on the internal mail (%s) are" % quoted + " answered inside the quoted replies "
        "(« > », « > > ») that come after the mail's last heading; their `gold_section` is that last "
        "heading (« Le cas Odile »), by reading order. Score them on document + snippet.\n"
        "- In the two-column PDF, list items and agenda lines wrap over two Tj strings; where the unit spans "
        "two lines, two snippets are given (one per line). One answer (%s) starts" % cross + " at the bottom of "
        "column 1 and continues at the top of column 2.\n"
        "- Several « Vos questions » answers are paragraphs right after a bold or quoted question line that "
        "is not a heading.\n"
        "- Unanswerable questions (`%s-u01`…) reuse the documents' words (Sirocco, journée lutherie, bons "
        "d'achat, pause, NPS…) but the documents do not hold the answer; `note` says what is close.\n" % SET)
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(lines))


if __name__ == "__main__":
    main()

# -*- coding: utf-8 -*-
"""Writes docs/, questions.jsonl and unanswerable.jsonl deterministically (no randomness used)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import content_text as T, content_blocks as B, render as R
from questions_src import Q, U

SET = "structure_dev15"
HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.join(HERE, "docs")
os.makedirs(D, exist_ok=True)

def wtext(name, s):
    with open(os.path.join(D, name), "w", encoding="utf-8", newline="\n") as f:
        f.write(s)

wtext("lettre-revelateurs-12.html", R.render_html(B.LETTRE_12_HTML, "fr", "La Lettre des Révélateurs n°12"))
wtext("darkroom-dispatch-07.html", R.render_html(B.DISPATCH_07_HTML, "en", "The Darkroom Dispatch, issue 7"))
with open(os.path.join(D, "lettre-revelateurs-13.pdf"), "wb") as f:
    f.write(R.render_pdf(B.LETTRE_13_PDF, "La Lettre des Révélateurs — n°13", 2))
with open(os.path.join(D, "bulletin-equipe-novembre-2026.pdf"), "wb") as f:
    f.write(R.render_pdf(B.BULLETIN_PDF, "Le Bulletin de l'équipe Cercle — novembre 2026", 1))
R.write_docx(os.path.join(D, "lettre-du-mois-octobre-2026.docx"), R.render_docx(B.LETTRE_OCTOBRE_DOCX, "La lettre du mois — octobre 2026", "Solène Marchetti"))
R.write_docx(os.path.join(D, "courrier-bienvenue-cercle.docx"), R.render_docx(B.BIENVENUE_DOCX, "Bienvenue dans le Cercle Révélateur", "Solène Marchetti"))
wtext("lettre-revelateurs-11-texte.txt", T.INFOLETTRE_N11)
wtext("fil-salon-photo-days.txt", T.FIL_SALON)
wtext("welcome-mail-en.txt", T.WELCOME_EN)
wtext("archives-lettres-2026.md", T.ARCHIVES_MD)
wtext("vos-questions-recueil.md", T.FAQ_MD)
wtext("lettre-speciale-2027.md", T.SPECIALE_2027_MD)

with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
    for i, (doc, sec, unit, gold, lang, q, note) in enumerate(Q, 1):
        f.write(json.dumps({"id": "%s-%03d" % (SET, i), "question": q, "gold_doc": doc, "gold_section": sec,
                            "unit": unit, "gold": gold, "lang": lang, "note": note}, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "unanswerable.jsonl"), "w", encoding="utf-8") as f:
    for i, (q, lang, note) in enumerate(U, 1):
        f.write(json.dumps({"id": "%s-u%02d" % (SET, i), "question": q, "lang": lang, "note": note}, ensure_ascii=False) + "\n")
print("wrote %d documents, %d questions, %d unanswerable" % (len(os.listdir(D)), len(Q), len(U)))

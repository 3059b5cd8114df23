README = """> **Held-out set: measure only.** Written blind on 2026-12-07 (stop 61) from DOMAIN.md, the issue and the format only, without reading the project's code, tests or other data sets. Do not tune anything on it.
>

# structure_heldout33 — guides and procedures of the Cercle des Tisons (Ouatéo)

Client: **Ouatéo** is a fictitious French network of home-insulation (cellulose wadding, wood fibre) and heat-pump installers, organised in local agencies. Its ambassador program, the **Cercle des Tisons**, gathers customers whose installation was finished at least six months ago; the ambassadors are the **Tisons** (one **Tison**), with three levels (Étincelle, Braise, Foyer). Contributions: referrals, written and video testimonials, « Maison témoin » home visits, online reviews, forum answers on Rénov'Entraide, improvement ideas and co-creation panels. The staff is the « équipe animation du Cercle ».
Names a measurer should declare: --client-name "Ouatéo" --client-name "Cercle des Tisons" --client-name "Cercle" --ambassador-name Tisons --ambassador-name Tison

Flavour: guides and procedures. Numbered steps with sub-steps (1., 2.1, a), b)), checklists with boxes, conditional branches (« si … sinon … », "if … otherwise …") inside steps, notes, warnings and tips set between steps, deep numbered headings (1, 1.2, 2.2.1) and appendices, cross-references (« voir 2.3 », « voir 3.1 »), a procedure whose sub-steps continue over a PDF page break (with a running header on the next page), and step names repeated across procedures (« Étape 2 : valider » in four French procedures, "Step 2: validate" in both English guides; « Étape 1 » twice in one document). Plain-text files use numbered headings (one also underlines them) and sub-steps numbered like headings (« 2.1 Si … ») but indented. Many questions ask for one step or one checklist; several ask what to do in a given branch.

## Files

- `gen.py` — writes everything below (standard library only; document sources in `docs_src.py`, questions in `questions_src.py`, this text in `readme_src.py`).
- `validate.py` — re-reads the generated files (its own TXT/MD/HTML/DOCX/PDF readers) and checks every constraint of the format; prints `OK`.
- `docs/` — the 12 documents.
- `questions.jsonl`, `unanswerable.jsonl`.

## Documents

| File | Format | Language | Audience | What it holds |
|---|---|---|---|---|
| `guide-recommandation.txt` | txt | fr | all Tisons | referring a relative: checklist, 3-step procedure with branches, points table |
| `faq-tisons.txt` | txt | fr | all Tisons | FAQ with question headings: joining, solicitations, login, breakdowns, travel costs |
| `idees-et-cocreation.txt` | txt | fr | all Tisons | improvement ideas (checklist, steps) and co-creation panels |
| `guide-temoignage.md` | md | fr | all Tisons | written and video testimonial procedures, review checklist (2.2.1), appendix |
| `points-et-paliers.md` | md | fr | all Tisons | points table with caps, levels and their benefits, conversion, worked example |
| `getting-started.md` | md | en | all Tisons | first week steps, preferences, contacts table, glossary |
| `procedure-maison-temoin.pdf` | pdf | fr | all Tisons | hosting a home visit; the visit-day procedure continues over the page break; appendices |
| `procedure-interne-validation.pdf` | pdf | fr | staff only | validating contributions, target delays table, special cases, message templates |
| `charte-cercle-des-tisons.docx` | docx | fr | all Tisons | charter: mutual commitments, data, leaving procedure, pause, breaches |
| `guide-cm-sollicitations.docx` | docx | fr | staff only | planning solicitations: load rules, 3-step procedure, health indicators table |
| `guide-avis-en-ligne.html` | html | fr | all Tisons | online reviews: platforms table, steps, note, what not to do |
| `forum-helping-guide.html` | html | en | all Tisons | answering on the forum, checklist, moderation, mentors |

## Question files

- `questions.jsonl` — 90 questions (75 fr, 15 en; 15 answered only by the two staff documents); 37 `step`, units also `list`, `table_row`, `sentence`, `paragraph`. Cross-language questions go both ways (EN over FR documents, FR over the EN guides); one has a typo (« pionts »). `gold_section` is the heading path without the document title; every `gold` snippet sits on one line of its document.
- `unanswerable.jsonl` — 20 questions (16 fr, 4 en) in the program's field that no document answers.
"""

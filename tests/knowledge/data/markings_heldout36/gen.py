#!/usr/bin/env python3
"""Rebuild cases.jsonl, names.json and README.md from source_cases.py (deterministic)."""
import json
import os
import random

from source_cases import CASES, ORGS, EXTRA_AMBASSADOR_NAMES, EXTRA_CLIENT_NAMES

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 36

FIRST_LINE = ("> **Held-out set: measure only.** Written blind on 2026-12-06 (stop 52) from DOMAIN.md, "
              "the issue and the format only, without reading the project's code, tests or other data "
              "sets. Do not tune anything on it.")

THEME_TITLES = [
    ("embargo", "Embargoes: an embargo still running makes the document not yet public (internal), "
                "unless it is also confidential to leadership (confidential); an embargo said to be "
                "lifted leaves the current readership"),
    ("change", "Status changes: the current status decides, old marks (struck through, "
               "'anciennement', 'previously') do not"),
    ("draft", "Drafts and versions: « Brouillon — ne pas diffuser » is internal; « Version finale — "
              "diffusion : … » is read by its audience"),
    ("conflict", "Two marks that conflict: the strictest wins, wherever it stands in the head"),
    ("table", "Marks inside a properties table (Diffusion / Audience / Public visé / Classification rows)"),
    ("placement", "Marks after a long first sentence or at the very end of the head"),
    ("bilingual", "Bilingual heads with one mark per language (if the two disagree, the strictest wins)"),
    ("validity", "Marks with a validity: a restriction 'until the end of the fair / trial' still applies; "
                 "a validity that is the offer's or the version's does not change the audience"),
    ("plain", "'Confidentiel' addressed to a staff team (internal), and unmarked sensitive notes (none)"),
    ("trap-version", "`none` traps: version tables and update dates with no audience"),
    ("trap-date", "`none` traps: event dates that look like embargo dates"),
    ("trap-broadcast", "`none` traps: « diffusion » meaning the broadcast of a video or TV report"),
    ("trap-privacy", "`none` traps: privacy notices about the respondent's own answers"),
    ("trap-word", "`none` traps: public / internal / embargo / confidences used as topics"),
    ("trap-status", "`none` traps: status changes about something else (an order, skis, a member's tier, classes)"),
    ("trap-validity", "`none` traps: validity of a card, pass, yeast or certificate"),
]


def build():
    cases = []
    for org in ORGS:
        p = org["prefix"]
        items = list(CASES[p])
        rng = random.Random(f"{SEED}-{p}")
        rng.shuffle(items)
        for i, (level, lang, theme, head, note) in enumerate(items, 1):
            cases.append({"id": f"{p}-{i:02d}", "head": head, "level": level, "lang": lang,
                          "note": note, "_theme": theme})
    return cases


def names():
    amb = []
    for org in ORGS:
        amb.append(org["program"])
        amb.extend(org["ambassadors"])
    amb.extend(EXTRA_AMBASSADOR_NAMES)
    cli = [org["client"] for org in ORGS] + list(EXTRA_CLIENT_NAMES)
    dedup = lambda xs: list(dict.fromkeys(xs))
    return {"ambassadors": dedup(amb), "clients": dedup(cli)}


def readme(cases):
    n = {lv: sum(1 for c in cases if c["level"] == lv) for lv in ("public", "internal", "confidential", "none")}
    fr = sum(1 for c in cases if c["lang"] == "fr")
    en = sum(1 for c in cases if c["lang"] == "en")
    out = [FIRST_LINE, "",
           "# Held-out markings set 36: time, change and placement of readership marks", "",
           "Tests item 1 of issue 13 (readership marks read as people write them, fail closed). "
           "Every head is 1 to 6 lines as extracted from a client document; the label is the readership "
           "a careful human would give it. This set concentrates on marks that involve **time** "
           "(embargoes, validities, \"until the end of the fair\"), **change** (\"anciennement "
           "confidentiel — désormais…\", \"previously public, now internal\", drafts and final "
           "versions, two conflicting marks) and **placement** (properties tables, after a long first "
           "sentence, at the end of the head, one mark per language in a bilingual head), with `none` "
           "traps built from the same material (version tables, event dates, « diffusion » of a video, "
           "status rows about something else).", "",
           "Rules used for the labels (from the format, applied to time and change):",
           "- the **current** status decides; a future opening (\"puis diffusion à toutes les…\") does not make a document public now;",
           "- an embargo still running → `internal` (→ `confidential` if the head is also confidential to leadership); an embargo said to be lifted → the stated audience;",
           "- two marks in one head → the strictest wins;",
           "- a draft \"ne pas diffuser / do not distribute\" → `internal`; \"Version finale — diffusion : tous les …\" → `public`.", "",
           "## Counts", "",
           f"- {len(cases)} cases: 5 organisations × 30; per organisation 8 public, 8 internal, 6 confidential, 8 none.",
           f"- Levels: public {n['public']}, internal {n['internal']}, confidential {n['confidential']}, none {n['none']}.",
           f"- Languages: {fr} French, {en} English (PWP is English-first: 26 English, 4 French).",
           "- Files: `cases.jsonl` (id, head, level, lang, note), `names.json`; `gen.py` rebuilds both and this README from `source_cases.py`; `validate.py` prints `OK`.", "",
           "## Organisations", "",
           "| Prefix | Client (sector) | Program | Ambassadors are called (ALL ambassadors) | Subgroups (→ internal) |",
           "|---|---|---|---|---|"]
    for org in ORGS:
        out.append(f"| {org['prefix']} | {org['client']} ({org['sector']}) | {org['program']} | "
                   f"{'; '.join(org['ambassadors'])} | {org['subgroups']} |")
    out += ["", "## Leadership (→ confidential when marked confidential)", ""]
    for org in ORGS:
        out.append(f"- **{org['prefix']}** ({org['client']}): {org['leadership']}.")
    out += ["", "## Notes on labels", "",
            "Grouped by what makes each case hard; every case's own reason is in its `note`.", ""]
    for theme, title in THEME_TITLES:
        sel = [c for c in cases if c["_theme"] == theme]
        if not sel:
            continue
        out.append(f"### {title}")
        out.append("")
        for c in sel:
            out.append(f"- {c['id']} → `{c['level']}`: {c['note']}.")
        out.append("")
    out += ["### Names that look restrictive but mean every ambassador", "",
            "- PawPilot calls ALL its ambassadors *Insiders* and *the Pack*: \"all Insiders\" / \"the whole "
            "Pack\" is `public`, while \"Alpha-tier Insiders only\" is `internal`.",
            "- A station, gym or city named as the place of an event (\"Dublin meet-up\", \"Tignes — 17 Jan\") "
            "is not a readership; a readership naming one place's ambassadors (\"Cordées de Lyon-Gerland\", "
            "\"Sillonneurs Occitanie\") is `internal`.", ""]
    return "\n".join(out)


def main():
    cases = build()
    with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8") as f:
        for c in cases:
            rec = {k: c[k] for k in ("id", "head", "level", "lang", "note")}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "names.json"), "w", encoding="utf-8") as f:
        json.dump(names(), f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(cases))
    print(f"wrote {len(cases)} cases")


if __name__ == "__main__":
    main()

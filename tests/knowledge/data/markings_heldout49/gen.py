#!/usr/bin/env python3
"""Deterministic generator for the markings_heldout49 blind set (stdlib only).
Usage: python3 gen.py [OUTDIR]   (default: this script's folder)"""
import hashlib
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cases_data import CLIENTS  # noqa: E402

DATE = "2026-12-07"
SET = "markings_heldout49"

AMBASSADORS = [
    "ambassadeurs", "ambassadeur", "ambassadrices", "ambassadrice",
    "ambassadors", "ambassador",
    "Traceurs", "Traceur", "Traceuses", "Traceuse",
    "Bulleurs", "Bulleur", "Bulleuses", "Bulleuse",
    "Complices", "Complice",
    "Cargonautes", "Cargonaute",
    "Arpenteurs", "Arpenteur", "Arpenteuses", "Arpenteuse",
]
CLIENT_NAMES = [
    "Neigeloc", "Club Traceurs",
    "Ferment Vif", "Cercle des Bulleurs",
    "Patte Blanche Vétérinaires", "Patte Blanche", "Programme Complices",
    "Bicharge", "Programme Cargonautes",
    "Musées des Quatre Vallées", "Arpenteurs des Quatre Vallées",
]


def ordered(prefix, cases):
    # fixed, content-based order so that labels are not grouped in blocks
    return sorted(cases, key=lambda c: hashlib.sha256((prefix + c[2]).encode("utf-8")).hexdigest())


def build_cases():
    rows = []
    for prefix, cases in CLIENTS:
        for n, (level, lang, head, note) in enumerate(ordered(prefix, cases), 1):
            rows.append({"id": f"{prefix}-{n:02d}", "head": head, "level": level, "lang": lang, "note": note})
    return rows


README = """> **Held-out set: measure only.** Written blind on {date} (stop 59) from DOMAIN.md, the issue and the format only, without reading the project's code, tests or other data sets. Do not tune anything on it.
>

# {set}: audiences beyond the ambassador program, and bilingual heads

**Flavour.** Heads of documents whose readership names groups other than "all ambassadors" or "staff": partners, resellers, franchisees, distributors, press and journalists, customers and the general public, candidates to the program, former ambassadors (alumni), volunteers, employees' families, a sister company, a supplier; heads meant for several of these at once ("ambassadeurs et revendeurs"); and bilingual heads (French and English side by side or one after the other) where the two languages sometimes state the same readership and sometimes differ (then the strictest wins). Honest traps use "partenaire", "presse", "client", "franchise", "distributeur", "public", "usage interne", "confidentiel", "secret", "réservé", "diffusion" about something else.

{total} heads: 5 clients × 30 (per client {per_client}); {fr} in French and {en} in English; {bi} heads are bilingual (labelled with the language they open with). Files: `cases.jsonl`, `names.json`; `gen.py` writes them (case data in `cases_data.py`), `validate.py` checks them and prints `OK`.

| Prefix | Client (sector) | Program | Ambassadors are called (ALL ambassadors) | Subgroups (→ internal) |
|---|---|---|---|---|
| NGL | Neigeloc (ski-rental chain, 14 agencies in the Savoie and Haute-Savoie resorts) | Club Traceurs | Traceurs, Traceuses, ambassadeurs Neigeloc | Traceurs Hors-Piste (top tier); non-ambassador audiences: loueurs partenaires, revendeurs du forfait, franchisés, candidats, anciens Traceurs, familles des salariés, journalists under embargo |
| FVK | Ferment Vif (kombucha brewery, Drôme) | Cercle des Bulleurs | Bulleurs, Bulleuses, ambassadrices et ambassadeurs | panel dégustation; non-ambassador audiences: distributeurs et grossistes, resellers, candidats (vague de mars), event volunteers, former Bulleurs, Ferment Vif Belgique (sister company), accredited journalists |
| PBV | Patte Blanche Vétérinaires (network of 12 veterinary clinics, Auvergne) | Programme Complices | Complices, ambassadrices et ambassadeurs | Complices référents; non-ambassador audiences: éleveurs partenaires, refuges partenaires (alone), candidates, anciens Complices, familles des salariés, Vétolab (supplier lab), Patte Blanche Équine (sister company), invited journalists |
| BCH | Bicharge (cargo-bike maker, Nantes/Rezé) | Programme Cargonautes | Cargonautes (feminine and masculine alike) | testeurs du prototype K4; non-ambassador audiences: magasins revendeurs, distributors (Belgium, Switzerland), revendeurs pilotes, candidats, anciens Cargonautes, Atelier Soudure Loire (supplier), employees' families |
| MQV | Musées des Quatre Vallées (network of 7 regional museums) | Arpenteurs des Quatre Vallées | Arpenteurs, Arpenteuses, ambassadeurs du réseau | Arpenteurs conteurs; non-ambassador audiences: bénévoles d'accueil, candidats retenus, anciens Arpenteurs, musées partenaires / registrars, Musées Rhône-Sud (sister network), prestataire de médiation, accredited journalists |

## Leadership

| Client | Staff (readership → internal) | Management (readership → confidential) |
|---|---|---|
| Neigeloc | Solène Barral (community manager), personnel des agences | Pierre-Yves Cattin (DG), comité de direction, direction financière, service juridique, conseil d'administration |
| Ferment Vif | Inès Roumégoux (community manager), salariés | Mathis Vennet and Clara Vennet (co-founders), legal counsel, conseil d'administration |
| Patte Blanche | Maëlle Torrès (community manager), ASV (veterinary assistants), assistantes des cliniques | Dr Hervé Lacombe (director), board of directors, direction des achats, service juridique |
| Bicharge | Jules Andrieux (community manager), équipe logistique, bureau d'études | Morgane Le Gall (CEO), CFO, comité de direction, direction et service juridique |
| Musées des Quatre Vallées | Bérénice Fauvel (chargée des publics, community manager), équipe des publics, registrars | Catherine Oudot (network director), board of trustees, direction du réseau, conservation et direction, responsables sûreté nommés |

A head addressed to a named person (To:/À : a name) is `confidential` in this set; every one of these is also marked confidential.

## Notes on labels

1. **All ambassadors plus another group → `public`.** "Tous les Traceurs et les hébergeurs partenaires", "ambassadeurs et revendeurs", "all Cargonautes and partner bike shops": the ambassadors' part is enough. The other group does not lower the level.
2. **Customers, visitors, the general public → `public`.** A customer-facing page ("page client", "site web", "public page"), a waiting-room poster "tout public", a press release "diffusion libre" / "for immediate release" / "libre de droits". Resellers plus the general public ("cavistes, épiceries et grand public, diffusion libre") is public too.
3. **A group other than all ambassadors, alone → `internal`.** Partners, resellers, franchisees, distributors, partner breeders or schools, candidates to the program, alumni (former ambassadors), volunteers, employees' families, a sister company's staff, a supplier or subcontractor (a company, not a named person, with no confidential mark). None of them is "all ambassadors", and failing closed, none is public.
4. **A subgroup of ambassadors plus an outside group → `internal`** (e.g. "Traceurs Hors-Piste et guides partenaires", "testeurs du prototype et revendeurs pilotes").
5. **Press under embargo → `internal`** ("sous embargo jusqu'au…", "embargoed until…", "journalistes accrédités"): journalists only and not yet in force. The embargo date is never compared with today: an embargo always reads as not in force.
6. **Confidential marks win over any audience.** "Tous les revendeurs — CONFIDENTIEL", "Secret — ne pas diffuser avant validation du conseil", "secret de fabrication", legal documents, management, board, CEO/CFO, named people → `confidential`. A future audience announced in a secret document does not count.
7. **Bilingual heads: the strictest statement wins.** When both languages say the same thing the level is that one; when they differ (e.g. "For all ambassadors — Usage interne : personnel des agences"), the stricter one is the label (confidential > internal > public). `lang` is the language the head opens with.
8. **Traps → `none`**: a head with no readership statement, where a marking-like word is about something else: "franchise" (insurance excess), "distributeurs automatiques" (vending machines), "presse" (a fruit press, a hydraulic press), "revue de presse" (press clippings), "partenaires" describing suppliers, shelters or brands, "client" in a procedure or a patient record title ("fiche client"), "tarif tout public" / "jeune public" (price categories), "jardin public", "diffusion du film" (a screening), "tirage confidentiel" (a small edition), "un projet très confidentiel ?" / "un lieu secret ?" (rhetorical titles), "médicament … usage interne" (route of administration), "parasites internes", "stationnement réservé", "access restricted" (slopes), "secret professionnel" (the topic).
9. A price table with a "Tarif Traceurs" column names the ambassadors but states no readership → `none`.
10. "Saison jeune public" in a heading is a theme, not a readership; the readership line above it decides (MQV, all ambassadors, volunteers and cultural partners → public).

## Names a measurer must declare

`names.json` lists every name by which all of a program's ambassadors are called (with generic French/English forms) and the companies' and programs' own names. Subgroup and outside-group names are not in it.
"""


def write(outdir):
    os.makedirs(outdir, exist_ok=True)
    rows = build_cases()
    with open(os.path.join(outdir, "cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "names.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps({"ambassadors": AMBASSADORS, "clients": CLIENT_NAMES}, ensure_ascii=False, indent=2) + "\n")
    fr = sum(r["lang"] == "fr" for r in rows)
    en = sum(r["lang"] == "en" for r in rows)
    bi = sum(" / " in r["head"].split("\n")[0] for r in rows)
    text = README.format(date=DATE, set=SET, total=len(rows), fr=fr, en=en, bi=bi,
                         per_client="8 public, 8 internal, 6 confidential, 8 none")
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


if __name__ == "__main__":
    write(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))

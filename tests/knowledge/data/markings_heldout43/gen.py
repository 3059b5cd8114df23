#!/usr/bin/env python3
"""Build cases.jsonl and names.json for the markings_heldout43 set (deterministic)."""
import json
import os
import random

from gen_cases_a import ROU, COR, FZA
from gen_cases_b import FDR, ACC

HERE = os.path.dirname(os.path.abspath(__file__))
CLIENTS = [("ROU", ROU), ("COR", COR), ("FZA", FZA), ("FDR", FDR), ("ACC", ACC)]

NAMES = {
    "ambassadors": [
        "ambassadeur", "ambassadeurs", "Ambassadeur", "Ambassadeurs", "AMBASSADEURS",
        "ambassadrice", "ambassadrices", "Ambassadrice", "Ambassadrices",
        "ambassador", "ambassadors", "Ambassador", "Ambassadors",
        # ROU
        "Driver", "Drivers", "driver", "drivers", "DRIVERS", "Rouléo Drivers", "Rouleo Drivers",
        "Driver Plus", "Driver Elite", "Drivers Elite", "Elite Drivers",
        # COR
        "Passeur", "Passeurs", "passeur", "passeurs", "Passeuse", "Passeuses", "passeuse", "passeuses",
        "Passeurs de la Corderie", "Passeur Ami", "Passeur Mécène", "Passeur Mecene", "Passeurs Mécènes",
        # FZA
        "Crew", "crew", "Forza Crew", "Crew member", "Crew members", "membre du Crew", "membres du Crew",
        "membres Crew", "Crew Silver", "Crew Gold", "Crew Black",
        # FDR
        "Gourmet", "Gourmets", "gourmet", "gourmets", "Gourmets du Fournil", "Fin Gourmet", "Grand Gourmet",
        "Grands Gourmets", "Grand Gourmets",
        # ACC
        "Complice", "Complices", "complice", "complices", "Complices d'Accords", "Les Complices d'Accords",
        "Complices Croche", "Complices Noire", "Complices Blanche",
    ],
    "clients": [
        "Rouléo", "Rouleo", "ROULÉO", "Club Rouléo",
        "Musée de la Corderie", "la Corderie", "Corderie", "Les Passeurs de la Corderie",
        "Forza Club", "Forza", "Forza Crew",
        "Fournil Doré", "Fournil Dore", "le Fournil", "Les Gourmets du Fournil",
        "Accords & Cie", "Accords et Cie", "Accords", "Les Complices d'Accords",
    ],
}


def main():
    rows = []
    for prefix, cases in CLIENTS:
        order = list(range(len(cases)))
        random.Random("markings_heldout43-" + prefix).shuffle(order)
        for n, k in enumerate(order, 1):
            level, lang, head, note = cases[k]
            rows.append({"id": f"{prefix}-{n:02d}", "head": head.strip("\n"), "level": level,
                         "lang": lang, "note": note})
    with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "names.json"), "w", encoding="utf-8") as f:
        json.dump(NAMES, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {len(rows)} cases")


if __name__ == "__main__":
    main()

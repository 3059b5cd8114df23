"""Build cases.jsonl and names.json for markings_heldout44 (deterministic, stdlib only)."""
import json
import os
import random

import gen_erb
import gen_cho
import gen_ski
import gen_lux
import gen_car

HERE = os.path.dirname(os.path.abspath(__file__))

CLIENTS = [
    ("ERB", gen_erb.CASES),
    ("CHO", gen_cho.CASES),
    ("SKI", gen_ski.CASES),
    ("LUX", gen_lux.CASES),
    ("CAR", gen_car.CASES),
]

NAMES = {
    "ambassadors": [
        # ERB: Coopérative des Érablières du Haut-Saint-François
        "Gardiens de l'Érable", "Gardien de l'Érable", "Gardiennes de l'Érable", "Gardienne de l'Érable",
        "Gardiens de l'érable", "Gardiens de l'Erable", "Gardiens de l’Érable",
        "Gardiens", "Gardien", "Gardiennes", "Gardienne", "gardiens", "gardiennes",
        "Maple Keepers", "Maple Keeper", "maple keepers", "Keepers", "Keeper", "keepers",
        # CHO: Chocolaterie Van Roost
        "Cacaophiles", "Cacaophile", "cacaophiles", "cacaophile", "CACAOPHILES",
        # SKI: École de glisse Montfleuri
        "Chamois", "chamois", "CHAMOIS", "Chamois du Club", "membres du Club des Chamois",
        # LUX: Boulangerie-Pâtisserie Kieffer
        "Mitrons d'honneur", "Mitron d'honneur", "Mitronnes d'honneur", "Mitronne d'honneur",
        "Mitrons d’honneur", "Mitrons", "Mitron", "Mitronnes", "Mitronne", "mitrons",
        "Honorary Bakers", "Honorary Baker", "honorary bakers",
        # CAR: Teranga Horizons Voyages
        "Griots du Voyage", "Griot du Voyage", "Griots du voyage", "Griots", "Griot", "griots",
        # generic
        "ambassadeur", "ambassadeurs", "ambassadrice", "ambassadrices",
        "Ambassadeur", "Ambassadeurs", "Ambassadrice", "Ambassadrices",
        "ambassador", "ambassadors", "Ambassador", "Ambassadors",
    ],
    "clients": [
        "Coopérative des Érablières du Haut-Saint-François", "Cooperative des Erablieres du Haut-Saint-Francois",
        "Érablières HSF", "Erablieres HSF", "la Coopérative", "Gardiens de l'Érable", "Maple Keepers",
        "Chocolaterie Van Roost", "Van Roost", "Cercle Cacao", "Cacao Circle", "Cacaokring",
        "École de glisse Montfleuri", "Ecole de glisse Montfleuri", "Montfleuri Glisse SA", "Montfleuri",
        "Club des Chamois", "Chamois Club",
        "Boulangerie-Pâtisserie Kieffer", "Boulangerie Kieffer", "Kieffer", "Mitrons d'honneur",
        "Honorary Bakers programme",
        "Teranga Horizons Voyages", "Teranga Horizons", "THV", "Griots du Voyage",
    ],
}


def build():
    rows = []
    for prefix, cases in CLIENTS:
        order = list(range(len(cases)))
        random.Random("markings_heldout44-" + prefix).shuffle(order)
        for n, i in enumerate(order, start=1):
            level, lang, note, head = cases[i]
            rows.append({"id": f"{prefix}-{n:02d}", "head": head, "level": level,
                         "lang": lang, "note": note})
    with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "names.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(NAMES, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return rows


if __name__ == "__main__":
    rows = build()
    print(f"wrote {len(rows)} cases")

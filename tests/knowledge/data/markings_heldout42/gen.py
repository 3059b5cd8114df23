# -*- coding: utf-8 -*-
"""Writes cases.jsonl and names.json for markings_heldout42 (deterministic, stdlib only)."""
import json, os, random
from gen_lun_tru import LUN, TRU
from gen_hel_hiv_mee import HEL, HIV, MEE

HERE = os.path.dirname(os.path.abspath(__file__))
CLIENTS = [("LUN", LUN), ("TRU", TRU), ("HEL", HEL), ("HIV", HIV), ("MEE", MEE)]

def main():
    rows = []
    for prefix, heads in CLIENTS:
        order = list(heads)
        random.Random("markings_heldout42-" + prefix).shuffle(order)
        for i, (level, lang, head, note) in enumerate(order, 1):
            rows.append({"id": "%s-%02d" % (prefix, i), "head": head, "level": level,
                         "lang": lang, "note": note})
    with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    names = {
        "ambassadors": [
            "Lynx", "lynx", "Lynx Cristal", "Lynx Monture",
            "Truffe", "Truffes", "truffe", "truffes",
            "Éclaireur", "Éclaireurs", "Éclaireuse", "Éclaireuses",
            "Eclaireur", "Eclaireurs", "Eclaireuse", "Eclaireuses", "eclaireur", "eclaireurs",
            "Bee", "Bees", "bee", "bees",
            "Meeple", "Meeples", "meeple", "meeples",
            "ambassadeur", "ambassadeurs", "ambassadrice", "ambassadrices", "ambassador", "ambassadors",
        ],
        "clients": [
            "Lunetterie Brise", "Brise", "Club Regard",
            "Patte Douce", "La Meute",
            "Helioma",
            "Hiveloft", "Hive Circle",
            "Ludimonde Éditions", "Ludimonde",
        ],
    }
    with open(os.path.join(HERE, "names.json"), "w", encoding="utf-8") as f:
        json.dump(names, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote %d cases" % len(rows))

if __name__ == "__main__":
    main()

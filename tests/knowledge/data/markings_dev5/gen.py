"""Build cases.jsonl and names.json for markings_dev5 (deterministic, stdlib only)."""
import json
import os
import random

from gen_heads_a import BRP, FVL
from gen_heads_b import TQV, VRD
from gen_heads_c import AML

HERE = os.path.dirname(os.path.abspath(__file__))

CLIENTS = [("BRP", BRP), ("FVL", FVL), ("TQV", TQV), ("VRD", VRD), ("AML", AML)]

NAMES = {
    "ambassadors": [
        "ambassadeur", "ambassadeurs", "Ambassadeur", "Ambassadeurs",
        "ambassadrice", "ambassadrices", "Ambassadrice", "Ambassadrices",
        "ambassador", "ambassadors", "Ambassador", "Ambassadors",
        # BRP
        "Compagnons du Pertuis", "compagnons du Pertuis", "Compagnon", "Compagnons",
        "compagnon", "compagnons", "COMPAGNONS", "Compagnonne", "Compagnonnes",
        "compagnonne", "compagnonnes",
        # FVL
        "Assembleur", "Assembleurs", "assembleur", "assembleurs", "ASSEMBLEURS",
        "Assembleuse", "Assembleuses", "assembleuse", "assembleuses",
        "Assembler", "Assemblers", "assembler", "assemblers",
        # TQV
        "Souffleur", "Souffleurs", "souffleur", "souffleurs", "SOUFFLEURS",
        "Souffleuse", "Souffleuses", "souffleuse", "souffleuses",
        # VRD
        "Main Verte", "Mains Vertes", "main verte", "mains vertes", "Main verte",
        "Mains vertes", "MAINS VERTES",
        # AML
        "Vigie", "Vigies", "vigie", "vigies", "VIGIES",
        "Lookout", "Lookouts", "lookout", "lookouts",
    ],
    "clients": [
        "Brasserie du Pertuis", "le Pertuis", "Pertuis", "Compagnons du Pertuis",
        "Ateliers Fauvel", "Fauvel Mobilier", "Fauvel", "Cercle Fauvel",
        "Théâtre des Quatre-Vents", "Theatre des Quatre-Vents", "les Quatre-Vents",
        "Quatre-Vents", "Les Souffleurs",
        "Verdelis Jardineries", "Verdelis", "Les Mains Vertes", "Mains Vertes Verdelis",
        "Amarante Lines", "Amarante", "Cercle des Vigies", "Lookout Circle",
    ],
}


def main():
    rng = random.Random(56)
    out = []
    for prefix, rows in CLIENTS:
        rows = list(rows)
        rng.shuffle(rows)
        for i, (level, lang, head, note) in enumerate(rows, 1):
            out.append({"id": f"{prefix}-{i:02d}", "head": head, "level": level,
                        "lang": lang, "note": note})
    with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8") as f:
        for c in out:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "names.json"), "w", encoding="utf-8") as f:
        json.dump(NAMES, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {len(out)} cases")


if __name__ == "__main__":
    main()

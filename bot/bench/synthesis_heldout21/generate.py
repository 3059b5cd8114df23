#!/usr/bin/env python3
"""Deterministic generator for synthesis_heldout21 (stdlib only). Run: python3 generate.py"""
import json, os, random, unicodedata
from bank import CLIENT, QUESTIONS, THEMES, OPPOSITIONS, MINORITIES, NOISE, PREFIX, SUFFIX

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261206

OBJ_FR = {
    "ref": "Développer les recommandations de clients satisfaits vers des prospects de leur entourage",
    "rev": "Multiplier les avis clients en ligne sur nos modèles",
    "prod": "Associer les utilisateurs à l'amélioration de nos poêles",
    "social": "Renforcer notre présence sur les réseaux sociaux (Instagram, Facebook)",
    "maint": "Fidéliser nos clients au-delà de l'achat grâce au contrat d'entretien",
}
OBJ_EN = {
    "ref": "Grow referrals from satisfied owners to prospects in their own circle",
    "rev": "Increase verified online reviews of our stoves",
    "prod": "Involve users in improving our products",
    "social": "Raise brand visibility on social media",
    "fairs": "Get owners to present our stoves at regional home and garden shows",
}

# per question topic: list of (owner, min_count); owner = theme key | "OP_x:0"/"OP_x:1" | minority key | "noise"
SESSIONS = [
  {"code": "FEU", "lang": "fr", "n": 12, "skips": 5,
   "title": "Atelier JE n°1 — clients du Grand Est (Charleville-Mézières)",
   "topics": ["mot", "frein", "contrib", "temps", "retour", "lien"],
   "plan": {
     "mot": [("T_pride", 3), ("T_help", 3), ("T_product", 3), ("noise", 1)],
     "frein": [("B_time", 3), ("B_salesman", 3), ("M_air", 2), ("noise", 1)],
     "contrib": [("C_reviews", 3), ("C_open_house", 3), ("M_installer", 2)],
     "temps": [("TM_winter", 4), ("TM_occasional", 3), ("noise", 1)],
     "retour": [("OP_money:0", 2), ("OP_money:1", 2), ("N_maint", 3), ("N_training", 3)],
     "lien": [("OP_channel:0", 2), ("OP_channel:1", 3), ("CH_email", 3)],
   },
   "objectives": [("ref", OBJ_FR["ref"]), ("rev", OBJ_FR["rev"]), ("prod", OBJ_FR["prod"]),
                  ("social", OBJ_FR["social"]), ("maint", OBJ_FR["maint"])]},
  {"code": "EMB", "lang": "en", "n": 24, "skips": 9,
   "title": "JE workshop — UK & Ireland owners (online session)",
   "topics": ["mot", "frein", "contrib", "temps", "retour"],
   "plan": {
     "mot": [("T_pride", 4), ("T_help", 4), ("T_product", 4), ("T_community", 4), ("noise", 2)],
     "frein": [("B_time", 5), ("B_salesman", 4), ("B_privacy", 4), ("noise", 1)],
     "contrib": [("C_reviews", 4), ("C_open_house", 4), ("C_testing", 4), ("OP_public:0", 3), ("OP_public:1", 3), ("M_installer", 2)],
     "temps": [("TM_winter", 6), ("TM_occasional", 5), ("M_kids", 2), ("noise", 2)],
     "retour": [("N_maint", 5), ("OP_ranking:0", 3), ("OP_ranking:1", 4), ("M_factory", 2), ("noise", 1)],
   },
   "objectives": [("ref", OBJ_EN["ref"]), ("rev", OBJ_EN["rev"]), ("prod", OBJ_EN["prod"]),
                  ("social", OBJ_EN["social"]), ("fairs", OBJ_EN["fairs"])]},
  {"code": "BUC", "lang": "fr+en", "n": 38, "skips": 14,
   "title": "Atelier JE n°2 — salon de l'habitat de Reims, clients France et Belgique / UK visitors",
   "topics": ["mot", "frein", "contrib", "temps", "retour", "lien"],
   "plan": {
     "mot": [("T_pride", 6), ("T_help", 6), ("T_product", 6), ("noise", 2)],
     "frein": [("B_time", 7), ("B_salesman", 6), ("B_privacy", 5), ("M_air", 2), ("noise", 2)],
     "contrib": [("C_reviews", 8), ("C_open_house", 8), ("OP_public:0", 4), ("OP_public:1", 4), ("noise", 1)],
     "temps": [("TM_winter", 10), ("TM_occasional", 8), ("M_kids", 2), ("noise", 2)],
     "retour": [("N_maint", 8), ("N_training", 7), ("M_factory", 2), ("noise", 2)],
     "lien": [("CH_email", 8), ("OP_channel:0", 5), ("OP_channel:1", 5), ("noise", 2)],
   },
   "objectives": [("ref", OBJ_FR["ref"]), ("rev", OBJ_FR["rev"]), ("prod", OBJ_FR["prod"]),
                  ("social", OBJ_FR["social"]), ("maint", OBJ_FR["maint"])]},
]

SUPPORT = {  # objective slot -> theme keys (filtered to themes present in the session)
    "ref": ["T_pride", "T_help", "C_open_house"],
    "rev": ["C_reviews"],
    "prod": ["T_product", "C_testing"],
    "social": [],
    "fairs": [],
    "maint": ["N_maint"],
}

KEEP_CAP = ("I", "I'd", "I'm", "I've", "Google", "Discord", "A", "RAS")


def strip_accents(s):
    out = []
    for ch in s:
        if ch in "éèêë":
            out.append("e")
        elif ch in "àâ":
            out.append("a")
        elif ch in "ùû":
            out.append("u")
        elif ch in "îï":
            out.append("i")
        elif ch == "ç":
            out.append("c")
        else:
            out.append(ch)
    return "".join(out)


def style_text(core, li, style, rng):
    pre = rng.choice(PREFIX[li])
    suf = rng.choice(SUFFIX[li])
    text = core
    if pre:
        w = text.split()[0]
        if pre.endswith((", ", ": ")) and w not in KEEP_CAP and text[:1].isupper() and (len(w) == 1 or w[1:].islower()):
            text = text[0].lower() + text[1:]
        text = pre + text
    text = text + suf if not text.endswith(("!", "?", ".")) or suf in ("",) else text
    if style == "casual":
        if text[:1].isupper() and text.split()[0] not in KEEP_CAP:
            text = text[0].lower() + text[1:]
        text = text.rstrip(".")
    elif style == "noaccent" and li == 0:
        text = strip_accents(text)
    if rng.random() < 0.12:  # one typo: swap two inner letters of a long word
        words = text.split(" ")
        idx = [i for i, w in enumerate(words) if len(w) >= 7 and w.isalpha()]
        if idx:
            i = rng.choice(idx)
            w = words[i]
            j = rng.randrange(1, len(w) - 2)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
            text = " ".join(words)
    return text


def pools(owner):
    if owner == "noise":
        return NOISE
    if ":" in owner:
        k, s = owner.split(":")
        side = OPPOSITIONS[k][1][int(s)]
        return side[2], side[3]
    if owner in MINORITIES:
        return MINORITIES[owner][1], MINORITIES[owner][2]
    return THEMES[owner][2], THEMES[owner][3]


def build(sess, rng):
    code, n = sess["code"], sess["n"]
    parts = ["P%02d" % i for i in range(1, n + 1)]
    if sess["lang"] == "fr":
        plang = {p: 0 for p in parts}
    elif sess["lang"] == "en":
        plang = {p: 1 for p in parts}
    else:
        order = parts[:]
        rng.shuffle(order)
        plang = {p: (0 if i < n // 2 else 1) for i, p in enumerate(order)}
    styles = {p: rng.choice(["clean", "clean", "clean", "casual", "noaccent"]) for p in parts}
    topics = sess["topics"]
    qids = ["q%d" % (i + 1) for i in range(len(topics))]
    # skips
    skipped = set()
    while len(skipped) < sess["skips"]:
        p = rng.choice(parts); qi = rng.randrange(len(topics))
        need = sum(c for _, c in sess["plan"][topics[qi]])
        answering = n - sum(1 for (pp, qq) in skipped if qq == qi) - 1
        if (p, qi) not in skipped and answering >= need + 1:
            skipped.add((p, qi))
    owner_of = {}  # (p, qi) -> owner
    for qi, t in enumerate(topics):
        answerers = [p for p in parts if (p, qi) not in skipped]
        rng.shuffle(answerers)
        plan = sess["plan"][t]
        counts = {o: c for o, c in plan}
        absorb = [o for o, _ in plan if o in THEMES or ":" in o]
        extra = len(answerers) - sum(counts.values())
        assert extra >= 0, (code, t)
        k = 0
        while extra > 0:
            counts[absorb[k % len(absorb)]] += 1; k += 1; extra -= 1
        pos = 0
        for o, _ in plan:
            for p in answerers[pos:pos + counts[o]]:
                owner_of[(p, qi)] = o
            pos += counts[o]
    # texts
    used_core = {}
    seen = set()
    rows = []
    for p in parts:
        for qi, t in enumerate(topics):
            if (p, qi) in skipped:
                continue
            o = owner_of[(p, qi)]
            li = plang[p]
            pool = pools(o)[li]
            key = (o, li)
            if key not in used_core:
                lst = list(range(len(pool))); rng.shuffle(lst); used_core[key] = lst
            lst = used_core[key]
            core = pool[lst[0]]; lst.append(lst.pop(0))
            for _ in range(200):
                text = style_text(core, li, styles[p], rng)
                if text.lower() not in seen:
                    break
            else:
                raise SystemExit("cannot make unique text")
            seen.add(text.lower())
            if sess["lang"] == "fr+en":
                qtext = QUESTIONS[t][0] + " / " + QUESTIONS[t][1]
            else:
                qtext = QUESTIONS[t][0 if sess["lang"] == "fr" else 1]
            aid = "%s-%s-%s" % (code, p, qids[qi])
            rows.append({"id": aid, "participant": p, "question": qtext, "answer": text, "_owner": o})
    return rows, plang


def truth(sess, rows):
    by = {}
    for r in rows:
        by.setdefault(r["_owner"], []).append(r["id"])
    present_themes = [k for k in THEMES if k in by]
    themes = [{"key": k, "kind": THEMES[k][0], "description": THEMES[k][1], "answer_ids": by[k]} for k in present_themes]
    opps = []
    for k, (desc, sides) in OPPOSITIONS.items():
        if k + ":0" in by:
            opps.append({"key": k, "description": desc, "sides": [
                {"label": sides[i][0], "description": sides[i][1], "answer_ids": by["%s:%d" % (k, i)]} for i in (0, 1)]})
    mins = [{"key": k, "description": MINORITIES[k][0], "answer_ids": by[k]} for k in MINORITIES if k in by]
    support = {}
    unsupported = []
    served = set()
    for slot, text in sess["objectives"]:
        keys = [k for k in SUPPORT[slot] if k in present_themes]
        support[text] = keys
        served.update(keys)
        if not keys:
            unsupported.append(text)
    unserved = [k for k in present_themes if THEMES[k][0] == "need" and k not in served]
    return {"session": sess["code"], "lang": sess["lang"], "client": CLIENT, "title": sess["title"],
            "themes": themes, "oppositions": opps, "minorities": mins,
            "objective_support": support, "unsupported_objectives": unsupported,
            "unserved_needs": unserved, "noise_answer_ids": by.get("noise", [])}


def main():
    rng = random.Random(SEED)
    summary = []
    for sess in SESSIONS:
        rows, plang = build(sess, rng)
        code = sess["code"]
        with open(os.path.join(HERE, code + ".answers.jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps({k: r[k] for k in ("id", "participant", "question", "answer")}, ensure_ascii=False) + "\n")
        with open(os.path.join(HERE, code + ".objectives.txt"), "w", encoding="utf-8") as f:
            for _, text in sess["objectives"]:
                f.write(text + "\n")
        tr = truth(sess, rows)
        with open(os.path.join(HERE, code + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(tr, f, ensure_ascii=False, indent=2); f.write("\n")
        nq = len(sess["topics"])
        summary.append((code, sess["lang"], sess["n"], nq, len(rows), sess["n"] * nq - len(rows),
                        len(tr["themes"]), len(tr["oppositions"]), len(tr["minorities"]), len(tr["noise_answer_ids"])))
    for s in summary:
        print("| %s | %s | %d | %d | %d | %d | %d | %d | %d | %d |" % s)


if __name__ == "__main__":
    main()

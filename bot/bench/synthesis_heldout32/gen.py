#!/usr/bin/env python3
"""Deterministic generator for synthesis_heldout32 (no randomness). Usage: python3 gen.py [outdir]"""
import json, os, sys
from math import gcd
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import FR, EN

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
DATE = "2026-12-07"
SET = "synthesis_heldout32"
TITLE = "Petite Récolte — atelier JE du Cercle des Petites Cuillères"

Q_FR = {
 "q1": "Qu'attendez-vous du Cercle des Petites Cuillères, le programme ambassadeurs de Petite Récolte ?",
 "q2": "Qu'est-ce qui pourrait vous freiner ou vous empêcher de participer ?",
 "q3": "Comment aimeriez-vous contribuer au programme ?",
 "q4": "Par quel canal et à quel rythme préférez-vous recevoir nos demandes ?",
 "q5": "Accepteriez-vous que votre enfant apparaisse (photo ou vidéo) dans les contenus de la marque ?",
}
Q_EN = {
 "q1": "What do you expect from the Cercle des Petites Cuillères, Petite Récolte's ambassador program?",
 "q2": "What could hold you back or stop you from taking part?",
 "q3": "How would you like to contribute to the program?",
 "q4": "Through which channel and how often would you like to receive our requests?",
 "q5": "Would you agree to your child appearing (photo or video) in the brand's content?",
}
KIND = {"q1": "need", "q2": "brake", "q3": "preference", "q4": "convergence"}
DESC = {
 "n_discount": "Need: a discount / lower prices on their OWN purchases (money off the family's baby-food bill).",
 "n_preview": "Need: receive and taste new recipes/products before release (early access, as a consumer).",
 "n_gifts": "Need: gifts or gift boxes to GIVE to relatives and friends (new parents around them), not money off for themselves.",
 "n_nutrition": "Need: advice from the brand's nutritionist / a paediatric dietitian on weaning (quantities, allergens, textures).",
 "m_influence": "Minority (q1): have a say in future recipes BEFORE they are decided (co-design), as opposed to receiving finished products early.",
 "b_time": "Brake: no time available (evenings eaten by bath/dinner/bedtime, full-time work) - their own availability.",
 "b_oversolicit": "Brake: fear of being asked too often by the brand (too many requests, reminders, notifications).",
 "b_selling": "Brake: fear of having to sell / prospect friends and family (sales rep, MLM, referral targets).",
 "m_authentic": "Minority (q2): fear that their words are rewritten or scripted by the brand (authenticity), not fear of selling.",
 "m_outgrow": "Minority (q2): their child will soon outgrow baby food, so they fear no longer being a legitimate ambassador.",
 "p_reviews": "Preference: write PUBLIC online reviews/ratings on the brand's shop or retailers' product pages.",
 "p_tasting": "Preference: run or help at in-person tastings/events in shops and baby fairs.",
 "p_community": "Preference: help other parents in the brand's own community space (forum, Discord, private group).",
 "m_ideas": "Minority (q3): give PRIVATE feedback / improvement ideas to the product team (not public reviews).",
 "c_monthly_mail": "Convergence (q4): one bundled email a month.",
 "c_daytime": "Convergence (q4): timing - during the day / nap time, never in the evening (channel indifferent).",
 "c_weekly_discord": "Convergence (q4): a weekly message on the Discord.",
 "m_sms": "Minority (q4): by SMS / text message.",
}
EN_PARTS_C3 = {4, 8, 12, 17, 21, 25, 29, 33, 36}

OBJ = {
 "BBY1": [
  ("Faire tester nos nouvelles recettes par des familles avant leur sortie", ["n_preview"]),
  ("Multiplier les avis clients sur notre boutique en ligne et les fiches produits de nos revendeurs", ["p_reviews"]),
  ("Animer des dégustations en magasins bio et pharmacies avec des parents ambassadeurs", ["p_tasting"]),
  ("Fidéliser les familles clientes jusqu'à la fin de la diversification grâce à des avantages sur leurs achats", ["n_discount"]),
  ("Augmenter notre audience sur Instagram et TikTok", []),
 ],
 "BBY2": [
  ("Get new recipes tested by families before launch", ["n_preview"]),
  ("Grow the number of customer reviews on our web shop and on retailer product pages", ["p_reviews"]),
  ("Run in-store tastings with parent ambassadors", ["p_tasting"]),
  ("Give parents reliable weaning advice from our nutritionist", ["n_nutrition"]),
  ("Win new retail listings through ambassador introductions to shop owners", []),
 ],
 "BBY3": [
  ("Faire tester nos nouvelles recettes par des familles avant leur sortie", ["n_preview"]),
  ("Multiplier les avis clients en ligne", ["p_reviews"]),
  ("Faire grandir l'entraide entre parents dans notre espace communautaire", ["p_community"]),
  ("Récompenser la fidélité des familles ambassadrices par des réductions sur leurs commandes", ["n_discount"]),
  ("Recruter des professionnels de la petite enfance (crèches, assistantes maternelles) comme prescripteurs", []),
 ],
}

SESSIONS = [
 dict(code="BBY1", lang="fr", n=12, title="Atelier JE en boutique, Lyon (parents clients, français)",
      q={"q1": ([("n_discount", 4), ("n_preview", 3), ("n_gifts", 3), ("m_influence", 2)], 5, 0),
         "q2": ([("b_time", 4), ("b_oversolicit", 3), ("b_selling", 3), ("m_authentic", 2)], 7, 3),
         "q3": ([("p_reviews", 4), ("p_tasting", 4), ("p_community", 3), ("skip", 1)], 5, 7),
         "q4": ([("c_monthly_mail", 6), ("c_daytime", 3), ("noise", 1), ("skip", 2)], 7, 1),
         "q5": ([("yes", 5), ("no", 6), ("noise", 1)], 5, 4)}),
 dict(code="BBY2", lang="en", n=24, title="Online JE workshop (English-speaking parent customers)",
      q={"q1": ([("n_discount", 6), ("n_preview", 5), ("n_gifts", 5), ("n_nutrition", 4), ("m_influence", 2), ("skip", 1), ("noise", 1)], 5, 0),
         "q2": ([("b_time", 7), ("b_oversolicit", 6), ("b_selling", 6), ("m_outgrow", 2), ("skip", 2), ("noise", 1)], 7, 3),
         "q3": ([("p_reviews", 8), ("p_tasting", 5), ("p_community", 7), ("m_ideas", 2), ("skip", 1), ("noise", 1)], 11, 5),
         "q4": ([("c_monthly_mail", 10), ("c_daytime", 6), ("c_weekly_discord", 5), ("skip", 2), ("noise", 1)], 13, 2),
         "q5": ([("yes", 11), ("no", 12), ("noise", 1)], 5, 9)}),
 dict(code="BBY3", lang="mixed", n=38, title="Grand atelier JE sur Discord (questions en français, réponses FR/EN)",
      q={"q1": ([("n_discount", 9), ("n_preview", 8), ("n_gifts", 7), ("n_nutrition", 7), ("m_influence", 2), ("skip", 3), ("noise", 2)], 5, 0),
         "q2": ([("b_time", 11), ("b_oversolicit", 9), ("b_selling", 8), ("m_authentic", 2), ("m_outgrow", 2), ("skip", 3), ("noise", 3)], 7, 11),
         "q3": ([("p_reviews", 10), ("p_tasting", 9), ("p_community", 9), ("m_ideas", 2), ("noise", 3), ("skip", 5)], 11, 4),
         "q4": ([("c_monthly_mail", 15), ("c_daytime", 9), ("c_weekly_discord", 8), ("m_sms", 2), ("skip", 2), ("noise", 2)], 13, 20),
         "q5": ([("yes", 17), ("no", 18), ("noise", 2), ("skip", 1)], 15, 7)}),
]

used = {}
def take(lang, label):
    pool = (FR if lang == "fr" else EN)[label]
    k = (lang, label)
    i = used.get(k, 0)
    if i >= len(pool):
        raise SystemExit("pool exhausted: %s %s (need > %d)" % (lang, label, len(pool)))
    used[k] = i + 1
    return pool[i]

def arrange(n, counts, step, off):
    assert gcd(step, n) == 1, (n, step)
    labels = [l for l, c in counts for _ in range(c)]
    assert len(labels) == n, (n, len(labels), counts)
    out = [None] * n
    for i, l in enumerate(labels):
        out[(i * step + off) % n] = l
    return out

def jdump(o):
    return json.dumps(o, ensure_ascii=False, indent=2) + "\n"

def build(s):
    code, n = s["code"], s["n"]
    qs = Q_EN if s["lang"] == "en" else Q_FR
    grid = {q: arrange(n, *s["q"][q]) for q in ["q1", "q2", "q3", "q4", "q5"]}
    rows, lab = [], {}
    for p in range(1, n + 1):
        pid = "P%02d" % p
        lang = "en" if s["lang"] == "en" or (s["lang"] == "mixed" and p in EN_PARTS_C3) else "fr"
        for q in ["q1", "q2", "q3", "q4", "q5"]:
            l = grid[q][p - 1]
            if l == "skip":
                continue
            aid = "%s-%s-%s" % (code, pid, q)
            rows.append({"id": aid, "participant": pid, "question": qs[q], "answer": take(lang, l)})
            lab.setdefault(l, []).append(aid)
    themes, minorities = [], []
    for q in ["q1", "q2", "q3", "q4"]:
        for l, c in s["q"][q][0]:
            if l in ("skip", "noise"):
                continue
            if l.startswith("m_"):
                minorities.append({"key": l, "description": DESC[l], "answer_ids": lab[l]})
            else:
                themes.append({"key": l, "kind": KIND[q], "description": DESC[l], "answer_ids": lab[l]})
    yes_l, no_l = ("Yes", "No") if s["lang"] == "en" else ("Oui", "Non")
    opp = [{"key": "child_photos",
            "description": "q5 splits: agree vs refuse that their child appears in brand content (the parent posing alone does not count as yes).",
            "sides": [{"label": yes_l + ", my child may appear" if s["lang"] == "en" else "Oui, mon enfant peut apparaître", "answer_ids": lab["yes"]},
                      {"label": no_l + ", not my child" if s["lang"] == "en" else "Non, pas mon enfant", "answer_ids": lab["no"]}]}]
    objs = OBJ[code]
    need_keys = [t["key"] for t in themes if t["kind"] == "need"]
    served = {k for _, ks in objs for k in ks}
    truth = {
        "session": code, "lang": s["lang"], "client": "Petite Récolte", "title": s["title"],
        "themes": themes, "oppositions": opp, "minorities": minorities,
        "objective_support": {o: ks for o, ks in objs},
        "unsupported_objectives": [o for o, ks in objs if not ks],
        "unserved_needs": [k for k in need_keys if k not in served],
        "noise_answer_ids": lab.get("noise", []),
        "note": ("Neighbouring themes: themes of the same question share vocabulary (rewards, pressure, 'avis/review', channel vs timing) "
                 "but differ in substance; some answers quote another theme's words to reject it and are labelled by what they assert. "
                 "Minorities are close to a theme but distinct. q5 conditional yes (approve first, hands only) = yes; parent-only yes = no."),
    }
    return rows, truth, [o for o, _ in objs]

def write(path, text):
    with open(os.path.join(OUT, path), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)

def main():
    os.makedirs(OUT, exist_ok=True)
    table = []
    for s in SESSIONS:
        rows, truth, objs = build(s)
        write(s["code"] + ".answers.jsonl", "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
        write(s["code"] + ".objectives.txt", "".join(o + "\n" for o in objs))
        write(s["code"] + ".truth.json", jdump(truth))
        table.append("| %s | %s | %d | %d |" % (s["code"], {"fr": "French", "en": "English", "mixed": "mixed (FR questions, FR/EN answers)"}[s["lang"]], s["n"], len(rows)))
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "README.body.md"), encoding="utf-8") as f:
        body = f.read()
    head = ("> **Held-out set: measure only.** Written blind on %s (stop 59) from DOMAIN.md, the issue and the format only, "
            "without reading the project's code, tests or other data sets. Do not tune anything on it.\n>\n\n" % DATE)
    write("README.md", head + "# %s — %s\n\n| code | language | participants | answers |\n|---|---|---|---|\n%s\n\n" % (SET, TITLE, "\n".join(table)) + body)

if __name__ == "__main__":
    main()

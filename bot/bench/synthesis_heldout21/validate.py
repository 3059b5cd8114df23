#!/usr/bin/env python3
"""Validate synthesis_heldout21. Prints OK or the list of problems."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
EXPECT = {"FEU": ("fr", 12), "EMB": ("en", 24), "BUC": ("fr+en", 38)}
KINDS = {"need", "brake", "convergence", "preference"}
FR = set("je j' le la les de des du pas ça c'est mon ma mes avec pour une un qui que et oui non moi sur".split())
EN = set("i the to and my of it with for not is that yes be i'd i'm you we".split())
errs = []

def err(m): errs.append(m)

def lang_of(text):
    words = re.findall(r"[a-zà-ÿ']+", text.lower())
    f = sum(w in FR for w in words); e = sum(w in EN for w in words)
    return "fr" if f > e else "en" if e > f else "?"

for code, (lang, n) in EXPECT.items():
    rows = [json.loads(l) for l in open(os.path.join(HERE, code + ".answers.jsonl"), encoding="utf-8")]
    objs = [l.rstrip("\n") for l in open(os.path.join(HERE, code + ".objectives.txt"), encoding="utf-8") if l.strip()]
    tr = json.load(open(os.path.join(HERE, code + ".truth.json"), encoding="utf-8"))
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids): err(code + ": duplicate ids")
    byid = {r["id"]: r for r in rows}
    for r in rows:
        if set(r) != {"id", "participant", "question", "answer"}: err(code + ": bad fields " + r["id"])
        m = re.fullmatch(r"%s-(P\d\d)-q(\d)" % code, r["id"])
        if not m or m.group(1) != r["participant"]: err(code + ": bad id " + r["id"])
        if not r["answer"].strip(): err(code + ": empty answer " + r["id"])
    keyed = [(r["participant"], int(r["id"].rsplit("-q", 1)[1])) for r in rows]
    if keyed != sorted(keyed): err(code + ": not sorted by participant then question")
    parts = sorted({r["participant"] for r in rows})
    qnums = sorted({k[1] for k in keyed})
    if len(parts) != n: err(code + ": %d participants" % len(parts))
    if not 5 <= len(qnums) <= 6: err(code + ": %d questions" % len(qnums))
    qtext = {}
    for r in rows:
        q = r["id"].rsplit("-", 1)[1]
        if qtext.setdefault(q, r["question"]) != r["question"]: err(code + ": question text varies " + q)
    skips = len(parts) * len(qnums) - len(rows)
    if skips <= 0: err(code + ": no skips")
    texts = [r["answer"].lower() for r in rows]
    if len(set(texts)) != len(texts): err(code + ": duplicate answer texts")
    # truth structure
    for k in ("session", "lang", "client", "title", "themes", "oppositions", "minorities", "objective_support",
              "unsupported_objectives", "unserved_needs", "noise_answer_ids"):
        if k not in tr: err(code + ": truth missing " + k)
    if tr["session"] != code or tr["lang"] != lang: err(code + ": session/lang mismatch")
    owners = {}
    def own(aid, who):
        if aid not in byid: err(code + ": unknown id %s in %s" % (aid, who))
        if aid in owners: err(code + ": %s owned by %s and %s" % (aid, owners[aid], who))
        owners[aid] = who
    def pset(aids): return {byid[a]["participant"] for a in aids if a in byid}
    def qset(aids): return {a.rsplit("-", 1)[1] for a in aids}
    th = tr["themes"]
    if not 5 <= len(th) <= 13: err(code + ": %d themes" % len(th))
    tkeys = {t["key"] for t in th}
    for t in th:
        if t["kind"] not in KINDS: err(code + ": bad kind " + t["key"])
        if len(pset(t["answer_ids"])) < 3: err(code + ": theme with <3 participants " + t["key"])
        if len(pset(t["answer_ids"])) != len(t["answer_ids"]): err(code + ": theme repeats a participant " + t["key"])
        for a in t["answer_ids"]: own(a, t["key"])
    if len(tr["oppositions"]) != 2: err(code + ": oppositions != 2")
    for o in tr["oppositions"]:
        if len(o["sides"]) != 2: err(code + ": opposition sides " + o["key"])
        qs = set()
        for s in o["sides"]:
            if len(pset(s["answer_ids"])) < 2: err(code + ": small side " + o["key"])
            qs |= qset(s["answer_ids"])
            for a in s["answer_ids"]: own(a, o["key"] + "/" + s["label"])
        if len(qs) != 1: err(code + ": opposition spans questions " + o["key"])
    if not 2 <= len(tr["minorities"]) <= 3: err(code + ": minorities count")
    for m in tr["minorities"]:
        if len(pset(m["answer_ids"])) != 2 or len(m["answer_ids"]) != 2: err(code + ": minority not exactly 2 " + m["key"])
        for a in m["answer_ids"]: own(a, m["key"])
    for a in tr["noise_answer_ids"]: own(a, "noise")
    missing = set(ids) - set(owners)
    if missing: err(code + ": unowned ids %s" % sorted(missing)[:5])
    # objectives
    if len(objs) != 5: err(code + ": objectives != 5")
    if set(tr["objective_support"]) != set(objs): err(code + ": objective_support keys != objectives file")
    served = set()
    for o, ks in tr["objective_support"].items():
        for k in ks:
            if k not in tkeys: err(code + ": support refers to unknown theme " + k)
        served |= set(ks)
    uns = [o for o in objs if not tr["objective_support"].get(o)]
    if sorted(uns) != sorted(tr["unsupported_objectives"]) or not 1 <= len(uns) <= 2:
        err(code + ": unsupported objectives mismatch")
    kind = {t["key"]: t["kind"] for t in th}
    unserved = sorted(k for k in tkeys if kind[k] == "need" and k not in served)
    if unserved != sorted(tr["unserved_needs"]) or not 1 <= len(unserved) <= 2:
        err(code + ": unserved needs mismatch")
    # language
    plang = {}
    for p in parts:
        joined = " ".join(r["answer"] for r in rows if r["participant"] == p)
        plang[p] = lang_of(joined)
    langs = set(plang.values())
    if lang in ("fr", "en") and langs != {lang}: err(code + ": language mismatch %s" % langs)
    if lang == "fr+en":
        nfr = sum(v == "fr" for v in plang.values()); nen = sum(v == "en" for v in plang.values())
        if nfr < n // 3 or nen < n // 3 or "?" in langs: err(code + ": mixed language split %d/%d" % (nfr, nen))
        for r in rows:  # each participant answers in one language (check longer answers)
            if len(r["answer"].split()) >= 6 and lang_of(r["answer"]) not in (plang[r["participant"]], "?"):
                err(code + ": %s not in participant's language" % r["id"])
    print("%s: lang=%s participants=%d questions=%d answers=%d skips=%d themes=%d oppositions=%d minorities=%d noise=%d unsupported=%d unserved=%d"
          % (code, lang, len(parts), len(qnums), len(rows), skips, len(th), len(tr["oppositions"]),
             len(tr["minorities"]), len(tr["noise_answer_ids"]), len(uns), len(unserved)))

if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK")

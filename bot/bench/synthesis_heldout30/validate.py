#!/usr/bin/env python3
"""Check synthesis_heldout30 against the synthesis-set format. Prints exactly OK on success."""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "synthesis_heldout30"
SESSIONS = [("PA1", "fr", 12), ("PA2", "en", 24), ("PA3", "fr+en", 38)]
CLIENT = "Paludia"
KIND = {1: "need", 2: "brake", 3: "preference", 4: "convergence"}
HEADER1 = ("> **Held-out set: measure only.** Written blind on 2026-12-07 (stop 57) from DOMAIN.md, the issue "
           "and the format only, without reading the project's code, tests or other data sets. Do not tune anything on it.")
FR_WORDS = set("le la les de des du je j' ne pas une un est et à au aux mon ma mes ça ce c' qui que pour sur avec "
               "vous nous moi oui non plutôt mais par dans il elle d' l' qu' n' m' s' y ou tout "
               "heure heures semaine mois environ mensuelles hebdomadaire".split())
EN_WORDS = set("the a an to of and i my is it not for in with that be but you your me yes no it's i'm i'd "
               "don't by as so at or what can would are this them very each other's aren't every week weekly "
               "hour hours month monthly depending".split())
ELISIONS = {"j", "l", "d", "qu", "n", "m", "c", "s", "t", "jusqu", "lorsqu", "puisqu"}
ERRORS = []


def err(msg):
    ERRORS.append(msg)


def norm(s):
    s = unicodedata.normalize("NFKD", s.lower())
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


def lang_of(text):
    low = text.lower().replace("’", "'")
    toks = re.findall(r"[a-zàâäçéèêëîïôöùûüœ']+", low)
    words = set()
    for t in toks:
        head, sep, rest = t.partition("'")
        if sep and head in ELISIONS:
            words.add(head + "'")
            if rest:
                words.add(rest)
        else:
            words.add(t)
    fr = len(words & FR_WORDS) + (2 if re.search(r"[àâçéèêëîïôùûœ]", low) else 0)
    en = len(words & EN_WORDS)
    if fr > en:
        return "fr"
    if en > fr:
        return "en"
    return "?"


def check_readme(counts):
    path = os.path.join(HERE, "README.md")
    if not os.path.exists(path):
        err("README.md missing")
        return
    lines = open(path, encoding="utf-8").read().split("\n")
    if len(lines) < 4 or lines[0] != HEADER1:
        err("README line 1 is not the held-out header")
    if len(lines) < 3 or lines[1] != ">" or lines[2] != "":
        err("README lines 2-3 must be '>' and empty")
    if len(lines) < 4 or not lines[3].startswith("# %s: " % SET):
        err("README line 4 must be the title '# %s: ...'" % SET)
    text = "\n".join(lines)
    if "| code | language | participants | answers |" not in text:
        err("README table header missing")
    tp = ta = 0
    for code, lang, n in SESSIONS:
        row = "| %s | %s | %d | %d |" % (code, lang, n, counts.get(code, -1))
        if row not in text:
            err("README table row wrong or missing for %s (expected %s)" % (code, row))
        tp += n
        ta += counts.get(code, 0)
    if "| total | | %d | %d |" % (tp, ta) not in text:
        err("README total row wrong or missing (expected | total | | %d | %d |)" % (tp, ta))
    for p in ("**Client.**", "**Flavour.**", "**Labels.**", "**Files.**"):
        if p not in text:
            err("README paragraph %s missing" % p)


def check_session(code, lang, n, all_texts, all_keys):
    base = os.path.join(HERE, code)
    for suf in (".answers.jsonl", ".objectives.txt", ".truth.json"):
        if not os.path.exists(base + suf):
            err("%s%s missing" % (code, suf))
            return 0
    answers = []
    for i, line in enumerate(open(base + ".answers.jsonl", encoding="utf-8"), 1):
        try:
            a = json.loads(line)
        except ValueError:
            err("%s answers line %d: bad JSON" % (code, i))
            continue
        if set(a) != {"id", "participant", "question", "answer"}:
            err("%s answers line %d: keys %s" % (code, i, sorted(a)))
            continue
        answers.append(a)
    by_id = {}
    plang = {}
    per_p = {}
    for a in answers:
        m = re.fullmatch(r"%s-(P\d\d)-q([1-5])" % code, a["id"])
        if not m:
            err("%s: bad id %s" % (code, a["id"]))
            continue
        if m.group(1) != a["participant"]:
            err("%s: id/participant mismatch %s" % (code, a["id"]))
        if a["id"] in by_id:
            err("%s: duplicate id %s" % (code, a["id"]))
        by_id[a["id"]] = a
        if not a["answer"].strip() or not a["question"].strip():
            err("%s: empty text in %s" % (code, a["id"]))
        k = norm(a["answer"])
        if k in all_texts:
            err("%s: answer text duplicated (%s and %s)" % (code, a["id"], all_texts[k]))
        all_texts[k] = a["id"]
        la = lang_of(a["answer"])
        lq = lang_of(a["question"])
        if la == "?" or la != lq:
            err("%s: language of %s unclear or differs from its question (%s vs %s): %r" % (code, a["id"], la, lq, a["answer"]))
        if lang in ("fr", "en") and la != lang:
            err("%s: %s is not in %s" % (code, a["id"], lang))
        if plang.setdefault(a["participant"], la) != la:
            err("%s: participant %s switches language" % (code, a["participant"]))
        per_p.setdefault(a["participant"], 0)
        per_p[a["participant"]] += 1
    expected_p = {"P%02d" % i for i in range(1, n + 1)}
    if set(per_p) != expected_p:
        err("%s: participants %d, expected %d (P01..P%02d)" % (code, len(per_p), n, n))
    if any(v < 3 for v in per_p.values()):
        err("%s: a participant answers fewer than 3 questions" % code)
    if len(answers) < int(n * 5 * 0.9):
        err("%s: too many skips (%d answers for %d participants)" % (code, len(answers), n))
    if lang == "fr+en":
        langs = set(plang.values())
        if langs != {"fr", "en"}:
            err("%s: mixed session must contain French and English answers" % code)
    # questions: same text for a given (q, language)
    qtext = {}
    for a in answers:
        q = a["id"][-1]
        key = (q, plang.get(a["participant"]))
        if qtext.setdefault(key, a["question"]) != a["question"]:
            err("%s: question text varies for q%s" % (code, q))

    objectives = [l for l in open(base + ".objectives.txt", encoding="utf-8").read().split("\n") if l.strip()]
    if len(objectives) != 5 or len(set(objectives)) != 5:
        err("%s: objectives file must hold 5 distinct lines" % code)

    t = json.load(open(base + ".truth.json", encoding="utf-8"))
    need = {"session", "lang", "client", "title", "themes", "oppositions", "minorities", "objective_support",
            "unsupported_objectives", "unserved_needs", "noise_answer_ids", "note"}
    if set(t) != need:
        err("%s truth keys: %s" % (code, sorted(set(t) ^ need)))
        return len(answers)
    if t["session"] != code or t["lang"] != lang or t["client"] != CLIENT or not t["title"].strip():
        err("%s: truth header wrong" % code)
    labelled = []

    def parts(ids):
        return {by_id[i]["participant"] for i in ids if i in by_id}

    def qs(ids):
        return {i[-1] for i in ids}

    theme_kind = {}
    for th in t["themes"]:
        if set(th) != {"key", "kind", "description", "answer_ids"}:
            err("%s theme keys %s" % (code, sorted(th)))
            continue
        if th["key"] in all_keys:
            err("%s: key %s reused" % (code, th["key"]))
        all_keys.add(th["key"])
        theme_kind[th["key"]] = th["kind"]
        q = qs(th["answer_ids"])
        if len(q) != 1:
            err("%s: theme %s spans questions %s" % (code, th["key"], q))
        elif th["kind"] != KIND.get(int(q.pop()), "?"):
            err("%s: theme %s kind %s does not match its question" % (code, th["key"], th["kind"]))
        if len(parts(th["answer_ids"])) < 3:
            err("%s: theme %s has fewer than 3 participants" % (code, th["key"]))
        labelled += th["answer_ids"]
    if not t["oppositions"]:
        err("%s: no opposition" % code)
    for o in t["oppositions"]:
        if o["key"] in all_keys:
            err("%s: key %s reused" % (code, o["key"]))
        all_keys.add(o["key"])
        if len(o["sides"]) != 2 or not o["description"].strip():
            err("%s: opposition %s must have 2 sides" % (code, o["key"]))
            continue
        ids = o["sides"][0]["answer_ids"] + o["sides"][1]["answer_ids"]
        if qs(ids) != {"5"}:
            err("%s: opposition %s not on q5" % (code, o["key"]))
        p0, p1 = parts(o["sides"][0]["answer_ids"]), parts(o["sides"][1]["answer_ids"])
        if len(p0) < 2 or len(p1) < 2 or p0 & p1:
            err("%s: opposition %s sides too small or overlapping" % (code, o["key"]))
        for s in o["sides"]:
            if not s["label"].strip():
                err("%s: empty side label in %s" % (code, o["key"]))
        labelled += ids
    if len(t["minorities"]) < 2:
        err("%s: fewer than 2 minorities" % code)
    for m in t["minorities"]:
        if m["key"] in all_keys:
            err("%s: key %s reused" % (code, m["key"]))
        all_keys.add(m["key"])
        if len(m["answer_ids"]) != 2 or len(parts(m["answer_ids"])) != 2:
            err("%s: minority %s must hold exactly 2 participants" % (code, m["key"]))
        labelled += m["answer_ids"]
    labelled += t["noise_answer_ids"]
    seen = set()
    for i in labelled:
        if i not in by_id:
            err("%s: labelled id %s not in answers" % (code, i))
        if i in seen:
            err("%s: id %s labelled twice" % (code, i))
        seen.add(i)
    for i in by_id:
        if i not in seen:
            err("%s: id %s not labelled" % (code, i))

    sup = t["objective_support"]
    if set(sup) != set(objectives):
        err("%s: objective_support keys differ from objectives file" % code)
    used = set()
    for o, keys in sup.items():
        for k in keys:
            if k not in theme_kind:
                err("%s: objective support refers to unknown theme %s" % (code, k))
            used.add(k)
    uns = [o for o in objectives if not sup.get(o)]
    if sorted(t["unsupported_objectives"]) != sorted(uns) or not uns:
        err("%s: unsupported_objectives inconsistent or empty" % code)
    if not t["unserved_needs"]:
        err("%s: no unserved need" % code)
    for k in t["unserved_needs"]:
        if theme_kind.get(k) != "need" or k in used:
            err("%s: unserved need %s is not an unused need theme" % (code, k))
    for k, kind in theme_kind.items():
        if kind == "need" and k not in used and k not in t["unserved_needs"]:
            err("%s: need theme %s neither supported nor listed unserved" % (code, k))
    return len(answers)


def check_reproducible():
    tmp = tempfile.mkdtemp()
    try:
        for f in ("gen.py", "data_pa1.py", "data_pa2.py", "data_pa3.py"):
            shutil.copy(os.path.join(HERE, f), tmp)
        r = subprocess.run([sys.executable, "gen.py"], cwd=tmp, capture_output=True, text=True)
        if r.returncode:
            err("gen.py failed: %s" % r.stderr.strip())
            return
        for code, _, _ in SESSIONS:
            for suf in (".answers.jsonl", ".objectives.txt", ".truth.json"):
                a = os.path.join(tmp, code + suf)
                b = os.path.join(HERE, code + suf)
                if not os.path.exists(b) or open(a, "rb").read() != open(b, "rb").read():
                    err("%s%s is not what gen.py produces" % (code, suf))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main():
    all_texts, all_keys, counts = {}, set(), {}
    codes = [c for c, _, _ in SESSIONS]
    if len({c[:2] for c in codes}) != 1 or [c[2] for c in codes] != ["1", "2", "3"] \
            or not all(ch in CLIENT.upper() for ch in codes[0][:2]):
        err("session codes must be 2 letters of the client's name + 1/2/3")
    for code, lang, n in SESSIONS:
        counts[code] = check_session(code, lang, n, all_texts, all_keys)
    check_readme(counts)
    check_reproducible()
    if ERRORS:
        for e in ERRORS:
            print("ERROR:", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

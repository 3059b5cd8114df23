"""Validate the held-out synthesis set (issue 18 format). Stdlib only. Exit 0 = valid."""

import itertools
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
HEADER = "> **Held-out set: measure only.** Written blind on 2026-12-05 (stop 41)"
STOP = {
    "le", "la", "les", "un", "une", "des", "de", "du", "d", "l", "et", "ou", "a", "au", "aux", "en",
    "dans", "sur", "pour", "par", "avec", "sans", "que", "qui", "quoi", "ce", "ca", "cette", "ces", "est",
    "sont", "etre", "ai", "as", "avons", "ont", "je", "tu", "il", "elle", "on", "nous", "vous", "ils",
    "elles", "me", "te", "se", "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses", "notre", "nos",
    "votre", "vos", "leur", "leurs", "y", "c", "s", "j", "m", "n", "qu", "plus", "tres", "bien", "tout",
    "tous", "toute", "toutes", "faire", "fait", "comme", "mais", "si", "the", "an", "and", "or", "of",
    "to", "in", "for", "with", "at", "by", "from", "is", "are", "be", "been", "being", "i", "you",
    "he", "she", "it", "we", "they", "my", "your", "our", "their", "his", "her", "its", "this",
    "that", "these", "those", "what", "which", "who", "whom", "do", "does", "did", "have", "has", "had",
    "will", "would", "can", "could", "should", "just", "so", "very", "really", "some", "any", "all",
    "more", "most", "into", "out", "up", "about", "if", "than", "then", "there", "here", "also",
    "too", "entre", "between",
}
NEG_RE = re.compile(r"\b(ne|pas|non|jamais|rien|aucun|aucune|ni|personne|sans|not|no|never|nothing|none|"
                    r"nobody|nor|without|cannot)\b|\bn['’]|n['’]t\b")
FR_HINT = {"le", "la", "les", "des", "une", "est", "pour", "avec", "que", "qui", "dans", "sur", "je", "mon",
           "ma", "mes", "pas", "du", "au"}
EN_HINT = {"the", "and", "is", "for", "with", "that", "my", "of", "to", "it", "i", "a", "in", "on", "at",
           "be"}

errors = []


def err(msg):
    errors.append(msg)


def norm(text):
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in text if not unicodedata.combining(c))


def tokens(text):
    return re.findall(r"[a-z0-9]+", norm(text))


def stems(text):
    return {t[:5] for t in tokens(text) if len(t) >= 4 and t not in STOP}


def lang_of(text):
    words = re.findall(r"[a-z']+", norm(text))
    fr = sum(w in FR_HINT for w in words)
    en = sum(w in EN_HINT for w in words)
    return "fr" if fr > en else "en" if en > fr else "?"


def check_session(code, sizes, langs):
    apath, opath, tpath = (HERE / f"{code}.{s}" for s in ("answers.jsonl", "objectives.txt", "truth.json"))
    answers = []
    for n, line in enumerate(apath.read_text(encoding="utf-8").splitlines(), start=1):
        a = json.loads(line)
        if set(a) != {"id", "participant", "question", "answer"}:
            err(f"{code} line {n}: keys {sorted(a)}")
        if a["id"] != f"{code}-{n:03d}":
            err(f"{code} line {n}: id {a['id']}")
        if not a["answer"].strip() or not a["participant"].strip():
            err(f"{code} {a['id']}: empty field")
        answers.append(a)
    by_id = {a["id"]: a for a in answers}
    who = {a["id"]: a["participant"] for a in answers}
    people = {a["participant"] for a in answers}
    sizes.append(len(people))
    if not 8 <= len(people) <= 40:
        err(f"{code}: {len(people)} participants")
    questions = {a["question"] for a in answers}
    if len(questions) != 4:
        err(f"{code}: {len(questions)} questions")
    for p in people:
        qs = [a["question"] for a in answers if a["participant"] == p]
        if not 3 <= len(qs) <= 4 or len(set(qs)) != len(qs):
            err(f"{code}: participant {p} answers {len(qs)} ({len(set(qs))} distinct questions)")

    truth = json.loads(tpath.read_text(encoding="utf-8"))
    if truth["session"] != code:
        err(f"{code}: session field {truth['session']}")
    langs.append(truth["lang"])
    seen = []
    themes = truth["themes"]
    if not 5 <= len(themes) <= 7:
        err(f"{code}: {len(themes)} themes")
    for t in themes:
        seen += t["answer_ids"]
        if t["kind"] != "convergence" or not t["description"]:
            err(f"{code} theme {t['key']}: kind/description")
        if len({who[i] for i in t["answer_ids"]}) < 4:
            err(f"{code} theme {t['key']}: fewer than 4 participants")
        check_paraphrase(code, t, by_id)
    opps = truth["oppositions"]
    if not 1 <= len(opps) <= 2:
        err(f"{code}: {len(opps)} oppositions")
    clean = 0
    for o in opps:
        if len(o["sides"]) != 2:
            err(f"{code} opposition {o['key']}: {len(o['sides'])} sides")
        parts = []
        for s in o["sides"]:
            seen += s["answer_ids"]
            ps = {who[i] for i in s["answer_ids"]}
            parts.append(ps)
            if len(ps) < 3:
                err(f"{code} opposition {o['key']} side {s['label']}: fewer than 3 participants")
        if len(parts) == 2 and parts[0] & parts[1]:
            err(f"{code} opposition {o['key']}: participant on both sides")
        ids = [i for s in o["sides"] for i in s["answer_ids"]]
        if not any(NEG_RE.search(norm(by_id[i]["answer"])) for i in ids):
            clean += 1
    if clean < 1:
        err(f"{code}: no opposition free of negation words")
    mins = truth["minorities"]
    if not 2 <= len(mins) <= 3:
        err(f"{code}: {len(mins)} minorities")
    for m in mins:
        seen += m["answer_ids"]
        if not 2 <= len({who[i] for i in m["answer_ids"]}) <= 3:
            err(f"{code} minority {m['key']}: participants not 2-3")
    noise = truth["noise_answer_ids"]
    if not noise:
        err(f"{code}: no noise")
    seen += noise
    if sorted(seen) != sorted(by_id) or len(seen) != len(set(seen)):
        err(f"{code}: buckets are not a partition of the answers")

    objectives = [x for x in opath.read_text(encoding="utf-8").splitlines() if x.strip()]
    if len(objectives) != 5:
        err(f"{code}: {len(objectives)} objectives")
    keys = {t["key"] for t in themes}
    support = truth["objective_support"]
    if len(support) != 4:
        err(f"{code}: {len(support)} supported objectives")
    served = set()
    all_stems = set()
    for a in answers:
        all_stems |= {t for t in tokens(a["answer"])}
    foreign = 0
    for s in support:
        if s["objective"] not in objectives or not s["themes"] or not set(s["themes"]) <= keys:
            err(f"{code}: bad objective_support {s['objective']}")
        served |= set(s["themes"])
        ostems = stems(s["objective"])
        if not any(tok.startswith(st) for st in ostems for tok in all_stems):
            foreign += 1
    if foreign < 1:
        err(f"{code}: no supported objective phrased in words the answers never use")
    uns = truth["unsupported_objectives"]
    if len(uns) != 1 or uns[0] not in objectives or uns[0] in {s["objective"] for s in support}:
        err(f"{code}: unsupported objectives {uns}")
    if set(objectives) != {s["objective"] for s in support} | set(uns):
        err(f"{code}: objectives not all classified")
    unserved = truth["unserved_needs"]
    if not 2 <= len(unserved) <= 3 or set(unserved) != keys - served:
        err(f"{code}: unserved needs {unserved} vs {sorted(keys - served)}")

    detected = [lang_of(a["answer"]) for a in answers if a["id"] not in noise]
    fr, en = detected.count("fr"), detected.count("en")
    if truth["lang"] == "fr" and fr < 0.8 * (fr + en):
        err(f"{code}: lang fr but {fr} fr / {en} en")
    if truth["lang"] == "en" and en < 0.8 * (fr + en):
        err(f"{code}: lang en but {fr} fr / {en} en")
    if truth["lang"] == "mixed" and min(fr, en) < 0.3 * (fr + en):
        err(f"{code}: lang mixed but {fr} fr / {en} en")
    return len(answers)


def check_paraphrase(code, theme, by_id):
    """Varied wording: no content stem in more than half of a theme's answers, low mean Jaccard."""
    sets = [stems(by_id[i]["answer"]) for i in theme["answer_ids"]]
    df = {}
    for s in sets:
        for st in s:
            df[st] = df.get(st, 0) + 1
    top = max(df.items(), key=lambda kv: kv[1]) if df else ("", 0)
    if top[1] > len(sets) / 2:
        err(f"{code} theme {theme['key']}: stem '{top[0]}' in {top[1]}/{len(sets)} answers")
    pairs = list(itertools.combinations(sets, 2))
    jac = sum(len(a & b) / len(a | b) for a, b in pairs if a | b) / max(1, len(pairs))
    if jac > 0.05:
        err(f"{code} theme {theme['key']}: mean Jaccard {jac:.3f} > 0.05")


def main():
    readme = (HERE / "README.md").read_text(encoding="utf-8")
    if not readme.startswith(HEADER):
        err("README.md does not start with the held-out line")
    codes = sorted(p.name.split(".")[0] for p in HERE.glob("*.truth.json"))
    if len(codes) != 3 or not all(re.fullmatch(r"[A-Z]{3}", c) for c in codes):
        err(f"sessions: {codes}")
    sizes, langs = [], []
    total = sum(check_session(c, sizes, langs) for c in codes)
    if sorted(langs) != ["en", "fr", "mixed"]:
        err(f"languages {langs}")
    s = sorted(sizes)
    if not (8 <= s[0] <= 15 and 20 <= s[1] <= 30 and 30 <= s[2] <= 40):
        err(f"session sizes {s}")
    if errors:
        print("\n".join(errors))
        print(f"INVALID: {len(errors)} problem(s)")
        return 1
    print(f"OK: {len(codes)} sessions, {total} answers, participants {sizes}, langs {langs}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

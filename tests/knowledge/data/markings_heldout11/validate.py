"""Stdlib validator for markings_heldout11. Exit 0 when the set is well-formed."""
import json, re, sys, collections

LEVELS = {"public", "internal", "confidential", "none"}
WANT = {"public": 8, "internal": 8, "confidential": 6, "none": 8}
PROG = {"pet": "museau", "theatre": "complice", "bank": "relais", "cyber": "vanguard", "zoo": "pisteur"}
GENERIC = re.compile(r"amb[a-z]*ss?adeu?r|ambassador", re.I)

def main():
    errs, ids = [], set()
    per = collections.defaultdict(collections.Counter)
    langs = collections.Counter()
    use = collections.Counter()
    rows = [json.loads(l) for l in open("cases.jsonl", encoding="utf-8") if l.strip()]
    for r in rows:
        if set(r) != {"id", "head", "level", "lang", "note"}:
            errs.append(f"bad keys {r.get('id')}")
        if r["id"] in ids: errs.append(f"dup id {r['id']}")
        ids.add(r["id"])
        if r["level"] not in LEVELS: errs.append(f"bad level {r['id']}")
        if r["lang"] not in ("fr", "en"): errs.append(f"bad lang {r['id']}")
        if not r["head"].strip() or not r["note"].strip(): errs.append(f"empty {r['id']}")
        org = r["id"].split("-")[1]
        per[org][r["level"]] += 1
        langs[r["lang"]] += 1
        h = r["head"].lower()
        if PROG.get(org, "\0") in h: use["program_name"] += 1
        elif GENERIC.search(h): use["generic"] += 1
    if len(rows) != 150: errs.append(f"{len(rows)} rows, want 150")
    if set(per) != set(PROG): errs.append(f"orgs {sorted(per)}")
    for org, c in per.items():
        if dict(c) != WANT: errs.append(f"{org} counts {dict(c)}")
    fr = langs["fr"] / max(1, len(rows))
    if not 0.65 <= fr <= 0.75: errs.append(f"fr share {fr:.2f}")
    print(f"rows={len(rows)} langs={dict(langs)} fr={fr:.0%} naming={dict(use)}")
    for org in PROG: print(org, dict(per[org]))
    for e in errs: print("ERROR", e)
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(main())

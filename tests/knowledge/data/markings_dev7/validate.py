"""Check markings_dev7 against the format rules; prints exactly OK when all pass."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LINE1 = ("> **Development set** (written blind on 2026-12-07 (stop 58) from DOMAIN.md, the issue "
         "and the format only; it may be read and tuned on).")
LEVELS = {"public", "internal", "confidential", "none"}
PER_CLIENT = {"public": 8, "internal": 8, "confidential": 6, "none": 8}
errors = []


def err(msg):
    errors.append(msg)


def read(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return f.read()


for fname in ("README.md", "cases.jsonl", "names.json", "gen.py", "validate.py"):
    if not os.path.isfile(os.path.join(HERE, fname)):
        err("missing file " + fname)
extra = set(os.listdir(HERE)) - {"README.md", "cases.jsonl", "names.json", "gen.py", "validate.py", "__pycache__"}
if extra:
    err("unexpected files: %s" % sorted(extra))

if not errors:
    # cases.jsonl
    lines = read("cases.jsonl").splitlines()
    if len(lines) != 150:
        err("cases.jsonl has %d lines, want 150" % len(lines))
    ids = set()
    by_client = collections.defaultdict(collections.Counter)
    order = []
    langs = collections.Counter()
    for i, line in enumerate(lines, 1):
        try:
            o = json.loads(line)
        except ValueError as e:
            err("line %d: bad JSON (%s)" % (i, e))
            continue
        if set(o) != {"id", "head", "level", "lang", "note"}:
            err("line %d: keys %s" % (i, sorted(o)))
            continue
        m = re.fullmatch(r"([A-Z]{3})-(\d{2})", o["id"])
        if not m:
            err("line %d: bad id %r" % (i, o["id"]))
            continue
        if o["id"] in ids:
            err("duplicate id " + o["id"])
        ids.add(o["id"])
        if not 1 <= int(m.group(2)) <= 30:
            err("id number out of range: " + o["id"])
        if o["level"] not in LEVELS:
            err("%s: bad level %r" % (o["id"], o["level"]))
        if o["lang"] not in ("fr", "en"):
            err("%s: bad lang %r" % (o["id"], o["lang"]))
        langs[o["lang"]] += 1
        head = o["head"]
        if not isinstance(head, str) or not head.strip():
            err("%s: empty head" % o["id"])
        else:
            n = len(head.split("\n"))
            if not 1 <= n <= 12:
                err("%s: head has %d lines" % (o["id"], n))
            if head != head.strip():
                err("%s: head has leading/trailing whitespace" % o["id"])
        note = o["note"]
        if not isinstance(note, str) or not note.strip() or "\n" in note or len(note) > 200:
            err("%s: note must be one short line" % o["id"])
        by_client[m.group(1)][o["level"]] += 1
        order.append(o["id"])
    if len(by_client) != 5:
        err("want 5 clients, got %d" % len(by_client))
    for p, c in by_client.items():
        if dict(c) != PER_CLIENT:
            err("client %s counts %s, want %s" % (p, dict(c), PER_CLIENT))
        nums = sorted(int(x[4:]) for x in ids if x.startswith(p + "-"))
        if nums != list(range(1, 31)):
            err("client %s ids are not 01..30" % p)
    if not (90 <= langs["fr"] <= 110 and 40 <= langs["en"] <= 60):
        err("language split %s, want about 100 fr / 50 en" % dict(langs))
    heads = [json.loads(l)["head"] for l in lines if l.strip()]
    if len(set(heads)) != len(heads):
        err("duplicate heads")

    # names.json
    try:
        names = json.loads(read("names.json"))
        if set(names) != {"ambassadors", "clients"}:
            err("names.json keys %s" % sorted(names))
        for k in ("ambassadors", "clients"):
            v = names.get(k)
            if not isinstance(v, list) or not v or not all(isinstance(x, str) and x.strip() for x in v):
                err("names.json %s must be a non-empty list of strings" % k)
        generic = {"ambassadeur", "ambassadeurs", "ambassadrice", "ambassadrices", "ambassador", "ambassadors"}
        if not generic <= set(names.get("ambassadors", [])):
            err("names.json ambassadors lacks the generic forms")
    except ValueError as e:
        err("names.json: bad JSON (%s)" % e)

    # README
    rl = read("README.md").split("\n")
    if len(rl) < 4 or rl[0] != LINE1:
        err("README line 1 is not the exact development-set line")
    if len(rl) < 3 or rl[1] != ">" or rl[2] != "":
        err("README lines 2-3 must be '>' and empty")
    if len(rl) < 4 or not re.fullmatch(r"# markings_dev7: .+", rl[3]):
        err("README line 4 must be '# markings_dev7: <flavour>'")
    text = "\n".join(rl)
    for needle in ("**Flavour.**",
                   "| Prefix | Client (sector) | Program | Ambassadors are called (ALL ambassadors) | Subgroups (→ internal) |",
                   "## Leadership", "## Notes on labels"):
        if needle not in text:
            err("README lacks %r" % needle)
    for p in by_client:
        if "| %s |" % p not in text:
            err("README table lacks prefix " + p)

    # determinism: gen.py must reproduce the files byte for byte
    sys.path.insert(0, HERE)
    sys.dont_write_bytecode = True
    import gen  # noqa: E402
    for fname, content in gen.build().items():
        if read(fname) != content:
            err("%s differs from what gen.py generates" % fname)

if errors:
    for e in errors:
        print("FAIL:", e)
    sys.exit(1)
print("OK")

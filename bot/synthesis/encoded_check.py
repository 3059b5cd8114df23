"""Experimental: check unread small groups."""
from __future__ import annotations
import os
import numpy as np
from bot.synthesis.themes import Group, cluster_one

OWNER = None

def check(reading, shared, picks, encoder, mode):
    if not mode:
        return {}
    budget = int(os.environ.get("SR_CHECK", "12"))
    maxp = int(os.environ.get("SR_MAXP", "4"))
    order = sorted(
        (i for i, p in enumerate(picks) if not p and int(os.environ.get("SR_MINP", "2")) <= reading.people(shared[i].rows) <= maxp),
        key=lambda i: reading.people(shared[i].rows),
    )
    chosen = {}
    spent = 0
    for i in order:
        rows = []
        seen = set()
        for row in shared[i].ranked():
            if reading.person(row) not in seen:
                seen.add(reading.person(row)); rows.append(row)
        rows = rows[:4]
        if spent + len(rows) > budget:
            break
        chosen[i] = rows; spent += len(rows)
    if not chosen:
        return {}
    texts = list(dict.fromkeys(reading.text(r) for rows in chosen.values() for r in rows))
    raw = np.asarray(encoder.queries(texts), dtype=np.float32) - reading.mean
    raw /= np.maximum(np.linalg.norm(raw, axis=1, keepdims=True), 1e-9)
    by = dict(zip(texts, raw))
    out = {}
    split_below = float(os.environ.get("SR_SPLIT", "0.05"))
    pair_at = float(os.environ.get("SR_PAIR", "0.15"))
    for i, rows in chosen.items():
        g = shared[i]
        v = np.stack([by[reading.text(r)] for r in rows])
        sim = v @ v.T
        n = len(rows)
        off = ~np.eye(n, dtype=bool)
        cohesion = float(sim[off].mean())
        if OWNER is not None:
            ids = [reading.answers[reading.clauses[r].answer_index].id for r in rows]
            ms = sim.copy(); np.fill_diagonal(ms, np.nan)
            print("   CHECK", reading.people(g.rows), f"coh {cohesion:+.2f}", " ".join(f"{OWNER.get(a,'noise')}:{m:+.2f}" for a, m in zip(ids, np.nanmean(ms, axis=1))))
        if mode == "drop":
            if cohesion < split_below:
                out[id(g)] = []
        elif mode == "outlier":
            # the member least like the others leaves when below pair_at on average
            np.fill_diagonal(sim, np.nan)
            mean = np.nanmean(sim, axis=1)
            k = int(np.argmin(mean))
            if mean[k] < pair_at:
                gone = reading.person(rows[k])
                rest = [r for r in g.rows if reading.person(r) != gone]
                if reading.people(rest) >= 2:
                    out[id(g)] = [cluster_one(reading.features, rest)]
                else:
                    out[id(g)] = []
        elif mode == "pairat":
            np.fill_diagonal(sim, -np.inf)
            if sim.max() < pair_at:
                out[id(g)] = []
    return out

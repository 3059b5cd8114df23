# -*- coding: utf-8 -*-
"""Parse the mini markup of content.py into blocks (stdlib only)."""
import re

SEP = " \u203a "  # " › "


def parse(src):
    doc = {"audience": [], "title": None, "blocks": []}
    blocks = doc["blocks"]
    for raw in src.strip("\n").split("\n"):
        line = raw.rstrip()
        if not line.strip():
            continue
        if line.startswith("!audience "):
            doc["audience"].append(line[len("!audience "):])
            continue
        m = re.match(r"^(#{1,3}) (.*)$", line)
        if m:
            lvl = len(m.group(1))
            if lvl == 1:
                doc["title"] = m.group(2)
            else:
                blocks.append({"kind": "h", "level": lvl, "text": m.group(2)})
            continue
        if line.startswith("- "):
            kind, item = "ul", line[2:]
        elif re.match(r"^\d+\. ", line):
            kind, item = "ol", re.sub(r"^\d+\. ", "", line)
        elif line.startswith("|"):
            cells = line.strip().strip("|").split("|")
            if blocks and blocks[-1]["kind"] == "table":
                assert len(cells) == len(blocks[-1]["header"]), line
                blocks[-1]["rows"].append(cells)
            else:
                blocks.append({"kind": "table", "header": cells, "rows": []})
            continue
        elif line.startswith("p "):
            blocks.append({"kind": "p", "text": line[2:]})
            continue
        else:
            raise ValueError("bad line: " + line)
        if blocks and blocks[-1]["kind"] == kind:
            blocks[-1]["items"].append(item)
        else:
            blocks.append({"kind": kind, "items": [item]})
    return doc


def sections(doc):
    """heading path (without title) -> list of text strings (paragraphs, items, cells)."""
    out = {"": []}
    stack = []
    for b in doc["blocks"]:
        if b["kind"] == "h":
            stack = stack[: b["level"] - 2] + [b["text"]]
            out.setdefault(SEP.join(stack), [])
            continue
        key = SEP.join(stack)
        if b["kind"] == "p":
            out[key].append(b["text"])
        elif b["kind"] in ("ul", "ol"):
            out[key].extend(b["items"])
        else:
            out[key].extend(b["header"])
            for r in b["rows"]:
                out[key].extend(r)
    return out

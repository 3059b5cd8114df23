"""Shared helpers (stdlib only): section index and gold resolution over content blocks."""
from content import DOCS

SEP = " › "
UNIT_KIND = {"paragraph": ("p",), "list": ("ul", "ol"), "table_row": ("table",)}


def sections(d):
    """Yield (path, block) for every non-heading block, path = heading path below the title."""
    stack = []
    out = []
    for b in d["blocks"]:
        if b[0] == "h":
            lvl = b[1]
            stack = [*stack[:lvl - 1], b[2]]
        else:
            out.append((SEP.join(stack), b))
    return out


def all_paths(d):
    stack, paths = [], []
    for b in d["blocks"]:
        if b[0] == "h":
            stack = [*stack[:b[1] - 1], b[2]]
            paths.append(SEP.join(stack))
    return paths


def block_texts(d):
    """All text of a document, as the generator wrote it (title, meta, headings, cells...)."""
    t = [d["title"], d["meta"]]
    for b in d["blocks"]:
        if b[0] == "h":
            t.append(b[2])
        elif b[0] == "p":
            t.append(b[1])
        elif b[0] in ("ul", "ol"):
            t.append(b[1])
            t.extend(b[2])
        elif b[0] == "table":
            t.extend(b[1])
            for r in b[2]:
                t.extend(r)
    return t


def resolve(docname, section, unit, sel):
    d = next(x for x in DOCS if x["file"] == docname)
    blocks = [b for p, b in sections(d) if p == section and b[0] in UNIT_KIND[unit]]
    if unit == "paragraph":
        return [blocks[sel][1]]
    if unit == "list":
        b = blocks[sel]
        return [b[1], *b[2]]
    for b in blocks:
        for r in b[2]:
            if r[0] == sel:
                return [c for c in r if c.strip() not in ("—", "-", "")]
    raise KeyError((docname, section, sel))

"""A form's readership options, read as the one the author chose.

Templates print every level and let the author pick one: check boxes ("Diffusion : ☐ Public
☑ Interne ☐ Confidentiel", "[X] Internal", "(x) Public", "■ Public □ Internal"), "yes" or
"no" beside each ("Public : non · Interne : oui"), or the chosen one set apart in a plain
list (in bold, highlighted ==…==, in capitals while the others are not, followed by "←" or
"(retenu)"), or the others struck out (~~Public~~). Read word by word such a line holds
its strictest option; here it is rewritten before the head is read:

- one or more options chosen: the strictest of them, as a labelled field
  ("Classification : Interne"); a chosen box that names a group ("[X] Équipe Acme") is
  kept as that group ("Diffusion : Équipe Acme");
- every box empty, every option "no": the author chose nothing, the line is left out (a
  tick beside something else, "☑ Relu par le juridique", chooses no readership);
- a tick that stands apart from the options, over several of them ("✓ (en marge, à
  hauteur de Public / Interne)"): the strictest it may mean (fail closed).

A plain list with nothing set apart is left as written (`marking_lines` reads legends). An
option list printed one option a line under its label ("Diffusion :" then "Public",
"Interne ←", …) is read as one line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from knowledge.marking_groups import (
    LEVEL_NAMES,
    LEVEL_WORDS,
    LEVELS,
    group_level,
)
from knowledge.text import fold

__all__ = ["with_options_read"]

OPTION_WORDS = 3
_LEVEL = re.compile(
    r"\b(?P<word>public|publique|interne|internal|restreinte?|restricted|confidentiel(?:le)?"
    r"|confidential|secret)\b"
)

# Boxes: ticked, empty, or crossed out ("✗ = non" beside a form's legend).
_TICKED = r"☑|☒|✓|✔|✅|■|▣|\[\s*[xX✓✔]\s*\]|\(\s*[xX✓✔]\s*\)"
_EMPTY = r"☐|□|▢|\[\s*\]|\(\s*\)"
_CROSSED = r"✗|✘|❌"
_BOX = re.compile(rf"(?P<ticked>{_TICKED})|(?P<empty>{_EMPTY})|(?P<crossed>{_CROSSED})")
# "Public : non · Interne : oui".
_ANSWER = re.compile(rf"{_LEVEL.pattern}\s*:\s*(?P<answer>oui|non|yes|no)\b", re.IGNORECASE)
# The marks that set a chosen option apart in a plain list.
_MARKED = re.compile(
    r"^(?:\*\*.+\*\*|__.+__|==.+==)$|(?:←|<-|<=|⇐)\s*$|^\s*(?:→|->|=>|⇒)"
    r"|\((?:retenue?|choisie?|selectionnee?|cochee?|selected|chosen|checked|ticked)\)\s*$",
    re.IGNORECASE,
)
_STRUCK = re.compile(r"^(?:~~.+~~|-[^\s-][^-]*-)$")
_SEPARATORS = re.compile(r"\s*(?:/|·|•|\||,|;|\s[—–-]\s)\s*")
_LABEL = re.compile(r"^(?P<label>[^:]{1,40}?)\s*:\s*(?=\S)")
_LABEL_ONLY = re.compile(r"^[\W_]*[^\W\d_][^:]{0,40}:\s*$")
# Drop-down arrows beside a chosen value, and a field never filled in.
_ARROW = re.compile(r"\s*[▾▼⌄⏷]\s*$")
_PLACEHOLDER = re.compile(
    r"^\s*(?:<[^<>]{1,30}>|selectionner\W*|select\W*|choisir\W*|choose\W*|_{3,}|\.{3,}|…)\s*$",
    re.IGNORECASE,
)


def with_options_read(lines: Sequence[str]) -> list[str]:
    """`lines` with every readership option list rewritten as the option chosen (see the
    module's rules); other lines as written."""
    out: list[str] = []
    for line in _tables_read(_joined(list(lines))):
        read = _options_read(line)
        out.append(line if read is None else read)
    return out


def _joined(lines: list[str]) -> list[str]:
    """A label alone on its line followed by one option a line, read as one line."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if _LABEL_ONLY.match(line):
            options = []
            j = i + 1
            while j < len(lines) and _one_option(lines[j]):
                options.append(lines[j].strip())
                j += 1
            if len(options) >= 2:
                out.append(f"{line.strip()} {' / '.join(options)}")
                out.extend("" for _ in range(j - i - 1))
                i = j
                continue
        out.append(line)
        i += 1
    return out


_ROW = re.compile(r"^\s*\|.*\|\s*$")
_RULE_ROW = re.compile(r"^\s*\|(?:\s*:?-+:?\s*\|)+\s*$")
_CELL_TICK = re.compile(rf"^(?:x|oui|yes|{_TICKED})$", re.IGNORECASE)


def _cells(row: str) -> list[str]:
    return [cell.strip() for cell in row.strip().strip("|").split("|")]


def _tables_read(lines: list[str]) -> list[str]:
    """A table whose columns are the levels (« | Diffusion | Public | Interne | … | ») and
    whose row ticks one of them, read as the field of the ticked one; no tick: left out."""
    out = list(lines)
    for i, line in enumerate(lines):
        if not _ROW.match(line) or i + 2 >= len(lines) or not _RULE_ROW.match(lines[i + 1]):
            continue
        heads = _cells(line)
        columns = {
            k: lv[0]
            for k, cell in enumerate(heads)
            if len(lv := _levels(cell)) == 1 and len(cell.split()) <= OPTION_WORDS
        }
        rows = [r for r in lines[i + 2 : i + 4] if _ROW.match(r)]
        if len(set(columns.values())) < 2 or not rows:
            continue
        chosen = [
            columns[k]
            for row in rows
            for k, cell in enumerate(_cells(row))
            if k in columns and _CELL_TICK.match(cell)
        ]
        label = heads[0] if 0 not in columns else ""
        out[i] = _field(label, _strictest(chosen)) if chosen else ""
        for k in range(i + 1, i + 2 + len(rows)):
            out[k] = ""
    return out


def _one_option(line: str) -> bool:
    text = fold(line).strip()
    found = _LEVEL.search(text)
    return found is not None and len(text.split()) <= 4 and not _LEVEL.search(text, found.end())


def _levels(text: str) -> list[str]:
    return [LEVEL_WORDS[m["word"]] for m in _LEVEL.finditer(fold(text))]


def _strictest(levels: Sequence[str]) -> str:
    return max(levels, key=LEVELS.index)


def _field(label: str, level: str) -> str:
    return f"{label or 'Classification'} : {LEVEL_NAMES[level]}"


def _options_read(line: str) -> str | None:
    """The line rewritten (see the module), "" when it chose nothing, None when it is no
    option list."""
    text = _ARROW.sub("", line)
    labelled = _LABEL.match(text.strip())
    if labelled is not None and _levels(labelled["label"]):
        labelled = None  # "Public : non · Interne : oui": the first option, no label
    label = labelled["label"].strip(" *_#>") if labelled is not None else ""
    body = text.strip()[labelled.end() :] if labelled is not None else text.strip()
    if labelled is not None and _PLACEHOLDER.match(body):
        return ""  # "Audience : <choisir>", "Diffusion : Sélectionner… ▾"
    if len(set(_levels(body))) < 2:
        return _arrow_only(line, text)
    for read in (_boxes, _answers, _set_apart):
        found = read(label, body)
        if found is not None:
            return found
    return None


def _arrow_only(line: str, text: str) -> str | None:
    return text if text != line else None  # "Audience: All X ▾": the value itself


def _boxes(label: str, body: str) -> str | None:
    marks = list(_BOX.finditer(body))
    if len(marks) < 2 and not any(m["ticked"] for m in marks):
        return None
    chosen: list[str] = []
    offered = False
    crossed = any(m["crossed"] for m in marks) and any(m["ticked"] for m in marks)
    for index, mark in enumerate(marks):
        end = marks[index + 1].start() if index + 1 < len(marks) else len(body)
        option = body[mark.end() : end].strip(" ·|,;/")
        levels = _levels(option) or ([g] if (g := group_level(fold(option))) else [])
        offered = offered or bool(levels)
        if levels and (mark["ticked"] or (mark["crossed"] and not crossed)):
            chosen.append(_strictest(levels))
            if len(levels) == 1 and not _levels(option):
                return f"{label or 'Diffusion'} : {option}"  # a group ticked
    if not offered:
        return None
    return _field(label, _strictest(chosen)) if chosen else ""


def _answers(label: str, body: str) -> str | None:
    answers = list(_ANSWER.finditer(fold(body)))
    if len(answers) < 2:
        return None
    chosen = [LEVEL_WORDS[a["word"]] for a in answers if a["answer"] in ("oui", "yes")]
    return _field(label, _strictest(chosen)) if chosen else ""


def _set_apart(label: str, body: str) -> str | None:
    items = [item.strip() for item in _SEPARATORS.split(body) if item.strip()]
    options = [(item, _levels(item)) for item in items]
    # Only options on the line, each a level in a few words: a form's list, not a sentence.
    if not label or any(len(lv) != 1 or len(item.split()) > OPTION_WORDS for item, lv in options):
        return None
    marked = [levels[0] for item, levels in options if _MARKED.search(item)]
    if not marked:
        standing = [levels[0] for item, levels in options if not _STRUCK.match(item)]
        if len(standing) < len(options):
            marked = standing
    if not marked:
        marked = _in_capitals(options)
    return _field(label, _strictest(marked)) if marked else None


def _in_capitals(options: list[tuple[str, list[str]]]) -> list[str]:
    """The options written in capitals when the others are not ("CONFIDENTIAL / internal")."""
    words = [(re.sub(r"[^\w]", "", item), levels[0]) for item, levels in options]
    capitals = [level for word, level in words if len(word) > 1 and word.isupper()]
    return capitals if 0 < len(capitals) < len(words) else []

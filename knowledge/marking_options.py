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
    PUBLIC,
    group_level,
    unknown_quantified_group,
)
from knowledge.marking_labels import audience_label
from knowledge.marking_option_tables import (
    LEVEL,
    OPTION_WORDS,
    TICKED,
    field_row,
    tables_read,
)
from knowledge.marking_option_tables import field as _field
from knowledge.marking_option_tables import levels as _levels
from knowledge.marking_option_tables import strictest as _strictest
from knowledge.marking_words import is_label
from knowledge.text import fold

__all__ = ["with_options_read"]

# Boxes: ticked, empty, or crossed out ("✗ = non" beside a form's legend).
_EMPTY = r"☐|□|▢|\[\s*\]|\(\s*\)"
_CROSSED = r"✗|✘|❌"
_BOX = re.compile(rf"(?P<ticked>{TICKED})|(?P<empty>{_EMPTY})|(?P<crossed>{_CROSSED})")
# An option and its answer: "Public : non", "Staff — yes", "Public : X", "Interne :" (left
# blank), or the answer first: "oui (Public)".
_YES = rf"oui|yes|x|{TICKED}"
_NO = rf"non|no|{_CROSSED}"
_ANSWERED = re.compile(
    rf"^(?P<option>[^:=—–()]+?)\s*(?::|=|—|–|\s-)\s*(?:(?P<yes>{_YES})|(?P<no>{_NO}))?$"
    rf"|^(?:(?P<yes2>{_YES})|(?P<no2>{_NO}))\s*\((?P<option2>[^()]+)\)$",
    re.IGNORECASE,
)
_ANSWER_SEPARATORS = re.compile(r"\s*(?:/|·|•|\||,|;)\s*|\s{2,}")
# "Public : oui — Interne : non": options between dashes (then "Staff — yes" is not one).
_DASHES = re.compile(rf"{_ANSWER_SEPARATORS.pattern}|\s[—–]\s")
# The marks that set a chosen option apart in a plain list.
_MARKED = re.compile(
    r"^(?:\*\*.+\*\*|__.+__|==.+==)$|(?:←|<-|<=|⇐)\s*$|^\s*(?:→|->|=>|⇒)"
    r"|\((?:retenue?|choisie?|selectionnee?|cochee?|selected|chosen|checked|ticked)\)\s*$",
    re.IGNORECASE,
)
# A mark standing alone after an option written with single spaces ("Interne ←").
_MARK_ALONE = re.compile(r"^(?:←|<-|<=|⇐|\((?:retenue?|choisie?|selected|chosen)\))$")
_STRUCK = re.compile(r"^(?:~~.+~~|-[^\s-][^-]*-)$")
_SEPARATORS = re.compile(r"\s*(?:/|·|•|\||,|;|\s[—–-]\s)\s*")
_ASIDE = re.compile(r"\s*\([^()]*\)")
_LABEL = re.compile(r"^(?P<label>[^:]{1,40}?)\s*:\s*(?=\S)")
_BULLET = re.compile(r"^[-*+•]\s+")
_LABEL_ONLY = re.compile(r"^[\W_]*[^\W\d_][^:]{0,40}:\s*$")
# Drop-down arrows beside a chosen value, and a field never filled in.
_ARROW = re.compile(r"\s*[▾▼⌄⏷]\s*$")
_PLACEHOLDER = re.compile(
    r"^\s*(?:<[^<>]{1,30}>|selectionner\W*|select\W*|choisir\W*|choose\W*|_{3,}|\.{3,}|…)\s*$",
    re.IGNORECASE,
)
# Every level between brackets, none chosen: a template's field never filled in
# ("[PUBLIC / INTERNE / CONFIDENTIEL]", "<Public | Internal>").
_BRACKETED = re.compile(r"^\s*[\[<{](?P<inner>[^\[\]<>{}]+)[\]>}]\s*$")
# Readership labels a form prints beside its options, besides a marking's own labels.
_OPTION_LABELS = frozenset(("readership", "share with", "sharing", "partage", "lectorat"))


def with_options_read(lines: Sequence[str]) -> list[str]:
    """`lines` with every readership option list rewritten as the option chosen (see the
    module's rules); other lines as written."""
    out: list[str] = []
    for line in tables_read(_joined(list(lines))):
        line = field_row(line, _options_read, _readership_label)
        read = _options_read(line)
        out.append(line if read is None else read)
    return out


def _readership_label(label: str) -> bool:
    """A label a form's readership field is printed under ("Diffusion", "Audience")."""
    words = " ".join(re.sub(r"[^\w]+", " ", fold(label)).split())
    return _marking_label(label) or words in _OPTION_LABELS


def _marking_label(label: str) -> bool:
    """A label the head's reader reads readers under (not "Share with", only a form's)."""
    words = " ".join(re.sub(r"[^\w]+", " ", fold(label)).split())
    return is_label(words) or audience_label(words)


def _joined(lines: list[str]) -> list[str]:
    """A label alone on its line followed by one option a line, read as one line."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        # "Diffusion" alone over its options (not a table's row, not a level itself).
        bare = ":" not in line and "|" not in line and not _levels(line)
        bare = bare and _readership_label(line)
        if _LABEL_ONLY.match(line) or bare:
            options = []
            j = i + 1
            while j < len(lines) and _one_option(lines[j]):
                options.append(_BULLET.sub("", lines[j].strip()))
                j += 1
            if len(options) >= 2:
                label = line.strip() if not bare else f"{line.strip()} :"
                out.append(f"{label} {' / '.join(options)}")
                out.extend("" for _ in range(j - i - 1))
                i = j
                continue
        out.append(line)
        i += 1
    return out


def _one_option(line: str) -> bool:
    text = fold(line).strip()
    found = LEVEL.search(text)
    return found is not None and len(text.split()) <= 4 and not LEVEL.search(text, found.end())


def _option_levels(option: str) -> list[str]:
    """The levels an option names: its level words, else the group it names."""
    return _levels(option) or ([g] if (g := group_level(fold(option))) else [])


def _options_read(line: str) -> str | None:
    """The line rewritten (see the module), "" when it chose nothing, None when it is no
    option list."""
    text = _ARROW.sub("", line)
    labelled = _LABEL.match(text.strip())
    if labelled is not None and _levels(labelled["label"]):
        labelled = None  # "Public : non · Interne : oui": the first option, no label
    label = labelled["label"].strip(" *_#>") if labelled is not None else ""
    body = text.strip()[labelled.end() :] if labelled is not None else text.strip()
    if labelled is not None and (_PLACEHOLDER.match(body) or _unfilled(body)):
        return ""  # "Audience : <choisir>", "Diffusion : [PUBLIC / INTERNE / CONFIDENTIEL]"
    # Options that are groups ("[x] All members [ ] Staff only") count under a readership
    # label; elsewhere two levels make a list.
    if len(set(_levels(body))) < 2 and not (label and _readership_label(label)):
        return _arrow_only(line, text)
    for read in (_boxes, _answers, _set_apart):
        found = read(label, body)
        if found is not None:
            return found
    return _arrow_only(line, text)


def _unfilled(body: str) -> bool:
    bracketed = _BRACKETED.match(body)
    if bracketed is None:
        return False
    items = [item for item in _SEPARATORS.split(bracketed["inner"]) if item.strip()]
    return len(items) >= 2 and all(len(_levels(item)) == 1 for item in items)


def _arrow_only(line: str, text: str) -> str | None:
    return text if text != line else None  # "Audience: All X ▾": the value itself


def _chosen_field(label: str, chosen: list[str], named: list[str]) -> str:
    """The field of the options chosen: the strictest of the levels `chosen` by name, or,
    when one names readers (`named`: "[x] Équipe support", "[x] All members", "**Membres
    Or**"), the options as written, for the head's reader to weigh their words."""
    if named:
        shown = label if label and _marking_label(label) else "Diffusion"
        # Public beside a group ticked is no wider than the group (the strictest wins).
        closing = [LEVEL_NAMES[level] for level in chosen if level != PUBLIC]
        return f"{shown} : {' / '.join([*named, *closing])}"
    return _field(label, _strictest(chosen)) if chosen else ""


def _boxes(label: str, body: str) -> str | None:
    marks = list(_BOX.finditer(body))
    if len(marks) < 2 and not any(m["ticked"] for m in marks):
        return None
    # The boxes after their options ("Public [ ] Internal [X]", "All members ✓ Staff ✗").
    before = body[: marks[0].start()].strip(" ·|,;/:")
    after = body[marks[-1].end() :].strip(" ·|,;/:")
    trailing = bool(before) and not after
    chosen: list[str] = []
    named: list[str] = []
    scale: set[str] = set()  # the levels printed and left blank
    unread = False
    offered = False
    crossed = any(m["crossed"] for m in marks) and any(m["ticked"] for m in marks)
    for index, mark in enumerate(marks):
        if trailing:
            start = marks[index - 1].end() if index else 0
            option = body[start : mark.start()].strip(" ·|,;/:")
        else:
            end = marks[index + 1].start() if index + 1 < len(marks) else len(body)
            option = body[mark.end() : end].strip(" ·|,;/:")
        levels = _option_levels(option)
        offered = offered or bool(levels)
        if not (mark["ticked"] or (mark["crossed"] and not crossed)):
            scale.update(_levels(option))
            continue
        if _levels(option):
            chosen.append(_strictest(levels))
        elif levels:
            named.append(option)  # a group ticked
        elif label and _names_readers(option, last=index == len(marks) - 1):
            named.append(option)  # readers named in the program's own words
        else:
            unread = True
    if not offered and not (len(marks) >= 2 and _readership_label(label)):
        return None
    if unread and not (chosen or named) and len(scale) < 2:
        return None  # a tick this reader cannot place, and no scale left blank: as written
    return _chosen_field(label, chosen, named)


def _names_readers(option: str, *, last: bool) -> bool:
    """A ticked option without a level names readers when it says "all …" or stands among
    the levels; a last box after them ("[x] Proofread") is another field's."""
    if not option or len(option.split()) > OPTION_WORDS + 1:
        return False
    return not last or unknown_quantified_group(fold(option)) is not None


def _answers(label: str, body: str) -> str | None:
    for separators in (_ANSWER_SEPARATORS, _DASHES):
        found = _answered(label, [item for item in separators.split(body) if item.strip()])
        if found is not None:
            return found
    return None


def _answered(label: str, items: list[str]) -> str | None:
    if len(items) < 2:
        return None
    chosen: list[str] = []
    named: list[str] = []
    answered = False
    for item in items:
        found = _ANSWERED.match(item.strip())
        if found is None:
            return None
        option = (found["option"] or found["option2"]).strip()
        levels = _option_levels(option)
        if (not levels and not label) or len(option.split()) > OPTION_WORDS:
            return None
        yes = bool(found["yes"] or found["yes2"])
        answered = answered or yes or bool(found["no"] or found["no2"])
        if yes and _levels(option):
            chosen.append(_strictest(levels))
        elif yes:
            named.append(option)
    if not answered or not any(_levels(item) for item in items):
        return None
    return _chosen_field(label, chosen, named)


def _items(body: str) -> list[str]:
    """The options of a plain list: between separators, else between wider gaps, else
    word by word when each word is a level ("-Public- Interne -Confidentiel-")."""
    for split in (_SEPARATORS, re.compile(r"\s{2,}")):
        items = [item.strip() for item in split.split(body) if item.strip()]
        if all(len(_levels(item)) <= 1 for item in items):
            return items
    words: list[str] = []
    for word in body.split():
        if words and _MARK_ALONE.match(word):
            words[-1] += f" {word}"
        else:
            words.append(word)
    return words if all(len(_levels(word)) == 1 for word in words) else []


def _set_apart(label: str, body: str) -> str | None:
    items = _items(body)
    options = [(item, _option_levels(_ASIDE.sub("", item))) for item in items]
    # Only options on the line, each a level or a group in a few words: a form's list, not a
    # sentence.
    if (
        not label
        or len(options) < 2
        or any(len(_ASIDE.sub("", item).split()) > OPTION_WORDS for item, _ in options)
        or sum(1 for _, lv in options if lv) < 2
        or any(len(lv) > 1 for _, lv in options)
    ):
        return None
    picked = [item for item, _ in options if _MARKED.search(item)]
    if not picked:
        standing = [item for item, _ in options if not _STRUCK.match(item)]
        if len(standing) < len(options):
            picked = standing
    if not picked:
        picked = _in_capitals([item for item in items if _levels(item)])
    chosen = [lv[0] for item, lv in options if item in picked and _levels(item)]
    named = [_plain(item) for item, lv in options if item in picked and not _levels(item)]
    if not picked:
        return None
    return _chosen_field(label, chosen, named)


def _plain(item: str) -> str:
    return _MARK_ALONE.sub("", re.sub(r"^(?:\*\*|__|==)|(?:\*\*|__|==)$", "", item)).strip()


def _in_capitals(items: list[str]) -> list[str]:
    """The options written in capitals when the others are not ("CONFIDENTIAL / internal")."""
    words = [(item, re.sub(r"[^\w]", "", _ASIDE.sub("", item))) for item in items]
    capitals = [item for item, word in words if len(word) > 1 and word.isupper()]
    return capitals if 0 < len(capitals) < len(words) else []

"""A head's lines as extraction leaves them, read as the lines they stand for.

PDF extraction glues a running footer's page number to its text ("…tous niveaux
confondusPage 1/8") and breaks a header's word at a line's end ("POUR TOUS LES TOUR-" /
"NEURS"): the number is dropped and the word joined again (`extracted_lines`).

A page-properties row is read as the labelled line it stands for.

Wikis and note tools export their page properties as a table: a key and a value in two
cells ("| Audience | Pilot group |"), or in two columns padded with spaces or a tab
("Audience    Pilot group"). When the key is a readership label, the row says what
"Audience : Pilot group" says, and is read as that line; any other row (an owner, a date, a
table's header) is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from knowledge.marking_groups import PUBLIC
from knowledge.marking_labels import AUDIENCE_LABELS, MAIL_TO_LABELS
from knowledge.marking_words import is_label
from knowledge.text import fold_spaced

__all__ = ["as_audience", "as_labelled_row", "extracted_lines", "opens_as_reserved"]

# A page number, glued or set apart: "Page 1/8", "· Page 2 of 9", "p. 3 sur 4".
_PAGE = re.compile(
    r"\s*[·|•—–-]?\s*(?:(?<![^\W\d_])[Pp]age|(?<=[a-zà-ÿ])Page|\bp\.)\s*\d+\s*(?:/|of|sur|de)\s*\d+\b"
)
# A word broken at a line's end by a hyphen, its rest opening the next line.
_BROKEN = re.compile(r"[^\W\d_]{2}-$")
_REST = re.compile(r"^[^\W\d_]{2}")


def extracted_lines(lines: list[str]) -> list[str]:
    """`lines` with page numbers dropped and words broken across two lines joined."""
    out: list[str] = []
    for line in lines:
        line = _PAGE.sub(" ", line).rstrip() if _PAGE.search(line) else line
        if out and _BROKEN.search(out[-1].rstrip()) and _REST.match(line.lstrip()):
            head, rest = out[-1].rstrip(), line.lstrip()
            # "Sud-" / "Ouest": a compound's own hyphen stays
            kept = head[-2].islower() and rest[0].isupper()
            out[-1] = (head if kept else head[:-1]) + rest
            continue
        out.append(line)
    return out


# Two cells of a table row, or two columns set apart by a tab or a run of spaces.
_ROW = re.compile(
    r"^\s*\|?\s*(?P<key>[^\W\d][^|\t:]{0,30}?)\s*(?:\||\t+|\s{3,})\s*"
    r"(?P<value>[^|\t\s][^|\t]*?)\s*\|?\s*$"
)
# Keys that name a document's readers: the labelled lines' audience labels (a mail's "À" and
# "To" aside: a row's first cell is no mail header) and a page's visibility.
_READER_KEYS = (frozenset(AUDIENCE_LABELS) - frozenset(MAIL_TO_LABELS)) | {
    "readership",
    "visible par",
    "visible to",
    "visible by",
}
# A properties table's row saying who the page is for ("| Public visé | Guides du Sud |").
_AUDIENCE_KEYS = frozenset(
    ("public vise", "public cible", "public concerne", "target audience", "intended audience")
)
# The French audience fields: "Public : membres niveau Or", "Public visé : le comité".
_PUBLIC_FIELD = re.compile(
    r"^[\W_]*public(?:\s+(?:vis|concern)[ée]e?s?)?\s*:\s*(?P<value>\S.*)$", re.I
)


# A part of the members or the staff in the value: "Public : Guides niveau 2", "Public visé :
# comité des usagers" (not "Public : passagers réguliers", a campaign's target customers).
_PART_WORDS = re.compile(
    r"\b(?:niveaux?|levels?|tiers?|paliers?|rangs?|groupes?|groups?|comites?|committees?"
    r"|panels?|cohortes?|cohorts?|equipes?|teams?|staff|salaries|employes|membres?|members?"
    r"|ambassad\w+|pilotes?|pilots?|sections?|cellules?|antennes?|chapters?|bureaux?|conseils?)\b"
)


def as_audience(line: str) -> str | None:
    """A French "Public : …" field naming a part of the members or the staff, as the audience
    it names ("Audience : …"); None for any other line. Read to restrict only, as "Public"
    is also a campaign's target."""
    field = _PUBLIC_FIELD.match(line)
    if field is None or _PART_WORDS.search(fold_spaced(field["value"])) is None:
        return None
    return f"Audience : {field['value']}"


def as_labelled_row(line: str) -> str:
    """`line` as a labelled line when it is a readership property's row, else unchanged."""
    row = _ROW.match(line)
    if row is not None:
        key = fold_spaced(row["key"]).strip(" *_")
        if key in _AUDIENCE_KEYS:  # a property of the page: who reads it, not a target
            line = f"Audience : {row['value'].strip()}"
        elif key in _READER_KEYS or is_label(key):
            line = f"{row['key'].strip()} : {row['value'].strip()}"
    return line


# A restriction given its readers: "Diffusion restreinte : X", "Diff. restr. aux X",
# "Restricted distribution: X", "À l'usage exclusif des X", "For the exclusive use of X".
_RESTRICTED_TO = re.compile(
    r"^(?P<lead>[\W_]*)(?i:(?:diffusion|diff|distribution|circulation|acces|accès|access)\.?\s+"
    r"(?:restreinte?|restr|limitée?|limitee?|lim|réservée?|reservee?)\.?"
    r"|(?P<en>(?:restricted|limited)\s+(?:distribution|circulation|access)))\s*"
    r"(?::|(?P<to>(?i:à|a|aux|au|to|for))\s)\s*(?P<who>\w.*)$"
)
_EXCLUSIVE_USE = re.compile(
    r"^(?P<lead>[\W_]*)(?i:(?:réservée?s?\s+)?à\s+l['’]usage\s+exclusif\s+(?P<fr>des|du|de\s+l['’]|de)"
    r"|(?:reserved\s+)?for\s+the\s+exclusive\s+use\s+of)\s*(?P<who>\w.*)$"
)
_TO_FR = {"des": "aux ", "du": "au ", "de": "à "}
_VALUE_WORDS = frozenset(("oui", "non", "yes", "no", "voir", "see", "cf"))


def as_reserved(line: str) -> str | None:
    """A restriction given its readers, as the reservation it is ("Diffusion restreinte :
    tous les X" says "Réservé à tous les X"), to be read the same way; None otherwise."""
    found = _RESTRICTED_TO.match(line)
    if found is not None:
        if fold_spaced(found["who"]).split(" ")[0] in _VALUE_WORDS:
            return None
        if found["en"] is not None:
            return f"{found['lead']}Reserved for {found['who']}"
        to = found["to"] if found["to"] and found["to"].lower() in ("aux", "au") else "à"
        return f"{found['lead']}Réservé {to} {found['who']}"
    found = _EXCLUSIVE_USE.match(line)
    if found is None:
        return None
    if found["fr"] is None:
        return f"{found['lead']}Reserved for {found['who']}"
    to = _TO_FR.get(fold_spaced(found["fr"]), "à l'")
    return f"{found['lead']}Réservé {to}{found['who']}"


_NAME = re.compile(r"(?<=\s)[A-ZÀ-Ý][\w'’-]*")


def names_more(line: str) -> bool:
    """`line` writes a name after its first word ("Réservé aux ambassadeurs de la Guilde")."""
    return _NAME.search(line.strip()) is not None


def opens_as_reserved(
    line: str, said: Callable[[str], str] | None, read: Callable[[str], str | None]
) -> bool:
    """`line` restricts to readers that `read` takes for every ambassador once written as a
    reservation ("Diffusion restreinte : tous les X" as "Réservé à tous les X"), and names
    nothing more once the client's names are read ("… membres de la Guilde": perhaps a part)."""
    reserved = as_reserved(line)
    if reserved is None or names_more(said(reserved) if said is not None else reserved):
        return False
    return read(reserved) == PUBLIC

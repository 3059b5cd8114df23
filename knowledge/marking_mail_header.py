"""A mail's header block read as its readership.

A document that is a mail saved as a document opens with a header block ("De : … / À : … /
Cc : … / Objet : …", "From: / To: / Cc: / Bcc: / Subject:"). Its recipients, To, Cc and Bcc
together, are who may read it:

- the program's all-ambassador list among them (a declared name of all the ambassadors, or
  the generic "ambassadeurs" / "ambassadors", as the list's name or with a word of
  totality: "Vigies Vauban <vigies@…>", "toutes les Vigies", "ambassadeurs@…"): public;
- otherwise a list or a group (a staff list, a tier's, a region's, a pilot's): that group's
  level (`marking_groups`), at least internal;
- otherwise people named one by one only: confidential (narrower than any group);
- hidden or placeholder recipients ("destinataires non divulgués", "{{liste}}", an empty
  "À :") say nothing.

The widest recipient decides (a named person in To with the all list in Cc is public).
Only the outer header counts: the recipients of a quoted earlier message are history, so
`header_lines` gives every header line (outer and quoted) but the subject's, for the caller
to read the rest of the head without them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from knowledge.markers import CONFIDENTIAL, INTERNAL, PUBLIC, Marking
from knowledge.marking_groups import group_level
from knowledge.text import fold

__all__ = ["MailHead", "mail_head", "named_readers_marking"]

_FIELD = re.compile(
    r"^\W{0,3}(?P<key>de|from|[àa]|to|cc|cci|bcc|objet|subject|date|envoy[ée]|sent)"
    r"\s*:\s*(?P<value>.*)$",
    re.IGNORECASE,
)
_RECIPIENT_KEYS = {"a", "to", "cc", "cci", "bcc"}
_OTHER_KEYS = {"de", "from", "objet", "subject"}
_SUBJECT_KEYS = {"objet", "subject"}
# The lines a mail system or a reader puts before the header (a banner, a disclaimer).
_LEAD_LINES = 2

_HIDDEN = re.compile(
    r"\b(?:non divulgues?|undisclosed|masques?|caches?|hidden|invisibles?)\b"
    r"|\{\{|\}\}|\[\[|\]\]|%%|<\s*(?:prenom|nom|first|last|name|email)"
)
_ALL = r"(?:tous (?:les |nos )?|toutes (?:les |nos )?|all (?:the |our )?|every |l ensemble des )"
_GENERIC = r"(?:ambassadeurs|ambassadrices|ambassadors)"
_GROUP_WORDS = re.compile(
    r"\b(?:equipes?|teams?|staff|comites?|committees?|groupes?|groups?|panels?|pilotes?|pilots?"
    r"|testeurs?|testers?|beta|listes?|lists?|clubs?|conseils?|boards?|reseaux?|networks?"
    r"|membres|members|hotes|hosts|formateurs|service|services|cercles?|programmes?|programs?"
    r"|tous|toutes|all|everyone|salaries|employees|direction|codir|comex|associes|partners"
    r"|niveau|tier|level|region|site|sites|mailing|diffusion|distribution)\b"
)
_UP = r"[A-ZÀ-Ý]"
_WORD = rf"{_UP}[\w'’-]+"
_PERSON = re.compile(
    rf"^(?:(?:M\.|Mme|Mlle|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Me|Pr\.?)\s+)?"
    rf"(?:{_UP}\.(?:-{_UP}\.)?\s*{_WORD}|{_WORD}(?:\s+(?:{_UP}\.|{_WORD}|le|la|de|du|van|von)){{1,3}})$"
)
_ROLE = re.compile(
    r"^(?:the |le |la |notre |our |l )?(?:ceo|cfo|coo|cto|dg|daf|drh|dpo|pdg"
    r"|expert comptable|comptable|accountant|avocate?|lawyer|juriste|head of \w+"
    r"|\w+ liaison|directeur \w+|directrice \w+)$"
)
# A person's role or a remark in brackets: "Hélène Vasseur (présidente)", "Niamh Kearney (only)".
_BRACKETS = re.compile(r"\s*[(\[][^)\]]{0,60}[)\]]")
_PERSON_ADDRESS = re.compile(r"^[a-z]+[.][a-z]+(?:[.-][a-z]+)?$")


@dataclass(frozen=True)
class MailHead:
    """A head's mail header: the recipients' level (None: they say nothing) and every
    header line but the subject's (outer and quoted), to be read apart from the rest."""

    marking: Marking | None
    header_lines: frozenset[int]


def mail_head(lines: Sequence[str], ambassador_names: Sequence[str] = ()) -> MailHead | None:
    """The mail header opening `lines` (a head's lines); None when they open no mail."""
    fields = [_FIELD.match(line.strip()) for line in lines]
    keys = [fold(f.group("key")) if f else None for f in fields]
    start = next((i for i, key in enumerate(keys) if key is not None), None)
    if start is None or start > _LEAD_LINES:
        return None
    end = start
    while end < len(lines) and keys[end] is not None:
        end += 1
    outer = set(keys[start:end])
    if not outer & _RECIPIENT_KEYS or not outer & _OTHER_KEYS:
        return None
    header = frozenset(
        i for i, key in enumerate(keys) if key is not None and key not in _SUBJECT_KEYS
    )
    levels: list[str] = []
    texts: list[str] = []
    outside = _across_organisations([(keys[i], fields[i]) for i in range(start, end)])
    for i in range(start, end):
        field = fields[i]
        if field is None or keys[i] not in _RECIPIENT_KEYS:
            continue
        found = [_recipient_level(r, ambassador_names) for r in _split(field.group("value"))]
        known = [level for level in found if level is not None and (level == PUBLIC or not outside)]
        if known:
            levels.extend(known)
            texts.append(lines[i].strip())
    if not levels:
        return MailHead(None, header)
    widest = min(levels, key=[PUBLIC, INTERNAL, CONFIDENTIAL].index)
    return MailHead(Marking(widest, " / ".join(texts)[:120]), header)


_ADDRESS = re.compile(r"[\w.+-]+@(?P<domain>[\w-]+(?:\.[\w-]+)+)")


def _across_organisations(fields: list[tuple[str | None, re.Match[str] | None]]) -> bool:
    """The sender's address and every recipient's address are in different domains: a mail
    received from, or written to, another organisation's correspondents, whose recipients
    are no readership within the program (only the all-ambassador list among them counts)."""
    sender: set[str] = set()
    recipients: set[str] = set()
    for key, field in fields:
        if field is None or key not in _RECIPIENT_KEYS | {"de", "from"}:
            continue
        domains = {_organisation(d) for d in _ADDRESS.findall(fold(field.group("value")))}
        (sender if key in {"de", "from"} else recipients).update(domains)
    return bool(sender) and bool(recipients) and not sender & recipients


def _organisation(domain: str) -> str:
    """ "listes.example.fr" and "example.fr" are one organisation."""
    return ".".join(domain.split(".")[-2:])


def _split(value: str) -> list[str]:
    return [part.strip() for part in re.split(r"[;,]", value) if part.strip(" .")]


def _recipient_level(recipient: str, ambassador_names: Sequence[str]) -> str | None:
    """One recipient's level: public for the all-ambassador list, a group's level, or
    confidential for one person; None when hidden or a placeholder."""
    raw = recipient.strip().strip("\"'")
    if _HIDDEN.search(fold(raw)):
        return None
    display, _, rest = raw.partition("<")
    address = rest.rstrip(">").strip() if rest else (raw if "@" in raw else "")
    display = display.strip().strip("\"'") if "@" not in display else ""
    if _names_all(display, address, ambassador_names):
        return PUBLIC
    text = _words(display) or _words(address.split("@")[0])
    if not text:
        return None
    group = group_level(text)
    if group == CONFIDENTIAL:
        return CONFIDENTIAL
    if (
        _GROUP_WORDS.search(text)
        or group is not None
        or _names_part(text, address, ambassador_names)
    ):
        return INTERNAL
    named = _BRACKETS.sub("", display).strip()
    if named and (_PERSON.match(named) or _ROLE.match(_words(named))):
        return CONFIDENTIAL
    if not display and _PERSON_ADDRESS.match(fold(address.split("@")[0])):
        return CONFIDENTIAL
    if _ROLE.match(text):
        return CONFIDENTIAL
    return INTERNAL  # a list or a group the bot does not know: fail closed, not public


def _words(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", fold(text)).split())


def _names_part(text: str, address: str, ambassador_names: Sequence[str]) -> bool:
    """The recipient names some of the ambassadors (a declared name or the generic word with
    more words: a tier's, a site's list), or is a list address ("croches-forte@")."""
    declared = {_words(name) for name in ambassador_names if "@" not in name and name.strip()}
    padded = f" {text} "
    if re.search(rf"\b{_GENERIC}\b", text) or any(f" {name} " in padded for name in declared):
        return True
    local = fold(address.split("@")[0]) if "@" in address else ""
    return "-" in local and "." not in local


def _names_all(display: str, address: str, ambassador_names: Sequence[str]) -> bool:
    """The recipient is the program's all-ambassador list: a declared name of all the
    ambassadors or the generic word, alone (the list's name) or after a word of totality."""
    declared = {_words(name) for name in ambassador_names if name.strip()}
    declared.discard("")
    local = _words(address.split("@")[0]) if address else ""
    if address and (_words(address) in declared or re.fullmatch(_GENERIC, local)):
        return True
    if not display:
        return False
    shown = re.sub(rf"^{_ALL}", "", _words(display))
    return shown in declared or re.fullmatch(_GENERIC, shown) is not None


_READERS_FIELD = re.compile(
    r"^\W{0,3}(?:diffusion|destinataires|distribution|circulation|restricted to|restreinte? a"
    r"|reservee? a|recipients|liste de diffusion|distribution list)\s*:\s*(?P<value>.+)$"
)


def named_readers_marking(
    first_lines: Sequence[str], ambassador_names: Sequence[str] = ()
) -> Marking | None:
    """Confidential when a readers' field of `first_lines` (« Diffusion : », "Restricted
    to:") names people only, one by one ("Diffusion : Lucie Tran, Antoine Biret,
    expert-comptable"): narrower than any group."""
    for line in first_lines:
        found = _READERS_FIELD.match(fold(line.strip()))
        if found is None:
            continue
        value = line.split(":", 1)[1]
        parts = [p for p in re.split(r"\s*(?:[;,]|\bet\b|\band\b)\s*", value) if p.strip(" .")]
        levels = [_recipient_level(part, ambassador_names) for part in parts]
        if levels and all(level == CONFIDENTIAL for level in levels):
            return Marking(CONFIDENTIAL, line.strip()[:120])
    return None

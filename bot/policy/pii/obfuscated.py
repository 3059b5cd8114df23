"""E-mail addresses written to dodge robots: "marie[at]orange.fr", "theo (at) laposte (dot)
net", "aurelie arobase gmail point com", "mike dot evans at gmail dot com".

A candidate is an "at" (bracketed "[at]", "(a)", "{@}", framed "-at-", "_at_", the
words "arobase"/"arobas"/"arrobase", a spaced " @ ", or the plain words "at"/"chez"), a
local part before it and a domain after it whose labels are joined by dots, bracketed
"[dot]"/"(point)", framed "-dot-" or the words "dot"/"point". The domain must end on a
known top-level domain. The plain words "at" and "chez" are everyday words, so with them
the local part must look like an address ("lucas.petit", "j_martin2"), or, after "at",
the domain be a known mail provider ("marie at gmail dot com").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.policy.pii.entities import Entity, EntityType, make_entity

_OPEN, _CLOSE = r"[\(\[\{<]", r"[\)\]\}>]"
_AT_RE = re.compile(
    rf"(?P<strong>\s*{_OPEN}\s*(?:at|a|@|arr?obas(?:e|se)?)\s*{_CLOSE}\s*"
    r"|\s*(?P<sep>[-_*#])(?:at|arr?obas(?:e|se)?)(?P=sep)\s*"
    r"|\s+arr?obas(?:e|se)?\s+|\s+@\s+|@)"
    r"|(?P<weak>\s+at\s+)|(?P<chez>\s+chez\s+)",
    re.IGNORECASE,
)
_DOT = (
    rf"(?:\s*{_OPEN}\s*(?:dot|point|\.)\s*{_CLOSE}\s*|\s*(?P<dsep>[-_*#])(?:dot|point)(?P=dsep)\s*"
    r"|\s+(?:dot|point)\s+|\s*\.\s*)"
)
# A domain label; "orange-dot-fr" is two labels and a framed dot, not one label.
_LABEL = r"[A-Za-z0-9](?:(?!-(?:dot|point)-)[A-Za-z0-9-]){0,62}"
_DOMAIN_RE = re.compile(rf"{_LABEL}(?:{_DOT}{_LABEL})+", re.IGNORECASE)
_LABEL_RE = re.compile(_LABEL)
_DOT_RE = re.compile(_DOT, re.IGNORECASE)
# The local part, read backwards from the "at": atoms joined by dots, bracketed dots or
# the English word "dot" ("point" is too common a French word to join a local part).
_LOCAL_DOT = rf"(?:\.|\s*{_OPEN}\s*(?:dot|point|\.)\s*{_CLOSE}\s*|\s+dot\s+)"
_LOCAL_RE = re.compile(rf"(?<![\w.+%-])[\w+%-]+(?:{_LOCAL_DOT}[\w+%-]+)*$", re.IGNORECASE)
_ADDRESS_LIKE_LOCAL = re.compile(r"\w[._\d+-]|[._\d+-]\w|\s", re.IGNORECASE)

TOP_LEVEL_DOMAINS = frozenset({
    "com", "net", "org", "info", "biz", "fr", "eu", "be", "ch", "lu", "mc", "ca", "de",
    "es", "it", "pt", "nl", "uk", "ie", "at", "co", "io", "me", "pro", "bzh", "paris",
    "alsace", "corsica", "re", "gp", "mq", "gf", "yt", "nc", "pf", "pm", "wf", "ma", "tn",
    "dz", "sn", "ci", "cm", "us", "app", "dev", "ai", "tech", "xyz", "online", "shop",
    "email", "cloud", "live", "mail",
})  # fmt: skip
MAIL_PROVIDERS = frozenset({
    "gmail", "googlemail", "yahoo", "ymail", "hotmail", "outlook", "live", "msn", "icloud",
    "me", "mac", "aol", "orange", "wanadoo", "free", "sfr", "neuf", "laposte", "bbox",
    "numericable", "gmx", "protonmail", "proton", "pm", "yandex", "zoho", "tutanota",
    "tuta", "posteo", "ovh",
})  # fmt: skip
_LOCAL_WINDOW = 80
_NOT_A_LOCAL_PART = frozenset({
    "me", "moi", "us", "you", "him", "her", "them", "it", "is", "am", "are", "suis", "est",
    "es", "nous", "vous",
})  # fmt: skip


def _domain_end(text: str, start: int) -> tuple[int, str] | None:
    """End of the longest run of labels from `start` that ends on a known TLD."""
    match = _DOMAIN_RE.match(text, start)
    if match is None:
        return None
    labels: list[re.Match[str]] = []
    pos = start
    while (label := _LABEL_RE.match(text, pos, match.end())) is not None:
        labels.append(label)
        dot = _DOT_RE.match(text, label.end(), match.end())
        if dot is None:
            break
        pos = dot.end()
    for last in range(len(labels) - 1, 0, -1):
        if labels[last].group().lower() in TOP_LEVEL_DOMAINS:
            return labels[last].end(), labels[0].group().lower()
    return None


def find_obfuscated_emails(text: str) -> Iterator[Entity]:
    for at in _AT_RE.finditer(text):
        window_start = max(0, at.start() - _LOCAL_WINDOW)
        local = _LOCAL_RE.search(text, window_start, at.start())
        domain = _domain_end(text, at.end())
        if local is None or domain is None:
            continue
        end, first_label = domain
        address_like = bool(_ADDRESS_LIKE_LOCAL.search(local.group()))
        if at.group("chez") and not address_like:
            continue  # "je suis chez free.fr"
        if at.group("weak") and not address_like and first_label not in MAIL_PROVIDERS:
            continue  # "look at google.com"
        if not address_like and local.group().lower() in _NOT_A_LOCAL_PART:
            continue  # "write me at gmail dot com"
        yield make_entity(text, EntityType.EMAIL, local.start(), end)

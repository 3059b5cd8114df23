"""A mail to a few people named one by one, asked not to be forwarded: confidential.

"À : Maud Leroy ; Cc : Paul Girard / Objet : départ d'un adhérent — ne pas transférer",
"To: CEO, Head of Legal / Do not forward." A request not to pass a mail on already makes
it internal; sent to people (or roles) named one by one, with no team, list or group
among them, it is kept for those few people. So is a chat's direct message between a few
people ("[Slack · DM Léa / Marc / juridique] ne pas transférer", "[Slack · private DM Noa ↔
DAF] keep this between us two").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from knowledge.text import fold, plain_words

_RECIPIENTS = re.compile(r"^\W*(?:[àa]|to|cc|cci|bcc)\s*:\s*(?P<value>.+)$", re.IGNORECASE)
_CC_INSIDE = re.compile(r"\s*;?\s*\b(?:cc|cci|bcc)\s*:\s*", re.IGNORECASE)
_JOIN = re.compile(r"\s*(?:[,;+&]|\bet\b|\band\b)\s*")
_BRACKETS = re.compile(r"\s*\(([^)]{0,60})\)")
_UP = r"[A-Z]"
_WORD = rf"{_UP}[\w'-]+"
_PERSON = re.compile(
    rf"^(?:(?:M|Mme|Mlle|Mr|Mrs|Ms|Dr|Me|Pr)\.?\s+)?(?:{_UP}\.\s*)*{_WORD}"
    rf"(?:\s+(?:{_UP}\.(?:\s*{_UP}\.)*|{_WORD}|le|la|de|du|van|von)){{0,3}}$"
)
_ROLE = re.compile(
    r"^(?:the |le |la |notre |our )?(?:ceo|cfo|coo|cto|dg|daf|drh|dpo|pdg|head of \w+"
    r"|directeur \w+|directrice \w+|avocate?|lawyer|counsel|juriste|\w+ liaison|rh|hr)$"
)
# What names a group, never a person.
_GROUP = re.compile(
    r"\b(?:tous|toutes|all|everyone|equipes?|teams?|staff|liste|list|service|membres|members"
    r"|ambassad\w*|communaute|community|groupe|group)\b|@"
)
_BRACKET_OK = re.compile(
    r"^(?:only|seulement|uniquement|en copie|cc|[\w' -]{0,30})$", re.IGNORECASE
)
_DO_NOT_PASS = re.compile(
    r"\b(?:ne pas|ne|do not|don t|dont|please don t|merci de ne pas|not to be)"
    r" (?:le |la |les |l |it |this )?(?:transferer|transmettre|diffuser|partager|faire suivre"
    r"|forward|forwarded|share|shared|circulate|distribute)\b"
)

# Said in a direct message: "keep this between us two", "reste entre nous".
_BETWEEN_US = re.compile(r"\b(?:between us|between you and me|entre nous|entre toi et moi)\b")

_REST_OF_GROUP = re.compile(
    r"\b(?:au reste d\w*|aux autres|a d autres|to the rest of|to (?:the )?other)\b"
)


def _people(value: str) -> int | None:
    """How many people (or roles) a recipients' value names; None when a group is there."""
    plain = plain_words(value)
    for inside in _BRACKETS.findall(plain):
        if _GROUP.search(fold(inside)) or not _BRACKET_OK.match(inside.strip()):
            return None
    items = [item.strip(" .") for item in _JOIN.split(_BRACKETS.sub("", plain)) if item.strip(" .")]
    if not items or _GROUP.search(fold(plain)):
        return None
    if not all(_PERSON.match(item) or _ROLE.match(fold(item)) for item in items):
        return None
    return len(items)


# A chat's direct message between a few people: "[Slack · DM groupe Inès / Paul / juridique]",
# "[Teams — MP avec Léa et Marc]".
_DIRECT = re.compile(
    r"^\W*\[(?:(?:slack|teams|discord|whatsapp|signal)\W+)?(?:private |prive )?"
    r"(?:dm|mp|direct message|message priv\w*)(?: priv\w*)?"
    r"(?:\s+(?:de |du )?(?:group\w*))?(?:\s+(?:avec|with|entre|between))?\s*:?\s*"
    r"(?P<value>[^\]]+)\]",
    re.IGNORECASE,
)
_DEPARTMENT = re.compile(r"^(?:juridique|legal|compta|comptabilite|finance|paie|payroll)$")


def _direct_people(value: str) -> int | None:
    """How many people a direct message's members name (a department stands for its
    member there); None when a group is among them."""
    items = [item.strip() for item in re.split(r"\s*(?:/|,|&|\+|↔|→|\bet\b|\band\b)\s*", value)]
    items = [item for item in items if item]
    if not items or _GROUP.search(fold(value)):
        return None
    if not all(
        _PERSON.match(i) or _ROLE.match(fold(i)) or _DEPARTMENT.match(fold(i)) for i in items
    ):
        return None
    return len(items)


def private_mail(lines: Sequence[str]) -> bool:
    """`lines` (a head, the client's names read as "ambassadeurs") are a mail (or a direct
    message) to people named one by one, asked not to be passed on."""
    people, direct = 0, False
    for line in lines:
        if (dm := _DIRECT.match(line)) is not None:
            if (count := _direct_people(dm.group("value"))) is None:
                return False
            people, direct = people + count, True
        if (match := _RECIPIENTS.match(line)) is None:
            continue
        for value in _CC_INSIDE.split(match.group("value")):
            if not value.strip():
                continue
            if (count := _people(value)) is None:
                return False
            people += count
    if people == 0:
        return False
    folded = [" ".join(re.sub(r"[^\w]+", " ", fold(line)).split()) for line in lines]
    # "ne pas transférer au reste du groupe": the recipients are some of a group.
    if any(_REST_OF_GROUP.search(text) for text in folded):
        return False
    if any(_DO_NOT_PASS.search(text) for text in folded):
        return True
    return direct and any(_BETWEEN_US.search(text) for text in folded)

"""A collaboration tool's sharing settings copied at the top of a document.

Drive, Notion, SharePoint or Teams say who may open a file: "Notion · Shared with: Acme
workspace (all members)", "Partage Drive : toute l'équipe Lumen (lecture)", "SharePoint ·
Specific people: Ana Lima, Tom Berg · Can view", "Public link: off". Read as readers:

- the whole organisation, its workspace, its domain or its team: internal;
- specific people, or people named one by one: confidential (a handful);
- a public link switched off: the document is not public (internal at least).

A setting that opens the document ("Anyone with the link") is left to the other rules;
these only restrict.
"""

from __future__ import annotations

import re

from knowledge.marking_groups import CONFIDENTIAL, INTERNAL
from knowledge.text import fold

_TOOL = (
    r"(?:(?:google )?drive|notion|sharepoint|onedrive|teams|dropbox|confluence|slack|box"
    r"|gdrive|google docs?|office 365|m365)"
)
# A tool's name before its setting: "Notion · ", "SharePoint — ", "[Drive] ".
_TOOL_FIRST = re.compile(rf"^\W*\[?{_TOOL}\]?\s*(?:[·•:|—–-]\s*)?")
_SHARE_LABEL = re.compile(
    rf"^(?:partage(?: {_TOOL})?|partagee? avec|shared with|sharing|share settings|partage avec"
    r"|qui a acces|who has access|people with access|acces general|general access|acces"
    r"|access|visible par|visible by|(?P<specific>specific people|personnes specifiques"
    r"|personnes precises|people you specify|invited people|personnes invitees))\s*:\s*"
    r"(?P<value>.+)$"
)
# Rights after the readers: "(lecture)", "· Can view", "— peut modifier".
_RIGHTS = re.compile(
    r"\s*(?:[(·•|—–-]\s*)?\b(?:lecture|lecture seule|read only|view only|can view|can edit"
    r"|can comment|peut modifier|peut consulter|peut commenter|editor|viewer|lecteur"
    r"|editeur|commentateur)\b\)?",
)
_ORGANISATION = re.compile(
    r"\b(?:workspace|espace de travail|organisation|organization|entreprise|company"
    r"|societe|domaine|domain|tenant|equipe|team|staff|salaries|employees|personnel"
    r"|collaborateurs|intranet)\b"
)
# A group, never people: "All Levures (ambassador community)", a list address.
_GROUP_WORDS = re.compile(
    r"\b(?:all|tous|toutes|tout|everyone|ambassad\w*|community|communaute|groupe?|list|liste"
    r"|members|membres)\b|@"
)
_OPENING = re.compile(
    r"\b(?:anyone|tout le monde|n importe qui|public|everyone on the internet|internet)\b"
)
_PERSON = re.compile(r"^[A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’.-]*)+$")
_LINK_OFF = re.compile(
    r"^\W*(?:public link|lien public|lien de partage public|anyone with the link"
    r"|toute personne disposant du lien|partage public|public sharing)\s*:\s*(?:off|disabled"
    r"|desactive\w*|non|no|aucun|none|ferme|closed)\b"
)


def share_level(raw: str) -> str | None:
    """The level a sharing setting in `raw` (as written) gives, or None."""
    text = " ".join(fold(raw).replace("’", " ").replace("'", " ").split())
    if _LINK_OFF.match(text):
        return INTERNAL
    stripped = _TOOL_FIRST.sub("", text)
    found = _SHARE_LABEL.match(stripped)
    if found is None:
        return None
    value = _RIGHTS.sub(" ", found.group("value")).strip(" .·•|")
    value = re.sub(r"[\w.+-]+@[\w.-]+", " ", value)  # a list's address names no organisation
    if found.group("specific"):
        return CONFIDENTIAL
    if _OPENING.search(value):
        return None
    if _ORGANISATION.search(value):
        return INTERNAL
    if _GROUP_WORDS.search(text):
        return None
    return CONFIDENTIAL if _named_only(raw) else None


def _named_only(raw: str) -> bool:
    """The setting's value (as written) is people named one by one."""
    value = re.split(r":\s*", raw, maxsplit=1)[-1]
    value = re.sub(r"\s*[(·•|—–].*$", "", value)
    items = [item.strip() for item in re.split(r"\s*(?:,|;|&|\bet\b|\band\b)\s*", value)]
    return bool(items) and all(_PERSON.match(item) for item in items if item)

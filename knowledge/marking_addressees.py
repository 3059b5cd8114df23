"""People named one by one as a document's readers: a few individuals, not a group.

A mail "À : Dr Martin ; Dr Nguyen", a note "Pour Léa Roux, Marc Petit et Jo P.", a
direct message "[DM] Noé → @lou_grimpe, @pierre.v" goes to those people only, however
the subject tags the program ("Objet : [Club Lumière] votre témoignage"): the bot cannot
tell those readers from the other ambassadors, so

- `named_people` counts the individuals such a line names (0 when a list address, a
  team or "all" stands among them: "À : toutes-les-levures@…", "To: the whole crew");
- `addressee_level`: two people or more named one by one are a restricted circulation,
  at least internal (a single "À : Camille D." only delivers a mail: no level);
- a head whose recipients are named people is never opened by the program's tag or
  name (`marking_holds.reread` reads its openings as internal).
"""

from __future__ import annotations

import re

from knowledge.marking_groups import INTERNAL
from knowledge.text import fold

_UP = r"[A-ZÀ-Ý]"
_WORD = rf"{_UP}[\w'’-]+"
_TITLE = r"(?:M\.|MM\.|Mme|Mmes|Mlle|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Dre|Pr\.?|Me|Prof\.?)"
_TITLED = rf"{_TITLE}\s+(?:{_UP}\.(?:-{_UP}\.)?\s*)?{_WORD}(?:\s+{_WORD})?"
_FULL = rf"{_WORD}\s+(?:{_UP}\.|{_WORD})(?:\s+{_WORD})?"
_INITIAL = rf"{_UP}\.(?:-{_UP}\.)?\s*{_WORD}"
_HANDLE = r"@[\w.-]{2,}|[A-Za-zÀ-ÿ]+_[\w.-]+"
# A person, then perhaps a role or an organisation in brackets: "Dr Martin (Clinique X)".
_PERSON = re.compile(rf"^(?:{_TITLED}|{_INITIAL}|{_FULL}|{_HANDLE})$")
_SINGLE = re.compile(rf"^{_WORD}$")
_BRACKETS = re.compile(r"\s*[(\[][^)\]]{0,60}[)\]]")
_ONLY = re.compile(
    r"\s+(?:uniquement|seulement|exclusivement|only|exclusively)\b.*$", re.IGNORECASE
)
_JOIN = re.compile(r"\s*(?:[,;&+]|\bet\b|\band\b)\s*")
# The lines that give readers: a mail's header, an address ("Pour : …", "À l'attention
# de …"), a direct message's arrow.
_HEADER = re.compile(
    r"^\W*(?:(?:[àa]|to|cc|cci|bcc|destinataires?|recipients?|pour|for)\s*:\s*"
    r"|(?:pour|for|[àa] l['’]attention de)\s+(?=\S))",
    re.IGNORECASE,
)
_ARROW = re.compile(r"^\W*(?:\[[^\]]{1,30}\]\s*)?[\w@.'’-]+(?:\s+[\w.'’-]+)?\s*(?:→|->|=>)\s*")
# What names a group, never a person: "tous", a team, a list.
_GROUP = re.compile(
    r"\b(?:tous|toutes|tout|all|everyone|every|equipe|equipes|team|teams|staff|liste|list"
    r"|service|direction|personnel|salaries|membres|members|ambassad\w*|communaute"
    r"|community)\b|\w@[\w-]+\.\w"
)
# A comment after the names: "— merci de ne pas transférer", ". Ne pas diffuser."
_TAIL = re.compile(r"\s+[—–]\s.*$|\.\s+(?i:ne|merci|pas|please|do|don|not|svp|stp|thanks)\b.*$")
MIN_PEOPLE = 2


def named_people(raw: str) -> int:
    """How many individuals `raw` (as written) names as its readers; 0 when it is no
    readers' line or names a group among them."""
    lead = _HEADER.match(raw) or _ARROW.match(raw)
    if lead is None:
        return 0
    value = _TAIL.sub("", raw[lead.end() :]).strip()
    value = _BRACKETS.sub("", _ONLY.sub("", value)).strip(" :!")
    if not value or _GROUP.search(fold(value)):
        return 0
    items = [item.strip() for item in _JOIN.split(value) if item.strip(" .")]
    people = [item for item in items if _PERSON.match(item)]
    singles = [item for item in items if _SINGLE.match(item) and not _PERSON.match(item)]
    # Single names count beside one clear person ("Lina_Kz, Bastos et PixelMamie"), never
    # alone ("Pour Paris, Lyon et Marseille").
    others = len(items) - len(people) - len(singles)
    if not people or others > 1:
        return 0
    return len(people) + len(singles)


def addressee_level(raw: str) -> str | None:
    """Internal for a line naming a few people one by one as the readers."""
    return INTERNAL if named_people(raw) >= MIN_PEOPLE else None

"""A work tool's fields as the readership lines they stand for.

Pages exported or pasted from a drive, a wiki, a mail client, a mailing tool or a chat keep
the tool's own account of who may read them: a sharing dialog ("Personnes ayant accès :
Comité de direction"), a page's properties ("Qui peut voir     Tout le Cercle"), a table of
properties, a recipients field, a folder's path. Here such a head is cut into its labelled
fields and each value is written as the readership sentence it stands for, so that the
marking rules read it as they read a typed line (the levels: `marking_tools`):

- "Compagnons – tous", "anyone in the Souffleurs space can view", "Whole Acme community"
  are "tous les Compagnons", "all Souffleurs", "tous les membres du Acme";
- "À : Club Lumière (tous les membres)" is "À : tous les membres du Club Lumière";
- who reads a channel, in brackets after its name ("(lecture : @everyone)", "(salon
  privé : membres Crew)", "(role: Grand Gourmet)", a role only restricting);
- the rights after the readers ("· Lecteur", "(can view)") are no part of them;
- a recipients field's list address names a group ("parrains-argent@", "referents@"), not
  a person ("lea.martin@"), a mailbox ("support@") or, one plural alone ("parrains@"),
  perhaps all of them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from knowledge.text import fold_spaced

# Words that give the readers whole: "toutes les Lucioles", "all levels", "@everyone".
ALL_WORDS = (
    r"tous|toutes|tout|toute|all|every|everyone|everybody|anyone|whole|entire|ensemble"
    r"|chaque|each"
)
WHOLE = re.compile(rf"\b(?:{ALL_WORDS})\b")
# Labels of a sharing field, in both readers' vocabularies (folded, apostrophes as spaces).
SHARED_WITH = r"partagee? avec|shared with|visible (?:par|pour|to|by)"
# Labels of a mail's recipients.
ADDRESSED = r"a|to|cc|destinataires?|recipients?"

# A property shown as two columns set apart by a tab or a run of spaces (Notion, Confluence).
_COLUMNS = re.compile(r"^\s*(?P<key>[^\W\d][^\t:|]{1,30}?)(?:\t+|\s{2,})(?P<value>\S.*)$")
# Rights after the readers: "· Lecteur", "– lecture", "(can view)".
_RIGHTS = re.compile(
    r"\s*[·•|–—-]?\s*\(?\b(?:lecteur|lectrice|lecture(?: seule)?|viewer|commentateur|editeur"
    r"|editor|can view|can edit|can comment|peut (?:consulter|modifier|commenter)|read only"
    r"|view only)\b\)?\s*$",
    re.IGNORECASE,
)
# "… can view", "… peuvent consulter": the right, after the readers.
_CAN_VIEW = re.compile(
    r"\s+(?:can|may|peut|peuvent) (?:view|see|read|access|voir|lire|consulter)\b", re.IGNORECASE
)
# "Compagnons – tous (groupe)", "Souffleurs – tous (Parterre, Balcon)": the group, all of it.
_DASH_ALL = re.compile(
    r"^(?P<who>[^–—(:]{2,60}?)\s+[–—-]\s+(?P<all>tous|toutes|all|everyone|tout le monde)\b"
    r"(?P<rest>.*)$",
    re.IGNORECASE,
)
# "anyone in the Souffleurs space can view": the members of the space, all of them.
_ANYONE_IN = re.compile(
    r"\b(?:anyone|everyone|all members|tous les membres|tout le monde|toute personne)\s+"
    r"(?:in|of|de|dans)\s+(?:the\s+|l['’]\s*espace\s+|l['’]|la\s+|le\s+)?(?P<who>[^()]{2,40}?)"
    r"\s+(?:space|espace|site|workspace)\b",
    re.IGNORECASE,
)
# "Whole Acme Club community", "the entire Acme network": its members, all of them.
_WHOLE_OF = re.compile(
    r"^(?:the\s+)?(?:whole|entire)\s+(?P<who>.{2,40}?)\s+(?:community|network|programme"
    r"|program)\s*$",
    re.IGNORECASE,
)
# A group with "all of it" in brackets after a recipients or sharing label.
_BRACKETED_WHOLE = re.compile(
    rf"^(?P<label>[\W_]*(?i:à|{ADDRESSED}|partag[eé]e? avec"
    r"|shared with|visibilite|visibilité|visibility|diffusion|audience)\s*:\s*)"
    r"(?i:(?:partag\w+ avec |shared with )?(?:le |the )?(?:groupe |group )?)?[«“\"]?\s*"
    r"(?P<who>[^()«»“”\":;,@<>]{2,60}?)\s*[»”\"]?\s*"
    r"\((?P<whole>(?i:tous|toutes|tous les membres|toutes et tous|all|all members|everyone"
    r"|liste complete|liste complète|full list|complete list))\)\s*[»”\"]?\s*$"
)
# Words that leave the readers whole, or that say a level the other rules read.
WHOLE_OR_OPEN = re.compile(
    rf"\b(?:{ALL_WORDS}|entier\w*|complete|complet\w*|full|public\w*|libre|free|open"
    r"|ouvert\w*|quel que soit|whatever|any|communaute|community)\b"
)
_RECIPIENTS = re.compile(rf"^[\W_]*(?:{ADDRESSED})\s*:\s*(?P<value>.+)$")
_ADDRESS = re.compile(r"(?P<local>[a-z0-9][\w.+-]*)@[\w-]+(?:\.[\w-]+)+")
# Addresses of a service or a mailbox, not of a group of readers.
_SERVICE = re.compile(
    r"^(?:support|contact|info|infos|hello|bonjour|noreply|no-reply|admin|news|newsletter"
    r"|service|accueil|help|aide|team|equipe|staff|office|bureau)$"
)
# The words of a list's name that keep it for a part of the readers: "-or", "-referents".
LIST_PART = re.compile(
    r"^(?:or|argent|bronze|cuivre|platine|gold|silver|platinum|copper|vip|elite|pro|core"
    r"|referents?|referentes?|leads?|mentors?|comite|committee|bureau|board|staff|team|equipe"
    r"|beta|testeurs?|testeuses?|testers?|panel|nord|sud|est|ouest|north|south|east|west"
    r"|region|cohorte?|promo|niveau\d*|level\d*|tier\d*|n\d)$"
)
_LIST_WORD = re.compile(r"^(?:liste|list|lists|listes|diffusion|ml|groupe|group)$")
_BRACKETED_READERS = re.compile(
    r"\((?P<label>lecture|read|reading|roles?|(?:salon|canal|channel|groupe|group) privee?"
    r"|private (?:channel|group))\s*:([^()]{2,80})\)"
)
_PRIVATE_LABEL = re.compile(r"(?:salon|canal|channel|groupe|group) privee?|private")
_PATH_SEP = re.compile(r"\s*(?:›|»|>|/|\\)\s*")
_FILE = re.compile(r"\.\w{2,5}$")


def fields(lines: Sequence[str]) -> list[tuple[str, str, str]]:
    """(line, label, value) of each labelled field: "Label : value", the parts of a
    line set apart by "·", a property's two columns, a two-row properties table."""
    out: list[tuple[str, str, str]] = []
    for index, raw in enumerate(lines):
        if raw.lstrip().startswith("|"):
            out.extend(_table_fields(lines, index))
            continue
        parts = [raw, *re.split(r"\s+[·•|]\s+", raw)[1:]]
        # "(lecture : @everyone)", "(salon privé : membres Crew)", "(role: Grand Gourmet)":
        # who reads a channel, in brackets after its name (a role only restricts)
        for label, value in _BRACKETED_READERS.findall(fold_spaced(raw)):
            kind = "Salon prive" if _PRIVATE_LABEL.match(label) else "Visible par"
            kind = "Role du salon" if label.startswith("role") else kind
            out.append((raw, kind, value.strip()))
        for part in parts:
            if ":" in part:
                label, _, value = part.partition(":")
            elif columns := _COLUMNS.match(part):
                label, value = columns["key"], columns["value"]
            else:
                continue
            value = re.split(r"\s+[·•|]\s+", value)[0] if part is raw else value
            out.append((raw, label.strip(), value.strip()))
    return out


def _table_fields(lines: Sequence[str], index: int) -> list[tuple[str, str, str]]:
    """The fields of a properties table whose header row is `lines[index]`: its labels
    over the first row of values, below the "|---|" rule."""
    if index + 2 >= len(lines) or not re.match(r"^\s*\|?\s*:?-{2,}", lines[index + 1]):
        return []
    if index > 0 and lines[index - 1].lstrip().startswith("|"):
        return []  # not the header row

    def cells(line: str) -> list[str]:
        return [c.strip() for c in line.strip().strip("|").split("|")]

    keys, values = cells(lines[index]), cells(lines[index + 2])
    row = lines[index + 2]
    return [(row, k, v) for k, v in zip(keys, values, strict=False) if k and v]


def without_rights(value: str) -> str:
    """A readers field's `value` without the rights written after the readers."""
    return _RIGHTS.sub("", value).strip(" .·")


def readers_line(value: str) -> str:
    """`value` (a field's readers, as written) as the readership line it stands for."""
    value = _ANYONE_IN.sub(lambda m: f"all {m['who']}", _CAN_VIEW.sub("", value))
    if whole := _WHOLE_OF.match(value):
        value = f"tous les membres du {whole['who']}"
    if dash := _DASH_ALL.match(value):
        value = f"{dash['all']} les {dash['who'].strip()}{dash['rest']}"
    return f"Diffusion : {value}"


def whole_of_named(line: str) -> str | None:
    """`line`, a field naming a group with "all of it" in brackets, as the sentence it
    stands for: "À : Club Lumière (tous les membres)" is "À : tous les membres du Club
    Lumière", "Partagé avec : « Lucioles (tous) »" is "Partagé avec : tous les Lucioles"."""
    found = _BRACKETED_WHOLE.match(line.strip())
    if found is None:
        return None
    who = found["who"].strip()
    if re.search(r"membres|members", found["whole"], re.IGNORECASE):
        who = f"{'du' if who[:1].isupper() else 'de'} {who}"
        return f"{found['label']}tous les membres {who}"
    return f"{found['label']}tous les {who}"


def path_parts(text: str) -> list[str]:
    """The folders (and the file) of a drive's or a site's path, in order."""
    return [p.strip() for p in _PATH_SEP.split(text.strip()) if p.strip()]


def without_file(parts: list[str]) -> list[str]:
    """A path's `parts` without the file at its end."""
    return parts[:-1] if parts and _FILE.search(parts[-1]) else parts


def counts_or_names_all(value: str) -> bool:
    """A readers field's `value` (folded) counts readers ("12 400 abonnés") or is one bare
    word (perhaps the client's name for all of them): it chooses no part of them."""
    return value[0].isdigit() or len(re.findall(r"\w+", value)) <= 1


def list_address(text: str) -> str | None:
    """The list address in a recipients field `text` (folded) that names a group, not all;
    None when the field names a whole or only people and mailboxes."""
    found = _RECIPIENTS.match(text)
    if found is None or WHOLE_OR_OPEN.search(found["value"]):
        return None
    for address in _ADDRESS.finditer(found["value"]):
        if group_list(address["local"]):
            return address.group(0)
    return None


def group_list(local: str) -> bool:
    """`local` (an address's part before "@") names a group: words in the plural or joined
    by hyphens ("referents", "parrains-argent"), not a person ("lea.martin", "jo") nor a
    mailbox ("support")."""
    if "." in local or _SERVICE.match(local):
        return False
    words = [w for w in re.split(r"[-_+]", local) if w and not _LIST_WORD.match(w)]
    # One plural alone ("complices@", "liste-veilleurs@") may be the client's name for all
    # of them; a role or a tier ("referents@") or a name narrowed by a second word is not.
    return len(words) > 1 or any(LIST_PART.match(w) for w in words)

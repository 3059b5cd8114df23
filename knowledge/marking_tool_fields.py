"""Readers given by a work tool's fields, read where no other rule read a level.

Pages exported from a wiki, a drive or a mail client carry their readership in fields as
often as in a sentence. Fail closed: a field that names readers the bot cannot tell to be
every ambassador keeps the document for a part of them. Each rule here only restricts:

- a readership field whose value names no whole ("Visibilité : Relais niveau 2",
  "Shared with: beta testers", "Diffusion : Cercle Nord"): internal (one bare word may be
  the client's name for all of them, a number counts readers);
- a recipients field sent to a mailing list named for a part, not for all ("À :
  parrains-argent@acme.fr", "To: mentors@lists.acme.io"): internal; a person's address
  ("lea.martin@", "support@") or one plural alone ("parrains@") says nothing of them;
- a drive or intranet path through a folder that says a level ("Drive > Direction >
  Confidentiel > bilan.xlsx"): that level;
- a mail, an invitation or a working paper reserved for some: "Invitation réservée au
  groupe Sud", "Document de travail réservé au bureau" (the document itself is reserved,
  not an offer it tells of); a setting that hides it from the members ("non visible des
  membres", "hidden from members"): internal;
- a recipients or sharing field naming a group with "all of it" in brackets ("À : Club
  Lumière (tous les membres)", "Partagé avec le groupe « Lucioles (tous) »") is read as
  the sentence it stands for ("À : tous les membres du Club Lumière"): `whole_of_named`;
- an address to a part of a group ("À destination des membres de la cohorte d'automne",
  "for the mentors of the north region", "Pour les Brodeuses de la Tribu"): internal.
"""

from __future__ import annotations

import re

from knowledge.marking_groups import CONFIDENTIAL, INTERNAL, PUBLIC
from knowledge.marking_reserved import reservation_level
from knowledge.text import fold, fold_spaced, plain_words

_READERSHIP = re.compile(
    r"^[\W_]*(?:visibilite|visibility|visible (?:par|pour|to|by)|diffusion|distribution"
    r"|audience|partagee? avec|shared with|lecteurs|readers|destinataires|recipients)"
    r"\s*:\s*(?P<value>\S.*)$"
)
# Words that leave the readers whole, or that say a level the other rules read.
_WHOLE = re.compile(
    r"\b(?:tous|toutes|tout|toute|all|every|everyone|everybody|anyone|ensemble|entier\w*"
    r"|whole|entire|complete|complet\w*|full|chaque|each|public\w*|libre|free|open|ouvert\w*"
    r"|quel que soit|whatever|any|communaute|community)\b"
)
_RECIPIENTS = re.compile(r"^[\W_]*(?:a|to|cc|destinataires?|recipients?)\s*:\s*(?P<value>.+)$")
_ADDRESS = re.compile(r"(?P<local>[a-z0-9][\w.+-]*)@[\w-]+(?:\.[\w-]+)+")
# Addresses of a service or a mailbox, not of a group of readers.
_SERVICE = re.compile(
    r"^(?:support|contact|info|infos|hello|bonjour|noreply|no-reply|admin|news|newsletter"
    r"|service|accueil|help|aide|team|equipe|staff|office|bureau)$"
)
# The words of a list's name that keep it for a part of the readers: "-or", "-referents".
_PART = re.compile(
    r"^(?:or|argent|bronze|cuivre|platine|gold|silver|platinum|copper|vip|elite|pro|core"
    r"|referents?|referentes?|leads?|mentors?|comite|committee|bureau|board|staff|team|equipe"
    r"|beta|testeurs?|testeuses?|testers?|panel|nord|sud|est|ouest|north|south|east|west"
    r"|region|cohorte?|promo|niveau\d*|level\d*|tier\d*|n\d)$"
)
_LIST_WORD = re.compile(r"^(?:liste|list|lists|listes|diffusion|ml|groupe|group)$")
_DOCUMENT_RESERVED = re.compile(
    r"^[\W_]*(?:invitations?|convocations?|lettre|letter|newsletter|message|mail|courriel"
    r"|e-?mail|fiche|memo|support|presentation|deck|compte rendu|document|doc|fichier|note)"
    r"(?:\s+de\s+(?:travail|seance|reunion|synthese|cadrage))?\s+"
    r"(?=(?:strictement |exclusivement |strictly )?(?:reserve|restreint|restricted|limite))"
)
# A tool's setting that hides it from the members: "non visible des membres", "masqué aux
# ambassadeurs", "not visible to members", "hidden from the community".
_HIDDEN_FROM = re.compile(
    r"\b(?:non visible|pas visible|invisible|masquee?|cachee?)s?\s+(?:des|aux|pour les|par les)"
    r"\s+(?:membres|ambassad\w+|adherents|participants|utilisateurs|clients|benevoles|communaute)"
    r"|\b(?:not visible|invisible|hidden)\s+(?:to|from|for)\s+(?:the\s+)?(?:members|ambassadors"
    r"|participants|users|customers|volunteers|community)\b"
)
_PATH_ROOT = re.compile(
    r"^[\W_]*(?:(?:mon |my |google )?drive|dossier|folder|sharepoint|onedrive|dropbox|intranet"
    r"|notion|confluence|wiki|teams|box|nas|serveur|server)\s*(?:[:>›»/])",
)
_PATH_SEP = re.compile(r"\s*(?:>|›|»|/)\s*")
_FILE = re.compile(r"\.\w{2,5}$")
_UNITS = (
    r"(?:cohorte?s?|promos?|promotions?|regions?|secteurs?|sectors?|zones?|antennes?|sections?"
    r"|chapitres?|chapters?|comites?|committees?|commissions?|panels?|niveaux?|levels?"
    r"|tiers?|paliers?|departements?|agences?)"
)
_PART_OF = re.compile(
    r"^[\W_]*(?:a destination d(?:es|u)|a l attention d(?:es|u)|(?:destine|reserve)\w* aux?"
    r"|pour (?:les|nos)|for (?:the|our)|to (?:the|our))\b.{0,60}?"
    rf"\b(?:de la|du|des|de l|of the|in the|from the)\s+{_UNITS}\b(?P<rest>.*)$"
)


# A named group of a named group: "Pour les Brodeuses de la Tribu", "For the Riders of the
# Guild" (a part of it; the whole is "les membres de la Tribu", "tous les …").
_NAMED_PART = re.compile(
    r"^[\W_]*(?i:pour|for|a|to|a destination des)\s+(?i:les|the)\s+"
    r"(?!(?:Ambassad|Membres|Members|Adherents|Clients|Customers)\w*\b)[A-Z][\w-]+"
    r"(?:\s+[A-Z][\w-]+)?\s+(?i:de la|du|des|de l'|of the)\s*[A-Z]"
)


def tool_field_level(line: str, level_of: object = None) -> str | None:
    """The level these rules read in `line` (a head's line that said no level otherwise);
    `level_of`: a one-line reader (`markers.line_level`) for a path's folders."""
    text = fold_spaced(line)
    named = _NAMED_PART.match(" ".join(plain_words(line).split()))
    if readership_field(text) or list_address(text) is not None or part_of_group(text):
        return INTERNAL
    if named and not _WHOLE.search(text):
        return INTERNAL
    if (kept := _DOCUMENT_RESERVED.match(text)) and reservation_level(text[kept.end() :]):
        return INTERNAL
    if _HIDDEN_FROM.search(text):
        return INTERNAL
    return folder_level(line, level_of) if callable(level_of) else None


def readership_field(text: str) -> bool:
    """`text` (folded) is a readership field whose value names no whole."""
    found = _READERSHIP.match(text)
    if found is None or _WHOLE.search(found["value"]) or found["value"][0].isdigit():
        return False  # "Audience : 12 400 abonnés" counts readers, it does not choose them
    # One bare word ("visibilite: passeurs") may be the client's name for all of them.
    return len(re.findall(r"\w+", found["value"])) > 1


def list_address(text: str) -> str | None:
    """The list address in a recipients field `text` (folded) that names a group, not all;
    None when the field names a whole or only people and mailboxes."""
    found = _RECIPIENTS.match(text)
    if found is None or _WHOLE.search(found["value"]):
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
    return len(words) > 1 or any(_PART.match(w) for w in words)


def sublist(line: str) -> bool:
    """`line` sends the document to a list whose name keeps it for a part of the readers
    ("À : parrains-argent@acme.fr"), whatever the client calls its ambassadors."""
    text = " ".join(fold(line).split())
    address = list_address(text)
    if address is None:
        return False
    local = address.split("@")[0]
    return any(_PART.match(w) for w in re.split(r"[-_+.]", local))


def folder_level(line: str, level_of: object) -> str | None:
    """The level a drive path's folders say ("Drive > Gérance > CONFIDENTIEL > x.xlsx");
    only a restriction is kept (a folder "Public" is no reader's word for the file)."""
    if not _PATH_ROOT.match(fold(line)) or not callable(level_of):
        return None
    parts = [p for p in _PATH_SEP.split(line.strip()) if p]
    if parts and _FILE.search(parts[-1]):
        parts = parts[:-1]
    if len(parts) < 2:
        return None
    level = level_of(" — ".join(parts))
    if level is None:
        levels = [lv for p in parts if (lv := level_of(p)) is not None and lv != PUBLIC]
        level = CONFIDENTIAL if CONFIDENTIAL in levels else (INTERNAL if levels else None)
    return level if level in (INTERNAL, CONFIDENTIAL) else None


def part_of_group(text: str) -> bool:
    """`text` (folded) addresses the members of a cohort, a region, a committee…, not all."""
    found = _PART_OF.match(text)
    return found is not None and _WHOLE.search(text[: found.start("rest")]) is None


_BRACKETED_WHOLE = re.compile(
    r"^(?P<label>[\W_]*(?i:a|à|to|cc|destinataires?|recipients?|partag[eé]e? avec"
    r"|shared with|visibilite|visibilité|visibility|diffusion|audience)\s*:\s*)"
    r"(?i:(?:partag\w+ avec |shared with )?(?:le |the )?(?:groupe |group )?)?[«“\"]?\s*"
    r"(?P<who>[^()«»“”\":;,@<>]{2,60}?)\s*[»”\"]?\s*"
    r"\((?P<whole>(?i:tous|toutes|tous les membres|toutes et tous|all|all members|everyone"
    r"|liste complete|liste complète|full list|complete list))\)\s*[»”\"]?\s*$"
)


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

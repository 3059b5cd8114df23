"""The levels a work tool's fields give a document (the fields read as readership lines:
`marking_tool_fields`). Fail closed; each rule reads a head that no typed label marked.

In one line of a head (`tool_field_level`, `sublist`, read by `marking_head`), only
restricting:

- a readership field whose value names no whole ("Visibilité : Relais niveau 2",
  "Diffusion : Cercle Nord"): internal, unless it counts readers or is one bare word;
- a recipients field sent to a list named for a part ("À : parrains-argent@acme.fr"):
  internal; a person's address ("lea.martin@", "support@") or one plural alone
  ("parrains@") says nothing of them;
- a drive or intranet path through a folder that says a level ("Drive > Direction >
  Confidentiel > bilan.xlsx"): that level;
- a mail, an invitation or a working paper itself reserved for some ("Invitation réservée
  au groupe Sud"), a setting that hides it from the members ("non visible des membres"), an
  address to a part of a group ("À destination des membres de la cohorte d'automne", "Pour
  les Brodeuses de la Tribu"): internal.

In a head's fields (`tool_marking`, a sharing dialog, page properties or restrictions, a
campaign's segment or list, a private channel, a space, a folder), each value read as the
head's reader reads "Diffusion : <value>" (`marking_head.find_in_lines`), so the client's
names for its ambassadors and for the parts of them read as in a typed line:

- a readers field whose value reads as no level keeps the document for a part of them
  (internal), unless it is one bare word or says nothing ("aucun");
- a private channel, group or team is internal at least, a channel named private
  ("#crew-prive") too, and one named for the leadership ("#codir-x") confidential;
- a space, a team or a folder only counts when it names the leadership ("Espace Direction",
  "/ExCom/": confidential) or,
  for a space or a folder, all the readers (public);
- "strictement restreint" as a document's mark is confidential.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from knowledge.markers import CONFIDENTIAL, INTERNAL, LEVELS, PUBLIC, Marking
from knowledge.marking_reserved import reservation_level
from knowledge.marking_tool_fields import (
    LIST_PART,
    SHARED_WITH,
    WHOLE,
    WHOLE_OR_OPEN,
    counts_or_names_all,
    fields,
    list_address,
    path_parts,
    readers_line,
    without_file,
    without_rights,
)
from knowledge.text import fold, fold_spaced, plain_words

__all__ = ["sublist", "tool_field_level", "tool_marking"]

Said = Callable[[str], str]

# --- one line's fields ---------------------------------------------------------------------

_READERSHIP = re.compile(
    rf"^[\W_]*(?:visibilite|visibility|{SHARED_WITH}|diffusion|distribution"
    r"|audience|lecteurs|readers|destinataires|recipients"
    r"|diff\.?(?=\s*:\s*[^\W\d_]))"  # "diff :" short for diffusion, before words
    r"\s*:\s*(?P<value>\S.*)$"
)
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
_UNITS = (
    r"(?:cohorte?s?|promos?|promotions?|regions?|secteurs?|sectors?|zones?|antennes?|sections?"
    r"|chapitres?|chapters?|comites?|committees?|commissions?|panels?|niveaux?|levels?"
    r"|tiers?|paliers?|departements?|agences?)"
)
_PART_OF = re.compile(
    r"^[\W_]*(?:a destination d(?:es|u)|a l (?:attention|intention) d(?:es|u)"
    r"|(?:destine|reserve)\w* aux?|pour (?:les|nos)|for (?:the|our)|to (?:the|our))\b.{0,60}?"
    rf"\b(?:de la|du|des|de l|de|of the|in the|from the)\s+{_UNITS}\b(?P<rest>.*)$"
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
    if named and not WHOLE_OR_OPEN.search(text):
        return INTERNAL
    if (kept := _DOCUMENT_RESERVED.match(text)) and reservation_level(text[kept.end() :]):
        return INTERNAL
    if _HIDDEN_FROM.search(text):
        return INTERNAL
    return folder_level(line, level_of) if callable(level_of) else None


def readership_field(text: str) -> bool:
    """`text` (folded) is a readership field whose value names no whole."""
    found = _READERSHIP.match(text)
    if found is None or WHOLE_OR_OPEN.search(found["value"]):
        return False
    return not counts_or_names_all(found["value"])


def sublist(line: str) -> bool:
    """`line` sends the document to a list whose name keeps it for a part of the readers
    ("À : parrains-argent@acme.fr"), whatever the client calls its ambassadors."""
    address = list_address(" ".join(fold(line).split()))
    if address is None:
        return False
    return any(LIST_PART.match(w) for w in re.split(r"[-_+.]", address.split("@")[0]))


def folder_level(line: str, level_of: object) -> str | None:
    """The level a drive path's folders say ("Drive > Gérance > CONFIDENTIEL > x.xlsx");
    only a restriction is kept (a folder "Public" is no reader's word for the file)."""
    if not _PATH_ROOT.match(fold(line)) or not callable(level_of):
        return None
    parts = without_file(path_parts(line))
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
    return found is not None and WHOLE_OR_OPEN.search(text[: found.start("rest")]) is None


# --- a head's fields -----------------------------------------------------------------------

# Labels whose value is who may read the page (folded, apostrophes as spaces).
_READERS = (
    rf"personnes (?:ayant|qui ont) acces|{SHARED_WITH}|people with access"
    r"|who has access|qui a acces|qui peut (?:voir|lire|consulter|acceder)"
    r"|who can (?:view|see|read|access)|lisible par|readable by"
    r"|consultable par|viewable by|droits d acces|access rights"
    r"|restrictions? de (?:la )?page|page restrictions?|restrictions? d acces"
    r"|access restrictions?|view restrictions?|liste de diffusion"
    r"|mailing list|distribution list|(?:channel|canal|salon) visible (?:par|to|by)"
)
# Labels whose value may be readers or something else ("Autorisation : parentale"): read,
# never closed by default.
_WEAK = r"autorisations?|permissions?|audience"
# A campaign's target: a readers field only in a mail's head (a campaign, a subject…);
# elsewhere "Segment : haut de gamme" is a market.
_MAILING = r"segments?|listes?|lists?"
_PRIVATE = r"(?:canal|salon|groupe|channel|group) prive|private (?:channel|group)|role du salon"
# Where the page lives: counts only for the leadership or for all the readers.
_PLACE = r"espace|space|site|team|equipe|teams"
_FIELD = re.compile(
    rf"^[\W_]*(?:(?P<readers>{_READERS})|(?P<weak>{_WEAK})|(?P<mailing>{_MAILING})|(?P<private>{_PRIVATE})"
    rf"|(?P<place>{_PLACE}))(?P<tool>(?<=audience) \w+)?\s*:\s*(?P<value>\S.*)$"
)
_MAIL_HEAD = re.compile(
    r"^[\W_]*(?:campagne|campaign|objet|subject|envoi|expediteur|sender|from|newsletter"
    r"|audience \w+)\s*:"
)
# A value that restricts nothing and names no one: "aucun", "none", "—".
_NOTHING = re.compile(r"^(?:aucune?|none|no|non|n a|nan|[-—–]+)\b")
_AFTER_DASH = re.compile(r"^\W*\w+\s*[–—-]\s*(?P<rest>\w.*)$")
# The whole audience of the list: "aucun (envoi à toute l'audience)", "All contacts".
_WHOLE_AUDIENCE = re.compile(
    r"\b(?:toute l audience|tous les contacts|toute la liste|whole audience|entire audience"
    r"|all contacts|all subscribers|whole list|entire list)\b"
)
_PUBLIC_VALUE = re.compile(r"^(?:public|publique|tout public|open|ouvert)$")
# The leadership's names for a space, a team or a folder ("ExCo Acme", "DIRECTION", "Codir").
_LEADERSHIP = re.compile(
    r"^(?:le |la |l |the |our |notre )?(?:codir|comex|exco|comite de direction"
    r"|comite executif|executive committee|executive team|leadership team|leadership"
    r"|board(?: of directors)?|conseil d administration|conseil de surveillance"
    r"|direction(?: generale)?(?![ -]\w)|associes(?: fondateurs)?|founding partners|founders"
    r"|dirigeants|executives|senior management|top management|excom|fondateurs)\b"
    r"(?! (?:des|of the) )"
)
_PRIVATE_NOTE = re.compile(r"(?:🔒|\((?:private|prive|privee)\)|\b(?:private|prive|privee)\b)")
# A chat export's channel line: "🔒 #billing · canal privé · équipe", "#ops (private)".
_CHANNEL_LINE = re.compile(
    r"^\W*(?:🔒\s*#[\w-]+|#[\w-]+\s*(?:\((?:private|prive|privee)\)|[·•|–—-]\s*(?:canal"
    r"|salon|channel|groupe|group)?\s*(?:prive|privee|private)(?: (?:channel|group))?"
    r"(?=\s*[·•|–—-]|\s*$)))"
)
_STRICT = re.compile(
    r"^[\W_]*(?:(?:diffusion|classification|acces|access|distribution|niveau|level)\s*:?\s*)?"
    r"(?:strictement restreinte?|strictly restricted|tres restreinte?|highly restricted)[\W_]*$"
)
# A space's or a site's word before its name: "Espace Direction", "Site Codir".
_PLACE_WORD = re.compile(rf"^(?:{_PLACE}) ")
# A chat channel's name and the words in it: "#fondateurs-prive", "#codir-fournil".
_CHANNEL_NAME = re.compile(r"(?<![\w&])#(?P<name>[^\W_][\w-]*)")
_PRIVATE_WORD = re.compile(r"^(?:prive|privee|private)$")
# A folder kept for readers: "For every Compagnon", "Pour tous les ambassadeurs".
_FOR_FOLDER = re.compile(r"^(?:for|pour|reserve aux?|only for)\b")
_HEAD_LINES = 12


def tool_marking(lines: Sequence[str], said: Said | None = None) -> Marking | None:
    """The strictest readership the tools' fields in a head's first non-empty `lines` give
    (`said`: the client's names for its ambassadors, `marking_ambassadors.as_ambassadors`)."""
    kept = [line for line in lines if line.strip()][:_HEAD_LINES]
    mailing = any(_MAIL_HEAD.match(fold_spaced(line)) for line in kept)
    found: list[Marking] = []
    for raw, key, value in fields(kept):
        level = _field_level(key, value, kept, said, mailing)
        if raw.lstrip().startswith("|"):  # a table's row, read as the labelled line it is
            row = _read(f"{key} : {value}", said)
            level = _stricter(level, row.level if row is not None else None)
        if level is not None:
            found.append(Marking(level, raw.strip()[:120]))
    for raw in kept:
        level = _channel_level(raw, said) or _path_level(raw, said)
        if level is None and _STRICT.match(fold_spaced(raw)):
            level = CONFIDENTIAL
        if level is not None:
            found.append(Marking(level, raw.strip()[:120]))
    if not found:
        return None
    return max(found, key=lambda m: LEVELS.index(m.level))


def _read(line: str, said: Said | None) -> Marking | None:
    """`line` read as the head's reader reads a line."""
    from knowledge.marking_head import find_in_lines  # it reads this module's line rules

    return find_in_lines([line], said=said)


def _field_level(
    key: str, value: str, lines: Sequence[str], said: Said | None, mailing: bool
) -> str | None:
    found = _FIELD.match(f"{fold_spaced(key)} : {value}")
    if found is None:
        return None
    value = without_rights(found["value"])
    plain = fold_spaced(value)
    if not plain:
        return None
    if found["place"]:
        return _place_level(value, plain, said, private=bool(_PRIVATE_NOTE.search(plain)))
    if found["mailing"] and not mailing:
        return None
    if found["weak"] == "audience" and found["tool"] and _segmented(lines):
        return None  # "Audience Mailchimp : …" names the list; its segment says who of it
    if (nothing := _NOTHING.match(plain)) and (rest := _AFTER_DASH.match(value)):
        value, plain = rest["rest"], plain[nothing.end() :]  # "none – anyone in the space…"
    elif nothing:
        # "Segment : aucun (envoi à toute l'audience)": the list's audience reads it
        return _audience_level(lines, said) if _WHOLE_AUDIENCE.search(plain) else None
    own = _read(f"{key} : {value}", said)
    if own is not None and own.level == PUBLIC:  # the field as the other rules read it
        return PUBLIC if _plainly_all(value, plain, said) else None
    level = _readers_level(value, said)
    if level == PUBLIC and not _plainly_all(value, plain, said):
        # opened only when the field plainly says all of them: "Lucioles inscrites avant
        # 2020" is some of them; the other rules read what the weaker labels say
        level = None if found["weak"] or len(re.findall(r"\w+", plain)) == 1 else INTERNAL
    if found["private"] == "role du salon":  # a channel kept for a role: it only restricts
        return level if level == CONFIDENTIAL else INTERNAL
    if found["private"]:
        return level if level in (PUBLIC, CONFIDENTIAL) else INTERNAL
    if level is None and not found["weak"] and not counts_or_names_all(plain):
        return INTERNAL  # readers the bot cannot tell to be all of them: a part
    return level


# What may stand beside the ambassadors' own word in a value that names them all.
_BARE = re.compile(
    r"\b(?:ambassadeurs?|ambassadrices?|ambassadors?|les|the|nos|our|tous|toutes|all|only"
    r"|uniquement|seulement|exclusivement)\b"
)


def _plainly_all(value: str, plain: str, said: Said | None) -> bool:
    """The readers' `value` says all of them in words ("toutes les Lucioles", "Public") or is
    their name alone ("Lucioles uniquement", "ambassadors only (do not share)")."""
    if WHOLE.search(plain) or _PUBLIC_VALUE.match(plain):
        return True
    named = fold_spaced(re.sub(r"\([^()]*\)", " ", said(value) if said is not None else value))
    return "ambassad" in named and not _BARE.sub(" ", named).strip(" ,.;:!-–—")


def _stricter(one: str | None, other: str | None) -> str | None:
    levels = [lv for lv in (one, other) if lv is not None]
    return max(levels, key=LEVELS.index) if levels else None


def _readers_level(value: str, said: Said | None) -> str | None:
    """`value` (a field's readers, as written) read as a readership line."""
    found = _read(readers_line(value), said)
    return found.level if found is not None else None


def _place_level(value: str, plain: str, said: Said | None, *, private: bool) -> str | None:
    """A space's or a team's level: the leadership's is confidential, one open to all the
    readers public, a private one internal; any other names no readers."""
    if _LEADERSHIP.match(plain):
        return CONFIDENTIAL
    level = _readers_level(value, said)
    if level == PUBLIC and re.search(r"\b(?:all|tous|toutes|every|everyone|anyone)\b", plain):
        return PUBLIC
    return INTERNAL if private else None


def _segmented(lines: Sequence[str]) -> bool:
    return any(re.match(r"^[\W_]*segments?\s*:", fold_spaced(line)) for line in lines)


def _audience_level(lines: Sequence[str], said: Said | None) -> str | None:
    """A campaign sent to its whole audience: the level the audience's name reads, when it
    reads as all the readers ("Audience Mailchimp : Cercle Acme – Ambassadeurs")."""
    for raw in lines:
        label, colon, value = raw.partition(":")
        if colon and fold_spaced(label).startswith("audience"):
            level = _readers_level(f"tous les {value.strip(' –—-')}", said)
            return PUBLIC if level == PUBLIC else None
    return None


def _channel_level(raw: str, said: Said | None) -> str | None:
    """A private channel's, group's or team's line: internal at least, confidential when it
    names the leadership, public when it is open to all the readers."""
    plain = fold_spaced(raw)
    if not _CHANNEL_LINE.match(plain) or _FIELD.match(plain):
        return _channel_name_level(plain)
    rest = [p for p in re.split(r"\s+[·•|–—]\s+", raw)[1:] if p.strip()]
    levels = [lv for part in rest if (lv := _readers_level(part, said)) is not None]
    if any(_LEADERSHIP.match(fold_spaced(part)) for part in rest) or CONFIDENTIAL in levels:
        return CONFIDENTIAL
    return PUBLIC if levels and all(lv == PUBLIC for lv in levels) else INTERNAL


def _path_level(raw: str, said: Said | None) -> str | None:
    """A drive's or a site's path: confidential through a leadership folder, public when a
    folder is kept for all the readers ("For every Compagnon"), else nothing."""
    text = raw.split(":", 1)[1] if re.match(r"^[\w ]{2,20}:\s*\S", raw) else raw
    parts = path_parts(re.split(r"\s[—–]\s", text)[0])  # "…/x.xlsx — onglet Budget": the path
    if len(parts) < 3 or any(len(p) > 50 for p in parts):
        return None
    parts = without_file(parts)
    if any(
        (_LEADERSHIP.match(_PLACE_WORD.sub("", fold_spaced(p))) and len(p.split()) <= 4)
        or p.strip() == "CA"  # the board's initials as a folder: "/Drive partagé/CA/2027/"
        for p in parts
    ):
        return CONFIDENTIAL
    for part in parts:
        if _FOR_FOLDER.match(fold_spaced(part)) and _readers_level(part, said) == PUBLIC:
            return PUBLIC
    return None


def _channel_name_level(plain: str) -> str | None:
    """A channel named for the leadership ("#codir-fournil", "#fondateurs-prive") is
    confidential; one named private ("#crew-prive") internal."""
    levels = []
    for found in _CHANNEL_NAME.finditer(plain):
        words = [w for w in re.split(r"[-_]", found["name"]) if w]
        if any(_LEADERSHIP.fullmatch(w) for w in words):
            levels.append(CONFIDENTIAL)
        elif any(_PRIVATE_WORD.match(w) for w in words):
            levels.append(INTERNAL)
    return max(levels, key=LEVELS.index) if levels else None

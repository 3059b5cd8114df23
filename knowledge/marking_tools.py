"""Readers given by the tool a document lives in, not by a typed label.

A page exported or pasted from a drive, a wiki, a mailing tool or a chat keeps the tool's
own account of who may read it: a sharing dialog ("Personnes ayant accès : Comité de
direction"), a page's properties ("Qui peut voir     Tout le Cercle"), a page restriction
("Page restrictions: viewing restricted to …"), a campaign's segment or list ("Segment :
members of the Lyon store (212 contacts)"), a private channel or team ("🔒 #ops · private
channel"), a folder ("/Shared drive/Codir/…"). Each such value is read as the readership
line it stands for ("Diffusion : <value>", `marking_head.find_in_lines`), so the client's
names for its ambassadors, the parts of them and the small groups read as they do in a
typed line. Fail closed:

- a readers field (sharing, permissions, restrictions, a campaign's segment or list) whose
  value reads as no level keeps the document for a part of them (internal), unless it is
  one bare word (perhaps the client's name for all of them) or says nothing ("aucun");
- a private channel, group or team is internal at least;
- a space, a team or a folder only counts when it names the leadership (confidential) or,
  for a space or a folder, all the readers (public): a path or a channel's name alone
  ("Drive partagé › Production", "#quai-nord") says nothing about who reads it;
- "strictement restreint" as a document's mark is confidential.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from knowledge.markers import CONFIDENTIAL, INTERNAL, LEVELS, PUBLIC, Marking
from knowledge.marking_head import find_in_lines
from knowledge.text import fold_spaced

__all__ = ["tool_marking"]

Said = Callable[[str], str]

# Labels whose value is who may read the page (folded, apostrophes as spaces).
_READERS = (
    r"personnes (?:ayant|qui ont) acces|partagee? avec|shared with|people with access"
    r"|who has access|qui a acces|qui peut (?:voir|lire|consulter|acceder)"
    r"|who can (?:view|see|read|access)|visible (?:par|pour|to|by)|lisible par|readable by"
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
_PRIVATE = r"(?:canal|salon|groupe|channel|group) prive|private (?:channel|group)"
# Where the page lives: counts only for the leadership or for all the readers.
_PLACE = r"espace|space|site|team|equipe|teams"
_FIELD = re.compile(
    rf"^[\W_]*(?:(?P<readers>{_READERS})|(?P<weak>{_WEAK})|(?P<mailing>{_MAILING})|(?P<private>{_PRIVATE})"
    rf"|(?P<place>{_PLACE}))(?P<tool>(?<=audience) \w+)?\s*:\s*(?P<value>\S.*)$"
)
# A property shown as two columns set apart by a tab or a run of spaces (Notion, Confluence).
_COLUMNS = re.compile(r"^\s*(?P<key>[^\W\d][^\t:|]{1,30}?)(?:\t+|\s{2,})(?P<value>\S.*)$")
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
# Words that give the readers whole: "toutes les Lucioles", "all levels", "@everyone".
_WHOLE = re.compile(
    r"\b(?:tous|toutes|tout|toute|all|every|everyone|everybody|anyone|whole|entire|ensemble"
    r"|chaque|each)\b"
)
_PUBLIC_VALUE = re.compile(r"^(?:public|publique|tout public|open|ouvert)$")
# The leadership's names for a space, a team or a folder ("ExCo Acme", "DIRECTION", "Codir").
_LEADERSHIP = re.compile(
    r"^(?:le |la |l |the |our |notre )?(?:codir|comex|exco|comite de direction"
    r"|comite executif|executive committee|executive team|leadership team|leadership"
    r"|board(?: of directors)?|conseil d administration|conseil de surveillance"
    r"|direction(?: generale)?(?![ -]\w)|associes(?: fondateurs)?|founding partners|founders"
    r"|dirigeants|executives|senior management|top management)\b(?! (?:des|of the) )"
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
_PATH_SEP = re.compile(r"\s*(?:›|»|>|/|\\)\s*")
_FILE = re.compile(r"\.\w{2,5}$")
# A folder kept for readers: "For every Compagnon", "Pour tous les ambassadeurs".
_FOR_FOLDER = re.compile(r"^(?:for|pour|reserve aux?|only for)\b")
_HEAD_LINES = 12


def tool_marking(lines: Sequence[str], said: Said | None = None) -> Marking | None:
    """The strictest readership the tools' fields in a head's first non-empty `lines` give
    (`said`: the client's names for its ambassadors, `marking_ambassadors.as_ambassadors`)."""
    kept = [line for line in lines if line.strip()][:_HEAD_LINES]
    mailing = any(_MAIL_HEAD.match(fold_spaced(line)) for line in kept)
    found: list[Marking] = []
    for raw, key, value in _fields(kept):
        level = _field_level(key, value, kept, said, mailing)
        if raw.lstrip().startswith("|"):  # a table's row, read as the labelled line it is
            row = find_in_lines([f"{key} : {value}"], said=said)
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


def _fields(lines: Sequence[str]) -> list[tuple[str, str, str]]:
    """(line, label, value) of each labelled field: "Label : value", the parts of a
    line set apart by "·", a property's two columns, a two-row properties table."""
    out: list[tuple[str, str, str]] = []
    for index, raw in enumerate(lines):
        if raw.lstrip().startswith("|"):
            out.extend(_table_fields(lines, index))
            continue
        parts = [raw, *re.split(r"\s+[·•|]\s+", raw)[1:]]
        # "(lecture : @everyone)": who reads a channel, in brackets after its name
        inner = re.findall(r"\((?:lecture|read|reading)\s*:([^()]{2,80})\)", fold_spaced(raw))
        out.extend((raw, "Visible par", value.strip()) for value in inner)
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


def _field_level(
    key: str, value: str, lines: Sequence[str], said: Said | None, mailing: bool
) -> str | None:
    found = _FIELD.match(f"{fold_spaced(key)} : {value}")
    if found is None:
        return None
    value = _RIGHTS.sub("", found["value"]).strip(" .·")
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
    own = find_in_lines([f"{key} : {value}"], said=said)
    if own is not None and own.level == PUBLIC:  # the field as the other rules read it
        return PUBLIC if _plainly_all(value, plain, said) else None
    level = _readers_level(value, said)
    if level == PUBLIC and not _plainly_all(value, plain, said):
        # opened only when the field plainly says all of them: "Lucioles inscrites avant
        # 2020" is some of them; the other rules read what the weaker labels say
        level = None if found["weak"] or len(re.findall(r"\w+", plain)) == 1 else INTERNAL
    if found["private"]:
        return level if level in (PUBLIC, CONFIDENTIAL) else INTERNAL
    several = len(re.findall(r"\w+", plain)) > 1
    if level is None and not found["weak"] and not plain[0].isdigit() and several:
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
    if _WHOLE.search(plain) or _PUBLIC_VALUE.match(plain):
        return True
    named = fold_spaced(re.sub(r"\([^()]*\)", " ", said(value) if said is not None else value))
    return "ambassad" in named and not _BARE.sub(" ", named).strip(" ,.;:!-–—")


def _stricter(one: str | None, other: str | None) -> str | None:
    levels = [lv for lv in (one, other) if lv is not None]
    return max(levels, key=LEVELS.index) if levels else None


def _readers_level(value: str, said: Said | None) -> str | None:
    """`value` (a field's readers, as written) read as a readership line."""
    value = _ANYONE_IN.sub(lambda m: f"all {m['who']}", _CAN_VIEW.sub("", value))
    if whole := _WHOLE_OF.match(value):
        value = f"tous les membres du {whole['who']}"
    if dash := _DASH_ALL.match(value):
        value = f"{dash['all']} les {dash['who'].strip()}{dash['rest']}"
    found = find_in_lines([f"Diffusion : {value}"], said=said)
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
        return None
    rest = [p for p in re.split(r"\s+[·•|–—]\s+", raw)[1:] if p.strip()]
    levels = [lv for part in rest if (lv := _readers_level(part, said)) is not None]
    if any(_LEADERSHIP.match(fold_spaced(part)) for part in rest) or CONFIDENTIAL in levels:
        return CONFIDENTIAL
    return PUBLIC if levels and all(lv == PUBLIC for lv in levels) else INTERNAL


def _path_level(raw: str, said: Said | None) -> str | None:
    """A drive's or a site's path: confidential through a leadership folder, public when a
    folder is kept for all the readers ("For every Compagnon"), else nothing."""
    text = raw.split(":", 1)[1] if re.match(r"^[\w ]{2,20}:\s*\S", raw) else raw
    parts = [p.strip() for p in _PATH_SEP.split(text.strip()) if p.strip()]
    if len(parts) < 3 or any(len(p) > 50 for p in parts):
        return None
    if _FILE.search(parts[-1]):
        parts = parts[:-1]
    if any(_LEADERSHIP.match(fold_spaced(p)) and len(p.split()) <= 4 for p in parts):
        return CONFIDENTIAL
    for part in parts:
        if _FOR_FOLDER.match(fold_spaced(part)) and _readers_level(part, said) == PUBLIC:
            return PUBLIC
    return None

"""Readers named one by one in a head's opening statement, read as the groups they are.

A document opens with who it is for: "For our distributor's sales team in Tokyo and the
export desk.", « Pour les Croqueurs et nos revendeurs », "This invitation is for former
members only", « À l'intention des régisseurs des lieux d'accueil ». The line reader knows
labels and the ambassadors; here such a statement (an opening "for", « pour », « à
l'intention de », "shared with", "this letter is for"… at the start of one of the first
lines, or of a sentence, a dash's or a slash's part in them) is split into its groups and
each group is read:

- all the ambassadors (the generic word, or a client's name for them, with nothing that
  narrows it: "former", « de la tournée Bretagne », "of our distributor", "who joined in
  2026"), or the public at large (« grand public », "general public", customers with no
  qualifier);
- a group outside the program or a part of it: partners, resellers, franchisees,
  distributors, suppliers, the press, candidates, former members, volunteers, families,
  staff or a team, venues, practitioners, "the X ambassadors only"… (a leadership body:
  confidential);
- anything else (a proper name, "8–12 year olds", "the Club's ambassadors"): says nothing.

All the ambassadors or the public among the readers open the document (the bot's readers
are the ambassadors: another group beside them takes nothing away), unless the statement
excepts or holds back someone ("not for…", « sauf… ») or a noun's qualifier may be shared
by a later group (« les ambassadeurs et équipes de Lyon »); otherwise an outside group or a
part of the ambassadors closes it to internal. Read only where the line reader found
nothing (`marking_document`), so it never lowers a level found elsewhere. A statement that
goes on into a clause ("For our customers, we built…") or opens with a verb (« Pour ajouter
un ambassadeur… ») is no readership; a mail's "To:" and a « Public : » field (a course's
public) may only open (`marking_mail_header` reads recipients).

A later sentence of an opening line that is a readership field ("Secret de fabrication.
Accès : A et B") is read as its own line, and a trade secret said alone as a banner
(« Secret de fabrication. ») is confidential.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from knowledge.markers import CONFIDENTIAL, INTERNAL, PUBLIC, Marking, strictest
from knowledge.marking_ambassadors import Said
from knowledge.marking_groups import group_level
from knowledge.marking_head import find_in_lines
from knowledge.text import fold

__all__ = ["audience_marking", "statements_disagree"]

# Lines read: the first few that are not headings nor list items, above the prose.
STATEMENT_LINES = 3
# A group is a few words ("our distributor's sales team in Tokyo"); more is a clause.
GROUP_WORDS = 8

_HEADING = re.compile(r"^\s{0,3}#{1,6}\s")
_ITEM = re.compile(r"^\s*(?:[-*+•]|\d+[.)])\s")
_MARKUP = re.compile(r"[*_>`~]+")
# Where a line's statements part: a sentence's end, a dash, a slash between languages.
_PARTS = re.compile(r"(?<=[.!?])\s+|\s[—–]\s|\s-\s|\s/\s|\s[|·]\s")
_PAREN = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")

_DOC = (
    r"(?:document|doc|note|lettre|letter|invitation|guide|memo|message|mail|e mail|email"
    r"|courrier|fiche|kit|pack|dossier|brief|page|sheet|checklist|newsletter|programme"
    r"|program|support|presentation|deck|planning|schedule|calendrier|calendar|update|info"
    r"|information|communication|circulaire|compte rendu|rapport|report|offre|offer)"
)
# The words that open a readership, after a document's own noun ("This invitation is").
_OPENER = re.compile(
    r"^(?P<subject>(?:(?:this|the|ce|cet|cette|ces) (?:\w+ ){0,2}?(?:is|are|est|sont) )"
    rf"|(?:(?:an?|un|une) (?:\w+ )?{_DOC} )"
    # « Ce guide s'adresse aux … »; « Invitation adressée aux … », the document's noun bare.
    r"|(?:(?:this|ce|cet|cette|ces) (?:\w+ ){1,2}?(?=s adresse))"
    rf"|(?P<bare>{_DOC} (?=adresse|destine|intended|addressed|meant))"
    r")?(?:(?:only|solely|exclusively|uniquement|seulement|exclusivement|strictly"
    r"|strictement) )?"
    r"(?P<to>for|to|intended for|meant for|written for|prepared for|addressed to|aimed at"
    r"|shared with|sent to|circulated to|distributed to"
    r"|pour|destinee?s? (?:a|aux|au)|a destination (?:de|des|du|d)"
    r"|a l intention (?:de|des|du|d)|a l attention (?:de|des|du|d)|adressee?s? (?:a|aux|au)"
    r"|s adresse (?:a|aux|au)|partagee?s? avec|envoyee?s? (?:a|aux|au)"
    r"|diffusee?s? (?:a|aux|au)|transmise?s? (?:a|aux|au))\s+(?P<who>.+)$"
)
# A labelled readership: "Audience : X", "public : X" (which may only open: « Public :
# adultes » is whom a course is for, not who reads the page).
_LABEL = re.compile(
    r"^(?P<label>audience|readers|readership|lectorat|destinataires|recipients|public"
    r"|a|to)\s?:\s*(?P<who>.+)$"
)
_OPEN_ONLY_LABELS = frozenset({"public", "a", "to"})  # a mail's: `marking_mail_header`

_SPLIT = re.compile(r",|;|&|\+|\b(?:et|and|ainsi que|as well as|plus|avec|with|along with|puis)\b")
# A relative clause ends a group: « les lieux qui nous accueillent ».
_RELATIVE = re.compile(
    r"\b(?:qui|who|that|which|dont)\b.*$"
    # A purpose ends one too: « les personnes présélectionnées pour rejoindre le … ».
    r"|\b(?:pour|afin de|to|in order to) (?:rejoindre|devenir|integrer|join|become)\b.*$"
)
# A verb or a subject: the statement goes on into a clause, no readership.
_CLAUSE = re.compile(
    r"\b(?:est|sont|sera|seront|etait|is|are|was|were|will|would|can|could|peut|peuvent"
    r"|doit|doivent|must|should|have|has|avons|avez|ont|allons|vont|we|you|they|i|he|she"
    r"|it|nous|vous|ils|elles|il|elle|on(?! (?:the|our) )|je|j)\b"
)
_LEAD = re.compile(
    r"^(?:(?:with|avec|aussi|also|a|aux|au|to|de|des|du|d|l|la|le|les|the|our|nos|notre|vos"
    r"|votre|your|their|leurs|leur|ses|son|sa|its|of|only|uniquement|seulement"
    r"|exclusivement|strictly|strictement|tous|toutes|tout|toute|all|every|each|chaque"
    r"|ensemble|whole|entire|chacun|chacune)\s+)+"
)
# One tier, level, region or group in brackets after them is a part ("(Gold tier)"); a
# list of every level ("(Bronze, Silver, Gold)", "(Deck, Bridge and Crow's Nest)") is not.
_PART = re.compile(
    r"\b(?:tier|niveau|level|palier|grade|rang|rank|only|uniquement|seulement|region|groupe"
    r"|group|pilot|pilote|cohort|cohorte|comite|committee|panel|antenne|chapter)\b",
    re.IGNORECASE,
)
# The ambassadors of one body among them: « les Bulleurs du panel dégustation ».
_BODY = re.compile(
    r"^(?:ambassadeurs|ambassadrices|ambassadors) (?:du|de la|de l|des|of the|on the|in the)"
    r" (?:\w+ )?(?:panel|comite|committee|jury|cohorte?|cohort|pilote?|tier|niveau|palier|antenne"
    r"|chapter|cercle restreint|inner circle|noyau|core team|bureau|conseil)\b"
)
_TOTAL = re.compile(
    r"\b(?:tous|toutes|all|every|each|chaque|ensemble|whole|entire|everyone|complete|complet\w*)\b"
)
_DETERMINER = re.compile(
    r"^(?:with |avec |aussi |also )?(?:a |aux |au |to |de |l |la |le |les |the |our |nos "
    r"|notre |vos |votre |your |their |leurs |leur |tous |toutes |all |every |des |d )"
)
_NEW = re.compile(r"\b(?:new|nouveaux|nouvelles|nouveau|nouvelle|existing|current|actuel\w*)\b")
_OLD = re.compile(r"\b(?:old|anciens?|anciennes?|former|older)\b")
_HELD = re.compile(
    r"\b(?:not|no|pas|ni|non|sauf|hors|except|excepte|excluding|exclus|apart|but|mais|never|jamais"
    r"|yet|encore|embargo\w*|confidenti\w*|interne?|internal)\b"
)
_QUALIFIER = re.compile(r"\b(?:de|du|des|d|of|in|at|from|en|a|based|near|pres)\b")
_ONLY = re.compile(r"\b(?:only|uniquement|seulement|exclusivement)\b")
_TAIL = re.compile(r"(?:\s+(?:only|uniquement|seulement|exclusivement|welcome|bienvenue?s?))+$")

_TWICE = re.compile(r"\bambassadeurs (?:ambassadors|ambassadeurs)\b")
_AMBASSADORS = frozenset(
    {"ambassadeurs", "ambassadeur", "ambassadrices", "ambassadrice", "ambassadors", "ambassador"}
)
# Nouns of people a group may open with, no article: « aux personnes présélectionnées ».
_PERSONS = _AMBASSADORS | {"personnes", "people", "persons", "membres", "members"}
_ALL_MEMBERS = re.compile(
    r"^(?:(?:ambassad\w+ )?(?:membres?|members?)|ambassad\w+) (?:du|de la|de l|of the|of our) "
    r"(?:programme|program|club|cercle|circle|reseau|network|communaute|community)$"
)
_BROAD = frozenset(
    {
        "grand public",
        "general public",
        "public at large",
        "tout public",
        "tous publics",
        "everyone",
        "everybody",
        "anyone",
        "tout le monde",
        "clients",
        "customers",
    }
)
# Groups outside the program, or a part of it, as readers.
_OUTSIDE = re.compile(
    r"\b(?:partenaires?|partners?|revendeu(?:rs?|ses?)|resellers?|retailers?|detaillants?"
    r"|dealers?|stockists?|points? de vente|cavistes?|epiceries?|distributeurs?|distributors?"
    r"|importateurs?|importers?|grossistes?|wholesalers?|franchises?|franchisees?|licensees?"
    r"|fournisseurs?|suppliers?|vendors?|prestataires?|sous traitants?|subcontractors?"
    r"|contractors?|journalistes?|journalists?|presse|press|medias?|redactions?|critiques?"
    r"|critics?|blogueu(?:rs?|ses?)|bloggers?|influenceu(?:rs?|ses?)|influencers?"
    r"|candidate?s?|candidats?|candidates?|applicants?|postulants?|shortlisted|recrues?"
    r"|pre ?selectionne(?:e|s|es)?|pre ?selected"
    r"|alumni|anciens?|anciennes?|former|ex|benevoles?|volunteers?|volontaires?"
    r"|conjoints?|spouses?|proches|relatives"
    r"|acteurs?|actors?|comediens?|comediennes?|artistes?|techniciens?"
    r"|technicians?|regisseu(?:rs?|ses?)|moniteurs?|monitrices?|instructors?|formateurs?"
    r"|formatrices?|trainers?|coachs?|coaches|gerants?|gerantes?|lieux|venues?"
    r"|programmateu(?:rs?|rices?)|programmers?|organisateurs?|organisers?|organizers?"
    r"|festivals?|praticiens?|praticiennes?|practitioners?|cliniques?|clinics?|cabinets?"
    r"|mutuelles?|insurers?|assureurs?|filiales?|subsidiar(?:y|ies)|sister company"
    r"|societe soeur|maison mere|parent company|sponsors?|mecenes?|agences?|agencies"
    r"|consultants?|installateurs?|installers?|desk|service|services|department"
    r"|departement)\b"
)


def audience_marking(lines: Sequence[str], said: Said | None = None) -> Marking | None:
    """The level the readers named in the head's opening statements give (`lines`: its
    non-empty first lines; `said`: the client's names for its ambassadors), or None."""
    found: list[Marking] = []
    for line in _statement_lines(lines):
        named = said(line) if said is not None else line
        for index, part in enumerate(_PARTS.split(named)):
            level = _part_level(part, first=index == 0)
            if level is not None:
                found.append(Marking(level, line.strip()[:120]))
    if not found:
        return None
    top = strictest(m.level for m in found)
    return next(m for m in found if m.level == top)


def statements_disagree(lines: Sequence[str], said: Said | None = None) -> Marking | None:
    """The stricter of two readership statements in one line that disagree, one giving every
    ambassador and the other a part of them or another group (« Pour les X du panel — For
    all X », two languages side by side: the strictest wins), or None."""
    for line in _statement_lines(lines):
        named = said(line) if said is not None else line
        parts = _PARTS.split(named)
        levels = {_part_level(part, first=i == 0) for i, part in enumerate(parts)} - {None}
        if PUBLIC in levels and len(levels) > 1:
            return Marking(strictest(levels - {PUBLIC}), line.strip()[:120])
    return None


def _statement_lines(lines: Sequence[str]) -> list[str]:
    kept: list[str] = []
    for line in lines:
        if not line.strip() or _HEADING.match(line) or line.strip() in ("---", "+++"):
            continue
        if _ITEM.match(line):
            break  # a list: the body has begun
        kept.append(line)
        if len(kept) == STATEMENT_LINES:
            break
    return kept


_SECRET = re.compile(r"^(?:secret de fabrication|secret industriel|trade secret)$")
_FIELD = re.compile(r"^\W*(?:acces|access|diffusion|destinataires|distribution)\s?:\s*\S")


def _part_level(part: str, *, first: bool) -> str | None:
    text = _folded(part)
    if not text:
        return None
    if _SECRET.match(text):
        return CONFIDENTIAL  # « Secret de fabrication. » as a banner, not « notre secret … »
    if not first and _FIELD.match(fold(part)):
        found = find_in_lines([part.strip()])
        return found.level if found is not None and found.level != PUBLIC else None
    if (labelled := _LABEL.match(text)) is not None and "@" not in _PAREN.sub(
        "", text
    ):  # a mail's: elsewhere
        level = _readers_level(labelled["who"])
        return level if level == PUBLIC or labelled["label"] not in _OPEN_ONLY_LABELS else None
    opened = _OPENER.match(text)
    if opened is None or not _starts_as_group(opened["who"], part):
        return None
    if ": " in _PAREN.sub(" ", opened["who"]):
        # "Written for our partner farms: what X do, how…": the readers end at the colon,
        # what follows is what the document says; read only to close, a colon may also
        # open a list of what they get ("For all members: the new rates…").
        level = _readers_level(opened["who"].split(": ")[0], narrowing=opened["bare"] is None)
        return level if level in (INTERNAL, CONFIDENTIAL) else None
    # A bare noun's readers who do something are no group (« Mémo destiné aux X qui … »).
    level = _readers_level(opened["who"], narrowing=opened["bare"] is None)
    # "Ce guide est destiné aux ambassadeurs du programme et à leurs proches": a sentence
    # about the document opens it only when it gives every ambassador and no one else
    # ("This guide is for all ambassadors", « Ce document est destiné à l'ensemble des … »).
    if level == PUBLIC and opened["subject"] and not _all_and_only(opened["who"]):
        return None
    return level


def _starts_as_group(who: str, part: str) -> bool:
    """`who` opens with an article, a quantifier, a group's noun or a capitalised name, not
    a verb (« Pour ajouter un ambassadeur à la liste, ouvrez… », "To add a member…")."""
    first = who.split()[0]
    if _DETERMINER.match(f"{first} ") or _OUTSIDE.match(first) or first in _PERSONS:
        return True
    if group_level(first) is not None:
        return True
    return any(w[:1].isupper() and fold(w) == first for w in re.findall(r"[^\W\d_]+", part))


def _folded(part: str) -> str:
    text = fold(_MARKUP.sub(" ", part)).replace("'", " ").replace("’", " ").replace("-", " ")
    text = re.sub(r"[.!?:]+\s*$", "", text.strip())
    return " ".join(re.sub(r"\s*:\s*", ": ", text).split())


def _readers_level(who: str, narrowing: bool = True) -> str | None:
    """The level the groups in `who` give (see the module's rules), None for no readership;
    `narrowing`: a relative clause makes a group of ambassadors a part of them."""
    groups = [g.strip() for g in _SPLIT.split(_PAREN.sub(" ", who))]
    # A relative clause narrows a group of ambassadors ("… who joined in 2026": a part).
    narrowed = [narrowing and _RELATIVE.search(g) is not None for g in groups]
    groups = [_RELATIVE.sub("", g).strip() for g in groups]
    narrowed = [n for g, n in zip(groups, narrowed, strict=True) if g]
    groups = [g for g in groups if g]
    if not groups or any(_CLAUSE.search(g) or len(g.split()) > GROUP_WORDS for g in groups):
        return None
    held = _HELD.search(who) is not None  # "…, not for the wider circle", "sauf les Or"
    if _NEW.search(who) and _OLD.search(who) and not held:
        return None  # "every member, new or old": all of them, as the line reader says
    kinds = [
        INTERNAL if n and _kind(g) == PUBLIC else _kind(g)
        for g, n in zip(groups, narrowed, strict=True)
    ]
    restricted = [k for k in kinds if k in (INTERNAL, CONFIDENTIAL)]
    opening = [i for i, k in enumerate(kinds) if k == PUBLIC]
    # Staff beside them ("tous les ambassadeurs et les salariés du siège") keep the reading
    # the line reader gave: only outside groups and the public join them.
    staff = any(group_level(g, restrictive_only=True) is not None for g in groups)
    # "Pour les Marcheurs" alone above a procedure may be about them: the line reader's
    # call; beside another group ("les Croqueurs et nos revendeurs") it lists readers.
    alone = len(groups) == 1 and not _TOTAL.search(groups[0])
    if opening and not (held or staff or alone) and _opens(groups, opening[0], who):
        return PUBLIC
    return strictest(restricted) if restricted else None


def _all_and_only(who: str) -> bool:
    groups = [g.strip() for g in _SPLIT.split(_PAREN.sub(" ", who)) if g.strip()]
    every = bool(groups) and all(_kind(g) == PUBLIC for g in groups)
    return every and _TOTAL.search(groups[0]) is not None  # "à toutes les X et tous les X"


def _opens(groups: list[str], first: int, who: str) -> bool:
    """The opening group is not narrowed in brackets ("all Grimpeurs (Gold tier)") nor a
    noun whose qualifier a later group may share ("les ambassadeurs et équipes de Lyon"):
    it says "all", or every later group has its article."""
    bracket = re.search(rf"{re.escape(groups[first])}\s*[(\[]([^()\[\]]*)", who)
    if (
        bracket is not None
        and _PART.search(bracket.group(1))
        and not _TOTAL.search(bracket.group(1))
    ):
        return False
    if _TOTAL.search(groups[first]):
        return True
    later = groups[first + 1 :]
    return all(_DETERMINER.match(f"{g} ") or not _QUALIFIER.search(g) for g in later)


def _kind(group: str) -> str | None:
    """PUBLIC for every ambassador or the public at large, INTERNAL or CONFIDENTIAL for a
    group outside the program or a part of it, None for a group this reader cannot name."""
    core = _TAIL.sub("", _LEAD.sub("", group)).strip()
    core = _TWICE.sub("ambassadeurs", core)  # "all Radieux ambassadors", the name written
    if core in _AMBASSADORS or _ALL_MEMBERS.match(core) or core in _BROAD:
        return PUBLIC
    level = group_level(core, restrictive_only=True)
    if level is not None:
        return level
    if _OUTSIDE.search(core) or _BODY.match(core):
        return INTERNAL  # another group, or a part of the ambassadors ("former members")
    if _ONLY.search(group) and any(word in _AMBASSADORS for word in core.split()):
        return INTERNAL  # "the Hauts-de-France ambassadors only": a part of them
    return None  # "ambassadeurs du Club", "Relais ambassadors": a program this reader cannot name

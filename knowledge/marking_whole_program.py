"""Lines that give the whole program as the readers, without the word "ambassadors".

People write to everyone in an ambassador program in words of their own, and a client's
name for its ambassadors is not always known. Three forms name the whole program:

- its members as a whole: "Pour tous les membres du programme", "For all programme
  members", "Diffusion : l'ensemble du club", "shared with the whole community";
- every member whatever the tier, which only a program with tiers says: "Remis à chaque
  membre, quel que soit son palier", "Goes to every Pathfinder, whatever your level",
  "pour tous les niveaux" (one word for the members: "every Pathfinder mentor" is a part);
- a dated or signed correction that sends the document to a whole group: "MAJ 3/02
  (Léa) : validé, on peut l'envoyer à tous les Pionniers", "Update 4/09, Sam: cleared,
  send to the whole Trail Crew", "rectif : désormais ouvert à l'ensemble des Voisins".

Read strictly, since opening is the direction that must not go wrong: the group must be
whole ("tous", "every", "l'ensemble", "the whole"), and neither the group nor the rest of
its clause may name a staff group, a small group, a tier, a place, a level or a wait
("tous les membres de l'équipe", "every Gold member", "toute la communauté de Lyon", "on
attend l'ok avant de l'envoyer à tous les Pionniers").
"""

from __future__ import annotations

import re

from knowledge.marking_ambassadors import NO_BRAND
from knowledge.marking_everyone_head import PENDING
from knowledge.marking_groups import group_level, unknown_quantified_group
from knowledge.marking_revisions import is_correction
from knowledge.text import fold

# A program's body as a whole.
_BODY = (
    r"(?:programme|program|prog|club|cercle|circle|communaute|community|tribu|tribe|meute|pack"
    r"|guilde|guild|crew|collectif|gang|bande|squad)"
)
_WHOLE = (
    r"(?:tous|toutes|all|every|each|chaque|l ensemble (?:des|de nos)|the whole|all of the"
    r"|all the|all our|tous nos|toutes nos|any|n importe quel\w*)"
)
# "tous les membres du programme", "all programme members", "every club member".
_MEMBERS = (
    rf"{_WHOLE} (?:(?:les|the|our|nos) )?(?:(?:membres?|members?) (?:du|de la|de l|de notre"
    rf"|of the|of our|of) {_BODY}|{_BODY} (?:members?|membres?)|(?:\w+ ){{1,2}}members?)"
)
# "l'ensemble du Cercle", "toute la communauté", "the whole community", "tout le club", "the
# whole Echo Circle" (the client's name for its ambassadors read as "ambassadeurs"); "tout le
# monde dans le programme peut le lire" (nothing after the program but the permission).
_BODY_WHOLE = (
    rf"(?:l ensemble (?:du|de la|de l|de notre)|ensemble (?:du|de la|de l)|toute la|tout le"
    rf"|tout l|the whole|the entire|all the|our whole|our entire) (?:ambassadeurs )?{_BODY}"
    rf"|(?:tout le monde (?:dans|du)|everyone in) (?:le |la |l |the |our |notre )?{_BODY}"
    r"(?= (?:peut|peuvent|can|may)\b|$)"
)
# "chaque membre … quel que soit son palier", "every X, whatever your tier".
_ANY_TIER = (
    r"(?:quel(?:le)?s? que soi(?:t|ent) (?:son|sa|leur|votre|ton|ta) (?:\w+ )?(?:palier|niveau"
    r"|rang|statut|grade)|whatever (?:your|their|his|her|its) (?:\w+ )?(?:tier|level|rank"
    r"|status)|tous (?:les )?niveaux(?: confondus)?|all tiers|all levels|every tier|every level"
    r"|de tous (?:les )?niveaux)"
)
_EVERY_TIER = re.compile(
    rf"\b(?:{_WHOLE}|tous les|toutes les) \w+,? {_ANY_TIER}\b"
    r"|\b(?:pour|for|to|a|open to|ouvert a) (?:tous les niveaux|all tiers|all levels|every tier)\b"
)
_TIER_WORDS = re.compile(
    rf"\b{_ANY_TIER}\b|\b(?:tous les niveaux|all tiers|all levels|every tier)\b"
)
_READERS = re.compile(rf"\b(?:{_MEMBERS}|{_BODY_WHOLE})\b")
# What the readers are given as: a label, or a word that gives or opens to them.
_LEAD = re.compile(
    r"(?:^|\b(?:diffusion|distribution|audience|acces|access|visibilite|visibility|share|sharing"
    r"|partage|lecteurs|readers|destinataires) ?:|\b(?:pour|for|to|a|aux|open to|ouverte? a"
    r"|reservee? a|reserved for|remise? a|destinee? a|intended for|meant for|sent to|goes to"
    r"|envoyee? a|a lire par|to be read by|partagee? avec|shared with|a partager (?:avec|entre)"
    r"|available to|disponible pour|dispo pour|avec|with|entre|among|parmi"
    # leave to pass it around all of it: "vous pouvez le faire tourner dans tout le club"
    r"|(?:tourner|circuler|partager|diffuser|share|circulate|pass it around|forward)"
    r" (?:\w+ )?(?:dans|in|within|across|around|throughout|a travers)))\s*$"
)
# A part, a place, a level or a negation in the readers' clause keeps the line as it was.
_BLOCKERS = re.compile(
    r"\b(?:niveau|niveaux|level|levels|tier|tiers|palier|rang|rank|confidenti\w*|intern\w*"
    r"|secret\w*|restrei\w*|restricted|prive\w*|private|sensible|sensitive|nda|sauf|except"
    r"|hormis|excepte|certains|some|quelques|selection\w*|selected|ne|n|pas|not|no|jamais"
    r"|never|don t|do not|managers?|responsables?|leads?|heads?|chefs?|directeurs?|directrices?"
    r"|directors?|region\w*|ville|city|de lyon|de paris|nord|sud|est|ouest"
    # a part named by what it does or when it joined: "all pilot members", "every beta member"
    r"|pilot\w*|beta|founding|fondat\w*|core|advisory|consultati\w*)\b"
    rf"|\b(?:{PENDING})\b"
)
_CLAUSE = re.compile(r"[,;.!?()\[\]]|\s[—–-]\s|→|->")
# "every Pathfinder, whatever your tier": the tier's clause follows a comma.
_NO_COMMA = re.compile(r"[;.!?()\[\]]|\s[—–-]\s|→|->")


def _folded(raw: str) -> str:
    text = fold(raw).replace("’", " ").replace("'", " ").replace("_", " ")
    text = re.sub(r"[^\w\s,;.!?()\[\]—–→:-]|(?<=\w)-(?=\w)", " ", text)
    return " ".join(text.split())


def _clean_clause(clause: str, start: int, end: int) -> bool:
    """The readers at clause[start:end], and the rest of their clause, name no part."""
    readers = clause[start:end]
    whole = _TIER_WORDS.sub(" ", clause) if _EVERY_TIER.search(readers) else clause
    if _BLOCKERS.search(whole) or group_level(whole, restrictive_only=True) is not None:
        return False
    if unknown_quantified_group(readers) is not None:  # "tous les commerciaux", an unknown name
        return False
    return not any(word in NO_BRAND for word in readers.split())


# Staff roles and places a mail may go to as a whole: "À : tous les commerciaux".
_ROLES = re.compile(
    r"\b(?:commerciaux|commercial|vendeu\w*|sales|engineers?|ingenieu\w*|developpeu\w*|devs?"
    r"|techniciens?|conseille\w*|agents?|franchise\w*|magasins?|boutiques?|stores?|shops?"
    r"|agences?|branches?|sites?|bureaux|offices?|depts?|departments?|services?|hands|company"
    r"|entreprise|societe|everyone|tout le monde|interns?|stagiaires?|new hires|nouveaux)\b"
)
# A mail to a whole group: "À : tous les Pionniers", "To: the whole Trail Crew", "À :
# liste Pionniers (tous)", "To: Pathfinders (full list)".
_MAIL_TO_WHOLE = re.compile(
    r"^(?:a|to|destinataires?|recipients?) : (?:(?P<all>tous les|toutes les|tous nos|toutes nos"
    r"|all(?: the| our)?|every|the whole|the entire|toute la|tout le|l ensemble des) "
    r"(?P<group>(?:\w+ ?){1,6}?)(?: \((?P<alike>[\w ,]+ (?:alike|compris|inclus|included))\))?"
    r"|(?:(?:liste|list|la liste|the list) )?(?P<listed>(?:\w+ ?){1,4}?) \((?:tous|toutes|all"
    r"|full list|liste complete|complete list|liste de diffusion complete|full mailing list"
    r"|complete mailing list|everyone|tout le monde)\))$"
)


_NAMED = re.compile(
    r"(?i:\b(?:tous les|toutes les|tous nos|toutes nos|all(?: the| our)?|every|the whole"
    r"|the entire|toute la|tout le|l['’]ensemble des))\s+[A-ZÀ-Ý]"
)


def mailed_to_whole(raw: str) -> bool:
    """`raw` is a mail's recipients line giving a whole group, none of staff or a tier."""
    text = re.sub(r"[\w.+-]+@[\w.-]+", " ", _folded(raw))
    text = " ".join(re.sub(r"[<>,;.!?]", " ", re.sub(r"\s*:\s*", " : ", text, count=1)).split())
    found = _MAIL_TO_WHOLE.match(text)
    if found is None:
        return False
    readers = found.group("group") or found.group("listed") or ""
    # After "all", the group is a name ("tous les Pionniers"), not a sentence's subject.
    if found.group("group") and not _NAMED.search(raw):
        return False
    clause = f"{readers} {found.group('alike') or ''}"
    return _ROLES.search(clause) is None and _clean_clause(clause, 0, len(readers))


# A band's word written with a capital is a name ("toute la Tribu", "the whole Crew"): the
# program's nickname, or a group's within it.
_BAND_NAMED = re.compile(
    r"\b(?:T(?i:ribu|ribe)|M(?i:eute)|P(?i:ack)|G(?i:uilde|uild|ang)|C(?i:rew|ollectif)"
    r"|B(?i:ande)|S(?i:quad))\b"
)
# Members set apart from the rest: founders, a pilot, a beta, a core or an advisory group.
_SET_APART = re.compile(
    r"\b(?:fondat\w+|founders?|founding|pilot\w*|beta|core|advisory|consultati\w*"
    r"|comites?|committees?|panels?|cohortes?|cohorts?)\b"
)

# The band whatever the level: « quel que soit leur niveau », "all tiers": every member.
_EVERY_LEVEL = re.compile(
    r"\bquel(?:le)?s? que soi(?:t|ent) (?:leur|son|votre|ton) (?:niveau|grade|rang|palier)"
    r"|\btous (?:les )?niveaux\b|\ball (?:levels|tiers|ranks)\b"
    r"|\bwhatever (?:their|your) (?:level|tier)"
)


def named_band_among_parts(opening: str, others: list[str]) -> bool:
    """`opening` gives a band by its name ("À toute la Tribu") while another line of the head
    names members set apart ("Réunion des Passeurs fondateurs"): the band may be those few."""
    if _BAND_NAMED.search(opening) is None or _EVERY_LEVEL.search(_folded(opening)):
        return False
    return any(
        _SET_APART.search(_folded(line))
        for line in others
        if line.strip() != opening and not line.lstrip().startswith("|")  # a table's rows list
    )


def whole_program(raw: str) -> bool:
    """`raw` (as written) gives the whole program's membership as the document's readers."""
    text = _folded(raw)
    for pattern, breaks in ((_READERS, _CLAUSE), (_EVERY_TIER, _NO_COMMA)):
        for clause in (c.strip(" :") for c in breaks.split(text)):
            for found in pattern.finditer(clause):
                lead = clause[: found.start()]
                if _LEAD.search(lead) and _clean_clause(clause, found.start(), found.end()):
                    return True
    return False


# A correction sending the document on: "on peut l'envoyer à", "now open to", "send to".
_SENDS = (
    r"(?:envoy\w*|envoie|diffus\w*|partag\w*|ouvert\w*|ouvre|open\w*|send|sent|shar\w*"
    r"|transm\w*|circul\w*|distribu\w*|publi\w*|post\w*|forward\w*|mets|mettre|releas\w*)"
)
_SENT_TO_ALL = re.compile(
    rf"\b{_SENDS} (?:\w+ ){{0,3}}?(?:a|aux|to|with|avec|pour|for) (?P<group>(?:tous les|toutes les"
    r"|tous nos|toutes nos|tout l|toute la|tout le|l ensemble des|l ensemble de la|l ensemble du"
    r"|the whole|the entire|all(?: the| our)?|every|everyone in the) (?:\w+ ?){1,4})"
)


def correction_opens(raw: str) -> bool:
    """`raw` is a dated or signed correction that sends the document to a whole group."""
    if not is_correction(raw):
        return False
    for clause in re.split(rf"{_CLAUSE.pattern}|:", _folded(raw)):
        found = _SENT_TO_ALL.search(clause)
        if found is not None and _clean_clause(clause, found.start("group"), found.end("group")):
            return True
    return False

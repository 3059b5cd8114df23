"""A head written to every ambassador at once, read across its lines.

- the head names all the ambassadors as its readers on some line (`marking_everyone`, a
  permission "on peut le partager à tous les ambassadeurs", an audience "tous les
  ambassadeurs + équipe"): a line that only asks to keep the document inside the program
  ("Merci de ne pas transférer en dehors du programme avant le 10 janvier", "Embargo : 1er
  mai") is for people outside them, and leaves the document public;
- a later correction, dated or signed, opens it to all of them under the program's own
  name ("(maj 21/06 par Aurore : c'est bon, ouvert à tous les Biclous !)");
- a post in the ambassadors' own channel for everyone in it ("#annonces-capitaines
  (Discord) ⏎ Inès : le récap est dispo ici pour tout le monde", "[Discord #cairns-général]
  Noé : @Cairns tout le monde peut télécharger le kit"), or a greeting to all of them with
  a word for everyone ("Coucou les Porte-Voix … c pour tout le monde, faites tourner").

A channel whose name holds more than the group and a generic word ("#ambassadeurs-lyon",
"#staff-ambassadeurs"), a line naming staff, a tier or a level, keeps the head's reading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from knowledge.marking_everyone import for_every_ambassador, keeps_inside
from knowledge.marking_groups import group_level, unknown_quantified_group
from knowledge.marking_openings import grants_ambassadors, mixed_audience
from knowledge.marking_sentences import clean_line
from knowledge.marking_words import fix_typos
from knowledge.text import fold, fold_spaced

_AMB = r"(?:ambassadeurs?|ambassadrices?|ambassadors?)"


def cleaned(raw: str) -> str:
    return fix_typos(clean_line(raw))


# A list's address said to be all of them: "À : hosts@acme.co (tous les ambassadeurs)".
_LIST_OF_ALL = re.compile(
    r"^\W*(?:a|to|cc|destinataires?)\s*:\s*<?[\w.+-]+@[\w.-]+>?\s*\(\s*"
    r"(?:(?:la )?liste (?:de |des )|(?:the )?list of )?(?:tous|toutes|all)\s+"
    rf"(?:les |our |nos |the )?{_AMB}\s*\)\s*$"
)


# A subject tagged for all of them: "Objet : [Tous les Greffeurs] Atelier d'hiver".
_TAG_ALL = re.compile(
    r"^\W*(?:objet|subject|sujet)\s*:\s*(?:(?:re|tr|fw|fwd)\s*:\s*)*\[?\s*(?:pour |a |to |for )?"
    rf"(?:tous|toutes|all) (?:les |our |nos |the )?{_AMB}\s*(?:\]|[—–:]|\s-\s|$)"
)


def mailed_to_all(named: str) -> bool:
    """`named` is a mail's recipient line (a list's address said to be all the ambassadors)
    or its subject tagged for all of them."""
    text = fold(named).strip()
    return _LIST_OF_ALL.match(text) is not None or _TAG_ALL.match(text) is not None


# Not yet, or later: "une fois validé, on pourra le partager à tous les ambassadeurs",
# "pending approval before we send it to all ambassadors".
PENDING = (
    r"apres|after|une fois|once|des que|as soon as|quand|when|a partir|plus tard|later|bientot"
    r"|soon|prochain\w*|pas encore|not yet|pending|en attente|attend\w*|awaiting|waiting|a valider"
    r"|to be (?:validated|approved|confirmed)|sera|seront|will|pourra|pourront|could|should"
    r"|devrait|devraient|unless|sauf si"
)
_PENDING = re.compile(rf"\b(?:{PENDING})\b")


def names_everyone(named: str) -> bool:
    """`named` (a raw line, the client's names read as "ambassadeurs") gives all the
    ambassadors as readers, alone or beside others."""
    if _PENDING.search(cleaned(named)):
        return False
    return (
        for_every_ambassador(cleaned(named))
        or mailed_to_all(named)
        or grants_ambassadors(named)
        or mixed_audience(named)
    )


def kept_among_them(named: str) -> bool:
    """`named` only asks to keep the document inside the program (see `keeps_inside`)."""
    return keeps_inside(cleaned(named))


# A correction added later: "(maj 21/06 par Aurore : …)", "→ 08/06 Noé : …", "[edit 12/03 –
# Léa] …", "Update 2027-01-15 (Priya): …".
_LATER = re.compile(
    r"^[\W_]*(?:(?:maj|m a j|mise a jour|update|updated|edit|edited|rectif\w*|correction"
    r"|erratum)\b|\d{1,2}[/.]\d{1,2}\b)"
)
_DATED = re.compile(r"\b\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\b|\b\d{4}-\d{2}-\d{2}\b")
# What the correction says after its date and author: a permission for all of them.
_OPEN_ALL = re.compile(
    r"\b(?:ouvert\w*|ouvre|ouvrons|open\w*|diffus\w*|partag\w*|envoy\w*|transmis\w*|share\w*"
    r"|sent|available|dispo\w*|accessible|valid\w*|cleared|ok)\b[^.;]{0,40}?"
    r"\b(?:a|aux|to|for|pour|avec|with)\s+(?:tous|toutes|all|l ensemble)\s+"
    r"(?:les |des |nos |our |the )?"
    rf"(?:communaute )?{_AMB}\b"
)
_BLOCK = re.compile(
    r"\b(?:pas|not|ne|no|sauf|except|hormis|niveau|level|tier|confidenti\w*|intern\w*|secret\w*"
    r"|restrei\w*|restricted|prive\w*|private|uniquement|seulement|only|finalement pas"
    rf"|{PENDING})\b"
)


def opens_later(raw: str, named: str) -> bool:
    """`raw` is a dated correction that opens the document to all the ambassadors (`named`:
    the same line with the client's names read as "ambassadeurs")."""
    text = fold_spaced(named)
    if _LATER.match(text) is None or _DATED.search(raw) is None:
        return False
    found = _OPEN_ALL.search(text)
    if found is None:
        return False
    after = text[text.find(":") + 1 :] if ":" in text else text
    return _BLOCK.search(after) is None and group_level(after, restrictive_only=True) is None


_CHANNEL = re.compile(r"#([\w-]+)")
_GENERIC = re.compile(
    r"annonces?|announcements?|announce|generale?|lounge|news|infos?|chat|papote|blabla|hub|cafe"
    r"|discussions?|entraide|kit|ressources|resources|replays?|events|agenda|welcome|bienvenue"
    r"|accueil|club|communaute|community|la|le|les|the"
)
_SERVER = re.compile(
    rf"\b(?:discord|slack|whatsapp|serveur|server|groupe|group)\s+(?:des |of the )?{_AMB}\b"
    rf"|\b{_AMB}\s+(?:discord|slack|whatsapp|serveur|server)\b"
)
_EVERYONE = re.compile(
    r"(?:@everyone|@here|@ambassad\w+)"
    r"|\b(?:tout le monde|pour tous|pour toutes|pour vous tous\w*|pour eux tous|pour elles toutes"
    r"|for everyone|everyone|all members|tous les membres|tout le groupe|toute la communaute"
    r"|the whole (?:group|crew|community|club|program)|tout le (?:club|programme|groupe)"
    rf"|for all (?:the |our )?{_AMB}|(?:a|pour) (?:tous|toutes) (?:les )?{_AMB}"
    r"|faites (?:le )?tourner entre vous|partagez entre vous|for all of you|for you all"
    r"|pour vous tous|pour vous toutes|a vous tous|a vous toutes|(?:c est|it s|this one s) for all"
    r"|(?:c est|c) pour (?:tous|toutes))\b"
)
# A greeting to all of them, at the start or after a chat message's speaker.
_GREETING = re.compile(
    r"^(?:[^:]{0,60}: |(?:[\w@#-]+ ){1,8}?)?[\W_]*(?:hello|salut|coucou|hey|hi|bonjour|yo|chers"
    r"|cheres|dear)\s+"
    rf"(?:les |la |la team |the |all |a tous les |a toutes les )?{_AMB}\b"
)
_STAFF = re.compile(
    r"\b(?:staff|equipe|team|mods?|modos?|moderat\w*|admins?|interne?s?|internal|confidenti\w*"
    r"|niveau|level|tier|vip|gold|or|argent|silver|platine|platinum|prive\w*|private|secret\w*"
    r"|sauf|except|hormis|only|uniquement|seulement"
    r"|(?:pas|not|ne|non|never|jamais) (?:\w+ )?(?:pour|for|aux|to|destine\w*|partag\w*|share)"
    rf"|{PENDING})\b"
)
# "doc dispo pour tous les éclaireurs", "available to all ambassadors".
_AVAILABLE = re.compile(
    r"\b(?:dispo|disponible|available|accessible|ouvert|ouverte|open)\s+(?:pour|a|aux|to|for)\s+"
    rf"(?:tous|toutes|all)\s+(?:les |nos |our |the )?{_AMB}\b"
)


def _folded(line: str) -> str:
    text = fold(line).replace("'", " ").replace("’", " ")
    return " ".join(re.sub(r"[^\w\s#@-]", " ", text).split())


def _own_channel(text: str) -> bool:
    """`text` (folded) names a channel of the ambassadors: a channel named for them and a
    generic word, or their own server."""
    if _SERVER.search(text):
        return True
    for name in _CHANNEL.findall(text):
        parts = [p for p in re.split(r"[-_]", name) if p]
        amb = [p for p in parts if re.fullmatch(_AMB, p)]
        if amb and all(_GENERIC.fullmatch(p) or p in amb for p in parts):
            return True
    return False


# A post on the community's own platform, or to everyone on a server: "[Discord · #foyer]
# Jeanne : …", "@everyone dans #annonces : …" (a staff workspace's tools are no community).
# "discord" must name where the head is posted (a channel line), not a topic: "Objet :
# signalement de harcèlement sur le discord" is a mail about the server.
_COMMUNITY_POST = re.compile(
    r"^(?:[\w'-]+ ){0,3}?discord\b|#[\w-]+\b.*\bdiscord\b|\bdiscord\b.*#[\w-]+"
    r"|\b(?:poste|postee?s?|posted|publie|publiee?s?|published)\b.*\bdiscord\b|@everyone\b"
)
_MAIL_FIELD = re.compile(r"^(?:objet|subject|sujet|re|tr|fwd?|a|to|cc|de|from) ")
_STAFF_TOOLS = re.compile(r"\b(?:slack|teams|workspace|intranet|yammer|workplace)\b")


def _community_post(text: str) -> bool:
    if _MAIL_FIELD.match(text) or _STAFF_TOOLS.search(text):
        return False
    return _COMMUNITY_POST.search(text) is not None


# A post is read with the lines just after its channel line.
_POST_LINES = 3


def posted_for_everyone(named_lines: Sequence[str]) -> str | None:
    """The line that posts the head for every ambassador (in their channel, or greeting them
    all with a word for everyone), or None (`named_lines`: the client's names read)."""
    kept = [raw for raw in named_lines if raw.strip()]
    texts = [_folded(raw) for raw in kept]
    for index, text in enumerate(texts):
        greeting = _GREETING.match(text) is not None
        own = _own_channel(text) or greeting or text.startswith("@ambassad")
        own = own or _community_post(text)
        if _AVAILABLE.search(text):
            own = greeting = True
        if not own:
            continue
        window = texts[index : index + _POST_LINES]
        if any(_STAFF.search(t) or group_level(t, restrictive_only=True) for t in window):
            return None
        if any(map(_addresses_unknown_group, kept[index : index + _POST_LINES])):
            return None
        for t in window:
            if _EVERYONE.search(t) or (greeting and _AVAILABLE.search(t)):
                return t
        if _own_channel(text) and any(_GREETING.match(t) for t in window):
            return text
        # "Hi Keepers! Please keep this within the program until Feb 10."
        if any(
            keeps_inside(cleaned(part))
            for raw in kept[index : index + _POST_LINES]
            for part in _PARTS.split(raw)
        ):
            return text
    return None


# "@everyone les commerciaux, …", "@everyone all store managers: …", "Les franchisés :": a
# server-wide ping or a greeting to a group the reader does not know is no "everyone".
_ADDRESS_TO_GROUP = re.compile(
    r"(?:^|@everyone\b|@here\b)[\s,:—–-]*"
    r"(?:(?:all|tous|toutes) (?:les |the )?|les |des |nos |vos |the |our |your |chers |cheres "
    r"|dear )(?P<group>[a-z][\w'-]*(?: [a-z][\w'-]*){0,2})\s*(?:[,:!;—–]|$)"
)


def _addresses_unknown_group(raw: str) -> bool:
    found = _ADDRESS_TO_GROUP.search(fold(raw).strip())
    return found is not None and unknown_quantified_group("tous les " + found["group"]) is not None


# The sentences and clauses of a chat line or a greeting.
_PARTS = re.compile(r"[!?.;,:()]+|\s[—–-]\s")

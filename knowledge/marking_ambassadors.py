"""A document kept for the ambassadors: readable by them, whatever else it forbids.

"Diffusion : réservée aux ambassadeurs", "AMBASSADORS ONLY — do not forward outside the
programme", "Accès réservé aux ambassadeurs, merci de ne pas partager ces prix": the
author names the ambassadors as the readers, and a request not to pass the document on
is about people outside that group. The bot's least privileged readers are the
ambassadors, so such a document is `public` to it.

Read strictly, since opening a document is the direction that must not go wrong:

- the whole line is the readership, after at most a label ("Diffusion :") and a word
  such as "document" or "accès"; a sentence that merely talks about ambassadors is not;
- the group is the ambassadors as a whole: "ambassadeurs niveau Or", "Isards
  ambassadors" or "ambassadeurs et équipe" name something else and keep their reading;
- what may follow is a season or version, or a request not to pass the document on
  that names no level and no other group ("ne pas transférer", "do not share the
  discount codes"); "ne pas diffuser aux ambassadeurs" does not start with the group;
- a sub-heading or a list item names a section's or a rule's audience, not the
  document's.

A level named on another line ("Confidentiel" in a banner) is stricter and still wins.

A program often has its own name for its ambassadors ("les Isards", "la Tribu"): a client
lists them in `ambassador_names`, and its documents are read with each such name as
"ambassadeurs" ("Diffusion : réservée aux Isards").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from knowledge.marking_groups import group_level
from knowledge.marking_sentences import clean_line
from knowledge.marking_words import fix_typos
from knowledge.text import fold

_AMBASSADORS = (
    r"(?:tous |toutes |all )?(?:les |nos |vos |our |the |l |la |le )?"
    r"(?:ambassadeurs et ambassadrices|ambassadeurs? rices"
    r"|ambassadeurs ices|ambassadeur rice s|ambasadeurs|ambassadeur ices"
    r"|ambassadeur rices|ambassadeur ices|ambassadeurs|ambassadrices|ambassadors)"
    r"(?: (?:du|de notre|of the|of our) (?:programme|program))?"
    # a web page's gate: all of them, once logged in ("réservé aux ambassadeurs connectés")
    r"(?: (?:connectes|connectees|inscrits|inscrites|logged in|signed in|registered))?"
)
_ONLY = r"(?:uniquement|seulement|exclusivement|only|exclusively|seulment|uniquemen)"
_KEPT = (
    r"(?:strictement |exclusivement |strictly )?(?:reservee?s?|destinee?s?|limitee?s?"
    r"|restreinte?s?|reserved|restricted|limited|intended)"
    rf"(?: {_ONLY})?(?: a l usage(?: exclusif)?)? (?:a|aux|aus|des|pour|to|for)"
)
_READERSHIP = (
    rf"(?:(?:reserve|reserved) {_AMBASSADORS}"
    rf"|{_KEPT} {_AMBASSADORS}(?: {_ONLY})?"
    rf"|(?:pour |pr |for )?{_AMBASSADORS}(?: s)?(?: eyes)? {_ONLY}"
    rf"|{_ONLY} (?:pour|aux|a|for) {_AMBASSADORS})"
)
_NAMED_LABEL = (
    r"(?:(?:diffusion|distribution|classification|confidentialite|confidentiality|acces"
    r"|access|audience|lecteurs|readers|visibilite|visibility|sensibilite|sensitivity"
    r"|destinataires|public vise|public cible|niveau diffusion|niveau de diffusion|visibilte"
    r"|sensitvity|sensibilte|bandeau|banner|mention|marquage|marking) : )"
)
_LABEL = f"{_NAMED_LABEL}?"
_SUBJECT = r"(?:(?:document|fichier|acces|contenu|page|file|content|diffusion) )?"
_SEASON = (
    r"(?:(?:version|v|edition|saison|season|hiver|ete|printemps|automne|winter|summer"
    r"|spring|autumn|fall|mise a jour|updated|\d{1,4}) ?)+"
)
_PASS_ON = (
    r"(?:merci de |priere de |please |kindly )?(?:ne pas|ne|do not|don t|not to be|pas de)"
    r" (?:le |la |les |l |this |it )?(?:transferer|transmettre|diffuser|partager|republier"
    r"|faire circuler|faire tourner|circuler|faire sortir"
    r"|publier|relayer|reproduire|copier|forward|forwarded|share|shared|distribute"
    r"|distributed|repost|publish|published|redistribute|circulate|transfert|diffusion"
    r"|partage|republication)\b(?P<object>(?: \w+){0,7})"
)
# Kept from the public, which the ambassadors are not: "pas sur insta svp", "not for
# social media".
_NOT_PUBLIC = (
    r"(?:(?:pas|not|jamais|never) (?:sur|on|for|dans|in)"
    r"|(?:please |merci de )?keep (?:it|this) off) (?:les |la |le |l |the )?(?:social )?"
    r"(?:reseaux(?: sociaux)?|insta|instagram|facebook|linkedin|tiktok|twitter|internet|web"
    r"|media|medias|forums?)(?: (?:svp|stp|please|pls|merci))?"
)
_CHANNEL = (
    r"(?:the |le |la |our |notre |nos )?(?:groupe |group |serveur |server )?(?:discord|slack"
    r"|whatsapp|communaute|community|cercle|circle|club)"
)
# Kept among the readers, for a while: "merci de garder ça pour vous jusqu'aux vendanges",
# "please keep it within the group until launch day".
_KEEP_AMONG = (
    r"(?:merci de |please |priere de |kindly )?(?:garder (?:ca|cela|le|la|ce document) (?:pour vous"
    r"|entre vous|entre nous)|keep (?:it |this )?(?:to yourselves|among yourselves|between us"
    r"|within the (?:group|circle|community|program|programme))"
    r"|(?:feel free to |vous pouvez |you can |tu peux )?"
    r"(?:share|partager|discuss|discuter|en parler"
    rf"|use|usage|utiliser)(?: it| le| la)? (?:inside|within|in|on|dans|sur) {_CHANNEL}"
    r"(?: not outside| pas a l exterieur| pas ailleurs| uniquement| seulement| only)?)"
)
_UNTIL = r"(?:jusqu (?:a|au|aux) |until |till |before |avant (?:le |la |les |l )?)(?:\w+ ?){1,4}"
_LINE = re.compile(
    rf"^(?:{_LABEL}{_SUBJECT}{_READERSHIP}|{_NAMED_LABEL}{_AMBASSADORS}"
    r"(?: tous| all| all members| tous les membres| toutes| everyone)?)"
    rf"(?: {_SEASON})?(?: (?P<pass_on>{_PASS_ON}))?(?: {_KEEP_AMONG})?"
    rf"(?: {_NOT_PUBLIC})?(?: {_UNTIL})?(?: {_SEASON})?(?: ok to read| ok a lire| ok to share)?$"
)
# A level named in the request keeps the line's own reading: "ne pas diffuser, document
# confidentiel".
_LEVEL_WORD = re.compile(
    r"\b(?:confidenti\w*|intern\w*|secret\w*|restreint\w*|restricted|sensible|sensitive"
    r"|privee?s?|private|embargo\w*|diffusion restreinte)\b"
)


Said = Callable[[str], str]


def for_ambassadors(
    line: str, said: Said | None = None, *, heading_depth: int = 0, item: bool = False
) -> bool:
    """`line` (as written; with `said`, the client's names for the ambassadors read as
    "ambassadeurs") says the document is for the ambassadors."""
    line = without_company(line)
    text = fix_typos(clean_line(said(line) if said is not None else line))
    return kept_for_ambassadors(text, heading_depth=heading_depth, item=item)


# An organisation's word beside the group names no part of it: "Ambassadeurs de la
# Fondation uniquement" (a city may take "de la": "ambassadeurs de la Réunion"). A name
# there ("ambassadeurs Lumina") may be the company, a tier or a team: it opens only once the
# client gives it as its own (`as_ambassadors`), else `marking_qualified` keeps it closed.
_STOP = r"(?=\s*(?:[—–:,(!|]|\s-\s|$|\s(?:uniquement|seulement|exclusivement|only)\b))"
_BRAND = re.compile(
    r"(?P<group>\b(?i:ambassad\w*))\s+(?:(?P<org>de\s+la|de\s+l['’]\s*|du)\s*)?"
    rf"(?P<name>[A-ZÀ-Ý][a-zà-ÿ][\w'’-]*[^\Wsx]){_STOP}"
)
ORGANISATIONS = frozenset(
    [
        "fondation",
        "foundation",
        "maison",
        "mutuelle",
        "banque",
        "cooperative",
        "compagnie",
        "societe",
        "association",
        "federation",
        "marque",
        "regie",
        "entreprise",
    ]
)
NO_BRAND = frozenset(
    [
        "or",
        "argent",
        "platine",
        "vermeil",
        "bronze",
        "gold",
        "silver",
        "platinum",
        "diamond",
        "diamant",
        "premium",
        "vip",
        "senior",
        "junior",
        "confirme",
        "expert",
        "elite",
        "leader",
        "prestige",
        "privilege",
        "pro",
        "plus",
        "star",
        "master",
        "nord",
        "sud",
        "est",
        "ouest",
        "north",
        "south",
        "east",
        "west",
        "europe",
        "france",
        "international",
        "national",
        "local",
        "regional",
    ]
)


def without_company(line: str) -> str:
    """`line` without an organisation's word ("de la Fondation") written after the word for
    the ambassadors (a program's name opens only once declared: `as_ambassadors`)."""
    found = _BRAND.search(line)
    if found is None:
        return line
    name = fold(found.group("name"))
    if name in NO_BRAND or not found.group("org") or name not in ORGANISATIONS:
        return line
    return line[: found.end("group")] + line[found.end("name") :]


def kept_for_ambassadors(text: str, *, heading_depth: int = 0, item: bool = False) -> bool:
    """`text` (a cleaned, folded line) says the document is for the ambassadors."""
    if heading_depth >= 2 or item:
        return False
    found = _LINE.match(text)
    if found is None:
        return whole_community(text)
    said = found.group("object") or ""
    return _LEVEL_WORD.search(said) is None and group_level(said, restrictive_only=True) is None


# The whole community, under the program's own name: "À partager avec toute la communauté
# Capitaines", "For the whole Relais community", "Audience : entire Hosts community". The
# whole of a community is all its ambassadors; a name that is a tier, a place or a staff
# group ("toute la communauté Gold", "the entire Lyon community") is a part of it and keeps
# the line's own reading. The name is a plural, as programs name their members.
_WHOLE = r"(?:toute la|l ensemble de la|the whole|the entire|entire|whole|all the|all of the)"
_TO = (
    r"(?:(?:a partager avec|partage avec|pour|destine a|ouvert a|for|shared with|posted for"
    r"|open to|to) )?"
)
_NAME = r"(?:\w+ )?\w+[sx]"
_COMMUNITY = re.compile(
    rf"^{_LABEL}{_TO}{_WHOLE} "
    rf"(?:communaute (?:des )?(?P<name>{_NAME})|(?P<english>{_NAME}) community)"
    rf"(?: (?P<pass_on>{_PASS_ON}))?(?: {_NOT_PUBLIC})?$"
)


def whole_community(text: str) -> bool:
    """`text` (a cleaned, folded line) gives the whole community of a program's ambassadors
    as the readers."""
    found = _COMMUNITY.match(text)
    if found is None:
        return False
    name = found.group("name") or found.group("english")
    words = name.split()
    if any(word in NO_BRAND or word in {"paris", "lyons"} for word in words):
        return False
    said = f"{name} {found.group('object') or ''}"
    return _LEVEL_WORD.search(said) is None and group_level(said) is None


_VARIANTS = {"a": "aàâä", "c": "cç", "e": "eéèêë", "i": "iîï", "o": "oôö", "u": "uùûü", "y": "yÿ"}
# The generic word beside the program's name says it once: "AMBASSADEURS ISARDS", "Isards
# ambassadors".
# "ambassadeurs ambassadeurs", "ambassadeurs de l'ambassadeurs" (the program's name written
# as the word): once.
_TWICE = re.compile(
    r"\b(ambassad\w*)\s+(?:(?:du|des|de\s+la|of\s+the|of)\s+|(?:de\s+l|d)['’]\s*)?ambassad\w*\b",
    re.IGNORECASE,
)


def as_ambassadors(names: Sequence[str], client_names: Sequence[str] = ()) -> Said | None:
    """A function that writes each of `names` (any case or accents, plural or not) as
    "ambassadeurs" in a line, and drops the client's own names (`client_names`: the
    company's or the program's) written beside that word ("ambassadeurs Acme")."""
    folded = {_PLURAL_ARTICLE.sub("", " ".join(fold(name).split())) for name in names}
    folded = {name for name in folded if name and not names_staff(name)}
    folded |= _overlapping(folded)
    stems = {name[:-1] if name.endswith("s") else name for name in folded} - {""}
    wanted = sorted(stems, key=len, reverse=True)
    # a name that is also a staff word or a tier ("Staff", "Or") would open a part of them
    # "ambassadeurs Opaline" among the names gives the program's own name, "Opaline"
    programs = [m.group(1) for n in folded if (m := _PROGRAM_IN_NAME.match(n)) is not None]
    kept = {" ".join(fold(n).split()) for n in client_names if not names_staff(n)}
    kept = (kept | {n for n in programs if not names_staff(n)}) - NO_BRAND
    own = sorted(kept - {""}, key=len, reverse=True)
    if not wanted and not own:
        return None
    pattern = _alternatives(wanted, suffix=r"s?")
    brand = _alternatives(own, suffix="")
    beside = (
        re.compile(rf"(\b{_THEM})(?:{_OF}[\s-]+|{_OF_ELIDED}){brand.pattern}", re.IGNORECASE)
        if brand is not None
        else None
    )
    before = (
        # "Hop Circle members" with "Hop" declared: the program named after the client
        re.compile(rf"{brand.pattern}(?:[\s-]+{_PROGRAM})?[\s-]+(\b{_THEM})", re.IGNORECASE)
        if brand is not None
        else None
    )

    # "tous les ambassadeurs du programme Opaline", "(programme Opaline)": the client's own
    # program, so all its ambassadors (a program the client did not name may be a part:
    # "programme Bêta").
    program = (
        re.compile(
            rf"\s*\(?(?:du |de |of the |of )?(?:{_PROGRAM}\s*[«“\"]?\s*{brand.pattern}"
            rf"\s*[»”\"]?|{brand.pattern}\s+{_PROGRAM}\b)\)?",
            re.IGNORECASE,
        )
        if brand is not None
        else None
    )

    def said(line: str) -> str:
        named = pattern.sub("ambassadeurs", line) if pattern is not None else line
        if beside is not None and before is not None:
            named = before.sub(r"\1", beside.sub(r"\1", named))
        if program is not None and _WORD.search(named):
            named = program.sub("", named)
        return line if named == line else _TWICE.sub(r"\1", named)

    return said


# "ambassadeurs du Cercle Opaline", "ambassadors of the Opaline club": the client's own program
_PROGRAM = r"(?:programme|program|cercle|circle|club|reseau|réseau|communaute|communauté|community)"
_OF = r"(?:[\s-]+(?:du|de\s+la|de\s+l['’]|de|d['’]|of\s+the|of))?"
_OF_ELIDED = r"[\s-]+(?:de\s+l|d)['’]\s*"  # "ambassadeurs d'Acme": no space after the apostrophe
_PROGRAM_IN_NAME = re.compile(r"^ambassad\w* (?:du |de |of )?(?:programme |program )?(.+)$")
_WORD = re.compile(r"\bambassad", re.IGNORECASE)
# The word for them beside the client's own name: "Acme ambassadors", "all Hop Circle members".
_THEM = r"(?:ambassad\w*|membres?|members?)"
# A name given with its article ("les Complices", "the Makers") is the name: "tous les
# Complices" reads "tous les ambassadeurs".
# An article or a quantifier before a declared name: the line keeps its own ("toutes les
# Sentinelles" declared still reads "à toutes les ambassadeurs", not "à ambassadeurs").
_PLURAL_ARTICLE = re.compile(
    r"^(?:(?:tous|toutes|all|every|each|chaque)(?: (?:les|the|our|nos|of the|of our))? "
    r"|(?:les|the|nos|our) )(?=\w)"
)


def _overlapping(names: set[str]) -> set[str]:
    """Two names where one ends as the other begins, as one: "membres de la confrerie" and
    "confrerie du houblon" give "membres de la confrerie du houblon" (else the first is
    read and "du Houblon" is left as a part of them)."""
    out = set()
    for first in names:
        for second in names - {first}:
            a, b = first.split(), second.split()
            for k in range(1, min(len(a), len(b))):
                if a[-k:] == b[:k]:
                    out.add(" ".join(a + b[k:]))
    return out


def _alternatives(folded_names: Sequence[str], suffix: str) -> re.Pattern[str] | None:
    if not folded_names:
        return None
    return re.compile(
        r"(?<!\w)(?:" + "|".join(_loose(name) for name in folded_names) + rf"){suffix}(?!\w)",
        re.IGNORECASE,
    )


def _loose(name: str) -> str:
    """`name` (folded) as a pattern that takes it with or without accents."""
    return "".join(
        f"[{_VARIANTS[ch]}]" if ch in _VARIANTS else (r"[\s-]+" if ch in " -" else re.escape(ch))
        for ch in name
    )


def names_staff(name: str) -> bool:
    """`name` would name a staff group or a level, not the ambassadors ("Équipe", "Interne"):
    never read as the ambassadors (`ingest` says so)."""
    text = " ".join(fold(name).split())
    staff = group_level(text, restrictive_only=True) is not None
    return staff or _LEVEL_WORD.search(text) is not None


# "réservé aux Isards", "for Isards only", "AMBASSADEURS ISARDS", "Diffusion : tous les
# Isards", "every Isard": a name the reader does not know, where a readership stands.
_UNKNOWN_READERS = re.compile(
    r"(?:\b(?:r[ée]serv[ée]e?s?|destin[ée]e?s?|pour|for|only for|aux|to|tous|toutes|all)\s+"
    r"(?:les\s+|the\s+)?"
    r"|\b(?:AMBASSADEURS|ambassadeurs|ambassadors)\s+)(?P<name>[A-ZÉÈ][\w-]*[sSxX])\b"
    r"|\bevery\s+(?P<one>[A-ZÉÈ][\w-]*)\b"
)


def unknown_readers(marking: str, names: Sequence[str] = ()) -> str | None:
    """A plural name a marking keeps a document for that neither the reader nor the client's
    `ambassador_names` knows ("Diffusion : réservée aux Isards" gives "Isards"): perhaps
    what the program calls its ambassadors, for `ingest` to suggest."""
    said = as_ambassadors(names)
    for found in _UNKNOWN_READERS.finditer(marking):
        name = found.group("name") or found.group("one")
        known = said is not None and said(name) != name
        if not known and group_level(fold(name)) is None and not names_staff(name):
            return name
    return None

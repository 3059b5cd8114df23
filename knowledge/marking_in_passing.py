"""Readerships said in passing, not in a labelled field: internal.

Fail closed: each rule here only reads a line that said no level otherwise, and only ever
restricts it. People keep a document for a group in the middle of a line or a sentence:

- a reservation after a title, a comma, a dash or in parentheses: "Planning 2027 (réservé
  équipe)", "Notes de travail, réservées aux membres du groupe pilote", "Comité vélo —
  members only", "Bilan — à l'usage des membres de la cohorte", "destiné aux testeurs";
  not who qualifies for an offer or a perk ("Tarif Loge : 5 € (réservé aux membres Or)");
- a request to keep it among its readers: "merci de garder l'info pour vous", "à garder
  entre nous", "please keep it among yourselves" (not "pas besoin de garder ça pour vous");
- a share with one group: "partagé uniquement avec le groupe pilote", "shared only with the
  core team", "je le partage avec le bureau";
- a note, a kit or a mail for one group: "Petite note pour le bureau", "Kit pour la cohorte
  2026", "To: beta testers", "c'est pour le noyau dur";
- testers under a non-disclosure agreement, as a tag: "— sous NDA", "(NDA)";
- a calendar invitation's guests that name a mailing list not everyone's: "Guests:
  product-council@acme.com" (a meeting's attendees are who came, no readership);
- a chat export's message, read without its time and author (`chat_message`), and the
  readers a line opens with before a colon (`addressed_prefix`).

A quoted line ("> ancienne mention : réservé Core") is what someone wrote before: skipped.
"""

from __future__ import annotations

import re

from knowledge.marking_groups import EVERY_MEMBER_OF, INTERNAL
from knowledge.marking_reserved import reservation_level
from knowledge.text import fold, fold_spaced

# Where a reservation may begin inside a line: after a comma, a dash, a parenthesis, a colon.
_SEPARATOR = re.compile(r"(?:[,(\[;:|]|\s[-—–]\s|[—–])\s*")
# The reservation word with its readers: "réservé aux …", "restricted to …"; "réserve de
# marche" (a watch's power reserve) is no reservation.
_FOR_READERS = re.compile(
    r"^[\W_]*(?:on |nous |we |je |i )?(?:le |la |les |l |it |this )?"
    r"(?:strictement |exclusivement |strictly |only )?"
    r"(?:reserve\w*|restreint\w*|restreignons|restricted|restrict|limite\w*|limitons|limited"
    r"|limit)\s+"
    r"(?:a|aux|au|to|for|pour)\b"
)
# A reservation a few words into a part: "Trésorerie — DOCUMENT INTERNE réservé au bureau",
# "— documents de travail réservés au comité" (the document's kind after "de").
_LATER_RESERVATION = re.compile(
    r"^(?:documents?|docs?|notes?|fichiers?|files?|confidentiel\w*|confidential|interne?|internal"
    r"|strictement|usage|diffusion)(?:\s+(?:documents?|docs?|confidentiel\w*|confidential"
    r"|interne?|internal|usage|diffusion|de travail|de (?!la |l )[a-z]\w+)){0,2}\s+"
    r"(?=(?:reserve\w*|restreint\w*|restricted|limite\w*|limited)\s)"
)
_RESERVATION_WORD = re.compile(r"(?i)\b(?:r[ée]serv|restreint|restricted|limit)")
_SUBJECT = re.compile(r"^(?i:on|nous|we|je|i)\s+(?:(?i:le|la|les|l'|it|this)\s*)?")
# In parentheses, the reservation word and a team: "(réservé équipe)".
_BARE = re.compile(
    r"^[\W_]*(?:reserve\w*|restricted)\s+(?:equipe|team|staff|bureau|comite|interne)\b"
)
# An offer, a perk or a product: who may get it, not who may read it.
_OFFERED = re.compile(
    r"\b(?:offre\w*|offert\w*|offer\w*|avantages?|perks?|tarifs?|prix|price|remise|reduction"
    r"|discount|conditions?|eligib\w*|valable|edition|pieces|exemplaires|stock|coffret|pass"
    r"|gratuit\w*|free|cadeau\w*|gift|vente|sale|places?|seats?)\b|[%€$£]"
    r"|(?<!\bla )(?<!\bthe )\bpromo\w*\b(?!\s+\d{4})"  # "la promo 2026" is a cohort
)
_DESTINED = re.compile(
    r"^(?:destine\w*|intended|addressed|a l usage(?: exclusif| exclusive)?|a destination"
    r"|for the (?:exclusive |sole )?use)"
    r"\s+(?:de(?= l ensemble| tous| toutes)|a|aux|au|a la|a l|des|du|de la|de l|to|for|of)"
    r"\s+(?P<who>\w.*)$"
)
_DOCUMENT = re.compile(
    r"^[\W_]*(?:ce |cet |cette |this |the |le |la |l )?(?:document|doc|note|fiche|dossier"
    r"|fichier|contenu|support|page|message|mail|courrier|memo|content|file|formulaire|form"
    r"|sondage|survey|questionnaire)\s+(?:est\s+|is\s+)?"
)
# Everyone in the program: never a reservation to a part of it.
_WHOLE = re.compile(
    r"^(?:(?:tous|toutes|tout|l ensemble|all|every|everyone|tout le monde|the whole)(?=\s|$)"
    r"|(?:les |des |nos |the |our )?(?:ambassad\w*|membres|members)\s*"
    r"(?:$|[.!,;()]|et |and |&|(?:du|de notre|of the|of our) (?:programme?|club|communaute"
    r"|community)\b))"
)
# "Comité vélo — members only", "(membres uniquement)": the line's group only, as a tag
# closing the line ("members only, bring a friend" is an event's rule).
_MEMBERS_ONLY = re.compile(
    r"(?:^|[(—–]|\s-\s)\s*(?:membres|members)\s+(?:only|uniquement|seulement|exclusivement)"
    r"[\s.!)]*$"
)
_KEEP = re.compile(
    r"\b(?:garde[rz]?|gardons|conserve[rz]?)\s+(?:l info\s+|ca\s+|ceci\s+|cela\s+|le doc\w*\s+"
    r"|ce doc\w*\s+|tout ca\s+|le tout\s+|cette info\w*\s+|ces infos?\s+|les infos?\s+)?"
    r"(?:pour vous|pour nous|entre vous|entre nous)\b"
    r"|\bkeep\s+(?:it|this|these|them|this doc\w*|the doc\w*)?\s*"
    r"(?:to yourselves|among yourselves|among us|between us|between ourselves|in the group"
    r"|within the group|in house)\b"
    r"|\bentre nous\s*(?:\(|,|:|au sein)"
)
_NO_NEED = re.compile(
    r"\b(?:pas besoin|inutile|plus besoin|no need|don t need|needn t|pas la peine"
    r"|plus la peine)\b[^.;]{0,20}$"
)
_GROUP_NOUN = (
    r"(?:comite|commission|bureau|conseil|cohorte|promo(?:tion)?\s+\d{4}|panel|jury"
    r"|groupe (?:de travail|pilote|projet|de test|restreint|coeur)|working group|core group"
    r"|core team|noyau dur|beta ?testeurs?|testeurs?|testers?|beta testers?|committee|council"
    r"|steering|advisory|equipe|team|staff|cohort|moderat\w+|mods|admins|organisateurs"
    r"|organisers|organizers)"
)
# Beside a request to keep it, a word that names a part: the request keeps it closed.
_NARROWING = re.compile(
    rf"\b(?:{_GROUP_NOUN}|uniquement|seulement|only|exclusivement|sauf|hors|except|niveau|palier"
    r"|tier|level|reserve\w*|restreint\w*|restricted|confidenti\w*|interne?|internal|prive\w*"
    r"|private|secret\w*)\b"
)
_ARTICLE = r"(?:(?:le|la|les|l|the|nos|our|vos|your|notre|votre|ce|cette|this)\s+)?"
# "l'ensemble des membres du comité": a body, however many of its members it says.
_A_BODY = re.compile(rf"^{_ARTICLE}{EVERY_MEMBER_OF}{_ARTICLE}{_GROUP_NOUN}\b")
_SHARED = re.compile(
    r"\b(?:partag\w*|shared?|sharing|diffus\w*|circul\w*|envoy\w*|sent|transmis\w*)\s+"
    r"(?:(?:ca|ce \w+|cela|ceci|it|this|le|la|les|l|them)\s+)?"
    r"(?:(?:uniquement|seulement|exclusivement|only)\s+(?:avec|with|entre|among|a|aux|to)\b"
    rf"|(?:avec|with|entre|among)\s+{_ARTICLE}{EVERY_MEMBER_OF}"
    rf"{_GROUP_NOUN}\b)"
)
# A note, a kit or a mail for one group ("Petite note pour le bureau", "Kit pour la cohorte
# 2026"); "Appel à volontaires pour le comité" asks everyone to join it, no readership.
_NOTE = (
    r"(?:note|mot|message|memo|kit|brief\w*|support|fiche|compte rendu|cr|recap\w*|point|doc"
    r"|document|mail|email|courrier|lettre|deck|slides|notes|update|info|infos)"
)
_FOR_GROUP = re.compile(
    rf"^[\W_]*(?:\w+\s+)?{_NOTE}\s+(?:pour|for|a l attention d\w*|aux?|to)\s+"
    rf"{_ARTICLE}{EVERY_MEMBER_OF}{_GROUP_NOUN}\b"
    rf"|^[\W_]*(?:to|pour|for|diffusion|distribution|audience|destinataires|acces|access"
    rf"|lecteurs|readers|visibilite|visibility)\s*:\s*{_ARTICLE}(?:[\w'-]+\s+){{0,3}}"
    rf"{_GROUP_NOUN}\b"
)
# "c'est pour le bureau", "(pour le noyau dur)", "this is for the core team".
_SAID_FOR = re.compile(
    r"(?:\b(?:c est|ce sera|it s|it is|this is|ceci est)\s+|\(\s*)(?:(?:uniquement|only)\s+)?"
    rf"(?:pour|for)\s+{_ARTICLE}{EVERY_MEMBER_OF}{_GROUP_NOUN}\b"
)
# Testers under a non-disclosure agreement, as a tag after a separator or in parentheses
# ("— sous NDA", "(NDA)", "— NDA-covered"); "la bêta est sous NDA jusqu'au lancement" is a
# rule, no readers.
_NDA = re.compile(
    r"(?:^|[(,;—–]|\s-\s)\s*(?:sous|under)\s+(?:(?:un|une|le|la|l|an|a|the)\s+)?"
    r"(?:nda|accord de confidentialite|accord de non divulgation|non disclosure agreement)\b"
    r"|\(\s*(?:sous\s+)?nda\s*\)"
    # the English compound: "— NDA-covered", "(NDA-bound)"
    r"|(?:^|[(,;—–]|\s-\s)\s*nda[\s-](?:covered|bound|protected)\b"
)
# "(comité uniquement)", "(core team only)": one group, in parentheses.
_PAREN_ONLY = re.compile(
    rf"\(\s*{_ARTICLE}{_GROUP_NOUN}\b[^()]{{0,30}}?\s(?:uniquement|seulement|only|exclusivement)"
    r"\s*\)"
)
# A shared drive's readers: "Accès : vous et 4 autres personnes", "You and 3 others".
_FEW_PEOPLE = re.compile(
    r"\b(?:vous|you|moi|me)\s+(?:et|and|\+)\s+\d+\s+(?:autres?\s+)?"
    r"(?:personnes?|people|others?|membres?|members?|collaborateurs?)\b"
)
# A readership field after a title and a separator: "Formulaire — Audience : le comité",
# "Compte rendu (diffusion : le bureau)".
_FIELD_AFTER = re.compile(
    r"(?:[,;|(\[]|\s[-—–]\s|[—–])\s*(?P<field>(?i:audience|diffusion|distribution|acces|access"
    r"|visibilite|visibility|destinataires|recipients|lecteurs|readers|repondants"
    r"|respondents|partage avec|shared with|invites|guests|participants)\s*:\s*\S.*)$"
)
# An addressee field that names a region: "To: riders North-West", "Pour : groupe Sud".
_REGION_TO = re.compile(
    r"^[\W_]*(?:to|pour|for|destinataires?|recipients|diffusion|audience)\s*:[^:]{0,40}?"
    r"\b(?:nord|sud|ouest|north|south|east|west|nord est|sud est|north east|south east"
    r"|north west|south west|nord ouest|sud ouest|northern|southern|eastern|western)\b"
)
# A title, a separator and a private place: "Cercle des lectrices — espace privé".
_PRIVATE_PLACE = re.compile(
    r"(?:\s[-—–]\s|[—–(])\s*(?:espace|canal|salon|groupe|forum|space|channel|group|forum)\s+"
    r"(?:prive\w*|private|ferme\w*|closed)\s*\)?\s*$"
    r"|(?:\s[-—–]\s|[—–(])\s*(?:private|closed)\s+(?:space|channel|group|forum)\s*\)?\s*$"
)
# A mailing list whose address names a part: "(liste de diffusion : ateliers-nord@…)";
# "membres@…" or a single word may be everyone's.
_MAILING_LIST = re.compile(
    r"\b(?:liste de diffusion|liste|mailing list|list|distribution list)\s*:\s*"
    r"(?P<local>[a-z][\w.+-]*)@"
)
# A banner for one group: "Pour le comité de direction", "À l'attention du bureau".
_FOR_BANNER = re.compile(
    r"^[\W_]*(?:pour|for|a l attention d\w*|attention)\s+"
    rf"{_ARTICLE}{EVERY_MEMBER_OF}(?:{_GROUP_NOUN}|direction|codir"
    r"|comex|board|conseil d administration|ca)\b"
)
# A group's name, perhaps with a remark in parentheses, then "only": "Mentors (cf. charte)
# seulement", "All-stars only ⭐ (top 20)", "Testeurs bêta only: build notes".
_NAME_ONLY = re.compile(
    r"^[\W_]*(?!(?i:pour|for|les|the|a|aux|to|chez|with|avec)\b)"
    r"(?P<name>[A-Z][\w'-]*(?:\s+(?!(?:et|and)\b)[\w'-]+){0,3}?)(?:\s*\([^()]{1,50}\))?\s+"
    r"(?<!\bpas )(?<!\bnot )(?<!\bnon )"  # "Des fichiers mais pas seulement :"
    r"(?:only|uniquement|seulement|exclusivement)\b(?:[^\w(]*(?:\([^()]{0,50}\))?[^\w]*$|\s*:)"
)
# A chat export's or a channel's header that names a group: "Export WhatsApp — groupe
# « Bureau 2026 »", "Slack · #comite-fetes".
_CHAT_GROUP = re.compile(
    r"^[\W_]*(?:export\w*|conversation|discussion|fil|thread|groupe|group|canal|channel|salon"
    r"|whatsapp|slack|discord|teams|signal|messenger)\b[^:«\"#]{0,40}?(?:«\s*|\"|#)"
    rf"[\w' -]{{0,20}}?\b{_GROUP_NOUN}\b"
)
# A calendar invitation's guests: a mailing list that is not everyone's ("Guests:
# product-council@acme.com"); a meeting's attendees are who came, no readership.
_GUESTS_FIELD = re.compile(
    r"^[\W_]*(?:invites|invitees|guests|convies|optional|required|facultatifs?|obligatoires?"
    r"|participants|attendees|attendee\b[^:]*:mailto)\s*:\s*(?P<value>.+)$"
)
_LIST_ADDRESS = re.compile(r"\b(?P<local>[a-z][\w.+-]*)@[\w-]+(?:\.[\w-]+)+")
_ALL = r"(?:all|tous|toutes|everyone|tout le monde)"
_ALL_ADDRESS = re.compile(
    rf"^(?:{_ALL}(?:[.+-]\w+)?|(?:ambassad\w*|membres|members|community)(?:[.+-]{_ALL})?)$"
)
# A chat export's message: "[14:02] Léa : …", "(09h15) Marc — …", "14:02 - Léa: …".
_CHAT = re.compile(
    r"^\s*[\[(]?(?:\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?,?\s+)?\d{1,2}[:h]\d{2}(?::\d{2})?"
    r"[\])]?\s*(?:[-—–]\s*)?"
    r"(?:[A-Z@][\w.'@-]*(?:\s+[A-Z][\w.'-]*)?(?:\s+\([^()]{1,30}\))?\s*[:—–-]\s+)?"
    r"(?P<message>\S.*)$"
)
# Not "Pour cela, je m'adresse : …", "Pour ce faire : …", "For more: …" (no readers).
_FOR_PREFIX = re.compile(
    r"^(?P<prefix>[\W_]*(?i:pour|for|to|a|à|aux)\s+"
    r"(?!(?i:cela|ceci|ça|ca|ce faire|ce|rappel|info\w*|memoire|mémoire|moi|nous|vous|savoir|plus"
    r"|more|this|that|it|me|us|you|example|exemple|instance)\b)[^:]{3,60}?)\s*:\s*\S"
)


def in_passing_level(line: str) -> str | None:
    """Internal when `line` keeps the document for a group in passing; else None. A quoted
    line ("> ancienne mention : réservé Core") is what someone else wrote before."""
    if line.lstrip().startswith(">"):
        return None
    text = fold_spaced(line)
    if _reserved_after_separator(line) or _destined(text):
        return INTERNAL
    if _MEMBERS_ONLY.search(text) or _SHARED.search(text) or _kept(text):
        return INTERNAL
    if _FOR_GROUP.search(text) or _SAID_FOR.search(text) or _NDA.search(text):
        return INTERNAL
    if _PAREN_ONLY.search(text) or _FEW_PEOPLE.search(text) or _people_field(text):
        return INTERNAL
    if _REGION_TO.search(text) or _PRIVATE_PLACE.search(text) or _part_list(text):
        return INTERNAL
    if _CHAT_GROUP.search(text) or _FOR_BANNER.search(text):
        return INTERNAL
    name_only = _NAME_ONLY.match(line.strip())
    if name_only and not _WHOLE.match(fold(name_only["name"])):
        return INTERNAL
    return None


def reserves_in_passing(line: str) -> bool:
    """`line` reserves the document for a part after a separator ("MAJ : on restreint aux
    membres Or, le lien envoyé à tous est désactivé"): it stays closed whatever else the
    line says."""
    return not line.lstrip().startswith(">") and _reserved_after_separator(line)


def offers_something(line: str) -> bool:
    """`line` offers something (a perk, a price, a gift): who qualifies, not who reads."""
    return _OFFERED.search(fold(line)) is not None


def chat_message(line: str) -> str | None:
    """The message of a chat export's line, without its time and author; None otherwise."""
    found = _CHAT.match(line)
    return found["message"] if found else None


def field_after_title(line: str) -> str | None:
    """A readership field that follows a title and a separator ("Sondage — Audience :
    bureau"), to be read as a line of its own; None otherwise."""
    found = _FIELD_AFTER.search(" ".join(fold(line).replace("'", " ").split()))
    return found["field"] if found else None


def addressed_prefix(line: str) -> str | None:
    """The readers a line opens with before a colon ("Pour les membres Or : …"); None
    otherwise."""
    found = _FOR_PREFIX.match(line)
    return found["prefix"].strip() if found else None


def without_keep(line: str) -> str | None:
    """`line` without its request to keep it among its readers ("merci de garder l'info pour
    vous"), None when it asks none: a head addressed to every ambassador keeps it among them
    all (`marking_head`)."""
    text = fold_spaced(line)
    if not _kept(text):
        return None
    rest = " ".join(_KEEP.sub(" ", text).split())
    return None if _NARROWING.search(rest) else rest


def _kept(text: str) -> bool:
    """Asked to keep it among its readers, not told there is no need to."""
    found = _KEEP.search(text)
    return found is not None and not _NO_NEED.search(text[: found.start()])


def _reserved_after_separator(line: str) -> bool:
    """A reservation for readers ("réservé aux …", "(réservé équipe)") begins after a
    separator, in a line that offers nothing (an offer's or a perk's conditions are who
    qualifies, "Tarif Loge : 5 € (réservé aux Complices)")."""
    if _OFFERED.search(fold(line)):
        return False
    for found in _SEPARATOR.finditer(line):
        tail = line[found.end() :]
        words = " ".join(fold(tail).replace("'", " ").split())
        if (later := _LATER_RESERVATION.match(words)) is not None:
            words = words[later.end() :]
            tail = tail[_reservation_start(tail) :]
        reader = _FOR_READERS.match(words)
        if reader is not None and _WHOLE.match(words[reader.end() :].strip()):
            continue  # "(réservé aux ambassadeurs)": every one of them
        bare = found.group().strip().startswith("(") and _BARE.match(words)
        tail = _SUBJECT.sub("", tail.lstrip())  # "on restreint aux …": the reservation
        if (reader or bare) and reservation_level(tail) is not None:
            return True
    return False


def _reservation_start(tail: str) -> int:
    """Where the reservation word begins in `tail` (0 when it has none)."""
    found = _RESERVATION_WORD.search(tail)
    return found.start() if found else 0


def _destined(text: str) -> bool:
    """ "destiné aux …", "à l'usage des …": for readers who are not everyone, at the start
    of the line, after a separator or after the document's own word ("Document destiné
    aux …"); "Guide de marque à l'usage des X" names the audience of a title. Not after a
    comma: prose says what a thing is for ("une provision, destinée au règlement du chèque")."""
    starts = [0, *(m.end() for m in _SEPARATOR.finditer(text) if "," not in m.group())]
    if (document := _DOCUMENT.match(text)) is not None:
        starts.append(document.end())
    for start in starts:
        found = _DESTINED.match(text[start:])
        who = found["who"] if found else ""
        if not found:
            continue
        if _A_BODY.match(who) or not (_WHOLE.match(who) or _everyone_of_or_doing(who)):
            return True
    return False


# "destiné aux ambassadeurs de l'Équipage Opale", "… du Cercle des Tonneliers": the program's
# ambassadors far more often than a part of them; not read here (a labelled "Diffusion :"
# line naming them still is, and the client's default applies).
# "destiné aux ambassadeurs qui tiennent un stand": who it is useful to, not who may read it;
# not a group ("testeurs qui …") nor a secret ("… qui ont signé l'accord de confidentialité").
_DOING = re.compile(r"^(?:les |des |nos |the |our )?\w+ (?:qui|who|that)\s")
_SECRET = re.compile(
    r"\b(?:nda|confidenti\w*|secret\w*|embargo\w*|interne?|internal|private|prive\w*)\b"
)
_OF_SOMEONE = re.compile(
    r"^(?:tous les |toutes les |les |des |nos |all (?:the )?|the )?(?:ambassad\w*|membres|members)"
    r"\s+(?:de la |de l |des |du |de |d |of the |of )"
)


def _everyone_of_or_doing(who: str) -> bool:
    """The ambassadors of a name, or those who do something, with no group nor secret."""
    if re.search(_GROUP_NOUN, who) or _SECRET.search(who):
        return False
    return _OF_SOMEONE.match(who) is not None or _DOING.match(who) is not None


def _part_list(text: str) -> bool:
    """A mailing list's address of two words or more that are not everyone's."""
    found = _MAILING_LIST.search(text)
    if found is None:
        return False
    local = found["local"]
    return len(re.split(r"[.+_-]", local)) > 1 and not _ALL_ADDRESS.match(local)


def _people_field(text: str) -> bool:
    """A calendar invitation's guests name a mailing list that is not everyone's."""
    found = _GUESTS_FIELD.match(text)
    if found is None:
        return False
    return any(not _ALL_ADDRESS.match(m["local"]) for m in _LIST_ADDRESS.finditer(found["value"]))

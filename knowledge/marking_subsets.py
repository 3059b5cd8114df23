"""Restrictions a banner reader misses: some ambassadors, a few people, the staff only.

- **some ambassadors** (internal: the bot cannot tell ambassadors apart): a readership
  that opens the line and qualifies the group by a tier or a place: "Pour les ambassadeurs
  de Bordeaux uniquement", "À l'attention des ambassadrices du studio d'Angers", "Platinum-
  level ambassadors only", "Gold-tier Champions only", "Ambassadeurs lyonnais seulement";
- **named ambassadors** (internal): a mail or a note to people named by name, said to be
  ambassadors ("À : Léa Roux, Marc Petit (ambassadeurs)"), or a message sent to one
  person ("envoi individuel", "à toi seule", "personal message");
- **staff among themselves** (internal): "entre nous les collègues", "c'est entre nous,
  pas dans le Discord", "on ne montre pas ça aux ambassadeurs", "les ambassadeurs n'ont
  pas à voir ça", "they shouldn't see this yet"; a sharing setting open to every employee
  ("Partage : toute personne de l'organisation", "all employees");
- **a few people** (confidential): legal privilege ("Attorney–client privileged", "legal
  privileged"), "que pour Loïc et moi", "between you and me", a sharing setting limited to
  a handful ("Partage : 3 personnes", "aucun autre accès").

A restriction only ever makes a reading stricter.
"""

from __future__ import annotations

import re

from knowledge.marking_groups import CONFIDENTIAL, INTERNAL, group_level, strictest
from knowledge.text import fold, plain_words

_AMB = r"(?:ambassad\w*|ambass)"
_ONLY = r"(?:uniquement|seulement|only|exclusivement|exclusively|seulment)"
_OPEN = (
    r"(?:(?:\w+\s*:\s*)?(?:pour|reserve\w*|destine\w*|envoye\w*|a l attention|for|only for"
    r"|sent to|intended for|to)\s*(?:a |aux |au |des |de |d )?(?:tous |toutes |all )?"
    r"(?:les |the |our |nos |l )?)"
)
_TIER = (
    r"(?:(?:niveau|level|tier|palier|rang|grade|statut|status|cercle)\s+[\w-]+|[\w-]+[- ]"
    r"(?:tier|level|niveau)|gold|silver|platinum|bronze|or|argent|platine|vermeil|diamond"
    r"|diamant|premium|vip|senior|seniors|juniors?|confirme\w*|experts?)"
)
# After the group, as written (capitals kept): a place is a capitalized name ("de
# Bordeaux", "du studio d'Angers", "at 'Pilier' level"), or a people's name ("nantaises").
_PLACE = re.compile(
    r"(?:de|du|d|des|of|in|at|from)\s+(?:(?:la|le|l|d|de|du|the|studio|site|ville|agence|boutique"
    r"|magasin|mediatheque|antenne|region|caisse|store|branch|campus|club)\s+){0,3}[A-Z]"
)
_DEMONYM = re.compile(
    r"(?!(?:mais|jamais|desormais|frais|anglais|francais|chinois|fois|mois|trois|pourtant)\b)"
    r"[a-z]{3,}(?:ais|aises|ois|oises|iens|iennes|ains|aines)\b"
)
_SITE = re.compile(
    r"(?:de|du|d|des|of|in|at|from)\s+(?:la |le |l |the )?(?:studio|site|ville|agence|boutique"
    r"|magasin|mediatheque|antenne|region|caisse|store|branch|campus|city|town|departement)\b",
    re.IGNORECASE,
)
# A mail's recipients: "À : tous les ambassadeurs de Bretagne" names whom it went to.
_MAIL_HEADER = re.compile(r"^[\W_]*(?:a|to|cc|pour)\s*:", re.IGNORECASE)
_LEAD = re.compile(rf"^[\W_]*{_OPEN}", re.IGNORECASE)
_GROUP = re.compile(rf"((?i:{_AMB})(?:\s+[A-Z][\w-]+)?|[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+(.*)$")
# Who qualifies for an offer is no readership: "Réservé aux membres niveau Or et au-dessus,
# hors promotions", "Gold members and above: 10 % off".
_OFFER = re.compile(
    r"\b(?:offre|offert\w*|remise|reduction|promo\w*|achat\w*|achete\w*|prix|tarif\w*|gagne\w*"
    r"|vote\w*|concours|au-dessus|au dessus|and above|or above|minimum|discount|off|offer|free"
    r"|hors)\b",
    re.IGNORECASE,
)
_TIER_FIRST = re.compile(
    rf"^[\W_]*{_OPEN}?{_TIER}\s+(?:{_AMB}|[A-Z][\w-]+)\s+{_ONLY}\b", re.IGNORECASE
)
_ONLY_AFTER = re.compile(rf"\b{_ONLY}\b", re.IGNORECASE)

_NAMED_TO = re.compile(
    r"^[\W_]*(?i:a|to|pour|for|envoye a|sent to|a l attention de|cc|destinataires?)\s*:?\s*"
    r"(?:(?:m|mme|mr|ms|mrs|dr)\.?\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w.'-]*)?"
    r"(?:\s*(?:,|;|et|and|&|et de|et a)\s*(?:(?:m|mme|mr|ms|mrs|dr)\.?\s+)?[A-Z][\w.'-]*"
    r"(?:\s+[A-Z][\w.'-]*)?)*\s*\(([^)]*)\)"
)
_ONE_PERSON = re.compile(
    r"\b(?:envoi (?:individuel|personnel|perso)|a toi seule?|rien que pour toi|juste pour toi"
    r"|personal message|sent to you alone|just for you two|pour vous deux seulement)\b"
)
_AMONG_STAFF = re.compile(
    r"\bentre nous,? (?:les |entre )?(?:collegues|salaries|staff|l equipe|equipe|permanents)\b"
    r"|\bentre nous\b.{0,40}\bpas (?:dans|sur|pour|aux?|a)\b"
    r"|\b(?:on|we)\s+(?:ne\s+)?(?:montre|partage|diffuse|envoie|transmet|donne|file)s?\s+pas"
    r"\s+(?:ca|ce \w+|cela|ceci|le|la|les)\s+(?:a|aux|au)\b"
    r"|\bwe (?:don t|do not|won t) (?:show|share|send|give|forward) (?:this|it) to\b"
    r"|\b(?:n ont pas a|ne doivent pas|ne doit pas) (?:voir|savoir|lire|connaitre|recevoir)"
    r" (?:ca|cela|ceci|ce document|ce doc|ce fichier|cette note|ce tableau)\b"
    r"|\b(?:shouldn t|should not|must not|mustn t) see (?:this|it)\b"
    r"|\bstaff eyes only\b"
    r"|\b(?:this|it|ca|cela|ce doc\w*|ce fichier|this doc\w*|this file) (?:stays|remains|reste)"
    r" (?:in-house|in house|en interne|internal|interne|entre nous)\b"
    r"|\bkeep (?:it|this) (?:within the (?:bank|company|team|firm|office|house|org\w*)|in-house"
    r"|in house)\b|\bgarde[rz]? (?:ca|cela|le|la) en interne\b"
    rf"|\b(?:pas|not|never|jamais) (?:pour|aux|au|a|for|to) (?:les |nos |the |our )?{_AMB}"
    r"(?:\s*$|\s*,|\s+(?:svp|stp|please|hein|merci|yet|encore)\b)"
)
_EVERY_EMPLOYEE = re.compile(
    r"\b(?:tous les salaries|toutes les salariees|tout le personnel|toute l entreprise"
    r"|toute personne de l organisation|toute personne de l entreprise|all employees|all staff"
    r"|anyone in the organi[sz]ation|everyone in the organi[sz]ation|everyone at the company)\b"
)
_SHARING = re.compile(r"^[\W_]*(?:parametres de partage|partage|sharing|acces|access)\b")
_PRIVILEGED = re.compile(
    r"\b(?:legal(?:ly)? privileged|attorney (?:client )?privilege\w*|privileged (?:and|&)?"
    r" ?confidential|privileged communication|secret professionnel (?:de l )?avocat"
    r"|couvert par le secret professionnel|confidentialite avocat client)\b"
)
_FEW = re.compile(
    r"\b(?:(?:que|only|just) (?:pour|for) (?:\w+ )?(?:et|and) (?:moi|me)\b"
    r"|between you and me|entre toi et moi|entre vous et moi|just (?:you and me|between us two)"
    r"|tu le gardes? pour toi|garde le pour toi|keep it to yourself"
    r"|(?:c est|it s|this is) (?:ultra|tres|hyper|super|strictement|highly|very|strictly|top)"
    r" (?:confidentiel\w*|confidential)\b)"
)
_HANDFUL = re.compile(
    r"\b(?:[1-5]|deux|trois|quatre|cinq|two|three|four|five) (?:personnes|people|persons)\b"
    r"|\baucun autre acces\b|\bno other access\b|\bnobody else\b|\bpersonne d autre\b"
)

# A restriction that names its few readers: people by name ("Diffusion restreinte : Dr Roux,
# P. Lemaire", "Accès : privé — Claire, Hugo", "Restricted (Anna, Ben, Chloe)") or a small
# body ("RH — diffusion restreinte", "Restricted — board only"): confidential.
_RESTRICTED_WORD = re.compile(
    r"\b(?:restreinte?s?|restricted|privee?s?|private|(?:limitee?s?|limited)(?= (?:a|aux|au|to)\b))"
    r"\b"
)
# A banner, not prose: "…avant sa date limite. Elle précise…" restricts nothing.
_BANNER_WORDS = 16
_FIRST = r"[A-Z][a-z][\w'-]*"
_TITLED = r"(?:(?:M|Mme|Mlle|Mr|Mrs|Ms|Dr|Pr)\.?\s+|[A-Z]\.\s*)[A-Z][\w'-]+"
_FULL = rf"{_FIRST}\s+[A-Z][\w'-]+"
_JOIN = r"\s*(?:,|;|&|\bet\b|\band\b)\s*"
_NAMES_AFTER = re.compile(
    rf"^\s*(?:(?:[:(—–-]\s*)+(?:(?:a|aux|au|to)\s+)?|(?:a|aux|au|to)\s+)"
    rf"(?:{_TITLED}|{_FULL}|{_FIRST}(?={_JOIN}{_FIRST}))"
)
_NAME_LIST = re.compile(rf"\(\s*{_FIRST}(?:{_JOIN}{_FIRST}){{1,5}}\s*\)")
# "DIFFUSION RESTREINTE" as a banner, naming no readers ("COPIE — Diffusion restreinte",
# "Diffusion restreinte (DR)"): the formal mention of a need-to-know document. Restricted
# to a group ("… au groupe NA", "… à l'entreprise") it names that group and stays internal.
_BARE_RESTRICTED = re.compile(r"\bdiffusion restreinte(?: dr)?$")


def few_named(line: str) -> bool:
    """`line` restricts the document to people it names or to a small body."""
    plain = plain_words(line)
    text = _folded(line)
    if len(text.split()) > _BANNER_WORDS:
        return False
    if (found := _RESTRICTED_WORD.search(fold(plain))) is None:
        return False
    if group_level(text) == CONFIDENTIAL:
        return True
    if _BARE_RESTRICTED.search(text):
        return True
    after = plain[found.end() :]
    return _NAMES_AFTER.match(after) is not None or _NAME_LIST.search(plain) is not None


def _folded(line: str) -> str:
    text = fold(line).replace("’", " ").replace("'", " ").replace("_", " ")
    return " ".join(re.sub(r"[^\w,]+", " ", text).split())


def _some_ambassadors(plain: str) -> bool:
    text = " ".join(re.sub(r"[«»\"“”']", " ", plain).split())
    if _TIER_FIRST.match(text) is not None:
        return True
    mail = (header := _MAIL_HEADER.match(text)) is not None
    if mail:  # "À : tous les ambassadeurs de Bretagne" reads as "pour tous les…"
        text = "pour " + text[header.end() :].strip()
    if (lead := _LEAD.match(text)) is None:
        return False
    if (group := _GROUP.match(text[lead.end() :])) is None:
        return False
    after = group.group(2)
    only = _ONLY_AFTER.search(after[:80]) is not None
    tier = re.match(rf"(?i:{_TIER})\b", after) is not None or _DEMONYM.match(after) is not None
    # "ambassadors of Malterie du Causse" may name the company: a place restricts with
    # "only" or a site's word ("du studio d'Angers").
    site = only or _SITE.match(after) is not None
    place = _PLACE.match(after) is not None and site
    if not (tier or place):
        return False
    # An unknown name ("les Passeurs") is a readership only with "only" after it.
    if not only and _OFFER.search(text):
        return False
    known = re.match(_AMB, group.group(1), re.IGNORECASE) is not None
    return known or only


def restriction(line: str) -> str | None:
    """The level a restriction in `line` gives (internal or confidential), or None."""
    plain = plain_words(line)
    text = _folded(line)
    found: list[str] = []
    if _PRIVILEGED.search(text) or _FEW.search(text):
        found.append(CONFIDENTIAL)
    sharing = _SHARING.match(text) is not None
    if few_named(line):
        found.append(CONFIDENTIAL)
    if sharing and _HANDFUL.search(text):
        found.append(CONFIDENTIAL)
    if sharing and _EVERY_EMPLOYEE.search(text):
        found.append(INTERNAL)
    if _AMONG_STAFF.search(text) or _ONE_PERSON.search(text):
        found.append(INTERNAL)
    if (named := _NAMED_TO.match(plain)) is not None and _names_a_group(named.group(1)):
        found.append(INTERNAL)
    if _some_ambassadors(plain):
        found.append(INTERNAL)
    return strictest(found) if found else None


def _names_a_group(inside: str) -> bool:
    """A parenthesis after named people that names the ambassadors or a group ("(Passeurs)",
    "(ambassadeurs du club polar)")."""
    plain = inside.strip()
    return re.search(_AMB, plain, re.IGNORECASE) is not None or (
        re.match(r"^[A-Z][\w-]*[sx]\b", plain) is not None
    )

"""Readerships narrowed by a condition, an act or a colloquial hush: internal.

Fail closed: each rule here only restricts a line read as public or unmarked.

- readers defined by what they did, not by who they are: "Réservé aux membres ayant signé
  la charte", "Only for members who attended the Lyon day", "Participants de l'atelier du
  3 mars seulement" (who qualifies for an offer is no readership: "… ayant 500 points : -20
  %");
- a share that waits on an approval: "À partager avec les ambassadeurs une fois validé",
  "To be shared with everyone once approved", "Shareable after sign-off";
- readers with a part left out for now: "Pour les Experts et les Mentors (pas les Novices
  pour l'instant)", "For the beta group (not the wider program yet)", "pas encore ouvert à
  tous";
- readers who are a trial's: "For anyone on the beta", "Pour les inscrits au pilote";
- a colloquial hush heading an otherwise unmarked head (`hushed`): "keep this under your
  hat", "mum's the word", "motus", "chut, on n'en parle pas encore".
"""

from __future__ import annotations

import re

from knowledge.marking_groups import INTERNAL
from knowledge.marking_in_passing import offers_something
from knowledge.marking_labels import ONLY_WORDS as _ONLY
from knowledge.text import fold

# A line that keeps or addresses the document: its readers follow.
_FOR = (
    r"(?:reserve\w*|restreint\w*|reserved|restricted|limite\w*|limited|accessible|ouvert\w*|open"
    r"|visible|only|uniquement|seulement|exclusivement|exclusively|strictly|strictement"
    r"|destine\w*|intended|diffusion|audience|lecteurs"
    r"|readers|destinataires)"
)
# "Pour les …", "À tous les …", "For members who …": an address. Not prose that opens on the
# same words: « A noter : … », « Pour quelle raison est-on inscrit … ? », « Pour vous conformer … ».
_WHOM = (
    r"(?:les|tous|toutes|ceux|celles|chaque|nos|vos|l|la|le|the|all|members|those|anyone"
    r"|everyone|people|our|your|each|any|membres|participants|personnes)"
)
_READERS_FIRST = re.compile(
    rf"^(?:(?:\w+ ){{0,2}}?{_FOR}|(?:pour|for|a|aux|to) {_WHOM}|aux \w+|a l attention)\b"
)
# Readers defined by an act: "ayant signé", "qui ont participé", "who attended".
_ACT = re.compile(
    r"\b(?:ayant|qui ont|qui sont|qui etaient|having|who have|who ve|who has|who had|that have"
    r"|who (?:are|were) (?:on|in|at|part|based|enrolled|registered|attending|signed)"
    r"|who (?:\w+ed|attended|signed|joined|took part|came|went|stayed|completed|signed up)"
    r"|(?:inscrits?|presents?|signataires) (?:a|au|aux|de|du|des|de la)"
    r"|(?:si|if) (?:vous avez|tu as|you ve|you have) (?:deja |already )?(?:signe|participe"
    r"|assiste|suivi|fait|signed|attended|completed|joined|taken|done|been))\b"
)
# Readers who choose themselves are everyone ("tous ceux qui le souhaitent"); so are the
# ones a line adds to all ("including those who joined this month").
_WISH = re.compile(
    r"\b(?:souhait\w*|veul\w*|voudr\w*|desir\w*|interess\w*|want\w*|wish\w*|like|love"
    r"|interested|keen|including|y compris|inclus|even|meme|as well as|ainsi que"
    # and those who only think of it: "… ou qui hésitent encore", "(et les curieuses qui y
    # pensent)", "… ou qui ont envie d'y écrire", "or who are thinking about it"
    r"|envie|hesit\w*|y pens\w*|curieu\w*|curious|tente\w*|tempted|thinking|considering"
    r"|ou qui|or who|or anyone|ou toute personne)\b"
)
# A line cut after an article or a preposition is wrapped prose: its condition may be
# widened on the next line (« … qui ont accepté de tourner une » / « vidéo, ou qui hésitent »).
_CUT = re.compile(
    r"\b(?:un|une|le|la|les|l|de|des|du|d|a|au|aux|en|et|ou|the|an|of|to|for|with|and|or)$"
)
_ATTENDEES = re.compile(
    r"^(?:\w+ ){0,3}?(?:participants?|presents?|inscrits?|attendees|registrants)"
    r" (?:a|au|aux|de|du|des|de la|to|of|at|in)\b"
)
# An offer's qualifying count or amount is no readership ("ayant 500 points").
_COUNT = re.compile(
    r"\b(?:ayant|having|who have|qui ont) (?:au moins |at least |plus de |more than )?\d"
    r"|\b(?:atteint|reached|earned|cumule|accumulated|parraine|referred)\b"
)

# A share still to come (not "publiée après validation": done; not "How to post your
# after-photo review": a how-to): "à partager", "to be shared", "Share … once approved".
_VERB = (
    r"(?:partag\w*|diffus\w*|transm\w*|envoy\w*|publi\w*|faire suivre|relay\w*|circul\w*"
    r"|share\w*|forward\w*|distribut\w*|sent|send|release\w*|post\w*|pass\w* on)"
)
_SHARE = (
    rf"(?:^(?:please |pls |merci de |svp )?(?:partagez|diffusez|transmettez|envoyez|publiez"
    rf"|share|forward|send|post|circulate|distribute|release)"
    rf"|(?<!how )(?<!where )(?<!what )\b(?:a|to|sera|seront|will|can|may|could|ok to"
    rf"|peut|peuvent|pourra|pourront|pourrez|feel free to|libre de|free to) (?:\w+ ){{0,2}}?"
    rf"{_VERB}|\b(?:partageable|diffusable|shareable|transferable))"
)
_WHEN = (
    r"(?:une fois|apres|des que|quand|lorsque|sous reserve d\w*|once|after|when|as soon as"
    r"|upon|subject to|pending|en attente d\w*|awaiting)"
)
_APPROVED = (
    r"(?:valid\w*|approuv\w*|approbation|relu\w*|relecture|signe\w*|accord|feu vert|go"
    r"|confirm\w*|finalis\w*|approv\w*|sign[ -]?off|signed off|review\w*|ok|green light"
    r"|verif\w*|check\w*|proofread\w*)"
)
_WAITING_SHARE = re.compile(rf"{_SHARE}\b.*?\b{_WHEN} (?:\w+ ){{0,5}}?{_APPROVED}\b")

# A part left out, for now: "(pas les Novices pour l'instant)", "(not the wider program yet)".
_LEFT_OUT = re.compile(
    r"[(—–,;]\s*(?:mais |but )?(?:pas|not|sans|without|hors)\s+(?:encore |yet )?"
    r"(?:(?:pour |for |a |to )?(?:les|le|la|l|the|aux|au)\s+)"
    r"(?!(?:moment|instant|time|fois|peine|besoin|public|grand|press|presse|clients?|customers?"
    r"|externes?|external|outside|exterieur|web|internet|reseaux|social|media|medias)\b)\w+"
)
_EXCEPT_FIRST = re.compile(r"^(?:sauf|except|excepte|hormis|hors|excluding) (?:les|the) \w+")
_NOT_YET_ALL = re.compile(
    r"\b(?:pas encore|not yet|not)\s+(?:\w+\s+){0,2}?(?:a|aux|to|with|avec|pour|for)\s+"
    r"(?:tous|toutes|tout le monde|everyone|everybody|all|l ensemble|le reste|the rest"
    r"|the wider|the whole)\b"
    r"|\b(?:pas encore|not yet)\s+(?:pour |for )?(?:tous|toutes|tout le monde|everyone|all)\b"
)
# "Public" as a table's audience key, its value one place's part of a group: "| Public |
# Hiboux du Sud-Ouest |" (not "Public : oui", nor "Public : tous les …").
_PUBLIC_KEY = re.compile(
    r"^[\W_]*public\s*:\s*[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?\s+"
    r"(?:du|de la|de l['’]|des|d['’]|of|from)\s*[A-ZÀ-Ý]",
    re.IGNORECASE,
)
# A trial's members: "anyone on the beta", "les inscrits au pilote", "early-access group".
_TRIAL = re.compile(
    r"\b(?:beta|pilot|pilote|preview|avant premiere|early access|acces anticipe|test group"
    r"|groupe test|groupe de test|phase de test|phase test)\b"
)
_ON_TRIAL = re.compile(
    r"\b(?:anyone|everyone|those|people|members|users|ceux|celles|les personnes|les membres"
    r"|inscrits?|participants?)\s+(?:who are |qui sont )?(?:on|in|of|dans|du|de la|de l|au|a la"
    r"|a l|inscrits? (?:a|au|a la)|enrolled in|signed up for)\b"
)
# A colloquial hush opening a banner or one of its parts: "keep this under your hat",
# "mum's the word", "motus", "chut, on n'en parle pas encore" (not "le secret c'est …, chut",
# nor "don't tell anyone who you got": the game's secret).
_HUSH = re.compile(
    r"^(?:(?:psst+|pss+t|ok|okay|alors|so|hey|et|and|but|mais) ){0,2}(?:keep (?:it|this|that|ca)"
    r" (?:\w+ )?(?:quiet|hush hush|under wraps|on the down ?low|under your hats?)|under your hats?"
    r"|hush hush|on the down ?low|on the dl|on the qt|mum s the word|mums the word|under wraps"
    r"|(?:my )?lips (?:are )?sealed|tell no one|zip it|keep a lid on (?:it|this)"
    r"|(?:don t|do not|dont) (?:tell anyone|breathe a word)(?: (?:yet|until|before|for now)\b|$)"
    r"|(?:no leaks?|pas de fuites?) (?:please|pls|plz|svp|stp|merci|avant|before|until)"
    r"|motus|bouche cousue|chut+|shh+|garde\w* (?:ca|ceci|le|la|les) pour (?:toi|vous)"
    r"|pas un mot|(?:ne |n )?(?:en )?(?:dites|dis|parlez|parle) (?:rien|a personne)"
    r"|on n en parle pas|n en parlez pas|sous le manteau|on garde (?:ca|ceci) sous le coude"
    r"|ne pas ebruiter|ne l ebruitez pas)\b"
)
# A line longer than this is prose, whatever words it shares with a readership.
_BANNER_WORDS = 24
_BANNER_PARTS = re.compile(r"\s[—–|-]\s|[—–|:()]")


def hushed(line: str) -> bool:
    """`line`, or one of its parts, opens with a colloquial hush."""
    for part in _BANNER_PARTS.split(line):
        text = " ".join(re.sub(r"[^\w\s]", " ", fold(part).replace("'", " ")).split())
        if text and _HUSH.match(text):
            return True
    return False


def conditioned_level(line: str) -> str | None:
    """Internal when `line` narrows its readers by an act, an approval awaited, a part left
    out for now or a trial; else None."""
    text = " ".join(fold(line).replace("'", " ").replace("’", " ").replace("-", " ").split())
    text = re.sub(r"[^\w\s()—–,;]", " ", text)
    text = " ".join(text.split())
    if offers_something(text) or line.rstrip(" )*_").endswith("?"):
        return None  # an offer's conditions; a question heading a FAQ
    if len(text.split()) > _BANNER_WORDS:
        return None  # prose: « … ont accès au SIV, mais uniquement pour … ayant commis … »
    if _WAITING_SHARE.search(text):
        return INTERNAL
    readers = _READERS_FIRST.match(text) is not None or _ONLY.search(text) is not None
    acted = _ACT.search(text) and not _COUNT.search(text) and not _WISH.search(text)
    if readers and acted and not _CUT.search(text):
        return INTERNAL
    if _ATTENDEES.match(text) and _ONLY.search(text):
        return INTERNAL
    if _PUBLIC_KEY.match(line) or _EXCEPT_FIRST.match(text):
        return INTERNAL
    if readers and (_LEFT_OUT.search(text) or _NOT_YET_ALL.search(text)):
        return INTERNAL
    if readers and _TRIAL.search(text) and _ON_TRIAL.search(text):
        return INTERNAL
    return None

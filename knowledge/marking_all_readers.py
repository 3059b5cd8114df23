"""A clause that gives all the ambassadors as the readers, in the words people write it.

- a readership phrase and all of them: "il est destiné à l'ensemble des ambassadeurs",
  "diffusable à tous les ambassadeurs", "partageable avec n'importe quel ambassadeur",
  "this FAQ is meant for every ambassador", "tous les ambassadeurs peuvent le lire";
- the same after a denied restriction on the same line: "Pas réservé au staff : ouvert à
  tous les ambassadeurs", "Ce document n'est ni interne ni confidentiel : il est destiné à
  tous les ambassadeurs", "Confidentiel ? Non ! partagez avec tous les ambassadeurs";
- the same after a former marking said to be gone: "Ancien bandeau « Usage interne »
  supprimé — désormais ouvert à tous les ambassadeurs", "Previously marked 'Internal' —
  now open to all ambassadors", "~~Usage interne~~ diffusable à tous les ambassadeurs".

Read strictly, as opening is the direction that must not go wrong: the clause names the
ambassadors as a whole (the client's names read as "ambassadeurs" first), and holds no
negation, exception, tier, staff word, wait or level word; "envoyer à tous les
ambassadeurs" (a mail to write, a template) is no readership.
"""

from __future__ import annotations

import re

from knowledge.marking_everyone_head import PENDING
from knowledge.marking_groups import group_level
from knowledge.marking_whole_program import whole_program
from knowledge.text import fold

_AMB = r"(?:ambassadeurs?|ambassadrices?|ambassadors?)"
_ALL = (
    r"(?:tous|toutes|all|every|each|chaque|l ensemble des|l ensemble de nos|n importe quel\w*"
    r"|any|the whole|all of the|all of our)"
)
# After "pour"/"for", "chaque"/"each" shares something out ("Pour chaque ambassadeur, nous
# conservons…", "for each ambassador we keep…"): a sentence about them, not their readership.
_ALL_FOR = (
    r"(?:tous|toutes|all|every|l ensemble des|l ensemble de nos|the whole|all of the|all of our)"
)
# What gives the readers: "destiné à", "diffusable à", "ouvert à", "shareable with" (the
# ambassadors as a whole may follow without "tous"; after "pour", "tous" is needed).
_LEAD = (
    r"(?:destinee?s? (?:a|aux)|intended for|meant for|written for|ecrite? pour|fait pour"
    r"|diffusables? (?:a|aux|aupres de)|partageables? (?:avec|a)|shareable (?:with|w)"
    r"|partagez (?:le |la |les )?(?:avec|a)|share (?:it |this )?with|ouverte?s? (?:a|aux)"
    r"|open to|accessibles? (?:a|par)|accessible to|lisibles? par|readable by|visible (?:par|to)"
    r"|a l attention (?:de|des)|for the attention of|a destination (?:de|des)"
    r"|a l intention (?:de|des)"
    r"|a partager (?:avec|entre)|(?:a )?diffuser (?:a|aux|aupres de)|partagee?s? (?:avec|a)"
    r"|shared with|(?:a )?lire (?:et a faire lire )?par|to be read by)"
)
# The document itself as the subject: "il est", "ce guide est", "this FAQ is", "document".
_DOC = (
    r"(?:(?:le |ce |cet |cette |this |the )?(?:document|doc|note|fiche|faq|guide|cr|compte rendu"
    r"|support|kit|page|post|message|newsletter|lettre|letter|memo|fichier|file|slides?)"
    r"|il|elle|ceci|cela|ca|this|it|this one)"
)
_SUBJECT = (
    rf"(?:{_DOC} (?:(?:est|is|sont|are) )?|c est |it s )?"
    r"(?:desormais |now |bien |donc |maintenant )?"
)
# Shown to them, only with all of them named: "à montrer à n'importe quel ambassadeur".
_SHOWN = r"(?:(?:a )?montrer|montrables?|show(?: it| this)?|to be shown|can be shown) (?:a|to)"
_ART = r"(?:les |des |nos |our |the |vos |your )"
_YES = r"(?:(?:ok|oui|yes|valide|validee|approved|cleared|bref|donc|so)\s)?"
_OPENS = re.compile(
    rf"^{_YES}{_SUBJECT}(?:{_LEAD} (?:{_ALL} {_ART}?|{_ART}|(?<=aux ))"
    rf"|(?:pour|for) {_ALL_FOR} {_ART}?|{_SHOWN} {_ALL} {_ART}?)"
    rf"(?:communaute )?{_AMB}"
    rf"(?: (?:et|and) (?:{_ALL} )?(?:les |des |the )?{_AMB})?$"
    rf"|^(?:{_ALL} )(?:les |nos |our |the |vos )?{_AMB} (?:peuvent|can|may|pourront lire)"
    r" (?:le |la |les |l |it |this |ce document |ce doc |this doc |this document )?"
    r"(?:lire|consulter|read|see|voir)$"
    # "à partager entre ambassadeurs", "share it with fellow ambassadors"
    r"|^(?:ok )?(?:(?:vous pouvez|you can|on peut|tu peux|feel free to) (?:le |la |les |l )?)?"
    r"(?:a |pour |to )?(?:partager|partagez|share|sharing|circuler|circulate|faire tourner)"
    r" (?:le |la |les |it |this |ca )?(?:entre|parmi|among|between|with|avec)"
    r" (?:(?:any|every|n importe quel\w*) (?:ambassadeurs?|ambassadrices?|ambassadors?)"
    r"|(?:tous |all )?"
    r"(?:les |nos |vous |fellow |other |our |the )?(?:ambassadeurs|ambassadrices|ambassadors"
    r"|(?:membres|members) (?:du|de la|de l|of the|of our) (?:programme|program|club|cercle|circle"
    r"|communaute|community)))$"
)
_BLOCKERS = re.compile(
    r"\b(?:ne|n|pas|not|no|non|ni|nor|never|jamais|sans|without|sauf|except|excepte|hormis"
    r"|hors|outside|only|uniquement|seulement|niveau|niveaux|level|levels|tier|tiers|palier"
    r"|paliers|rang|confidenti\w*|intern\w*|secret\w*|restrei\w*|restricted|prive\w*|private"
    r"|sensible|sensitive|embargo\w*|staff|equipe|team|salaries|employees|direction|board"
    r"|modele|template|brouillon|draft|envoyer|send|mail|email|e mail)\b"
    rf"|\b(?:{PENDING})\b"
)


def _folded(raw: str) -> str:
    text = fold(raw).replace("’", " ").replace("'", " ").replace("_", " ").replace("w/", "w ")
    text = re.sub(r"[^\w\s:;.!?()·|\[\]«»\"“”,—–→-]|(?<=\w)-(?=\w)", " ", text)
    return " ".join(text.split())


def _blocked(clause: str) -> bool:
    """A negation, tier, staff word or wait in `clause`; the "n" of "n'importe quel" (any
    one of them) is no negation."""
    return _BLOCKERS.search(clause.replace("n importe", "importe")) is not None


def clause_opens(clause: str) -> bool:
    """`clause` (folded) gives all the ambassadors as its readers, and nothing else."""
    clause = clause.strip(" ,")
    if not clause or _blocked(clause) or group_level(clause, restrictive_only=True):
        return False
    return _OPENS.match(clause) is not None


# A clause of its own saying there is no restriction confirms the readers, it denies nothing.
_NO_LIMIT = re.compile(
    r"^(?:(?:il n y a |there is |there are )?(?:pas de|aucune|no|sans|without) restrictions?"
    r"|aucune restriction de diffusion|no sharing restrictions?)$"
)


def all_of_them(named: str) -> bool:
    """A clause of `named` (a line, the client's names said) gives all of them as readers,
    and no clause of it names a negation, tier, staff word or wait."""
    clauses = [c for c in _split(_folded(named)) if not _NO_LIMIT.match(c)]
    if not any(clause_opens(c) for c in clauses):
        return False
    return not any(_blocked(c) for c in clauses)


# A restriction denied before the readers: "Pas réservé au staff", "Ce document n'est ni
# interne ni confidentiel", "This note is NOT restricted to the board", "Confidentiel ? Non".
_DENIED = re.compile(
    r"^(?:(?:\w+ ){0,3}(?:n est|is|est) )?(?:pas|not|ni|neither|plus|no longer|non)"
    r" (?:\w+ )?(?:reserve\w*|restrei\w*|restricted|limite\w*|limited|interne?s?|internal"
    r"|confidenti\w*|only|uniquement|seulement)\b"
    r"|^ne pas (?:le |la |les )?(?:reserver|restreindre|limiter)\b"
    r"|^not for (?:the )?\w+(?: \w+)? only$|^(?:\w+ ){0,2}(?:isn t|is not|n est pas) (?:\w+ )?only$"
    r"|^pas besoin de (?:le |la |les )?garder (?:ca |cela )?(?:pour (?:vous|toi)|secret)$"
    r"|^(?:confidenti\w*|interne?|internal|restricted|prive|private|sensible|sensitive|secret)"
    r"(?: \?)? (?:non|no|nope)$"
    r"|^(?:nda|embargo|confidentialite|restrictions?) (?:leve\w*|lifted|removed|termine\w*|over"
    r"|ended)$"
)
# A former marking said to be gone: "Ancien bandeau « Usage interne » supprimé", "Previously
# marked "Internal draft"", "~~Usage interne~~".
_STRUCK = re.compile(r"~~[^~]{1,80}~~")  # struck through in Markdown
_FORMER = re.compile(
    r"^(?:(?:maj|m a j|mise a jour|update|edit|rectif)(?: \w+){0,3} : )?"
    r"(?:(?:l )?(?:ancien|ancienne|old|former|previous|initial)"
    r" (?:marquage|bandeau|banniere|mention|label|marking|banner|classification|tag)"
    r"(?: \(?v?\d+\)?)?|previously (?:marked|labelled|labeled|classified)"
    r"|anciennement|initialement|auparavant"
    r"|(?:mention|marquage|statut|status|label|classification)(?: mise a jour| updated)? : (?:etait"
    r"|was))(?!\w)"
)


def _split(text: str) -> list[str]:
    return [c.strip(" ,") for c in _BREAKS.split(text) if c.strip(" ,")]


_BREAKS = re.compile(r"\s*(?:[,:;.!?()·|\[\]«»\"“”]|\s[—–-]\s|→|->)\s*")
# A former marking's name in quotes, and a word that it is gone: "« Usage interne »
# supprimé", ""Internal draft" (lifted)".
_QUOTED = re.compile(
    r"^\s*:?\s*(?:«[^»]{1,60}»|\"[^\"]{1,60}\"|“[^”]{1,60}”|(?<=:)\s*\w+(?: \w+){0,3}\s*(?=[.→])"
    r"|(?<!:)\s*\w+(?: \w+){0,3}\s*(?=→|->))\s*(?:[(,.]\s*|→\s*|->\s*)?"
    r"(?:(?:a ete |has been |is |est |sont )?(?:supprimee?s?|retiree?s?|levee?s?|removed|lifted"
    r"|dropped|obsolete|caduque?s?)\b|ne s applique plus\b|no longer applies\b)?\s*\)?"
)


_REMOVED = re.compile(
    r"^(?:la |le |l |the )?(?:mention|bandeau|banniere|marquage|label|marking|banner|tag)\s*:?\s*"
    r"(?:«[^»]{1,60}»|\"[^\"]{1,60}\"|“[^”]{1,60}”)\s*(?:a ete |has been |was |is )?"
    r"(?:supprimee?|retiree?|levee?|removed|lifted|dropped)\b[^:;—–]{0,40}?(?:[:;]|\s[—–-]\s|$)"
)


def _without_former(folded: str) -> tuple[bool, str]:
    """Whether `folded` begins with a former marking, and the line after it."""
    if (removed := _REMOVED.match(folded)) is not None:
        return True, folded[removed.end() :].lstrip(" ,;.:-—–")
    found = _FORMER.match(folded)
    if found is None:
        return False, folded
    rest = folded[found.end() :]
    quoted = _QUOTED.match(rest)
    if quoted is None or not quoted.group(0).strip():
        return False, folded
    return True, rest[quoted.end() :].lstrip(" ,;.:-—–")


def former_only(raw: str) -> bool:
    """`raw` is only a former marking: "Ancien marquage (v1) : « Interne – ne pas diffuser »"."""
    former, rest = _without_former(_folded(raw))
    return former and not rest.strip(" ,;.-—–")


def denied_then_open(raw: str, named: str) -> bool:
    """`raw` begins with a restriction it denies or a former marking, and the rest of the
    line (`named`: with the client's names said) gives all of them as readers."""
    text = re.sub(r"\s*\?\s*(?=(?:non|no|nope)\b)", " ", _folded(named))
    struck = _STRUCK.search(named) is not None
    if struck:
        text = _folded(_STRUCK.sub(" ", named))
    former, text = _without_former(text)
    if struck or former:
        return all_of_them(text) or whole_program(text)
    clauses = _split(text)
    if len(clauses) < 2 or not _DENIED.match(clauses[0]):
        return False
    rest = clauses[1:]
    if any(_blocked(c) for c in rest):
        return False
    return any(clause_opens(c) for c in rest) or whole_program(" ; ".join(rest))

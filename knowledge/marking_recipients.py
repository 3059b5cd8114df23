"""Recipients a line names, read as the document's readers (`marking_holds.reread` applies
these rules to each line, with the client's names for its ambassadors read as
"ambassadeurs"). Each only restricts:

- `kept_from_ambassadors`: the ambassadors kept out ("pas aux ambassadeurs", "on ne montre
  pas ça aux ambassadeurs", "not for the ambassadors' channel"): internal;
- `for_one_reader`: a document for one person or for "X and me" ("à toi seule", "just for
  you", "que pour Léo et moi"): internal for "you" (perhaps an ambassador), confidential
  for the writer and one named colleague;
- `named_recipients`: a mail or a note to people named one by one, given as ambassadors
  ("To: Ana Lima; Tom Berg (ambassadors)", "À l'attention de Léa M. et de Jo P.
  (ambassadeurs)"): internal, since the bot cannot tell those ambassadors from the others
  ("envoi personnel" alone was tried: it also marks unmarked letters);
- `shared_with_group`: a sharing setting naming a staff group ("Paramètres de partage :
  Équipe Ventes (tous les salariés)"): that group's level.
"""

from __future__ import annotations

import re

from knowledge.marking_groups import CONFIDENTIAL, INTERNAL, group_level
from knowledge.marking_sentences import clean_line
from knowledge.text import fold

_AMB = r"(?:ambassadeurs|ambassadrices|ambassadors|ambassadeur|ambassadrice|ambassador)"
_TO_THEM = (
    r"(?:aux|a nos|pour les|pour nos|for the|for our|to the|to our|with the|with our|avec les"
    r"|dans celui des|dans le canal des|dans le groupe des|in the)"
)
_KEPT_FROM = re.compile(
    rf"(?<!hesitez )(?<!hesite )\b(?:pas|not|never|jamais) (?:(?:ca|ceci|cela|ce doc|this|it) )?"
    rf"{_TO_THEM} {_AMB}\b"
    rf"|\b(?:montre|montrez|montrer|envoie|envoyez|partage|partagez|transmets|transmettez|dis)"
    rf" pas (?:ca |ceci |le |la |les )?{_TO_THEM} {_AMB}\b"
    rf"|\b(?:don t|do not|never) (?:show|send|share|forward) (?:this |it )?to (?:the |our )?{_AMB}"
)


def kept_from_ambassadors(text: str) -> str | None:
    """`text` (cleaned, names said) keeps the ambassadors out."""
    return INTERNAL if _KEPT_FROM.search(text) else None


# "à toi seule" (one reader); "just for you" or "rien que pour toi" is an offer's wording.
_YOU_ALONE = re.compile(r"\b(?:a toi seule?|pour toi seule?|for your eyes only)\b")
_NAME_AND_ME = re.compile(
    r"\b(?:que|seulement|uniquement|only|just) (?:pour|for) [A-ZÀ-Ý][\w'’-]+"
    r" (?:et|and) (?:moi|me)\b"
)


def for_one_reader(raw: str) -> str | None:
    if _NAME_AND_ME.search(raw):
        return CONFIDENTIAL
    return INTERNAL if _YOU_ALONE.search(clean_line(raw)) else None


_PERSON = (
    r"(?:(?:M\.|Mme|Mlle|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+[A-ZÀ-Ý][\w'’-]+"
    r"|[A-ZÀ-Ý][\w'’-]+\s+(?:[A-ZÀ-Ý]\.|[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?))"
)
_PEOPLE = rf"{_PERSON}(?:\s*(?:[,;&]|\bet(?: de)?\b|\band\b)\s*{_PERSON})*"
_ADDRESS_HEAD = (
    r"^\W*(?i:[àa]|to|pour|for|envoy[ée]e?s? [àa]|sent to|destinataires?|recipients?)"
    r"(?:\s*:\s*|\s+)|^\W*(?i:[àa] l['’]attention (?:de|des))\s+"
)
_AS_AMBASSADORS = re.compile(rf"(?:{_ADDRESS_HEAD}){_PEOPLE}\s*\((?P<group>[^)]{{1,60}})\)")


def named_recipients(named: str) -> str | None:
    """`named`: a line with the client's names said as "ambassadeurs"."""
    found = _AS_AMBASSADORS.search(named)
    return INTERNAL if found and re.search(_AMB, fold(found.group("group"))) else None


_SHARING = re.compile(
    r"^\W*(?:param[eè]tres de partage|partag[ée] avec|sharing settings?|shared with|partage)"
    r"\s*:\s*(?P<value>.+)$",
    re.IGNORECASE,
)


def shared_with_group(raw: str) -> str | None:
    if (found := _SHARING.match(raw)) is None:
        return None
    return group_level(clean_line(found.group("value")), restrictive_only=True)


def recipient_levels(raw: str, named: str) -> list[str]:
    """The levels these rules read in one line (`named`: with the client's names said)."""
    text = clean_line(named)
    found = (
        kept_from_ambassadors(text),
        for_one_reader(raw),
        named_recipients(named),
        shared_with_group(raw),
    )
    return [level for level in found if level is not None]

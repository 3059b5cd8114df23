"""A readership said in a European colleague's language, read as the French words for it.

A French or Swiss company's German, Italian, Spanish, Portuguese and Dutch colleagues mark
a document for some readers in their own language: « Solo per il gruppo Italia », « Sólo
para el grupo Iberia », « Só para o grupo Portugal », « Nur für die DACH-Gruppe », « Alleen
voor het Benelux-team ». The "only for" that opens such a mark (with the article after it)
is read as « Réservé à », so every French rule reads the audience that follows: a part of
the ambassadors or the staff (internal), leadership, or all the ambassadors.

The lead is read where a mark stands: at the line's start or after a banner's separator
(« Compte rendu — solo per il gruppo Italia »); "sólo para" in the middle of a sentence is
prose. Levels said in one word (« Vertraulich », « Uso interno », « Alleen intern ») are
the strong phrases of `marking_settings.FOREIGN_STRONG`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# "only for" / "reserved for", each language's forms, then an article of that language.
_LEADS = (
    # Italian
    r"(?:solo|soltanto|solamente|unicamente|esclusivamente)\s+per",
    # Spanish
    r"(?:s[óo]lo|solamente|[úu]nicamente|exclusivamente)\s+para",
    r"reservad[oa]s?\s+(?:para|al?)",
    # Portuguese
    r"(?:s[óo]|somente|apenas)\s+para",
    r"reservad[oa]s?\s+(?:aos?|às?)",
    r"restrit[oa]s?\s+(?:aos?|às?)",
    # German
    r"(?:nur|ausschlie(?:ß|ss)lich)\s+f(?:ü|ue|u)r",
    # Dutch
    r"(?:alleen|uitsluitend|enkel|slechts)\s+voor",
)
_ARTICLES = r"(?:il|lo|la|l['’]|i|gli|le|el|los|las|o|a|os|as|den|die|der|das|dem|de|het)\s+"
_SEPARATOR = r"(?:^|[—–|:(\[]|\s-\s)"
_FOREIGN_LEAD = re.compile(
    rf"(?P<before>{_SEPARATOR}[\s*_>#]*)(?:{'|'.join(_LEADS)})\b\s*(?:{_ARTICLES})?",
    re.IGNORECASE,
)


# "for all the ambassadors", said with the same word in the neighbouring languages: « Für
# alle Botschafter », « Per tutti gli ambasciatori », « Para todos los embajadores », « Voor
# alle ambassadeurs »; read only with the ambassadors' own word after it (« Für alle
# Mitarbeiter » is the staff).
_FOR_ALL = (
    r"(?:f(?:ü|ue|u)r|an)\s+alle|voor\s+alle|per\s+tutt[ie](?:\s+(?:gli|i|le))?"
    r"|para\s+tod[oa]s(?:\s+(?:os|as|los|las))?"
)
_AMBASSADORS = (
    r"ambasciator[ie]|ambasciatrici|embajador(?:es|as)|embaixador(?:es|as)"
    r"|botschafter(?:[·*:_/]?innen)?|ambassadeurs|ambassadrices"
)
_FOREIGN_ALL = re.compile(
    rf"(?P<before>{_SEPARATOR}[\s*_>#]*)(?:{_FOR_ALL})\s+(?:{_AMBASSADORS})\b",
    re.IGNORECASE,
)


def in_french(lines: Sequence[str]) -> list[str]:
    """`lines` with a foreign "only for" opening a mark read as « Réservé à », and a
    foreign "for all the ambassadors" as « Pour tous les ambassadeurs »."""
    return [_FOREIGN_ALL.sub(_for_all, _FOREIGN_LEAD.sub(_reserved, line)) for line in lines]


def _for_all(match: re.Match[str]) -> str:
    return f"{match['before']}Pour tous les ambassadeurs"


def _reserved(match: re.Match[str]) -> str:
    return f"{match['before']}Réservé à "

"""A count of one, said with the article: "une récompense par mois", "un seul compte".

"Combien de récompenses par mois ?" is answered by « Une récompense par mois et par
passeur », but "un"/"une" is an article far more often than a number, so the number
words leave it out (`knowledge.answerability.NUMBER_WORDS` through stopwords, and
`knowledge.quote_kind`). It is a count when a rate or "only" says so: "une X par mois",
"un seul", "one per person", "only one", "a single".
"""

from __future__ import annotations

import re

from knowledge.text import fold

# "une récompense par mois", "un avantage par personne et par visite", "one reward per
# month", "one per household"; "un seul", "une seule fois", "only one", "a single".
# What a rate is counted per: a span of time, a person, a visit or an order ("par
# courriel" is a means, not a rate).
_PER = (
    r"(?:jours?|semaines?|mois|ans?|annees?|trimestres?|semestres?|saisons?|heures?"
    r"|personnes?|passeurs?|membres?|adherents?|ambassadeurs?|participants?|foyers?|familles?"
    r"|visites?|commandes?|comptes?|clients?|evenements?|seances?|sessions?"
    r"|days?|weeks?|months?|years?|quarters?|seasons?|hours?|persons?|people|members?"
    r"|households?|visits?|orders?|accounts?|customers?|events?|sessions?|ambassadors?)\b"
)
_ONE = re.compile(
    rf"\b(?:un|une)\s+(?:seule?\b|(?:[\w'-]+\s+){{0,2}}par\s+(?:an\s+|la\s+|le\s+)?{_PER})"
    rf"|\bone\s+(?:[\w'-]+\s+){{0,2}}(?:per|a|each)\s+{_PER}"
    r"|\b(?:only|just)\s+one\b|\ba single\b",
)


def says_one(text: str) -> bool:
    """Whether `text` gives a count of one ("une récompense par mois", "only one")."""
    return bool(_ONE.search(fold(text)))

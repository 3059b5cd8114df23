"""A flyer, a poster or a post its author asks to spread everywhere: public.

Everyday material made to be handed out says so in a clause of its own, often in a longer
line: "Flyer à distribuer partout (lycées, fac, salle de sport)", "À glisser dans tous les
kits + à partager largement", "Print it, post it, share it everywhere." The clause must
end where the spreading does: "à partager largement avec l'équipe" names its readers and
opens nothing.
"""

from __future__ import annotations

import re

from knowledge.text import fold_spaced

_SPREAD = (
    r"(?:distribuer|partager|diffuser|afficher|imprimer|relayer|faire circuler|coller"
    r"|share|post|print|distribute|hand out|spread|pin up|put up)"
)
_WIDELY = (
    r"(?:partout|largement|sans moderation|a tout le monde|autour de vous|everywhere|widely"
    r"|far and wide|with everyone|with anyone)"
)
# "(flyer) à distribuer partout", "share it everywhere", "à partager largement".
_CLAUSE = re.compile(
    rf"(?:^|[+,;.!?(—–-]\s*|\bet\s+|\band\s+)(?:\w+\s+)?(?:a\s+|to\s+)?{_SPREAD}"
    rf"(?:\s+(?:it|them|le|la|les|l))?\s+{_WIDELY}\s*(?P<after>.*)$"
)
# What may follow: nothing, a list of places in brackets, an emoji, another instruction.
_AFTER = re.compile(r"^(?:$|[(!.…+,;🙂😉🙏📣]|\W*$)")
# Who it is spread among: then the clause names readers, not everyone.
_AMONG = re.compile(
    r"\b(?:avec|aupres|entre|au sein|parmi|en interne|with the|among|within|internally)\b"
)

_NEGATION = re.compile(r"\b(?:ne|n|pas|not|never|jamais|dont|don t|no|sans)\b(?! moderation)")


def spread_widely(line: str) -> bool:
    """`line` asks its readers to spread the document itself everywhere."""
    text = fold_spaced(line)
    if _NEGATION.search(text):
        return False  # "ne pas partager largement", "don't share it everywhere yet"
    found = _CLAUSE.search(text)
    return (
        found is not None
        and _AFTER.match(found["after"]) is not None
        and not (_AMONG.search(found["after"]))
    )

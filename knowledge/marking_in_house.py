"""Staff saying, in a chat or a note, that a document stays in-house.

"le doc des quotas c'est interne hein, on l'envoie pas sur le Discord", "les chiffres du
salon restent en interne, pas de capture sur les réseaux svp", "je le mets dans le canal
staff, pas dans celui des bénévoles", "this one stays internal, not for the community
server": internal ("reste interne au programme" keeps it within the community, ambassadors
included: no rule here).

A promise about the reader's things ("vos chiffres restent en interne") says how data is kept,
not who reads the document; a sentence too long for a chat message says nothing here.
"""

from __future__ import annotations

import re

from knowledge.marking_groups import INTERNAL
from knowledge.text import fold_spaced

_STAYS = re.compile(
    r"\b(?:c est (?:de l )?intern\w*|c est pour l interne|(?:reste|restent|rester|stays?|remains?)"
    r" (?:en interne|internes?|internal|in house))\b"
    # "reste interne au programme": kept within the community, ambassadors included.
    r"(?! (?:au|a la|a l|aux|to the|to our|within the) )"
)
# The community's channel kept out of a sending ("Vous n'êtes pas dans le Discord ?" is
# an invitation): "pas dans celui des bénévoles", "on l'envoie pas sur le
# Discord", "not on the community server".
_NOT_THERE = re.compile(
    r"\b(?:envoi\w*|post\w*|partag\w*|met|mets|mettre|share\w*|send\w*|put\w*|diffus\w*)\b"
    r"[^.?!]{0,40}?\b(?:pas|not|never|jamais) (?:dans|sur|on|in|to) (?:celui des|celle des"
    r"|le canal des|le groupe des|le serveur|le discord|la communaute|the community|the discord"
    r"|the server|the ambassadors|le whatsapp des)\b"
)
# A sending to the community's server forbidden: "pas pour le Discord hein", "pls don't
# paste in the Discord yet", "ne pas copier sur le serveur".
_NOT_FOR_SERVER = re.compile(
    r"\b(?:pas|not|never|jamais|ne pas|don t|dont|do not)"
    r"(?: (?:pour|for)| (?:\w+ )?(?:copi\w*|coll\w*|past\w*|post\w*|partag\w*|shar\w*|mett\w*"
    r"|relay\w*|transf\w*|forward\w*|send\w*|envoy\w*|diffus\w*)(?: \w+)?"
    r" (?:dans|sur|on|in|into|to))"
    r" (?:le |la |the |our |notre )?(?:discord|serveur discord|community server)\b"
)
# A chat message kept where it was posted: "keep it in here", "garde-le ici".
_KEEP_HERE = re.compile(
    r"\b(?:keep|gardez?|garde)(?: (?:it|this|that|ca|le|la|les))?(?: in)?"
    r" (?:here|ici|this channel|ce canal|ce salon|the channel|le canal)\b"
)
# The reader's own things ("vos chiffres restent en interne"): a promise to the reader.
_DATA = re.compile(r"\b(?:vos|votre|your|tes|ton|ta|donnees personnelles|personal data)\b")
CHAT_WORDS = 30


def in_house_level(raw: str) -> str | None:
    """Internal when `raw` says the document stays among the staff."""
    text = fold_spaced(raw)
    if len(text.split()) > CHAT_WORDS or _DATA.search(text):
        return None
    return (
        INTERNAL
        if _STAYS.search(text)
        or _NOT_THERE.search(text)
        or _NOT_FOR_SERVER.search(text)
        or _KEEP_HERE.search(text)
        else None
    )

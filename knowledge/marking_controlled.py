"""Documents whose distribution is controlled without a level being named.

People keep a document to its readers in ways that name no audience: an agreement covers
it ("Covered by our mutual NDA", « Couvert par l'accord de confidentialité signé avec … »),
it is the company's property ("Proprietary information", « Information propriétaire »),
its copies are counted or personal ("Copy 3 of 12", « Exemplaire nominatif n° 4 »,
"Personal copy of J. Martin", « toute copie est interdite »), or it is handed out one
request at a time ("Distribution on a case-by-case basis", « Diffusion au cas par cas »).
Each keeps it from ambassadors: internal (fail closed). A copyright line alone ("© 2027
Lumen – tous droits réservés") says who owns the text, not who may read it, and is not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from knowledge.markers import INTERNAL, Marking
from knowledge.marking_sentences import clean_line

# A line longer than this is prose about the subject, not a banner.
_MAX_WORDS = 18

# Said of the document, at the start of a banner or of one of its parts: "Board discussions
# are covered by an NDA" is about the discussions.
_PARTS = re.compile(r"[.;:|–—•]\s*|\s+-\s+")
_CONTROLLED = re.compile(
    r"^(?:(?:this|the|ce|cette|le|la) (?:document|doc|deck|file|fichier|support|dossier"
    r"|material|contenu|note|rapport|report|presentation) (?:is |est |a ete )?)?(?:"
    # An agreement that covers the document.
    r"(?:covered|protected|bound|governed) by (?:the |our |a |an |your |this )?(?:mutual )?"
    r"(?:nda|non disclosure agreement|confidentiality agreement)"
    r"|(?:couvert|couverte|protege|protegee|soumis|soumise|regi|regie) (?:par|a) "
    r"(?:l |un |une |notre |votre |le |la )?(?:nda|accord de (?:confidentialite|non divulgation)"
    r"|engagement de confidentialite|clause de confidentialite)"
    # The company's property.
    r"|proprietary (?:information|document|material|data|and confidential)"
    r"|(?:information|informations|document|contenu) proprietaires?"
    # Counted or personal copies.
    r"|copy (?:no |number |n )?\d+ of \d+|exemplaire (?:n |no |numero )?\d+ ?(?:sur )?\d*"
    r"|personal copy (?:of|for)|exemplaire (?:nominatif|personnel)|copie (?:nominative|personnelle)"
    r"|toute (?:copie|reproduction) (?:est )?interdite|copying (?:is )?(?:prohibited|forbidden)"
    r"|no copies"
    # Handed out one request at a time.
    r"|(?:distribution|diffusion|communication|partage|sharing) (?:au |on a )?"
    r"(?:cas par cas|case by case(?: basis)?)"
    r")\b"
)


def controlled_marking(lines: Iterable[str]) -> Marking | None:
    """Internal when one of the head's short lines controls who gets the document."""
    for line in lines:
        if len(line.split()) > _MAX_WORDS:
            continue
        if any(_CONTROLLED.search(clean_line(part)) for part in _PARTS.split(line)):
            return Marking(INTERNAL, line.strip())
    return None

"""A public claim answered "no" or "not yet" in the same line is no public marking.

Form-like heads write the question and its answer on one line: "Document public : non",
"Diffusion publique ? Pas encore", "Document public — pas avant le 12 mai", "Doc public
(après validation)". The claim's words read public; the answer after a separator withholds
it, so the document stays with the staff until a person says otherwise (fail closed). So
does a condition the claim waits on, with or without a separator: "Diffusion libre à partir
du 3 mai", "Free distribution after the launch" (an embargo: not yet).
"""

from __future__ import annotations

import re

from knowledge.marking_sentences import clean_line
from knowledge.marking_words import NEGATED, fix_typos

_SEPARATOR = re.compile(r"\s*(?:[:?!(\[—–]|\s-{1,2}\s|\.{3}|…)\s*")
# "non" / "no" as the whole answer, or before a word of restriction ("non, interne"); not "no
# login needed" nor "non confidentiel"
_BARE_NO = re.compile(
    r"^(?:non|no|nope|false|pas du tout|not at all)"
    r"(?:$| (?:interne?s?|internal|confidenti\w*|staff|equipe|team|usage interne)\b)"
)
_NOT_YET = re.compile(
    r"^(?:pas encore|not yet|pas avant|not before|pas tout de suite|a partir d\w*|from \d"
    r"|apres (?:validation|relecture|accord|approbation|publication|le \d)|after (?:approval"
    r"|validation|review|sign[- ]?off|the \d)|une fois (?:valide|relu|approuve|publie)\w*"
    r"|once (?:approved|validated|signed)|en attente|pending|bientot|soon|prochainement"
    r"|a valider|to be (?:validated|approved|confirmed)|tbd|tbc|a confirmer)\b"
)


# A date or an event the claim waits on, anywhere after its first word.
_WAITS_ON = re.compile(
    r"\s(?:a partir du? (?:\d|lancement|la sortie|la validation|la publication)"
    r"|(?:apres|des) (?:le |la |l )?(?:lancement|sortie|validation|relecture|accord|approbation"
    r"|publication|\d)|after (?:the )?(?:launch|release|approval|validation|review"
    r"|sign[- ]?off|\d)|(?:from|starting) (?:the )?\d|pas avant|not before|not until"
    r"|until (?:the )?(?:launch|release|\d))"
)


def withheld_claim(line: str) -> bool:
    """`line` answers its own public claim with "no" or "not yet" after a separator, or
    makes it wait on a date or an event."""
    fields = _SEPARATOR.split(line)
    for field in fields[1:]:
        answer = " ".join(NEGATED.sub(" ", fix_typos(clean_line(field))).split())
        if answer and (_BARE_NO.match(answer) or _NOT_YET.match(answer)):
            return True
    return _WAITS_ON.search(" ".join(fix_typos(clean_line(line)).split())) is not None

"""The words people mark documents with: labels, level names, banners (see `markers`).

Every entry is accent-folded and casefolded, words separated by one space, as
`marking_sentences.clean_line` leaves a line. Banners are typed in a hurry: a one-letter slip in
`Confidentiel` or `Internal` is read as the word meant (`fix_typos`), letters spaced out
for show are joined.
"""

from __future__ import annotations

import re

from knowledge.line_cache import per_line
from knowledge.marking_groups import CONFIDENTIAL, INTERNAL, PUBLIC
from knowledge.marking_lexicon import MORE_STRONG, MORE_WHOLE_LINE

LABELS = (
    "classification",
    "classif",
    "security classification",
    "niveau de classification",
    "sensitivity",
    "sensitivity label",
    "sensibilite",
    "niveau de sensibilite",
    "confidentialite",
    "niveau de confidentialite",
    "diffusion",
    "niveau de diffusion",
    "distribution",
    "visibility",
    "visibilite",
    "marquage",
    "marking",
    "acces",
    "access",
    "label",
    "etiquette",
    "classement",
    "niveau",
    "statut",
    "status",
    "categorie",
    "category",
    "protection",
    "niveau de protection",
    "data classification",
    "information classification",
    "document classification",
    "usage",
)


def _listed(words: str) -> tuple[str, ...]:
    """The comma-separated entries of `words`, stripped."""
    return tuple(word.strip() for word in words.split(","))


# Kinds of document a banner names with its level ("Brouillon interne", "Internal draft"),
# forms and working tools the staff fill in or follow among them.
_FRENCH_KINDS = _listed(
    """document de travail, version de travail, brouillon, rapport, compte rendu,
    note de travail, notes, presentation, synthese, procedure, proces verbal, mode operatoire,
    formulaire, questionnaire, modele, checklist, trame, feuille de route"""
)
_ENGLISH_KINDS = _listed(
    """draft, working draft, working document, report, working doc, working paper,
    working notes, notes, briefing, deck, presentation, minutes, memorandum, playbook, handbook,
    wiki, faq, form, checklist, template, questionnaire, survey, guidelines, procedure, process,
    roadmap"""
)

# Phrases that mark a document wherever they stand in a short line.
STRONG: dict[str, str] = {
    "confidentiel": CONFIDENTIAL,
    "confidentielle": CONFIDENTIAL,
    "confidentiels": CONFIDENTIAL,
    "confidentielles": CONFIDENTIAL,
    "confidential": CONFIDENTIAL,
    "top secret": CONFIDENTIAL,
    "secret defense": CONFIDENTIAL,
    "secret des affaires": CONFIDENTIAL,
    "sous embargo": CONFIDENTIAL,
    "under embargo": CONFIDENTIAL,
    "embargo": CONFIDENTIAL,
    "embargoed": CONFIDENTIAL,
    "sous nda": CONFIDENTIAL,
    "under nda": CONFIDENTIAL,
    "covered by nda": CONFIDENTIAL,
    "usage interne": INTERNAL,
    "diffusion interne": INTERNAL,
    "diffusion restreinte": INTERNAL,
    "diffusion limitee": INTERNAL,
    "interne uniquement": INTERNAL,
    "note interne": INTERNAL,
    "document interne": INTERNAL,
    "fiche interne": INTERNAL,
    "fichier interne": INTERNAL,
    "export interne": INTERNAL,
    "internal file": INTERNAL,
    "internal export": INTERNAL,
    "guide interne": INTERNAL,
    "memo interne": INTERNAL,
    "internal only": INTERNAL,
    "internal use": INTERNAL,
    "internal document": INTERNAL,
    "internal memo": INTERNAL,
    "restricted distribution": INTERNAL,
    "limited distribution": INTERNAL,
    "ne pas diffuser": INTERNAL,
    "ne pas divulguer": INTERNAL,
    "ne pas transmettre": INTERNAL,
    "ne pas partager": INTERNAL,
    "ne pas publier": INTERNAL,
    "ne pas communiquer": INTERNAL,
    # a document withdrawn: « Document obsolète — ne plus diffuser »
    "ne plus diffuser": INTERNAL,
    "ne plus partager": INTERNAL,
    "ne plus transmettre": INTERNAL,
    "do not distribute": INTERNAL,
    "do not share": INTERNAL,
    "do not forward": INTERNAL,
    "do not publish": INTERNAL,
    "not for distribution": INTERNAL,
    "not for publication": INTERNAL,
    "ne pas faire suivre": INTERNAL,
    "ne pas faire circuler": INTERNAL,
    "ne pas transferer": INTERNAL,
    "ne pas sortir": INTERNAL,
    "ne pas reproduire": INTERNAL,
    "do not circulate": INTERNAL,
    "do not disclose": INTERNAL,
    "not for circulation": INTERNAL,
    "not for external": INTERNAL,
    "not to be shared": INTERNAL,
    "not to be distributed": INTERNAL,
    "not to be forwarded": INTERNAL,
    "keep internal": INTERNAL,
    "en interne uniquement": INTERNAL,
    "uniquement en interne": INTERNAL,
    "a diffuser en interne": INTERNAL,
    "diffusion en interne": INTERNAL,
    "a usage interne": INTERNAL,
    "for internal": INTERNAL,
    "internal purposes": INTERNAL,
    "acces reserve": INTERNAL,
    "acces restreint": INTERNAL,
    "restricted access": INTERNAL,
    "ne pas copier": INTERNAL,
    "do not copy": INTERNAL,
    "information interne": INTERNAL,
    "informations internes": INTERNAL,
    "info interne": INTERNAL,
    "hors diffusion": INTERNAL,
    "non diffusable": INTERNAL,
    "usage restreint": INTERNAL,
    "restricted use": INTERNAL,
    "diffusion controlee": INTERNAL,
    "controlled distribution": INTERNAL,
    "document reserve": INTERNAL,
    "acces limite": INTERNAL,
    "limited access": INTERNAL,
    "circulation restreinte": INTERNAL,
    "circulation limitee": INTERNAL,
    "company internal": INTERNAL,
    "internal distribution": INTERNAL,
    "strictement personnel": CONFIDENTIAL,
    "strictly personal": CONFIDENTIAL,
    "strictement prive": CONFIDENTIAL,
    "strictly private": CONFIDENTIAL,
    "need to know": CONFIDENTIAL,
    "besoin d en connaitre": CONFIDENTIAL,
    "version interne": INTERNAL,
    "internal version": INTERNAL,
    "int seulement": INTERNAL,
    "interne seulement": INTERNAL,
    "usage int": INTERNAL,
    "prive a l organisation": INTERNAL,
    "private to the organisation": INTERNAL,
    "private to the organization": INTERNAL,
    "workspace members only": INTERNAL,
    "membres de l espace uniquement": INTERNAL,
    # A short line saying what it is: "pas sur le Discord svp, c'est interne".
    "c est interne": INTERNAL,
    "c est confidentiel": CONFIDENTIAL,
    "it s internal": INTERNAL,
    "it s confidential": CONFIDENTIAL,
    "this is internal": INTERNAL,
    "this is confidential": CONFIDENTIAL,
    "intranet uniquement": INTERNAL,
    "intranet only": INTERNAL,
    "publie sur l intranet": INTERNAL,
    "diffuse sur l intranet": INTERNAL,
    "published on the intranet": INTERNAL,
    "posted on the intranet": INTERNAL,
    # A kind of document said internal: "Document de travail interne", "Internal draft".
    **{f"{kind} interne": INTERNAL for kind in _FRENCH_KINDS},
    **{f"{kind} internes": INTERNAL for kind in _FRENCH_KINDS},
    **{f"internal {kind}": INTERNAL for kind in _ENGLISH_KINDS},
    **MORE_STRONG,
}
# Words that mark a document when a line starts with them (restrictive only).
LEADING: dict[str, str] = {
    "secret": CONFIDENTIAL,
    "interne": INTERNAL,
    "internal": INTERNAL,
    "restreint": INTERNAL,
    "restreinte": INTERNAL,
    "restricted": INTERNAL,
    "prive": INTERNAL,
    "private": INTERNAL,
    "proprietary": INTERNAL,
    "intranet": INTERNAL,
    "sensitive": INTERNAL,
    "sensible": INTERNAL,
    "classified": CONFIDENTIAL,
    "confi": CONFIDENTIAL,
    "privileged": CONFIDENTIAL,
    "nda": INTERNAL,  # "Groupe pilote — NDA": kept among those who signed it
}
# A line that is nothing else than one of these (or a labelled line's value).
WHOLE_LINE: dict[str, str] = {
    **STRONG,
    **LEADING,
    "non public": INTERNAL,
    "non publique": INTERNAL,
    "not public": INTERNAL,
    "public": PUBLIC,
    "publique": PUBLIC,
    "publics": PUBLIC,
    "document public": PUBLIC,
    "public document": PUBLIC,
    "diffusion publique": PUBLIC,
    "diffusion libre": PUBLIC,
    "libre diffusion": PUBLIC,
    "libre": PUBLIC,
    "tout public": PUBLIC,
    "tous publics": PUBLIC,
    "diffusable": PUBLIC,
    "partageable": PUBLIC,
    "shareable": PUBLIC,
    "sharable": PUBLIC,
    "grand public": PUBLIC,
    "a diffuser": PUBLIC,
    "externe": PUBLIC,
    "external": PUBLIC,
    "a partager": PUBLIC,
    "a relayer": PUBLIC,
    "sans restriction": PUBLIC,
    "aucune restriction": PUBLIC,
    "no restriction": PUBLIC,
    "no restrictions": PUBLIC,
    **MORE_WHOLE_LINE,
}
# A labelled line's value may also be a word that means little on its own.
VALUES: dict[str, str] = {
    **WHOLE_LINE,
    "reserve": INTERNAL,
    "reservee": INTERNAL,
    "limitee": INTERNAL,
    "libre": PUBLIC,
    "ouvert": PUBLIC,
    "ouverte": PUBLIC,
    "unrestricted": PUBLIC,
    "externe": PUBLIC,
    "external": PUBLIC,
    "large": PUBLIC,
    "generale": PUBLIC,
    "autorisee": PUBLIC,
    "autorise": PUBLIC,
    "allowed": PUBLIC,
    "approved": PUBLIC,
    "illimitee": PUBLIC,
    "illimite": PUBLIC,
    "nominative": CONFIDENTIAL,
    "nominatif": CONFIDENTIAL,
    "unlimited": PUBLIC,
    # "Diffusion : interdite", "Distribution: prohibited": none outside.
    **dict.fromkeys(("interdite", "interdit", "prohibited", "forbidden"), INTERNAL),
}
# The first words of a labelled value say the level; later ones are commentary.
VALUE_WORDS = 6
# "Not confidential" says what a document is not, not what it is: no marking.
NEGATED = re.compile(
    r"\b(?:non|not|pas|aucune?|no|un|nicht)[ -]?(?:confidenti\w*|classifi\w*|secret"
    r"|riservat\w*|vertraulich\w*)\b"
)
YES_NO_LABELS = ("confidentiel", "confidentielle", "confidential")

# A label built on one of these words is a label too: "Confidentiality level", "Type de
# diffusion", "Niveau d'accès", "Data sensitivity".
_CORE_LABEL_WORDS = frozenset(
    (
        "classification",
        "sensibilite",
        "sensitivity",
        "confidentialite",
        "confidentiality",
        "diffusion",
        "distribution",
        "visibilite",
        "visibility",
        "acces",
        "access",
        "marquage",
        "marking",
        "publication",
    )
)
LABEL_WORDS = 3


def is_label(label: str) -> bool:
    words = label.split()
    if label in LABELS:
        return True
    return 0 < len(words) <= LABEL_WORDS and bool({words[0], words[-1]} & _CORE_LABEL_WORDS)


# Words a banner's typo is read back to. Long ones take any one slip; short ones only a
# missing, doubled or swapped letter ("Interal"), since one changed letter makes another
# word ("interval", "internat").
_ANY_SLIP = ("confidentiel", "confidentielle", "confidential", "confidentiels", "classification")
_GAP_SLIP = ("internal", "interne", "restricted", "restreint", "embargo", "diffuser")
_SPELT_RIGHT = frozenset(
    ("restreinte", "restreints", "embargos", "internals", "intern", "interns", "internes")
) | {"internen", "internet"}


def _one_slip(word: str, target: str, *, substitute: bool) -> bool:
    if word == target or abs(len(word) - len(target)) > 1:
        return False
    if len(word) == len(target):
        diffs = [i for i, (a, b) in enumerate(zip(word, target, strict=True)) if a != b]
        swapped = (
            len(diffs) == 2
            and diffs[1] == diffs[0] + 1
            and word[diffs[0]] == target[diffs[1]]
            and word[diffs[1]] == target[diffs[0]]
        )
        return swapped or (substitute and len(diffs) == 1)
    short, long = sorted((word, target), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


# A labelled value typed in a hurry names its level all the same: "Usage intern",
# "Clasification : Publiq", "Classif. : publ." (cut short or one letter off; the label
# says a level follows, so a short word is safe to read here and nowhere else).
LEVEL_NAMES: dict[str, str] = {
    "public": PUBLIC,
    "publique": PUBLIC,
    "interne": INTERNAL,
    "internal": INTERNAL,
    "confidentiel": CONFIDENTIAL,
    "confidential": CONFIDENTIAL,
    "restreint": INTERNAL,
    "restricted": INTERNAL,
}
SHORTEST_CUT = 4
# Words one letter away from a level's name that mean something else ("Statut : publié").
_OTHER_WORDS = frozenset(("publie", "publiee", "publies", "publier", "publish", "interim"))


def approximate_value(value: str) -> str | None:
    """The level a labelled value of one word names when cut short or mistyped."""
    word = value.strip()
    if len(word) < SHORTEST_CUT or " " in word or word in _OTHER_WORDS:
        return None
    for name, level in LEVEL_NAMES.items():
        if name.startswith(word) or _one_slip(word, name, substitute=True):
            return level
    return None


# A chat's "dont" without its apostrophe, before an English verb (French "dont" never is).
_DONT = re.compile(
    r"\b(?:dont|dnt) (?=(?:share|forward|distribute|circulate|publish|post|repost|disclose"
    r"|send|leak|spread)\b)"
)


@per_line
def fix_typos(clean: str) -> str:
    """`clean` with a slipped marking word read as the word meant, a dropped apostrophe
    ("dont share") put back, and letters spaced out for show ("C O N F I D E N T I E L")
    joined."""
    clean = _DONT.sub("don t ", clean)
    if len(clean) > 8 and all(len(word) == 1 for word in clean.split(" ")):
        return clean.replace(" ", "")
    return " ".join(_meant(word) for word in clean.split(" "))


@per_line
def _meant(word: str) -> str:
    if len(word) < 6 or word in _SPELT_RIGHT or word in _ANY_SLIP:
        return word
    return next(
        (t for t in _ANY_SLIP if _one_slip(word, t, substitute=True)),
        next((t for t in _GAP_SLIP if _one_slip(word, t, substitute=False)), word),
    )

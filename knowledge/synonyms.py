"""Query-side synonyms: the everyday words people use for a program's vocabulary.

Members write as they talk ("virer", "colis", "cadeau", "poster") while program documents
use the program's words ("exclusion", "kit", "récompense", "publication"). Each word of a
question also looks for the other words of its group, at a lower weight than the words
it was asked with, for ranking and for the support an answer needs. The groups are
general French and English vocabulary of customer and ambassador programs (membership,
points and rewards, levels, events, social media, rules, personal data, money, time),
not taken from any client's documents or questions. A group lists near-synonyms only:
words that, in a program's documents, name the same thing.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from functools import lru_cache

from knowledge.bilingual import translations
from knowledge.text import content_words, fold_word, other_number_stem, stem

# One group per line, in French; each word's stem meets the stems of the others.
_FRENCH = """
exclure exclusion exclu radier radiation renvoyer renvoi virer viré éjecter bannir bannissement
quitter arrêter départ démissionner démission désinscrire désinscription résilier résiliation
suspendre suspension pause interrompre interruption
adhérer adhésion inscrire inscription rejoindre candidater candidature postuler
récompense cadeau lot goodies gratification
avantage bénéfice privilège
échanger échange convertir dépenser
commander commande
colis paquet kit coffret
livraison livrer expédition expédier envoyer
recevoir réception
gagner rapporter obtenir cumuler accumuler
barème grille
niveau palier statut
parrainage parrainer parrain filleul recommander recommandation coopter cooptation
référent interlocuteur
événement évènement animation manifestation
balade sortie randonnée
atelier formation
salon foire
publication post publier poster
photo photographie visuel cliché
règle consigne règlement
critère condition prérequis exigence
interdit interdiction défendu prohibé
sanction pénalité punition avertissement risquer
signaler signalement dénoncer
réclamation plainte
données infos informations renseignements
supprimer suppression effacer effacement
conserver conservation garder stocker
domicile adresse habiter
partager transmettre divulguer
argent fric thune
payer paie paiement
réduction remise rabais ristourne
promo promotion soldes soldé
rembourser remboursement
gratuit offert gratis
assurance assurer
abîmer endommager casser dommage dégât
délai durée
débuter début démarrer démarrage commencer commencement
valable valide validité expirer expiration périmer
travailler travail boulot bosser job emploi taf
entreprise société
vélo bécane bicyclette
perso personnel
appli application
mail courriel email
maximum max plafond limite
problème souci pépin galère
aider aide soutien accompagnement accompagner
annuler annulation décommander
absent absence empêchement empêché
avis témoignage
remboursé dédommagé indemnisé
objectif cible but viser
risque danger menace vigilance
budget enveloppe
repas déjeuner dîner
copil comité
ami amie copain copine
enfant gamin gamine gosse môme
conjoint conjointe époux épouse
idée suggestion proposition
accepter accepté retenu retenue approuver approuvé
recueillir récolter collecter
newsletter infolettre
billet ticket
"""

# The same for English documents.
_ENGLISH = """
benefit perk advantage
reward gift prize
quit leave exit withdraw
join enrol enroll register signup
ban exclude expel exclusion expulsion
suspend suspension pause
post publication
event meetup
refund reimburse reimbursement
delete erase remove
keep retain store
fee cost price charge
bike bicycle
ride trip tour outing
damage break broken
rule guideline
goal objective target
level tier
"""

# Names of one kind of thing and the documents' word for the kind, one way only: a rule for
# "les réseaux sociaux" holds for Instagram, a rule for Instagram says nothing of TikTok.
# For ranking only: a passage on social networks does not hold what a question asks about
# Instagram (a points table's "publication sur les réseaux sociaux" is no Instagram rule).
_BROADER = """
instagram facebook tiktok linkedin youtube twitter snapchat pinterest: réseaux sociaux
"""

# A synonym counts less than the word asked: the question's own words decide first.
SYNONYM_WEIGHT = 0.5
KNOWN_SYNONYM_WEIGHT = 0.3


def _stems(word: str, language: str) -> set[str]:
    """A listed word's stems: in French, of both its numbers ("interdit" and "interdits"
    stem apart, and a document may use either)."""
    if language == "english":
        return {stem(fold_word(word), language)}
    return {stem(word, language), other_number_stem(word)}


def _groups(text: str, language: str) -> list[frozenset[str]]:
    return [
        frozenset().union(*(_stems(w, language) for w in line.split()))
        for line in text.strip().splitlines()
    ]


@lru_cache(maxsize=1)
def _table() -> dict[str, frozenset[str]]:
    table: dict[str, frozenset[str]] = {}
    for language, text in (("french", _FRENCH), ("english", _ENGLISH)):
        for group in _groups(text, language):
            for member in group:
                table[member] = table.get(member, frozenset()) | group
    return table


@lru_cache(maxsize=1)
def _broader() -> dict[str, frozenset[str]]:
    table: dict[str, frozenset[str]] = {}
    for line in _BROADER.strip().splitlines():
        names, _, kind = line.partition(":")
        broader = frozenset().union(*(_stems(w, "french") for w in kind.split()))
        for name in names.split():
            table[stem(name, "french")] = broader
    return table


def synonyms_of_stems(stems: frozenset[str] | set[str]) -> frozenset[str]:
    """The stems that share a group with any of `stems`, minus `stems` themselves."""
    table = _table()
    return frozenset().union(*(table.get(s, frozenset()) for s in stems)) - frozenset(stems)


def synonym_stems(word: str) -> frozenset[str]:
    """Stems of the other words of a word's groups (empty when it has none)."""
    return synonyms_of_stems({stem(word, "french"), stem(word, "english")})


def known_word(word: str) -> bool:
    """A word one of the groups lists (so spelling leaves it alone)."""
    table = _table()
    french = stem(word, "french")
    return french in table or french in _broader() or stem(word, "english") in table


def synonym_weights(
    question: str, asked: Collection[str], corpus_has: Callable[[str], bool], english: bool
) -> dict[str, float]:
    """Extra query terms and their weights: the synonyms of each word of the question.

    A word the documents never use is probably someone's own word for one they do: its
    synonyms weigh `SYNONYM_WEIGHT`. A word the documents use already finds its passages:
    its synonyms only nudge (`KNOWN_SYNONYM_WEIGHT`), or "palier" would rank every
    passage about levels above the one that says "palier".
    """
    found: dict[str, float] = {}
    for word in content_words(question):
        own = {stem(word, "french"), stem(word, "english")}
        if english:
            own |= set(translations(word))
        weight = KNOWN_SYNONYM_WEIGHT if any(corpus_has(s) for s in own) else SYNONYM_WEIGHT
        broader = frozenset().union(*(_broader().get(s, frozenset()) for s in own))
        for term in synonyms_of_stems(own) | broader:
            if term not in asked:
                found[term] = max(found.get(term, 0.0), weight)
    return found

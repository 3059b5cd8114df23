"""Query-side English→French help: a small, generic lexicon of everyday and program words.

Documents are mostly French while some users ask in English. Each English word of an
English question also looks for its usual French translations, so "members" meets
"membres" and "launch" meets "lancement". The list is general vocabulary (time, money,
events, people, communication, customer programs), not taken from any client's documents.
"""

from __future__ import annotations

from functools import lru_cache

from knowledge.text import content_words, detect_language, fold, stem

# english: French translations, space separated, with their accents (the stemmer needs them)
_LEXICON = """
account: compte
accompany: accompagner
activity: activité
address: adresse
after: après
age: âge
allowed: autorisé permis
ambassador: ambassadeur
animal: animal
annual: annuel
answer: réponse répondre
apply: candidater postuler
application: candidature
ask: demander
badge: badge
before: avant
beer: biere
benefit: avantage
bill: facture
birthday: anniversaire
board: conseil comite
book: réserver livre
booking: réservation
brand: marque
brewery: brasserie
bring: apporter amener
budget: budget
buy: acheter achat
calendar: calendrier
cancel: annuler
card: carte
charter: charte
cheap: moins
child: enfant
choose: choisir
city: ville
close: fermer
closed: fermé
colour: couleur
color: couleur
come: venir
community: communauté
company: entreprise société
condition: condition
contact: contact contacter
contribution: contribution
cost: coût coûter prix
customer: client
date: date
day: jour journee
deadline: délai échéance
delay: délai
delete: supprimer
delivery: livraison
design: dessiner conception
discount: remise reduction
dog: chien
drink: boire boisson
early: avance tôt
email: mail courriel
employee: salarié employé
end: fin
event: événement
every: chaque
expense: frais dépense
fair: salon
fee: frais
feedback: retour avis
find: trouver
first: premier
food: nourriture repas
free: gratuit libre
friend: ami
gift: cadeau
give: donner
goal: objectif
group: groupe
guide: guide
help: aide aider
hour: heure
idea: idée
intake: promotion
invite: inviter
invitation: invitation
join: rejoindre adhérer
keep: garder
kit: kit
last: dernier
launch: lancement lancer
leave: quitter partir
level: niveau
limit: limite
list: liste
long: long duree
lose: perdre
mail: mail courrier
meeting: reunion rencontre
member: membre
membership: adhesion
message: message
minimum: minimum
month: mois
name: nom
need: besoin
new: nouveau nouvelle
newsletter: newsletter
number: nombre numéro
offer: offre offrir
open: ouvrir ouvert
opening: ouverture
order: commande commander
paid: payé
participant: participant
partner: partenaire
pay: payer
people: personnes gens
person: personne
photo: photo
picture: photo image
place: lieu place
point: point
post: publier publication
price: prix tarif
prize: prix
product: produit
program: programme
programme: programme
promote: promouvoir
publish: publier
question: question
rank: rang niveau
reach: atteindre
receive: recevoir
referral: parrainage
refund: rembourser remboursement
register: inscrire inscription
reminder: rappel
remove: retirer supprimer
reply: répondre réponse
review: avis
reward: récompense
right: droit
rule: règle
run: course courir
running: course
sale: vente soldes
schedule: calendrier horaire
season: saison
sell: vendre
send: envoyer
serve: servir
session: session séance
share: partager partage
shop: boutique magasin
social: social réseau
sport: sport
staff: équipe personnel
start: début commencer
stop: arrêter
store: boutique magasin
survey: enquête questionnaire
talk: parler
taste: goûter dégustation
team: équipe
testimonial: temoignage
ticket: billet
time: temps heure fois
train: train
travel: déplacement voyage
trip: déplacement
video: vidéo
visit: visite visiter
vote: vote voter
wait: attendre
website: site
week: semaine
weekend: week-end
welcome: accueillir bienvenue
win: gagner
work: travailler travail
workshop: atelier
write: écrire rédiger
year: an année
yearly: annuel
"""


@lru_cache(maxsize=1)
def _by_stem() -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {}
    for line in _LEXICON.strip().splitlines():
        english, _, french = line.partition(":")
        key = stem(fold(english.strip()), "english")  # "year" and "yearly" share a stem
        known = table.get(key, ())
        table[key] = known + tuple(
            s for s in (stem(word, "french") for word in french.split()) if s not in known
        )
    return table


def french_stems(word: str) -> tuple[str, ...]:
    """French stems of the usual translations of an English word (empty when unknown)."""
    return _by_stem().get(stem(word, "english"), ())


def translated_stems(question: str) -> list[str]:
    """French stems for the words of an English question (nothing for a French one)."""
    if detect_language(question) != "english":
        return []
    seen: dict[str, None] = {}
    for word in content_words(question):
        for french in french_stems(word):
            seen.setdefault(french)
    return list(seen)

"""Kinds of answer a question asks for beyond numbers, dates and names: an e-mail address,
a postal address, a price in money (`knowledge.answerability.expected_kind` reads them
with the others, `has_kind` asks this module whether a passage holds one).

A question about a price wants money in the passage ("40 points" does not say what a
subscription costs); a question that names another unit ("combien de points", "en
milles") is a count, read as a number. A question relayed from someone else ("un client
me demande combien ça coûte, je lui dis quoi ?") asks how to answer, not the value.
Whether something is paid ("le parking est payant ?", "is breakfast free?") is answered by
an amount or by a word of cost or its absence (offered, included, reimbursed, fees): a
passage about the evening that says neither does not answer it.
"""

from __future__ import annotations

import re

from knowledge.text import EMAIL_ADDRESS, fold

EMAIL = "email"
ADDRESS = "address"
PRICE = "price"
# Whether something costs anything: "le parking est payant ?", "is breakfast free?".
PAID = "paid"

# What a price may be besides an amount in euros: nothing to pay.
_FREE_WORDS = frozenset(fold("gratuit gratuite gratuits gratuites free").split())
# Whether one pays may be answered without an amount: offered, included, at one's own
# expense, reimbursed.
_PAID_WORDS = _FREE_WORDS | frozenset(
    fold(
        """
        payant payante payants payantes paye payee payes payees payer frais offert offerte
        offerts offertes offre offrent offrons offrez offrir gratuitement inclus incluse
        inclut compris comprise rembourse remboursee
        rembourses remboursees remboursement charge cout coute coutent tarif tarifs prix
        paid pay pays fee fees charged cost costs costing price prices included covered
        reimbursed refunded
        """
    ).split()
)
_EMAIL = re.compile(EMAIL_ADDRESS)
# Where a place is: a street ("12 rue …", "4, quai …", "10 Baker Street"), a postcode or a
# web address (an "adresse" may be one). An e-mail address alone does not give it: accepted,
# it won one development question and let a passage with any e-mail answer at least three
# unanswerable « adresse de … » questions (stop 50, `bot.bench.structure_sweep`).
_PLACE = re.compile(
    r"\b\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|av\.|boulevard|bd|place|quai|chemin|all[ée]e"
    r"|route|impasse|cours|square|passage)\b|\b\d+\s+\w+(?:\s\w+)?\s+(?:street|road|avenue|lane"
    r"|square|place)\b|\b\d{5}\b|https?://|\bwww\.",
    re.IGNORECASE,
)

CONTACT_AND_PRICE_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        EMAIL,
        re.compile(
            r"\b(?:quel(?:le)? est|c'est quoi) (?:l'|le |la |son |leur |votre )?"
            r"(?:adresse (?:e-?mail|mail|electronique)|e-?mail|mail|courriel)\b"
            r"|\b(?:what|which)(?: is|'s)? (?:the |their |his |her )?e-?mail(?: address)?\b"
        ),
    ),
    (
        ADDRESS,
        re.compile(
            r"\b(?:quelle est|c'est quoi) (?:l'|son |leur |votre )?adresse\b(?! e-?mail| mail)"
            # "à quelle adresse envoyer mon dossier ?" may want an e-mail address.
            r"|\b(?:a )?quelle adresse\b(?![^?]*\b(?:e-?mail|mail|envo|ecri|expedi|poste|courrier))"
            r"|\badresse exacte\b"
            r"|\b(?:what|which)(?: is|'s)? (?:the |their |its )?(?:postal |street )?address\b"
        ),
    ),
    (
        PRICE,
        re.compile(
            r"^(?!.*\b(?:combien de|en|in|how many) (?!euros?\b|eur\b)[a-z]+s\b)"
            r".*(?:\bcombien (?:ca )?coute(?:nt)?\b|\bcoute(?:nt)? combien\b"
            r"|\ble prix\b.*\bcombien\b|\bquel(?:le)? est (?:le )?(?:prix|tarif|cout)\b"
            r"|\bcombien\b.*\ben euros?\b"
            r"|\bcombien\b.*\b(?:payer|paie|paient|payons|payez|facture)\b"
            r"|\b(?:payer|paie|paient|payons|payez|facture)\b.*\bcombien\b"
            r"|\bhow much (?:does|do|is|are|will)\b.*\b(?:cost|charge|pay|pays)\b"
            r"|\bwhat(?: is|'s) the (?:price|cost|fee)\b|\bhow much\b.*\bin euros?\b)"
        ),
    ),
    (
        PAID,
        re.compile(
            # "How much mileage do you pay?" asks an amount (a number), not whether.
            r"^(?!.*\b(?:how much|combien)\b).*(?:\bpayante?s?\b"
            r"|\b(?:est|sont|c'est|c)(?:-(?:il|elle|ils|elles|ce))?\s+(?:\w+\s+)?gratuite?s?\b"
            r"|\b(?:is|are)\b(?:\s+[\w']+){0,4}\s+free\b\s*(?:\?|$|for\b|at\b|to\b|of charge\b)"
            r"|\bdo (?:i|we|you|they) (?:have to |need to )?pay\b|\bis there a fee\b)"
        ),
    ),
)

# "Un client me demande combien ça coûte, je lui dis quoi ?": what to answer someone, a
# rule of conduct, not the value their question asks for.
_RELAYED = re.compile(
    r"\b(?:je (?:lui|leur) (?:dis|reponds) quoi|qu(?:e|'est-ce que je) (?:lui|leur) (?:dire|dis"
    r"|repondre|reponds)|what (?:do|should) i (?:tell|say to|answer))\b"
)


def relayed(question: str) -> bool:
    """A folded question that asks what to answer someone (`_RELAYED`)."""
    return bool(_RELAYED.search(question))


def holds_contact_or_price(
    kind: str | None, text: str, words: set[str], amounts: set[tuple[int, str]]
) -> bool | None:
    """Whether `text` (its folded content `words`, its `amounts`) holds an answer of this
    module's kinds; None for any other kind."""
    if kind == PRICE:
        return any(unit == "euro" for _, unit in amounts) or bool(words & _FREE_WORDS)
    if kind == PAID:
        return bool(amounts) or bool(words & _PAID_WORDS)
    if kind == EMAIL:
        return bool(_EMAIL.search(text))
    if kind == ADDRESS:
        return bool(_PLACE.search(text))
    return None

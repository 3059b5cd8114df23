"""Reading "j'ai fait un témoignage vidéo hier" offline: the kind, the day, the link.

A message is a report of a contribution when it says, in the first person and the past,
that the person did something (`looks_like_report`), and names something the program
counts (a kind's keywords or label). The bot then proposes what it read and the person
confirms or corrects it: a guess is never logged without that click.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from bot.contributions.dates import BadDay, find_day
from bot.contributions.kinds import Kind, fold, kinds, named
from bot.contributions.proofs import find_link
from bot.tenants import ClientConfig
from prompts.catalog import LANGUAGES

# Keywords per built-in kind (folded: no accents), with a weight: the thing itself (3)
# wins over where it happened (1): "un avis sur le site du salon" is a review.
KEYWORDS: dict[str, dict[str, int]] = {
    "testimonial": {
        "temoignage": 3, "temoigne": 3, "testimonial": 3, "case study": 3, "etude de cas": 3,
        "cas client": 3, "interview": 2, "interviewe": 2, "video": 1, "podcast": 2,
    },
    "review": {
        "avis": 3, "review": 3, "reviewed": 3, "note": 1, "etoiles": 2, "stars": 2,
        "trustpilot": 3, "capterra": 3, "g2": 2, "google": 1, "app store": 2,
    },
    "event": {
        "salon": 2, "evenement": 3, "event": 3, "conference": 3, "meetup": 3, "webinar": 3,
        "webinaire": 3, "stand": 3, "atelier": 2, "workshop": 2, "table ronde": 3,
        "panel": 3, "talk": 2, "keynote": 3, "trade fair": 3, "trade show": 3, "anime": 1,
    },
    "referral": {
        "recommande": 3, "recommandation": 3, "recommended": 3, "referral": 3, "referred": 3,
        "parrainage": 3, "parraine": 3, "mis en relation": 3, "mise en relation": 3,
        "introduced": 3, "intro": 2, "prospect": 2, "lead": 2,
    },
    "social_share": {
        "partage": 3, "partager": 3, "shared": 3, "share": 2, "reposte": 3, "reposted": 3,
        "retweet": 3, "tweet": 3, "linkedin": 2, "instagram": 2, "facebook": 2,
        "twitter": 2, "mastodon": 2, "bluesky": 2, "post": 1, "poste": 1, "posted": 1,
    },
    "product_feedback": {
        "retour produit": 3, "feedback": 3, "beta": 2, "bug": 2, "suggestion": 2,
        "comite produit": 3, "product council": 3, "teste": 1, "tested": 1,
    },
}  # fmt: skip
# "J'ai <participe>" / "I <past verb>": the start of a report, once these are set aside.
_OPENING = re.compile(
    r"^\s*(?:(?:hier|aujourd'hui|ce matin|yesterday|today|this morning|la semaine derniere|"
    r"last week)\s*,?\s*)?(?:(?P<fr>j'ai|jai|nous avons|on a)\s+(?:deja\s+|enfin\s+)?"
    r"(?P<fr_word>[\w'-]+)|je viens d(?:e\s+|')(?P<fr_inf>[\w-]+)|"
    r"(?P<en>i|we)(?:'ve| have)?\s+(?:just\s+|finally\s+|already\s+)?(?P<en_word>[\w'-]+))"
)
_FR_NOT_DONE = {
    "un", "une", "des", "du", "de", "le", "la", "les", "l", "mon", "ma", "mes", "ton", "ta",
    "tes", "son", "sa", "ses", "notre", "nos", "votre", "vos", "leur", "leurs", "ce", "cet",
    "cette", "ces", "pas", "jamais", "rien", "plus", "encore", "besoin", "envie", "peur",
    "hate", "mal", "faim", "droit", "acces", "oublie", "essaye", "essaie", "voulu", "pense",
    "cru", "aucun", "aucune", "beaucoup", "trop", "tellement", "une question", "entendu",
    "lu", "recu", "appris", "demande", "cherche",
}  # fmt: skip
_EN_DONE_IRREGULAR = {
    "did", "made", "gave", "wrote", "took", "spoke", "held", "ran", "met", "left", "shot",
    "done", "given", "written", "been", "went", "sent", "told", "brought", "hosted", "put",
    "taught", "led", "won", "built", "set",
}  # fmt: skip
_EN_NOT_DONE = {
    "wanted", "needed", "wondered", "tried", "hoped", "planned", "asked", "noticed",
    "forgot", "missed", "failed", "expected", "liked", "loved", "hated", "used", "started",
    "intended", "supposed", "received", "heard", "read", "learned", "learnt", "seemed",
    "guessed", "assumed", "thought", "saw", "got", "lost", "called",
}  # fmt: skip


STRONG = 3  # a keyword that names the kind itself, not only where it happened
_LINKS = re.compile(r"https?://\S+")


@dataclass(frozen=True, slots=True)
class Guess:
    kind: Kind | None  # None: nothing the program counts was recognised
    day: date  # today when no day was written
    day_written: bool
    link: str | None
    bad_day: str | None = None  # a day written that does not exist ("31/02")


def looks_like_report(typed: str) -> bool:
    """A first-person past sentence ("j'ai publié…", "I gave a talk…"), not a question."""
    folded = fold(typed)
    if folded.rstrip().endswith("?"):
        return False
    match = _OPENING.match(folded)
    if match is None:
        return False
    if match.group("fr"):
        return match.group("fr_word") not in _FR_NOT_DONE
    if match.group("fr_inf"):
        return True
    word = match.group("en_word") or ""
    if word in _EN_NOT_DONE:
        return False
    return word in _EN_DONE_IRREGULAR or (word.endswith("ed") and len(word) > 3)


def guess(config: ClientConfig, typed: str, today: date) -> Guess:
    folded = fold(typed)
    bad_day = None
    try:
        found = find_day(typed, today)
    except BadDay as exc:
        found, bad_day = None, str(exc)
    return Guess(
        kind=guess_kind(config, folded),
        day=found[0] if found else today,
        day_written=found is not None,
        link=find_link(typed),
        bad_day=bad_day,
    )


def guess_kind(config: ClientConfig, folded: str) -> Kind | None:
    """The client's kind the words point to most (its label counts as a strong keyword)."""
    text = " " + _LINKS.sub(" ", folded) + " "
    best: tuple[int, int, Kind] | None = None
    offered = kinds(config)
    for order, kind in enumerate(offered):
        words = dict(KEYWORDS.get(kind.id, {}))
        for lang in LANGUAGES:
            label = fold(kind.label(lang))
            if label and label != kind.id:
                words[label] = max(words.get(label, 0), 3)
        score = sum(w for word, w in words.items() if _has_word(text, word))
        if score and (best is None or (score, -order) > (best[0], best[1])):
            best = (score, -order, kind)
    return best[2] if best else None


def kind_named(config: ClientConfig, typed: str) -> Kind | None:
    """A kind as someone names it in a command: its id or label (`kinds.named`), or one of
    its strong keywords ("avis", "témoignage", "salon"…) when only one kind has it."""
    found = named(config, typed)
    if found is not None:
        return found
    word = fold(typed).strip()
    offered = kinds(config)
    matches = [k for k in offered if KEYWORDS.get(k.id, {}).get(word, 0) >= STRONG]
    if not matches and " " not in word:  # a plural ("témoignages")
        matches = [
            k
            for k in offered
            if any(
                w >= STRONG and _has_word(f" {word} ", kw)
                for kw, w in KEYWORDS.get(k.id, {}).items()
            )
        ]
    return matches[0] if len(matches) == 1 else None


def _has_word(text: str, word: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(word)}(?:e?s)?(?![\w-])", text) is not None

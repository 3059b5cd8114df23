"""Who a line keeps a document for, in forms `knowledge.markers` misses: each rule adds
a level to what a line already says (the strictest still wins), so none can open a
restricted document except `page_declared_public`, which names the page itself.

- `spread_in_house`: a permission to spread qualified by "in-house" ("À faire circuler
  largement… en interne", "Share widely — internally") is for the staff: internal, never a
  permission to publish;
- `small_body_only`: a board or strategic committee as the only readers ("Pour le CA
  uniquement", "Directors only", "Commercial in confidence"): confidential;
- `some_ambassadors`: a group narrowed by a place or joined by the team ("Pour les
  membres de Quimper seulement", "… uniquement (+ équipe)"): internal, the bot cannot
  tell those readers apart from the others;
- `named_first_names`: a restricted access or a later correction naming people by their
  first names ("Accès restreint : Lina (RH), Marc", "→ changed to: Ann, Bob only"):
  confidential;
- `cancelled_permission`: a permission cancelled later ("OK pour diffusion → ANNULÉ : reste
  interne"): what follows the cancellation is the marking;
- `internal_document`: a document's kind called internal or staff at a line's start
  ("Tableau de bord interne", "Internal working doc — …", "fichier staff") or a closing
  tag ("(internal, v3)"): internal;
- `on_intranet`: a note published on the intranet is for the staff: internal;
- `page_declared_public`: "Page publique" / "Public page" alone (a URL may follow): public.

"internal gear hub", "internal seams" or "le secret de…" are no document kind and match
none of these rules.
"""

from __future__ import annotations

import re

from knowledge.marking_groups import CONFIDENTIAL, INTERNAL, PUBLIC, group_level
from knowledge.marking_sentences import clean_line
from knowledge.text import fold

_SPREAD = (
    r"\b(?:diffuser|diffusez|diffusion|partager|partagez|faire circuler|circuler|relayer"
    r"|transmettre|circulate|circulated|share|shared|spread|distribute|forward)\b"
)
_WIDELY = r"\b(?:largement|a tous|a toutes|partout|sans moderation|widely|freely|far and wide)\b"
_IN_HOUSE = (
    r"\b(?:en interne|internally|in house|inhouse|au sein de (?:l equipe|l entreprise|la societe"
    r"|la boite|nos equipes)|within the (?:team|company|office|staff))\b"
)


def spread_in_house(text: str) -> str | None:
    """`text` (cleaned) asks to spread the document widely, but in-house only."""
    spread = re.search(_SPREAD, text) or re.search(_WIDELY, text)
    return INTERNAL if spread and re.search(_IN_HOUSE, text) else None


_BODY = (
    r"(?:ca|c a|conseil|conseil d administration|comite strategique|comite d audit"
    r"|comite des remunerations|comite des risques|comite d investissement|directeurs"
    r"|directors|the directors|board members|strategic committee|audit committee"
    r"|associes|partners meeting|counsel|director|counsel and director|avocat|avocats)"
)
_ONLY = r"(?:uniquement|seulement|exclusivement|only|exclusively)"
_SMALL_BODY = re.compile(
    rf"^(?:(?:pour|for|reserve|reservee|reserved|a l attention|to) (?:au |aux |a |du |des |de )?"
    rf"(?:le |la |les |l |the )?)?{_BODY} {_ONLY}\b|\b{_BODY} {_ONLY}$"
    r"|\bcommercial in confidence\b|\bcommercial in confidential\b"
    r"|\b(?:legal(?:ly)? )?privileged (?:and|&)? ?confidential\b|\battorney client privilege\w*\b"
)


def small_body_only(text: str) -> str | None:
    """A board or a strategic committee as the only readers."""
    return CONFIDENTIAL if _SMALL_BODY.search(text) else None


_PLACE = r"[A-ZÀ-Ý][\w'’-]+(?:[ -](?:sur|en|de|du|le|la)?[ -]?[A-ZÀ-Ý][\w'’-]+)?"
# "Pour les membres de Lyon et Vienne seulement", "For the Oban hosts only".
_BY_PLACE = re.compile(
    r"^\W*(?:pour|for|r[ée]serv[ée]e?s? (?:aux|to)|[àa] l['’]attention (?:des|de)"
    r"|envoy[ée]e?s? (?:aux|[àa])|sent to|to)\s+(?:les\s+|the\s+|nos\s+|our\s+)?"
    r"[\w'’-]+(?:\s+[\w'’-]+){0,3}?\s+(?:de\s+|du\s+|d['’]\s*|des\s+|in\s+|from\s+|of\s+)"
    rf"{_PLACE}(?:\s*(?:,|et|and|&)\s*{_PLACE})*\s+(?:uniquement|seulement|only)\b",
    re.IGNORECASE,
)
# "… uniquement (+ équipe)", "… only (+ staff)": a group and the team.
_PLUS_TEAM = re.compile(
    r"\b(?:uniquement|seulement|only)\s*\(?\s*\+\s*(?:l['’]\s*|les\s+|the\s+)?"
    r"(?:[ée]quipes?|team|staff|salari[ée]s)\b",
    re.IGNORECASE,
)


# A tier or level as the only readers: "Gold-tier members only", "Pour les membres « Cercle
# d'or » uniquement", "Platinum-level ambassadors only" (an offer's condition, "réservé aux
# membres niveau Or" with a price, is who qualifies: no reader).
_TIER_WORD = r"(?:gold|silver|platinum|bronze|diamond|diamant|elite|vip|premium|or|argent)"
_TIER = re.compile(
    r"^(?:pour |for )?(?:les |the |our |nos )?"
    rf"(?:{_TIER_WORD} (?:tier |level |niveau )?\w+|\w+ (?:niveau|level|tier) \w+(?: \w+)?"
    rf"|\w+ {_TIER_WORD}|\w+ « [^»]{{1,30}} »)"
    r" (?:uniquement|seulement|only|exclusively|exclusivement)$"
)
_OFFER = re.compile(r"[%€$£]|\b(?:offre|offer|remise|discount|reduction|code|promo)\b", re.I)


def some_ambassadors(raw: str) -> str | None:
    """A readership narrowed by a place or a tier, or a group joined by the team: internal."""
    if _BY_PLACE.search(raw) or _PLUS_TEAM.search(raw):
        return INTERNAL
    first = _SEGMENTS.split(raw.strip(), maxsplit=1)[0]
    tier = re.sub(
        r"\s+", " ", fold(first).replace("-", " ").replace("«", " « ").replace("»", " » ")
    )
    tier = re.sub(r"[^\w«» ]", " ", tier)
    tier = " ".join(tier.split())
    return INTERNAL if _TIER.match(tier) and not _OFFER.search(raw) else None


_FIRST = r"[A-ZÀ-Ý][a-zà-ÿ'’-]+(?:\s*\([^)]{1,25}\))?"
_FIRST_NAMES = rf"{_FIRST}(?:\s*(?:,|et|and|&)\s*{_FIRST})+"
_FULL = r"[A-ZÀ-Ý][a-zà-ÿ'’-]+(?:\s+[A-ZÀ-Ý][a-zà-ÿ'’-]+)?(?:\s*\([^)]{1,25}\))?"
_ROLE = r"[a-zà-ÿ'’-]+(?:\s+[a-zà-ÿ'’-]+)?"
_SHARED_NAMES = rf"{_FULL}(?:\s*(?:,|et|and|&)\s*{_FULL})+(?:\s*(?:,|et|and|&)\s*{_ROLE})?"
_RESTRICTED_TO = re.compile(
    r"^\W*(?i:acc[eè]s restreint|acc[eè]s limit[ée]|diffusion restreinte|diffusion limit[ée]e"
    r"|restricted(?: to)?|restricted access|access restricted to|limited to|lecteurs|readers)"
    rf"\s*:?\s*(?P<names>{_FIRST_NAMES})\s*\.?\s*$"
)
# A sharing setting listing people: "Partage : Anne Roy, Luc Marin (2 personnes)",
# "Shared with: Ana Lopes, Ben Hall, accountant — no one else".
_SHARED_WITH = re.compile(
    r"^\W*(?i:partage|partag[ée] avec|shared with|sharing|acc[eè]s|access)\s*:\s*"
    rf"(?P<names>{_SHARED_NAMES})\s*(?:\(\d+ (?i:personnes?|people|persons)\))?"
    r"\s*(?:[—–-]\s*(?i:aucun autre acc[eè]s|personne d['’]autre|no one else|nobody else))?"
    r"\s*\.?\s*$"
)
_CORRECTED_TO = re.compile(
    r"(?:→|->|\b(?i:changed|chang[ée]e?|corrig[ée]e?|modifi[ée]e?|updated|mis à jour|"
    r"d[ée]sormais|now|rectifi[ée]e?)\b)[^:]{0,40}?(?::|\bto\b:?)\s*"
    rf"(?P<names>{_FIRST_NAMES})\s+(?:uniquement|seulement|only)\b"
)


def named_first_names(raw: str) -> str | None:
    """A restricted access or a correction naming a few people by first name."""
    for pattern in (_RESTRICTED_TO, _CORRECTED_TO, _SHARED_WITH):
        if (found := pattern.search(raw)) is None:
            continue
        names = re.sub(r"\([^)]*\)", " ", found.group("names"))
        full_names = re.findall(r"[A-ZÀ-Ý][\w'’-]+\s+[A-ZÀ-Ý][\w'’-]+", names)
        if pattern is _SHARED_WITH and len(full_names) < 2:
            continue
        parts = [p for p in re.split(r"\s*(?:,|&|\bet\b|\band\b)\s*", names) if p.strip()]
        if not any(group_level(fold(part)) for part in parts):
            return CONFIDENTIAL
    return None


_CANCELLED = re.compile(
    r"\b(?:annule|annulee|cancelled|canceled|revoked|revoque|retire|withdrawn|rescinded)\b"
    r"[^:]{0,30}:(?P<rest>.+)$"
)
_LEVEL_AFTER = (
    (re.compile(r"\b(?:confidentiel\w*|confidential)\b"), CONFIDENTIAL),
    (re.compile(r"\b(?:internes?|internal|staff only|equipe seulement|team only)\b"), INTERNAL),
    (re.compile(r"\bentre nous\b"), INTERNAL),
)


def cancelled_permission(text: str) -> str | None:
    """What a cancellation says the document stays ("→ ANNULÉ : reste interne")."""
    if (found := _CANCELLED.search(text)) is None:
        return None
    rest = found.group("rest")
    return next((level for pattern, level in _LEVEL_AFTER if pattern.search(rest)), None)


_WORKPLACE = (
    r"(?:atelier|bureau|equipe|boutique|agence|boite|maison|studio|cave|magasin|service|siege"
    r"|entreprise|redaction|team|asso|labo|usine|depot|caveau|chai|cuisine|restaurant|hotel"
    r"|clinique|cabinet|ecole|mairie|mediatheque|bibliotheque)"
)
_AMONG_TEAM = re.compile(
    rf"\bentre nous (?:a|au|dans|chez) (?:l |le |la |notre |mon |ma )?{_WORKPLACE}\b"
    r"|\bentre nous (?:les )?collegues\b|\bbetween us colleagues\b"
)
# "Entre nous…" marks a short line; in prose it is what the sentence tells.
TEAM_LINE_WORDS = 16
_SMALL_CUES = re.compile(r"\b(?:confidenti\w*|secret\w*|nda|personnel\w*|perso)\b")


def among_the_team(text: str) -> bool:
    """ "Entre nous à l'atelier": between us, the people of a workplace, is the team
    (internal), not the few people "entre nous" alone means."""
    if _AMONG_TEAM.search(text) is None:
        return False
    rest = _AMONG_TEAM.sub(" ", text)
    return _SMALL_CUES.search(rest) is None and group_level(rest) != CONFIDENTIAL


_KIND = (
    r"(?:analyse|analysis|tableau de bord|dashboard|note|notes|memo|fichier|file|doc"
    r"|document|document de travail|working doc|working document|rapport|report|plan"
    r"|brief|briefing|compte rendu|fiche|liste|list|bilan|synthese|deck|presentation"
    r"|slides|suivi|tracker|wiki|page|process|procedure|tableur|spreadsheet)"
)
_INTERNAL_KIND = re.compile(
    rf"^(?:{_KIND}(?: \w+)? (?:internes?|staff)|(?:internal|staff)(?: \w+)? {_KIND})"
    r"(?: (?:v ?\d+|\d{4}))?$"
)
_SEGMENTS = re.compile(r"\s*(?:[—–:,(]|\s-\s)\s*")
_LEVEL_TAG = re.compile(
    r"\(\s*(interne|internal|confidentiel(?:le)?|confidential)\s*[,;–—-]\s*[^)]{1,20}\)\W*$",
    re.IGNORECASE,
)


def internal_document(raw: str) -> str | None:
    """A line that opens with an internal kind of document, or ends with a level tag."""
    first = clean_line(_SEGMENTS.split(raw.strip(), maxsplit=1)[0])
    if first and _INTERNAL_KIND.match(first):
        return INTERNAL
    if (tag := _LEVEL_TAG.search(raw)) is not None:
        return CONFIDENTIAL if fold(tag.group(1)).startswith("conf") else INTERNAL
    return None


_INTRANET = re.compile(
    r"\b(?:publiee?s?|postee?s?|mise? en ligne|posted|published|shared|online)\b"
    r"(?: \w+){0,4} (?:sur|on|dans|in) (?:l |the |notre |our )?intranet\b"
)


def on_intranet(text: str) -> str | None:
    return INTERNAL if _INTRANET.search(text) else None


# After it, its address or its last update: "Page publique – acme.fr/cercle – dernière mise
# à jour : 2 avril", "Public page."
_PAGE_FIELD = (
    r"\s*[—–:-]\s*(?:[\w-]+(?:\.[\w-]+)+(?:/\S*)?"
    r"|(?:derni[eè]re |last )?(?:mise [àa] jour|maj|updated|update)\b[^—–]*)"
)
_PUBLIC_PAGE = re.compile(
    r"^\W*(?:page publique|public page|cette page est publique|this page is public)\.?"
    rf"(?:\s*(?:[—–:-]\s*\S+)?\s*|(?:{_PAGE_FIELD})+)\.?\s*$",
    re.IGNORECASE,
)


def page_declared_public(raw: str) -> str | None:
    return PUBLIC if _PUBLIC_PAGE.match(raw) else None


# The document said to be of a level in a short chat line: "ce dashboard est interne",
# "c'est interne ça", "this dashboard is internal", "les chiffres restent en interne",
# "this stays in-house". Data, answers or a question are what the sentence talks about.
_THIS = (
    r"(?:c|ca|ceci|cela|ce (?:doc|document|fichier|dashboard|tableau|tableur|deck|lien|post"
    r"|message)"
    r"|this(?: (?:doc|document|file|dashboard|deck|sheet|spreadsheet|memo|link|post|thread))?|it)"
)
_STATED = re.compile(
    rf"\b{_THIS} (?:(?:est|reste|is|stays|remains|s) (?:ultra |strictement |strictly |purely )?"
    r"(?P<level>interne|internal|confidentiel|confidential|in house|en interne)"
    r"|(?:restent|reste) en interne)\b"
)
_ABOUT_DATA = re.compile(
    r"\b(?:donnees|reponses|data|answers|informations personnelles|personal information"
    r"|vos|votre|your|tes|ton|ta|leurs?|their)\b"
)
STATED_WORDS = 16


def stated_level(raw: str) -> str | None:
    text = clean_line(raw)
    item = re.match(r"\s*(?:[-*•+]|\d+[.)])\s", raw) is not None
    if item or "?" in raw or len(text.split()) > STATED_WORDS or _ABOUT_DATA.search(text):
        return None
    if (found := _STATED.search(text)) is None:
        return None
    return CONFIDENTIAL if (found.group("level") or "").startswith("conf") else INTERNAL


def scope_levels(raw: str) -> list[str]:
    """The levels these rules read in one line (as written)."""
    text = clean_line(raw)
    found = [
        spread_in_house(text),
        small_body_only(text),
        some_ambassadors(raw),
        named_first_names(raw),
        cancelled_permission(text),
        INTERNAL if among_the_team(text) and len(text.split()) <= TEAM_LINE_WORDS else None,
        internal_document(raw),
        on_intranet(text),
        stated_level(raw),
        page_declared_public(raw),
    ]
    return [level for level in found if level is not None]

"""The groups of readers a document may be kept for, and the level each group means.

A small group (board, executive committee, HR, one named person's recipients) is
confidential, the staff or a team internal, ambassadors, customers or everyone public.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

PUBLIC, INTERNAL, CONFIDENTIAL = "public", "internal", "confidential"
LEVELS: tuple[str, ...] = (PUBLIC, INTERNAL, CONFIDENTIAL)

# A level's name as heads write it (accent-folded), and as a rewritten field says it.
LEVEL_WORDS: dict[str, str] = {
    "public": PUBLIC,
    "publique": PUBLIC,
    "general": INTERNAL,
    "interne": INTERNAL,
    "internal": INTERNAL,
    "restreint": INTERNAL,
    "restreinte": INTERNAL,
    "restricted": INTERNAL,
    "confidentiel": CONFIDENTIAL,
    "confidentielle": CONFIDENTIAL,
    "confidential": CONFIDENTIAL,
    "secret": CONFIDENTIAL,
    "tres secret": CONFIDENTIAL,
    "top secret": CONFIDENTIAL,
    "strictement confidentiel": CONFIDENTIAL,
    "strictly confidential": CONFIDENTIAL,
    "highly confidential": CONFIDENTIAL,
}
LEVEL_NAMES = {PUBLIC: "Public", INTERNAL: "Interne", CONFIDENTIAL: "Confidentiel"}

_CONFIDENTIAL_GROUPS = (
    r"comite de direction|comite executif|comex|codir|direction generale|direction"
    r"|executive committee|exec committee|executive team|leadership team|senior management"
    r"|board|conseil d administration|conseil de surveillance|dirigeants|executives"
    r"|signataires|signatories|associes|rh|drh|ressources humaines|hr|human resources"
    r"|destinataires|recipients|addressees?|management|encadrement|copil"
    r"|comite de pilotage|steering committee|investisseurs|investors|actionnaires|shareholders"
    r"|jury|juridique|service juridique|direction juridique|legal|legal team|legal department"
    r"|admins|administrateurs|administrators"
    r"|redacteur en chef|redactrice en chef|editor in chief|pdg|ceo|directeur general"
    r"|directrice generale|recteur|rectrice|vice recteur|president|presidente|leadership"
    # Leadership in a company's own shorthand: the executive or senior leadership team, the
    # managing partners (« la gérance »), the head's direct reports (« N-1 et plus »).
    r"|elt|slt|c suite|c level|top management|gerance|gerants|gerantes|associes gerants"
    r"|n 1 et plus|n 1 and above|n et n 1|n 1 et n 2"
)
_INTERNAL_GROUPS = (
    r"equipes?|teams?|staff|personnel|salaries|salariees|employes|employees|collaborateurs"
    r"|collaboratrices|internes?|internal|agents|intranet|workspace members"
    r"|membres de l espace|community managers?|l ensemble des services|tous les services"
    r"|all departments|saisonniers|permanents|collegues|colleagues|coworkers|co workers"
    # The company's managers, not a campaign's ("Target audience: IT managers at …").
    r"|(?:les|nos|our|the|all|tous les|toutes les) managers|managers (?:only|et plus|and up)"
    r"|line managers|people managers|encadrement|chefs d equipe|team leads"
    # The staff's representatives, and a team named by its job and a crew word.
    r"|cse|comite social et economique|elus du cse|elus du personnel|representants du personnel"
    r"|works council|employee representatives|staff representatives"
    r"|comite editorial|comite de redaction|editorial committee|editorial board"
    r"|(?:support|sales|ops|operations|tech|product|marketing|dev|design|data|finance|it|cs"
    r"|customer success|events?|comms?|editorial|legal|hr|billing|accounting|revops)"
    r" (?:crew|squad|pod|desk|folks|unit|cell)"
    # Everyone at a company is its staff: "Shared with: Everyone at Acme", "tout le monde
    # chez Lumen" (not "chez les ambassadeurs", among a group of people).
    r"|(?:everyone|everybody|anyone|all staff|tout le monde|toute personne|tous|toutes)"
    r" (?:at|chez) (?!(?:(?:les|nos|vos|the|our|l) )?(?:ambass\w*|programm?e?|prog|club"
    r"|communaute|community|reseau|network|discord|serveur|server)\b)\w+"
)
_PUBLIC_GROUPS = (
    r"ambassadeurs?|ambassadrices?|ambassadors?|champions?|advocates?|clients?|customers?|prospects?|tous|toutes"
    r"|all|everyone|anyone|tout le monde|grand public|externes?|external|partenaires|partners"
    r"|presse|press|public|publique"
    r"|etudiante?s?|students?|alumni|abonnee?s|subscribers|lecteurs|lectrices|readers|donateurs"
    r"|donatrices|donors|benevoles|volunteers|usagers|visiteurs|visitors|habitants|adherents"
)
_GROUPS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"\b(?:{_CONFIDENTIAL_GROUPS})\b"), CONFIDENTIAL),
    (re.compile(rf"\b(?:{_INTERNAL_GROUPS})\b"), INTERNAL),
    (re.compile(rf"\b(?:{_PUBLIC_GROUPS})\b"), PUBLIC),
)
ANY_GROUP = rf"(?:{_CONFIDENTIAL_GROUPS}|{_INTERNAL_GROUPS}|{_PUBLIC_GROUPS})"


def strictest(levels: Iterable[str]) -> str:
    return max(levels, key=LEVELS.index)


def names_outsiders(text: str) -> bool:
    """`text` names readers outside the company (ambassadors, customers, the press…)."""
    return _GROUPS[-1][0].search(text) is not None


# "Tous les X", "all X": everyone, only when X is a group this reader knows or the program's
# members; "Diffusion : tous les commerciaux" names the sales staff, and "tous les Isards" a
# group the client has not declared as its ambassadors (`ambassador_names`): not public.
_QUANTIFIED = re.compile(
    r"\b(?:tous|toutes|all|every)\s+"
    r"(?:(?:les|des|the|nos|our|vos|your|ces|these|of the|of our)\s+)?"
    r"([a-z][\w-]*)(?:\s+([a-z][\w-]*))?(?:\s+([a-z][\w-]*))?(?:\s+([a-z][\w-]*))?"
)
_MEMBERS = re.compile(
    r"(?:membres?|members?|participante?s?|participants?|inscrite?s?|niveaux|levels?|paliers?"
    r"|tiers?|grades?|rangs?|ranks?|statuts?|personnes?|people|gens|folks"
    r"|publics|publiques|utilisateurs|utilisatrices|users)$"
)
# "tous ceux qui…", "all in", "tous ensemble": no group follows; "tous les chefs de rayon":
# the group ends at "de".
_NO_GROUP = re.compile(
    r"(?:ceux|celles|those|who|qui|ensemble|de|d|in|of|du|en|au|aux|a|on|sur|y|together|with"
    r"|avec|at|chez|for|pour|to)$"
)
_AND = re.compile(r"(?:et|and|ou|or)$")
# A mail address ("keepers-all@acme.ch") is no "all".
_ADDRESS = re.compile(r"\S*@\S*")
_KNOWN_GROUP = re.compile(rf"(?:{_CONFIDENTIAL_GROUPS}|{_INTERNAL_GROUPS}|{_PUBLIC_GROUPS})$")


def unknown_quantified_group(text: str) -> str | None:
    """The word after "tous les" / "all" when it names a group this reader does not know."""
    for found in _QUANTIFIED.finditer(_ADDRESS.sub(" ", text)):
        words = [word for word in found.groups() if word and not _AND.match(word)]
        if _NO_GROUP.match(words[0]):
            continue
        # "all Acme champions", "every new ambassador": a name or a word before the group;
        # "tous les chefs de rayon": the group ends at "de"
        for word in words:
            if _NO_GROUP.match(word):
                return words[0]
            if _MEMBERS.match(word) or _KNOWN_GROUP.match(word):
                break
        else:
            return words[0]
    return None


# "tous les membres du comité de pilotage", "l'ensemble des membres du bureau", "all members
# of the board" are the body: a pattern that takes a group's few words reads them after these
# (they would fill them), one that looks for a group's noun finds it after them.
EVERY_MEMBER_OF = (
    r"(?:(?:tous|toutes|chacun|chacune|all|each|every|ensemble) (?:(?:les|des|of the|the|of) )?"
    r"|l ensemble des |the whole of the )?"
    r"(?:(?:membres?|members?|participants?|personnes?)"
    r" (?:(?:du|de la|de l|des|de|d|of the|of) )?)?"
)


def group_level(text: str, *, restrictive_only: bool = False) -> str | None:
    """The strictest readers' group named in `text`."""
    levels = [level for pattern, level in _GROUPS if pattern.search(text)]
    if (
        PUBLIC in levels
        and unknown_quantified_group(text) is not None
        and _GROUPS[-1][0].search(_QUANTIFIED.sub(" ", text)) is None
    ):
        levels.remove(PUBLIC)  # the only "everyone" here is a group the reader does not know
    if restrictive_only:
        levels = [level for level in levels if level != PUBLIC]
    return max(levels, key=LEVELS.index) if levels else None

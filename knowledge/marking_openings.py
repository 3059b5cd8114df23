"""Lines that open a document to all the ambassadors, in forms a banner reader misses.

- an audience that lists the ambassadors beside the staff or others: "Audience : tous les
  ambassadeurs + équipe des boutiques", "Visibility: community (staff + ambassadors)",
  "Diffusion : ambassadeurs et personnel" (the ambassadors read it, whoever else does);
- a visibility given as the community: "visibility: community", "diffusion : communauté";
- a permission to give it to all of them: "on peut le partager à tous les ambassadeurs",
  "cleared for ambassadors", "ok pour les ambassadeurs", "open to all ambassadors",
  "accessible à tous les ambassadeurs (lecture seule)";
- a mail sent to all of them: "À : tous les ambassadeurs", "To: ambassadors@acme.com".

Read strictly, as opening is the direction that must not go wrong: the ambassadors are
named as a whole (no tier, city or other qualifier after them), and the line holds no
negation, exception or level word ("ambassadeurs sauf…", "pas aux ambassadeurs").
"""

from __future__ import annotations

import re
import unicodedata

from knowledge.text import fold

_AMB = (
    r"(?!ambassades?\b)(?:ambass?a?d[eo]\w*"
    r"|ambassadeurs?(?: ?(?:·|\.|-)? ?(?:rices|ices|ambassadrices))?|ambassadrices|ambassadors?"
    r"|ambass|ambas|ambassadeur\(?e?\)?s)"
)
_ALL = (
    r"(?:(?:a |aux |avec |with |to |for |pour |par |by )?(?:tous |toutes |tout le |tout |all "
    r"|the whole |l ensemble des |l ensemble de nos |the |our |nos |vos |les |all our "
    r"|all the |tous nos "
    r"|tous les |toutes les |all of our |every |each |chaque |everyone in the )*)"
)
# What a whole group may be followed by: the end, a break, "(Discord)".
_END = (
    r"(?=\s*(?:$|[,.;!)\]—–+/&]|\s-\s|\(\s*(?:discord|slack|whatsapp|tous|all|toutes|lecture seule"
    r"|read only|view only|lecteurs?|viewers?)\b)|\s+(?:ca|la|this|hein|svp|stp|please)\b"
    # more readers in brackets: "(et vos proches si vous voulez)", "(and their families)"
    r"|\s*\(\s*(?:et|and)\s(?![^)]*\b(?:pas|not|sauf|except|uniquement|only|seulement)\b)"
    r"|\s+(?:and|et)\s+(?:(?:their|leurs?|vos|your)\s+(?:famil\w+|proches|friends|amis)"
    r"|anyone|everyone|quiconque|tout le monde)\b)"
)
_BLOCKERS = re.compile(
    r"\b(?:ne|pas|not|no|non|never|jamais|sans|without|sauf|except|excepte|hors|outside"
    r"|n ont|don t|doesn t|shouldn t|mustn t|aucun|ni|nor|niveau|level|tier|palier|only"
    r"|uniquement|seulement|confidenti\w*|intern\w*|secret\w*|restrei\w*|restricted|prive\w*"
    r"|private|sensible|sensitive|embargo\w*|direction|board|codir|comex|rh|hr)\b"
)
_AUDIENCE_LABEL = (
    r"(?:audience|target audience|public|public cible|public vise|visibility|visibilite"
    r"|diffusion|distribution|destinataires|lecteurs|readers|readership|sharing|partage"
    r"|acces|access|niveau de diffusion|cible)"
)
_LABELLED = re.compile(rf"^[\W_]*{_AUDIENCE_LABEL}\s*:\s*(.+)$")
_COMMUNITY = re.compile(r"^(?:la |the |our |notre |toute la |the whole )?(?:community|communaute)$")
_PERMIT = (
    r"(?:on peut|vous pouvez|tu peux|peut etre|peuvent etre|can be|may be|you can|you may|we can"
    r"|ok pour|ok to|okay to|ok for|ok|okay|go pour|go ahead and|feel free to|cleared for"
    r"|approved for|valide pour|validee? pour|autorisee? (?:pour|a)|a partager|to share"
    r"|open to|ouverte? a|ouverte? aux|accessible a|accessible to|visible par|visible to"
    r"|visible for|partagee? avec|shared with|disponible pour|available to|available for"
    r"|peut circuler (?:entre|parmi)|peuvent circuler (?:entre|parmi)"
    r"|can circulate (?:among|between)"
    r"|can be shared (?:among|between|with)"
    # an imperative to pass it on, opening the line or a field: "Invitation ouverte :
    # transférez-la à tous les …", "Share it with every …"
    r"|(?:^|(?<=: ))[\W_]*(?:partagez|transferez|diffusez|envoyez|faites suivre|faites tourner"
    r"|share|forward|send|pass)(?:-(?:le|la|les)| it| this| them)?(?: around| on)?)"
)
_VERB = (
    r"(?:le |la |les |l |it |this |ca |cela |ce doc\w* )?(?:(?:partager|donner|passer|transmettre"
    r"|envoyer|diffuser|poster|transferer|faire suivre|share|send|give|forward|post|circulate"
    r"|distribute|pass)(?: (?:le|la|les|l|it|this|ca|direct|directement|it on))?\s*)?"
)
_GRANT = re.compile(rf"\b{_PERMIT}\s+{_VERB}{_ALL}{_AMB}{_END}")
# "c'est pour les ambassadeurs", "c pour les ambass'", "Pour tous les ambassadeurs — …".
_MEANT = re.compile(
    r"(?:\b(?:c est|c|it s|this is|c etait)\s+(?:fait |destine |meant |made |written )?"
    rf"(?:pour|for|a|aux|to)\s+{_ALL}{_AMB}{_END}"
    r"|^[\W_]*(?:pour|for)\s+(?:tous|toutes|all)\s+(?:les |nos |our |the )?"
    rf"{_AMB}{_END})"
)
# Posted where all of them read: "je le poste dans le Discord des ambassadeurs", "ok pour le
# mettre dans le #general du Discord ambassadeurs".
_POSTED = re.compile(
    r"\b(?:post\w*|publie\w*|partage\w*|balance\w*|mets|met|mettre|share\w*|put|envoie\w*"
    r"|drop\w*)\b.{0,30}?\b(?:dans|sur|in|on|to|into)\s+(?:le |la |les |the |our |notre |nos )?"
    r"(?:[#\w-]+ ){0,3}?(?:discord|slack|whatsapp|groupe|group|canal|channel|salon|serveur"
    r"|server|forum|espace|space)\s+(?:des |de nos |of the |of our |for the |for )?"
    rf"{_AMB}{_END}"
    r"|\b(?:post\w*|publie\w*|partage\w*|mets|met|mettre|share\w*|put|drop\w*)\b.{0,30}?"
    r"\b(?:dans|sur|in|on|to|into)\s+(?:le |la |the )?(?:salon |canal |channel )"
    rf"#?[\w-]*{_AMB}[\w-]*"
)
# A sharing setting open to the ambassadors' group: "Sharing: anyone in the ambassadors
# Discord (view only)", "Partage : groupe ambassadeurs@acme.fr", "visible par le rôle
# Discord @Ambassadeur".
_SHARED = re.compile(
    r"^[\W_]*(?:parametres de partage|sharing(?: settings)?|partage|acces|access)\s*:.*?\b(?:anyone"
    r"|toute personne|tous les membres|all members|members|membres|groupe|group|role|liste|list)\b"
    rf"[^,;]*?@?{_AMB}(?:@[\w.-]+)?(?:\s(?:discord|slack|whatsapp|group|groupe|server|serveur))?"
    r"(?=\s*(?:$|[,.;()]|\s(?:can|peut|peuvent|view|lecteurs?|lecture|members?|membres)\b))"
)
_MAIL_TO = re.compile(
    rf"^[\W_]*(?:a|to|pour|destinataires?|recipients?)\s*:\s*{_ALL}{_AMB}{_END}"
    r"|^[\W_]*(?:a|to)\s*:\s*(?:[\w.+-]*[.-])?(?:ambassadeurs?|ambassadors?)"
    r"(?:[.-](?:tous|toutes|all|everyone|liste|list))?@[\w.-]+\s*$"
)

# A notice or a mail subject addressed to all of them: "Avis aux ambassadeurs : fermeture
# du Discord samedi", "Objet : [Pour tous les ambassadeurs] Programme du 5 juin", "Notice to
# all ambassadors: new points table". A tag that only names the program ("[Ambassadeurs]
# point budget") is no readership.
_NOTICE = re.compile(
    r"^[\W_]*(?:avis|annonce|message|rappel|info|information|notice|announcement|reminder"
    rf"|memo)\s+(?:a|aux|to|for|pour)\s+{_ALL}{_AMB}(?=\s*(?:$|[:!—–]|\s-\s))"
    r"|^[\W_]*(?:objet|subject|sujet|subj)\s*:\s*(?:(?:re|tr|fw|fwd)\s*:\s*)*\[\s*(?:pour|for|a|to)"
    rf"\s+{_ALL}{_AMB}\s*\]"
)


def _folded(line: str) -> str:
    """Accent-folded, casefolded, with the punctuation that breaks a list kept."""
    text = (
        fold(line)
        .replace("<!--", " ")
        .replace("-->", " ")
        .replace("_", " ")
        .replace("’", " ")
        .replace("'", " ")
    )
    # A pictogram ends a clause as a stop would: "ok 👍 vous pouvez le transmettre…".
    text = "".join(" . " if unicodedata.category(ch) == "So" else ch for ch in text)
    text = re.sub(r"[^\w\s,.;:!()\[\]—–+/@&#-]", " ", text)
    return " ".join(text.split())


def _whole_group(item: str) -> bool:
    return (
        re.fullmatch(rf"{_ALL}{_AMB}(?: \((?:discord|slack|tous|all|toutes)\))?", item) is not None
    )


def mixed_audience(line: str) -> bool:
    """An audience label lists the ambassadors as a whole beside others ("ambassadeurs +
    équipe"), or gives the community as the visibility."""
    text = _folded(line)
    found = _LABELLED.match(text)
    if found is None or _BLOCKERS.search(found.group(1)):
        return False
    value = found.group(1).strip(" .")
    if _COMMUNITY.match(re.sub(r"\s*\(.*$", "", value)):
        return True
    items = [i.strip(" .") for i in re.split(r"\s*(?:\+|,|&|/|\bet\b|\band\b|[()])\s*", value)]
    items = [i for i in items if i]
    return len(items) > 1 and any(_whole_group(i) for i in items)


# An exception anywhere keeps part of the document from them: "— sauf la feuille Primes".
_EXCEPTION = re.compile(r"\b(?:sauf|hormis|excepte|except|excluding|but not|a l exception)\b")
# Words a permission may follow in its clause ("Sabine : validé, on peut le…").
CLAUSE_OPENING = 3


def grants_ambassadors(line: str) -> bool:
    """`line` lets all the ambassadors have the document, or is a mail to all of them."""
    text = _folded(line)
    if len(text.split()) > 30 or _EXCEPTION.search(text):
        return False
    matches = (_GRANT, _MAIL_TO, _MEANT, _POSTED, _SHARED, _NOTICE)
    for found in (m for pattern in matches for m in pattern.finditer(text)):
        before = text[: found.start()]
        # A negation or a level word in the permission's clause undoes it; a permission
        # deep in a sentence describes something ("All are written as visible to…").
        clause = re.split(r"[.;:!,]|\s[—–-]\s", before)[-1]
        near = len(clause.split()) <= CLAUSE_OPENING
        if near and not _BLOCKERS.search(clause) and not _BLOCKERS.search(found.group(0)):
            return True
    return False


# A level word denied: "no need to keep it secret", "rien de confidentiel là-dedans".
_DENIED = re.compile(
    r"\b(?:no need to keep (?:it|this|them) (?:secret|confidential)|nothing (?:secret|confidential)"
    r"|pas besoin de (?:le |la |les )?garder (?:ça |ca )?(?:secret|confidentiel)"
    r"|rien de (?:secret|confidentiel))\b",
    re.IGNORECASE,
)


def drop_denials(line: str) -> str:
    """`line` without a level word it denies."""
    return _DENIED.sub(" ", line) if _DENIED.search(line) else line

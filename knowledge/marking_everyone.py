"""A line that gives every ambassador of the program as the readers, with the requests that
keep the document among them.

How companies write to all their ambassadors at once: "Pour toutes les Levures — merci de
pas faire tourner hors du programme avant la sortie (embargo 15/11)", "For all Relais
ambassadors – please don't forward outside the program", "Diffusion : réseau Porte-Voix
(tous), embargo jusqu'au salon", "Réservé aux ambassadeurs du Cercle – merci de ne pas
diffuser à l'extérieur", "classif : ambassadeurs (tous niveaux)". The group is the
ambassadors as a whole (the client's names already read as "ambassadeurs"); what follows
only keeps the document inside the program: not outside the program, the club, the
community, the group or its Discord; not on social media; not before a date; an embargo.

Read strictly, since opening is the direction that must not go wrong: the whole line must
be read by the grammar below, so a tier ("niveau Or"), a place ("de Lyon"), a staff group
("+ équipe"), named people or a boundary that is the company ("hors de l'entreprise",
"outside Acme") leaves the line as it was. A line also needs a sign that the group is
whole: a word for all ("tous", "toutes", "all", "tous niveaux"), or "réservé"/"only", or a
request that keeps the document inside the group.
"""

from __future__ import annotations

import re

from knowledge.marking_groups import group_level

AMB = (
    r"(?:ambassadeurs? (?:et|and|ou|or) ambassadeurs?|ambassadeurs? ambassadeurs?"
    r"|ambassadeurs?(?: (?:e|es|euse|euses|ere|eres|rice|rices|ice|ices|trice|trices|s)){1,2}"
    r"|ambassadeurs? euse s|ambassadrices? et ambassadeurs?|ambassadeurs? et ambassadrices?"
    r"|ambassadrices? ambassadeurs?|ambassadeurs? ambassadrices?|ambassadeurs? rices"
    r"|ambassadeurs? ices|ambassadeurs|ambassadrices|ambassadors|ambasadeurs|ambassadeur|ambassador"
    r"|ambass)"
)
_LABEL = (
    r"(?:(?:diffusion|diffu|distribution|classification|classif|audience|acces|access|lecteurs"
    r"|readers|visibilite|visibility|destinataires|public vise|public cible|sharing|partage"
    r"|sensitivity|sensibilite|statut|status|a|to|cc|permissions?|droits(?: d acces)?|public"
    r"|visible par|visible by) : "
    r"|(?:diffusion|distribution|audience|visibilite|visibility) )"
)
_LEAD = (
    r"(?:(?:strictement |exclusivement )?(?:reservee?s?|reserved|destinee?s?|intended|meant)"
    r"(?: (?:a|aux|pour|for|to))?"
    r"|a l intention (?:de|des)|a l attention (?:de|des)|envoyee? a|sent to|adressee? a"
    r"|(?:remise?|distribuee?|communiquee?|diffusee?) (?:a|aux)|(?:handed|given|distributed"
    r"|circulated) to"
    r"|addressed to|a|fyi|pour info|psa|heads up|(?:just |only |rien que |specialement )?"
    r"(?:pour|pr|for)|special|open to|ouverte? (?:a|aux)|shared with|partagee? avec"
    r"|a partager avec|partagee? (?:a|aux)|shared to|posted for|aux|to"
    r"|(?:a diffuser|a transmettre|a envoyer|a partager"
    r"|to be shared with|to be sent to) (?:a|aux|to|with)"
    # posted where all of them read: "À publier sur l'espace communauté ambassadeurs"
    r"|(?:a publier|a poster|to be posted|to post|publiee?|postee?|posted) (?:sur|dans|in|on|to)"
    r"(?: l| le| la| the| our| notre)? (?:espace|space|discord|serveur|server|forum|canal"
    r"|channel|salon)(?: communaute| community)?(?: des| of the| for)?)"
)
# What the line is about before its readers: "Doc ouvert à toute la communauté…".
_SUBJECT = (
    r"(?:(?:ce |cette |this |le |la |the )?(?:doc|document|fichier|file|page|contenu|content"
    r"|questionnaire|survey|guide|kit|fiche|note|message|invitation|enquete|support|replay"
    r"|lettre|newsletter|infolettre|gazette|bulletin|journal|mail|e mail|email|courriel) )"
)
_POSTED = re.compile(r"^(?:a publier|a poster|to be posted|to post|publiee?|postee?|posted) ")
_RESERVED = re.compile(r"\b(?:reserv\w*|only|uniquement|seulement|exclusivement|special)\b")
_ALL = (
    r"(?:tous|toutes|tout|ttes|tts|all|every|(?:l )?ensemble (?:des|de nos)|the whole|the entire"
    r"|toute la|tout le|chaque|each|every single|everyone in(?: the| our)?"
    r"|tout le monde (?:dans|du|de) (?:le |la |l )?)"
)
_DET = r"(?:les|nos|vos|our|the|des|la|le|l)"
_PLACE = (
    r"(?:programme|program|prog|club|cercle|circle|reseau|network|communaute|community|groupe"
    r"|group|collectif|tribu|crew|gang|famille|family|guild|guilde|tribe|squad|meute|bande)"
)
# All of them may read it: "All Guildsmiths can read this", "peuvent le consulter".
_CAN = (
    r"(?:can|may|are welcome to|peuvent|pouvez) (?:le |la |l |ca )?(?:read|view|see|access|open"
    r"|lire|consulter|voir|ouvrir|telecharger|download)(?: (?:this|it|ce doc\w*|le doc\w*))?"
)
# The group as a body: "réseau Porte-Voix", "la communauté des ambassadeurs".
_COLLECTIVE = (
    r"(?:(?:reseau|communaute|community|network|groupe|group|club|cercle|collectif|gang|crew"
    r"|liste de diffusion|liste|list|mailing list|role discord|discord role|role|serveur|server"
    r"|discord|guild|guilde)"
    r" (?:des |de nos |of |of the )?)?"
)
# After the group: its being whole, or the program it belongs to ("du Cercle", "du club").
_WHOLE = (
    r"(?:tous|toutes|all|tous niveaux|tous les niveaux|all levels|all tiers|toutes et tous"
    r"|all hands|tous les membres|quel que soit (?:le |leur |votre |son )(?:niveau|rang)"
    r"|whatever (?:their|your|the) (?:rank|level|tier)|tous niveaux confondus|lecture|read|view"
    r"|consultation|(?:nouveaux|anciens|new|old) (?:et|ou|and|or) (?:nouveaux|anciens|new|old)"
    r"|(?:in|of) (?:the|our) (?:programme|program|club|circle|community|network)"
    r"|tous et toutes|tous tes|all members|all ambassadors|all ambassadeurs|tous les ambassadeurs"
    r"|inscrits|inscrites|registered|enrolled"
    r"|all of them|all of you|sans exception|members|membres|everyone|community|communaute"
    r"|program|programme|discord|server|serveur|club|crew|gang|famille|family|tribe|guild"
    # more readers: "(English-speaking growers included)", "(y compris les stagiaires)"
    r"|(?:\w+ ){1,3}(?:included|inclus|incluses?|compris)|(?:y compris|including) (?:\w+ ){0,2}\w+"
    # every kind of member, perhaps named: "toutes catégories (particuliers et professionnels)"
    r"|(?:toutes (?:les )?categories|all categories|tous (?:les )?profils|all profiles"
    r"|tous (?:les )?statuts)(?: \w+ (?:et|and) \w+)?)"
)
# The members of the program are all its ambassadors: "réservée aux membres du programme".
_MEMBERS = (
    r"(?:membres|members) (?:du|de notre|of the|of our) (?:programme|program|cercle|circle|club"
    rf"|reseau|network|communaute|community)(?: (?:des|of the|of) {AMB})?"
)
_OWNER = rf"(?:(?:du|de la|de l|des|de notre|of the|of our|in the) {_PLACE})"
_POLITE = r"(?:(?:merci|merci de|svp|stp|please|pls|kindly|priere de|thanks|thx) )*"
_VERB = (
    r"(?:diffuser|partager|transferer|transmettre|faire circuler|faire tourner|circuler|poster"
    r"|publier|leaker|sortir|forward|share|distribute|circulate|post|repost|publish|leak"
    r"|pass (?:it |this )?(?:on|around)|send)"
)
_OBJECT = r"(?:(?:le|la|les|l|ca|cela|it|this|ce doc\w*|the doc\w*) )?"
_BOUNDARY = (
    r"(?:(?:hors|en dehors|outside|beyond)"
    r"(?: (?:du|de la|de l|des|de|d|of|the|our|notre|nos|ce|this))*"
    rf"(?: (?:{_PLACE}|discord|serveur|server|ambassadeurs))+"
    rf"|a l exterieur(?: (?:du|de la|de l|des) (?:{_PLACE}|discord|serveur|ambassadeurs))?"
    r"|outside|ailleurs|elsewhere)"
)
_SOCIAL = (
    r"(?:(?:les |the )?(?:reseaux(?: sociaux)?|socials?|social media|insta\w*|twitter|x|tiktok"
    r"|facebook|linkedin|internet|web))"
)
_WHEN = (
    r"(?:(?:jusqu (?:a|au|aux)|until|till|before|avant|not before|pas avant)"
    r"(?: (?:le|la|les|l|the))?"
    r"(?: \w+){0,5})"
)
# A date or an edition closing the line: "— janvier 2027", "mis à jour le 20/11/2026".
_DATED = (
    r"(?:(?:mis a jour|maj|updated|last updated|edition|version|rev)(?: le| du| on)? )?"
    r"(?:(?:\d{1,2}(?:er)? )?(?:janv\w*|fevr?\w*|mars|avr\w*|mai|juin|juil\w*|aout|sept\w*"
    r"|oct\w*|nov\w*|dec\w*|jan\w*|feb\w*|march|april|may|june|july|aug\w*)(?: \d{4})?"
    r"|\d{1,2} \d{1,2}(?: \d{2,4})?|\d{4})"
)
_LIST = (
    r"(?:via |sur |on )?(?:la |the )?(?:liste|list|mailing list)(?: \w+){0,2}"
    r" (?:tous|toutes|all|everyone)"
)
_OPEN_PLACE = (
    r"(?: le| la| l| the| our| notre)?(?: canal| channel| salon| espace| serveur| server)?"
    r" (?:annonces|announcements|general|news|actus|actualites|discord|forum|communaute|community)"
)
_POSTED_IN = (
    r"(?:(?:publiee?|postee?|posted|published|epinglee?|pinned|relayee?)"
    r"|(?:a consulter|a lire|disponible|available|to read|read it)(?: aussi| also| egalement)?)"
    rf" (?:dans|sur|in|on){_OPEN_PLACE}(?:{_OPEN_PLACE})?"
)
_TAIL = (
    r"(?:"
    rf"{_DATED}|"
    rf"{_POLITE}(?:(?:de )?ne |de )?(?:pas |not |don t |do not |dont |no )?{_OBJECT}{_VERB} "
    rf"{_OBJECT}(?:{_BOUNDARY}|(?:sur|on) {_SOCIAL})"
    rf"|{_POLITE}(?:(?:de )?ne |de )?(?:pas|not|don t|do not|dont) {_OBJECT}{_VERB}"
    rf"|(?:mais |but )?(?:pas|not|jamais|never) {_BOUNDARY}"
    rf"|{_POLITE}(?:pas de|no|aucune?) (?:diffusion|partage|sharing|capture d ecran"
    r"|captures d ecran"
    rf"|screenshots?|transfert|leak)s? {_BOUNDARY}"
    rf"|{_POLITE}(?:garder|gardez|keep) (?:ca |cela |le |la |it |this )?(?:pour vous|entre vous"
    rf"|entre nous|pour la communaute|to yourselves|among yourselves|between us"
    rf"|(?:in|within|inside) (?:the |our )?(?:{_PLACE}|discord))"
    rf"|(?:mais |but |just |juste )?{_POLITE}(?:rien|pas|not|nothing|never|jamais|no posts?) "
    rf"(?:yet )?(?:sur|on|for|in|dans) {_SOCIAL}(?: yet)?"
    rf"|(?:sous |under )?embargo\w*(?: (?:jusqu (?:a|au)|until|till|:))?(?: \w+){{0,5}}"
    r"|(?:then|puis|ensuite|after that) (?:share away|partagez|diffusez|share freely|feel free)"
    rf"|{_WHEN}"
    # the mailing list of all of them, or the program's open channel it is also posted in:
    # "(liste Cercle-Tous) + publié dans #annonces"
    rf"|{_LIST}|(?:et |and |plus )?{_POSTED_IN}"
    r"|(?:pas de souci|feel free|vous pouvez|you can|ok) (?:pour |pr |to )?"
    r"(?:partager|share|en parler"
    r"|discuter|discuss) (?:entre vous|entre vs|among yourselves|inside|within|in)"
    rf"(?: (?:the |le |la )?(?:{_PLACE}|discord))?"
    r"|partagez entre vous|faites (?:le |la |les )?tourner entre vous|share it among yourselves"
    r"|(?:a diffuser|a partager|a poster|to share|to post|to be shared) (?:via|sur|dans|in|on"
    r"|through) (?:le |la |the |our |notre )?(?:discord|slack|whatsapp|groupe|group|newsletter"
    r"|canal|channel|espace|space|forum)"
    r"|svp|stp|please|pls|merci|thanks|des maintenant|from now on|lecture seule|read only|view only"
    r")"
)
_LINE = re.compile(
    rf"^(?P<label>{_LABEL})?(?:{_SUBJECT}(?:est |is )?)?(?P<lead>{_LEAD} )?(?P<all>{_ALL} )?"
    rf"(?:{_DET} )?"
    rf"(?:{_COLLECTIVE}{AMB}|{_MEMBERS})"
    rf"(?P<whole>(?: {_WHOLE}| {_OWNER})*)(?P<only> (?:uniquement|only|seulement|exclusivement))?"
    rf"(?P<can> {_CAN})?"
    rf"(?P<tail>(?: {_TAIL})*)$"
)
# Words that make the group a part, or the document something else than theirs.
_PART = re.compile(
    r"\b(?:niveau|niveaux|level|tier|palier|confidenti\w*|intern\w*|secret\w*|restrei\w*"
    r"|restricted|prive\w*|private|sensible|sensitive|nda|sauf|except|hormis|excepte"
    r"|selection\w*|selected|certains|some|quelques)\b"
)
_WHOLE_TIERS = re.compile(
    r"\b(?:tous (?:les )?niveaux(?: confondus)?|all (?:levels|tiers)"
    r"|quel que soit (?:le |leur |votre |son )(?:niveau|rang)"
    r"|whatever (?:their|your|the) (?:rank|level|tier))\b"
)


def for_every_ambassador(text: str) -> bool:
    """`text` (a cleaned line, the client's names read as "ambassadeurs") gives all the
    ambassadors as the readers, with at most requests that keep the document among them."""
    text = text.strip(" :")
    tlp = _TLP_GREEN.match(text)
    line = _BANNER.sub("", text[tlp.end() :] if tlp else text)
    if " : " in line:  # "À tous les X : embargo jusqu'au 4 juin" (a label keeps its colon)
        head, rest = line.split(" : ", 1)
        colon = " : " if _LABEL_ONLY.fullmatch(head + " : ") else " "
        line = f"{head}{colon}{rest.replace(' : ', ' ')}"
    found = _LINE.match(line)
    if found is None:
        return False
    whole, tail = found.group("whole") or "", found.group("tail") or ""
    checked = _WHOLE_TIERS.sub(" ", line[found.end("label") :] if found.group("label") else line)
    if _PART.search(checked) or group_level(checked, restrictive_only=True) is not None:
        return False
    posted = _POSTED.match(found.group("lead") or "") is not None
    said_all = bool(found.group("all") or whole.strip()) or posted
    named = bool(found.group("lead") or found.group("label") or tlp or found.group("can"))
    reserved = bool(found.group("lead") and _RESERVED.search(found.group("lead")))
    reserved = reserved or found.group("only") is not None
    kept_inside = _ASKED.search(tail) is not None
    labelled = found.group("label") is not None and found.group("label") not in _MAIL_LABELS
    alone = (labelled or tlp is not None) and not tail.strip()
    return (named and (said_all or kept_inside)) or reserved or alone or (said_all and kept_inside)


# TLP:GREEN shares within a community: when the community is the program's, its readers
# are all the ambassadors ("TLP:GREEN – share within the Scouts community").
_TLP_GREEN = re.compile(
    r"^tlp :? (?:green|vert)(?= (?:share|partage|shared|partagee?|for|pour|ambass|communaute"
    r"|community|la communaute|the))(?: (?:share|partage|shared|partagee?) (?:within|with|in"
    r"|au sein de|dans|avec))?(?: (?:the|la|le|our|notre))?(?: communaute| community)?(?: des)? ?"
)
_LABEL_ONLY = re.compile(_LABEL)
_MAIL_LABELS = frozenset(["a : ", "to : ", "cc : ", "statut : ", "status : "])
# A banner's own name before its value: "BANDEAU : DIFFUSION CAPITAINES".
_BANNER = re.compile(r"^(?:bandeau|banniere|banner|header|en tete|mention|footer|pied de page) : ")


# What makes a tail a request to keep the document among the readers (not a date alone).
_ASKED = re.compile(
    rf"\b(?:{_VERB}|diffusion|partage|sharing|garder|gardez|keep|embargo|reseaux|social|insta\w*"
    r"|twitter|tiktok|facebook|linkedin|captures?|screenshots?)\b"
)


# A line that only asks to keep the document inside the group: "Merci de ne pas transférer
# en dehors du programme avant le 10 janvier", "SVP, ne pas diffuser hors du programme",
# "Embargo : 1er mai, 9h".
_REQUEST = re.compile(rf"^(?:note : |nb : |ps : |⚠ )?(?:{_TAIL} ?)+$")


def keeps_inside(text: str) -> bool:
    """`text` (cleaned) is only a request keeping the document inside the program, naming no
    level, staff or company."""
    if not text or _REQUEST.match(text) is None:
        return False
    return _PART.search(text) is None and group_level(text, restrictive_only=True) is None

"""The dictionary form of a verb the stemmers leave apart, for looking a word up in the
bilingual lexicons (`knowledge.bilingual`, `knowledge.general_words`).

The English stemmer does not join irregular forms to their verb ("wrote", "kept", "paid"
stay as asked), and the French one cuts "répondre" to « repondr » but "répond" and
"répondu" to « repond » and « repondu »: a question saying "who wrote it?" or « il
répond en combien de temps ? » then finds no translation of its verb, although the
lexicon lists "write" and « répondre ».
"""

from __future__ import annotations

from knowledge.text import fold_word

# Common irregular English verbs: past and past participle → base form.
_ENGLISH_IRREGULAR = {
    form: base
    for base, forms in (
        ("be", "was were been"),
        ("become", "became"),
        ("begin", "began begun"),
        ("break", "broke broken"),
        ("bring", "brought"),
        ("build", "built"),
        ("buy", "bought"),
        ("catch", "caught"),
        ("choose", "chose chosen"),
        ("come", "came"),
        ("deal", "dealt"),
        ("draw", "drew drawn"),
        ("drink", "drank drunk"),
        ("drive", "drove driven"),
        ("eat", "ate eaten"),
        ("fall", "fell fallen"),
        ("feel", "felt"),
        ("find", "found"),
        ("fly", "flew flown"),
        ("forget", "forgot forgotten"),
        ("freeze", "froze frozen"),
        ("get", "got gotten"),
        ("give", "gave given"),
        ("go", "went gone"),
        ("grow", "grew grown"),
        ("have", "had"),
        ("hear", "heard"),
        ("hide", "hid hidden"),
        ("hold", "held"),
        ("keep", "kept"),
        ("know", "knew known"),
        ("lead", "led"),
        ("leave", "left"),
        ("lend", "lent"),
        ("lose", "lost"),
        ("make", "made"),
        ("mean", "meant"),
        ("meet", "met"),
        ("pay", "paid"),
        ("ride", "rode ridden"),
        ("rise", "rose risen"),
        ("run", "ran"),
        ("say", "said"),
        ("see", "saw seen"),
        ("seek", "sought"),
        ("sell", "sold"),
        ("send", "sent"),
        ("shake", "shook shaken"),
        ("shoot", "shot"),
        ("show", "shown"),
        ("sing", "sang sung"),
        ("sit", "sat"),
        ("sleep", "slept"),
        ("speak", "spoke spoken"),
        ("spend", "spent"),
        ("stand", "stood"),
        ("steal", "stole stolen"),
        ("swim", "swam swum"),
        ("take", "took taken"),
        ("teach", "taught"),
        ("tell", "told"),
        ("think", "thought"),
        ("throw", "threw thrown"),
        ("understand", "understood"),
        ("wake", "woke woken"),
        ("wear", "wore worn"),
        ("win", "won"),
        ("withdraw", "withdrew withdrawn"),
        ("write", "wrote written"),
    )
    for form in forms.split()
}

# Common irregular French verb forms → infinitive (the regular ones share a stem with it).
_FRENCH_IRREGULAR = {
    form: base
    for base, forms in (
        ("savoir", "sais sait savons savez savent su sue sus"),
        ("recevoir", "reçois reçoit recevons recevez reçoivent reçu reçue reçus reçues"),
        ("écrire", "écris écrit écrite écrits écrites écrivons écrivez écrivent"),
        ("prendre", "pris prise prises prenons prenez prennent"),
        ("mettre", "mets met mis mise mises mettons mettez mettent"),
        ("dire", "dis dit dite dits dites disons disent"),
        ("voir", "vois voit vu vus voyons voyez voient"),
        ("offrir", "offert offerte offerts offertes"),
        ("ouvrir", "ouvert ouverte ouverts ouvertes"),
        ("envoyer", "envoie envoient envoies"),
        ("venir", "viens vient venu venue venus venues viennent"),
        ("tenir", "tiens tient tenu tenue tenus tenues tiennent"),
        ("perdre", "perdu perdue perdus perdues"),
        ("rendre", "rendu rendue rendus rendues"),
        ("vendre", "vendu vendue vendus vendues"),
        ("répondre", "répondu répondue répondus"),
        ("attendre", "attendu attendue attendus attendues"),
        ("choisir", "choisi choisie choisis choisies"),
    )
    for form in forms.split()
}


def english_base(word: str) -> str:
    """An irregular English verb form's base ("wrote" → "write"); any other word as is."""
    return _ENGLISH_IRREGULAR.get(fold_word(word), word)


def french_base(word: str) -> str:
    """An irregular French verb form's infinitive (« reçoivent » → « recevoir »)."""
    return _FRENCH_IRREGULAR.get(word.casefold(), word)


def french_root_keys(french_stem: str) -> tuple[str, ...]:
    """The stems a lexicon's French verb is also found by: a "-dre" verb's root
    (« repondr » → « repond », as "il répond" and "vous répondez" stem)."""
    if french_stem.endswith("dr") and len(french_stem) >= 5:
        return (french_stem[:-1],)
    return ()

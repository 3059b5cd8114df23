"""Thanks and acknowledgements ("merci !", "ok super") are not questions for the documents.

Taking them for questions would answer "I don't know", list them as knowledge gaps and,
twice in a row, call a person in.
"""

from __future__ import annotations

from knowledge.text import content_words, fold, wordset

MAX_WORDS = 6
_ACKNOWLEDGEMENTS = frozenset(
    fold(w)
    for w in wordset(
        """
    merci mercii remercie beaucoup bcp mille fois infiniment vraiment très bien tout
    ok okay oki d'accord daccord dac entendu compris noté parfait super génial top cool nickel
    excellent impeccable formidable ça marche roule accord réponse reponse aide infos info
    thanks thank thx ty much lot great perfect awesome got noted fine good answer help very
    """
    )
)


def is_acknowledgement(message: str) -> bool:
    if "?" in message:
        return False
    tokens = [fold(w) for w in content_words(message)]
    return 0 < len(tokens) <= MAX_WORDS and all(t in _ACKNOWLEDGEMENTS for t in tokens)

"""A head that went through paper, a scanner, OCR or a text's wrong encoding, read as the
words it stands for before the marking rules read it.

- accents mangled as mojibake (UTF-8 read as Latin-1 or Windows-1252: "RÃ©servÃ©",
  "Ã€ diffuser", "Ã  tous") read again as UTF-8 (`ftfy`);
- a word cut by hyphenation at a line's end ("Note aux ambassa-" / "deurs et …") joined;
- letters spaced out for show ("S T R I C T E M E N T   C O N F I D E N T I E L",
  "A L L   I N S I D E R S") joined, a wider gap keeping the words apart;
- OCR's confusions inside a word ("l", "I", "1" and "|"; "0" and "O"; "rn" and "m") read
  as the marking word or the client's name they make ("lNTERNAL USE 0NLY", "Usage
  lnterne", "arnbassadeurs"). Fail closed and no false mark: a word is read again only
  when it is not itself that word, its letters differ from it only where OCR confuses
  them, and a word with no digit in it is at least four letters long ("ail" stays garlic);
- a transcriber's note on what the paper shows, opening a line ("[tampon] SECRET — …",
  "(stamp) CONFIDENTIAL", "[manuscrit] Réservé au bureau"), left out: the mark follows it;
- a dictation's spoken punctuation opening a line, as the transcription wrote it in lower
  case ("deux points réservé à l'équipe …"), left out ("Deux points à retenir" is a title).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ftfy import fix_encoding

from knowledge.text import fold

# Single letters spaced out: three capitals or five letters at least, one space apart.
_SPACED = re.compile(
    r"(?<![\w'’])(?:(?:[^\W\d_a-z] ){2,}[^\W\d_a-z]|(?:[^\W\d_] ){4,}[^\W\d_])(?![\w'’])"
)
# A transcriber's note in brackets opening a line: what the paper shows, not its words.
_TRANSCRIBER_NOTE = re.compile(
    r"^\s*[\[(]\s*(?i:tampon|cachet|stamp|stamped|rubber stamp|manuscrit|manuscrite"
    r"|handwritten|annotation manuscrite|handwritten note|filigrane|watermark)\s*[\])]\s*:?\s*"
)
_DICTATED_OPENING = re.compile(r"^\s*(?:deux[ -]points|tiret|ouvrez les guillemets)\s+(?=\w)")
_HYPHENATED = re.compile(r"[^\W\d_]{2}-$")
_TOKEN = re.compile(r"[\w|]+")
# OCR's confusions, each read as one letter: "l", "1", "|" and "I" as "i"; "0" as "o";
# "rn" as "m".
_SHAPES = str.maketrans({"l": "i", "1": "i", "|": "i", "0": "o"})
_SHORTEST = 4
# The words marks and readers are written with (folded), in French and English.
_MARKING_WORDS = (
    *("interne", "internes", "internal", "uniquement", "seulement", "usage"),
    *("confidentiel", "confidentielle", "confidential", "secret", "restreint", "restreinte"),
    *("restricted", "reserve", "reservee", "reserves", "reservees", "reserved", "diffusion"),
    *("diffuser", "distribution", "strictement", "strictly", "prive", "privee", "private"),
    *("public", "publique", "personnel", "personnelle", "personal", "direction", "tous"),
    *("toutes", "tout", "toute", "all", "every", "everyone", "whole", "membres", "members"),
    *("ambassadeurs", "ambassadeur", "ambassadrices", "ambassadrice", "ambassadors"),
    *("ambassador", "team", "equipe", "staff", "only", "niveau", "level", "pour", "for"),
    *("to", "use", "comite", "committee", "board", "communaute", "community", "partager"),
)


def as_read(lines: Sequence[str], names: Iterable[str] = ()) -> list[str]:
    """`lines` (a head's) with mojibake, hyphenation, spaced letters and OCR's confusions
    read as the words they stand for; `names`: the client's names for itself and its
    ambassadors, read back as well."""
    vocabulary = _vocabulary(names)
    out: list[str] = []
    for raw in lines:
        line = _DICTATED_OPENING.sub("", _TRANSCRIBER_NOTE.sub("", fix_encoding(raw)))
        line = _SPACED.sub(lambda m: m.group(0).replace(" ", ""), line)
        line = _TOKEN.sub(lambda m: _read_word(m.group(0), vocabulary), line)
        if out and _HYPHENATED.search(out[-1]) and line[:1].islower():
            out[-1] = out[-1][:-1] + line  # "ambassa-" / "deurs et ambassadrices"
            continue
        out.append(line)
    return out


def _shape(word: str) -> str:
    return fold(word).translate(_SHAPES).replace("rn", "m")


def _vocabulary(names: Iterable[str]) -> dict[str, str]:
    words = {*_MARKING_WORDS}
    for name in names:
        words.update(w for w in re.findall(r"[^\W\d_]+", fold(name)) if len(w) >= _SHORTEST)
    return {_shape(w): w for w in sorted(words)}


def _read_word(token: str, vocabulary: dict[str, str]) -> str:
    folded = fold(token)
    damaged = any(c.isdigit() or c == "|" for c in token) and any(c.isalpha() for c in token)
    if not damaged and len(token) < _SHORTEST:
        return token
    word = vocabulary.get(_shape(token))
    if word is None or word == folded:
        return token
    letters = [c for c in token if c.isalpha() and c not in "lI"]
    if letters and all(c.isupper() for c in letters):
        return word.upper()
    return word.capitalize() if token[:1].isupper() else word

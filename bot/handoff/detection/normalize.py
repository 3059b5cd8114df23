"""Text normalisation shared by the handoff rules.

Rules are written against one canonical form: accents removed, apostrophes and
dashes unified, hyphens inside words turned into spaces ("passe-moi" -> "passe moi",
"ras-le-bol" -> "ras le bol"), whitespace collapsed. Emoji are kept: they are joke
markers. Lower-casing uses `str.lower()` so that character offsets stay aligned
between the cased and the lower-cased forms (cased rules match names such as "Inès").
"""

from __future__ import annotations

import re
import unicodedata

_CHAR_MAP = str.maketrans(
    {
        "’": "'",
        "‘": "'",
        "ʼ": "'",
        "`": "'",
        "´": "'",
        "′": "'",
        "«": '"',
        "»": '"',
        "“": '"',
        "”": '"',
        "œ": "oe",
        "Œ": "Oe",
        "æ": "ae",
        "Æ": "Ae",
        "‐": "-",
        "‑": "-",
        "‒": "-",
        "–": "-",
        "—": "-",
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
    }
)
_WORD_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+(?=[,.;:!?])")
_SPACES = re.compile(r"\s+")
# Chat spellings folded to standard French so rules need one form only.
_CHAT_SPELLINGS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), replacement)
    for pattern, replacement in (
        (r"\b(?:jsuis|chuis|chui|j'suis)\b", "je suis"),
        (
            r"\bj(?:'|)(veux|vais|peux|sais|pense|crois|voudrais|aimerais|trouve|comprends)\b",
            r"je \1",
        ),
        (r"\bjai\b", "j'ai"),
        (r"\bqq(?:u|)n\b", "quelqu'un"),
        (r"\bqqch\b", "quelque chose"),
        (r"\bc\b(?= (?:possible|pas|quoi|nul|grave|dingue|ouf|chiant|honteux))", "c'est"),
        # A missing apostrophe after an elided word: "l equipe", "j ai", "c est".
        (r"(?<!['\w])(j|l|d|m|t|s|n|c|qu) (?=[aeiouh]\w)", r"\1'"),
    )
)
_ENGLISH_WORDS = re.compile(
    r"\b(?:the|you|your|i|i'm|i've|my|me|is|are|was|this|that|to|of|and|with|for|not|"
    r"can|please|what|it|do|don't|have|want|someone|we)\b"
)
_FRENCH_WORDS = re.compile(
    r"\b(?:le|la|les|un|une|des|du|de|je|j'|tu|vous|nous|est|et|avec|pour|pas|que|qui|"
    r"mon|ma|mes|ce|cette|c'est|ca|il|elle|on|suis|ai|au|aux)\b"
)


def fold(text: str) -> str:
    """Accent-free, single-spaced text with the original case kept."""
    text = text.translate(_CHAR_MAP)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _WORD_HYPHEN.sub(" ", text)
    for pattern, replacement in _CHAT_SPELLINGS:
        text = pattern.sub(replacement, text)
    text = _SPACE_BEFORE_PUNCT.sub("", text)
    return _SPACES.sub(" ", text).strip()


def normalize(text: str) -> str:
    """The canonical lower-case form every non-cased rule is matched against."""
    return fold(text).lower()


def guess_language(normalized: str) -> str:
    """'en' when English function words clearly outnumber French ones, else 'fr'."""
    english = len(_ENGLISH_WORDS.findall(normalized))
    french = len(_FRENCH_WORDS.findall(normalized))
    return "en" if english > french else "fr"

"""Invisible and look-alike characters, made plain once, where text comes in.

People (and attackers) put characters in a message that show nothing or look like
ordinary ones: a zero-width space inside a phone number ("06\u200b12 34 56 78"), a
soft hyphen or a word joiner inside a word, bidi controls, a BOM pasted from a file,
invisible "tag" letters that smuggle text past a reader, non-breaking or thin spaces,
full-width letters ("ｍａｒｉｅ＠…"). Left in, they hide personal data from the detector
and split words so retrieval no longer finds them.

`visible_text` removes what shows nothing and maps what looks like plain ASCII or a
space to it; emoji sequences keep their joiners ("👩‍💻", flags), and so do scripts
that need them (Arabic, Indic), so the text a person stored still reads the same.
`VisibleText` does the same while remembering where each character came from, so a
detector can work on the plain text and report spans of the original.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

_ZWNJ, _ZWJ = "\u200c", "\u200d"
_BLACK_FLAG = "\U0001f3f4"  # subdivision flags: 🏴 + tag letters + cancel tag
_TAG_FIRST, _TAG_CANCEL = 0xE0020, 0xE007F
_LINE_BREAKS = {"\u2028": "\n", "\u2029": "\n", "\x85": "\n"}
_KEPT_CONTROLS = {"\n", "\t", "\r"}
# Default-ignorable characters that are not in category Cf (fillers that render blank).
_BLANK_FILLERS = {"\u034f", "\u115f", "\u1160", "\u17b4", "\u17b5", "\u3164", "\uffa0"}
_EXTRA_LOOKALIKES = {"\ufe6b": "@", "\u2024": ".", "\ufe52": "."}
# Emoji presentation and skin tones between an emoji and a joiner.
_EMOJI_MODIFIERS = {"\ufe0e", "\ufe0f"} | {chr(c) for c in range(0x1F3FB, 0x1F400)}


def _is_emoji(ch: str) -> bool:
    return unicodedata.category(ch) == "So" or ord(ch) >= 0x1F000


def _is_joining_script(ch: str) -> bool:
    """Letters and marks of scripts that use joiners in ordinary words (Hebrew onwards)."""
    return ord(ch) >= 0x0590 and unicodedata.category(ch)[0] in "LM"


def _joiner_kept(text: str, index: int) -> bool:
    """A zero-width (non-)joiner that is part of an emoji sequence or of a word's shape."""
    before = index - 1
    while before >= 0 and text[before] in _EMOJI_MODIFIERS:
        before -= 1
    if before < 0 or index + 1 >= len(text):
        return False
    prev, nxt = text[before], text[index + 1]
    if text[index] == _ZWJ and _is_emoji(prev) and _is_emoji(nxt):
        return True
    return _is_joining_script(text[index - 1]) and _is_joining_script(nxt)


def _flag_tags_end(text: str, index: int) -> int:
    """End of a well-formed subdivision-flag tag run starting at `index`, else `index`."""
    if index == 0 or text[index - 1] != _BLACK_FLAG:
        return index
    end = index
    while end < len(text) and end - index < 8 and 0xE0061 <= ord(text[end]) <= 0xE007A:
        end += 1
    if end > index and end < len(text) and ord(text[end]) == _TAG_CANCEL:
        return end + 1
    return index


def _word_break(parts: list[str], original: str, index: int) -> str:
    """A space for an invisible character that stands between two words ("Marie\u200bDupont":
    a lower-case letter, then a capital); nothing inside a word ("Ma\u200bthilde")."""
    following = original[index + 1 : index + 2]
    if parts and parts[-1][-1:].islower() and following.isupper():
        return " "
    return ""


def _plain(ch: str) -> str:
    """What one character becomes: itself, a plain look-alike, a space, or nothing."""
    if ch in _KEPT_CONTROLS:
        return ch
    code = ord(ch)
    if 0xFF01 <= code <= 0xFF5E:  # full-width ASCII
        return chr(code - 0xFEE0)
    if ch in _EXTRA_LOOKALIKES:
        return _EXTRA_LOOKALIKES[ch]
    if ch in _LINE_BREAKS:
        return _LINE_BREAKS[ch]
    category = unicodedata.category(ch)
    if category == "Zs" or ch == "\u2800":  # every exotic space, and the blank braille cell
        return " "
    if category in ("Cf", "Cc") or ch in _BLANK_FILLERS or 0xE0100 <= code <= 0xE01EF:
        return ""
    return ch


@lru_cache(maxsize=1)
def _special_characters() -> re.Pattern[str]:
    """Every character `_plain` changes, as one character class (built once, ~0.1 s)."""
    planes = (*range(0x20000), *range(0xE0000, 0xE1000))  # BMP, SMP, tags and selectors
    codes = [code for code in planes if _plain(chr(code)) != chr(code)]
    ranges: list[tuple[int, int]] = []
    for code in codes:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    body = "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
        for a, b in ranges
    )
    return re.compile(f"[{body}]")


@dataclass(frozen=True, slots=True)
class VisibleText:
    """`text` made plain, with `origin[i]` the index in the original of character i."""

    text: str
    origin: tuple[int, ...]
    original_length: int
    changed: bool

    @classmethod
    def build(cls, original: str) -> VisibleText:
        if not _special_characters().search(original):  # most messages: one C-speed scan
            return cls(original, (), len(original), changed=False)
        parts: list[str] = []
        origin: list[int] = []
        index = 0
        while index < len(original):
            ch = original[index]
            if ch in (_ZWJ, _ZWNJ) and _joiner_kept(original, index):
                plain = ch
            elif _TAG_FIRST <= ord(ch) <= _TAG_CANCEL:
                end = _flag_tags_end(original, index)
                for kept in range(index, end):
                    parts.append(original[kept])
                    origin.append(kept)
                index = max(end, index + 1)
                continue
            else:
                plain = _plain(ch) or _word_break(parts, original, index)
            if plain:
                parts.append(plain)
                origin.append(index)
            index += 1
        text = "".join(parts)
        if text == original:
            return cls(original, (), len(original), changed=False)
        return cls(text, tuple(origin), len(original), changed=True)

    def span_in_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span [start, end) of the plain text back to the original."""
        if not self.changed:
            return start, end
        if end <= start:
            at = self.origin[start] if start < len(self.origin) else self.original_length
            return at, at
        return self.origin[start], self.origin[end - 1] + 1


def visible_text(text: str) -> str:
    """`text` without invisible characters, with plain spaces and plain ASCII look-alikes."""
    return VisibleText.build(text).text

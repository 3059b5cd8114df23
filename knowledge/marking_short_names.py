"""A declared program name said by its head noun alone: « du Cercle » for « Cercle Castagne ».

Once a program is named in full, people write its head noun alone with a capital: « tous
les ambassadeurs du Cercle », « le Club », "every member of the Circle", "all Cercle
ambassadors". With a declared name whose head is a program's body word (« Cercle Castagne »,
"Hop Circle", « Club Levain »), that short form is the declared program and is written in
full, so the rest of the reader reads it as the declared name (`marking_program_name`).

Only the head alone: a head followed by another name, a number or a complement (« du Cercle
Nord », « le Club Or », « du Cercle de Lyon », "the Circle 2") may be another group and
keeps its words (fail closed); a lower-case head (« du cercle ») is any circle.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from knowledge.text import fold

# A program's body words, with their other language's form.
_BODIES = {
    "cercle": ("Cercle", "Circle"),
    "circle": ("Cercle", "Circle"),
    "club": ("Club",),
    "programme": ("Programme", "Program"),
    "program": ("Programme", "Program"),
    "communaute": ("Communauté", "Community"),
    "community": ("Communauté", "Community"),
    "reseau": ("Réseau", "Network"),
    "network": ("Réseau", "Network"),
    "tribu": ("Tribu", "Tribe"),
    "tribe": ("Tribu", "Tribe"),
    "guilde": ("Guilde", "Guild"),
    "guild": ("Guilde", "Guild"),
    "collectif": ("Collectif",),
}
_ARTICLE = r"(?:du|le|au|de\s+la|la|l['’]|the|of\s+the|our|notre|nos|votre|your)"
_THEM = r"(?:ambassad\w*|membres?|members?)"
# Nothing that could make it another group: a name, a number, a complement, a hyphen.
_ALONE = r"(?![\w’'-])(?!\s*[-–]?\s*[A-ZÀ-Ý0-9])(?!\s+(?:de|des|du|d['’]|of|from)\b)"


# "the Circle", « tout le Club » name the ambassadors by one word: no program's full name.
_LEADING = re.compile(
    r"^(?:(?:tout|toute|tous|toutes|all|the whole|the entire)\s+)?"
    r"(?:le|la|les|l'|the|our|nos|notre)\s*(?<=\s|')",
    re.IGNORECASE,
)


def _head(name: str) -> str | None:
    """The body word heading `name` (first in French, last in English), when it has one."""
    words = _LEADING.sub("", " ".join(name.replace("’", "'").split())).split(" ")
    if len(words) < 2:
        return None
    for word in (words[0], words[-1]):
        if fold(word) in _BODIES:
            return fold(word)
    return None


def short_forms(names: Sequence[str]) -> Callable[[str], str] | None:
    """A function writing a declared program's head noun alone as the declared name (the
    first such name for each head), or None when no declared name has such a head."""
    full: dict[str, str] = {}
    for name in names:
        head = _head(name)
        clean = " ".join(name.split())
        if head is not None:
            for form in _BODIES[head]:
                full.setdefault(form, clean)
    if not full:
        return None
    heads = "|".join(sorted(map(re.escape, full), key=len, reverse=True))
    after_article = re.compile(rf"(?P<lead>\b(?i:{_ARTICLE})\s+)(?P<head>{heads}){_ALONE}")
    before_them = re.compile(rf"(?<![\w’'-])(?P<lead>)(?P<head>{heads})(?=\s+(?i:{_THEM})\b)")

    def written_in_full(line: str) -> str:
        def said(found: re.Match[str]) -> str:
            # "Hop Circle members": a name before the head is already the full name
            before = line[: found.start()].split()
            if not found.group("lead") and before and before[-1][:1].isupper():
                return found.group(0)
            return found.group("lead") + full[found.group("head")]

        return before_them.sub(said, after_article.sub(said, line))

    return written_in_full

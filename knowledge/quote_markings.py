"""A document's own marking is not something to quote.

The first lines of a document, before its first heading, often say who may read it
(« Diffusion : tous les ambassadeurs », "Internal - do not distribute", « Information
destinée aux ambassadeurs – document public. »). `knowledge.markers` reads them to gate
the document; as a quote they answer nothing, yet they share the words every question
about the program uses ("ambassadeurs", "programme") and were quoted first.
"""

from __future__ import annotations

import re

from knowledge.document import HEADING_SEPARATOR
from knowledge.markers import line_level
from knowledge.text import fold

# A line about the document itself: "document public", "usage interne", "destiné aux…".
_ABOUT_DOCUMENT = re.compile(
    r"^(?:information |document )?(?:destine|reserve|intended|meant)e?s? (?:aux|a|au|for|to)\b"
    r"|\b(?:document|usage|diffusion|distribution|use) (?:public|publique|interne|internal"
    r"|restreinte?|confidentiel(?:le)?|restricted)\b",
)
# A marking is a short line.
MAX_WORDS = 25


def in_preamble(section: str) -> bool:
    """A chunk before the document's first heading: its heading path is the title alone."""
    return HEADING_SEPARATOR not in section


def is_marking(text: str, section: str) -> bool:
    """Whether the paragraph `text`, in the chunk under `section`, is the document's own
    marking (who may read it) rather than what the document says."""
    if not in_preamble(section) or len(text.split()) > MAX_WORDS:
        return False
    return line_level(text) is not None or bool(_ABOUT_DOCUMENT.search(fold(text)))

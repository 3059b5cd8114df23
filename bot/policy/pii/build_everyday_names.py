"""Build `data/everyday_names.txt`: names that are also everyday French words.

A lower-case "je suis claire" or "c'est parfait" must not read as a name, though
"Claire" and "Parfait" are first names; "lucas pour" must not make "Pour" a surname.
The list is derived, not written by hand: every first name and surname of the lexicon
(`lexicon.py`) that the French lemmatizer tables of the spaCy model know as an
adjective, adverb, verb form or function word (and the stop words of `knowledge.text`).
The noun table holds many proper names ("julie", "thomas"): it only marks common first
names that may also be things ("pierre", "olivier", "jean"), with the kind "noun", which
keeps them out of the rule that reads a common first name anywhere.

Run `python -m bot.policy.pii.build_everyday_names` after changing the lexicon or the
model; the file is shipped so that nothing is loaded at run time.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from bot.policy.pii.folding import fold
from bot.policy.pii.lexicon import first_names, register_first_names, register_surnames
from knowledge.text import ENGLISH_STOPWORDS, FRENCH_STOPWORDS

OUTPUT = Path(str(resources.files("bot.policy.pii").joinpath("data/everyday_names.txt")))
# The model's lemmatizer tables, by part of speech (the keys of `lemma_index`).
_KINDS = {"adj": "adj", "adv": "adv", "verb": "verb"}


def _lemmatizer_words() -> dict[str, set[str]]:
    """Folded words by kind: adj, adv, verb (lemmas and forms), function (closed classes)."""
    import spacy

    nlp = spacy.blank("fr")
    from spacy.lookups import Lookups

    from bot.policy.pii.ner import MODEL_NAME

    model_path = Path(str(resources.files(MODEL_NAME)))
    folder = next(model_path.glob("*/lemmatizer/lookups"))
    lookups = Lookups().from_disk(folder)
    strings = nlp.vocab.strings
    words: dict[str, set[str]] = {"adj": set(), "adv": set(), "verb": set(), "function": set()}
    index, exceptions = lookups.get_table("lemma_index"), lookups.get_table("lemma_exc")
    for pos, kind in _KINDS.items():
        key = strings.add(pos)
        words[kind].update(map(fold, index.get(key, [])))
        words[kind].update(map(fold, exceptions.get(key, {})))
    for pos in ("det", "pron", "adp", "cconj", "sconj", "aux"):
        words["function"].update(map(fold, exceptions.get(strings.add(pos), {})))
    words["function"].update(FRENCH_STOPWORDS | ENGLISH_STOPWORDS)
    noun = strings.add("noun")
    words["noun"] = set(map(fold, index.get(noun, []))) | set(map(fold, exceptions.get(noun, {})))
    verb_forms = lookups.get_table("lemma_lookup")
    words["verb_forms"] = verb_forms  # type: ignore[assignment]  # hashed: membership only
    return words


def build() -> list[tuple[str, str]]:
    words = _lemmatizer_words()
    forms = words.pop("verb_forms")
    common = first_names()[1]
    names = register_first_names() | common | register_surnames()
    rows = []
    for name in sorted(names):
        kinds = [kind for kind, found in words.items() if name in found]
        if "noun" in kinds and name not in common:
            kinds.remove("noun")  # kept for the common first names only (see the doc)
        if name in forms:
            kinds.append("form")
        if kinds:
            rows.append((name, ",".join(kinds)))
    return rows


def main() -> None:
    rows = build()
    header = (
        "# name\tkinds (adj, adv, verb, function, form, noun) — built by build_everyday_names.py\n"
    )
    OUTPUT.write_text(header + "".join(f"{n}\t{k}\n" for n, k in rows), encoding="utf-8")
    print(f"{len(rows)} names written to {OUTPUT}")


if __name__ == "__main__":
    main()

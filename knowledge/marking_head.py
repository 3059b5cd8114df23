"""A document's head read for its marking: its first lines, title and properties.

`markers.line_level` reads one line; here the lines of a head are read in order (a list
item is a rule, not a banner; a sub-heading names a section's audience), and a file's
properties as labelled lines. With the client's names for its ambassadors (`said`), a line
is read a second time with each name as "ambassadeurs": that reading may restrict it, and
may open it only through `marking_ambassadors`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from functools import partial

from knowledge.markers import (
    CONFIDENTIAL,
    HEAD_LINES,
    INTERNAL,
    LABELS,
    LEVELS,
    PUBLIC,
    Marking,
    line_level,
    strictest,
)
from knowledge.marking_all_readers import all_of_them, denied_then_open, former_only
from knowledge.marking_ambassadors import Said, for_ambassadors, without_company
from knowledge.marking_artifacts import public_artifact
from knowledge.marking_asked_of import asked_of_group
from knowledge.marking_bodies import names_a_body
from knowledge.marking_conditions import conditioned_level
from knowledge.marking_everyone import for_every_ambassador
from knowledge.marking_everyone_head import (
    cleaned,
    kept_among_them,
    mailed_to_all,
    names_everyone,
    opens_later,
    posted_for_everyone,
)
from knowledge.marking_few import few_level
from knowledge.marking_fields import field_opens
from knowledge.marking_groups import group_level, unknown_quantified_group
from knowledge.marking_holds import head_audience, reread
from knowledge.marking_in_passing import (
    addressed_prefix,
    chat_message,
    field_after_title,
    in_passing_level,
    reserves_in_passing,
    without_keep,
)
from knowledge.marking_kept_for import kept_for_group, members_of_a_named_part
from knowledge.marking_labels import excepts_readers, labelled_level
from knowledge.marking_letters import addressed_to_all, letter_to_ambassadors, received_as_member
from knowledge.marking_lines import read_line
from knowledge.marking_named_part import names_a_part
from knowledge.marking_only import part_level
from knowledge.marking_openings import drop_denials, grants_ambassadors, mixed_audience
from knowledge.marking_private_mail import private_mail
from knowledge.marking_program_name import every_one_of_them, names_declared, with_invitees
from knowledge.marking_published import published_in_passing
from knowledge.marking_pulled_back import narrowed_by_correction
from knowledge.marking_qualified import qualified_group, unqualified
from knowledge.marking_relayed import is_prose, kept_within, relayed_line, relayed_parts
from knowledge.marking_reserved import reserved_level
from knowledge.marking_revisions import (
    correction_value,
    is_correction,
    opens_in_words,
    revised_level,
)
from knowledge.marking_rows import (
    as_audience,
    as_labelled_row,
    extracted_lines,
    opens_as_reserved,
)
from knowledge.marking_sentences import clean_line, is_item
from knowledge.marking_spread import spread_widely
from knowledge.marking_subsets import restriction
from knowledge.marking_tool_fields import whole_of_named
from knowledge.marking_tools import sublist, tool_field_level
from knowledge.marking_undeclared import addresses_undeclared_group
from knowledge.marking_whole_group import inclusive_all, narrows_readers, tagged_whole
from knowledge.marking_whole_program import (
    correction_opens,
    mailed_to_whole,
    named_band_among_parts,
    whole_program,
)
from knowledge.marking_words import fix_typos
from knowledge.text import fold

_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s")
# A list address with "all" last reads as one with it first: "plieurs-tous@…" is
# "tous-plieurs@…", "echoes.all@…" is "all-echoes@…" (the group is read as before).
_ALL_LAST = re.compile(
    r"(?<![\w.+-])(?P<group>[A-Za-z]\w*)[.-](?P<all>tous|toutes|all|everyone)@", re.IGNORECASE
)


def find_in_lines(
    lines: Iterable[str], limit: int = HEAD_LINES, said: Said | None = None
) -> Marking | None:
    """The strictest marking among the first `limit` non-empty lines (`said`: the client's
    names for its ambassadors, `marking_ambassadors.as_ambassadors`)."""
    best: Marking | None = None
    seen = 0
    previous = ""
    lines = extracted_lines(list(lines))
    lines = [relayed_line(inclusive_all(_ALL_LAST.sub(r"\g<all>-\g<group>@", r))) for r in lines]
    lines = [as_labelled_row(raw) for raw in lines]
    audience = head_audience(lines, said)
    named_lines = [said(raw) if said is not None else raw for raw in lines[: limit * 2]]
    # A head that names every ambassador as its readers (`marking_everyone_head`).
    narrowed = any(qualified_group(n) for n in named_lines[:limit])
    post = None if narrowed else posted_for_everyone(named_lines[:limit])
    everyone = post is not None or any(names_everyone(n) for n in named_lines if n.strip())
    everyone = everyone or any(whole_program(n) or mailed_to_whole(n) for n in named_lines[:limit])
    opened = any(
        denied_then_open(raw, n) or all_of_them(n)
        for raw, n in zip(lines, named_lines, strict=False)
        if n.strip()
    )
    if everyone and not audience.ambassadors:
        audience = replace(audience, ambassadors=True)
    body = False  # a paragraph of prose has begun: the banners are above it
    for raw in lines:
        if not raw.strip():
            continue
        seen += 1
        if seen > limit:
            break
        heading = _HEADING.match(raw)
        item = is_item(raw, previous)
        previous = raw
        depth = len(heading.group(1)) if heading else 0
        reader = partial(_read, heading_depth=depth, item=item, said=said, body=body)
        level, revised = revised_level(raw, reader)
        if not revised:
            level = reader(raw)
        if level is None and (value := correction_value(raw)) is not None:
            level = labelled_level(fix_typos(clean_line(f"classification : {value}")))
        level = reread(raw, level, audience, opening=depth < 2 and not item)
        named = said(raw) if said is not None else raw
        freed = depth < 2 and not item and denied_then_open(raw, named)
        if freed or (depth < 2 and not item and level is None and all_of_them(named)):
            level = PUBLIC
        elif level is not None and former_only(raw) and opened:
            level = None  # "Ancien marquage : « Interne »", then "v2 : ouvert à tous les …"
        if everyone and level not in (None, PUBLIC) and not item and kept_among_them(named):
            level = PUBLIC
        rest = without_keep(named) if everyone and level == INTERNAL and not item else None
        if rest is not None:
            level = reader(rest) if rest else None  # "à garder pour vous": among them all
        if level is None and mailed_to_all(named):
            level = PUBLIC
        if opens_later(raw, named):
            best, level = None, PUBLIC
        # A correction sending it to a whole group lifts the tag it may still name.
        sent = level in (None, PUBLIC, INTERNAL) and correction_opens(named)
        sent = sent and not reserves_in_passing(named)
        level = PUBLIC if sent else level
        if level in (None, PUBLIC) and not sent:
            level = narrowed_by_correction(named, reader) or level
        # "Ambassadors Core only", "Réservé aux ambassadeurs Lumina": a part of them.
        if qualified_group(named) and (
            level == PUBLIC or (level is None and reader(unqualified(named)) == PUBLIC)
        ):
            level = INTERNAL
        if level in (None, PUBLIC) and depth < 2 and not item and names_a_part(named):
            level = INTERNAL  # "Pour les Couturières de la Squad", "… based in Lyon": a part
        if level == PUBLIC and excepts_readers(clean_line(named)):
            level = INTERNAL  # "pour l'ensemble des ambassadeurs, à l'exception des …": a part
        # Free distribution in passing; not "Communiqué — le Club Ambassadeurs Acme" (a part).
        free = level is None and depth < 2 and not item and not body
        free = free and not qualified_group(named)
        if free and (published_in_passing(named) or public_artifact(named) or spread_widely(named)):
            level = PUBLIC
        # A dated or signed correction replaces what the lines above said; one that opens
        # the document must say so in words ("reclassé", "ok pour tous les ambassadeurs").
        in_words = sent or freed or opens_in_words(raw) or grants_ambassadors(raw)
        opening = level == PUBLIC and not in_words
        if level is not None and is_correction(raw) and not opening:
            best = None
        if level is not None and (best is None or LEVELS.index(level) > LEVELS.index(best.level)):
            best = Marking(level, raw.strip()[:120])
        body = body or (level is None and not heading and is_prose(raw))
    if best is not None and best.level == INTERNAL and private_mail(named_lines[:limit]):
        best = Marking(CONFIDENTIAL, best.text)
    if (
        best is not None
        and best.level == PUBLIC
        and named_band_among_parts(best.text, lines[:limit])
    ):
        best = Marking(INTERNAL, best.text)  # "À toute la Tribu" above "les fondateurs": a part
    if best is not None and best.level == PUBLIC and members_of_a_named_part(lines, best.text):
        best = Marking(INTERNAL, best.text)  # "réservé aux membres du cercle": the one above
    if best is None and not narrowed and (greeting := letter_to_ambassadors(lines[:limit])):
        best = Marking(PUBLIC, greeting[:120])
    if best is None and not narrowed and (sent := _first(received_as_member, lines[:limit])):
        best = Marking(PUBLIC, sent[:120])  # "Vous recevez cet e-mail en tant que membre du …"
    if best is None and not narrowed and (to_all := _first(addressed_to_all, named_lines[:limit])):
        best = Marking(PUBLIC, to_all[:120])  # "À tous nos ambassadeurs : n'oubliez pas…"
    if best is None and post is not None:
        best = Marking(PUBLIC, post[:120])
    if best is None and (to_few := _first(addresses_undeclared_group, named_lines[:limit])):
        best = Marking(INTERNAL, to_few[:120])  # "Tous les Vigies : …", a group not declared
    return best


def _first(test: Callable[[str], bool], lines: Iterable[str]) -> str | None:
    return next((raw.strip() for raw in lines if raw.strip() and test(raw)), None)


def _read(
    raw: str, *, heading_depth: int, item: bool, said: Said | None, body: bool = False
) -> str | None:
    """One line's level: the reader's own, the client's names, then the openings and the
    restrictions a banner reader misses (`marking_openings`, `marking_subsets`). `body`: a
    paragraph of prose came before, so a bare list of tiers is a table's cell."""
    named = said is not None and for_ambassadors(raw, said, heading_depth=heading_depth, item=item)
    read = partial(line_level, heading_depth=heading_depth, item=item)
    level = PUBLIC if named else read_line(drop_denials(raw), read)
    as_word = raw
    if said is not None and not named and (other := said(raw)) != raw:
        # The client's names restrict as the word would ("pas pour les Isards"), and
        # open only as the rule above does.
        as_word = other
        by_name = line_level(drop_denials(other), heading_depth=heading_depth, item=item)
        restricting = [lv for lv in (level, by_name) if lv not in (None, PUBLIC)]
        level = strictest(restricting) if restricting else level
        if _names_the_unknown_group(raw, other):  # "tous les Isards": the ambassadors
            level = by_name
    opens = mixed_audience(as_word) or (level is None and grants_ambassadors(as_word))
    opens = opens or (level is None and (with_invitees(as_word) or every_one_of_them(as_word)))
    if heading_depth < 2 and not item and opens:
        level = PUBLIC
    if heading_depth < 2 and not item and level != PUBLIC:
        whole = _for_everyone(as_word) or _titled_for_everyone(as_word)
        whole = whole or (level is None and (whole_program(as_word) or mailed_to_whole(as_word)))
        whole = whole or (level is None and tagged_whole(as_word))
        level = PUBLIC if whole else level
    if heading_depth < 2 and not item and level is None:
        fields = partial(_read, heading_depth=heading_depth, item=item, said=said)
        level = PUBLIC if field_opens(raw, fields) else level
    if heading_depth < 2 and not item:
        found = (part_level(as_word, names_declared(said)), few_level(as_word))
        if restricting := [lv for lv in (level, *found) if lv is not None]:
            level = strictest(restricting)
    if (restricted := restriction(as_word)) is not None:
        level = strictest((level, restricted)) if level is not None else restricted
    if level is None and heading_depth < 2 and not item:
        level = reserved_level(as_word, in_body=body)  # a readership it cannot enumerate
    if level in (None, PUBLIC) and heading_depth < 2 and not item:
        level = kept_for_group(as_word) or kept_within(as_word) or level
    if level is None and heading_depth < 2 and not item and not body:
        # "Notes (réservé équipe)": above the prose, where banners are (in the prose, a
        # visit "— réservée aux adhérents" is what the document tells, not who reads it)
        level = in_passing_level(as_word) or asked_of_group(as_word)
    elif level == PUBLIC and heading_depth < 2 and not item and reserves_in_passing(as_word):
        level = INTERNAL  # "MAJ : on restreint aux membres Or, le lien à tous est désactivé"
    for part in (
        chat_message(raw),
        addressed_prefix(raw),
        field_after_title(raw),
        as_audience(raw),
        *relayed_parts(raw),
    ):
        if level is None and not body and part is not None and part != raw:
            again = _read(part, heading_depth=heading_depth, item=item, said=said, body=body)
            level = again if again not in (None, PUBLIC) else None  # a part only restricts
    if level is None and heading_depth < 2 and not item and not body:
        noted = _NOTE_TO.match(as_word)  # "Note rapide pour l'ensemble des ambassadeurs : …"
        sent = _SENT_TO_ALL.search(as_word)  # "Invités : tous les ambassadeurs"
        to_all = sent is not None and _for_everyone(_as_addressed(sent["who"]))
        opens = to_all or (noted is not None and _for_everyone(noted["who"]))
        level = PUBLIC if opens and not _WITHHELD.search(fold(as_word)) else level
    if level is None and heading_depth < 2 and not item and (whole := whole_of_named(raw)):
        level = _read(whole, heading_depth=heading_depth, item=item, said=said, body=body)
    if level is None and heading_depth < 2 and not item and not body:
        level = tool_field_level(as_word, line_level)  # "Visibilité : Relais niveau 2"
    if level == PUBLIC and sublist(raw):
        level = INTERNAL  # "À : parrains-argent@…": a part of them, whatever they are called
    if level in (None, PUBLIC) and narrows_readers(as_word):
        level = INTERNAL  # "Diffusion : ambassadeurs du Nord": a part of them, fail closed
    if level == PUBLIC and names_a_body(as_word):
        level = INTERNAL  # "Diffusion : comité des usagers": a few of them
    if level in (None, INTERNAL) and heading_depth < 2 and not item and not body:
        again = partial(_read, heading_depth=0, item=False, said=said)
        level = PUBLIC if opens_as_reserved(raw, said, again) else level  # "Diff. restr. : tous"
    if level == PUBLIC and heading_depth < 2 and not item:
        level = _label_after(as_word) or level  # "Pour tous les ambassadeurs — document interne"
    if level in (None, PUBLIC) and heading_depth < 2 and not item:
        level = conditioned_level(as_word) or level  # "… ayant signé la charte", "motus"
    return level


# Where a line's later parts begin: a dash, a comma, a semicolon or a sentence's end.
_PARTS = re.compile(r"\s[—–-]\s|[,;]\s|\.\s|\s\|\s")
# A later part that is a bare label, not an instruction to keep it among them ("— merci de
# ne pas diffuser à l'extérieur" keeps a document for all the ambassadors public).
_BARE_LABEL = re.compile(
    r"^(?:document |usage |diffusion |for )?(?:interne?|internal|confidentiel(?:le)?|confidential"
    r"|restreinte?|restricted)(?: use)?(?: only| uniquement)?$"
)


def _label_after(line: str) -> str | None:
    """The strictest level a later part of `line` says as a bare label: « Pour tous les
    ambassadeurs — document interne » is internal, as « … (usage interne) » already was."""
    parts = [" ".join(fold(part).replace(".", " ").split()) for part in _PARTS.split(line)[1:]]
    levels = [line_level(part) for part in parts if _BARE_LABEL.match(part)]
    restricted = [lv for lv in levels if lv not in (None, PUBLIC)]
    return strictest(restricted) if restricted else None


def find_in_metadata(fields: Mapping[str, str], said: Said | None = None) -> Marking | None:
    """The strictest marking among a file's properties (DOCX, PDF, HTML `<meta>`).

    A property named like a label (`classification`, an MSIP sensitivity label's name…)
    is read as a labelled line; any other (keywords, category, subject, title) as short
    lines, one per comma-separated item.
    """
    best: Marking | None = None
    for key, value in fields.items():
        value = str(value or "").strip()
        if not value:
            continue
        clean_key = clean_line(key)
        if any(label in clean_key.split() or label == clean_key for label in LABELS):
            text = f"classification : {value}"
            named = for_ambassadors(text) or (said is not None and for_ambassadors(text, said))
            level = PUBLIC if named else labelled_level(fix_typos(clean_line(text)))
        else:
            items = [value, *re.split(r"[,;|/]", value)] if len(value) < 300 else [value[:300]]
            levels = [lv for item in items if (lv := line_level(item)) is not None]
            level = strictest(levels) if levels else None
        if level is not None and (best is None or LEVELS.index(level) > LEVELS.index(best.level)):
            best = Marking(level, f"{key}: {value[:80]}")
    return best


def _names_the_unknown_group(raw: str, named: str) -> bool:
    """`named` (`raw` with the client's names for its ambassadors written "ambassadeurs")
    says "tous les ambassadeurs" where `raw` named a group the reader did not know."""
    unknown = unknown_quantified_group(clean_line(raw))
    return unknown is not None and unknown_quantified_group(clean_line(named)) is None


# A short note addressed before a colon: "Mot rapide à tous les ambassadeurs : merci !".
_NOTE_TO = re.compile(
    r"^[\W_]*(?:(?:petite?|quick|short)\s+)?(?:note|mot|message|info|memo)(?:\s+rapide)?\s+"
    r"(?P<who>(?:pour|à|a|to)\s[^:]{3,60}?)\s*:\s*\S",
    re.IGNORECASE,
)
# Guests, a mailing or a deck for everyone, in passing: "Invités : tous les ambassadeurs",
# "(envoyé à l'ensemble des ambassadeurs, réponses avant le 3)", "À lire par tous les …".
_SENT_TO_ALL = re.compile(
    r"(?:(?:\binvit[ée]\S*|\bguests|\benvoy[ée]e?s?|\bsent|\bdeck|\bsupport|\bformulaire"
    r"|\bform|\bs['’]adresse)\s*(?::\s*|\s(?:à|a|aux|pour|to|for)\s+)|\blire\s+par\s+)"
    r"(?P<who>(?:tous|toutes|toute|l['’]ensemble|all|every)\b[^,;:()!?]*)",
    re.IGNORECASE,
)


# A secret named in the same line keeps a note to everyone from opening the document (« Mot
# à tous les ambassadeurs : le CR confidentiel du CODIR est en PJ »).
_WITHHELD = re.compile(r"\b(?:confidenti\w*|secret\w*|interne?|internal|embargo\w*|nda)\b")


def _as_addressed(who: str) -> str:
    """`who` ("tous les ambassadeurs", "all ambassadors") as an address ("pour tous les …")."""
    who = who.strip()
    return f"{'for' if who[:3].lower() in ('all', 'eve') else 'pour'} {who}"


# A title before a dash, then the readers: "La Gazette n°14 - lettre réservée aux Passeurs".
_TITLE_DASH = re.compile(r"\s[-—–]\s")
TITLE_WORDS = 8


def _titled_for_everyone(line: str) -> bool:
    """`line` is a title that says no level, a dash, and every ambassador as the readers."""
    parts = _TITLE_DASH.split(line, maxsplit=1)
    if len(parts) < 2 or len(parts[0].split()) > TITLE_WORDS or line_level(parts[0]) is not None:
        return False
    if group_level(cleaned(parts[0]), restrictive_only=True) is not None:
        return False
    return _for_everyone(parts[1])


def _for_everyone(line: str) -> bool:
    """`line` gives every ambassador as the readers (`marking_everyone`)."""
    return for_every_ambassador(cleaned(without_company(drop_denials(line))))

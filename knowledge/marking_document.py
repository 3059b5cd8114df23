"""A document's confidentiality marking: the hand rules, then the learned second reader."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import date

from knowledge.document import LoadedDocument
from knowledge.markers import HEAD_LINES, INTERNAL, PUBLIC, Marking, strictest
from knowledge.marking_all_levels import without_own_name
from knowledge.marking_ambassadors import Said, as_ambassadors
from knowledge.marking_as_of_today import as_of_today
from knowledge.marking_audiences import audience_marking, statements_disagree
from knowledge.marking_boilerplate import is_mail_disclaimer
from knowledge.marking_conditions import hushed
from knowledge.marking_contained import contained_marking
from knowledge.marking_controlled import controlled_marking
from knowledge.marking_foreign import in_french
from knowledge.marking_head import find_in_lines, find_in_metadata
from knowledge.marking_kept_within import with_circles_read
from knowledge.marking_legends import with_keys_read
from knowledge.marking_made_for import made_for_marking
from knowledge.marking_mail_header import mail_head, named_readers_marking
from knowledge.marking_model import closed_by_model
from knowledge.marking_not_in_force import not_in_force_marking
from knowledge.marking_options import with_options_read
from knowledge.marking_pending_draft import pending_draft_marking
from knowledge.marking_places import names_a_place
from knowledge.marking_program_name import with_program_names
from knowledge.marking_purpose import purpose_marking
from knowledge.marking_release_audience import release_audience_marking
from knowledge.marking_scales import bare_scale_marking, unprotected_marking
from knowledge.marking_scanned import as_read
from knowledge.marking_sent_to_all import sent_to_all_marking
from knowledge.marking_short_names import short_forms
from knowledge.marking_sites import site_marking
from knowledge.marking_targets import without_open_targets
from knowledge.marking_tools import tool_marking
from knowledge.marking_whole_members import opened_by_plain_words, plainly

__all__ = ["document_marking", "page_headers", "rules_marking"]

# A Word page header is printed above every page: its lines head the document.
_PAGE_HEADERS = ("header ", "first_page_header ")


def document_marking(
    document: LoadedDocument,
    ambassador_names: Sequence[str] = (),
    client_names: Sequence[str] = (),
    today: date | None = None,
) -> Marking | None:
    """The rules' reading (`rules_marking`), closed to internal by the learned second reader
    when the rules read public or unmarked and the head looks restricted
    (`knowledge.marking_model`); never opened. `today`: the day it is read as of (by
    default the system's), the one the ingestion's review day is counted from."""
    found = rules_marking(document, ambassador_names, client_names, today)
    return closed_by_model(document, found)


def rules_marking(
    document: LoadedDocument,
    ambassador_names: Sequence[str] = (),
    client_names: Sequence[str] = (),
    today: date | None = None,
) -> Marking | None:
    """The head's marking (`_lines_marking`); for a mail saved as a document, its recipients'
    level (`marking_mail_header`) and the rest of its head read without the header's lines
    and the mail system's disclaimers, the strictest of the two. A head not read public as
    written is read again as of today (`marking_as_of_today`: an ended embargo, an approved
    release give their readers)."""
    head = as_of_today(document.head, today)
    found = _mail_marking(document, ambassador_names, client_names, today)
    if head == document.head or (found is not None and found.level == PUBLIC):
        return found
    # Read as of today it may open, never fall back to unmarked: the author marked it.
    again = _mail_marking(replace(document, head=head), ambassador_names, client_names, today)
    return again if again is not None else found


def _mail_marking(
    document: LoadedDocument,
    ambassador_names: Sequence[str],
    client_names: Sequence[str],
    today: date | None = None,
) -> Marking | None:
    """The head's marking with a mail header's recipients (`marking_mail_header`): the
    all-ambassador list among them opens a head that only its header's lines or a mail
    system's disclaimer restricted (the rest of the head read without them), and hidden
    or placeholder recipients leave it unmarked then; a list, a group or named people
    restrict a head not read public."""
    whole = _lines_marking(document, ambassador_names, client_names, today)
    mail = mail_head(document.head, ambassador_names)
    if mail is None or (whole is not None and whole.level == PUBLIC):
        return whole
    if mail.marking is None or mail.marking.level == PUBLIC:
        if whole is None:
            return mail.marking
        kept = [
            line
            for i, line in enumerate(document.head)
            if i not in mail.header_lines and not is_mail_disclaimer(line)
        ]
        rest = _lines_marking(replace(document, head=kept), ambassador_names, client_names, today)
        return rest if rest is not None and rest.level != PUBLIC else (mail.marking or rest)
    if whole is None or strictest([whole.level, mail.marking.level]) != whole.level:
        return mail.marking
    return whole


def _lines_marking(
    document: LoadedDocument,
    ambassador_names: Sequence[str] = (),
    client_names: Sequence[str] = (),
    today: date | None = None,
) -> Marking | None:
    """The strictest marking in the document's first lines (its page header's first), title
    or properties, with the client's names for its ambassadors and for itself
    (`marking_ambassadors.as_ambassadors`)."""
    said = with_program_names(
        as_ambassadors(ambassador_names, client_names), ambassador_names, client_names
    )
    names = [*client_names, *ambassador_names]
    head = in_french(
        as_read(
            with_keys_read(
                with_options_read(
                    without_open_targets(
                        with_circles_read([*page_headers(document.properties), *document.head])
                    )
                )
            ),
            names,
        )
    )
    title = in_french(as_read([document.title], names))[0] if document.title else ""
    first_lines = [line for line in head if line.strip()][:HEAD_LINES]
    found = [
        m
        for m in (
            _head_marking(head, said, short_forms([*client_names, *ambassador_names])),
            made_for_marking([title, *first_lines]),
            controlled_marking(first_lines),
            contained_marking(first_lines, said),
            find_in_lines([title], said=said) if title else None,
            find_in_metadata(document.properties, said),
            bare_scale_marking(first_lines),
            unprotected_marking(first_lines),
            tool_marking(first_lines, said),
            pending_draft_marking(first_lines),
            purpose_marking(first_lines),
            release_audience_marking(first_lines, names),
            not_in_force_marking(first_lines, today),
            named_readers_marking(first_lines, ambassador_names),
        )
        if m is not None
    ]
    if not found:
        found_else = _hush_marking(first_lines) or site_marking(first_lines, said)
        found_else = found_else or _audience(first_lines, said, [*client_names, *ambassador_names])
        return found_else or sent_to_all_marking(first_lines, said, client_names)
    top = strictest(m.level for m in found)
    chosen = next(m for m in found if m.level == top)
    if top == PUBLIC and names_a_place(chosen.text, [*client_names, *ambassador_names]):
        return Marking(INTERNAL, chosen.text)  # the ambassadors of one place: a part of them
    if top == PUBLIC:
        return _narrowed_in_other_words(chosen, first_lines, said)
    return chosen


def _narrowed_in_other_words(chosen: Marking, first_lines: list[str], said: Said) -> Marking:
    """A line read public that states its readers twice ("Pour les X du panel — For all
    X", two languages side by side) keeps the stricter statement (`marking_audiences`)."""
    found = statements_disagree(first_lines, said)
    return found if found is not None and found.text == chosen.text.strip()[:120] else chosen


def _audience(first_lines: list[str], said: Said | None, names: list[str]) -> Marking | None:
    """The readers a head's opening statement names (`marking_audiences`), one place's
    ambassadors a part of them."""
    found = audience_marking(first_lines, said)
    if found is not None and found.level == PUBLIC and names_a_place(found.text, names):
        return Marking(INTERNAL, found.text)
    return found


def _head_marking(
    lines: list[str], said: Said, short: Callable[[str], str] | None = None
) -> Marking | None:
    """The head's marking, read again in plain words (`marking_whole_members`) and with the
    declared program's short form in full (`short`: `marking_short_names`) when that opens
    it; a mail server's disclaimer left out when the rest of the head gives every ambassador
    as the readers (`marking_boilerplate`)."""

    def read(head: list[str]) -> Marking | None:
        return find_in_lines(head, said=said)

    def rewrite(line: str) -> str:
        return short(plainly(line)) if short is not None else plainly(line)

    found = opened_by_plain_words(lines, read, rewrite)
    if (found is None or found.level == INTERNAL) and _names_itself(lines):
        found = _opened_unnamed(lines, read, [short or (lambda line: line), rewrite]) or found
    if found is None or found.level == PUBLIC:
        return found
    kept = [line for line in lines if not is_mail_disclaimer(line)]
    if len(kept) == len(lines):
        return found
    without = opened_by_plain_words(kept, read, rewrite)
    return without if without is not None and without.level == PUBLIC else found


def _names_itself(lines: list[str]) -> bool:
    return any(without_own_name(line) != line for line in lines)


def _opened_unnamed(
    lines: list[str],
    read: Callable[[list[str]], Marking | None],
    rewrites: list[Callable[[str], str]],
) -> Marking | None:
    """The head public once the client's name beside "ambassadeurs" is left out of a line
    that says every level (`marking_all_levels`), its whole qualifier kept or said plainly
    (`rewrites`); None when neither reading opens it."""
    for rewrite in rewrites:

        def unnamed(line: str, rewrite: Callable[[str], str] = rewrite) -> str:
            return rewrite(without_own_name(line))

        found = opened_by_plain_words(lines, read, unnamed)
        if found is not None and found.level == PUBLIC:
            return found
    return None


# A hush counts in the head's first lines, where a banner is, not in a newsletter's items.
_HUSH_LINES = 2


def _hush_marking(first_lines: list[str]) -> Marking | None:
    """Internal when a head that says nothing else opens with a colloquial hush
    (`marking_conditions.hushed`: "keep this under your hat", "motus"); `first_lines`: its
    non-empty lines."""
    hush = next((line for line in first_lines[:_HUSH_LINES] if hushed(line)), None)
    return Marking(INTERNAL, hush.strip()[:120]) if hush is not None else None


def page_headers(properties: Mapping[str, str]) -> list[str]:
    """The lines of a document's page headers (`formats.docx.docx_properties`), in order."""
    return [str(v) for k, v in properties.items() if k.startswith(_PAGE_HEADERS) and v]

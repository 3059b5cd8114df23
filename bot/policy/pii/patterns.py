"""Structured identifiers: regex candidates confirmed by their checksums.

E-mail addresses and phone numbers are recognised by shape alone. IBANs,
payment cards, NIR, SIRET and SIREN must also pass their checksum
(python-stdnum), which keeps dates, prices, order numbers and versions out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from stdnum import iban, luhn
from stdnum.fr import nir, siren, siret

from bot.policy.pii.entities import Entity, EntityType, make_entity
from bot.policy.pii.obfuscated import find_obfuscated_emails

_SPACES = " \u00a0\u202f"

EMAIL_RE = re.compile(
    r"(?<![\w.+%-])[\w.+%-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w-])"
)

_PHONE_SEP = rf"[{_SPACES}.\-/]?"
# French numbers: 0X XX XX XX XX, or +33 / 0033 / +33 (0) followed by the 9 national digits.
FR_PHONE_RE = re.compile(
    rf"(?<![\w+])(?<!\d[{_SPACES}.\-/])"
    rf"(?:(?:(?:\+|00)[{_SPACES}]?33|\(\+33\)){_PHONE_SEP}(?:\(0\){_PHONE_SEP}|0{_PHONE_SEP})?|0)"
    rf"[1-9](?:{_PHONE_SEP}\d{{2}}){{4}}(?!\d)"
)
# Other countries: + or 00, a country code, then 2-6 groups; 8-15 digits in all.
INTL_PHONE_RE = re.compile(
    rf"(?<![\w+])(?:\+|00)(?!33)[1-9]\d{{0,2}}(?:[{_SPACES}.\-]?\(?\d{{1,4}}\)?){{2,6}}(?!\d)"
)

IBAN_CANDIDATE_RE = re.compile(
    rf"(?<![A-Za-z0-9])[A-Za-z]{{2}}\d{{2}}(?:[{_SPACES}\-]?[A-Za-z0-9]){{11,32}}"
)

# A run of digit groups separated by single spaces, dots or dashes.
DIGIT_RUN_RE = re.compile(rf"(?<![\w.,/])\d+(?:[{_SPACES}.\-]\d+)*(?![\w/])")

NIR_CORSICA_RE = re.compile(
    rf"(?<!\w)[12][{_SPACES}.]?\d{{2}}[{_SPACES}.]?\d{{2}}[{_SPACES}.]?2[AaBb]"
    rf"[{_SPACES}.]?\d{{3}}[{_SPACES}.]?\d{{3}}[{_SPACES}.]?\d{{2}}(?!\w)"
)

# Words just before a 9-digit number that make it an order or ticket number, not a SIREN.
_NOT_SIREN_BEFORE = re.compile(
    r"(?:commande|cmd|ticket|colis|suivi|tracking|order|r[ée]f(?:[ée]rence)?|facture|"
    r"dossier|n°|no\.?|num[ée]ro|#)\W*$",
    re.IGNORECASE,
)
_SIREN_CONTEXT = re.compile(r"siren|siret|rcs|tva|entreprise|soci[ée]t[ée]", re.IGNORECASE)

_MAX_CARD_DIGITS = 19

# How each identifier is usually grouped. A window that is only part of a longer run
# of digits must be grouped this way: any run of ten groups hides, by chance, a
# Luhn-valid nine digits ("85 05 78 006" inside a NIR with a wrong key).
_USUAL_LAYOUTS: dict[EntityType, set[tuple[int, ...]]] = {
    EntityType.SIREN: {(9,), (3, 3, 3)},
    EntityType.SIRET: {(14,), (3, 3, 3, 5), (9, 5), (3, 3, 3, 3, 2)},
    EntityType.NIR: {(15,), (1, 2, 2, 2, 3, 3, 2), (13, 2)},
    EntityType.CREDIT_CARD: {(16,), (15,), (4, 4, 4, 4), (4, 6, 5), (4, 4, 4, 4, 3)},
}
_ANY_USUAL_LAYOUT = set().union(*_USUAL_LAYOUTS.values())
_LAYOUT_PREFIXES = {layout[:k] for layout in _ANY_USUAL_LAYOUT for k in range(1, len(layout) + 1)}


def find_emails(text: str) -> Iterator[Entity]:
    """Addresses as written, and as written to dodge robots ("marie[at]orange.fr")."""
    for match in EMAIL_RE.finditer(text):
        yield make_entity(text, EntityType.EMAIL, *match.span())
    yield from find_obfuscated_emails(text)


def find_phones(text: str) -> Iterator[Entity]:
    for match in FR_PHONE_RE.finditer(text):
        yield make_entity(text, EntityType.PHONE, *match.span())
    for match in INTL_PHONE_RE.finditer(text):
        digits = sum(ch.isdigit() for ch in match.group())
        if match.group().startswith("00"):
            digits -= 2
        if 8 <= digits <= 15:
            yield make_entity(text, EntityType.PHONE, *match.span())


def find_ibans(text: str) -> Iterator[Entity]:
    """IBAN candidates are trimmed to the longest prefix that passes the mod-97 check.

    The candidate pattern may run into a following word ("FR76… merci"), so every
    end on a group boundary is tried, longest first.
    """
    pos = 0
    while (match := IBAN_CANDIDATE_RE.search(text, pos)) is not None:
        start, candidate = match.start(), match.group()
        pos = start + 1
        ends = [
            i + 1
            for i, ch in enumerate(candidate)
            if ch.isalnum() and (i + 1 == len(candidate) or not candidate[i + 1].isalnum())
        ]
        for end in reversed(ends):
            if iban.is_valid(candidate[:end]):
                yield make_entity(text, EntityType.IBAN, start, start + end)
                pos = start + end
                break


def card_brand_matches(digits: str) -> bool:
    """True when the issuer prefix (IIN) and the length fit a known card scheme."""
    n = len(digits)
    two, four = int(digits[:2]), int(digits[:4])
    return (
        (digits[0] == "4" and n in (13, 16, 19))  # Visa
        or ((51 <= two <= 55 or 2221 <= four <= 2720) and n == 16)  # Mastercard
        or (two in (34, 37) and n == 15)  # American Express
        or ((digits.startswith(("6011", "65")) or 644 <= int(digits[:3]) <= 649) and n >= 16)
        or (3528 <= four <= 3589 and n >= 16)  # JCB
        or ((300 <= int(digits[:3]) <= 305 or two in (36, 38, 39)) and n >= 14)  # Diners
        or (two == 62 and n >= 16)  # UnionPay
        or ((two == 50 or 56 <= two <= 69) and n >= 12)  # Maestro
    )


def _classify_digits(digits: str) -> EntityType | None:
    n = len(digits)
    if n == 15 and digits[0] in "12" and nir.is_valid(digits):
        return EntityType.NIR
    if n == 14 and siret.is_valid(digits):
        return EntityType.SIRET
    if 13 <= n <= _MAX_CARD_DIGITS and card_brand_matches(digits) and luhn.is_valid(digits):
        return EntityType.CREDIT_CARD
    if n == 15 and nir.is_valid(digits):
        return EntityType.NIR
    if n == 9 and siren.is_valid(digits):
        return EntityType.SIREN
    return None


def _siren_context_ok(text: str, start: int) -> bool:
    before = text[max(0, start - 40) : start]
    if _SIREN_CONTEXT.search(before):
        return True
    return not _NOT_SIREN_BEFORE.search(before[-25:])


def find_checksummed_numbers(text: str) -> Iterator[Entity]:
    """Cards, NIR, SIRET and SIREN inside runs of digit groups.

    Every contiguous window of groups is a candidate, so "SIRET 407 078 260 000 38"
    or a number glued to another one by a space are still found; the longest
    valid windows win.
    """
    for run in DIGIT_RUN_RE.finditer(text):
        groups = [
            (m.start() + run.start(), m.end() + run.start())
            for m in re.finditer(r"\d+", run.group())
        ]
        found: list[Entity] = []
        run_digits = sum(end - start for start, end in groups)
        for i in range(len(groups)):
            digits, layout = "", ()
            may_be_whole_run = i == 0 and run_digits <= _MAX_CARD_DIGITS
            for j in range(i, len(groups)):
                digits += text[groups[j][0] : groups[j][1]]
                layout += (groups[j][1] - groups[j][0],)
                if len(digits) > _MAX_CARD_DIGITS:
                    break
                if not may_be_whole_run and layout not in _LAYOUT_PREFIXES:
                    break
                whole_run = (i, j) == (0, len(groups) - 1)
                if not whole_run and layout not in _ANY_USUAL_LAYOUT:
                    continue
                kind = _classify_digits(digits)
                if kind is None or not (whole_run or layout in _USUAL_LAYOUTS[kind]):
                    continue
                start, end = groups[i][0], groups[j][1]
                if kind is EntityType.SIREN and not _siren_context_ok(text, start):
                    continue
                found.append(make_entity(text, kind, start, end))
        kept: list[Entity] = []
        for entity in sorted(found, key=lambda e: (-len(e), e.start)):
            if not any(entity.overlaps(other) for other in kept):
                kept.append(entity)
        yield from kept
    for match in NIR_CORSICA_RE.finditer(text):
        if nir.is_valid(re.sub(r"\W", "", match.group()).upper()):
            yield make_entity(text, EntityType.NIR, *match.span())


def find_structured(text: str) -> Iterator[Entity]:
    yield from find_emails(text)
    yield from find_ibans(text)
    yield from find_checksummed_numbers(text)
    yield from find_phones(text)

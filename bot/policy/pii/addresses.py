"""Street-level postal addresses: house number, street type, name, then post code and city.

A span runs from the house number to the city when they are contiguous
("8 bis avenue Jean Jaurès, 69100 Villeurbanne"). A city alone, or a street
without a house number, is not an address. The street name is a run of
capitalised words and French particles ("de la", "des", "l'"…); lower-case
typing ("12 rue des capucins 69001 lyon") is accepted when a post code anchors
the end. Common English forms ("221B Baker Street, London") are covered too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.policy.pii.entities import Entity, EntityType, make_entity

_UPPER = "A-ZÀ-ÖØ-Þ"
_HOUSE_NUMBER = r"(?<![\w,.])\d{1,4}(?:\s?(?:bis|ter|quater|[A-Da-d])\b)?(?:\s?[-–/]\s?\d{1,4})?"
_FR_STREET_TYPE = (
    r"(?i:rue|r\.|avenue|av\.|boulevard|bd|bld|place|impasse|imp\.|chemin|all[ée]e|quai|cours|"
    r"route|rte|mont[ée]e|passage|square|voie|cit[ée]|r[ée]sidence|sentier|rond-point|"
    r"faubourg|fbg|esplanade|parvis|promenade|lotissement|hameau|lieu-dit|traverse|"
    r"ruelle|chauss[ée]e|sente|venelle|c[ôo]te|rampe|grande[- ]rue|quartier)(?!\w)"
)
_PARTICLE = r"(?:de|du|des|la|le|les|aux?|et|sur|sous|en|l[èe][sz]|d['’]|l['’])"
_CAP_WORD = rf"(?:[dlDL]['’])?[{_UPPER}0-9][\w'’\-]*"
_NAME = rf"(?:(?:{_PARTICLE}|{_CAP_WORD})(?:\s+|(?<=['’])))*{_CAP_WORD}"
# A city of up to four words; "CEDEX" closes it rather than being part of its name.
_CITY = (
    rf"[{_UPPER}][\w'’\-]*"
    rf"(?:[\s\-](?:{_PARTICLE}\s+)?(?!(?i:cedex)\b)[{_UPPER}][\w'’\-]*){{0,3}}"
)
_POSTCODE_CITY = (
    rf",?\s+\d{{2}}\s?\d{{3}}\s+(?:{_CITY}|[a-zà-ÿ][\w\-]*)(?:\s+(?i:cedex)(?:\s+\d{{1,2}})?)?"
)

FR_ADDRESS_RE = re.compile(
    rf"{_HOUSE_NUMBER},?\s+{_FR_STREET_TYPE}\s+{_NAME}(?:{_POSTCODE_CITY})?(?!\w)"
)
# Lower-case typing: the street name is any few words, closed by a post code and a city.
FR_LOWERCASE_ADDRESS_RE = re.compile(
    rf"{_HOUSE_NUMBER},?\s+{_FR_STREET_TYPE}(?:\s+[\w'’\-]+){{1,6}}?{_POSTCODE_CITY}(?!\w)"
)
_EN_STREET_TYPE = (
    r"(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Ln\.?|Drive|Dr\.?|Boulevard|Blvd\.?|"
    r"Way|Court|Ct\.?|Place|Pl\.?|Square|Sq\.?|Terrace|Crescent|Close|Gardens)(?!\w)"
)
EN_ADDRESS_RE = re.compile(
    rf"{_HOUSE_NUMBER}\s+(?:[{_UPPER}][\w'\-]*\s+){{1,4}}{_EN_STREET_TYPE}"
    rf"(?:,\s+[{_UPPER}][\w\-]*(?:\s+[{_UPPER}][\w\-]*)?(?:,?\s+[A-Z0-9]{{2,4}}\s?[A-Z0-9]{{3}})?)?"
)


def find_addresses(text: str) -> Iterator[Entity]:
    for pattern in (FR_ADDRESS_RE, FR_LOWERCASE_ADDRESS_RE, EN_ADDRESS_RE):
        for match in pattern.finditer(text):
            start, end = match.span()
            while end > start and text[end - 1] in ".,;:-’'":
                end -= 1
            yield make_entity(text, EntityType.ADDRESS, start, end)

"""A form's readership options read as the one chosen: boxes, yes/no, an option set apart
or the others struck out; nothing chosen leaves the document unmarked
(`knowledge.marking_options`)."""

from __future__ import annotations

import pytest

from bot.bench.markings import read_head
from knowledge.marking_options import with_options_read


def _level(field: str) -> str:
    return read_head(f"Fiche projet\n{field}\nAuteur : R. Dupuis, 2027-03-02")[0]


@pytest.mark.parametrize(
    ("field", "level"),
    [
        ("Visibilité : ☑ Public  ☐ Interne  ☐ Confidentiel", "public"),
        ("Visibility: [ ] Public  [x] Internal  [ ] Confidential", "internal"),
        ("Visibility: ( ) Public ( ) Internal (X) Confidential", "confidential"),
        ("Visibilité : ☒ Public  ☒ Interne  ☐ Confidentiel", "internal"),
        ("Sharing: ▣ Public □ Internal □ Confidential", "public"),
        ("Visibilité : ✔ Public   ✘ Interne   ✘ Confidentiel", "public"),
        ("Public : non · Interne : oui · Confidentiel : non", "internal"),
        ("Public: yes | Internal: no | Confidential: no", "public"),
        ("Sensibilité : Public / **Interne** / Confidentiel", "internal"),
        ("Sensitivity: Public · Internal · ==Confidential==", "confidential"),
        ("Sensibilité : PUBLIC / interne / confidentiel", "public"),
        ("Sensibilité : ~~Public~~ / Interne / ~~Confidentiel~~", "internal"),
        ("Sensibilité : Public · Interne (retenu) · Confidentiel", "internal"),
        ("Visibilité : [X] Équipe support  [ ] Public", "internal"),
    ],
)
def test_the_chosen_option_is_the_level(field: str, level: str) -> None:
    assert _level(field) == level


@pytest.mark.parametrize(
    "field",
    [
        "Visibilité : ☐ Public  ☐ Interne  ☐ Confidentiel",
        "Visibility: [ ] Public [ ] Internal [ ] Confidential   [x] Proofread",
        "Public : non · Interne : non · Confidentiel : non",
        "Visibilité : <à choisir>",
    ],
)
def test_nothing_chosen_leaves_it_unmarked(field: str) -> None:
    assert _level(field) == "none"


def test_a_tick_over_several_options_is_the_strictest_it_may_mean() -> None:
    lines = ["Visibilité : ☐ Public ☐ Interne ☐ Confidentiel", "✓ (entre Public et Interne)"]
    assert with_options_read(lines) == ["", "Classification : Interne"]


def test_options_one_a_line_under_their_label_are_one_list() -> None:
    lines = ["Visibilité :", "  Public", "  Interne", "  Confidentiel ←", "Date : mars"]
    assert with_options_read(lines)[0] == "Visibilité : Confidentiel"


def test_a_plain_legend_and_a_sentence_are_left_as_written() -> None:
    lines = ["Niveaux : Public / Interne / Confidentiel", "PUBLIC — rien de confidentiel ici"]
    assert with_options_read(lines) == lines


@pytest.mark.parametrize(
    ("row", "level"),
    [
        ("| cocher | | X | |", "internal"),
        ("| cocher | ✓ | | |", "public"),
        ("| cocher | | | |", "none"),
    ],
)
def test_a_table_of_levels_is_read_by_its_ticked_column(row: str, level: str) -> None:
    table = f"| Visibilité | Public | Interne | Confidentiel |\n|---|:-:|:-:|:-:|\n{row}"
    assert read_head(f"## Atelier\n\n{table}\n\nMise à jour : mars")[0] == level

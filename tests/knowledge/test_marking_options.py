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


@pytest.mark.parametrize(
    ("head", "level"),
    [
        # The label alone over one option a line, without its colon.
        ("Visibilité\n( ) Public\n(x) Interne\n( ) Confidentiel", "internal"),
        ("Sensibilité\n- **Public**\n- Interne\n- Confidentiel", "public"),
        ("Visibilité\nPublic : non\nInterne : oui\nConfidentiel : non", "internal"),
        # Options set apart among single spaces or wider gaps.
        ("Sensitivity: -Public- Internal -Confidential-", "internal"),
        ("Visibilité : ~~Interne~~ ~~Confidentiel~~ Public", "public"),
        ("Sensibilité : Public  Interne ←  Confidentiel", "internal"),
        ("Classification: public / internal / CONFIDENTIAL (board only)", "confidential"),
        # The boxes after their options.
        ("Visibility: Public [ ] Internal [X] Confidential [ ]", "internal"),
        # Answers beside dashes, an X or a blank, or before the option.
        ("Share with: Public — no | Staff — yes | Confidential — no", "internal"),
        ("Visibility: Public — NO / Internal — YES / Confidential — NO", "internal"),
        ("Sensibilité : Public : X | Interne :   | Confidentiel :  ", "public"),
        ("Sensibilité : oui (Public) / non (Interne) / non (Confidentiel)", "public"),
        ("Public : non — Interne : non — Confidentiel : oui", "confidential"),
        ("Public : oui — Interne : non — Confidentiel : non", "public"),
    ],
)
def test_options_as_forms_print_them(head: str, level: str) -> None:
    assert read_head(f"Fiche projet\n{head}\nAuteur : R. Dupuis, 2027-03-02")[0] == level


def test_a_readership_row_of_a_field_table_is_read_as_its_field() -> None:
    table = "| Champ | Valeur |\n|---|---|\n| Titre | Journée portes ouvertes |\n"
    table += "| Diffusion | ~~Interne~~ ~~Confidentiel~~ Public |\n| Auteur | R. Dupuis |"
    assert read_head(table)[0] == "public"


def test_a_table_of_levels_as_rows_is_read_by_its_ticked_row() -> None:
    table = "| Visibilité | Choix |\n|---|---|\n| Public | |\n| Interne | ✓ |\n| Confidentiel | |"
    assert with_options_read(table.splitlines())[0] == "Visibilité : Interne"
    assert read_head(f"{table}\n\nObjet : inventaire")[0] == "internal"


def test_a_ticked_option_in_the_programs_own_words_is_kept_as_written() -> None:
    lines = ["Audience: [x] All Pioneers  [ ] Staff only  [ ] Confidential"]
    assert with_options_read(lines) == ["Audience : All Pioneers"]
    lines = ["Readership: All Pioneers ✓  Partners only ✗  Head office only ✗"]
    assert with_options_read(lines) == ["Diffusion : All Pioneers"]
    assert read_head(lines[0], ["Pioneer", "Pioneers"])[0] == "public"


def test_a_tick_it_cannot_place_leaves_the_line_as_written() -> None:
    line = "Destinataires : ☐ Tous les membres   ☑ Bureau des élus uniquement"
    assert with_options_read([line]) == [line]
    assert read_head(f"Compte rendu\n{line}")[0] != "public"


@pytest.mark.parametrize(
    "field",
    ["Sensibilité : [PUBLIC / INTERNE / CONFIDENTIEL]", "Visibility: <Public | Internal>"],
)
def test_every_level_in_brackets_is_a_field_never_filled(field: str) -> None:
    assert with_options_read([field]) == [""]


@pytest.mark.parametrize(
    "field",
    [
        "Diffusion : **Ambassadeurs Or** / Staff / Confidentiel",
        "Visibilité : ☑ Public ☑ Ambassadeurs Or ☐ Confidentiel",
    ],
)
def test_a_group_chosen_is_read_in_its_own_words(field: str) -> None:
    assert "Ambassadeurs Or" in with_options_read([field])[0]
    assert read_head(f"Fiche projet\n{field}\nAuteur : R. Dupuis")[0] == "internal"

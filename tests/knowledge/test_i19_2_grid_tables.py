"""Issue 19 item 2: a plain-text grid table whose rows run over several lines, with a
cell spanning two rows, keeps each row whole (the spanning value repeated)."""

from __future__ import annotations

from knowledge.document import TABLE
from knowledge.loaders import load

TEXT = """Calendrier des demandes

Les demandes du trimestre, avec le préavis à respecter.

+------------+-------------------------+-------+------------+
| Période    | Besoin                  | Nb    | Préavis    |
+============+=========================+=======+============+
| 6-31 janv. | Avis Google après       | 25    | 10 jours   |
|            | installation            |       |            |
+------------+-------------------------+-------+            +
| 1-14 fév.  | Témoignages écrits      | 8     |            |
|            | pour la page Batteries  |       |            |
+------------+-------------------------+-------+------------+
| 12 mars    | Salon de Montpellier    | 6     | 5 semaines |
+------------+-------------------------+-------+------------+

Le calendrier est revu chaque mois.
"""


def test_i19_2_grid_table_rows_over_several_lines_and_spanned_cells() -> None:
    doc = load("calendrier.txt", TEXT.encode())
    (table,) = [b for s in doc.sections for b in s.blocks if b.kind == TABLE]
    assert table.rows == (
        ("Période", "Besoin", "Nb", "Préavis"),
        ("6-31 janv.", "Avis Google après installation", "25", "10 jours"),
        ("1-14 fév.", "Témoignages écrits pour la page Batteries", "8", "10 jours"),
        ("12 mars", "Salon de Montpellier", "6", "5 semaines"),
    )
    texts = [b.text for s in doc.sections for b in s.blocks if b.kind != TABLE]
    assert "Le calendrier est revu chaque mois." in texts

"""Writes docs/ (called by gen.py)."""
import os
import content_text as T
import content_html as H
import content_blocks as B
from writers import write_pdf, write_docx


def write_docs(root):
    d = os.path.join(root, "docs")
    os.makedirs(d, exist_ok=True)
    for name, text in [(T.T1_NAME, T.T1), (T.T2_NAME, T.T2), (T.T3_NAME, T.T3),
                       (T.M1_NAME, T.M1), (T.M2_NAME, T.M2), (T.M3_NAME, T.M3),
                       (H.H1_NAME, H.H1), (H.H2_NAME, H.H2)]:
        with open(os.path.join(d, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    # newsletter exported to PDF: two columns of text
    write_pdf(os.path.join(d, B.P1_NAME), B.P1_TITLE, B.P1,
              columns=[(45, 50), (310, 50)], top_first=745, footer="La Portée n°14 — novembre 2026")
    # internal letter: one column, a table
    write_pdf(os.path.join(d, B.P2_NAME), B.P2_TITLE, B.P2,
              columns=[(50, 100)], top_first=745, body=10, head=13,
              footer="Coulisses n°5 — interne", table_cols=[0, 290, 390])
    write_docx(os.path.join(d, B.D1_NAME), B.D1_TITLE, "Hélène Casanova", B.D1)
    write_docx(os.path.join(d, B.D2_NAME), B.D2_TITLE, "Manon Thiébaut", B.D2)

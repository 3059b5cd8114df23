"""Rebuild the PDF and DOCX documents of structure_dev3/docs.

Usage: /work/main/.venv/bin/python tests/knowledge/data/structure_dev3/gen/build_docs.py
Requires reportlab and python-docx. Output is written to ../docs/.
"""
from pathlib import Path

from docx import Document
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import (ListFlowable, ListItem, PageBreak, Paragraph,
                                SimpleDocTemplate, Spacer, Table, TableStyle)

DOCS = Path(__file__).resolve().parent.parent / "docs"

ss = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=ss["Normal"], fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=6)
TITLE = ParagraphStyle("title", parent=ss["Normal"], fontName="Helvetica-Bold", fontSize=20, leading=24, spaceAfter=14)
H1 = ParagraphStyle("h1", parent=ss["Normal"], fontName="Helvetica-Bold", fontSize=15, leading=19, spaceBefore=12, spaceAfter=8)
H2 = ParagraphStyle("h2", parent=ss["Normal"], fontName="Helvetica-Bold", fontSize=12.5, leading=16, spaceBefore=8, spaceAfter=6)


def table(rows):
    t = Table(rows, hAlign="LEFT")
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTNAME", (0, 1), (-1, -1), "Helvetica"),
        ("FONTSIZE", (0, 0), (-1, -1), 9.5),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9ead3")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return t


def bullets(items):
    return ListFlowable([ListItem(Paragraph(i, BODY), leftIndent=12) for i in items],
                        bulletType="bullet", start="•", leftIndent=14)


def footer_fn(label):
    def draw(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8.5)
        canvas.drawString(2 * cm, 1.2 * cm, label)
        canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, "Page %d" % doc.page)
        canvas.restoreState()
    return draw


def build_pdf(name, label, story):
    doc = SimpleDocTemplate(str(DOCS / name), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2 * cm, bottomMargin=2.2 * cm, title=label)
    f = footer_fn(label)
    doc.build(story, onFirstPage=f, onLaterPages=f)


def pdf_bareme():
    s = [Paragraph("Barème des points 2026", TITLE),
         Paragraph("Programme Ambassadeurs Verdaune — document de référence", BODY),
         Paragraph("Principe général", H1),
         Paragraph("Chaque mission réalisée rapporte des points qui sont crédités sur le compte de l'ambassadeur "
                   "après validation par l'équipe du programme. La validation intervient en général dans les "
                   "quinze jours qui suivent la mission. Les points servent à la fois à déterminer le niveau "
                   "de l'ambassadeur et à obtenir des récompenses.", BODY),
         Paragraph("Points par action", H1),
         Paragraph("Le tableau ci-dessous indique le nombre de points attribués pour chaque action.", BODY),
         table([["Action", "Points", "Plafond"],
                ["Atelier animé en magasin (2 h)", "120", "6 par an"],
                ["Avis produit détaillé avec photo", "15", "4 par mois"],
                ["Avis produit sans photo", "8", "4 par mois"],
                ["Parrainage d'un nouveau client", "60", "10 par an"],
                ["Parrainage d'un nouvel ambassadeur", "150", "3 par an"],
                ["Journée de plantation solidaire", "100", "aucun"],
                ["Test d'une nouveauté avec questionnaire", "40", "5 par an"],
                ["Fiche conseil publiée sur le blog", "80", "1 par mois"],
                ["Accueil lors des portes ouvertes", "50", "aucun"]]),
         Spacer(1, 8),
         Paragraph("Les points d'un parrainage ne sont crédités qu'après le premier achat du filleul, d'un montant "
                   "minimum de 30 euros, et au plus tard 45 jours après son inscription.", BODY),
         Paragraph("Points bonus", H1),
         Paragraph("Des points bonus s'ajoutent dans les situations suivantes :", BODY),
         bullets(["doublement des points pendant la Semaine des Arbres, fin novembre ;",
                  "25 points pour l'anniversaire d'adhésion au programme ;",
                  "50 points lorsque l'ambassadeur complète son profil avec une photo du jardin ;",
                  "30 points par atelier animé en binôme avec un nouvel ambassadeur."]),
         PageBreak(),
         Paragraph("Validité des points", H1),
         Paragraph("Les points sont valables 24 mois à compter de la date où ils sont crédités. Les points expirés "
                   "sont retirés le dernier jour du mois concerné et un courriel de rappel est envoyé 30 jours "
                   "avant l'expiration.", BODY),
         Paragraph("Conversion en bons d'achat", H1),
         Paragraph("Les points peuvent être convertis en bons d'achat utilisables dans toutes les jardineries Verdaune.", BODY),
         table([["Bon d'achat", "Coût en points", "Validité du bon"],
                ["10 euros", "200 points", "6 mois"],
                ["25 euros", "450 points", "6 mois"],
                ["50 euros", "850 points", "12 mois"],
                ["100 euros", "1 600 points", "12 mois"]]),
         Spacer(1, 8),
         Paragraph("Un bon d'achat ne peut pas être fractionné : s'il n'est pas utilisé en totalité, le reste est perdu. "
                   "Convertir des points en bon d'achat ne fait pas baisser le niveau de l'ambassadeur.", BODY),
         Paragraph("Litiges sur les points", H1),
         Paragraph("En cas d'erreur dans le décompte, l'ambassadeur dispose de 60 jours pour contester en joignant "
                   "un justificatif, par exemple un ticket de caisse ou une capture d'écran de l'avis publié. "
                   "La réponse est donnée par l'équipe du programme sous dix jours ouvrés.", BODY),
         ]
    build_pdf("03_bareme_points.pdf", "Verdaune — Barème des points 2026", s)


def pdf_partner_guide():
    s = [Paragraph("Guide for Partner Garden Centres", TITLE),
         Paragraph("Verdaune Ambassador Program — edition 2026", BODY),
         Paragraph("About the program", H1),
         Paragraph("The Verdaune Ambassador Program brings together passionate gardeners who share advice, run "
                   "workshops and introduce new customers to our garden centres. Since 2026, independent garden "
                   "centres in Belgium and French-speaking Switzerland can join the program as partner stores.", BODY),
         Paragraph("Role of the partner store", H1),
         Paragraph("A partner store commits to the following:", BODY),
         bullets(["accept the ambassador card and apply the ambassador discount at the till;",
                  "host at least four ambassador workshops per year;",
                  "display the program poster near the entrance;",
                  "send the list of workshop participants to Verdaune within one week."]),
         Paragraph("Costs and sharing", H1),
         table([["Item", "Paid by", "Amount"],
                ["Ambassador discount on purchases", "Partner store", "50% of the discount"],
                ["Reward catalogue items", "Verdaune", "100%"],
                ["Workshop materials", "Partner store", "up to EUR 80 per workshop"],
                ["Program licence fee", "Partner store", "EUR 1,200 per year"]]),
         Spacer(1, 8),
         Paragraph("The licence fee is waived for the first year for stores that join before 30 June 2027.", BODY),
         PageBreak(),
         Paragraph("Onboarding", H1),
         Paragraph("Steps", H2),
         Paragraph("Joining the program takes about eight weeks and follows these steps:", BODY),
         bullets(["sign the partnership agreement;",
                  "appoint an ambassador contact among the sales staff;",
                  "train staff during a half-day session in Angers;",
                  "launch with an open day hosted by local ambassadors."]),
         Paragraph("Support", H2),
         Paragraph("Each partner store is followed by Mathieu Farge, who visits new partners twice during their "
                   "first year and answers questions by email within two working days.", BODY),
         Paragraph("Reporting", H1),
         Paragraph("Partner stores receive a monthly report listing the workshops held, the points credited to "
                   "ambassadors and the sales linked to referrals. Disputes about the report must be raised "
                   "within 30 days.", BODY),
         Paragraph("Ending the partnership", H1),
         Paragraph("Either party may end the partnership with three months' notice, effective at the end of a "
                   "calendar quarter. Ambassadors attached to the store keep their status and points.", BODY),
         ]
    build_pdf("11_partner_guide_en.pdf", "Verdaune — Partner Guide 2026", s)


def docx_charte():
    d = Document()
    d.add_heading("Charte de conduite des ambassadeurs Verdaune", level=0)
    d.add_heading("Préambule", level=1)
    d.add_paragraph("Être ambassadeur Verdaune, c’est représenter nos jardineries auprès du public. Cette charte "
                    "s’applique à toutes les activités menées dans le cadre du programme, en magasin comme en ligne. "
                    "Elle est acceptée lors de la candidature et rappelée à chaque renouvellement.")
    d.add_heading("Principes", level=1)
    d.add_heading("Transparence", level=2)
    d.add_paragraph("Lorsqu’il recommande un produit sur les réseaux sociaux, l’ambassadeur indique clairement son "
                    "statut en ajoutant la mention #ambassadeurVerdaune. Il ne présente jamais un produit offert "
                    "comme un achat personnel.")
    d.add_heading("Respect", level=2)
    d.add_paragraph("Dans ses échanges, l’ambassadeur s’engage à :")
    for t in ["rester courtois avec les clients, le personnel et les autres ambassadeurs ;",
              "respecter les horaires convenus avec la jardinerie ;",
              "ne pas critiquer publiquement les concurrents ;",
              "respecter la vie privée des participants aux ateliers."]:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("Conseils de jardinage", level=2)
    d.add_paragraph("Les conseils donnés par les ambassadeurs privilégient le jardinage au naturel. Un ambassadeur "
                    "ne recommande jamais de pesticide de synthèse, même si le produit est encore vendu légalement.")
    d.add_heading("Comportements interdits", level=1)
    d.add_paragraph("Les comportements suivants sont strictement interdits :")
    for t in ["revendre les récompenses ou les bons d’achat obtenus grâce au programme ;",
              "publier de faux avis ou des avis sur des produits non testés ;",
              "se présenter comme salarié de Verdaune ;",
              "démarcher les clients en magasin pour une activité personnelle."]:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("Sanctions", level=1)
    d.add_paragraph("Les manquements à la charte sont traités selon le tableau suivant.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Manquement", "Première fois", "Récidive"
    for row in [("Faux avis", "Retrait des points de l’avis", "Exclusion du programme"),
                ("Revente de récompenses", "Suspension de trois mois", "Exclusion du programme"),
                ("Absence de mention #ambassadeurVerdaune", "Rappel écrit", "Retrait de 100 points"),
                ("Propos irrespectueux", "Entretien avec l’animateur", "Suspension de six mois")]:
        c = t.add_row().cells
        for i, v in enumerate(row):
            c[i].text = v
    d.add_paragraph("Toute sanction est notifiée par écrit. L’ambassadeur peut présenter ses observations dans un "
                    "délai de quinze jours avant que la décision ne devienne définitive.")
    d.add_heading("Signalement", level=1)
    d.add_paragraph("Un ambassadeur témoin d’un comportement contraire à la charte peut le signaler de façon "
                    "confidentielle à l’adresse ethique@verdaune.fr. Le signalement est traité par la responsable "
                    "du programme, sans que le nom de la personne qui signale soit communiqué.")
    d.save(DOCS / "05_charte_de_conduite.docx")


def docx_catalogue():
    d = Document()
    d.add_heading("Catalogue des récompenses 2026", level=0)
    d.add_paragraph("Ce catalogue présente les récompenses que les ambassadeurs peuvent obtenir avec leurs points, "
                    "en plus des bons d'achat décrits dans le barème des points.")
    d.add_heading("Comment commander", level=1)
    d.add_paragraph("Pour commander une récompense, il faut :")
    for t in ["se connecter à l'espace client et ouvrir la rubrique « Récompenses » ;",
              "choisir l'article et la jardinerie de retrait ;",
              "confirmer la commande, les points étant débités immédiatement."]:
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph("Une commande peut être annulée dans les 48 heures ; les points sont alors recrédités.")
    d.add_heading("Récompenses par catégorie", level=1)
    d.add_heading("Végétaux", level=2)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, v in enumerate(["Récompense", "Points", "Disponibilité"]):
        t.rows[0].cells[i].text = v
    for row in [("Rosier ancien en pot de 5 litres", "350", "de mars à juin"),
                ("Arbre fruitier en conteneur", "900", "d'octobre à mars"),
                ("Collection de six aromatiques", "250", "toute l'année"),
                ("Orchidée Phalaenopsis", "300", "toute l'année")]:
        c = t.add_row().cells
        for i, v in enumerate(row):
            c[i].text = v
    d.add_heading("Outils et équipement", level=2)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, v in enumerate(["Récompense", "Points", "Disponibilité"]):
        t.rows[0].cells[i].text = v
    for row in [("Sécateur professionnel gravé à votre nom", "700", "toute l'année"),
                ("Kit de rempotage avec tablier", "300", "toute l'année"),
                ("Composteur en bois de 400 litres", "1 100", "d'avril à octobre"),
                ("Arrosoir en zinc de 10 litres", "400", "toute l'année")]:
        c = t.add_row().cells
        for i, v in enumerate(row):
            c[i].text = v
    d.add_paragraph("La gravure du sécateur demande un délai supplémentaire de trois semaines.")
    d.add_heading("Expériences", level=2)
    d.add_paragraph("Certaines récompenses sont des expériences plutôt que des objets :")
    for t_ in ["une journée de stage en pépinière de production (1 500 points) ;",
               "un cours particulier de deux heures avec un paysagiste dans votre jardin (1 200 points) ;",
               "deux places pour la visite d'un jardin remarquable partenaire (500 points)."]:
        d.add_paragraph(t_, style="List Bullet")
    d.add_heading("Dons solidaires", level=2)
    d.add_paragraph("Les points peuvent aussi être offerts à l'association Haies Vives, qui replante des haies "
                    "bocagères dans le Grand Ouest. Chaque tranche de 350 points donnés finance la plantation de "
                    "dix mètres de haie, et Verdaune double le don.")
    d.add_heading("Livraison et retrait", level=1)
    d.add_paragraph("Les récompenses sont à retirer dans la jardinerie choisie sous dix jours ouvrés. Sans retrait "
                    "dans un délai de deux mois, la commande est annulée et les points sont recrédités, "
                    "diminués de 10 %.")
    d.add_heading("Conditions", level=1)
    d.add_paragraph("Les conditions suivantes s'appliquent à toutes les commandes :")
    for t_ in ["les récompenses ne sont ni échangeables ni remboursables ;",
               "une même récompense ne peut être commandée que deux fois par an ;",
               "les photos du catalogue ne sont pas contractuelles."]:
        d.add_paragraph(t_, style="List Bullet")
    d.save(DOCS / "08_catalogue_recompenses.docx")


if __name__ == "__main__":
    pdf_bareme()
    pdf_partner_guide()
    docx_charte()
    docx_catalogue()
    print("built:", sorted(p.name for p in DOCS.iterdir()))

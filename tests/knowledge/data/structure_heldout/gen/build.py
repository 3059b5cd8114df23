"""Rebuild all documents of the blind set into ../docs/.
txt/md/html are copied from gen/src/; the .docx and .pdf are generated here.
Run: /work/main/.venv/bin/python gen/build.py
"""
import shutil
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE.parent / "docs"
DOCS.mkdir(exist_ok=True)

# ---------------------------------------------------------------- DOCX (FR)
# block types: ("h1"|"h2", text) ("p", text) ("ul"|"ol", [items]) ("table", [rows])
DOCX_TITLE = "Guide de communication sur les réseaux sociaux"
DOCX_BLOCKS = [
    ("p", "Ce guide s’adresse aux ambassadeurs du Cercle Pion Rouge qui parlent de nos jeux sur leurs propres comptes. Il ne remplace pas la charte du programme, mais la précise pour tout ce qui concerne la communication en ligne."),
    ("h1", "1. Ton et ligne éditoriale"),
    ("p", "Nous aimons les publications spontanées, drôles et sincères. Parlez de vos parties comme vous le feriez à des amis, montrez les réactions des joueurs plutôt que les boîtes, et gardez un ton positif même lorsque vous donnez un avis critique sur un jeu. Le tutoiement est bienvenu sur Instagram et TikTok, le vouvoiement reste préférable sur LinkedIn."),
    ("h1", "2. Ce qui est autorisé"),
    ("h2", "Publications"),
    ("p", "Sans demander d’autorisation préalable, vous pouvez publier librement :"),
    ("ul", [
        "des photos de parties prises lors de vos événements ;",
        "des vidéos courtes d’explication de règles de moins de trois minutes ;",
        "vos avis personnels sur les jeux de la gamme, y compris critiques ;",
        "les visuels officiels fournis dans le drive partagé.",
    ]),
    ("h2", "Visuels officiels"),
    ("p", "Les visuels officiels ne doivent être ni recadrés de manière à masquer le logo, ni modifiés dans leurs couleurs. Vous pouvez en revanche y ajouter la date et le lieu de votre événement dans l’encart blanc prévu à cet effet."),
    ("h1", "3. Ce qui est interdit"),
    ("p", "Quel que soit le réseau utilisé, il est interdit de :"),
    ("ul", [
        "dévoiler un prototype ou une règle en cours de test avant l’annonce officielle ;",
        "publier l’image d’un mineur reconnaissable sans accord écrit de ses parents ;",
        "vous présenter comme salarié ou porte-parole de Pion Rouge ;",
        "répondre au nom de Pion Rouge à une réclamation de client.",
    ]),
    ("h1", "4. Hashtags et mentions"),
    ("p", "Utilisez systématiquement le hashtag et le compte indiqués pour chaque réseau :"),
    ("table", [
        ["Réseau", "Compte officiel à mentionner", "Hashtag obligatoire"],
        ["Instagram", "@pionrouge.jeux", "#PionRouge"],
        ["TikTok", "@pionrouge", "#PionRougeAmbassadeur"],
        ["Facebook", "Éditions Pion Rouge", "#PionRouge"],
        ["LinkedIn", "Éditions Pion Rouge", "Aucun"],
    ]),
    ("p", "Seules les publications qui comportent le bon hashtag sont comptabilisées pour l’attribution des Jetons, à raison de 5 Jetons par publication et de 10 publications par mois au maximum. Le comptage est automatique et se met à jour chaque lundi."),
    ("h1", "5. Contenus sponsorisés"),
    ("h2", "Conditions"),
    ("p", "Un contenu est considéré comme sponsorisé dès que vous avez reçu le jeu gratuitement ou obtenu une récompense. Dans ce cas, vous devez respecter les conditions suivantes :"),
    ("ol", [
        "indiquer la mention « Collaboration commerciale » ou « Jeu offert » en début de publication ;",
        "activer l’outil de partenariat rémunéré du réseau lorsqu’il existe ;",
        "ne jamais affirmer avoir acheté le jeu vous-même.",
    ]),
    ("h2", "Avantages"),
    ("p", "Les ambassadeurs dont un contenu dépasse 10 000 vues peuvent le proposer pour une republication sur les comptes officiels de Pion Rouge. Chaque contenu republié rapporte 100 Jetons et une mention de l’auteur dans la légende."),
    ("h1", "6. En cas de crise"),
    ("p", "Si une publication concernant Pion Rouge provoque une polémique ou des commentaires hostiles, appliquez la procédure suivante :"),
    ("ol", [
        "ne supprimez pas la publication et ne répondez pas sous le coup de l’émotion ;",
        "faites des captures d’écran des commentaires problématiques ;",
        "prévenez l’équipe communication à com@pionrouge.fr dans l’heure ;",
        "attendez ses consignes avant toute nouvelle prise de parole.",
    ]),
    ("p", "L’équipe communication est joignable en soirée et le week-end pendant les périodes de salon. En dehors de ces périodes, un message laissé le vendredi soir sera traité le lundi matin."),
]

def build_docx(path):
    import docx
    d = docx.Document()
    d.add_heading(DOCX_TITLE, level=0)
    for kind, val in DOCX_BLOCKS:
        if kind == "h1":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind in ("ul", "ol"):
            style = "List Bullet" if kind == "ul" else "List Number"
            for it in val:
                d.add_paragraph(it, style=style)
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
    d.save(path)

# ---------------------------------------------------------------- PDF (EN)
PDF_TITLE = "In-Store Events: Partner Shop Handbook"
PDF_BLOCKS = [
    ("p", "This handbook explains how Pion Rouge ambassadors work with independent game shops to organise regular in-store events. It is shared with ambassadors and with the managers of partner shops."),
    ("h1", "1. Purpose of the partnership"),
    ("p", "Partner shops give our ambassadors a welcoming place to run game nights, and in return they benefit from events that bring new customers through the door. Pion Rouge does not pay shops for hosting events and shops do not pay ambassadors: the partnership relies on mutual benefit."),
    ("h1", "2. Becoming a partner shop"),
    ("h2", "2.1 Eligibility"),
    ("p", "A shop can become a Pion Rouge partner if it meets the following criteria:"),
    ("ul", [
        "it sells board games as a main activity, not only as a side line;",
        "it has at least two tables available for events in the evening;",
        "it stocks at least five titles from the Pion Rouge range;",
        "it agrees to display the event calendar near the entrance.",
    ]),
    ("h2", "2.2 First contact"),
    ("p", "Ambassadors should first visit the shop during a quiet time, introduce themselves to the manager and bring a copy of this handbook. Never arrive with a demo kit unannounced on a busy Saturday afternoon. Once the manager agrees, the regional coordinator sends a short partnership form to be signed by both parties."),
    ("h1", "3. Event formats"),
    ("table", [
        ["Format", "Duration", "Players", "Jetons for the ambassador"],
        ["Discovery night", "3 hours", "6 to 20", "50"],
        ["Family afternoon", "2 hours", "4 to 12", "40"],
        ["Archipel tournament", "Half a day", "8 to 32", "80"],
        ["Launch party for a new release", "3 hours", "10 to 40", "70"],
    ]),
    ("p", "Launch parties can only be scheduled in the four weeks following the official release date. Tournaments must be declared at least one month in advance so that prizes can be shipped to the shop in time."),
    ("h1", "4. Partner shop commitments"),
    ("h2", "4.1 Conditions"),
    ("p", "To remain a partner, the shop undertakes to:"),
    ("ul", [
        "host at least one Pion Rouge event every two months;",
        "keep the demo games stored safely between events;",
        "let the ambassador take photos of the event for the report.",
    ]),
    ("h2", "4.2 Benefits"),
    ("p", "Partner shops receive a free copy of each new release for their demo library, a listing on the partner map of pionrouge.fr and priority allocation of limited editions. Shops hosting more than ten events a year are also offered a visit from one of our authors."),
    ("h1", "5. Ambassador commitments"),
    ("h2", "5.1 Conditions"),
    ("p", "When working with a partner shop, the ambassador must:"),
    ("ul", [
        "confirm each event with the shop manager one week beforehand;",
        "arrive early and leave the tables as clean as they were found;",
        "encourage players to buy games in the shop rather than online.",
    ]),
    ("h2", "5.2 Benefits"),
    ("p", "On top of the Jetons listed in section 3, ambassadors who run at least six events in the same partner shop within a year earn the \u201cLocal Hero\u201d badge, which adds a 50-Jeton bonus and a personalised mention on the partner map."),
    ("h1", "6. Ending a partnership"),
    ("p", "Either party may end the partnership at any time by email, without notice. The shop keeps the free copies already received but must return any demo kit belonging to Pion Rouge within 30 days. The regional coordinator informs the ambassadors concerned and helps them find a new venue."),
]

def build_pdf(path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table,
                                    TableStyle, ListFlowable, ListItem)
    from xml.sax.saxutils import escape
    ss = getSampleStyleSheet()
    title = ParagraphStyle("T", parent=ss["Title"], fontName="Helvetica-Bold", fontSize=20)
    h1 = ParagraphStyle("H1", parent=ss["Heading1"], fontName="Helvetica-Bold", fontSize=15, spaceBefore=12)
    h2 = ParagraphStyle("H2", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=12.5, spaceBefore=8)
    body = ParagraphStyle("B", parent=ss["BodyText"], fontName="Helvetica", fontSize=10.5, leading=14)
    story = [Paragraph(escape(PDF_TITLE), title), Spacer(1, 8)]
    for kind, val in PDF_BLOCKS:
        if kind == "h1":
            story.append(Paragraph(escape(val), h1))
        elif kind == "h2":
            story.append(Paragraph(escape(val), h2))
        elif kind == "p":
            story.append(Paragraph(escape(val), body))
        elif kind in ("ul", "ol"):
            items = [ListItem(Paragraph(escape(it), body), leftIndent=18) for it in val]
            story.append(ListFlowable(items, bulletType="bullet" if kind == "ul" else "1", start="\u2022" if kind == "ul" else None, leftIndent=18))
        elif kind == "table":
            data = [[Paragraph(escape(c), body) for c in row] for row in val]
            t = Table(data, colWidths=[5.5 * cm, 3 * cm, 3 * cm, 4.5 * cm])
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f2d0d0")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(Spacer(1, 4)); story.append(t); story.append(Spacer(1, 6))

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(2 * cm, 1.2 * cm, "Éditions Pion Rouge – Partner Shop Handbook – internal use")
        canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, "Page %d" % doc.page)
        canvas.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2 * cm, bottomMargin=2.2 * cm, title=PDF_TITLE)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)

if __name__ == "__main__":
    for f in sorted((HERE / "src").iterdir()):
        shutil.copy(f, DOCS / f.name)
    build_docx(DOCS / "guide_reseaux_sociaux.docx")
    build_pdf(DOCS / "partner_shops_handbook_en.pdf")
    print("built", len(list(DOCS.iterdir())), "documents")

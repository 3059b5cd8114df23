"""Writes the PDF and DOCX documents of the set. Run with /work/main/.venv/bin/python."""
from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"
DOCS.mkdir(exist_ok=True)

NIVEAUX = [
    ("p", "Document destiné aux ambassadeurs du Cercle des Brasseurs - sensitivity: public."),
    ("h1", "Comment on progresse"),
    ("p", "Chaque contribution validée rapporte des points. Le total des points encore valables détermine le niveau, "
          "recalculé une fois par an, en janvier. Pour passer au niveau suivant, il faut aussi un nombre minimal de "
          "contributions et une ancienneté dans le Cercle, afin qu'un seul gros coup ne suffise pas."),
    ("table", [["Niveau", "Points", "Contributions minimales", "Ancienneté"],
               ["Grain", "0 à 99", "aucune", "dès l'entrée"],
               ["Épi", "100 à 299", "3 contributions", "6 mois"],
               ["Gerbe", "300 à 699", "8 contributions", "12 mois"],
               ["Moisson", "700 et plus", "15 contributions", "24 mois"]]),
    ("h1", "Les avantages par niveau"),
    ("h2", "Niveau Grain"),
    ("p", "Le niveau Grain est celui de l'entrée dans le Cercle. Il donne accès au serveur Discord, à la Gazette "
          "trimestrielle et aux ateliers en ligne sur le maltage."),
    ("h2", "Niveau Épi"),
    ("p", "Au niveau Épi, l'ambassadeur bénéficie des avantages suivants :"),
    ("ul", ["une remise de 5 % sur toutes les commandes de malt",
            "des échantillons des nouveaux malts avant leur sortie",
            "son nom sur la carte des brasseries partenaires"]),
    ("h2", "Niveau Gerbe"),
    ("p", "En plus des avantages des niveaux précédents, le niveau Gerbe donne droit à :"),
    ("ul", ["une remise portée à 8 % sur les commandes de malt",
            "une visite du germoir avec le maître malteur",
            "une place réservée aux brassins d'essai",
            "un portrait de la brasserie dans la Gazette"]),
    ("h2", "Niveau Moisson"),
    ("p", "En plus des avantages des niveaux précédents, le niveau Moisson donne droit à :"),
    ("ul", ["une remise de 12 % sur les commandes de malt",
            "un siège au comité des variétés",
            "une invitation à la journée de moisson sur les parcelles partenaires"]),
    ("h3", "Le comité des variétés"),
    ("p", "Le comité des variétés se réunit deux fois par an avec les agronomes de la Malterie et les paysans "
          "partenaires. Il choisit les orges semées la saison suivante et les malts expérimentaux à tester. Les "
          "ambassadeurs Moisson y ont une voix chacun, au même titre que les paysans."),
    ("h1", "Les règles de révision"),
    ("h2", "Descendre de niveau"),
    ("p", "Un ambassadeur ne descend jamais de plus d'un niveau à la fois. S'il n'atteint plus le seuil en janvier, "
          "il garde ses avantages jusqu'au 31 mars pour laisser le temps d'en parler avec le community manager."),
]

BILAN = [
    ("p", "Bilan public du programme, destiné aux ambassadeurs et publié comme chaque année par la Malterie du Causse."),
    ("h1", "Synthèse"),
    ("p", "En 2026, le Cercle des Brasseurs est passé de 41 à 58 brasseries ambassadrices. Les contributions ont "
          "progressé dans tous les domaines, mais la charge reste concentrée : dix brasseries ont assuré près de la "
          "moitié des contributions, ce qui nous pousse à mieux répartir les sollicitations en 2027."),
    ("h1", "Les indicateurs"),
    ("h2", "Engagement"),
    ("table", [["Indicateur", "2025", "2026", "Objectif 2027"],
               ["Ambassadeurs actifs", "33", "47", "55"],
               ["Taux de participation aux sollicitations", "58 %", "64 %", "70 %"],
               ["Contributions par ambassadeur", "6,1", "7,4", "8"],
               ["Délai moyen de réponse à une sollicitation", "5,2 jours", "3,9 jours", "3 jours"]]),
    ("h2", "Production et impact"),
    ("p", "Sur l'année, les ambassadeurs ont produit :"),
    ("ul", ["62 témoignages écrits et 11 témoignages vidéo",
            "143 avis en ligne",
            "19 présentations de prospects, dont 7 devenus clients",
            "9 brassins d'essai sur trois malts expérimentaux"]),
    ("h2", "Santé du programme"),
    ("p", "La rétention des ambassadeurs d'une année sur l'autre atteint 86 %. Le NPS des ambassadeurs eux-mêmes "
          "est de +61, en baisse de quatre points, surtout chez les brasseries les plus sollicitées. Onze "
          "ambassadeurs ont été promus au niveau supérieur, soit un taux de promotion de 19 %."),
    ("h1", "Objectifs 2027"),
    ("p", "Pour 2027, le Cercle se fixe les objectifs suivants :"),
    ("ul", ["atteindre 70 brasseries ambassadrices",
            "ramener à un tiers la part des contributions des dix brasseries les plus actives",
            "doubler le nombre de brassins d'essai",
            "faire remonter le NPS des ambassadeurs au-dessus de +65"]),
    ("h1", "Ce que nous changeons"),
    ("h2", "Les sollicitations"),
    ("p", "Chaque ambassadeur verra désormais dans Discord le nombre de sollicitations reçues depuis janvier. Au-delà "
          "de deux demandes dans le mois, le bot propose automatiquement la sollicitation à une autre brasserie."),
    ("h2", "Les récompenses"),
    ("p", "Les verres gravés, peu demandés, quittent la boutique du Cercle en juin. Ils sont remplacés par une "
          "journée de formation à l'analyse sensorielle, ouverte dès le niveau Épi."),
]

ATELIERS = [
    ("title", "Ateliers NOUS - JE - ACTION du Cercle"),
    ("p", "Document destiné aux ambassadeurs du Cercle des Brasseurs : compte rendu des trois ateliers de l'automne 2026."),
    ("h1", "Atelier NOUS"),
    ("h2", "Raison d'être retenue"),
    ("p", "Après deux versions rejetées car trop proches d'un slogan, l'équipe a retenu une phrase écrite par le "
          "maître malteur : faire vivre un malt paysan des Causses en le mettant entre les mains de brasseurs qui "
          "le racontent mieux que nous."),
    ("h2", "Objectifs et indicateurs"),
    ("table", [["Objectif", "Indicateur", "Cible 2027"],
               ["Recommandations", "Prospects présentés par les ambassadeurs", "25"],
               ["Visibilité", "Avis en ligne publiés", "180"],
               ["Co-création", "Brassins d'essai réalisés", "18"],
               ["Fidélité", "Clients influencés encore clients après un an", "90 %"]]),
    ("h1", "Atelier JE"),
    ("h2", "Besoins exprimés par les brasseurs"),
    ("p", "Les douze brasseurs interrogés ont surtout exprimé ces besoins :"),
    ("ul", ["rompre l'isolement des petites brasseries rurales",
            "comprendre d'où vient leur malt et comment il est travaillé",
            "gagner en visibilité sans y passer leurs soirées",
            "obtenir de meilleurs prix sans négocier chaque commande"]),
    ("h2", "Divergences"),
    ("h3", "Entre ambassadeurs"),
    ("p", "Les brasseries urbaines veulent surtout de la visibilité, tandis que les brasseries rurales cherchent "
          "d'abord du lien entre collègues. Aucune des deux attentes ne doit écraser l'autre dans le programme."),
    ("h3", "Entre le programme et les ambassadeurs"),
    ("p", "Le programme mise beaucoup sur les présentations de prospects, alors que plusieurs brasseurs refusent "
          "de démarcher leurs voisins, qu'ils voient comme des concurrents. La synthèse proposée par l'assistant "
          "n'avait pas relevé ce point, soulevé par une participante en fin d'atelier."),
    ("h1", "Atelier ACTION"),
    ("h2", "Thèmes de contenu"),
    ("p", "Les thèmes proposés aux ambassadeurs pour 2027 sont les suivants :"),
    ("ul", ["de la parcelle au sac : la traçabilité de l'orge",
            "brasser avec des malts de spécialité",
            "la vie d'une petite brasserie rurale",
            "les essais et ratés des brassins co-créés"]),
    ("h2", "Groupes d'ambassadeurs"),
    ("table", [["Groupe", "Profil", "Thème principal", "Indicateur suivi"],
               ["Les Défricheurs", "Brasseries de moins de trois ans", "Brasser avec des malts de spécialité", "Questions posées"],
               ["Les Ancrés", "Brasseries rurales installées", "La vie d'une petite brasserie rurale", "Aides à un membre"],
               ["Les Voix", "Brasseries urbaines très suivies", "De la parcelle au sac", "Avis et partages"]]),
    ("h2", "Plan d'animation"),
    ("p", "Chaque groupe a son salon Discord et un rendez-vous en ligne par trimestre. Le community manager "
          "anime les Défricheurs et les Voix ; les Ancrés ont choisi d'être animés par l'un des leurs, épaulé par "
          "la Malterie."),
]

DONNEES = [
    ("title-bold", "Vos données et votre consentement dans le Cercle"),
    ("p", "Document public destiné aux ambassadeurs : ce que la Malterie du Causse collecte, pourquoi, et comment "
          "garder la main."),
    ("h1", "Ce que nous collectons"),
    ("h2", "Données du programme"),
    ("p", "Pour faire fonctionner le Cercle, nous enregistrons :"),
    ("ul", ["le nom de la brasserie et celui de la personne qui la représente",
            "les contributions déclarées et leurs preuves",
            "les réponses aux sollicitations et leurs délais",
            "les messages échangés avec le bot du Cercle"]),
    ("h2", "Ce que nous ne collectons pas"),
    ("p", "Nous ne lisons pas les messages privés entre ambassadeurs et nous ne suivons pas vos comptes sur les "
          "réseaux sociaux : seules les publications que vous déclarez vous-même sont enregistrées."),
    ("h1", "Usages et consentement"),
    ("h2", "Tableau des usages"),
    ("table", [["Usage", "Consentement", "Durée de conservation"],
               ["Suivi des points et des niveaux", "Inclus dans l'adhésion", "Durée de l'adhésion plus 12 mois"],
               ["Rappels de sollicitation par le bot", "Accord explicite, révocable", "Jusqu'au retrait de l'accord"],
               ["Publication d'un témoignage", "Accord écrit pour chaque témoignage", "3 ans après publication"],
               ["Synthèses d'ateliers par l'assistant", "Accord donné en début d'atelier", "18 mois"]]),
    ("h2", "L'assistant automatique"),
    ("p", "Le bot du Cercle est un assistant automatique et il se présente comme tel. Il ne prend aucune décision "
          "sur les niveaux ni sur les refus de contribution : ces décisions restent au community manager, à qui le "
          "bot transmet aussi toute réclamation ou situation sensible."),
    ("h1", "Vos droits"),
    ("p", "À tout moment, vous pouvez :"),
    ("ol", ["consulter toutes les données du programme qui vous concernent",
            "faire corriger une contribution ou un point mal enregistré",
            "retirer votre accord pour les rappels sans quitter le Cercle",
            "demander l'effacement de vos données en quittant le programme"]),
]


def build_pdf(path, title, blocks, outline, sizes, bold_h3=True):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

    class Doc(SimpleDocTemplate):
        def afterFlowable(self, fl):
            if outline and hasattr(fl, "_hlevel"):
                key = "h%d" % id(fl)
                self.canv.bookmarkPage(key)
                self.canv.addOutlineEntry(fl.getPlainText(), key, level=fl._hlevel, closed=False)

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
    item = ParagraphStyle("item", parent=body, leftIndent=16, bulletIndent=4, spaceAfter=2)
    tstyle = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=sizes[0], leading=sizes[0] + 6, spaceAfter=12)
    hstyles = [
        ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=sizes[1], leading=sizes[1] + 4, spaceBefore=10, spaceAfter=6),
        ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=sizes[2], leading=sizes[2] + 4, spaceBefore=8, spaceAfter=4),
        ParagraphStyle("h3", fontName="Helvetica-BoldOblique" if bold_h3 else "Helvetica-Oblique",
                       fontSize=sizes[3], leading=sizes[3] + 4, spaceBefore=6, spaceAfter=3),
    ]
    story = [Paragraph(title, tstyle)]
    for kind, val in blocks:
        if kind in ("h1", "h2", "h3"):
            lvl = int(kind[1]) - 1
            p = Paragraph(val, hstyles[lvl])
            p._hlevel = lvl
            story.append(p)
        elif kind == "p":
            story.append(Paragraph(val, body))
        elif kind in ("ul", "ol"):
            for i, it in enumerate(val, 1):
                story.append(Paragraph(it, item, bulletText="•" if kind == "ul" else "%d." % i))
            story.append(Spacer(1, 6))
        elif kind == "table":
            t = Table(val, hAlign="LEFT")
            t.setStyle(TableStyle([
                ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                ("FONTNAME", (0, 1), (-1, -1), "Helvetica"),
                ("FONTSIZE", (0, 0), (-1, -1), 9),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
            ]))
            story.append(t)
            story.append(Spacer(1, 8))
    doc = Doc(str(path), pagesize=A4, title=title, author="Malterie du Causse", invariant=1)
    doc.build(story)


def build_docx(path, title, blocks, core_title=True):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    if core_title:
        d.core_properties.title = title
    for kind, val in blocks:
        if kind == "title":
            d.add_heading(val, level=0)
        elif kind == "title-bold":
            p = d.add_paragraph()
            r = p.add_run(val)
            r.bold = True
            r.font.size = Pt(20)
        elif kind in ("h1", "h2", "h3"):
            d.add_heading(val, level=int(kind[1]))
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "ul":
            for it in val:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "ol":
            for it in val:
                d.add_paragraph(it, style="List Number")
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
    d.save(str(path))


if __name__ == "__main__":
    # PDF 1: three font sizes, bold headings, bold-italic level 3, with an outline
    build_pdf(DOCS / "niveaux-et-avantages.pdf", "Niveaux et avantages du Cercle des Brasseurs", NIVEAUX,
              outline=True, sizes=(20, 15, 12.5, 11))
    # PDF 2: no outline, headings only slightly larger than body text
    build_pdf(DOCS / "bilan-programme-2026.pdf", "Bilan 2026 du Cercle des Brasseurs", BILAN,
              outline=False, sizes=(16, 12, 10.5, 10), bold_h3=False)
    # DOCX 1: Title style + Heading 1/2/3
    build_docx(DOCS / "ateliers-nous-je-action.docx", "Ateliers NOUS - JE - ACTION du Cercle", ATELIERS)
    # DOCX 2: title as a bold Normal paragraph + metadata, Heading 1/2, numbered list
    build_docx(DOCS / "donnees-et-consentement.docx", "Vos données et votre consentement dans le Cercle", DONNEES)
    print("wrote PDF and DOCX")

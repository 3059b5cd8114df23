"""Generate the PDF and DOCX documents of the set (run with /work/main/.venv/bin/python)."""
from pathlib import Path
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from docx import Document
from docx.shared import Pt

DOCS = Path(__file__).resolve().parent.parent / "docs"

body = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=14, spaceAfter=6)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=18, bulletIndent=6, spaceAfter=2)
h_title = ParagraphStyle("t", fontName="Times-Bold", fontSize=18, leading=22, spaceAfter=12)
h1 = ParagraphStyle("h1", fontName="Times-Bold", fontSize=14, leading=18, spaceBefore=10, spaceAfter=6)
h2 = ParagraphStyle("h2", fontName="Times-BoldItalic", fontSize=12, leading=15, spaceBefore=6, spaceAfter=4)
# second pdf: sans-serif, headings by size only
s_body = ParagraphStyle("sb", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
s_bullet = ParagraphStyle("sbu", parent=s_body, leftIndent=16, bulletIndent=4, spaceAfter=2)
s_title = ParagraphStyle("st", fontName="Helvetica-Bold", fontSize=20, leading=24, spaceAfter=14)
s_h1 = ParagraphStyle("sh1", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceBefore=10, spaceAfter=6)
s_h2 = ParagraphStyle("sh2", fontName="Helvetica", fontSize=12.5, leading=16, spaceBefore=6, spaceAfter=4)

GRID = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                   ("FONTNAME", (0, 0), (-1, 0), "Times-Bold"),
                   ("FONTNAME", (0, 1), (-1, -1), "Times-Roman"),
                   ("FONTSIZE", (0, 0), (-1, -1), 10)])


def bl(items, style=bullet):
    return [Paragraph(i, style, bulletText="\u2022") for i in items]


def guide_pdf():
    """Word-processor style export: numbered headings, no outline, long table across a page break."""
    path = DOCS / "guide-niveaux-points-2027.pdf"
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="", author="",
                            leftMargin=2.5 * cm, rightMargin=2.5 * cm)
    s = [Paragraph("Guide des niveaux, des points et des récompenses de la Cordée Prise Haute pour l'année 2027", h_title),
         Paragraph("Document destiné aux ambassadeurs. Édition de décembre 2026.", body),
         Paragraph("1. Principes généraux", h1),
         Paragraph("Chaque contribution validée par l'équipe communauté rapporte des points. Les points cumulés sur les douze "
                   "derniers mois déterminent votre niveau, et une partie de vos points peut être convertie en récompenses. "
                   "Le classement mensuel est suspendu en attendant l'atelier ACTION de janvier 2027.", body),
         Paragraph("Ce guide remplace la version de 2026. Les points déjà acquis sont conservés et recalculés avec le nouveau "
                   "barème uniquement s'ils y gagnent.", body),
         Paragraph("2. Barème des points", h1),
         Paragraph("2.1 Le barème détaillé", h2),
         Paragraph("Le tableau ci-dessous donne les points attribués par type de contribution et le plafond mensuel au-delà "
                   "duquel une même contribution ne rapporte plus de points. Les plafonds évitent qu'une poignée "
                   "d'ambassadeurs très actifs ne s'épuisent à courir après les points.", body)]
    s += [Spacer(1, 10)] * 1
    s += [Paragraph("Les contributions sont enregistrées par l'assistant Discord, puis validées par un membre de l'équipe le "
                    "mardi et le vendredi. Une contribution refusée est toujours expliquée en message privé, et vous pouvez "
                    "la déclarer à nouveau avec les précisions demandées.", body),
          Paragraph("Pour qu'une contribution soit validée du premier coup, joignez un lien, une capture d'écran ou le nom de "
                    "la personne de l'équipe présente ce jour-là. Les avis en ligne doivent rester visibles publiquement au "
                    "moment de la validation. Les témoignages écrits doivent compter au moins cinq lignes et parler de votre "
                    "expérience personnelle, pas seulement des tarifs ou des horaires.", body),
          Paragraph("Les points d'une contribution sont attribués une seule fois, même si elle est publiée sur plusieurs "
                    "réseaux. Un témoignage vidéo repris en version écrite compte comme un seul témoignage vidéo. En cas de "
                    "doute sur la bonne ligne du barème, l'équipe choisit toujours la plus favorable à l'ambassadeur.", body)]
    rows = [["Contribution", "Points", "Plafond mensuel"],
            ["Avis en ligne (Google, Maps, réseaux)", "10", "2 avis"],
            ["Témoignage écrit", "25", "1 témoignage"],
            ["Témoignage vidéo", "50", "1 témoignage"],
            ["Partage sur les réseaux sociaux", "5", "4 partages"],
            ["Participation à un événement", "30", "aucun"],
            ["Juge ou bénévole lors d'un contest", "40", "aucun"],
            ["Aide à un débutant en initiation", "20", "4 séances"],
            ["Réponse utile sur le Discord", "3", "10 réponses"],
            ["Idée d'amélioration retenue", "35", "aucun"],
            ["Test de blocs avant ouverture", "15", "2 sessions"],
            ["Présentation d'un ami abonné", "selon parrainage", ""],
            ["Participation à un atelier NOUS, JE ou ACTION", "30", "aucun"],
            ["Article pour la newsletter", "45", "1 article"],
            ["Photo retenue pour les réseaux", "10", "3 photos"],
            ["Réponse à l'enquête annuelle", "10", "1 fois par an"],
            ["Co-création d'un bloc avec les ouvreurs", "60", "1 session"],
            ["Accueil lors d'une inauguration", "40", "aucun"]]
    t = Table(rows, colWidths=[8.5 * cm, 3.5 * cm, 4 * cm], repeatRows=0)
    t.setStyle(GRID)
    s += [t, Spacer(1, 8)]
    s += [Paragraph("2.2 Contributions hors barème", h2),
          Paragraph("Une contribution qui n'entre dans aucune ligne du barème peut tout de même être proposée dans le salon "
                    "#mes-contributions. L'équipe lui attribue des points au cas par cas, entre 5 et 50 points, et l'ajoute "
                    "au barème si elle revient souvent.", body),
          Paragraph("3. Les niveaux", h1),
          Paragraph("3.1 Mousqueton (0 à 149 points)", h2),
          Paragraph("Dès votre arrivée dans la Cordée, vous bénéficiez de :", body)]
    s += bl(["l'accès au serveur Discord des ambassadeurs", "le tour de cou ambassadeur", "une invitation à la soirée de rentrée"])
    s += [Paragraph("3.2 Dégaine (150 à 399 points)", h2),
          Paragraph("En plus des avantages du niveau Mousqueton :", body)]
    s += bl(["deux entrées offertes par trimestre pour vos amis", "10 % de réduction dans les boutiques des salles",
             "l'accès aux soirées ambassadeurs de votre salle"])
    s += [Paragraph("3.3 Relais (400 à 899 points)", h2),
          Paragraph("En plus des avantages du niveau Dégaine :", body)]
    s += bl(["une session de test des nouveaux blocs avant leur ouverture au public", "15 % de réduction dans les boutiques",
             "une place réservée au Contest des Cordées"])
    s += [Paragraph("3.4 Sommet (900 points et plus)", h2),
          Paragraph("En plus des avantages du niveau Relais :", body)]
    s += bl(["un siège au comité des grimpeurs, réuni deux fois par an avec la direction",
             "un mois d'abonnement offert au renouvellement",
             "une journée de grimpe en falaise encadrée par un moniteur diplômé"])
    s += [Paragraph("4. Convertir ses points", h1),
          Paragraph("Les points peuvent être échangés contre des récompenses dans le salon #boutique-cordée. La conversion ne "
                    "fait pas baisser votre niveau : le niveau est calculé sur les points gagnés, pas sur les points restants.", body),
          Paragraph("Les récompenses disponibles en 2027 sont les suivantes :", body)]
    s += bl(["une entrée offerte pour 60 points", "une paire de chaussons en location pour un mois pour 120 points",
             "un sac à magnésie brodé Cordée pour 150 points", "un stage technique d'une demi-journée pour 400 points"])
    s += [Paragraph("5. Bonus saisonniers", h1),
          Paragraph("Certaines périodes donnent droit à un bonus sur les points de base.", body)]
    rows = [["Période", "Contributions concernées", "Bonus"],
            ["Janvier", "Témoignages écrits", "+50 %"],
            ["", "Témoignages vidéo", "+50 %"],
            ["Novembre", "Aide à un débutant en initiation", "double"],
            ["Semaine d'ouverture d'une salle", "Avis en ligne", "+100 %"],
            ["", "Accueil lors d'une inauguration", "+25 %"]]
    t = Table(rows, colWidths=[5.5 * cm, 7.5 * cm, 3 * cm])
    t.setStyle(GRID)
    s += [t]
    doc.build(s)


def bilan_pdf():
    """Report with an outline (bookmarks), headings by size only, KPI tables."""
    path = DOCS / "bilan-cordee-2026.pdf"

    class H(Paragraph):
        def __init__(self, text, style, level, key):
            super().__init__(text, style)
            self.level, self.key = level, key

        def draw(self):
            super().draw()
            c = self.canv
            c.bookmarkPage(self.key)
            c.addOutlineEntry(self.getPlainText(), self.key, level=self.level)

    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Bilan 2026 de la Cordée Prise Haute",
                            author="Équipe communauté Prise Haute")
    k = iter(range(1000))
    def hh(t, st, lvl):
        return H(t, st, lvl, f"k{next(k)}")
    G2 = TableStyle([("LINEBELOW", (0, 0), (-1, 0), 1, colors.black),
                     ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                     ("FONTNAME", (0, 1), (-1, -1), "Helvetica"), ("FONTSIZE", (0, 0), (-1, -1), 9.5),
                     ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.whitesmoke])])
    s = [hh("Bilan 2026 de la Cordée Prise Haute", s_title, 0),
         Paragraph("Rapport annuel partagé avec les ambassadeurs et les équipes des salles. Document destiné aux ambassadeurs.", s_body),
         hh("L'année en bref", s_h1, 1),
         Paragraph("La Cordée a terminé l'année avec 214 ambassadeurs actifs dans les neuf salles, contre 163 un an plus tôt. "
                   "La hausse vient surtout des salles de Grenoble et d'Annecy, où les soirées ambassadeurs ont été "
                   "lancées au printemps.", s_body),
         hh("Indicateurs d'engagement et de production", s_h1, 1),
         Paragraph("Les chiffres ci-dessous couvrent la période du 1er janvier au 30 novembre 2026.", s_body)]
    rows = [["Indicateur", "2025", "2026", "Objectif 2026"],
            ["Ambassadeurs actifs", "163", "214", "200"],
            ["Taux de participation aux sollicitations", "48 %", "57 %", "55 %"],
            ["Témoignages recueillis", "61", "88", "80"],
            ["Avis en ligne", "302", "465", "600"],
            ["Débutants accompagnés", "720", "1 050", "900"],
            ["Abonnements issus du parrainage", "74", "131", "120"],
            ["Idées d'amélioration retenues", "9", "23", "15"]]
    t = Table(rows, colWidths=[7.5 * cm, 2.3 * cm, 2.3 * cm, 3.2 * cm]); t.setStyle(G2)
    s += [t, Spacer(1, 8),
          hh("Santé du programme", s_h1, 1),
          hh("Indicateurs de santé", s_h2, 2),
          Paragraph("Nous suivons cinq indicateurs de santé pour repérer l'usure avant qu'elle ne s'installe.", s_body)]
    rows = [["Indicateur de santé", "Valeur 2026", "Seuil d'alerte"],
            ["Rétention des ambassadeurs d'une année sur l'autre", "81 %", "70 %"],
            ["Contributions moyennes par ambassadeur et par mois", "1,6", "1"],
            ["NPS des ambassadeurs", "+52", "+30"],
            ["Délai moyen de réponse à une sollicitation", "2,8 jours", "5 jours"],
            ["Passage au niveau supérieur dans l'année", "27 %", "15 %"]]
    t = Table(rows, colWidths=[9 * cm, 3 * cm, 3.3 * cm]); t.setStyle(G2)
    s += [t, Spacer(1, 8),
          hh("Signaux de fatigue", s_h2, 2),
          Paragraph("Les vingt ambassadeurs les plus actifs ont assuré à eux seuls près de la moitié des contributions. "
                    "Trois d'entre eux ont demandé une pause à l'automne.", s_body),
          Paragraph("Trois mesures ont été prises en conséquence :", s_body)]
    s += bl(["un plafond de deux sollicitations par mois et par ambassadeur", "une rotation automatique des demandes",
             "une pause de trois mois possible sans perte de niveau"], s_bullet)
    s += [
          hh("Départs", s_h2, 2),
          Paragraph("Dix-neuf ambassadeurs ont quitté la Cordée en 2026, le plus souvent après un déménagement ou une "
                    "blessure. Tous restent abonnés sauf quatre, et chacun a reçu un message de remerciement personnel.", s_body),
          hh("Objectifs 2027", s_h1, 1),
          Paragraph("Pour 2027, l'équipe communauté propose de se concentrer sur les priorités suivantes :", s_body)]
    s += bl(["porter à 60 % le taux de participation aux sollicitations",
             "accompagner 1 200 débutants dans l'année",
             "ouvrir la Cordée à la nouvelle salle de Chambéry dès son inauguration",
             "créer les trois groupes d'ambassadeurs issus de l'atelier JE"], s_bullet)
    s += [Paragraph("Ces objectifs seront revus avec les ambassadeurs lors de l'atelier ACTION de janvier.", s_body)]
    doc.build(s)


def bold_para(d, text):
    p = d.add_paragraph(); r = p.add_run(text); r.bold = True; r.font.size = Pt(13)
    return p


def kit_docx():
    """Sloppy DOCX: headings are bold Normal paragraphs, lists typed by hand."""
    d = Document()
    d.core_properties.title = ""
    bold_para(d, "Kit de bienvenue des nouveaux ambassadeurs de la Cordée Prise Haute, à lire avant votre première soirée").runs[0].font.size = Pt(16)
    d.add_paragraph("Document destiné aux ambassadeurs.")
    bold_para(d, "Bienvenue dans la Cordée !")
    d.add_paragraph("Si vous lisez ce kit, c'est qu'une personne de votre salle a remarqué que vous aidiez les autres sans "
                    "qu'on vous le demande. La Cordée sert à reconnaître ce que vous faites déjà, pas à vous donner du travail en plus.")
    bold_para(d, "Vos premiers jours")
    d.add_paragraph("Pour bien démarrer, voici ce que nous vous conseillons de faire :")
    for t in ["• rejoindre le serveur Discord avec le lien reçu par e-mail",
              "• vous présenter dans le salon #bienvenue en donnant votre salle et votre style de grimpe",
              "• récupérer votre tour de cou ambassadeur à l'accueil",
              "• indiquer vos disponibilités à l'assistant avec la commande /dispo"]:
        d.add_paragraph(t)
    bold_para(d, "Les salons Discord")
    d.add_paragraph("Le serveur compte une dizaine de salons. Les plus utiles au début sont :")
    for t in ["- #annonces : les sollicitations et les nouvelles du programme",
              "- #mes-contributions : pour déclarer ce que vous avez fait",
              "- #entraide : questions entre ambassadeurs, sur la grimpe ou le programme",
              "- #boutique-cordée : pour convertir vos points"]:
        d.add_paragraph(t)
    p = d.add_paragraph(); r = p.add_run("Un conseil"); r.bold = True; r.italic = True
    d.add_paragraph("Coupez les notifications des salons de discussion générale et gardez seulement celles de #annonces : "
                    "vous ne raterez aucune sollicitation sans être dérangé toute la journée.")
    bold_para(d, "Votre premier mois")
    d.add_paragraph("Le premier mois est pensé comme une découverte, sans aucune obligation.")
    tb = d.add_table(rows=1, cols=3); tb.style = "Table Grid"
    for c, t in zip(tb.rows[0].cells, ["Semaine", "À faire", "Qui vous accompagne"]):
        c.text = t
    for row in [["Semaine 1", "Vous présenter sur Discord", "l'assistant Cordée"],
                ["Semaine 2", "Assister à une séance d'initiation en observateur", "un ambassadeur Relais de votre salle"],
                ["", "Poser vos questions sur le programme", "la responsable communauté"],
                ["Semaine 3", "Écrire votre premier avis ou témoignage", "personne, c'est vous qui choisissez"],
                ["Semaine 4", "Participer à une soirée ambassadeurs", "l'équipe de votre salle"]]:
        cells = tb.add_row().cells
        for c, t in zip(cells, row):
            c.text = t
    bold_para(d, "Le parrainage en bref")
    d.add_paragraph("Vous pouvez présenter des amis qui n'ont jamais été abonnés. Quand un ami prend un abonnement après "
                    "vous avoir cité à l'accueil, vous gagnez des points et lui profite d'un cadeau de bienvenue. "
                    "Les détails sont dans les règles du parrainage.")
    bold_para(d, "Ce qu'on ne vous demandera jamais")
    for t in ["- de publier un texte écrit par quelqu'un d'autre",
              "- de donner des conseils de sécurité ou d'assurer un grimpeur à la place de l'équipe",
              "- de recruter un nombre minimum de filleuls"]:
        d.add_paragraph(t)
    d.save(DOCS / "kit-bienvenue-ambassadeurs.docx")


def handbook_docx():
    """English handbook with real heading styles and list styles."""
    d = Document()
    d.core_properties.title = "Cordée ambassador handbook for international members"
    d.add_heading("Cordée ambassador handbook for international members", 0)
    d.add_paragraph("For English-speaking ambassadors in our Grenoble, Annecy and Lyon gyms. Public document, shared with all ambassadors.")
    d.add_heading("About the program", 1)
    d.add_paragraph("The Cordée is Prise Haute's ambassador program. Most of our documents are in French, so this handbook "
                    "sums up what you need to know in English. The Discord assistant answers in English if you write to it in English.")
    d.add_heading("What we ask of you", 1)
    d.add_heading("Contributions", 2)
    d.add_paragraph("There is no quota. The contributions we value most are:")
    for t in ["welcoming beginners at Saturday intro sessions", "honest online reviews of your gym",
              "feedback on new problems before they open", "introducing friends who have never climbed with us"]:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("Language", 2)
    d.add_paragraph("You may write testimonials and reviews in English: visitors to Grenoble and Annecy often read them. "
                    "Please do not translate French testimonials written by other members without asking them first.")
    d.add_heading("What you get", 1)
    d.add_paragraph("Benefits depend on your level and are the same for every ambassador, whatever their language.")
    tb = d.add_table(rows=1, cols=3); tb.style = "Table Grid"
    for c, t in zip(tb.rows[0].cells, ["Level", "Points needed", "Main benefit"]):
        c.text = t
    for row in [["Mousqueton", "0", "Discord access and the ambassador lanyard"],
                ["Dégaine", "150", "two free guest passes per quarter"],
                ["Relais", "400", "testing new problems before opening"],
                ["Sommet", "900", "a seat on the climbers' committee"]]:
        cells = tb.add_row().cells
        for c, t in zip(cells, row):
            c.text = t
    d.add_heading("Getting help", 1)
    d.add_paragraph("Type /human in any Discord channel to reach the community team. For anything about an injury or a "
                    "dispute, speak to the front desk of your gym instead of the assistant.")
    d.add_heading("Leaving the program", 2)
    d.add_paragraph("If you want to leave the Cordée:")
    for t in ["send a message to the assistant or tell the front desk", "your points stay usable for three months",
              "your membership and member discounts do not change"]:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("Your data", 2)
    d.add_paragraph("The assistant is an AI. It only keeps your Discord handle, your home gym, your contributions and your "
                    "answers to requests. You can ask the community team to delete them at any time.")
    d.save(DOCS / "ambassador-handbook-en.docx")


if __name__ == "__main__":
    guide_pdf(); bilan_pdf(); kit_docx(); handbook_docx()
    print("ok")

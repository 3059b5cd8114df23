"""Generate the PDF and DOCX documents of the held-out structure set.
Run with any python3 that has reportlab and python-docx:  python gen/make_docs.py
"""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")

ST_TITLE = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=20, leading=24, spaceAfter=10)
ST_H1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceBefore=12, spaceAfter=6)
ST_H2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=8, spaceAfter=4)
ST_BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
ST_MARK = ParagraphStyle("m", fontName="Helvetica-Oblique", fontSize=9, leading=12, spaceAfter=8, textColor=colors.darkred)
ST_BUL = ParagraphStyle("l", parent=ST_BODY, leftIndent=14, bulletIndent=4, spaceAfter=3)
ST_CELL = ParagraphStyle("c", fontName="Helvetica", fontSize=9, leading=11)
ST_CELLH = ParagraphStyle("ch", fontName="Helvetica-Bold", fontSize=9, leading=11)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def table(rows, widths):
    data = [[Paragraph(esc(c), ST_CELLH if i == 0 else ST_CELL) for c in r] for i, r in enumerate(rows)]
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [t, Spacer(1, 8)]


def bullets(items, numbered=False):
    out = []
    for i, it in enumerate(items, 1):
        out.append(Paragraph(esc(it), ST_BUL, bulletText=(f"{i}." if numbered else "•")))
    return out


def build_pdf(path, story, footer, title):
    def on_page(c, d):
        c.saveState()
        c.setFont("Helvetica", 8)
        c.drawString(2 * cm, 1.2 * cm, f"{footer} — page {d.page}")
        c.restoreState()
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm, title=title, author="Vertical'Cité")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def bareme(spacer):
    s = [Paragraph("Barème des points Cordée 2027", ST_TITLE),
         Paragraph("Document public — diffusable aux ambassadeurs", ST_MARK),
         Paragraph(esc("Ce barème s'applique du 1er janvier au 31 décembre 2027. Il a été revu avec le comité des usagers pour mieux récompenser les contributions qui demandent du temps, comme les ateliers et les témoignages vidéo, et pour limiter les partages en série qui rapportaient beaucoup sans grand effort."), ST_BODY),
         Paragraph("1. Barème des contributions", ST_H1)]
    s += table([["Contribution", "Points", "Plafond"],
                ["Accompagnement d'un débutant en séance", "20", "5 par mois"],
                ["Atelier nœuds et assurage animé", "40", "2 par mois"],
                ["Avis publié en ligne", "15", "1 par plateforme et par an"],
                ["Partage sur les réseaux sociaux", "5", "4 par mois"],
                ["Réponse utile sur le Discord", "10", "6 par mois"],
                ["Témoignage écrit publié", "50", "aucun"],
                ["Témoignage vidéo publié", "90", "aucun"],
                ["Parrainage d'un nouvel abonné", "80", "aucun"],
                ["Idée d'amélioration retenue", "60", "aucun"],
                ["Aide à l'ouverture d'une voie", "30", "1 par mois"]], [8.5 * cm, 2 * cm, 5.5 * cm])
    s += [Paragraph("2. Bonus", ST_H1),
          Paragraph("2.1 Bonus de réactivité", ST_H2),
          Paragraph(esc("Quand vous répondez à une sollicitation dans les 48 heures, les points de la contribution correspondante sont majorés de 10 %. Le bonus est calculé automatiquement au moment de la validation, même si vous avez répondu « Pas cette fois » à une autre sollicitation le même mois."), ST_BODY),
          Paragraph("2.2 Bonus saisonniers", ST_H2),
          Paragraph("Les bonus suivants s'appliquent en 2027 :", ST_BODY)]
    s += bullets(["points doublés pour les avis publiés en janvier",
                  "+20 points pour chaque bénévole présent à la Bloc Party",
                  "points triplés pour l'accueil pendant les portes ouvertes de septembre"])
    s += [Paragraph("3. Cas particuliers", ST_H1),
          Paragraph(esc("Certaines situations ne rentrent pas dans le barème. Elles ont été tranchées par le comité du programme lors de la réunion de novembre 2026, après plusieurs réclamations sur le Discord."), ST_BODY),
          Spacer(1, spacer),
          Paragraph("Les règles suivantes s'appliquent aux cas particuliers :", ST_BODY)]
    s += bullets(["une contribution faite à deux est partagée : chaque ambassadeur reçoit la moitié des points, arrondie au supérieur",
                  "un témoignage publié dans la presse locale compte comme un témoignage vidéo",
                  "un atelier annulé faute de participants rapporte quand même la moitié des points",
                  "les contributions faites pendant une pause ne sont pas comptées",
                  "un parrainage annulé dans le mois qui suit fait perdre les 80 points",
                  "les ambassadeurs salariés de la régie ne gagnent pas de points pendant leurs heures de travail"])
    s += [Paragraph("4. La boutique de points", ST_H1),
          Paragraph(esc("La boutique est ouverte du 1er au 10 de chaque mois sur le Discord. Les récompenses sont retirées à l'accueil de votre salle."), ST_BODY)]
    s += table([["Récompense", "Prix en points", "Disponibilité"],
                ["Entrée offerte pour un ami", "60", "Toute l'année"],
                ["Location de chaussons pour 10 séances", "100", "Toute l'année"],
                ["Gourde isotherme Vertical'Cité", "150", "Dans la limite des stocks"],
                ["Stage d'initiation à la falaise (1 jour)", "400", "Avril à septembre"],
                ["Mois d'abonnement offert", "500", "Toute l'année"]], [8.5 * cm, 3 * cm, 4.5 * cm])
    s += [Paragraph("5. Contestation", ST_H1),
          Paragraph(esc("Si vous pensez qu'une contribution a été mal comptée, utilisez la commande /reclamation sur le Discord dans les 30 jours qui suivent la validation. Au-delà, le total affiché est considéré comme définitif."), ST_BODY)]
    return s


def events(spacer):
    s = [Paragraph("Ambassador events handbook 2027", ST_TITLE),
         Paragraph("Public document — may be shared with ambassadors", ST_MARK),
         Paragraph(esc("Events are where ambassadors are most visible. This handbook lists the events of the 2027 season, what we expect from you and what you can expect from us. It is written in English for our international members; a French version is available at the front desk."), ST_BODY),
         Paragraph("1. Event types", ST_H1)]
    s += table([["Event", "When", "Ambassador role", "Points"],
                ["Discovery evening", "First Friday of each month", "Welcome and belay demos", "25"],
                ["Bloc Party contest", "12 June 2027", "Judging and scoring", "60"],
                ["Open days", "18-19 September 2027", "Front desk and guided tours", "40"],
                ["Ambassador breakfast", "Once a quarter, Saturday 9 am", "Feedback and planning", "10"],
                ["Night of the Walls", "4 December 2027", "Route setting support", "50"]],
               [4 * cm, 4.5 * cm, 5 * cm, 2.5 * cm])
    s += [Paragraph("2. The Bloc Party", ST_H1),
          Paragraph("2.1 Volunteer shifts", ST_H2),
          Paragraph("Volunteers can sign up for one of these shifts:", ST_BODY)]
    s += bullets(["morning setup from 8 am to 11 am", "qualifiers from 11 am to 4 pm", "finals and awards from 5 pm to 9 pm", "teardown from 9 pm to 11 pm"])
    s += [Paragraph("2.2 What we provide", ST_H2),
          Paragraph(esc("Every volunteer gets a meal voucher per shift, a volunteer T-shirt and free entry for one guest to the finals. Judges receive a two-hour training session in May, held at Le Viaduc; attending it is required to judge."), ST_BODY),
          Paragraph("3. Safety rules at events", ST_H1),
          Paragraph(esc("Events bring crowds of people who have never climbed. Staff remain responsible for safety, but ambassadors are often the first adults a visitor talks to, so a few rules are non-negotiable."), ST_BODY),
          Spacer(1, spacer),
          Paragraph("Every ambassador helping at an event must follow these rules:", ST_BODY)]
    s += bullets(["wear the orange ambassador lanyard at all times",
                  "never belay a visitor unless you hold the orange belay passport",
                  "keep children under 14 away from the bouldering mats unless a parent is present",
                  "report any injury to the staff member in charge, even a minor one",
                  "do not move crash pads or ropes without asking the route setters"], numbered=True)
    s += [Paragraph("4. Travel and expenses", ST_H1),
          Paragraph(esc("Ambassadors are volunteers, not staff, and are not paid for their time. Public transport tickets to events held outside your own gym are refunded on presentation of the ticket, up to 20 euros per event. Car travel is not refunded, but car-sharing between ambassadors is encouraged on the Discord."), ST_BODY),
          Paragraph("5. Cancelling your participation", ST_H1),
          Paragraph(esc("Life happens. If you cannot come, tell the community manager at least 48 hours before the event so that your shift can be offered to someone else. A late cancellation does not cost you any points, but three no-shows in a season mean you will not be offered event shifts for the rest of the year."), ST_BODY)]
    return s


def pdf_pages(path):
    """Rough text per page (same extraction idea as validate.py)."""
    import sys
    sys.path.insert(0, os.path.join(HERE, ".."))
    from validate import pdf_text_pages
    return pdf_text_pages(path)


def build_split(name, fn, footer, title, intro, last_item):
    path = os.path.join(DOCS, name)
    for sp in range(0, 700, 10):
        build_pdf(path, fn(sp), footer, title)
        pages = pdf_pages(path)
        pi = [i for i, p in enumerate(pages) if intro in p]
        pl = [i for i, p in enumerate(pages) if last_item in p]
        if pi and pl and pl[0] == pi[0] + 1:
            # intro and at least one item on the first page
            print(name, "list crosses page break with spacer", sp)
            return
    raise SystemExit("could not make list cross a page break in " + name)


def docx_list(doc, items, style):
    for it in items:
        doc.add_paragraph(it, style=style)


def docx_table(doc, rows):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            t.cell(i, j).text = c
            if i == 0:
                for run in t.cell(i, j).paragraphs[0].runs:
                    run.bold = True


def fake_heading(doc, text, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    return p


def calendrier():
    d = Document()
    d.core_properties.title = "Calendrier des sollicitations 2027"
    d.add_paragraph("Calendrier des sollicitations 2027", style="Title")
    p = d.add_paragraph()
    p.add_run("Document public — diffusable aux ambassadeurs").italic = True
    d.add_paragraph("Ce calendrier annonce les grandes demandes de l'année pour que chacun puisse s'organiser. Les dates de réponse sont indicatives : la community manager envoie toujours un rappel sur le Discord trois semaines avant l'échéance.")
    d.add_heading("Premier semestre", level=1)
    docx_table(d, [["Mois", "Sollicitation", "Ambassadeurs recherchés", "Réponse attendue avant"],
                   ["Janvier", "Avis en ligne après les fêtes", "15", "20 janvier"],
                   ["Mars", "Témoignages vidéo pour le salon Sport & Ville", "4", "15 février"],
                   ["Avril", "Relecture du nouveau livret d'accueil", "6", "1er avril"],
                   ["Juin", "Bénévoles pour la Bloc Party", "20", "15 mai"]])
    d.add_heading("Second semestre", level=1)
    docx_table(d, [["Mois", "Sollicitation", "Ambassadeurs recherchés", "Réponse attendue avant"],
                   ["Septembre", "Accueil pendant les portes ouvertes", "25", "1er septembre"],
                   ["Octobre", "Atelier JE sur les besoins des ambassadeurs", "12", "30 septembre"],
                   ["Novembre", "Témoignages écrits pour le rapport annuel", "8", "31 octobre"],
                   ["Décembre", "Renfort pour la Nuit des Murs", "10", "15 novembre"]])
    fake_heading(d, "Règles de rotation")
    d.add_paragraph("Pour éviter d'épuiser toujours les mêmes personnes, nous appliquons ces règles :")
    docx_list(d, ["pas plus de deux sollicitations par mois et par ambassadeur",
                  "un ambassadeur qui a dit oui trois fois de suite passe en fin de liste",
                  "les nouveaux ambassadeurs sont sollicités en priorité pour les actions simples",
                  "un refus n'est jamais compté contre vous"], "List Bullet")
    d.add_heading("Répondre à une sollicitation", level=1)
    d.add_heading("Sur le Discord", level=2)
    d.add_paragraph("Pour répondre depuis le Discord, procédez ainsi :")
    docx_list(d, ["ouvrez le message de rappel envoyé par l'assistant",
                  "cliquez sur « Je participe » ou « Pas cette fois »",
                  "indiquez vos disponibilités si le message vous les demande"], "List Number")
    d.add_heading("Sans Discord", level=2)
    d.add_paragraph("Vous n'utilisez pas le Discord ? Aucun problème : répondez par mail à ambassadeurs@vertical-cite.fr ou directement au référent de votre salle pendant sa permanence. Votre réponse est saisie pour vous et compte exactement de la même façon, bonus de réactivité compris.")
    fake_heading(d, "Et si le calendrier change ?", size=14)
    d.add_paragraph("Les dates des événements municipaux bougent parfois. Si une sollicitation est déplacée ou annulée, les ambassadeurs qui avaient dit oui sont prévenus en premier, par message privé, et gardent la priorité sur la nouvelle date. Les points déjà promis pour une action annulée par la régie sont versés quand même.")
    d.add_paragraph("Vertical'Cité — calendrier 2027 — version du 28 novembre 2026")
    d.save(os.path.join(DOCS, "calendrier_sollicitations_2027.docx"))


def kit():
    d = Document()
    d.core_properties.title = "Kit témoignage"
    d.add_paragraph("Kit témoignage — Premiers de Cordée", style="Title")
    d.add_paragraph("Document public — diffusable aux ambassadeurs")
    d.add_paragraph("Ce kit vous aide à raconter votre expérience des salles Vertical'Cité, par écrit ou en vidéo. Ce n'est pas un modèle à recopier : les témoignages qui touchent sont ceux qui ressemblent à leur auteur.")
    d.add_heading("Avant de commencer", level=1)
    d.add_paragraph("Avant d'écrire ou de filmer, posez-vous ces trois questions :")
    docx_list(d, ["qu'est-ce qui vous a fait revenir après la première séance ?",
                  "quel moment en salle vous a marqué ?",
                  "qu'est-ce que vous diriez à un ami qui hésite ?"], "List Bullet")
    d.add_heading("Le témoignage écrit", level=1)
    d.add_heading("Longueur et ton", level=2)
    d.add_paragraph("Visez entre 800 et 1500 signes, soit une dizaine de phrases. Écrivez comme vous parlez à l'accueil de la salle : le tutoiement est bienvenu, l'humour aussi, et une petite critique honnête rend le reste plus crédible. Évitez les superlatifs en série, qui sonnent comme une brochure.")
    d.add_heading("À éviter", level=2)
    d.add_paragraph("Certains éléments ne peuvent pas être publiés, même s'ils sont vrais :")
    docx_list(d, ["le nom complet d'autres grimpeurs sans leur accord",
                  "des conseils techniques d'assurage",
                  "des comparaisons avec des salles privées nommément citées",
                  "des promesses de résultats sportifs"], "List Bullet")
    d.add_heading("Le témoignage vidéo", level=1)
    fake_heading(d, "Matériel conseillé")
    d.add_paragraph("Pas besoin de matériel professionnel, il vous faut seulement :")
    docx_list(d, ["un smartphone récent tenu à l'horizontale",
                  "un micro-cravate, prêté par l'accueil sur demande",
                  "un coin calme de la salle, de préférence le matin"], "List Bullet")
    fake_heading(d, "Conseils de tournage")
    d.add_paragraph("Filmez-vous de face, à hauteur des yeux, avec le mur en arrière-plan plutôt que le comptoir. Faites deux ou trois prises et gardez la plus naturelle, pas la plus parfaite. Si quelqu'un apparaît à l'image, demandez-lui son accord avant de tourner, et signalez-le à la community manager.")
    d.add_heading("Formats et diffusion", level=1)
    docx_table(d, [["Format", "Longueur", "Canal de diffusion"],
                   ["Citation courte", "1 à 3 phrases", "Affiches en salle"],
                   ["Témoignage écrit", "800 à 1500 signes", "Site web et newsletter"],
                   ["Vidéo courte", "30 à 60 secondes", "Instagram et écrans des salles"],
                   ["Vidéo longue", "2 à 3 minutes", "YouTube et salons professionnels"]])
    d.add_heading("Autorisation de diffusion", level=1)
    d.add_paragraph("Aucun témoignage n'est publié sans le formulaire d'autorisation signé, qui précise les canaux choisis et la durée de diffusion, trois ans au maximum. Vous pouvez retirer votre autorisation à tout moment ; le témoignage est alors dépublié sous 15 jours sur nos propres canaux.")
    d.save(os.path.join(DOCS, "kit_temoignage.docx"))


if __name__ == "__main__":
    build_split("bareme_points_2027.pdf", bareme, "Vertical'Cité — Barème des points 2027",
                "Barème des points Cordée 2027", "Les règles suivantes s'appliquent aux cas particuliers",
                "ne gagnent pas de points pendant leurs heures de travail")
    build_split("events_handbook_2027.pdf", events, "Vertical'Cité — Ambassador events handbook",
                "Ambassador events handbook 2027", "Every ambassador helping at an event must follow these rules",
                "without asking the route setters")
    calendrier()
    kit()
    print("ok")

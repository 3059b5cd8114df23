"""Generate the PDF and DOCX documents of the held-out structure set.

Run with /work/main/.venv/bin/python gen/make_docs.py (reportlab, python-docx).
"""
import os

from docx import Document
from docx.shared import Pt
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table,
                                TableStyle, ListFlowable, ListItem, PageBreak)

DOCS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs")

# ---------------------------------------------------------------- PDF helpers
BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=14, spaceAfter=6)
CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11)
CELLB = ParagraphStyle("cellb", fontName="Helvetica-Bold", fontSize=9, leading=11)


def bullets(items, numbered=False):
    kind = dict(bulletType="1") if numbered else dict(bulletType="bullet", start="-")
    return ListFlowable([ListItem(Paragraph(t, BODY), leftIndent=14) for t in items],
                        leftIndent=14, bulletFontSize=10, **kind)


def table(rows, widths):
    data = [[Paragraph(c, CELLB if i == 0 else CELL) for c in r] for i, r in enumerate(rows)]
    t = Table(data, colWidths=widths)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde8f0")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


class OutlineHeading(Paragraph):
    """A heading that also registers a PDF bookmark (outline entry)."""

    def __init__(self, text, style, level, key):
        super().__init__(text, style)
        self.level, self.key, self.plain = level, key, text

    def draw(self):
        super().draw()
        c = self.canv
        c.bookmarkPage(self.key)
        c.addOutlineEntry(self.plain, self.key, level=self.level, closed=False)


def charte_pdf():
    H0 = ParagraphStyle("h0", fontName="Helvetica-Bold", fontSize=18, leading=22, spaceAfter=10)
    H1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceBefore=12, spaceAfter=6)
    H2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=8, spaceAfter=4)
    n = [0]

    def h(text, style, level):
        n[0] += 1
        return OutlineHeading(text, style, level, "k%d" % n[0])

    s = [h("Charte de l'ambassadeur Archipel Kayak", H0, 0),
         Paragraph("Document destiné aux ambassadeurs de l'Équipage Archipel. Chaque ambassadeur "
                   "l'accepte en rejoignant le programme. Version 2 du 1er mars 2026.", BODY),
         h("1. Engagements de l'ambassadeur", H1, 1),
         h("1.1 Authenticité", H2, 2),
         Paragraph("Vous parlez de vos propres sorties, avec vos mots. La coopérative ne vous fournira "
                   "jamais de texte tout prêt à publier et ne vous demandera pas de cacher un point "
                   "négatif. Un avis nuancé est plus crédible qu'un avis parfait, et il nous aide à "
                   "progresser. Si vous recevez une remise ou une sortie offerte, vous le mentionnez "
                   "dans votre avis.", BODY),
         h("1.2 Sécurité en mer", H2, 2),
         Paragraph("Lorsque vous parlez de nos sorties en public, vous vous engagez à :", BODY),
         bullets(["ne jamais présenter une traversée comme accessible sans encadrement",
                  "montrer le gilet porté et fermé sur les photos et vidéos prises sur l'eau",
                  "renvoyer vers le moniteur toute question sur la météo ou les marées",
                  "ne pas publier la position exacte des colonies de phoques"]),
         h("1.3 Respect du littoral", H2, 2),
         Paragraph("Les îles et les estrans que nous fréquentons sont des espaces protégés. Pendant "
                   "les sorties comme dans vos publications, vous respectez les zones de quiétude des "
                   "oiseaux de mars à juillet et vous n'encouragez aucun débarquement sur les îlots "
                   "interdits.", BODY),
         h("2. Engagements de la coopérative", H1, 1),
         h("2.1 Rythme des sollicitations", H2, 2),
         Paragraph("La coopérative vous sollicite avec au moins dix jours de préavis, sauf urgence "
                   "annoncée comme telle. Elle surveille le nombre de demandes adressées à chacun "
                   "afin que les ambassadeurs les plus disponibles ne soient pas épuisés. Refuser une "
                   "sollicitation ne vous fait jamais perdre de milles ni de niveau.", BODY),
         h("2.2 Reconnaissance", H2, 2),
         Paragraph("En échange de votre engagement, la coopérative s'engage à :", BODY),
         bullets(["valider ou refuser chaque contribution déclarée sous dix jours",
                  "expliquer tout refus par écrit",
                  "citer votre prénom quand votre témoignage est publié, si vous le souhaitez",
                  "vous tenir informé des suites données à vos idées"]),
         h("2.3 Transparence sur l'assistant", H2, 2),
         Paragraph("Une partie des échanges sur Discord passe par un assistant automatique. La "
                   "coopérative l'indique clairement dans chaque message du bot, demande votre accord "
                   "avant tout rappel automatique et vous permet de joindre une personne à tout moment. "
                   "Aucune décision sur votre niveau n'est prise par l'assistant.", BODY),
         h("3. Manquements et départ", H1, 1),
         h("3.1 Manquements à la charte", H2, 2),
         Paragraph("Les manquements sont traités avec mesure. Le tableau ci-dessous donne la suite "
                   "habituelle ; la community manager peut l'adapter à chaque situation.", BODY),
         table([["Manquement", "Première fois", "Récidive"],
                ["Avis publié sans mention d'un avantage reçu", "Demande de modifier l'avis", "Milles de l'avis retirés"],
                ["Photo sans gilet ou sans accord des personnes", "Demande de retrait de la photo", "Suspension des sollicitations pour la saison"],
                ["Propos blessants envers un membre", "Échange avec la community manager", "Exclusion de l'équipage"],
                ["Contribution déclarée mais non réalisée", "Contribution refusée", "Retour au niveau Mousse"]],
               [5.5 * cm, 5 * cm, 5.5 * cm]),
         Spacer(1, 8),
         h("3.2 Recours", H2, 2),
         Paragraph("Un ambassadeur qui conteste une décision peut demander, dans le mois, qu'elle soit "
                   "réexaminée par deux membres du conseil des pagayeurs qui ne connaissent pas le "
                   "dossier. Leur avis est rendu sous trois semaines. Pendant ce temps, la relation "
                   "client continue normalement : vos réservations ne sont jamais touchées.", BODY)]
    doc = SimpleDocTemplate(os.path.join(DOCS, "charte_ambassadeur.pdf"), pagesize=A4,
                            title="Charte de l'ambassadeur Archipel Kayak", author="Archipel Kayak")
    doc.build(s)


def handbook_pdf():
    """English handbook: headings shown by font size only, no outline, two pages."""
    T = ParagraphStyle("t", fontName="Times-Bold", fontSize=20, leading=24, spaceAfter=8)
    A = ParagraphStyle("a", fontName="Times-Roman", fontSize=15, leading=19, spaceBefore=12, spaceAfter=4)
    B = ParagraphStyle("b", fontName="Times-Italic", fontSize=12, leading=15, spaceBefore=8, spaceAfter=3)
    P = ParagraphStyle("p", fontName="Times-Roman", fontSize=10.5, leading=14, spaceAfter=6)

    def lst(items):
        return ListFlowable([ListItem(Paragraph(t, P), leftIndent=12) for t in items],
                            bulletType="bullet", start="•", leftIndent=12, bulletFontSize=10)

    s = [Paragraph("Archipel Crew: a handbook for English-speaking ambassadors", T),
         Paragraph("For ambassadors of Archipel Kayak who prefer English. Public document, autumn 2026.", P),
         Paragraph("Welcome aboard", A),
         Paragraph("Many of our guests come over from the Channel Islands and from England for a "
                   "weekend of paddling. Some of them loved it so much that they joined the crew. "
                   "This handbook sums up the programme for them; the French guide remains the "
                   "reference if the two ever disagree.", P),
         Paragraph("Do I need to speak French?", B),
         Paragraph("No. You can write reviews, testimonials and Discord messages in English. The "
                   "Discord bot answers in English if you write to it in English, and the Granville "
                   "and Saint-Malo bases always have at least one English-speaking instructor on "
                   "duty in July and August.", P),
         Paragraph("Levels at a glance", A),
         Paragraph("Levels are based on the miles you earned over the last two seasons.", P),
         table([["Level", "Miles", "Main perk", "What English speakers often ask"],
                ["Mousse (deckhand)", "0 to 149", "Badge and Discord access", "The badge also shows on your booking account"],
                ["Matelot (sailor)", "150 to 499", "15 % off rentals", "The discount works at every base, not only yours"],
                ["Bosco (boatswain)", "500 to 1 199", "A free sunset trip each season", "The trip can be given to a friend"],
                ["Capitaine (captain)", "1 200 and more", "A seat on the paddlers' council", "Council meetings can be joined by video"]],
               [3.3 * cm, 2.4 * cm, 4.3 * cm, 6 * cm]),
         Paragraph("What you can do", A),
         Paragraph("Written contributions", B),
         Paragraph("The easiest ways to start are:", P),
         lst(["posting a review on Google or TripAdvisor after a trip",
              "writing a short testimonial for the English page of our website",
              "answering questions from other English-speaking members on Discord"]),
         Paragraph("Out on the water", B),
         Paragraph("Ambassadors who live near a base can also welcome beginners at open days, test "
                   "a new route before it opens, or help translate the safety briefing for foreign "
                   "groups. These contributions earn more miles because they take more of your time.", P),
         PageBreak(),
         Paragraph("Travelling to a base", A),
         Paragraph("Ferry travellers", B),
         Paragraph("If you come by ferry, plan your trip with the tides in mind:", P),
         lst(["book sunrise trips for the day after you land, never the same morning",
              "tell the base if your crossing is delayed, so your seat can be kept",
              "bring your own wetsuit only if it is 5 mm or thicker outside summer"]),
         Paragraph("Safety reminders", A),
         Paragraph("Your safety and the safety of the people you bring matter more than any "
                   "testimonial. Never post a photo taken while paddling without your buoyancy aid "
                   "fastened, and never describe a crossing as suitable for unguided beginners. If "
                   "someone asks you about weather or tide conditions, point them to the instructor "
                   "on duty.", P)]
    doc = SimpleDocTemplate(os.path.join(DOCS, "ambassador_handbook_en.pdf"), pagesize=A4,
                            title="Archipel Crew handbook", author="Archipel Kayak")
    doc.build(s)


# --------------------------------------------------------------- DOCX helpers
def docx_table(d, rows, style="Table Grid"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            t.cell(i, j).text = c
            if i == 0:
                for run in t.cell(i, j).paragraphs[0].runs:
                    run.bold = True
    return t


def bareme_docx():
    d = Document()
    d.core_properties.title = "Barème des milles 2026"
    d.add_heading("Barème des milles 2026", level=0)
    d.add_paragraph("Document destiné aux ambassadeurs de l'Équipage Archipel. Il remplace le barème 2025.")
    d.add_heading("Principes", level=1)
    d.add_paragraph("Chaque contribution validée par la community manager rapporte un nombre fixe de "
                    "milles. Le barème récompense le temps donné plus que l'audience : une heure passée "
                    "à accueillir des débutants vaut davantage qu'un partage vu par des milliers de "
                    "personnes.")
    d.add_heading("Barème par contribution", level=1)
    d.add_heading("Contributions en ligne", level=2)
    docx_table(d, [["Contribution", "Milles", "Plafond", "Preuve demandée"],
                   ["Avis Google ou TripAdvisor", "20", "1 par base et par saison", "Lien vers l'avis"],
                   ["Témoignage écrit pour le site", "40", "2 par saison", "Texte envoyé à la community manager"],
                   ["Partage sur les réseaux sociaux", "5", "4 par mois", "Capture d'écran"],
                   ["Aide à un membre sur Discord", "10", "10 par saison", "Réponse signalée par la community manager"]])
    d.add_heading("Contributions sur le terrain", level=2)
    docx_table(d, [["Contribution", "Milles", "Plafond", "Preuve demandée"],
                   ["Témoignage vidéo", "80", "1 par saison", "Tournage avec l'équipe de la base"],
                   ["Accueil lors d'une journée portes ouvertes", "60", "Aucun", "Feuille de présence"],
                   ["Présentation d'un prospect qui réserve", "100", "5 par saison", "Code de parrainage utilisé"],
                   ["Test d'une nouvelle sortie", "50", "2 par saison", "Questionnaire de test rempli"],
                   ["Atelier de co-création", "70", "Aucun", "Présence notée par l'animateur"]])
    d.add_heading("Bonus", level=1)
    d.add_paragraph("Certains bonus s'ajoutent au barème de base :")
    for t in ["+30 milles si votre idée d'amélioration est retenue par le conseil des pagayeurs",
              "+20 milles pour la première contribution d'un nouveau Mousse",
              "+15 milles pour une réponse à une sollicitation dans les 48 heures",
              "double milles pour les sorties testées entre novembre et mars"]:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("Échanger ses milles", level=1)
    d.add_heading("Ce qu'on peut obtenir", level=2)
    d.add_paragraph("Les milles de la saison en cours peuvent être échangés, à la base, contre :")
    for t in ["une location de kayak simple d'une demi-journée pour 150 milles",
              "un sac étanche aux couleurs de la coopérative pour 120 milles",
              "une place sur une sortie de nuit pour 250 milles",
              "un don à l'association de nettoyage des plages pour 50 milles"]:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("Ce qui ne change pas", level=2)
    d.add_paragraph("Échanger des milles ne fait pas baisser votre niveau : le niveau est calculé sur "
                    "les milles gagnés, pas sur les milles restants. Les milles ne sont ni "
                    "remboursables ni transmissibles à un autre ambassadeur.")
    d.save(os.path.join(DOCS, "bareme_milles_2026.docx"))


def bold_para(d, text, size=None):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    return p


def jpo_docx():
    """Sloppy memo: headings are bold Normal paragraphs, lists typed by hand."""
    d = Document()
    bold_para(d, "Journées portes ouvertes 2026 : mémo des ambassadeurs accueillants", 16)
    d.add_paragraph("Mémo destiné aux ambassadeurs qui viennent aider lors des journées portes ouvertes de juin. "
                    "Merci encore à toutes et à tous !")
    d.add_paragraph("")
    bold_para(d, "Avant la journée", 13)
    d.add_paragraph("Avant de venir, pensez à :")
    for t in ["- confirmer votre créneau sur Discord au plus tard le mercredi",
              "- prendre une tenue qui peut être mouillée et des chaussures fermées",
              "- relire la fiche « premiers coups de pagaie » envoyée par la base",
              "- prévoir votre pique-nique, le repas n'est pas fourni"]:
        d.add_paragraph(t)
    bold_para(d, "Le jour J", 13)
    bold_para(d, "Accueil des visiteurs")
    d.add_paragraph("Vous accueillez les visiteurs au chapiteau, vous leur racontez votre première sortie et "
                    "vous les orientez vers le moniteur qui forme les groupes. Vous n'êtes pas là pour vendre : "
                    "les réservations se font à l'accueil de la base, et personne ne doit se sentir obligé de "
                    "réserver pour essayer un kayak.")
    bold_para(d, "Sur l'eau")
    d.add_paragraph("Sur le plan d'eau, votre rôle se limite à ceci :")
    for t in ["- pagayer à côté des débutants et les rassurer",
              "- signaler au moniteur toute personne en difficulté",
              "- ne jamais donner de consigne de sécurité à la place du moniteur"]:
        d.add_paragraph(t)
    bold_para(d, "Planning type", 13)
    d.add_paragraph("Le planning est le même dans les deux bases (Cancale et Carteret).")
    docx_table(d, [["Horaire", "Activité", "Rôle de l'ambassadeur"],
                   ["9h00", "Briefing de l'équipe", "Écouter les consignes du moniteur responsable"],
                   ["10h00 - 12h30", "Baptêmes de 30 minutes", "Accueil au chapiteau et aide à l'équipement"],
                   ["12h30 - 13h30", "Pause", "Repas avec l'équipe de la base"],
                   ["13h30 - 17h00", "Baptêmes et balade en baie", "Accompagnement sur l'eau des débutants"],
                   ["17h00", "Rangement et débrief", "Partager ce que les visiteurs ont dit"]])
    d.add_paragraph("")
    bold_para(d, "Après la journée", 13)
    d.add_paragraph("Le débrief de 17h00 compte autant que le reste : notez les questions qui reviennent et "
                    "les freins que les visiteurs ont exprimés, par exemple la peur de chavirer ou le prix. "
                    "La community manager les reprend dans la préparation de l'atelier JE d'octobre. "
                    "Votre présence est déclarée par la base, vous n'avez rien à faire pour recevoir vos milles.")
    d.save(os.path.join(DOCS, "memo_portes_ouvertes.docx"))


def referral_docx():
    d = Document()
    d.core_properties.title = "Bringing a friend: the referral guide"
    d.add_heading("Bringing a friend: the referral guide", level=0)
    d.add_paragraph("Public guide for Archipel Crew ambassadors. Translated from the French version, October 2026.")
    d.add_heading("How referral works", level=1)
    d.add_paragraph("Every ambassador gets a personal referral code on Discord with the /code command. "
                    "When a friend, relative or colleague uses your code to book their first trip, the "
                    "booking is linked to you and the introduction counts as a contribution. Only first "
                    "bookings count: someone who already paddled with us cannot be referred.")
    d.add_heading("Step by step", level=2)
    d.add_paragraph("To refer someone, follow these steps:")
    for t in ["Get your code from the Discord bot with /code",
              "Share it by message or in person, never in a public post",
              "Your friend enters the code when booking online or at the desk",
              "The community manager confirms the referral after the trip has taken place"]:
        d.add_paragraph(t, style="List Number")
    d.add_heading("What you and your friend get", level=1)
    docx_table(d, [["Situation", "Your friend", "You"],
                   ["Friend books a guided trip", "10 % off the trip", "100 miles"],
                   ["Friend books a half-day rental", "A free dry bag", "60 miles"],
                   ["Friend books a group outing (6 or more)", "Free coffee and pastries", "150 miles"],
                   ["Friend joins the crew later", "Nothing extra", "A Parrain badge"]],
              style="Light Grid Accent 1")
    d.add_heading("Rules and limits", level=1)
    d.add_heading("Company groups", level=2)
    d.add_paragraph("Referring a company group for a seminar is welcome, but it is handled by the Saint-Malo "
                    "base team: send the contact to the community manager rather than sharing your code. "
                    "You still earn the miles once the seminar has taken place.")
    d.add_heading("What is not allowed", level=2)
    d.add_paragraph("The following practices cancel the referral:")
    for t in ["posting your code on coupon or deal websites",
              "referring yourself under another name or e-mail address",
              "promising your friend a discount larger than the one in the table"]:
        d.add_paragraph(t, style="List Bullet")
    d.save(os.path.join(DOCS, "referral_guide_en.docx"))


if __name__ == "__main__":
    charte_pdf()
    handbook_pdf()
    bareme_docx()
    jpo_docx()
    referral_docx()
    print("ok")

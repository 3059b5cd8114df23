"""Generate the PDF documents of the structure_dev12 set (deterministic, uncompressed streams)."""
from pathlib import Path
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

DOCS = Path(__file__).resolve().parent.parent / "docs"

body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=14, spaceAfter=6)
item = ParagraphStyle("item", parent=body, leftIndent=14, bulletIndent=4, spaceAfter=3)
small = ParagraphStyle("small", parent=body, fontSize=8, textColor=colors.grey)
h_big = ParagraphStyle("hbig", fontName="Helvetica", fontSize=18, leading=22, spaceAfter=10)
h_size = ParagraphStyle("hsize", fontName="Helvetica", fontSize=14, leading=18, spaceBefore=10, spaceAfter=6)
h_bold = ParagraphStyle("hbold", fontName="Helvetica-Bold", fontSize=12, leading=16, spaceBefore=10, spaceAfter=5)


def items(lines, bullet="-"):
    return [Paragraph(l, item, bulletText=bullet) for l in lines]


def table(rows, widths):
    t = Table(rows, colWidths=widths)
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9), ("FONT", (0, 1), (-1, -1), "Helvetica", 9),
                           ("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


class Outlined(Paragraph):
    """A heading that also adds a PDF outline entry."""
    def __init__(self, text, style, key, level=0):
        super().__init__(text, style)
        self._key, self._level, self._title = key, level, text

    def draw(self):
        super().draw()
        self.canv.bookmarkPage(self._key)
        self.canv.addOutlineEntry(self._title, self._key, level=self._level)


def build(name, story, footer, title):
    def on_page(canv, doc):
        canv.setFont("Helvetica", 8)
        canv.drawString(2 * cm, 1.2 * cm, f"{footer} - page {doc.page}")
    doc = SimpleDocTemplate(str(DOCS / name), pagesize=A4, pageCompression=0, title=title,
                            author="Librairies Passe-Page", leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def reglement():
    P = lambda t: Paragraph(t, body)
    H = lambda t: Paragraph(t, h_size)
    s = [Paragraph("LIBRAIRIES PASSE-PAGE", small),
         Paragraph("Règlement du programme des Passeurs", h_big),
         P("Document public - diffusable aux ambassadeurs (Passeurs) et aux libraires. En vigueur au 1er janvier 2027."),
         H("Article 1 - Objet du programme"),
         P("Le programme des Passeurs réunit des clients des Librairies Passe-Page qui acceptent de recommander le réseau et de participer à sa vie culturelle. Le présent règlement fixe les droits et les devoirs de chacun. Il complète le Guide des Passeurs, qui prévaut en cas de contradiction sur les questions pratiques."),
         H("Article 2 - Conditions d'entrée"),
         P("L'entrée dans le programme se fait sur invitation d'un libraire. Le Passeur doit être majeur, ou âgé d'au moins 15 ans avec l'accord écrit d'un parent. Il accepte la Charte de parole et le présent règlement lors de son inscription sur le Discord."),
         H("Article 3 - Engagements du Passeur"),
         P("En rejoignant le programme, le Passeur s'engage à :"),
         *items(["signaler sa qualité de Passeur dans toute publication liée au réseau ;",
                 "ne déclarer que des contributions réellement accomplies ;",
                 "répondre aux sollicitations, même par un refus, dans un délai de dix jours ;",
                 "respecter la confidentialité des services de presse jusqu'à la date de parution."]),
         H("Article 4 - Engagements de Passe-Page"),
         P("De son côté, Passe-Page s'engage à :"),
         *items(["prévenir le Passeur au moins trois semaines avant toute sollicitation liée à un événement ;",
                 "ne jamais modifier un texte ou une vidéo d'un Passeur sans son accord ;",
                 "valider ou refuser chaque contribution déclarée sous quinze jours ;",
                 "expliquer par écrit tout refus de contribution."]),
         H("Article 5 - Points et niveaux"),
         P("Chaque contribution validée rapporte des points selon le barème en vigueur. Les points restent acquis douze mois glissants puis sortent du total. Le niveau est recalculé le premier jour de chaque mois. Le barème peut évoluer une fois par an, en janvier, après consultation des Passeurs."),
         H("Article 6 - Contenus et droits"),
         P("Le Passeur reste l'auteur de ses critiques, photos et vidéos. Il accorde à Passe-Page le droit de les reproduire sur son site, ses vitrines et ses réseaux sociaux pendant trois ans, sans contrepartie financière. Il peut demander le retrait d'un contenu à tout moment ; le retrait intervient sous sept jours."),
         Spacer(1, SPACER_CM * cm),
         H("Article 7 - Suspension et exclusion"),
         P("La participation d'un Passeur peut être suspendue, puis le cas échéant interrompue, dans les cas suivants :"),
         *items(["déclaration répétée de contributions fictives ;",
                 "publication d'avis rédigés contre une contrepartie non prévue au programme ;",
                 "propos injurieux envers un membre, un libraire ou un auteur ;",
                 "revente des services de presse reçus."]),
         P("Toute exclusion est précédée d'un échange avec le Passeur, qui peut présenter ses explications. La relation commerciale avec la librairie n'est pas affectée."),
         H("Article 8 - Départ volontaire"),
         P("Le Passeur peut quitter le programme à tout moment, sans préavis ni justification. Ses contenus déjà publiés restent en ligne sauf demande contraire. Ses points sont conservés six mois puis supprimés."),
         H("Article 9 - Modification du règlement"),
         P("Toute modification est annoncée dans le salon #annonces un mois avant son entrée en vigueur. Le Passeur qui la refuse peut quitter le programme dans les conditions de l'article 8."),
         H("Article 10 - Fin du programme"),
         P("Si Passe-Page met fin au programme, les Passeurs en sont informés trois mois à l'avance. Les points restants sont alors convertis en bons d'achat selon le barème de conversion.")]
    build("reglement-programme.pdf", s, "Règlement du programme des Passeurs", "Règlement du programme des Passeurs")


def notice():
    P = lambda t: Paragraph(t, body)
    n = [0]
    def H(t):
        n[0] += 1
        return Outlined(t, h_bold, f"s{n[0]}")
    s = [Paragraph("Notice d'information sur les données personnelles", h_big),
         P("Programme des Passeurs - Librairies Passe-Page. Classification : public. Cette notice peut être remise à tout Passeur."),
         H("1. Qui traite vos données"),
         P("La SCIC Passe-Page, 12 rue des Halles à Rennes, est responsable du traitement. Le délégué à la protection des données est joignable à dpo@passe-page.example pour toute question sur vos données."),
         H("2. Les données collectées"),
         P("Pour faire fonctionner le programme, nous collectons :"),
         *items(["vos nom, prénom, adresse e-mail et librairie de rattachement ;",
                 "votre pseudonyme Discord ;",
                 "l'historique de vos contributions, points et niveaux ;",
                 "vos réponses aux sollicitations et leurs délais ;",
                 "vos réponses aux ateliers JE, sous forme de verbatims."]),
         P("Nous ne collectons ni votre liste d'achats détaillée ni vos données de localisation."),
         H("3. Durées de conservation"),
         table([["Donnée", "Durée de conservation", "Ensuite"],
                ["Profil de Passeur", "durée de participation + 6 mois", "suppression"],
                ["Historique des contributions", "3 ans", "anonymisation pour les statistiques"],
                ["Verbatims des ateliers JE", "2 ans", "suppression"],
                ["Conversations avec Marius", "12 mois", "suppression"],
                ["Vidéos de témoignage", "durée de la licence (3 ans)", "suppression ou nouvel accord"]],
               [5.5 * cm, 5.5 * cm, 6 * cm]),
         H("4. L'assistant Marius et l'intelligence artificielle"),
         P("Marius est un assistant fondé sur l'intelligence artificielle. Il vous dit toujours qu'il est un programme et non une personne. Il ne prend aucune décision seul sur votre niveau ou votre participation : toute exclusion ou tout refus contesté est examiné par un humain. Les synthèses d'ateliers qu'il produit sont des brouillons relus par l'équipe avant toute diffusion."),
         H("5. Votre consentement"),
         P("Certains usages demandent votre accord explicite, que vous pouvez retirer à tout moment avec la commande /consentements :"),
         *items(["les rappels automatiques de sollicitations par Marius ;",
                 "l'utilisation de votre prénom et de votre photo sur les vitrines ;",
                 "la citation de vos verbatims dans les synthèses d'ateliers ;",
                 "les recommandations de lecture personnalisées."]),
         H("6. Vos droits"),
         P("Vous disposez d'un droit d'accès, de rectification, d'effacement, d'opposition et de portabilité. Écrivez au délégué à la protection des données ; nous répondons sous un mois. Vous pouvez aussi adresser une réclamation à la CNIL.")]
    build("notice-donnees-personnelles.pdf", s, "Notice données personnelles - Passeurs", "Notice d'information sur les données personnelles")


def onboarding():
    P = lambda t: Paragraph(t, body)
    H = lambda t: Paragraph(t, h_bold)
    s = [Paragraph("PUBLIC - you may forward this guide to any Passeur.", small),
         Paragraph("Welcome to the Passeurs: onboarding guide for English-speaking members", h_big),
         P("Our shops in Saint-Malo and Rennes have many English-speaking regulars, and several of them are now Passeurs. The program itself runs in French, but you can take part fully in English. This guide covers what the French documents say, in short."),
         H("Your first 30 days"),
         P("In your first month, we suggest you:"),
         *[Paragraph(t, item, bulletText=f"{i}.") for i, t in enumerate([
             "introduce yourself in #passeurs with your favourite book of the year;",
             "meet your referent bookseller for a 20-minute coffee;",
             "write a first short review, even five lines long;",
             "join one reading club as a guest before choosing your own."], 1)],
         H("Logging a contribution"),
         P("To log what you did, send Marius a direct message with:"),
         *items(["the type of contribution (review, video, club, event, referral);",
                 "the date it happened;",
                 "a link or a photo when there is one."]),
         P("Marius replies with the points it expects to be granted, and a bookseller confirms within fifteen days."),
         H("Talking to Marius in English"),
         P("Type \"English please\" once and Marius will answer in English from then on. The program documents themselves are in French; Marius quotes them in French and summarises them in English when you ask."),
         H("When a human takes over"),
         P("Marius hands the conversation over to Maëlle when:"),
         *items(["you say you are upset or unhappy with the program;",
                 "a question is about money, a refund or a legal matter;",
                 "you report a problem with another member;",
                 "Marius cannot find the answer in the program documents."]),
         H("Glossary"),
         P("A few French words you will meet everywhere:"),
         table([["French term", "What it means"],
                ["Passeur", "an ambassador of the Passe-Page bookshops"],
                ["sollicitation", "a request from the team to take part in something"],
                ["service de presse", "a free copy of a book sent before publication"],
                ["coup de coeur", "a book the shop staff strongly recommend"],
                ["libraire référent", "the bookseller who follows you in your shop"]],
               [5 * cm, 12 * cm])]
    build("onboarding-guide.pdf", s, "Passeurs onboarding guide (EN)", "Passeurs onboarding guide")


import sys
SPACER_CM = float(sys.argv[1]) if len(sys.argv) > 1 else 0.0
reglement(); notice(); onboarding()

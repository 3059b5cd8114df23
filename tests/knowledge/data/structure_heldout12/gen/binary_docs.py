"""Writes the PDF (reportlab) and DOCX (python-docx) documents, deterministically.
Run with /work/main/.venv/bin/python."""
import io
import os
import zipfile

from reportlab import rl_config
rl_config.invariant = 1  # fixed creation date / document id
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer,
                                Table, TableStyle)
import datetime
import docx
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
ITEM = ParagraphStyle("item", parent=BODY, leftIndent=14, spaceAfter=2)
H0 = ParagraphStyle("h0", fontName="Helvetica-Bold", fontSize=18, leading=22, spaceAfter=6)
H1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=13, leading=16, spaceBefore=10, spaceAfter=4)
H2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
SMALL = ParagraphStyle("small", fontName="Helvetica-Oblique", fontSize=9, leading=11, spaceAfter=8)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def build_pdf(path, blocks, footer, title):
    def on_page(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.drawString(2 * cm, 1.2 * cm, footer % doc.page)
        canv.restoreState()

    story = []
    for kind, val in blocks:
        if kind == "title":
            story.append(Paragraph(esc(val), H0))
        elif kind == "meta":
            story.append(Paragraph(esc(val), SMALL))
        elif kind == "h1":
            story.append(Paragraph(esc(val), H1))
        elif kind == "h2":
            story.append(Paragraph(esc(val), H2))
        elif kind == "p":
            story.append(Paragraph(esc(val), BODY))
        elif kind == "ul":
            for it in val:
                story.append(Paragraph("- " + esc(it), ITEM))
            story.append(Spacer(1, 4))
        elif kind == "table":
            t = Table(val, hAlign="LEFT")
            t.setStyle(TableStyle([
                ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
                ("FONT", (0, 1), (-1, -1), "Helvetica", 9),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
            ]))
            story.append(t)
            story.append(Spacer(1, 8))
        elif kind == "break":
            story.append(PageBreak())
    doc = SimpleDocTemplate(path, pagesize=A4, title=title, author="Station d'Aurbèze-Pyrénées",
                            leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


REGLEMENT = [
    ("title", "Règlement officiel du programme Les Isards"),
    ("meta", "Classification : document public - version du 14 novembre 2025 - SEM du Haut-Aurbèze"),
    ("h1", "Article 1 - Organisateur"),
    ("p", "Le programme Les Isards est organisé par la SEM du Haut-Aurbèze, société d'économie mixte qui exploite "
          "la station d'Aurbèze-Pyrénées. Le programme est gratuit et sans obligation d'achat autre que le forfait saison."),
    ("h1", "Article 2 - Conditions de participation"),
    ("p", "Peut participer toute personne physique qui remplit les conditions suivantes :"),
    ("ul", ["être titulaire d'un forfait saison nominatif valable sur le domaine d'Aurbèze ;",
            "avoir au moins 16 ans révolus au jour de la candidature ;",
            "ne pas être salarié permanent de la SEM du Haut-Aurbèze ;",
            "avoir accepté le présent règlement lors de l'inscription en ligne."]),
    ("p", "Les saisonniers de la station peuvent participer, mais leurs contributions réalisées pendant leurs heures de "
          "travail ne rapportent pas de cristaux."),
    ("h1", "Article 3 - Attribution des cristaux"),
    ("p", "Les cristaux sont attribués selon le barème publié en début de saison. L'organisateur peut refuser une "
          "contribution qui ne respecte pas la charte sécurité des contenus ou qui paraît rédigée par un tiers."),
    ("p", "Les cristaux sont strictement personnels. Ils ne peuvent être ni vendus, ni transférés à un autre Isard, "
          "ni convertis en argent."),
    ("h1", "Article 4 - Dotations"),
    ("p", "Les dotations principales attachées à chaque niveau sont les suivantes, pour une saison :"),
    ("table", [["Niveau", "Dotation principale", "Valeur indicative"],
               ["Flocon", "badge numérique et newsletter", "sans valeur marchande"],
               ["Névé", "remise location de matériel", "jusqu'à 45 euros"],
               ["Crête", "montée en dameuse au coucher du soleil", "90 euros"],
               ["Pic", "remise de 50 % sur le forfait saison suivant", "jusqu'à 310 euros"]]),
    ("p", "Les dotations ne sont ni échangeables ni remboursables. En cas d'annulation pour raison météo, la montée "
          "en dameuse est reportée à une autre date de la même saison."),
    ("h1", "Article 5 - Publications et mention partenariat"),
    ("p", "Toute publication réalisée dans le cadre du programme doit indiquer clairement le lien avec la station, "
          "par la mention « Isard d'Aurbèze - partenariat » ou le hashtag #partenariat. Une publication sans mention "
          "ne rapporte aucun cristal."),
    ("break", None),
    ("h1", "Article 6 - Données personnelles"),
    ("h2", "6.1 Finalités"),
    ("p", "Les données des participants servent uniquement à gérer le programme : suivi des contributions, "
          "attribution des cristaux, envoi des sollicitations et des récompenses."),
    ("h2", "6.2 Durée de conservation"),
    ("p", "Les données sont conservées pendant la participation au programme puis trois ans après le départ "
          "du participant, avant d'être supprimées."),
    ("h2", "6.3 Droits des participants"),
    ("p", "Chaque participant peut exercer à tout moment les droits suivants :"),
    ("ul", ["accéder à ses données et en obtenir une copie ;",
            "faire rectifier une information inexacte ;",
            "demander l'effacement de ses données en quittant le programme ;",
            "refuser les rappels automatiques envoyés par l'assistant du Discord."]),
    ("h1", "Article 7 - Exclusion"),
    ("p", "L'organisateur peut exclure un participant dans les cas suivants :"),
    ("ul", ["publication de contenus hors-piste associés au programme après un premier rappel ;",
            "achat de faux avis, de faux abonnés ou de fausses interactions ;",
            "comportement insultant envers le personnel ou les autres Isards ;",
            "revente de récompenses obtenues grâce au programme."]),
    ("h1", "Article 8 - Départ volontaire"),
    ("p", "Le participant peut quitter le programme à tout moment sans justification. Les récompenses déjà "
          "commandées lui sont remises ; les cristaux restants sont annulés."),
    ("h1", "Article 9 - Litiges"),
    ("p", "Le présent règlement est soumis au droit français. En cas de désaccord, le participant écrit d'abord "
          "à la responsable du programme ; à défaut d'accord amiable sous deux mois, le litige est porté devant "
          "le tribunal judiciaire de Tarbes."),
]

LODGES = [
    ("title", "Partner Lodges Guide"),
    ("meta", "Confidentiality: for Isards ambassadors only - winter 2025-2026 - do not share the discount codes"),
    ("h1", "1. How the partner scheme works"),
    ("p", "Several hotels, guesthouses and mountain huts around Aurbèze give Isards a discount on their stay. "
          "The resort does not pay these partners: they take part because our ambassadors bring them guests who "
          "come back year after year."),
    ("p", "The discount applies to the room or bed only, never to meals, drinks or the tourist tax."),
    ("h1", "2. Partner list"),
    ("table", [["Partner", "Village", "Isards discount", "Minimum level"],
               ["Hôtel Le Balcon d'Arrouye", "Arrouye", "15% off the room", "Névé"],
               ["Gîte de la Garbure", "Saint-Ours-d'Aurbèze", "10% off, breakfast included", "Flocon"],
               ["Refuge du Cagire", "at the top of the Cagire lift", "one free night per season", "Crête"],
               ["Chalet Pic Mourtès", "Peyrenère", "20% off, minimum two nights", "Pic"]]),
    ("h1", "3. Booking rules"),
    ("p", "To get the partner price, please follow these rules:"),
    ("ul", ["book directly with the partner, never through a booking website;",
            "give your Isards number when you book, not at check-out;",
            "show your season pass on arrival;",
            "the discount covers you and one guest sharing your room."]),
    ("h1", "4. Cancellations"),
    ("p", "Each partner applies its own cancellation policy. If a partner refuses the Isards discount you were "
          "promised, tell the programme team within seven days and we will sort it out with them."),
    ("break", None),
    ("h1", "5. Questions"),
    ("h2", "Can friends use my discount without me?"),
    ("p", "No. The discount is tied to your season pass and you have to be part of the stay. A friend who wants "
          "the same price should become an Isard, or you can refer them for a season pass."),
    ("h2", "Do the stays earn crystals?"),
    ("p", "Staying at a partner lodge does not earn crystals by itself. An honest review of the lodge, "
          "posted with the partnership mention, earns the usual review crystals."),
    ("h2", "What if I lose my level during the winter?"),
    ("p", "Levels only change at the end of the season, so the discount attached to your level stays valid "
          "until the last day of the lifts in April."),
]


def fix_zip(path):
    """Rewrite a .docx with fixed timestamps so the file is byte-identical on every run."""
    with open(path, "rb") as f:
        data = f.read()
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 11, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, src.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def new_doc(title):
    d = docx.Document()
    cp = d.core_properties
    cp.title = title
    cp.author = "Station d'Aurbèze-Pyrénées"
    cp.created = datetime.datetime(2025, 11, 20, 9, 0, 0)
    cp.modified = datetime.datetime(2025, 11, 20, 9, 0, 0)
    cp.last_modified_by = "Maialen Larrondo"
    cp.revision = 1
    return d


def add_table(d, rows):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            t.cell(i, j).text = cell
    d.add_paragraph("")


def build_kit(path):
    d = new_doc("Kit réseaux sociaux des Isards")
    d.add_heading("Kit réseaux sociaux des Isards", level=0)
    d.add_paragraph("Classification : diffusion réservée aux Isards - version hiver 2025-2026")
    d.add_heading("Ton et style", level=1)
    d.add_paragraph("Écrivez comme vous parlez au télésiège : avec humour, avec vos mots, sans slogans. "
                    "Une publication qui raconte une vraie journée vaut mieux qu'une photo parfaite sans histoire. "
                    "Vous avez le droit de dire qu'il y avait trop de monde ou que la neige était dure.")
    d.add_heading("Mention partenariat", level=1)
    d.add_paragraph("La loi impose d'indiquer le partenariat de façon visible. Selon le format, utilisez :")
    for it in ["en légende Instagram : « Isard d'Aurbèze - partenariat » dès la première ligne ;",
               "en story : l'autocollant « partenariat rémunéré » ou le texte #partenariat bien lisible ;",
               "sur TikTok : l'option contenu de marque activée avant la publication ;",
               "dans un avis Google : une phrase indiquant que vous êtes ambassadeur de la station."]:
        d.add_paragraph(it, style="List Bullet")
    d.add_heading("Instagram", level=1)
    d.add_heading("À faire", level=2)
    d.add_paragraph("Sur Instagram, les publications qui marchent le mieux chez les Isards ont en commun :")
    for it in ["une photo prise sur le domaine pendant la saison en cours ;",
               "une légende qui donne une info utile, comme l'état de la neige ou l'attente aux remontées ;",
               "l'identification du compte @aurbeze.pyrenees et du lieu."]:
        d.add_paragraph(it, style="List Bullet")
    d.add_heading("À éviter", level=2)
    for it in ["les filtres qui rendent la neige bleue ou trop blanche ;",
               "les photos de pistes fermées ou balisées en rouge et jaune ;",
               "les visages d'enfants inconnus au premier plan."]:
        d.add_paragraph(it, style="List Bullet")
    d.add_heading("TikTok", level=1)
    d.add_heading("À faire", level=2)
    d.add_paragraph("Les vidéos courtes de moins de 40 secondes, tournées à hauteur de skieur, sont les plus "
                    "partagées. Montrez un moment précis : la première trace, la file au télésiège, la garbure au refuge.")
    d.add_heading("À éviter", level=2)
    d.add_paragraph("Ne filmez jamais en skiant avec le téléphone à la main. Les caméras doivent être fixées "
                    "sur le casque ou le torse, et aucune vidéo ne doit montrer une vitesse excessive sur une piste fréquentée.")
    d.add_heading("Hashtags et comptes à mentionner", level=1)
    add_table(d, [["Réseau", "Hashtag principal", "Compte à identifier"],
                  ["Instagram", "#IsardsAurbeze", "@aurbeze.pyrenees"],
                  ["TikTok", "#AurbezeSnow", "@aurbeze_officiel"],
                  ["Facebook", "#IsardsAurbeze", "Station d'Aurbèze-Pyrénées"],
                  ["LinkedIn", "#MontagnePyrénées", "SEM du Haut-Aurbèze"]])
    d.add_heading("Droit à l'image", level=1)
    d.add_paragraph("Avant de publier une personne reconnaissable, demandez-lui son accord, de préférence par écrit "
                    "dans un message. Pour un mineur, l'accord d'un parent est obligatoire, même pour un enfant de votre famille.")
    d.save(path)
    fix_zip(path)


def bold_line(d, text):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(12)


def build_parrainage(path):
    d = new_doc("Parrainage des forfaits saison")
    p = d.add_paragraph()
    r = p.add_run("Parrainage des forfaits saison - conditions 2025-2026")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("Diffusion : publique. Document remis au guichet des forfaits et envoyé aux Isards.")
    bold_line(d, "Le principe")
    d.add_paragraph("Un Isard peut recommander la station à un proche qui n'a jamais eu de forfait saison à Aurbèze. "
                    "Le filleul profite d'une remise sur son premier forfait saison, et le parrain reçoit des cristaux "
                    "une fois le forfait payé.")
    bold_line(d, "Remises et cristaux par type de forfait")
    add_table(d, [["Type de forfait", "Remise pour le filleul", "Cristaux pour le parrain"],
                  ["Saison adulte", "20 %", "60"],
                  ["Saison jeune 16-25 ans", "15 %", "40"],
                  ["Saison famille", "10 % par membre", "80"],
                  ["Saison Pyrénées-Est", "10 %", "60"],
                  ["Saison senior 65 ans et plus", "15 %", "40"]])
    bold_line(d, "Comment parrainer")
    d.add_paragraph("Pour parrainer un proche, suivez ces étapes :")
    for it in ["récupérez votre code parrain dans l'espace Isard, rubrique Mon sac à dos ;",
               "transmettez le code à votre filleul par message ou de vive voix ;",
               "le filleul saisit le code lors de l'achat en ligne ou le donne au guichet ;",
               "les cristaux sont crédités quinze jours après le paiement du forfait."]:
        d.add_paragraph(it, style="List Number")
    bold_line(d, "Limites")
    d.add_paragraph("Le parrainage est encadré par quelques règles :")
    for it in ["un filleul ne peut utiliser qu'un seul code parrain ;",
               "la remise ne se cumule pas avec le tarif préventes de septembre ;",
               "un Isard ne peut pas se parrainer lui-même ni parrainer un membre de son foyer fiscal."]:
        d.add_paragraph(it, style="List Bullet")
    bold_line(d, "Questions fréquentes")
    bold_line(d, "Mon filleul doit-il être un nouveau client ?")
    d.add_paragraph("Oui pour le forfait saison : il ne doit pas avoir eu de forfait saison Aurbèze pendant les "
                    "trois dernières saisons. Il peut en revanche avoir déjà acheté des forfaits journée.")
    bold_line(d, "Que se passe-t-il si mon filleul se fait rembourser ?")
    d.add_paragraph("Si le forfait du filleul est remboursé, par exemple avec l'assurance neige, les cristaux du "
                    "parrain sont retirés de son solde, même s'ils ont déjà été dépensés.")
    d.save(path)
    fix_zip(path)


def main():
    os.makedirs(DOCS, exist_ok=True)
    build_pdf(os.path.join(DOCS, "reglement_programme_isards.pdf"), REGLEMENT,
              "SEM du Haut-Aurbèze - Règlement Les Isards - Document public - page %d",
              "Règlement officiel du programme Les Isards")
    build_pdf(os.path.join(DOCS, "partner_lodges_guide.pdf"), LODGES,
              "Aurbèze Isards - Partner Lodges Guide - Ambassadors only - page %d",
              "Partner Lodges Guide")
    build_kit(os.path.join(DOCS, "kit_reseaux_sociaux.docx"))
    build_parrainage(os.path.join(DOCS, "parrainage_forfaits.docx"))


if __name__ == "__main__":
    main()

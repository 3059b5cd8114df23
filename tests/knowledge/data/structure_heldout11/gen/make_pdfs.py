"""Generate the PDF documents of the set (deterministic: reportlab invariant mode)."""
import os
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Table, TableStyle)

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs")

body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=14, spaceAfter=6)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=16, bulletIndent=4, spaceAfter=3)
small = ParagraphStyle("small", parent=body, fontSize=8, leading=10)
# headings differ from body by size only (no bold), as in the rules PDF
h_title = ParagraphStyle("h_title", fontName="Helvetica", fontSize=18, leading=22, spaceAfter=10)
h_art = ParagraphStyle("h_art", fontName="Helvetica", fontSize=13, leading=17, spaceBefore=10, spaceAfter=4)
# bold headings for the English PDF, which also gets an outline
e_title = ParagraphStyle("e_title", fontName="Helvetica-Bold", fontSize=18, leading=22, spaceAfter=10)
e_h1 = ParagraphStyle("e_h1", fontName="Helvetica-Bold", fontSize=13, leading=17, spaceBefore=10, spaceAfter=4)
cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11)


class Doc(BaseDocTemplate):
    def __init__(self, path, footer, outline=False, **kw):
        super().__init__(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                         topMargin=2 * cm, bottomMargin=2 * cm, **kw)
        self.footer, self.outline, self.n = footer, outline, 0
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="f")
        self.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=self._foot)])

    def _foot(self, canv, doc):
        canv.setFont("Helvetica", 8)
        canv.drawString(2.2 * cm, 1.2 * cm, "%s - page %d" % (self.footer, doc.page))

    def afterFlowable(self, f):
        if self.outline and isinstance(f, Paragraph) and f.style.name in ("e_title", "e_h1"):
            key = "k%d" % self.n
            self.n += 1
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(f.getPlainText(), key,
                                      level=0 if f.style.name == "e_title" else 1)


def P(t, s=body):
    return Paragraph(t, s)


def items(lst):
    return [Paragraph(x, bullet, bulletText="-") for x in lst]


def table(rows, widths):
    data = [[Paragraph(c, cell) for c in r] for r in rows]
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


def reglement():
    s = []
    s.append(P("Règlement du programme Équipage Armor", h_title))
    s.append(P("Armor Traverses SAS - édition du 1er février 2026", small))
    s.append(P("Document public. Il peut être remis à tout ambassadeur, candidat ou passager qui en fait la demande.", small))
    s.append(Spacer(1, 8))
    s.append(P("Article 1 - Objet", h_art))
    s.append(P("Le présent règlement définit les conditions dans lesquelles Armor Traverses SAS, exploitant des liaisons maritimes entre Vannes, Port-Navalo, l'Île de Kerlan et l'Île Verte, anime un programme de reconnaissance de ses passagers ambassadeurs, dénommé Équipage Armor. Le programme est gratuit et sans obligation d'achat au-delà de l'abonnement Armor Pass."))
    s.append(P("Article 2 - Adhésion", h_art))
    s.append(P("L'adhésion est réservée aux personnes physiques majeures invitées par la compagnie. Elle devient effective lorsque le candidat a accepté la charte de l'ambassadeur et relié son compte Armor Pass au programme. Une seule adhésion est possible par personne ; les comptes d'entreprise ou d'association ne peuvent pas adhérer."))
    s.append(P("Article 3 - Durée et résiliation", h_art))
    s.append(P("L'adhésion est conclue pour une durée indéterminée. L'ambassadeur peut y mettre fin à tout moment, sans préavis ni motif, par message écrit adressé à la responsable communauté. La compagnie peut mettre fin au programme dans son ensemble en respectant un préavis de trois mois ; dans ce cas, les points acquis restent convertibles jusqu'au terme du préavis."))
    s.append(P("Article 4 - Attribution des points", h_art))
    s.append(P("Les points sont attribués selon le barème des contributions en vigueur à la date de la contribution. Une contribution n'ouvre droit à des points qu'après validation par la responsable communauté. Sont notamment refusées les contributions qui ne peuvent pas être vérifiées, celles qui ont déjà été récompensées, et les avis publiés sans la mention de la participation au programme."))
    s.append(P("Article 5 - Validité des points", h_art))
    s.append(P("Les points sont valables vingt-quatre mois à compter de leur attribution. Ils ne constituent pas une monnaie, ne sont ni remboursables ni échangeables contre de l'argent, et ne peuvent être cédés qu'à un autre ambassadeur dans les limites fixées par la foire aux questions. Les points en cours de validité au jour du départ d'un ambassadeur restent convertibles pendant soixante jours."))
    s.append(P("Dans le calcul du niveau, seuls comptent les points attribués au cours des douze derniers mois, hors période de repos estivale. Les points transférés par un autre ambassadeur ne comptent pas pour le niveau."))
    s.append(P("Article 6 - Récompenses", h_art))
    s.append(P("Les points peuvent être convertis en récompenses depuis le Discord du programme. Le catalogue comprend, à la date du présent règlement, les récompenses suivantes :"))
    s += items([
        "une traversée aller-retour Vannes - Île de Kerlan pour 200 points",
        "une traversée aller-retour avec véhicule pour 450 points",
        "un mois d'Armor Pass offert pour 600 points",
        "une sortie en mer commentée avec un capitaine de la compagnie pour 900 points",
        "un panier de produits des îles, livré en gare maritime, pour 300 points",
        "un don de 20 euros à la Société nationale de sauvetage en mer pour 250 points",
    ])
    s.append(P("Le catalogue peut évoluer chaque trimestre. Une récompense retirée du catalogue reste disponible pendant un mois pour les ambassadeurs qui disposaient déjà des points nécessaires."))
    s.append(P("Article 7 - Suspension et exclusion", h_art))
    s.append(P("La compagnie peut suspendre l'adhésion d'un ambassadeur, pour une durée maximale de deux mois, dans les cas suivants :"))
    s += items([
        "manquement à la charte de l'ambassadeur signalé par un passager ou un membre d'équipage",
        "déclaration d'une contribution fictive ou déjà récompensée",
        "comportement agressif envers le personnel à bord ou en gare maritime",
    ])
    s.append(P("À l'issue de la suspension, l'ambassadeur est réintégré ou exclu après un entretien avec la responsable communauté. L'exclusion entraîne la perte des points non convertis. Elle n'a aucun effet sur l'abonnement Armor Pass, qui continue de s'appliquer normalement."))
    s.append(P("Article 8 - Modification du règlement", h_art))
    s.append(P("Toute modification du règlement est annoncée sur le Discord et dans Le Carnet de bord au moins trente jours avant son entrée en vigueur. L'ambassadeur qui refuse la nouvelle version peut quitter le programme dans ce délai en conservant le droit de convertir tous ses points pendant soixante jours."))
    s.append(P("Article 9 - Réclamations", h_art))
    s.append(P("Les réclamations relatives au programme sont adressées par écrit à equipage@armor-traverses.fr. Une réponse est apportée sous quinze jours. Si la réponse ne satisfait pas l'ambassadeur, il peut saisir le comité des usagers, qui rend un avis à sa prochaine réunion trimestrielle."))
    d = Doc(os.path.join(OUT, "reglement_programme.pdf"), "Règlement Équipage Armor",
            title="", author="")
    d.build(s)


def perks():
    s = []
    s.append(P("Equipage Armor - Partner Perks 2026", e_title))
    s.append(P("PUBLIC DOCUMENT - may be shared with ambassadors and partners.", small))
    s.append(Spacer(1, 6))
    s.append(P("About partner perks", e_h1))
    s.append(P("Island life depends on the small businesses that stay open all year. Since 2025, Armor Traverses has partnered with shops, cafés and guesthouses on Kerlan and Ile Verte so that crew members can enjoy local perks, and so that the partners meet passengers who care about the islands. Perks are offered by the partners themselves; the ferry company does not pay them for it."))
    s.append(P("Partner list", e_h1))
    s.append(P("The list below is valid from 1 March 2026 to 28 February 2027."))
    s.append(table([
        ["Partner", "Island", "Perk", "Minimum level"],
        ["Café du Môle", "Kerlan", "Free hot drink with any pastry", "Mousse"],
        ["Cycles Goëlette", "Kerlan", "15% off bike rental, helmet included", "Matelot"],
        ["Maison Berthou (guesthouse)", "Ile Verte", "Late checkout until 2 pm on the day of your ferry", "Matelot"],
        ["La Criée de l'Ile", "Ile Verte", "Free fish-smoking workshop once a year", "Bosco"],
        ["Kayaks du Golfe", "Port-Navalo", "Half-day guided kayak tour for two", "Capitaine"],
        ["Librairie Vent d'Ouest", "Vannes", "10% off books about the sea and the islands", "Mousse"],
    ], [4.2 * cm, 2.4 * cm, 6.2 * cm, 3.2 * cm]))
    s.append(Spacer(1, 6))
    s.append(P("How to redeem a perk", e_h1))
    s.append(P("Redeeming a perk takes less than a minute. At the counter, proceed as follows:"))
    s += items([
        "open the Discord app and type /badge in any channel",
        "show the badge with your first name and level to the partner",
        "let the partner scan the QR code so the visit is counted",
        "keep your receipt if you want to log a review of the partner later",
    ])
    s.append(P("What partners receive", e_h1))
    s.append(P("Partners only see your first name and your level when they scan your badge. Each month, they receive a count of visits from crew members, with no names, and a free listing in the onboard magazine. Partners never receive your email address or phone number."))
    s.append(P("When a perk does not work", e_h1))
    s.append(P("If a partner refuses a perk listed here, do not argue at the counter. Tell the community lead on Discord with the date and the name of the shop; we call the partner within a week and, if the perk was wrongly refused, we credit you 30 points as an apology."))
    d = Doc(os.path.join(OUT, "partner_perks.pdf"), "Equipage Armor partner perks", outline=True,
            title="Equipage Armor - Partner Perks 2026", author="Armor Traverses")
    d.build(s)


if __name__ == "__main__":
    reglement()
    perks()

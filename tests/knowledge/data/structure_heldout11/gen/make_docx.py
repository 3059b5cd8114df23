"""Generate the DOCX documents of the set (deterministic core properties)."""
import datetime
import os
from docx import Document
from docx.shared import Pt

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs")
FIXED = datetime.datetime(2026, 1, 15, 9, 0, 0)


def new(title):
    d = Document()
    cp = d.core_properties
    cp.title, cp.author, cp.last_modified_by = title, "Armor Traverses", "Armor Traverses"
    cp.created = cp.modified = FIXED
    cp.revision = 1
    return d


def bold_line(d, text, size=12):
    """A heading written the sloppy way: a Normal paragraph in bold."""
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    return p


def bullets(d, items, style="List Bullet"):
    for it in items:
        d.add_paragraph(it, style=style)


def table(d, rows, style="Table Grid"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            t.cell(i, j).text = c
    return t


def bareme():
    d = new("Barème des contributions 2026")
    bold_line(d, "Équipage Armor - Barème des contributions 2026", 16)
    p = d.add_paragraph()
    p.add_run("Diffusion : public (ambassadeurs et candidats). ").italic = True
    p.add_run("Version du 15 janvier 2026, remplace le barème 2025.")
    d.add_paragraph("Ce barème fixe le nombre de points attribués pour chaque type de contribution. "
                    "Les points sont crédités après validation par la responsable communauté, en général sous cinq jours ouvrés.")
    bold_line(d, "Points par contribution")
    d.add_paragraph("Le tableau ci-dessous donne les points de base. Les plafonds s'entendent par ambassadeur.")
    table(d, [
        ["Contribution", "Points", "Plafond", "Condition de validation"],
        ["Témoignage écrit", "40", "4 par an", "Texte validé par l'ambassadeur avant publication"],
        ["Témoignage vidéo", "120", "2 par an", "Autorisation de droit à l'image signée"],
        ["Participation à un événement", "60", "Aucun", "Présence confirmée par l'équipe sur place"],
        ["Présentation d'un groupe ou d'une entreprise", "80", "6 par an", "Premier rendez-vous obtenu avec l'équipe commerciale"],
        ["Avis en ligne", "20", "1 par plateforme et par an", "Mention de la participation au programme"],
        ["Partage sur les réseaux sociaux", "5", "10 par mois", "Lien vers la publication"],
        ["Aide à un passager sur le Discord", "10", "30 par mois", "Réponse marquée utile par l'équipe"],
        ["Idée d'amélioration", "15", "Aucun", "Idée déposée dans le salon #idees"],
        ["Atelier de co-création", "100", "Aucun", "Présence à l'atelier complet"],
    ])
    d.add_paragraph()
    bold_line(d, "Bonus")
    d.add_paragraph("Des points supplémentaires s'ajoutent aux points de base dans quelques cas :")
    bullets(d, [
        "150 points quand un groupe ou une entreprise présenté signe un contrat de traversées",
        "50 points quand une idée d'amélioration est retenue et mise en oeuvre",
        "25 points pour la première contribution de chaque nouvel ambassadeur",
        "le double des points pour toute contribution faite entre le 1er novembre et le 28 février",
    ])
    bold_line(d, "Contributions qui ne rapportent pas de points")
    d.add_paragraph("Certaines actions sont appréciées mais ne donnent pas de points, pour éviter les effets pervers. "
                    "C'est le cas des likes et des réactions sur nos publications, des réponses aux enquêtes de satisfaction "
                    "envoyées à tous les clients, et des avis laissés sur des plateformes où la compagnie ne peut pas vérifier "
                    "l'auteur. Les questions posées sur le Discord ne rapportent rien non plus : il n'y a pas de question bête, "
                    "et personne ne doit se sentir obligé d'en poser pour gagner des points.")
    bold_line(d, "Multiplicateur de niveau")
    d.add_paragraph("Les points de base sont multipliés selon votre niveau au moment de la validation :")
    table(d, [
        ["Niveau", "Multiplicateur", "Exemple : témoignage vidéo"],
        ["Mousse", "x 1", "120 points"],
        ["Matelot", "x 1,1", "132 points"],
        ["Bosco", "x 1,2", "144 points"],
        ["Capitaine", "x 1,25", "150 points"],
    ])
    d.add_paragraph("Le multiplicateur ne s'applique pas aux bonus ni aux points reçus d'un autre ambassadeur.")
    bold_line(d, "Contester un barème")
    d.add_paragraph("Si vous estimez qu'une contribution a été mal évaluée, répondez au message de validation dans les 30 jours. "
                    "La responsable communauté réexamine la contribution avec un second membre de l'équipe, et la décision "
                    "vous est expliquée par écrit.")
    d.save(os.path.join(OUT, "bareme_points_2026.docx"))


def welcome():
    d = new("Welcome kit for new crew members")
    d.add_heading("Welcome kit for new crew members", 0)
    d.add_paragraph("Sensitivity: PUBLIC. You may forward this kit to any ambassador or invited passenger.")
    d.add_paragraph("This kit is for English-speaking members of Equipage Armor: island residents from abroad, "
                    "seasonal workers and regular visitors. The full rules are written in French; when in doubt, the French rules prevail.")
    d.add_heading("Welcome aboard", 1)
    d.add_paragraph("You were invited because you already speak well of our ferries to friends, neighbours and colleagues. "
                    "Being a crew member does not change that: it simply gives your stories a place, and gives you a voice "
                    "in how the ferry line evolves. Nobody expects you to become a salesperson.")
    d.add_heading("Your first 30 days", 1)
    d.add_paragraph("To get started, we suggest the following steps during your first month:")
    bullets(d, [
        "join the Discord server and link your Armor Pass number",
        "introduce yourself in the #bonjour channel, in English or French",
        "read the solicitation calendar and pick one event that suits you",
        "log your first contribution to get the 25-point welcome bonus",
        "book a 15-minute call with the community lead if you have questions",
    ], style="List Number")
    d.add_heading("Discord channels", 1)
    d.add_paragraph("The crew server has a handful of channels. Each one has a clear purpose:")
    table(d, [
        ["Channel", "What it is for", "Who can post"],
        ["#annonces", "Program news, new perks, rule changes", "Community team only"],
        ["#sollicitations", "Calls for testimonials, events and tests", "Community team, replies in threads"],
        ["#questions", "Any question about the program, answered by the assistant or the team", "All members"],
        ["#idees", "Improvement ideas for the ferry service", "All members"],
        ["#english-corner", "Discussion in English, with a weekly summary of French news", "All members"],
    ], style="Light Grid Accent 1")
    d.add_heading("Tone of voice", 1)
    d.add_paragraph("Write the way you talk. Short sentences, your own words, real details from your crossings. "
                    "If something went wrong on a trip, you can say so: a credible story mentions the delays as well as the dolphins. "
                    "Please avoid copying our slogans or the wording of our brochures.")
    d.add_heading("Photos on board", 1)
    d.add_paragraph("Photos from the crossing are welcome, provided you follow a few rules:")
    bullets(d, [
        "do not photograph the bridge or the engine room without the captain's permission",
        "blur the faces of other passengers, especially children",
        "never use a drone from the ferry or within 150 metres of a harbour",
        "credit the photo with your first name if we repost it",
    ])
    d.add_heading("Safety first", 1)
    d.add_paragraph("Crew duties always come before the program. During boarding, manoeuvres and bad weather, "
                    "the ship's crew will not answer questions about Equipage Armor, and no event or shooting takes place "
                    "when the wind forecast exceeds force 6. In an emergency on board, follow the crew's instructions only.")
    d.save(os.path.join(OUT, "welcome_kit.docx"))


def objectifs():
    d = new("Raison d'être et objectifs 2027")
    d.add_heading("Équipage Armor : raison d'être et objectifs 2027", 0)
    d.add_paragraph("Document public — diffusable aux ambassadeurs. Restitution des ateliers NOUS, JE et ACTION "
                    "de septembre à novembre 2026, validée par le comité des usagers le 2 décembre 2026.")
    d.add_heading("1. Atelier NOUS", 1)
    d.add_heading("Raison d'être", 2)
    d.add_paragraph("Relier les îles et le continent, c'est relier des gens. Équipage Armor donne aux passagers qui font vivre "
                    "les îles une place à bord de la compagnie : ils racontent, ils proposent, ils accueillent, et la compagnie "
                    "les écoute avant de décider. La raison d'être a été écrite par les participants de l'atelier, à partir de leurs "
                    "propres mots ; les formulations proposées par l'assistant n'ont servi que de point de départ à la discussion.")
    d.add_heading("Objectifs et indicateurs", 2)
    d.add_paragraph("Les participants ont retenu quatre objectifs, chacun avec un indicateur mesurable :")
    table(d, [
        ["Objectif", "Indicateur", "Valeur 2025", "Cible 2027"],
        ["Faire venir des groupes et des entreprises", "Contrats de traversées signés après une présentation", "7", "20"],
        ["Rendre la vie insulaire visible", "Témoignages publiés sur nos canaux", "31", "80"],
        ["Garder les abonnés", "Taux de renouvellement des abonnés influencés", "81 %", "90 %"],
        ["Améliorer le service avec les usagers", "Idées retenues et mises en oeuvre", "4", "12"],
    ])
    d.add_heading("2. Atelier JE", 1)
    d.add_paragraph("Vingt-six ambassadeurs ont répondu au questionnaire et onze ont participé à l'atelier du 14 octobre 2026. "
                    "La synthèse ci-dessous a été préparée par l'assistant puis relue et corrigée par l'équipe.")
    d.add_heading("Points de convergence", 2)
    d.add_paragraph("Les besoins exprimés rejoignent les objectifs du programme sur plusieurs points :")
    bullets(d, [
        "les résidents veulent être consultés avant les changements d'horaires d'hiver",
        "beaucoup souhaitent faire découvrir les îles à des groupes, surtout hors saison",
        "les remises sur le renouvellement sont jugées plus utiles que les cadeaux",
        "les ateliers de co-création sont vus comme la meilleure façon d'être entendu",
    ])
    d.add_heading("Points de divergence", 2)
    d.add_paragraph("En revanche, plusieurs attentes s'écartent du programme actuel :")
    bullets(d, [
        "les travailleurs pendulaires n'ont pas le temps de tourner des vidéos",
        "certains résidents refusent d'apparaître publiquement dans un témoignage",
        "le classement des ambassadeurs par points est ressenti comme une compétition inutile",
        "les saisonniers voudraient des avantages utilisables en été, pendant la période de repos",
    ])
    d.add_heading("3. Atelier ACTION", 1)
    d.add_heading("Groupes d'ambassadeurs", 2)
    d.add_paragraph("Trois groupes ont été constitués, chacun avec ses thèmes de contenu et ses propres indicateurs :")
    table(d, [
        ["Groupe", "Qui", "Thèmes de contenu", "Indicateur suivi"],
        ["Les Insulaires", "Résidents à l'année de Kerlan et de l'Île Verte", "Vie quotidienne sur l'île, horaires d'hiver, services publics", "Idées retenues"],
        ["Les Pendulaires", "Abonnés qui traversent pour travailler", "Ponctualité, télétravail à bord, correspondances avec les bus", "Taux de renouvellement"],
        ["Les Passeurs", "Visiteurs fidèles et résidents secondaires", "Découverte des îles, commerces partenaires, sorties de groupe", "Contrats de groupe signés"],
    ])
    d.add_heading("Plan d'animation 2027", 2)
    d.add_paragraph("Le plan d'animation décidé pour 2027 comporte les actions suivantes :")
    bullets(d, [
        "supprimer le classement public et le remplacer par des badges de groupe",
        "proposer des témoignages anonymes ou sous forme de citation écrite",
        "tenir un atelier horaires d'hiver avec Les Insulaires chaque septembre",
        "former dix Passeurs à l'accueil des groupes en gare maritime",
    ])
    d.save(os.path.join(OUT, "objectifs_2027.docx"))


def fix_zip(path):
    """Rewrite the package with fixed timestamps so the output is byte-stable."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


if __name__ == "__main__":
    bareme()
    welcome()
    objectifs()
    for n in ("bareme_points_2026.docx", "welcome_kit.docx", "objectifs_2027.docx"):
        fix_zip(os.path.join(OUT, n))

"""Generate the DOCX documents of the structure_dev12 set (deterministic content)."""
import datetime
from pathlib import Path
from docx import Document
from docx.shared import Pt

DOCS = Path(__file__).resolve().parent.parent / "docs"
FIXED = datetime.datetime(2026, 12, 5, 9, 0, 0)


def new(title):
    d = Document()
    cp = d.core_properties
    cp.title, cp.author, cp.created, cp.modified, cp.last_modified_by = title, "Librairies Passe-Page", FIXED, FIXED, "Passe-Page"
    return d


def bold_line(d, text, size=12):
    r = d.add_paragraph().add_run(text)
    r.bold = True
    r.font.size = Pt(size)


def bullets(d, lines, style="List Bullet"):
    for l in lines:
        d.add_paragraph(l, style=style)


def table(d, rows):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            t.cell(i, j).text = cell
            if i == 0:
                for r in t.cell(i, j).paragraphs[0].runs:
                    r.bold = True
    return t


def bareme():
    d = new("Barème des points")
    bold_line(d, "Barème des points - Programme des Passeurs 2027", 16)
    d.add_paragraph("Mention : document public, peut être partagé avec les ambassadeurs.").runs[0].italic = True
    d.add_paragraph("Ce barème a été revu en décembre 2026 après la consultation des Passeurs. Il s'applique à toutes les contributions déclarées à partir du 1er janvier 2027.")
    bold_line(d, "Points par contribution")
    d.add_paragraph("Le tableau ci-dessous donne les points accordés pour chaque contribution validée par un libraire.")
    table(d, [["Contribution", "Points", "Justificatif", "Plafond"],
              ["Critique écrite publiée sur le carnet", "20", "lien vers la critique", "4 par mois"],
              ["Vidéo de recommandation", "35", "fichier ou lien", "2 par mois"],
              ["Animation d'un club de lecture", "50", "feuille de présence", "1 par mois"],
              ["Accueil lors d'une rencontre d'auteur", "30", "validation du libraire", "aucun"],
              ["Avis Google", "15", "capture d'écran", "1 par librairie, à vie"],
              ["Recommandation d'une école ou médiathèque devenue cliente", "80", "bon de commande", "aucun"],
              ["Aide sur le Discord (réponse marquée utile)", "5", "automatique", "10 par mois"],
              ["Idée d'amélioration retenue", "25", "décision de l'équipe", "aucun"]])
    bold_line(d, "Bonus")
    d.add_paragraph("Certains gestes rapportent des points supplémentaires :")
    bullets(d, ["réponse à une sollicitation dans les 48 heures : 5 points ;",
                "première contribution d'un nouveau type : 10 points ;",
                "parrainage d'un nouveau Passeur resté actif six mois : 30 points."])
    bold_line(d, "Expiration des points")
    d.add_paragraph("Les points expirent douze mois après leur attribution. Aucune prolongation n'est accordée, sauf en cas de congé parental, de maladie ou de déménagement à l'étranger : le compteur est alors gelé sur simple demande à Maëlle.")
    bold_line(d, "Convertir ses points")
    d.add_paragraph("Les points peuvent être échangés contre des bons d'achat valables dans toutes les librairies du réseau, selon la grille suivante.")
    table(d, [["Points convertis", "Bon d'achat", "Validité du bon"],
              ["100", "5 euros", "3 mois"],
              ["250", "15 euros", "6 mois"],
              ["500", "35 euros", "12 mois"]])
    d.add_paragraph("Convertir des points ne fait pas baisser votre niveau : le niveau se calcule sur les points gagnés, pas sur le solde restant.")
    d.save(DOCS / "bareme-points.docx")


def kit():
    d = new("Kit témoignage vidéo")
    d.add_heading("Kit témoignage vidéo", 0)
    d.add_paragraph("Document public - à diffuser aux Passeurs volontaires.").runs[0].italic = True
    d.add_paragraph("Une vidéo de recommandation rapporte des points et, surtout, donne envie de pousser la porte d'une librairie. Ce kit vous aide à la réussir du premier coup, avec un simple téléphone.")
    d.add_heading("Avant de filmer", 1)
    d.add_paragraph("Prenez cinq minutes pour vérifier ces points avant d'appuyer sur enregistrer :")
    bullets(d, ["filmer à l'horizontale, téléphone posé sur un support ;",
                "se placer face à une fenêtre, jamais dos à la lumière ;",
                "choisir un endroit calme, sans musique de fond ;",
                "avoir le livre en main, couverture visible."])
    d.add_heading("Pendant le tournage", 1)
    d.add_heading("Les trois questions", 2)
    d.add_paragraph("Votre vidéo répond simplement à trois questions, dans l'ordre :")
    bullets(d, ["Quel livre tenez-vous et comment l'avez-vous découvert ?",
                "Qu'est-ce qui vous a touché, sans dévoiler la fin ?",
                "À qui le donneriez-vous à lire ?"], "List Number")
    d.add_heading("Ce qu'on évite", 2)
    d.add_paragraph("Pas de script appris par coeur : on sent tout de suite un texte récité. Pas de slogan sur la librairie non plus. Une hésitation ou un rire gardés au montage rendent la vidéo plus crédible qu'une prise parfaite.")
    d.add_heading("Format technique", 1)
    table(d, [["Élément", "Attendu"],
              ["Durée", "90 secondes maximum"],
              ["Orientation", "horizontale (16:9)"],
              ["Résolution", "1080p minimum"],
              ["Fichier", "MP4 ou MOV, moins de 500 Mo"],
              ["Envoi", "lien de dépôt donné par Marius"]])
    d.add_heading("Droit à l'image", 1)
    d.add_paragraph("En envoyant votre vidéo, vous autorisez Passe-Page à la diffuser pendant trois ans sur son site, ses réseaux et les écrans de ses librairies. Si d'autres personnes apparaissent à l'image, il faut leur accord écrit, sur le formulaire fourni par votre libraire.")
    d.save(DOCS / "kit-temoignage.docx")


def playbook():
    d = new("Author events playbook")
    d.add_heading("Author events playbook for volunteer Passeurs", 0)
    d.add_paragraph("Sharing: public - may be shared with Passeurs and bookshop staff.")
    d.add_heading("Why we need you", 1)
    d.add_paragraph("A signing evening at a small bookshop lives or dies by its welcome. Booksellers are busy at the till; Passeurs make first-time visitors feel expected and keep the queue friendly. Each evening needs three to five volunteers.")
    d.add_heading("Before the event", 1)
    d.add_paragraph("About a week before the evening, the volunteer team:")
    bullets(d, ["reads at least one book by the guest author;",
                "checks the room layout with the bookseller;",
                "prepares two questions for the audience Q&A, in case nobody dares to start;",
                "confirms attendance to Marius so that points can be logged."])
    d.add_heading("On the night", 1)
    d.add_paragraph("Roles are shared as follows:")
    table(d, [["Role", "What you do", "When"],
              ["Welcome", "greet people at the door and hand out the programme", "from 30 minutes before the start"],
              ["Queue", "keep the signing queue moving and write names on sticky notes", "during the signing"],
              ["Floor", "pass the microphone during questions", "during the talk"],
              ["Tidy-up", "stack chairs and collect glasses", "after the last signing"]])
    d.add_heading("After the event", 1)
    d.add_heading("Sharing photos", 2)
    d.add_paragraph("Send your photos to the bookseller first. Only photos where people gave their consent go on social media, and never photos of children without a parent's written agreement.")
    d.add_heading("Feedback", 2)
    d.add_paragraph("Within three days, fill in the two-minute feedback form Marius sends you. It asks how many people came, what went wrong and one idea for next time.")
    bold_line(d, "If something goes wrong")
    d.add_paragraph("Stay calm and follow this order:")
    bullets(d, ["if the author is late, the bookseller decides whether to start with a reading by a Passeur;",
                "if a guest is aggressive, do not argue: fetch the bookseller;",
                "if someone feels unwell, call 15 and inform the bookseller;",
                "if you can't come after all, warn Maëlle at least 24 hours ahead."])
    d.save(DOCS / "author-events-playbook.docx")


bareme(); kit(); playbook()

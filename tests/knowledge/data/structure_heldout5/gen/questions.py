# -*- coding: utf-8 -*-
"""Write ../questions.jsonl and ../unanswerable.jsonl from content.py.

Each question names a unit of content.py: a block key (list or paragraph), or
(table key, row index). gold_doc, gold_section, unit and gold are derived from
the content model, so they match the rendered documents verbatim.
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import DOCS  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# (unit reference, lang, question)
Q = [
    # charte-des-eclaireurs.md
    ("c_qui", "fr", "il faut quoi pour être invité chez les éclaireurs ?"),
    ("c_qui", "en", "what are the requirements to get invited as a scout?"),
    ("c_promesses", "fr", "tortue rusée s'engage à quoi concrètement vis à vis de nous ?"),
    ("c_attentes", "fr", "on a des obligations en tant qu'éclaireur ? genre des règles à respecter"),
    ("c_quitter", "en", "can i drop out of the scouts anytime? what happens to my points"),
    ("c_pause", "fr", "je peux me mettre en stand-by qq mois sans perdre mon niveau ?"),
    (("c_contacts", 2), "fr", "à qui j'écris pour mes données perso ?"),
    (("c_contacts", 3), "en", "who handles press and youtubers?"),
    ("c_raison", "fr", "pourquoi ce programme existe, c'est quoi l'idée derrière ?"),
    (("c_contacts", 1), "fr", "qui s'occupe des livraisons de cadeaux, y a un mail ?"),
    (("c_contacts", 0), "fr", "une question sur le programme, je demande à qui et où ?"),
    # guide-des-niveaux.pdf
    ("n_calc", "fr", "les points comptent sur combien de temps ? ça se cumule à vie ?"),
    (("n_seuils", 2), "fr", "combien de pts pour passer stratège"),
    (("n_seuils", 3), "en", "how many points do I need for grand maitre?"),
    (("n_seuils", 1), "fr", "c quoi le badge des exploratuers et à partir de combien ?"),
    (("n_seuils", 0), "fr", "quand on débute on est à quel niveau, on a un badge ?"),
    ("n_pion", "fr", "j'ai droit à quoi en arrivant dans le programme ?"),
    ("n_explo", "en", "what extra perks do explorers get?"),
    ("n_strat", "fr", "les avantages quand on est stratège svp"),
    ("n_gm", "fr", "qu'est-ce qu'on gagne tout en haut de l'échelle ?"),
    ("n_gm", "en", "top tier rewards?"),
    ("n_moins", "fr", "si je suis moins dispo cette année je redescends direct en pion ?"),
    ("n_moins", "en", "do I get downgraded if I'm not very active for a while?"),
    # bareme-des-points.txt
    ("b_contenus", "fr", "ça rapporte combien un avis écrit ou une vidéo ? et les partages ?"),
    ("b_contenus", "en", "how many points is a video testimonial worth?"),
    ("b_anim", "fr", "animer une partie en boutique ça fait combien de poitns ?"),
    ("b_anim", "en", "points for running a table at a festival?"),
    ("b_idees", "fr", "si mon idée est reprise dans un jeu j'ai quoi ?"),
    ("b_plafond", "fr", "y a une limite de points par mois ?"),
    ("b_conversion", "fr", "je peux échanger mes points contre des jeux ?"),
    # faq-eclaireurs.html
    ("f_postuler", "fr", "on peut candidater direct ou faut attendre d'être invité ?"),
    ("f_temps", "fr", "ça prend combien de temps par mois en vrai ?"),
    ("f_cadeau", "fr", "mon colis cadeau est jamais arrivé je fais comment"),
    ("f_cadeau", "en", "my reward never showed up, what should I do?"),
    ("f_expire", "fr", "est-ce que mes points périment ?"),
    ("f_ia", "fr", "le bot c'est une IA ou une vraie personne derrière ?"),
    ("f_rappels", "en", "can I get just one weekly digest instead of all the pings?"),
    # calendrier-sollicitations-2027.docx
    (("k_temps", 0), "fr", "c'est pour quand les vidéos du crowdfunding marées noires ? faut quel niveau"),
    (("k_temps", 4), "en", "when is the Comète Sept prototype test and who can join?"),
    (("k_temps", 3), "fr", "pour la fête du jeu ils cherchent combien de monde ?"),
    (("k_temps", 5), "fr", "ludimer saint nazaire c quel mois et faut être quel niveau"),
    (("k_temps", 2), "en", "how many reviewers do you need for the Jardin de Brume reissue?"),
    (("k_temps", 6), "fr", "y a un truc prévu en décembre pour les coffrets ?"),
    (("k_temps", 1), "fr", "le salon de Brest en mars, il faut être stratège ?"),
    ("k_limites", "fr", "on peut me solliciter combien de fois max ?"),
    ("k_limites", "en", "what are the rules so scouts don't get overloaded with requests?"),
    ("k_refuser", "fr", "si je dis non plusieurs fois d'affilée je me fais virer ?"),
    ("k_delais", "fr", "j'ai combien de jours pour répondre à une demande ?"),
    # guide-du-temoignage.txt
    ("t_avant", "fr", "je sais pas quoi écrire dans mon témoignage, des pistes ?"),
    ("t_nefera", "fr", "vous allez retoucher mon texte ?"),
    ("t_materiel", "fr", "faut du vrai matos pour filmer ? des tips ?"),
    ("t_materiel", "en", "tips for shooting a video review with my phone?"),
    ("t_image", "fr", "mes gamins apparaissent dans la vidéo, ça pose problème ?"),
    ("t_image", "fr", "je veux faire retirer ma vidéo, c'est possible ?"),
    # soirees-et-festivals.txt
    ("s_colis", "fr", "vous envoyez quoi comme matos pour une soirée ?"),
    ("s_colis", "en", "what's in the kit you send for a game night?"),
    ("s_apres", "fr", "qu'est-ce que je dois faire après ma soirée jeux ?"),
    ("s_avantfest", "fr", "le train pour aller au festival est remboursé ?"),
    ("s_avantfest", "en", "are travel costs covered for festivals in France?"),
    ("s_stand", "fr", "je fais quoi exactement sur un stand ? je dois encaisser ?"),
    ("s_incident", "fr", "un joueur devient agressif pendant la démo, je fais quoi"),
    # objectifs-et-indicateurs-2027.pdf
    ("o_raison", "fr", "la raison d'être de tortue rusée c'est quoi au juste ?"),
    ("o_obj", "fr", "les objectifs 2027 c'est quoi ?"),
    ("o_obj", "en", "what goals did the team set for 2027?"),
    (("o_eng", 0), "fr", "on était combien d'éclaireurs actifs l'an dernier ?"),
    (("o_eng", 1), "en", "what's the target participation rate?"),
    (("o_eng", 2), "fr", "délai moyen de réponse visé ?"),
    (("o_eng", 3), "fr", "taux de rétention des ambassadeurs en 2026 et l'objectif"),
    (("o_imp", 0), "fr", "combien de joueurs on a touché avec les démos ?"),
    (("o_imp", 3), "en", "what was the scouts' NPS?"),
    (("o_imp", 1), "fr", "nb de boutiques recommandées qui sont devenues partenaires ?"),
    (("o_imp", 2), "fr", "combien d'avis publiés en 2026 et combien visés ?"),
    ("o_mesure", "fr", "y aura un classement des meilleurs éclaireurs ?"),
    # scouts-handbook-international.docx (English)
    ("h_welcome", "en", "which countries does the english-speaking programme cover?"),
    ("h_welcome", "fr", "le programme existe pour les joueurs hors de France ?"),
    (("h_ship", 2), "en", "how long does a gift take to reach Canada?"),
    (("h_ship", 1), "fr", "je suis en Suisse, je vais payer la douane sur les cadeaux ?"),
    (("h_ship", 0), "fr", "délai de livraison des cadeaux en belgique ?"),
    ("h_codes", "en", "can I stack my discount code with a shop promo?"),
    ("h_online", "en", "what online events are there for english speakers?"),
    ("h_conv", "fr", "pour les conventions à l'étranger le voyage est remboursé jusqu'à combien ?"),
    ("h_leave", "en", "how do I quit the programme if I live in the UK?"),
    (("h_ship", 3), "en", "shipping to the UK, do I pay customs?"),
    # recommander-une-boutique.html
    ("r_form", "fr", "comment on parraine une ludothèque, les étapes ?"),
    ("r_form", "en", "how do I refer a game store to you?"),
    ("r_apres", "fr", "je dois négocier les prix avec le gérant ?"),
    (("r_recomp", 2), "fr", "si la boutique devient partenaire je gagne quoi ?"),
    (("r_recomp", 3), "en", "what do I get when the first demo night happens at the new shop?"),
    (("r_recomp", 0), "fr", "combien de points quand le magasin accepte d'être contacté"),
    ("r_interdit", "fr", "je bosse dans une boutique, je peux la recommander ?"),
    (("r_recomp", 1), "fr", "le premier rdv avec le commercial ça rapporte ?"),
    # synthese-atelier-je-2026.md
    (("y_profils", 1), "fr", "qu'est-ce qui bloque les animateurs de ludo ?"),
    (("y_profils", 3), "en", "what motivates teachers to join?"),
    (("y_profils", 0), "fr", "les parents ils attendent quoi du programme ?"),
    (("y_profils", 2), "fr", "les experts se plaignent de quoi ?"),
    ("y_conv", "fr", "sur quoi tout le monde était d'accord à l'atelier ?"),
    ("y_conv", "en", "where did the scouts agree during the JE workshop?"),
    ("y_classement", "fr", "pourquoi pas de leaderboard ?"),
    ("y_videos", "fr", "la vidéo ça me stresse, y a une alternative ?"),
    ("y_suites", "en", "what's on the agenda for the ACTION workshop in January?"),
    # your-data-and-the-assistant.md (English)
    ("d_collect", "en", "what personal data do you keep on me?"),
    ("d_collect", "fr", "vous stockez quelles infos sur moi ?"),
    ("d_assist", "en", "does the bot decide if my contribution gets accepted?"),
    ("d_remind", "fr", "comment je retire mon consentement pour les relances ?"),
    ("d_workshop", "en", "will my name show up in the workshop summary?"),
    (("d_retention", 0), "en", "how long do you keep my points history?"),
    (("d_retention", 3), "fr", "mes réponses d'atelier sont gardées combien de temps ?"),
    (("d_retention", 1), "fr", "mon adresse postale vous la gardez jusqu'à quand ?"),
    (("d_retention", 2), "en", "how long do you store video testimonials?"),
    ("d_human", "en", "how do I talk to a real person?"),
    ("d_human", "fr", "je conteste mes points, c'est le bot qui tranche ?"),
]

UNANSWERABLE = [
    ("fr", "c'est quoi le numéro de la ligne d'astreinte événements ?"),
    ("fr", "combien de points rapporte un témoignage audio ?"),
    ("en", "how many scouts are there in Canada?"),
    ("fr", "comment s'appelle le commercial qui contacte les boutiques ?"),
    ("fr", "combien coûte le kit de bienvenue ?"),
    ("fr", "le festival ludimer 2027 c'est quelles dates exactement ?"),
    ("fr", "qui sont les auteurs de Comète Sept ?"),
    ("fr", "prix de Marées Noires en précommande ?"),
    ("en", "how many Grand Maître scouts are there right now?"),
    ("fr", "combien d'éclaireurs ont été exclus du programme en 2026 ?"),
    ("fr", "les repas sont remboursés pendant les festivals ?"),
    ("fr", "il y a combien de sièges au comité des joueurs ?"),
    ("en", "what's the URL of the international online shop?"),
    ("fr", "quel ROI le programme vise en 2027 ?"),
    ("fr", "quel âge moyen ont les éclaireurs ?"),
    ("fr", "c'est quel transporteur qui livre les cadeaux ?"),
    ("en", "what time does the monthly online game night start?"),
    ("fr", "le parrainage d'un nouvel éclaireur rapporte double en décembre ?"),
    ("fr", "c'est où le studio pour la journée avec les auteurs ?"),
    ("en", "how many members are in the English channel on the Terrier?"),
]


def sentences(text):
    parts = re.split(r"(?<=[.!?])\s+", text.strip())
    return [p for p in parts if p]


STOP = {"le", "la", "les", "de", "des", "du", "un", "une", "à", "a", "par", "que", "qui", "il",
        "leur", "sur", "en", "et", "ou", "the", "of", "to", "a", "an", "and", "or", "who", "by",
        "for", "with", "se", "sont", "est", "ne", "«", ":", "its", "your", "are", "is", "be"}


def fragment(sentence, n=10):
    words = sentence.split()[:n]
    while len(words) > 5 and (words[-1].lower() in STOP or words[-1] in ("«", ":")):
        words.pop()
    return " ".join(words).rstrip(" ,;:.")


def index_units():
    units = {}
    for d in DOCS:
        path = []
        for b in d["blocks"]:
            if b[0] == "h":
                lvl = b[1]
                path = path[:lvl - 1] + [b[2]]
                continue
            section = " › ".join(path)
            if b[0] == "p":
                # a sentence shorter than 5 words is joined to the next one
                s, carry = [], ""
                for x in sentences(b[2]):
                    x = (carry + " " + x).strip()
                    if len(x.split()) < 5:
                        carry = x
                    else:
                        s.append(x)
                        carry = ""
                if carry:
                    s.append(carry)
                picks = s if len(s) <= 3 else [s[0], s[1], s[-1]]
                gold = [fragment(x) for x in picks]
                units[b[1]] = (d, section, "paragraph", gold, len(b[2]))
            elif b[0] in ("ul", "ol"):
                gold = []
                if b[2]:
                    gold.append(b[2].rstrip().rstrip(":").rstrip())
                gold += list(b[3])
                size = len(b[2] or "") + sum(len(x) + 3 for x in b[3])
                units[b[1]] = (d, section, "list", gold, size)
            elif b[0] == "t":
                header, rows = b[2], b[3]
                for i, r in enumerate(rows):
                    gold = list(header) + list(r)
                    size = sum(len(x) + 3 for x in gold)
                    units[(b[1], i)] = (d, section, "table_row", gold, size)
    return units


def main():
    units = index_units()
    rows = []
    for i, (ref, lang, q) in enumerate(Q, 1):
        d, section, unit, gold, size = units[ref]
        assert size <= 650, (ref, size)
        rows.append(dict(id="sh5-%03d" % i, question=q, gold_doc=d["file"], gold_section=section,
                         unit=unit, gold=gold, lang=lang))
    with open(os.path.join(ROOT, "questions.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "unanswerable.jsonl"), "w", encoding="utf-8") as f:
        for i, (lang, q) in enumerate(UNANSWERABLE, 1):
            f.write(json.dumps(dict(id="sh5-u%02d" % i, question=q, lang=lang), ensure_ascii=False) + "\n")
    from collections import Counter
    doclang = {d["file"]: d["lang"] for d in DOCS}
    print(len(rows), "questions;", Counter(r["unit"] for r in rows))
    print(Counter((r["lang"], "over-" + doclang[r["gold_doc"]]) for r in rows))


if __name__ == "__main__":
    main()

# -*- coding: utf-8 -*-
"""Deterministic generator: writes docs/, questions.jsonl, unanswerable.jsonl.
Stdlib only (python-docx / reportlab / fpdf were not importable here)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from content import DOCS
from render import RENDER, heading_paths

STAFF = "staff-only document (readership line says internal); a community manager asking is in scope, an ambassador should not be shown it"

# (id, question, file, block key, unit, lang, row index for tables, note)
Q = [
    # charte-ambassadeurs.txt
    ("q01", "est-ce que je peux arrêter d'être ambassadrice quand je veux ?", "charte-ambassadeurs.txt", "c_quitter", "paragraph", "fr"),
    ("q02", "vous allez m'envoyer des textes tout faits à poster ?", "charte-ambassadeurs.txt", "c_authenticite", "paragraph", "fr"),
    ("q03", "c'est quoi les conditions pour être invité dans la tribu", "charte-ambassadeurs.txt", "c_qui", "list", "fr"),
    ("q04", "qu'est ce que lavandine s'engage a faire pour nous en échange", "charte-ambassadeurs.txt", "c_engagements", "list", "fr"),
    ("q05", "What am I expected to do as an ambassador?", "charte-ambassadeurs.txt", "c_demandes", "list", "en"),
    ("q06", "on peut être exclu de la tribu ? dans quels cas", "charte-ambassadeurs.txt", "c_fin_participation", "paragraph", "fr"),
    ("q07", "si j'ai pas aimé un savon je peux mettre un avis négatif sans perdre mes pionts?", "charte-ambassadeurs.txt", "c_avis_critique", "paragraph", "fr"),
    ("q08", "faut il avoir beaucoup d'abonnés insta pour etre ambassadeur", "charte-ambassadeurs.txt", "c_influence", "paragraph", "fr"),
    # guide-points-niveaux.md
    ("q09", "avantages du niveau bloc ?", "guide-points-niveaux.md", "g_bloc", "list", "fr"),
    ("q10", "qu'est-ce que je gagne en passant Pain", "guide-points-niveaux.md", "g_pain", "list", "fr"),
    ("q11", "What do I get at the Copeau level?", "guide-points-niveaux.md", "g_copeau", "list", "en"),
    ("q12", "combien de points pour un témoignage vidéo, et y a une limite ?", "guide-points-niveaux.md", "g_bareme", "table_row", "fr", 3),
    ("q13", "ça rapporte quoi d'aider qqn sur le séchoir", "guide-points-niveaux.md", "g_bareme", "table_row", "fr", 6),
    ("q14", "est ce que je peux redescendre de niveau si je fais une pause ?", "guide-points-niveaux.md", "g_garder", "paragraph", "fr"),
    ("q15", "si je convertis mes points je perds mon niveau?", "guide-points-niveaux.md", "g_convertir", "paragraph", "fr"),
    ("q16", "je veux pas apparaître dans le classement, c'est possible ?", "guide-points-niveaux.md", "g_classement", "paragraph", "fr"),
    # programme-recommandation.md
    ("q17", "comment je fais pour recommander l'épicerie vrac de mon village", "programme-recommandation.md", "r_etapes", "list", "fr"),
    ("q18", "combien de points quand la boutique passe sa premiere commande", "programme-recommandation.md", "r_bareme", "table_row", "fr", 1),
    ("q19", "le code parrain pour un proche ça marche comment", "programme-recommandation.md", "r_proche", "paragraph", "fr"),
    ("q20", "quelles sont les règles et limites quand on recommande une boutique", "programme-recommandation.md", "r_regles", "list", "fr"),
    ("q21", "What happens if the shop I introduced says no?", "programme-recommandation.md", "r_non", "paragraph", "en"),
    ("q22", "qu'est ce qu'on offre a une boutique qui rejoint lavandine", "programme-recommandation.md", "r_boutique_recoit", "list", "fr"),
    ("q23", "je suis gérante d'un magasin bio partenaire, je peux recommander une autre boutique ?", "programme-recommandation.md", "r_gerants", "paragraph", "fr"),
    # evenements-2027.md
    ("q24", "c'est quand le salon vivre bio ?", "evenements-2027.md", "e_calendrier", "table_row", "fr", 1),
    ("q25", "est ce que le train est remboursé pour venir sur un salon", "evenements-2027.md", "e_frais", "paragraph", "fr"),
    ("q26", "je fais quoi concrètement sur le stand", "evenements-2027.md", "e_stand", "list", "fr"),
    ("q27", "Can I bring my kids to the workshop visit?", "evenements-2027.md", "e_visite", "paragraph", "en"),
    ("q28", "comment sont attribuées les places quand un événement est complet", "evenements-2027.md", "e_priorite", "paragraph", "fr"),
    ("q29", "si j'annule au dernier moment je perds des points ?", "evenements-2027.md", "e_annuler", "paragraph", "fr"),
    # objectifs-indicateurs-2027.pdf (staff)
    ("q30", "c'est quoi les objectifs 2027 de la tribu", "objectifs-indicateurs-2027.pdf", "o_objectifs", "list", "fr", None, STAFF),
    ("q31", "délai moyen de réponse aux sollicitations : où on en est et quelle cible ?", "objectifs-indicateurs-2027.pdf", "o_indicateurs", "table_row", "fr", 3, STAFF),
    ("q32", "combien d'ambassadeurs actifs on vise en 2027", "objectifs-indicateurs-2027.pdf", "o_indicateurs", "table_row", "fr", 0, STAFF),
    ("q33", "quels indicateurs de santé suit le comité ?", "objectifs-indicateurs-2027.pdf", "o_sante", "list", "fr", None, STAFF),
    ("q34", "combien coûte le temps de Maëlle sur la tribu en 2027", "objectifs-indicateurs-2027.pdf", "o_budget", "table_row", "fr", 3, STAFF),
    ("q35", "comment on mesure le CA influencé par les ambassadeurs", "objectifs-indicateurs-2027.pdf", "o_impact", "paragraph", "fr", None, STAFF),
    ("q36", "la raison d'être, c'est l'IA qui l'a écrite ?", "objectifs-indicateurs-2027.pdf", "o_raison", "paragraph", "fr", None, STAFF),
    ("q37", "qui siège au comité de pilotage et quand est-ce qu'il se réunit", "objectifs-indicateurs-2027.pdf", "o_comite", "paragraph", "fr", None, STAFF),
    # donnees-et-assistant.pdf
    ("q38", "combien de temps gardez-vous mes conversations avec l'assistant", "donnees-et-assistant.pdf", "d_collecte", "table_row", "fr", 3),
    ("q39", "How long do you keep my answers from the JE workshop?", "donnees-et-assistant.pdf", "d_collecte", "table_row", "en", 4),
    ("q40", "l'assistant c'est un vrai humain ?", "donnees-et-assistant.pdf", "d_assistant", "paragraph", "fr"),
    ("q41", "mes messages servent à entraîner l'IA ?", "donnees-et-assistant.pdf", "d_entrainement", "paragraph", "fr"),
    ("q42", "a quoi je donne mon accord quand je m'inscris", "donnees-et-assistant.pdf", "d_consent", "list", "fr"),
    ("q43", "dans quels cas l'assistant me passe une vraie personne", "donnees-et-assistant.pdf", "d_relais", "list", "fr"),
    ("q44", "le week-end si j'ai un souci qui me répond ?", "donnees-et-assistant.pdf", "d_horaires", "paragraph", "fr"),
    ("q45", "je veux supprimer mes données, qu'est-ce que je perds", "donnees-et-assistant.pdf", "d_droits", "paragraph", "fr"),
    # calendrier-sollicitations-S1-2027.docx
    ("q46", "combien de fois max on peut me solliciter ? c'est quoi les règles", "calendrier-sollicitations-S1-2027.docx", "s_principes", "list", "fr"),
    ("q47", "testeurs garrigue : il en faut combien et il faut répondre avant quand ?", "calendrier-sollicitations-S1-2027.docx", "s_calendrier", "table_row", "fr", 4),
    ("q48", "When do I need to answer for the Ortie shampoo reviews?", "calendrier-sollicitations-S1-2027.docx", "s_calendrier", "table_row", "en", 0),
    ("q49", "comment je réponds à une sollicitation", "calendrier-sollicitations-S1-2027.docx", "s_repondre", "list", "fr"),
    ("q50", "si je dis non à tout ce semestre je suis viré?", "calendrier-sollicitations-S1-2027.docx", "s_non", "paragraph", "fr"),
    ("q51", "les testeurs de garrigue reçoivent quoi exactement", "calendrier-sollicitations-S1-2027.docx", "s_garrigue", "paragraph", "fr"),
    ("q52", "ma contribution a été refusée, pourquoi ?", "calendrier-sollicitations-S1-2027.docx", "s_apres", "paragraph", "fr"),
    ("q53", "le calendrier du second semestre sort quand", "calendrier-sollicitations-S1-2027.docx", "s_s2", "paragraph", "fr"),
    # synthese-atelier-JE-novembre-2026.docx (staff)
    ("q54", "quels besoins ont exprimé les particuliers à l'atelier JE", "synthese-atelier-JE-novembre-2026.docx", "j_particuliers", "list", "fr", None, STAFF),
    ("q55", "quelles divergences sont ressorties de l'atelier", "synthese-atelier-JE-novembre-2026.docx", "j_divergences", "list", "fr", None, STAFF),
    ("q56", "sur quoi les participants étaient d'accord ?", "synthese-atelier-JE-novembre-2026.docx", "j_convergences", "paragraph", "fr", None, STAFF),
    ("q57", "What follow-ups were proposed for the ACTION workshop?", "synthese-atelier-JE-novembre-2026.docx", "j_suites", "list", "en", None, STAFF),
    ("q58", "combien d'anciens ambassadeurs ont participé à l'atelier je", "synthese-atelier-JE-novembre-2026.docx", "j_participants", "table_row", "fr", 3, STAFF),
    ("q59", "qu'est-ce que la synthèse n'a pas vu ?", "synthese-atelier-JE-novembre-2026.docx", "j_limite", "paragraph", "fr", None, STAFF),
    ("q60", "comment la synthèse a été faite, l'assistant s'est trompé quelque part ?", "synthese-atelier-JE-novembre-2026.docx", "j_methode", "paragraph", "fr", None, STAFF),
    # guide-du-temoignage.txt
    ("q61", "je sais pas quoi écrire pour mon témoignage, vous avez des questions pour m'aider ?", "guide-du-temoignage.txt", "t_avant", "list", "fr"),
    ("q62", "je peux dire que le savon a soigné mon eczema ?", "guide-du-temoignage.txt", "t_longueur", "paragraph", "fr"),
    ("q63", "de quoi j'ai besoin pour filmer une vidéo", "guide-du-temoignage.txt", "t_materiel", "list", "fr"),
    ("q64", "comment se passe un tournage de témoignage video", "guide-du-temoignage.txt", "t_tournage", "list", "fr"),
    ("q65", "faut-il mentionner que je suis ambassadrice dans un avis google", "guide-du-temoignage.txt", "t_avis", "paragraph", "fr"),
    ("q66", "Can I withdraw my testimonial after it's been published?", "guide-du-temoignage.txt", "t_retrait", "paragraph", "en"),
    ("q67", "je veux pas être filmée, y a une autre option ?", "guide-du-temoignage.txt", "t_audio", "paragraph", "fr"),
    # faq-tribu.html
    ("q68", "je peux mettre en pause ma participation ?", "faq-tribu.html", "f_pause", "paragraph", "fr"),
    ("q69", "Do ambassadors get paid?", "faq-tribu.html", "f_paye", "paragraph", "en"),
    ("q70", "combien de points pour la trousse en lin", "faq-tribu.html", "f_recompenses", "table_row", "fr", 4),
    ("q71", "l'atelier mon premier savon ça coûte combien de points", "faq-tribu.html", "f_recompenses", "table_row", "fr", 2),
    ("q72", "mes points ont une date de péremption ?", "faq-tribu.html", "f_expire", "paragraph", "fr"),
    ("q73", "c'est quoi les différents salons sur le séchoir", "faq-tribu.html", "f_salons", "list", "fr"),
    ("q74", "ma remise de 10% marche pas sur le site", "faq-tribu.html", "f_remise", "paragraph", "fr"),
    ("q75", "j'ai des plaques rouges après le savon, je fais quoi", "faq-tribu.html", "f_reaction", "paragraph", "fr"),
    ("q76", "toujours pas reçu mon coffret de bienvenu", "faq-tribu.html", "f_coffret", "paragraph", "fr"),
    # welcome-kit-EN.txt
    ("q77", "What should I do in my first month?", "welcome-kit-EN.txt", "w_first30", "list", "en"),
    ("q78", "how many points for sharing on instagram", "welcome-kit-EN.txt", "w_table", "table_row", "en", 1),
    ("q79", "vous livrez les cadeaux au Royaume-Uni ? en combien de temps", "welcome-kit-EN.txt", "w_shipping", "paragraph", "fr"),
    ("q80", "qui contacter pour présenter une boutique en Belgique ?", "welcome-kit-EN.txt", "w_contacts", "table_row", "fr", 2),
    ("q81", "what are the level thresholds", "welcome-kit-EN.txt", "w_levels", "list", "en"),
    ("q82", "mon mari est irlandais, il peut poser ses questions à l'assistant en anglais ?", "welcome-kit-EN.txt", "w_language", "paragraph", "fr"),
    # sechoir-community-guidelines.html
    ("q83", "qu'est-ce qui est interdit sur le séchoir ?", "sechoir-community-guidelines.html", "c_not_allowed", "list", "fr"),
    ("q84", "qu'attend-on des membres sur le serveur discord", "sechoir-community-guidelines.html", "c_expect", "list", "fr"),
    ("q85", "que se passe-t-il la première fois qu'on enfreint les règles du séchoir", "sechoir-community-guidelines.html", "c_moderation_table", "table_row", "fr", 0),
    ("q86", "what happens in case of harassment?", "sechoir-community-guidelines.html", "c_moderation_table", "table_row", "en", 2),
    ("q87", "When does my help to another member count?", "sechoir-community-guidelines.html", "c_helping", "paragraph", "en"),
    ("q88", "comment signaler un message sur le séchoir ?", "sechoir-community-guidelines.html", "c_report", "paragraph", "fr"),
    ("q89", "I'm a tester, where can I talk about the product before it launches?", "sechoir-community-guidelines.html", "c_launch", "paragraph", "en"),
    ("q90", "les avis négatifs sont modérés sur le séchoir ?", "sechoir-community-guidelines.html", "c_products", "paragraph", "fr"),
]

U = [
    ("u01", "Combien de points rapporte la participation à l'atelier ACTION ?", "fr", "points are listed per contribution kind; workshops are not in the scale"),
    ("u02", "Quel est le prix d'un savon de saison sur la boutique en ligne ?", "fr", "no product prices in the documents, only the point cost"),
    ("u03", "Est-ce que je peux donner mes points à une autre ambassadrice ?", "fr", "transfer of points between members is not covered"),
    ("u04", "C'est quand les portes ouvertes de 2028 ?", "fr", "only the 2027 calendar is given"),
    ("u05", "Combien d'ambassadeurs sont au niveau Bloc aujourd'hui ?", "fr", "no count per level"),
    ("u06", "Quel est le NPS cible des ambassadeurs pour 2028 ?", "fr", "targets only for 2027"),
    ("u07", "Quelle est la composition exacte du shampooing solide Ortie ?", "fr", "the product is named, its ingredients are not"),
    ("u08", "Qui sont les deux ambassadeurs modérateurs du Séchoir en ce moment ?", "fr", "volunteer moderators exist but are not named"),
    ("u09", "Quel était le taux de conversion des recommandations de boutiques en 2026 ?", "fr", "shops opened are given, not a conversion rate"),
    ("u10", "le code parrain marche pour un proche qui habite en Suisse ?", "fr", "shipping and eligibility by country are not covered for referral codes"),
    ("u11", "Combien coûte l'abonnement à La Cure ?", "fr", "the newsletter is described, no price or subscription terms"),
    ("u12", "What is the deadline to answer for the Christmas market in Valence?", "en", "second-half calendar not published yet"),
    ("u13", "Can I get my points back if I cancel a reward I already ordered?", "en", "cancelling a converted reward is not covered"),
    ("u14", "What's Bastien's phone number?", "en", "only an email address is given for Bastien"),
    ("u15", "quel était le budget événements en 2026 ?", "fr", "only the 2027 budget and the overall increase are given"),
    ("u16", "combien de vues ont fait les témoignages vidéo publiés l'an dernier ?", "fr", "no audience figures for testimonials"),
    ("u17", "C'est quand le prochain atelier JE ?", "fr", "only the past JE workshop and the next ACTION workshop are dated"),
    ("u18", "quels sont les ingrédients du déodorant solide de la gamme garrigue", "fr", "formulas are confidential and not given"),
    ("u19", "How many members are in the #boutiques channel?", "en", "the channel is described, no member count"),
    ("u20", "Le remboursement des frais kilométriques se fait sous combien de jours ?", "fr", "the deadline to send receipts is given, not the payment delay"),
]

def main():
    docs_dir = os.path.join(HERE, "docs")
    os.makedirs(docs_dir, exist_ok=True)
    for name in os.listdir(docs_dir):
        os.remove(os.path.join(docs_dir, name))
    index = {}
    for d in DOCS:
        with open(os.path.join(docs_dir, d["file"]), "wb") as f:
            f.write(RENDER[d["fmt"]](d))
        for b, path in heading_paths(d["blocks"]):
            if b[0] != "h":
                index[(d["file"], b[-1])] = (b, path)
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for q in Q:
            qid, text, fn, key, unit, lang = q[:6]
            row = q[6] if len(q) > 6 else None
            note = q[7] if len(q) > 7 else None
            b, path = index[(fn, key)]
            if unit == "paragraph":
                assert b[0] == "p"; gold = [b[1]]
            elif unit == "list":
                assert b[0] in ("ul", "ol"); gold = list(b[1])
            else:
                assert b[0] == "table"; gold = list(b[2][row])
            rec = {"id": qid, "question": text, "gold_doc": fn, "gold_section": " › ".join(path),
                   "unit": unit, "gold": gold, "lang": lang}
            if note: rec["note"] = note
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "unanswerable.jsonl"), "w", encoding="utf-8") as f:
        for uid, text, lang, note in U:
            f.write(json.dumps({"id": uid, "question": text, "lang": lang, "note": note}, ensure_ascii=False) + "\n")
    print("wrote %d docs, %d questions, %d unanswerable" % (len(DOCS), len(Q), len(U)))

if __name__ == "__main__":
    main()

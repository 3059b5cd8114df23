#!/usr/bin/env python3
"""Deterministic generator for markings_heldout10 (ambassador-focused heads).
Writes cases.jsonl next to this file. Cases are hand-written below; order is fixed."""
import json, os

P, I, C, N = "public", "internal", "confidential", "none"

ORGS = {}

# 1. Fondation Hospitalière Sainte-Aurore (hospital foundation, Lyon) -- ambassadors = "les Veilleurs"
# Habits: a "Diffusion :" line on top, HTML comments in e-mailing templates, "médecine interne" service.
ORGS["aurore"] = [
 (P,"fr","Diffusion : Veilleurs + grand public\nObjet : Calendrier des visites du service pédiatrie — printemps\nBonjour à toutes et à tous,","Diffusion line opens to ambassadors and the general public."),
 (P,"fr","<!-- diffusion : ambassadeurs OK -->\n<h1>Lettre des Veilleurs n°14</h1>\n<p>Chères Veilleuses, chers Veilleurs,</p>","HTML comment: may go to ambassadors."),
 (P,"fr","Réservé aux ambassadeurs de la Fondation — merci de ne pas diffuser à l'extérieur\nKit de collecte « Course des Lumières » 2025","Ambassadors-only (all of them) counts as public for this set."),
 (P,"fr","Diffusion : ambassadeurs uniquement (pas de relais sur les réseaux svp)\nCompte-rendu de la visite du plateau d'imagerie","All ambassadors may read; only outside relay is refused -> public."),
 (P,"en","Audience: all Foundation ambassadors — not for the press yet\nVolunteer guide for the Gala of Lights","All ambassadors may read; press excluded -> still public."),
 (P,"fr","Ancienne mention : Interne. Nouvelle mention : partageable avec les Veilleurs (validé par la com le 12/03)\nBilan de la collecte de Noël","Explicit replacement: internal -> shareable with ambassadors."),
 (P,"fr","Diffusoin : tout public\nAppel à témoignages — familles de patients accompagnées par la Fondation","Typo 'Diffusoin'; for everyone."),
 (P,"fr","De : Camille Rousset <c.rousset@sainte-aurore.org>\nÀ : liste-veilleurs@sainte-aurore.org\nObjet : [Pour les ambassadeurs] Programme de la journée portes ouvertes du 5 juin","Subject tag addresses all ambassadors."),
 (I,"fr","Diffusion : équipe Fondation — ne pas transmettre aux Veilleurs\nGrille de sélection des futurs Veilleurs 2025","About ambassadors, explicitly not for them."),
 (I,"fr","<!-- interne : playbook CM, pas pour les ambassadeurs -->\n# Relances des ambassadeurs inactifs : scripts d'appel","CM playbook, staff only (HTML comment)."),
 (I,"fr","Diffusion : Veilleurs du cercle « Mécènes » seulement\nInvitation au dîner avec le chef de service de cardiologie","Only one tier of ambassadors -> bot cannot tell -> internal."),
 (I,"fr","Pour les ambassadeurs du site de Villeurbanne uniquement\nVisite du chantier du nouveau bâtiment — consignes d'accès","One site/city of ambassadors -> internal."),
 (I,"en","Distribution: Foundation staff only\nAmbassador onboarding checklist (v3)","Staff only."),
 (I,"fr","Usage interne Fondation\nNotes de la réunion CM du 3 avril — charge de sollicitation des Veilleurs","Internal use label."),
 (I,"fr","Diffusion : Veilleurs\nProjet de calendrier des sollicitations T3\nNB ajouté par Léa : finalement NE PAS envoyer aux Veilleurs, on garde ça en interne","Conflict: later note restricts to staff; stricter wins."),
 (I,"fr","Pour Mme Héloïse Brunetti et M. Karim Ouzani (Veilleurs) — merci de ne pas partager avec les autres membres\nProposition de parrainage de la chambre parents-enfants","Named ambassadors only -> internal (bot cannot tell ambassadors apart)."),
 (C,"fr","Diffusion : Bureau de la Fondation uniquement — CONFIDENTIEL\nDonateurs majeurs parmi les Veilleurs : montants 2024","Board only, confidential."),
 (C,"fr","Confidentiel RH\nEntretien annuel — chargée de programme ambassadeurs","HR confidential."),
 (C,"en","CONFIDENTIAL — legal counsel and Director General only\nRe: complaint from an ambassador's family (data protection)","Legal + DG."),
 (C,"fr","<!-- confidentiel : DG + DAF, ne pas mettre sur l'intranet -->\n<h2>Budget cadeaux ambassadeurs et arbitrages 2026</h2>","HTML comment restricts to two executives."),
 (C,"fr","Destinataires restreints : Dr A. Lemaire (direction médicale), M. Fabre (DG), Mme Ngo (juridique)\nSignalement concernant un Veilleur — conduite lors du gala","Named staff recipients."),
 (C,"fr","Diffusion : Conseil d'administration — strictement confidentiel\nProjet de rapprochement avec la Fondation Saint-Roch : impact sur le réseau des Veilleurs","Board, strictly confidential."),
 (N,"fr","Programme des Veilleurs — foire aux questions\nQu'est-ce qu'un Veilleur ? Un proche de patient, un ancien patient ou un donateur qui…","Mentions the program only; no marking."),
 (N,"fr","Politique de confidentialité — données des ambassadeurs\nLa Fondation Sainte-Aurore traite vos données personnelles pour…","Near-miss: 'confidentialité' is the privacy-policy title."),
 (N,"fr","Service de médecine interne — Journée des ambassadeurs du 14 mai\nPrésentation par le Pr Garnier","Near-miss: 'interne' is a medical specialty."),
 (N,"en","Ambassador stories: Marion, mother of a young patient\nWhen Marion first walked into the paediatric ward…","Story, no marking."),
 (N,"fr","Compte rendu — atelier NOUS du 2 février\nParticipants : 6 salariés, 4 Veilleurs\nRaison d'être proposée : « Que personne ne traverse l'hôpital seul »","Workshop minutes, unmarked."),
 (N,"fr","Merci aux 212 Veilleurs qui ont couru pour la pédiatrie !\nLe 12 octobre, sous une pluie fine…","Thank-you post, no marking."),
 (N,"fr","Objet : Re: confidentialité des échanges avec les patients\nBonjour, suite à la question d'un ambassadeur sur le secret médical, voici ce que je lui ai répondu…","Near-miss: confidentiality is the topic, not a marking."),
 (N,"en","Ambassador dashboard — March\nActive Veilleurs: 148 · mean response delay: 3.2 days · promotions: 9","KPI dashboard, unmarked."),
]

# 2. Véloria Automobiles (car maker + dealer network) -- ambassadors = "les Copilotes"
# Habits: corporate classification C0 Public / C1 Interne / C2 Restreint / C3 Secret, e-mail subject tags.
ORGS["veloria"] = [
 (P,"fr","Classification : C0 – Public\nFiche produit Véloria Nova 2 — arguments pour les Copilotes","C0 = public."),
 (P,"fr","De : Team Copilotes <copilotes@veloria-auto.fr>\nÀ : Tous les Copilotes\nObjet : [COPILOTES] Essais presse du 18/09 — vous êtes invités !","Sent to all ambassadors."),
 (P,"en","Classification: C1 – Internal → reclassified C0 – Public on 2025-02-03 (ok for ambassadors)\nNova 2 charging FAQ","Explicit reclassification to public."),
 (P,"fr","Réservé aux ambassadeurs Véloria – ne pas publier sur les forums ni les réseaux\nAperçu de la mise à jour logicielle 4.2","Ambassadors-only (all) -> public."),
 (P,"fr","Copilotes only 🚗 — merci de garder ça entre nous jusqu'au salon\nLes coloris 2026 en avant-première","All Copilotes may read; keep from outside -> public."),
 (P,"fr","Classifcation : C0 - Publique\nGuide des bonnes pratiques pour vos avis en ligne","Typo 'Classifcation'; C0 public."),
 (P,"en","For all ambassadors — feel free to share with friends and family\nReferral offer: €500 off when a test drive turns into an order","Open to ambassadors and beyond."),
 (P,"fr","Objet : TR: Programme de la journée circuit\n---\nMessage de Julie (CM) : ok pour diffuser à l'ensemble des Copilotes\n---","Forward note authorises all ambassadors."),
 (I,"fr","Classification : C1 – Interne\nScoring des clients éligibles au programme ambassadeurs","C1 = internal."),
 (I,"fr","Objet : [INTERNE] ne pas forwarder aux Copilotes — quotas de sollicitation concession par concession","Subject tag: staff only."),
 (I,"fr","Réservé aux Copilotes niveau Platine\nInvitation : visite de l'usine de Montbard","One tier only -> internal."),
 (I,"en","Classification: C1 – Internal use\nAmbassador program – dealer playbook: how to spot a future Copilote","C1 internal, dealer playbook."),
 (I,"fr","Pour les ambassadeurs de la région Bordeaux uniquement\nAtelier recharge à la concession de Mérignac","One region only -> internal."),
 (I,"fr","Interne Véloria – à ne pas diffuser aux ambassadeurs\nRetours négatifs reçus sur le programme : synthèse","About ambassadors, not for them."),
 (I,"en","hey team, pls keep this internal — not for the ambassadors\nDraft: points table v2 (reviews 20 pts, referrals 150 pts)","Chat message restricting to staff."),
 (I,"fr","Classification : C0 – Public\nPlanning des relances Q4\n[Note de la CM] Erreur de classification : c'est du C1, on ne l'envoie pas aux Copilotes","Conflict: correction to C1; stricter wins."),
 (C,"fr","Classification : C2 – Restreint (Comité de direction)\nCoût par lead du programme Copilotes vs publicité","C2 restricted to executive committee."),
 (C,"en","Classification: C3 – Secret\nProject KESTREL: ambassador early access for the unannounced SUV","C3 secret."),
 (C,"fr","Objet : CONFIDENTIEL – RH – départ de la responsable programme ambassadeurs\nÀ : DRH ; Directeur commercial","HR confidential, two recipients."),
 (C,"fr","Diffusion limitée : service juridique + DPO\nLitige avec un Copilote : usage de la marque sur sa chaîne YouTube","Legal + DPO only."),
 (C,"en","Restricted — named recipients: M. Duarte, S. Klein, P. Arnaud (finance)\nAmbassador incentives: tax treatment of benefits in kind","Named staff recipients."),
 (C,"fr","C2 restreint - ne pas transférer\nRappel batteries : plan de com avant annonce, y compris vers les Copilotes","Short C2 label; 'Copilotes' is content."),
 (N,"fr","Programme Copilotes : comment ça marche ?\nVous roulez en Véloria depuis plus d'un an et vous aimez en parler ?","Presentation, no marking."),
 (N,"fr","Charte de confidentialité Véloria — collecte de données des ambassadeurs\n1. Responsable du traitement","Near-miss: privacy charter title."),
 (N,"en","Copilote of the month: Yannick and his 180,000 km Nova\nYannick bought his Nova in 2019…","Portrait, no marking."),
 (N,"fr","Objet : Atelier JE — synthèse des besoins exprimés par les ambassadeurs\nBonjour à tous, voici les points de convergence et de divergence…","Unmarked e-mail."),
 (N,"fr","Diffusion : 3 vidéos, 12 posts LinkedIn, 1 podcast\nBilan des contributions ambassadeurs – T2","Near-miss: 'Diffusion' lists published content."),
 (N,"fr","Programme ambassadeurs Véloria — KPI de septembre\nLeads influencés : 64 ; conversions : 11","KPIs, no marking."),
 (N,"en","Minutes — dealer meeting, Lyon Est\nItem 3: ambassador test-drive days","Minutes, no marking."),
 (N,"fr","Essai public de la Nova 2 samedi à Annecy : les Copilotes animent le stand\nRendez-vous parking du Pâquier dès 9 h","Near-miss: 'public' describes the event."),
]

# 3. Domaine skiable de Crête-Fauve (ski resort) -- ambassadors = "la Cordée" (members: "encordés")
# Habits: Slack/Discord chat messages, drive sharing settings, slang, typos, emojis.
ORGS["crete"] = [
 (P,"fr","[#cordee-annonces] Marion (CM) : Salut la Cordée ! ⛷️ Ouverture anticipée du secteur Combe-Noire samedi, vous pouvez en parler autour de vous 😉","Announcement to all members, may spread."),
 (P,"fr","Partage : toute personne disposant du lien (lecteur)\nPlan des pistes 2025-26 — nouveautés","Open link sharing -> public."),
 (P,"fr","réservé ambassadeurs, pas sur insta svp 🙏\nprogramme de la soirée raclette des ambassadeurs le 20/12","All ambassadors, not outside -> public."),
 (P,"fr","Partage : groupe cordee@cretefauve.fr (lecteurs)\nGuide « Raconte ta journée de ski » pour les témoignages","Shared with the whole program group."),
 (P,"en","Ambassadors only – please don't repost before Friday\nEarly-bird season pass prices 2026","All ambassadors -> public."),
 (P,"fr","Message épinglé dans #la-cordee : ce doc peut circuler entre encordés, pas à l'extérieur\nRèglement du challenge photo","All members, not outside -> public."),
 (P,"fr","Mention mise à jour : était « interne saisonniers », désormais ouvert à la Cordée\nConsignes sécurité hors-piste","Explicit replacement internal -> ambassadors."),
 (P,"fr","Tout public\nCommuniqué : la station labellisée Flocon Vert","For everyone."),
 (I,"fr","[#staff-cm] Théo : hop le fichier des encordés qui répondent plus, c'est entre nous hein, pas dans le Discord\nListe des relances","Staff chat, not for ambassadors."),
 (I,"fr","Partage : domaine cretefauve.fr uniquement\nPlanning des sollicitations ambassadeurs – hiver","Shared with staff domain only."),
 (I,"fr","Pour les ambassadeurs « Sommet » seulement (les 12 du dernier niveau)\nSortie peau de phoque avec le directeur des pistes","One level only -> internal."),
 (I,"en","Staff only — do NOT post in the ambassador Discord\nCM playbook: handling an ambassador who got injured","Staff only playbook."),
 (I,"fr","Slt l'équipe, doc interne station, à pas filer aux encordés\nIdées de récompenses + coût unitaire","Slang/typos; internal."),
 (I,"fr","Pour Lucie Ferrand, Bastien Roux et Inès Moulin (encordés de Val-Joly) uniquement\nRepérage du nouveau snowpark","Named ambassadors from one village -> internal."),
 (I,"fr","Diffusion : saisonniers + permanents\nFormation accueil : reconnaître un membre de la Cordée au guichet","All staff (seasonal + permanent)."),
 (I,"fr","Partage : toute personne disposant du lien\n(Gaëlle 14/11 : j'ai restreint au domaine interne, c'était pas pour la Cordée)\nAnalyse des avis Google","Conflict: later restriction to staff wins."),
 (C,"fr","[DM] Direction → RH : confidentiel, reste entre nous trois\nSituation du moniteur ambassadeur suspendu","Three people, confidential."),
 (C,"fr","Partage : restreint — Jean-Marc Pellegrin (directeur), Sophie Bal (DAF), Anaïs Trolliet (juriste)\nNégociation des forfaits ambassadeurs avec la communauté de communes","Named staff recipients."),
 (C,"en","CONFIDENTIAL – Board only\nSale of the Crête-Fauve lifts to a new operator: impact on the ambassador program","Board only."),
 (C,"fr","Conf. direction — ne pas circuler\nCA 2024 par canal : part attribuée aux ambassadeurs","Abbreviated 'Conf. direction'."),
 (C,"fr","Objet : [Confidentiel – juridique] Accident du 02/02 impliquant un encordé\nÀ : Me Duvernay ; directeur d'exploitation","Legal confidential, two recipients."),
 (C,"fr","Strictement perso & confidentiel — pour Claire (DRH)\nRémunération variable de la CM liée aux KPI Cordée","Single HR recipient."),
 (N,"fr","La Cordée, c'est quoi ?\nUn groupe de skieurs fidèles qui partagent leur amour de la montagne…","Presentation, no marking."),
 (N,"fr","[#cordee-general] Nico : qqn a des photos de la poudreuse de ce matin ?? 😍","Chat chatter, no marking."),
 (N,"fr","Piste « La Secrète » — ouverture\nLes ambassadeurs l'ont testée en avant-première dimanche","Near-miss: 'Secrète' is a piste name."),
 (N,"en","Ambassador of the week: Pauline, 40 winters on our slopes\nPauline learned to ski here in 1985…","Portrait, no marking."),
 (N,"fr","Politique de confidentialité de l'application Crête-Fauve\nDonnées collectées sur les clients et les membres de la Cordée","Near-miss: privacy policy."),
 (N,"fr","Compte rendu atelier ACTION — groupes d'ambassadeurs\nGroupe Familles, Groupe Freeride, Groupe Anciens moniteurs","Minutes, no marking."),
 (N,"fr","Ski en nocturne ouvert au public les jeudis : les encordés encadrent les débutants","Near-miss: 'ouvert au public' describes the activity."),
 (N,"en","Ambassador NPS survey — 2024-25 season results\nResponses: 187 · NPS: +62","Results, no marking."),
]

# 4. L'Éveil du Bocage (regional daily newspaper) -- ambassadors = "les Passeurs"
# Habits: CMS front matter with `visibilite:`, newsroom slang ("off", "NE PAS PUBLIER", "publiable"), Service Diffusion.
ORGS["eveil"] = [
 (P,"fr","---\ntitre: Lettre aux Passeurs #31\nvisibilite: passeurs\n---\nChers Passeurs, ce mois-ci…","Front matter: visible to all Passeurs."),
 (P,"en","---\ntitle: Behind the scenes of the printing plant\naudience: public\n---","Front matter: public."),
 (P,"fr","Réservé aux ambassadeurs de L'Éveil — merci de ne pas le faire circuler hors du club\nInvitation à la conférence de rédaction ouverte du 3 mars","All ambassadors -> public."),
 (P,"fr","Pour tous les Passeurs (et vos proches si vous voulez)\nConcours de la meilleure photo de marché","All ambassadors and beyond."),
 (P,"fr","---\nvisibilite: interne\n# MAJ 08/01 : passe en visibilite: passeurs, validé rédac chef\n---\nCharte des correspondants bénévoles","Explicit replacement internal -> Passeurs."),
 (P,"en","Ambassadors' corner — OK to share with your reading club\nHow we fact-check a local story","Shareable."),
 (P,"fr","Publiable\nPortrait d'un Passeur : Gérard, abonné depuis 1971","Newsroom 'publiable' = may be published."),
 (P,"fr","Visibilté : ambassadeurs\nAgenda des rencontres lecteurs — avril","Typo 'Visibilté'; all ambassadors."),
 (I,"fr","---\nvisibilite: redaction\n---\nComment recruter des Passeurs parmi les abonnés papier","Newsroom only; recruitment note."),
 (I,"fr","NE PAS PUBLIER — note interne rédaction\nLes ambassadeurs relaient-ils vraiment nos articles ? analyse des clics","Internal newsroom note."),
 (I,"fr","---\nvisibilite: passeurs-rennes\n---\nVisite de l'imprimerie de Cesson — Passeurs de Rennes","One city only -> internal."),
 (I,"en","Internal — newsroom & marketing. Not to be forwarded to ambassadors\nAmbassador quote-collection guidelines for reporters","Staff only."),
 (I,"fr","Usage interne — Service Diffusion\nTournée des dépositaires : où placer les flyers des Passeurs","'Usage interne' is the marking; 'Diffusion' is a department."),
 (I,"fr","Pour les Passeurs « Plume d'or » uniquement\nDéjeuner avec la rédactrice en chef","One tier only -> internal."),
 (I,"fr","[off] entre nous à la rédac, pas pour les Passeurs : liste des ambassadeurs qui nous ont critiqués en ligne","Newsroom slang 'off'; staff only."),
 (I,"fr","---\nvisibilite: public\n---\n<!-- ATTENTION : en fait réservé à l'équipe, ne pas mettre dans l'espace Passeurs -->\nBrouillon du questionnaire de satisfaction","Conflict: comment restricts to staff; stricter wins."),
 (C,"fr","---\nvisibilite: direction\n---\nPlan social 2026 et avenir du programme Passeurs","Management only."),
 (C,"fr","CONFIDENTIEL — Directeur de la publication et avocat uniquement\nPlainte en diffamation visant un texte publié par un ambassadeur","Two people, legal."),
 (C,"en","Confidential — editor-in-chief, CFO, HR director\nAmbassador program: freelance fees and social charges","Three executives."),
 (C,"fr","Ne circule qu'entre Anne-Laure Kervella (DG) et Youssef Benali (DAF)\nRachat du titre par le groupe Médias-Ouest : quid des Passeurs ?","Two named executives."),
 (C,"fr","Confidentiel RH\nAvertissement adressé à la chargée de communauté (échange houleux avec un ambassadeur)","HR confidential."),
 (C,"fr","Source protégée — strictement confidentiel (rédac chef + journaliste concerné)\nUn Passeur nous transmet des documents de la mairie","Source protection, two people."),
 (N,"fr","Service Diffusion — point mensuel\nLes Passeurs ont déposé 1 200 exemplaires dans les commerces","Near-miss: Diffusion = circulation department."),
 (N,"fr","Devenir Passeur : mode d'emploi\nVous lisez L'Éveil chaque matin ? Parlez-en !","Presentation, no marking."),
 (N,"fr","---\ntitre: Les ambassadeurs de la lecture à Vitré\nrubrique: Vie locale\nauteur: M. Le Goff\n---","Front matter without any visibility field."),
 (N,"en","Ambassador survey results — response rate 41%\nMost cited benefit: meeting the reporters","Results, no marking."),
 (N,"fr","Confidences d'un Passeur : « J'ai appris à lire avec L'Éveil »","Near-miss: 'Confidences' is a headline word."),
 (N,"fr","Atelier NOUS — raison d'être proposée pour le club des ambassadeurs\n« Faire vivre l'info locale, avec ceux qui la lisent »","Workshop output, no marking."),
 (N,"fr","Rubrique Courrier des lecteurs — sélection de la semaine\nDont trois lettres de Passeurs sur la fermeture de la gare","No marking."),
 (N,"en","Tip sheet: interviewing ambassadors for the Sunday edition\n1. Ask open questions. 2. Let silences run.","Unmarked tip sheet."),
]

# 5. Maison Vautrin-Lisle (watchmaker, Vallée de Joux) -- ambassadors = "Keepers" ("les Gardiens")
# Habits: English corporate, sensitivity labels, uppercase banners, SharePoint "Shared with" lines, footers in first lines.
ORGS["vautrin"] = [
 (P,"en","SENSITIVITY: PUBLIC\nPress kit — Calibre 9 moon phase","Public label."),
 (P,"en","Sensitivity: Keepers (all members) — not for social media\nPreview: the 2026 novelties before Geneva","All Keepers -> public."),
 (P,"en","=== KEEPERS ONLY — PLEASE KEEP WITHIN THE CIRCLE ===\nWorkshop visit programme, 14 June","Banner: all Keepers -> public."),
 (P,"en","Shared with: keepers-all@vautrin-lisle.ch (can view)\nCare guide for mechanical movements","Shared with the whole program list."),
 (P,"fr","Bandeau : RÉSERVÉ AUX AMBASSADEURS — ne pas diffuser hors du cercle\nInvitation à l'atelier de gravure","All ambassadors -> public."),
 (P,"en","Label changed from Internal to Public by M. Zbinden (2025-04-02)\nThe history of the Maison in 12 dates","Explicit reclassification to public."),
 (P,"fr","Tous publics\nCommuniqué : ouverture de la boutique de Genève, rue du Rhône","For everyone."),
 (P,"en","Sensitvity: Ambassadors – OK to read\nFAQ: how your points turn into atelier days","Typo; ambassadors may read."),
 (I,"en","SENSITIVITY: INTERNAL\nAmbassador nomination criteria — collector scoring grid","Internal label."),
 (I,"en","Shared with: People in Vautrin-Lisle (staff)\nSolicitation calendar — Keepers, H2","Staff-wide sharing."),
 (I,"en","INTERNAL — DO NOT SHARE WITH KEEPERS\nBoutique playbook: how to invite a client to the programme","About ambassadors, not for them."),
 (I,"en","Sensitivity: Keepers – Platinum tier only\nPrivate dinner with the master watchmaker","One tier only -> internal."),
 (I,"en","For the Keepers in Singapore only\nLocal meet-up at the Marina boutique","One city only -> internal."),
 (I,"fr","Interne Maison — ne pas transmettre aux ambassadeurs\nSuivi de l'usure : ambassadeurs sur-sollicités en 2025","Internal, explicitly not for ambassadors."),
 (I,"en","Hi all — staff eyes only pls, the Keepers shouldn't see the ranking yet\nDraft leaderboard Q3","Chat: staff only."),
 (I,"en","SENSITIVITY: PUBLIC\nFooter: INTERNAL USE ONLY — not for ambassadors\nAmbassador gift catalogue with unit costs","Conflict header/footer: stricter internal wins."),
 (C,"en","SENSITIVITY: HIGHLY CONFIDENTIAL — Executive Committee\nAmbassador programme ROI and pricing impact","Exec committee only."),
 (C,"en","Shared with: 3 people (CEO, CFO, Head of Legal)\nDispute with a Keeper over a resold limited edition","Three named roles."),
 (C,"fr","STRICTEMENT CONFIDENTIEL — Direction générale\nRetrait d'un ambassadeur suite à une revente sur le marché gris","General management only."),
 (C,"en","HR – Confidential\nPerformance review: Keepers programme manager","HR."),
 (C,"fr","Confidentiel – à l'attention exclusive de M. Zbinden et Mme Aeschlimann (direction)\nAccord de partenariat avec un ambassadeur célèbre : montant","Two named executives."),
 (C,"en","RESTRICTED – legal privilege\nAmbassador data breach: assessment for the regulator","Legal privilege, few people."),
 (N,"en","The Keepers programme — frequently asked questions\nWho can become a Keeper?","FAQ, no marking."),
 (N,"en","Keeper story: Mrs Okonkwo and her grandfather's pocket watch","Story, no marking."),
 (N,"fr","Politique de confidentialité du programme Keepers\nVautrin-Lisle SA, responsable du traitement, collecte…","Near-miss: privacy policy."),
 (N,"en","Limited edition “Nocturne” — 88 pieces, reserved for Keepers\nThe Nocturne will first be offered to members who…","Near-miss: the watch is reserved, not the document."),
 (N,"en","JE workshop — ambassador needs synthesis (draft)\nConvergences: recognition, access to artisans. Divergences: travel load.","Draft synthesis, no marking."),
 (N,"fr","Complication « secrète » : le nouveau mécanisme présenté aux ambassadeurs","Near-miss: 'secrète' is a product name."),
 (N,"en","Public holiday schedule — boutiques & ambassador hotline\n1 August: closed","Near-miss: 'Public holiday'."),
 (N,"en","Ambassador KPIs — September\nActive Keepers: 96 · mean response delay: 4.1 days","KPIs, no marking."),
]

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "cases.jsonl"), "w", encoding="utf-8") as f:
        for org, rows in ORGS.items():
            for i, (level, lang, head, note) in enumerate(rows, 1):
                rec = {"id": f"hx10-{org}-{i:02d}", "head": head, "level": level, "lang": lang, "note": note}
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()

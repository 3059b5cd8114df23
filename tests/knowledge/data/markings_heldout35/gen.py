#!/usr/bin/env python3
"""Rebuild cases.jsonl and names.json for the markings_heldout35 set (stdlib only, deterministic)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

P, I, C, N = "public", "internal", "confidential", "none"

# (prefix, number, level, lang, [head lines], note)
CASES = [
    # ---------------- VET: Vétérinaires des Trois Rias (veterinary clinics network) ----------------
    ("VET", 1, P, "fr", [
        "TR : Programme des soirées « Bien vieillir avec son chien »",
        "---------- Message transféré ---------",
        "De : Animation Pattes d'Or <animation@trois-rias-veto.fr>",
        "Objet : Soirées de printemps",
        "À partager avec tous les Pattes d'Or, sans restriction.",
    ], "forwarded mail whose original opens readership to all Pattes d'Or"),
    ("VET", 2, I, "fr", [
        "TR : Nouveaux tarifs vaccination 2027",
        "À : Liste Pattes d'Or (tous)",
        "Je vous transfère pour info.",
        "> Diffusion : équipes cliniques uniquement — ne pas transmettre aux clients",
    ], "internal original forwarded to all ambassadors stays internal (strictest wins)"),
    ("VET", 3, N, "fr", [
        "Objet : Point mensuel Pattes d'Or",
        "Quand : jeudi 14 janvier 2027 12:30–13:15 (UTC+01:00) Paris",
        "Où : Salle Kerguelen, clinique de Vannes",
        "Participants : Gaëlle Le Bihan; Yann Tanguy; Soizic Morvan",
        "Ordre du jour en pièce jointe.",
    ], "calendar invite with named attendees, no readership mark"),
    ("VET", 4, C, "fr", [
        "Projet Horizon 2028 — rachat de la clinique de Quimperlé",
        "Présentation au comité de direction",
        "Diapositive 1 — Strictement confidentiel — CODIR uniquement",
    ], "slide footer: strictly confidential, executive committee only"),
    ("VET", 5, I, "fr", [
        "RE: Témoignages vidéo pour le salon de Rennes",
        "OK pour moi, on cale ça vendredi.",
        "> De : Soizic Morvan",
        "> Diffusion : niveau Compagnon d'Or uniquement",
        "> Bonjour à tous, nous cherchons trois volontaires…",
    ], "mark sits in the quoted original: one level only"),
    ("VET", 6, N, "fr", [
        "[09:12] Yann T. : vous avez vu le nouveau protocole de stérilisation ?",
        "[09:14] Gaëlle : oui, c'est confidentiel ? je peux en parler aux Pattes d'Or ?",
        "[09:20] Yann T. : je demande à Soizic",
    ], "chat: 'confidentiel ?' asked as a question, never answered"),
    ("VET", 7, P, "fr", [
        "Feuille : Calendrier sollicitations T1",
        "A1 : Diffusion | B1 : tous les ambassadeurs Pattes d'Or",
        "A3 : Date | B3 : Action | C3 : Contact",
    ], "spreadsheet Diffusion cell names all ambassadors"),
    ("VET", 8, C, "fr", [
        "TR : Résultats financiers S2 — projet",
        "À : equipe-vannes@trois-rias-veto.fr",
        "Pour votre info, à garder pour vous.",
        "----- Message d'origine -----",
        "Objet : [CONFIDENTIEL] Résultats S2 — réservé aux associés",
    ], "forwarded to a team, but the original is confidential to the partners: strictest wins"),
    ("VET", 9, N, "fr", [
        "Questionnaire de satisfaction — votre visite à la clinique",
        "Ce questionnaire prend 3 minutes. Vos réponses sont anonymes et ne seront utilisées que pour améliorer nos services.",
        "Q1. Comment avez-vous connu les Vétérinaires des Trois Rias ?",
    ], "survey: anonymity of answers is not a readership mark"),
    ("VET", 10, I, "fr", [
        "Objet : Atelier JE — panel Nutrition",
        "Quand : mardi 2 février 2027 18:00–19:30",
        "Participants : membres du panel Nutrition",
        "Invitation réservée au panel Nutrition — merci de ne pas transférer.",
    ], "invite restricted to one panel"),
    ("VET", 11, P, "fr", [
        "[12/01/2027 19:02] Trois Rias : Bonsoir à tous les Pattes d'Or 🐾",
        "[12/01/2027 19:02] Trois Rias : le guide « Premiers secours pour chats » est prêt, vous pouvez le partager autour de vous, il est public !",
    ], "WhatsApp broadcast to all ambassadors, says public"),
    ("VET", 12, C, "en", [
        "Fwd: Term sheet — Trois Rias / PetCare Holdings",
        "---------- Forwarded message ---------",
        "From: Dr. Erwan Le Goff",
        "Strictly confidential — partners only. Do not forward beyond the associates.",
    ], "forwarded term sheet, strictly confidential to the partners (owners)"),
    ("VET", 13, N, "fr", [
        "Diapositive 1",
        "Médecine interne féline : nouveautés 2027",
        "Dr Anne-Laure Quéré — service de médecine interne, clinique de Lorient",
    ], "'interne' is a medical specialty, not a mark"),
    ("VET", 14, I, "fr", [
        "Bilan programme ambassadeurs — T4",
        "Vétérinaires des Trois Rias · équipe relation client",
        "Diapositive 1 — Interne",
    ], "slide footer 'Interne'"),
    ("VET", 15, P, "fr", [
        "Formulaire — Proposez votre témoignage",
        "Ce formulaire est ouvert à tous les membres du programme Pattes d'Or.",
        "Votre témoignage pourra être publié sur notre site et nos réseaux.",
    ], "form addressed to all members of the program"),
    ("VET", 16, I, "fr", [
        "TR : Nouvelle brochure Pattes d'Or",
        "Attention : version non validée, reste dans l'équipe accueil pour l'instant.",
        "> À diffuser à tous les Pattes d'Or dès validation.",
    ], "forwarder narrows: not validated, stays with the front-desk team"),
    ("VET", 17, C, "fr", [
        "#codir-prive — export du 08/01/2027",
        "[08:41] Erwan Le Goff : 🔒 Confidentiel, ça reste au CODIR : on ferme le site de Pontivy en juin.",
        "[08:43] Maëlle Riou : compris.",
    ], "Slack export: confidential, stays in the executive committee"),
    ("VET", 18, N, "en", [
        "Fwd: Photos from the open day",
        "---------- Forwarded message ---------",
        "From: Maëlle Riou",
        "Date: Sat, 9 Jan 2027 at 17:05",
        "Here are the photos from Saturday, the dogs were great!",
    ], "plain forward, no mark anywhere"),
    ("VET", 19, P, "fr", [
        "Re: Concours photo « Mon animal et moi »",
        "Merci Soizic, je relaie sur mon compte !",
        "> Diffusion : tous les Pattes d'Or et leur entourage, à partager sans modération",
    ], "reply adds no restriction; quoted original is open to all"),
    ("VET", 20, I, "fr", [
        "Export — Suivi_contributions_2027.xlsx",
        "Onglet : Lorient",
        "A1 : Diffusion | B1 : antenne de Lorient uniquement",
        "A2 : Nom | B2 : Points | C2 : Niveau",
    ], "spreadsheet restricted to one local chapter"),
    ("VET", 21, C, "fr", [
        "Objet : Conseil de surveillance — arbitrage rémunérations",
        "Quand : vendredi 29 janvier 2027 08:00–10:00",
        "Participants : membres du conseil de surveillance",
        "Confidentiel : ne pas transférer cette invitation, réservée au conseil.",
    ], "invite confidential, supervisory board only"),
    ("VET", 22, N, "en", [
        "Subject: Vet nurse training — dental cleaning",
        "When: Wed 20 Jan 2027 14:00–16:00",
        "Attendees: Dr. Quéré; nurse team Vannes",
        "Please bring your own scrubs.",
    ], "invite with attendees, no mark"),
    ("VET", 23, P, "en", [
        "Fwd: Spring newsletter for all Pattes d'Or members",
        "Forwarding the newsletter below — it goes to every member of the Pattes d'Or programme, feel free to share it.",
        "> Trois Rias · Newsletter #12 · Public",
    ], "forward and original both open: public"),
    ("VET", 24, I, "fr", [
        "Discord — #comité-éleveurs",
        "[Aujourd'hui à 10:02] Soizic (Trois Rias) : rappel, ce qui se dit ici reste entre membres du comité des éleveurs, merci 🙏",
        "[Aujourd'hui à 10:03] Soizic (Trois Rias) : voici le projet de charte élevage v2",
    ], "chat channel restricted to the breeders' committee (a subgroup)"),
    ("VET", 25, C, "fr", [
        "RE: Litige Dr Cadiou",
        "Bien reçu, je ne diffuse pas.",
        "> Classification : strictement confidentiel — direction et service juridique",
        "> Objet : mise en demeure reçue le 4 janvier",
    ], "quoted original strictly confidential, management and legal"),
    ("VET", 26, N, "fr", [
        "Enquête « Votre animal et vous » 2027",
        "Vos données restent confidentielles et ne sont jamais revendues.",
        "Durée : 5 minutes — 12 questions",
    ], "privacy notice about the respondent's data"),
    ("VET", 27, P, "fr", [
        "Le programme Pattes d'Or en 2027",
        "Présentation de rentrée aux ambassadeurs",
        "Diapositive 1 — Tout public — diffusion libre",
    ], "slide footer: everyone, free distribution"),
    ("VET", 28, I, "en", [
        "Fwd: Draft testimonial guidelines",
        "Internal only for now please — not yet approved by marketing.",
        "> Hi all, below the guidelines we'll send to every Pattes d'Or ambassador next week.",
    ], "forwarder narrows a future all-ambassador mail to internal"),
    ("VET", 29, N, "fr", [
        "[15/01/2027 20:11] Nolwenn : quel est le secret pour que mon chat prenne son vermifuge ?? 😅",
        "[15/01/2027 20:13] Trois Rias : on mélange dans un peu de pâtée, ça marche souvent !",
    ], "'secret' as an everyday word in a chat"),
    ("VET", 30, P, "fr", [
        "Objet : Soirée annuelle des Pattes d'Or",
        "Quand : samedi 13 mars 2027 18:30",
        "Participants : tous les ambassadeurs Pattes d'Or (+1 accompagnant)",
        "Invitation à transmettre librement à tous les membres du programme.",
    ], "invite to all ambassadors, free to forward"),

    # ---------------- LDG: Ledgeworks Climbing (indoor climbing gyms, UK, English-first) ----------------
    ("LDG", 1, P, "en", [
        "Discord export — #crew-announcements",
        "[Today at 18:04] Ledgeworks HQ: Hey Crew! 🧗 The spring comp poster is out — share it anywhere, it's public.",
        "[Today at 18:05] Ledgeworks HQ: (attached: spring-comp-poster.pdf)",
    ], "chat announcement to the whole Crew, public"),
    ("LDG", 2, N, "en", [
        "Fwd: Fwd: Re: chalk order",
        "---------- Forwarded message ---------",
        "From: Dan Whitlock",
        "Date: Mon, 11 Jan 2027",
        "Can we switch to the liquid chalk supplier? Prices attached.",
    ], "nested forwards, no mark"),
    ("LDG", 3, I, "en", [
        "Begin forwarded message:",
        "From: Priya Nair <priya@ledgeworks.co.uk>",
        "Subject: New route-setting rota",
        "Audience: route-setting panel only — not for the wider Crew",
    ], "forwarded original restricted to one panel"),
    ("LDG", 4, C, "en", [
        "Board pack — February 2027",
        "Ledgeworks Climbing Ltd",
        "Slide 1 — CONFIDENTIAL — Board members only",
    ], "slide footer confidential, board only"),
    ("LDG", 5, P, "en", [
        "Re: Volunteer call — youth open day",
        "Count me in!",
        "> To: all Ledgeworks Crew ambassadors",
        "> Please share this call widely, friends and family welcome.",
    ], "reply; quoted original goes to all ambassadors and asks to share widely"),
    ("LDG", 6, I, "en", [
        "Fwd: Membership price rise — staff briefing",
        "To: crew-all@lists.ledgeworks.co.uk",
        "Thought the Crew should see this before April.",
        "> Staff briefing — internal use only, do not share with members",
    ], "staff-only original forwarded to the all-Crew list stays internal"),
    ("LDG", 7, N, "en", [
        "Subject: Wall reset planning — Sheffield",
        "When: Tuesday 19 January 2027 07:00–08:00 (GMT)",
        "Where: Sheffield gym, mezzanine",
        "Attendees: Priya Nair; Tom Hale; Jess Okafor",
    ], "invite with attendees, no mark"),
    ("LDG", 8, C, "en", [
        "#founders — exported 12 Jan 2027",
        "[10:02] Tom Hale: keep this between the three founders — strictly confidential",
        "[10:03] Tom Hale: Boulderworld made an offer for the Leeds site",
    ], "Slack export: strictly confidential, founders only"),
    ("LDG", 9, P, "en", [
        "Sheet: Crew challenges 2027",
        "A1: Visibility | B1: All Crew members — OK to share",
        "A3: Month | B3: Challenge | C3: Points",
    ], "spreadsheet visibility cell: all Crew members"),
    ("LDG", 10, I, "en", [
        "Subject: Summit tier — product feedback session",
        "When: Thu 28 Jan 2027 19:00–20:30",
        "Attendees: Summit tier ambassadors",
        "This invite is for Summit tier members only; please don't forward.",
    ], "invite for one level only"),
    ("LDG", 11, N, "en", [
        "[19:41] Jess: are the new grading numbers confidential or can I post them?",
        "[19:52] Jess: anyone?",
        "[20:15] Jess: ok I'll wait for Monday",
    ], "chat: 'confidential?' asked, never answered"),
    ("LDG", 12, P, "en", [
        "Crew survey 2027 — what should we change?",
        "Open to every member of the Ledgeworks Crew programme. Results will be shared with the whole Crew.",
        "Q1. How long have you been climbing with us?",
    ], "survey open to and shared with every member"),
    ("LDG", 13, I, "en", [
        "Export: beta_feedback.csv",
        "Sheet: App beta v3",
        "A1: Distribution | B1: App beta testers and product team only",
        "A2: Tester | B2: Device | C2: Bug",
    ], "spreadsheet restricted to beta testers + product team"),
    ("LDG", 14, C, "en", [
        "Fwd: Redundancy plan — draft",
        "Sharing with the gym managers for awareness.",
        "> CONFIDENTIAL — exec team only. Do not forward.",
    ], "forwarder widens to gym managers; the original's confidential exec-only mark wins"),
    ("LDG", 15, N, "en", [
        "[07:02] Tom: reminder the public session starts at 6:30 from Monday",
        "[07:05] Priya: who's opening?",
        "[07:06] Tom: me on Mon/Tue, you Wed?",
    ], "'public session' is the topic, not a readership"),
    ("LDG", 16, P, "en", [
        "Fwd: Route-setting masterclass recording",
        "Hi Crew — this one is for all of you, feel free to pass it on.",
        "---------- Forwarded message ---------",
        "From: Priya Nair",
        "Recording link below.",
    ], "unmarked original; forwarder opens it to all the Crew"),
    ("LDG", 17, I, "en", [
        "Re: Leeds chapter meetup notes",
        "Please keep these within the Leeds chapter for now.",
        "> Notes from Thursday's meetup attached.",
    ], "reply narrows to one local chapter"),
    ("LDG", 18, C, "en", [
        "Subject: SLT — acquisition due diligence",
        "When: Mon 1 Feb 2027 09:00–12:00",
        "Attendees: Senior leadership team",
        "Strictly confidential. Invite restricted to SLT; do not share the dial-in.",
    ], "invite strictly confidential, senior leadership"),
    ("LDG", 19, N, "en", [
        "Quick poll — gym cleanliness",
        "Your answers are anonymous and we don't collect your email address.",
        "1. How clean were the changing rooms today?",
    ], "anonymous poll, no readership mark"),
    ("LDG", 20, P, "en", [
        "Welcome to the Ledgeworks Crew!",
        "Onboarding deck for new ambassadors",
        "Slide 1 — For all Crew members · share freely",
    ], "slide footer: all Crew, share freely"),
    ("LDG", 21, I, "en", [
        "Ambassador churn — Q4 analysis",
        "Customer team",
        "Slide 1 of 18 — Internal — staff only",
    ], "slide footer internal, staff only"),
    ("LDG", 22, N, "en", [
        "Slide 1",
        "Shoulder health: internal and external rotation drills",
        "Jess Okafor, head coach",
    ], "'internal' is anatomy, not a mark"),
    ("LDG", 23, P, "en", [
        "[14/01/2027, 18:20] Ledgeworks Crew: 📣 For everyone in the Crew: new partner discount at Rockshop, you can share the code with friends too.",
        "[14/01/2027, 18:21] Ledgeworks Crew: Code CREW15, valid till March.",
    ], "WhatsApp broadcast to everyone in the Crew, shareable"),
    ("LDG", 24, I, "en", [
        "WhatsApp group: Youth coaches circle",
        "[15/01/2027, 21:03] Jess Okafor: Reminder this group is only for the coaches circle — don't screenshot into the main Crew chat please",
        "[15/01/2027, 21:04] Jess Okafor: safeguarding update attached",
    ], "group restricted to the coaches circle"),
    ("LDG", 25, C, "en", [
        "Sheet: Salaries_2027",
        "A1: Classification | B1: Confidential — founders & finance director only",
        "A2: Name | B2: Role | C2: Salary",
    ], "spreadsheet confidential, founders and finance director"),
    ("LDG", 26, N, "en", [
        "Injury report form",
        "All information you provide is kept confidential and handled under our privacy policy.",
        "Name of climber: ____",
    ], "privacy notice about the respondent's own data"),
    ("LDG", 27, P, "en", [
        "Re: Crew newsletter — January",
        "Love the new layout!",
        "> Ledgeworks Crew newsletter · sent to every Crew member",
        "> Forward it to anyone who might want to join.",
    ], "reply quoting an all-members newsletter"),
    ("LDG", 28, I, "en", [
        "Fwd: Spring comp poster (draft 2)",
        "Still a draft — keep it in the marketing team until Friday.",
        "> Final version will go to all Crew members.",
    ], "forwarder narrows a draft to the marketing team"),
    ("LDG", 29, C, "en", [
        "Re: Legal claim — auto-belay incident",
        "Understood, I'll only discuss this with the board.",
        "> Privileged & confidential — board and legal counsel only",
    ], "quoted original confidential, board and legal"),
    ("LDG", 30, N, "en", [
        "Sheet: Screens",
        "A1: Broadcast | B1: Comp livestream on YouTube, 7pm",
        "A2: Camera | B2: Angle | C2: Operator",
    ], "'Broadcast' cell is about a livestream, not readership"),

    # ---------------- LIC: Sellerie Grand Licol (saddlery, equestrian equipment) ----------------
    ("LIC", 1, I, "fr", [
        "Début du message réexpédié :",
        "De : Claire Vautier <claire@grand-licol.fr>",
        "Objet : Essais selle Aurore — retours",
        "Diffusion : testeurs de selles uniquement",
    ], "forwarded original restricted to saddle testers"),
    ("LIC", 2, P, "fr", [
        "TR : Catalogue printemps 2027",
        "Bonjour à tous les Étriers,",
        "voici le catalogue, libre à vous de le faire circuler dans vos écuries.",
        "----- Message transféré -----",
    ], "forward to all Étriers, free to circulate"),
    ("LIC", 3, N, "fr", [
        "Feuille : Tarifs_selles_2027",
        "A1 : Référence | B1 : Modèle | C1 : Prix public conseillé",
        "A2 : SG-114 | B2 : Aurore mixte 17\" | C2 : 2 190 €",
    ], "'prix public' is a retail price, not a readership"),
    ("LIC", 4, C, "fr", [
        "Plan stratégique 2027-2030",
        "Famille Delorme — réunion des actionnaires",
        "Diapositive 1 — Confidentiel — actionnaires uniquement",
    ], "slide footer confidential, shareholders (owners) only"),
    ("LIC", 5, I, "fr", [
        "TR : Rappel produit — étrivières lot 2291",
        "À : tous les Étriers",
        "Je vous fais suivre, c'est important.",
        "> Note interne — service qualité — ne pas diffuser à l'extérieur",
    ], "internal quality note forwarded to all ambassadors stays internal"),
    ("LIC", 6, N, "fr", [
        "Objet : Shooting photo selles 2027",
        "Quand : mercredi 27 janvier 2027 09:00–17:00",
        "Où : Haras de Bellegarde, carrière couverte",
        "Participants : Claire Vautier ; Hugo Marchal ; Inès Berthou (photographe)",
    ], "invite with attendees, no mark"),
    ("LIC", 7, P, "en", [
        "Fwd: Invitation — Grand Licol open day for all Étriers",
        "Please pass it around, it's open to every Étriers member and their families.",
        "---------- Forwarded message ---------",
        "From: Hugo Marchal",
    ], "forward opening to every member"),
    ("LIC", 8, I, "fr", [
        "[18/01/2027 07:45] Hugo (Grand Licol) : Bonjour le panel endurance 🐴",
        "[18/01/2027 07:45] Hugo (Grand Licol) : les fiches techniques du prototype sont pour vous seuls, merci de ne pas les transférer aux autres Étriers",
    ], "WhatsApp: panel only, not the other ambassadors"),
    ("LIC", 9, C, "fr", [
        "TR : Négociation bail boutique de Deauville",
        "Pour info uniquement.",
        "> STRICTEMENT CONFIDENTIEL — direction générale et avocat",
    ], "quoted original strictly confidential, general management and lawyer"),
    ("LIC", 10, N, "fr", [
        "[20:02] Lucie : le nouveau tapis anti-glisse sort quand ? c'est encore secret ?",
        "[20:05] Claire (Grand Licol) : haha on en parle bientôt 😉",
    ], "'secret ?' asked as a question, no mark given"),
    ("LIC", 11, P, "fr", [
        "Sondage — vos envies de contenus 2027",
        "Ouvert à tous les membres du programme Étriers Grand Licol.",
        "Les résultats seront partagés avec tous les Étriers en mars.",
    ], "survey open to all members, results shared with all"),
    ("LIC", 12, I, "fr", [
        "Objet : Comité des moniteurs — choix des thèmes",
        "Quand : lundi 8 février 2027 20:00 (visio)",
        "Participants : membres du comité des moniteurs",
        "Diffusion restreinte au comité.",
    ], "invite: diffusion restreinte to one committee"),
    ("LIC", 13, N, "en", [
        "Saddle fitting questionnaire",
        "Your answers stay confidential and are only used by our fitter to prepare your appointment.",
        "1. Horse's height (hands):",
    ], "privacy of answers, not a readership mark"),
    ("LIC", 14, C, "fr", [
        "Objet : CODIR extraordinaire — plan social atelier",
        "Quand : jeudi 4 février 2027 07:30",
        "Participants : comité de direction",
        "Confidentiel — ne pas faire suivre, réservé au CODIR",
    ], "invite confidential, executive committee"),
    ("LIC", 15, P, "fr", [
        "Les Étriers Grand Licol — lancement saison 2027",
        "Diapositive 1 — Diffusion : tous les Étriers",
    ], "slide footer: all Étriers"),
    ("LIC", 16, C, "fr", [
        "RE: Indemnités de départ — atelier de Lisieux",
        "Vu, je ne transmets pas.",
        "> Confidentiel — comité de direction uniquement",
        "> Ci-dessous les montants proposés",
    ], "quoted original confidential, executive committee only"),
    ("LIC", 17, N, "fr", [
        "RE: Problème de paiement — Mme Deschamps",
        "Je l'ai rappelée, tout est réglé.",
        "> Le prélèvement a été rejeté deux fois, pouvez-vous la contacter ?",
    ], "sensitive-looking customer matter, no mark"),
    ("LIC", 18, P, "fr", [
        "RE: Concours « Mon plus beau tour »",
        "Super, je transmets à mon club !",
        "> À diffuser largement : tous les Étriers peuvent participer et partager.",
    ], "quoted original: diffuser largement"),
    ("LIC", 19, I, "en", [
        "Sheet: Grand Prix tier — loans",
        "A1: Audience | B1: Grand Prix level ambassadors only",
        "A2: Rider | B2: Saddle on loan | C2: Return date",
    ], "spreadsheet for one level only"),
    ("LIC", 20, C, "en", [
        "Slack export — #direction",
        "[09:15] Marc Delorme: confidential, direction only: the Hermance takeover talks resume Monday",
        "[09:16] Claire Vautier: noted",
    ], "chat: confidential, management only"),
    ("LIC", 21, N, "fr", [
        "Diapositive 1",
        "Entretenir son cuir en hiver",
        "Atelier animé par Hugo Marchal, sellier",
    ], "title slide with no mark"),
    ("LIC", 22, P, "fr", [
        "[22/01/2027 12:00] Sellerie Grand Licol : 📢 Message pour tous les Étriers : le guide d'entretien du cuir est en ligne sur notre site, partagez-le !",
    ], "broadcast to all Étriers, share it"),
    ("LIC", 23, I, "fr", [
        "TR : Communiqué nouveau partenariat fédéral",
        "Embargo jusqu'au 1er mars : on garde ça dans l'équipe d'ici là.",
        "> Communiqué de presse — diffusion publique",
    ], "press release (public) forwarded under embargo to the team: narrowed to internal"),
    ("LIC", 24, N, "fr", [
        "Objet : Journée d'ajustement — showroom de Caen",
        "Quand : samedi 30 janvier 2027 10:00–16:00",
        "Participants : Hugo Marchal ; Lucie Fenwick ; 6 cavaliers (voir liste)",
        "Pensez au livret de votre cheval.",
    ], "invite with attendees, no mark"),
    ("LIC", 25, C, "fr", [
        "Export — marges_fournisseurs.xlsx",
        "Onglet : Synthèse",
        "A1 : Diffusion | B1 : Strictement confidentiel — direction et actionnaires",
        "A3 : Fournisseur | B3 : Marge brute",
    ], "spreadsheet strictly confidential, management and shareholders"),
    ("LIC", 26, I, "fr", [
        "Discord — #testeurs-selles",
        "[Hier à 21:10] Claire (Grand Licol) : rappel : tout ce qui est posté ici reste entre testeurs de selles, pas de photos ailleurs svp",
    ], "chat channel restricted to saddle testers"),
    ("LIC", 27, P, "en", [
        "Étriers Grand Licol — 2026 in review",
        "Thank-you deck for every Étriers ambassador",
        "Slide 1 — Public, share freely",
    ], "slide footer public"),
    ("LIC", 28, I, "fr", [
        "Formulaire d'inscription — stage de l'antenne Normandie",
        "Réservé aux Étriers de l'antenne Normandie.",
        "Merci de ne pas relayer ce lien hors de l'antenne.",
    ], "form reserved to one local chapter"),
    ("LIC", 29, N, "fr", [
        "TR : Reportage télé régionale",
        "Diffusion : vendredi 12 février à 19h, dans l'édition régionale",
        "> Le journaliste a tourné à l'atelier mardi.",
    ], "'Diffusion' is the TV broadcast time, not a readership"),
    ("LIC", 30, P, "fr", [
        "Feuille : Agenda des concours",
        "A1 : Diffusion | B1 : tous les cavaliers ambassadeurs (programme Étriers Grand Licol)",
        "A3 : Date | B3 : Concours | C3 : Lieu",
    ], "spreadsheet Diffusion cell: all ambassadors"),

    # ---------------- AMP: Ampli'Rhône Location (event sound & light rental) ----------------
    ("AMP", 1, N, "fr", [
        "Feuille : Fiche technique — Festival Bron'Zik",
        "A1 : Diffusion | B1 : line array 12 têtes + 4 subs",
        "A2 : Retours | B2 : 8 wedges",
    ], "'Diffusion' is the sound system, not a readership"),
    ("AMP", 2, P, "fr", [
        "TR : Tutoriel « Brancher une table de mixage sans larsen »",
        "Tutoriel public, à partager à tous les Backstagers et au-delà.",
        "---------- Message transféré ---------",
        "De : Équipe technique Ampli'Rhône",
    ], "forwarder marks it public, share with all and beyond"),
    ("AMP", 3, I, "fr", [
        "Objet : Test de l'appli Ampli'Rhône Go v2",
        "Quand : mercredi 20 janvier 2027 18:00–19:00 (visio)",
        "Participants : bêta-testeurs Ampli'Rhône Go",
        "Confidentiel bêta : merci de ne rien partager hors du groupe de test.",
    ], "'confidentiel' but for a subgroup (beta testers): internal"),
    ("AMP", 4, C, "fr", [
        "TR : [Confidentiel] Projet de levée de fonds",
        "À : Paul, Inès",
        "Paul, Inès : ça reste entre associés fondateurs.",
        "> Document strictement confidentiel — associés fondateurs",
    ], "strictly confidential, founding partners"),
    ("AMP", 5, P, "en", [
        "Discord — #announcements",
        "[Today at 11:00] Ampli'Rhône: @everyone hey Backstagers! The new rental price guide is public — share it with any band or venue you know.",
    ], "chat to everyone, public"),
    ("AMP", 6, N, "fr", [
        "Objet : Montage scène — mariage au Domaine des Vernes",
        "Quand : samedi 5 juin 2027 08:00–14:00",
        "Où : Domaine des Vernes, Saint-Germain-au-Mont-d'Or",
        "Participants : Karim Benali ; Julie Roche ; équipe lumière",
    ], "invite with attendees, no mark"),
    ("AMP", 7, I, "fr", [
        "#equipe-commerciale — export du 19/01/2027",
        "[14:20] Julie Roche : pour rappel, le tableau des remises partenaires reste interne, pas aux Backstagers",
        "[14:21] Julie Roche : (fichier : remises_2027.xlsx)",
    ], "staff chat: internal, not for ambassadors"),
    ("AMP", 8, C, "fr", [
        "Restructuration du dépôt de Vénissieux",
        "Conseil d'administration du 3 février 2027",
        "Diapositive 1 — Strictement confidentiel — administrateurs",
    ], "slide footer strictly confidential, directors"),
    ("AMP", 9, P, "fr", [
        "RE: Appel à témoignages — saison des festivals",
        "Je suis partant pour la vidéo !",
        "> À : tous les membres du Cercle Backstage",
        "> Cet appel peut être partagé librement.",
    ], "reply; quoted original to all members, freely shareable"),
    ("AMP", 10, N, "fr", [
        "[22:03] Théo : le prix de la nouvelle console, c'est confidentiel ou je peux le dire au groupe ?",
        "[22:04] Théo : je préfère demander avant 😅",
    ], "question about confidentiality, no answer, no mark"),
    ("AMP", 11, I, "fr", [
        "RE: Grille de points 2027 — brouillon",
        "Tu peux l'envoyer à tous les Backstagers, je pense que c'est bon.",
        "> Brouillon — usage interne, ne pas diffuser avant validation par Karim",
    ], "replier tries to open it; quoted internal mark (pending validation) wins"),
    ("AMP", 12, P, "fr", [
        "Export — planning_sollicitations.csv",
        "Onglet : Printemps",
        "A1 : Visibilité | B1 : tous les Backstagers",
        "A2 : Semaine | B2 : Demande | C2 : Places",
    ], "spreadsheet visible to all Backstagers"),
    ("AMP", 13, C, "en", [
        "Fwd: CEO succession — proposal",
        "For your eyes only.",
        "> CONFIDENTIAL — board of directors only. Do not copy or forward.",
    ], "quoted original confidential, board only"),
    ("AMP", 14, N, "fr", [
        "Enquête NPS Ampli'Rhône — janvier 2027",
        "Le questionnaire est anonyme : nous ne pouvons pas relier vos réponses à votre compte.",
        "Q1. Recommanderiez-vous Ampli'Rhône à un ami organisateur ?",
    ], "anonymous survey, no readership mark"),
    ("AMP", 15, I, "fr", [
        "Plan d'animation Tête d'affiche 2027",
        "Diapositive 1 — Réservé au niveau Tête d'affiche",
    ], "slide footer: one level only"),
    ("AMP", 16, P, "fr", [
        "Objet : Apéro des Backstagers — dépôt de Vénissieux",
        "Quand : vendredi 12 mars 2027 19:00",
        "Participants : tous les membres du Cercle Backstage",
        "Invitation ouverte : transférez-la à tous les Backstagers.",
    ], "invite to all members, forward to all"),
    ("AMP", 17, N, "fr", [
        "Diapositive 1",
        "Sonoriser un lieu public : quelles enceintes pour une salle de 300 places ?",
        "Karim Benali, responsable son",
    ], "'lieu public' is the topic, not a readership"),
    ("AMP", 18, I, "en", [
        "[25/01/2027, 23:12] Ampli'Rhône: DJ panel only 🎧 — here's the controller shortlist, please keep it inside this group",
        "[25/01/2027, 23:13] Ampli'Rhône: vote by Friday",
    ], "WhatsApp: one panel only"),
    ("AMP", 19, C, "fr", [
        "Feuille : Valorisation_2027",
        "A1 : Classification | B1 : Confidentiel — direction générale uniquement",
        "A3 : Actif | B3 : Valeur nette",
    ], "spreadsheet confidential, general management"),
    ("AMP", 20, N, "fr", [
        "TR : Facture 2027-0142 — Asso La Guinguette",
        "---------- Message transféré ---------",
        "De : compta@ampli-rhone.fr",
        "Bonjour, ci-joint la facture, merci de la régler sous 30 jours.",
    ], "plain forwarded invoice, no mark"),
    ("AMP", 21, I, "fr", [
        "Discord — #antenne-marseille",
        "[Aujourd'hui à 09:30] Ampli'Rhône : infos réservées aux Backstagers de l'antenne Marseille : on cherche 4 volontaires pour le salon Festiv'Expo",
        "[Aujourd'hui à 09:31] Ampli'Rhône : merci de ne pas relayer dans #général",
    ], "restricted to one local chapter"),
    ("AMP", 22, P, "en", [
        "Backstagers survey 2027",
        "This survey goes to every Cercle Backstage member; the summary will be published to all Backstagers.",
        "1. Which events did you help with last year?",
    ], "survey to every member"),
    ("AMP", 23, N, "fr", [
        "[17:40] Julie : le concert est gratuit et ouvert au public, on prévoit 2 000 personnes",
        "[17:42] Karim : ok je mets deux façades",
    ], "'ouvert au public' is about the concert, not this document"),
    ("AMP", 24, C, "fr", [
        "Objet : Associés — cession des parts de Laurent",
        "Quand : lundi 15 février 2027 18:00",
        "Participants : associés fondateurs",
        "Strictement confidentiel — ne pas accepter depuis un agenda partagé.",
    ], "invite strictly confidential, founding partners"),
    ("AMP", 25, I, "fr", [
        "TR : Inventaire des enceintes à réformer",
        "À : Cercle Backstage (tous)",
        "Pour ceux que ça intéresse, on en revendra peut-être.",
        "Début du message réexpédié :",
        "> Note interne du dépôt — ne pas sortir d'Ampli'Rhône",
    ], "internal note forwarded to all ambassadors stays internal"),
    ("AMP", 26, P, "fr", [
        "Bienvenue au Cercle Backstage !",
        "Kit d'accueil des nouveaux membres",
        "Diapositive 1 — Public",
    ], "slide footer public"),
    ("AMP", 27, N, "fr", [
        "Formulaire de réservation matériel",
        "Conformément au RGPD, vos informations personnelles sont confidentielles et ne sont utilisées que pour votre location.",
        "Nom de l'événement : ____",
    ], "privacy notice about the customer's data"),
    ("AMP", 28, I, "fr", [
        "Export — retours_beta.xlsx",
        "Onglet : Bugs",
        "A1 : Diffusion | B1 : équipe produit + bêta-testeurs Ampli'Rhône Go",
        "A3 : Écran | B3 : Problème",
    ], "spreadsheet: product team and beta testers"),
    ("AMP", 29, P, "fr", [
        "[01/02/2027 10:15] Ampli'Rhône Location : Bonjour les Backstagers ! Le programme des formations gratuites est dispo, diffusion libre 👉 lien",
    ], "broadcast to the Backstagers, diffusion libre"),
    ("AMP", 30, C, "en", [
        "Fwd: Fwd: Insurance claim — stage collapse, Bron",
        "Keeping this to the directors, as agreed.",
        "> Strictly confidential — management and our lawyers only",
    ], "strictly confidential, management and lawyers"),

    # ---------------- AIG: Savonnerie de l'Aiguier (artisanal soap maker) ----------------
    ("AIG", 1, N, "fr", [
        "Feuille : Gamme maison 2027",
        "A1 : Produit | B1 : Diffusion | C1 : Contenance",
        "A2 : Diffuseur à bâtonnets lavande | B2 : 6 à 8 semaines | C2 : 100 ml",
    ], "'Diffusion' is how long the fragrance diffuses"),
    ("AIG", 2, P, "fr", [
        "TR : Recette du savon à l'huile d'olive — fiche pour vos ateliers",
        "Coucou les Bulleurs, fiche publique, vous pouvez l'imprimer et la distribuer 🙂",
        "---------- Message transféré ---------",
        "De : Atelier de l'Aiguier",
    ], "forward to all ambassadors, public sheet"),
    ("AIG", 3, I, "fr", [
        "TR : Formule shampoing solide v4",
        "> Diffusion : panel peaux sensibles — ne pas publier de photos",
        "> Bonjour à toutes, voici la nouvelle formule à tester",
    ], "quoted original restricted to one panel"),
    ("AIG", 4, C, "fr", [
        "Objet : Réunion des associées — entrée d'un investisseur",
        "Quand : mardi 9 février 2027 08:30–10:00",
        "Participants : Hélène Amic ; Sarah Benhamou (associées)",
        "Confidentiel — associées uniquement",
    ], "invite confidential, partners (owners) only"),
    ("AIG", 5, N, "fr", [
        "Objet : Atelier saponification — boutique d'Aix",
        "Quand : samedi 6 février 2027 14:00–17:00",
        "Participants : 8 inscrits (liste jointe)",
        "Prévoir gants et lunettes.",
    ], "invite with attendees, no mark"),
    ("AIG", 6, P, "fr", [
        "Export — defis_bulleurs_2027.csv",
        "A1 : Diffusion | B1 : tous les Bulleurs — partageable",
        "A2 : Mois | B2 : Défi | C2 : Points",
    ], "spreadsheet for all Bulleurs"),
    ("AIG", 7, I, "en", [
        "Fwd: Grand Cru perks — draft",
        "To: all Bulleurs",
        "FYI everyone!",
        "> Grand Cru level only — please don't share with other levels yet",
    ], "level-only original forwarded to all ambassadors stays internal"),
    ("AIG", 8, C, "fr", [
        "WhatsApp — Fondatrices 🫒",
        "[03/02/2027 22:14] Hélène : entre nous deux, c'est strictement confidentiel : la banque refuse le prêt pour l'atelier de Salon",
        "[03/02/2027 22:15] Sarah : on en parle demain",
    ], "founders' chat, strictly confidential between the two"),
    ("AIG", 9, N, "fr", [
        "[11:08] Manon : la composition du savon au lait d'ânesse, c'est confidentiel ? une cliente me demande",
        "[11:30] Manon : ?",
    ], "confidentiality asked as a question"),
    ("AIG", 10, P, "en", [
        "Bulles de l'Aiguier — programme guide 2027",
        "Slide 1 — For all Bulleurs, and anyone curious: share freely",
    ], "slide footer open to all"),
    ("AIG", 11, I, "fr", [
        "Diapositive 1 — Interne",
        "Bilan boutique d'Aix — janvier",
        "Équipe vente",
    ], "slide mark 'Interne' before the title"),
    ("AIG", 12, N, "en", [
        "Skin comfort survey",
        "Responses are anonymous; we only keep aggregated results.",
        "1. How would you describe your skin?",
    ], "anonymous survey"),
    ("AIG", 13, P, "fr", [
        "[05/02/2027 09:00] Savonnerie de l'Aiguier : Bonjour à tous les Bulleurs ☀️ le calendrier des marchés de Provence est public, faites-le tourner !",
    ], "broadcast to all, public"),
    ("AIG", 14, I, "fr", [
        "Objet : Relais Marseille — préparation du marché de Noël",
        "Quand : jeudi 11 février 2027 18:30",
        "Participants : Bulleurs du relais Marseille",
        "Invitation réservée au relais Marseille.",
    ], "invite reserved to one local relay"),
    ("AIG", 15, C, "fr", [
        "Feuille : Prix de revient",
        "A1 : Diffusion | B1 : confidentiel — fondatrices uniquement",
        "A3 : Produit | B3 : Coût matière",
    ], "spreadsheet confidential, founders only"),
    ("AIG", 16, N, "fr", [
        "RE: Réclamation — réaction cutanée",
        "J'ai proposé le remboursement, elle a accepté.",
        "> La cliente signale des rougeurs après le savon au charbon.",
    ], "sensitive-looking complaint, no mark"),
    ("AIG", 17, P, "fr", [
        "RE: Appel à avis en ligne — nouveau déodorant",
        "C'est fait ✔",
        "> Pour tous les membres Bulles de l'Aiguier — message à partager librement",
    ], "quoted original to all members, share freely"),
    ("AIG", 18, I, "fr", [
        "#vente-boutiques — export du 02/02/2027",
        "[16:04] Manon : je mets les chiffres de janvier ici, usage interne uniquement",
        "[16:05] Manon : (fichier : ca_janvier.xlsx)",
    ], "staff chat, usage interne"),
    ("AIG", 19, C, "en", [
        "Fwd: Supplier dispute — Huilerie des Alpilles",
        "Please keep within the management committee.",
        "> CONFIDENTIAL — founders and legal adviser only",
    ], "confidential, founders and legal"),
    ("AIG", 20, N, "fr", [
        "Formulaire — demande d'échantillons",
        "Nous traitons vos données de manière confidentielle.",
        "Adresse de livraison : ____",
    ], "privacy notice about the requester's data"),
    ("AIG", 21, P, "fr", [
        "Formulaire — Proposez une idée de parfum",
        "Ouvert à tous les Bulleurs. Les idées retenues seront présentées à tous les membres du programme.",
        "Votre idée : ____",
    ], "form open to all ambassadors"),
    ("AIG", 22, I, "en", [
        "Re: Zero-waste test kits",
        "Got mine, thanks!",
        "> Audience: zero-waste testers only",
        "> Please don't post the unlabelled tins on social media",
    ], "quoted original restricted to one test group"),
    ("AIG", 23, C, "fr", [
        "Projet Rivage — rachat d'une savonnerie à Sète",
        "Comité de direction — 1er mars 2027",
        "Diapositive 1 — Confidentiel direction",
    ], "slide footer confidential, management"),
    ("AIG", 24, N, "fr", [
        "Diapositive 1",
        "Parler en public de nos savons : 5 conseils pour animer un stand",
        "Atelier animé par Manon Ferri",
    ], "'en public' is the topic (public speaking)"),
    ("AIG", 25, I, "fr", [
        "TR : Lancement gamme « Figue » — communiqué",
        "À garder en interne jusqu'au salon du 15 mars, svp.",
        "> Communiqué — à diffuser à tous les Bulleurs le 15 mars",
    ], "forwarder narrows until launch date: internal"),
    ("AIG", 26, P, "fr", [
        "Début du message réexpédié :",
        "De : Savonnerie de l'Aiguier <bulles@savonnerie-aiguier.fr>",
        "Objet : La lettre des Bulleurs — février",
        "À : tous les membres Bulles de l'Aiguier · diffusion libre",
    ], "forwarded newsletter to all members, diffusion libre"),
    ("AIG", 27, I, "fr", [
        "Feuille : Panel peaux sensibles — suivi",
        "A1 : Diffusion | B1 : panel peaux sensibles et équipe R&D",
        "A3 : Testeuse | B3 : Produit | C3 : Tolérance",
    ], "spreadsheet: one panel + R&D team"),
    ("AIG", 28, N, "fr", [
        "TR : Commande huile d'olive — livraison",
        "---------- Message transféré ---------",
        "De : Huilerie des Alpilles",
        "La livraison est décalée au 12 février.",
    ], "plain forward, no mark"),
    ("AIG", 29, P, "fr", [
        "Discord — #annonces",
        "[Aujourd'hui à 10:00] L'Aiguier : @everyone les Bulleurs, la vidéo de l'atelier est en ligne et publique, partagez-la !",
    ], "announcement to everyone, public"),
    ("AIG", 30, C, "fr", [
        "RE: TR : Inspection — constats",
        "Je transfère à toute l'équipe atelier pour qu'ils se préparent.",
        "> Strictement confidentiel — fondatrices et conseil juridique",
    ], "replier widens to the workshop team; strictly confidential original wins"),
]

NAMES = {
    "ambassadors": [
        "Pattes d'Or", "les Pattes d'Or", "ambassadeurs Pattes d'Or", "membres du programme Pattes d'Or",
        "Pattes d'Or members",
        "Ledgeworks Crew", "the Crew", "Crew members", "Crew ambassadors", "all Crew members",
        "Étriers Grand Licol", "les Étriers", "Étriers", "cavaliers ambassadeurs", "Étriers members",
        "Cercle Backstage", "les Backstagers", "Backstagers", "membres du Cercle Backstage",
        "Bulles de l'Aiguier", "les Bulleurs", "Bulleurs", "membres Bulles de l'Aiguier",
    ],
    "clients": [
        "Vétérinaires des Trois Rias", "Trois Rias",
        "Ledgeworks Climbing", "Ledgeworks", "Ledgeworks Climbing Ltd",
        "Sellerie Grand Licol", "Grand Licol",
        "Ampli'Rhône Location", "Ampli'Rhône",
        "Savonnerie de l'Aiguier", "l'Aiguier", "Aiguier",
    ],
}


def main():
    with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for prefix, num, level, lang, lines, note in CASES:
            obj = {
                "id": f"{prefix}-{num:02d}",
                "head": "\n".join(lines),
                "level": level,
                "lang": lang,
                "note": note,
            }
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "names.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(NAMES, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {len(CASES)} cases")


if __name__ == "__main__":
    main()

"""HTML e-mail newsletters (nested layout tables around the real content)."""

H1_NAME = "la-portee-n13-octobre-2026.html"
H1 = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>La Portée n°13 — octobre 2026</title>
</head>
<body style="margin:0;padding:0;background:#efe9df;">
<div style="display:none;max-height:0;overflow:hidden;">Diffusion : tous les Diapasons du Cercle. Testeurs Sirocco, barème d'octobre, agenda et vos questions.</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#efe9df">
<tr>
<td align="center" style="padding:20px 0;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff">
<tr>
<td style="padding:8px 24px;font-family:Georgia,serif;font-size:11px;color:#8a7f72;" align="right">
<a href="https://maisonvibrato.fr/lettre/13" style="color:#8a7f72;">Voir ce mail dans votre navigateur</a>
</td>
</tr>
<tr>
<td style="padding:16px 24px;" bgcolor="#4a2c17">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">
<tr>
<td width="120"><img src="https://maisonvibrato.fr/img/logo-blanc.png" alt="Maison Vibrato" width="110"></td>
<td style="font-family:Georgia,serif;color:#ffffff;">
<h1 style="margin:0;font-size:26px;">La Portée n°13 — octobre 2026</h1>
<p style="margin:4px 0 0 0;font-size:13px;">Diffusion : tous les Diapasons du Cercle. Merci de ne pas transférer ce mail en dehors du Cercle.</p>
</td>
</tr>
</table>
</td>
</tr>
<tr>
<td style="padding:24px;font-family:Arial,sans-serif;font-size:15px;line-height:22px;color:#2b2118;">
<h2 style="font-family:Georgia,serif;font-size:20px;color:#4a2c17;">Le mot de l'équipe</h2>
<p>La scène ouverte de Lille a affiché complet : 14 Diapasons sur scène, plus de 120 personnes dans la boutique. On n'avait jamais vu autant de monde un samedi soir rue Esquermoise.</p>
<p>Pour la suite, on prépare le barème 2027 : il sera présenté dans La Portée de novembre, et vous pouvez encore nous envoyer vos idées jusqu'au 25 octobre.</p>
<p>Manon, Yanis et Claire</p>
</td>
</tr>
<tr>
<td style="padding:0 24px 24px 24px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">
<tr>
<td width="180" valign="top"><img src="https://maisonvibrato.fr/img/sirocco.jpg" alt="Le ukulélé Sirocco" width="170"></td>
<td valign="top" style="font-family:Arial,sans-serif;font-size:15px;line-height:22px;color:#2b2118;">
<h2 style="font-family:Georgia,serif;font-size:20px;color:#4a2c17;">À la une : trois testeurs pour le ukulélé Sirocco</h2>
<p>Notre nouveau ukulélé électro-acoustique, le Sirocco, arrive en boutique en janvier. Avant cela, nous cherchons trois Diapasons pour le tester chez eux pendant trois semaines.</p>
<p>Pour être testeur, il faut :</p>
<ul>
<li>jouer du ukulélé depuis au moins un an ;</li>
<li>pouvoir le brancher sur un ampli ou une carte son ;</li>
<li>remplir un court questionnaire à la fin du test.</li>
</ul>
<p>Le test rapporte 45 points (co-création), et vous pourrez ensuite acheter votre Sirocco à moitié prix. Candidatures avant le 19 octobre, en répondant à ce mail.</p>
</td>
</tr>
</table>
</td>
</tr>
<tr>
<td style="padding:0 24px 24px 24px;font-family:Arial,sans-serif;font-size:15px;line-height:22px;color:#2b2118;">
<h2 style="font-family:Georgia,serif;font-size:20px;color:#4a2c17;">Le barème des points en octobre</h2>
<p>Pour celles et ceux qui nous l'ont redemandé, voici le barème en vigueur ce mois-ci :</p>
<table width="100%" cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;font-size:14px;">
<thead>
<tr>
<th align="left">Contribution</th>
<th align="left">Points</th>
<th align="left">Limite</th>
</tr>
</thead>
<tbody>
<tr>
<td>Avis en ligne (Google, Trustpilot)</td>
<td>10 points</td>
<td>1 par boutique</td>
</tr>
<tr>
<td>Partage public sur les réseaux</td>
<td>5 points</td>
<td>4 par mois</td>
</tr>
<tr>
<td>Réponse utile sur le forum</td>
<td>8 points</td>
<td>aucune</td>
</tr>
<tr>
<td>Témoignage écrit</td>
<td>25 points</td>
<td>aucune</td>
</tr>
<tr>
<td>Témoignage vidéo</td>
<td>50 points</td>
<td>aucune</td>
</tr>
<tr>
<td>Participation à un événement</td>
<td>30 points</td>
<td>1 par événement</td>
</tr>
<tr>
<td>Parrainage (famille en location)</td>
<td>80 points jusqu'au 31 octobre, puis 60 points</td>
<td>aucune</td>
</tr>
<tr>
<td>Idée d'amélioration retenue</td>
<td>40 points</td>
<td>aucune</td>
</tr>
<tr>
<td>Test de prototype (co-création)</td>
<td>45 points</td>
<td>sur invitation</td>
</tr>
</tbody>
</table>
</td>
</tr>
<tr>
<td style="padding:0 24px 24px 24px;" bgcolor="#f7f2ea">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">
<tr>
<td style="padding:16px;font-family:Arial,sans-serif;font-size:15px;line-height:22px;color:#2b2118;">
<h2 style="font-family:Georgia,serif;font-size:20px;color:#4a2c17;">Agenda</h2>
<p><strong>Jeu. 16 octobre</strong> — Café des Diapasons en visio, 19 h 30</p>
<p><strong>Sam. 25 octobre</strong> — Atelier « Premiers accords au piano numérique », Vibrato Strasbourg, 10 h</p>
<p><strong>Sam. 8 novembre</strong> — Soirée de lancement de la série limitée « Noyer », Vibrato Bordeaux, 19 h (niveaux Blanche et Ronde)</p>
<p><strong>Sam. 15 novembre</strong> — Atelier entretien des instruments à archet, Vibrato Rennes, 14 h</p>
</td>
</tr>
</table>
</td>
</tr>
<tr>
<td style="padding:0 24px 24px 24px;font-family:Arial,sans-serif;font-size:15px;line-height:22px;color:#2b2118;">
<h2 style="font-family:Georgia,serif;font-size:20px;color:#4a2c17;">Vos questions</h2>
<p><strong>« Est-ce que je peux venir à la soirée de lancement avec quelqu'un ? »</strong> (Inès, Bordeaux)</p>
<p>Oui, chaque Diapason Blanche ou Ronde peut venir accompagné d'une personne. Merci de l'indiquer à l'inscription : les places sont comptées (60 au total).</p>
<p><strong>« Combien de temps faut-il pour qu'un témoignage écrit soit validé ? »</strong> (Bastien, Rennes)</p>
<p>Comptez dix jours ouvrés : on relit chaque témoignage, on vous renvoie la version mise en forme, et on ne publie rien sans votre accord écrit. Les points sont crédités à la publication.</p>
</td>
</tr>
<tr>
<td style="padding:16px 24px;font-family:Arial,sans-serif;font-size:11px;color:#8a7f72;" bgcolor="#efe9df" align="center">
<p>Vous recevez ce mail parce que vous êtes membre du Cercle Diapason de Maison Vibrato.</p>
<p><a href="https://maisonvibrato.fr/lettre/desinscription" style="color:#8a7f72;">Se désinscrire de La Portée</a> · Maison Vibrato, 12 rue des Capucins, 69001 Lyon</p>
</td>
</tr>
</table>
</td>
</tr>
</table>
</body>
</html>
"""

H2_NAME = "diapason-digest-issue-7.html"
H2 = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>The Diapason Digest — Issue 7</title>
</head>
<body style="margin:0;padding:0;background:#e9eef0;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#e9eef0">
<tr>
<td align="center" style="padding:20px 0;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff">
<tr>
<td style="padding:20px 24px;font-family:Georgia,serif;color:#1d3340;">
<h1 style="margin:0;font-size:24px;">The Diapason Digest — Issue 7, November 2026</h1>
<p style="margin:6px 0 0 0;font-size:13px;">For all Diapasons. English-language edition of La Portée n°14 — please don't forward outside the Cercle.</p>
</td>
</tr>
<tr>
<td style="padding:0 24px 20px 24px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">
<tr>
<td valign="top" style="font-family:Arial,sans-serif;font-size:15px;line-height:22px;color:#222;">
<h2 style="font-size:19px;color:#1d3340;">A word from the team</h2>
<p>This autumn you referred 112 families, 9 of them in Brussels and Geneva. Thank you.</p>
<p>The 2027 points scale is below. It takes effect on 1 January 2027, and it comes straight from your ideas: 73 of you sent suggestions.</p>
<p>Manon, Yanis and Claire</p>
</td>
</tr>
</table>
</td>
</tr>
<tr>
<td style="padding:0 24px 20px 24px;font-family:Arial,sans-serif;font-size:15px;line-height:22px;color:#222;">
<h2 style="font-size:19px;color:#1d3340;">In the spotlight: the 2027 points scale</h2>
<p>Here is what changes on 1 January 2027:</p>
<ul>
<li>Video testimonials go from 50 to 60 points.</li>
<li>Helpful forum answers go from 8 to 10 points.</li>
<li>Public social shares stay at 5 points, but count up to 3 times a month instead of 4.</li>
<li>New contribution: giving a beginners' class in a shop earns 35 points.</li>
</ul>
<p>Points at a glance:</p>
<table width="100%" cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;font-size:14px;">
<tr>
<th align="left">Contribution</th>
<th align="left">2026</th>
<th align="left">2027</th>
</tr>
<tr>
<td>Online review</td>
<td>10</td>
<td>10</td>
</tr>
<tr>
<td>Public social share</td>
<td>5 (up to 4 a month)</td>
<td>5 (up to 3 a month)</td>
</tr>
<tr>
<td>Helpful forum answer</td>
<td>8</td>
<td>10</td>
</tr>
<tr>
<td>Written testimonial</td>
<td>25</td>
<td>25</td>
</tr>
<tr>
<td>Video testimonial</td>
<td>50</td>
<td>60</td>
</tr>
<tr>
<td>Referral</td>
<td>60</td>
<td>60</td>
</tr>
<tr>
<td>Beginners' class in a shop</td>
<td>not counted</td>
<td>35</td>
</tr>
</table>
</td>
</tr>
<tr>
<td style="padding:0 24px 20px 24px;" bgcolor="#f3f6f7">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">
<tr>
<td width="50%" valign="top" style="padding:14px;font-family:Arial,sans-serif;font-size:14px;line-height:21px;color:#222;">
<h2 style="font-size:17px;color:#1d3340;">What does not change</h2>
<p>These rules stay the same in 2027:</p>
<ul>
<li>level thresholds: 150, 500 and 1,200 points;</li>
<li>points stay valid for 24 months;</li>
<li>two requests a month at most.</li>
</ul>
</td>
<td width="50%" valign="top" style="padding:14px;font-family:Arial,sans-serif;font-size:14px;line-height:21px;color:#222;">
<h2 style="font-size:17px;color:#1d3340;">What's on</h2>
<p><strong>Sat 6 December</strong> — Christmas open stage, Vibrato Bruxelles, 17:00</p>
<p><strong>Thu 11 December</strong> — Online Diapason coffee (in English this time!), 19:30 CET</p>
<p><strong>Sat 10 January</strong> — Beginners' class pilot, Vibrato Genève, 10:00</p>
</td>
</tr>
</table>
</td>
</tr>
<tr>
<td style="padding:0 24px 20px 24px;font-family:Arial,sans-serif;font-size:15px;line-height:22px;color:#222;">
<h2 style="font-size:19px;color:#1d3340;">Your questions</h2>
<p><strong>"Will my 2026 points be recalculated with the new scale?"</strong> (Solène, Lyon)</p>
<p>No. Points already earned stay as they are; the new scale only applies to contributions made from 1 January 2027.</p>
<p><strong>"Can I give a beginners' class if I'm only Croche?"</strong> (Liam, Brussels)</p>
<p>Beginners' classes are open to Noire level and above, after a one-hour briefing with the shop team.</p>
</td>
</tr>
<tr>
<td style="padding:14px 24px;font-family:Arial,sans-serif;font-size:11px;color:#777;" bgcolor="#e9eef0" align="center">
<p>You are receiving this because you are a member of the Cercle Diapason (Maison Vibrato). <a href="https://maisonvibrato.fr/digest/unsubscribe">Unsubscribe from the Digest</a></p>
</td>
</tr>
</table>
</td>
</tr>
</table>
</body>
</html>
"""

# AUB2 - English JE session, 24 participants (Aubépine Guitares, international ambassadors, online)
CODE = "AUB2"
LANG = "en"
N_PARTICIPANTS = 24
SEED = 3102
TITLE = "JE workshop #2 — international ambassadors (UK, Germany, US), online"

QUESTIONS = {
    "q1": "What do you expect from the ambassador program? What would motivate you?",
    "q2": "What might hold you back or make you hesitate?",
    "q3": "How would you prefer to contribute?",
    "q4": "How much time can you give it?",
    "q5": "Should ambassadors get a commission on guitars sold through their referrals?",
}

OBJECTIVES = [
    "Generate referrals of new customers",
    "Improve upcoming models with players' feedback",
    "Collect authentic video and written testimonials",
    "Increase the brand's visibility on stage and on social media",
    "Grow sales to music schools and conservatoires",
]

THEMES = {
    "need_early_access": ("need", "Get early access to new models / prototypes and limited runs."),
    "need_visibility": ("need", "Exposure for one's own band or music through the brand's channels."),
    "need_workshop_visit": ("need", "Visit the workshop in Mirecourt, see the guitars being built, meet the luthiers."),
    "need_discount": ("need", "Discounts: cheaper setups, strings and accessories, loyalty pricing."),
    "brake_time": ("brake", "Lack of time (day job, touring, busy schedule)."),
    "brake_authenticity": ("brake", "Fear of sounding like an ad / a sellout; wants to stay genuine, no scripts."),
    "brake_shipping": ("brake", "International logistics: customs, import taxes, shipping costs."),
    "pref_video": ("preference", "Contribute with videos: demos, reels, playthroughs, gig footage."),
    "pref_reviews": ("preference", "Contribute with written reviews / posts on forums and gear sites."),
    "pref_referral": ("preference", "Contribute by referring friends and students, word of mouth."),
    "pref_community_help": ("preference", "Contribute by helping other owners and newcomers (Discord, troubleshooting)."),
    "conv_few_hours": ("convergence", "Little time: an hour or a few hours a month."),
    "conv_variable": ("convergence", "Availability varies with tours / season."),
}

OPPOSITION = ("commission", "Commission on guitars sold through referrals: yes (fair pay for time) vs no (kills credibility, keep money out).",
              [("yes", "For a commission"), ("no", "Against a commission")])

MINORITIES = {
    "min_signature_model": "Hopes for a signature / personal custom model one day (2 participants).",
    "min_language": "Held back by program communications being in French (2 participants).",
    "min_clinics": "Would contribute by teaching clinics / masterclasses (2 participants).",
}

OBJECTIVE_SUPPORT = {
    "Generate referrals of new customers": ["pref_referral"],
    "Improve upcoming models with players' feedback": ["need_early_access"],
    "Collect authentic video and written testimonials": ["pref_video", "pref_reviews"],
    "Increase the brand's visibility on stage and on social media": ["need_visibility"],
    "Grow sales to music schools and conservatoires": [],
}

ANSWERS = {
    "q1": [
        ("T:need_early_access", "en", "early access mostly"),
        ("T:need_early_access", "en", "try new models first"),
        ("T:need_early_access", "en", "prototype testing"),
        ("T:need_early_access", "en", "first dibs on limited runs"),
        ("T:need_early_access", "en", "sneak peeks"),
        ("T:need_visibility", "en", "exposure"),
        ("T:need_visibility", "en", "reposts on your IG"),
        ("T:need_visibility", "en", "shoutouts for my band"),
        ("T:need_visibility", "en", "get my music seen"),
        ("T:need_workshop_visit", "en", "visit the workshop in Mirecourt"),
        ("T:need_workshop_visit", "en", "factory tour!"),
        ("T:need_workshop_visit", "en", "see how they're built"),
        ("T:need_workshop_visit", "en", "meet the luthiers"),
        ("T:need_discount", "en", "discounts"),
        ("T:need_discount", "en", "cheaper setups"),
        ("T:need_discount", "en", "money off strings & accessories"),
        ("T:need_discount", "en", "loyalty pricing"),
        ("M:min_signature_model", "en", "a signature model someday"),
        ("M:min_signature_model", "en", "my own custom spec, signature-style"),
        ("N", "en", "n/a"),
    ],
    "q2": [
        ("T:brake_time", "en", "time"),
        ("T:brake_time", "en", "busy"),
        ("T:brake_time", "en", "touring schedule"),
        ("T:brake_time", "en", "no bandwidth"),
        ("T:brake_time", "en", "day job"),
        ("T:brake_time", "en", "time tbh"),
        ("T:brake_authenticity", "en", "don't want to sound like an ad"),
        ("T:brake_authenticity", "en", "sellout vibes"),
        ("T:brake_authenticity", "en", "Honestly I'd rather not post anything scripted. If it's my own words, fine."),
        ("T:brake_authenticity", "en", "I only recommend what I actually play"),
        ("T:brake_authenticity", "en", "fake influencer feel"),
        ("T:brake_shipping", "en", "customs fees"),
        ("T:brake_shipping", "en", "shipping to the US"),
        ("T:brake_shipping", "en", "import tax on gear"),
        ("M:min_language", "en", "everything's in French"),
        ("M:min_language", "en", "language barrier"),
        ("N", "en", "-"),
        ("N", "en", "idk"),
    ],
    "q3": [
        ("T:pref_video", "en", "demo vids"),
        ("T:pref_video", "en", "reels"),
        ("T:pref_video", "en", "YouTube playthroughs"),
        ("T:pref_video", "en", "short clips"),
        ("T:pref_video", "en", "film a gig"),
        ("T:pref_reviews", "en", "written reviews"),
        ("T:pref_reviews", "en", "forum posts"),
        ("T:pref_reviews", "en", "reviews on gear sites"),
        ("T:pref_reviews", "en", "a proper write-up"),
        ("T:pref_referral", "en", "refer friends"),
        ("T:pref_referral", "en", "send students your way"),
        ("T:pref_referral", "en", "word of mouth at gigs"),
        ("T:pref_community_help", "en", "answer questions in the Discord"),
        ("T:pref_community_help", "en", "help newbies"),
        ("T:pref_community_help", "en", "troubleshooting for other owners"),
        ("M:min_clinics", "en", "clinics"),
        ("M:min_clinics", "en", "teach a masterclass"),
        ("N", "en", "whatever works"),
        ("N", "en", "btw the new sunburst finish is gorgeous"),
    ],
    "q4": [
        ("T:conv_few_hours", "en", "couple hrs a month"),
        ("T:conv_few_hours", "en", "1-2h/month"),
        ("T:conv_few_hours", "en", "an evening a month"),
        ("T:conv_few_hours", "en", "not much, maybe 2h"),
        ("T:conv_few_hours", "en", "few hours monthly"),
        ("T:conv_few_hours", "en", "~3h/mo"),
        ("T:conv_few_hours", "en", "an hour or two"),
        ("T:conv_few_hours", "en", "very little"),
        ("T:conv_variable", "en", "depends on tour dates"),
        ("T:conv_variable", "en", "off-season only"),
        ("T:conv_variable", "en", "varies"),
        ("T:conv_variable", "en", "winter yes, summer no"),
        ("T:conv_variable", "en", "fluctuates a lot"),
        ("N", "en", "?"),
        ("N", "en", "pass"),
    ],
    "q5": [
        ("S:yes", "en", "yes"),
        ("S:yes", "en", "yes obviously"),
        ("S:yes", "en", "only fair"),
        ("S:yes", "en", "sure, % on sales"),
        ("S:yes", "en", "yep"),
        ("S:yes", "en", "a cut would be nice"),
        ("S:yes", "en", "yes, time is money"),
        ("S:yes", "en", "why not, a small %"),
        ("S:no", "en", "no"),
        ("S:no", "en", "no - kills credibility"),
        ("S:no", "en", "nope, then I'm just a salesman"),
        ("S:no", "en", "keep money out of it"),
        ("S:no", "en", "no way"),
        ("S:no", "en", "gifts ok, cash no"),
        ("S:no", "en", "no, feels off"),
        ("S:no", "en", "nah"),
        ("N", "en", "no opinion"),
    ],
}

NOTE = ("Terse online-form answers. '-', 'idk', 'n/a', '?', 'pass', 'whatever works', 'no opinion' and an off-topic "
        "compliment about a finish are noise. Workshop visit and discounts are needs no objective serves; "
        "'music schools and conservatoires' is supported by no answer. The 'no opinion' answer contains the word 'no' "
        "but is not on the 'no' side.")

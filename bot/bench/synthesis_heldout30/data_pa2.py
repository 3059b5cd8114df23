# PA2: English session, 24 participants (Paludia's international ambassadors)
CODE = "PA2"
LANG = "en"
N = 24
N_EN = 24
TITLE = "Paludia JE workshop: international ambassadors (online)"
Q5 = "Should Paludia review ambassadors' posts before they are published?"
OBJECTIVES = [
    "Collect hands-on feedback from experienced hobbyists before each product launch",
    "Increase Paludia's online visibility (social media, forums, review sites)",
    "Build a peer-help community where experienced keepers support beginners",
    "Grow attendance at Paludia's in-store demo days and shows",
    "Generate more customer referrals through ambassadors",
]
SUPPORT = {
    OBJECTIVES[0]: ["pa2_need_early_access", "pa2_pref_cocreation"],
    OBJECTIVES[1]: ["pa2_need_showcase", "pa2_pref_reviews"],
    OBJECTIVES[2]: ["pa2_need_community", "pa2_pref_mentoring"],
    OBJECTIVES[3]: ["pa2_pref_events"],
    OBJECTIVES[4]: [],
}
UNSERVED = ["pa2_need_learning"]
NOTE = ("Flavour negation/contrast: 'Not the swag, more the early access' is early access; "
        "'I'm not after early access, I'm after learning' is learning; concessions ('I get the authenticity "
        "worry, but...') are labelled by the side finally taken. Referrals objective is unsupported; the "
        "learning need (masterclasses, coaching) is served by no objective.")
GROUPS = {
 1: [
  ("theme", "pa2_need_early_access", "Try new products before launch and report back", [
   "Not the swag, more the early access. I'd love to run your new LED units on my tank weeks before they hit the shops.",
   "Getting prototypes to test and reporting back on what works and what doesn't.",
   "Discounts are nice but that's not it for me. Being first in line for new plant cultivars is.",
   "Beta-testing your fertiliser line before release, honestly that's the dream.",
   "I want to be one of the people who gets the new CO2 kit early and tells you where the manual is confusing.",
   "Free stuff doesn't move me. Early access to upcoming hardscape ranges, so I can try them out first, absolutely does.",
  ]),
  ("theme", "pa2_need_learning", "Improve one's own skills: masterclasses and coaching from expert aquascapers", [
   "To get better at this hobby. A masterclass with a pro aquascaper would be worth more to me than any gift card.",
   "I'm not after early access, I'm after learning. Workshops on layout and composition, that sort of thing.",
   "Levelling up my skills. I've plateaued with my scapes and could use some expert coaching.",
   "Training, really. Advanced sessions on plant nutrition and lighting that I can't find on YouTube.",
   "I'd join to learn from people who are far better than me, not to collect points.",
   "Honestly, tutorials and critique of my own layouts from your in-house aquascapers.",
  ]),
  ("theme", "pa2_need_community", "Belonging: meeting and sharing with fellow hobbyists", [
   "Meeting other people who are as obsessed with tiny shrimp as I am. My friends don't get it.",
   "The community side. Testing products is fine, but it's the people I'd stay for.",
   "A sense of belonging. I keep tanks alone in my flat and would like a group to share the hobby with.",
   "Making friends in the hobby, maybe meeting up with them at shows.",
   "Connection with other keepers, more than any perk.",
  ]),
  ("theme", "pa2_need_showcase", "Having one's own tank featured on Paludia's channels", [
   "Seeing my tank featured on Paludia's Instagram would be a huge thrill.",
   "Visibility, if I'm honest. Having my scapes shared on your channels would help me get noticed in contests.",
   "Not the points, not the swag: just a feature of my aquascape on your page now and then.",
  ]),
  ("minority", "pa2_min_discounts", "A discount on fertiliser and substrate refills", [
   "I know it's not very noble, but a discount on my fertiliser subscription is what would get me in.",
   "Money off substrate and fertiliser refills. I go through a lot of them.",
  ]),
  ("noise", [
   "Not sure yet.",
   "Sorry, I joined late, what was the question again?",
  ]),
 ],
 2: [
  ("theme", "pa2_brake_oversolicitation", "Being asked too often (pings, reminders, deadlines)", [
   "Getting pinged every week. I'd stop reading the messages pretty fast.",
   "I'm not worried about the content, I'm worried about the volume of asks.",
   "Too many requests with too little notice.",
   "Constant reminders. One nudge is fine, five is a reason to leave.",
   "Being the one who always says yes and ends up doing everything. I burnt out in a forum mod role before.",
   "Endless emails asking me for reviews.",
   "If it turns into a weekly chore with deadlines, count me out.",
  ]),
  ("theme", "pa2_brake_authenticity", "Fear of looking like a shill; scripted content", [
   "Time isn't the issue. Sounding like a paid shill is.",
   "Being handed scripts to post. People in the hobby can smell that a mile away.",
   "I don't want to lose my credibility by hyping products I wouldn't buy myself.",
   "If I'm expected to only say nice things, I'm out. I need to be able to say when something is mediocre.",
   "Posts that feel like ads. My followers trust me because I'm not sponsored.",
   "Being seen as a brand rep rather than a hobbyist.",
  ]),
  ("theme", "pa2_brake_video", "Uncomfortable on camera", [
   "Video. I freeze up the moment a camera is on me.",
   "Not the workload so much as being asked to film myself talking.",
   "I really don't want to be filmed for YouTube, I'm awkward on camera.",
   "Recording video testimonials, that's a hard no for me.",
   "Camera shyness, plain and simple.",
  ]),
  ("minority", "pa2_min_language", "Not confident writing publicly in English", [
   "English is my third language, so writing public reviews makes me nervous.",
   "I'm not a native speaker and I worry my posts would be full of mistakes.",
  ]),
  ("noise", [
   "Hard to say at this point.",
   "Is the program open to people outside the UK?",
  ]),
 ],
 3: [
  ("theme", "pa2_pref_reviews", "Written reviews and long-form write-ups", [
   "Written reviews. Long, detailed ones, not 30-second clips.",
   "Videos, no thanks. But I'd happily write up a proper review of a light after three months of use.",
   "Blog-style write-ups of my builds, with the products listed.",
   "Honest product reviews on your site and on the forums.",
   "I'm better with words than with a camera, so written testimonials.",
   "Reviews, ideally after I've used something long enough to have an opinion.",
  ]),
  ("theme", "pa2_pref_events", "In-person meetups, shows and store demos", [
   "Video calls, no thanks. Meetups in person, yes.",
   "Helping at store demo days, showing people how to plant a tank.",
   "Running a stand at aquarium shows.",
   "Hosting a local meetup for keepers in my area.",
   "In-person workshops rather than anything online.",
   "Events. I'm happier talking to people face to face than posting.",
  ]),
  ("theme", "pa2_pref_mentoring", "Helping beginners online (Discord, forums)", [
   "Answering newbies on the Discord. That's what I already do on Reddit anyway.",
   "Not events, I live too far from everything. Helping beginners online, though, sure.",
   "Mentoring a couple of new hobbyists through their first tank over chat.",
   "Jumping into the help channel when someone's tank is crashing.",
   "Troubleshooting online for people who are just starting out.",
   "Being the person who explains the nitrogen cycle in the forum for the hundredth time, patiently.",
  ]),
  ("theme", "pa2_pref_cocreation", "Co-designing upcoming products with the team", [
   "Sitting in on product design sessions. I've got opinions on how filter inflows should work.",
   "Co-creation: helping shape new products before they're locked in.",
   "Rather than posting, I'd like to give input on upcoming kits while they're still being designed.",
   "Joining an advisory panel for new product ideas.",
  ]),
 ],
 4: [
  ("theme", "pa2_time_monthly", "A couple of hours a month", [
   "A couple of hours a month.",
   "Maybe two or three hours monthly.",
   "Not weekly. An afternoon a month at most.",
   "Around two hours a month, give or take.",
   "I could set aside a few hours each month.",
   "One evening a month, realistically.",
   "Two hours a month, no more.",
   "A Saturday morning once a month.",
  ]),
  ("theme", "pa2_time_weekly_short", "Short bits of time every week", [
   "Fifteen minutes here and there, most weeks.",
   "Half an hour a week, in small chunks.",
   "A little every week rather than a big block once a month.",
   "Short sessions during my lunch break, a couple of times a week.",
   "Twenty minutes a week or so.",
   "Little and often: maybe thirty minutes weekly.",
   "A few minutes most evenings, while the tank lights are on.",
  ]),
  ("theme", "pa2_time_seasonal", "Only at certain times (shows, launches, off-season)", [
   "Only around the big shows, nothing regular.",
   "Depends on the season. Winter, plenty; summer, very little.",
   "Occasionally, when there's an event near me.",
   "Not a fixed amount. Bursts around launches and contests, then nothing for weeks.",
   "Mostly in the off-season, when work is quieter.",
   "A few days a year around exhibitions.",
  ]),
  ("noise", [
   "No idea yet.",
  ]),
 ],
 5: [
  ("side", "pa2_opp_post_review", "Should Paludia review posts before publication", "Yes, review posts first", [
   "Yes. I get the authenticity worry, but a quick check avoids someone posting wrong dosing advice.",
   "I'd rather have it reviewed. If I get a spec wrong, it's on your brand too.",
   "Yes, a light review makes sense.",
   "Reluctantly yes. Freedom is nice, but one bad post can do real damage.",
   "Review them. Mistakes about fish health aren't harmless.",
   "Yes, as long as it's fast.",
   "I'd actually feel safer knowing someone checked my post first.",
   "A review step, yes. Not to change my opinion, just to catch errors.",
   "Yes. Some of us are new to this and could say something daft.",
   "Pre-approval is fine by me.",
  ]),
  ("side", "pa2_opp_post_review", "Should Paludia review posts before publication", "No, let ambassadors post freely", [
   "No. I understand why you'd want to, but it would kill the authenticity.",
   "Absolutely not. If my posts need approval, I'm not an ambassador, I'm staff.",
   "No review, please. Trust us.",
   "I see the risk of errors, but no: let people post freely and correct afterwards if needed.",
   "No. Approval queues would slow everything down.",
   "Nope. Readers can tell when something has been vetted by marketing.",
   "Let us post what we want. That's the whole point.",
   "No, I'd rather be free to say what I think, even if it's not polished.",
   "No pre-approval. A code of conduct is enough.",
   "Free posting. Checking every post is micromanagement.",
  ]),
  ("minority", "pa2_min_peer_review", "Peer review by experienced ambassadors rather than by the company", [
   "Neither: have experienced ambassadors check each other's posts, not Paludia's marketing team.",
   "Peer review among ambassadors rather than approval from the company.",
  ]),
  ("noise", [
   "Don't mind either way.",
  ]),
 ],
}

"""Phrase banks for synthetic demo notes: plain language, no real people, no numbers.

Notes are composed from these parts, in English, Hinglish (Hindi in Latin letters mixed
with English) and Hindi (Devanagari), the way volunteers in a Delhi group write them.
Everything here is invented. Phone numbers never appear.
"""

from __future__ import annotations

import unicodedata

FIRST_NAMES = (
    "Aarti", "Abhishek", "Aditi", "Akash", "Amrita", "Anil", "Anjali", "Ankit", "Anusha",
    "Arjun", "Asha", "Ayesha", "Bhavna", "Chetan", "Deepa", "Devika", "Dinesh", "Divya",
    "Farhan", "Gaurav", "Geeta", "Gurpreet", "Harish", "Ishaan", "Isha", "Jaspreet",
    "Kabir", "Kavita", "Kiran", "Lakshmi", "Manish", "Meera", "Mohit", "Nandini", "Naveen",
    "Neha", "Nikhil", "Nisha", "Pallavi", "Pooja", "Pradeep", "Priya", "Rahul", "Rajesh",
    "Ravi", "Rekha", "Ritu", "Rohan", "Ruchi", "Sahil", "Sameer", "Sana", "Sandeep",
    "Sanjana", "Shalini", "Shreya", "Simran", "Sneha", "Sonia", "Sunil", "Suresh",
    "Swati", "Tanvi", "Tarun", "Uma", "Varun", "Vikram", "Vinod", "Yash", "Zoya",
    "Farida", "Imran", "Joseph", "Mary", "Tenzin", "Lalit", "Komal", "Heena", "Aman",
)
INITIALS = "ABCDGJKMNPRSTV"

THEMES = (
    "exam stress", "family conflict", "loneliness", "job loss", "grief", "relationship",
    "sleep", "anxiety", "work pressure", "money worries", "health worries",
    "identity and belonging",
)

_THEME_LINES: dict[str, dict[str, tuple[str, ...]]] = {
    "exam stress": {
        "en": (
            "Talked about board exams coming up and feeling that everyone expects top marks.",
            "Said studying all night but nothing stays in the head; scared of letting parents "
            "down.",
            "Compared self with cousins who got into engineering colleges; feels behind.",
            "Entrance exam result is due soon and the waiting is the hardest part.",
        ),
        "hinglish": (
            "Exams ka bahut pressure hai, ghar pe sab marks ke baare mein hi puchte hain.",
            "Padhai mein mann nahi lag raha, bola ki sab bhool jaata hai.",
        ),
        "hi": (
            "परीक्षा का बहुत दबाव है, घर पर सब सिर्फ़ नंबरों की बात करते हैं।",
            "पढ़ाई में मन नहीं लग रहा, डर है कि माता-पिता नाराज़ होंगे।",
        ),
    },
    "family conflict": {
        "en": (
            "Arguments at home about marriage plans; feels not listened to.",
            "Tension with in-laws again this week; spends most evenings alone in the room.",
            "Father's drinking is causing fights at home; worried about younger sister.",
            "Family does not accept the choice of studies; long silences at dinner.",
        ),
        "hinglish": (
            "Ghar pe roz jhagda hota hai, mummy-papa baat hi nahi sunte.",
            "Sasural mein tension chal rahi hai, apni baat kehne ka mauka nahi milta.",
        ),
        "hi": (
            "घर में रोज़ झगड़ा होता है, कोई बात नहीं सुनता।",
            "शादी की बात को लेकर परिवार से तनाव चल रहा है।",
        ),
    },
    "loneliness": {
        "en": (
            "Moved to Delhi for work six months ago and has nobody to talk to in the evenings.",
            "Friends have moved on after college; weekends feel very long.",
            "Lives alone since the children went abroad; the house feels empty.",
        ),
        "hinglish": (
            "Dilli mein koi dost nahi hai, shaam ko bahut akela lagta hai.",
            "Hostel mein sab apne group mein rehte hain, khud ko bahar ka mehsoos hota hai.",
        ),
        "hi": (
            "दिल्ली में कोई दोस्त नहीं है, शाम को बहुत अकेलापन लगता है।",
            "बच्चे बाहर चले गए हैं, घर ख़ाली-ख़ाली लगता है।",
        ),
    },
    "job loss": {
        "en": (
            "Lost the job at the call centre last month; has not told the family yet.",
            "Shop closed down and savings are running out; feels ashamed to ask for help.",
            "Contract was not renewed; applying everywhere but no replies.",
        ),
        "hinglish": (
            "Naukri chali gayi, ghar pe abhi tak bataya nahi hai.",
            "Interview ke baad koi reply nahi aata, confidence gir raha hai.",
        ),
        "hi": (
            "नौकरी चली गई है, घर वालों को अभी तक नहीं बताया।",
            "बचत ख़त्म हो रही है और मदद माँगने में शर्म आती है।",
        ),
    },
    "grief": {
        "en": (
            "Grandmother passed away in the winter; still sets out her cup in the morning.",
            "It is one year since the brother's accident; the date is coming up.",
            "Could not go home for the father's last rites and feels guilty about it.",
        ),
        "hinglish": (
            "Nani ke jaane ke baad se mann bahut bhaari rehta hai.",
            "Papa ki barsi aa rahi hai, purani yaadein bahut aa rahi hain.",
        ),
        "hi": (
            "नानी के जाने के बाद से मन बहुत भारी रहता है।",
            "भाई की बरसी आ रही है, पुरानी यादें बहुत आती हैं।",
        ),
    },
    "relationship": {
        "en": (
            "Break-up after four years; keeps checking the other person's status online.",
            "Partner gets angry about phone use; unsure whether this is normal.",
            "Wants to tell family about the relationship but fears their reaction.",
        ),
        "hinglish": (
            "Breakup ke baad se kuch accha nahi lag raha, bas phone dekhte rehte hain.",
            "Partner har baat pe shak karta hai, samajh nahi aata kya karein.",
        ),
        "hi": (
            "रिश्ता टूटने के बाद से कुछ अच्छा नहीं लग रहा।",
            "घरवालों को अपने रिश्ते के बारे में बताने से डर लगता है।",
        ),
    },
    "sleep": {
        "en": (
            "Sleeping three or four hours; lies awake going over the day.",
            "Sleeps most of the afternoon and then cannot sleep at night.",
            "Night shifts have mixed up sleep completely; feels tired all the time.",
        ),
        "hinglish": (
            "Raat ko neend nahi aati, phone chalate chalate subah ho jaati hai.",
            "Din mein bahut sote hain aur raat bhar jaagte hain.",
        ),
        "hi": (
            "रात को नींद नहीं आती, बस करवटें बदलते रहते हैं।",
            "दिन में बहुत थकान रहती है।",
        ),
    },
    "anxiety": {
        "en": (
            "Heart races before going to the office; had to get off the metro twice.",
            "Worries about everything going wrong; checks the door lock many times.",
            "Feels tense in crowds and has stopped going to the market.",
        ),
        "hinglish": (
            "Metro mein ghabrahat hoti hai, beech mein utarna padta hai.",
            "Har cheez ki tension rehti hai, dil tez dhadakta hai.",
        ),
        "hi": (
            "भीड़ में घबराहट होती है, दिल तेज़ धड़कने लगता है।",
            "हर बात की चिंता लगी रहती है।",
        ),
    },
    "work pressure": {
        "en": (
            "Manager sends messages late at night; feels unable to switch off.",
            "Targets keep going up; has not taken a day off in months.",
        ),
        "hinglish": (
            "Office mein target ka bahut pressure hai, chhutti bhi nahi milti.",
            "Boss raat ko bhi message karta hai, dimaag shant nahi hota.",
        ),
        "hi": (
            "दफ़्तर में काम का बहुत दबाव है, छुट्टी भी नहीं मिलती।",
        ),
    },
    "money worries": {
        "en": (
            "Loan repayments are due and the salary is late again.",
            "Sends most of the salary home; little left for rent and food.",
        ),
        "hinglish": (
            "Kiraaya dena hai aur paise khatam ho gaye hain.",
            "Loan ki EMI ki tension se neend nahi aati.",
        ),
        "hi": (
            "किराया देना है और पैसे ख़त्म हो गए हैं।",
        ),
    },
    "health worries": {
        "en": (
            "Waiting for test results and cannot stop thinking about them.",
            "Long-standing back pain is making it hard to work and to be patient at home.",
        ),
        "hinglish": (
            "Report ka wait kar rahe hain, bahut tension hai.",
        ),
        "hi": (
            "जाँच की रिपोर्ट का इंतज़ार है, बहुत चिंता हो रही है।",
        ),
    },
    "identity and belonging": {
        "en": (
            "Feels they have to hide who they are at home and at college.",
            "Wondering where they fit in after moving between cities so often.",
        ),
        "hinglish": (
            "Ghar pe apne baare mein khul ke baat nahi kar sakte.",
        ),
        "hi": (
            "घर पर अपने बारे में खुलकर बात नहीं कर पाते।",
        ),
    },
}

_OPENERS = {
    "en": (
        "Checked in on how the week went.", "Started by asking how they are feeling today.",
        "They called a little late and apologised; said it had been a long day.",
        "Picked up from last time.", "Came in person to the community hall.",
        "Short call; they were on the way home.",
    ),
    "hinglish": (
        "Shuru mein poocha ki hafta kaisa gaya.", "Aaj thoda late call kiya, din lamba tha.",
        "Pichli baar ki baat se shuru kiya.",
    ),
    "hi": (
        "शुरुआत में पूछा कि हफ़्ता कैसा रहा।", "पिछली बार की बात से शुरू किया।",
    ),
}
_RESPONSES = {
    "en": (
        "Listened mostly; they said it helped to say it out loud.",
        "We talked about what has helped before: walking in the park, calling an old friend.",
        "They named one thing they can control this week.",
        "Cried for a while, then said they felt lighter.",
        "Reflected back how much they are carrying; they agreed.",
        "They were quieter than usual today; did not push.",
    ),
    "hinglish": (
        "Zyada tar suna; bola ki baat karke halka laga.",
        "Pehle kya kaam aaya tha uski baat ki: subah walk, purane dost se baat.",
        "Aaj thode chup the, zyada force nahi kiya.",
    ),
    "hi": (
        "ज़्यादातर सुना; बोले कि बात करके हल्का लगा।",
        "पहले क्या मदद करता था, उसकी बात की: सुबह की सैर, पुराने दोस्त से बात।",
    ),
}
_STRENGTHS = {
    "en": (
        "Strength: keeps showing up even on hard days.",
        "Still going to work every day, which they are proud of.",
        "Has a cousin they trust and might talk to.",
        "Uses music to calm down; said an old Rafi song helps.",
        "",
        "",
    ),
    "hinglish": (
        "Achhi baat: mushkil din mein bhi baat karne aaye.",
        "Ek cousin hai jis pe bharosa hai.",
        "",
    ),
    "hi": (
        "अच्छी बात: मुश्किल दिन में भी बात करने आए।",
        "",
    ),
}
NEXT_STEPS = {
    "en": (
        "Try a fixed bedtime for a week and note how it goes.",
        "Write down three worries before sleeping and leave them for the morning.",
        "Call the cousin this weekend.", "Short walk after dinner, three days this week.",
        "Look at the list of job fairs together next time.",
        "Check in again next week, same time.", "Make a study timetable with breaks.",
        "Think about whether to tell the family; no pressure to decide.",
        "",
    ),
    "hinglish": (
        "Ek hafte tak time pe sone ki koshish karenge.",
        "Weekend pe cousin ko call karna.", "Agle hafte phir baat karenge, isi time.",
        "",
    ),
    "hi": (
        "एक हफ़्ते तक समय पर सोने की कोशिश करेंगे।", "अगले हफ़्ते फिर बात करेंगे।", "",
    ),
}

WENT_WELL = (
    "Let them lead and did not rush to fix things.",
    "Stayed calm when they cried; silence was okay.",
    "Remembered details from last time; they noticed and said thanks.",
    "Asked open questions instead of giving advice.",
    "Agreed a small, realistic next step together.",
    "Baat dhyan se suni, beech mein nahi toka.",
    "शांति से सुना और जल्दबाज़ी नहीं की।",
    "",
)
WAS_HARD = (
    "Did not know what to say when they talked about their father.",
    "Felt their sadness stayed with me after the call.",
    "They wanted me to tell them what to do; hard not to.",
    "They messaged again late at night; unsure how to handle it.",
    "They asked to meet outside the group; said I would think about it.",
    "Mention of not wanting to wake up worried me.",
    "Jab unhone bataya ki ghar chhodna chahte hain, samajh nahi aaya kya bolun.",
    "जब उन्होंने अकेलेपन की बात की, तो मैं भी भावुक हो गया।",
    "",
)
SUGGESTIONS = (
    "Suggested a regular bedtime and putting the phone away an hour before.",
    "Suggested talking to the cousin they trust.",
    "Suggested the group's Sunday walk.",
    "Suggested writing worries down before sleeping.",
    "Suggested breaking study time into short blocks.",
    "",
)

SUPERVISION_DISCUSSION = (
    "Went through recent sessions and the reflections flagged for supervision.",
    "Talked about holding boundaries when advisees message late at night.",
    "Discussed how to respond when someone mentions not wanting to live, and when to "
    "escalate.",
    "Reviewed caseload; two advisees have not been in touch for over a month.",
    "Talked about the advisor's own tiredness and taking a week off.",
    "Discussed an advisee relying heavily on one advisor and planning a gentle ending.",
    "Role-played an opening for a hard conversation with family.",
)
SHARED_SUMMARY = (
    "Good listening; keep agreeing small next steps.",
    "Remember the crisis plan and call the supervisor any time it is needed.",
    "Keep contact within agreed hours; it protects you both.",
    "Take care of yourself too; the Sunday debrief is there for you.",
    "You handled a difficult call well. Let's look at ending plans next time.",
)
TRAINING_NEEDS = (
    "Refresher on safety planning.", "Module on grief and loss.",
    "Practice on setting boundaries kindly.", "Basics of safeguarding and reporting.", "", "",
)
ACTIONS = (
    "Read the group's guide on safety plans.", "Review the agreement with the advisee.",
    "Book a joint session with the coordinator.", "Attend the next group debrief.",
    "Update the referral list with a verified local service.",
)

ESCALATION_DESCRIPTIONS = {
    "self_harm_or_suicidal": (
        "Said they sometimes feel it would be easier not to wake up.",
        "Mentioned thoughts of hurting themselves after the argument at home.",
        "Talked about having no reason to go on since losing the job.",
    ),
    "harm_to_others": (
        "Very angry about the neighbour and said they might do something.",
    ),
    "abuse_safeguarding": (
        "Described being hit at home; younger sibling may also be at risk.",
        "Spoke about being pressured for money and threatened by a relative.",
    ),
    "medical": (
        "Has not eaten properly for several days and feels faint.",
        "Stopped prescribed medicine suddenly and feels unwell.",
    ),
    "other": (
        "Has nowhere to stay after this week.",
    ),
}
IMMEDIATE_ACTIONS = (
    "Stayed on the call, talked through the crisis plan and agreed to check in tomorrow.",
    "Asked about immediate safety; they agreed to stay with a trusted friend tonight.",
    "Informed the supervisor straight away, as agreed in the crisis plan.",
    "Shared the placeholder list of helplines and advised contacting emergency services "
    "if in danger.",
    "",
)
EVENT_NOTES = (
    "Spoke with the advisee; they are safer today.",
    "Supervisor and advisor discussed next steps.",
    "Trusted contact confirmed they are staying with the advisee.",
    "Advisee attended the clinic appointment.",
    "Follow-up call done; mood a little better.",
    "No answer today; will try again tomorrow.",
)
DISCLOSURES = (
    ("Trusted contact (elder sister)", "family", "That the advisee is going through a very "
     "hard time and should not be alone tonight.", "Immediate safety; agreed in the crisis "
     "plan.", True),
    ("Duty doctor", "local clinic", "Current risk and recent change in medicine.",
     "Medical assessment was needed.", True),
    ("Emergency services", "emergency services", "Location and immediate risk.",
     "Risk to life; the advisee could not be reached.", False),
    ("Counsellor", "college counselling service", "Exam stress and low mood over months.",
     "Referral for ongoing support; advisee asked for it.", True),
)
REFERRAL_PLACEHOLDERS = (
    ("DEMO placeholder: mental-health helpline (unverified)", "helpline"),
    ("DEMO placeholder: community clinic (unverified)", "clinic"),
    ("DEMO placeholder: emergency services (unverified)", "emergency"),
    ("DEMO placeholder: college counselling service (unverified)", "other"),
)
REFERRAL_NOTE = (
    "Placeholder made by the demo generator. Not a real service and no phone number: "
    "find, verify and enter a real local resource before anyone relies on it."
)
ADVISEE_CONTACT = (
    "", "", "", "prefers chat after 6 pm", "call only on weekdays", "reach via the "
    "coordinator", "email on file with the coordinator",
)
BREACH_NOTES = (
    "Messaged the advisor on social media; reminded them of the agreement.",
    "Offered the advisor a gift for Diwali; politely declined and explained why.",
    "Call ran late into the night; agreed to keep to the hours.",
    "Asked to meet outside the group setting.",
)
FREE_TEXT = (
    "", "", "Sessions are by phone unless both agree to meet at the community hall.",
    "If a session is missed, the advisor sends one message and waits.",
)


def _nfc(value: object) -> object:
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, tuple):
        return tuple(_nfc(v) for v in value)
    if isinstance(value, dict):
        return {k: _nfc(v) for k, v in value.items()}
    return value


THEME_LINES: dict[str, dict[str, tuple[str, ...]]] = _nfc(_THEME_LINES)  # type: ignore[assignment]
OPENERS: dict[str, tuple[str, ...]] = _nfc(_OPENERS)  # type: ignore[assignment]
RESPONSES: dict[str, tuple[str, ...]] = _nfc(_RESPONSES)  # type: ignore[assignment]
STRENGTHS: dict[str, tuple[str, ...]] = _nfc(_STRENGTHS)  # type: ignore[assignment]
NEXT_STEPS = _nfc(NEXT_STEPS)  # type: ignore[assignment]
WENT_WELL = _nfc(WENT_WELL)  # type: ignore[assignment]
WAS_HARD = _nfc(WAS_HARD)  # type: ignore[assignment]

"""Generated forum-style posts with every identifier and medical term labelled.

Faker fills forum-style templates with names, towns, streets, postcodes and phone numbers from
twenty locales (cased scripts: a text in a script without capitals is held by the gate anyway),
with e-mails, dates, ages over 89, record numbers, links and handles; medical slots take
conditions and drugs, eponyms among them. About one post in seven is typed all in lowercase, as
forum posts often are. Seeded, so every run builds the same posts.

The templates come in two halves: the gate may be tuned on posts from the even-numbered ones,
while the odd-numbered ones are a held-out set whose misses are never printed, so that its figure
estimates text the rules were not written against.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

LOCALES = ["en_GB"] * 4 + ["en_US"] * 4 + ["en_IE", "en_AU", "en_CA", "en_IN", "en_NZ", "fr_FR", "de_DE", "es_ES",
                                           "it_IT", "nl_NL", "pl_PL", "pt_BR", "sv_SE", "da_DK", "no_NO", "fi_FI",
                                           "tr_TR", "cs_CZ", "hu_HU", "ro_RO"]

CONDITIONS = ["Crohn's disease", "multiple sclerosis", "type 2 diabetes", "Parkinson's", "lupus",
              "rheumatoid arthritis", "COPD", "endometriosis", "Graves' disease", "Hashimoto's", "Bell's palsy",
              "fibromyalgia", "Addison's disease", "coeliac disease", "ulcerative colitis", "Sjögren's syndrome",
              "Raynaud's", "Ménière's disease", "psoriasis", "epilepsy", "heart failure", "atrial fibrillation",
              "Huntington's disease", "Alzheimer's", "Down syndrome", "Tourette syndrome", "Guillain-Barré syndrome",
              "Cushing's syndrome", "Hodgkin lymphoma", "Barrett's oesophagus", "sickle cell disease", "POTS",
              "ME/CFS", "long COVID", "sarcoidosis", "gout", "migraine", "IBS", "psoriatic arthritis", "MND"]
DRUGS = ["metformin", "Humira", "adalimumab", "levothyroxine", "prednisolone", "methotrexate", "sertraline",
         "warfarin", "apixaban", "insulin glargine", "Ozempic", "gabapentin", "amitriptyline", "mesalazine",
         "hydroxychloroquine", "Creon", "salbutamol", "Ventolin", "omeprazole", "lamotrigine", "Keppra", "Enbrel",
         "tamoxifen", "Lyrica", "propranolol", "Stelara", "infliximab", "azathioprine", "fludrocortisone", "Mounjaro"]
TITLES = ["Dr", "Dr.", "Mr", "Mrs", "Ms", "Prof", "Nurse", "Doctor"]

#: {slot}: first, last, full (first and last), city, address, postcode, phone, email, dob, date,
#: age (over 89), mrn, nhs, url, handle, ip; title (not an identifier); cond, drug (medical).
#: A digit after a slot's name makes another value of it ({first2}).
TEMPLATES = [
    "My husband {first} has had {cond} for years and {drug} finally helps.",
    "Thanks {first}, that made my day. {cond} is hard but you lot help.",
    "{full} from the {cond} group is organising the walk, message her on {phone}.",
    "{title} {last} at the clinic switched me to {drug}.",
    "We live at {address}, {city} {postcode}, if anyone nearby wants to meet up.",
    "Born {dob}, diagnosed with {cond} last spring.",
    "Mum is {age} and still on {drug}, amazing really.",
    "Email me at {email} and I'll send the {cond} diary.",
    "My MRN is {mrn} in case the ward asks.",
    "I'm {first} {last}, new here, {cond} since 2019.",
    "Anyone near {city}? Looking for a {cond} support group.",
    "{first} and {first2} came to visit after my {drug} infusion.",
    "Follow {handle} for {cond} tips and pictures of my dog.",
    "My appointment with {title} {last} is on {date}.",
    "Grandad turned {age} on {date} and is doing well on {drug}.",
    "Post it to {address}, {city}, {postcode}. Thanks, {first}",
    "Ring {first} on {phone} about the {cond} coffee morning.",
    "Our son {first} started {drug} for his {cond}.",
    "{first} {last} ({email}) runs the {cond} forum now.",
    "The consultant, {title} {full}, said my {cond} is under control.",
    "Hugs to {first}, {first2} and {first3}, thinking of you all.",
    "My NHS number is {nhs}, do I need it for the {cond} referral?",
    "I moved from {city} to {city2} to be near the {cond} specialist.",
    "My daughter {first} was diagnosed with {cond} on {date}.",
    "Love to all of you. {first} x",
    "Check my page {url} for updates on {first}'s {cond}.",
    "{title} {last} and {title2} {last2} both suggested {drug}.",
    "My partner {first} drives me to the {cond} clinic in {city}.",
    "My address:\n{address}\n{city}\n{postcode}",
    "Contact {full} at {phone} or {email} for the {cond} leaflets.",
    "Logged in from {ip} and the forum blocked me, anyone else?",
    "{first} said {drug} made her {cond} worse.",
    "Does anyone know {full}? She had {cond} too and lives in {city}.",
    "{full}\n{address}\n{city} {postcode}\n{phone}",
    "Happy birthday {first}! {age} today and still fighting {cond}.",
    "I saw {title} {last} in {city} on {date} and my {drug} went up.",
    "Well done {first}, you smashed the {cond} 5k!",
    "My neighbour {full} found me after the {cond} attack.",
    "Meet at {address} at 11, ask for {first}.",
    "I'm {age} years old, on {drug} for {cond}.",
]
#: A second tuning group (half 2), written later than the two halves above, in other contexts:
#: names as subjects and objects, possessives, places as adjectives, numbers inside sentences.
EXTRA_TEMPLATES = [
    "{first} picked me up from the {cond} clinic and we had tea.",
    "Went round to {first}'s house after my {drug} injection.",
    "The {city} group meets monthly, {first} {last} hosts it.",
    "Sat next to {full} in the waiting room, lovely chat about {cond}.",
    "Can someone pass this on to {first}? Her number was {phone}.",
    "My carer {first} {last} is off sick so {drug} is late today.",
    "We drove down to {city} to see {title} {last} about the {cond}.",
    "{first} {last} and I both have {cond}, we met on here!",
    "Shout out to {first} at the {city} pharmacy for sorting my {drug}.",
    "Reply from {title} {full}: keep taking the {drug}.",
    "I'm {first}, {city} born and bred, {cond} since my teens.",
    "Big thanks to {full} for the lift on {date}.",
    "New address is {address}, {postcode} {city} if you want to send cards.",
    "Tried to phone {phone} but no answer, is the {cond} line still open?",
    "{first}: has anyone tried {drug}? {first2}: yes, it helped my {cond}.",
    "Our {cond} walk starts at {address} in {city}, all welcome.",
    "Dad ({age}) is in the {city} hospice now, {drug} for the pain.",
    "Message from {first} {last}: the {cond} meeting is cancelled.",
    "Had my scan with {first} the sonographer, she was brilliant.",
    "Anyone else under {title} {last} at {city} General for {cond}?",
    "I used to live on {address} before the {cond} got bad.",
    "Sending love to {first} whose mum passed on {date}.",
    "Got a letter for {full}, DOB {dob}, at my address by mistake!",
    "My wife and I ({first} and {first2}) run the {city} {cond} cafe.",
    "{city} to {city2} is a long way with {cond}, any tips?",
    "Ask {first} about the {drug} trial, she's in {city}.",
]
#: A third tuning group (half 3), written on 2026-11-25 from how members write, before its first run.
THIRD_TEMPLATES = [
    "Does anyone know if {first} is ok? Haven't seen her post since the {cond} flare.",
    "{first} you star, the {drug} tip worked!!",
    "hi all, {first} here from {city}, newly diagnosed with {cond}",
    "My consultant is {title} {last}, very thorough, started me on {drug}.",
    "Me and {first} are doing the {city} 10k for the {cond} charity.",
    "Congrats {first} on the clear scan, so pleased for you and {first2}.",
    "RIP {full}, the {cond} group won't be the same without her.",
    "My little boy {first} is 4, {cond} diagnosed at 2, {title} {last} is his doctor.",
    "Lost my {drug} prescription at {city} station, if found ring {phone}.",
    "Has {title} {last} retired? The {city} clinic letter was signed by someone else.",
    "We are at {address} now, the bungalow with the ramp, {postcode}.",
    "Appointment moved to {date} at {city} Royal, {cond} review.",
    "{first} {last} (my sister) has {cond} too, runs in the family.",
    "Mum's {age} next week and on {drug}, any tips for the birthday with {cond}?",
    "Can't make {date}, sorry {first}. {cond} is bad today.",
    "Who's going to the {city} meet? {first}, {first2} and me so far.",
    "Dear {first}, thank you for the card, the {drug} is helping.",
    "Went to {city} for my {cond} op, {title} {last} was lovely.",
    "My email changed, it's {email} now, {first}.",
    "Any {cond} folk in {city} or near {postcode}?",
    "Her handle on Instagram is {handle}, she posts {drug} updates.",
    "Grandma {first} turned {age} and still does her own {drug} injections.",
    "I was born on {dob} in {city}, {cond} since childhood.",
    "{first}'s husband {first2} drove us home from the {cond} clinic.",
    "Ward 3 at {city} General, ask for {title} {last}, she knows {cond}.",
    "Moved from {city} to {city2} and my {drug} prescription got lost.",
    "cheers {first}, will try {drug} and report back",
    "{full} and {full2} both spoke at the {cond} day, recordings to follow.",
]
_IDENTIFIER_SLOTS = {"first", "last", "full", "city", "address", "postcode", "phone", "email", "dob", "date", "age",
                     "mrn", "nhs", "url", "handle", "ip"}
_DATE_FORMATS = ["%d %B %Y", "%d/%m/%Y", "%B %d, %Y", "%Y-%m-%d", "%d.%m.%Y", "%d %b", "%B %d"]


@dataclass
class Sample:
    text: str
    identifiers: list[tuple[int, int]]
    medical: list[tuple[int, int]]
    kinds: list[str] = field(default_factory=list)  # each identifier's slot ("first", "city", ...)


def _fillers(f: Any, rng: random.Random) -> dict[str, Callable[[], str]]:
    def date() -> str:
        return f.date_between(start_date="-3y", end_date="+1y").strftime(rng.choice(_DATE_FORMATS))

    def dob() -> str:
        return f.date_of_birth(minimum_age=18, maximum_age=89).strftime(rng.choice(_DATE_FORMATS[:6]))

    return {
        "first": lambda: f.first_name(),
        "last": lambda: f.last_name(),
        "full": lambda: f"{f.first_name()} {f.last_name()}",
        "city": lambda: f.city(),
        "address": lambda: " ".join(f.street_address().split()),
        "postcode": lambda: f.postcode(),
        "phone": lambda: f.phone_number(),
        "email": lambda: f.free_email() if rng.random() < 0.5 else f.email(),
        "dob": dob,
        "date": date,
        "age": lambda: str(rng.randint(90, 104)),
        "mrn": lambda: f.bothify("??#######").upper(),
        "nhs": lambda: f.numerify("### ### ####"),
        "url": lambda: f"{rng.choice(['facebook.com', 'instagram.com', 'www.facebook.com'])}/{f.user_name()}",
        "handle": lambda: "@" + f.user_name(),
        "ip": lambda: f.ipv4_public(),
        "title": lambda: rng.choice(TITLES),
        "cond": lambda: rng.choice(CONDITIONS),
        "drug": lambda: rng.choice(DRUGS),
    }


def generate(half: int, count: int, seed: int = 2026) -> list[Sample]:
    """``count`` posts from the even-numbered (half 0) or odd-numbered (half 1) templates, or
    from the second (half 2) or third (half 3) tuning group."""
    from faker import Faker

    rng = random.Random(seed + half)
    templates = {2: EXTRA_TEMPLATES, 3: THIRD_TEMPLATES}.get(half) or TEMPLATES[half::2]
    fakers: dict[str, Any] = {}
    samples = []
    for index in range(count):
        locale = rng.choice(LOCALES)
        if locale not in fakers:
            fakers[locale] = Faker(locale)
            for provider in fakers[locale].get_providers():
                if isinstance(getattr(provider, "cities", None), list):
                    provider.cities = sorted(provider.cities)  # it_IT builds it from a set: hash order
            fakers[locale].seed_instance(seed + half + len(fakers))
        fill = _fillers(fakers[locale], rng)
        text, identifiers, medical, kinds, position = "", [], [], [], 0
        template = templates[index % len(templates)]
        for match in re.finditer(r"\{([a-z]+)\d?\}", template):
            text += template[position:match.start()]
            slot = match.group(1)
            value = fill[slot]()
            span = (len(text), len(text) + len(value))
            if slot in _IDENTIFIER_SLOTS:
                identifiers.append(span)
                kinds.append(slot)
            elif slot in ("cond", "drug"):
                medical.append(span)
            text += value
            position = match.end()
        text += template[position:]
        if rng.random() < 0.15 and len(text.lower()) == len(text):
            text = text.lower()  # same length, so the spans still hold
        samples.append(Sample(text, identifiers, medical, kinds))
    return samples

"""Growing findings to the whole identifier they are part of.

Recognizers find a piece: a surname, a street, a town. What sits beside it is often the rest of
the same identifier, and a piece left behind still identifies ("Villafranca [place] del [place]",
"[address], 18237"). So, repeated until nothing changes:

- a house number, flat number or postcode beside a name or place makes it an address;
- an address takes in the tokens around it that look like address parts (numbers, capitalised
  words, street words in any language, words no English list knows), up to where prose resumes;
- a name takes in its initials, particles and other half ("emidio p [name]", "[name] ten Pas");
- names listed with a found name are names too ("[name], Adams and Brown");
- a run of words in capitals beside a found one is the same name ("UPTON [name]");
- findings separated only by a particle, an initial or an address comma become one.

Spans are ``(start, end, kind)`` with a placeholder kind ("name", "address", ...).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from generator.privacy import language, recognizers, vocabulary

Span = tuple[int, int, str]
IsMedical = Callable[[str], bool]

#: Which kind names a merged span: the most specific one in it.
_KIND_ORDER = ["email", "url", "handle", "id", "account", "ip", "device", "date", "address", "phone", "postcode",
               "age", "name", "place"]
_RANK = {kind: index for index, kind in enumerate(_KIND_ORDER)}
_PLACE_KINDS = frozenset({"name", "place", "address", "postcode"})
#: The words of a hospital's name after its town, capitalised ("[place] General Infirmary"), and a venue's kind in
#: lowercase after its town's name ("the group at [place] library").
_HOSPITAL_AFTER = re.compile(r"(?:[ \t]+(?:Memorial|General|Royal|Infirmary|University|Teaching|Hospitals?|Medical|"
                             r"Centre|Center|Clinic|Children['’]s|Women['’]s|Regional|District|Community|Hospice|Cancer|"
                             r"Institute|Health|Specialist|Eye|Heart|Dental|Maternity|Rehabilitation|Rehab|Ward|ward|Wing|wing|"
                             r"hospital|infirmary|hospice|library|church|mosque|gurdwara|synagogue|Village|village|Site|site|Campus|"
                             r"campus|Villa|villa|Barracks|barracks|Surgery|Practice|health[ \t]+(?:campus|centre|center|service|clinic))\b)+")
_OF_NAME_AFTER = re.compile(rf"[ \t]+of[ \t]+(?:the[ \t]+)?({recognizers.UPPER}[\w'’.-]*(?:[ \t]+{recognizers.UPPER}[\w'’.-]*){{0,2}})")
#: What makes a name an institution's: "Rose Medical", "Lister Hospital", "Mayo Clinic".
#: "[place] School for Girls", "[place] Institute for the Blind", "[place] Centre for Health": the rest of an
#: institution's name.
_FOR_WHOM_AFTER = re.compile(r"[ \t]+for[ \t]+(?:the[ \t]+)?(?:Girls|Boys|Women|Children|Deaf|Blind|Sick Children|"
                             r"(?:Mental[ \t]+)?Health|Wellbeing|Well-being|Independent Living|Ageing|Aging)\b")
#: A found name that ends in an institution's word, before "for the Deaf": "[Maryland School] for the Deaf".
_INSTITUTION_END = re.compile(r"[ \t](?:School|Academy|College|Institute|Hospital|Home|Centre|Center|Society)$")
_NAMED_INSTITUTION_AFTER = re.compile(r"(?:[ \t]+(?:Memorial|Medical|Hospitals?|Infirmary|Clinic|Hospice|Institute|"
                                      r"Centre|Center|Health|General|Academy|Academic|(?-i:academy|academic|school|college|primary|"
                                      r"hospital|infirmary|hospice|surgery|medical centre|health centre|unit|ward|"
                                      r"wing))\b)+")
_ADDRESS_KINDS = frozenset({"address", "postcode"})
_UPPER = recognizers.UPPER

#: A house number (or flat, unit, box number) beside a name or place makes it part of an address,
#: whatever the country's street words: "Kiannonkatu 5 B 12", "6750 Koskikatu 25 Apt. 864".
_NUMBER_AFTER = re.compile(r"(?:(?<=str)\.)?[ \t]*,?[ \t]*(?:(?:apt|apartment|suite|unit|flat|studio|box|no|nr|u|ul|str|piso|"
                           r"utca|út|tér|körút|köz|katu|tie|polku|kuja|tori|gata|gatan|vej|weg|straat|laan|gasse|"
                           r"sokak|caddesi)\.?[ \t]*)?#?"
                           r"\d{1,6}(?:/\d{1,4}(?![\d/]))?(?:[ \t]?[A-Za-z]\b)?\.?(?:[ \t]+(?:street|st|road|rd|avenue|ave|str)\b\.?"
                           r"|(?![ \t]*(?:[%/]|\d)|[ \t]*(?:(?:mg|mcg|g|kg|ml|mmol|units?|iu|years?|yrs?|y/?o|months?|weeks?|days?|"
                           r"hours?|hrs?|mins?|minutes|times|x|am|pm|percent|lbs?|stone|cm|mm|miles?|km|tablets?|pills?|"
                           r"of|out|more|or|to|and))\b))", re.IGNORECASE)
#: "I'm Sarah, 41, newly diagnosed": a number between commas after a name is an age, not a house number.
_AGE_AFTER = re.compile(r"[ \t]*,[ \t]*\d{1,2}[ \t]*(?:[,)]|$|\.(?!\d))")
#: A postcode after a town, whatever follows it: "Acquapendente 1021 in", "ÖVERTURINGEN 840 24".
_POSTCODE_AFTER = re.compile(r"[ \t]*,?[ \t]*(?!(?:19|20)\d\d\b)(?:\d{4,5}(?:-\d{3,4})?|\d{3}[ \t]\d{2})(?!\d|[\w.,/:-]\w|[ \t]+\d{3})")  # not a phone's first group
#: A hospital's kind after its name, in lowercase: "at [name] central", "at [name] general".
_HOSPITAL_KIND_AFTER = frozenset({"central", "general", "regional", "memorial", "hospital", "infirmary", "base", "district",
                                  "medical"})
_KIND_ENDS_NAME = re.compile(recognizers.TOWN_FOLLOWS + r"|(?=[ \t]+(?:with|after)\b)")
#: The rest of a place's name after its town, in lowercase: "[place] general", "[place] station".
_PLACE_CONTINUATIONS = frozenset({"general", "royal", "public", "base", "orthopaedic", "orthopedic", "maternity", "spinal", "childrens", "children's", "children’s", "womens", "women's", "women’s", "infirmary", "hospital", "hospitals", "hosp", "health", "memorial", "station", "university",
                                  "teaching", "medical", "centre", "center", "clinic", "hospice", "district", "regional",
                                  "county", "community", "city", "town", "park", "central", "north", "south", "east", "provincial",
                                  "west", "road", "street", "square", "cross", "bridge", "green", "hill", "heights", "practice",
                                  "surgery", "ward", "unit", "wing", "audiology", "optometry", "podiatry", "dental", "eye",
                                  "imaging", "fertility", "physio", "physiotherapy", "chiropractic", "court", "hall", "lodge",
                                  "manor", "grange", "settlement", "institute", "academy", "mission",
                                  # Spanish and Portuguese: "at [place] medico" ("centro médico")
                                  "medico", "médico", "medica", "médica",
                                  # an Indian Health Service hospital: "the clinic at [place] indian in tahlequah"
                                  "indian",
                                  # a district general hospital's initials: "at [place] dgh"
                                  "dgh"})
_OUTWARD_CODE_AFTER = re.compile(r"[ \t]*,[ \t]*[A-Z]{1,2}\d{1,2}[A-Z]?(?![\w/.-]\w|[\w/-])")
_STREET_AFTER = re.compile(r"[ \t]+(?=(?-i:[A-Z]))(?:" + "|".join(sorted(recognizers.STREET_TYPES | {"parade"}, key=len, reverse=True))
                           + r")\b\.?", re.IGNORECASE)
_LOWER_STREET_AFTER = re.compile(r"[ \t]+(?:road|rd|street|avenue|ave|lane|boulevard|blvd|highway|hwy|crescent|terrace)\b")
_COUNTRY_CODE_BEFORE = re.compile(r"(?<![\w+])(?:\(\+?\d{1,4}\)|\+\d{1,4})[ \t.-]*$")
_NUMBER_BEFORE = re.compile(r"(?<![\w.,/-])(?:h\.?[ \t]?no\.?[ \t]*)?(?:\d{1,6}(?:/\d{1,4})?[A-Za-z]?|\d{1,4}-\d{1,4}-\d{1,4}),?"
                            r"[ \t]+$", re.IGNORECASE)  # "12/3 [place]", "1-2-3 [place]" (a Japanese address)
_TOKEN = re.compile(r"[^\s,;]+")
_ROMAN_AFTER = re.compile(r"[ \t]+(?=[IVXLC]{2})X{0,3}(?:IX|IV|V?I{0,3})(?![\w'’-])")
#: A verb after "[name] young": the word between is the surname ("sarah young gave a talk").
_FAMILY_AFTER = re.compile(r"[ \t]+(?:mum|mom|dad|wife|husband|partner|son|daughter|sister|brother|house|home|place|"
                           r"kids|family|car|dog|funeral|wedding|party)\b", re.IGNORECASE)
_ADVERBS = frozenset({"both", "together", "first", "later", "once", "twice", "herself", "himself", "themselves",
                      "alone", "again", "actually", "finally", "recently", "kindly", "already",
                      # which way someone was taken: "took my son [name] down the royal"
                      "down", "over", "round", "back", "along", "across", "through", "past"})
_VERB_AFTER = re.compile(r"[ \t]+(?:said|says|gave|gives|is|was|has|had|came|comes|went|goes|drove|drives|runs|ran|told|"
                         r"asked|sent|wrote|writes|posted|helped|helps|took|takes|will|would|can|could|lives|lived|"
                         r"works|worked|spoke|speaks|and (?:i|me)|from the|lately|recently|yesterday|today|again|"
                         r"earlier)\b")
_CLAUSE_ENDS = re.compile(r"[ \t]*(?:[(),;:!?\n]|$)")
_EDGE = ".:!?()\"'“”"
#: "Villafranca del Cid", "Willemine ten Pas", "hyuuma t. maida": what may sit between two halves.
#: Lowercase particles inside names and place names.
_PARTICLES = "van|von|der|den|de|del|della|da|di|do|dos|das|du|le|la|ten|ter|bin|ibn|al|el"
_JOIN_GAP = re.compile(rf"[ \t]+(?:(?:{_PARTICLES}|y|"
                       rf"nad|pod|sur|sous|upon|aan|op|i|im|am|an|na|"
                       rf"[a-z]\.?|{_UPPER}\.?)[ \t]+){{1,2}}"
                       rf"|\.(?:[ \t]?{_UPPER}\.){{1,2}}[ \t]*", re.IGNORECASE)  # "[name].H. [name]": initials between
_ADDRESS_GAP = re.compile(r"[ \t]*[,\n][ \t>]*|[ \t]+")  # ">" quotes a line in e-mail
_LIST_AFTER = re.compile(r"(?:[ \t]*,[ \t]*(?:and[ \t]+|&[ \t]*)?|[ \t]+(?:and|&|or)[ \t]+)([^\W\d_][\w'’-]*)")
_LIST_BEFORE = re.compile(r"(?<![\w'’-])([^\W\d_][\w'’-]*)(?:[ \t]*,[ \t]*|[ \t]+(?:and|&)[ \t]+)$")
_NAME_AFTER = re.compile(rf"(?:[ \t]+{_UPPER}\.?)?(?:[ \t]+(?:{_PARTICLES})){{0,2}}"
                         rf"[ \t]+({_UPPER}[\w'’-]+)")
_NAME_BEFORE = re.compile(rf"(?<![\w'’-])({_UPPER}[\w'’-]+)(?:[ \t]+{_UPPER}\.?)?(?:[ \t]+(?:{_PARTICLES})){{0,2}}[ \t]+$")
_INITIALS_BEFORE = re.compile(r"(?<![\w'’.-])(?:(?![AI]\b)[A-Z]\.?[ \t]+){1,2}$")
_INITIAL_BEFORE = re.compile(rf"(?<![\w'’.-]){_UPPER}\.[ \t]+$")
_LOWER_PARTICLE_BEFORE = re.compile(rf"(?<![\w'’-])(?:(?:{_PARTICLES})[ \t]+){{1,2}}$")
#: Whose: before a particle that is a kin word too ("my da [name]").
_OWNER_BEFORE = re.compile(r"\b(?i:my|our|his|her|their|your|ma|me|mi|wor)[ \t]+$")  # "ma da [name]": Scots "my"
_PARTICLE_AFTER = re.compile(rf"[ \t]+(?:{_PARTICLES})"
                             rf"(?:[ \t]+(?:der|den|la|le))?[ \t]+({_UPPER}[\w'’-]+)"
                             rf"|[ \t]+(?:al|el|ul|ad|ar|as|ash|at|az|ed|en|er|es|ez)-({_UPPER}[\w'’-]+)")  # "Ard el-Lewa"
#: "De [name]", "West [name]", "Port [name]": a particle or a place's prefix before a name or town.
_PREFIX_BEFORE = re.compile(r"(?<![\w'’-])(?:(?-i:De|Van|Von|Le|La|Du|Di|Da|Del|Della|Dos|Das|Des|El|Al|Ten|Ter|Den|Der)|"
                            r"north|south|east|west|"
                            r"new|old|port|fort|ft|lake|mount|mt|st|saint|san|santa|los|las|great|little|upper|lower|"
                            r"glen|point|cape|isle)\.?[ \t]+$", re.IGNORECASE)
#: The Chinese diminutive before a given name, as Singapore and Malaysia write it: "Ah Seng", "Ah-Lian".
_DIMINUTIVE_BEFORE = re.compile(r"(?<![\w'’-])Ah[ \t-]$")
#: A lone lowercase letter after a name, not the words "a" and "i", a kiss ("love jan x") nor text
#: speak ("sarah u r a star", "me n kaz", "c u soon").
_LOWER_INITIAL_AFTER = re.compile(r"[ \t]+[d-hj-mo-qstvwz]\.?(?![\w'’-])")
_UPPER_INITIAL_AFTER = re.compile(r"[ \t]+(?![IA]\b)[A-Z]\.?(?![\w'’&/-])(?![ \t]+[A-Z])")
_LOWER_AFTER = re.compile(r"(?:[ \t]+[b-hj-z]\.?)?[ \t]+([a-z][\w'’-]+)")  # "a" and "i" are words, no initials
_WHERE_WORD_BEFORE = re.compile(r"\b(?:at|to|from|in|into)[ \t]+(?:the[ \t]+)?([^\W\d_]+)[ \t]+$", re.IGNORECASE)
_HYPHENED_INITIAL_AFTER = re.compile(r"\.-[A-Z][\w'’]*(?:-[A-Z][\w'’]*)*")
_LETTERS = re.compile(r"[^\W\d_]+")
_LOWER_BEFORE = re.compile(r"(?<![\w'’-])([a-z][\w'’-]+)([ \t]+[a-z]\.?)?[ \t]+$")
_CAPS_AFTER = re.compile(rf"[ \t]+({_UPPER}{{2,}}(?:[-'’]{_UPPER}+)*)\b")
_CAPS_BEFORE = re.compile(rf"(?<![\w'’-])({_UPPER}{{2,}}(?:[-'’]{_UPPER}+)*)[ \t]+$")


def grow(text: str, spans: list[Span], is_medical: IsMedical) -> list[Span]:
    """Each span grown to the identifier around it; overlapping or joined spans merged."""
    current = merge(spans)
    for _ in range(6):  # each pass can reveal the next neighbour; a few suffice
        grown = [_grow_one(text, span, is_medical) for span in current]
        grown.extend(_listed_names(text, current, is_medical))
        grown.extend(_towns_after_addresses(text, current, is_medical))
        following = _join(text, merge(grown))
        if following == current:
            break
        current = following
    return _stray_postcodes(text, current)


#: Postcode shapes of many countries ("2724", "58896", "644 72", "17-398", "H-5065", "5250GU",
#: "e4 3qy"): in a post that gives an address, such a token is its postcode wherever it stands.
_POSTCODE_SHAPE = re.compile(
    r"(?<![\w.,/:$£€#-])(?:(?!(?:19|20)\d\d\b)\d{4,5}|\d{3}[ \t]\d{2}|\d{2}-\d{3}|[A-Za-z]{1,2}-\d{4,5}|\d{4}[ \t]?[A-Z]{2}"
    r"|[A-Za-z]{1,2}\d[A-Za-z\d]?[ \t]\d(?!st|nd|rd|th)[ABD-HJLNP-UW-Zabd-hjlnp-uw-z]{2})"
    r"(?![\w.,/:-]?\w)(?![ \t]*(?:mg|mcg|ml|g|kg|lbs?|iu|units?|mmol|steps|miles|km|calories|kcal|people|members|words)\b)")


def _stray_postcodes(text: str, spans: list[Span]) -> list[Span]:
    if not any(kind == "address" for _, _, kind in spans):
        return spans
    found = [(m.start(), m.end(), "postcode") for m in _POSTCODE_SHAPE.finditer(text)
             if not any(s < m.end() and m.start() < e for s, e, _ in spans)]
    return merge(spans + found) if found else spans


def merge(spans: list[Span]) -> list[Span]:
    """Overlapping spans become one, of the most specific kind among them."""
    merged: list[Span] = []
    for start, end, kind in sorted(spans, key=lambda s: (s[0], -s[1])):
        if merged and start < merged[-1][1]:
            last = merged[-1]
            merged[-1] = (last[0], max(last[1], end), _specific(last[2], kind))
        else:
            merged.append((start, end, kind))
    return merged


def _specific(a: str, b: str) -> str:
    return min(a, b, key=lambda k: _RANK.get(k, len(_RANK)))


#: An address spelt out with a space in its user's part: "yael dot ben ami at gmail dot com" (what
#: comes before "ami" is the address's too).
_SPELT_LOCAL_PART_BEFORE = re.compile(r"(?:[a-z0-9_-]+[ \t]+(?:dot|underscore|dash|hyphen)[ \t]+)+(?:[a-z0-9_-]+[ \t]+)?$",
                                      re.IGNORECASE)


def _grow_one(text: str, span: Span, is_medical: IsMedical) -> Span:
    start, end, kind = span
    if kind == "email" and (spelt := _SPELT_LOCAL_PART_BEFORE.search(text, max(0, start - 60), start)):
        return spelt.start(), end, kind  # "yael dot ben ami at gmail dot com"
    if kind in ("name", "place") and (prefix := _STREET_PREFIX_BEFORE.search(text, max(0, start - 30), start)):
        start, kind = prefix.start(), "address"
    elif kind in ("name", "place") and (hospital := _HOSPITAL_OF_BEFORE.search(text, max(0, start - 40), start)):
        start, kind = hospital.start(), "place"  # "no Hospital das [name]": a hospital named the Romance way
    elif kind in ("name", "place") and text[start:end].islower() \
            and (article := _MAORI_ARTICLE_BEFORE.search(text, max(0, start - 20), start)):
        start, kind = article.start(), "place"  # "been in te whare [name]": a Māori place's name, after "te"
    elif kind in ("name", "place") and text[start:end].islower() \
            and (before := _WHERE_WORDS_BEFORE.search(text, max(0, start - 30), start)) \
            and (after := _WORDS_TO_HOSPITAL.match(text, end)) \
            and _hospital_name_words(f"{before.group(1)} {after.group(1)}", is_medical):
        start, end, kind = before.start(1), after.end(1), "place"  # "is in guru [name] dev hospital": its name's words
    elif kind == "name" and (camp := _CAMP_BEFORE.search(text, max(0, start - 30), start)):
        start, kind = camp.start(), "place"  # "at camp [name]": a summer camp named for someone
    elif kind == "name" and (nickname := _NICKNAME_BEFORE.search(text, max(0, start - 6), start)):
        start = nickname.start()  # "ask for big [name]", "wee [name]": the nickname's word is the name's
    elif kind == "name" and (system := _HEALTH_SYSTEM_BEFORE.search(text, max(0, start - 20), start)):
        start, kind = system.start(1), "place"  # "he was in banner [name]": a health system's hospital
    elif kind in ("name", "place") \
            and (system := _SYSTEM_HEALTH_BEFORE.search(text, max(0, start - 30), start)) \
            and system.group(2).lower() not in recognizers.HEALTH_DEPARTMENTS \
            and system.group(2).lower() not in recognizers.STOP:
        start, kind = system.start(1), "place"  # "had our baby at iu health [place]"
    elif kind == "name" and (royal := _ROYAL_BEFORE.search(text, max(0, start - 20), start)):
        start, kind = royal.start(1) if royal.group(1) else royal.start(2), "place"  # "took him to the queen [name]"
    elif kind in ("name", "place") and (initials := _HOSPITAL_INITIALS_BEFORE.search(text, max(0, start - 12), start)) \
            and initials.group(1).lower() not in vocabulary.KNOWN_INITIALS and not is_medical(initials.group(1)) \
            and initials.group(1).lower() not in vocabulary.large_places() \
            and initials.group(1).lower() not in recognizers.TITLE_ABBREVIATIONS and not text[start:end].isupper():
        start, kind = initials.start(1), "place"  # "au CHUS [name]": a hospital's site, after its initials
    elif kind in ("name", "place") and (prison := _PRISON_BEFORE.search(text, max(0, start - 10), start)):
        start, kind = prison.start(), "place"  # "in HMP [name]": a prison, named for its town
    if kind in _PLACE_KINDS and not (kind == "name" and _AGE_AFTER.match(text, end)):
        new_end = end
        while match := _NUMBER_AFTER.match(text, new_end):
            new_end = match.end()
        if match := _POSTCODE_AFTER.match(text, new_end):
            new_end = match.end()
        elif kind == "place" and (match := _OUTWARD_CODE_AFTER.match(text, new_end)):
            new_end = match.end()  # "[place], M6": a UK postcode's district
        if match := _STREET_AFTER.match(text, new_end):
            new_end = match.end()  # "[name] Road": "Carrow Road"
        elif text[start:new_end].islower() and (match := _LOWER_STREET_AFTER.match(text, new_end)):
            new_end = match.end()  # "the warehouse on pershing road": in lowercase, the plainest street words only
        new_start = before.start() if (before := _NUMBER_BEFORE.search(text, max(0, start - 16), start)) else start
        if (new_start, new_end) != (start, end):
            start, end, kind = new_start, new_end, "address"
    if kind in _ADDRESS_KINDS:
        start, end = _address_back(text, start, is_medical), _address_on(text, end, is_medical)
    if kind == "place" and (joined := _JOINED_INITIALS_AFTER.match(text, end)):
        end = joined.end()  # "[place]+USC": "LAC+USC", a hospital named for the two bodies that run it
    if kind in ("phone", "id") and (code := _COUNTRY_CODE_BEFORE.search(text, max(0, start - 12), start)):
        start, kind = code.start(), "phone"  # "(+358) [phone]": the country code is part of the number
    if kind == "place" and (hospital := _HOSPITAL_AFTER.match(text, end)):
        end = hospital.end()  # "[place] Memorial", "[place] University Teaching Hospital": the rest of its name
    if kind == "place" and text[start:end].islower() and (two := _TWO_WORDS_AFTER.match(text, end)) \
            and two.group(1) in vocabulary.towns() and not any(word in recognizers.STOP for word in two.group(1).split()) \
            and not all(recognizers.common_word(word) for word in two.group(1).split()):
        end = two.end(1)  # "at [place] port talbot": a hospital named for two towns ("neath port talbot"), not
        # "[place] country club", though a town is named so
    elif kind in ("place", "address") and text[start:end].islower() and (second := _PLACE_SECOND_AFTER.match(text, end)):
        end, kind = second.end(), "place"  # "the clinic is in [place] lake": a town's second word, in lowercase;
        # "at the [address] civic": a hospital, though its town was taken for a street's
    if kind == "place" and text[start:end].islower() and (named := _NAME_BEFORE_TOWN_AFTER.match(text, end)) \
            and _second_name_of_place(named.group(1), is_medical):
        end = named.end(1)  # "at [place] ram in rajinder nagar": a hospital named for a person, before its town
    if kind == "place" and (islands := _AND_ISLANDS_AFTER.match(text, end)):
        end = islands.end()  # "from [place] and Islands": a hospital of a district and its islands
    if kind == "place" and (of := _OF_NAME_AFTER.match(text, end)) \
            and of.group(1).lower() not in vocabulary.large_places():
        end = of.end()  # "[place] of God", "[place] of St Mary": the rest of a church's or a school's name
    if kind in ("place", "name") and (for_whom := _FOR_WHOM_AFTER.match(text, end)) \
            and (kind == "place" or _INSTITUTION_END.search(text, start, end)):
        end, kind = for_whom.end(), "place"  # "[name] School for the Deaf": a school, though its first words are a name
    elif kind == "name" and text[end - 2:end] not in ("'s", "’s") and (hospital := _NAMED_INSTITUTION_AFTER.match(text, end)):
        end, kind = hospital.end(), "place"  # "at [name] Medical", "[name] Memorial Hospital"
    if kind in ("name", "place") and (epithet := _SAINT_EPITHET_AFTER.match(text, end)) \
            and re.search(r"\b(?:St|Saint|Ste|San|Santa)\.?[ \t]+", text[max(0, start - 8):end]):
        end, kind = epithet.end(), "place"  # "mass at St. [name] the Apostle": the saint's church, whole
    if kind in ("name", "place") and (numeral := _ROMAN_AFTER.match(text, end)):
        end = numeral.end()  # "[place] XXI", "Juan XXIII": a pope's or a century's number ends the name
    if kind == "place" and text[start:end] == "royal" and (name := _AFTER_ROYAL.match(text, end)) \
            and name.group(1) not in recognizers.STOP and name.group(1) not in vocabulary.EVERYDAY_WORDS \
            and not recognizers.common_word(name.group(1)) and not is_medical(name.group(1)):
        end = name.end()  # "took her to the [place] glam": the royal hospital's second word in lowercase
    if kind == "place" and text[start:end].islower() and (before := _WHERE_LOWER_BEFORE.search(text, max(0, start - 40), start)) \
            and _place_part(before.group(1), is_medical):
        start = before.start(1)  # "the ot at stoke [place]": the first word of a place's name in lowercase
    if kind == "place" and _KNIGHTED_START.match(text, start) and (last := _LAST_NAME_AT_PAUSE.match(text, end)) \
            and (last.group(1) in vocabulary.given_names() or last.group(1) in vocabulary.surnames()) \
            and last.group(1) not in recognizers.STOP:
        end = last.end(1)  # "in icu at sir ganga [name]": a hospital named for a knight, his last name too
    if kind == "name" and (landmark := _POSSESSED_LANDMARK_AFTER.match(text, end)) \
            and _WHERE_BEFORE_LANDMARK.search(text, max(0, start - 12), start):
        end, kind = landmark.end(), "place"  # "in [name]'s cross", "near [name]'s park": a district named for someone
    if kind in ("name", "place"):
        grown_start, end = _grow_name(text, start, end, is_medical, person=kind == "name")
        if kind == "place" and grown_start < start and text[grown_start:start].split()[0].lower() in vocabulary.given_names():
            kind = "name"  # "conn [place]": a given name makes the town a surname
        start = grown_start
    return start, end, kind


# --- addresses -----------------------------------------------------------------------------------

def _strength(text: str, token: re.Match[str], is_medical: IsMedical) -> str | None:
    """"strong" for what is surely part of an address, "weak" for what may be (a street word, a
    particle, a short code, a word no list knows), None for prose."""
    word = token.group()
    core = word.strip(_EDGE)
    if not core:
        return None
    lower = vocabulary.base_term(core)
    if lower in vocabulary.large_places() or (word.startswith("(") and word.endswith(")")):
        return "weak"  # "..., Cyprus (Greek) 26933": the country may stay, the postcode may not
    if any(c.isdigit() for c in core) or lower.rstrip(".") in _STREET_PREFIXES:
        return "strong"
    if lower == "box" and re.match(r"[ \t]+\d", text[token.end():token.end() + 3]):
        return "strong"  # "goes to Box 12, Steinbach": a post office box
    if lower in recognizers.ADDRESS_WORDS:
        # "SMITH'S GREEN", "Oak Hollow", "12 oak road": a street word that ends a street's name
        # (capitalised, or right after the name's last word) is part of it.
        if core[:1].isupper() and lower in recognizers.STREET_SUFFIXES:
            return "strong"
        after_word = re.search(r"[^\W\d_][\w'’-]*[ \t]+$", text[max(0, token.start() - 40):token.start()])
        return "strong" if lower in _STREET_TYPES and after_word else "weak"
    initial = next((c for c in core if c.isalpha()), "")
    if initial.isupper():
        if lower in recognizers.STOP or lower in vocabulary.EVERYDAY_WORDS or is_medical(core):
            return None
        if recognizers.at_sentence_start(text, token.start()) and recognizers.common_word(lower):
            return None
        return "strong"
    if lower in recognizers.STOP or lower in _WAYS or is_medical(core):
        return None  # "just off Mill Road", "on Station Road": prose before the street
    if (street := re.match(r"[ \t]+(\w+)", text[token.end():])) and street.group(1).lower() in _STREET_TYPES:
        return "strong"  # "fourth avenue"
    if len(core) <= 3 and core.isalpha():
        return "weak"  # state codes, the synthetic set's "nan", "fa"
    if not recognizers.common_word(lower) and vocabulary.english_frequency(lower) < vocabulary.KNOWN \
            and not recognizers.in_dictionary(lower):
        return "weak"  # "rue des lieutemants"
    return None


#: Words that open a street name in other languages ("rue de Virton", "C/ Señores Curas", "ul. Cicha").
_STREET_PREFIXES = recognizers.STREET_PREFIXES
#: The initials a prison's name opens with: "HMP Wandsworth", "HMYOI Feltham", "FCI Dublin".
_PRISON_BEFORE = re.compile(r"(?<![\w'’-])(?:HMP|HMYOI|HMPYOI|HMIPYOI|FCI|USP|SCI|CCF)[ \t]+$")
#: A nickname's word before a name ("big davy", "wee jimmy"), or the first word of a Hmong given name
#: that is a kin word in English too ("pa houa", "mai yer").
_NICKNAME_BEFORE = re.compile(r"(?<![\w'’-])(?:big|wee|auld|lil|pa|mai|Big|Wee|Auld|Lil|Pa|Mai)[ \t]+$")
#: The words of a lowercase hospital's name around a found one, between a word for where and
#: "hospital": "is in guru [name] dev hospital since monday".
_WHERE_WORDS_BEFORE = re.compile(r"\b(?:in|at|to|from|into)[ \t]+((?:[a-z][a-z'’-]+[ \t]+){0,2})$")
_WORDS_TO_HOSPITAL = re.compile(r"((?:[ \t]+[a-z][a-z'’-]+){1,2}?)[ \t]+(?:hospital|infirmary)\b")


def _hospital_name_words(words: str, is_medical: IsMedical) -> bool:
    return all(word not in recognizers.STOP and word not in recognizers.KIN_WORDS and not is_medical(word)
               and word not in recognizers.HOSPITAL_KINDS for word in words.split())


#: "in banner [name]", "at Kaiser [name]": a US health system's name before its hospital's.
_HEALTH_SYSTEM_BEFORE = re.compile(r"\b(?:in|at|to|from|into)[ \t]+((?i:banner|kaiser|sutter|ascension|intermountain|"
                                   r"adventist|atrium|novant|sentara|ochsner|geisinger|christus|baylor|beaumont|"
                                   r"scripps|honorhealth|providence|presbyterian|methodist|baptist)[ \t]+)$")
#: "at iu health [place]", "at Sanford Health [place]": a system's word and "health" before its hospital's.
_SYSTEM_HEALTH_BEFORE = re.compile(r"\b(?:in|at|to|from|into)[ \t]+(([A-Za-z]{2,})[ \t]+(?:health|Health)[ \t]+)$")
#: Initials joined to a place's name by "+" or "/": "LAC+USC", "NYP/Columbia" ("[place]+USC").
_JOINED_INITIALS_AFTER = re.compile(r"[+/](?:[A-Z]{2,6}|[A-Z][a-z]+)\b(?![+/]?\d)")
#: A hospital's initials before its site's name, after a word for where: "au CHUS [name]", "to UCSF [name]".
_HOSPITAL_INITIALS_BEFORE = re.compile(r"\b(?:in|at|to|from|into|au|à|a|en|no|na|em|al|del)[ \t]+([A-Z]{2,5})[ \t]+$")
#: "to the queen [name]", "at the Prince [name]": a hospital named for a king or a queen; "at lady
#: [name]", "to sir [name]", "the clinic sister at prince [name]": for a lady, a knight or a prince.
_ROYAL_BEFORE = re.compile(r"\b(?:to|at|in|from|into)[ \t]+(?:the[ \t]+((?:queen|king|prince|princess)[ \t]+)|"
                           r"((?:lady|sir|prince|princess)[ \t]+))$", re.IGNORECASE)
#: A hospital's or a clinic's name in Portuguese, Spanish, French or Italian, before the rest of it.
_HOSPITAL_OF_BEFORE = re.compile(r"(?<![\w'’-])(?:Hospital|Hôpital|Hopital|Clínica|Clinica|Clinique|Policlínico|Policlinico|"
                                 r"Ospedale|Sanatorio|Santa[ \t]+Casa)[ \t]+(?:(?:de|da|das|do|dos|del|della|di|la|los|"
                                 r"las|le|les|du|des)[ \t]+)*$")  # "no Hospital [name]", "Hospital [place]"
#: The Māori article and a word before the last word of a place's name in lowercase: "te whare [name]".
_MAORI_ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])te[ \t]+(?:[a-z]+[ \t]+)?$")
#: A landmark's word after a name's possessive, where the name is after a word for where: "the hospice in
#: harold's cross".
_POSSESSED_LANDMARK_AFTER = re.compile(r"['’]s[ \t]+(?:cross|park|hill|bridge|wood|green|well|lane|field|end|bay|point|island|"
                                       r"creek|corner|town|hall)\b", re.IGNORECASE)
_WHERE_BEFORE_LANDMARK = re.compile(r"\b(?:in|at|from|near|to|into|outside|around)[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)
#: A place named for a knight or a dame, and the last lowercase word of the name, before a pause.
_KNIGHTED_START = re.compile(r"(?:sir|lady|dame)[ \t]", re.IGNORECASE)
_LAST_NAME_AT_PAUSE = re.compile(r"[ \t]+([a-z][a-z'’-]+)(?=[ \t]*(?:[,.;:!?)]|$))")
#: "at camp [name]": a summer camp named for someone; "to Joint Base [name]": a military base.
_CAMP_BEFORE = re.compile(r"(?<![\w'’-])(?:camp|joint[ \t]+base|naval[ \t]+(?:air[ \t]+)?station|marine[ \t]+corps[ \t]+"
                          r"(?:base|air[ \t]+station)|air[ \t]+(?:force[ \t]+)?base|army[ \t]+base|cfb|raf|raaf|hmas|hmnzs)"
                          r"[ \t]+$", re.IGNORECASE)
#: "rue de [name]", "Via [name]", "Soseaua [name]": a street word before a found name makes it a street.
_STREET_PREFIX_BEFORE = re.compile(r"(?<![\w'’-])(?:" + "|".join(re.escape(p) for p in sorted(
    recognizers.STREET_PREFIXES - {"r", "al", "pl", "av", "u"}, key=len, reverse=True)) + r")\.?"
    r"(?:[ \t]+(?:de|del|della|di|da|des|du|la|le|los|las|dos|das|do|d'|l'))*[ \t]+$", re.IGNORECASE)
_STREET_TYPES = recognizers.STREET_TYPES


#: Words for which way or where, before a street: never part of its name.
_WAYS = frozenset({"off", "onto", "into", "along", "down", "up", "past", "near", "via", "round", "around", "behind",
                   "opposite", "towards", "toward", "across", "corner", "just", "top", "bottom", "end"})


def _ends_prose(word: str) -> bool:
    core = word.strip(_EDGE)
    if word.endswith(("?", "!", ":")):
        return True
    return word.endswith(".") and len(core) > 3 and core.isalpha() and core.lower() not in recognizers.ADDRESS_WORDS


def _address_on(text: str, end: int, is_medical: IsMedical) -> int:
    """Where an address found to ``end`` really ends: over its remaining parts and lines."""
    if text[end:end + 1] in (".", "?", "!", ":") and not re.match(r"\.[ \t]*\d", text[end:end + 4]):
        return end  # though "Kranzstr. 58" goes on
    position = end
    for token in _TOKEN.finditer(text, end):
        gap = text[position:token.start()]
        if ";" in gap or "\n\n" in gap.replace(" ", "").replace("\t", ""):
            break
        # The rest of a word the finding stopped inside ("φλαμου∆ι") is part of it.
        strength = "strong" if token.start() == end else _strength(text, token, is_medical)
        if strength is None:
            break
        if strength == "strong":
            end = token.start() + len(token.group().rstrip(_EDGE))
        position = token.end()
        if _ends_prose(token.group()):
            break
    return end


def _address_back(text: str, start: int, is_medical: IsMedical) -> int:
    """Where an address found from ``start`` really begins: house numbers, street words before it."""
    tokens = list(_TOKEN.finditer(text, max(0, start - 120), start))
    for token in reversed(tokens):
        if token.end() > start:
            continue
        gap = text[token.end():start]
        if ";" in gap or "\n" in gap or _ends_prose(token.group()):
            break
        strength = _strength(text, token, is_medical)
        if strength is None:
            break
        if strength == "strong":
            start = token.start() + (len(token.group()) - len(token.group().lstrip(_EDGE)))
    return start


# --- names ---------------------------------------------------------------------------------------

def _grow_name(text: str, start: int, end: int, is_medical: IsMedical, *, person: bool = True) -> tuple[int, int]:
    if text[end - 2:end - 1] == "-" and text[end - 1:end].isupper() and (after := _HYPHENED_INITIAL_AFTER.match(text, end)):
        end = after.end()  # "Dr. [name]-L.-Dumont": a hyphened name with an initial inside it
    if (after := _PARTICLE_AFTER.match(text, end)) and _caps_part(after.group(1) or after.group(2), is_medical):
        return start, after.end()  # "[name] ten Pas": after a particle, the rest of the name
    if (after := _NAME_AFTER.match(text, end)) and (text[after.end():after.end() + 1] in ("'", "’")
                                                      or recognizers.followed_by_condition_word(text, after.end())):
        if prefix := _PREFIX_BEFORE.search(text, max(0, start - 12), start):
            start = prefix.start()  # "South [name] Crohn's disease group"
        return start, end  # "[name] Bell's palsy"
    # A lowercase surname follows a person's name; after a town's, only the rest of a place's name
    # ("[place] general", "[place] station"; not "the lagos sickle cell group").
    lower_after = _LOWER_AFTER.match(text, end) if text[start:end].islower() else None
    if person and lower_after and (text[max(0, start - 4):start] == "the " and lower_after.group(1) in _PLACE_CONTINUATIONS
                                   or text[max(0, start - 3):start] == "at " and lower_after.group(1) in _HOSPITAL_KIND_AFTER
                                   and _KIND_ENDS_NAME.match(text, lower_after.end())):
        person = False  # "at the [name] settlement": after "the", a place's name, though its words name people;
        # "is at [name] central in lilongwe": after "at", a hospital's, before its kind
    if lower_after and (not person and lower_after.group(1) not in _PLACE_CONTINUATIONS
                        or language.foreign_word(text, lower_after.start(1), lower_after.end(1))):
        lower_after = None
    if lower_after and (text[lower_after.end():lower_after.end() + 1] in ("'", "’")
                        or recognizers.followed_by_condition_word(text, lower_after.end())):
        lower_after = None  # "[name] graves' disease", "[name] bell's palsy"
    if lower_after and not person:
        end = lower_after.end()  # "[place] general", "[place] childrens": the rest of the place's name
    elif (after := _NAME_AFTER.match(text, end)) and _name_part(after.group(1), is_medical, surname=True) and not (
            text[end - 2:end] in ("'s", "’s") and is_medical(after.group(1))):
        end = after.end()  # though "[name]'s Dexcom": what she has, not her surname
    elif after and _FAMILY_AFTER.match(text, after.end()) and _name_part(vocabulary.base_term(after.group(1)).title(),
                                                                         is_medical, surname=True):
        end = after.end() - 2  # "[name] Burns's mum": the surname, not its 's
    elif lower_after and not _verb_of_the_name(text, lower_after) and (
            _lower_surname(lower_after.group(1), is_medical, bool(_CLAUSE_ENDS.match(text, lower_after.end())
                                                                  or _VERB_AFTER.match(text, lower_after.end())),
                           followed_by_verb=bool(_VERB_AFTER.match(text, lower_after.end())))
            or _after_initial(lower_after, is_medical)):
        end = lower_after.end()
    elif text[start:end].islower() and (initial := _LOWER_INITIAL_AFTER.match(text, end)):
        end = initial.end()  # "[name] p from the old group": a surname's initial
    elif text[start:start + 1].isupper() and not text[start:end].isupper() and (
            initial := _UPPER_INITIAL_AFTER.match(text, end)):
        end = initial.end()  # "[name] M. from the Tuesday group"
    start = _name_start(text, start, is_medical)
    if initial := _INITIALS_BEFORE.search(text, max(0, start - 8), start):
        start = initial.start()  # "in T Nagar", "K K Nagar", "J Smith": initials before the name
    if prefix := _PREFIX_BEFORE.search(text, max(0, start - 12), start):
        start = prefix.start()
    elif (text[start:end].islower() or text[start:start + 1].isupper()) and (
            prefix := _LOWER_PARTICLE_BEFORE.search(text, max(0, start - 12), start)) \
            and not _OWNER_BEFORE.search(text, max(0, prefix.start() - 8), prefix.start()):
        start = prefix.start()  # "nurse de [name]", "van den Berg" (not "my da [name]": his father)
    window = max(0, start - 40)
    if text[start:end].isupper():
        if (after := _CAPS_AFTER.match(text, end)) and _caps_part(after.group(1), is_medical):
            end = after.end()
        if (before := _CAPS_BEFORE.search(text, window, start)) and _caps_part(before.group(1), is_medical):
            start = before.start()
    return start, end


#: What follows a verb in the present after a name, no surname: "[name] rings every tuesday", "calls me".
_OBJECT_OR_WHEN_AFTER = re.compile(r"[ \t]+(?:every|each|on|me|us|him|her|them|at|in|to|from|twice|once|daily|weekly)\b")


def _verb_of_the_name(text: str, after: re.Match[str]) -> bool:
    """"the nurse [name] rings every tuesday": a word in "-s" whose stem is an everyday word, before
    when or whom, is what the person does, not the rest of the name."""
    word = after.group(1)
    return word.endswith("s") and not word.endswith("ss") and recognizers.common_word(word[:-1]) \
        and bool(_OBJECT_OR_WHEN_AFTER.match(text, after.end()))


def _after_initial(after: re.Match[str], is_medical: IsMedical) -> bool:
    """"leidy t muris": after a lowercase name and an initial, a word no dictionary has is the surname."""
    word = after.group(1)
    return after.group().strip()[:-len(word)].strip() != "" and not recognizers.in_dictionary(word) \
        and vocabulary.english_frequency(word) < vocabulary.KNOWN and not is_medical(word) and word not in recognizers.STOP


def _name_start(text: str, start: int, is_medical: IsMedical) -> int:
    window = max(0, start - 40)
    if text[start:start + 1].isupper() and (initial := _INITIAL_BEFORE.search(text, max(0, start - 8), start)):
        return _name_start(text, initial.start(), is_medical)  # "A. [name]", "Jane A. [name]"
    if text[start:start + 1].isupper() and (prefix := _DIMINUTIVE_BEFORE.search(text, max(0, start - 8), start)):
        return prefix.start()  # "Ah [name]", "A-[name]": the name is called by, prefix and all
    if (before := _NAME_BEFORE.search(text, window, start)) and _name_part(before.group(1), is_medical) \
            and before.group(1).lower() not in _VERBS_BEFORE_A_NAME and before.group(1).lower() not in _LIST_TITLES \
            and not language.foreign_word(text, before.start(1), before.end(1)):
        return before.start()
    if (before := _LOWER_BEFORE.search(text, window, start)) and _lower_first(before, is_medical):
        return before.start()
    if (before := _WHERE_WORD_BEFORE.search(text, window, start)) and before.group(1).lower() in recognizers.HOSPITAL_ADJECTIVES:
        return before.start(1)  # "the ER at mercy [name]": a hospital named by a virtue and a person
    if before and before.group(1).lower() in vocabulary.first_names() and (
            (word := _LETTERS.match(text, start)) and word.group().lower() in vocabulary.surnames()):
        return before.start(1)  # "sent her to rob [name]": a hospital named for a person, whose name is a word
    return start


def _name_part(word: str, is_medical: IsMedical, *, surname: bool = False) -> bool:
    lower = vocabulary.base_term(word)
    if surname and word in _NAME_SUFFIXES:
        return True  # "[name] II", "[name] Jr"
    if word.isupper() and len(word) <= 6 or lower.replace(".", "") in recognizers.CREDENTIALS:
        return False  # "GP Dr Huang": an acronym is not half of a name; "[name] MBChB": a degree
    if surname and word[:1].isupper() and word[1:].islower() and lower == word.lower() and lower in vocabulary.surnames() \
            and lower not in recognizers.WEEKDAYS:
        return True  # "[name] May", "[name] Pal": a surname, though also a month, a modal or a word
    if lower in recognizers.STOP or lower in vocabulary.EVERYDAY_WORDS or lower != word.lower():
        return False  # a possessive is the eponym's ("[name] Sjögren's syndrome" is not a name)
    if lower in vocabulary.surnames() or lower in vocabulary.first_names() or (
            surname and lower in vocabulary.medical_terms() and lower.isalpha()):
        return True  # "[name] Reyes", "[name] Sjögren": surnames, though eponyms or countries
    if is_medical(word) or lower in vocabulary.large_places():
        return False
    if surname and word[:1].isupper() and not word.isupper() and lower not in recognizers.STREET_TYPES \
            and lower not in _INSTITUTIONS:
        return True  # "[name] Warmer", "[name] Pal": capitalised after a name, a surname though a word
    return not recognizers.common_word(lower) and vocabulary.english_frequency(lower) < vocabulary.COMMON


#: Verbs that open a sentence before whom they address: "Ask Bev for the forms", "Thank Jo".
_VERBS_BEFORE_A_NAME = frozenset({"ask", "tell", "thank", "call", "ring", "phone", "message", "text", "email", "contact",
                                  "see", "meet", "welcome", "congratulate", "congrats", "bless", "hug", "love", "miss",
                                  "follow", "help", "visit", "invite", "remind", "pray", "wish"})
_NAME_SUFFIXES = frozenset({"II", "III", "IV", "Jr", "Jr.", "Sr", "Sr.", "Snr", "Jnr"})
#: What follows a person's name in an institution's: "[name] Hospital", "[name] Foundation".
_INSTITUTIONS = frozenset({"hospital", "clinic", "centre", "center", "foundation", "trust", "society", "group", "house",
                           "hall", "school", "college", "university", "ward", "unit", "team", "award", "prize", "fund",
                           "memorial", "lecture", "syndrome", "disease", "institute", "library", "church", "surgery",
                           "pharmacy", "practice", "hospice", "infirmary", "general", "cancer", "children's", "medical",
                           "health", "care", "method", "test", "scale", "score", "diet", "protocol", "technique"})


#: What follows a saint's name in a church's: "St. Thomas the Apostle", "St John the Baptist".
_SAINT_EPITHET_AFTER = re.compile(r"[ \t]+the[ \t]+(?:Apostle|Evangelist|Baptist|Martyr|Great|Divine|Less|Elder|"
                                  r"Confessor|Wonderworker|Theologian|Forerunner)\b")
#: A town's second word in lowercase, after its first ("salt lake", "twin falls", "bay city").
_PLACE_SECOND_AFTER = re.compile(r"[ \t]+(?:lake|city|springs|falls|creek|bay|beach|heights|bridge|ferry|harbou?r|"
                                 r"junction|crossing|cove|landing|brook|heath|wells|mills|hey|side(?![ \t]+of\b)|oak|oaks|moor|port|"
                                 # a hospital by its town and kind: "nights at [place] civic"
                                 r"civic|general|infirmary|regional|memorial|district|red[ \t]+cross|"
                                 r"kids(?![ \t]+(?:are|were|have|had|and|who|all|both|love|loved)\b)|midtown|downtown|uptown|"
                                 + "|".join(recognizers.HOSPITAL_FAITHS) + r"|pentecostal|catholic|church|chapel)\b")
#: "[place] and Islands": Lorn and Islands, a district and its islands.
_AND_ISLANDS_AFTER = re.compile(r"[ \t]+and[ \t]+(?:Islands|Isles)\b")
#: Two lowercase words after a place: "[place] port talbot".
_TWO_WORDS_AFTER = re.compile(r"[ \t]+([a-z][a-z'’-]+[ \t]+[a-z][a-z'’-]+)\b")
#: A lowercase word after a place, before "in" and a town: "at [place] ram in rajinder nagar".
_NAME_BEFORE_TOWN_AFTER = re.compile(r"[ \t]+([a-z][a-z'’-]+)(?=[ \t]+in[ \t]+[a-z])")


def _second_name_of_place(word: str, is_medical: IsMedical) -> bool:
    """A given name or a surname, no stop, everyday, kin or medical word: the rest of a place named
    for a person ("sir ganga ram")."""
    return (word in vocabulary.given_names() or word in vocabulary.surnames() and not recognizers.common_word(word)) \
        and word not in recognizers.STOP \
        and word not in vocabulary.EVERYDAY_WORDS and word not in recognizers.KIN_WORDS and not is_medical(word) \
        and word not in _NOT_A_TOWN_AFTER_A_PLACE


#: The word after a royal hospital found in lowercase, which names it, if no common word ("the royal glam",
#: "the royal oldham"; not "the royal car park").
_AFTER_ROYAL = re.compile(r"[ \t]+([a-z][a-z'’-]{2,})\b")
_WHERE_LOWER_BEFORE = re.compile(r"\b(?:at|in|from|near|outside)[ \t]+(?:the[ \t]+)?([a-z][a-z'’-]+)[ \t]+$")
_NOT_PLACE_PARTS = frozenset({"visit", "see", "meet", "call", "ring", "move", "live", "stay", "go", "get", "drive", "fly",
                              "travel", "work", "home", "town", "city", "central", "downtown", "uptown", "sunny", "rainy",
                              "beautiful", "lovely", "old", "here", "there", "school", "hospital", "clinic", "uni",
                              "local", "new", "little", "big", "nearby", "same", "main", "whole", "rest", "middle",
                              "heart", "centre", "center", "north", "south", "east", "west", "outskirts", "edge"})


def _place_part(word: str, is_medical: IsMedical) -> bool:
    """A lowercase word between a word for where (and "the") and a found place may begin its name
    ("at stoke [place]", "at the royal [place]"), unless it is prose ("in sunny [place]", "at home",
    "in the middle of")."""
    return word not in recognizers.STOP and word not in vocabulary.EVERYDAY_WORDS and word not in _NOT_PLACE_PARTS \
        and not re.fullmatch(r"[a-z]+(?:ing|ed|ly)", word) and not is_medical(word) and word not in vocabulary.large_places()


#: Clinicians by the short words their patients use: "the ot [name]", "our cpn [name]".
_CLINICIANS_SHORT = frozenset({"ot", "ots", "slt", "salt", "hca", "cpn", "dsn", "cns", "gp", "physio", "pt", "pa",
                               "dn", "hv", "anp", "acp", "msk", "tva", "sw"})


def _lower_first(before: re.Match[str], is_medical: IsMedical) -> bool:
    """"patricia [name]": a lowercase first name before a found surname; with an initial between,
    any word no list knows ("emidio p [name]")."""
    word = before.group(1)
    if word in recognizers.STOP or word in vocabulary.EVERYDAY_WORDS or word in recognizers.KIN_WORDS \
            or word in _CLINICIANS_SHORT or word in recognizers.CREDENTIALS:
        return False  # "the ot [name]": her job, not her first name
    if language.foreign_word(before.string, before.start(1), before.end(1)):
        return False
    if word in vocabulary.name_words() and (not is_medical(word) or word in vocabulary.medical_terms()):
        return True  # "angel [name]", "conn [name]": more often a name than a word or an eponym
    if is_medical(word):
        return False
    if recognizers.common_word(word):
        return False
    if word in vocabulary.first_names() and word not in vocabulary.AMBIGUOUS_FIRST_NAMES:
        return True
    # "johannes [name]"; with an initial between, any word no list knows ("emidio p [name]").
    if not recognizers.in_dictionary(word) and vocabulary.english_frequency(word) < vocabulary.COMMON \
            and not recognizers.medical_word(word):
        return True  # "johannes [name]": a word no dictionary has, though the web has seen it
    return not recognizers.in_dictionary(word) and vocabulary.english_frequency(word) < vocabulary.KNOWN and (
        bool(before.group(2)) or not recognizers.medical_word(word))


def _lower_surname(word: str, is_medical: IsMedical, followed_by_stop: bool = False, *,
                   followed_by_verb: bool = False) -> bool:
    """"roberto smith", "thiago novaes", "melanie berger": a surname, even one that is also a word
    or an eponym (a found first name makes it a surname; "[name] berger's disease" is caught by the
    caller), or a word no list knows; a second given name that is a verb's past too, where a verb
    follows it ("my kokum [name] rose is")."""
    base = vocabulary.base_term(word)
    if word in recognizers.STOP or word in vocabulary.EVERYDAY_WORDS or word in _ADVERBS \
            or base in vocabulary.EVERYDAY_WORDS or base in recognizers.KIN_WORDS \
            or word in vocabulary.IRREGULAR_FORMS and not (followed_by_verb and word in vocabulary.given_names()):
        return False  # "[name] both spoke", "[name] first said", "[name] didi's sugar", "[name] rang me"
    if is_medical(word):
        return word in vocabulary.surnames() and word in vocabulary.medical_terms()
    if word in vocabulary.surnames() and (vocabulary.english_frequency(word) < vocabulary.VERY_COMMON or followed_by_stop):
        return True  # "[name] white (...)": after a first name, even an everyday word ends a name
    return recognizers.surname_like(word, is_medical)


def _caps_part(word: str, is_medical: IsMedical) -> bool:
    lower = word.lower()
    return not (lower in recognizers.STOP or is_medical(word) or lower in vocabulary.large_places())


def _listed_names(text: str, spans: list[Span], is_medical: IsMedical) -> list[Span]:
    """Words listed with a found name that could be names are names: "[name], Adams and Brown",
    "[name], adam, chad and caleb"."""
    found = []
    names = [s for s in spans if s[2] == "name"]
    covered = [(s[0], s[1]) for s in spans]
    for start, end, _ in names:
        if (after := _LIST_AFTER.match(text, end)) and _listable(text, after.start(1), after.group(1), is_medical):
            found.append((after.start(1), after.end(1), "name"))
        if (before := _LIST_BEFORE.search(text, max(0, start - 40), start)) and _listable(
                text, before.start(1), before.group(1), is_medical):
            found.append((before.start(1), before.end(1), "name"))
    return [f for f in found if not any(s <= f[0] < e for s, e in covered)]


_OBJECT_AFTER = re.compile(r"[ \t]+(?:them|you|it|him|her|us|me|this|that)\b")
_NUMBERED_AFTER = re.compile(r"[ \t]+[A-Za-z]?\d")
#: ... and two lowercase words after a place someone is at, goes to or comes from, a town even of common
#: words: "at [place] in cut off", "drove me to the [place] in cork".
_AT_BEFORE = re.compile(r"\b(?:at|to|from)[ \t]+(?:the[ \t]+)?$")
_TWO_WORD_TOWN_AFTER = re.compile(r"[ \t]+in[ \t]+([a-z]+[ \t]+[a-z]+)\b")
_ONE_WORD_TOWN_AFTER = re.compile(r"[ \t]+in[ \t]+([a-z][a-z'’-]+)\b(?![ \t]+of\b)")
#: Words that follow "at [place] in" as a time, a state or a part of it, though towns of the lists.
_NOT_A_TOWN_AFTER_A_PLACE = recognizers.SEASONS | recognizers.MONTH_NAMES | frozenset({
    "time", "bed", "rehab", "surgery", "theatre", "recovery", "labour", "labor", "isolation", "tears", "pain", "care",
    "charge", "person", "public", "general", "total", "fact", "order", "touch", "line", "turn", "trouble", "need",
    "peace", "vain", "advance", "future", "case", "hand", "full", "part", "place", "front", "love", "hospital", "town",
    "ward", "practice", "shock", "stock", "reading"})
_IN_TOWN_AFTER = re.compile(rf",?[ \t]+(?:in|near|outside)[ \t]+({_UPPER}[\w'’-]+(?:[ \t]+{_UPPER}[\w'’-]+)?)")


#: A business named before the street it stands on: "speech therapy at V-Excel on [address]".
_VENUE_ON_BEFORE = re.compile(rf"\bat[ \t]+(?:the[ \t]+)?({_UPPER}[\w'’&.-]*(?:[ \t]+{_UPPER}[\w'’&.-]*){{0,3}})[ \t]+on[ \t]+$")
_FROM_BEFORE = re.compile(rf"(?<![\w'’-])({_UPPER}[\w'’-]+)[ \t]+from[ \t]+$")


def _towns_after_addresses(text: str, spans: list[Span], is_medical: IsMedical) -> list[Span]:
    """"lives on [address] in Hemel": a capitalised place after an address is its town; "Mags
    from [place]": a capitalised word that is no everyday word, before where someone is from, a name;
    "at [place] in cut off": two lowercase words of a town's name after a place someone is at; "at the
    glen in [place]": a home or a hospital named by a name, in the town after it."""
    found = []
    for start, _, kind in spans:
        if kind == "place" and (before := _FROM_BEFORE.search(text, max(0, start - 40), start)):
            word = before.group(1)
            clitic = _CLITIC_END.search(word.lower())
            if clitic:
                word = word[:clitic.start()]  # "I'm from [place]": no name; "[name]'s from [place]"
            lower = word.lower()
            if lower not in recognizers.STOP and lower not in vocabulary.EVERYDAY_WORDS and not is_medical(before.group(1)) \
                    and not recognizers.common_word(lower) and lower not in vocabulary.large_places():
                found.append((before.start(1), before.start(1) + len(word), "name"))
    for start, _, kind in spans:
        if kind == "address" and (before := _VENUE_ON_BEFORE.search(text, max(0, start - 50), start)):
            words = before.group(1).split()
            if not any(w.lower() in recognizers.STOP or w.lower() in vocabulary.KNOWN_INITIALS or is_medical(w)
                       or w.lower() in vocabulary.EVERYDAY_WORDS for w in words):
                found.append((before.start(1), before.end(1), "place"))  # "therapy at V-Excel on [address]"
    for start, end, kind in spans:
        if kind == "place" and _AT_BEFORE.search(text, max(0, start - 8), start) and (after := _TWO_WORD_TOWN_AFTER.match(text, end)) \
                and after.group(1) in vocabulary.towns() \
                and not any(word in recognizers.STOP for word in after.group(1).split()):
            found.append((after.start(1), after.end(1), "place"))  # "at [place] in cut off": the town it is in
    for start, end, kind in spans:
        if kind == "place" and _AT_BEFORE.search(text, max(0, start - 8), start) and (after := _ONE_WORD_TOWN_AFTER.match(text, end)) \
                and (after.group(1) in vocabulary.large_towns() or recognizers.unknown_place_word(after.group(1))) \
                and after.group(1) not in _NOT_A_TOWN_AFTER_A_PLACE \
                and after.group(1) not in recognizers.STOP and after.group(1) not in vocabulary.EVERYDAY_WORDS \
                and not is_medical(after.group(1)):
            found.append((after.start(1), after.end(1), "place"))  # "the nurse at [place] in temple brought him",
            # "her surgery at [place] in mahim": a word no list or page has
    for start, _, kind in spans:
        if kind in ("place", "name") and (before := _NAMED_VENUE_IN_BEFORE.search(text, max(0, start - 40), start)) \
                and _venue_word(before.group(1), is_medical):
            found.append((before.start(1), before.end(1), "place"))  # "parent at the glen in [place]": a home in a town
    for start, _, kind in spans:
        if kind == "place" and (before := _BARE_VENUE_IN_BEFORE.search(text, max(0, start - 30), start)) \
                and _bare_venue_word(before.group(1), is_medical):
            found.append((before.start(1), before.end(1), "place"))  # "dad at vic in [place]": a hospital in a town
    for _, end, kind in spans:
        if kind != "address" or not (after := _IN_TOWN_AFTER.match(text, end)):
            continue
        town = after.group(1)
        lower = town.lower()
        if lower in recognizers.STOP or lower in vocabulary.EVERYDAY_WORDS or lower in vocabulary.medical_terms() \
                or lower in vocabulary.large_places() or recognizers.followed_by_condition_word(text, after.end(1)):
            continue  # though a drug list's "Hemel" is a town here
        found.append((after.start(1), after.end(1), "place"))
    return found


#: A named care home or hospital, in lowercase after "at the", before the town it is in.
_NAMED_VENUE_IN_BEFORE = re.compile(r"\b(?:at|to|from|into)[ \t]+the[ \t]+([a-z][a-z'’-]+)[ \t]+in[ \t]+$")


#: ... and without "the": "anyone else's dad at vic in [place]?", "been to essentia in [place]".
_BARE_VENUE_IN_BEFORE = re.compile(r"\b(?:at|to|from)[ \t]+([a-z][a-z'’-]+)[ \t]+in[ \t]+$")


def _bare_venue_word(word: str, is_medical: IsMedical) -> bool:
    """No word of the dictionary, nor a common one of the web's unless a given name, no stop,
    everyday, kin or medical word, no kind of place: a hospital's short name ("vic")."""
    return not recognizers.in_dictionary(word) \
        and (vocabulary.english_frequency(word) < vocabulary.COMMON or word in vocabulary.given_names()) \
        and word not in recognizers.STOP and word not in vocabulary.EVERYDAY_WORDS and word not in recognizers.KIN_WORDS \
        and word not in recognizers.NOT_A_SERVICE_PLACE and not recognizers.not_a_venue(word) and not is_medical(word) \
        and not recognizers.medical_word(word) and word not in vocabulary.large_places() \
        and word not in vocabulary.SERVICE_INITIALS  # not "the adhd team at camhs in [place]"


def _venue_word(word: str, is_medical: IsMedical) -> bool:
    """A first name and surname, rare as a word, that names a home or a hospital ("the glen", "the
    grange"), no kind of place ("the mart", "the gurdwara")."""
    return word in vocabulary.first_names() and word in vocabulary.surnames() and word not in recognizers.STOP \
        and word not in vocabulary.EVERYDAY_WORDS and word not in recognizers.NOT_A_UNIT \
        and word not in recognizers.NOT_A_SERVICE_PLACE and not recognizers.not_a_venue(word) \
        and word not in recognizers.KIN_WORDS and word not in recognizers.ROLE_WORDS and not is_medical(word) \
        and not recognizers.common_word(word) and vocabulary.english_frequency(word) < vocabulary.COMMON \
        and word not in vocabulary.large_places()


_LIST_TITLES = recognizers.TITLE_WORDS | set(recognizers.TITLE_ABBREVIATIONS) | {"st", "jr"}


#: Words that open a sign-off or a wish before a name and a comma ("Love, [name] x", "Hope, [name],
#: you're ok"): no name listed with the one after them.
_SIGN_OFF_WORDS = recognizers.SIGN_OFF_WORDS | {"hope", "sorry", "welcome", "congrats", "bless"}
_CLITIC_END = re.compile(r"n?['’](?:re|ll|ve|d|s|m|t)$")


def _listable(text: str, start: int, word: str, is_medical: IsMedical) -> bool:
    lower = vocabulary.base_term(word)
    if lower.rstrip(".") in _LIST_TITLES or re.fullmatch(r"i['’](?:m|ve|ll|d)", word, re.IGNORECASE) \
            or lower.replace(".", "") in recognizers.CREDENTIALS:
        return False  # "[name] and Prof. [name]": the title stays; "Hi [name], I'm ..."; "[name], MD, FRCPC"
    if (clitic := _CLITIC_END.search(lower)) and (lower[:clitic.start()] in recognizers.STOP
                                                  or recognizers.common_word(lower[:clitic.start()])):
        return False  # "thanks [name], you're a star"
    capitalised = word[:1].isupper() and not word.isupper()
    if not capitalised and lower in vocabulary.IRREGULAR_FORMS:
        return False  # "the nurse, [name], sang to him": a verb's past
    if not capitalised and recognizers.common_word(lower) and (_OBJECT_AFTER.match(text, start + len(word))
                                                             or _NUMBERED_AFTER.match(text, start + len(word))):
        return False  # "[name], love them": a verb and its object; "[name], ward D9": a numbered thing
    sentence_start = recognizers.at_sentence_start(text, start)
    if word.isupper() and len(word) <= 3 and lower in recognizers.REGION_CODES and text[start - 2:start] == ", " \
            and not text[start + len(word):start + len(word) + 1].isalnum():
        return False  # "[name], Newton, BC": the province after a town, a region, no name
    if word.isupper() and lower in vocabulary.KNOWN_INITIALS or lower in recognizers.ROLE_WORDS \
            or lower in recognizers.KIN_WORDS and not capitalised:
        return False  # "the NGO, [name],", "the help line lady, [name],", "my da, [name],": who the person
        # is, beside the name
    if is_medical(word) or lower in recognizers.STOP and not (
            capitalised and not sentence_start and lower in vocabulary.first_names()):
        return False  # though "Met [name] and Will at the walk"
    if lower in vocabulary.EVERYDAY_WORDS and not (capitalised and lower in vocabulary.first_names()):
        return False  # "Mum and Dad", though "Christian"
    if not capitalised and language.foreign_phrase(text, start, start + len(word)):
        return False  # "murió en [name], ahora tengo": a phrase of another language
    if lower in vocabulary.first_names() or lower in vocabulary.given_names() and (
            capitalised or not recognizers.common_word(lower)):
        if sentence_start and text[start + len(word):start + len(word) + 1] == "," and lower in _SIGN_OFF_WORDS:
            return False  # "Love, [name] x": a sign-off's word, not a name; though "Sue, [name] and [name] came"
        # "Mo and [name] from the group": a first name opening the list too.
        return capitalised or lower not in vocabulary.AMBIGUOUS_FIRST_NAMES or not recognizers.common_word(lower)
    if capitalised and not sentence_start:
        # "Love to [name] and Sky": capitalised in mid-sentence, beside a name, is a name.
        return lower not in vocabulary.large_places() and lower not in vocabulary.towns()
    # "[name], ruperto and [name]": lowercase, a word no list knows.
    return not recognizers.in_dictionary(lower) and vocabulary.english_frequency(lower) < vocabulary.KNOWN \
        and not recognizers.medical_word(lower)


# --- joining -------------------------------------------------------------------------------------

def _join(text: str, spans: list[Span]) -> list[Span]:
    """Neighbouring spans that are one identifier: "[name] del [name]", "[address], [place] [postcode]"."""
    joined: list[Span] = []
    for span in spans:
        if joined:
            last = joined[-1]
            gap = text[last[1]:span[0]]
            kinds = {last[2], span[2]}
            if kinds <= _PLACE_KINDS and (_JOIN_GAP.fullmatch(gap) or (gap and not gap.strip(" \t")) or (
                    kinds & _ADDRESS_KINDS and _ADDRESS_GAP.fullmatch(gap))):
                kind = "address" if kinds & _ADDRESS_KINDS else _specific(last[2], span[2])
                joined[-1] = (last[0], span[1], kind)
                continue
        joined.append(span)
    return joined

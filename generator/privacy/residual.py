"""What may still identify someone after redaction: reasons to hold a post rather than publish it.

The recognizers redact what they are sure of. Some words are left that may be part of an
identifier but may as well be prose: a word no list knows ("sporup"), a capitalised first name
in mid-sentence that is also a word ("and Wilson were"), a long run of digits in no known shape,
a capital touching a redacted name or address ("[name] K"), a listed name in a post written
without capitals, where case says nothing ("ask kim", even one that is a word: "my shift with
sue"), a capitalised word after a word for where
that no rule explained ("off the Lizard": new text keeps naming places in shapes no rule has met,
and this is where most of them stand), and in a post without capitals a small town's word where a
place stands ("the suboxone clinic in hazard", "nights in [place] and par"). Redacting those would cost too many
words of ordinary posts; publishing them would risk a person. The gate holds such a post for a
moderator instead (fail closed), within the share of posts that the editors can review.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence

from generator.privacy import language, recognizers, vocabulary
from generator.privacy.spans import Covered

Span = tuple[int, int, str]
IsMedical = Callable[[str], bool]

_WORD = re.compile(r"(?<![\w'’@#/.:-])[^\W\d_][\w'’-]*")
_DIGITS = re.compile(r"(?<![\w./-])(?<!\d,)\+?\(?\d[\d \t().-]{5,}\d(?![\w/])")
_YEARS = re.compile(r"(?:(?:19|20)\d\d[ \t]*[-–][ \t]*)+(?:19|20)\d\d")  # "2019-2023"
_CLITIC = re.compile(r"n['’]t$|['’](?:s|ll|ve|m|d|re|t)$", re.IGNORECASE)  # "Don't" is "Do", not "Don"
_INSTITUTION = re.compile(r"[ \t]+(?:Clinic|Hospital|Foundation|Institute|University|Centre|Center|Trust|Society)\b")
_PLACE_KINDS = frozenset({"name", "place", "address"})
#: Before a drug or a device, not a person: "tried the Mirena", "on Lyrica".
_TAKEN_BEFORE = re.compile(r"\b(?:the|a|an|my|her|his|on|tried|trying|using|taking|prescribed|started|stopped)[ \t]+$",
                           re.IGNORECASE)


def risks(text: str, spans: Sequence[Span], is_medical: IsMedical,
          kept: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int, str]]:
    """Each ``(start, end, reason)`` outside the findings (and what was ``kept`` on purpose, such as
    a public health page's address) that may be an identifier."""
    covered = Covered([(s[0], s[1]) for s in spans] + list(kept))
    ends = {e for _, e, kind in spans if kind in _PLACE_KINDS}
    starts = {s for s, _, kind in spans if kind in _PLACE_KINDS}

    def free(start: int, end: int) -> bool:
        return not covered.overlaps(start, end)

    def touches(start: int, end: int) -> bool:
        """Beside a redacted name or address: "[name] K", "Moraes dos [place]"."""
        return any(start - len(gap) in ends and text[start - len(gap):start] == gap for gap in (" ", " dos ", " de ")) \
            or (end + 1 in starts and text[end:end + 1] == " ")

    place_ends = {e for _, e, kind in spans if kind in ("place", "address")}
    place_starts = {s for s, _, kind in spans if kind in ("place", "address")}
    name_starts = {s for s, _, kind in spans if kind == "name"}
    name_ends = {e for _, e, kind in spans if kind == "name"}
    found = []
    lowercase_post = not any(c.isupper() for c in text)
    first_names, surnames = vocabulary.first_names(), vocabulary.surnames()
    for match in _WORD.finditer(text):
        word = match.group()
        if "'" in word or "’" in word:
            word = _CLITIC.sub("", word)
        if word.islower() and len(word) > 1 and vocabulary.english_frequency(word) > 0 and (
                not lowercase_post or (word not in first_names and word not in surnames)):
            continue  # most words: known, and in no list of names
        start, end = match.span()
        if not free(start, end):
            continue
        lower = vocabulary.base_term(word)
        if (word.isupper() and len(word) > 1) or lower in vocabulary.large_places() or lower in recognizers.STOP \
                or recognizers.names_a_language(text, start, end) or recognizers.food_not_a_name(text, start, word) or (
                word[:1].isupper() and (recognizers.part_of_large_place(text, start, end)
                                        or recognizers.in_holiday(text, start, end))):
            continue  # "FAQ", "TED's", "America", "North Carolina", "Christmas Eve", "in Darija", "brought kai"
        if _unknown(lower, word, is_medical):
            if (word.islower() or recognizers.at_sentence_start(text, start)
                    or language.language_at(text, start, end) in language.NOUNS_CAPITALISED) \
                    and (language.foreign_word(text, start, end) or language.foreign_phrase(text, start, end)):
                continue  # "ilaçları bitmiş", "Majikan saya", "zur Gruppe": a word of the sentence's language
            if not recognizers.followed_by_condition_word(text, end) and not (  # "a Chiari malformation": an eponym
                    word.islower() and not lowercase_post and recognizers.after_indefinite_article(text, start)):
                found.append((start, end, "a word no list knows"))
        elif (word[:1].isupper() and not word.isupper() and (lower in vocabulary.first_names() or lower in vocabulary.name_words())
              and lower not in vocabulary.EVERYDAY_WORDS and not recognizers.at_sentence_start(text, start)
              and not recognizers.followed_by_condition_word(text, end)
              and not recognizers.describes_medical_word(text, word, end, is_medical)  # "Brain surgery"
              and not (is_medical(word) and match.group() != word)  # "Addison's", "Wilson's"
              and not (is_medical(word) and _taken(text, start))  # "the Mirena", "My Reha"
              and not _INSTITUTION.match(text, end)  # "the Mayo Clinic"
              and not recognizers.names_a_language(text, start, end)  # "speaks only Dari"
              and not (text[end:end + 1] == ":" and lower in recognizers.FIELD_LABELS)):  # "Ward: Lister Unit"
            found.append((start, end, "a capitalised first name"))
        elif lowercase_post and _listed_name(lower, word, is_medical):
            found.append((start, end, "a name from the lists in a post without capitals"))
        elif lowercase_post and (lower in recognizers.PEOPLE_AND_WORDS and lower != "will" or _name_more_than_word(lower)) \
                and not is_medical(word) and not recognizers.followed_by_condition_word(text, end) \
                and not (_NOT_A_NAME_BEFORE.search(text, max(0, start - 30), start) and not (
                    lower not in recognizers.PEOPLE_AND_WORDS and _TO_BEFORE.search(text, max(0, start - 4), start))) \
                and not _NOT_A_NAME_AFTER.match(text, end):
            found.append((start, end, "a given name that is also a word in a post without capitals"))
        elif lowercase_post and lower in vocabulary.given_names() and lower not in vocabulary.EVERYDAY_WORDS \
                and _listed_with_name(text, start, end, name_starts, name_ends):
            found.append((start, end, "a given name listed with a redacted name"))
        elif touches(start, end) and _name_shaped(text, start, word, is_medical) and lower not in recognizers.CREDENTIALS:
            found.append((start, end, "a word beside a redacted name or address"))
    # "my nonna", "nga mihi": a relative's word after whose, a greeting's word (judged only for what
    # the rules above would hold, as most words never get this far)
    found = [(start, end, reason) for start, end, reason in found
             if not recognizers.owned_kin_word(text, start, vocabulary.base_term(text[start:end]))
             and not recognizers.in_greeting(text, start, end) and not _respect_after_kin(text, start, end)]
    for match in _GIVEN_OPENING.finditer(text):
        start, end = match.span(1)
        lower = match.group(1).lower()
        # "Will has his MRI": a modal never comes before "has", "is" or a possessive.
        modal_name = lower in recognizers.STOP and lower in vocabulary.first_names() and match.group(2) is not None
        if free(start, end) and lower in vocabulary.given_names() and lower not in vocabulary.EVERYDAY_WORDS \
                and (lower not in recognizers.STOP or modal_name) and lower not in recognizers.KIN_WORDS \
                and lower not in recognizers.SEASONS and (lower not in recognizers.ABSTRACT_NAMES or modal_name) \
                and lower not in vocabulary.large_places() and not is_medical(match.group(1)):
            found.append((start, end, "a given name opening a sentence before a verb"))
    for match in _WHERE_CAPITAL.finditer(text) if any(c.isupper() for c in text) else ():
        start, end = match.span(1)
        if free(start, end) and _may_be_where(text, match, is_medical):
            found.append((start, end, "a capitalised word after a word for where"))
    for match in recognizers.SERVICE_AT_LOWER.finditer(text) if " at " in text or " @ " in text else ():
        start, end = match.span(1)
        if free(start, end) and _may_be_a_service_place(match.group(1), is_medical):
            found.append((start, end, "a lowercase word after a service and \"at\""))
    if (opening := _AT_OPENING.match(text)) and free(*opening.span(1)) and _may_be_a_service_place(opening.group(1), is_medical):
        found.append((*opening.span(1), "a lowercase word after \"@\" opening a post"))  # "@ kings w/ mum 2day"
    # In a post with capitals, only a word ending as places do is looked at (one pattern, not a loop
    # over every word after "in", which every post has).
    for match in (_WHERE_LOWER_WORD if lowercase_post else _WHERE_TOPONYM).finditer(text):
        start, end = match.span(1)
        if lowercase_post and free(start, end) and _small_town_word(match.group(1), is_medical):
            found.append((start, end, "a town of the lists after a word for where in a post without capitals"))
        elif free(start, end) and recognizers.unlisted_compound(match.group(1), is_medical):
            # in lowercase, though the post has capitals: "Dad's in ninewells with pneumonia"
            found.append((start, end, "a compound no dictionary holds after a word for where"))
        elif not lowercase_post and free(start, end) and _small_town_word(match.group(1), is_medical):
            # "sit with mum at leighton": a town of the lists, ending as places do, typed in lowercase
            found.append((start, end, "a town of the lists in lowercase after a word for where"))
        elif lowercase_post and free(start, end) and _unknown_but_near_a_word(match.group(1), is_medical):
            # "pray with granny at anmed,": a hospital's name one letter from a word ("armed")
            found.append((start, end, "a word no dictionary holds after a word for where in a post without capitals"))
    for match in _LISTED_AFTER.finditer(text) if lowercase_post and place_ends else ():
        start, end = match.span(1)
        if match.start() in place_ends and free(start, end) and _small_town_word(match.group(1), is_medical,
                                                                                  any_frequency=True):
            found.append((start, end, "a town of the lists listed with a redacted place"))
    for match in _IN_AFTER.finditer(text) if lowercase_post and place_ends else ():
        start, end = match.span(1)
        if match.start() in place_ends and free(start, end) and _small_town_word(match.group(1), is_medical,
                                                                                  any_frequency=True, after_place=True):
            found.append((start, end, "a town of the lists after a redacted place and \"in\""))
    for match in _COMING_IN_FROM_WORD.finditer(text) if lowercase_post and " from " in text else ():
        start, end = match.span(1)
        word = match.group(1)
        if free(start, end) and word not in recognizers.STOP and word not in vocabulary.EVERYDAY_WORDS \
                and word not in _ORIGINS_NO_TOWN and word not in recognizers.KIN_WORDS and not is_medical(word) \
                and word not in vocabulary.large_places():  # "drove in from lebanon": a country or a state
            found.append((start, end, "a word after coming in from, in a post without capitals"))
    for match in recognizers.VENUE_IN_LOWER.finditer(text):
        word = match.group(1).split()[0]
        start, end = match.start(1), match.start(1) + len(word)
        # no one is in hospital "in hope": after where one is treated, as after a place, a state of life is
        # a town (though "the group in hope is nice")
        treated = match.group().split()[0] in _WHERE_TREATED
        if free(start, end) and _small_town_word(word, is_medical, any_frequency=True, after_place=treated):
            found.append((start, end, "a town of the lists where a clinic or a group is, in lowercase"))
    for match in _LISTED_BEFORE.finditer(text) if lowercase_post and place_starts else ():
        start, end = match.span(1)
        if match.end() in place_starts and free(start, end) and (
                _small_town_word(match.group(1), is_medical, any_frequency=True)
                or match.group(1) in recognizers.MONTH_NAMES and match.group(1) in vocabulary.towns()):
            found.append((start, end, "a town of the lists listed before a redacted place"))  # "anyone in march or [place]?"
    for match in _DIGITS.finditer(text):
        start, end = match.span()
        digits = sum(c.isdigit() for c in match.group())
        if digits >= 7 and free(start, end) and not _YEARS.fullmatch(match.group()):
            found.append((start, end, "a long run of digits"))
    return found


#: Before a given name that is also a word, what makes it the word: an article or a possessive ("the
#: bill", "the big bill"), a verb's subject or helper ("to sue", "he drew", "be frank"), a noun it qualifies
#: or is qualified by ("poison ivy", "x-ray", "question mark").
_NOT_A_NAME_BEFORE = re.compile(r"(?:\b(?:(?:the|a|an|my|your|his|her|our|their|its|this|that|these|those|every|each|any|"
                                r"no|some)[ \t]+(?:[a-z]+[ \t]+)?|(?:to|can|could|will|would|should|might|must|gonna|wanna|not|i|we|they|you|he|she|"
                                r"it|be|is|was|are|were|been|very|so|quite|too|bit|more|poison|question|birth|gas|"
                                r"phone|electric|water|medical|hospital|vet|of)[ \t]+)|['’]ll[ \t]+|[-/])\Z")
#: ... though "to" makes a verb only of a name that is one ("to sue"; not "moved to henry ford").
_TO_BEFORE = re.compile(r"\bto[ \t]+\Z")
#: After it: a contraction's end ("don't"), or a noun it qualifies as a word ("amber alert").
_NOT_A_NAME_AFTER = re.compile(r"['’](?:t|d|ve|re|ll)\b|[ \t]+(?:alert|warning|light|lights|bush|berries|leaf|leaves|"
                               r"plant|jam|on[ \t]+rails|of[ \t]+all|up|out|off|down|the|a|an|my|your|his|her|them|"
                               r"him|it|us|me)\b")


def _name_more_than_word(lower: str) -> bool:
    """"jade", "kyle", "sam": a first name the web writes more often as a name than as the word it
    also is (not a virtue, a season or a word of every day)."""
    return lower in vocabulary.name_words() and lower in vocabulary.first_names() and lower not in recognizers.STOP \
        and lower not in vocabulary.EVERYDAY_WORDS and lower not in recognizers.ABSTRACT_NAMES \
        and lower not in recognizers.SEASONS and lower not in vocabulary.AMBIGUOUS_FIRST_NAMES \
        and lower not in recognizers.KIN_WORDS


def _may_be_a_service_place(word: str, is_medical: IsMedical) -> bool:
    """"the ER at mercy fitzgerald", "my ivf clinic at create fertility": a lowercase word after a
    service and "at" that no rule explained may be a hospital's or a clinic's name."""
    return word not in recognizers.STOP and word not in vocabulary.EVERYDAY_WORDS and word not in recognizers.NOT_A_SERVICE_PLACE \
        and word not in recognizers.GENERIC_BEFORE_SPECIALTY \
        and not recognizers.not_a_venue(word) and not is_medical(word) and word not in vocabulary.large_places() \
        and not re.fullmatch(r"[a-z]+(?:ly|ing)", word) and word not in vocabulary.SERVICE_INITIALS  # "the adhd team at camhs"


#: In a post without capitals, a word after a word for where that a town of the lists is named by:
#: "the amish midwife in charm", "the nurse from unity" (not "in pain", "at home": words that common).
_WHERE_LOWER_WORD = re.compile(r"(?:\b(?:in|at|from|fae|frae|near|past|outside|around)|(?:(?<=[ \t])|^)@)[ \t]+([a-z][a-z'’-]{2,})\b(?!['’-])")
#: "nights in [place] and par": a word joined to a redacted place by "and" or "or", before what may
#: follow a town.
_LISTED_AFTER = re.compile(r"[ \t]+(?:&|and|or)[ \t]+([a-z][a-z'’-]{2,})" + recognizers.TOWN_FOLLOWS)
#: Where one is treated, before "in" and a town: "dad's in hospital in hope".
_WHERE_TREATED = frozenset({"hospital", "hospice", "clinic", "surgery", "ward", "unit", "rehab", "dialysis", "chemo"})
#: ... or before it, after a word for where: "anyone in march or [place]?"
_LISTED_BEFORE = re.compile(r"\b(?:in|at|from|near|around)[ \t]+([a-z][a-z'’-]{2,})[ \t]+(?:&|and|or)[ \t]+")
#: ... or the town a redacted hospital is in: "they blue lighted him to the [place] in bath".
_IN_AFTER = re.compile(r"[ \t]+in[ \t]+([a-z][a-z'’-]{2,})" + recognizers.TOWN_FOLLOWS)
#: ... or what someone comes or drives in, over, up or down from, however common its word: "we come
#: in from mumbles, the nurse rings" (a village no list holds); or is home from ("finally home from
#: starship,": a children's hospital).
_COMING_IN_FROM_WORD = re.compile(r"(?:\b(?:come|comes|came|coming|drive|drives|drove|driving|fly|flies|flew|flying|travel|"
                                  r"travels|commute|commutes|bring|brings|brought|bringing)[ \t]+(?:(?:him|her|me|us|them)[ \t]+)?"
                                  r"(?:in|over|up|down|across|out|through)|\bhome)[ \t]+from[ \t]+([a-z][a-z'’-]{2,})"
                                  + recognizers.TOWN_FOLLOWS)
#: What one comes in from that is no town: "came in from work", "drove up from uni".
_ORIGINS_NO_TOWN = frozenset({"work", "school", "town", "uni", "college", "abroad", "overseas", "outside", "downstairs",
                              "upstairs", "church", "hospital", "shopping", "holiday", "holidays", "lunch", "dinner",
                              "break", "camp", "training", "practice", "tafe", "gym", "mass", "rehab", "hospice",
                              "surgery", "the", "somewhere", "nowhere", "everywhere", "afar", "away", "far", "nearby",
                              "upstate", "downstate", "out", "inland", "interstate", "country", "city", "bush", "station",
                              "theatre", "theater", "recovery", "resus", "triage", "there", "here", "nursery", "daycare",
                              "hols", "vacation", "trip", "visit", "sleepover", "party", "service", "appointment",
                              "appointments", "clinic", "hosp", "uni's", "dialysis", "chemo", "treatment", "respite",
                              "deployment", "tour", "duty", "shift", "nights", "days", "leave", "jail", "prison"})
#: How common a small town's word may be and still hold such a post.
_TOWN_WORD_FREQUENCY = 20_000
#: Towns' words that follow those words as pastimes, places of care or idioms: "takes her to bingo",
#: "at rugby", "wrote in haste", "in situ".
_PASTIMES_AND_IDIOMS = frozenset({"haste", "situ", "toto", "bingo", "bowling", "cricket", "rugby", "hydro", "spa", "salon",
                                  "foster", "tune", "time", "bed", "rehab"})


#: How places' names end, in a post with capitals whose writer typed a place in lowercase ("in
#: ninewells"), where words run together are as often a program's ("autocomplete", "bodytext").
_WHERE_TOPONYM = re.compile(r"\b(?:in|at|from|fae|frae|near|past|outside|around)[ \t]+([a-z]{3}[a-z'’-]*?(?:wells?|fields?|woods?|"
                            r"hills?|dale|vale|brook|bridge|ford|bury|burgh|borough|ton|town|ville|side|stead|stone|"
                            r"chapel|church|kirk|moor|mead|lands?|gate|port|mouth|cliffe?|head|heath|holme?|hurst|leigh|"
                            r"ley|mere|pool|shaw|thorpe|wick|worth|green|park|view|ridge|haven|banks?|burn|dene|castle|"
                            r"cross|croft|house|hall|cote|combe|ham))\b(?!['’-])")


#: A post that opens on where its writer is, in chat's "@": "@ kings w/ mum 2day".
_AT_OPENING = re.compile(r"[ \t]*(?:@|at)[ \t]+([a-z][a-z'’-]{2,})\b(?![ \t]*['’-])")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)[ \t]+$")


def _respect_after_kin(text: str, start: int, end: int) -> bool:
    """A word of respect after a word for kin: "dadi ji", "papa ji" (though "ji" is a given name too)."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return text[start:end].lower() in recognizers.KIN_AFTER_NAME and before is not None \
        and (before.group(1).lower() in recognizers.KIN_WORDS or before.group(1).lower() in vocabulary.EVERYDAY_WORDS)


def _unknown_but_near_a_word(lower: str, is_medical: IsMedical) -> bool:
    """A word neither the web's counts nor a dictionary hold, explained only as a slip of the keyboard."""
    return len(lower) >= 4 and lower.isalpha() and vocabulary.english_frequency(lower) == 0 \
        and not recognizers.in_dictionary(lower) and lower not in recognizers.STOP \
        and lower not in vocabulary.EVERYDAY_WORDS and not is_medical(lower) and not recognizers.medical_word(lower) \
        and lower not in vocabulary.large_places() and not recognizers.compound_word(lower) \
        and lower not in vocabulary.KNOWN_INITIALS \
        and not recognizers.british_spelling(lower) and not recognizers.prefixed_word(lower)


def _small_town_word(lower: str, is_medical: IsMedical, *, any_frequency: bool = False, after_place: bool = False) -> bool:
    """A town of the lists whose name is a word; after "a clinic in" or "the group at" (where no verb
    stands: "a clinic in settle once a month"), however common the word. Right after a redacted place,
    a town that is a state of life elsewhere ("living in hope") is a town: "rehab at the [place] in hope,"."""
    return (lower in vocabulary.towns() or lower in vocabulary.word_towns()) \
        and (any_frequency or vocabulary.english_frequency(lower) < _TOWN_WORD_FREQUENCY) and lower not in recognizers.STOP \
        and lower not in vocabulary.EVERYDAY_WORDS and not recognizers.not_a_venue(lower) \
        and lower not in recognizers.KIN_WORDS and lower not in vocabulary.large_places() and not is_medical(lower) \
        and lower not in _PASTIMES_AND_IDIOMS \
        and (lower not in recognizers.NOT_TOWNS_AFTER_LIVING or after_place and lower in _TOWNS_AFTER_A_PLACE) \
        and lower not in recognizers.NOT_A_SERVICE_PLACE


#: States of life that, right after a place, are towns: no one is at a clinic "in hope," (though "in time").
_TOWNS_AFTER_A_PLACE = frozenset({"hope", "paradise", "eureka", "independence", "opportunity", "surprise"})
#: A capital after a word for where, in mid-sentence: "the nurse at Regions", "in Huntington",
#: "on Mile 7 Road", "at Village de l'Est", "up the holler past War" (the shapes of places new text keeps bringing).
_WHERE_CAPITAL = re.compile(r"(?<=[a-z,;)][ \t])(?:at|in|on|off|from|near|to|into|outside|around|past)[ \t]+(?:the[ \t]+)?"
                            r"((?-i:[A-Z])[\w'’.-]*)")
_CLAUSE_AFTER = re.compile(rf"[ \t]+(?:{recognizers.AFTER_A_PLACE})", re.IGNORECASE)
#: Words capitalised after "in" or "on" that name no place: programmes, benefits, schemes.
#: Compass words name a region ("in the South"), though after "at the" a hospital ("at the Northern").
_COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper",
                      "lower"})
#: (Kinds of place, services, everyday words and assemblies are the recognizers' lists.)
_NOT_WHERE = frozenset({"medicare", "medicaid", "mam", "x-ray", "mandarin", "internet", "web", "help", "heaven", "earth",
                        "hospice", "majors", "theatre", "theater", "resus", "recovery"})


#: Words of ICD's descriptions this common are everyday words first ("old", "heart", "new"): before
#: another capital they may begin a place ("from Old Crow") as well as a body ("at Heart Research").
_EVERYDAY_MEDICAL = 50_000


def _may_be_where(text: str, match: re.Match[str], is_medical: IsMedical) -> bool:
    """Whether a capitalised word after a word for where, left by every rule, may be a place; not a
    drug one is on, an eponym with its possessive, a language, a people, a day or a holiday."""
    word = match.group(1).rstrip(".")
    start, end = match.start(1), match.start(1) + len(word)
    lower = vocabulary.base_term(word)
    if word.isupper() or word[1:] != word[1:].lower() and "-" not in word or lower.endswith("-speaking") \
            or word[:2] in ("I'", "I’"):
        return False  # "at NHS", "on YouTube", "in English-speaking groups", "from now on I'm"
    if lower.endswith("s") and (lower[:-1] in vocabulary.EVERYDAY_WORDS or lower[:-1] in _NOT_WHERE
                                or lower[:-1] in vocabulary.all_languages()):
        lower = lower[:-1]  # "targeted at Muslims"
    if lower in vocabulary.EVERYDAY_WORDS or lower in _NOT_WHERE or lower in recognizers.STOP or recognizers.not_a_venue(lower) \
            or lower in recognizers.NOT_WORD_TOWNS \
            or lower.endswith(("ist", "ism")) \
            or lower in vocabulary.large_places() or lower in vocabulary.all_languages() or vocabulary.demonym(lower) \
            or lower in recognizers.TITLE_WORDS or lower in recognizers.HONORIFICS \
            or recognizers.in_holiday(text, start, end) or recognizers.part_of_large_place(text, start, end):
        return False
    before = match.group().split()[0].lower()
    if (previous := re.search(r"([A-Z][\w'’]*)[ \t]+$", text[max(0, match.start() - 30):match.start()])) \
            and previous.group(1) != "I" and not recognizers.at_sentence_start(text, match.start() - len(previous.group())):
        return False  # "What You Need to Know", "Dance Your Way to Fitness": a title
    if re.match(r"[ \t]+\[(?:name|place|address)\]", text[end:end + 12]):
        return False  # "in the Allies' [name]": a name's first word, the rest redacted when the post was imported
    if lower in _COMPASS and not re.match(r"(?:at|to)[ \t]+the[ \t]", match.group()):
        return False
    if (after := re.match(r"[ \t]+([A-Z][a-z]+)", text[end:end + 20])) and recognizers.not_a_venue(after.group(1).lower()):
        return False  # "in Intensive Care", "at Pain Clinic": a service, named by its specialty
    if re.match(r"[ \t]+[A-Z]{2,}\b", text[end:end + 8]):
        return False  # "at Parkinson's UK", "to Fuse TV": a body or a channel, named with its initials
    if re.match(r"[ \t]+[a-z]", text[end:end + 2]) and not _CLAUSE_AFTER.match(text, end) \
            and not re.match(r"[ \t]+[a-z]+s\b", text[end:end + 30]):
        return False  # "in the Discourse project": a name qualifying a thing (though "in Ballina runs")
    if lower.removesuffix("s") in recognizers.CHAINS or recognizers.medical_word(lower) and (
            before == "on" or re.match(r"[ \t]+[A-Z]", text[end:end + 2])
            and vocabulary.english_frequency(lower) < _EVERYDAY_MEDICAL):
        return False  # "at Boots", "on Hearing Loss", "at Thalassemia Society of India centre"
    return not (is_medical(word) and (re.search(r"['’]s?$", match.group(1)) or lower in vocabulary.drug_names()
                                      or before in ("on", "off", "into") or recognizers.followed_by_condition_word(text, end)
                                      or re.match(r"[ \t]+[a-z]", text[end:end + 2]) and not _CLAUSE_AFTER.match(text, end)))


#: "Storm is starting school", "Will has his scan", "Rose's teacher rang": at a sentence's start
#: case says nothing, and the verb fits a person as well as a word (abstract nouns, "Hope is the
#: best medicine", are judged by the recognizers' rules alone).
_GIVEN_OPENING = re.compile(r"(?:^|[.!?][ \t]+|\n)([A-Z][a-z]+)(?:(['’]s[ \t]+[a-z]|[ \t]+(?:is|was|has|had|isn['’]t|"
                            r"wasn['’]t|hasn['’]t)[ \t]+[a-z])|[ \t]+(?:will|can|could|would|won['’]t|can['’]t|didn['’]t|"
                            r"doesn['’]t)[ \t]+[a-z])")


def _taken(text: str, start: int) -> bool:
    """After an article, a possessive or a verb of taking, in lowercase or opening a sentence ("My
    Reha"; though "at The Bell", a title-cased name)."""
    before = _TAKEN_BEFORE.search(text, max(0, start - 12), start)
    return before is not None and (before.group()[:1].islower() or recognizers.at_sentence_start(text, before.start()))


def _listed_name(lower: str, word: str, is_medical: IsMedical) -> bool:
    """"kim", "freud": a first name, or a surname that is no English word ("holla", "tinder" are)."""
    if lower not in vocabulary.first_names() and (lower not in vocabulary.surnames() or recognizers.in_dictionary(lower)):
        return False
    if lower in recognizers.STOP or lower in vocabulary.EVERYDAY_WORDS or is_medical(word) or len(lower) < 3 \
            or lower in recognizers.KIN_WORDS:
        return False  # "my tio takes her": a kin word, though a name too
    return not recognizers.common_word(lower) and not recognizers.medical_word(lower)


_LIST_GAP = re.compile(r"[ \t]*(?:,|&|\band\b|\bor\b)[ \t]*")
_LIST_GAP_BEFORE = re.compile(r"[ \t]*(?:,|&|\band\b|\bor\b)[ \t]*$")


def _listed_with_name(text: str, start: int, end: int, name_starts: set[int], name_ends: set[int]) -> bool:
    """"([name] and peer)", "peer, [name]": joined to a redacted name by "and", "&" or a comma."""
    if _PREDICATE_BEFORE.search(text, max(0, start - 12), start):
        return False  # "the cafe is lovely, [name] who runs it": what something is, not a list of people
    if (after := _LIST_GAP.match(text, end)) and after.end() in name_starts:
        return True
    before = _LIST_GAP_BEFORE.search(text, max(0, start - 12), start)
    if before is None or before.start() not in name_ends:
        return False
    # "([name] and peer)", "[name], peer and me"; though "[name], hope the scan goes ok".
    return "," not in before.group() or bool(_LIST_END.match(text, end))


_PREDICATE_BEFORE = re.compile(r"\b(?:is|was|are|were|so|very|really|too|looks|looked|feels|felt|seems|seemed)[ \t]+$")
_LIST_END = re.compile(r"[ \t]*(?:[,.)!?]|\band\b|&|$)")


def _name_shaped(text: str, start: int, word: str, is_medical: IsMedical) -> bool:
    """"[name] K", "Moraes dos [place]": a capital or a capitalised word no one writes in prose."""
    if len(word) == 1:
        return word.isupper() and word not in "IA"
    lower = vocabulary.base_term(word)
    if not word[:1].isupper() or recognizers.at_sentence_start(text, start) or is_medical(word):
        return False
    if lower in recognizers.STOP or lower in vocabulary.EVERYDAY_WORDS or lower in _TITLES \
            or lower in recognizers.TITLE_WORDS or lower in recognizers.HONORIFICS:
        return False  # "Mama [name]", "Pak [name]": a title before the name it belongs to
    return lower not in vocabulary.large_places() and not recognizers.common_word(lower)


_TITLES = frozenset({"dr", "mr", "mrs", "ms", "mx", "miss", "nurse", "sister", "doctor", "prof", "professor", "sir",
                     "dame", "auntie", "aunt", "uncle", "nan", "grandma", "grandpa", "baby", "cousin"})


def _unknown(lower: str, word: str, is_medical: IsMedical) -> bool:
    if len(lower) < 4 or not lower.isalpha() or (word.isupper() and len(word) <= 6):
        return False
    if vocabulary.english_frequency(lower) > 0 or recognizers.in_dictionary(lower):
        return False  # "ethnicity", "wikis": rare words, but words
    if any(c.isupper() for c in word[1:]) or lower in vocabulary.large_places() or lower in vocabulary.languages() \
            or lower in vocabulary.KNOWN_INITIALS:
        return False  # "eGFR", "iPhone"; "Norway"; "Lingala"; "the jdrf walk"
    plain = unicodedata.normalize("NFKD", lower).encode("ascii", "ignore").decode()
    if plain != lower and not _unknown(plain, plain, is_medical):
        return False  # "café"
    if recognizers.compound_word(lower) or recognizers.british_spelling(lower):
        return False  # "helpline", "playgroup"; "moisturiser"
    if recognizers.prefixed_word(lower):
        return False  # "unsourced", "undeletion", "unmute"
    if lower in recognizers.STOP or lower in vocabulary.EVERYDAY_WORDS or is_medical(word):
        return False
    if lower in recognizers.ROLE_NOUNS or lower in recognizers.ROLE_WORDS:
        return False  # "the sonographer": who someone is
    if lower.endswith("s") and len(lower) > 4 and lower[:-1] not in vocabulary.first_names() \
            and lower[:-1] not in vocabulary.surnames() and not _unknown(lower[:-1], word[:-1], is_medical):
        return False  # "emojis", "meetups": the plural of a word that stands, as the recognizers judge it
    return not recognizers.medical_word(lower) and not recognizers.near_known(lower, is_medical)



"""carekb's own Presidio recognizers, for identifiers as they appear in patient forums.

Presidio's built-in recognizers cover e-mail, phone, card, IBAN, IP, SSN, MAC and URL shapes;
these add what forum posts need: names found by context ("my husband Dave", "Dr. Okafor",
"call me Jo") and by name lists, obfuscated e-mail, health and account numbers introduced by
their label, ages over 89, day-level dates, street addresses, towns with postcodes, social
handles and profile links, and device ids.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import Any

from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import EmailRecognizer

from generator.privacy import language, vocabulary
from generator.privacy.spans import Covered


def _letter_class(predicate: Any) -> str:
    """A regex character class of the BMP characters for which ``predicate`` holds (``re`` has no \\p{Lu})."""
    ranges: list[tuple[int, int]] = []
    for code in range(0x10000):
        if predicate(chr(code)):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    return "[" + "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
                         for a, b in ranges) + "]"


#: Any capital letter, in any cased script: "Červinková", "Đoko", "Λεωφόρος" are capitalised too.
UPPER = _letter_class(str.isupper)

_CASED = re.DOTALL | re.MULTILINE
_ANY_CASE = _CASED | re.IGNORECASE

MONTHS = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
#: Months in French, Spanish, Portuguese, German, Italian, Polish, Dutch and the Scandinavian languages.
_FOREIGN_MONTHS = (r"(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|"
                   r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|se(?:p)?tiembre|octubre|noviembre|diciembre|"
                   r"janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|novembro|dezembro|januar|februar|"
                   r"m[äa]rz|juni|juli|oktober|dezember|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|"
                   r"ottobre|dicembre|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|wrze[śs]nia|"
                   r"pa[źz]dziernika|listopada|grudnia|desember|januari|februari|maart|mei|augustus)")
#: "ninety-six", "a hundred and two": ages over 89 in words.
_AGE_IN_WORDS = (r"(?:ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|(?:a|one)[- ]hundred(?:[- ]and[- ]"
                 r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))?)")
#: What a recognizer whose findings always hold a digit needs a post to have: posts without one skip it.
NEEDS_DIGIT = re.compile(r"\d")
#: Holidays that fall on one day: "Boxing Day", "New Year's Eve", "Easter Sunday".
_HOLIDAYS = (r"(?:christmas|x-?mas) (?:day|eve)|boxing day|new year['’]?s (?:day|eve)|hogmanay|valentine['’]?s day|"
             r"(?:(?<=\bthe )|(?<=\bon )|(?<=\bfor )|(?<=\bthis )|(?<=\blast )|(?<=\bnext ))valentine['’]s\b|"
             r"(?:(?:st\.?|saint) )?patrick['’]?s day|"
             r"(?:st\.?|saint) (?:david|george|andrew|stephen|nicholas|swithin|lucy|lucia|john|joseph|martin|piran|"
             r"brigid|jean-baptiste)['’]?s? (?:day|eve)|burns night|bonfire night|guy fawkes night|hallowe['’]?en|"
             r"thanksgiving(?: day)?|independence day|(?:the )?fourth of july|canada day|australia day|anzac day|"
             r"remembrance (?:day|sunday)|easter (?:sunday|monday|day)|good friday|mother['’]?s day|"
             r"father['’]?s day|mothering sunday|eid(?: al-(?:fitr|adha))?|diwali")
_HOLIDAY = re.compile(r"\b(?:" + _HOLIDAYS + r")\b", re.IGNORECASE)


_HOLIDAY_WORDS = frozenset(re.findall(r"[a-z]+", _HOLIDAYS))


_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|my|your|his|her|our|their|new|old)[ \t]+$")


def _shouted(text: str) -> bool:
    """Most of the post's letters are capitals."""
    upper = sum(c.isupper() for c in text)
    return upper > len(text) // 4 and upper > sum(c.islower() for c in text)


def in_holiday(text: str, start: int, end: int) -> bool:
    """The span is part of a holiday's name: "Christmas Eve", "St Patrick's Day"."""
    words = re.findall(r"[a-z]+", text[start:end].lower())
    return bool(words) and all(w in _HOLIDAY_WORDS for w in words if w != "s") \
        and any(s <= start and end <= e for s, e in _holidays(text))


@lru_cache(maxsize=4)
def _holidays(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in _HOLIDAY.finditer(text))  # once per text, asked of many words


#: "the twelfth of March": days of the month as ordinal words.
_ORDINAL_DAYS = (r"(?:(?:twenty|thirty)[- ])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|"
                 r"twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth|thirtieth")
_ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
                  "twelfth", "teenth", "twentieth", "thirtieth")
_WEBMAIL_HOSTS = ("gmail", "googlemail", "hotmail", "outlook", "yahoo", "icloud", "aol", "btinternet", "virginmedia",
                  "protonmail", "gmx", "ymail", "msn")
_WEBMAIL = "(?:" + "|".join(_WEBMAIL_HOSTS) + ")"
_TLDS = r"(?:com|org|net|edu|gov|co|uk|io|me|info|us|ca|au|de|fr|nl|ie|nz|in|biz)"


class OfflineEmailRecognizer(EmailRecognizer):
    """Presidio's e-mail recognizer checks the domain with tldextract, whose default fetches the
    public suffix list from the web on first use; this one only reads the bundled snapshot."""

    def __init__(self) -> None:
        import tldextract

        super().__init__()
        self._extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)

    def validate_result(self, pattern_text: str) -> bool:
        return bool(self._extract(pattern_text).fqdn)


class Needs:
    """A quick test that any text a slow pattern can match passes: one of ``words`` in its lowercase
    form, then ``regex`` if given. Looking up a few substrings costs far less than a regular
    expression of many alternatives, which is tried at every position of a post."""

    def __init__(self, words: Iterable[str], regex: str | None = None) -> None:
        self.words = tuple(words)
        self.regex = re.compile(regex, re.IGNORECASE) if regex else None

    def search(self, text: str) -> bool:
        lower = text.lower()
        return any(w in lower for w in self.words) and (self.regex is None or self.regex.search(text) is not None)


_DIGITS = tuple("0123456789")
#: Hosts of people's own sites, whose subdomain is the person's page: "janes-journey.wordpress.com".
_PERSONAL_HOSTS = ("wordpress", "blogspot", "substack", "wixsite", "weebly", "tumblr", "github", "carrd", "ghost",
                   "jimdosite", "squarespace", "webnode", "mystrikingly")


def pattern(entity: str, name: str, regex: str, score: float, *, context: list[str] | None = None,
            flags: int = _ANY_CASE, needs: str | re.Pattern[str] | Needs | None = None,
            kind: type[PatternRecognizer] = PatternRecognizer) -> PatternRecognizer:
    """A pattern recognizer; ``needs``, if given, is a quick test that any text it can match
    passes (the slow ones are skipped on the many posts without one)."""
    recognizer = kind(supported_entity=entity, name=f"carekb_{name}",
                                   patterns=[Pattern(name, regex, score)], context=context or [],
                                   global_regex_flags=flags)
    recognizer.needs = re.compile(needs, re.IGNORECASE) if isinstance(needs, str) else needs  # type: ignore[attr-defined]
    return recognizer


class AgeRecognizer(PatternRecognizer):
    """Ages over 89: the finding is the number itself, whatever context matched with it ("her
    birthday is March 14th, she'll be [age]", "aged [age]")."""

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for result in results:
            if numbers := list(_AGE_NUMBER.finditer(text, result.start, result.end)):
                result.start, result.end = numbers[-1].span()
        return results


_AGE_NUMBER = re.compile(r"(?<!\d)(?:9\d|1[01]\d)(?!\d)(?:st|nd|rd|th)?"
                         r"(?:\s*(?:-|\s)?\s*(?:y\.o\.|(?:years?|yrs?|yo|y/o|y)(?:[\s-]*old)?\b))?", re.IGNORECASE)


class ObfuscatedEmailRecognizer(PatternRecognizer):
    """``jane dot doe at gmail dot com``, ``jo @ gmail . com``: counts only when something is actually spelled
    out, bracketed or spaced, so that "my blog is at facebook.com" is not an address."""

    def __init__(self, entity: str, name: str, regex: str, score: float) -> None:
        super().__init__(supported_entity=entity, name=f"carekb_{name}", patterns=[Pattern(name, regex, score)],
                         global_regex_flags=_ANY_CASE)

    #: Something spelled out or bracketed, and a top-level domain.
    needs = re.compile(r"(?:\bdot\b|[\[({]\s*(?:at|@|dot)\s*[\])}]|[ \t]@[ \t]).*\b" + _TLDS + r"\b",
                       re.IGNORECASE | re.DOTALL)

    def validate_result(self, pattern_text: str) -> bool | None:
        return None if re.search(r"\bdot\b|[\[({]\s*(?:at|@|dot)\s*[\])}]|[ \t]@[ \t]", pattern_text,
                                 re.IGNORECASE) else False


class DigitGroupsRecognizer(PatternRecognizer):
    """Phone numbers in any country's grouping ("0688 872 49 99", "(37) 788-063", "9472 7916"):
    groups of digits that add up to eight or more digits, which doses and lab values never do
    ("(057)-9987446", "82/098-3058" too: brackets, dots, dashes and slashes all group)."""

    needs = NEEDS_DIGIT

    def __init__(self) -> None:
        super().__init__(supported_entity="PHONE_NUMBER", name="carekb_digit_groups", patterns=[Pattern(
            "digit_groups", r"(?<![\w.:/-])(?:\+?\d{1,3}[\s.-]?)?(?:\(\d{1,5}\)[\s./-]?)?\d{1,12}(?:[\s./-]\d{2,8}){0,5}"
            r"(?:\s?(?:x|ext\.?)\s?\d{1,5})?(?![\w:/]|[.,-]\d)", 0.6)], global_regex_flags=_ANY_CASE)

    def validate_result(self, pattern_text: str) -> bool | None:
        if len(re.sub(r"\D", "", pattern_text)) < 8 or pattern_text.isdigit():
            return False  # a run of digits alone is an id number, found as such
        if re.fullmatch(r"(?:19|20)\d\d\s*[-/]\s*(?:19|20)\d\d", pattern_text):
            return False  # "2019-2023"
        return None


_SUPPORT_HASHTAG = re.compile(r"(?<![\w&])#(?:team|prays?for|prayersfor|fightlike|fightfor|standwith|strongfor)"
                              r"([a-z]{3,20})\b|(?<![\w&])#([a-z]{3,20}?)(?:strong|sarmy|army|warriors?|tough|brave)\b",
                              re.IGNORECASE)


class SupportHashtagRecognizer(PatternRecognizer):
    """A supporters' hashtag holds a person's name: "#teamjayden", "#PrayForKatie", "#jaydenstrong",
    "#fightlikemaisie" (the name, not the hashtag's words, is the finding)."""

    needs = Needs(("#",))

    def __init__(self) -> None:
        super().__init__(supported_entity="PERSON", name="carekb_support_hashtag", patterns=[Pattern(
            "support_hashtag", _SUPPORT_HASHTAG.pattern, 0.8)], global_regex_flags=_ANY_CASE)

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        results = []
        for match in _SUPPORT_HASHTAG.finditer(text) if "#" in text else ():
            group = 1 if match.group(1) else 2
            name = match.group(group).lower()
            if name in _STOP or name in vocabulary.EVERYDAY_WORDS or name in vocabulary.large_places() \
                    or not (name in vocabulary.given_names() or not in_dictionary(name)):
                continue  # "#teamwork", "#teamgb", "#bostonstrong"
            results.append(RecognizerResult("PERSON", match.start(group), match.end(group), 0.8, recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: "carekb:support_hashtag"}))
        return results


class LowercaseStreetRecognizer(PatternRecognizer):
    """A street by its name in lowercase after a word for where, without a number: "we walked the
    dog along marine parade", "the clinic on church road". Not a kind of road ("on a quiet road",
    "down memory lane", "on my hard drive")."""

    needs = Needs(("street", "road", "avenue", "lane", "drive", "crescent", "terrace", "boulevard", "parade",
                   "promenade", "esplanade", "parkway", "mews", "highway", "hwy", "rd", "ave", "blvd"))

    def __init__(self) -> None:
        super().__init__(supported_entity="STREET_ADDRESS", name="carekb_lowercase_street", patterns=[Pattern(
            "lowercase_street", r"(?:" + "|".join(rf"(?<=\b{cue} )" for cue in _STREET_CUES) + r")"
            r"[a-z][a-z-]+(?: [a-z][a-z-]+)? (?:street|road|avenue|lane|drive|crescent|terrace|boulevard|parade|"
            r"promenade|esplanade|parkway|mews|highway|hwy|rd|ave|blvd)\b(?!['’]| (?:trips?|works?|signs?|safety|rage|tests?|maps?|bikes?|"
            r"runners?|races?|closures?|kill|to|of|ahead|less|show|float)\b)", 0.7)],
            global_regex_flags=_CASED)

    def validate_result(self, pattern_text: str) -> bool | None:
        words = pattern_text.split()[:-1]
        # A kind's word before a name's is an old street's name ("on old airport road"), though alone
        # or last it makes a kind of road ("on a quiet road", "down memory lane").
        # A kind's word before a landscape's names one too: "we live up on crooked creek road".
        return False if any(w in _STOP or w.endswith(("ing", "ly")) for w in words) or words[-1] in _NOT_A_STREET_NAME \
            or len(words) == 2 and words[0] in _NOT_A_STREET_NAME and words[0] not in _OLD_AND_NEW \
            and words[1] not in _LANDSCAPE_IN_STREETS else None


#: Landscapes whose names make streets' names: "crooked creek road", "dry lake road".
_LANDSCAPE_IN_STREETS = frozenset({"creek", "lake", "ridge", "pine", "pines", "oak", "oaks", "valley", "brook", "springs",
                                   "river", "pond", "meadow", "hollow", "fork", "branch", "bend", "point", "bluff", "gap",
                                   "knob", "cove", "swamp", "bayou", "prairie", "canyon", "mesa", "run"})
#: What may open a street's name before another word: "old airport road", "new cross road".
_OLD_AND_NEW = frozenset({"old", "new", "little", "big", "upper", "lower", "middle", "great"})
#: Words for where before a street's name ("along marine parade").
_STREET_CUES = ("on", "along", "off", "down", "up", "onto", "near", "from", "past", "in", "at")
#: Words that make a kind of road or an idiom, not a street's name: "on a quiet road", "down memory
#: lane", "on easy street", "on my hard drive", "at the pride parade".
_NOT_A_STREET_NAME = frozenset({
    "back", "side", "dirt", "gravel", "busy", "quiet", "long", "short", "country", "ring", "slip", "toll", "open",
    "private", "public", "wrong", "right", "left", "next", "other", "old", "new", "little", "big", "bumpy", "rocky",
    "icy", "wet", "one", "two", "three", "hard", "flash", "usb", "thumb", "disk", "disc", "sex", "test", "memory",
    "easy", "civvy", "queer", "fast", "slow", "bus", "cycle", "bike", "middle", "inside", "outside", "dead", "home",
    "service", "access", "farm", "forest", "mountain", "coast", "coastal", "residential", "shopping", "narrow", "wide",
    "steep", "dark", "empty", "local", "nearby", "certain", "whole", "entire", "single", "major", "minor", "yellow",
    "brick", "slippery", "snowy", "muddy", "straight", "crooked", "windy", "dusty", "scenic", "pride", "victory", "hit",
    "day", "roof", "silk", "sesame", "wall", "fleet", "sunny", "rough", "smooth", "clear", "cross", "lonely",
    "two-lane", "four-lane", "dual", "high-speed", "b", "a", "m", "interstate", "state", "county", "city", "town",
    "village", "neighborhood", "neighbourhood", "suburban", "rural", "urban", "winter", "summer", "spring", "autumn",
    "fall", "christmas", "easter", "thanksgiving", "parade", "street", "road", "avenue", "lane", "same", "own",
    "recovery", "treatment", "healing", "grief", "life", "journey", "way", "wellness", "health"})


class FromDigitRecognizer(PatternRecognizer):
    """The finding starts at the number, not at the words before it that made it one."""

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for result in results:
            result.start += re.search(r"\d", text[result.start:result.end]).start()  # type: ignore[union-attr]
        return results


class CalledDigitsRecognizer(FromDigitRecognizer):
    """"Ring Sam on 122 2 050": after a verb of calling, six digits or more in groups are a phone
    number, however short the country's numbers are."""

    needs = NEEDS_DIGIT

    def __init__(self) -> None:
        super().__init__(supported_entity="PHONE_NUMBER", name="carekb_called_digits", patterns=[Pattern(
            "called_digits", r"\b(?:ring|call|text|phone|tel|mobile|mob|fax|whatsapp)\b[^\n.!?\d]{0,30}?"
            r"(?<![\w.])\d{2,5}(?:[ .-]\d{1,5}){1,4}\b(?!\s*(?:mg|mcg|ml|%|am|pm|mins?|minutes|hours?|days?)\b|[.,:]\d)",
            0.6)], global_regex_flags=_ANY_CASE)

    def validate_result(self, pattern_text: str) -> bool | None:
        return None if sum(c.isdigit() for c in pattern_text) >= 6 else False


#: Platforms whose name before "is" or a colon introduces someone's handle there.
_PLATFORMS = ("tiktok", "insta", "instagram", "ig", "twitter", "snapchat", "snap", "discord", "telegram", "skype", "threads",
              "bluesky", "mastodon", "user ?name", "handle", "gamertag", "screen ?name", "fb", "facebook", "kik", "youtube",
              "yt", "twitch", "linkedin", "pinterest", "tumblr", "wattpad", "strava", "goodreads", "signal", "whatsapp",
              "messenger", "reddit", "viber", "wechat", "groupme", "forum", "mumsnet", "healthunlocked")


class PlatformHandleRecognizer(PatternRecognizer):
    """"my tiktok is jobloggs_", "Snapchat: jo.b77", "on Instagram, I'm spoonie.sarah.t1d", "my username on
    here is sunflower_jo": a handle
    named by the platform before it, whatever its shape (the platform's name stays)."""

    def __init__(self) -> None:
        super().__init__(supported_entity="HANDLE", name="carekb_platform_handle", patterns=[Pattern(
            "platform_handle", r"\b(?:" + "|".join(_PLATFORMS) + r")(?:[ \t]+(?:on|in|for)[ \t]+[\w'’-]+(?:[ \t]+[\w'’-]+){0,3}?|[ \t]+here)?"
            r"(?:(?:[ \t]+(?:is|was|=|as)[ \t]+|[ \t]*:[ \t]*)(?:(?-i:[a-z0-9_.]{3,29}[a-z0-9_])|[A-Za-z0-9_.]*[0-9_.][A-Za-z0-9_.]*[A-Za-z0-9_])"
            # "add me on discord neonwolf_0417": straight after the platform, only a handle's shape
            r"|[ \t]+(?:[A-Za-z][A-Za-z0-9.]*_[A-Za-z0-9_.]*[A-Za-z0-9]|[A-Za-z][A-Za-z._]{2,}\d{2,})"
            # "find me on Instagram, I'm spoonie.sarah.t1d there": who one is on it, in a handle's shape
            r"|[ \t]*,?[ \t]+(?:i['’]?m|i[ \t]+am)[ \t]+[A-Za-z][A-Za-z0-9]*[._][A-Za-z0-9._]*[A-Za-z0-9])(?![\w@]|\.\w)", 0.8)],
            global_regex_flags=_ANY_CASE)
        self.needs = Needs({p.replace(" ?", spacing) for p in _PLATFORMS for spacing in ("", " ")},
                           r"\b(?:" + "|".join(_PLATFORMS) + r")")

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        found = []
        for result in super().analyze(text, entities, nlp_artifacts, regex_flags):
            handle = re.split(r"[ \t:]", text[result.start:result.end])[-1]
            if handle.isalpha() and (in_dictionary(handle.lower()) or common_word(handle.lower())):
                continue  # "my insta is private"
            result.start = result.end - len(handle)  # the handle, not the platform's name
            found.append(result)
        return found


class QuotedRecognizer(PatternRecognizer):
    """The finding is what stands inside the quotes, not the words that introduced it."""

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for result in results:
            result.start += re.search(r"['‘\"“]", text[result.start:result.end]).end()  # type: ignore[union-attr]
            result.end -= 1
        return results


class LabelledRecognizer(PatternRecognizer):
    """"MRN is RX4471920", "Medicare number 1EG4-TE5-MK73": the label stays (it is medical
    vocabulary, and says what was there); the value after it is the finding."""

    needs = NEEDS_DIGIT

    def __init__(self, entity: str, name: str, regex: str, score: float) -> None:
        super().__init__(supported_entity=entity, name=f"carekb_{name}", patterns=[Pattern(name, regex, score)],
                         global_regex_flags=_ANY_CASE)

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for result in results:
            value = re.search(r"[#:]?\s*(?:(?-i:[A-Z]{1,4})[ -])?(?:[A-Z]*\d[\w/.-]*)(?:[ -][\w/.-]+)*$",
                              text[result.start:result.end], re.IGNORECASE)  # "XKP 448 20193" whole
            if value:
                result.start += value.start() + len(value.group()) - len(value.group().lstrip("#: \t"))
        return results


#: Streets known for something other than where someone lives ("Wall Street", "Harley Street"); not
#: "Regent", "Oxford", "Baker", "Main" or "High", which name streets in every town ("the solicitors on Regent
#: Street", "on Main Street"), though "the High Street" is any town's.
_FAMOUS_STREETS = ("Wall|Sesame|Downing|Coronation|Harley|Abbey|Penny|Easy|Memory|Fleet|Threadneedle|Bond|Carnaby|"
                   "Pride|Hit|Victory|Gay|Carnival|Thanksgiving|Information|Silk|"
                   "Electric|Civic|Hollywood|Mulholland|Broadway|Dead|The|A|An|This|That|"
                   "My|Our|Your|His|Her|Their|No|One|Every|Any|Some|Each|In|On|At|Off|Down|Up|Near|From|To|And|"
                   "Boxing|Christmas|Easter|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Yes|Hey|Hi")
#: Words no street's name is made of: "at 93 she still gardens" is no address.
_NOT_STREET_WORDS = (r"(?:i|me|my|we|our|you|your|he|him|his|she|her|they|them|their|it|its|is|are|was|were|be|"
                     r"been|am|and|or|but|so|still|also|just|very|more|less|the|a|an|to|of|in|on|at|for|with|by|"
                     r"from|years?|yrs?|old|days?|weeks?|months?|hours?|minutes?|mins?|times?|mg|ml|people|pills?|"
                     r"tablets?|doses?|steps?|miles?|km|percent|and|last|this|next|every|early|late)")
#: Postcodes of many countries: "28567", "737 82", "61-828", "H-1059", "8664 NY", "K12 N7CX".
_POSTCODE_SHAPES = (r"(?:\d{4,5}|\d{3}[ \t]\d{2}|\d{2}-\d{3}|[A-Z]{1,2}-\d{4,5}|\d{4}[ \t]?[A-Z]{2}|"
                    r"[A-Z]\d[\dW][ \t]?[0-9A-Z]{4}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2})")


def _street_type_pattern() -> str:
    return "|".join(re.escape(t) for t in sorted(STREET_TYPES, key=len, reverse=True))


def pattern_recognizers() -> list[PatternRecognizer]:
    id_labels = (r"(?:mrn|medical record(?: number| no\.?| #)?|patient (?:id|number|no\.?)|hospital (?:number|no\.?)|"
                 r"nhs (?:number|no\.?)|chi (?:number|no\.?)|health ?plan(?: id| number)?|member (?:id|number|no\.?)|"
                 r"policy (?:number|no\.?|#)|insurance (?:id|number|no\.?)|account (?:number|no\.?|#)|acct\.? ?#?|"
                 r"licen[cs]e (?:number|no\.?|#)|medicare (?:number|no\.?)|medicaid (?:id|number)|"
                 r"case (?:number|no\.?|ref(?:erence)?)|ref(?:erence)? (?:number|no\.?)|claim (?:number|no\.?)|prescription (?:number|no\.?)|rx ?#|"
                 r"(?:(?:number|licen[cs]e|registration) )?plate\b|(?:car|vehicle) reg(?:istration)?(?: number| no\.?)?|"
                 r"passport (?:number|no\.?)|ni (?:number|no\.?)|national insurance(?: number| no\.?)?|"
                 r"(?-i:RUT|RUN|CURP|DNI|NIE|CPF|PESEL|BSN|NRIC|NIF|SIN|OHIP|TFN|IRD|PPSN|CHI)(?: number| no\.?)?|"
                 r"personnummer|personal (?:id )?number|national id(?: number| no\.?)?|id card(?: number| no\.?)?)")
    return [
        ObfuscatedEmailRecognizer("EMAIL_ADDRESS", "obfuscated_email",
                r"\b[a-z0-9._%+-]+(?:\s*[\[(]?\s*(?:dot|underscore|dash|hyphen)\s*[\])]?\s*[a-z0-9_-]+)*\s*"
                r"(?:[\[(]\s*(?:at|@)\s*[\])]|\s+at\s+|[ \t]+@[ \t]+)"
                r"\s*[a-z0-9-]+(?:\s*(?:[\[(]\s*(?:dot|\.)\s*[\])]|\s+dot\s+|\.)\s*[a-z0-9-]+)*"
                r"\s*(?:[\[(]\s*(?:dot|\.)\s*[\])]|\s+dot\s+|\.)\s*" + _TLDS + r"\b", 0.9),
        # "jane.doe at gmail", "email jane dot doe at hotmail": a webmail address without its domain's ending.
        pattern("EMAIL_ADDRESS", "webmail_address",
                r"\b(?:[a-z0-9_%+-]+(?:\.|\s*(?:dot|underscore|dash|hyphen)\s*)[a-z0-9_.%+-]+|[a-z0-9_%+-]*\d[a-z0-9_%+-]*"
                r"|(?<=\b(?:email|e-mail|mail|contact|message|write to|reach)\b[^.!?\n]{0,25}?)[a-z0-9_%+-]+)"
                r"\s*(?:\s+at\s+|[\[(]\s*at\s*[\])]|@)\s*" + _WEBMAIL + r"\b"
                r"(?:\s*(?:\s+dot\s+|\.|[\[(]\s*dot\s*[\])])\s*[a-z]{2,3}\b){0,2}", 0.9,
                needs=Needs(_WEBMAIL_HOSTS)),
        LabelledRecognizer("ID_NUMBER", "labelled_id",
                           id_labels + r"\s*(?:is|was|:|#|-)?\s*#?\s*([A-Z0-9][A-Z0-9 ./-]{3,18}[0-9K](?:/[A-Z]{1,4})?)\b",
                           0.95),
        pattern("ID_NUMBER", "nhs_number", r"\b\d{3}[ -]\d{3}[ -]\d{4}\b", 0.4, context=["nhs", "number"], needs=NEEDS_DIGIT),
        LabelledRecognizer("DEVICE_ID", "device_id", r"\b(?:imei|serial(?: number| no\.?)?|s/n|sn|device id|udid|meid|"
                           r"(?:transmitter|sensor|pump|receiver|pod|implant|processor|meter|monitor|pacemaker)"
                           r" (?:id|serial|sn|s/n|number|no\.?))"
                           r"\s*(?:is|:|#)?\s*(?=[A-Z:-]*\d)[A-Z0-9][A-Z0-9:-]{5,}\b", 0.9),
        pattern("AGE", "age_over_89", r"\b(?:9\d|1[01]\d)\s*(?:-|\s)?\s*(?:y\.o\.|(?:years?|yrs?|yo|y/o|y)(?:[\s-]*old)?\b)"
                r"|\baged?\s+(?:9\d|1[01]\d)\b|\b(?:9\d|1[01]\d)(?:st|nd|rd|th)\s+(?:birthday|bday|b-day)\b|(?<=happy\s)(?:9\d|1[01]\d)(?:st|nd|rd|th)\b"
                r"|\bturn(?:s|ed|ing)?\s+(?:9\d|1[01]\d)\b|\b(?:9\d|1[01]\d)\s+(?:today|tomorrow|next\s+\w+|this\s+\w+)\b"
                r"|(?<=birthday)[^.!?\n]{0,30}?\b(?:9\d|1[01]\d)\b(?!\s*(?:mg|%|/|\.\d))"
                r"|(?:(?<=\bi'm\s)|(?<=\bi’m\s)|(?<=\bim\s)|(?<=\bi am\s)|(?<=\b(?:is|was|at|aged?|now|just|of|be)\s)|(?<=\w['’]s\s)"
                r"|(?<=\blived to\s)|(?<=\blived till\s)|(?<=\blived until\s)|(?<=\bmade it to\s)|(?<=\bdied at\s))"
                r"(?:9\d|1[01]\d)\b(?!\s*(?:mg|mcg|g|kg|lbs?|%|mmol|bpm|°|degrees|"
                r"ml|cm|mm|units?|iu|minutes|mins|hours|hrs|days|weeks|times|percent|/|\.\d|,\d))", 0.8,
                needs=r"(?<!\d)(?:9\d|1[01]\d)(?!\d)", kind=AgeRecognizer),
        # "she's ninety-six", "a hundred and two next week": an age over 89 in words.
        pattern("AGE", "age_in_words", r"(?:(?<=\b(?:is|was|at|aged?|now|just|turned|turns|turning)\s)|(?<=['’]s\s)|(?<=\bi'm\s)|(?<=\bi’m\s))"
                + _AGE_IN_WORDS + r"\b(?![- ](?:percent|per|mg|degrees|miles))|\b" + _AGE_IN_WORDS + r"(?=[- ]years?[- ]old\b)",
                0.8, needs=r"ninety|hundred"),
        pattern("DATE", "day_date", r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:the\s+)?"
                r"(?:\d{1,2}(?:st|nd|rd|th)?[ \t]*[-–][ \t]*)?(?:\d{1,2}(?:st|nd|rd|th)?|" + _ORDINAL_DAYS + r")\s+(?:of\s+)?"
                + MONTHS + r"\b\.?(?:,?\s+\d{4})?"
                r"|\b(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day)?\.?\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b"
                r"|\b\d{1,2}[-/]" + MONTHS + r"\b(?:[-/]\d{2,4}\b)?"
                r"|(?<=\b(?:on|by|from|until|till|since|dated|date|dob|due|for|admitted|discharged|booked|born|died|"
                r"diagnosed|operated|appointment|appt|date is|date was|appointment:|appt:|appointment is)\s)"
                # a day and its month, or (in the US) a month and its day: "on 10/14"
                r"(?:(?:[12]\d|3[01]|0?[1-9])/(?:1[0-2]|0?[1-9])|(?:1[0-2]|0?[1-9])/(?:1[3-9]|2\d|3[01]))\b(?![/.]\d)"
                r"(?!\s*(?:of|tablets?|pills?|doses?|cups?|mg|ml|strength|an?|hours?|hrs?|mins?|days?|weeks?)\b)"
                r"|\b" + MONTHS + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s+\d{4})?"
                # a day and a month in the languages members mix in: "depuis le 14 mars", "el 3 de mayo"
                r"|\b\d{1,2}(?:er|º)?\s+(?:de\s+)?" + _FOREIGN_MONTHS + r"\b(?:\s+(?:de\s+)?\d{4})?"
                # a month and its year: "March 2019", "Jan '22", "diagnosed 04/2019"
                r"|\b" + MONTHS + r"\.?\s+(?:(?:of\s+)?(?:19|20)\d{2}|['’]\d{2})\b"
                # ... in the languages members mix in: "i mars 2021", "en marzo de 2021", "im März 2020"
                r"|\b" + _FOREIGN_MONTHS + r"\s+(?:de\s+)?(?:19|20)\d{2}\b"
                r"|\b(?<![/.-])(?:0?[1-9]|1[0-2])/(?:19|20)\d{2}\b(?![/.-]\d)"
                r"|\b(?:\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})\b"
                r"(?:[ T]\d{1,2}:\d{2}(?::\d{2})?\b)?", 0.85,
                needs=Needs(_DIGITS + _ORDINAL_WORDS,
                            r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|\d[/.-]\d")),
                # every date here has a digit or an ordinal word
        # "the op was on the 14th": a day of the month, without its month, tied to an event.
        pattern("DATE", "day_of_month", r"(?<=\b(?:on|by|from|until|till|since|before|after|admitted|discharged|born|"
                r"died|diagnosed|booked for|due|birthday is|birthday's|birthday’s|bday is|birthday was)\s)"
                r"(?:(?:the\s+)?(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b|the\s+(?:" + _ORDINAL_DAYS + r")\b"
                r"(?=[ \t]*(?:[.,;!?)]|$)|[ \t]+(?:at|when|and|so|but|then|after|before)\b))"
                r"(?!\s+(?:floor|storey|story|percentile|centile|time|attempt|round|cycle|dose|infusion|session|week|day|"
                r"month|year|birthday|bday|anniversary|place|go|try|avenue|ave|street|st|road|rd|lane|drive|boulevard|"
                r"blvd|terrace|crescent|of\s+(?:the|my|our|his|her|those|these|them|all|us|"
                r"you|it)))", 0.85, needs=Needs(_DIGITS + _ORDINAL_WORDS, r"\d(?:st|nd|rd|th)\b|" + _ORDINAL_DAYS)),
        # "Admitted Boxing Day", "born on Christmas Eve": a holiday names the day, tied to an event.
        pattern("DATE", "holiday_date", r"(?<=\b(?:on|admitted|born|diagnosed|discharged|died|passed away|passed|"
                r"operated on|collapsed|rushed in|went in|taken in|home)\s)(?:" + _HOLIDAYS + r")\b(?:,?\s+(?:19|20)\d{2}\b)?",
                0.85, needs=Needs(("christmas", "xmas", "x-mas", "boxing", "new year", "hogmanay", "valentine", "patrick", "burns",
                                   "bonfire", "fawkes", "hallowe", "thanksgiving", "independence", "fourth", "canada",
                                   "australia", "anzac", "remembrance", "easter", "good friday", "mother", "father",
                                   "eid", "diwali"), r"\b(?:" + _HOLIDAYS + r")")),
        pattern("STREET_ADDRESS", "street_address",
                r"\b\d{1,5}[A-Za-z]?\s+(?:(?-i:(?!I\s)[A-Z])[\w'-]*\.?\s+){1,4}(?:" + _street_type_pattern() + r"|ln|dr|"
                r"blvd|ct|pl|cres|sq|pkwy|hwy|cir)\b\.?"
                r"(?:,?\s+(?:apt|apartment|unit|suite|flat|#)\.?\s*[\w-]+)?"
                r"(?:,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?=\s*[,.!\n]|\s+[A-Z]{1,2}\d))?", 0.9, needs=NEEDS_DIGIT),
        # "just off Mill Road", "the surgery on Victoria Street": a street without its number is a
        # place smaller than a state too. Streets famous for something else stay.
        pattern("STREET_ADDRESS", "named_street",
                r"(?<![\w'’-])(?!(?:" + _FAMOUS_STREETS + r")[ \t])(?!(?<=the )(?:High|Main)[ \t])"  # "the High Street": any town's
                r"(?:(?:[A-Z][\w'’-]*|[A-Z]\.|No\.|\d{1,3}(?:st|nd|rd|th))[ \t]+)"
                r"(?:(?:[A-Z][\w'’-]*|[A-Z]\.|\d{1,3}(?:st|nd|rd|th)?)[ \t]+){0,2}"  # "Mile 7 Road"
                r"(?:Road|Street|St\b\.?(?![ \t]+[A-Z])|Rd|Avenue|Ave|Lane|Drive|Crescent|Terrace|Boulevard|Blvd|Close|"
                r"Mews|Grove|Gardens|Parade|Promenade|Esplanade|Concourse|Embankment|Parkway|Pkwy|Highway|Hwy)\b"
                r"(?!['’]s)", 0.7, flags=_CASED,
                needs=r"(?-i:Road|Street|St\b|Rd\b|Avenue|Ave\b|Lane|Drive|Crescent|Terrace|Boulevard|Blvd|Close|Mews|"
                      r"Grove|Gardens|Parade|Promenade|Esplanade|Concourse|Embankment|Parkway|Pkwy|Highway|Hwy)"),
        # "with us in Tampines, block 823,": a block of flats by its number (Singapore's HDB, Hong Kong's
        # estates), not a nerve or heart block, nor a block of weeks.
        pattern("STREET_ADDRESS", "block_number", r"(?<!nerve )(?<!heart )(?<!facet )(?<!branch )(?<!spinal )"
                r"\b(?:blk|block)\.?[ \t]+\d{1,4}[A-Z]?\b(?![ \t]*(?:mg|ml|%|of|x|times|weeks?|days?|months?|hours?|sessions?)\b)",
                0.7, needs=r"(?i:\bbl(?:oc)?k\b)"),
        pattern("STREET_ADDRESS", "street_address_lower",
                r"(?<![\w./-])\d{1,5}(?:/\d{1,4})?[a-z]?,?[ \t]+(?:(?!" + _NOT_STREET_WORDS + r"\b)(?-i:[^\W\d_A-Z])[\w'’-]*[ \t]+){1,3}(?:street|st|road|rd|avenue|ave|"
                r"lane|drive|crescent|terrace|boulevard|gardens|grove|court|mews|parkway|highway|" + _street_type_pattern()
                + r")\b(?![ \t]+(?:trips?|miles?|works?|signs?|safety|rage|test))", 0.85, flags=_CASED, needs=NEEDS_DIGIT),
        # "87, rue Mallet", "Calle de Ana Ruiz 4", "sítio de costa, 27": a street word of another language
        # (not also an English word) before a name, or before any words and a house number.
        pattern("STREET_ADDRESS", "foreign_street",
                r"(?:(?<![\w./-])\d{1,5}[a-z]?,?[ \t]+)?\b(?:" + "|".join(sorted(_FOREIGN_STREET_WORDS, key=len, reverse=True))
                + r")\.?[ \t]+(?:(?:de|del|della|di|da|des|du|la|le|los|las|dos|das|do|d'|l')[ \t]+)*"
                r"(?:(?-i:[A-Z])[\w'’-]+(?:[ \t]+(?-i:[A-Z])[\w'’-]+){0,2}(?:,?[ \t]*\d{1,5}[a-z]?\b)?"
                r"|[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){0,2},?[ \t]*\d{1,5}[a-z]?\b)", 0.85,
                needs=Needs(_FOREIGN_STREET_WORDS, r"\b(?:" + "|".join(_FOREIGN_STREET_WORDS) + r")\b")),
        # "Cook County", "County Kerry", "Co. Mayo": a county is smaller than a state, whatever its name.
        pattern("LOCATION", "county", r"(?<![\w'’-])(?:(?:[A-Z][\w'’-]+[ \t]+){1,2}County\b(?![ \t]+(?:Council|Court|Hospital|"
                r"Durham))|(?:County|Co\.)[ \t]+(?!(?:Hospital|Council|Court|Hall|Show)\b)[A-Z][a-z][\w'’-]*"
                r"(?:[ \t]+(?!(?:Hospital|Council|Court|Hall|Show)\b)[A-Z][a-z][\w'’-]*)?)", 0.85, flags=_CASED,
                needs=Needs(("county", "co."))),
        pattern("POSTCODE", "town_zip", r"\b(?:[A-Z][a-z]+\s){0,2}[A-Z][a-z]+,?\s+\d{5}(?:-\d{4})?\b(?![ \t]+\d{3})", 0.85,
                flags=_CASED, needs=NEEDS_DIGIT),
        pattern("STREET_ADDRESS", "unit", r"\b(?:apt|apartment|suite|flat|unit)\.?\s*#?\s*\d+[A-Z]?\b", 0.6,
                context=["live", "address", "street", "road"], needs=NEEDS_DIGIT),
        pattern("STREET_ADDRESS", "po_box", r"\bp\.?\s?o\.?\s+box\s+\d+\b", 0.9, needs=NEEDS_DIGIT),
        pattern("POSTCODE", "us_town_zip", r"\b(?:[A-Z][a-z]+\s){0,2}[A-Z][a-z]+,?\s+[A-Z]{2}\s+\d{5}(?:-\d{4})?\b",
                0.95, flags=_CASED, needs=NEEDS_DIGIT),
        pattern("POSTCODE", "zip_label", r"\b(?:zip code|zip|postcode|post code|postal code)\s*(?:is|:)?\s*"
                r"(?=[A-Z]*-?\d)(?:[A-Z]-\d{4}|[A-Z0-9]{2,5}(?:[ -][A-Z0-9]{3,4})?)\b", 0.9, needs=NEEDS_DIGIT),
        pattern("STREET_ADDRESS", "military_address", r"\b(?:PSC|CMR|Unit)\s+\d{3,5},?\s+Box\s+\d{3,5}"
                r"(?:\s+(?:APO|FPO|DPO)\s+A[AEP]\s+\d{5})?|\b(?:APO|FPO|DPO)\s+A[AEP]\s+\d{5}\b", 0.9, flags=_CASED, needs=NEEDS_DIGIT),
        DigitGroupsRecognizer(),
        LowercaseStreetRecognizer(),
        SupportHashtagRecognizer(),
        pattern("POSTCODE", "uk_postcode", r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", 0.85, flags=_CASED, needs=NEEDS_DIGIT),
        pattern("POSTCODE", "uk_postcode_lower", r"\b[a-z]{1,2}\d[a-z\d]?[ \t]\d(?!st|nd|rd|th)[abd-hjlnp-uw-z]{2}\b", 0.85,
                flags=_CASED, needs=NEEDS_DIGIT),
        pattern("POSTCODE", "near_postcode", r"(?<=\bnear\s)" + _POSTCODE_SHAPES + r"\b"
                r"(?!\s*(?:mg|ml|g|kg|iu|units?|people|members|miles|km|steps|calories)\b)", 0.85, needs=r"\bnear\s"),
        # "We're in 28567, any groups?", "anyone in the 61-828 area?": a postcode where a place would be.
        pattern("POSTCODE", "postcode_as_place", r"(?:(?<=\bin\s)|(?<=\baround\s))(?!(?:19|20)\d\d\b)" + _POSTCODE_SHAPES
                + r"\b(?=[ \t]*(?:[,.!?;:)]|$|[ \t]+(?:area|region|district|postcode|zip|and|or|if|where|too)\b))"
                r"|(?<=\bthe\s)" + _POSTCODE_SHAPES + r"\b(?=[ \t]+(?:area|region|district|postcode|zip))", 0.85,
                needs=NEEDS_DIGIT),
        # "the group meets in 90210 on weekends": five digits where people are, whatever follows.
        pattern("POSTCODE", "zip_where_people_are", r"\b(?:meets?|meeting|based|live|lives|living|located|stay|staying|"
                r"moved|groups?|anyone|someone|people|out|over|back|home|here)[ \t]+(?:in|near|around)[ \t]+"
                r"(?!(?:19|20)\d\d\b)\d{5}\b"
                r"(?![ \t]*(?:mg|ml|g|kg|iu|units?|people|members|miles|km|steps|calories|feet|ft|m)\b|[.,]\d)", 0.85,
                needs=Needs(("meet", "based", "live", "living", "located", "stay", "moved", "group", "anyone", "someone",
                             "people", "out", "over", "back", "home", "here"), r"\d{5}"), kind=FromDigitRecognizer),
        pattern("POSTCODE", "eircode", r"\b[ACDEFHKNPRTVWXY]\d[\dW][ \t]?[0-9ACDEFHKNPRTVWXY]{4}\b", 0.85, flags=_CASED,
                needs=NEEDS_DIGIT),
        pattern("POSTCODE", "ca_postcode", r"\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b", 0.85, flags=_CASED, needs=NEEDS_DIGIT),
        pattern("PHONE_NUMBER", "phone_shapes",
                r"(?<![\w.])(?:\+\d{1,3}[\s.-]?)?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}(?!\w|\.\d)"
                r"|(?<![\w.])\+\d{1,3}(?:[\s.-]?\d{2,4}){3,5}(?!\w|\.\d)"
                r"|(?<![\w.])0\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}(?!\w|\.\d)"
                r"|(?<![\w.])0\d{3}(?:[\s.]\d{2}){3}(?!\w|\.\d)", 0.75, needs=NEEDS_DIGIT),
        CalledDigitsRecognizer(),
        # "seven seven zero zero nine double oh one two three": a number spelled out, digit by digit, its
        # last digits perhaps in figures ("seven o six, five five five, 0143").
        pattern("PHONE_NUMBER", "phone_in_words", r"\b(?:(?:zero|oh|o|nought|one|two|three|four|five|six|seven|eight|nine|"
                r"double|triple|treble)[ \t,-]+){6,}(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine|"
                r"\d{2,4}(?![\d.,]\d))\b", 0.7,
                needs=r"(?i:\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)[ \t,-]+(?:zero|oh|one|two|three|"
                      r"four|five|six|seven|eight|nine|double|triple|treble)\b)"),
        pattern("PHONE_NUMBER", "phone_local", r"(?<![\w.])\d{3}[\s.-]\d{4}(?!\w|\.\d)", 0.6,
                context=["call", "phone", "text", "ring", "mobile", "cell", "number", "tel", "reach", "whatsapp"], needs=NEEDS_DIGIT),
        pattern("ID_NUMBER", "long_number", r"(?<![\w.,/-])(?=[A-Z0-9-]*\d{6})[A-Z0-9][A-Z0-9-]{5,24}(?!\w|[.,/-]\w)", 0.6,
                flags=_CASED, needs=NEEDS_DIGIT),
        pattern("HANDLE", "social_handle", r"(?<![\w@.])@[A-Za-z0-9_][A-Za-z0-9_.-]{1,29}\b", 0.9),
        # "vent to neonwolf_0417", "Replying to throwaway_renal:": words joined by an underscore make a
        # username (not an emoji's name, ":sad_panda:", nor code in backticks).
        pattern("HANDLE", "underscored_handle", r"(?<![\w@/.:#`={-])(?<!_\()[A-Za-z]{2}[A-Za-z0-9]*(?:_[A-Za-z0-9]+)+"
                r"(?![\w/@`-]|\.\w)", 0.7, needs=r"_"),
        pattern("HANDLE", "reddit_user", r"(?<![\w/])/?u/[A-Za-z0-9_-]{3,20}\b", 0.9),
        PlatformHandleRecognizer(),
        # "Crispin (posts as 'crispy')", "she goes by “moonbeam” on here": the name someone uses here,
        # in quotes after the words that introduce one, whatever it is (a word, too).
        pattern("HANDLE", "quoted_handle", r"\b(?:(?:posts|posting|posted|post|writes|writing|signs|signed|signing)"
                r"(?:[ \t]+(?:on[ \t]+)?here|[ \t]+off)?[ \t]+as|(?:goes|going|went|go)[ \t]+by|known[ \t]+(?:on[ \t]+|in[ \t]+)?"
                r"(?:here|the[ \t]+(?:forum|group|board|chat|site))[ \t]+as|calls?[ \t]+(?:him|her)self|"
                r"(?:user[ \t]?name|handle|screen[ \t]?name)(?:[ \t]+(?:is|was))?)[ \t]+(?:['‘][^'’\n]{2,30}['’]|[\"“][^\"”\n]{2,30}[\"”])",
                0.8, needs=Needs(("post", "writ", "sign", " by ", "known", "calls", "name", "handle"), r"['‘\"“]"),
                kind=QuotedRecognizer),
        # "We call her 'Bubbles'", "nicknamed “Tank”": a person's nickname in quotes, capitalised,
        # whatever the word (though "what they call 'brain fog'", "call him 'badly educated'").
        pattern("PERSON", "quoted_nickname", r"\b(?:(?:call|calls|called|calling)[ \t]+(?:her|him|me|them|each other)|"
                r"nicknamed|nick[ \t]?name[ \t]+(?:is|was))[ \t]+(?:['‘](?-i:[A-Z])[^'’\n]{1,29}['’]|"
                r"[\"“](?-i:[A-Z])[^\"”\n]{1,29}[\"”])",
                0.8, needs=Needs(("call", "nick"), r"['‘\"“]"), kind=QuotedRecognizer),
        pattern("ID_NUMBER", "labelled_medicare", r"(?<=\bmedicare\s)\d{4}\s?\d{5}\s?\d(?:\s?\d)?\b", 0.85, needs=r"(?i:medicare)"),
        pattern("URL", "profile_url", r"(?:https?://)?(?:www\.|m\.)?(?:facebook|fb|instagram|twitter|x|tiktok|"
                r"linkedin|youtube|reddit|threads|snapchat|pinterest|tumblr|medium|github|patreon|onlyfans)"
                r"\.(?:com|net)/\S+", 0.95),
        # A closing bracket ends an address unless the address opened one, and a stop or a comma
        # after it is the sentence's: "[group](https://...).", though "https://.../Asthma_(disease)".
        pattern("URL", "web_url", r"""\b(?:https?://|www\.[a-z0-9-]+\.)(?:[^\s()]|\([^\s()]*\))+(?<![.,;:!?'"’”])""", 0.7),
        # "justgiving.com/fundraising/jane-smith-5k", "linktr.ee/janesmith": a bare address with a path,
        # where fundraising pages and link lists carry a name.
        pattern("URL", "bare_url", r"(?<![\w@./-])(?:[a-z0-9-]+\.)+(?:com|org|net|co|uk|ee|me|ly|io|info|us|ca|au|ie|nz|"
                r"page|link|bio|eu|de|fr|nl|es|it|in|za|sg|my|ph|ng|gh|ke|be|ch|at|se|no|dk|fi|pl|pt|br|mx|ar|jp|tv|app|"
                r"dev|gl|gd|to|gg|xyz|site|online|blog)/[\w~%&=?#@+./-]*[\w/]", 0.7, needs=r"\.[a-z]{2,4}/"),
        # "janes-journey.wordpress.com": a blog's own subdomain on a host of personal sites, no path needed.
        pattern("URL", "personal_site", r"(?<![\w@./-])(?:https?://)?[a-z0-9][a-z0-9-]*\.(?:" + "|".join(_PERSONAL_HOSTS)
                + r")\.(?:com|io|co|site|org|co\.uk)\b(?:/[\w~%&=?#@+./-]*[\w/])?", 0.8, needs=Needs(_PERSONAL_HOSTS)),
        # "jane#4421": a Discord tag.
        pattern("HANDLE", "discord_tag", r"(?<![\w#])[A-Za-z0-9_.]{2,32}#\d{4}\b", 0.8, needs=r"#\d{4}"),
    ]


# --- names ---------------------------------------------------------------------------------

#: Words before a name that make it one ("Dr", "Sister", "Grandma"); the abbreviations may take a period.
TITLE_ABBREVIATIONS = ("dr", "prof", "mr", "mrs", "ms", "mx", "rev", "fr", "sr", "sgt", "cpl", "pte", "lt", "capt",
                       "spc", "pfc", "ssgt", "msgt", "cpo", "maj", "brig", "cdr", "lcpl")
TITLE_WORDS = frozenset({"dr", "doctor", "prof", "professor", "mr", "mrs", "ms", "miss", "mx", "nurse", "sister", "sir",
                         "sgt", "sergeant", "cpl", "corporal", "pte", "lt", "lieutenant", "capt", "captain", "colonel",
                         "dame", "rev", "father", "pastor", "grandma", "grandpa", "granny", "grandad", "granddad", "nana",
                         "nanna", "auntie", "aunty", "aunt", "uncle", "cousin"})
#: Titles and words of address of other languages, before a capitalised name: "Dra. Flores", "Mdm Lim",
#: "Pak Budi", "Frau Keller", "Tita Baby", "my yiayia Eleni" (not "Pak Choi", "Madam Speaker").
HONORIFICS = frozenset({"dra", "sra", "srta", "sr", "sig.ra", "dott", "dott.ssa", "mme", "mlle", "mdm", "madam",
                        "herr", "herrn", "frau", "signora", "signor", "señora", "señor", "senhora", "senhor", "doña", "dona",
                        "pak", "bu", "ibu", "bapak", "encik", "cik", "puan", "tuan", "datuk", "dato", "dato'", "datin",
                        "shri", "smt", "shrimati", "ustaz", "ustazah", "sheikh", "haji", "hajjah", "mzee", "tía", "tío",
                        "tia", "tio", "tita", "tito", "lola", "lolo", "kuya", "oma", "opa", "nonna", "nonno", "abuela",
                        "abuelo", "yiayia", "giagia", "pappou", "babcia", "dziadek", "tante", "onkel", "mormor", "morfar", "farmor", "farfar", "bestemor", "bestefar",
                        "oncle", "amma", "appa", "nani", "dadi", "bibi", "mama", "baba", "bhai", "didi", "ammachi",
                        "achan", "thatha", "paati", "umma", "abba", "khala", "mamu", "chacha", "chachi", "halmeoni",
                        "harabeoji", "obaachan", "ojiichan", "nainai", "yeye", "popo", "gonggong", "niam", "txiv", "tais", "pog", "yawg", "whaea", "koro", "kui", "kuia", "tata",
                        # Gujarati and Punjabi aunts and uncles: "my masi hetal"
                        "masi", "mausi", "masa", "phuppo", "phupho", "foi"})
_HONORIFICS = "|".join(re.escape(t) + (r"\.?" if t in ("dra", "sra", "srta", "sr", "dott", "mme", "mlle", "mdm", "smt")
                                         else "") for t in sorted(HONORIFICS, key=len, reverse=True))
#: What follows some of those words and is no name: "Pak Choi", "Baba Ghanoush", "Madam Speaker".
_NOT_AFTER_HONORIFIC = frozenset({"choi", "ghanoush", "ganoush", "mia", "nobis", "speaker", "president", "chair",
                                  "chairman", "chairwoman", "secretary", "mayor", "deputy"})
#: Titles that are also nouns: a common word after them is no surname ("the nurse comes Tuesdays"),
#: though after "Dr" it is ("dr wood").
_NOUN_TITLE_BEFORE = re.compile(r"\b(?:nurse|doctor|sister|father|pastor|cousin|uncle|aunt|aunty|auntie)\s+$",
                                re.IGNORECASE)
#: Roles that follow "nurse" or "doctor" the noun: "the nurse practitioner rang".
ROLE_NOUNS = _ROLE_NOUNS = frozenset({"practitioner", "practitioners", "prescriber", "navigator", "coordinator", "co-ordinator",
                         "educator", "specialist", "specialists", "consultant", "associate", "assistant", "manager",
                         "lead", "advisor", "adviser", "endoscopist", "anaesthetist", "anesthetist", "sonographer",
                         "reg", "registrar", "locum", "triage", "phlebotomist", "radiographer", "porter", "paramedic",
                         "paramedics", "receptionist", "dietitian", "dietician", "podiatrist", "audiologist"})
_TITLES = "(?:" + "|".join(sorted(TITLE_WORDS, key=len, reverse=True)) + ")"
#: Words for kin of many languages and dialects, before a name ("my da paddy", "my kuia huia"): Irish,
#: Scots and northern English, Appalachian, Welsh, Cree, Bengali, Shona, Navajo, Tok Pisin, Urdu and
#: Hindi, Māori, Cajun and Franco-American, Portuguese, Nguni, Sotho and Tswana, Akan, Chichewa,
#: Greek, Filipino, Italian, Marathi, Gujarati, Punjabi and Afrikaans.
KIN_OF_MANY_TONGUES = frozenset({
    "mam", "mammy", "da", "ma", "maw", "pa", "grandad", "granddad", "granddaddy", "grandaddy", "memere", "mémère",
    "pepere", "pépère", "granda", "grandda", "nanny", "kokum", "kookum",
    "kokom", "nokum", "mosom", "moshum", "mushum", "moshom", "pap", "papaw", "pawpaw", "mamaw", "memaw", "meemaw",
    "mawmaw", "taid", "nain", "mamgu", "bampi", "pop", "pops", "nanu", "sekuru", "ambuya", "sisi", "shimasani",
    "shicheii", "bub", "bubba", "dida", "dadu", "thamma", "brata", "susa", "bubu", "dada", "kuia", "kui", "koro", "whaea",
    "nonc", "parrain", "nannan", "vó", "vô", "avó", "avô", "vovó", "vovô", "makhulu", "umakhulu", "mkhulu", "gogo",
    "malume", "umalume", "malome", "rakgadi", "nkgono", "rangwane", "mmemogolo", "ntatemogolo", "wofa", "agya", "agogo", "yiayia", "theia", "lolo", "lola", "tita", "tito", "nonno", "nonna", "zio", "zia", "aaji", "ajoba", "kaka",
    "kaki", "masi", "mausi", "masa", "phuppo", "phupho", "khala", "khalu", "mamu", "chacha", "chachi",
    "ouma", "oupa", "tannie", "oom"})
#: Relatives of the family, in English and in the words of many tongues.
_FAMILY = (r"(?:husband|hubby|wife|partner|son|daughter|mom|mum|mommy|mummy|mother|dad|daddy|father|brother|sister|"
           r"grandma|grandpa|grandmother|grandfather|nan|nana|nanna|gran|granny|aunt|auntie|aunty|uncle|cousin|niece|"
           r"nephew|grandson|granddaughter|boy|girl|lad|lass|baby|" + "|".join(sorted(KIN_OF_MANY_TONGUES, key=len, reverse=True))
           + r")")
#: How a relative is taken somewhere, between the relative and where to: "took my nan back to", "sent my dad
#: home from".
_WAYS_TAKEN = frozenset({"back", "home", "straight", "off", "down", "up", "over", "out", "away", "along", "right",
                         "round", "around", "in", "across", "through", "too", "again", "both", "first", "last", "all",
                         "direct", "quick", "fast", "early", "late", "tonight", "today", "yesterday", "now", "then",
                         "there", "here", "upstairs", "downstairs", "inside", "outside", "next", "once", "twice"})
#: ... of which these are given names or surnames too ("Pop", "Dida", "Sisi", "Bubba", "Lola"), or titles
#: the honorific rules judge ("Tita Baby", "Khala"): kin only where a name follows, not kin words everywhere.
_KIN_ALSO_NAMES = frozenset({
    "nanny", "pap", "pop", "sisi", "bubba", "dida", "dada", "kui", "makhulu", "umakhulu", "mkhulu", "gogo", "agogo", "yiayia",
    "theia", "lolo", "lola", "tita", "tito", "nonno", "nonna", "zio", "zia", "aaji", "ajoba", "kaka", "kaki", "khala",
    "khalu", "mamu", "chacha", "chachi"})
_RELATIONS = (r"(?:husband|hubby|wife|partner|spouse|ex|ex-husband|ex-wife|ex-partner|son|daughter|mom|mum|mommy|"
              r"mummy|mother|dad|daddy|father|" + "|".join(sorted(KIN_OF_MANY_TONGUES, key=len, reverse=True)) + r"|"
              r"brother|sister|boyfriend|girlfriend|bf|gf|fianc[eé]e?|grandson|granddaughter|grandma|grandpa|cuz|cuzzy|"
              r"grandmother|grandfather|nan|nana|gran|granny|aunt|auntie|uncle|cousin|friend|bestie|neighbou?r|"
              r"niece|nephew|child|baby|kid|boss|manager|colleague|coworker|co-worker|carer|caregiver|"
              r"doctor|doc|gp|pcp|nurse|consultant|neurologist|cardiologist|specialist|surgeon|therapist|"
              r"counsel+or|psychiatrist|psychologist|oncologist|endocrinologist|endo|rheumatologist|rheumy|"
              r"dermatologist|derm|physio|physiotherapist|dentist|pharmacist|midwife|health visitor|ot|cpn|"
              r"key ?worker|care co-?ordinator|social worker|case ?worker|case manager|support worker|"
              r"girl|boy|lad|lass|baby girl|baby boy|little one|little girl|little boy|little man|little lady|wee man|"
              r"twins?|kids?|eldest|youngest|"
              r"other half|better half|oh|dh|dw|missus|missis|wifey|hubs|fella|fellow|bloke|mate|pal|buddy|"
              r"bro|sis|bruv|stepson|stepdaughter|grandkid|grandchild|"
              r"(?:mother|father|sister|brother|son|daughter)[- ]in[- ]law|mil|fil|sil|bil|godson|goddaughter|"
              r"step(?:mum|mom|dad|mother|father)|"
              r"(?:little|big|older|younger|eldest|youngest|step)(?:\s|-)?(?:son|daughter|brother|sister|one|girl|boy))")
#: Roles someone holds for the writer or a group, before a name set off by commas: "our union rep,
#: Shorty, got it moving", "the group leader, Amanda, says".
ROLE_WORDS = frozenset({
    "rep", "representative", "sponsor", "worker", "keyworker", "coordinator", "co-ordinator", "advocate", "navigator",
    "preceptor",
    "pastor", "vicar", "priest", "imam", "rabbi", "chaplain", "teacher", "tutor", "mentor", "coach", "instructor",
    "trainer", "landlord", "landlady", "supervisor", "flatmate", "housemate", "roommate", "volunteer", "organiser",
    "organizer", "leader", "facilitator", "host", "moderator", "chair", "secretary", "treasurer", "driver",
    "befriender", "buddy", "lady", "woman", "man", "guy", "chap", "gentleman", "gent", "person",
    # who helps at school or at home: "her teacher aide bec", "the interpreter amal"
    "aide", "assistant", "para", "interpreter", "nanny", "childminder", "caseworker",
    # who teaches or treats at a clinic, not a doctor or a nurse: "the diabetes educator faith at mercy"
    "educator", "dietitian", "dietician", "podiatrist", "optometrist", "hygienist", "receptionist", "paramedic",
    "radiographer", "sonographer", "phlebotomist", "porter", "anaesthetist", "anesthetist"})
_ROLES = "(?:" + "|".join(sorted(ROLE_WORDS, key=len, reverse=True)) + ")"
#: Ranks and offices that are given names too: "the chief's wife", "the pastor's family".
_RANKS = frozenset({"chief", "king", "queen", "prince", "princess", "boss", "pastor", "vicar", "bishop", "deacon", "judge",
                    "major", "captain", "sergeant", "colonel", "general", "doctor", "nurse", "neighbour", "neighbor",
                    "friend", "teacher", "coach", "priest", "rabbi", "imam", "elder", "reverend", "sheriff", "mayor"})
_CAPITAL_WORD_BEFORE = re.compile(rf"{UPPER}[\w'’-]*[ \t]+$")
#: Kin words and words of respect that follow the name they honour, in South Asian English.
KIN_AFTER_NAME = _KIN_AFTER_NAME = ("didi", "bhaiya", "bhaiyya", "bhai", "bhaji", "paaji", "veerji", "aunty", "auntie", "uncle", "ji", "mausi",
                   "chacha", "chachi", "chachu", "bua", "mami", "mamu", "apa", "baji", "bhabhi", "jiju", "sahib", "saab",
                   "akka", "anna", "amma", "chechi", "chettan")
#: Words before a kin word that describe the relative, or are titles themselves: "dear aunty", "guru ji".
_NOT_BEFORE_KIN = frozenset({"poor", "old", "young", "big", "little", "sweet", "lovely", "favourite", "favorite",
                             "fav", "fave", "great", "grand", "guru", "baba", "mata", "pita", "sant", "bibi", "sat",
                             "akal", "sardar", "pandit", "swami", "maharaj", "nice", "kind", "elder", "choti", "chhoti",
                             "bade", "bari", "badi", "chote", "chhote"})
#: Given names that are also what comes from a church or a group: "praise from the church".
_NOT_FROM_COMMUNITY = frozenset({"praise", "comfort", "tea", "support", "love", "help", "word", "news", "lady", "man", "guy",
                                 "gent", "chap", "woman"})
#: Given names that are verbs before "the": "hope the doctor calls", "love the nurses here".
_VERBS_BEFORE_THE = frozenset({"hope", "love", "trust", "bless", "miss", "will", "may", "mark", "bill", "rob", "sue",
                               "pat", "chase", "grant", "drew", "don", "jack", "page", "ward", "warren", "lance"})
#: A hospital's staff, by their jobs.
_STAFF = (r"(?:nurse|physio|physiotherapist|tech|technician|radiographer|doctor|porter|dietitian|dietician|ot|"
          r"pharmacist|receptionist|social[ \t]+worker|midwife|hca|consultant|surgeon|anaesthetist|anesthetist|"
          r"phlebotomist|therapist|counsell?or|psychologist|carer|paramedic|cleaner|registrar|sister|matron)")
#: The relation words above as a set: "my neighbour sarah" is not a name of two words.
RELATION_WORDS = frozenset({
    "husband", "hubby", "wife", "partner", "spouse", "son", "daughter", "mom", "mum", "mommy", "mummy", "mother", "dad",
    "daddy", "father", "brother", "sister", "boyfriend", "girlfriend", "fiance", "fiancee", "fiancé", "fiancée",
    "grandson", "granddaughter", "grandma", "grandpa", "grandmother", "grandfather", "nan", "nana", "gran", "granny",
    "aunt", "auntie", "uncle", "cousin", "friend", "bestie", "neighbour", "neighbor", "niece", "nephew", "child", "baby",
    "kid", "boss", "manager", "colleague", "coworker", "carer", "caregiver", "doctor", "doc", "gp", "nurse",
    "consultant", "specialist", "surgeon", "therapist", "counsellor", "counselor", "physio", "dentist", "pharmacist",
    "midwife", "girl", "boy", "lad", "lass", "twin", "twins", "eldest", "youngest", "missus", "wifey", "fella", "bloke",
    "mate", "pal", "buddy", "godson", "goddaughter", "stepmum", "stepmom", "stepdad", "bro", "sis"})
#: Labels of a contact's fields, which a colon follows as it follows a speaker ("Tel: 020 ...").
FIELD_LABELS = _FIELD_LABELS = frozenset({"tel", "mob", "fax", "ext", "ph", "cell", "mobile", "phone", "email", "address", "dob",
                                          "mrn", "nhs", "chi", "curp", "rut", "dni", "nie", "cpf", "pesel", "bsn", "nric",
                                          "nif", "sin", "ohip", "tfn", "ird", "ppsn", "ssn", "ward", "unit", "location",
                                          "hospital", "clinic", "consultant", "nurse", "diagnosis", "dx"})
#: Words of when, which follow "doctor" or "nurse" the noun: "your doctor last year".
_TIME_WORDS = frozenset({"last", "next", "again", "once", "twice", "earlier", "later", "recently", "first", "every",
                         "yesterday", "today", "tomorrow", "tonight", "before", "after", "soon", "asap"})
#: Words for kin and pronouns that name lists also hold as given names ("Mama said", "Mine says"):
#: no one's name before a verb.
KIN_WORDS = _KIN_WORDS = RELATION_WORDS | {"mama", "papa", "nanna", "mammy", "pappy", "mamma", "pops", "mine", "yours", "hers", "ours",
                               "theirs",
                               # Scots and Irish parents: "my da's in the royal again", "ma and da"
                               "da", "ma", "pa", "maw", "paw", "faither", "mither",
                               # Spanish and Portuguese aunts and uncles: "my tio takes her"
                               "tio", "tia", "tío", "tía",
                               # parenting forums' shorthand: "dear son", "dear husband", "little one", in-laws
                               "ds", "dd", "dh", "dp", "dw", "dc", "dcs", "lo", "mil", "fil", "sil", "bil", "bf", "gf",
                               # in-laws and step-kin, hyphened: "my mother-in-law, Rosario,"
                               "mother-in-law", "father-in-law", "sister-in-law", "brother-in-law", "son-in-law",
                               "daughter-in-law", "in-laws", "step-mum", "step-mom", "step-dad", "step-son",
                               "step-daughter", "stepson", "stepdaughter", "stepbrother", "stepsister"} \
    | (KIN_OF_MANY_TONGUES - _KIN_ALSO_NAMES)  # "my nonc [name]", "my kuia [name]"
#: What only a person is: "Sally is a nurse", "Wood is my carer".
_PERSON_NOUNS = "|".join(sorted(RELATION_WORDS | {"teacher", "volunteer", "student", "patient", "widow", "widower",
                                                  "paramedic", "blogger", "writer", "member", "moderator", "admin",
                                                  "ot", "physiotherapist", "neurologist", "oncologist", "dietitian",
                                                  "dietician", "podiatrist", "chiropodist", "optician", "health visitor",
                                                  "social worker", "key worker", "matron", "chaplain", "vicar",
                                                  "receptionist", "occupational therapist", "speech therapist"},
                                key=len, reverse=True))
_PERSON_NOUN_WORDS = frozenset(_PERSON_NOUNS.split("|"))
#: What two people do together: "Honor and Blessing organise", "Mags and Bunty are doing the walk".
_PAIR_VERBS = (r"(?:organise|organize|run|host|lead|chair|co-host|founded|set up|moderate|coordinate|volunteer|drove|"
               r"visited|cooked|baked|both have|both had|are both|were both|took turns|take turns|"
               r"are (?:doing|running|organising|organizing|hosting|walking|swimming|cycling) the)\b")
#: What a person does, after a lowercase first name at a sentence's start ("jade picked me up").
#: One's children or kin in the plural, before a comma and their names: "the twins, rowan and sage,".
_KIN_PLURAL = (r"\b(?:the|my|our|his|her|their)[ \t]+(?:twins|triplets|kids|boys|girls|children|sons|daughters|grandkids|"
               r"grandchildren|babies|brothers|sisters),[ \t]+")
_KIN_LIST_REST = r"(?:,[ \t]+[a-z][\w'’-]*)*,?[ \t]+(?:and|&)[ \t]+"
_KIN_PLURAL_CUES = ("twins", "triplets", "kids", "boys", "girls", "children", "sons", "daughters", "grandkids", "babies",
                    "brothers", "sisters")
_SUBJECT_VERBS = (r"drove|took|came|went|rang|called|phoned|texted|messaged|picked|visited|brought|sent|gave|helped|sat|"
                  r"stayed|met|said|says|told|asked|suggested|recommended|organised|organized|runs|ran|hosts|hosted|"
                  r"reckons|reckoned|moved away|moved house|has been|was amazing|is amazing|posted|replied|emailed|wrote|"
                  r"mentioned|shared|joined|baked|and (?:her|his) (?:husband|wife|partner)|(?:was|is) asking|"
                  r"asked after|sends? (?:her|his) love|says? hi|said hi")
#: What people do or go through (a person's subject before it): see the rule "subject_does".
_DOES = (r"(?:"
         r"(?P<person>(?:is|was)\s+(?:(?:back\s+|still\s+)?in\s+(?:hospital|a&e|icu|intensive care|theatre|recovery|"
         r"rehab|a bad way)|home|back home|out of hospital|having|struggling|recovering|"
         r"feeling|doing (?:well|ok|okay|better|great|amazing|the)|getting (?:better|there|married))\b|"
         r"(?:has|had)\s+(?:a|an|her|his)\s+(?:scan|appointment|op|operation|biopsy|"
         r"infusion|check-?up|mri|ct|review|consultation|baby|birthday|fall)\b|"
         r"(?:started|finished|starts|finishes|completed)\s+(?:her|his|the|a|an)?\s*(?:chemo|"
         r"radiotherapy|radiation|treatment|rehab|physio|dialysis|immunotherapy|infusions?)\b|"
         r"(?:won|knitted|baked|cooked|organised|organized|walked|swam|cycled|crocheted|"
         r"sewed|painted)\s+\w|did the \d|got the all clear|rang the bell|turned up|went home)"
         r"|(?:wrote|made|did|got|went|needs|passed|starts|started|sent|found|gave|took)\s+"
         r"(?:a|an|the|us|our|her|his|me|some|home|back|\d))")
#: A word that is no verb, then a verb in the third person: "tank checks on me" (not "loves her").
#: A word and then what someone does: "mere makes sure", "june drove", "grace said".
_WORD_THEN_VERB = re.compile(r"[a-z]+[ \t]+(?:[a-z]{2,}(?:s|ed)|said|came|took|drove|brought|made|gave|rang|sent)\b")
_NICKNAME_THEN_VERB = re.compile(r"(?![a-z]+(?:s|ed)\b)[a-z]{3,}\s+[a-z]{3,}(?:s|ed)\s+(?:on|in|up|out|me|us|him|her|them|"
                                 r"the|a|my|our|his|every|at|to|for|with|about|round|over)\b")
#: Who people say they are when they say "X here": no names ("Newbie here", "Carer here").
_HERE_ROLES = frozenset({"newbie", "lurker", "veteran", "vet", "carer", "caregiver", "survivor", "warrior", "patient",
                         "member", "student", "teacher", "spouse", "parent", "mother", "father", "widow", "widower",
                         "nurse", "doctor", "physio", "pharmacist", "midwife", "same", "me", "everyone", "nobody",
                         "somebody", "anyone", "someone", "mods", "admin", "moderator", "spoonie", "fighter", "ditto",
                         "likewise", "also", "fellow", "another"})
#: Given names that are abstract nouns, which do things in metaphors ("Hope got me through").
ABSTRACT_NAMES = _ABSTRACT_NAMES = frozenset({"hope", "faith", "joy", "grace", "patience", "mercy", "charity", "love", "peace", "destiny",
                             "harmony", "chance", "will", "heaven", "trinity", "prudence", "temperance", "liberty",
                             "justice", "glory", "serenity", "karma", "fate", "victory", "honor", "honour", "blessing",
                             "unity", "felicity", "verity", "constance", "summer", "autumn", "winter", "spring", "rain",
                             "storm", "dawn", "sky", "sunny", "amber", "major", "chase", "grant", "page", "sage",
                             "hunter", "king", "prince", "duke", "earl", "misty", "candy", "honey", "crystal", "brandy",
                             "iris", "angel"})
#: Places people belong to: "Precious from church", "Hope from work".
_COMMUNITIES = (r"church|chapel|mosque|temple|synagogue|gurdwara|gurudwara|mandir|masjid|shul|marae|k[oō]hanga|kura|"
                r"work|school|uni|college|choir|group|support group|"
                r"rehab|cardiac rehab|bingo|pub|club|book club|gym|ward|clinic|hospice|next door|down the road|"
                r"over the road|across the road|round the corner|up the road|village|street|pilates|yoga|hydro|"
                r"zumba|playgroup|nursery|allotments?|parish|congregation|office|team|class|classes|course|programme|"
                r"program|meetings?|forum|crew|shift|plant|factory|site|depot|yard|estate|flats|building|"
                r"association|society|centre|center|community|council|union|lodge|legion|batch|cohort|intake")
#: Degrees and memberships written after a clinician's name: "Dr. Helen Tsang, MD, FRCPC", "Dr Smith MBChB".
CREDENTIALS = frozenset({"md", "do", "phd", "dphil", "frcpc", "frcp", "frcs", "frcsc", "frcse", "mrcp", "mrcgp", "mrcs",
                         "mbbs", "mbchb", "mbbch", "bmbs", "bm", "facp", "facs", "facc", "faap", "rn", "np", "aprn",
                         "dnp", "msn", "bsn", "cde", "cdces", "pharmd", "rph", "dpt", "otr", "lcsw", "lpc", "lmft", "psyd",
                         "mph", "ccrn", "cnm", "crna", "frcog", "mrcog", "fracp", "fracs", "fanzca", "franzcp",
                         "frcpsych", "mrcpsych", "frcr", "frcpath", "frcgp", "fracgp", "mrcpch", "frcpch", "frcpi",
                         "mrcpi", "frcsi", "ccfp", "frcophth", "frcem", "dm", "mch", "mmed", "fcps", "mrcvs"})
_CREDENTIAL = r"(?i:" + "|".join(sorted(CREDENTIALS, key=len, reverse=True)) + r")\b"
_WORD = r"[A-Za-zÀ-ÖØ-öø-ÿ][\w'’-]{0,40}"  # bounded: a rule tried inside a long token must not backtrack far
_CAP = rf"(?-i:{UPPER})[\w'’-]{{0,40}}"  # capitalised even inside a case-blind pattern; bounded too
#: "me" and "ma" for "my" in Scots, Irish and northern English, only before a relative: "me mam peg"
#: (a cheap look ahead, as "me" is one of the commonest words).
_DIALECT_MY = (r"(?:me|ma)(?=\s+(?:mam|mammy|mum|mom|ma|da|dad|nan|nana|nanna|gran|granny|granda|grandad|brother|"
               r"sister|auntie|aunty|uncle|maw|cousin|fella|wee|wife|man|missus|pal|mate|bro|sis|son|daughter|boy|girl|"
               r"lad|lass|husband|partner)\b)")
_RULES: list[tuple[str, re.Pattern[str], float]] = [
    ("title", re.compile(rf"\b(?:(?:{'|'.join(TITLE_ABBREVIATIONS)})(?:\.[ \t]*|\s+)|{_TITLES}\s+)+"
                         rf"((?:(?:de|van|von|der|den|da|di|du|del|dos|le|la|ten|ter)\s+)?{_WORD}"
                         rf"(?:\s+(?!{_CREDENTIAL}){_CAP})?)", re.IGNORECASE), 0.9),
    ("honorific", re.compile(rf"(?<![\w'’-])(?i:{_HONORIFICS})\s+({_CAP}(?:\s+{_CAP})?)"), 0.85),
    ("relation", re.compile(rf"\b(?:my|our|his|her|their|minha|meu|{_DIALECT_MY})\s+(?:(?:late|dear|lovely|best|old|new|battle|beloved|darling|"
                            rf"poor|favourite|favorite)\s+)?{_RELATIONS},?\s+(?:is\s+)?[(“\"'‘]?"
                            rf"(?:(?:{'|'.join(TITLE_ABBREVIATIONS)})\.?\s+)?({_WORD}(?:\s+{_CAP})?)",
                            re.IGNORECASE), 0.85),
    # A relative or a friend by an initial, mid-sentence: "My friend J. from the Tuesday group".
    ("relation_initial", re.compile(rf"\b(?i:my|our|his|her|their)\s+(?i:{_RELATIONS})\s+({UPPER}\.)(?=[ \t]+[a-z])"), 0.85),
    # A role and a capitalised word that then does something: "The driver Hone knows every pothole",
    # 'my sponsor "Tiny" still rings'.
    ("role", re.compile(rf"\b(?i:the|my|our|his|her|their)\s+(?i:{_ROLES})\s+[“\"'‘]?({_CAP})[”\"'’]?"
                        rf"(?=\s*[,;:!?)]|\.(?!\w)|\s+(?:(?:still|always|never|just|also|often|really)\s+)?"
                        rf"(?:[a-z]*[a-rt-z]s|[a-z]+ed|is|was|has|had|will|would|can|could|did|does|"
                        rf"said|came|went|took|gave|got|made|drove|ran|told|knew|brought|rang|sent|met|kept|left|"
                        rf"put|sat|saw|thought|felt)\b)"), 0.85),
    # ... and in lowercase, a given name after the role, before what a person is or does: "my key worker
    # tui is the only one who gets me" (not "my key worker is").
    ("role_lower", re.compile(rf"\b(?:the|my|our|his|her|their)[ \t]+(?:[a-z]+[ \t]+)?(?:{_ROLES})[ \t]+([a-z][a-z'’-]+)"
                              r"(?=[ \t]+(?:is|was|has|had|said|says|rang|rings|texts|texted|came|comes|still|always|"
                              r"gets|got|helped|helps|drives|drove|visits|visited|at|from)\b)"), 0.7),
    ("intro", re.compile(rf"\b(?:my name is|my name's|name's|call me|i am called|i'm called|they call me)\s+"
                         rf"({_WORD}(?:\s+{_CAP})?)", re.IGNORECASE), 0.95),
    ("intro_soft", re.compile(rf"\b(?:i'm|i am|this is|it's|im)\s+({_CAP}(?:\s+{_CAP})?)"), 0.7),
    ("signoff", re.compile(rf"(?:^|[.!?\n]\s*)(?:thanks|thank you|thx|cheers|regards|best wishes|best|love|"
                           rf"hugs|take care|kind regards|warmly|bw|xx+)[,!. ]*\s*[-–—~]?\s*({_CAP})\s*(?:x+)?[.!]?\s*$",
                           re.IGNORECASE), 0.85),
    ("signature", re.compile(rf"\n\s*[-–—~]+\s*({_CAP}(?:\s+{_CAP})?)\s*$"), 0.85),
    # A lone capitalised word or two closing a post after a finished sentence: a signature.
    ("trailing_name", re.compile(rf"[.!?]\s+({_CAP}(?:\s+{_CAP})?)\s*[.!]?\s*(?:x+)?\s*$"), 0.8),
    ("pair", re.compile(rf"\b({_CAP})\s+and\s+(?:I|me)\b|\b(?:[Mm]e|I)\s+and\s+({_CAP})\b"), 0.8),
    ("addressing", re.compile(rf"\b(?i:contact|ask for|speak to|spoke to|spoken to|talk to|talked to|thanks to|"
                              rf"thank you to|thank you|"
                              rf"say hi to|say hello to|give my love to|message|email|text|"
                              rf"shout ?out to|pass (?:this|it|that) on to|sending love to|hugs to|"
                              rf"happy birthday|happy bday|congrats|congratulations|well done|love to|"
                              rf"ring|call|ask)\s+({_CAP})\b"), 0.75),
    ("speech", re.compile(rf"(?<![.!?]\s)\b({_CAP})\s+(?:said|says|told|tells|asked|mentioned|suggested|recommended|"
                          rf"reckons|thinks|explained|wrote)\b"), 0.75),
    # A first name as the subject of what people do: "Bill drove me", "Rob came with me", "Jack
    # Cook from the group". Names that are also words qualify here (the verb says which it is).
    ("subject", re.compile(rf"\b({_CAP}(?:\s+{_CAP})?)\s+(?:drove|drives|took|takes|came|comes|went|rang|rings|"
                           rf"called|phoned|texted|messaged|emailed|passed away|died|helped|helps|gave|sent|brought|"
                           rf"picked|visited|visits|lives|lived|works|worked|runs|ran|organises|organised|organizes|"
                           rf"organized|sat|held|stayed|met|looked after|cooked|made|bought|found|showed|taught|"
                           rf"translates|translated|offered|was diagnosed|got diagnosed|was told|was admitted|"
                           rf"has been|had (?:her|his)|said|says|told|asked|reckons|thinks|suggested|recommended|"
                           rf"was born|turned|turns|started|starts|loves|loved|needs|wants|got|gets|began|begins|"
                           rf"moved away|moved house|moved to|reckons|reckoned|"
                           rf"from the)\b"), 0.75),
    # What only people do, or "X from Tullamore": any given name as the subject ("Pip was diagnosed",
    # "River from the autism group").
    ("subject_given", re.compile(rf"\b({_CAP})\s+(?:was diagnosed|got diagnosed|was born|passed away|died|was admitted|"
                                 rf"was told|swears by|drove me|picked me up|moved away|reckons|"
                                 rf"said|says|told|asked|posted|replied|messaged|emailed|texted|rang|phoned|wrote|"
                                 rf"recommended|mentioned|brought|baked|volunteered|shared|joined|"
                                 rf"(?:is|was) asking|asked after|sends? (?:her|his|their) love|says? hi|said hi|"
                                 rf"(?:popped|came|dropped|called) (?:round|over|by|in)\b|"
                                 rf"(?:runs|ran|hosts|hosted|leads|led|organises|organised|organizes|organized) the|"
                                 rf"and (?:her|his|their) (?:husband|wife|partner|kids|son|daughter|mum|mom|dad|family)|"
                                 rf"(?:is|was) (?:doing|running|organising|organizing|hosting|walking|swimming|cycling) (?:the|a|an|her|his|their|our)\b|"
                                 # "Precious is driving me", "Hope is coming round", "Joy has been a rock"
                                 rf"(?:is|was|are|were) (?:driving|taking|picking|bringing|helping|visiting|collecting|"
                                 rf"coming|cooking|baking|knitting|ringing|calling|texting|messaging|"
                                 rf"sending|looking after|staying with|recovering|feeling|sitting with) "
                                 rf"(?:me|us|her|him|them|the|a|an|my|our|his|their|round|over|in|home|well|better|from)\b|"
                                 rf"has been (?:amazing|brilliant|a rock|a star|so kind|so supportive|wonderful|a godsend|"
                                 rf"fantastic|really kind|really supportive|my rock)\b)"),
     0.75),
    # A given name, even a word, doing something to her or his own: "Joy lost her dad", "Will lost
    # his job", "Hope sends her love".
    ("subject_own", re.compile(rf"(?:^|[.!?,;]\s+)({_CAP})\s+(?:(?:won['’]t|can['’]t|didn['’]t|doesn['’]t|wouldn['’]t|"
                               rf"couldn['’]t|will|can|could|would|did|does)\s+(?:not\s+)?[a-z]{{2,}}|"
                               rf"[a-z]+ed|[a-z]{{2,}}s|got|lost|had|took|gave|sent|made|"
                               rf"brought|found|left|won|broke|cut|hurt|kept|told|sold|paid|began|wrote|rang|met|"
                               rf"drove|ran|fell|tore|did)\s+(?:her|his)\b", re.MULTILINE), 0.75),
    # A given name that is a word opening a sentence, before what people do or go through: "Holly
    # knitted hats for the ward", "Ruby won the raffle", "Hope is in hospital again". Abstract nouns
    # that are names ("Hope", "Faith") only before what happens to a person (see _ABSTRACT_NAMES).
    ("subject_does", re.compile(rf"(?:^|[.!?]\s+|\n)({_CAP})\s+{_DOES}"), 0.75),
    # A given name more often a name than a word ("Poppy", "Jade", not "Summer", "Rose") opening
    # a sentence before a verb: "Poppy is starting school", "Jade was in a lot of pain".
    ("subject_name_word", re.compile(rf"(?:^|[.!?]\s+|\n)({_CAP})\s+(?:is|was|has|had|will|can|could|would|"
                                     rf"won['’]t|can['’]t|isn['’]t|wasn['’]t|hasn['’]t|didn['’]t|doesn['’]t)\s+[a-z]"), 0.75),
    # ... and in lowercase: "holly knitted hats for the ward", "pearl is in hospital again".
    ("subject_does_lower", re.compile(rf"(?:^|[.!?]\s+|\n)([a-z][\w'’-]*)\s+{_DOES}"), 0.75),
    # A baby's given name, even a word, after "baby" or "little" and before being born or in care: "Baby
    # Journey was born with gastroschisis", "little legacy has been in the nicu" (not "baby girl was").
    ("baby_name", re.compile(r"\b(?i:baby|little|lil|wee)[ \t]+([A-Za-z][a-z'’-]+)(?=[ \t]+(?:was[ \t]+born|"
                             r"came[ \t]+(?:at|early|home)|arrived|has[ \t]+been[ \t]+in|is[ \t]+(?:in|on)[ \t]+the[ \t]+"
                             r"(?:nicu|neonatal|scbu|ward|unit)|weighed|was[ \t]+(?:delivered|diagnosed)|"
                             # "my wife [name] and baby wren are home!"
                             r"(?:is|are)[ \t]+(?:home|here|doing[ \t]+(?:well|great|ok|okay|fine)))\b)"), 0.75),
    # A given name, even a word, opening a sentence before starting school: "River starts P1 at
    # [place] next August" (not "School starts", "Work starts Monday").
    ("starts_school", re.compile(rf"(?:^|[.!?]\s+|\n)({_CAP})\s+(?:starts|started|is\s+starting|will\s+start|begins|began)\s+"
                                 r"(?i:school|nursery|preschool|pre-k|kindergarten|kinder|reception|p1|primary|"
                                 r"year\s+\d+|grade\s+\d+|first\s+grade|college|uni|university|high\s+school|secondary|"
                                 r"daycare|day\s+care|big\s+school)\b"), 0.75),
    # A nickname in quotes before a surname (of the lists), or between a first name and a surname: 'Mom's friend
    # "Tiny" Pham runs it', 'Mike "Tiny" Pham'.
    ("quoted_nickname", re.compile(rf"[\"“‘']({_CAP})[\"”’'](?=[ \t]+{UPPER}[a-z])"), 0.7),
    # A Japanese or Korean honorific after a name: "Kawasaki-san, our neighbour, drove us",
    # "Tanaka-sensei", "Minji-ssi" (though not "Kawasaki disease": no honorific).
    ("honorific_suffix", re.compile(rf"\b({_CAP})-(?:san|sama|kun|chan|sensei|senpai|ssi|nim)\b"), 0.85),
    # Introducing oneself: "Semper fi brothers, Gunny here", "Hiya, Sarge here!".
    ("here_intro", re.compile(rf"(?:^|[,.!?:;]\s*|\n)({_CAP})\s+here\b(?=\s*(?:[,.!:;)-]|$|(?i:and|with|from|again|too)\b))",
                              re.MULTILINE), 0.75),
    # Only a person turns 90, and only a person is what we call someone: "Bubbles (that's what we
    # call my mother in law) turns 90".
    ("turns_age", re.compile(rf"\b({_CAP})(?:\s*\([^()\n]{{0,60}}\))?\s+(?:turns|turned|is turning|will be|turning)\s+"
                             rf"\d{{1,3}}\b(?!\s*(?:%|mg|degrees|minutes|mins|hours|weeks|months|pounds|lbs|kg))"
                             rf"|\b({_CAP})\s*\(?\s*(?:that's|that is|which is|as)\s+what\s+(?:we|i|they|the kids)\s+call\b"
                             rf"|\b({_CAP})\s*\((?:my|our|his|her|their|the)\s[^()\n]{{0,30}}\bnick(?:-| )?name\)"),
     0.75),
    # A child's age, by a name that is a word: "Journey is 2 now and sees the developmental clinic"
    # (not "Sugar is 12 now and").
    ("is_age_now", re.compile(rf"\b({_CAP})\s+is\s+\d{{1,2}}(?:\s+(?:now|today|tomorrow|next\s+week))?"
                              rf"(?=\s*(?:[,.!;]|$)|\s+(?:and|but|so)\b)"), 0.75),
    # "Bunny (that's my wife) can't swallow", "Ace (my son) starts school": explained as a person.
    # "Chance, my son, reads to him": set off by commas before whose relative.
    ("bracket_relation", re.compile(rf"\b({_CAP})\s*\(\s*(?i:(?:that's|that’s|that is|she's|she’s|he's|he’s|who's|who is)\s+)?"
                                    rf"(?i:my|our|his|her|their)\s+(?i:{_RELATIONS})\b"
                                    rf"|\b({_CAP}),\s+(?i:my|our|his|her|their)\s+(?i:{_RELATIONS}),"), 0.75),
    # "Patience, her support worker, drives her", "Mercy, the ward sister, says": a given name set off
    # by commas before who the person is, of one word more.
    ("named_then_role", re.compile(rf"(?:^|[.!?;]\s+|\n)({_CAP}),\s+(?i:my|our|his|her|their|the)\s+(?:[a-z]+\s+)?"
                                   rf"(?i:{_RELATIONS}|{_ROLES}),"), 0.75),
    # "Joy at the Earley carers' café is wonderful": a given name opening a clause, at a named venue,
    # before what the person is or does.
    ("at_venue_subject", re.compile(rf"(?:^|[.!?;]\s+|\n)({_CAP})(?=\s+at\s+the\s+(?:(?-i:[A-Z])|\[)[^.!?;\n]{{0,40}}?"
                                    rf"\s(?:is|was|has|does|runs|said|says|rang|rings|helps|helped)\b)"), 0.75),
    # "the nurse at the clinic, Mere, is so patient": a name set off by commas after who the person is.
    ("appositive", re.compile(rf"\b(?i:{_RELATIONS}|{_ROLES})\b[^.!?\n,()]{{0,40}},\s+({_CAP}),\s+"), 0.75),
    # "Paddy above in Ballina runs the shed", "Sue over in Leeds": someone, where they live.
    ("over_in", re.compile(rf"\b({_CAP})(?=\s+(?:above|over|down|up|out|back)\s+in\s+(?-i:[A-Z]))"), 0.75),
    # "I saw River at group", "heard from Storm lately": a given name, even a word, capitalised in
    # mid-sentence without an article, after what is done with or to a person.
    ("person_object", re.compile(rf"\b(?:saw|seen|see|met|meet|visited|heard from|hear from|spoke to|talked to|"
                                 rf"chatted to|chatting to|thanks to|thank|hugs to|love to|missing|miss|ask|asked|tell|"
                                 rf"told|rang|ring|called|texted|messaged|emailed|and|"
                                 # though "diagnosed with Iron deficiency", "living with Day to day pain"
                                 rf"(?<!diagnosed )(?<!living )(?<!treated )(?<!dealing )(?<!coping )(?<!struggling )"
                                 rf"(?<!along )(?<!help )(?<!helps )(?<!deal )(?<!cope )(?<!live )with)\s+({_CAP})"
                                 rf"(?=[ \t]*(?:[,.!?;:)]|$)|[ \t]+(?:at|and|for|on|in|to|from|last|this|yesterday|today|"
                                 rf"lately|recently|again|about|tomorrow|tonight|later|too|x+|if|when|who|because|but|so)\b)"),
     0.75),
    # ... and in lowercase, before a time or a gathering only: "went to the hospice with jade
    # yesterday", "saw poppy at group" (and, there, the given names that are also words but not
    # virtues, months or titles: "my first shift with sue at the hospice").
    ("person_object_lower", re.compile(r"\b(?:saw|seen|met|visited|heard from|spoke to|talked to|chatted to|thanks to|"
                                       r"hugs to|love to|missing|asked|told|rang|texted|messaged|with|keep)\s+([a-z][\w'’-]*)"
                                       r"(?=[ \t]+(?:yesterday|today|tonight|tomorrow|lately|recently|last (?:week|night|month)|"
                                       r"this (?:morning|afternoon|week)|(?:at|after|before) (?:group|the group|church|clinic|"
                                       r"the clinic|the meeting|the walk|coffee|work|school|(?:the )?support group|"
                                       r"(?:the )?(?:meet-?up|drop-in|coffee morning|cafe|café|hospice|hospital|ward)|"
                                       r"(?:the )?(?:carers?|parents?|patients?)['’]? (?:group|meeting|cafe|café))|"
                                       r"and (?:her|his) (?:mum|mom|dad|husband|wife|partner|kids)|"
                                       r"in (?:your|our|my) (?:prayers|thoughts))\b)"),
     0.75),
    # "my son's best friend cash came to visit", "my partner river and i moved": a relative or friend in
    # lowercase, by a given name that is a word, and what they did.
    ("relation_does_lower", re.compile(rf"\b(?i:my|our|his|her|their|the|minha|meu|{_DIALECT_MY}|[a-z]+['’]s)\s+(?:(?:best|old|little|big|new)\s+)?"
                                       rf"(?:(?:teacher|teaching|classroom|care|support|health|occupational|mental|district|"
                                       rf"practice|school|community|diabetes|respiratory|cardiac|stroke|renal|palliative|"
                                       rf"home|night|transplant|dialysis|ward|clinic|specialist|research|oncology|cancer|"
                                       rf"breast|heart|liver|kidney|lung|neuro|epilepsy|hospice|infusion|chemo|liaison|"
                                       rf"discharge|memory|dementia|continence|macmillan|admiral|speech|language|physical|"
                                       rf"art|music|play)\s+){{0,2}}"
                                       # "the PT jared was awesome": a therapist or a nurse by the initials of the job
                                       rf"(?:{_RELATIONS}|{_ROLES}|PT|OT|SLP|RN|NP|CNA|LPN|HCA|RMN|slp|rn|cna|lpn|hca|rmn)"
                                       rf"\s+(?!(?:we|you|they|i|he|she|it|that|there|who)['’])([a-z][\w'’-]*)"
                                       rf"\s+(?:came|comes|went|goes|brought|"
                                       rf"brings|drove|drives|took|takes|visited|visits|rang|rings|called|calls|sent|sends|"
                                       rf"made|makes|gave|gives|told|tells|texted|texts|dropped|drops|picked|picks|stayed|"
                                       rf"stays|helped|helps|has|had|flew|flies|arrived|phoned|prayed|keeps|kept|is|was|does|did|says|"
                                       rf"said|thinks|wants|knows|works|worked|sorts|sorted|cooks|cooked|reckons|understood|explained|at|"
                                       rf"starts|started|begins|began|needs|needed|loves|loved|lives|lived|gets|got|sees|saw|"
                                       rf"and[ \t]+(?:i|me)|&[ \t]+(?:i|me))\b"), 0.75),
    # "me and our kev took dad", "our jade is still at school": in the North of England and Scotland
    # "our" comes before a brother's or a sister's name.
    ("our_name_lower", re.compile(r"\bour[ \t]+([a-z][\w'’-]*)[ \t]+(?:is|was|has|had|took|takes|came|comes|went|goes|from|"
                                  r"brought|brings|drove|drives|rang|rings|said|says|thinks|thought|does|did|got|gets|"
                                  r"keeps|kept|helped|helps|stayed|stays|texted|phoned|called|sorted|made|makes)\b"), 0.7),
    # ... and after "with" or "and", before a pause: "I'm due in april with our harper.", "me and our
    # kev," (not "with our bank.": a given name that is no common word).
    ("our_name_pause", re.compile(r"\b(?:with|and|for|to|by|from|love|miss|missing)[ \t]+our[ \t]+([a-z][\w'’-]*)"
                                  r"(?=[ \t]*(?:[.,!?;:)]|$))"), 0.7),
    # ... and a virtue's or a season's name, before what only a person does: "our faith stays over
    # weekends" (not "our faith is strong", "our hope took a knock").
    ("our_virtue_lower", re.compile(r"\bour[ \t]+([a-z]+)[ \t]+(?:stays|stayed|drives|drove|rang|rings|texted|phoned|"
                                    r"visits|visited|sleeps|slept|picks|picked|cooks|cooked|"
                                    r"(?:takes|took|brings|brought)[ \t]+(?:him|her|them|me|us)\b|"
                                    # "our dean is taking her from sutton"
                                    r"(?:is|was|['’]s)[ \t]+(?:taking|bringing|driving|fetching|collecting|picking[ \t]+up)"
                                    r"[ \t]+(?:him|her|them|me|us)\b)\b"), 0.7),
    # ... and a word that names no virtue, before helping someone: "our reign helps her up the stairs"
    # (not "our faith helps us through").
    ("our_helps_lower", re.compile(r"\bour[ \t]+([a-z]+)[ \t]+(?:helps|helped)[ \t]+(?:him|her|them|me|us)\b"), 0.7),
    # "patience from next door feeds the cat", "and jim from down the road": a given name, even a
    # virtue's, by where the neighbour lives.
    ("from_next_door", re.compile(r"(?:^|[.!?,;:][ \t]+|\b(?:and|with|to|by|thanks|thank)[ \t]+)([A-Za-z][a-z'’-]+)[ \t]+"
                                  r"from[ \t]+(?:next[ \t]+door|(?:down|up|across|over)[ \t]+the[ \t]+(?:road|street|way|"
                                  r"lane|hall|landing)|round[ \t]+the[ \t]+corner)\b", re.MULTILINE), 0.7),
    # "sage u still at the foothills", "indigo thank u for the heating pad": whom a post opens by
    # addressing, before "you" or thanks.
    ("vocative_lower", re.compile(r"(?:^|[.!?][ \t]+)(?:(?:omg|oh|aw+|yay|wow|lol|haha|hey)[ \t]+)?([a-z][\w'’-]*)"
                                  r"(?:,|!+)?[ \t]+(?:u|you|ur|r u|are u|did u|have u|thank u|thank you|thanks|ty|"
                                  r"congrats|congratulations|well done|so proud of|so happy for)\b", re.MULTILINE), 0.7),
    # "ash from my support group said": a given name, even a word, from a place people belong to.
    ("from_community_lower", re.compile(rf"\b([a-z][\w'’-]*)\s+from\s+(?:(?:the\s+|my\s+|our\s+)(?:[a-z'’-]+\s+){{0,2}})?"
                                        rf"(?:{_COMMUNITIES})\b"), 0.7),
    # "dawn at the farm wellness line talked me down": a given name, even a word, opening a clause,
    # who works at a service and did something (at dawn no one talks anyone down).
    ("at_service_lower", re.compile(r"(?:^|[.!?,;][ \t]+)([a-z][\w'’-]*)[ \t]+at[ \t]+the[ \t]+(?:[a-z'’-]+[ \t]+){0,3}"
                                    r"(?:line|helpline|group|clinic|centre|center|surgery|pharmacy|charity|office|desk|"
                                    r"practice|service|hub|hospice|ward|unit)[ \t]+(?:talked|rang|called|said|told|"
                                    r"helped|sorted|got|gave|sent|listened|explained|answered|found)\b"), 0.7),
    # "ping rio for the rota", "ask jules about the clinic": whom one is told to contact, opening a clause.
    ("contact_lower", re.compile(r"(?:^|[.!?,;][ \t]+)(?:ping|message|msg|dm|text|ask|call|ring|email|whatsapp|tag)[ \t]+"
                                 r"([a-z][\w'’-]*)[ \t]+(?:for|about|if|on|and|re|when|she|he)\b"), 0.7),
    # "mercy from our apartment drives us every saturday": a given name, even a virtue's, from where one
    # lives or worships, who does something for one (no virtue "drives us").
    ("from_near_does_lower", re.compile(rf"(?:^|[.!?,;][ \t]+)(?:(?:ti|lil|big|wee|auld|pa|ma)[ \t]+)?([a-z][\w'’-]*)\s+from\s+(?:(?:the|my|our)\s+(?:[a-z'’-]+\s+)?)?"
                                        rf"(?:{_COMMUNITIES}|apartment|apartments|block|colony|compound)\s+"
                                        rf"(?:drives|drove|came|comes|brings|brought|rang|rings|calls|called|visits|"
                                        rf"visited|sits|sat|takes|took|helps|helped|checks|checked|"
                                        rf"became|(?:is|was)[ \t]+now)\b"), 0.7),
    # "jade my key worker saved my life": a given name, even a word, before who the person is to one.
    ("name_then_role_lower", re.compile(r"(?:^|[.!?,;][ \t]+|\band[ \t]+)([a-z][\w'’-]*)[ \t]+(?:my|our)[ \t]+"
                                        r"(?:key[ \t]?worker|support[ \t]+worker|social[ \t]+worker|care[ \t]+coordinator|"
                                        r"nurse|sponsor|counsell?or|therapist|neighbou?r|carer|physio|mentor|"
                                        r"case[ \t]+manager|psychiatrist|psychologist)[ \t]+(?:saved|is|was|has|had|"
                                        r"helped|got|gets|said|says|told|rang|calls|called|came|comes|visits|visited|"
                                        r"drove|drives|sorted|found|listened|understood|never|always|really|just)\b",
                                        re.MULTILINE), 0.7),
    # "couldn't have done it without storm and the lads": a given name, even a word, with one's crowd.
    ("with_the_lads_lower", re.compile(r"\b(?:without|with|thanks[ \t]+to|cheers[ \t]+to|shout[ \t]*out[ \t]+to|"
                                       r"me[ \t]+and|love[ \t]+to)[ \t]+([a-z][\w'’-]*)[ \t]+(?:and|n|&)[ \t]+the[ \t]+"
                                       r"(?:lads|girls|boys|guys|gang|crew|ladies|fellas|rest[ \t]+of[ \t]+the)\b"), 0.7),
    # "honey and me are doing the buggy walk": a given name, even a word, paired with the writer.
    ("pair_me_lower", re.compile(r"(?:^|[.!?,;][ \t]+)([a-z][\w'’-]*)[ \t]+(?:and|n|&)[ \t]+(?:me|i)[ \t]+(?:are|were|is|was|"
                                 r"went|go|did|do|have|had|got|met|made|took|both|will|'re|’re|'ll|’ll)\b", re.MULTILINE),
     0.7),
    # "pinky didi's sugar", "lucky bhaiya took papa", "rinku ji": in South Asian English a kin word or
    # a word of respect follows the name it honours.
    ("name_kin_after_lower", re.compile(r"(?:^|(?<=[\s,(]))([a-z][\w'’-]*)[ \t]+(?:" + "|".join(_KIN_AFTER_NAME) +
                                        r")(?![\w-])"), 0.7),
    # "rinku is taking her to the clinic", "bunty has booked the cardiologist": whoever opens a
    # clause by doing for someone what people do is a person, whatever the word.
    ("subject_acts_lower", re.compile(r"(?:^|[.!?,;][ \t]+|\band[ \t]+)([a-z][\w'’-]*)[ \t]+(?:(?:is|was)[ \t]+(?:taking|bringing|driving|"
                                      r"picking|coming[ \t]+(?:from|over|round|home|to[ \t]+stay)|staying[ \t]+with|"
                                      r"looking[ \t]+after)|(?:has|had)[ \t]+(?:booked|taken|driven|brought|arranged|"
                                      r"organised|organized)|will[ \t]+(?:take|drive|bring|pick|stay[ \t]+with)|"
                                      r"(?:took|takes|drove|drives|brought|brings|picked[ \t]+up|picks[ \t]+up|sits[ \t]+with|"
                                      r"sat[ \t]+with)[ \t]+(?:her|him|them|me|us|papa|mama|"
                                      r"mummy|daddy|mum|dad|mom|nan|gran)|"
                                      # "clive comes on mondays", "bec is her name": who visits, and who is named
                                      r"(?:comes|came|pops|popped|drops|dropped|visits|visited)[ \t]+(?:on|in|by|round|"
                                      r"over|out|every|each|twice|once)\b|(?:is|was)[ \t]+(?:her|his|their)[ \t]+name\b|"
                                      # "and ocean lent me her spare sensor": what someone did for one
                                      r"(?:lent|gave|sent|showed|taught|hugged|texted|messaged|rang|phoned)[ \t]+(?:me|us)\b|"
                                      # "pepper who runs it makes the best pasties": who runs or does something
                                      r"who[ \t]+(?:runs|ran|organises|organizes|organised|organized|owns|owned|"
                                      r"started|leads|led|hosts|hosted|manages|managed|coordinates|coordinated|"
                                      r"volunteers|volunteered|drives|drove|set[ \t]+up|founded)\b|"
                                      # "lolly brings the scones": who brings or makes the group's food
                                      r"(?:brings|brought|bakes|baked|makes|made)[ \t]+(?:the|some|her|his)[ \t]+(?:scones|"
                                      r"cakes?|biscuits|cookies|tea|coffee|food|snacks|sandwiches|soup|teas|muffins|"
                                      r"brownies|pies?|pasties|buns|doughnuts|donuts|treats|lunch|dinner|raffle)\b|"
                                      # "dale says we'll get by": what someone says, opening a clause
                                      r"(?:says|said|reckons|reckoned)[ \t]+(?:we|i|she|he|they|it|that|you)\b|"
                                      # "scout is worried she'll be sleepy", "wren had two absence seizures"
                                      r"(?:is|was|gets|got)[ \t]+(?:(?:so|really|very|quite|a[ \t]+bit|super|pretty)[ \t]+)?"
                                      r"(?:worried|scared|terrified|upset|excited|nervous|anxious|gutted|devastated|"
                                      r"heartbroken|thrilled|frightened|petrified|distraught|stressed|overwhelmed)|"
                                      r"(?:has|had|is[ \t]+having|was[ \t]+having|has[ \t]+had)[ \t]+(?:(?:a|an|another|two|three|"
                                      r"four|five|six|\d+|more|several|few|some|her|his|bad|big)[ \t]+){1,2}(?:[a-z]+[ \t]+)?"
                                      r"(?:seizures?|fits?|absences?|hypos?|meltdowns?|fevers?|nosebleeds?|migraines?|"
                                      r"infections?|episodes?|panic[ \t]+attacks?|falls?)|"
                                      # "story came home from the nicu", "cove had her jabs", "lark is out of surgery"
                                      r"came[ \t]+home|passed[ \t]+away|(?:starts|started|starting)[ \t]+(?:school|nursery|"
                                      r"reception|preschool|kindergarten)|(?:is|was)[ \t]+(?:out[ \t]+of|in|back[ \t]+in)[ \t]+"
                                      r"(?:surgery|theatre|recovery|intensive[ \t]+care|icu|nicu|picu)|(?:had|has|got)[ \t]+"
                                      r"(?:her|his)[ \t]+(?:jabs|injections?|vaccines?|vaccinations?|op|operation|"
                                      r"bloods|infusion|first[ \t]+(?:dose|chemo|infusion|seizure))|"
                                      # "ally set it up after his brother": who founded the group
                                      r"set[ \t]+(?:it|this|that|us|the[ \t]+group)[ \t]+up|started[ \t]+(?:the|this)[ \t]+group|"
                                      # "wren set up the zoom group for the olympia folks"
                                      r"set[ \t]+up[ \t]+(?:the|a|our|this)[ \t]+(?:[a-z]+[ \t]+)?(?:group|chat|page|zoom|"
                                      r"meeting|meet-?up|rota|fundraiser|walk|call))"
                                      r"\b", re.MULTILINE), 0.7),
    # "the twins, rowan and sage, both have the rsv": the names of one's children or kin, in apposition,
    # the first and the last of the list (the names between are listed with them).
    ("kin_apposition_lower", re.compile(_KIN_PLURAL + r"([a-z][\w'’-]*)" + _KIN_LIST_REST + r"[a-z][\w'’-]*,"), 0.7),
    ("kin_apposition_last_lower", re.compile(_KIN_PLURAL + r"[a-z][\w'’-]*" + _KIN_LIST_REST + r"([a-z][\w'’-]*),"), 0.7),
    # "gave penny the spare commode": whom one gives, lends or shows a thing to, before the thing.
    ("gave_lower", re.compile(r"\b(?:gave|give|gives|giving|handed|lent|lend|lends|passed|showed|show|shows|bought|"
                              r"owe|owes|owed|offered|promised)[ \t]+([a-z][\w'’-]*)[ \t]+(?:the|a|an|some|my|our|"
                              r"his|her|their|this|that|these|those|back)\b"), 0.7),
    # "my counsellor at headspace in frankston is jade, she's great": who a relation or a clinician at a
    # place is, named at a clause's end, even a word.
    ("relation_at_is_lower", re.compile(rf"\b(?:my|our|his|her|their)[ \t]+(?:[a-z]+['’]s[ \t]+)?{_RELATIONS}[ \t]+"
                                        r"(?:at|from|in)[ \t]+"
                                        r"(?:[a-z'’-]+[ \t]+){1,4}?is[ \t]+([a-z][\w'’-]*)"
                                        r"(?=[ \t]*(?:[,;!?]|\.(?:\s|$)|$)|[ \t]+(?:and|she|he|who)\b)"), 0.7),
    # "the diabetes educator faith at mercy is so kind", "my mom's caregiver blessing from the agency": a
    # role and a word, then where that person works.
    ("role_at_lower", re.compile(rf"\b(?:the|my|our|his|her|their)[ \t]+(?:[a-z]+(?:['’]s)?[ \t]+)?(?:{_ROLES}|{_RELATIONS})[ \t]+"
                                 r"([a-z][\w'’-]*)[ \t]+(?:at|from)[ \t]+(?:the[ \t]+)?[a-z]"), 0.7),
    # "lovely to meet summer and her mum": whom one meets with a parent or a partner, even a season's name.
    ("meet_with_kin_lower", re.compile(r"\b(?:meet|met|meeting|see|saw|seen)[ \t]+([a-z]+)[ \t]+and[ \t]+(?:her|his|their)[ \t]+"
                                       r"(?:mum|mom|mam|dad|husband|wife|partner|kids|son|daughter|sister|brother)\b"), 0.7),
    # "thank you dawn from the diabetes program", "thank u to grace and faith from the carers group",
    # "thank you deb and the whole team": whom one thanks, and where the person is from or who with,
    # even a word's or a season's name (the second of a pair is found as listed with the first).
    ("thanks_from_lower", re.compile(r"\bthank(?:s|[ \t]+you|[ \t]+u)(?:[ \t]+to)?[ \t]+([a-z]+)(?:(?:[ \t]+(?:and|&)[ \t]+[a-z]+)?"
                                     r"[ \t]+(?:from|at)[ \t]+(?:the|my|our)|[ \t]+(?:and|&)[ \t]+(?:the|all|everyone|"
                                     r"everybody|your)[ \t]+)\b"), 0.7),
    # "and to kev who stayed with dad": someone by a given name, in lowercase, before "who" and what
    # they did (a rare word: "grace who" may be a virtue's).
    ("name_who_lower", re.compile(r"\b(?:to|and|with|for|thanks|thank[ \t]+you|thank[ \t]+u)[ \t]+([a-z][a-z'’-]+)[ \t]+who[ \t]+"
                                  r"(?!is\b|are\b|was\b|were\b)[a-z]"), 0.7),
    # "love u autumn, see u there": whom one sends love to, by name, before a pause.
    ("love_you_lower", re.compile(r"\blove[ \t]+(?:u|you|ya)[ \t]+([a-z]+)(?=[ \t]*(?:[,.!]|$)|[ \t]+x+\b)"), 0.7),
    # "they sent summer out to us": whom a service sends out to someone, even a season's or a virtue's name
    # (no one sends a season out to anyone; "sending love out to you all" is a feeling's, kept below).
    ("sent_out_lower", re.compile(r"\b(?:sent|send|sends|sending)[ \t]+([a-z][\w'’-]*)[ \t]+(?:out|over|round|around)[ \t]+"
                                  r"(?:to|with|for)\b"), 0.7),
    # "since his heart attack, chase is fishing it for him": who keeps a thing going for someone, opening
    # a clause; a verb's reading ("chase the") cannot stand before "is".
    ("keeps_going_lower", re.compile(r"(?:^|[.!?,;][ \t]+|\band[ \t]+)([a-z][\w'’-]*)[ \t]+(?:is|was|has[ \t]+been)[ \t]+"
                                     r"(?:fishing|farming|working|running|minding|covering|milking|feeding|keeping)[ \t]+"
                                     r"(?:it|the|his|her|them|things|everything)\b"), 0.7),
    # "the flying doctor took wade to adelaide last night", "dad drove sunny home": a given name, even a
    # word, whom someone takes somewhere (not "took time to explain": "to" before a verb).
    ("carried_lower", re.compile(r"\b(?:took|drove|brought|flew|rushed|walked|wheeled|dropped|ferried)[ \t]+"
                                 r"([a-z][\w'’-]*)[ \t]+(?:home\b|(?:back[ \t]+)?to[ \t]+(?:the|a|my|our|his|her|their|"
                                 r"school|church|nursery|hospital|hospice|rehab|clinic|town|bed|[a-z]+['’]s|"
                                 r"[a-z]+(?=[ \t]*(?:[,.!?;]|$)|[ \t]+(?:last|on|for|yesterday|today|tonight|this|"
                                 r"every|and|at|in)\b))\b)"), 0.7),
    # "made a get well card for poppy", "went with sunny to the course": a given name, even a word, for
    # whom a card is made, or with whom one goes somewhere.
    ("card_for_lower", re.compile(r"\b(?:card|cards|present|presents|gift|cake|parcel|hamper|candle|candles)[ \t]+for[ \t]+"
                                  r"([a-z][\w'’-]*)\b"), 0.7),
    ("went_with_lower", re.compile(r"\b(?:went|go|going|came|come|coming|drove|walked|travell?ed)[ \t]+(?:along[ \t]+)?"
                                   r"with[ \t]+([a-z][\w'’-]*)[ \t]+to\b"), 0.7),
    # "mum stays with dot in kentville": a given name, even a word, with whom someone lives somewhere.
    ("stays_with_lower", re.compile(r"\b(?:stays?|stayed|staying|lives?|lived|living|stopping|moved[ \t]+in)[ \t]+with[ \t]+"
                                    r"([a-z][\w'’-]*)[ \t]+(?:in|at|near|over|up|down|out)\b"), 0.7),
    # "phoenix and his dad are doing the walk", "precious and her mom run the sickle cell walk": a given
    # name, even a place's, with his or her relative.
    ("with_kin_lower", re.compile(r"(?:^|[.!?,;][ \t]+)([a-z][\w'’-]*)[ \t]+(?:and|n|&)[ \t]+(?:his|her)[ \t]+(?:dad|mum|mom|"
                                  r"mam|mother|father|husband|wife|partner|sister|brother|son|daughter|kids|boyfriend|"
                                  r"girlfriend|nan|gran|grandma|grandad|family)[ \t]+(?:are|were|is|was|have|had|"
                                  r"will|went|came|come|go|both|did|do|does|run|runs|ran|set|started|organi[sz]e)\b",
                                  re.MULTILINE), 0.7),
    # "praise and marvellous are taking turns to drive grandma": two given names, even words, doing
    # together what people do for someone.
    ("pair_subject_lower", re.compile(r"(?:^|[.!?,;][ \t]+)([a-z][\w'’-]*)[ \t]+(?:and|n|&)[ \t]+([a-z][\w'’-]*)[ \t]+"
                                      r"(?:are|were)[ \t]+(?:taking[ \t]+turns|both|driving|looking[ \t]+after|"
                                      r"organi[sz]ing|running|doing[ \t]+the)\b", re.MULTILINE), 0.7),
    # "mummy and sunny will go with him": a given name paired with a relative, and what the two do.
    ("kin_pair_lower", re.compile(r"\b(?:mummy|mum|mom|mam|dad|daddy|papa|mama|nan|nana|gran|grandma|grandad|auntie|"
                                  r"aunty|uncle)[ \t]+(?:and|n|&)[ \t]+([a-z][\w'’-]*)[ \t]+(?:will|are|were|went|"
                                  r"came|both|have|had|took|drove)\b"), 0.7),
    # "popped round to see grace after her fall", "visiting hope in hospice": whom one visits after
    # what befell them, or where they lie, is a person, though her name is a virtue's.
    ("visit_lower", re.compile(r"\b(?:to see|visit|visited|visiting|saw|seen)\s+([a-z][\w'’-]*)(?=[ \t]+(?:"
                               r"after (?:her|his) (?:fall|op|operation|surgery|stroke|chemo)|"
                               r"in (?:hospital|hospice|the home|the care home|rehab))\b)"), 0.75),
    # "does anyone know if mary is still coming", "hope eric is ok": a lowercase first name that the
    # dictionary lists, as the subject of how a person is.
    ("subject_state_lower", re.compile(r"\b(?:if|whether|hope|hoping|that|when)\s+([a-z][\w'’-]*)\s+(?:is|was|has been|'s|’s)"
                                       r"\s+(?:still|ok|okay|alright|doing|feeling|coming|going|back|home|better|in hospital|"
                                       r"out of hospital|recovering|around)\b"), 0.75),
    # Two given names doing what people do together: "Honor and Blessing organise the day".
    ("pair_subject", re.compile(rf"\b({_CAP})(?=\s+(?:and|&)\s+{_CAP}\s+{_PAIR_VERBS})|(?<=\band )({_CAP})(?=\s+{_PAIR_VERBS})"
                                rf"|(?<=& )({_CAP})(?=\s+{_PAIR_VERBS})"), 0.75),
    # "Precious from church is driving me", "Hope from work": a given name, even a word, from a
    # place people belong to.
    ("from_community", re.compile(rf"\b({_CAP})(?=(?:\s+(?:and|&)\s+{_CAP})?\s+from\s+(?:the\s+|my\s+|our\s+)?"
                                  rf"(?:[\w'’-]+\s+){{0,3}}(?i:{_COMMUNITIES})\b)"), 0.75),
    # "big sue runs the walking group", "little jim from the pub": a nickname's prefix before a name.
    ("nick_prefix", re.compile(rf"\b((?i:big|little|wee|old|young|lil)\s+{_WORD})(?=\s+(?i:{_SUBJECT_VERBS}|from|is doing|"
                               rf"is running|organises|leads|does)\b)"), 0.75),
    ("from_somewhere", re.compile(rf"\b({_CAP})(?=(?:\s+(?:and|&)\s+{_CAP})?\s+from\s+(?:(?:down|up|over|across|out|round)\s+)?"
                                  rf"(?:the\s+|(?-i:[A-Z])))"), 0.7),
    # "Sally is a nurse who blogs", "Wood is my carer": what only a person is.
    ("is_a_person", re.compile(rf"\b({_CAP})\s+(?:is|was)\s+(?i:a|an|my|our|her|his|the)\s+"
                               rf"(?i:(?:best|only|new|old|lovely|kindest|nicest|first|main|usual|regular|favourite|"
                               rf"favorite|amazing|brilliant|great|fab|fabulous|wonderful|fantastic)\s+)?"
                               rf"(?i:{_PERSON_NOUNS})\b"), 0.75),
    # "We had Downing as our midwife", "got Lamb as my consultant": a person in a role.
    ("as_role", re.compile(rf"(?<=[a-z,] )({_CAP})\s+as\s+(?i:my|our|her|his|their|a|the)\s+"
                           rf"(?i:(?:new|main|named|usual|regular|lead|key)\s+)?(?i:{_PERSON_NOUNS}|midwife)\b"), 0.75),
    # Credits: "starring Key", "written by Ley": whoever follows is a person, whatever the word.
    ("credit", re.compile(rf"\b(?i:starring|co-starring|featuring|feat\.|(?:directed|written|composed|produced|performed|"
                          rf"played|narrated|voiced|hosted|presented|illustrated|sung|painted|photographed|"
                          rf"translated|edited|authored)\s+by)\s+({_CAP}(?:\s+{_CAP})?)"), 0.85),
    ("with_name", re.compile(rf"\b(?:named|called|name was|name is)\s+({_CAP}(?:\s+{_CAP})?)"), 0.85),
    # "We named her Storm", "called our son River": a person named, whatever the word.
    ("named_person", re.compile(rf"\b(?:named|called|call|name)\s+(?:him|her|them|the baby|(?:our|my) (?:son|daughter|"
                                rf"baby|boy|girl|little one))\s+({_CAP})\b"), 0.85),
    # Who said or made something: "according to Farmer", "an interview with simmons", "the talk by Bent".
    ("attribution", re.compile(rf"\b(?i:according to|(?:an |the )?interview(?:ed)? with|(?:talk|lecture|article|book|paper|"
                               rf"blog|post|letter|speech|video|podcast|study|session|workshop|presentation) (?:by|from)|award(?:ed)? to|prize to|went to|"
                               rf"(?:card|message|letter|text|call|visit|hug|email|e-mail|present|gift|note|parcel) from)"
                               rf"\s+({_WORD})\b"), 0.75),
    ("greeting", re.compile(r"\b(?:thanks|thank you|thank u|thankyou|thx|ty|tysm|cheers|hi|hey|hello|dear|hugs to|hugs|well done|welcome back|"
                            r"welcome|sorry|good luck|best of luck|get well soon|"
                            r"happy birthday|happy bday|congrats|congratulations)\s+"
                            r"(?:(?:today|tomorrow|tonight|again|for today|for tomorrow|on monday|on tuesday|on wednesday|"
                            r"on thursday|on friday|on saturday|on sunday)\s+)?"  # "good luck tomorrow robin,"
                            r"([a-z][\w'’-]*)(?=\s*(?:[,!.]|$)|\s+(?:for|x+)\b)", re.IGNORECASE), 0.8),
    # Lowercase, after a verb of calling or a closing kiss: "ring kelly on", "ask for jeet", "... penny x".
    ("addressing_lower", re.compile(r"\b(?:cc|contact|ask for|ask|tell|speak to|spoke to|spoken to|talk to|talked to|"
                                    r"message|text|ring|call|phone|pass (?:this|it|that) on to|love to|"
                                    r"congrats|congratulations|well done|happy birthday|"
                                    r"happy bday|email|e-mail|dm|pm|esp\.?|especially)\s+(?:(?:big|wee|auld|lil)\s+)?"
                                    r"([a-z][\w'’-]*)\b"), 0.75),
    # Lowercase, after sending one's love to someone: only a person fits, a word no list knows too
    # ("sending love to ngaio, she's back on the ward").
    ("warmth_to_lower", re.compile(r"\b(?:say hi to|say hello to|give my love to|send my love to|sending (?:my )?love to|"
                                   r"in (?:loving )?memory of|remembering|"
                                   r"sending hugs to|hugs to|thank you to|thank u to|thanks to|shout out to|shoutout to|"
                                   r"big love to)\s+([a-z][\w'’-]*)\b"), 0.75),
    # Where only a person fits: "hope eric is feeling better", "does Bent still run the group",
    # "i asked alexia about it".
    ("person_context", re.compile(rf"\b(?i:hope)\s+({_WORD})\s+(?i:is|was|'s|’s|feels|gets|has|had)\b"
                                  rf"|\b(?i:has|did|have)\s+({_WORD})\s+(?i:posted|replied|messaged|heard|rung|phoned|"
                                  rf"texted|emailed)\b"
                                  rf"|\b(?i:does|did|has|is|was)\s+({_WORD})\s+(?i:still)\b"
                                  rf"|\b(?i:i|we)\s+(?i:asked)\s+({_WORD})\s+(?i:about|if|for|whether)\b"
                                  rf"|\b(?i:news (?:on|of|from)|heard from|proud of|(?:lovely|nice|great|good) to (?:meet|see)|"
                                  rf"thinking of|praying for|prayers for|next to|sat with)\s+({_WORD})(?=\s*(?:[,!.?]|$|"
                                  rf"(?i:today|tonight|at|in|on|finishing|getting|doing|after|for|x+)\b))"
                                  rf"|\b(?i:has|have|had)\s+({_WORD})\s+(?i:been (?:on|about|around|quiet|in touch))\b"
                                  rf"|\b({_WORD})\s+(?i:got|gets|had|has)\s+(?i:her|his)\s+(?i:results|scan|appointment|"
                                  rf"diagnosis|letter|op|operation|surgery|biopsy|test|tests|jab|infusion|bloods)\b"), 0.75),
    # Someone spoken to: "Kelly, did the scan come back ok?", "we missed you matti!".
    ("vocative", re.compile(rf"(?:^|[.!?]\s+)({_WORD}(?:\s+{_WORD})?),\s+(?i:did|do|does|are|is|was|were|have|has|had|can|"
                            rf"could|will|would|how|what|when|where|hope|any|so|thanks|thank)\b"
                            rf"|\b(?i:missed|miss|love|see|thank|bless|hug|hugs)\s+(?i:you)\s+({_WORD})(?=\s*(?:[!.,?]|x+\b|$))"
                            rf"|(?:^|[.!?]\s+)({_WORD}(?:\s+{_WORD})?),?\s+(?i:if you (?:read|see) this)\b",
                            re.MULTILINE), 0.75),
    # "me and dean are doing the 10k", "dean and i": a lowercase name paired with the writer.
    ("pair_lower", re.compile(r"\b(?:[Mm]e|i)\s+(?:and|n|&)\s+([a-z][\w'’-]*)\b|\b([a-z][\w'’-]*)\s+(?:and|n|&)\s+(?:me|i)\b(?!['’])"),
     0.75),
    ("kiss_lower", re.compile(r"(?:^|[.!?,]\s+)([a-z][\w'’-]*)\s+x+\s*$"), 0.8),
    # A script or chat log: "Destiny: Remember me?", "tracy: i'm her daughter".
    ("speaker", re.compile(rf"(?:^[ \t>]*|[.!?][ \t]+)({_WORD}):[ \t]*[\"“]?\w", re.MULTILINE), 0.8),
    # "I'm Henri, Leeds born", "i'm varsha, new here": an introduction closed by a comma.
    ("intro_comma", re.compile(rf"\b(?:i'm|i’m|i am|im)\s+({_WORD})(?=\s*,)", re.IGNORECASE), 0.75),
    # "went round to åke's house", "at Sam's place".
    ("possessive", re.compile(rf"\b({_WORD})['’]s\s+(?:(?:new|old|little|eldest|oldest|youngest|middle|other)\s+)?"
                              rf"(?:house|home|place|flat|bungalow|caravan|farm|party|wedding|funeral|birthday|"
                              rf"number|phone|mobile|email|address|mum|mom|mam|dad|wife|husband|partner|kids|son|"
                              rf"daughter|sister|brother|baby|grandson|granddaughter|nan|gran|"
                              rf"(?:(?:speech|occupational|play|class|key|social|support|community|school)\s+)?"
                              rf"(?:therapist|teacher|nurse|worker|doctor|consultant|carer|physio|surgeon|tutor|"
                              rf"paediatrician|pediatrician|teachers|nurses|doctors|carers))\b",
                              re.IGNORECASE), 0.7),
    # "trev's comment", "jen's post": a given name that is no common word owns what follows.
    ("possessive_given", re.compile(rf"\b({_WORD})['’]s\s+[a-z]"), 0.7),
    # A given name in lowercase whose family, funeral or memory it is: "love to all of tommy's family".
    ("possessive_kin_lower", re.compile(r"\b(?<!one )(?<!body )([a-z][a-z'’-]+)['’]s[ \t]+(?:family|mum|mom|mam|dad|wife|husband|kids|"
                                        r"children|funeral|memory|grave|partner|son|daughter|brother|sister|nan|gran|"
                                        r"parents|widow|widower|boys|girls|little[ \t]+(?:boy|girl|one))\b"), 0.7),
    # A given name in lowercase before "the" and a job: "joy the radiation tech hugged me", "walking
    # with frank the physio" (a name, even one that is a word: no word stands so before a job).
    ("name_the_role_lower", re.compile(rf"(?:^|[.!?,;:][ \t]+|\b(?:with|and|to|from|by|for|thanks|thank|love|hugs)[ \t]+)"
                                       rf"([a-z][a-z'’-]+)[ \t]+the[ \t]+(?:[a-z]+[ \t]+)?(?:{_STAFF}|{_ROLES})\b",
                                       re.MULTILINE), 0.7),
    # A given name in lowercase opening a clause before whose relative or neighbour it is, and what
    # they did: "ace my neighbour fed the dogs", "tui, our neighbour, drove me" (not "thanks my friend").
    ("name_my_relation_lower", re.compile(rf"(?:^|[.!?,;:][ \t]+)([a-z][a-z'’-]+),?[ \t]+(?:my|our)[ \t]+{_RELATIONS},?"
                                          rf"[ \t]+(?:{_SUBJECT_VERBS}|fed|[a-z]{{3,}}ed)\b", re.MULTILINE), 0.7),
    # A given name in lowercase after whose it is, before coming home or being born: "our river came
    # home from [place]" (not "my son came home", "our baby was born").
    ("owned_name_home_lower", re.compile(r"\b(?:my|our)[ \t]+([a-z][a-z'’-]+)[ \t]+(?:came|comes|coming|got|gets|is|was|"
                                         r"went)[ \t]+(?:home|back[ \t]+home|born|discharged)\b"), 0.7),
    # A relative called by a kin title and a given name in lowercase, before what a person does:
    # "auntie mo is 93", "uncle bob said" (not "my nan is").
    # A relative's name in brackets after the word for them: "Mum (pat) is there since Sunday".
    ("kin_bracket_lower", re.compile(r"\b(?i:mum|mom|mam|dad|nan|nana|nanna|gran|granny|grandad|grandma|grandpa|"
                                     r"husband|wife|son|daughter|sister|brother|aunt|auntie|aunty|uncle|cousin)"
                                     r"[ \t]*\(([a-z][a-z'’-]+)\)"), 0.75),
    # (the kin word capitalised too, opening a sentence: "Grandad jock is in pri")
    # "our gp sent my koro tame to waikato", "we took my nan grace to the clinic": a relative taken
    # somewhere, by a name, even a word, between the relative and where to.
    ("kin_taken_lower", re.compile(r"\b(?:sent|send|sends|took|take|takes|taken|brought|bring|brings|drove|drive|drives|"
                                   r"rushed|flew|flown|moved|transferred|walked|wheeled)[ \t]+(?:my|our|me|his|her|their)"
                                   r"[ \t]+(?:" + _FAMILY + r")[ \t]+([a-z][\w'’-]*)[ \t]+(?:to|from|into)\b"), 0.7),
    # "asking for my grandad reg": a relative's given name where a post or a sentence ends.
    ("kin_title_end_lower", re.compile(r"\b(?:my|our|me|ma|mi)[ \t]+(?i:auntie|aunty|aunt|uncle|nana|nanna|nan|gran|granny|"
                                       r"grandma|grandpa|grandad|granddad|cousin|dad|mum|mam|mom|da|ma|brother|sister|"
                                       r"husband|wife|partner|son|daughter)[ \t]+([a-z][a-z'’-]+)(?=[ \t]*(?:[.!?]+[ \t]*)?$|"
                                       r"[.!?][ \t])", re.MULTILINE), 0.7),
    ("kin_title_lower", re.compile(r"\b(?i:auntie|aunty|aunt|uncle|nana|nanna|nan|gran|granny|grandma|grandpa|grandad|"
                                   r"cousin|tio|tia|tío|tía|primo|prima|(?:(?<=my )|(?<=[.!?] )|(?<![\w\W]))(?:mama|Mama))[ \t]+([a-z][a-z'’-]+)"
                                   r"(?=[ \t]+(?:is|was|has|had|said|says|came|comes|went|"
                                   r"goes|and|died|passed|won['’]t|can['’]t|doesn['’]t|didn['’]t|does|did|will|would|might|"
                                   r"could|should|must|can|gets|got|needs|needed|"
                                   r"rang|called|lives|lived|still|brought|made|sent|took|drove|flew|cooked|baked|"
                                   r"visited|visits|prayed|met|sat|sits|stays|stayed|drives|brings|takes|looks|looked)\b|"
                                   # "for my grandad ally, he's been in since friday"
                                   r",[ \t]+(?:he|she|they)(?:['’](?:s|re)|[ \t]+(?:is|was|are|were|has|had))\b|"
                                   r"['’]s[ \t])"),
     0.7),
    # A Filipino title of respect and a name in lowercase, before what a person does: "tita baby is
    # confined", "kuya boy drove us" (nicknames that are words: "Baby", "Boy", "Girlie").
    ("filipino_title_lower", re.compile(r"\b(?:tita|tito|lola|lolo|kuya|manang|manong|tatay|nanay|inay|itay)[ \t]+"
                                        r"([a-z][a-z'’-]+)(?=[ \t]+(?:is|was|has|had|said|says|came|comes|went|goes|"
                                        r"died|passed|will|would|rang|called|lives|lived|still|brought|made|sent|took|"
                                        r"drove|flew|cooked|visited|visits|prayed|met|stays|stayed|takes|got|needs)\b|"
                                        r"['’]s[ \t])"),
     0.7),
    # A workmate by name in lowercase, before what a person did: "crew mate tosh did his last shift".
    ("mate_lower", re.compile(r"\b(?:crew|work|team|room|flat|house|ship|class)?[ \t]?mate[ \t]+([a-z][a-z'’-]+)[ \t]+"
                              r"(?:did|does|said|says|was|is|has|had|told|got|came|went|retired|left|started|finished|"
                              r"rang|called|drove|took|brought)\b|\b(?:co-?worker|colleague|buddy|pal)[ \t]+"
                              r"([a-z][a-z'’-]+)[ \t]+(?:did|does|said|says|was|is|has|had|told|got|came|went|retired|"
                              r"left|started|finished|rang|called|drove|took|brought)\b"), 0.7),
    # A given name that is also a word, in lowercase, where only a person stands: "rob's been amazing",
    # "told bill he has to stop", "asked sue if she" (not a virtue, a month or a title).
    ("person_word_lower", re.compile(r"(?:(?:^|[.!?,;][ \t]+|\band[ \t]+)([a-z]+)['’]s[ \t]+(?:been|got|gone|had|done|"
                                     r"doing|still|not|back|always|never|just|finally|now|really|so|very)\b|"
                                     r"\b(?:told|tell|asked|ask|reminded|remind|warned|promised|begged|thanked|convinced|"
                                     r"persuaded)[ \t]+([a-z]+)[ \t]+(?:he|she|that|to|if|whether|not|we|i|they)\b)",
                                     re.MULTILINE), 0.7),
    # "jade picked me up", "sam came too": a lowercase first name as a sentence's subject.
    ("subject_lower", re.compile(rf"(?:^|[.!?][ \t]+)([a-z][\w'’-]*)\s+(?:{_SUBJECT_VERBS}|from the)\b", re.MULTILINE), 0.7),
    # ... and whatever the word, before what a person says of her own or his own: "huia said her
    # daughter's pump site got infected" (though "consultant said her bloods", "mum said his").
    ("subject_says_lower", re.compile(r"(?:^|[.!?][ \t]+)([a-z][\w'’-]*)\s+(?:said|says|told|asked)\s+(?:her|his)\s+"
                                      r"(?:daughter|son|husband|wife|partner|kids?|mum|mom|dad|baby|boy|girl|little|"
                                      r"sister|brother|grandson|granddaughter|own)\b", re.MULTILINE), 0.7),
    ("with_name_lower", re.compile(r"\b(?:named|called|(?:maiden|last|first|real|full)\s+name\s+(?:was|is)|"
                                   r"(?:his|her|their|[a-z]+['’]s)\s+name\s+(?:was|is))\s+"
                                   r"(?:(?:him|her|them|the baby|(?:our|my) (?:son|daughter|baby|boy|girl))\s+)?"
                                   r"([a-z][\w'’-]*)(?=\s*(?:$|[.,;!?\n])|\s+(?:at|from|on|in|who|and|with|after)\b)"), 0.85),
]
#: Words one of which a post must hold (in lowercase) for a rule to match at all: rules whose
#: patterns open on many alternatives cost more than looking these up (rules not listed always run).
_CUES: dict[str, tuple[str, ...]] = {
    "credit": ("starring", "featuring", "feat.", "by"),
    "attribution": ("according to", "interview", "by", "from", "award", "prize", "went to"),
    "addressing": ("contact", "ask", "speak to", "spoke to", "spoken to", "talk", "thank", "say hi", "say hello",
                   "give my love", "message", "email", "text", "shout", "pass", "sending love", "hugs to",
                   "happy birthday", "happy bday", "congrat", "well done", "love to", "ring", "call"),
    "pair_subject": ("organise", "organize", "run", "host", "lead", "chair", "founded", "set up", "moderate",
                     "coordinate", "volunteer", "drove", "visited", "cooked", "baked", "both have", "both had",
                     "are both", "were both", "took turns", "take turns", "are doing", "are running", "are organising",
                     "are organizing", "are hosting", "are walking", "are swimming", "are cycling"),
    "possessive": ("'s", "’s"),
    "possessive_given": ("'s", "’s"),
    "kin_bracket_lower": ("(",),
    "kin_taken_lower": ("sen", "took", "take", "brought", "bring", "drove", "drive", "rushed", "flew", "flown", "moved",
                        "transferred", "walked", "wheeled"),
    "kin_title_end_lower": ("my ", "our ", "me ", "ma ", "mi "),
    "kin_title_lower": ("aunt", "uncle", "nan", "gran", "grandma", "grandpa", "grandad", "cousin", "mama", "tio", "tia",
                        "tío", "tía", "prim"),
    "filipino_title_lower": ("tita", "tito", "lola", "lolo", "kuya", "mano", "tatay", "nanay", "inay", "itay"),
    "possessive_kin_lower": ("'s", "’s"),
    "name_the_role_lower": (" the ",),
    "name_my_relation_lower": (" my ", " our "),
    "mate_lower": ("mate", "worker", "colleague", "buddy", "pal"),
    "person_word_lower": ("'s", "’s", "told", "tell", "ask", "remind", "warned", "promised", "begged", "thanked",
                          "convinced", "persuaded"),
    "nick_prefix": ("big", "little", "wee", "old", "young", "lil"),
    "subject_own": (" her", " his"),
    "turns_age": ("turn", "will be", "call", "nick"),
    "is_age_now": (" is ",),
    "owned_name_home_lower": ("home", "born", "discharged"),
    "as_role": ("as",),
    "subject_says_lower": ("said", "says", "told", "asked"),
    "named_person": ("name", "call"),
    "bracket_relation": ("(", ", my ", ", our ", ", his ", ", her ", ", their "),
    "named_then_role": (", the ", ", my ", ", our ", ", his ", ", her ", ", their "),
    "at_venue_subject": (" at the ",),
    "starts_school": ("start", "began", "begins"),
    "relation_initial": (". ",),
    "role_lower": tuple(f"{role} " for role in ROLE_WORDS),
    "baby_name": ("baby ", "little ", "lil ", "wee "),
    "appositive": (",",),
    "quoted_nickname": ('"', "“", "‘", "'"),
    "honorific_suffix": ("-san", "-sama", "-kun", "-chan", "-sensei", "-senpai", "-ssi", "-nim"),
    "here_intro": (" here",),
    "over_in": (" in ",),
    "person_object": ("saw", "seen", "see", "met", "meet", "visit", "hear", "spoke", "talked", "chatt", "thank", "hugs",
                      "love", "miss", "ask", "tell", "told", "rang", "ring", "called", "texted", "messaged", "emailed",
                      "with", "and"),
    "visit_lower": ("see", "visit", "saw", "seen"),
    "relation_does_lower": ("came", "comes", "went", "goes", "brought", "brings", "drove", "drives", "took", "takes",
                            "visit", "rang", "rings", "called", "calls", "sent", "sends", "made", "makes", "gave",
                            "gives", "told", "tells", "texted", "texts", "dropped", "drops", "picked", "picks", "stayed",
                            "stays", "helped", "helps", "has", "had", "flew", "flies", "arrived", "phoned",
                            "prayed", "kept", "keeps", " is", " was", "does", "did", "said", "says", "thinks", "wants",
                            "knows", "work", "sort", "cook", "reckons", "understood", "explained", " at ", " and i",
                            " and me", "& i", "& me", "start", "begin", "began", "need", "love", "live", "got", "gets",
                            "sees", "saw"),
    "vocative_lower": (" u", "you", "ur", "thank", "ty", "congrat", "well done"),
    "kin_apposition_lower": _KIN_PLURAL_CUES,
    "kin_apposition_last_lower": _KIN_PLURAL_CUES,
    "warmth_to_lower": ("say h", "love to", "hugs to", "thank", "shout", "memory of", "remembering"),
    "gave_lower": ("gave", "giv", "hand", "len", "pass", "show", "bought", "owe", "offered", "promised"),
    "sent_out_lower": ("sen",),
    "relation_at_is_lower": (" is ",),
    "meet_with_kin_lower": (" and her ", " and his ", " and their "),
    "love_you_lower": ("love u", "love you", "love ya"),
    "thanks_from_lower": ("thank",),
    "name_who_lower": (" who ",),
    "role_at_lower": (" at ", " from "),
    "keeps_going_lower": ("fishing", "farming", "working", "running", "minding", "covering", "milking", "feeding",
                          "keeping"),
    "carried_lower": ("took", "drove", "brought", "flew", "rushed", "walked", "wheeled", "dropped", "ferried"),
    "card_for_lower": (" for ",),
    "went_with_lower": (" with ",),
    "our_name_lower": ("our ",),
    "our_name_pause": ("our ",),
    "our_virtue_lower": ("our ",),
    "our_helps_lower": ("our ",),
    "from_next_door": ("next door", " the road", " the street", " the way", " the lane", " the hall", " the landing",
                       " the corner"),
    "pair_me_lower": (" me ", " i "),
    "name_then_role_lower": (" my ", " our "),
    "with_the_lads_lower": (" the lads", " the girls", " the boys", " the guys", " the gang", " the crew", " the ladies",
                            " the fellas", " the rest"),
    "subject_acts_lower": ("says", "said", "reckon", "lent", "gave", "sent", "showed", "taught", "hugged", "texted",
                           "comes", "came", "pops", "popped", "drops", "dropped", "visits", "visited", "name",
                           "messaged", "rang", "phoned", "taking", "bringing", "driving", "picking", "coming", "staying", "looking", "booked", "taken",
                           "driven", "brought", "arranged", "organis", "organiz", "will", "took", "drove", "worried",
                           "scared", "terrified", "upset", "excited", "nervous", "anxious", "gutted", "devastated",
                           "heartbroken", "thrilled", "frightened", "petrified", "distraught", "stressed", "overwhelmed",
                           "seizure", "fit", "absence", "hypo", "meltdown", "fever", "nosebleed", "migraine", "infection",
                           "episode", "panic", "fall", "came home", "passed away", "start", "surgery", "theatre",
                           "recovery", "intensive", "icu", " her ", " his ", " up", "group", "who runs", "who ran",
                           "who organis", "who organiz", "who own", "who started", "who lead", "who led", "who host",
                           "who manage", "who coordinat", "who volunteer", "who drive", "who drove", "who set up",
                           "who founded", "brings ", "brought ", "bakes ", "baked ", "makes ", "made "),
    "kin_pair_lower": (" and ", " n ", "&"),
    "with_kin_lower": (" his ", " her "),
    "pair_subject_lower": (" and ", " n ", "&"),
    "contact_lower": ("ping", "message", "msg", "dm", "text", "ask", "call", "ring", "email", "whatsapp", "tag"),
    "from_near_does_lower": (" from ",),
    "at_service_lower": (" at the ",),
    "from_community_lower": ("from",),
    "person_object_lower": ("saw", "seen", "met", "visit", "heard", "spoke", "talked", "chatt", "thanks", "hugs", "love",
                            "missing", "asked", "told", "rang", "texted", "messaged", "with", "keep"),
    "subject_state_lower": ("if", "whether", "hop", "that", "when"),
    "from_community": ("from",),
    "from_somewhere": ("from",),
    "intro": ("name", "call me", "called"),
    "with_name": ("name", "called"),
    "with_name_lower": ("name", "called"),
    "speech": ("said", "says", "told", "tells", "asked", "mentioned", "suggested", "recommended", "reckons", "thinks",
               "explained", "wrote"),
    "signoff": ("thank", "thx", "cheers", "regards", "best", "love", "hugs", "take care", "warmly", "bw", "xx"),
}
#: Cues that are whole words, too short to look for inside others ("bu", "sr", "tia"): a rule runs on a post
#: that holds one of them as a word.
_WORD_CUES: dict[str, frozenset[str]] = {
    "honorific": HONORIFICS,
    # whole words, a possessive's too ("didi's"): as substrings, "amma" and "apa" are in "grammar" and "capable"
    "name_kin_after_lower": frozenset(_KIN_AFTER_NAME) | {w + "'s" for w in _KIN_AFTER_NAME} | {w + "’s" for w in _KIN_AFTER_NAME}}
STOP = _STOP = frozenset(["a", "an", "the", "and", "or", "but", "if", "so", "to", "of", "in", "on", "at", "by", "for", "with", "from", "about", "as", "is", "are", "was", "were", "be", "been", "am", "i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "they", "them", "their", "it", "its", "this", "that", "these", "those", "there", "here", "then", "than", "when", "what", "who", "how", "why", "which", "not", "no", "yes", "do", "does", "did", "have", "has", "had", "will", "would", "can", "could", "should", "may", "might", "must", "just", "very", "really", "also", "too", "only", "still", "even", "all", "any", "some", "each", "every", "much", "many", "more", "most", "other", "such", "same", "own", "again", "ever", "never", "always", "often", "sometimes", "usually", "today", "yesterday", "tomorrow", "now", "soon", "later", "said", "says", "told", "asked", "went", "got", "get", "going", "gone", "come", "came", "doing", "done", "okay", "ok", "oh", "well", "sure", "thanks", "thank", "please", "sorry", "hi", "hello", "hey", "dear"])


#: Rules whose context only a person fits.
_KIN_TITLE_BEFORE = re.compile(r"\b(?:[Gg]randma|[Gg]randpa|[Gg]ran|[Gg]rand?dad|[Gg]randmother|[Gg]randfather|[Nn]an|[Nn]ana|[Gg]ranny|[Aa]unt|[Aa]untie|[Aa]unty|"
                               r"[Uu]ncle|[Cc]ousin)[ \t]+$")
_TITLE_BEFORE_NAME = frozenset(TITLE_ABBREVIATIONS) | {"doctor", "nurse", "professor", "sister", "pastor"}
_FIRST_PERSON = re.compile(r"I(?:['’](?:m|ve|ll|d))?")
#: Given names that are also words (see vocabulary.AMBIGUOUS_FIRST_NAMES), but no virtue, month,
#: season, title or food: where only a person stands ("with sue at the hospice", "told bill he"),
#: a person; in a post without capitals, a reason to hold it (residual.py).
PEOPLE_AND_WORDS = frozenset({"will", "mark", "bill", "jack", "frank", "pat", "sue", "rob", "ray", "sandy", "rusty",
                              "hunter", "dale", "glen", "wade", "grant", "dean", "drew", "carol", "bob", "don", "ken",
                              "jean", "warren", "victor", "ernest", "paige", "daisy", "holly", "amber", "ruby", "pearl",
                              "iris", "lily", "ivy"})
_NEXT_CAPITAL = re.compile(rf"[ \t]+({UPPER}[a-z][\w'’-]*)")
PERSON_ONLY_RULES = frozenset({"relation", "intro", "kiss_lower", "greeting", "signoff", "speaker", "with_name",
                               "from_somewhere", "starts_school", "baby_name"})
_NAME_PARTICLES = frozenset({"de", "van", "von", "der", "den", "da", "di", "du", "del", "dos", "le", "la", "ten", "ter"})


#: Countries and states that are also common first names: alone, still taken for a person.
_PLACES_OFTEN_NAMES = frozenset({"chad", "georgia", "india", "israel", "jordan", "kenya", "victoria", "virginia", "florida",
                                 "alberta", "carolina", "shannon", "lorraine", "sydney"})


#: Where only a place stands: "my family is in India", "we moved from Kenya", "the Bank of Georgia".
_ONLY_A_PLACE_BEFORE = re.compile(rf"(?:(?<![\w'’])in|(?:moved|came|flew|emigrated|travell?ed|returned|back|home|born|"
                                  rf"fled|migrated)[ \t]+(?:to|from|in)|{UPPER}[\w'’-]*[ \t]+of)[ \t]+$")


def _as_a_place(text: str, start: int, end: int) -> bool:
    """A country or a state that is also a given name, where no person stands ("in India"; though
    "in Georgia's group" or "in India and Mo's", which name her)."""
    if text[end:end + 2] in ("'s", "’s") or re.match(r"[ \t]+(?:and|&)[ \t]+" + UPPER, text[end:end + 8]):
        return False
    return _ONLY_A_PLACE_BEFORE.search(text, max(0, start - 30), start) is not None


def name_despite_medical(word: str) -> bool:
    """A first name that is also a drug's brand or a condition's acronym ("Hana", "Allegra",
    "Gerd"), written as a name: where only a person can be, it is one."""
    lower = word.lower().strip("'’")
    if lower not in vocabulary.first_names() and lower not in vocabulary.INFORMAL_NICKNAMES or word.isupper():
        return False  # "Gord from down the road", though "GORD" is reflux
    return lower not in vocabulary.medical_terms() or len(lower) <= 5


def _is_word(token: str) -> bool:
    return token.lower().strip("'’") in _STOP


@dataclass(frozen=True)
class _Candidate:
    """What the word lists say of a word that a rule found where a name may stand."""

    lower: str
    capitalised: bool
    first: bool  # a first name of the lists
    clear_first: bool  # ... and not also a common word ("will", "rose")
    surname: bool
    given: bool  # any given name, words included ("mo", "peer")
    name_word: bool  # a given name more often than a word ("angel", "victor")
    common: bool
    everyday: bool
    stop: bool
    unknown: bool  # no dictionary's word, and rare
    medical_shaped: bool  # ICD-10-CM's word or shaped like one

    @classmethod
    def of(cls, word: str, first_names: frozenset[str], surnames: frozenset[str]) -> _Candidate:
        lower = word.lower().strip("'’")
        return cls(lower=lower, capitalised=word[:1].isupper(), first=lower in first_names,
                   clear_first=lower in first_names and lower not in vocabulary.AMBIGUOUS_FIRST_NAMES,
                   surname=lower in surnames, given=lower in vocabulary.given_names() or (  # "ruby-jean"
                       "-" in lower and all(part in vocabulary.given_names() and part not in _KIN_WORDS
                                            for part in lower.split("-"))),  # not "paw-paw"
                   name_word=lower in vocabulary.name_words(), common=common_word(lower),
                   everyday=lower in vocabulary.EVERYDAY_WORDS, stop=lower in _STOP,
                   unknown=not in_dictionary(lower) and vocabulary.english_frequency(lower) < vocabulary.KNOWN,
                   medical_shaped=medical_word(lower))

    @property
    def unknown_name(self) -> bool:
        return self.unknown and not self.medical_shaped


#: Animals that come home as people do, and are given names too: "my cat came home".
_PETS = frozenset({"cat", "dog", "pup", "puppy", "kitten", "kitty", "horse", "pony", "bird", "rabbit", "bunny", "parrot"})
#: Words that stand between a subject and its verb: "my uncle also came", "aunt herself met him".
_BETWEEN_SUBJECT_AND_VERB = frozenset({"always", "never", "often", "also", "just", "still", "already", "even", "ever",
                                       "then", "now", "soon", "once", "twice", "too", "again", "sometimes", "usually",
                                       "rarely", "seldom", "maybe", "perhaps", "both", "all", "who", "that", "which",
                                       "here", "there", "first", "last", "finally", "recently", "today", "yesterday",
                                       "herself", "himself", "themselves", "myself", "yourself"})


SEASONS = _SEASONS = frozenset({"spring", "summer", "autumn", "winter", "fall"})
#: Months given as names, which after a relative and before what they do are the relative's: "me mum
#: june starts monday" (not "may", a verb there too).
MONTHS_GIVEN_AS_NAMES = _MONTHS_GIVEN_AS_NAMES = frozenset({"april", "june", "august"})
#: What is done or had at a venue, though a given name too: "Rehab at the Western was hard".
_DONE_AT_A_VENUE = frozenset({"rehab", "tea", "mass", "lunch", "dinner", "supper", "brunch", "bingo", "chapel", "prayer",
                              "worship", "service", "parking", "visiting", "physio", "therapy", "respite", "care"})


def plain_first_name(lower: str) -> bool:
    """"mary", "eric", "tom": a first name the dictionary lists, seen more often as a name than
    as a word, and no ambiguous ("will", "rose") or abstract ("angel") one."""
    return lower in vocabulary.first_names() and lower in vocabulary.name_words() \
        and lower not in vocabulary.AMBIGUOUS_FIRST_NAMES and lower not in ABSTRACT_NAMES \
        and lower not in vocabulary.EVERYDAY_WORDS


def _stands_for_a_person(w: _Candidate) -> bool:
    """A word where a lowercase rule puts a person that could be a name: no stop word, no everyday
    word, no relative's or other person's noun ("my ex storm has", not "my ex also has")."""
    return not w.stop and not w.everyday and w.lower not in _KIN_WORDS and w.lower not in _PERSON_NOUN_WORDS \
        and (w.lower not in ROLE_WORDS or w.lower in vocabulary.first_names())  # "the teacher aide is"; "my brother buddy came"


#: Two lowercase words joined by "and" as company: after "with" before a pause, where they were ("sat
#: with mo and jas at the meeting"), or after "me," before what they did.
_WORD_NAME_PAIR = re.compile(r"(?:\bwith|\bme,)[ \t]+(?P<one>[a-z]+)[ \t]+(?:and|n|&)[ \t]+"
                             r"(?P<two>[a-z]+)(?=[ \t]*(?:[,.!;]|$)|[ \t]+(?:did|went|are|were|came|come|have|had|got|"
                             r"made|took|walked|ran|drove|do|go|will|both|at[ \t]+the)\b)", re.MULTILINE)
#: What a service has that a clinician's word may come before: "the nurse line is open".
_WHAT_A_SERVICE_HAS = frozenset({"line", "lines", "number", "list", "rota", "shift", "shifts", "team", "service", "desk",
                                 "office", "appointment", "appointments", "appt", "appts", "review", "visit", "visits", "round",
                                 "rounds"})
#: What is sent out to people that is a given name too: "sending love out to you all".
_FEELINGS_SENT = frozenset({"love", "hope", "joy", "peace", "blessing", "blessings", "light", "word", "help"})


def _given_word_name(w: _Candidate) -> bool:
    """A given name, even a word, where a lowercase rule puts a person: no stop word, relative,
    person's noun or medical word."""
    return w.given and _stands_for_a_person(w) and not w.medical_shaped


def _given_name_no_virtue(w: _Candidate) -> bool:
    """... and no season or virtue, which such places hold as words too ("a card for hope", "give
    hope a chance")."""
    return _given_word_name(w) and w.lower not in _SEASONS and w.lower not in _ABSTRACT_NAMES


def _given_subject(w: _Candidate) -> bool:
    """A capitalised given name (a word too) where a rule puts a person: no kin word, no stop word."""
    return w.capitalised and w.given and not w.stop and not w.everyday and w.lower not in _KIN_WORDS


#: What opens a greeting or a sign-off: "Love from Marit and the kids", "Love, [name] x".
SIGN_OFF_WORDS = _SIGN_OFF_WORDS = frozenset({"love", "peace", "hugs", "greetings", "regards", "best", "cheers", "thanks", "blessings"})
#: How each rule decides whether the word it found is a name (rules not listed: see _name_span).
#: Bodies a role belongs to, capitalised in titles: "the host Committee meets".
_GROUP_NOUNS = frozenset({"committee", "team", "group", "board", "panel", "family", "service", "services", "centre",
                          "center", "trust", "council", "network", "programme", "program", "project", "charity"})
_DECISIONS: dict[str, Callable[[_Candidate], bool]] = {
    # "Mum (pat) is there": a given name, though a word too, where only a relative's name stands
    "kin_bracket_lower": lambda w: w.given and not w.stop and w.lower not in _KIN_WORDS and not w.medical_shaped,
    "speaker": lambda w: not w.everyday and w.lower not in _FIELD_LABELS and (w.first or w.unknown_name),
    "intro_comma": lambda w: w.capitalised and w.first and not w.stop or not w.everyday and (
        w.clear_first or w.name_word or not w.medical_shaped and (w.unknown or w.capitalised and not w.common)),
    "possessive": lambda w: not w.everyday and (w.capitalised or w.lower not in _KIN_WORDS) and (
        w.clear_first or w.name_word or not w.medical_shaped and (
        w.unknown or w.capitalised and not w.common) or w.given and (w.capitalised or not w.common)
        and w.lower not in _KIN_WORDS),  # "kath's daughter"
    "subject_lower": lambda w: w.lower not in _ROLE_NOUNS and w.lower not in _KIN_WORDS and (
        (w.first or w.name_word or w.unknown_name) and not w.everyday and w.lower not in vocabulary.KNOWN_INITIALS
        or _stands_for_a_person(w) and not w.common and not w.medical_shaped and w.lower not in vocabulary.KNOWN_INITIALS),
    "subject_says_lower": lambda w: not w.stop and not w.everyday and w.lower not in _KIN_WORDS and w.lower not in _ROLE_NOUNS
    and w.lower not in _PERSON_NOUN_WORDS and not w.medical_shaped and (w.given or not w.common),
    # "aunt peaches met him": after a kin title and before what a person does, a nickname though no
    # list's name (not "aunt really said", "uncle also came")
    "kin_taken_lower": lambda w: not w.capitalised and not w.stop and not w.everyday and w.lower not in _KIN_WORDS
    and not w.medical_shaped and w.lower not in _WAYS_TAKEN and not w.lower.endswith(("ly", "ing"))
    and w.lower not in _BETWEEN_SUBJECT_AND_VERB and w.lower not in _PERSON_NOUN_WORDS,
    "kin_title_end_lower": lambda w: not w.capitalised and w.given and _stands_for_a_person(w) and not w.medical_shaped
    and w.lower not in _SEASONS and w.lower not in _ABSTRACT_NAMES and (not w.common or w.name_word),
    "kin_title_lower": lambda w: not w.capitalised and not w.stop and not w.everyday
    and w.lower not in _KIN_WORDS and not w.medical_shaped and w.lower not in _VERBS_BEFORE_THE
    and (w.given or not w.lower.endswith(("ly", "ed", "ing")) and w.lower not in _PERSON_NOUN_WORDS
         and w.lower not in ROLE_WORDS and w.lower not in _BETWEEN_SUBJECT_AND_VERB),
    # "tita baby is confined": a word for a child is a nickname after a Filipino title
    "filipino_title_lower": lambda w: not w.capitalised and (w.lower in ("baby", "boy", "girlie", "bunso", "ning", "neneng")
                                                             or _DECISIONS["kin_title_lower"](w)),
    "possessive_kin_lower": lambda w: not w.capitalised and w.given and not w.stop and not w.everyday
    and w.lower not in _KIN_WORDS and w.lower not in _ABSTRACT_NAMES and w.lower not in _SEASONS
    and w.lower not in ROLE_WORDS and w.lower not in TITLE_WORDS and w.lower not in _ROLE_NOUNS
    and w.lower not in _PERSON_NOUN_WORDS and w.lower not in _RANKS,  # not "the chief's wife", "our pastor's"
    "name_the_role_lower": lambda w: not w.capitalised and w.given and not w.stop and not w.everyday
    and w.lower not in _KIN_WORDS and w.lower not in _VERBS_BEFORE_THE,  # "frank", though ICD's "frank haematuria"
    "name_my_relation_lower": lambda w: not w.capitalised and not w.stop and not w.everyday and w.lower not in _KIN_WORDS
    and (w.given or w.unknown_name) and not w.medical_shaped and w.lower not in _VERBS_BEFORE_THE,
    "mate_lower": lambda w: not w.capitalised and not w.stop and not w.everyday and w.lower not in _KIN_WORDS
    and (w.given or w.unknown_name or w.name_word or not w.common) and not w.medical_shaped,
    "person_word_lower": lambda w: w.lower in PEOPLE_AND_WORDS and not w.capitalised,
    "possessive_given": lambda w: w.given and not w.common and not w.everyday and not w.stop and not w.medical_shaped
    and w.lower not in _KIN_WORDS and w.lower != "ji",  # "Bibi ji's cardiologist": a word of respect, not Ji
    "is_a_person": lambda w: not w.stop and not w.everyday and (w.first or not w.common) and (
        w.first or w.surname or w.given or w.unknown_name),
    "named_person": lambda w: w.capitalised and not w.stop and not w.everyday and w.lower not in _KIN_WORDS,
    "as_role": lambda w: w.capitalised and not w.stop and not w.everyday and w.lower not in _KIN_WORDS and (
        w.surname or w.given or w.unknown_name) and w.lower not in vocabulary.large_places(),
    "from_community": lambda w: _given_subject(w) and w.lower not in _SIGN_OFF_WORDS,  # "Love from church to all"
    "nick_prefix": lambda w: not w.stop and not w.everyday and not w.medical_shaped and w.lower not in _KIN_WORDS and (
        w.first or w.given or w.name_word or w.unknown_name),
    "from_somewhere": lambda w: not w.stop and not w.everyday and w.lower not in _SIGN_OFF_WORDS and (
        w.clear_first or w.given and not w.common),
    "role": lambda w: not w.stop and not w.everyday and not w.medical_shaped and w.lower not in _KIN_WORDS
    and w.lower not in _ROLE_NOUNS and w.lower not in ROLE_WORDS and w.lower not in _PERSON_NOUN_WORDS
    and w.lower not in _GROUP_NOUNS and not w.lower.endswith(("self", "selves")),
    "subject_given": _given_subject,
    "subject_own": _given_subject,
    "subject_does": _given_subject,
    "subject_name_word": lambda w: w.name_word and w.lower not in vocabulary.AMBIGUOUS_FIRST_NAMES
    and w.lower not in _SEASONS and w.lower not in vocabulary.large_places() and _given_subject(w),
    "subject_does_lower": lambda w: w.given and not w.stop and not w.everyday and w.lower not in _KIN_WORDS,
    "honorific": lambda w: w.capitalised and not w.stop and not w.everyday and w.lower not in _KIN_WORDS
    and (w.given or not w.medical_shaped) and w.lower not in _NOT_AFTER_HONORIFIC
    and w.lower not in vocabulary.large_places(),  # "Bu Ani", though "ani" is ICD-10's
    "turns_age": lambda w: w.capitalised and not w.stop and not w.everyday and w.lower not in _KIN_WORDS
    and not w.medical_shaped,
    # "our river came home": where only a person comes home, a given name though ICD's word too
    "owned_name_home_lower": lambda w: not w.capitalised and w.given and _stands_for_a_person(w)
    and w.lower not in _SEASONS and w.lower not in _ABSTRACT_NAMES and w.lower not in _ROLE_NOUNS
    and w.lower not in _PETS,
    "is_age_now": lambda w: w.capitalised and not w.stop and not w.everyday and w.lower not in _KIN_WORDS
    and not w.medical_shaped and (w.given or w.lower in vocabulary.WORD_NAMES),
    "bracket_relation": lambda w: w.capitalised and not w.stop and not w.everyday and w.lower not in _KIN_WORDS
    and not w.medical_shaped and (w.given or not w.lower.endswith("ly")),  # "Sadly, my husband, who": no name
    "named_then_role": lambda w: w.capitalised and not w.stop and not w.everyday and w.lower not in _KIN_WORDS
    and w.given and not w.medical_shaped,
    "at_venue_subject": lambda w: w.capitalised and not w.stop and not w.everyday and w.lower not in _KIN_WORDS
    and w.given and not w.medical_shaped and w.lower not in _SEASONS and w.lower not in _DONE_AT_A_VENUE,
    "starts_school": lambda w: w.capitalised and w.given and not w.stop and not w.everyday and w.lower not in _KIN_WORDS
    and w.lower not in _SEASONS,  # a given name though ICD's word ("River"): only a person starts school
    "role_lower": lambda w: not w.capitalised and not w.stop and not w.everyday and w.lower not in _KIN_WORDS
    and not w.medical_shaped and w.lower not in ROLE_WORDS and w.lower not in _BETWEEN_SUBJECT_AND_VERB
    and (w.given or not w.common and not w.lower.endswith(("ly", "ed", "ing")) and w.lower not in _PERSON_NOUN_WORDS),
    "baby_name": lambda w: (w.given or w.lower in vocabulary.WORD_NAMES) and not w.stop and not w.everyday and w.lower not in _KIN_WORDS
    and w.lower not in _PERSON_NOUN_WORDS and w.lower not in ROLE_WORDS,
    "appositive": lambda w: w.capitalised and not w.stop and not w.everyday and w.lower not in _KIN_WORDS
    and (not w.medical_shaped or w.given) and w.lower not in vocabulary.large_places(),  # "the nurse, Summer, sang"
    "over_in": _given_subject,
    "person_object_lower": lambda w: (w.name_word or w.unknown_name) and (
        w.lower not in vocabulary.AMBIGUOUS_FIRST_NAMES or w.lower in PEOPLE_AND_WORDS) and not w.stop
    and not w.everyday and w.lower not in _KIN_WORDS and w.lower not in _SEASONS,
    "name_kin_after_lower": lambda w: (w.given or w.unknown_name) and _stands_for_a_person(w)
    and w.lower not in _NOT_BEFORE_KIN and not w.medical_shaped,
    "subject_acts_lower": lambda w: (w.given or not w.common) and _stands_for_a_person(w) and w.lower not in _ROLE_NOUNS
    and w.lower not in _VERBS_BEFORE_THE and w.lower not in _NOT_FROM_COMMUNITY and w.lower not in _SEASONS
    and (not w.medical_shaped or w.given),  # "river had a seizure": a given name, though a word ICD-10 holds
    "pair_subject_lower": lambda w: w.given and _stands_for_a_person(w) and not w.medical_shaped,
    "with_kin_lower": lambda w: (w.given or w.unknown_name) and _stands_for_a_person(w),
    "kin_pair_lower": lambda w: w.given and _stands_for_a_person(w) and not w.medical_shaped,
    "name_then_role_lower": lambda w: w.given and _stands_for_a_person(w) and w.lower not in _VERBS_BEFORE_THE
    and w.lower not in _SEASONS and w.lower not in _ABSTRACT_NAMES,
    "with_the_lads_lower": lambda w: w.given and _stands_for_a_person(w) and w.lower not in _VERBS_BEFORE_THE
    and w.lower not in _SEASONS,  # "without storm and the lads": a given name, though ICD-10's "thyroid storm"
    "pair_me_lower": lambda w: w.given and _stands_for_a_person(w) and w.lower not in _SEASONS
    and w.lower not in _VERBS_BEFORE_THE and w.lower not in _NOT_FROM_COMMUNITY and not w.medical_shaped,
    "vocative_lower": lambda w: w.given and _stands_for_a_person(w) and w.lower not in _VERBS_BEFORE_THE
    and not w.medical_shaped,
    "contact_lower": lambda w: w.given and _stands_for_a_person(w) and w.lower not in _SEASONS,
    "from_near_does_lower": lambda w: (w.given or w.unknown_name) and _stands_for_a_person(w) and w.lower not in _SEASONS
    and w.lower not in _NOT_FROM_COMMUNITY,  # "ti fanfan from church brings her soup": a nickname no list has
    "at_service_lower": lambda w: w.given and _stands_for_a_person(w),
    "from_community_lower": lambda w: w.given and _stands_for_a_person(w) and w.lower not in _ABSTRACT_NAMES
    and w.lower not in _NOT_FROM_COMMUNITY and w.lower not in _SEASONS and not w.medical_shaped,
    "relation_does_lower": lambda w: (w.given or not w.common and not w.medical_shaped) and (
        _stands_for_a_person(w) or w.lower in _MONTHS_GIVEN_AS_NAMES)  # "me mum june starts radiotherapy"
    and w.lower not in _SEASONS and (w.lower not in _ROLE_NOUNS or w.given) and not not_a_venue(w.lower)
    and w.lower not in _WHAT_A_SERVICE_HAS,  # "the Crohn's nurse line is open", though "my dad reg has"
    "kin_apposition_lower": _given_word_name,
    "kin_apposition_last_lower": _given_word_name,
    "gave_lower": _given_name_no_virtue,
    "meet_with_kin_lower": lambda w: w.given and _stands_for_a_person(w) and not w.capitalised,
    "thanks_from_lower": lambda w: w.given and (_stands_for_a_person(w) or w.lower in vocabulary.AMBIGUOUS_FIRST_NAMES)
    and not w.capitalised and w.lower not in _FEELINGS_SENT,  # "thanks to will from the stroke club": no modal there
    "name_who_lower": lambda w: w.given and not w.common and _stands_for_a_person(w) and not w.capitalised
    and not w.medical_shaped,
    "love_you_lower": lambda w: w.given and _stands_for_a_person(w) and not w.capitalised and w.lower not in _FEELINGS_SENT,
    "role_at_lower": lambda w: w.given and _stands_for_a_person(w) and w.lower not in _SEASONS and not w.medical_shaped
    and w.lower not in _ROLE_NOUNS,
    "relation_at_is_lower": lambda w: w.first and _stands_for_a_person(w) and w.lower not in _SEASONS,
    "sent_out_lower": lambda w: w.given and _stands_for_a_person(w) and w.lower not in _FEELINGS_SENT,
    "keeps_going_lower": lambda w: w.given and _stands_for_a_person(w) and w.lower not in _SEASONS,
    "carried_lower": _given_name_no_virtue,
    "card_for_lower": _given_name_no_virtue,
    "our_helps_lower": lambda w: not w.capitalised and w.given and w.lower not in _ABSTRACT_NAMES
    and w.lower not in _SEASONS and _stands_for_a_person(w) and w.lower not in vocabulary.large_places(),
    "our_virtue_lower": lambda w: not w.capitalised and w.given and (w.lower in _ABSTRACT_NAMES or w.lower in _SEASONS or (
        _stands_for_a_person(w) and w.lower not in vocabulary.large_places())),  # "our sky takes him"
    "from_next_door": lambda w: w.given and not w.stop and not w.everyday and w.lower not in _KIN_WORDS
    and not w.medical_shaped,
    "our_name_lower": lambda w: _given_name_no_virtue(w) and w.lower not in vocabulary.large_places()
    and (not w.common or w.name_word and w.lower not in vocabulary.AMBIGUOUS_FIRST_NAMES),  # not "our bill was",
    # "our brand is"
    "our_name_pause": lambda w: _given_name_no_virtue(w) and not w.common and w.lower not in vocabulary.large_places()
    and w.lower not in _KIN_WORDS,
    "went_with_lower": lambda w: _given_word_name(w) and w.lower not in _SEASONS and w.lower not in _SIGN_OFF_WORDS,
    "stays_with_lower": lambda w: _given_word_name(w) and w.lower not in _SEASONS and w.lower not in _ABSTRACT_NAMES,
    "visit_lower": lambda w: w.first and _stands_for_a_person(w) and w.lower not in _SEASONS,
    "subject_state_lower": lambda w: (w.name_word or w.clear_first) and w.lower not in vocabulary.AMBIGUOUS_FIRST_NAMES
    and not w.stop and not w.everyday and w.lower not in _KIN_WORDS and w.lower not in _SEASONS
    and w.lower not in vocabulary.large_places(),
    "person_object": lambda w: _given_subject(w) and not w.first and w.lower not in _SEASONS
    and w.lower not in _SIGN_OFF_WORDS,
    "quoted_nickname": lambda w: not w.stop and not w.everyday and w.lower not in _KIN_WORDS and not w.medical_shaped,
    "honorific_suffix": lambda w: not w.stop and w.lower not in _KIN_WORDS,
    "here_intro": lambda w: w.capitalised and not w.stop and not w.everyday and w.lower not in _KIN_WORDS
    and w.lower not in _HERE_ROLES and not w.medical_shaped and (w.given or w.unknown_name or not w.common),
    "attribution": lambda w: not w.stop and not w.everyday and vocabulary.base_term(w.lower) not in vocabulary.large_places()
    and w.lower not in _DONE_AT_A_VENUE  # "went to Mass on Sunday"
    and ((w.first or w.surname or w.given or w.unknown_name) if w.capitalised
         else (w.clear_first or w.name_word or w.surname and not w.common or w.unknown_name)),
    "person_context": lambda w: not w.everyday and not w.stop and (
        w.first and (w.capitalised or w.clear_first) or w.name_word or w.unknown_name or w.capitalised and w.given),
    "addressing_lower": lambda w: not w.everyday and not w.stop and (
        w.first or w.name_word or w.unknown_name or w.given and not w.common),
    "warmth_to_lower": lambda w: _stands_for_a_person(w) and not w.medical_shaped
    and vocabulary.base_term(w.lower) not in vocabulary.large_places() and (w.first or not w.common),
    "kiss_lower": lambda w: not w.everyday and (w.first or w.name_word or w.unknown_name),
    "pair_lower": lambda w: not w.everyday and not w.stop and w.lower not in TITLE_WORDS and (
        w.clear_first or w.name_word or w.unknown_name or w.given and not w.common),  # "gaz n me"; not "have ms and"
    "vocative": lambda w: not w.everyday and not w.stop and (
        w.first or w.name_word or w.unknown_name or w.capitalised and w.given and not w.common),
    # "her maiden name is nyberg", "a nurse called oyelaran.": named outright, any name of the lists or none.
    "with_name_lower": lambda w: not w.everyday and not w.stop and (
        w.first or w.surname and not w.common or w.name_word or w.unknown),
}


class ContextNameRecognizer(EntityRecognizer):
    """Names found by their context or by the census name lists, lowercase ones included.

    Medical words (eponyms, drug names, the site's conditions) are never names here; the gate
    also vetoes them for every other recognizer.
    """

    def __init__(self, is_medical: Any) -> None:
        super().__init__(supported_entities=["PERSON"], name="carekb_names", supported_language="en")
        self._is_medical = is_medical
        self._first = vocabulary.first_names()
        self._last = vocabulary.surnames()

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        lower = text.lower()
        words: set[str] | None = None
        for rule, regex, score in _RULES:
            if rule in _CUES and not any(cue in lower for cue in _CUES[rule]):
                continue
            if rule in _WORD_CUES:
                words = words or {w.strip(".,;:!?()\"'“”") for w in lower.split()}
                if _WORD_CUES[rule].isdisjoint(words):
                    continue
            for match in regex.finditer(text):
                if rule == "title" and match.group().startswith("MS"):
                    continue  # "my MS nurse": multiple sclerosis, not "Ms"
                if rule == "title" and re.match(r"\w+\.\S", match.group()) and (
                        match.group().islower() or re.match(r"\.\w", text[match.end():match.end() + 2])):
                    continue  # "Dr.Wong", though not "ms.word" nor "prof.example.com"
                if rule == "from_community_lower" and _CAPITAL_WORD_BEFORE.search(text, max(0, match.start() - 40),
                                                                                 match.start()):
                    continue  # "Dariush khan from the mosque", "Murugan anna from our temple": a title after a name
                if rule.startswith("subject_does") and match.group("person") is None and match.group(1).lower() in _ABSTRACT_NAMES:
                    continue  # "Hope got me through", "Faith made the difference"
                if rule == "quoted_nickname" and not ((after := _NEXT_CAPITAL.match(text, match.end()))
                                                      and (after.group(1).lower() in self._last
                                                           or after.group(1).lower() in self._first)
                                                      and after.group(1).lower() not in vocabulary.EVERYDAY_WORDS
                                                      and after.group(1).lower() not in _LANDSCAPE_KINDS
                                                      and after.group(1).lower() not in STREET_TYPES
                                                      and not not_a_venue(after.group(1).lower())):
                    continue  # 'friend "Tiny" Pham', though 'watched "Friends" Monday', 'the "Gold" Coast'
                group = next(i for i in range(1, (regex.groups or 1) + 1) if match.group(i) is not None)
                start, end = match.span(group)
                if end - start > 2 and text[end - 1] in "'’" and text[start - 1:start] in ("'", "‘"):
                    end -= 1  # "my husband 'Tiny' drove": the name, not its closing quote
                start, end, found = self._name_span(text, start, end, rule)
                if found:
                    results.append(self._result(start, end, score, rule))
        for match in re.finditer(rf"(?<![\w@.#/])({_CAP})(?:[ \t]+({_CAP}))?", text):
            results.extend(self._census(text, match))
        for match in _WORD_NAME_PAIR.finditer(text) if " and " in text or " n " in text or " & " in text else ():
            pair = [_Candidate.of(match.group(g), self._first, self._last) for g in ("one", "two")]
            if all(w.given and _stands_for_a_person(w) and not self._is_medical(w.lower)
                   and w.lower not in vocabulary.large_places() for w in pair) \
                    and not all(w.lower in _ABSTRACT_NAMES for w in pair):  # though "with faith and hope"
                # "with storm and river, it was good", "me, sky and blaze did the walk": two given names,
                # though both words, listed as company
                results.extend(self._result(*match.span(g), 0.7, "word_name_pair") for g in ("one", "two"))
        return results

    def _name_span(self, text: str, start: int, end: int, rule: str) -> tuple[int, int, bool]:
        words = text[start:end].split()
        if rule == "relation_initial":  # "my friend J. from": an initial, the name it stands for
            return start, end, words[0] != "I."
        if rule == "nick_prefix":  # "big sue": the nickname whole, judged by its name
            return start, end, _DECISIONS[rule](_Candidate.of(words[-1], self._first, self._last))
        if len(words) > 1 and words[0].lower() in _NAME_PARTICLES:  # "nurse de vos": judged by "vos"
            _, _, found = self._name_span(text, start + text[start:end].index(words[1], len(words[0])), end, rule)
            return start, end, found
        first = words[0]
        if _FIRST_PERSON.fullmatch(first):
            return start, end, False  # "my little brother, I'm 15": the writer, no one's name
        if rule != "title" and first.rstrip(".").lower() in _TITLE_BEFORE_NAME and re.match(
                rf"\.?[ \t]*(?:{UPPER}|\[name\])", text[start + len(first.rstrip(".")):start + len(first.rstrip(".")) + 9]):
            return start, end, False  # "ask for Dr. Malak", "ask Dr.Wong": the title, before the name it belongs to
        if rule == "title" and first.lower() in TITLE_ABBREVIATIONS and re.match(
                rf"\.[ \t]*{UPPER}", text[start + len(first):start + len(first) + 3]):
            return start, end, False  # "Sgt. Maj. Okoye": a second rank, before the name both belong to
        if first.lower() in vocabulary.large_places() and _as_a_place(text, start, start + len(first)):
            return start, end, False  # "the Society of India runs camps"
        named = first[:1].isupper() and (rule in ("relation", "title", "intro") and first.lower() in self._first or (
            rule == "credit" and first.lower() not in vocabulary.EVERYDAY_WORDS and first.lower() not in _STOP) or (
            rule == "greeting" and first.lower() in vocabulary.name_words())) or (  # "sorry Roar."
            rule == "greeting" and plain_first_name(first.lower())) or (  # "thanks mary for the advice"
            rule == "thanks_from_lower" and first in vocabulary.AMBIGUOUS_FIRST_NAMES)  # "thanks to will from the club"
        # A drug's brand that is also a first name ("Hana", "Allegra") is a name where only a
        # person can be: after "my daughter", before a kiss, as a greeting.
        brand_name = rule in PERSON_ONLY_RULES and name_despite_medical(first)
        initial = rule == "title" and len(first) == 1 and first.isupper() and first != "I"  # "Doctor O said", "Dr A"
        if (_is_word(first) and not named and not initial) \
                or (rule not in ("title", "honorific_suffix") and self._is_medical(first) and not brand_name) \
                or first.isupper() and len(first) <= 3 and not initial:
            return start, end, False
        if len(words) > 1 and (_is_word(words[1]) or self._is_medical(words[1])):
            end = start + len(first)
        if first[-2:] in ("'s", "’s") and len(first) > 3:
            end = start + len(first) - 2  # "Uncle [name]'s HbA1c": a possessive ends the name
            first = first[:-2]
        word = _Candidate.of(first, self._first, self._last)
        if rule == "from_somewhere" and (pair := re.match(rf"\s+(?:and|&)\s+({_CAP})", text[end:end + 50])) \
                and word.given and pair.group(1).lower() in vocabulary.given_names():
            return start, end, not word.stop  # "Summer and River from the group": two given names
        if rule == "pair_subject":
            pair = re.match(rf"\s+(?:and|&)\s+({_CAP})", text[end:end + 50]) or re.search(
                rf"({_CAP})\s+(?:and|&)\s+$", text[max(0, start - 50):start])
            other = _Candidate.of(pair.group(1), self._first, self._last) if pair else None
            return start, end, other is not None and all(
                not w.stop and not w.everyday and w.lower not in _KIN_WORDS and not self._is_medical(w.lower)
                for w in (word, other)) and (word.given and other.given or not word.common and not other.common)
        if rule in _DECISIONS:
            return start, end, _DECISIONS[rule](word)
        if not word.capitalised:
            noun_after_title = (word.common or word.lower in _ROLE_NOUNS) and not word.first \
                and word.lower not in vocabulary.common_surnames() \
                and _NOUN_TITLE_BEFORE.search(text, max(0, start - 20), start) is not None \
                and not (word.given and _KIN_TITLE_BEFORE.search(text, max(0, start - 12), start) and _WORD_THEN_VERB.match(text, start))
            if rule in ("title", "relation") and word.lower in _TIME_WORDS or rule == "title" and noun_after_title:
                return start, end, False  # "your doctor last year", "the nurse line is open": a noun, not a title
            if rule == "title" and word.common and not word.first and _KIN_TITLE_BEFORE.search(text, max(0, start - 12), start):
                # "Grandma goes to dialysis": after a word for kin, a verb; though "aunty mere makes sure": a given name
                return start, end, word.given and not word.stop and not word.everyday \
                    and not verb_of_common_word(word.lower) and not present_of_word(word.lower) \
                    and _WORD_THEN_VERB.match(text, start) is not None
            # "my husband dave": a lowercase word is a name only if it is a known one (after a
            # relation or a title even a name that is also a word: "my daughter lily").
            # After a relation, a common word is a nickname only before what the person does ("my
            # battle buddy tank checks on me"), though a surname that is a word is not ("my dad fell").
            if rule == "relation" and re.search(r"\bis[ \t]+$", text[max(0, start - 4):start]):
                return start, end, word.first or word.given or word.surname and not word.common  # "my son is nonverbal"
            if rule in ("relation", "title", "intro", "greeting"):
                return start, end, word.first or word.surname and not (rule == "relation" and word.common) or (
                    not word.common and not word.everyday and vocabulary.english_frequency(word.lower) < vocabulary.COMMON
                    and word.lower not in _ROLE_NOUNS  # "my nurse practitioner at the clinic"
                    and not verb_of_common_word(word.lower)  # "my dad farmed"
                    and not present_of_word(word.lower)  # "if your doctor prescribes it"
                ) or rule == "relation" and _NICKNAME_THEN_VERB.match(text, start) is not None and not word.stop
            return start, end, word.clear_first
        if rule in ("trailing_name", "speech", "pair") and len(word.lower) > 3 and word.common and not word.first \
                and not (rule == "pair" and word.given):  # "Pier and I went"
            return start, end, False  # "... next week. Terrified."
        if rule == "subject":  # though "Love from the whole group": a sign-off
            return start, end, word.first and not word.everyday and not (
                word.lower in _SIGN_OFF_WORDS and text[end:end + 6].strip().startswith("from"))
        if rule == "intro_soft":
            return start, end, word.clear_first
        return start, end, True

    def _census(self, text: str, match: re.Match[str]) -> list[RecognizerResult]:
        first, second = match.group(1), match.group(2)
        lower = first.lower().strip("'’")
        if self._is_medical(first) or lower in _STOP or (first.isupper() and len(first) <= 4 and in_dictionary(lower)
                                                        and _ARTICLE_BEFORE.search(text, max(0, match.start() - 8),
                                                                                   match.start())
                                                        and not _shouted(text)):
            return []  # "the PEG is in": a word in capitals after an article, in a post not written in them
        if lower in TITLE_ABBREVIATIONS and text[match.end(1):match.end(1) + 1] == "." and not second:
            return []  # "Sgt. Maj. Okoye": a rank's abbreviation before the name, though "Maj" is a name too
        sentence_start = at_sentence_start(text, match.start())
        # "Kim Sjögren", "Joe Bell": after a first name an eponym is a surname, unless used as one.
        eponym = bool(second) and lower in self._first and second[-1:].isalpha() and not followed_by_condition_word(
            text, match.end())
        surname = second and (not self._is_medical(second) or eponym)
        second_lower = (second or "").lower().strip("'’")
        known_surname = second_lower in self._last or (eponym and second_lower in vocabulary.medical_terms())
        if sentence_start and common_word(lower) and not (
                second and lower in self._first and known_surname and second_lower not in vocabulary.EVERYDAY_WORDS):
            return []  # "Love to you all", "Faith is"; though "Faith Okafor", "Jack Cook", "Anna Sjögren"
        if second and surname and second.lower() not in _STOP and (lower in self._first and known_surname or (
                not sentence_start and lower in self._first and lower not in vocabulary.AMBIGUOUS_FIRST_NAMES)):
            return [self._result(match.start(), match.end(), 0.85, "full_name")]
        if lower in self._first and lower not in vocabulary.AMBIGUOUS_FIRST_NAMES and len(lower) > 2 \
                and (lower not in vocabulary.large_places() or lower in _PLACES_OFTEN_NAMES  # "travelling to France"
                     and not _as_a_place(text, match.start(), match.end(1))):
            return [self._result(match.start(1), match.end(1), 0.6 if sentence_start else 0.75, "first_name")]
        if second and surname and not sentence_start and lower in vocabulary.name_words() and known_surname \
                and second_lower not in _STOP:
            return [self._result(match.start(), match.end(), 0.8, "full_name")]  # "Raj Pal": more a name than a word
        return []

    def _result(self, start: int, end: int, score: float, rule: str) -> RecognizerResult:
        return RecognizerResult("PERSON", start, end, score, recognition_metadata={
                                    RecognizerResult.RECOGNIZER_NAME_KEY: f"carekb_names:{rule}",
                                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id})


CONDITION_WORDS = re.compile(r"[ \t]*('s|’s|s'|')?[ \t]+(?:disease|syndrome|palsy|sign|test|scale|score|"
                              r"maneuver|manoeuvre|phenomenon|reflex|law|criteria|classification|lymphoma|"
                              r"sarcoma|tumou?r|disorder|thyroiditis|contracture|neuralgia|paralysis|ulcer|"
                              r"esophagus|oesophagus|node|nodes|cyst|encephalopathy|anomaly|toxin|encephalitis|ataxia|"
                              r"dystrophy|neuroma|malformation|chorea|purpura|myopathy|neuropathy|body|bodies)\b", re.IGNORECASE)


_PHRASE_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def medical_phrases(text: str, is_medical: Any, starts: frozenset[str]) -> list[tuple[int, int]]:
    """Drug and condition names of two or three words ("zoledronic acid", "insulin glargine"),
    whose words alone may look like names; not when every word is a name and no common word
    ("huang qin" is a herb, and a person). ``starts``: the first words of such names (most words begin none)."""
    words = list(_PHRASE_WORD.finditer(text))
    spans = []
    for index in range(len(words) - 1):
        if words[index].group().lower() not in starts:
            continue
        for size in (3, 2):
            group = words[index:index + size]
            if len(group) < size or any(text[a.end():b.start()] != " " for a, b in pairwise(group)):
                continue
            lowered = [w.group().lower() for w in group]
            if all((w in vocabulary.first_names() or w in vocabulary.surnames()) and not common_word(w) for w in lowered):
                continue  # though "Glasgow coma scale": words of the language, if surnames too
            if is_medical(" ".join(lowered)):
                spans.append((group[0].start(), group[-1].end()))
                break
    return spans


#: What a place's or a person's name may come before: "the Taylorstad fibromyalgia cafe".
GATHERINGS = frozenset({"cafe", "café", "group", "groups", "society", "support", "meeting", "meetup", "walk", "charity",
                         "network", "association", "club", "forum", "circle", "coffee", "swim", "run", "ride", "appeal"})
#: The lowercase word after a position ("Brain surgery", "Pokeweed poisoning").
NEXT_LOWER_WORD = re.compile(r"[ \t]+([a-z][a-z-]{2,})\b")


def describes_medical_word(text: str, word: str, end: int, is_medical: Any) -> bool:
    """A common word of ICD-10-CM's (a first name or a town's too) before a medical word is that
    word's adjective or noun, capitalised at a title's start: "Brain surgery", "Cherry angioma",
    "Central venous catheter" name no person and no place."""
    lower = word.lower()
    if not (common_word(lower) and lower in vocabulary.icd_words()):
        return False
    after = NEXT_LOWER_WORD.match(text, end)
    if after is None or len(after.group(1)) < 4 or after.group(1) in GATHERINGS or after.group(1) in _STOP:
        return False
    # ICD-10-CM's descriptions hold everyday words too ("after", "back", "group"): only its rarer ones count.
    following = after.group(1)
    return is_medical(following) or following in vocabulary.icd_words() and vocabulary.english_frequency(following) < 100_000


def followed_by_condition_word(text: str, end: int) -> bool:
    """"Bell's palsy", "Graves disease", "Achilles tendinitis", "Lewy body": the word before is the
    eponym, not a person. Though "Sarah's test", "found John body": a first name that is no eponym
    owns what follows."""
    if match := CONDITION_WORDS.match(text, end):
        word = _WORD_BEFORE.search(text, max(0, end - 40), end)
        if word and (match.group(1) or word.group(2) or match.group().lower().endswith(("body", "bodies"))):
            lower = word.group(1).lower()
            return lower not in vocabulary.first_names() or lower in vocabulary.medical_terms()
        return True
    # Without a possessive, before what eponyms name: "Achilles tendinitis", "Colles fracture" (though
    # "the Leeds sarcoidosis group": a place names its group).
    after = _EPONYM_BEFORE.match(text, end)
    return after is not None and after.group(1).lower() in _EPONYM_NOUNS


_WORD_BEFORE = re.compile(r"([^\W\d_][\w-]*?)('s|’s|'|’)?$")
_EPONYM_BEFORE = re.compile(r"[ \t]+([a-z][a-z-]{3,})\b")
#: What eponyms name besides diseases: "Colles fracture", "Kegel exercises", "Meckel diverticulum".
_EPONYM_NOUNS = frozenset({"fracture", "fractures", "exercises", "diverticulum", "tendon", "tendinitis", "tendonitis",
                           "shunt", "catheter", "cannula"})


def part_of_large_place(text: str, start: int, end: int) -> bool:
    """The word at ``start:end`` with its neighbour is a state or country: "North Carolina"."""
    word = text[start:end]
    before = re.search(r"([\w'’.-]+)[ \t]+$", text[max(0, start - 20):start])
    after = re.match(r"[ \t]+([\w'’.-]+)", text[end:end + 20])
    return any(f"{a} {b}".lower() in vocabulary.large_places() for a, b in (
        (before.group(1) if before else "", word), (word, after.group(1).rstrip(".,") if after else "")))


#: Each letter to its lowercase form where that is one character: offsets stay those of the text.
_FOLD = {c: c.lower() for c in map(chr, range(0x250)) if c.lower() != c and len(c.lower()) == 1}


def fold(text: str) -> str:
    """``text`` in lowercase, letter for letter (so a match's offsets are the text's)."""
    return text.translate(_FOLD_TABLE)


_FOLD_TABLE = str.maketrans(_FOLD)


def at_sentence_start(text: str, index: int) -> bool:
    while index > 0 and text[index - 1] in " \t\"'“(":
        index -= 1  # (walked back, not sliced: this runs for every word of long posts)
    return index == 0 or text[index - 1] in ".!?\n:;"


_LOWER_WORD = re.compile(r"(?<![\w'’@#/.:-])[^\W\d_][\w'’-]*")
_INITIAL_GAP = re.compile(r"[ \t]+(?:[a-z]\.?[ \t]+)?")
_LOWER_CLITICS = frozenset({"s", "re", "ve", "ll", "d", "m", "t", "n"})
#: What stands before "n't": "aren't", "shouldn't".
_NEGATED = frozenset({"aren", "isn", "wasn", "weren", "don", "doesn", "didn", "hasn", "haven", "hadn", "won", "wouldn",
                      "shouldn", "couldn", "mustn", "needn", "shan", "ain", "can", "mightn", "daren", "oughtn"})
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


#: What follows a people's name where it names the people, not a town: "the cherokee nation", "lakota elders".
_NATION_AFTER = re.compile(r"[ \t]+(?:nation|nations|tribe|tribal|band|reservation|reserve|people|elders?)\b")
#: Greetings and wishes of other languages whose first word is a name too ("kia ora", "kia kaha").
_GREETING_PHRASE = re.compile(r"\b(?:kia[ \t]+(?:ora|kaha)|ng[aā][ \t]+mihi|malo[ \t]+e[ \t]+lelei|talofa[ \t]+lava)\b",
                              re.IGNORECASE)


_GREETING_WORDS = frozenset({"kia", "ora", "kaha", "nga", "ngā", "mihi", "malo", "e", "lelei", "talofa", "lava"})


def in_greeting(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a word of another language's greeting or wish: "kia ora", "ngā mihi"."""
    if text[start:end].lower() not in _GREETING_WORDS:
        return False  # most words: no need to look around them
    return any(m.start() <= start and end <= m.end()
               for m in _GREETING_PHRASE.finditer(text, max(0, start - 12), min(len(text), end + 12)))


#: Words for food that are given names too, after what one does with food: "kiri brought kai".
_FOOD_NAMES = frozenset({"kai"})
_FOOD_BEFORE = re.compile(r"\b(?:brought|brings?|bringing|had|have|has|made|makes?|making|cooked|cooks?|cooking|ate|eats?|"
                          r"eating|some|the|hot|good|our|shared|share|sharing|"
                          r"(?:kete|basket|plate|plates|bowl|bowls|pot|pots|box|boxes|bag|bags|tray|trays|lots)[ \t]+of)[ \t]+$")


_OWNER_BEFORE = re.compile(r"\b(?:my|your|his|her|our|their)[ \t]+$")


def owned_kin_word(text: str, start: int, word: str) -> bool:
    """A word for a relative that is a given name too, after whose relative: "if your lola needs",
    "my nonna is sick" (not "lola from the group")."""
    return word.lower() in HONORIFICS and bool(_OWNER_BEFORE.search(text, max(0, start - 8), start))


def food_not_a_name(text: str, start: int, word: str) -> bool:
    """A word for food that is a given name too, after what one does with food or holds it: "kiri
    brought kai", "a kete of kai" (food in te reo), not "my son kai"."""
    return word in _FOOD_NAMES and bool(_FOOD_BEFORE.search(text, max(0, start - 12), start))


def lowercase_names(text: str, results: list[RecognizerResult], is_medical: Any) -> list[RecognizerResult]:
    """Names and places written in lowercase ("eva kleist lives in kiel"): first names that are
    not also English words (with the surname after them), towns, and words that no English,
    medical or drug list knows and that are not a slip of the keyboard away from one."""
    found: list[RecognizerResult] = []
    lowercase_post = not any(c.isupper() for c in text)
    covered = Covered([(r.start, r.end) for r in results] + [m.span() for m in _GREETING_PHRASE.finditer(text)])
    tokens = [m for m in _LOWER_WORD.finditer(text) if m.group().islower()]  # not "eGFR", "mmHg", "iPhone"
    index = 0
    while index < len(tokens):
        match = tokens[index]
        index += 1
        start, end = match.span()
        if covered.overlaps(start, end):
            continue
        word = vocabulary.base_term(match.group())
        if word in _ROLE_NOUNS or word in ROLE_WORDS:
            continue  # "with irene the sonographer": who the person is, a word no dictionary holds
        kind = _lowercase_kind(word, is_medical) or _lowercase_pair(text, tokens, index) or (
            _rare_in_lowercase_post(word, is_medical) if lowercase_post else None)
        if kind is None or followed_by_condition_word(text, end) or kind == "place" and names_a_condition(text, end):
            continue  # "guillain-barré syndrome", "epsom salts"
        if kind == "place" and word in vocabulary.all_languages() and _NATION_AFTER.match(text, end):
            continue  # "the cherokee nation one": a people's nation, though a town is named for it too
        if kind == "name" and food_not_a_name(text, start, word):
            continue
        if kind == "name" and owned_kin_word(text, start, word):
            continue
        if kind in ("unknown", "place") and not lowercase_post and after_indefinite_article(text, start):
            continue  # "as a promotora", "an upvote", "in a colonia": a thing or a role, no one's name or town
        if language.in_language(text, start, end, 0.0 if kind == "unknown" else language.FUNCTION_WORD):
            continue  # "me donó el riñón", "on attend les résultats": a word of the sentence's language
        if kind in ("name", "unknown"):
            # After a first name, a surname; after an unknown word, only with an initial between.
            while (index < len(tokens) and (gap := _INITIAL_GAP.fullmatch(text, end, tokens[index].start()))
                   and (kind == "name" or gap.group().strip())
                   and surname_like(vocabulary.base_term(tokens[index].group()), is_medical)
                   and not language.in_language(text, tokens[index].start(), tokens[index].end(),
                                                language.FUNCTION_WORD if tokens[index].group() in vocabulary.surnames()
                                                else 0.0)):
                end = tokens[index].end()
                index += 1
        if text[end - 2:end] in ("'s", "’s"):
            end -= 2  # "[name]'s daughter"
        found.append(RecognizerResult("LOCATION" if kind == "place" else "PERSON", start, end, 0.6,
                                      recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: f"carekb:lower_{kind}"}))
    return found


_INDEFINITE_BEFORE = re.compile(r"(?:^|(?<=[.!?\n])[ \t]*|([\w.'’]*)[ \t]+)(?:a|an)[ \t]+$", re.IGNORECASE)
_NAME_BEFORE_INITIAL = TITLE_WORDS | set(TITLE_ABBREVIATIONS) | HONORIFICS


def after_indefinite_article(text: str, start: int) -> bool:
    """After "a" or "an", a lowercase word in a post with capitals names a thing or a role ("as a
    promotora", "an upvote"), not a person; though after a title the "a" is an initial ("dr a
    kowalski"). (Where nothing is capitalised, "is a kowalski" may hide a surname.)"""
    article = _INDEFINITE_BEFORE.search(text, max(0, start - 20), start)
    return article is not None and (article.group(1) or "").lower().rstrip(".") not in _NAME_BEFORE_INITIAL


def _rare_in_lowercase_post(word: str, is_medical: Any) -> str | None:
    """In a post without capitals, case tells nothing: a word that is no dictionary's and rare on
    the web ("novaes", "lopes" is a word) is judged as its capitalised form would be."""
    if len(word) < 4 or not word.isalpha() or word in _STOP or word in vocabulary.EVERYDAY_WORDS or is_medical(word) \
            or word in vocabulary.large_places() or word in vocabulary.KNOWN_INITIALS:
        return None
    if in_dictionary(word) or vocabulary.english_frequency(word) >= vocabulary.KNOWN or medical_word(word) \
            or _accented_word(word) or prefixed_word(word) or british_spelling(word):
        return None
    return None if near_known(word, is_medical) or compound_word(word, common=True) else "unknown"


def _accented_word(word: str) -> bool:
    """"café", "naïve": an English word written with its accents."""
    plain = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()
    return plain != word and (in_dictionary(plain) or vocabulary.english_frequency(plain) >= vocabulary.KNOWN
                              or vocabulary.english_frequency(word) > 0)


def _lowercase_pair(text: str, tokens: list[re.Match[str]], index: int) -> str | None:
    """"jenna jones": a first name that is also a rare word ("jenna" is in Webster's) followed by a
    surname is a name."""
    first = tokens[index - 1].group()
    if first not in vocabulary.first_names() or first in vocabulary.AMBIGUOUS_FIRST_NAMES or first in _STOP \
            or first in _KIN_WORDS:
        return None  # "my nan flora": her grandmother, named
    if index >= len(tokens) or text[tokens[index - 1].end():tokens[index].start()] != " ":
        return None
    second = tokens[index].group()
    if second not in vocabulary.surnames() or second in _STOP:
        return None
    # "jenny wood and i went", "tom baker recently": names that are words, before what a person
    # does or when.
    if not common_word(first) and not common_word(second):
        return "name"
    # "drove me to henry ford at 3am", "she is at ben taub since sunday": someone, or a hospital named
    # for someone, after a word for where, before what follows a place.
    if not common_word(second) and first not in _KIN_WORDS and _WHERE_BEFORE_PAIR.search(
            text, max(0, tokens[index - 1].start() - 6), tokens[index - 1].start()) and _TOWN_FOLLOWS_AT.match(
            text, tokens[index].end()):
        return "name"
    # Not after a word for kin: "nan fell again".
    return "name" if (not common_word(first) or first in vocabulary.name_words()) and first not in _KIN_WORDS \
        and _PERSON_AFTER.match(text, tokens[index].end()) else None


_WHERE_BEFORE_PAIR = re.compile(r"\b(?:to|at|from|into|in)[ \t]+$")
_PERSON_AFTER = re.compile(r"[ \t]+(?:said|says|posted|told|asked|went|came|rang|texted|messaged|and (?:i|me)|is|was|has|"
                           r"had|lately|recently|yesterday|today|again|earlier)\b")


@lru_cache(maxsize=1 << 17)
def _lowercase_kind(word: str, is_medical: Any) -> str | None:
    if is_medical(word) or "_" in word or word in vocabulary.large_places():  # "street_name", "client_ip": code, not prose
        return None  # "co-codamol" whole, before its parts are judged
    if "-" in word and (_PLACE_SHAPE.search(word) or word in vocabulary.towns()
                        and vocabulary.english_frequency(word) < vocabulary.KNOWN):
        return "place"  # "schneider-sur-moulin", "stratford-upon-avon", "kippa-ring"
    parts = [p for p in re.split(r"[-'’]", word) if p]
    if len(parts) > 1:
        # "well-being", "don't": known parts make a known word; otherwise judge the longest part.
        unknown = [p for p in parts if p not in _LOWER_CLITICS and p not in _NEGATED
                   and _lowercase_kind(p, is_medical) is not None]
        return "unknown" if unknown else None
    if len(word) < 3 or word in _STOP or word in vocabulary.EVERYDAY_WORDS or is_medical(word) or medical_word(word) \
            or word in vocabulary.KNOWN_INITIALS or word in _KIN_WORDS:
        return None  # "the jdrf walk": a charity's initials, in lowercase; "my tio takes her": a kin word
    if prefixed_word(word):
        return None  # "underdiagnosed", "overmedicated", "misdiagnosis"
    frequency = vocabulary.english_frequency(word)
    known_word = in_dictionary(word)
    if (word in vocabulary.first_names() or word in vocabulary.INFORMAL_NICKNAMES) and word not in vocabulary.AMBIGUOUS_FIRST_NAMES \
            and not (known_word and frequency >= vocabulary.KNOWN):
        return "name"  # "nige said", "omg tash": a nickname too, if it is no word in use
    plain = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()
    if plain != word and (plain in vocabulary.first_names() or plain in vocabulary.name_words()):
        return "name"  # "róbert", "andré": a first name in its own spelling
    if _accented_word(word):
        return None
    if len(word) >= 4 and word in vocabulary.towns() and frequency < vocabulary.KNOWN:
        return "place"
    if len(word) >= 4 and word in vocabulary.large_towns() and frequency < vocabulary.COMMON and no_dictionary_word(word):
        return "place"  # "leeds", "chicago": towns of 15,000 or more the web writes often, no word of the dictionary
    if _PLACE_SHAPE.search(word) and not known_word and frequency < vocabulary.KNOWN:
        return "place"  # "cartermouth", "kingbury", "schneider-sur-moulin": no list has them, their shape says
    if _WORD_PLACE_SHAPE.search(word) and not known_word and frequency == 0:
        return "place"  # "ballview", "amyside", "hosur", though "worldview", "seaside" are words
    if len(word) >= 4 and frequency == 0 and not known_word and not near_known(word, is_medical) \
            and not compound_word(word, common=True) and not british_spelling(word) and not _plural_of_word(word, is_medical):
        return "unknown"
    return None


def _plural_of_word(word: str, is_medical: Any) -> bool:
    """"meetups", "playdates": the plural of a word that would stand (no name's)."""
    stem = word[:-1]
    return word.endswith("s") and len(stem) >= 4 and stem not in vocabulary.first_names() \
        and stem not in vocabulary.surnames() and _lowercase_kind(stem, is_medical) is None


_BRITISH = ((re.compile(r"is(e|er|ers|es|ed|ing|ation|ations)$"), r"iz\1"), (re.compile(r"ys(e|er|ed|es|ing)$"), r"yz\1"),
            (re.compile(r"our(s|ed|ing|ite|ites|ful)?$"), r"or\1"), (re.compile(r"tre(s)?$"), r"ter\1"),
            (re.compile(r"ogue(s)?$"), r"og\1"), (re.compile(r"ll(ed|ing|er|ers)$"), r"l\1"))


#: Greek roots medicine spells with "ae" and "oe" in Britain: "anaesthetist", "paediatric", "oedema".
_BRITISH_MEDICAL_ROOT = re.compile(r"haem|paed|anaes|oedem|oesoph|oestr|foet|gynae|aemi|orthopaed|rrhoe|pnoe|caesar")


@lru_cache(maxsize=1 << 15)
def british_spelling(word: str) -> bool:
    """"moisturiser", "colour", "travelled", "anaesthetist": the British spelling of a word the web
    knows in its American one."""
    if len(word) < 6:
        return False
    if _BRITISH_MEDICAL_ROOT.search(word):
        respelt = word.replace("ae", "e").replace("oe", "e")
        if in_dictionary(respelt) or vocabulary.english_frequency(respelt) >= 100:
            return True
    for pattern_, american in _BRITISH:
        respelt = pattern_.sub(american, word)
        if respelt != word and vocabulary.english_frequency(respelt) >= 100:
            return True
    return False


#: How English, German, Scandinavian and French place names end or join.
_PLACE_SHAPE = re.compile(r"^[^\W\d_]{3,}(?:mouth|bury|borough|brough|ford|ham|ton|field|chester|caster|cester|wich|wick|"
                          r"thorpe|stead|worth|ville|burgh?|berg|stadt|stad|heim|dorf|hausen|holm|minster|pool|bridge|"
                          r"combe|haven|ness)$|"
                          # not "one-on-one", "vis-à-vis", "mise-en-place", "eau-de-toilette", "tour-de-force"
                          r"^(?!(?:eau|coup|tour|joie|nom|pied|mise|cri|art|tete|tête|vis|bric)-)"
                          r"(?:([^\W\d_]{2,})-(?:sur|sous|lès|les|le|la|en|upon|on|am|an|im|bei)-(?!\1$)[^\W\d_]{2,}$|"
                          r"[^\W\d_]{2,}(?:-[^\W\d_]{2,})?(?:-(?:de|du|des|aux|(?:a|à)-(?:la|le|les)))+-[^\W\d_]{3,}$)|"  # "ile-a-la-crosse"
                          r"^(?:st|ste|saint|sainte)-(?!(?:like|ish|esque|style|type|themed|related|based|worthy)$)[^\W\d_]{3,}(?:-[^\W\d_]{2,})*$")  # "st-eustache"
#: Endings of place names that end ordinary words too ("-view", "-side"): for words no list knows.
_WORD_PLACE_SHAPE = re.compile(r"^[^\W\d_]{3,}(?:view|side|land|port|town|shire|furt|pur|abad|nagar|hill|hills|brook|wood|"
                               r"dale|more)$")


def prefixed_word(word: str) -> bool:
    """"unsourced", "unmute", "underdiagnosed": a prefix before a known or medical word."""
    stem = word[prefix.end():] if (prefix := _WORD_PREFIX.match(word)) else ""
    return len(stem) > 3 and (in_dictionary(stem) or vocabulary.english_frequency(stem) >= vocabulary.KNOWN
                              or medical_word(stem))


_WORD_PREFIX = re.compile(r"(?:under|over|mis|re|un|non|pre|post|anti|hyper|hypo|sub|super|self|co|de|dis|in|im)-?")


#: Longer than any English word a post would use ("pneumonoultramicroscopic..." aside).
LONGEST_WORD = 30


def unlisted_compound(lower: str, is_medical: Any) -> bool:
    """Two words run together that neither the web's counts nor a dictionary hold, which the word
    checks explain as a compound: a district's or a hospital's name as often as not ("watching the
    kids in drumchapel", "home from sunnybank", "ma granny is in ninewells wi her heart")."""
    return vocabulary.english_frequency(lower) == 0 and not in_dictionary(lower) \
        and compound_word(lower) and lower not in _STOP and lower not in vocabulary.EVERYDAY_WORDS \
        and not is_medical(lower) and not medical_word(lower) and lower not in vocabulary.large_places()


def compound_word(word: str, *, common: bool = False) -> bool:
    """Two known words run together: "dataset", "helpline", "playgroup". With ``common``, two
    everyday words only (a surname such as "johansen" is made of rarer pieces)."""
    if len(word) > 2 * LONGEST_WORD:
        return False
    return any(_known(word[:i], common) and _known(word[i:], common) for i in range(3, len(word) - 2))


def _known(word: str, common: bool) -> bool:
    if common:  # "stair" + "lift", "light" + "box": everyday words, by the dictionary or by their use
        frequency = vocabulary.english_frequency(word)
        return common_word(word) or in_dictionary(word) and frequency >= 1_000 or (
            frequency >= 50_000 and word not in vocabulary.first_names() and word not in vocabulary.surnames())
    return in_dictionary(word) or vocabulary.english_frequency(word) >= vocabulary.KNOWN


def surname_like(word: str, is_medical: Any) -> bool:
    if len(word) < 2 or word in _STOP or is_medical(word) or medical_word(word) or in_dictionary(word):
        return False
    return word in vocabulary.surnames() or vocabulary.english_frequency(word) < vocabulary.KNOWN


_SUFFIXES: tuple[tuple[str, str], ...] = (("ies", "y"), ("ied", "y"), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", ""),
             ("er", ""), ("ers", ""), ("ly", ""), ("ness", ""), ("d", ""))
#: Adjectives' degrees: "larger", "oldest", "heavier", "biggest"; not for a listed name ("Forrest").
_DEGREES = (("er", "e"), ("est", ""), ("est", "e"), ("ier", "y"), ("iest", "y"))


def verb_of_common_word(word: str) -> bool:
    """"farmed", "farming", "stopped": a verb's past or present participle of a common word."""
    for suffix, replacement in _SUFFIXES:
        if suffix in ("ed", "ied", "ing") and word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[:-len(suffix)]
            if common_word(stem + replacement) or not replacement and stem[-1] == stem[-2] and common_word(stem[:-1]):
                return True  # "farm" + "ed", "hope" - "e" + "ed", "stop" + "p" + "ed", "carry" - "y" + "ied"
    return False


def present_of_word(word: str) -> bool:
    """"prescribes", "recommends", "carries": a word of the dictionary with a verb's -s ending."""
    return any(word.endswith(suffix) and len(word) > len(suffix) + 3 and in_dictionary(word[:-len(suffix)] + replacement)
               for suffix, replacement in (("ies", "y"), ("es", ""), ("s", "")))


@lru_cache(maxsize=1)
def _brand_towns() -> frozenset[str]:
    return frozenset(town for town in vocabulary.large_towns() if _town_before_brand(town))


def _unit_word(word: str, is_medical: Any) -> bool:
    """A lowercase word before "in" and a town that may name a hospital or a unit: no stop, everyday,
    time or venue word, nothing medical, no town or large place ("at the cross in edmonton")."""
    return word not in _STOP and word not in vocabulary.EVERYDAY_WORDS and word not in NOT_A_SERVICE_PLACE \
        and word not in _NOT_A_UNIT and not not_a_venue(word) and not is_medical(word) \
        and word not in vocabulary.large_places() and word not in vocabulary.towns()


def _names_a_town(words: str) -> bool:
    """The one or two lowercase words after "in" open a town of the lists that is no common word or
    kind of place, or a word no list or page has: "at dhr in edinburg", "at the cross in edmonton",
    "in the regional in dooradoyle" (not "in centre", "in town")."""
    parts = words.split()
    return any(town in vocabulary.towns() and town not in _STOP and town not in vocabulary.EVERYDAY_WORDS
               and not common_word(town) and not not_a_venue(town)
               for town in (" ".join(parts[:2]), parts[0]) if town) or bool(parts) and unknown_place_word(parts[0])


def _town_before_brand(word: str) -> bool:
    """A town of 15,000 people or more whose name some drug's brand shares, and no other medical
    word: where one lives or comes from, the town ("my cousin flew in from arima")."""
    return word in vocabulary.large_towns() and word in vocabulary.drug_names() and word not in vocabulary.medical_terms() \
        and word not in vocabulary.disease_names()


def unknown_place_word(word: str) -> bool:
    """A word of five letters or more that no list, dictionary or page of the web has, nor medicine:
    after a word for where, a place no list knows ("in easterhouse")."""
    if "-" in word:  # "at [place] in idi-araba": a place's name of hyphened words, none of them common
        parts = word.split("-")
        return len(word) >= 5 and all(len(part) >= 2 and part.isalpha() and not common_word(part)
                                      and not medical_word(part) for part in parts) \
            and not all(in_dictionary(part) for part in parts) and not medical_word(word)
    return len(word) >= 5 and word.isalpha() and vocabulary.english_frequency(word) == 0 and not in_dictionary(word) \
        and not medical_word(word) and word not in vocabulary.given_names() and word not in vocabulary.surnames()


def common_word(word: str) -> bool:
    """An everyday English word, whether or not it is also someone's name ("love", "terrified")."""
    return in_dictionary(word) and vocabulary.english_frequency(word) >= vocabulary.COMMON


def no_dictionary_word(word: str) -> bool:
    """Not itself a word of the dictionary, only shaped like an inflected one ("davies" as "davy" +
    "es", "leeds"), and no plural or verb of a common word ("meadows", "stokes")."""
    return word not in vocabulary.dictionary_words() and not any(
        word.endswith(suffix) and common_word(word[:-len(suffix)] + replacement) for suffix, replacement in _SUFFIXES)


def in_dictionary(word: str) -> bool:
    """A common English word, inflected or not (the dictionary lists "kill", not "killers")."""
    words = vocabulary.dictionary_words()
    if word in words:
        return True
    suffixes: tuple[tuple[str, str], ...] = _SUFFIXES
    if word.endswith(("er", "est")) and word not in vocabulary.first_names() and word not in vocabulary.surnames():
        suffixes = _SUFFIXES + _DEGREES
    for suffix, replacement in suffixes:
        if word.endswith(suffix) and len(word) > len(suffix) + (1 if replacement == "y" else 2):  # "flies": "fly"
            stem = word[:-len(suffix)] + replacement
            if suffix == "es" and not stem.endswith(("s", "x", "z", "ch", "sh", "o")):
                continue  # "boxes", "potatoes"; not "nova" + "es"
            if stem in words or (len(stem) > 3 and stem[-1] == stem[-2] and stem[:-1] in words):
                return True
    return False


def medical_shaped(word: str) -> bool:
    """Shaped like a condition, procedure, test or organism ("glioblastoma", "lithotripsy",
    "campylobacter"; "herniation" is not), and, for the longer shapes, no one's name."""
    if (shape := _MEDICAL_SHAPE.search(word)) and shape.start() >= 5:
        return True
    return len(word) >= 8 and bool(_PROCEDURE_SHAPE.search(word) or _ORGANISM_SHAPE.search(word)) \
        and word not in vocabulary.first_names() and word not in vocabulary.surnames()


def medical_word(word: str) -> bool:
    """A word of ICD-10-CM's descriptions, in US or British spelling ("anaemia", "nebuliser"), or
    shaped like a medical word ("glioblastoma", "thyroidectomy", "transurethral")."""
    icd = vocabulary.icd_words()
    if word in icd or medical_shaped(word):
        return True
    if len(word) >= 10 and _MEDICAL_PREFIX.match(word) and word not in vocabulary.first_names() \
            and word not in vocabulary.surnames() and word not in vocabulary.towns():
        return True  # "transurethral", "immunofixation"
    american = word.replace("ae", "e").replace("oe", "e").replace("our", "or").replace("is", "iz").replace("tre", "ter")
    if american == word or len(word) < 6:
        return False  # "moen" is no spelling of "men"
    # A British spelling of a medical word ("anaemia", "oesophagus"); not any word that respelt is
    # a word ("michael" is no spelling of "michel").
    return american in icd or american.replace("iz", "is") in icd or bool(
        (shape := _MEDICAL_SHAPE.search(american)) and shape.start() >= 5)


#: Procedures and tests ("endoscopy", "audiometry", "thoracentesis", "venogram"), organisms
#: ("acinetobacter", "norovirus", "cryptosporidium") and the combining forms that begin medical words.
_PROCEDURE_SHAPE = re.compile(r"[a-z]{3}(?:scopy|scopic|metry|tripsy|centesis|puncture|gram|graphy|ectomy|ectomies|otomy|"
                              r"ostomy|plasty|version|typing|cision|stasis|rrhaphy|pexy|desis|therapy|enzymes?|clonal|"
                              r"lization|globin|globulin|trophic|plastic|ologists?|iatrists?|iatrics|ologies)$")
_ORGANISM_SHAPE = re.compile(r"[a-z]{3}(?:bacter|bacteria|bacterium|virus|viruses|coccus|cocci|monas|plasma|sporidium|"
                             r"myces|amoeba|philus|oides|spora|trema|strongylus|lepis)$")
_MEDICAL_PREFIX = re.compile(r"(?:hyper|hypo|trans|intra|supra|retro|peri|anti|immuno|electro|neuro|cardio|lymph|myo|"
                             r"osteo|gastro|entero|nephro|hepato|dermato|derma|broncho|pharyngo|naso|uro|hemo|haemo|"
                             r"sub|endo|ventriculo|vertebro|poly|pseudo|micro|macro|hetero|athero|aorto|cysto|lipo|"
                             r"apo|auto|para|epi|stereo|sero|muco)[a-z]{3,}"
                             r"(?:al|ic|ia|ion|ions|ity|ism|ous|ary|in|ine|ase|oid|ics|ar|ae|us)$")
_MEDICAL_SHAPE = re.compile(r"(?:oma|itis|osis|ectomy|otomy|ostomy|plasty|pathy|pathic|algia|a?emia|uria|scopy|graphy|"
                            r"iasis|plegia|trophy|cytes?|blasts?|ectasis|megaly|penia|rrhea|rrhoea|lysis|genesis|"
                            r"phoresis|chromia|crasia|rrhexis|saccharide)s?$")


@lru_cache(maxsize=1 << 15)
def near_known(word: str, is_medical: Any) -> bool:
    """One typing slip (a letter dropped, added, changed or swapped) from a known word."""
    if len(word) > LONGEST_WORD:
        return False  # no slip makes a word of this; and the edits of a long token would not fit in memory
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    edits = {a + b[1:] for a, b in splits if b}
    edits |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    edits |= {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    edits |= {a + c + b for a, b in splits for c in _LETTERS}
    # Medical words by the lists, not by their shape: "nilsengropa" is no slip for "nilsengroma".
    icd = vocabulary.icd_words()
    return any(vocabulary.english_frequency(e) >= vocabulary.KNOWN or (len(e) > 4 and (e in icd or is_medical(e)))
               for e in edits)


# --- addresses and towns ---------------------------------------------------------------------

#: What introduces an address: "my address is", "Address:", "send it to", "lives at", "the corner of".
_ADDRESS_CUE = re.compile(
    r"\b(?:(?:new|my|our|billing|home|postal|mailing|shipping|delivery|work|office)\s+)?"
    r"(?<!\bip\s)(?<!mail\s)(?<!\bweb\s)(?<!\bmac\s)address(?:es)?"
    r"(?:\s+(?:is|was|are|to|with))?(?:\s+(?:the\s+same|as\s+follows|below|here\s+they\s+are))?\s*[:=-]?"
    r"|\b(?:sent|send\s+(?:it|them|this|that|one|a\s+new\s+one|the\s+\w+)|deliver(?:ed)?|moved|ship(?:ped)?|"
    r"post(?:ed)?|mail(?:ed)?|return(?:ed)?|taxi)\s+to|\bmoved\s+(?:her|him|them|us|me|mum|mom|dad)?\s*into"
    r"|\b(?:lives?|living|located|meet(?:\s+(?:me|you|us|up))?|meets|drops?\s+(?:you|me)\s+off|arrived|is|are|on|"
    r"starts?|starting|finish(?:es)?|held|based)\s+at"
    r"|\b(?:lives?|living)\s+(?:on|in)"
    r"|\bcorner\s+of", re.IGNORECASE)
_ADDRESS_TOKEN = re.compile(r"[^\s,;]+")
#: Street suffixes (USPS Publication 28 and British ones) less common in prose than "Street":
#: "Knight View", "Oak Hollow", "Odom Trafficway", "Birch Copse".
STREET_SUFFIXES = frozenset(["alley", "alleyway", "branch", "bridge", "brook", "burg", "bypass", "camp", "canyon", "causeway", "center", "centre", "centers", "cliff", "club", "common", "commons", "corner", "course", "cove", "creek", "crest", "crossing", "dale", "dam", "divide", "estate", "estates", "expressway", "extension", "falls", "ferry", "field", "fields", "flats", "ford", "forest", "forge", "forges", "fork", "freeway", "gateway", "glen", "green", "harbor", "harbour", "haven", "heights", "hollow", "inlet", "island", "junction", "knoll", "knolls", "landing", "light", "lights", "loaf", "lodge", "loop", "mall", "manor", "meadow", "meadows", "mill", "mills", "mission", "motorway", "mountain", "neck", "orchard", "oval", "overpass", "passage", "path", "pike", "pines", "plain", "plains", "point", "points", "port", "prairie", "radial", "ramp", "ranch", "rapids", "ridge", "river", "route", "shoal", "shore", "shores", "skyway", "spur", "station", "stravenue", "stream", "summit", "throughway", "trace", "track", "trafficway", "tunnel", "turnpike", "underpass", "valley", "viaduct", "view", "village", "ville", "vista", "wall", "wells", "copse", "wynd", "chase", "rise", "vale", "gate", "quay", "wharf", "block", "nagar", "marg", "colony", "zila", "chowk", "ganj",
                              # plurals of the USPS suffixes
                              "corners", "junctions", "courts", "coves", "creeks", "crests", "drives", "glens",
                              "greens", "groves", "harbors", "hills", "islands", "lakes", "locks", "manors",
                              "ridges", "springs", "squares", "streets", "valleys", "views", "villages", "walks",
                              "lake", "spring", "mount", "fort", "isle", "crossroad", "fall",
                              "union", "unions", "pine", "mountains", "roads", "rapid", "spurs", "trailer", "bayou",
                              "bluff", "bluffs", "annex", "ways", "parks", "ports", "fords", "forks", "extensions",
                              "rotary", "amble", "tor", "quadrant", "esplanade", "parade", "circuit", "concourse",
                              "promenade", "retreat", "grange", "brae", "crossway", "dell", "glade", "laneway",
                              "lookout", "meander", "pathway", "ramble", "ridgeway", "walkway", "boulevarde"])
#: Words that open a street's name or a unit in other languages ("rue de Virton", "C/ Señores
#: Curas", "ul. Cicha", "Via Ossola", "Soseaua Dima", "Studio 87"): beside an address, part of it.
STREET_PREFIXES = frozenset({"rue", "ul", "pl", "plac", "aleja", "al", "c/", "calle", "avenida", "av", "rua", "r", "piazza",
                             "viale", "plaza", "praça", "largo", "rkp", "strada", "carrer", "avinguda", "ulica", "utca",
                             "út", "via", "vicolo", "stretto", "rotonda", "corso", "contrada", "borgo", "paseo", "camino",
                             "cañada", "acceso", "vial", "rambla", "ronda", "carretera", "travesía", "avda", "chemin",
                             "allée", "impasse", "quai", "cours", "sentier", "travessa", "alameda", "estrada", "sítio",
                             "soseaua", "șoseaua", "bulevardul", "aleea", "drumul", "calea", "splaiul", "intrarea",
                             "str", "nr", "bl", "sc", "ap", "studio", "flat", "apartment", "apt", "unit", "suite",
                             "piso", "piano", "puerta", "appartamento", "h.no", "tér", "körút", "boulevard", "avenue", "c",
                             "cuesta", "level"})
#: Street words of other languages that are no English words: whatever follows them is a street.
_FOREIGN_STREET_WORDS = ("rue", "calle", "avenida", "rua", "strada", "paseo", "camino", "rambla", "vicolo", "viale",
                         "piazza", "piazzale", "corso", "stretto", "rotonda", "cañada", "travesía", "carretera", "chemin",
                         "allée", "impasse", "quai", "sentier", "travessa", "alameda", "estrada", "sítio", "soseaua",
                         "șoseaua", "bulevardul", "aleea", "drumul", "calea", "splaiul", "intrarea", "ulica", "utca",
                         "aleja", "plac", "carrer", "avinguda", "praça", "largo", "contrada", "borgo")
#: What ends a street's name: "Road", "Lane", and the suffixes above.
STREET_TYPES = STREET_SUFFIXES | frozenset(["street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive",
                                            "boulevard", "blvd", "way", "place", "terrace", "close", "crescent",
                                            "square", "court", "gardens", "grove", "parkway", "highway", "circle",
                                            "trail", "row", "mews", "hill", "walk", "park", "keys", "key"])
ADDRESS_WORDS = _ADDRESS_WORDS = STREET_TYPES | frozenset(["street", "st", "str", "road", "rd", "avenue", "ave", "av", "lane", "ln", "drive", "dr", "boulevard", "blvd", "court", "ct", "way", "place", "pl", "terrace", "close", "crescent", "square", "sq", "parkway", "highway", "hwy", "circle", "trail", "row", "gardens", "grove", "mews", "hill", "walk", "park", "apt", "apartment", "suite", "unit", "flat", "studio", "floor", "box", "po", "p.o.", "ul", "u", "rkp", "via", "rua", "calle", "avenida", "rue", "piazza", "viale", "c/", "strasse", "straße", "plaza", "praça", "largo", "vej", "gata", "gatan", "tie", "katu", "and", "de", "del", "della", "di", "du", "da", "do", "dos", "das", "la", "le", "les", "el", "von", "van", "der", "den", "ten", "ter", "nad", "am", "an", "im", "of", "the", "corner", "no", "nr", "h.no", "h.no.", "house", "plot", "door", "piso", "planta", "puerta", "etage", "étage", "lgh", "kat"])


_FLOOR = re.compile(r"(?:the[ \t]+)?(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|top|ground|bottom)"
                    r"[ \t]+(?:floor|level|storey|story)", re.IGNORECASE)


def address_blocks(text: str, is_medical: Any) -> list[RecognizerResult]:
    """What follows an address cue, up to where prose resumes: house numbers, capitalised words,
    words no English list knows (foreign street and town names), street words, line breaks.
    Works for any country's layout, which no street-word pattern does."""
    results = []
    for cue in _ADDRESS_CUE.finditer(text):
        if lines := _address_lines(text, cue.end()):
            results.append(RecognizerResult("STREET_ADDRESS", lines[0], lines[1], 0.85, recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: "carekb:address_lines"}))
            continue
        start = end = None
        position = cue.end()
        for token in _ADDRESS_TOKEN.finditer(text, position):
            between = text[position:token.start()]
            if "\n\n" in between.replace(" ", "").replace("\t", "") or re.search(r"[;]", between):
                break
            word = token.group()
            core = word.strip(".:!?()\"'")
            if start is None and core.isdigit() and (unit := _ADDRESS_TOKEN.search(text, token.end())) \
                    and unit.group().strip(".,:!?").lower() in _UNITS_AFTER_A_NUMBER:
                break  # "arrived at 29 weeks", "starts at 9 am": a measure, not a house
            if not core or not address_like(core, is_medical, first=start is None):
                following = _ADDRESS_TOKEN.search(text, token.end())
                if start is None or not following or following.group().strip(".,:!?").lower() not in STREET_TYPES \
                        or core.lower() in _STOP or is_medical(core) or _peoples_word(core.lower()) and \
                        following.group().strip(".,:!?").lower() not in _PLAIN_STREET_WORDS:
                    break  # though "152/044 martin block", "388 ali viaduct", "English Court": a street's name
            start = token.start() if start is None else start
            end = token.start() + len(word.rstrip(".:!?)\"'"))
            position = token.end()
            if word.endswith(("?", "!", ":")) or (word.endswith(".") and len(core) > 3 and core.isalpha()
                                                   and core.lower() not in _ADDRESS_WORDS):
                break
        if start is not None and end is not None and end > start:
            while (last := re.search(r"[ \t,]+([\w'’.-]+)$", text[start:end])) and last.group(1).lower() in _STOP:
                end = start + last.start()  # "... and the": prose, not the address
            block = text[start:end].strip(".,")
            bare = re.sub(r"^(?i:the)[ \t]+", "", block).replace(".", "").lower()  # "moved to the U.K."
            if block.lower() in vocabulary.large_places() or text[start:end].lower() in _STOP \
                    or bare in _COUNTRY_INITIALS or bare in vocabulary.large_places() \
                    or _FLOOR.fullmatch(text[start:end]) or is_medical(re.sub(r"^(?i:the)[ \t]+", "", block)):
                continue  # "I live in North Carolina": a state is not an address; "moved to the pain clinic",
                # "moved to the 3rd floor": a floor of a building no address names; "is at the T1 clinic"
            results.append(RecognizerResult("STREET_ADDRESS", start, end, 0.85, recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: "carekb:address_block"}))
    return results


_LINE = re.compile(r"[ \t>]*([^\n]*)\n?")


def _address_lines(text: str, position: int) -> tuple[int, int] | None:
    """"My address:\n12 Oak Road\nfinn ville\nAB1 2CD": after a cue that ends its line, each short
    line that is not a sentence is a line of the address, whatever its words."""
    if not (opening := re.match(r"[ \t]*\n", text[position:])):
        return None
    start = end = None
    at = position + opening.end()
    while at < len(text) and (line := _LINE.match(text, at)) and line.group(1).strip():
        content = line.group(1).strip()
        if len(content.split()) > 6 or re.search(r"[.!?]$", content) and not re.search(r"\d\.?$", content):
            break
        start = line.start(1) if start is None else start
        end = line.start(1) + len(line.group(1).rstrip())
        at = line.end()
    return (start, end) if start is not None and end is not None else None


WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


def address_like(word: str, is_medical: Any, *, first: bool) -> bool:
    lower = word.lower()
    if lower in _PRONOUNS or lower in WEEKDAYS:
        return False  # "at the miller centre and we drive": prose resumes, though "drive" names streets;
        # "moved to Kenyatta National on Friday": when, not where (though "Friday Street" is a street)
    if any(c.isdigit() for c in word):
        return not (first and (_DATE_SHAPE.fullmatch(word) or _MEASURE_SHAPE.fullmatch(word)))  # "moved to
        # 12/03/2025", "start at 50%": a date or a measure, not a house
    if lower in _ADDRESS_WORDS:
        return not first or lower in ("po", "p.o.", "ul", "rua", "via", "calle", "avenida", "rue", "the", "h.no", "h.no.",
                                      "flat", "studio", "apartment", "apt", "unit", "suite")
    if word[0].isupper():
        return lower not in _STOP and not is_medical(word) and not _peoples_word(lower) and not (
            word.isupper() and lower in vocabulary.KNOWN_INITIALS)  # "meet at the Brazilian church", "the VFW post"
    if len(lower) <= 2 and lower.isalpha():
        return not first
    return not first and not in_dictionary(lower) and vocabulary.english_frequency(lower) < vocabulary.KNOWN \
        and not is_medical(word) and not medical_word(lower) and not _accented_word(lower)  # "the café"


_PRONOUNS = frozenset({"i", "we", "he", "she", "they", "you", "me", "us", "him", "them", "it"})
_UNITS_AFTER_A_NUMBER = frozenset({"weeks", "week", "wks", "days", "day", "months", "month", "years", "year", "yrs",
                                   "hours", "hour", "hrs", "minutes", "mins", "o'clock", "am", "pm", "percent", "kg",
                                   "lbs", "pounds", "stone", "miles", "km", "degrees", "units", "mg", "times"})
_PLAIN_STREET_WORDS = frozenset({"street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "court", "ct", "close",
                                 "drive", "dr", "way", "crescent", "terrace", "place", "square", "gardens", "row",
                                 "walk", "mews", "grove"})


def _peoples_word(lower: str) -> bool:
    """A people's or a language's word ("brazilian", "polish"): after an address cue, prose."""
    return vocabulary.demonym(lower) or lower in vocabulary.all_languages()


_MEASURE_SHAPE = re.compile(r"\d+(?:[.,]\d+)?(?:%|mg|mcg|g|kg|lbs?|km|mi|ml|am|pm|x|k)", re.IGNORECASE)
_DATE_SHAPE = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}")
_CAPITALISED_RUN = re.compile(rf"(?<![\w'’@#/.-]){UPPER}[\w'’.-]*(?:[ -]{UPPER}[\w'’.-]*){{0,2}}")


#: What a place names when it comes first: "Norwalk virus", "Ross River fever", "Epsom salts".
#: Though "the Leeds flu clinic" is a place's.
_NAMED_AFTER_PLACE = re.compile(r"[ \t]+(?:virus|viruses|fever|flu|influenza|encephalitis|disease|salts?|sprouts|"
                                r"hemorrhagic|haemorrhagic)\b"
                                r"(?![ \t]+(?:clinics?|centre|center|unit|ward|hospital|jabs?|vaccines?|group|service|"
                                r"team|support)\b)", re.IGNORECASE)


def names_a_condition(text: str, end: int) -> bool:
    """A town's name before what is named after places is part of a condition's or remedy's name."""
    return _NAMED_AFTER_PLACE.match(text, end) is not None


def _town_size(text: str, run: re.Match[str], words: list[re.Match[str]], first: int, names: frozenset[str],
               is_medical: Any) -> int:
    """How many of a capitalised run's words, from its ``first``, name a town (0: none)."""
    start = run.start() + words[first].start()
    for size in range(len(words) - first, 0, -1):
        last = words[first + size - 1]
        phrase = run.group()[words[first].start():last.end()].rstrip(".").lower()
        if size > 1 and phrase not in names and ("'s " in phrase or "’s " in phrase):
            phrase = phrase.replace("'s ", "s ").replace("’s ", "s ")  # "Bishop's Stortford", listed "Bishops Stortford"
        if phrase not in names or is_medical(phrase) or phrase in _STOP or phrase in vocabulary.EVERYDAY_WORDS \
                or names_a_condition(text, start + len(phrase)):
            continue
        if size == 1 and last.group().isupper() and (len(last.group().rstrip(".")) <= 3 or phrase in vocabulary.KNOWN_INITIALS):
            continue  # "the OP", "approved ABA.": an abbreviation, not a town
        if size == 1 and in_dictionary(phrase) and _SEASON_AFTER.match(text, start + len(phrase)):
            continue  # "after Hurricane season", "Monsoon season": a time of year, though a town's name
        if size == 1 and vocabulary.english_frequency(phrase) >= vocabulary.KNOWN and (
                (first > 0 or at_sentence_start(text, start)) and common_word(phrase)
                or phrase in vocabulary.first_names()):
            continue  # "Reading the leaflet", "Good Reading", though "Leeds General was great"
        return size
    return 0


_SEASON_AFTER = re.compile(r"[ \t]+(?i:season|seasons)\b")
#: A town whose name joins two capitalised words with a particle: "driving from Fond du Lac",
#: "Bois des Filion", "Southend on Sea".
_PARTICLE_TOWN = re.compile(rf"(?<![\w'’@#/.-]){UPPER}[\w'’-]*[ \t](?:du|de|des|del|la|le|of|on|upon|sur|en|am|an|der)"
                            rf"[ \t]{UPPER}[\w'’-]*")


def towns(text: str, is_medical: Any) -> list[RecognizerResult]:
    """Towns and cities (GeoNames, 15,000 people or more), capitalised or in capitals: "Miami",
    "Porto Alegre", "TROMSØ". A common English word that starts a sentence ("Reading the
    leaflet") is left alone."""
    results = []
    names = vocabulary.towns()
    for run in _CAPITALISED_RUN.finditer(text):
        words = list(re.finditer(r"[^ -]+(?:-[^ -]+)*", run.group()))
        first = 0
        while first < len(words):
            # "The Leeds team were great": after words capitalised only because they open a
            # sentence, a town may start inside the run (though "Ancient Rome", "Help Centre").
            if first and not (at_sentence_start(text, run.start()) and all(
                    w.group().lower() in _STOP or common_word(w.group().lower()) for w in words[:first])):
                break
            size = _town_size(text, run, words, first, names, is_medical)
            if size:
                start = run.start() + words[first].start()
                end = run.start() + words[first + size - 1].end()
                while text[end - 1] == ".":
                    end -= 1
                results.append(RecognizerResult("LOCATION", start, end, 0.7,
                                                recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: "carekb:town"}))
            first += size or 1
    for match in _PARTICLE_TOWN.finditer(text):
        phrase = match.group().lower()
        if (phrase in names or phrase.replace(" ", "-") in names) and not is_medical(phrase) and not names_a_condition(text, match.end()):
            results.append(RecognizerResult("LOCATION", match.start(), match.end(), 0.7,
                                            recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: "carekb:town"}))
    for match in _WORD_TOWN.finditer(text):
        lower = match.group(1).lower()
        if lower in vocabulary.word_towns() and vocabulary.english_frequency(lower) < _WORD_TOWN_FREQUENCY and (
                lower not in vocabulary.EVERYDAY_WORDS and lower not in _NOT_WORD_TOWNS and not is_medical(lower)) \
                and not (match.group(1).isupper() and lower in vocabulary.KNOWN_INITIALS):  # "in ED at": a department
            results.append(RecognizerResult("LOCATION", match.start(1), match.end(1), 0.7,
                                            recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: "carekb:town"}))
    for match in _EPONYM_TOWN.finditer(text):
        lower = match.group(1).lower()
        if lower in names and is_medical(lower) and lower in vocabulary.surnames() and lower not in vocabulary.large_places() \
                and not names_a_condition(text, match.end(1)):
            results.append(RecognizerResult("LOCATION", match.start(1), match.end(1), 0.7,
                                            recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: EPONYM_TOWN}))
    for match in _LIVES_IN_LOWER.finditer(text) if any(town in text for town in _brand_towns()) else ():
        if _town_before_brand(town := match.group(1).split()[0]):  # "my cousin flew in from arima"
            results.append(RecognizerResult("LOCATION", match.start(1), match.start(1) + len(town), 0.7,
                                            recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: EPONYM_TOWN}))
    return results + _towns_in_lowercase(text, is_medical) + _saints(text, is_medical)


#: A hospital, church, school or town named for a saint, in any case: "the unit at st lukes",
#: "born at st. vincents", "St Helens". Feasts and remedies named for one are no place.
_SAINT = re.compile(r"(?<![\w.'’-])(?<!\d[ \t])(?:st|saint|ste)\.?[ \t]+([^\W\d_][a-z]+)(?:(['’]s)|(?<=s))?(?![\w'’-])"
                    r"(?![ \t]+(?:day|days|eve|night|wort|dance|fire|feast|parade)\b)", re.IGNORECASE)
_SAINT_NEEDS = re.compile(r"\b(?:st|saint|ste)\b", re.IGNORECASE)


def _saints(text: str, is_medical: Any) -> list[RecognizerResult]:
    if not _SAINT_NEEDS.search(text):
        return []
    found = []
    for match in _SAINT.finditer(text):
        word = match.group(1).lower()
        base = word[:-1] if not match.group(2) and word.endswith("s") else word
        if (base in vocabulary.given_names() or word in vocabulary.given_names()) and base not in _STOP \
                and not is_medical(match.group()):
            found.append(RecognizerResult("LOCATION", match.start(), match.end(), 0.7, recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: "carekb:saint"}))
    return found




@lru_cache(maxsize=1)
def _lowercase_towns() -> dict[str, tuple[str, ...]]:
    """Towns of two or three words, one of them no common word ("st helens", "milton keynes"), by
    their first word: written in lowercase they are still the town ("long beach" is not)."""
    by_first: dict[str, list[str]] = {}
    for name in vocabulary.towns():
        words = name.split()
        if not 2 <= len(words) <= 3 or not all(re.fullmatch(r"[^\W\d_][\w'’.-]*", w) for w in words):
            continue
        if name in vocabulary.large_places() or all(common_word(w.strip(".")) or w in _STOP for w in words):
            continue
        by_first.setdefault(words[0], []).append(" ".join(words[1:]))
        if (plain := words[0].replace("'", "").replace("’", "")) != words[0]:
            by_first.setdefault(plain, []).append(" ".join(words[1:]))  # "kings lynn", typed without its apostrophe
    return {first: tuple(sorted(rest, key=len, reverse=True)) for first, rest in by_first.items()}


_LOWERCASE_TOWN_START = re.compile(r"(?<=\b(?:in|at|to|of)[ \t])[a-z][\w'’.-]*|"
                                   r"(?<=\b(?:from|near)[ \t])[a-z][\w'’.-]*|(?<=\baround[ \t])[a-z][\w'’.-]*|"
                                   r"(?<=\boutside[ \t])[a-z][\w'’.-]*")


def _towns_in_lowercase(text: str, is_medical: Any) -> list[RecognizerResult]:
    """"the hydro at st helens", "moving to milton keynes": towns of several words in lowercase,
    after a word for where (alone, the words may be something else)."""
    found = []
    towns = _lowercase_towns()
    for match in _LOWERCASE_TOWN_START.finditer(text):
        for rest in towns.get(match.group(), ()):
            end = match.end() + 1 + len(rest)
            if text[match.end():end] == " " + rest and not re.match(r"[\w'’-]", text[end:end + 1]) \
                    and not is_medical(text[match.start():end]):
                found.append(RecognizerResult("LOCATION", match.start(), end, 0.7, recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: "carekb:town"}))
                break
    return found


#: "Boots in Mold", "a farm near Hope": a small town that is also a word, capitalised after a
#: word for where (the capital alone is no proof at a sentence start, nor for a word as common as
#: "Church" or "Hospital", which people capitalise).
_WORD_TOWN = re.compile(rf"\b(?:in|near|outside|around|from)[ \t]+((?-i:{UPPER})[\w'’-]*)(?![\w'’-])", re.IGNORECASE)
_WORD_TOWN_FREQUENCY = 20_000
#: Peoples, languages, oceans and assemblies, which follow "in" too ("in Welsh", "in Pacific time",
#: "from Congress").
NOT_WORD_TOWNS = _NOT_WORD_TOWNS = frozenset({"congress", "parliament", "senate", "pacific", "atlantic", "welsh", "cornish", "english", "irish", "scottish", "scots", "british", "canadian", "gaelic",
                      "latin", "manx"})


#: "Port Rachael", "lake sally", "West Bobby": a place's prefix before a first name.
#: A building on a street, named without its street word: "the clinic on Broadway", "the chemist on Main".
_STREET_AFTER_VENUE = re.compile(rf"\b(?:clinic|surgery|practice|pharmacy|chemist|office|hospital|church|mosque|temple|"
                                 rf"gurdwara|shop|cafe|café|flat|apartment|house|building|centre|center|library|"
                                 rf"school)[ \t]+on[ \t]+({UPPER}[\w'’-]*(?:[ \t]+{UPPER}[\w'’-]*){{0,2}})")
#: A town's moor, common, park or quay, named by an everyday word (towns and names are found as such):
#: "on the Town Moor", "round the Castle Fields", "along the Royal Docks".
_LANDSCAPE = (r"(?:Moor|Common|Heath|Meadows?|Downs|Fields|Green|Quays?|Docks|Sands|Links|Marshes|Fell|Woods?|Forest|"
              r"Park|Gardens|Beach|Bay|Pier|Harbou?r|Marina|Reservoir|Canal|Basin|Rec|Recreation Ground|Playing Fields)")
#: A shopping mall or plaza by its name, after a word for where: "we live near the Asian Garden Mall".
_NAMED_MALL = re.compile(rf"\b(?:near|at|in|by|to|from|outside|behind|opposite|past)[ \t]+(?:the[ \t]+)?"
                         rf"((?:{UPPER}[\w'’-]*[ \t]+){{1,3}}(?:Mall|Plaza|Shopping[ \t]+(?:Centre|Center|Mall)|Galleria|"
                         rf"Market[ \t]+Hall))\b")
_NAMED_LANDSCAPE = re.compile(rf"\b[Tt]he[ \t]+({UPPER}[a-z]+[ \t]+{_LANDSCAPE})\b(?![ \t]+{UPPER})")
_LANDSCAPE_WORD = re.compile(rf"{_LANDSCAPE}\b")
#: A square or a crossroads named by a common word, after a word for where: "his GP in Journal Square".
_NAMED_SQUARE = re.compile(rf"\b(?:in|at|near|off|by|from|around)[ \t]+({UPPER}[a-z]+[ \t]+(?:Square|Circus|Cross|Junction))\b")
#: A place of one's own named after a comma: "Our church, Oriental Mission, runs a group".
_APPOSITIVE_VENUE = re.compile(rf"\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)[ \t]+(?:local[ \t]+)?(?:church|chapel|parish|"
                               rf"clinic|hospital|practice|surgery|school|college|nursery|centre|center|temple|mosque|"
                               rf"gurdwara|synagogue|shul|pharmacy|chemist|hospice|care[ \t]+home|nursing[ \t]+home|gym|"
                               rf"club|employer|company|firm|union|congregation|mission|home)[ \t]*,[ \t]+"
                               rf"({UPPER}[\w'’&.-]*(?:[ \t]+(?:of|de|the|and|&|{UPPER}[\w'’&.-]*)){{0,4}})(?=[ \t]*[,.;:()])")
_ON_WORD = re.compile(r"[ \t]on[ \t]")
_SERVICE_WORDS = (r"\b(?:(?:leg|foot|toes?|arm|hand|fingers?)[ \t]+off|ER|A&E|ICU|NICU|PICU|HDU|SCBU|ITU|CCU|ED|er|icu|nicu|picu|hdu|scbu|itu|ccu|(?:dr|doctor|prof)\.?[ \t]+[a-z][a-z'’-]+|doctors?|docs?|gp|consultant|nurses?|"
                  r"[a-z]+ologists?|[a-z]+iatrists?|surgeons?|"
                  r"dsn|cns|matron|midwi(?:fe|ves)|[a-z]{3,}(?:ectomy|otomy|oscopy|plasty)|"
                  r"neuro|endo|rheumy?|derm|gyno?|obgyn|onc|cardio|gi|pcp|ent|psych|therapist|counsell?or|"
                  r"specialists?|team|treated|seen|scans?|scanned|chemo|radiotherapy|radiation|dialysis|insulin|surgery|op|"
                  r"operation|appointments?|physio|rehab|biopsy|transplant|infusions?|clinics?|unit|"
                  r"cath|angio(?:gram|plasty)?|stents?|bypass|ablation|pacemaker|mri|ecg|ekg|echo|bloods|mammograms?|"
                  r"born|delivered|admitted|discharged|induced|transferred|amputated|operated|diagnosed|stitched|"
                  r"department|dept|service|centre|center|programme|program|ward|duty|shifts?|"
                  r"rotations?|placements?|residency|internship|elective|posted|"
                  r"lost[ \t]+(?:[a-z]+[ \t]+)?(?:toes?|legs?|foot|feet|fingers?|an[ \t]+eye)|"
                  # "got my kidney at uab"
                  r"(?:got|had|received|new)[ \t]+(?:my|his|her|their|a|the)?[ \t]*(?:new[ \t]+)?(?:kidney|liver|heart|lungs?|"
                  r"hip|knee|cornea|pancreas)|"
                  # "had our baby at uc health yampa", "had my knee done at horder"
                  r"(?:had|have|having|delivered)[ \t]+(?:our|her|my|their|the|a)[ \t]+(?:baby|twins|boy|girl)|"
                  r"(?:had|have|having|got|get|getting)[ \t]+(?:my|his|her|their|our|the|a)[ \t]+[a-z]+[ \t]+done|"
                  # "diagnosed with type 1 at cheo", "seen for his asthma at kgh"
                  r"(?:diagnosed|treated|seen|admitted)[ \t]+(?:with|for)[ \t]+(?:[a-z0-9'’-]+[ \t]+){0,2}[a-z0-9'’-]+)")
#: Departments named "<word> health" after "at" are no hospital: "the nurse at occupational health said".
HEALTH_DEPARTMENTS = frozenset({
    "occupational", "mental", "public", "student", "staff", "employee", "community", "sexual", "child", "children's",
    "childrens", "women's", "womens", "men's", "mens", "family", "home", "oral", "allied", "environmental", "behavioral",
    "behavioural", "school", "primary", "maternal", "global", "population", "reproductive", "youth", "veterans", "worker",
    "workplace", "travel", "infant", "adolescent", "planetary", "digital"})
#: ("@" with a space after it is chat's "at": "the neuro @ kings"; "@kings" is a handle; a department of
#: health is no place: "the nurse at occupational health".)
SERVICE_AT_LOWER = _SERVICE_AT_LOWER = re.compile(_SERVICE_WORDS + r"(?:[ \t]+(?:is|was|are|were))?[ \t]+(?:at|@)[ \t]+"
                               r"(?!(?:" + "|".join(sorted(HEALTH_DEPARTMENTS)) + r")[ \t]+health\b)"
                               r"([a-z][a-z'’-]+)\b(?![ \t]+(?:home|work|school|night|the|my|first|least|all)\b)")
#: ... and a hospital's initials after "at the", or (in a post without capitals) after "at": "the oncology
#: ward at the rmch let us", "the ot at bhs wrote a report".
_SERVICE_AT_INITIALS = re.compile(r"(?:" + _SERVICE_WORDS + r"|\b(?:ot|ots|slt|hv|cpn|dn))[ \t]+at[ \t]+"
                                  r"(?P<the>the[ \t]+)?(?P<word>[a-z]{2,5})\b(?![\w'’-])")
#: A lowercase hospital's second word, a landscape's or a hospital's kind, before what its doctor
#: does: "the oncologist at singing river wants", "my gp at cedar valley said".
_HOSPITAL_SECOND_WORD = re.compile(r"[ \t]+(?:river|valley|vale|hills?|park|view|ridge|lake|creek|springs|heights|grove|"
                                   r"woods|pines|oaks|meadows?|point|bay|regional|memorial|general|medical|health|"
                                   r"baptist|methodist|community)\b")
#: A place on an island, a hill, a bay or a creek, in lowercase: "the diabetes educator from palm
#: island", "drives her from fox hill" (not "on a desert island", "in sick bay", "to new heights").
_ISLAND_LOWER = re.compile(r"\b(?:in|on|from|to|at|off|near|via|across|outside|around)[ \t]+([a-z][a-z'’-]+[ \t]+"
                           r"(?:island|isle|hill|heights|springs|falls|creek|bay|harbou?r|beach|valley|ridge|grove))\b"
                           r"(?![ \t]+(?:road|street|st|rd|avenue|ave|lane|drive|way))")
_ISLAND_WORDS = ("island", "isle", "hill", "height", "spring", "falls", "creek", "bay", "harbo", "beach", "valley",
                 "ridge", "grove")
_NOT_ISLAND_NAMES = frozenset({"desert", "deserted", "tropical", "remote", "private", "small", "tiny", "big", "little",
                               "treasure", "traffic", "kitchen", "heat", "one", "another", "each", "every", "north",
                               "south", "east", "west", "northern", "southern", "same", "whole", "entire", "greek",
                               "pacific", "caribbean", "scottish", "irish", "love", "lonely", "paradise", "barrier",
                               "coral", "volcanic", "rocky", "sandy", "floating", "own", "an", "centre", "center",
                               "median", "pedestrian", "safety", "refuge", "island", "sick", "loading", "parking",
                               "bed", "resus", "ambulance", "delivery", "cubicle", "side", "new", "great", "dizzy",
                               "shit", "uncanny", "down", "up", "steep", "high", "dry", "hot", "cold", "upper", "lower",
                               "nude", "public", "bus", "cargo", "engine"})
#: A hospital or area named by a point of the compass and a word, where someone is seen or stays:
#: "the respiratory nurse from the north tees comes", "she's in the north mid again" (not "the north
#: east", "the west wing").
_COMPASS_AREA = re.compile(r"\b(?:(?:nurses?|doctors?|docs?|consultant|physio|team|midwi(?:fe|ves)|visitors?|workers?|"
                           r"educators?|specialists?|[a-z]+ologists?|paramedics?|ambulance|therapists?)[ \t]+(?:from|at)|"
                           r"(?:is|are|was|were|been|['’]s|admitted|taken|rushed|transferred|sent|referred|stayed|"
                           r"staying)[ \t]+(?:in|at|to))[ \t]+the[ \t]+((?:north|south|east|west)[ \t]+([a-z][a-z'’-]+))\b")
_AREA_KINDS = frozenset({"north", "south", "east", "west", "side", "end", "coast", "country", "island", "wing", "block",
                         "unit", "team", "office", "area", "region", "ward", "bank", "shore", "part", "parts", "suburbs",
                         "quarter", "midlands", "border", "borders", "hemisphere", "pole", "face", "gate", "entrance",
                         "tower", "building", "site", "campus", "annex", "annexe", "corridor", "door", "window", "bay",
                         "lot", "car", "stairs", "lift", "elevator", "exit", "clinic", "hospital", "practice",
                         "surgery", "pharmacy", "station", "of"})
#: Short words after "at" that are no hospital's initials: "my physio at uni", "the clinic at tafe".
_NOT_HOSPITAL_INITIALS = frozenset({"uni", "tafe", "cegep", "gp", "gps", "er", "ed", "a&e", "icu", "hdu", "nicu", "picu",
                                    "pm", "am", "noon", "lunch", "nite", "xmas", "mod", "mods", "admin", "op",
                                    # a crematorium, an off-licence, a reserve or residence: "at the crem in"
                                    "crem", "offy", "rez", "res",
                                    # a martial art, a burger chain: "he's at bjj tonight"
                                    "bjj", "mcd", "mcds", "maccas", "kfc"})
#: What a service's doctor does next: "my neuro at dent wants", "the nurse at st marys said".
_STAFF_DO = (r"wants|wanted|says|said|told|thinks|reckons|is|was|has|had|gave|put|changed|started|"
             r"stopped|referred|prescribed|upped|increased|lowered|suggested|recommended|ordered|did|does|"
             r"doesn['’]?t|won['’]?t|can['’]?t|didn['’]?t|agreed|refused|confirmed|diagnosed|got|gets|"
             r"sorted|arranged|organised|organized|booked|found|helped|rang|called|sent|wrote|saved|"
             r"saves|fixed|caught|missed|spotted|listened|explained|moved|left|retired")
_SERVICE_SAYS = re.compile(rf"[ \t]+(?:{_STAFF_DO})\b")
#: ... or the town it is in: "radiation is at singing river in ocean springs".
_IN_A_PLACE = re.compile(r"[ \t]+in[ \t]+(?!the\b|a\b|an\b)[a-z]")
#: What follows a service and "at" that is no place: times, meals, states, amounts.
NOT_A_SERVICE_PLACE = frozenset({
    "night", "nights", "midnight", "noon", "lunch", "lunchtime", "dinner", "dinnertime", "breakfast", "teatime",
    "bedtime", "dawn", "dusk", "weekends", "weekend", "christmas", "easter", "once", "times", "best", "worst", "most",
    "least", "first", "last", "all", "risk", "fault", "peace", "rest", "ease", "sea", "hand", "heart", "odds", "random",
    "length", "large", "stake", "will", "issue", "play", "around", "about", "roughly", "nearly", "exactly", "half",
    "quarter", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "reception", "triage", "admissions", "discharge", "uni", "college", "church", "work", "school", "home", "this",
    "that", "these", "those", "what", "which", "whatever", "short", "long", "full", "our", "its", "term", "sunrise",
    "sunset", "birth",
    # ages: "diagnosed with asthma at age 4", "at thirty"
    "age", "aged", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
    "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "puberty", "menopause", "diagnosis", "onset",
    # kinds of place a group or a nurse is at: "the support group at the hub rang me"
    "leisure", "hub", "beach", "lodge", "legion", "rec", "ymca", "ywca"})


def _lowercase_hospital(text: str, match: re.Match[str], is_medical: Any) -> bool:
    """The lowercase word after a service and "at" names a hospital."""
    lower = match.group(1)
    if lower in _HOSPITAL_ADJECTIVES:
        return True  # "my pain doc at swedish"
    if lower.endswith("s") and lower[:-1] in vocabulary.given_names() and not common_word(lower[:-1]) \
            and not in_dictionary(lower) and lower[:-1] not in _STOP and lower[:-1] not in vocabulary.EVERYDAY_WORDS \
            and lower[:-1] not in _KIN_WORDS and not is_medical(lower):
        return True  # "had my lumpectomy at jimmys": a hospital named for a saint, its apostrophe dropped
    if _SERVICE_SAYS.match(text, match.end()) and lower not in _STOP and not not_a_venue(lower) \
            and lower not in NOT_A_SERVICE_PLACE \
            and lower not in vocabulary.EVERYDAY_WORDS and not is_medical(lower) and lower not in vocabulary.large_places():
        return True  # "my neuro at dent wants to try botox": who says, a hospital, though a word
    if (lower in vocabulary.surnames() or lower in vocabulary.given_names() or lower in vocabulary.towns()) \
            and vocabulary.english_frequency(lower) < vocabulary.COMMON and lower not in _STOP \
            and lower not in vocabulary.EVERYDAY_WORDS and lower not in vocabulary.KNOWN_INITIALS and not is_medical(lower):
        return True  # "my oncologist at sloan", "seen at christie": a hospital in lowercase
    if unknown_place_word(lower) and lower not in _STOP and lower not in vocabulary.EVERYDAY_WORDS:
        return True  # "anyone had an mri at monklands?": a word no list, dictionary or page has
    return 2 <= len(lower) <= 5 and lower.isalpha() and not in_dictionary(lower) and lower not in _STOP \
        and lower not in vocabulary.KNOWN_INITIALS and lower not in vocabulary.EVERYDAY_WORDS \
        and lower not in _NOT_HOSPITAL_INITIALS and not is_medical(lower)  # "the POTS clinic at ucl": its initials


#: Where someone was taken, in lowercase, by a name and a dropped apostrophe: "they flew him to charlies".
_TAKEN_TO_NAMES = re.compile(r"\b(?:flew|flown|took|taken|rushed|transferred|airlifted|ambulanced|blue[ -]lighted|sent)"
                             r"[ \t]+(?:(?:him|her|them|me|us|dad|mum|mom|nan)[ \t]+)?(?:back[ \t]+|straight[ \t]+)?to[ \t]+"
                             r"([a-z]{3,}s)\b(?![ \t]+(?:house|place|flat|home|for|party))")


#: What a hospital is called by in its town, in lowercase ("the royal", "the general", "the mater"; in
#: country Australia "the base").
_HOSPITAL_KINDS_LOWER = "royal|general|infirmary|memorial|regional|district|county|civic|municipal|provincial|mater|base|city"
#: Someone taken somewhere: "they brought him", "we took her".
_TAKE_SOMEONE = (r"(?:brought|took|rushed|sent|transferred|moved|flew|referred)[ \t]+(?:him|her|them|me|us|"
                 r"(?:my[ \t]+)?(?:mom|mum|mam|dad|nan|gran|grandma|grandpa|grandad|son|daughter|husband|wife))")
#: A hospital called by its kind in lowercase after a service and "at the", or after being taken "to the":
#: "on the ICU at the general", "every receptionist at the royal", "rushed to the general".
_SERVICE_AT_LOWER_THE = re.compile(r"\b(?:(?:ICU|ER|A&E|ED|NICU|icu|er|ward|unit|doctors?|docs?|nurses?|consultant|"
                                   r"surgeons?|[a-z]+ologists?|team|clinic|gp|physio|scans?|surgery|dialysis|chemo|"
                                   r"radiotherapy|radiation|rehab|op|operation|transplant|biopsy|infusions?|"
                                   r"receptionists?|staff|porters?|midwi(?:fe|ves)|paramedics?|pharmacists?|therapists?|"
                                   r"volunteers?|bypass|stents?|cath|angio|mri|bloods|treatment|appointments?)"
                                   r"(?:[ \t]+[a-z][a-z'’-]+)?"
                                   # "dialysis three times a week at the city"; "had his bypass in the mater"
                                   r"(?:[ \t]+(?:(?:once|twice|(?:two|three|four|five|\d)[ \t]*(?:times|x))[ \t]+a[ \t]+"
                                   r"(?:day|week|month)|every[ \t]+[a-z]+))?[ \t]+(?:at|from|in)|(?:admitted|born|taken|rushed|"
                                   r"transferred|sent|referred|blue[ \t]+lighted)[ \t]+(?:in|to|at)|"
                                   # "they brought him up to the royal"
                                   + _TAKE_SOMEONE + r"[ \t]+(?:(?:up|down|over|in|back|straight)[ \t]+)?to|"
                                   # "the chemo nurse drives out from the general there"
                                   r"(?:discharged|(?:drives?|drove|comes?|came)[ \t]+(?:out|over|up|down|in))[ \t]+from)"
                                   r"[ \t]+the[ \t]+"
                                   r"((?:western|eastern|northern|southern|" + _HOSPITAL_KINDS_LOWER + r")"
                                   r"(?:[ \t]+(?:hospital|infirmary))?)\b(?![ \t]+(?:practice|practitioner|"
                                   r"public|population|election|anaesthetic|anesthetic|surgery|ward|manager|office|"
                                   r"council|centre|center|hall|limits|walls|desk|library|airport|bus|marathon|british|"
                                   r"legion|mail|navy|air|family|marines|society|college|academy|ballet|opera|voluntary|"
                                   r"national|commonwealth|variety))")
_TAKEN_SOMEONE = re.compile(r"\b" + _TAKE_SOMEONE + r"\b")
#: ... and where someone stayed, for how long: "i was at the western for six weeks", "been in the royal since",
#: "granda's in the mater again", "our mam's up the vic again" (the Victoria, by its nickname).
_STAYED_AT_THE_KIND = re.compile(r"(?:\b(?:is|are|am|was|were|been|stayed|staying|spent[ \t]+[a-z0-9]+[ \t]+[a-z]+)|['’][sm])[ \t]+"
                                 r"(?:at|in|up|down)[ \t]+the[ \t]+((?:mid[ \t-]?)?(?:western|eastern|northern|southern)|royal|"
                                 r"general|infirmary|memorial|regional|mater|vic)"
                                 r"(?=[ \t]+(?:for[ \t]+(?:[a-z0-9]+[ \t]+)?(?:days?|nights?|weeks?|months?)|overnight|again|"
                                 r"since|for[ \t]+(?:(?:her|his|my|their|a|the)[ \t]+[a-z]+|physio|rehab|bloods|scans?|checks?|"
                                 r"appointments?|tests?|chemo|dialysis))\b)")
#: ... and where someone works nights or is placed, before its town or a pause: "now on nights at
#: the royal in wolverhampton" (not "works at the general store", "the royal mail").
_WORKS_AT_THE = re.compile(r"\b(?:nights|days|shifts?|works?|worked|working|placement|based)[ \t]+at[ \t]+the[ \t]+"
                           r"(" + _HOSPITAL_KINDS_LOWER + r")"
                           r"\b(?=[ \t]*(?:[.,;:!?)]|$)|[ \t]+(?:in|on|for|and|since|now|as)\b)")
#: A language's name after a verb of speaking ("speaks only Dari") is the language, though a name too.
_SPEAKS_BEFORE = re.compile(r"\b(?:(?:speaks?|spoke|speaking|fluent[ \t]+in)[ \t]+(?:only[ \t]+|fluent[ \t]+|"
                            r"some[ \t]+|a[ \t]+little[ \t]+|mostly[ \t]+|no[ \t]+|good[ \t]+|broken[ \t]+)?|"
                            # "explained everything in Darija": what is said, and the language it is said in
                            r"(?:explained|explains|said|says|wrote|writes|written|talked|talks|answered|translated|"
                            r"sang|sings|prayed|prays|everything|it|things)[ \t]+in[ \t]+)$",
                            re.IGNORECASE)
_SPEAKING = re.compile(r"-speak(?:ing|er|ers)\b", re.IGNORECASE)
#: ... and before who or what serves in it: "a Dari interpreter", "Hmong lessons".
_LANGUAGE_NOUN_AFTER = re.compile(r"[ \t]+(?:interpreters?|translators?|speakers?|lessons|classes)\b", re.IGNORECASE)


def names_a_language(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` names a language, though the word is a name or a place too: "speaks only
    Dari", "the Karen-speaking nurse", "a Malayalam-speaking physio"."""
    word = text[start:end]
    return bool(re.search(r"-speak(?:ing|er|ers)$", word, re.IGNORECASE) or _SPEAKING.match(text, end)) or (
        word.lower() in vocabulary.all_languages() and (_SPEAKS_BEFORE.search(text, max(0, start - 40), start) is not None
                                                         or _LANGUAGE_NOUN_AFTER.match(text, end) is not None))


#: A given name or initials in lowercase after "at the", "to the", "in the", "from the" (or "not the":
#: "took her to the qe not the rvi"): a place named for someone ("at the vic", "in the royal alex"),
#: since no one is "at the" a person, or by its initials ("u still at the qe hun??", "dialysis at the rvi").
#: What follows a hospital's name after "at the": "the diabetes ward at the maelor, my taid".
_AFTER_THE_HOSPITAL = (r"(?=[ \t]*(?:[.,;:!?)]|$)|[ \t]+(?:for|on|in|at|with|after|efter|before|today|tonight|not|or|every|"
                       r"each|instead|rather|since|till|until|overnight|still|"
                       r"yesterday|last|next|this|now|again|is|was|has|had|starts?|started|said|says|were|"
                       r"are|will|[a-z]+ed|hun|and|but|so)\b)")
_AT_THE_LOWER_NAME = re.compile(r"(?:\b(?:at|to|in|from|not)|(?<=[ \t])@)[ \t]+the[ \t]+(?:royal[ \t]+)?([a-z]&[a-z]|[a-z][a-z'’-]+)\b"
                                + _AFTER_THE_HOSPITAL)
#: ... and a hospital by a founder's two words, the second a surname: "thanks to the team at the aga khan for".
_AT_THE_TWO_LOWER = re.compile(r"\b(?:at|to|in|from)[ \t]+the[ \t]+([a-z][a-z'’-]+[ \t]+([a-z][a-z'’-]+))\b"
                               + _AFTER_THE_HOSPITAL)
#: A royal hospital named for its town or county, in lowercase: "in the royal stoke", "the royal devon",
#: "my grandad is in royal stoke with covid".
_ROYAL_TOWN_LOWER = re.compile(r"\b(?:at|to|in|from|into)[ \t]+(?:the[ \t]+)?(royal[ \t]+([a-z][a-z'’-]+))\b")
#: ... and a hospital named for a royal by the royal's title alone: "induced at the princess royal", "moved
#: to the prince of wales"; and the Mater, Mother of Mercy's ("my colonoscopy at the mater"), the Mercy
#: ("drove me to the mercy in cork"; not "at the mercy of") and the Ulster ("ma da's in the ulster").
_ROYAL_TITLE_HOSPITAL = re.compile(r"\b(?:at|to|in|from|into)[ \t]+the[ \t]+((?i:princess[ \t]+royal|queen[ \t]+mother|"
                                   r"prince(?:ss)?[ \t]+of[ \t]+wales|mater|mercy(?![ \t]+of\b)|ulster|"
                                   # "my mum is in the countess with sepsis": the Countess of Chester
                                   r"countess(?=[ \t]+(?:with|since|again|for|after|overnight)\b|[ \t]*[,.;!?])"
                                   r")(?:['’]s)?)\b")
#: ... and a town's royal, its hospital: "the ambulance took her to hull royal" (not "the royal
#: mail", "a hull royal blue").
_TOWN_ROYAL_LOWER = re.compile(r"\b(?:at|to|in|from|into)[ \t]+(([a-z][a-z'’-]+)[ \t]+royal)\b(?![ \t]+(?:mail|family|"
                               r"navy|air|marines?|society|college|academy|ballet|opera|blue|icing|jelly|flush|wedding|"
                               r"visit|warrant|highness|box|show|variety|british|commission))")
#: One or two lowercase words, a town's name after "in" or where a hospital's name stands.
_ONE_OR_TWO_WORDS = r"([a-z][a-z'’-]+(?:[ \t]+[a-z][a-z'’-]+)?)"
#: ... and a royal hospital by its second word, where someone is, before its town: "dad's at royal
#: university in saskatoon" (not "at royal mail in leeds").
_ROYAL_WORD_IN_TOWN = re.compile(r"\bat[ \t]+(royal[ \t]+(?!mail\b|navy\b|air\b|family\b|society\b|opera\b|ballet\b)"
                                 r"[a-z]+)[ \t]+in[ \t]+" + _ONE_OR_TWO_WORDS)
#: Districts called by "the" and a word ending in "side", where someone lives or is from: "we're over
#: in the waterside", "from the bogside" (not "in the countryside", "at the bedside").
_SIDE_DISTRICT = re.compile(r"\b(?:(?:over|out|up|down|back|live|lives|living|lived|grew[ \t]+up|moved)[ \t]+in|from)"
                            r"[ \t]+the[ \t]+([a-z]{2,}side)\b")
_NOT_SIDE_DISTRICTS = frozenset({"countryside", "seaside", "bedside", "roadside", "kerbside", "curbside", "wayside",
                                 "fireside", "poolside", "inside", "outside", "hillside", "mountainside", "dockside",
                                 "ringside", "courtside", "flipside", "downside", "upside", "topside", "broadside",
                                 "underside", "backside", "offside", "onside", "trackside", "graveside", "lakeside",
                                 "riverside", "coastside", "cliffside", "canalside", "parkside", "streetside"})
#: What follows "the royal" in a hospital's name and in no other royal thing's ("the royal navy").
_ROYAL_KINDS = frozenset({"university", "infirmary", "hospital", "hospitals", "free", "united", "childrens", "children's",
                          "children’s", "womens", "women's", "women’s", "maternity", "memorial", "general"})
#: Initials joined by "&" that are no hospital's: "in the a&e", "at the b&b", "from the m&s".
_NOT_PLACE_AMPERSANDS = frozenset({"a&e", "q&a", "b&b", "r&r", "m&s", "p&o", "b&q", "h&m", "d&d", "r&d", "s&p", "p&l",
                                   "t&c", "c&w", "g&t", "d&c", "i&d", "d&v", "f&f", "e&d"})
#: A unit named by a word in lowercase, after a service and "at the", before what its staff do.
_SERVICE_AT_THE_SAYS = re.compile(r"\b(?:doctors?|docs?|nurses?|consultant|surgeons?|[a-z]+ologists?|[a-z]+iatrists?|"
                                  r"psych|therapist|counsell?or|team|staff|gp|physio|ot|worker|group)[ \t]+(?:[a-z]+[ \t]+)?"
                                  r"at[ \t]+the[ \t]+([a-z][a-z'’-]+)\b")
#: Where a doctor or a nurse named with a title works, by "the" and a word in lowercase: "we saw Dr
#: Hughes at the heath today", "the nurse blessing from the manor" (not "at the moment", "at the clinic");
#: or by a word alone, before what follows a place: "anyone else see dr patel at mayo?".
_DOCTOR_AT_THE = re.compile(r"\b(?=[cdgmnopstwCDGMNOPSTW])(?i:dr|doctor|prof|professor|mr|mrs|ms|miss|nurse|sister|cpn|ot|gp|physio|midwife|"
                            r"therapist|counsell?or|psychiatrist|psychologist|consultant|worker)\.?[ \t]+(?P<name>[A-Za-z][\w'’-]+)[ \t]+"
                            r"(?:at|from)[ \t]+(?:(?P<the>the)[ \t]+)?(?P<word>[a-z][a-z'’-]+)\b"
                            r"(?(the)(?![ \t]+(?:of|for|end|start|same)\b))")
#: A hospital or a home called by its faith alone, where someone is or works, before no noun: "the social
#: worker at lutheran got my mom medicaid", "she's at Methodist again", "turned 100 at the lutheran home"
#: (not "at Methodist church", "a Baptist minister").
HOSPITAL_FAITHS = ("methodist", "baptist", "presbyterian", "lutheran", "adventist", "episcopal")
_FAITH_HOSPITAL = re.compile(r"\b(?:at|to|from|into)[ \t]+((?:(?i:the)[ \t]+)?(?i:" + "|".join(HOSPITAL_FAITHS) + ")"
                             r"(?:[ \t]+(?i:east|west|north|south|central|downtown|midtown|memorial|medical|regional|health|"
                             r"home|homes|village|manor))?)"
                             r"(?=[ \t]*(?:[.,;:!?)]|$)|[ \t]+(?:got|gave|said|says|has|had|is|was|were|are|for|in|on|with|"
                             r"and|but|again|today|yesterday|last|this|now|since|until|after|before|because|so)\b)")
_DIGIT = re.compile(r"\d")
#: A public school by its number after a word for where: "my son goes to speech at ps 189".
_NUMBERED_SCHOOL = re.compile(r"\b(?:at|to|from|in|attends?|attending)[ \t]+(?:the[ \t]+)?((?:ps|PS|P\.S\.|jhs|JHS|IS|MS)"
                              r"[ \t]?\d{1,3})\b")
#: A hospital by its state's short name and its kind: "just got back from Mass General", "at penn
#: memorial" (the first word alone is an everyday one: "Mass on Sunday").
_STATE_SHORTS = r"Mass|Penn|Conn|Tenn|Mich|Minn|Wisc|Okla|Fla|Wash|Colo|Tex|Ore|Neb|Mont"
_STATE_SHORT_HOSPITAL = re.compile(rf"(?<![\w'’-])((?:{_STATE_SHORTS})\.?[ \t]+(?:General|Memorial|Eye[ \t]+(?:and|&)[ \t]+Ear))\b")
_STATE_SHORT_HOSPITAL_LOWER = re.compile(rf"\b(?:at|to|from|in|into)[ \t]+((?:{_STATE_SHORTS.lower()})\.?[ \t]+"
                                         r"(?:general|memorial|eye[ \t]+(?:and|&)[ \t]+ear))\b")
#: A university's hospital by its initials, after a word for where: "in surgery at U of C", "at u of m".
_U_OF_INITIALS = re.compile(r"\b(?:at|to|from|in|into|near)[ \t]+(?:the[ \t]+)?((?i:u)[ \t]?(?i:of)[ \t]?(?:[A-Z]{1,2}|[a-z]{1,2}))\b"
                            r"(?![ \t]+(?:game|games|football|basketball|team|fans?|alumni|students?)\b)")
#: A centre named for someone or a town, in lowercase without "the": "mom is doing better at shepherd
#: center" (not "at rehab center", a kind).
_NAMED_CENTRE_BARE_LOWER = re.compile(r"\b(?:at|to|from|in|into)[ \t]+([a-z][a-z'’-]+)[ \t]+(?:centre|center)\b")
#: A house of worship, a hospital or a cemetery by a holy name, in lowercase: "we buried him at holy
#: cross", "she's at sacred heart" (a spirit, a name or the trinity only after "at", "to" or "from":
#: "in the holy spirit" is a prayer's).
_HOLY_NAMED_LOWER = re.compile(r"\b(?:(?:at|to|from)[ \t]+(?:the[ \t]+)?(holy[ \t]+(?:spirit|name|trinity|ghost))|"
                               r"(?:at|to|from|in|into)[ \t]+(?:the[ \t]+)?(holy[ \t]+(?:cross|family|redeemer|rosary|"
                               r"innocents|angels|child|rood)|sacred[ \t]+heart|good[ \t]+(?:samaritan|shepherd)|"
                               r"divine[ \t]+(?:mercy|savio(?:u)?r)|precious[ \t]+blood))\b")
#: A place by a word and "hey" (an enclosure, in north-west England's names), in lowercase after a word
#: for where: "took my son to alder hey walk in".
_HEY_PLACE_LOWER = re.compile(r"\b(?:at|to|from|in|into|round)[ \t]+([a-z]{3,}[ \t]+hey)\b")
#: A hospital by its faith or its people and its kind, in lowercase after a word for where: "had his
#: bypass at the jewish general", "she's at catholic memorial" (not "at the jewish centre", a kind).
_FAITH_GENERAL_LOWER = re.compile(r"\b(?:at|to|from|in|into)[ \t]+(?:the[ \t]+)?((?:jewish|catholic|mennonite|deaconess|"
                                  r"swedish|norwegian|german|" + "|".join(HOSPITAL_FAITHS) + r")[ \t]+"
                                  r"(?:general|hospital|memorial|medical[ \t]+cent(?:er|re)))\b")
#: A hospital or a place by its French name with an elided article, after a word for where: "had his
#: aneurysm repaired at l'Enfant-Jésus", "à l'Hôtel-Dieu".
_ELIDED_ARTICLE_PLACE = re.compile(rf"(?:\b(?:at|to|from|in|into|near)|(?<![\w'’-])à)[ \t]+([lL]['’]{UPPER}[\w'’-]*"
                                   rf"(?:[ \t]{UPPER}[\w'’-]*)?)")
#: A ground or a venue where a match, a game or a gig is, in lowercase: "still goes to the match at
#: anfield", "the game at lambeau field" (not "the match at home", "the game at
#: halftime": a match's times).
_MATCH_TIMES = frozenset({"halftime", "half-time", "fulltime", "full-time", "kickoff", "kick-off", "overtime", "extra-time",
                          "midday", "intermission"})
_MATCH_AT_LOWER = re.compile(r"\b(?:match|matches|game|games|gig|gigs|footy|derby|fixture)[ \t]+at[ \t]+(?:the[ \t]+)?"
                             r"([a-z][a-z'’-]+(?:[ \t]+(?:park|road|lane|stadium|field|arena|ground|oval|dome|bowl))?)\b")
#: A veterans' club by its post's or branch's number, which names its town: "at VFW Post 8732",
#: "the Legion Branch 25 hall", "rsl sub-branch 12".
_NUMBERED_POST = re.compile(r"(?<![\w'’-])(?=[vadrlVADRL])((?:VFW|V\.F\.W\.|AMVETS|DAV|RSL|RSA|(?:Royal[ \t]+Canadian[ \t]+|American[ \t]+)?Legion)"
                            r"[ \t]+(?:Post|Branch|Sub-Branch|Club)[ \t]+(?:No\.?[ \t]*|#[ \t]*)?\d{1,5})\b", re.IGNORECASE)
#: A church named by its rank among a town's churches of its denomination: "the basement of First
#: Presbyterian", "the food bank at First United Methodist".
_RANKED_CHURCH = re.compile(r"(?<![\w'’-])((?:First|Second|Third)[ \t]+(?:United[ \t]+)?(?:Baptist|Methodist|Presbyterian|"
                            r"Lutheran|Congregational|Episcopal|Christian|Reformed|Evangelical|Pentecostal|Nazarene|"
                            r"Unitarian|Church)(?:[ \t]+Church)?)\b")
#: A hospital by a word and its kind in lowercase, after a word for where: "at self regional", "in
#: victoria infirmary in kirkcaldy" (not "the surgeon general", "in more general terms").
_WORD_AND_HOSPITAL_KIND = re.compile(r"\b(?:at|in|to|from|into)[ \t]+([a-z][a-z'’-]+[ \t]+(?:regional|general|memorial|"
                                     r"infirmary|hospital))\b(?![ \t]+(?:terms?|sense|rule|idea|public|practice|election|"
                                     r"knowledge|anaesthetic|anesthetic|population|ward|wards|surgery|medicine))")
#: What someone is from that is a body of people, not a place: "Mrs Kaur from the committee".
_BODIES_ONE_IS_FROM = frozenset({"committee", "board", "panel", "trust", "charity", "association", "society", "club",
                                 "council", "parish", "congregation", "family", "team", "group", "union", "network",
                                 "forum", "church", "mosque", "temple", "practice", "agency", "service", "office"})
#: A lake by its name in lowercase, where someone was: "had his stroke ice fishing on leech lake".
_NAMED_LAKE = re.compile(r"\b(?:on|at|near|by|across|to|from|in|off)[ \t]+([a-z][a-z'’-]+[ \t]+lake)\b(?![ \t]+(?:district|"
                         r"house|view|side|front|shore))")
_NOT_LAKE_NAMES = frozenset({"the", "a", "an", "our", "my", "that", "this", "frozen", "nearby", "local", "same", "big",
                             "little", "small", "large", "man-made", "artificial", "boating", "fishing", "swimming",
                             "private", "public", "each", "every", "another", "one", "other", "mountain", "forest"})
#: A GP practice or health centre called by "the" and one word, in lowercase: "the practice nurse at the
#: grove surgery" (not "at the local surgery").
_PRACTICE_BY_WORD = re.compile(r"\b(?:at|to|from|with)[ \t]+the[ \t]+([a-z][a-z'’-]+)[ \t]+(?:surgery|practice|"
                               r"medical[ \t]+(?:centre|center|practice)|health[ \t]+(?:centre|center))\b")
#: ... and a service at "the" one word before its town: "getting chemo at the cross in edmonton".
_SERVICE_AT_THE_IN_TOWN = re.compile(_SERVICE_WORDS + r"(?:[ \t]+(?:is|was|are|were))?[ \t]+(?:at|in)[ \t]+the[ \t]+"
                                     r"([a-z][a-z'’-]+)[ \t]+in[ \t]+" + _ONE_OR_TWO_WORDS)
#: ... and someone who is there, at one word before its town: "he's at covenant in lubbock again", "my
#: nan is in the lister in stevenage".
#: Where someone is, stays or has been, before "at" or "in" a place: "he's", "mum is", "been", "staying".
_SOMEONE_IS = r"(?:['’]s|\bis|\bwas|\bare|\bwere|['’]re|\bbeen|\bstill|\bback|\bstaying|\bstayed|\bstays)"
_SOMEONE_AT_IN_TOWN = re.compile(r"(?:" + _SOMEONE_IS + r"[ \t]+(?:at|in(?=[ \t]+the\b))|\b(?P<taken>" + _TAKE_SOMEONE + r")[ \t]+to)"
                                 r"[ \t]+(?P<the>the[ \t]+)?(?P<word>[a-z][a-z-]+)[ \t]+in[ \t]+"
                                 r"(?P<town>[a-z][a-z'’-]+(?:[ \t]+[a-z][a-z'’-]+)?)")
#: ... and, after any "at", one or two words the web never uses before its town: "had my knee done at
#: horder in crowborough", "is at chong hua in mandaue".
_AT_RARE_IN_TOWN = re.compile(r"\bat[ \t]+([a-z][a-z-]+(?:[ \t]+[a-z][a-z-]+)?)[ \t]+in[ \t]+"
                              + _ONE_OR_TWO_WORDS)
#: ... and a hospital called by "the" and a landscape's plural, where someone is, before its town: "dad's
#: in the foothills in calgary", "she's at the pines in hove" (not "in the hills near", "in the pines").
_GROVES = (r"(?:foothills|pines|oaks|elms|willows|cedars|laurels|maples|beeches|birches|poplars|limes|hollies|larches|"
           r"rowans|firs|heights|gables|meadows|palms|cypresses|magnolias|sycamores|chestnuts|"
           r"hawthorns|junipers|redwoods)")
#: A town someone was flown or carried from, though its name is a word for kin elsewhere: "my nan was
#: medevaced from nain to goose bay" (not "flew in from mum's").
_FLOWN_FROM_TOWN = re.compile(r"\b(?:medevaced|medevacked|airlifted|flown|flew|evacuated|choppered|helicoptered)[ \t]+"
                              r"(?:(?:him|her|them|me|us|out|in)[ \t]+)?from[ \t]+([a-z][a-z-]+)"
                              r"(?=[ \t]+(?:to|and|in|on|for|with|after)\b|[ \t]*(?:[,.;!?]|$))")  # one word, the whole town
#: ... or flown or rushed to the hospital that a landscape's plural names, before what follows a stay:
#: "he was flown from red deer to the foothills after his heart attack" (not "we drove to the foothills for").
_FLOWN_TO_THE_GROVE = re.compile(r"\b(?:flown|flew|airlifted|medevaced|medevacked|rushed|transferred|ambulanced|"
                                 r"blue[ -]lighted|admitted)[ \t]+(?:\w+[ \t]+){0,4}?to[ \t]+the[ \t]+(" + _GROVES + r")"
                                 r"(?=[ \t]*(?:[,.!;]|$)|[ \t]+(?:after|with|since|for[ \t]+(?:his|her|their|my)|overnight)\b)")
#: ... and someone in a hospital named by two words run together, or by a surname that is no common
#: word, before what follows a stay: "ma granny is in ninewells wi her heart", "dad's in ninewells since
#: monday", "my nan is in pilgrim with her heart".
#: ... or at two words no list holds as words, before what follows a stay: "my maame is at korle bu since
#: friday", "me nan is in the bon secours since monday" (not "is at home again").
_SOMEONE_AT_TWO_WORDS = re.compile(_SOMEONE_IS + r"[ \t]+(?:at|in)[ \t]+(?:the[ \t]+)?([a-z][a-z-]+[ \t]+[a-z][a-z-]+)"
                                   r"(?=[ \t]+(?:with|wi|since|again|overnight|after|till|until)\b)")
_HOSPITAL_NICKNAMES = frozenset({"good sam", "good samaritan", "mass general", "mass eye"})
_SOMEONE_IN_COMPOUND = re.compile(_SOMEONE_IS + r"[ \t]+in[ \t]+([a-z]{6,})(?=[ \t]+(?:with|wi|since|again|overnight|"
                                  r"after|till|until)\b)")
_SOMEONE_IN_THE_GROVE = re.compile(_SOMEONE_IS + r"[ \t]+(?:at|in)[ \t]+the[ \t]+(" + _GROVES + r")[ \t]+in[ \t]+"
                                   + _ONE_OR_TWO_WORDS)
#: ... and someone who is at a hospital's initials or a word no list has, or taken or admitted there:
#: "my nanna is at rdh again", "gogo is at mpilo since tuesday", "they took him to hri, the stroke nurse",
#: "we stay at cls the night before", "lost me dad last night at sgh" (not "at tafe").
_SOMEONE_AT_INITIALS = re.compile(r"(?:(?:" + _SOMEONE_IS + r"|\bstay"
                                  # "anyone else's mum at jimmys?"
                                  r"|\b(?:mum|mam|mom|dad|da|nan|nana|nanna|gran|granny|grandad|grandma|grandpa|"
                                  r"husband|wife|son|daughter|baby|brother|sister"
                                  # "thank you to everyone at ruh who looked after my kokum"
                                  r"|everyone|everybody|staff|nurses|folks))[ \t]+(?:in[ \t]+)?at"
                                  # "lost me dad last night at sgh", "nan passed peacefully at te kaha"
                                  r"|\b(?:passed|died|born|lost[ \t]+(?:me|my|our)[ \t]+[a-z]+)(?:[ \t]+(?:away|peacefully|"
                                  r"last[ \t]+night|this[ \t]+morning|yesterday|today|on[ \t]+[a-z]+day))*[ \t]+at"
                                  r"|(?:\b(?:took|taken|take|takes|rushed|sent|transferred|moved|brought|blue[ -]?lighted|"
                                  r"blue[ -]?lit|ambulanced|airlifted|flew|flown)[ \t]+(?:him|her|them|me|us)"
                                  # "my gogo was admitted to mpilo on saturday", "got flown from katherine to rdh after"
                                  r"|\b(?:was|were|been|got|is|are|be)[ \t]+(?:(?:re)?admitted|(?:flown|airlifted|"
                                  r"transferred|rushed|taken|sent|medevaced|medevacked)(?:[ \t]+from[ \t]+[a-z][a-z'’-]+"
                                  r"(?:[ \t]+[a-z][a-z'’-]+)?)?))[ \t]+to"
                                  r"(?P<the>[ \t]+the)?)[ \t]+(?P<word>te[ \t]+[a-z]{3,}|[a-z]{2,12})"
                                  r"(?=[ \t]*(?:[,.!?;:)]|$)|[ \t]+(?:again|now|today|tonight|since|for|with|wi|after|"
                                  r"efter|until|till|overnight|this|all|on|in|who|the[ \t]+(?:night|weekend|week|day))\b)")
#: ... and a hospital by a word and a place's kind, where someone was taken, without "the": "my ouma
#: was taken to west end on monday", "they rushed him to stepping hill".
_TAKEN_TO_PLACE_OF_TWO = re.compile(r"\b(?:(?:was|were|been|got|is|are|be)[ \t]+(?:taken|rushed|sent|transferred|moved|"
                                    r"(?:re)?admitted|airlifted|flown|blue[ -]?lighted)|" + _TAKE_SOMEONE + r")"
                                    r"[ \t]+(?:(?:straight|back|up|down|over)[ \t]+)?to[ \t]+"
                                    r"([a-z][a-z'’-]+[ \t]+(?:end|hill|cross|park|green|heath|bridge|vale|brook))\b"
                                    r"(?![ \t]+(?:of|road|street|lane)\b)")
#: ... and a hospital by its initials in lowercase before its department: "comes with me to hri audiology".
_INITIALS_DEPARTMENT_LOWER = re.compile(r"\b(?:to|at|from|in)[ \t]+([a-z]{2,5})[ \t]+(?:audiology|cardiology|oncology|"
                                        r"radiology|neurology|urology|dermatology|rheumatology|haematology|hematology|"
                                        r"gynae|maternity|outpatients|a&e|x-?ray|physio|renal|dialysis|fracture|"
                                        r"orthopaedics|paeds|peds|endoscopy|phlebotomy)\b")
#: ... and a hospital by initials that are a word too, where someone goes: "we go up to gosh every month", "our
#: appointments at chop".
_GOES_TO_KNOWN_INITIALS = re.compile(r"\b(?:go|goes|going|went|travel|travels|drive|drives|drove|fly|flies|flew|back|"
                                     r"appointments?|appts?|clinic|seen|admitted|transferred)(?:[ \t]+(?:up|down|over|back))?"
                                     r"[ \t]+(?:to|at)[ \t]+(" + "|".join(sorted(vocabulary.HOSPITAL_INITIALS)) + r")\b")
#: ... and, in lowercase, initials no word or list has, after "at" or "in" and before a pause, a verb or
#: when: "get bled every month at uhk, the nurse is quick", "the wait at gwh is 2 years", "thank her at
#: musc, she's", "me nana is above in cuh since tuesday", "goes to gimc for her dialysis".
_AT_INITIALS_PAUSE = re.compile(r"\bat[ \t]+([a-z]{3,4})(?=[ \t]*(?:[,.;!?)]|$)|[ \t]+(?:is|was|are|were|has|have|had|"
                                r"since|with|again|overnight|after|until|till|and)\b)"
                                r"|\bin[ \t]+([a-z]{3,4})(?=[ \t]+(?:since|with|again|overnight|in)\b)"
                                r"|\b(?:go|goes|going|went|gone|taken|took|sent|referred)[ \t]+(?:(?:him|her|them|me|us)[ \t]+)?"
                                r"to[ \t]+([a-z]{3,4})(?=[ \t]*(?:[,.;!?)]|$)|[ \t]+(?:for|since|every|again|on)\b)",
                                re.MULTILINE)
#: A hospital someone has been in and out of, before since when or how long: "grandad's been in and
#: out of stepping hill since march" (not "in and out of hospital since", "of work for years").
_IN_AND_OUT_OF = re.compile(r"\bin[ \t]+and[ \t]+out[ \t]+of[ \t]+" + _ONE_OR_TWO_WORDS
                            + r"(?=[ \t]+(?:since|for|all|this|these|the[ \t]+last|every|again)\b)")
_IN_AND_OUT_GENERIC = frozenset({"hospital", "hospitals", "work", "bed", "consciousness", "school", "jail", "prison",
                                 "rehab", "care", "surgery", "theatre", "remission", "hospice", "sleep", "focus", "love",
                                 "trouble", "town", "icu", "a&e", "resus", "isolation", "homes", "ward", "wards", "units",
                                 "psych", "clinics", "appointments", "crisis", "treatment", "it", "here", "there", "jobs"})
#: ... and a hospital by any one word, where someone is taken for their care: "takes her to mayday for
#: her checks" (not "to town for", "to church for").
_TAKEN_TO_FOR_CARE = re.compile(r"(?:\b(?:took|taken|take|takes|taking|drove|drives|driving|drive|brought|brings|bring|"
                                r"referred|refers|refer|sent|sends)"
                                r"[ \t]+(?:him|her|them|me|us)[ \t]+to[ \t]+|\b(?:goes|go|going|went)[ \t]+to[ \t]+|"
                                # "he was sent from brandon to hsc for his angiogram"
                                r"\bfrom[ \t]+[a-z][a-z'’-]+(?:[ \t]+[a-z][a-z'’-]+)?[ \t]+to[ \t]+)"
                                r"([a-z][a-z'’-]+)[ \t]+for[ \t]+"
                                r"(?:(?:her|his|my|their|our|a|the|an)[ \t]+)?(?:[a-z]+[ \t]+)?(?:checks?|check-?ups?|"
                                r"appointments?|appts?|scans?|bloods|treatment|dialysis|chemo|tests?|x-?rays?|physio|"
                                r"follow-?ups?|reviews?|infusions?|injections?|jabs?|transfusions?|angio(?:grams?|plasty)?|"
                                r"mri|ct|echo|ecg|biopsy|op|operation|surgery)\b")
_NOT_CARE_PLACES = frozenset({"town", "city", "hospital", "clinic", "surgery", "hospice", "centre", "center", "gp", "doctor",
                              "doctors", "mass", "bed", "appointments", "chemo", "dialysis", "physio"})
#: A hospital called "the health sciences (centre)" after "to" or "at" (St. John's, Winnipeg), not
#: the field ("a degree in the health sciences", "to the health sciences faculty").
_HEALTH_SCIENCES = re.compile(r"(?:\b(?:to|at)|(?:['’]s|\bis|\bwas|\bbeen|\bstill|\bback)[ \t]+in)[ \t]+the[ \t]+"
                              r"(health[ \t]+sciences?(?:[ \t]+(?:centre|center))?)\b"
                              r"(?![ \t]+(?:building|faculty|library|programs?|programmes?|degrees?|courses?|"
                              r"departments?|school|college|students?|campus|at|of|university|sector|field)\b)")
#: A children's hospital by its first word alone, where someone is taken: "they admitted her at
#: children's downtown" (not "children's tylenol").
_CHILDRENS_ALONE = re.compile(r"\b(?:at|to|from)[ \t]+((?i:children)['’]s)(?=[ \t]*(?:[,.!?;:)]|$)|[ \t]+(?:downtown|again|"
                              r"today|tonight|yesterday|last|for|since|and|in|on|with|overnight|now|this|that|every|all|"
                              r"because|after|before|till|until|so|but|er|a&e|ed|icu|picu|nicu)\b)")
#: A hospital's initials after "at" or "been to", before the town it is in: "gets her insulin at dhr in
#: edinburg", "anyone been to arh in harlan?".
_AT_INITIALS_IN_TOWN = re.compile(r"\b(?:at|(?:been|go|goes|going|went|gone)[ \t]+to)[ \t]+([a-z]{2,5})[ \t]+in[ \t]+"
                                  + _ONE_OR_TWO_WORDS + r"\b")
#: A hospital by its university's initials and "medical" or "health", in lowercase: "goes to ou medical in
#: okc", "had our baby at uc health" (not "her gp medical records", "an nhs health check").
_INITIALS_MEDICAL = re.compile(r"\b(?:at|to|from|in)[ \t]+([a-z]{2,4}[ \t]+(?:medical|health))\b(?![ \t]+(?:records?|"
                               r"history|team|staff|advice|insurance|care|condition|issues?|problems?|professionals?|"
                               r"students?|school|degree|bills?|cards?|leave|certificate|forms?|needs|visitors?|services?|"
                               r"system|check|checks|visitor|workers?|appointments?|questions?|reasons?|stuff|info))")
#: A health service by its words and "healthcare", before its town: "my pop is at south west healthcare
#: in warrnambool".
_HEALTHCARE_IN_TOWN = re.compile(r"\bat[ \t]+((?:[a-z][a-z'’-]+[ \t]+){1,3}health[ \t]?care)[ \t]+in[ \t]+"
                                 + _ONE_OR_TWO_WORDS)
_IN_TOWN_AFTER = re.compile(r"[ \t]+in[ \t]+" + _ONE_OR_TWO_WORDS)
#: ... and where the nearest hospital is, before its town: "the nearest children's hospital is memorial in
#: savannah".
_HOSPITAL_IS_IN_TOWN = re.compile(r"\b(?:hospital|clinic|a&e|er|ed|centre|center|unit)[ \t]+is[ \t]+([a-z][a-z'’-]+)"
                                  r"[ \t]+in[ \t]+" + _ONE_OR_TWO_WORDS)
#: A hospital's initials someone was moved from, to another: "my agogo was moved from kch to mzuzu central".
_MOVED_FROM_INITIALS = re.compile(r"\b(?:moved|transferred|discharged|sent|flown|taken|shifted)[ \t]+(?:[a-z]+[ \t]+){0,3}?"
                                  r"(?:from|fae|frae)[ \t]+([a-z]{2,4})[ \t]+(?:to|tae)\b")
#: A mount, abbreviated, in lowercase: "they took her to mt hope" (a hospital's town there).
_MOUNT_LOWER = re.compile(r"(?<![\w'’-])(mt\.?[ \t]+[a-z][a-z'’-]+)\b")
#: A centre, unit or ward named for a person, in lowercase: "he's at the miller centre for rehab".
_NAMED_FACILITY_LOWER = re.compile(r"\bthe[ \t]+([a-z][a-z'’-]+[ \t]+(?:centre|center|unit|ward|wing|clinic|institute|"
                                   r"hospice|suite|pavilion))\b")
#: Where someone is from, named by a possessive: "we're from heart's content" (not "from mum's side").
_FROM_POSSESSIVE_PLACE = re.compile(r"\b(?:i['’]?m|i[ \t]+am|we['’]?re|we[ \t]+are|(?:he|she)['’]s|they['’]re|is|are|was|"
                                    r"were|originally|come|comes|came)[ \t]+from[ \t]+([a-z][a-z]+['’]s[ \t]+([a-z][a-z'’-]+))")
_NOT_POSSESSED_PLACES = frozenset({"house", "place", "side", "family", "flat", "home", "farm", "end", "way", "office",
                                   "team", "group", "church", "work", "school", "room", "bed", "car", "shop", "camp",
                                   "country", "own", "lot", "crew", "gang", "generation", "era", "time", "day", "days"})
#: What follows "at the" that is no unit: "the doctor at the time said".
NOT_A_UNIT = _NOT_A_UNIT = frozenset({"time", "moment", "end", "start", "beginning", "meeting", "appointment", "door", "desk",
                         "counter", "front", "back", "top", "bottom", "same", "weekend", "minute", "min", "mo",
                         "point", "stage", "rate", "level", "age", "bedside", "scene", "station", "window", "till",
                         "hospice", "hospital", "clinic", "surgery", "practice", "ward", "unit", "centre", "center",
                         "home", "pharmacy", "chemist", "lab", "school", "office", "gym", "pool", "church", "library",
                         "hostel", "shelter", "prison", "jail", "jobcentre", "council", "practise",
                         # times of a day or a year: "his chemo is in the morning in leeds"
                         "morning", "mornings", "afternoon", "afternoons", "evening", "evenings", "night", "day",
                         "week", "summer", "winter", "spring", "autumn", "fall", "meantime", "past", "future",
                         "middle", "new", "old", "first", "second", "last", "main", "local", "pipeline", "works"})
#: A street by its ordinal alone, after a word for where: "the eye clinic on 165th".
_STREET_ORDINAL = re.compile(r"\b(?:on|off|near|at|of)[ \t]+((\d{2,3})(?:st|nd|rd|th))\b"
                             r"(?![ \t]+(?:floor|storey|story|percentile|centile|time|attempt|round|cycle|birthday|"
                             r"anniversary|day|week|month|year|place|row))")
#: A clinic named in lowercase by a word and its specialty: "my ivf clinic at create fertility".
_SPECIALTY_AFTER = re.compile(r"[ \t]+(?:fertility|dental|orthopaedics|orthopedics|eye|skin|heart|cancer|imaging|"
                              r"radiology|physio|physiotherapy|rehab|pediatrics|paediatrics|dermatology|"
                              r"cardiology|oncology|urology|orthodontics|vision|hearing|ivf|audiology|optometry|"
                              r"podiatry|chiropractic|dentistry|wellness)\b")
GENERIC_BEFORE_SPECIALTY = _GENERIC_BEFORE_SPECIALTY = frozenset({"urgent", "primary", "home", "health", "medical", "community", "general", "local",
                                       "private", "public", "day", "night", "mental", "intensive", "critical",
                                       "emergency", "nhs", "the", "my", "our", "their", "children's", "childrens",
                                       "kids", "women's", "womens", "adult", "family", "hospital", "clinic", "uni",
                                       "university", "specialist", "regional", "outpatient", "inpatient", "sports"})
#: ... and what makes a word before a hospital's or a practice's kind name a kind of one, not one:
#: "at private hospital", "in district hospital", "at the local surgery", "the surgeon general".
_GENERIC_BEFORE_A_KIND = _GENERIC_BEFORE_SPECIALTY | {
    "surgeon", "attorney", "secretary", "governor", "inspector", "director", "consul", "postmaster", "solicitor",
    "adjutant", "very", "more", "most", "less", "quite", "fairly", "pretty", "rather", "really", "too", "so", "a", "an",
    "his", "her", "your", "this", "that", "its", "another", "which", "what", "same", "each", "every", "any", "one",
    "different", "other", "own", "only", "whole", "first", "last", "next", "usual",
    "new", "old", "big", "bigger", "small", "smaller", "little", "main", "nearest", "nearby", "central", "rural", "city",
    "town", "village", "county", "district", "state", "provincial", "government", "govt", "military", "army", "field",
    "base", "mission", "cottage", "teaching", "psychiatric", "psych", "maternity", "veterans", "va", "eye", "cancer",
    "heart", "hospice", "rehab", "dental", "diabetes", "sexual", "travel", "baby", "men's", "student", "students",
    "campus", "walk-in", "drop-in", "out-of-hours", "group", "council", "prison", "school", "work", "band", "tribal",
    "reserve", "rez", "gp", "gps", "gp's", "doctors", "doctor's", "doctors'", "nurses", "nurse's", "dentists",
    "dentist's", "opticians", "optician's", "vet", "vets", "vet's", "major", "good", "bad", "better", "best", "worst",
    "decent", "proper", "real", "actual", "right", "wrong", "weekend", "evening", "morning"}
_NEXT_LOWER = re.compile(r"[ \t]+([a-z][a-z'’-]+)\b")


#: Words no sentence puts between a place and its doctor's verb, unless they are part of its name.
_INTERJECTIONS = frozenset({"hey", "hi", "oh", "ah", "ho"})


#: How often a three-letter word may be seen in English and still be a hospital's initials after
#: someone taken "to the" ("rah", not "vet", "pub", "zoo").
_RARE_SHORT_WORD = 1000


def _initials_in_lowercase(word: str, is_medical: Any) -> bool:
    """A hospital's initials in lowercase where a rule puts a place: no word, stop word, everyday or
    medical word, region's or country's code."""
    return _hospital_initials(word) and word not in _STOP and word not in vocabulary.EVERYDAY_WORDS \
        and not is_medical(word) and word not in _REGION_CODES and word not in _COUNTRY_INITIALS


def _lower_town(words: str, is_medical: Any) -> bool:
    """A town of the lists in lowercase, no common, stop or everyday word ("ayr", "broken arrow"), or
    a small town whose name is a rare word too ("oban"), or a word no list or page has."""
    listed = words in vocabulary.towns() or words in vocabulary.word_towns() \
        and vocabulary.english_frequency(words) < vocabulary.COMMON or unknown_place_word(words)
    return listed and words not in _STOP and words not in vocabulary.EVERYDAY_WORDS \
        and not common_word(words) and not is_medical(words) and words not in vocabulary.large_places() \
        and not any(word in _STOP for word in words.split())


def _hospital_initials(lower: str) -> bool:
    """"qe", "rvi": no word (nor the plural of one, "the mods"), no known initials."""
    stem = lower.removesuffix("s")
    return lower.isalpha() and not in_dictionary(lower) and vocabulary.english_frequency(lower) < vocabulary.COMMON \
        and (stem == lower or not in_dictionary(stem) and vocabulary.english_frequency(stem) < vocabulary.KNOWN) \
        and lower not in vocabulary.KNOWN_INITIALS and lower not in _NOT_HOSPITAL_INITIALS


def _initials_or_rare_after_the(word: str, after_the: bool) -> bool:
    """A hospital's initials, or after "the" a rare word of three letters that may be them ("they took
    him to the rah,", "ma granny is in the rah wi her heart"), or a short word the web never uses,
    though some dictionary holds it ("my hajurama is in tuth since sunday")."""
    return _hospital_initials(word) or (after_the and len(word) == 3 and not common_word(word)
                                        and vocabulary.english_frequency(word) < _RARE_SHORT_WORD
                                        or len(word) <= 4 and vocabulary.english_frequency(word) == 0) \
        and word not in vocabulary.KNOWN_INITIALS and word not in _NOT_HOSPITAL_INITIALS


#: What follows only initials in the shape above, not a name ("at the qe hun and").
_INITIALS_ONLY_FOLLOW = re.compile(r"[ \t]+(?:hun|and|but|so)\b")


def _branch_end(text: str, end: int, is_medical: Any) -> int:
    """"the derm at kaiser sunset said", "the nurse at alder hey said": a word between the hospital
    and what its doctor does is part of its name (even a greeting; not a relative, "at kaiser mum
    said")."""
    following = _NEXT_LOWER.match(text, end)
    if following and _SERVICE_SAYS.match(text, following.end()) \
            and (following.group(1) not in _STOP or following.group(1) in _INTERJECTIONS) \
            and following.group(1) not in _KIN_WORDS and not is_medical(following.group(1)) \
            and not re.fullmatch(r"[a-z]+(?:ly|ed)", following.group(1)):
        return following.end()
    if following and _CLAUSE_END.match(text, following.end()) and not is_medical(following.group(1)) \
            and (following.group(1) in _INTERJECTIONS or following.group(1) not in _STOP and not common_word(following.group(1))
                 and following.group(1) not in _KIN_WORDS):
        return following.end()  # "off the ward at alder hey, the nurses", "at sloan kettering."
    return end


_CLAUSE_END = re.compile(r"[ \t]*(?:[,.!?;:)]|$)")


#: Cities known by their initials or a short name, in any case: "the okc area", "moved to NYC".
_CITY_ABBREVIATION = re.compile(r"(?<![\w@#/.-])(?:nyc|okc|atl|phx|slc|stl|pdx|abq|rva|dfw|htx|atx|satx)(?![\w@/-]|\.\w)",
                                re.IGNORECASE)
#: A city by a nickname after "the", after a word for where: "me and me nan live in the gong", "my pop is
#: at [place] in the ville", "up from the soo".
_THE_CITY_NICKNAME = re.compile(r"\b(?:in|to|from|near|around|outside)[ \t]+((?i:the)[ \t]+(?i:gong|ville|soo|peg|couve|"
                                r"big[ \t]+smoke))\b(?![ \t]+(?:of|signal|machine)\b)")
#: A state's university hospital, in lowercase: "my endo at ohio state", "seen at michigan medicine".
_STATE_INSTITUTION = re.compile(r"\b(?:at|to|from)[ \t]+((?:[a-z]+[ \t]+)?[a-z]+)[ \t]+(?:state|medicine|med|health|"
                                r"university|general|childrens|children['’]s|methodist|baptist|presbyterian|memorial)\b")
#: Words that name a hospital after a service and "at", though they are a people's, a faith's or a
#: virtue's, or a saint's or founder's possessive written without its apostrophe: "my pain doc at
#: swedish", "seen at Presbyterian", "chemo at Providence", "my derm at guys wants".
HOSPITAL_ADJECTIVES = _HOSPITAL_ADJECTIVES = frozenset({"swedish", "norwegian", *HOSPITAL_FAITHS,
                                  "mercy", "providence", "charity", "hope", "grace", "sinai", "cedars",
                                  "guys", "barts", "tommys", "kings", "queens", "covenant", "trinity"})
#: A hospital named for its patients and a word of its own: "Children's National", "Women's College".
_FOR_WHOM_NAMED = re.compile(rf"\b(?:Children|Women|Kids)['’]s[ \t]+(?!(?:Hospital|Hospitals|Services|Society|Trust|"
                             rf"Commissioner|Day|Week|Books?|Centre|Center|Ward|Unit|Clinic|Health|Hospice|Charity|Aid|"
                             rf"Refuge|Institute|Rights|Fund)\b){UPPER}[\w'’-]+")
#: Where people worked, named: "worked Tower Colliery", "Thirty years at Swan Hunter Shipyard".
_WORKS = r"(?:Colliery|Pit|Mine|Mills?|Shipyard|Steelworks|Quarry|Works|Factory|Plant|Cannery|Refinery|Smelter|Sawmill)"
_WORKPLACE = re.compile(rf"(?<![@\w])((?:{UPPER}[\w'’&-]*[ \t]+){{1,3}}{_WORKS})\b")
_WORKPLACE_WORD = re.compile(rf"{_WORKS}\b")
#: The same, with the kind of workplace in lowercase after "the": "worked the Scotia mine".
_WORKPLACE_LOWER = re.compile(rf"\b[Tt]he[ \t]+({UPPER}[a-z][\w'’-]*(?:[ \t]+{UPPER}[a-z][\w'’-]*)?)[ \t]+"
                              rf"(?:mines?|colliery|pit|mills?|plant|factory|steelworks|shipyard|quarry|refinery|"
                              rf"smelter|cannery|foundry|sawmill)\b")
#: A business by its owner's possessive in lowercase, on its street: "train at gold's on 5th".
_LOWER_POSSESSIVE_ON = re.compile(r"\b(?:at|to|from)[ \t]+([a-z][a-z]+['’]s)[ \t]+on[ \t]+(?:\d+(?:st|nd|rd|th)\b|"
                                  r"[a-z]+[ \t]+(?:st|street|rd|road|ave|avenue|blvd|lane|drive)\b|main\b)")
#: A shop, a firm or someone's home by its owner's name: "at Young's", "round at Nora's".
_POSSESSIVE_BUSINESS = re.compile(rf"\b(?:at|to|from)[ \t]+({UPPER}[a-z]+)['’]s\b")
#: Chains with a branch in every town, named by their founders: no place of one person's.
CHAINS = _CHAINS = frozenset({"sainsbury", "mcdonald", "morrison", "boot", "macy", "kohl", "dillard", "lowe", "domino", "wendy",
                     "denny", "friday", "claire", "dunelm", "wilko", "walgreen", "carl", "arby", "trader", "joe"})
_LITTLE_PLACE = re.compile(r"(?<![\w'’-])Little[ \t]+([A-Z][a-z][\w'’-]*)")
#: Roads known by their kind and number: "the VFW post on Loop 410", "off Highway 61", "FM 1960".
#: An institution named for whom or what it serves, before its town: "the Clinic for Special
#: Children in Strasburg", "the Home for Incurables in Cape Town".
_INSTITUTION_FOR_IN = re.compile(rf"\b((?:Clinic|Hospital|Centre|Center|Institute|Home|House|Hospice)[ \t]+(?:for|of)[ \t]+"
                                 rf"{UPPER}[\w'’-]*(?:[ \t]+(?:and|&|the|{UPPER}[\w'’-]*)){{0,4}})[ \t]+in[ \t]+{UPPER}")
#: A venue by its title-case name after "at the", before the town it stands in: "the dance class at the
#: Corn Exchange in Newbury".
_VENUE_BEFORE_TOWN = re.compile(rf"\bat[ \t]+the[ \t]+((?:{UPPER}[a-z]+[ \t]+){{0,2}}{UPPER}[a-z]+)[ \t]+in[ \t]+({UPPER}[a-z]+)\b")
#: A housing estate by its name in lowercase: "three falls from the heights estate" (not "the council
#: estate", "real estate").
_NAMED_ESTATE_LOWER = re.compile(r"\b(?:on|from|in|at|near|off|round|around|to)[ \t]+the[ \t]+"
                                 r"((?:[a-z][a-z'’-]+[ \t]+){1,2}?)estate\b")
_GENERIC_ESTATES = frozenset({"council", "housing", "industrial", "real", "trading", "business", "country", "new", "old",
                              "local", "big", "whole", "entire", "same", "other", "next", "social", "private", "rented",
                              "family", "sporting", "shooting", "grouse", "farm", "dead", "retail", "office",
                              "residential", "rough", "posh", "nice", "estate"})
_NUMBERED_ROAD = re.compile(r"\b(?:on|off|at|near|along|by|from|to|up|down|in)[ \t]+(?:the[ \t]+)?"
                            r"((?:Loop|Highway|Hwy\.?|Route|Rte\.?|Interstate|FM|RM|County Road|State Road|Farm Road|"
                            r"CR|SR|RR|Rural Route|Ruta|Carretera|Rodovia|BR)[ \t-]?\d{1,4}[A-Z]?|"
                            r"\d{1,3}[ \t]+(?:Street|St|Avenue|Ave|Road|Rd)\b(?:[ \t]+[NS][EW]\b)?|"
                            r"(?i:sector)[ \t-]?\d{1,3}[A-Za-z]?|"
                            r"(?<=the )[AM]\d{1,4}(?:\([MT]\))?(?![ \t]+(?:levels?|grades?|paper|size|sheets?|format|"
                            r"envelopes?|visa|form|batter(?:y|ies)|class)\b))(?![\w/.-]\w|[\w-])")
#: A hospital's word of faith or virtue in lowercase right after "at", before no noun: "at cedars and".
_AT_HOSPITAL_ADJECTIVE = re.compile(r"\b(?:at|(?:took|taken|rushed|sent|transferred|flew|brought|drove|drives|driving)[ \t]+"
                                    r"(?:him|her|them|me|us)[ \t]+to|(?P<goes>(?:goes|go|going|went|been)[ \t]+to))[ \t]+"
                                    # "drove me to mercy west for my colonoscopy": a branch by its compass point
                                    r"(?P<word>[a-z]+)(?:[ \t]+(?:north|south|east|west))?\b(?=[ \t]*(?:[.,;:!?)]|$)|[ \t]+(?:and|for|in|on|with|since|"
                                    r"until|till|today|yesterday|last|this|was|is|were|are|said|says|told|but)\b)")
#: A word in capitals after "at" and before "in" and a capitalised town: a venue by its acronym.
#: A clinician's place by its initials: "His neurologist at DENT changed", "my surgeon at QEUH", "the nurse
#: Siobhán from UHG comes out"; a student's: "I'm a Deaf student at UCC".
_CLINICIAN_AT_INITIALS = re.compile(r"\b(?i:doctors?|docs?|dr|gp|consultant|nurses?|[a-z]+ologists?|[a-z]+iatrists?|"
                                    r"surgeons?|specialists?|neuro|endo|rheumy?|derm|gyno?|onc|cardio|pcp|physio|"
                                    r"therapist|counsell?or|midwife|dietitian|dietician|student|students|pupil|"
                                    r"lecturer|placement)"
                                    rf"(?:[ \t]+{UPPER}[\w'’-]+){{0,2}}[ \t]+(?:at|from)[ \t]+(?:the[ \t]+)?"
                                    r"([A-Z]{2,6})\b(?![&'’.-])")
_SHOUTED_VENUE = re.compile(rf"\bat[ \t]+(?:the[ \t]+)?([A-Z]{{3,}})[ \t]+in[ \t]+{UPPER}")
#: Words for where before a city's name in lowercase (not "to", before which verbs stand: "to garner").
_WHERE_CITY = r"\b(?:in|from|near|outside|around|visiting|through|via)"
#: Two or three lowercase words after a word for where, which may be a city's name of common words.
_WHERE_LOWER_TOWNS = re.compile(_WHERE_CITY + r"[ ]+(?!(?:from|in|near|to|the|a|an|my|our)[ ])"  # "drive in from [town]"
                                 r"(?=([a-z][a-z'’-]+(?:[ ][a-z][a-z'’-]+){1,2}))")  # (a lookahead: the words may hold the next cue)
#: A lowercase word after a word for where, which may be a city's name.
_WHERE_LOWER_TOWN = re.compile(_WHERE_CITY + r"[ \t]+([a-z][a-z'’-]{3,})\b")
#: Where someone lives, moved or is near, in lowercase: there a town of the lists is the town, though
#: a word ("i live in march", "moved from reading to deal last spring", "anyone near sale want to").
_TOWN_FOLLOWING_WORDS = (r"and|but|so|area|for|since|now|last|this|until|till|who|want|wanting|looking|too|or|because|"
                         r"comes|came|runs|opens|closes|love|loves|"
                         r"at|in|on|to|where|x+|lol|any|is|was|has|had|have|are|were|every|each|once|twice|two|three|"
                         r"four|five|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|today|yesterday|next|"
                         r"tomorrow|sent|said|says|told|rang|referred|reckons|together|finally|just|still|only|never|"
                         r"always|actually|eventually|also|already")
TOWN_FOLLOWS = _TOWN_FOLLOWS = rf"(?=[ \t]*(?:[,.!?;:)]|$)|[ \t]+(?:\d|(?:{_TOWN_FOLLOWING_WORDS})\b))"
_TOWN_FOLLOWS_AT = re.compile(_TOWN_FOLLOWS)
#: A hospital by a surname or a county that is an eponym too, and its kind, in lowercase: "mam's just home
#: from mayo general", "she's in mayo university since sunday".
_EPONYM_KIND_LOWER = re.compile(r"\b(?:at|in|to|from|into)[ \t]+([a-z][a-z'’-]+[ \t]+(?:general|university))\b"
                                r"(?:" + _TOWN_FOLLOWS + r"|(?=[ \t]+(?:with|wi|after|hospital)\b))")
#: Two towns in lowercase, from one to the other: "we drove up from ayr to townsville".
_FROM_TOWN_TO_TOWN = re.compile(r"\bfrom[ \t]+([a-z][a-z'’-]+(?:[ \t][a-z][a-z'’-]+)?)[ \t]+to[ \t]+(?:the[ \t]+)?"
                                r"([a-z][a-z'’-]+(?:[ \t][a-z][a-z'’-]+)?)\b")
#: A hospital by its kind's word in lowercase, before "in" and its town: "my nan is in the regional in
#: sydney", "at the general in burnley", "at the base in ballarat" (not "in the general in a bad way").
_HOSPITAL_WORD_IN_TOWN = re.compile(r"\b(?:at|in|to|from|into)[ \t]+the[ \t]+(general|gen|regional|royal|infirmary|civic|base|"
                                    r"district|county|municipal|provincial)[ \t]+in[ \t]+((?:st\.?[ \t]+|saint[ \t]+)?"
                                    r"[a-z][a-z'’-]+(?:[ \t]+ste?\.[ \t]+[a-z]+)?)\b")  # "sault ste. marie"
#: A hospital called by a virtue, a faith or a people, capitalised after "at" mid-sentence, whoever
#: came before: "Dr. [name] at Covenant in Lubbock", "she's at Mercy since Monday" (not "at Grace's").
_AT_HOSPITAL_ADJECTIVE_CAPITAL = re.compile(r"\bat[ \t]+(" + "|".join(sorted(w.title() for w in HOSPITAL_ADJECTIVES)) + r")\b"
                                            + _TOWN_FOLLOWS)
#: A hospital by its founder's name after "the", in lowercase, before what follows a place: "we got
#: the call from the freeman at 2am", "in the walton since monday" (a rare word, if one at all; a
#: surname alone only if no word: "at the beatson").
_FOUNDER_FREQUENCY = 1_000
_FOUNDER_DOES_FREQUENCY = 200
_THE_FOUNDER_LOWER = re.compile(r"\b(?:at|from|in|into|to)[ \t]+the[ \t]+([a-z]{4,})" + _TOWN_FOLLOWS)
#: A bed or a place found for someone at a named place, in lowercase: "trying to get him a bed at laureate".
_BED_AT_LOWER = re.compile(r"\b(?:a|no|his|her|their)[ \t]+(?:bed|room|spot|place|space|slot|placement)[ \t]+(?:at|in)[ \t]+"
                           r"([a-z][a-z'’-]{3,})" + _TOWN_FOLLOWS)
#: ... or before what a hospital does, if the name is no word at all: "if the beatson does parking permits".
_THE_FOUNDER_DOES_LOWER = re.compile(r"\bthe[ \t]+([a-z]{4,})[ \t]+(?:does|do|did|doesn['’]?t|is|isn['’]?t|was|has|have|had|"
                                     r"will|won['’]?t|can|can['’]?t|could|said|says|offers|runs|gave|sent|rang|called|"
                                     r"phoned|are|were)\b")
#: A hospital or a neighbourhood called by "the" and a landscape's plural (``_GROVES``) where care is,
#: where someone lives, or is picked up or driven from, before what follows a place: "dad's dialysis
#: is at the seven oaks and", "picks him up from the maples after".
_THE_GROVE_CUED = re.compile(_SERVICE_WORDS + r"(?:[ \t]+(?:is|was|are|were))?[ \t]+at[ \t]+the[ \t]+"
                             r"((?:(?:seven|three|two|four|five|six|twin|tall|old|whispering)[ \t]+)?" + _GROVES + r")\b"
                             r"(?:" + _TOWN_FOLLOWS + r"|(?=[ \t]+(?:after|before)\b))"
                             r"|\b(?:(?:picks?|picked)[ \t]+(?:him|her|me|us|them)[ \t]+up[ \t]+from|"
                             r"(?:lives?|lived|living|stays?|stayed|staying)[ \t]+(?:in|at)|(?:drives?|drove|comes?|came)"
                             r"[ \t]+(?:(?:him|her|me|us|them)[ \t]+)?(?:(?:in|over|up|down)[ \t]+)?from)[ \t]+the[ \t]+"
                             r"((?:(?:seven|three|two|four|five|six|twin|tall|old|whispering)[ \t]+)?" + _GROVES + r")\b"
                             r"(?:" + _TOWN_FOLLOWS + r"|(?=[ \t]+(?:after|before)\b))")
#: A hospital's initials after "in", "into" or "to" alone, before what may follow a place: "brought Communion to
#: Daddy in UHL on Sunday" (not "in ICU", "in DM", "in UK": known initials and places).
_WHERE_INITIALS = re.compile(r"\b(?:in|into|to)[ \t]+(?:the[ \t]+)?([A-Z]{2,5})(?![\w&'’./-])"
                             r"(?:" + _TOWN_FOLLOWS + r"|(?=[ \t]+(?:with|again|overnight)\b))")
#: States', provinces' and territories' postal codes (the US, Canada, Australia): no hospital's initials.
REGION_CODES = _REGION_CODES = frozenset({"al", "ak", "az", "ar", "ca", "co", "ct", "de", "fl", "ga", "hi", "id", "il",
                           "ia", "ks",
                           "ky", "la", "md", "ma", "mi", "mn", "ms", "mo", "mt", "ne", "nv", "nh", "nj", "nm", "ny",
                           "nc", "nd", "oh", "ok", "pa", "ri", "sc", "sd", "tn", "tx", "ut", "vt", "wa", "wv", "wi",
                           "wy", "dc", "ab", "bc", "mb", "nb", "nl", "ns", "nt", "nu", "pe", "qc", "sk", "yt", "nsw",
                           "vic", "qld", "tas", "act"})
#: Latin and French after "in": "the stent is in situ", "in utero", "in lieu".
_LATIN_AFTER_IN = frozenset({"situ", "vivo", "vitro", "utero", "toto", "lieu", "loco", "vino", "re"})
#: A hospital's initials in lowercase where someone stays: "our little lad is in cuh again".
_STAYS_IN_INITIALS = re.compile(r"(?:\b(?:is|was|been|back|still|admitted|stay|stayed|staying|up)|['’]s)[ \t]+in[ \t]+"
                                r"(?P<the>the[ \t]+)?([a-z]{2,5})"  # "ma granny is in the rah wi her heart"
                                r"(?=[ \t]+(?:again|since|for|with|wi|efter|overnight|today|tonight|now|till|until)\b|"
                                r"[ \t]*(?:[,.!?;]|$))")
#: A children's hospital named for its state or city, in lowercase: "her hematologist at children's of michigan".
#: Holiday homes and vans, named by words that are surnames too: "she's at the bach in taupo".
_HOLIDAY_HOMES = frozenset({"bach", "crib", "camper", "caravan", "cottage", "cabin", "chalet", "static"})
#: A Catholic hospital named for Our Lady, in any case: "he's been at lady of the sea in cut off",
#: "at Our Lady of Lourdes" (a hospital or a parish, both where someone is).
_OUR_LADY_OF = re.compile(r"\b(?:at|to|from|in|into)[ \t]+((?:(?i:our)[ \t]+)?(?i:lady)[ \t]+(?i:of)[ \t]+"
                          r"(?:(?i:the)[ \t]+)?[A-Za-z]{3,}(?:[ \t]+(?i:regional|medical|hospital|center|centre|general))*)")
#: ... or by "Our Lady's" alone, before its town or what follows a stay: "me granny is in our lady's in navan"
#: (not "in our lady's name").
_OUR_LADYS = re.compile(r"\b(?:at|to|from|in|into)[ \t]+((?i:our)[ \t]+(?i:lady)['’]?s)"
                        r"(?:" + _TOWN_FOLLOWS + r"|(?=[ \t]+(?:with|wi|since|after)\b))")
#: ... or by its state or city alone, or by a word ("at children's minnesota", "at children's mercy").
_CHILDRENS_OF_LOWER = re.compile(r"\b(?:at|to|from|in|into)[ \t]+(children['’]?s[ \t]+(?:hospital[ \t]+)?(?:of[ \t]+)?"
                                 r"([a-z]+(?:[ \t]+[a-z]+)?))\b")
_CHILDRENS_NAMED_BY = frozenset({"mercy", "national", "memorial", "nationwide"})
#: A town in lowercase before its hospital's kind: "the hydro pool at orange base hospital", "out at
#: cork university hospital", "the renal unit at broken hill base is" (country Australia's "base"
#: alone, before what may follow a place).
_TOWN_BEFORE_HOSPITAL = re.compile(r"\b([a-z][a-z'’-]{2,}(?:[ \t][a-z][a-z'’-]+)?)[ \t]+(?:(?:base|district|general|regional|"
                                   r"memorial|community|county|university)[ \t]+(?:hospital|infirmary)\b|base\b" + _TOWN_FOLLOWS + ")")
#: A hospital by a town's name that is also a word, in lowercase: "the doctor at cwm hospital",
#: "she's in valley hospital", "drove me to mile end hospital" (not "in cottage hospital", a kind).
#: ... or by a word that is no town, after a word for where: "my aunty is in grey base," (not "at home
#: base", "to an air base").
_WHERE_BEFORE_BASE = re.compile(r"\b(?:in|at|to|from|into)[ \t]+$")
_NOT_A_BASE_NAME = frozenset({
    "home", "air", "army", "naval", "navy", "military", "marine", "data", "fan", "customer", "user", "client", "power",
    "first", "second", "third", "knowledge", "operating", "operations", "forward", "rocket", "space", "missile",
    "submarine", "fire", "police", "ambulance", "rescue", "helicopter", "heli", "aircraft", "rebel", "enemy", "moon",
    "lunar", "water", "oil", "cream", "makeup", "foundation", "hair", "nail", "tax", "code", "support", "research",
    "family", "patient", "donor", "volunteer", "training", "supply", "main", "central", "winter", "summer", "ski",
    "camp", "forces", "nato", "raf", "raaf", "usaf", "solid", "firm", "strong", "wide", "broad", "narrow", "skin"})
_WORD_HOSPITAL_LOWER = re.compile(r"\b(?:at|in|to|from|into)[ \t]+" + _ONE_OR_TWO_WORDS + r"[ \t]+(?:hospital|"
                                  r"infirmary)\b")
HOSPITAL_KINDS = _HOSPITAL_KINDS = frozenset({"cottage", "community", "district", "general", "private", "public", "teaching", "mental",
                             "field", "base", "military", "state", "county", "city", "local", "regional", "rural",
                             "psychiatric", "university", "maternity", "day", "main", "veterans", "army", "navy",
                             "children's", "childrens", "children’s", "women's", "womens", "women’s", "cancer",
                             "eye", "dental", "animal", "vet", "vets", "specialist", "mission", "bush",
                             "village", "town", "country", "island"})
#: A memorial hospital by the words of its name, in lowercase: "at colonial war memorial hospital".
_MEMORIAL_LOWER = re.compile(r"\b(?:at|in|to|from|into)[ \t]+(?:the[ \t]+)?((?:[a-z][a-z'’-]+[ \t]+){1,3}memorial[ \t]+"
                             r"(?:hospital|infirmary|medical[ \t]+cent(?:er|re)|clinic|health[ \t]+cent(?:er|re)))\b")
#: A given name's possessive after "at", "out of" or "into", in lowercase: someone's home or a place
#: named for them ("turns staying at jimmy's with dad", "came out of jimmy's", "round at our kelly's"),
#: not a chain's ("at wendy's").
_AT_GIVEN_POSSESSIVE_LOWER = re.compile(r"\b(?:at|out[ \t]+of|into)[ \t]+(?:our[ \t]+)?([a-z]+)['’]s\b")
_POSSESSED_AFTER = re.compile(r"[ \t]+(?:house|home|place|flat|farm|bungalow|room|party|funeral|wedding|grave|bedside|"
                              r"birthday|do|wake|caravan|mum|mom|mam|dad|nan|gran|wife|husband|son|daughter|brother|"
                              r"sister|family|kids|mother|father|car)\b")
_CHAINS_NAMED_FOR_PEOPLE = frozenset({"wendy", "denny", "macy", "claire", "carl", "freddy", "arby", "hardee", "culver",
                                      "dillard", "kohl", "lowe", "chili", "applebee", "nando", "domino", "moe", "zaxby"})
#: A university by its system's initials and its campus's town, in lowercase: "anyone else at ut austin",
#: "transferred to uc davis".
_CAMPUS_LOWER = re.compile(r"\b(?:at|from|to|in|attend|attends|attending)[ \t]+(u[a-z]{1,3}[ \t]+([a-z][a-z'’-]{2,}))\b")
#: ... and in lowercase, a street by a word no common one, after a shop or a chain: "the walgreens on
#: closner, finally", "the cvs on bissonnet".
#: A name of capitalised parts joined by hyphens, after a word for where: "we drive in from
#: Cedar-Riverside", "we came from Pine-Hollow" (a neighbourhood no list has, though its words are).
_HYPHENED_AFTER_WHERE = re.compile(r"\b(?:from|near|outside|around|past)[ \t]+"
                                   r"((?-i:[A-Z])[a-z]+(?:-(?:on|upon|le|la|de|du|sur|en|in|under|by|the)?-?(?-i:[A-Z])[a-z]+)+)"
                                   r"(?![\w'’-])")
#: Compounds of capitalised words that name a people, a firm or a style, not a place.
_NOT_PLACE_COMPOUNDS = frozenset({"anglo-saxon", "anglo-indian", "afro-caribbean", "coca-cola", "rolls-royce",
                                  "mercedes-benz", "hewlett-packard", "pfizer-biontech", "oxford-astrazeneca",
                                  "judeo-christian", "greco-roman", "austro-hungarian", "sino-tibetan", "indo-european"})
#: Heads of compounds in prose and titles: "from Non-Hodgkin", "from Self-Care", "near Twenty-Two".
_COMPOUND_HEADS = frozenset({"anti", "self", "non", "pre", "post", "co", "mid", "multi", "semi", "ex", "re", "sub", "inter",
                             "over", "under", "out", "well", "long", "short", "high", "low", "full", "part", "half",
                             "follow", "check", "walk", "drop", "sign", "step", "day", "all", "first", "one", "twenty",
                             "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "x", "t", "b", "e"})
_LOWER_STREET_AFTER_VENUE = re.compile(r"\b(?:clinic|surgery|practice|pharmacy|chemist|office|hospital|church|mosque|"
                                       r"temple|shop|cafe|café|library|centre|center|walgreens|cvs|walmart|target|heb|"
                                       r"kroger|tesco|boots|aldi|lidl|mcdonalds|costco|safeway|fresenius|davita|"
                                       r"dialysis)[ \t]+on[ \t]+"
                                       r"([a-z][a-z'’-]{3,})" + _TOWN_FOLLOWS)
_TO_TOWN = re.compile(r"[ \t]+to[ \t]+((?P<saint>st\.?[ \t]+[a-z]+|saint[ \t]+[a-z]+)|"
                      r"([a-z][a-z'’-]{3,})(?:[ \t][a-z][a-z'’-]+)?)\b")
#: A town of one word, or of two ("swan hill"), before what may follow a town.
_LOWER_TOWN = r"([a-z]{2}[ \t][a-z][a-z'’-]+|[a-z][a-z'’-]{2,}(?:[ \t][a-z][a-z'’-]+)?)" + _TOWN_FOLLOWS  # "te puke"
#: A children's or women's hospital by the word before it, in lowercase after a word for where and
#: before no noun: "anyone else's kid at cook children's?", "at the alberta children's?", "a week in
#: the sick kids", not "in young children's lungs".
_FOR_WHOM_LOWER = re.compile(r"\b(?:at|to|from|in|into)[ \t]+(?:(?:the[ \t]+)?([a-z][a-z'’-]+)[ \t]+(?:children|women)['’]?s|"
                             r"(?:the[ \t]+)?(sick)[ \t]?kids)"
                             # "ma wee boy is in the sick kids wi his asthma"
                             r"(?:" + _TOWN_FOLLOWS + r"|(?=[ \t]+(?:with|wi|after)\b))")
#: ... and by a capitalised word, a state's too, after a word for where: "the clinic at Texas Children's".
_FOR_WHOM_CAPITAL = re.compile(rf"\b(?:at|to|from|in|into)[ \t]+(?:the[ \t]+)?({UPPER}[\w'’.-]*[ \t]+"
                               rf"(?:Children['’]?s|Women['’]?s|Kids)(?:[ \t]+(?:Hospital|Medical[ \t]+Cent(?:er|re)))?)(?![\w'’-])")
_NOT_FOR_WHOM = frozenset({"other", "young", "little", "small", "older", "local", "many", "most", "some", "all",
                           "both", "poor", "vulnerable", "disabled", "autistic", "deaf", "blind", "pregnant", "new"})
_SENTENCE_ENDS = re.compile(r"[ \t]*(?:[.!?]|$)")
_LIVES_IN_LOWER = re.compile(r"\b(?:live|lives|lived|living|based|grew[ \t]+up|moved|moving|relocated|relocating|drive|"
                             r"drives|drove|driving|fly|flies|flew|flying|travel|travels|travell?ed|travell?ing|commute|"
                             r"commutes|commuting|came|come|comes|coming|went|going|headed|heading|home|back|anyone|"
                             r"anybody|someone|somebody|everyone|folks|i['’]?m|i[ \t]+am|we['’]?re|we[ \t]+are|"
                             r"stays|stayed|staying|ranch|ranches|ranched|farm|farms|farmed|"
                             # "my cousin brings her in from castlecliff"
                             r"(?:bring|brings|brought|bringing)(?=[ \t]+(?:her|him|them|me|us)[ \t]+(?:up|down|over|out|in)"
                             r"[ \t]+from\b))[ \t]+"  # South Africa's "ouma stays in mitchells plain"
                             # "my uncle drives her from brokenhead", "my brother drives me in from warman"
                             r"(?:(?:her|him|them|me|us)[ \t]+(?=(?:(?:up|down|over|out|in)[ \t]+)?(?:from|fae|frae)\b|to\b))?"
                             # how far: "drove 3 hours to billings", "flew two hours from"
                             r"(?:(?:\d+|an?|one|two|three|four|five|six|half[ \t]+an)[ \t]+(?:hours?|hrs?|miles|mins|"
                             r"minutes|km|kms)(?:[ \t]+each[ \t]+way)?[ \t]+)?"
                             r"(?:(?:up|down|over|out|in)[ \t]+(?=(?:from|fae|frae)\b))?"  # "the physio comes up from ayr"
                             r"(?:(?:off|on)[ \t]+(?:post|base)[ \t]+(?=in\b|near\b))?"  # "we live off post in spring lake"
                             # "my granny lives out past itta bena", "we live just outside okay"
                             r"(?:(?:out|up|down|over|back|just|right)[ \t]+(?=past\b|beyond\b|outside\b|above\b|below\b))?"
                             r"(?:(?:in|from)[ \t]+(?:[a-z][a-z'’-]+[ \t]+)?to|in|near|from|fae|frae|to|outside|around|past|"
                             r"beyond|above|below)[ \t]+"
                             + _LOWER_TOWN)
#: ... and where a group, a clinic, a café or one's care is: "the memory cafe in bath on wednesdays", "our gp in
#: rugby has been", "dad's dialysis is in temple three times a week".
VENUE_IN_LOWER = _VENUE_IN_LOWER = re.compile(r"\b(?:group|groups|club|clubs|cafe|café|clinic|hospital|hospice|centre|center|surgery|practice|hall|"
                             r"pharmacy|library|church|meets|meeting|class|pool|gym|gp|gps|doctors?|dentist|dialysis|"
                             r"chemo|rehab|physio|unit|ward|shed|team|teams|consultant|surgeon|specialist|"
                             r"[a-z]+ologist|[a-z]+icians?|dieti[ct]ians?|(?:care|nursing)[ \t]+home|bloke|fella|"
                             r"counsell?or|therapist|nurses?)"
                             r"(?:[ \t]+(?:is|are|was|were))?"
                             r"[ \t]+(?:in|near|at)[ \t]+([a-z][a-z'’-]{3,}(?:[ \t][a-z][a-z'’-]+)?)"
                             rf"(?=[ \t]*(?:[,.!?;:)]|$)|[ \t]+(?:\d|(?:{_TOWN_FOLLOWING_WORDS}|with|after)\b))")
#: ... and above or below a town, however common its word: "we farm up above settle" (not "just
#: above normal", "below par": a level).
_ABOVE_TOWN_LOWER = re.compile(r"\b(?:up|down|out|right|way|farm|farms|live|lives)[ \t]+(?:above|below)[ \t]+([a-z][a-z'’-]+)\b")
_LEVELS = frozenset({"normal", "par", "average", "target", "range"})
#: ... and a town whose word, a noun or a verb, never stands bare after "in" or "from": "mum had
#: her stroke in deal", "we moved from settle" (not "to deal with", "a deal of").
_BARE_WORD_TOWN = re.compile(r"\b(?:in|from|near|outside)[ \t]+(deal|settle|ware|diss)\b(?![ \t]+(?:with|of|for|in)\b)")
#: ... and a town whose word is a noun that takes an article, bare before a pause or what comes
#: next in a sentence: "at home in street and they took her", "sent down from pang for her kidneys",
#: "my brother came down from wells" (not "in street clothes", "a pang of guilt").
_BARE_NOUN_TOWN = re.compile(r"\b(?:in|from|near|outside)[ \t]+(street|pang|wells)(?=[ \t]*(?:[,.;:!?)]|$)|[ \t]+(?:and|but|"
                             r"so|for|near|now|then|last|this|yesterday|today|when|where|which|every|each|to|on)\b)")
#: ... and a town named as a month, where no month stands: "i live in march".
_LIVES_IN_MONTH_TOWN = re.compile(r"\b(?:(?:live|lives|lived)[ \t]+in|(?:coming|drive|drives|drove|driving)"
                                  r"[ \t]+(?:up|down|over|in)[ \t]+from)[ \t]+(march)\b"
                                  r"(?![ \t]+(?:\d|of|and[ \t]+april|to|till|until|through|onwards)\b)")
#: ... and a town's district by its compass point and "end", where someone lives: "i live in the north end"
#: (not "the north end of the ward").
_LIVES_IN_DIRECTION_END = re.compile(r"\b(?:live|lives|living|lived|grew[ \t]+up|moved|raised|born)[ \t]+(?:in|to)[ \t]+"
                                     r"the[ \t]+((?:north|south|east|west)[ \t]+end)\b(?![ \t]+of\b)")
#: ... and a town, however common its word, someone moved from at a time past: "we moved from comfort last
#: year" (not "moved from home last year").
_MOVED_FROM_WHEN = re.compile(r"\b(?:moved|relocated)(?:[ \t]+(?:here|over|up|down|out|away))?[ \t]+from[ \t]+"
                              r"([a-z][a-z'’-]+(?:[ \t][a-z][a-z'’-]+)?)[ \t]+(?:last[ \t]+(?:year|month|week|spring|"
                              r"summer|autumn|fall|winter)|(?:\d+|an?|two|three|four|five|six|(?:a[ \t]+)?few)[ \t]+"
                              r"(?:years?|months?|weeks?)[ \t]+ago|in[ \t]+(?:19|20)\d\d)\b")
#: ... and a town, of one word or two, just near: "crashed on a descent near box hill last sunday".
_NEAR_LOWER_TOWN = re.compile(r"(?<![\w'’-])near[ \t]+(?!(?:the|a|an|my|our|his|her|their|your|its|this|that|some|"
                              r"any|every|each|all|one)\b)([a-z][a-z'’-]+[ \t][a-z][a-z'’-]+|[a-z][a-z'’-]{3,})" + _TOWN_FOLLOWS)
#: ... and a small town that is a word, where someone comes from to do a job: "the home care nurse from
#: unity comes out on mondays" (not "the nurse from church came": a word that common stays).
_VISITOR_FROM_LOWER = re.compile(r"\b(?:nurses?|doctors?|doc|gp|midwife|physio|ot|cpn|hv|carers?|workers?|team|lady|man|"
                                 r"woman|guy|bloke|fella|someone|somebody|people|folks|family|mob|pastor|priest|"
                                 r"paramedics?|ambulance|vet)[ \t]+from[ \t]+([a-z][a-z'’-]{3,}(?:[ \t]+[a-z][a-z'’-]+)?)"
                                 r"[ \t]+(?:comes|came|"
                                 r"come|rang|rings|calls|called|visits|visited|drives|drove|said|says|is|was|will|"
                                 r"has|had|does|did|checks|checked|brought|brings)\b")
#: How common a word that is also a small town's name may be, after such a visitor (not "hope").
_VISITOR_TOWN_FREQUENCY = 20_000
#: A house, a hall, a park or baths by a name in lowercase, after "at", "to", "round" or "near": "been
#: at russells hall since", "swimming at ponds forge on saturdays", "the 5k round clumber park".
_AT_NAMED_HALL = re.compile(r"\b(?:at|to|round|around|near)[ \t]+([a-z][a-z'’-]+[ \t]+(?:hall|house|lodge|manor|court|grange|park|forge|baths))"
                            + _TOWN_FOLLOWS)
_LIVES_IN_LOWER_FROM_TO = re.compile(r"\b(?:moved|moving|relocated|relocating|drove|drive|drives|driving|flew|fly|"
                                     r"flying|came|come|coming|went|going|travell?ed|commuted?|commutes|commuting|"
                                     # "the bus from wick to raigmore takes four hours"
                                     r"(?:bus|train|coach|ferry|flight|drive|trip|journey|taxi|lift|ride)s?)"
                                     # "they moved him from hope to little rock"
                                     r"(?:[ \t]+(?:him|her|them|me|us))?"
                                     r"[ \t]+from[ \t]+([a-z][a-z'’-]{3,})[ \t]+to\b")
#: A region or a district named by a word and a landscape's kind, after those cues: "anyone near cradle
#: coast?", "we live in hunter valley and"; not by a direction or a common adjective ("near the coast",
#: "in rolling hills").
#: Second words of towns and suburbs, after a first word no list has: "broughty ferry", "kelty bridge".
_PLACE_SECOND_WORDS = frozenset({"ferry", "bridge", "port", "green", "park", "bay", "hill", "hills", "falls", "mills",
                                 "heath", "cross", "end", "town", "village", "junction", "harbour", "harbor", "beach",
                                 "springs", "wells", "creek", "lake", "crossing", "point", "heights", "vale", "valley",
                                 "cove", "landing", "brook", "branch", "oak", "oaks", "moor", "common", "wood"})
#: A place's second word, after a first in lowercase: "at whipps cross".
_SECOND_PLACE_WORD_AFTER = re.compile(r"[ \t]+(?:" + "|".join(sorted(_PLACE_SECOND_WORDS)) + r")\b")
#: A hospital by a word and a place's second word, in lowercase after "at", before what follows a
#: place: "the acute ward at stepping hill, me auntie", "at whipps cross".
_AT_WORD_AND_PLACE_KIND = re.compile(r"\bat[ \t]+([a-z][a-z'’-]+[ \t]+(?:" + "|".join(sorted(_PLACE_SECOND_WORDS)) + r"))\b"
                                     + _TOWN_FOLLOWS)
#: A hospital by a compass point and a word, in lowercase after a service and "at": "the asthma clinic at
#: north mid every 3 months".
#: What follows where someone lies in hospital: "my mam is in north tees with pneumonia".
_IN_HOSPITAL_AFTER = re.compile(r"[ \t]+(?:with|since|again|overnight)\b")
#: What follows a point of the compass and is no place: "pointing at north star", "at south facing".
_NOT_COMPASS_PLACES = frozenset({"star", "pole", "wind", "winds", "facing", "bound", "wards", "korea", "america", "africa",
                                 "asia", "europe", "coast", "north", "south", "east", "west"})
_COMPASS_PLACE_LOWER = re.compile(r"\b(?:at|in|to|from)[ \t]+((?:north|south|east|west)[ \t]+[a-z][a-z'’-]+)"
                                  r"(?:" + _TOWN_FOLLOWS + r"|(?=[ \t]+(?:with|since|again|overnight)\b))")
_SERVICE_BEFORE_WHERE = re.compile(_SERVICE_WORDS + r"[ \t]+$")
#: A hospital by a compass point and its kind, in lowercase: "her cataracts at the south infirmary".
_THE_POINT_KIND = re.compile(r"\b(?:at|in|to|from|into)[ \t]+the[ \t]+((?:north|south|east|west)[ \t]+(?:infirmary|general))\b")
#: A hospital by "great" and a compass point, after a service: "she sees dr okafor at the great north,",
#: "my op at the great western on friday" (not "ran the great north run").
_AT_THE_GREAT_POINT = re.compile(r"\bat[ \t]+the[ \t]+(great[ \t]+(?:north|south|east|west|northern|southern|eastern|"
                                 r"western))" + _TOWN_FOLLOWS)
#: Where someone is, in lowercase, for a treatment or a condition: "my dad is at sloan for his lymphoma",
#: "anyone else's kid at starship for kidney stuff" (not "at home for his chemo", "at risk for").
_AT_WORD_FOR_CARE = re.compile(r"\bat[ \t]+([a-z][a-z'’-]{2,})[ \t]+for[ \t]+(?:(?:his|her|my|their|our|your|a|an|the)[ \t]+)?"
                               r"([a-z][a-z'’-]+)")
#: Which place is the nearest of its kind, named in lowercase: "the nearest cancer center is renown in reno".
_NEAREST_IS_LOWER = re.compile(r"\b(?:nearest|closest|local)[ \t]+(?:[a-z]+[ \t]+){0,2}?(?:center|centre|hospital|clinic|hospice|"
                               r"unit|one)[ \t]+is[ \t]+([a-z][a-z'’-]{2,})" + _TOWN_FOLLOWS)
_CARE_ONE_IS_AT_FOR = frozenset({"chemo", "surgery", "scan", "scans", "op", "operation", "treatment", "appointment", "checkup",
                                 "check-up", "dialysis", "tests", "bloods", "kidney", "heart", "liver", "lung", "transplant",
                                 "radiation", "radiotherapy", "infusion", "infusions", "biopsy", "rehab", "therapy", "physio"})
_LANDSCAPE_KINDS = frozenset({"coast", "valley", "vale", "hills", "heights", "downs", "dales", "heath", "moor", "moors",
                              "fens", "peninsula", "highlands", "gorge", "plains", "ranges", "tablelands", "wolds",
                              "plain", "flats"})
_NOT_LANDSCAPE_NAMES = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                                  "central", "upper", "lower", "mid", "far", "rolling", "same", "other", "local",
                                  "nearby", "high", "low", "great", "big", "little", "rocky", "sandy", "green", "open",
                                  "coastal", "inner", "outer", "wild", "whole", "entire", "beautiful", "lovely"})
#: Towns of the lists that are words which follow those cues in their own sense: "back to normal".
NOT_TOWNS_AFTER_LIVING = _NOT_TOWNS_AFTER_LIVING = frozenset({"time", "spring", "best", "bay", "university", "paradise", "denial", "limbo", "hope", "fear", "pain", "normal",
                                     "independence", "opportunity", "surprise", "eureka"})
#: Coming in, over, up or down from a place, where what follows is no state of life: "we drive in from
#: paradise", "she comes up from hope".
_COMING_IN_FROM = re.compile(r"\b(?:drive|drives|drove|driving|come|comes|came|coming|fly|flies|flew|flying|commute|"
                             r"commutes|travel|travels)[ \t]+(?:(?:him|her|me|us|them)[ \t]+)?(?:in|over|up|down|out|across|through)"
                             r"[ \t]+from[ \t]+$")
_NOT_STATES_COMING_FROM = frozenset({"time", "best", "university", "denial", "limbo", "fear", "pain", "normal", "bay"})
#: A house of worship by its own name: "Holy Family Ukrainian Catholic Church", "Greater Grace Tabernacle".
_WORSHIP = (r"(?:Church|Chapel|Cathedral|Parish|Mosque|Masjid|Temple|Synagogue|Shul|Gurdwara|Mandir|Tabernacle|"
            r"Fellowship|Basilica|Kirk|Meeting[ \t]+House|Assembly|Ministries)")
_NAMED_WORSHIP = re.compile(rf"(?<![\w'’-])((?:{UPPER}[\w'’.-]*[ \t]+){{1,4}}{_WORSHIP})\b")
_WORSHIP_WORD = re.compile(_WORSHIP)
#: A summer camp named in lowercase by words and a landscape's word: "diabetes camp at camp sugar falls".
_LOWER_CAMP = re.compile(r"\bcamp[ \t]+((?:[a-z][a-z'’-]+[ \t]+){0,2}(?:falls|lake|lakes|creek|hill|hills|pines|woods|"
                         r"river|valley|ridge|springs|point|cove|bay|island|harbor|harbour|meadows?|oaks?|mountain|"
                         r"rock|pond|haven|wood|forest|trails?))\b")
_PLACE_PREFIX = re.compile(r"(?<![\w'’-])(?:(north|south|east|west|new)|port|fort|ft\.?|lake|mount|mt\.?|glen|cape|loch|lough)"
                           r"[ \t]+([^\W\d_][\w'’-]*)", re.IGNORECASE)
#: Where people live or move: the word after is a place, though no list knows it.
#: The cue patterns below are written in lowercase and run on ``fold(text)``: a case-blind
#: search tries every alternative at every word, a case-sensitive one skips on the first letter.
_PLACE_CUE = re.compile(r"\b(?:(?:moved|moving|move|relocated|relocating)(?:[ \t]+(?:down|up|over|back|out|away))?[ \t]+"
                        r"(?:from|to)|(?:bus|train|coach|ferry|flight|taxi|lift|trip|journey)s?[ \t]+(?:to|from)|"
                        r"(?:over|up|down|out|back|home)[ \t]+in|in[ \t]+or[ \t]+around|"
                        r"(?:love|greetings|hello|hugs|regards)[ \t]+from|"
                        r"(?:live|lives|living|lived|based|born|raised|grew[ \t]+up|settled)[ \t]+(?:in|near|outside|around)|"
                        r"(?:drove|drive|driving|travelled|traveled|travelling|traveling|flew|went|go|going|headed|heading)"
                        r"(?:[ \t]+(?:down|up|over|back|out|home|back[ \t]+home))?[ \t]+to|(?:holiday|holidays|holidaying|vacation)[ \t]+in|"
                        r"(?:visit|visited|visiting)|"
                        r"(?:anyone|anybody|someone|people|folks|members?)[ \t]+(?:in|near|from|around)|"
                        r"(?:here|i'm|i’m|im|am|are|we're|we’re|originally|come|comes|hails?)[ \t]+from|near)"
                        r"[ \t]+([^\W\d_][\w'’-]*)")
#: A hospital by a saint's or a founder's possessive in lowercase after "at" or being taken "to", before
#: no noun: "at king's so", "took her to king's in the night", "does the hospital runs to jimmy's".
#: ... beyond relatives and stop words, whose home or time a possessive after "at" also names.
_NOT_AT_POSSESSIVE = frozenset({"everyone", "someone", "anyone", "nobody", "tonight", "week", "year", "night", "day",
                                "grandad", "aunty", "parent", "parents", "children", "women", "kids", "men"})
_AT_POSSESSIVE_LOWER = re.compile(r"\b(?:at|(?:took|taken|taking|rushed|admitted|transferred)(?:[ \t]+(?:him|her|me|them|us))?"
                                  r"[ \t]+to|(?:runs?|trips?|lifts?|journeys?)[ \t]+to)[ \t]+([a-z][a-z]+['’]s)" + _TOWN_FOLLOWS)
#: An inn by the two things on its sign, in capitals after "the": "the Crown and Anchor".
_PUB_PAIR = re.compile(r"(?<=\bthe )((?-i:[A-Z])[a-z]+)(?:['’]s)?[ \t]+(?:and|&)[ \t]+((?-i:[A-Z])[a-z]+)\b")
_PUB_WORDS = frozenset({"crown", "anchor", "rose", "fox", "hounds", "hound", "hare", "lamb", "flag", "bell", "dragon", "cat",
                        "fiddle", "horse", "horses", "groom", "plough", "harrow", "feathers", "swan", "lion", "unicorn",
                        "bull", "gate", "star", "garter", "coach", "sun", "moon", "stars", "shepherd", "dog", "duck",
                        "partridge", "pheasant", "compasses", "mitre", "keys", "key", "sword", "shield", "ship", "whale",
                        "trumpet", "drum", "monkey", "goat", "bear", "castle", "cross", "tun", "barrel", "hop", "vine",
                        "grapes", "wheatsheaf", "sickle", "sheaf", "oak", "ivy", "magpie", "stump", "sceptre", "cushion",
                        "thistle", "shamrock", "harp", "pipe", "kettle", "feather", "eagle", "child", "falcon", "hawk",
                        "buck", "stag", "boar", "pig", "whistle", "beehive", "bee", "greyhound", "ferret", "trout",
                        "salmon", "pike", "tiger", "anvil", "hammer", "tankard", "punchbowl", "bowl", "boot", "slipper",
                        "ball", "wicket", "bat", "cricketers", "fleece", "mallard", "cock", "hen", "kings", "queens"})
#: A hashtag of a town, its words run together in capitals: "#Fife", "#LittleRock".
_PLACE_HASHTAG = re.compile(r"(?<![\w&#])#((?-i:[A-Z])[a-z]+(?:(?-i:[A-Z])[a-z]+){0,2})\b")
#: "anyone up seč way?", "I'm Clark born and bred": where someone lives, by the words around it.
_PLACE_AROUND = re.compile(r"\b(?:up|down|over|out|round)[ \t]+([^\W\d_][\w'’-]*)[ \t]+way\b"
                           r"|\b([^\W\d_][\w'’-]*)[ \t]+born[ \t]+and[ \t]+(?:bred|raised)\b")
_FROM_TO = re.compile(r"\b(?:moved|moving|relocated)?[ \t]*from[ \t]+[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){0,2}?"
                      r"[ \t]+to[ \t]+([^\W\d_][\w'’-]*)")
_THREE_WORDS = re.compile(r"[a-z][a-z'’-]+[ \t][a-z][a-z'’-]+[ \t][a-z][a-z'’-]+\b")
#: ... whose word after "to" is a verb with its object, no town: "from Offenbach every weekend to cook for him".
_VERB_OBJECT_AFTER = re.compile(r"[ \t]+(?:(?:for|with)[ \t]+)?(?:him|her|them|me|us|you|it)\b")


_AGE_IN_BRACKETS = re.compile(r"(?<![\w'’-])([^\W\d_][\w'’-]*)(?:[ \t]*\([ \t]*(9\d|1[01]\d)[ \t]*[!?]*[ \t]*\)|,[ \t]*(9\d|1[01]\d),)")
_PERSON_WORDS = frozenset({"i", "me", "he", "she", "him", "her", "dad", "mum", "mom", "nan", "nana", "gran", "granny",
                           "grandad", "granddad", "grandpa", "grandma", "grandmother", "grandfather", "husband", "wife",
                           "father", "mother", "aunt", "auntie", "uncle", "neighbour", "neighbor", "patient", "friend",
                           "partner", "brother", "sister", "man", "woman", "lady", "gentleman"})


_LINE_SPAN = re.compile(r"[^\n]*")


def lines_above_country(text: str, is_medical: Any) -> list[RecognizerResult]:
    """"EBEN\nAustria": short lines just above a line that is only a country or state are the
    lines of an address (a blank line, a sentence or a long line ends it)."""
    if "\n" not in text:
        return []
    lines = [m for m in _LINE_SPAN.finditer(text) if m.start() == 0 or text[m.start() - 1] == "\n"]
    found = []
    for index, line in enumerate(lines):
        place = re.sub(r"\s*\(.*?\)", "", line.group()).strip(" \t,.").lower()
        if index == 0 or place not in vocabulary.large_places():
            continue
        start = None
        for above in reversed(lines[:index]):
            words = above.group().strip(" \t,")
            if not words or len(words.split()) > 6 or words[-1:] in ".!?:" or is_medical(words) \
                    or words.lower() in vocabulary.large_places():
                break
            if not any(any(c.isdigit() for c in w) or w[:1].isupper() and not common_word(w.lower().strip(",."))
                       for w in words.split()):
                break  # "Keep well\nUK": a sign-off, not an address
            start = above.start()
        if start is not None:
            found.append(RecognizerResult("STREET_ADDRESS", start, lines[index - 1].end(), 0.7, recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: "carekb:lines_above_country"}))
    return found


#: A person's initials where only a person stands: opening a post before "here", with their dots
#: ("J.R. here, new to the group"; "RA here", "MD here" are conditions and jobs), or signing it off
#: ("Love, KT x", "Thanks, J.R.", "— JR").
_INITIALS = r"((?:[A-Z]\.?[ \t]?){1,2}[A-Z]\.?)"
_INITIALS_AS_NAME = re.compile(r"(?:^|[.!?\n][ \t]*)((?:[A-Z]\.[ \t]?){1,2}[A-Z]\.)[ \t]+here\b"
                               rf"|(?:^|[.!?,\n][ \t]*)(?i:thanks|thank you|thx|cheers|regards|best wishes|best|love|hugs|"
                               rf"take care|kind regards|warmly|xx+)[,!.]*[ \t]*[-–—~]?[ \t]*{_INITIALS}[ \t]*(?:x+)?[.!]?[ \t]*$"
                               rf"|\n[ \t]*[-–—~]+[ \t]*{_INITIALS}[ \t]*$", re.MULTILINE)


def initials_as_names(text: str, is_medical: Any) -> list[RecognizerResult]:
    """A person's initials opening a post before "here" or signing it off, unless known initials
    ("NHS here", "Thanks, MS") or a medical acronym."""
    found = []
    for match in _INITIALS_AS_NAME.finditer(text) if any(c.isupper() for c in text) else ():
        group = next(i for i in (1, 2, 3) if match.group(i) is not None)
        initials = match.group(group)
        letters = re.sub(r"[^A-Za-z]", "", initials).lower()
        if letters in vocabulary.KNOWN_INITIALS or letters in vocabulary.large_places() or is_medical(letters) \
                or is_medical(initials):
            continue
        found.append(RecognizerResult("PERSON", match.start(group), match.end(group), 0.8, recognition_metadata={
            RecognizerResult.RECOGNIZER_NAME_KEY: "carekb:initials"}))
    return found


def ages_in_brackets(text: str) -> list[RecognizerResult]:
    """"Dad (97) is in the hospice", "Ethel (102)", "Dad, 93, is in hospital": an age over 89 after a
    person, in brackets or commas."""
    found = []
    for match in _AGE_IN_BRACKETS.finditer(text):
        word = match.group(1)
        age = 2 if match.group(2) else 3
        if word.lower().strip("'’") in _PERSON_WORDS or (word[:1].isupper() and word.lower() not in _STOP):
            found.append(RecognizerResult("AGE", match.start(age), match.end(age), 0.8, recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: "carekb:age_in_brackets"}))
    for match in _OLD_SUBJECT.finditer(text) if _AGE_NUMBER.search(text) else ():
        words = list(re.finditer(r"\S+", match.group(1)))
        while words and (words[0].group().lower() in _STOP or words[0].group().lower() in _KIN_WORDS
                         or words[0].group().lower().rstrip(".") in _NAME_BEFORE_INITIAL):
            words.pop(0)  # "Pi Say Paw is 95": the kin word or title before the name stays
        if len(words) > 1 and at_sentence_start(text, match.start(1) + words[0].start()):
            words.pop(0)  # "Pi Say Paw is 95": a sentence's first capital may be a kin word of any language
        if words and not at_sentence_start(text, match.start(1) + words[0].start()) \
                and all(w.group().lower() not in vocabulary.EVERYDAY_WORDS for w in words):
            found.append(RecognizerResult("PERSON", match.start(1) + words[0].start(), match.start(1) + words[-1].end(), 0.75,
                                          recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: "carekb:old_subject"}))
    return found


#: Capitalised words before an age over 89, after a kin word or a title: "Pi Say Paw is 95",
#: "Nana Rose turned 100": who is that old, though the words are words.
_OLD_SUBJECT = re.compile(rf"((?:{UPPER}[\w'’.-]*[ \t]+){{2,3}})(?:is|was|turns|turned|will[ \t]+be)[ \t]+(?:now[ \t]+)?"
                          rf"(?:9\d|1[01]\d)\b(?![ \t]*(?:%|percent|mg|kg|lbs?|bpm|mmhg|degrees|over|/))")


#: Churches' names that say their faith, not their place: "the Baptist church".
_DENOMINATIONS = frozenset({"baptist", "catholic", "methodist", "anglican", "lutheran", "presbyterian", "pentecostal",
                            "evangelical", "adventist", "orthodox", "episcopal", "mennonite", "reformed", "unitarian",
                            "quaker", "mormon", "coptic", "apostolic", "moravian", "congregational", "nazarene"})
#: Words of a house of worship's name that say only its faith or kind: "the Ukrainian Catholic Church".
_GENERIC_WORSHIP_WORDS = _DENOMINATIONS | {"the", "holy", "christian", "united", "free", "church", "of", "god", "christ",
                                          "jesus", "muslim", "islamic", "jewish", "hindu", "sikh", "buddhist", "roman",
                                          "greek", "russian", "local", "parish", "community", "catholic", "protestant",
                                          "our", "my", "a", "new"}
#: "the nadiad group", "rønning hospice": a place's name before an institution in it.
_INSTITUTION_AFTER = re.compile(r"(?<![\w'’-])([^\W\d_][\w'’-]*)[ \t]+(?:hospice|hospital|general|infirmary|clinic|surgery|"
                                r"childrens|children['’]s|memorial|medical center|"
                                r"pharmacy|group|branch|centre|center|practice|society|cafe|café|library|church|"
                                r"school|university|medical centre|health centre)\b")


#: "a Leeds-based charity", "Cork-born and bred": a town in a compound that says where someone is.
_TOWN_BASED = re.compile(rf"(?<![\w'’-])((?:{UPPER})[^\W\d_]+)-(?:based|born|raised|bred|headquartered)\b")
#: "the village of Little Snoring", "our village is tiny, Little Snoring,": named settlements.
_SETTLEMENT = re.compile(rf"\b(?:village|hamlet|town|suburb|parish|estate)\b(?:[ \t]+(?:of|called|named)[ \t]+|"
                         rf"[^.!?;\n]{{0,25}}?,[ \t]+)((?-i:{UPPER})[\w'’-]*(?:[ \t]+(?-i:{UPPER})[\w'’-]*){{0,2}})",
                         re.IGNORECASE)


#: "swimming at Ponds Forge", "BSL class at Deaf Connect": a venue, by two or more capitalised words
#: after "at" in the middle of a sentence (in a title-cased line every word is capitalised).
_VENUE_AT = re.compile(rf"\b(?:at|At)[ \t]+(?:the[ \t]+)?((?:{UPPER})[\w'’-]*(?:[ \t]+(?:of[ \t]+|and[ \t]+|&[ \t]+)?"
                       rf"(?:{UPPER})[\w'’-]*)+)")
#: Where someone goes or is taken, before a venue's name: "drives me to UT Southwestern", "we drive
#: from Fremont to UCSF Benioff".
_VENUE_TO = re.compile(rf"\b(?:drives?|drove|driving|takes?|took|taken|taking|go|goes|going|went|referred|transferred|"
                       rf"sent|admitted|rushed|bus|train|lift|ambulance|walk|walked)[ \t]+(?:(?:me|us|him|her|them|back|"
                       rf"over|down|up|in|out|(?i:{_RELATIONS}))[ \t]+)?"
                       # "we drive from Fremont to UCSF Benioff"
                       rf"(?:from[ \t]+{UPPER}[\w'’-]*(?:[ \t]+{UPPER}[\w'’-]*)?[ \t]+)?"
                       rf"to[ \t]+(?:the[ \t]+)?((?:{UPPER})[\w'’-]*(?:[ \t]+(?:of[ \t]+|and[ \t]+|"
                       rf"&[ \t]+)?(?:{UPPER})[\w'’-]*)+)")
#: What may follow a place's name in a clause: a function word, a verb in the past ("rang", "moved"; not
#: "oriented", "based": those qualify the name), a time.
AFTER_A_PLACE = _AFTER_A_PLACE = (rf"(?:{'|'.join(sorted(_STOP))}|I)\b|(?!(?:orient|bas|relat|inspir|them|styl|fund|sponsor|affiliat|"
                  rf"cent[er]r|focus|train|educat|approv|certifi|back|own|operat|licens|brand|register)ed\b)"
                  rf"[^\W\d_]+ed\b|(?:rang|rings?|gave|put|kept|took|sent|since|until|after|before|during|last|near|nearby|opposite|behind|beside|because|"
                  rf"overnight|twice|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|two|three|four|five|"
                  rf"six|seven|eight|nine|ten|twelve|every|each|most|weekly|daily|monthly|yesterday|today|tomorrow|"
                  rf"wants|says|said|told|thinks|reckons|suggests|recommends|reckoned|wanted|[a-z]+n['’]t)\b")
#: "anybody in Huntington", "we live near Addison": a town named like a disease's eponym, after a
#: word for where and without the possessive the disease takes.
_EPONYM_TOWN = re.compile(rf"\b(?:in|near|from|outside|around)[ \t]+({UPPER}[a-z]+)\b(?!['’-])"
                          rf"(?=[ \t]*(?:[^\w \t]|$)|[ \t]+(?:{_AFTER_A_PLACE}|(?:needs|has|gets|knows|goes|lives)\b))")
EPONYM_TOWN = "carekb:eponym_town"
#: "The respiratory nurse at the Causeway rang", "transferred to the Western overnight", "at the Mater's A&E",
#: "rushed to Foothills", "treated at Foothills", "ER at Comer": a hospital or venue by one name of its own, told
#: from "in the Wikipedia article" by what follows it (an end, a function word, a verb or a time, not a noun it
#: qualifies).
_VENUE_THE = re.compile(rf"\b(?:(?:at|At|to|into|in|from|near|outside)[ \t]+the|(?:transferred|rushed|admitted|taken|"
                        rf"airlifted|blue-lighted)[ \t]+(?:back[ \t]+)?to|ended[ \t]+up[ \t]+in|(?:treated|seen|admitted|born|"
                        rf"delivered|operated(?:[ \t]+on)?|surgery|scans?|scanned|consultant|nurses?|doctors?|ER|A&E|ED|MRI|"
                        rf"CT|op|operation|chemo|chemotherapy|radiotherapy|dialysis|infusions?|transplant|appointments?|"
                        rf"physio|rehab|bloods|biopsy|doc|docs|gp|gps|team|specialists?|surgeons?|[a-z]+ologists?|"
                        rf"[a-z]+iatrists?|endo|midwi(?:fe|ves)|OB|pharmacists?|dentists?|therapists?|counsell?ors?)[ \t]+at|"
                        rf"(?:partnered|partnering|teamed[ \t]+up|in[ \t]+partnership)[ \t]+with)"
                        rf"[ \t]+((?:{UPPER})[^\W\d_]+)"
                        rf"(?:['’]s\b|(?![\w'’-]|[ \t]+(?:(?!I\b){UPPER}|\d|(?!{_AFTER_A_PLACE}))))")
#: Names a hospital is known by in its town, though they are words: "at the Royal", "to the General".
_HOSPITAL_WORDS = frozenset({"royal", "general", "western", "eastern", "northern", "southern", "central", "memorial",
                             "regional", "district", "county", "civic", "municipal", "provincial"})
#: ... before what its staff do: "the falls team at the General want her on it", "the Royal said no".
_HOSPITAL_WORD_DOES = re.compile(r"\b(?:at|to|in|from)[ \t]+the[ \t]+((?-i:Royal|General|Memorial|Regional|District|County|"
                                 rf"Civic|Municipal|Provincial|Infirmary))(?=[ \t]+(?:want|are|were|have|keep|kept|{_STAFF_DO})\b)")
#: Hospitals known by their specialty or their patients, for short, capitalised after "at the": "the
#: Neuro" (Montreal's, London's), "the Women's", "the Children's", "the Eye and Ear".
_HOSPITAL_SHORT_NAMES = frozenset({"neuro", "ortho", "women", "children", "kids", "maternity", "eye", "dental", "chest",
                                   "heart", "cancer", "psych"})
_SHORT_NAME = re.compile("(?:" + "|".join(sorted(_HOSPITAL_SHORT_NAMES)) + r")\b", re.IGNORECASE)
#: Words for a kind of place, capitalised though they name none ("at the Pharmacy", "in the Midlands"), besides
#: the venue, service and specialty words below and the medical words ("at the Hospice").
_KIND_OF_PLACE = frozenset({"almighty", "army", "bank", "borders", "chapel", "chat", "chemist", "chemists", "city", "coast",
                            "comments", "council", "countryside", "dentist", "dentists", "doctors", "east", "forum",
                            "government", "gulf", "highlands", "hills", "infirmary", "islands", "lowlands", "midlands",
                            "moment", "moon", "mosque", "mountains", "movie", "navy", "net", "news", "north", "olympics",
                            "page", "papers", "pharmacy", "police", "shop", "shops", "show", "south", "start", "sun",
                            "supermarket", "synagogue", "temple", "tropics", "trust", "universe", "valleys", "wards",
                            "website", "weekend", "west", "wiki", "world"})
#: A hospital's departments no medical list holds, where someone is taken inside it: "admitted to Triage", "taken to
#: Theatres" ("Resus", "Theatre" are medical words).
_DEPARTMENTS = frozenset({"casualty", "minors", "obs", "psych", "respite", "theatres", "triage", "xray"})
#: Times and national bodies, not venues: "at Christmas Eve", "at the Leukaemia Foundation".
_NOT_VENUE = frozenset({"christmas", "easter", "eid", "diwali", "hanukkah", "thanksgiving", "year", "years", "eve", "day",
                        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "foundation",
                        "society", "association", "federation", "alliance", "anonymous", "online", "support", "exchange",
                        "overflow", "noon", "midday", "midnight", "night", "nighttime", "lunchtime", "teatime", "bedtime",
                        "dawn", "dusk", "first", "last", "once", "least", "most", "best", "all", "home", "work",
                        "weekends", "weekend", "present", "times", "random", "length", "large"})
#: What a service named by its specialty is: "at Pain Clinic", "at Cardiac Rehab".
_SERVICE_NOUNS = frozenset({"clinic", "clinics", "unit", "ward", "centre", "center", "service", "services", "team",
                            "rehab", "department", "dept", "suite", "lab", "labs", "school", "group", "class", "nurse",
                            "nurses", "line", "helpline", "review", "appointment", "outpatients", "day", "screening",
                            "programme", "program"})
#: Branches of medicine and health named by a word that is no specialty's elsewhere.
_MEDICINE_BRANCHES = HEALTH_DEPARTMENTS | frozenset({
    "internal", "emergency", "sports", "tropical", "nuclear", "general", "aviation", "critical", "intensive", "palliative",
    "integrative", "functional", "lifestyle", "preventive", "preventative", "regenerative", "fetal", "geriatric",
    "pediatric", "paediatric", "veterinary", "plastic", "thoracic", "hospital", "acute", "addiction", "forensic", "genomic",
    "precision", "rehabilitation", "physical", "aerospace", "wilderness", "undersea", "hyperbaric", "laboratory",
    "transfusion", "clinical"})
#: What services are named by: "Sexual Health", "Heart Failure", "Memory", "Eye Screening".
_SPECIALTY_WORDS = frozenset({"pain", "health", "sexual", "mental", "memory", "heart", "failure", "lung", "breast", "bowel",
                              "kidney", "renal", "liver", "skin", "bone", "joint", "foot", "hand", "ear", "eye", "nose",
                              "throat", "dental", "diabetes", "diabetic", "stroke", "fracture", "sleep", "weight",
                              "fertility", "maternity", "antenatal", "family", "women's", "men's", "children's",
                              "cardiac", "cancer", "screening", "wound", "falls", "continence", "stoma", "respiratory",
                              "pulmonary", "chest", "spinal", "brain", "vascular", "infusion", "dialysis", "transplant",
                              "gender", "travel", "minor", "injuries", "urgent", "emergency", "day", "surgery", "care",
                              "speech", "hearing", "vision", "orthopaedic", "orthopedic", "rheumatology", "neurology",
                              "oncology", "cardiology", "dermatology", "haematology", "hematology", "urology"})
#: "at Primary School", "at Sunday Mass": capitalised, but no one place.
_GENERIC_VENUE = frozenset({"primary", "secondary", "high", "junior", "middle", "senior", "sixth", "form", "grammar",
                            "nursery", "school", "college", "uni", "university", "med", "grad", "art", "bible", "study",
                            "church", "mass", "work", "home", "the", "big", "smoke"})


#: "myomectomy at UHW", "surgery at the RNENT", "bus to QEQM", "three days in the GRI", "ended up in AIIMS": a
#: hospital named by its initials ("in" and "from" only with "the" or after a stay: "in MS", "from SE" are no places).
_INITIALS_AT = re.compile(r"\b(?:(?:at|At|to|into|(?:ended[ \t]+up|admitted|treated|stayed|operated(?:[ \t]+on)?|delivered|"
                          r"works?|worked|working|nurse|doctor|consultant|clinics?|appointments?|scans?|surgery|"
                          r"operation|specialist|team|unit|ward)[ \t]+in)[ \t]+(?P<the>the[ \t]+)?|"
                          r"(?:in|from|In|From)[ \t]+(?P<the_>the[ \t]+))"
                          r"(?P<initials>[A-Z][A-Z&]{1,7})(?![\w&-]|['’](?!s\b)|[ \t]*[-/]?\d)")


def hospital_initials(text: str, is_medical: Any) -> list[tuple[int, int]]:
    found = []
    for match in _INITIALS_AT.finditer(text):
        initials = match.group("initials")
        lower = initials.lower()
        before = re.search(r"(\S+)[ \t]+$", text[max(0, match.start() - 30):match.start()])
        after = re.match(r"[ \t]+([^\W\d_][\w'’-]*)", text[match.end():match.end() + 30])
        town_after = after is not None and after.group(1).lower() in vocabulary.towns() \
            and after.group(1).lower() not in vocabulary.large_places()
        shouted = before is not None and before.group(1).isupper() and (
            common_word(before.group(1).lower()) or before.group(1).lower() in _STOP)
        if shouted or after and after.group(1)[:1].isupper() and not town_after \
                or match.group()[0].isupper() and not at_sentence_start(text, match.start()):
            continue  # "I AM AT HOME NOW", "at MS Society": shouting, or initials in a longer name (not "at CMC Vellore")
        if len(initials) < (2 if match.group("the") or match.group("the_") else 3) \
                or lower in vocabulary.KNOWN_INITIALS or is_medical(initials) or medical_word(lower) \
                or lower not in vocabulary.HOSPITAL_INITIALS and (
                    common_word(lower) or lower in vocabulary.EVERYDAY_WORDS or lower in _STOP):
            continue  # "at HDU", "at the GP", "at WORK"
        found.append((match.start("initials"), match.end() + after.end() if town_after and after else match.end("initials")))
    return found


#: "Where: Kuncsorba Country Club.": a meeting's place, after its label, whatever its case.
_WHERE_LABEL = re.compile(r"(?im)(?:^|[;|•][ \t]*|[ \t][—–][ \t]*)[ \t]*(?:where|location|venue|meeting place|meeting point|"
                          r"hospital|clinic|practice|surgery|town|city|area|suburb|village|county|hometown|home town|"
                          r"neighbou?rhood|parish|church|school)[ \t]*:[ \t]*([^\n.,;:()!?]+)")
#: What a meeting place is, after its name: "country club", "church hall".
_VENUE_NOUNS = frozenset({"country", "club", "hall", "centre", "center", "church", "library", "hotel", "park", "school",
                          "room", "rooms", "cafe", "café", "pub", "hospital", "clinic", "community", "house", "the",
                          "village", "town", "main", "lounge", "entrance", "reception", "office", "building"})


def not_a_venue(word: str) -> bool:
    """A word that names a kind of place, a department, a service or a time, not one place: "in
    Hospital", "in Majors", "at Home", "at Noon"."""
    return any(word in words for words in (_KIND_OF_PLACE, _DEPARTMENTS, _NOT_VENUE, _SERVICE_NOUNS, _SPECIALTY_WORDS,
                                           _GENERIC_VENUE, _VENUE_NOUNS))


def where_labels(text: str, is_medical: Any) -> list[tuple[int, int]]:
    found = []
    for match in _WHERE_LABEL.finditer(text):
        words = list(re.finditer(r"[^\s]+", match.group(1)))
        while words and words[-1].group().lower() in _VENUE_NOUNS:
            words.pop()
        titled = sum(w.group()[:1].isupper() and w.group().lower() not in _STOP and not not_a_venue(w.group().lower())
                     and not is_medical(w.group()) and not w.group().endswith("ed") for w in words) >= 2
        if not words or not titled and all(common_word(w.group().lower()) or w.group().lower() in vocabulary.EVERYDAY_WORDS
                                           or w.group().lower() in _STOP or is_medical(w.group()) for w in words):
            continue  # "Where: online", "Location: the usual cafe"; though "Hospital: Holy Cross"
        found.append((match.start(1) + words[0].start(), match.start(1) + words[-1].end()))
    return found


def _after_capital(text: str, start: int) -> bool:
    """The word before ``start`` is capitalised in mid-sentence, as in a title (not a relative's
    word, written as a name: "drove Grandpa to LDS Hospital")."""
    before = re.search(r"(\S+)[ \t]+$", text[max(0, start - 30):start])
    return before is not None and before.group(1)[:1].isupper() and not re.search(r"-[a-z]", before.group(1)) \
        and not (len(before.group(1)) > 1 and before.group(1).isupper()) \
        and before.group(1).lower() not in _KIN_WORDS and before.group(1).lower() not in HONORIFICS \
        and not at_sentence_start(text, start - len(before.group()))  # "Hmong-speaking" is no title's word


def short_named_hospitals(text: str) -> list[tuple[int, int]]:
    """"MRI at the Neuro", "born at the Women's": a hospital known by its specialty or its patients,
    capitalised after a lowercase "at the" (a medical word, so the medical veto must not undo it)."""
    found = []
    for match in _VENUE_THE.finditer(text) if _SHORT_NAME.search(text) else ():
        if match.group(1).lower() in _HOSPITAL_SHORT_NAMES and text[match.start():match.start(1)].islower():
            found.append((match.start(1), match.end(1)))
    return found


def venues(text: str, is_medical: Any) -> list[tuple[int, int]]:
    found = []
    for match in (*_VENUE_AT.finditer(text), *_VENUE_TO.finditer(text)):
        words = match.group(1).split()
        cue = match.start() if match.re is _VENUE_AT else text.rindex("to", match.start(), match.start(1))
        if match.re is _VENUE_TO and " from " in text[match.start():cue + 1]:
            cue = match.start()  # "drive from Fremont to UCSF Benioff": the town before "to" is no title's word
        if not at_sentence_start(text, cue) if text[cue].isupper() else _after_capital(text, cue):
            continue  # "Feeling Better At Last", "Back Home at Last Thanks": a title
        if not _venue(match.group(1), words, is_medical):
            continue
        found.append((match.start(1), match.end(1) - (1 if match.group(1)[-1] in "'’" else 0)))
    for match in _STATE_HOSPITAL.finditer(text) if "Hospi" in text or "Cent" in text or "Infirmary" in text else ():
        if match.group(1).split()[0].lower() in vocabulary.large_places():
            found.append(match.span(1))  # "fly to Alaska Native Medical Center in [place]"
    for match in _PLACE_MEDICINE.finditer(text) if "Medicine" in text else ():
        place = match.group(1).split()[0].lower()
        if (place in vocabulary.large_places() or place in vocabulary.towns() or place in vocabulary.surnames()) \
                and place not in _MEDICINE_BRANCHES and place not in _SPECIALTY_WORDS and not common_word(place) \
                and not is_medical(place) and not not_a_venue(place):
            found.append(match.span(1))  # "gave his bone marrow at Nebraska Medicine"
    for match in _HOSPITAL_WORD_DOES.finditer(text) if "the " in text else ():
        if not _after_capital(text, match.start()):
            found.append(match.span(1))  # "the falls team at the General want her on it"
    for match in _VENUE_THE.finditer(text):
        name = match.group(1)
        lower = name.lower()
        acronym = re.match(r"[A-Z&]{2,}[ \t]", text[match.start():match.start() + 5]) is not None  # "ER at", "MRI at"
        if not acronym and (not at_sentence_start(text, match.start()) if text[match.start()].isupper()
                            else _after_capital(text, match.start())):
            continue  # "Home From The Royal", "Back to the Causeway Again": a title
        if lower in _HOSPITAL_WORDS:
            found.append((match.start(1), match.end(1)))  # "at the Royal", "to the General"
            continue
        after_service = not re.search(r"the[ \t]+$", text[match.start():match.start(1)])
        if after_service and lower in _HOSPITAL_ADJECTIVES:
            found.append((match.start(1), match.end(1)))  # "my pain doc at Swedish", "seen at Presbyterian"
            continue
        if not name[1:].islower() or lower.endswith(("ist", "ism", "ese", "ish")) or vocabulary.demonym(lower) or is_medical(name) \
                or medical_word(lower) and not (after_service and common_word(lower)) or lower.removesuffix("s") in _CHAINS \
                or lower in vocabulary.large_places() or lower in vocabulary.EVERYDAY_WORDS \
                or not_a_venue(lower) or lower in _STOP:
            continue  # "at the Hospice", "admitted to Resus", "in the Netherlands"
        # After a service and "at", a capital mid-sentence names where, though the word is common
        # ("The Hmong-speaking nurse at Regions"); after "at the", "in the", a common word may be a thing.
        if vocabulary.english_frequency(lower) < 10_000 or after_service:
            found.append((match.start(1), match.end(1)))
    return found


#: A health system named by its state, town or university and "Medicine": "bone marrow at Nebraska
#: Medicine", "seen at Michigan Medicine" (not "trained in Family Medicine").
#: ... and a hospital named by its state or country and a word or two: "fly to Alaska Native Medical Center",
#: "at Nebraska Methodist Hospital".
_STATE_HOSPITAL = re.compile(rf"\b(?:at|to|from|in|into)[ \t]+({UPPER}[a-z]+(?:[ \t]+{UPPER}[\w'’]+){{1,2}}[ \t]+"
                             r"(?:Hospital|Medical[ \t]+Cent(?:er|re)|Health[ \t]+Cent(?:er|re)|Infirmary|Hospice))\b")
_PLACE_MEDICINE = re.compile(rf"\b(?:at|to|from|with|by)[ \t]+({UPPER}[a-z]+[ \t]+Medicine)\b(?![ \t]+{UPPER})")
#: Local health bodies, named by their region: "the Northern Care Alliance", "Hywel Dda University Health Board".
_LOCAL_HEALTH_BODY = re.compile(r"\b(?:Care Alliance|Health Board|NHS Trust|Foundation Trust|Health Trust|Health Partners)$")


def _venue(run: str, words: list[str], is_medical: Any) -> bool:
    if _LOCAL_HEALTH_BODY.search(run) and len(words) > 2:
        return True  # though "Alliance" and "Foundation" name national bodies elsewhere
    if len(words) == 2 and words[1] == "State" and words[0].lower() in vocabulary.large_places():
        return True  # "at Ohio State": a university, in one town, though named by its state
    if any(w.lower().strip("'’") in _NOT_VENUE or w.isupper() and (
            w.lower() in vocabulary.KNOWN_INITIALS or is_medical(w) or len(w) == 1 or w.lower() in _STOP) for w in words):
        return False  # "at Christmas Eve", "at the Leukaemia Foundation", "at NHS Digital" (though "to UT Southwestern")
    if all(w.lower() in _GENERIC_VENUE for w in words):
        return False  # "at Primary School"
    if words[-1].lower() in _SERVICE_NOUNS and all(is_medical(w) or w.lower() in _SPECIALTY_WORDS for w in words[:-1]):
        return False  # "at Pain Clinic", "at Sexual Health Clinic", though "at Skin Deep Clinic"
    if words[-1] in ("Medicine", "Health") and all(is_medical(w) or w.lower() in _SPECIALTY_WORDS
                                                   or w.lower() in _MEDICINE_BRANCHES for w in words[:-1]):
        return False  # "works at Internal Medicine", "referred to Sports Medicine"
    places = vocabulary.large_places()
    # "at New York", "at the Ghana Union": a state or a country, or a national body
    return not (is_medical(run) or run.lower() in places or f"{words[0]} {words[1]}".lower() in places
                or words[0].lower() in places)


@lru_cache(maxsize=1)
def _cued_towns() -> dict[str, tuple[str, ...]]:
    """Towns of two or three words and 15,000 people or more, by their first word ("palm springs",
    "thunder bay", "west palm beach"): after where people live or move, a town, whatever its words."""
    by_first: dict[str, list[str]] = {}
    for name in vocabulary.large_towns():
        words = name.split()
        if 2 <= len(words) <= 3 and name not in vocabulary.large_places() and words[0] not in _STOP \
                and all(re.fullmatch(r"[^\W\d_][\w'’.-]*", w) for w in words):
            by_first.setdefault(words[0], []).append(" ".join(words[1:]))
    return {first: tuple(sorted(rest, key=len, reverse=True)) for first, rest in by_first.items()}


def _cued_town_end(folded: str, start: int) -> int | None:
    first = re.match(r"[^\W\d_][\w'’.-]*", folded[start:start + 40])
    if first is None:
        return None
    for rest in _cued_towns().get(first.group(), ()):
        end = start + len(first.group()) + 1 + len(rest)
        if folded[start + len(first.group()):end] == " " + rest and not re.match(r"[\w'’-]", folded[end:end + 1]):
            return end
    return None


#: A town whose name is an everyday word too, capitalised where someone lives: "Nuestra familia is in
#: Corona;" (not "a Corona", "in March").
_LIVES_IN_EVERYDAY_TOWN = re.compile(r"(?:\b(?:is|are|was|were|live|lives|lived|living|based|moved)|['’]re)[ \t]+(?:in|to)"
                                     rf"[ \t]+({UPPER}[a-z]+)\b" + _TOWN_FOLLOWS)
MONTH_NAMES = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                         "october", "november", "december"})
#: A care home by its name's word and its kind, in lowercase: "dad's in the memory unit at pioneer manor
#: now", "grandma passed at sunny acres" (not "at the manor", "at the opera house", "in a care home").
_CARE_HOME_LOWER = re.compile(r"\b(?:at|in|into|to|from)[ \t]+([a-z][a-z'’-]+[ \t]+(?:manor|lodge|grange|gardens|villa|"
                              r"villas|court|house|hall|acres|meadows))\b" + _TOWN_FOLLOWS)
_CARE_HOME_KINDS = (" manor", " lodge", " grange", " gardens", " villa", " court", " house", " hall", " acres", " meadows")
_NOT_CARE_HOME_NAMES = frozenset({"care", "nursing", "rest", "guest", "boarding", "halfway", "safe", "opera", "court", "ware",
                                  "power", "green", "club", "tree", "dog", "farm", "town", "work", "country", "public",
                                  "full", "open", "half", "mad", "big", "old", "new", "manor", "church", "village",
                                  "community", "sports", "dance", "bingo", "pool", "school", "council", "meeting", "coffee",
                                  "pancake", "waffle", "steak", "whole", "ice", "fire", "light", "glass", "tea", "beach"})
#: A centre by its name's word in lowercase, after "the": "the monday meeting at the angel centre says" (not
#: "at the community centre", "the cancer centre").
_NAMED_CENTRE_LOWER = re.compile(r"\b(?:at|to|from|in|into)[ \t]+the[ \t]+([a-z][a-z'’-]+[ \t]+(?:centre|center))\b")
_GENERIC_CENTRES = frozenset({"community", "leisure", "health", "day", "job", "jobs", "garden", "shopping", "town", "city",
                              "sports", "sport", "medical", "treatment", "resource", "family", "children's", "youth",
                              "visitor", "visitors", "call", "test", "testing", "vaccination", "vaccine", "walk-in",
                              "recovery", "rehab", "drop-in", "wellbeing", "wellness", "carers", "carers'", "advice",
                              "support", "information", "learning", "education", "training", "conference", "arts",
                              "art", "music", "dance", "fitness", "swimming", "aquatic", "early", "respite", "care",
                              "nursing", "breast", "eye", "heart", "kidney", "renal", "stroke", "diabetes", "memory",
                              "pain", "sleep", "spinal", "burns", "trauma", "transplant", "birth", "birthing", "women's",
                              "men's", "older", "elderly", "senior", "seniors", "civic", "distribution", "service",
                              "contact", "crisis", "detox", "addiction", "counselling", "counseling", "mental", "guidance",
                              "assessment", "outpatient", "outpatients", "cardiac", "infusion", "dialysis", "research",
                              "main", "local", "new", "old", "big", "same", "other", "whole", "nearest", "nearby",
                              "friendship", "med", "fulfillment", "fulfilment", "logistics", "employment", "skills",
                              "welcome", "cultural", "heritage", "islamic", "data", "control", "command", "lifestyle"})
#: A saint's hospital by the saint's initial: "mum's chemo is at st v's in darlinghurst", "the kidney
#: clinic at st. b".
_SAINT_INITIAL = re.compile(r"\b(?:at|to|from|in|into)[ \t]+((?i:st)\.?[ \t]+[A-Za-z](?:['’]s)?)(?![\w'’-]|\.\w)")
#: A hospital or a person by initials and a name, after a word for where: "the wellness circle at W.W.
#: Hastings", "seen at J.C. Lincoln" (not "in the U.S. Army").
_WHERE_INITIALS_NAME = re.compile(r"\b(?:at|to|from|into|in)[ \t]+(((?:[A-Z]\.[ \t]?){1,3})[A-Z][a-z][\w'’-]*"
                                  r"(?:[ \t]+[A-Z][a-z][\w'’-]*)?)")
_COUNTRY_INITIALS = frozenset({"us", "uk", "dc", "eu", "un", "ny", "la", "nz", "sa", "uae", "usa", "ussr", "gb"})


#: Where someone works, capitalised in mid-sentence: "I work nights at Rush", "she worked at Kessler for years".
_WORKS_AT_NAMED = re.compile(rf"\b(?:work|works|worked|working)(?:[ \t]+(?:nights|days|shifts|weekends|part[ -]time|"
                             rf"full[ -]time|agency|bank))?[ \t]+at[ \t]+({UPPER}[\w'’&-]*(?:[ \t]+{UPPER}[\w'’&-]*){{0,2}})")


def _founder_word(word: str, is_medical: Any, frequency: int) -> bool:
    """A surname in lowercase after "the" that may name a hospital: rare, and none of the words
    that stand there for kin, roles, medicine or large places."""
    return not common_word(word) and vocabulary.english_frequency(word) < frequency and not british_spelling(word) \
        and word not in _STOP and word not in vocabulary.EVERYDAY_WORDS and word not in _KIN_WORDS \
        and word not in ROLE_WORDS and not is_medical(word) and word not in vocabulary.large_places()


def cued_places(text: str, is_medical: Any) -> list[RecognizerResult]:
    """Places no gazetteer knows, told by the words around them: a place's prefix before a first
    name ("Port Rachael", "lake sally"), a rare word where people live or move ("i moved from
    sporup", "anyone near rongotoa?"), before an institution ("the nadiad group") or after a word for
    a settlement ("the village of Little Snoring")."""
    found = []
    eponym_named: list[tuple[int, int]] = []  # hospitals named for someone whose name is an eponym too: not vetoed
    for match in _LIVES_IN_EVERYDAY_TOWN.finditer(text) if " in " in text or " to " in text else ():
        lower = match.group(1).lower()
        if lower in vocabulary.EVERYDAY_WORDS and lower in vocabulary.large_towns() and lower not in MONTH_NAMES \
                and not at_sentence_start(text, match.start(1)):
            found.append(match.span(1))  # "Nuestra familia is in Corona; my tía takes Abuelito"
    for match in _CARE_HOME_LOWER.finditer(text) if any(kind in text for kind in _CARE_HOME_KINDS) else ():
        first = match.group(1).split()[0]
        if first not in _STOP and first not in vocabulary.EVERYDAY_WORDS and first not in _NOT_CARE_HOME_NAMES \
                and first.removesuffix("s") not in _KIN_WORDS and not is_medical(first) \
                and not first.endswith(("ing", "'s", "’s")):  # not "at karen's house": her name is found, not a home's
            found.append(match.span(1))  # "dad's in the memory unit at pioneer manor now"
    for match in _WORKS_AT_NAMED.finditer(text) if "work" in text else ():
        words = match.group(1).split()
        first = words[0].lower().removesuffix("'s").removesuffix("’s")
        if first not in _STOP and first not in vocabulary.EVERYDAY_WORDS and first not in _CHAINS \
                and first not in vocabulary.KNOWN_INITIALS and not is_medical(match.group(1)) \
                and not any(is_medical(w) or medical_word(w.lower()) for w in words) \
                and first not in vocabulary.large_places() and not _shouted(text):  # not "at Internal Medicine"
            found.append(match.span(1))  # "I work nights at Rush": a workplace, named
    for match in _NAMED_CENTRE_LOWER.finditer(text) if "cent" in text and not any(c.isupper() for c in text) else ():
        first = match.group(1).split()[0]
        if first not in _GENERIC_CENTRES and first not in _STOP and first not in vocabulary.EVERYDAY_WORDS \
                and not first.endswith(("ing", "ly")) and not is_medical(first) and not medical_word(first) \
                and not vocabulary.demonym(first):
            found.append(match.span(1))  # "the monday meeting at the angel centre says"
    for match in _SAINT_INITIAL.finditer(text) if "st" in text or "St" in text or "ST" in text else ():
        found.append(match.span(1))  # "mum's chemo is at st v's in [place]"
    for match in _WHERE_INITIALS_NAME.finditer(text) if "." in text else ():
        if re.sub(r"[.\s]", "", match.group(2)).lower() not in _COUNTRY_INITIALS:
            found.append(match.span(1))  # "the wellness circle at W.W. Hastings in [place]"
    for match in _PLACE_PREFIX.finditer(text):
        word = match.group(2)
        lower = word.lower()
        unknown = not in_dictionary(lower) and vocabulary.english_frequency(lower) < vocabulary.KNOWN \
            and not medical_word(lower) and len(lower) > 3
        if match.group()[:1] in "lL" and match.group()[:4].lower() in ("loch", "loug"):
            unknown = True  # "the camp at loch eil", "loch ness": a loch's name, whatever its word
        if (lower not in vocabulary.first_names() and not unknown) or lower in _STOP or lower in vocabulary.EVERYDAY_WORDS:
            continue  # "Port Rachael", "port akver"
        if match.group().lower() in vocabulary.large_places() or is_medical(word):
            continue  # "North Carolina", "West Virginia"
        if word.islower() and (lower in vocabulary.AMBIGUOUS_FIRST_NAMES or match.group(1) and (
                match.group(1).lower() == "new" or common_word(lower) and match.group(1).islower()
                and lower not in vocabulary.name_words())):
            continue  # "south rosemary", but "a new mark", "west will" are words
        found.append((match.start(), match.end()))
    for match in _TOWN_BEFORE_HOSPITAL.finditer(text) if "hospital" in text or "infirmary" in text or " base" in text else ():
        words = match.group(1).split()
        for town in (match.group(1), words[-1]) if len(words) > 1 else (match.group(1),):
            if town in vocabulary.towns() and town not in _STOP and town not in vocabulary.EVERYDAY_WORDS \
                    and not is_medical(town):
                found.append((match.end(1) - len(town), match.end(1)))  # "at orange base hospital", "at broken hill base"
                break
        else:
            word = words[-1]
            if text.startswith(" base", match.end(1)) and _WHERE_BEFORE_BASE.search(text, max(0, match.end(1) - len(word) - 8),
                                                                                   match.end(1) - len(word)) \
                    and word not in _STOP and word not in _NOT_A_BASE_NAME and not is_medical(word):
                found.append((match.end(1) - len(word), match.end(1) + len(" base")))  # "my aunty is in grey base,"
    for match in _OUR_LADYS.finditer(text) if "ady" in text else ():
        found.append(match.span(1))  # "me granny is in our lady's in navan since friday"
    for match in _OUR_LADY_OF.finditer(text) if "ady of" in text or "ADY OF" in text else ():
        if not is_medical(match.group(1).split()[-1]):
            found.append(match.span(1))  # "he's been at lady of the sea in cut off since sunday"
    for match in _CHILDRENS_OF_LOWER.finditer(text) if "children" in text else ():
        words = match.group(2).split()
        for size in (2, 1) if len(words) > 1 else (1,):
            place = " ".join(words[:size])
            if place in vocabulary.large_places() or place in vocabulary.large_towns() or place in _CHILDRENS_NAMED_BY:
                found.append((match.start(1), match.start(2) + len(place)))  # "at children's of michigan"
                break
    if "hospital" in text or "infirmary" in text:
        for match in _WORD_HOSPITAL_LOWER.finditer(text):
            word = match.group(1)
            if " " in word and word not in vocabulary.towns():
                continue  # "drove me to mile end hospital": a town of two words, or one word ("in valley hospital")
            if (word in vocabulary.towns() or word in vocabulary.word_towns()) and word not in _HOSPITAL_KINDS \
                    and word not in _STOP and word not in vocabulary.EVERYDAY_WORDS and not not_a_venue(word) \
                    and word not in _KIN_WORDS and not is_medical(word) and word not in vocabulary.large_places():
                found.append((match.start(1), match.end()))  # "the doctor at cwm hospital changed her tablets"
    for match in _MEMORIAL_LOWER.finditer(text) if "memorial" in text else ():
        first = match.group(1).split()[0]
        if first not in _STOP and first not in _HOSPITAL_KINDS and first != "war" and not is_medical(first):
            found.append(match.span(1))  # "the doctor at colonial war memorial hospital"
    for match in _AT_GIVEN_POSSESSIVE_LOWER.finditer(text) if "'s" in text or "’s" in text else ():
        word = match.group(1)
        if word in vocabulary.given_names() and word not in _CHAINS_NAMED_FOR_PEOPLE and word not in _KIN_WORDS \
                and word not in _STOP and word not in vocabulary.EVERYDAY_WORDS and not is_medical(word) \
                and word not in vocabulary.large_places() and word not in _ABSTRACT_NAMES:
            # "take turns staying at jimmy's with dad": the place; "at jenny's house": her name
            found.append((match.start(1), match.end(1) if _POSSESSED_AFTER.match(text, match.end()) else match.end()))
    for match in _CAMPUS_LOWER.finditer(text) if " u" in text else ():
        initials = match.group(1).split()[0]
        if match.group(2) in vocabulary.towns() and initials not in _STOP and not common_word(initials):
            found.append(match.span(1))  # "anyone else at ut austin get accommodations"
    for match in _HYPHENED_AFTER_WHERE.finditer(text) if "-" in text else ():
        parts = [part for part in match.group(1).lower().split("-") if part]
        if match.group(1).lower() not in _NOT_PLACE_COMPOUNDS and not is_medical(match.group(1)) and not any(
                part in _STOP and len(part) > 3 or part in vocabulary.EVERYDAY_WORDS or is_medical(part)
                or part in vocabulary.all_languages() for part in (parts[0], parts[-1])) and parts[0] not in _COMPOUND_HEADS:
            found.append(match.span(1))  # "we drive in from Cedar-Riverside every morning"
    for match in _LOWER_STREET_AFTER_VENUE.finditer(text) if " on " in text else ():
        word = match.group(1)
        if not in_dictionary(word) and word not in _STOP and word not in vocabulary.EVERYDAY_WORDS and not is_medical(word) \
                and word not in vocabulary.large_places() and vocabulary.english_frequency(word) < vocabulary.COMMON:
            found.append(match.span(1))  # "at the walgreens on closner, finally"
    for match in _STREET_AFTER_VENUE.finditer(text) if _ON_WORD.search(text) else ():
        first = match.group(1).split()[0]
        lower = first.lower()
        if lower in _STOP or lower in vocabulary.EVERYDAY_WORDS or lower in vocabulary.large_places() or is_medical(first) \
                or first.isupper() and lower in vocabulary.KNOWN_INITIALS or in_holiday(text, match.start(1), match.end(1)) \
                or re.match(r"[ \t]+\d", text[match.end(1):match.end(1) + 3]):
            continue  # "the clinic on Monday", "the clinic on Zoom", "the clinic on Level 2"
        found.append((match.start(1), match.end(1)))  # "the clinic on Broadway", "the chemist on Main"
    for match in _APPOSITIVE_VENUE.finditer(text) if ", " in text else ():
        first = match.group(1).split()[0].lower()
        if first in _STOP or first in vocabulary.EVERYDAY_WORDS or first in vocabulary.large_places() \
                or first in vocabulary.KNOWN_INITIALS or is_medical(match.group(1)) or not_a_venue(first) \
                or first.rstrip(".") in TITLE_WORDS or first.rstrip(".") in HONORIFICS:
            continue  # "our church, God bless them,", "my clinic, NHS Lothian's,", "ours, Mrs. [name], retired"
        found.append(match.span(1))  # "Our church, Oriental Mission, runs", "my gym, Iron Works."
    for match in _NAMED_LANDSCAPE.finditer(text) if _LANDSCAPE_WORD.search(text) else ():
        if match.group(1).split()[0].lower() not in _STOP and not in_holiday(text, match.start(1), match.end(1)):
            found.append((match.start(1), match.end(1)))  # "a walk on the Town Moor", "the Castle Fields"
    for match in _NAMED_MALL.finditer(text) if re.search(r" (?:Mall|Plaza|Centre|Center|Galleria|Hall)\b", text) else ():
        found.append(match.span(1))  # "we live near the Asian Garden Mall"
    for match in _NAMED_SQUARE.finditer(text) if re.search(r" (?:Square|Circus|Cross|Junction)\b", text) else ():
        if match.group(1).split()[0].lower() not in _STOP:
            found.append(match.span(1))  # "his GP in Journal Square"
    for match in _COMPASS_AREA.finditer(text) if any(f"the {point} " in text for point in ("north", "south", "east", "west")) \
            else ():
        word = match.group(2)
        if word not in _AREA_KINDS and word not in _STOP and word not in vocabulary.EVERYDAY_WORDS \
                and not is_medical(word) and match.group(1) not in vocabulary.large_places():
            found.append(match.span(1))  # "the respiratory nurse from the north tees comes every friday"
    for match in _EPONYM_KIND_LOWER.finditer(text) if "general" in text or "university" in text else ():
        word = match.group(1).split()[0]
        if word in vocabulary.surnames() and is_medical(word) and not common_word(word) and word not in _STOP:
            found.append(match.span(1))  # "mam's just home from mayo general"
    for match in _MOVED_FROM_INITIALS.finditer(text) if " from " in text or " fae " in text or " frae " in text else ():
        word = match.group(1)
        if _hospital_initials(word) and word not in _STOP and word not in _REGION_CODES and not is_medical(word):
            found.append(match.span(1))  # "my agogo was moved from kch to mzuzu central"
    for match in _HOSPITAL_IS_IN_TOWN.finditer(text) if " is " in text and " in " in text else ():
        word = match.group(1)
        if (word in _HOSPITAL_ADJECTIVES or word == "memorial" or _hospital_initials(word) or unknown_place_word(word)
                or word in vocabulary.surnames() and not common_word(word)) and word not in _STOP \
                and word not in vocabulary.EVERYDAY_WORDS and not is_medical(word) and _names_a_town(match.group(2)):
            found.append(match.span(1))  # "the nearest children's hospital is memorial in savannah"
    for match in _HEALTHCARE_IN_TOWN.finditer(text) if "health" in text else ():
        words = match.group(1).split()[:-1]
        if words[0] not in _STOP and words[0] not in HEALTH_DEPARTMENTS and _names_a_town(match.group(2)) \
                and not any(is_medical(word) for word in words):
            found.append(match.span(1))  # "my pop is at south west healthcare in warrnambool"
    for match in _INITIALS_MEDICAL.finditer(text) if " medical" in text or " health" in text else ():
        word = match.group(1).split()[0]
        town = _IN_TOWN_AFTER.match(text, match.end(1))
        # before its town, a short word that is some dictionary's too: "at ut medical in knoxville"
        if (_hospital_initials(word) or town and _names_a_town(town.group(1)) and not common_word(word)) \
                and word not in _STOP and word not in HEALTH_DEPARTMENTS \
                and word not in vocabulary.EVERYDAY_WORDS and not is_medical(word):
            found.append(match.span(1))  # "my granny goes to ou medical in okc for her chemo"
    for match in _AT_INITIALS_IN_TOWN.finditer(text) if " at " in text or " to " in text else ():
        word = match.group(1)
        if _hospital_initials(word) and word not in vocabulary.KNOWN_INITIALS and word not in _STOP \
                and word not in vocabulary.EVERYDAY_WORDS and not is_medical(word) and _names_a_town(match.group(2)):
            found.append(match.span(1))  # "my abuelita gets her insulin at dhr in edinburg"
    for match in _CHILDRENS_ALONE.finditer(text) if "hildren" in text else ():
        found.append(match.span(1))  # "they admitted her at children's downtown"
    for match in _HEALTH_SCIENCES.finditer(text) if "health sciences" in text else ():
        found.append(match.span(1))  # "she'd rather go to the health sciences"
    for match in _MOUNT_LOWER.finditer(text) if "mt" in text else ():
        if match.group(1).split()[-1] not in _STOP:
            found.append(match.span(1))  # "they took her to mt hope"
    for match in _NAMED_FACILITY_LOWER.finditer(text) if " the " in text and any(
            kind in text for kind in ("centre", "center", "unit", "ward", "wing", "clinic", "institute", "hospice", "suite",
                                      "pavilion")) else ():
        word = match.group(1).split()[0]
        if (word in vocabulary.given_names() or word in vocabulary.surnames()) and not common_word(word) \
                and not not_a_venue(word) and word not in _STOP and word not in vocabulary.EVERYDAY_WORDS \
                and word not in _KIN_WORDS and not vocabulary.demonym(word) and not is_medical(word) \
                and not medical_word(word):
            found.append(match.span(1))  # "he's at the miller centre for rehab"
    for match in _FROM_POSSESSIVE_PLACE.finditer(text) if " from " in text else ():
        owner = match.group(1).split()[0][:-2]
        if owner not in _STOP and owner not in _KIN_WORDS and owner not in {"god", "gods", "nature", "mother", "father"} \
                and match.group(2) not in _NOT_POSSESSED_PLACES and owner not in vocabulary.EVERYDAY_WORDS:
            found.append(match.span(1))  # "we're from heart's content"
    for match in _ISLAND_LOWER.finditer(text) if any(word in text for word in _ISLAND_WORDS) else ():
        first = match.group(1).split()[0]
        if first not in _NOT_ISLAND_NAMES and first not in _STOP and first not in vocabulary.EVERYDAY_WORDS \
                and (not first.endswith("ing") or text.startswith("at", match.start())
                     and _TOWN_FOLLOWS_AT.match(text, match.end(1))) and not first.endswith("est") \
                and not vocabulary.demonym(first) and match.group(1) not in vocabulary.large_places() \
                and not is_medical(first):
            found.append(match.span(1))  # "the diabetes educator jacinta from palm island", "from fox hill",
            # "we're all at stepping hill tonight"
    for match in _STAYED_AT_THE_KIND.finditer(text) if " the " in text else ():
        found.append(match.span(1))  # "i was at the western for six weeks"
    for match in _WORKS_AT_THE.finditer(text) if " at the " in text else ():
        found.append(match.span(1))  # "now on nights at the royal in wolverhampton"
    for match in _SERVICE_AT_LOWER_THE.finditer(text) if " the " in text else ():
        if match.group(1) == "city" and _TAKEN_SOMEONE.search(match.group()):
            continue  # "we took her to the city for shopping": the city itself
        found.append((match.start(1), _branch_end(text, match.end(1), is_medical)))  # "on the ICU at the general",
        # "my diabetes nurse claire at the royal free suggested"
    for match in _TOWN_ROYAL_LOWER.finditer(text) if " royal" in text else ():
        if (match.group(2) in vocabulary.towns() or match.group(2) in vocabulary.large_places()) \
                and match.group(2) not in _STOP and match.group(2) not in vocabulary.EVERYDAY_WORDS:
            found.append(match.span(1))  # "the ambulance took her to hull royal"
    for match in _FAITH_HOSPITAL.finditer(text) if "ist" in text or "eran" in text or "rian" in text or "opal" in text \
            or "IST" in text or "ERAN" in text or "RIAN" in text or "OPAL" in text else ():
        found.append(match.span(1))  # "the social worker at lutheran got my mom medicaid"
    for match in _NUMBERED_SCHOOL.finditer(text) if _DIGIT.search(text) else ():
        found.append(match.span(1))  # "my son goes to speech at ps 189"
    for match in _THE_FOUNDER_LOWER.finditer(text) if " the " in text else ():
        word = match.group(1)
        if word in vocabulary.surnames() and (word in vocabulary.first_names() or not in_dictionary(word)) \
                and _founder_word(word, is_medical, _FOUNDER_FREQUENCY):
            found.append(match.span(1))  # "we got the call from the freeman at 2am"
    for match in _THE_FOUNDER_DOES_LOWER.finditer(text) if "the " in text else ():
        word = match.group(1)
        if word in vocabulary.surnames() and not in_dictionary(word) and _founder_word(word, is_medical, _FOUNDER_DOES_FREQUENCY):
            found.append(match.span(1))  # "does anyone know if the beatson does parking permits?"
    for match in (*_STATE_SHORT_HOSPITAL.finditer(text), *_STATE_SHORT_HOSPITAL_LOWER.finditer(text)) \
            if "eneral" in text or "emorial" in text or " ear" in text.lower() else ():
        found.append(match.span(1))  # "just got back from Mass General"
    for match in _U_OF_INITIALS.finditer(text) if " of" in text else ():
        found.append(match.span(1))  # "in surgery at U of C"
    for match in _NAMED_CENTRE_BARE_LOWER.finditer(text) if "cent" in text else ():
        word = match.group(1)
        if (word in vocabulary.surnames() or word in vocabulary.given_names() or word in vocabulary.towns()) \
                and word not in _GENERIC_CENTRES and word not in _STOP and word not in vocabulary.EVERYDAY_WORDS \
                and not is_medical(word) and not medical_word(word) and not vocabulary.demonym(word):
            found.append((match.start(1), match.end()))  # "mom is doing better at shepherd center"
    for match in _HOLY_NAMED_LOWER.finditer(text) if "holy" in text or "sacred" in text or "good" in text \
            or "divine" in text or "precious" in text else ():
        found.append(match.span(match.lastindex or 1))  # "we buried my father-in-law at holy cross"
    for match in _BED_AT_LOWER.finditer(text) if " at " in text or " in " in text else ():
        word = match.group(1)
        if word not in _STOP and word not in vocabulary.EVERYDAY_WORDS and word not in NOT_A_SERVICE_PLACE \
                and not not_a_venue(word) and not is_medical(word) and word not in vocabulary.large_places() \
                and not common_word(word):
            found.append(match.span(1))  # "trying to get him a bed at laureate"
    for match in _HEY_PLACE_LOWER.finditer(text) if " hey" in text else ():
        word = match.group(1).split()[0]
        if word not in _STOP and word not in vocabulary.EVERYDAY_WORDS and not common_word(word) and not is_medical(word):
            found.append(match.span(1))  # "took my son to alder hey walk in"
    for match in _ELIDED_ARTICLE_PLACE.finditer(text) if "l'" in text or "l’" in text or "L'" in text or "L’" in text else ():
        word = match.group(1)[2:].split()[0].lower()
        if word not in _STOP and not is_medical(word) and word not in vocabulary.all_languages():
            found.append(match.span(1))  # "repaired at l'Enfant-Jésus"
    for match in _FROM_TOWN_TO_TOWN.finditer(text) if "from " in text and " to " in text else ():
        sides = {}
        for group in (1, 2):
            words = match.group(group)
            if " " in words and words not in vocabulary.towns() and words not in vocabulary.large_places():
                words = words.split()[0]  # "to townsville for", "from lismore base to": the town, one word
            sides[(match.start(group), match.start(group) + len(words))] = words
        towns_found = [span for span, words in sides.items() if _lower_town(words, is_medical)]
        large = [span for span, words in sides.items() if words in vocabulary.large_towns() or words in vocabulary.large_places()]
        if towns_found and len({*towns_found, *large}) == 2:
            found.extend(towns_found)  # "we drove up from ayr to townsville"
    for match in _HOSPITAL_WORD_IN_TOWN.finditer(text) if " the " in text else ():
        town = match.group(2)
        if re.match(r"(?:st\.?|saint)[ \t]", town) \
                or (town in vocabulary.towns() or town in vocabulary.large_places() or unknown_place_word(town)) \
                and town not in _STOP and town not in vocabulary.EVERYDAY_WORDS and not common_word(town) and not is_medical(town):
            found.append(match.span(1))  # "my nan is in the regional in sydney"
    for match in _AT_HOSPITAL_ADJECTIVE_CAPITAL.finditer(text):
        if not _after_capital(text, match.start()):
            found.append(match.span(1))  # "Dr. [name] at Covenant in Lubbock"
    for match in _FAITH_GENERAL_LOWER.finditer(text) if "eneral" in text or "ospital" in text or "emorial" in text \
            or "edical" in text else ():
        found.append(match.span(1))  # "had his bypass at the jewish general"
    for match in _MATCH_AT_LOWER.finditer(text) if " at " in text else ():
        word = match.group(1).split()[0]
        if word not in _STOP and word not in vocabulary.EVERYDAY_WORDS and word not in _MATCH_TIMES and not common_word(word) \
                and not is_medical(word) and not medical_word(word) and word not in NOT_A_SERVICE_PLACE and not not_a_venue(word):
            found.append(match.span(1))  # "still goes to the match at anfield"
    for match in _NEAREST_IS_LOWER.finditer(text) if "nearest" in text or "closest" in text or "local" in text else ():
        word = match.group(1)
        if word not in _STOP and word not in vocabulary.EVERYDAY_WORDS and not common_word(word) and not is_medical(word) \
                and not not_a_venue(word) and word not in NOT_A_SERVICE_PLACE and word not in _CHAINS:
            found.append(match.span(1))  # "the nearest cancer center is renown in reno"
    for match in _AT_WORD_FOR_CARE.finditer(text) if " for " in text else ():
        word, care = match.group(1), match.group(2)
        if (care in _CARE_ONE_IS_AT_FOR or is_medical(care)) and word not in _STOP and word not in vocabulary.EVERYDAY_WORDS \
                and word not in NOT_A_SERVICE_PLACE and not not_a_venue(word) and not is_medical(word) \
                and not medical_word(word) and word not in _CHAINS and word not in vocabulary.KNOWN_INITIALS \
                and word not in vocabulary.large_places() and not word.endswith(("ing", "ly")):
            found.append(match.span(1))  # "my dad is at sloan for his lymphoma"
    for match in _COMPASS_PLACE_LOWER.finditer(text) if "orth " in text or "outh " in text or "ast " in text \
            or "est " in text else ():
        word = match.group(1).split()[-1]
        if (text.startswith("at", match.start()) or _SERVICE_BEFORE_WHERE.search(text, max(0, match.start() - 60), match.start())
                or text.startswith("in", match.start()) and _IN_HOSPITAL_AFTER.match(text, match.end(1))) \
                and word not in _STOP and word not in vocabulary.EVERYDAY_WORDS and not is_medical(word) \
                and word not in _NOT_A_UNIT and word not in _NOT_COMPASS_PLACES:
            found.append(match.span(1))  # "the asthma clinic at north mid every 3 months"; after "at", whatever
            # came before: "had my gastric sleeve at north shore and"
    for match in _THE_POINT_KIND.finditer(text) if "infirmary" in text or "general" in text else ():
        found.append(match.span(1))  # "mam had her cataracts at the south infirmary"
    for match in _AT_THE_GREAT_POINT.finditer(text) if "great " in text else ():
        if _SERVICE_BEFORE_WHERE.search(text, max(0, match.start() - 60), match.start()):
            found.append(match.span(1))  # "she sees dr okafor at the great north, we're in jarrow"
    for match in _NUMBERED_POST.finditer(text) if _DIGIT.search(text) and ("ost" in text or "OST" in text or "ranch" in text
                                                                     or "RANCH" in text or "lub" in text) else ():
        found.append(match.span(1))  # "celebrated at VFW Post 8732 with his old squadron"
    for match in _RANKED_CHURCH.finditer(text) if "First" in text or "Second" in text or "Third" in text else ():
        found.append(match.span(1))  # "our home group meets in the basement of First Presbyterian"
    for match in _WORD_AND_HOSPITAL_KIND.finditer(text) if "al" in text or "ary" in text else ():
        first = match.group(1).split()[0]
        # A word that makes the kind generic ("community hospital") names one after "at", "to" or "from"
        # before what follows a place: "shout out to her at community regional, she made".
        named_by_pause = not text.startswith(("in", "into"), match.start()) and not match.group(1).endswith("hospital") \
            and _TOWN_FOLLOWS_AT.match(text, match.end(1)) is not None
        if (first not in _GENERIC_BEFORE_A_KIND and not first.endswith("ly") or named_by_pause) and first not in _STOP \
                and not is_medical(first) and first not in vocabulary.EVERYDAY_WORDS:
            found.append(match.span(1))  # "the chemo nurse tammy at self regional", "in victoria infirmary"
    for match in _AT_WORD_AND_PLACE_KIND.finditer(text) if " at " in text else ():
        first = match.group(1).split()[0]
        if _SERVICE_BEFORE_WHERE.search(text, max(0, match.start() - 60), match.start()) and first not in _STOP \
                and first not in vocabulary.EVERYDAY_WORDS and first not in _NOT_LANDSCAPE_NAMES and not is_medical(first):
            found.append(match.span(1))  # "me nan is on the acute ward at stepping hill, me auntie"
    for match in _NAMED_LAKE.finditer(text) if " lake" in text else ():
        first = match.group(1).split()[0]
        if first not in _NOT_LAKE_NAMES and first not in _STOP and first not in vocabulary.EVERYDAY_WORDS:
            found.append(match.span(1))  # "ice fishing on leech lake"
    for match in _DOCTOR_AT_THE.finditer(text) if " at " in text or " from " in text else ():
        word = match.group("word")
        if not match.group("the") and (second := _SECOND_PLACE_WORD_AFTER.match(text, match.end())) \
                and _TOWN_FOLLOWS_AT.match(text, second.end()) and word not in _STOP and not is_medical(word):
            found.append((match.start("word"), second.end()))  # "nurse claudette at whipps cross": a word and its kind
            continue
        if not match.group("the") and not _TOWN_FOLLOWS_AT.match(text, match.end()):
            continue  # "see dr patel at mayo?": without "the", before what follows a place
        if match.group("name").lower() not in _STOP and word not in _STOP and word not in _BODIES_ONE_IS_FROM \
                and word not in vocabulary.EVERYDAY_WORDS and word not in NOT_A_SERVICE_PLACE and word not in _NOT_A_UNIT \
                and not not_a_venue(word) and not medical_word(word) and word not in vocabulary.large_places() \
                and not word.endswith("ing") and word not in _TIME_WORDS:
            if not is_medical(word):
                found.append(match.span("word"))  # "we saw Dr Hughes at the heath today" (not "we'll miss you at the data jam")
            elif word in vocabulary.surnames() and not match.group("the"):
                eponym_named.append(match.span("word"))  # "see dr patel at mayo?": a surname, though an eponym too
    for match in _PRACTICE_BY_WORD.finditer(text) if " the " in text else ():
        word = match.group(1)
        if word not in _GENERIC_BEFORE_A_KIND and word not in _STOP and word not in vocabulary.EVERYDAY_WORDS \
                and not is_medical(word) and not medical_word(word) and word not in vocabulary.large_places() \
                and not word.endswith("ing") and not vocabulary.demonym(word):
            found.append(match.span(1))  # "the practice nurse at the grove surgery wants her on insulin"
    for match in _ROYAL_TITLE_HOSPITAL.finditer(text) if "the " in text else ():
        found.append(match.span(1))  # "induced at the princess royal yesterday"
    for match in _ROYAL_WORD_IN_TOWN.finditer(text) if "royal " in text else ():
        if _names_a_town(match.group(2)):
            found.append(match.span(1))  # "dad's at royal university in saskatoon"
    for match in _SIDE_DISTRICT.finditer(text) if "side" in text else ():
        if match.group(1) not in _NOT_SIDE_DISTRICTS:
            found.append(match.span(1))  # "we're over in the waterside so it's handy"
    for match in _ROYAL_TOWN_LOWER.finditer(text) if "royal " in text else ():
        if (match.group(2) in vocabulary.towns() or match.group(2) in vocabulary.large_places()) \
                and not common_word(match.group(2)):
            found.append(match.span(1))  # "me mam's been in the royal stoke a fortnight", "in the royal london"
    for match in _AT_THE_LOWER_NAME.finditer(text) if " the " in text else ():
        word = match.group(1)
        if "&" in word:
            if word not in _NOT_PLACE_AMPERSANDS:
                found.append(match.span(1))  # "his nurse at the n&n": a hospital's initials, joined
            continue
        if word in _ROYAL_KINDS and text[match.start(1) - 6:match.start(1)] == "royal ":
            found.append((match.start(1) - 6, match.end(1)))  # "my moshom is in the royal university"
            continue
        if word in _STOP or word in vocabulary.EVERYDAY_WORDS or is_medical(word) or word in vocabulary.large_places():
            continue
        named = (word in vocabulary.given_names() or word in vocabulary.surnames()
                 and vocabulary.english_frequency(word) < vocabulary.KNOWN) and not common_word(word) \
            and not in_dictionary(word) and word not in _KIN_WORDS and not _INITIALS_ONLY_FOLLOW.match(text, match.end(1))
        if named or len(word) <= 4 and _hospital_initials(word) \
                or unknown_place_word(word) and not text.startswith(("to", "not"), match.start()):
            royal = text[match.start(1) - 6:match.start(1)] == "royal "  # "my da's in the royal alex again"
            found.append((match.start(1) - 6 * royal, match.end(1)))  # "clinical placement at the vic starts", "my ward at the marsden
            # passed away": a hospital named for someone; "u still at the qe hun??": by its initials; "the
            # diabetes ward at the maelor, my taid": a word no list or page has, where (not "led to the
            # downvotes")
    for match in _AT_THE_TWO_LOWER.finditer(text) if " the " in text else ():
        title_word, surname_word = match.group(1).split()
        if surname_word in vocabulary.surnames() and not common_word(surname_word) and surname_word not in _STOP \
                and title_word not in _STOP and title_word not in vocabulary.EVERYDAY_WORDS \
                and surname_word not in vocabulary.EVERYDAY_WORDS and not is_medical(title_word) and not is_medical(surname_word):
            found.append(match.span(1))  # "thanks to the team at the aga khan for my baby"
    for match in _SERVICE_AT_THE_SAYS.finditer(text) if " at the " in text else ():
        word = match.group(1)
        if word not in _STOP and word not in vocabulary.EVERYDAY_WORDS and word not in NOT_A_SERVICE_PLACE \
                and word not in _NOT_A_UNIT and not not_a_venue(word) and not is_medical(word) \
                and word not in vocabulary.large_places() and _SERVICE_SAYS.match(text, match.end()):
            found.append(match.span(1))  # "my psych nurse at the hollies says": a unit's name, though a word
    for match in _SERVICE_AT_THE_IN_TOWN.finditer(text) if " the " in text and " in " in text else ():
        word = match.group(1)
        if _names_a_town(match.group(2)) and _unit_word(word, is_medical):
            found.append(match.span(1))  # "getting chemo at the cross in edmonton"
    for match in _SOMEONE_AT_INITIALS.finditer(text) if " at " in text or " to " in text else ():
        word = match.group("word")
        initials = len(word) <= 4 and _initials_or_rare_after_the(word, bool(match.group("the")))
        stem = word.removesuffix("s")
        named_for = not match.group("the") and stem != word and not common_word(word) and stem not in _KIN_WORDS \
            and (stem in vocabulary.surnames() or stem in vocabulary.given_names())  # "my gogo is at greys since"
        maori = word.startswith("te ") and not match.group("the")  # "passed peacefully at te kaha": a Māori place
        if (initials or named_for or maori or not match.group("the") and unknown_place_word(word)) and word not in _STOP \
                and word not in vocabulary.EVERYDAY_WORDS and not is_medical(word) and word not in _REGION_CODES:
            found.append(match.span("word"))  # "my nanna is at rdh again": a hospital by its initials;
            # "they took him to the rah," though a rare word too
    for match in _TAKEN_TO_PLACE_OF_TWO.finditer(text) if " to " in text else ():
        first = match.group(1).split()[0]
        if first not in _STOP and first not in vocabulary.EVERYDAY_WORDS and not is_medical(first):
            found.append(match.span(1))  # "my ouma was taken to west end on monday"
    uncased = not any(c.isupper() for c in text)
    for match in _SERVICE_AT_INITIALS.finditer(text) if " at " in text else ():
        if (match.group("the") or uncased) and _initials_in_lowercase(match.group("word"), is_medical):
            found.append(match.span("word"))  # "the oncology ward at the rmch let us", "the ot at bhs wrote"
    for regex in (_INITIALS_DEPARTMENT_LOWER, _AT_INITIALS_PAUSE) if uncased else (_AT_INITIALS_PAUSE,):
        for match in regex.finditer(text):
            if _initials_in_lowercase(match.group(match.lastindex or 1), is_medical):
                found.append(match.span(match.lastindex or 1))  # "with me to hri audiology", "every month at
                # uhk, the nurse"; "the one at uch has a long wait", in lowercase though the post has capitals
    for match in _GOES_TO_KNOWN_INITIALS.finditer(text) if " to " in text or " at " in text else ():
        found.append(match.span(1))  # "we go up to gosh every month"
    for match in _IN_AND_OUT_OF.finditer(text) if "out of" in text else ():
        words = match.group(1).split()
        if not any(w in _STOP or w in _IN_AND_OUT_GENERIC or w in vocabulary.EVERYDAY_WORDS or is_medical(w) for w in words):
            found.append(match.span(1))  # "grandad's been in and out of stepping hill since march"
    for match in _TAKEN_TO_FOR_CARE.finditer(text) if " to " in text and " for " in text else ():
        word = match.group(1)
        if word not in _STOP and word not in vocabulary.EVERYDAY_WORDS and word not in NOT_A_SERVICE_PLACE \
                and word not in _NOT_CARE_PLACES and word.removesuffix("s") not in _KIN_WORDS and not is_medical(word) \
                and not (text.startswith("from", match.start()) and common_word(word)):
            found.append(match.span(1))  # "takes her to mayday for her checks"
    for match in _SOMEONE_AT_IN_TOWN.finditer(text) if " in " in text else ():
        word = match.group("word")
        owner = word.removesuffix("s")  # "at mums in leeds": someone's home
        if match.group("the") and not (word in vocabulary.surnames() or word in vocabulary.given_names()
                                       or len(word) <= 4 and _hospital_initials(word)
                                       or vocabulary.english_frequency(word) == 0 and word not in _NOT_HOSPITAL_INITIALS) \
                or word in _HOLIDAY_HOMES:
            continue  # after "the", a hospital named for someone ("at the mater"), by initials ("at the lgh")
            # or by a word the web never uses ("mam is in the bons in galway")
        if _names_a_town(match.group("town")) and owner not in _KIN_WORDS and owner not in vocabulary.EVERYDAY_WORDS \
                and _unit_word(word, is_medical) \
                and (not common_word(word) or match.group("taken") and word in vocabulary.given_names()):
            found.append(match.span("word"))  # "he's at covenant in lubbock again": a hospital by its one word;
            # "sent him to ruby in morgantown", one named for someone (not "took her to bingo in")
    for match in _AT_RARE_IN_TOWN.finditer(text) if " at " in text and " in " in text else ():
        words = match.group(1).split()
        if (len(words) > 1 or len(words[0]) >= 4) and _names_a_town(match.group(2)) and all(
                vocabulary.english_frequency(word) == 0 and _unit_word(word, is_medical) and word not in _KIN_WORDS
                and word not in vocabulary.KNOWN_INITIALS for word in words):  # not "the adhd team at camhs in bolton"
            found.append(match.span(1))  # "had my knee done at horder in crowborough", "is at chong hua in mandaue"
    for match in _THE_GROVE_CUED.finditer(text) if " the " in text else ():
        group = 1 if match.group(1) else 2
        found.append(match.span(group))  # "dad's dialysis is at the seven oaks", "picks him up from the maples"
    for match in _FLOWN_FROM_TOWN.finditer(text) if " from " in text else ():
        word = match.group(1)
        if (word in vocabulary.towns() or word in vocabulary.word_towns()) and word not in _STOP \
                and word not in NOT_A_SERVICE_PLACE and word not in _NOT_TOWNS_AFTER_LIVING and not is_medical(word):
            found.append(match.span(1))  # "my nan was medevaced from nain to goose bay", though a kin word too
    for match in _FLOWN_TO_THE_GROVE.finditer(text) if " to the " in text else ():
        found.append(match.span(1))  # "flown from red deer to the foothills after his heart attack"
    for match in _SOMEONE_AT_TWO_WORDS.finditer(text) if " at " in text or " in " in text else ():
        words = match.group(1).split()
        # one word the web never uses ("korle", "secours"), the other no everyday one
        unknown = any(vocabulary.english_frequency(word) == 0 and not in_dictionary(word) for word in words)
        plain = not any(word in _STOP or word in vocabulary.EVERYDAY_WORDS or word in _KIN_WORDS or is_medical(word)
                        or word in NOT_A_SERVICE_PLACE for word in words)
        if unknown and plain or match.group(1) in _HOSPITAL_NICKNAMES:  # "my grandma is at good sam since monday"
            found.append(match.span(1))  # "my maame is at korle bu since friday"
    for match in _SOMEONE_IN_COMPOUND.finditer(text) if " in " in text else ():
        word = match.group(1)
        if unlisted_compound(word, is_medical) or word in vocabulary.surnames() and not common_word(word) \
                and _unit_word(word, is_medical) and word not in _KIN_WORDS and word not in vocabulary.given_names():
            found.append(match.span(1))  # "ma granny is in ninewells wi her heart", "my nan is in pilgrim with"
    for match in _SOMEONE_IN_THE_GROVE.finditer(text) if " the " in text and " in " in text else ():
        if _names_a_town(match.group(2)):
            found.append(match.span(1))  # "dad's in the foothills in calgary after his fall"
    for match in _STREET_ORDINAL.finditer(text) if re.search(r"\d(?:st|nd|rd|th)\b", text) else ():
        if int(match.group(2)) > 31:
            found.append(match.span(1))  # "the eye clinic on 165th": no day of a month, a street
    for match in _SERVICE_AT_LOWER.finditer(text) if " at " in text or " @ " in text else ():
        if (second := _HOSPITAL_SECOND_WORD.match(text, match.end(1))) \
                and (_SERVICE_SAYS.match(text, second.end()) or _IN_A_PLACE.match(text, second.end())) \
                and match.group(1) not in _STOP and not is_medical(match.group(1)) \
                and match.group(1) not in NOT_A_SERVICE_PLACE:
            found.append((match.start(1), second.end()))  # "my daddy's oncologist at singing river wants",
            # "radiation is at singing river in ocean springs"
            continue
        if match.group(1) in ("children's", "children’s", "childrens") and (
                _TOWN_FOLLOWS_AT.match(text, match.end(1)) or _SERVICE_SAYS.match(text, match.end(1))
                or re.match(r"[ \t]+[a-z]+ed\b", text[match.end(1):match.end(1) + 20])):
            found.append(match.span(1))  # "my son's hematologist at children's moved": a children's hospital by its word
            continue
        if _lowercase_hospital(text, match, is_medical):
            found.append((match.start(1), _branch_end(text, match.end(1), is_medical)))
        elif (kind := _SPECIALTY_AFTER.match(text, match.end(1))) and match.group(1) not in _GENERIC_BEFORE_SPECIALTY \
                and match.group(1) not in _STOP and match.group(1) not in vocabulary.EVERYDAY_WORDS \
                and not not_a_venue(match.group(1)) and not is_medical(match.group(1)):
            found.append((match.start(1), kind.end()))  # "my ivf clinic at create fertility", "scan at alliance imaging"
    for match in _TAKEN_TO_NAMES.finditer(text) if " to " in text else ():
        name = match.group(1)[:-1]
        if name in vocabulary.given_names() and not common_word(name) and not in_dictionary(match.group(1)) \
                and name not in _STOP and name not in vocabulary.EVERYDAY_WORDS and name not in _KIN_WORDS \
                and not is_medical(match.group(1)):
            found.append(match.span(1))  # "they flew him to charlies": a hospital named for a saint, its apostrophe dropped
    for match in _STAYS_IN_INITIALS.finditer(text) if " in " in text else ():
        word = match.group(2)
        if _initials_or_rare_after_the(word, bool(match.group("the"))) and word not in _REGION_CODES and word not in _LATIN_AFTER_IN and word not in _STOP \
                and word not in vocabulary.EVERYDAY_WORDS and not is_medical(word):
            found.append(match.span(2))  # "our little lad is in cuh again" (not "he is in tx now")
    for match in _WHERE_LOWER_TOWNS.finditer(text):
        words = match.group(1).split(" ")
        for size in (3, 2):
            town = " ".join(words[:size])
            if len(words) >= size and town in vocabulary.large_towns():
                found.append((match.start(1), match.start(1) + len(town)))  # "every pharmacy in fort worth"
                break
    for match in (*_LIVES_IN_LOWER.finditer(text), *_LIVES_IN_LOWER_FROM_TO.finditer(text),
                  *_VENUE_IN_LOWER.finditer(text), *(_NEAR_LOWER_TOWN.finditer(text) if "near" in text else ())):
        lower, end = match.group(1), match.end(1)
        if (three := _THREE_WORDS.match(text, match.start(1))) and three.group() in vocabulary.towns() \
                and lower.split()[0] not in _STOP:
            found.append(three.span())  # "we live outside truth or consequences": a town of three words
            continue
        if " " in lower and (first := lower.split()[0]) not in _NOT_LANDSCAPE_NAMES and first not in _STOP \
                and lower.split()[1] in _LANDSCAPE_KINDS and not vocabulary.demonym(first) and not is_medical(first):
            found.append((match.start(1), end))  # "anyone near cradle coast?": a region by a word and its kind
            continue
        if " " in lower and unknown_place_word(lower.split()[0]) and lower.split()[1] in _PLACE_SECOND_WORDS:
            found.append((match.start(1), end))  # "we come in from broughty ferry": a word no list has, and its kind
            continue
        if " " in lower and (first := lower.split()[0]) not in _NOT_LANDSCAPE_NAMES and first not in _STOP \
                and first not in vocabulary.EVERYDAY_WORDS and lower.split()[1] in _PLACE_SECOND_WORDS \
                and (first in vocabulary.surnames() and not common_word(first) or first in vocabulary.large_places()) \
                and not is_medical(first):
            found.append((match.start(1), end))  # "the nurse comes out from fisher branch": a surname and its kind;
            # "we drive in from portugal cove": a country's name and its kind
            continue
        if " " in lower and lower not in vocabulary.towns():  # "moved to deal last spring": the town, one word
            lower = lower.split()[0]
            end = match.start(1) + len(lower)
            if not _TOWN_FOLLOWS_AT.match(text, end):
                continue
        if lower in _NOT_TOWNS_AFTER_LIVING and (to := _TO_TOWN.match(text, end)) and (to.group("saint") or any(
                town in vocabulary.towns() and town not in _NOT_TOWNS_AFTER_LIVING and town not in _STOP
                and town not in vocabulary.EVERYDAY_WORDS for town in to.groups() if town)):
            found.append((match.start(1), end))  # "we drove from hope to little rock": between two towns, or a
            # town and a saint's hospital ("moved him from hope to st vincent")
            continue
        # a small town whose name is a rare word too ("the hospice in oban", "a drive from wick so")
        listed = lower in vocabulary.towns() or (lower in vocabulary.word_towns() and lower not in _KIN_WORDS
                                                 and vocabulary.english_frequency(lower) < vocabulary.COMMON) \
            or unknown_place_word(lower) \
            or lower in vocabulary.word_towns() and (text[max(0, match.start(1) - 5):match.start(1)] == "past "
                                                     or text[max(0, match.start(1) - 5):match.start(1)] == "from "
                                                     and _SENTENCE_ENDS.match(text, end)
                                                     and lower not in NOT_A_SERVICE_PLACE)
        # ("the lads at the cafe in easterhouse": a word no list or page has; "we live out past hay so", "my
        # aunty drives from bluff.": past a town, or from one as the sentence ends, however common its
        # word); "we drive in from paradise": after coming in from, no state of life ("in paradise") but a town
        not_towns = _NOT_STATES_COMING_FROM if _COMING_IN_FROM.search(text, max(0, match.start(1) - 30), match.start(1)) \
            else _NOT_TOWNS_AFTER_LIVING
        if listed and lower not in not_towns and lower not in _STOP \
                and lower not in vocabulary.EVERYDAY_WORDS and not is_medical(lower) \
                and not language.in_language(text, match.start(1), end, language.FUNCTION_WORD):
            found.append((match.start(1), end))  # "moved from reading to deal", "the hospital at swan hill?"
    for match in _VISITOR_FROM_LOWER.finditer(text) if " from " in text else ():
        lower = match.group(1)
        words = lower.split()
        if (lower in vocabulary.towns() or unknown_place_word(lower) or lower in vocabulary.word_towns()
                and vocabulary.english_frequency(lower) < _VISITOR_TOWN_FREQUENCY
                or len(words) == 2 and words[1] in _PLACE_SECOND_WORDS and words[0] not in _NOT_LANDSCAPE_NAMES
                and words[0] not in _STOP and words[0] not in vocabulary.EVERYDAY_WORDS and not is_medical(words[0])) \
                and lower not in _STOP and lower not in vocabulary.EVERYDAY_WORDS and not not_a_venue(lower) \
                and lower not in _KIN_WORDS and not is_medical(lower):
            found.append(match.span(1))  # "the home care nurse from unity comes out on mondays"; "the resp
            # nurse from kings cross comes out": a hospital by a word and a place's kind
    for match in _AT_NAMED_HALL.finditer(text) if " at " in text or " to " in text or "round " in text or " near " in text else ():
        first = match.group(1).split()[0]
        stem = first.removesuffix("s")
        if first not in _STOP and first not in vocabulary.EVERYDAY_WORDS and not not_a_venue(first) and not is_medical(first) \
                and vocabulary.english_frequency(first) < vocabulary.COMMON and (any(
                    w in names for w in (first, stem) for names in (vocabulary.surnames(), vocabulary.first_names(),
                                                                    vocabulary.towns()))
                    or not in_dictionary(first) and vocabulary.english_frequency(first) < vocabulary.KNOWN
                    and not first.endswith(("'s", "’s"))):
            found.append(match.span(1))  # "has been at russells hall since friday": a hospital named for a house;
            # "the 5k round clumber park": a word no list holds
    for match in _ABOVE_TOWN_LOWER.finditer(text) if "above" in text or "below" in text else ():
        lower = match.group(1)
        if (lower in vocabulary.towns() or lower in vocabulary.word_towns()) and lower not in _LEVELS \
                and lower not in _STOP and lower not in vocabulary.EVERYDAY_WORDS and lower not in _KIN_WORDS \
                and not not_a_venue(lower) and not is_medical(lower):
            found.append(match.span(1))  # "we farm up above settle and the district nurse comes out"
    for match in _BARE_WORD_TOWN.finditer(text) if "deal" in text or "settle" in text or "ware" in text or "diss" in text else ():
        found.append(match.span(1))  # "mum had her stroke in deal and they took her to [place]"
    for match in _BARE_NOUN_TOWN.finditer(text) if "street" in text or "pang" in text or "wells" in text else ():
        found.append(match.span(1))  # "mum had her stroke at home in street and they took her"
    for match in _LIVES_IN_DIRECTION_END.finditer(text) if " end" in text else ():
        found.append(match.span(1))  # "i live in the north end"
    for match in _MOVED_FROM_WHEN.finditer(text) if "from" in text else ():
        lower = match.group(1)
        if (lower in vocabulary.towns() or lower in vocabulary.word_towns()) and lower not in _STOP \
                and lower not in vocabulary.EVERYDAY_WORDS and lower not in _KIN_WORDS and not not_a_venue(lower) \
                and lower not in NOT_A_SERVICE_PLACE and not is_medical(lower):
            found.append(match.span(1))  # "we moved from comfort last year"
    for match in _LIVES_IN_MONTH_TOWN.finditer(text) if "march" in text else ():
        found.append(match.span(1))  # "i live in march and the nearest cardiac rehab is"
    for match in _WHERE_LOWER_TOWN.finditer(text):
        lower = match.group(1)
        if lower in vocabulary.large_towns() and not common_word(lower) and lower not in _STOP \
                and vocabulary.english_frequency(lower) < vocabulary.COMMON and lower not in vocabulary.EVERYDAY_WORDS \
                and lower not in vocabulary.large_places() and not is_medical(lower) and not medical_word(lower):
            found.append(match.span(1))  # "i'm in boston", "mum's in phoenix": a city, though a word of the dictionary
    for match in _AT_HOSPITAL_ADJECTIVE.finditer(text) if " at " in text or " to " in text else ():
        word = match.group("word")
        if match.group("goes") and not ((word in HOSPITAL_FAITHS or word == "memorial")
                                        and re.match(r"[ \t]+(?:in|for)\b", text[match.end("word"):match.end("word") + 6])):
            continue  # "goes to memorial in savannah for his dialysis", not "goes to methodist on sundays"
        if word in _HOSPITAL_ADJECTIVES or word == "memorial":
            found.append((match.start("word"), match.end()))  # "our twins were born at 27 weeks at cedars and", "the clinic at memorial is"
    for match in _WHERE_INITIALS.finditer(text) if not _shouted(text) else ():
        lower = match.group(1).lower()
        if _hospital_initials(lower) and lower not in _STOP and not is_medical(match.group(1)) \
                and lower not in vocabulary.large_places() and lower not in vocabulary.EVERYDAY_WORDS:
            found.append(match.span(1))  # "brought Communion to Daddy in UHL on Sunday": a hospital's initials
    for match in _CLINICIAN_AT_INITIALS.finditer(text) if (" at " in text or " from " in text) and not _shouted(text) else ():
        lower = match.group(1).lower()
        if lower not in vocabulary.KNOWN_INITIALS and lower not in _STOP and not is_medical(match.group(1)) \
                and lower not in vocabulary.large_places():
            found.append(match.span(1))  # "His neurologist at DENT changed": a clinic's or hospital's initials
    for match in _SHOUTED_VENUE.finditer(text) if not _shouted(text) else ():
        lower = match.group(1).lower()
        if lower not in vocabulary.KNOWN_INITIALS and lower not in _STOP and not is_medical(match.group(1)) \
                and lower not in vocabulary.large_places():
            found.append(match.span(1))  # "the asthma educator at ACCESS in Dearborn": a venue in its town
    for match in _NAMED_WORSHIP.finditer(text) if _WORSHIP_WORD.search(text) else ():
        words = match.group(1).split()[:-1]
        if any(w.lower().strip("'’.") not in _GENERIC_WORSHIP_WORDS and not vocabulary.demonym(w.lower())
               and w.lower() not in vocabulary.all_languages() for w in words) \
                and not at_sentence_start(text, match.start(1)) and not _after_capital(text, match.start(1)):
            found.append(match.span(1))  # "the basement of Holy Family Ukrainian Catholic Church"
    for match in _AT_POSSESSIVE_LOWER.finditer(text) if "'s" in text or "’s" in text else ():
        word = match.group(1)[:-2]
        if word not in _KIN_WORDS and word not in _STOP and word not in vocabulary.EVERYDAY_WORDS \
                and word not in _NOT_AT_POSSESSIVE and word not in _CHAINS and not is_medical(word) \
                and not any(c.isupper() for c in text):
            found.append(match.span(1))  # "with mummy at king's so i'll do the day", "at guy's tomorrow"
    for match in _PUB_PAIR.finditer(text) if " and " in text or " & " in text else ():
        if match.group(1).lower() in _PUB_WORDS and match.group(2).lower() in _PUB_WORDS:
            found.append(match.span())  # "then the Crown and Anchor after": an inn, by its sign's two things
    for match in _INSTITUTION_FOR_IN.finditer(text) if " in " in text else ():
        found.append(match.span(1))  # "the Clinic for Special Children in Strasburg"
    for match in _VENUE_BEFORE_TOWN.finditer(text) if " at the " in text else ():
        words = match.group(1).split()
        if match.group(2).lower() in vocabulary.towns() and not in_holiday(text, match.start(1), match.end(1)) and not any(
                w.lower() in _STOP or is_medical(w) or w.lower() in vocabulary.large_places() or vocabulary.demonym(w.lower())
                or w.lower() in vocabulary.all_languages() or w.lower() in vocabulary.EVERYDAY_WORDS for w in words):
            found.append(match.span(1))  # "at the Corn Exchange in Newbury", not "at the Christmas market in Bath"
    for match in _NAMED_ESTATE_LOWER.finditer(text) if "estate" in text else ():
        words = match.group(1).split()
        if not any(w in _STOP or w in _GENERIC_ESTATES or w in vocabulary.EVERYDAY_WORDS for w in words):
            found.append((match.start(1), match.start(1) + len(match.group(1).rstrip())))  # "from the heights estate"
    for match in _PLACE_HASHTAG.finditer(text) if "#" in text else ():
        town = " ".join(re.findall(r"[A-Z][a-z]+", match.group(1))).lower()
        if town in vocabulary.towns() and town not in vocabulary.large_places() and town not in _STOP \
                and town not in vocabulary.EVERYDAY_WORDS and not common_word(town) and not is_medical(town):
            found.append(match.span(1))  # "#teamIBD #Fife", "#LittleRock": a town, tagged
    for match in _NUMBERED_ROAD.finditer(text):
        found.append(match.span(1))  # "on Loop 410", "off Highway 61", "out on RR 2", "down the A9", "on 120 Street"
    for match in _LOWER_CAMP.finditer(text) if "camp " in text else ():
        if match.group(1).split()[0] not in _STOP:
            found.append((match.start(), match.end()))  # "diabetes camp at camp sugar falls"
    for match in _LOWER_POSSESSIVE_ON.finditer(text) if " on " in text else ():
        if match.group(1)[:-2] not in _KIN_WORDS and match.group(1)[:-2] not in _STOP:
            found.append(match.span(1))  # "anyone train at gold's on 5th?", not "at mum's on main st"
    for match in _THE_CITY_NICKNAME.finditer(text) if " the " in text or " The " in text else ():
        found.append(match.span(1))  # "me and me nan live in the gong"
    for match in _CITY_ABBREVIATION.finditer(text):
        found.append(match.span())  # "anyone from the okc area", "moved to NYC"
    for match in _STATE_INSTITUTION.finditer(text):
        if match.group(1) in vocabulary.large_places() and match.group(1) not in _STOP:
            found.append((match.start(1), match.end()))  # "my endo at ohio state": where, to the town
    for match in _FOR_WHOM_NAMED.finditer(text) if "’s " in text or "'s " in text else ():
        if not at_sentence_start(text, match.start()):
            found.append(match.span())  # "he's in Children's National", "at Children's Mercy"
    for match in _FOR_WHOM_LOWER.finditer(text) if "children" in text or "women" in text or "kids" in text else ():
        word = match.group(1) or match.group(2)
        if word not in _STOP and word not in _NOT_FOR_WHOM and not is_medical(word):
            found.append((match.start(match.lastindex or 1), match.end()))  # "at cook children's", "at sick kids"
    for match in _FOR_WHOM_CAPITAL.finditer(text) if "Children" in text or "Women" in text or "Kids" in text else ():
        if match.group(1).split()[0].lower() not in _STOP and match.group(1).split()[0].lower() not in _NOT_FOR_WHOM:
            found.append(match.span(1))  # "the clinic at Texas Children's is", "at Arkansas Children's Hospital"
    for match in _WORKPLACE_LOWER.finditer(text):
        lower = match.group(1).split()[0].lower()
        if lower not in _STOP and lower not in vocabulary.large_places() and not vocabulary.demonym(lower) \
                and lower not in vocabulary.all_languages() and not is_medical(match.group(1)):
            found.append(match.span(1))  # "worked the Scotia mine", "the Jeffrey mine"
    for match in _WORKPLACE.finditer(text) if _WORKPLACE_WORD.search(text) else ():
        if match.group(1).split()[0].lower() not in _STOP:
            found.append(match.span(1))  # "worked Tower Colliery", "the Cammell Laird shipyard"
    for match in _POSSESSIVE_BUSINESS.finditer(text) if "'s" in text or "’s" in text else ():
        lower = match.group(1).lower()
        if (after := re.match(r"[ \t]+([A-Za-z]+)", text[match.end():match.end() + 20])) and after.group(1) not in _STOP:
            continue  # "at Young's fish counter", "to America's Founding Fathers": whose thing, not where
        if lower not in vocabulary.large_places() and (lower in vocabulary.surnames() or lower in vocabulary.first_names()) and lower not in _KIN_WORDS \
                and lower not in vocabulary.EVERYDAY_WORDS and lower not in _CHAINS and not is_medical(match.group(1)):
            found.append((match.start(1), match.end()))  # "the filleting line at Young's", "tea at Nora's"
    for match in _LITTLE_PLACE.finditer(text) if "Little" in text else ():
        lower = match.group(1).lower()
        if lower in vocabulary.large_places() or lower in vocabulary.towns():
            found.append((match.start(), match.end()))  # "in Little Haiti": a town's quarter named for a country
    folded = fold(text)
    for match in (*_PLACE_CUE.finditer(folded), *_FROM_TO.finditer(folded), *_INSTITUTION_AFTER.finditer(folded),
                  *_PLACE_AROUND.finditer(folded)):
        group = 1 if match.group(1) is not None else 2
        if match.re is not _INSTITUTION_AFTER and match.re is not _PLACE_AROUND and (
                town_end := _cued_town_end(folded, match.start(group))):
            found.append((match.start(group), town_end))  # "lives in palm springs now"
            continue
        word = text[match.start(group):match.end(group)]
        if match.re is _FROM_TO and word.islower() and _VERB_OBJECT_AFTER.match(folded, match.end(group)):
            continue  # "drives from Offenbach every weekend to cook for him"
        lower = vocabulary.base_term(word)
        if len(lower) < (3 if match.re is _PLACE_AROUND else 4) or lower in _STOP or lower in vocabulary.EVERYDAY_WORDS \
                or lower in vocabulary.languages() and lower not in vocabulary.towns() or vocabulary.demonym(lower) \
                or match.re is _INSTITUTION_AFTER and lower in _DENOMINATIONS \
                or is_medical(word) or word.isupper() or "-" in lower and all(
                    common_word(p) or is_medical(p) or medical_word(p) or p in vocabulary.EVERYDAY_WORDS for p in lower.split("-") if p):
            continue  # "up seč way" names a place of three letters; elsewhere they are too often words
            # ("weight-loss surgery", "the post-COVID clinic")
        proper = word[:1].isupper() and not word.isupper() and not at_sentence_start(text, match.start(group))
        if proper and part_of_large_place(text, match.start(group), match.end(group)):
            continue  # "live in North Carolina"
        if proper and vocabulary.english_frequency(lower) < vocabulary.VERY_COMMON and (not medical_word(lower) or (
                match.re is _PLACE_CUE and vocabulary.english_frequency(lower) == 0)):  # "flew home to Fogo": shaped
            # like a medical word, but one the web never writes
            pass  # "drove down to Burg", "moved to Reading": a capital after the cue names the place
        elif match.re is _FROM_TO and (origin := re.search(r"from[ \t]+([^\W\d_][\w'’-]*)", match.group())) and origin.group(1).lower() in vocabulary.towns() \
                and vocabulary.english_frequency(lower) < vocabulary.VERY_COMMON and not medical_word(lower):
            pass  # "moved from bolton to bury": from one town, to another
        elif match.re in (_PLACE_CUE, _INSTITUTION_AFTER) and lower in vocabulary.large_towns() and not common_word(lower) \
                and not medical_word(lower):
            pass  # "lives in leeds now", "moved to chicago", "at boston childrens": a town of 15,000 or more,
            # though the web writes it often
        elif common_word(lower) or medical_word(lower) or vocabulary.english_frequency(lower) >= vocabulary.KNOWN:
            continue
        if lower in vocabulary.large_places():
            continue  # "near london" is a region
        found.append((match.start(group), match.start(group) + len(word.rstrip("'’"))))
    found += venues(text, is_medical) + hospital_initials(text, is_medical) + where_labels(text, is_medical)
    for match in _TOWN_BASED.finditer(text):
        town = match.group(1).lower()
        if town in vocabulary.towns() and town not in vocabulary.large_places() and not is_medical(match.group(1)):
            found.append((match.start(1), match.end(1)))  # "a Leeds-based charity", "Dublin-born"
    for match in _SETTLEMENT.finditer(text):
        name = match.group(1)
        if not name[:1].isupper() or name.lower() in vocabulary.large_places() or is_medical(name) \
                or name.split()[0].lower() in _STOP or name.lower() in vocabulary.EVERYDAY_WORDS \
                or name.split()[0].lower().rstrip(".") in TITLE_WORDS:
            continue  # "the village, Mrs. [name] says": a title, no place
        found.append((match.start(1), match.end(1)))
    return [RecognizerResult("LOCATION", start, end, 0.6,
                             recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: "carekb:cued_place"})
            for start, end in found] + [
        RecognizerResult("LOCATION", start, end, 0.6,
                         recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: "carekb:short_named_hospital"})
        for start, end in short_named_hospitals(text) + eponym_named]



#: Two or three title-case words after a word for where, mid-sentence: "Our mob in Cape Barren".
_TITLE_RUN_AFTER_WHERE = re.compile(rf"\b(?:in|near|outside|around|from|at|out[ \t]+of|(?:round|over|across|up|down|back)[ \t]+to)[ \t]+"
                                    rf"((?:{UPPER}[a-z][\w'’-]*)(?:(?:[ \t]+(?:de|du|des|del|della|di|da|do|dos|das|van|"
                                    rf"von|der|den|la|le))?[ \t]+(?:[ld]['’])?{UPPER}[a-z][\w'’-]*){{1,2}})\b")
#: One word of capitalised parts joined by hyphens after "at" or "in": a hospital named for its
#: founders ("at Barnes-Jewish"), though each part is a known word.
_HYPHENED_AT = re.compile(rf"\b(?:at|in)[ \t]+({UPPER}[a-z]+(?:-{UPPER}[a-z]+)+)(?![\w'’-])")
#: Words that make a place of a run of everyday words ("Cape Barren", "Hope Valley").
_GEO_WORDS = frozenset({"cape", "point", "island", "isle", "islands", "bay", "head", "heads", "creek", "river", "valley",
                        "springs", "falls", "hill", "hills", "mount", "lake", "forge", "bridge", "cross", "ford", "port",
                        "harbour", "harbor", "flats", "plains", "ridge", "gap", "junction", "crossing", "landing",
                        "village", "town", "city", "vale", "bend", "sound", "rapids", "wells", "heights", "grove",
                        "estate", "reserve", "downs", "marsh", "fen", "moor", "green", "end", "hollow", "station",
                        "mission", "settlement", "county", "township", "borough", "parish", "district"})


def title_runs_after_where(text: str, is_medical: Any) -> list[tuple[int, int]]:
    """A last net for places no other rule names: a run of title-case words (joined, perhaps, by a
    particle: "Village de l'Est") after "in", "near", "from", "at" or "out of" that holds a word for a place
    ("in Cape Barren") or a word that reads as a name ("near Ukkonen Road"), and no title, medical
    word or large place. The caller adds only runs nothing else has found, so a name or an address
    found as such keeps its type."""
    found = []
    for match in _TITLE_RUN_AFTER_WHERE.finditer(text):
        phrase = match.group(1)
        words = phrase.split()
        lowers = [vocabulary.base_term(re.sub(r"^[ld]['’]", "", w)) for w in words]
        if phrase.lower() in vocabulary.large_places() or lowers[0] in _STOP or lowers[0] in TITLE_WORDS \
                or lowers[0] in HONORIFICS or lowers[0] in TITLE_ABBREVIATIONS or is_medical(phrase) \
                or any(is_medical(w) for w in words) or in_holiday(text, match.start(1), match.end(1)):
            continue  # "in Intensive Care", "from Auntie Mae", "at Christmas Eve"
        if any(w in _GEO_WORDS or _name_like(w) for w in lowers):
            found.append(match.span(1))  # "Our mob in Cape Barren", but "an expert in American History"
    for match in _HYPHENED_AT.finditer(text) if "-" in text else ():
        parts = match.group(1).lower().split("-")
        if match.group(1).lower() not in _NOT_PLACE_COMPOUNDS and parts[0] not in _COMPOUND_HEADS \
                and not is_medical(match.group(1)) and not any(is_medical(p) or p in _STOP for p in parts) \
                and any(_name_like(p) or (p in vocabulary.surnames() or p in vocabulary.towns()) and not common_word(p)
                        for p in parts):
            found.append(match.span(1))  # "her neurologist is Dr. [name] at Barnes-Jewish."
    return found


def _name_like(word: str) -> bool:
    """A word rare in English, or a listed name or town not common as a word ("holmberg", "ponds")."""
    if common_word(word) or word in vocabulary.large_places() or word in vocabulary.languages() \
            or word in vocabulary.EVERYDAY_WORDS or word in vocabulary.KNOWN_INITIALS:
        return False
    frequency = vocabulary.english_frequency(word)
    listed = word in vocabulary.given_names() or word in vocabulary.surnames() or word in vocabulary.towns()
    return frequency < vocabulary.KNOWN or listed and frequency < vocabulary.COMMON


#: What people are at in everyday English, which names no place: a time, a state, a pursuit, a
#: quantity or a word that points ("at least", "at home", "at risk", "at night", "at once", "at all",
#: "at my", "at two"). What people are at is otherwise nearly always a place.
_AT_EVERYDAY = _STOP | MONTH_NAMES | frozenset({
    "least", "first", "last", "once", "times", "length", "random", "large", "present", "stake", "hand", "risk", "rest",
    "ease", "peace", "heart", "home", "work", "school", "night", "nights", "noon", "midnight", "dawn", "dusk", "bedtime",
    "lunch", "lunchtime", "dinner", "dinnertime", "breakfast", "tea", "teatime", "church", "uni", "college", "best",
    "worst", "moments", "lot", "weekend", "weekends", "midday", "birth", "age", "ages", "both", "either", "neither",
    "none", "another", "whom", "whose", "where", "onto", "into", "over", "under", "up", "down", "out", "off", "tonight",
    "whatever", "whichever", "whoever", "yours", "mine", "ours", "theirs", "hers", "myself", "yourself", "himself",
    "herself", "ourselves", "themselves", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "half",
    "quarter", "around", "about", "roughly", "approximately", "nearly", "almost", "high", "low", "full",
    "speed", "sea", "war", "odds", "fault", "issue", "play", "sunrise", "sunset", "christmas", "easter"})
#: Words before "at" that take anything after it: "look at", "good at", "laughed at", "aimed at".
_AT_ANYTHING_AFTER = frozenset({
    "look", "looks", "looked", "looking", "glance", "glanced", "stare", "stared", "staring", "laugh", "laughed",
    "laughing", "point", "pointed", "pointing", "aim", "aimed", "aiming", "good", "better", "bad", "worse", "great",
    "poor", "terrible", "amazing", "excellent", "shout", "shouted", "shouting", "yell", "yelled", "yelling", "angry",
    "mad", "furious", "upset", "surprised", "shocked", "amazed", "smile", "smiled", "smiling", "wave", "waved",
    "waving", "hint", "hinted", "hinting", "grab", "grabbed", "grabbing", "nibble", "nibbling", "pick", "picking",
    "picked", "snap", "snapped", "snapping", "stab", "jab", "swipe", "swiped", "guess", "guessed", "marvel", "marvelled",
    "marveled", "scoff", "scoffed", "sneer", "sneered", "frown", "frowned", "peek", "peeked", "peer", "peered", "gaze",
    "gazed", "rail", "railed", "lash", "lashed", "hack", "hacked", "chip", "chipping", "tug", "tugging", "claw",
    "clawing", "scratch", "scratching", "scratched", "itch", "poke", "poked", "poking", "bark", "barked", "hiss", "skilled",
    "attempt", "attempts", "try", "tries", "go", "shot", "crack", "explicitly", "directly", "straight"})
#: Words that carry a hospital's name on after its first word, lowercase: "south shore regional", "uk
#: healthcare", "merit health", "nakuru level 5".
_AT_HOSPITAL_WORDS = frozenset({"health", "healthcare", "regional", "general", "memorial", "medical", "med", "university",
                                "infirmary", "hospital", "hospitals", "hosp", "clinic", "central", "level", "hospice"})
_AT_NAME_GOES_ON = _AT_HOSPITAL_WORDS | _GEO_WORDS | frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "northeast", "northwest", "southeast",
    "southwest", "shore", "park", "st", "saint", "children's", "childrens", "children’s", "women's", "womens", "women’s",
    "royal", "queens", "kings", "great", "new", "old", "upper", "lower", "coast"})
#: ... and after "the", only the kinds that name one hospital of a town: "at the south infirmary", "the
#: tyrone county" (not "at the pain clinic", "at the children's hospital").
_AT_THE_HOSPITAL_WORDS = frozenset({"infirmary", "general", "regional", "memorial", "county", "district"})
#: Words that open a place's name, after which its own word comes: "st helier", "mount vernon", "port
#: augusta".
_NAME_PREFIXES = frozenset({"st", "saint", "san", "santa", "mount", "mt", "port", "fort", "lake", "glen", "new"})
#: Everyday places and pastimes in words no dictionary holds as common: "at rehab", "at kindy", "at footy".
_AT_EVERYDAY_PLACES = frozenset({"rehab", "detox", "physio", "hydro", "hydrotherapy", "gym", "kindy", "kinder", "daycare",
                                 "preschool", "playgroup", "nursery", "creche", "bbq", "barbie", "footy", "netball",
                                 "bingo", "bowls", "brekkie", "smoko", "pub", "uni", "tafe", "crem", "camp", "respite",
                                 "hospice", "dialysis", "chemo", "radiotherapy", "rads", "infusion", "triage", "resus",
                                 "outpatients", "inpatients", "a&e", "er", "icu", "nicu", "picu", "hdu", "ccu",
                                 "sleepover", "sleepovers", "playdate", "hols", "brunch", "arvo", "mums", "moms",
                                 "mams", "nans", "grans", "aa", "na", "alanon", "meetings", "meeting", "mass", "mosque",
                                 "temple", "shul", "synagogue", "gurdwara", "mandir", "marae", "bach", "cottage",
                                 "caravan", "campsite", "allotment", "rota", "sats", "gcses", "exams", "zumba", "yoga",
                                 "pilates", "aquafit", "parkrun", "slimming", "weightwatchers", "homeschool", "yum",
                                 "dim"})
#: Words that end a hospital's name after "at" though no list holds them: Scots, Irish and northern
#: English words for "after", "from", "to", "with" ("at [place] efter her fall").
_AT_NOT_A_NAME_GOING_ON = frozenset({"efter", "fae", "frae", "tae", "wi", "wae", "til", "oot", "intae", "hun", "hon",
                                     "x", "xx", "xxx", "lol", "tho", "tbh", "atm", "rn", "asap", "fi", "fa", "fe",
                                     "yday", "yest", "tmrw", "tmw", "tmr", "tmoz", "tomoz", "2day", "2moro", "2nite",
                                     "tonite", "nite"})
#: Kinds of care, not a hospital's name, before a hospital's word: "at student health", "at sexual health".
_AT_KINDS_OF_CARE = frozenset({"student", "sexual", "occupational", "employee", "staff", "oral", "allied", "primary",
                               "behavioral", "behavioural", "environmental", "global", "tribal", "urban", "family",
                               "home", "school", "men's", "mens", "reproductive", "travel", "youth", "adult", "child",
                               "infant", "maternal", "prison", "campus", "workplace", "womens", "women's", "veteran",
                               "public", "mental", "community", "private", "dental", "eye", "animal", "vet", "vets",
                               "specialist", "children's", "childrens", "cancer", "day", "teaching", "maternity",
                               "psychiatric", "rural", "local", "military", "field", "cottage"})
#: ... and what may follow a hospital's initials after "at the", which end it: "at the lgh, the parking" (not "at
#: the rec center").
_AT_INITIALS_END = re.compile(r"[ \t]*(?:[,.;:!?)]|$)|[ \t]+(?:" + "|".join(sorted(_STOP)) + r"|since|till|until|wi|efter|"
                              r"tonight|overnight|yet|again|after|before|last|this|next|on)\b")
_AT_KIND_AHEAD = re.compile(r"(?:[ \t]+(?!(?:" + "|".join(sorted(_STOP)) + r")\b)[a-z][a-z'’-]*){0,2}[ \t]+(?:"
                            + "|".join(sorted(_AT_HOSPITAL_WORDS - {"level"})) + r")(?![\w'’-])")
_AT_OBJECT = re.compile(r"\b(?:(?P<at>[Aa]t)|[Uu]nder|out[ \t]+of|by(?=[ \t]+the\b))[ \t]+(?:(?P<the>the)[ \t]+)?"
                        r"(?P<first>[a-z][a-z&'’-]*(?<=[a-z])\d?)(?!\w|\.\w)")  # "at the qe2"
_WORD_BEFORE_AT = re.compile(r"([\w'’]+)[ \t]+$")
_AT_NAME_WORD = re.compile(r"[ \t]+([a-z][a-z&'’-]*(?:(?<=[a-z])\d)?|\d+)(?!\w|\.\w)")


#: What one asks a hospital does, by its name before it: "anyone know if aiims takes walk-ins?", "anyone know
#: if mayo university lets you stay overnight?".
_ASKED_IF_IT_DOES = re.compile(r"\b(?:know|knows|wondering|wonder|wondered|ask|asking|asked|sure|see|check|tell)[ \t]+"
                               r"(?:if|whether)[ \t]+([a-z][a-z&'’-]*(?:[ \t]+[a-z][a-z&'’-]*){0,2}?)[ \t]+"
                               r"(?:takes|does|has|lets|accepts|allows|offers|do|have|let|take|still|is|are|will|can|"
                               r"runs|run|opens|open|sees|see)\b")
#: Where someone died or was born, which is always a place: "passed away peacefully at kings mill last night".
_DIED_AT = re.compile(r"\b(?:passed(?:[ \t]+away|[ \t]+on)?|died|born|delivered)(?:[ \t]+(?:peacefully|suddenly|quietly|"
                      r"early|today|yesterday|tonight|overnight|last[ \t]+night|this[ \t]+morning))*[ \t]+at[ \t]+"
                      r"(?:(the)[ \t]+)?([a-z][a-z'’-]*)(?!\w|\.\w)")
#: A hospital by its initials after "the", as what did or said something: "both the lgi and jimmy's said".
_THE_INITIALS = re.compile(r"(?<!\bat )(?<!\bunder )\b[Tt]he[ \t]+([a-z]{3,4})(?=[ \t]+(?:and|or|said|says|rang|rung|"
                           r"called|phoned|told|were|was|have|has|had|sent|wrote|discharged|admitted)\b)")
#: A hospital called by a sovereign's possessive, without "hospital": "drove my dad to queen's in romford".
_SOVEREIGNS = frozenset({"queen's", "queens", "queen’s", "king's", "kings", "king’s", "prince's", "princes", "prince’s",
                         "princess's", "princess’s"})


def objects_of_at(text: str, is_medical: Any) -> list[tuple[int, int]]:
    """Where someone is, was or goes, named in lowercase after "at" ("at airedale today", "at merit
    health in jackson", "at south shore regional,"), whose care someone is under ("we're under the
    lgi for his heart"), that someone is just out of ("just out of kch") or where someone died
    ("passed away at kings mill"): what people are at in everyday English is a closed list of times,
    states and pursuits, so a word after "at" that is none of them and that no dictionary holds as
    common, or that a hospital's kind follows, is taken for a place (see ``_named_place``)."""
    found = []
    for match in _AT_OBJECT.finditer(text) if "at " in text or "At " in text or "nder " in text or " of " in text else ():
        before = _WORD_BEFORE_AT.search(text, max(0, match.start() - 20), match.start())
        if (before.group(1).lower() if before else "") not in _AT_ANYTHING_AFTER:  # not "good at maths"
            # what one is out of or under is often a feeling or a state ("out of pique", "under sedation"):
            # there, only a word no dictionary holds
            found += _named_place(text, match.start("first"), bool(match.group("the")), is_medical,
                                  unlisted=not match.group("at"))
    for match in _THE_INITIALS.finditer(text) if "the " in text or "The " in text else ():
        found += _named_place(text, match.start(1), True, is_medical, unlisted=False)  # "both the lgi and jimmy's"
    for match in _DIED_AT.finditer(text) if " at " in text else ():
        found += _named_place(text, match.start(2), bool(match.group(1)), is_medical, unlisted=False, surely=True)
    return found


#: Going, being taken or coming home to or from a place: "goes to uchicago for her dialysis", "was moved
#: from kch to", "just home from mayo general", "drove my dad mick to queen's in romford".
_MOVED_TO_OR_FROM = re.compile(r"\b(?:go|goes|going|went|gone|drive|drives|driving|drove|driven|fly|flies|flying|flew|"
                               r"flown|move|moves|moving|moved|sent|send|sends|transferred|taken|take|takes|took|rushed|"
                               r"airlifted|medevaced|medevacked|evacuated|ambulanced|admitted|referred|discharged|"
                               r"released|home|back|forth|came|come|comes|coming|travel|travels|travelled|traveled)"
                               r"(?:[ \t]+(?:him|her|them|me|us|it|my|our|his|their|your|me)(?:[ \t]+[a-z'’]+){0,2}?)?"
                               r"[ \t]+(?:to|from|tae|fae)[ \t]+(?:(the)[ \t]+)?"
                               r"([a-z][a-z&'’-]*)(?!\w|\.\w)")


def places_moved_to_or_from(text: str, is_medical: Any) -> list[tuple[int, int]]:
    """... and where someone goes, is taken or comes home to or from, in lowercase, by a word no
    dictionary holds or a hospital's kind ("goes to uchicago for her dialysis", "moved from kch to",
    "home from mayo general"): after "to", a dictionary's word is too often a verb ("go to appease")."""
    found = []
    for match in _MOVED_TO_OR_FROM.finditer(text) if " to " in text or " from " in text or "fae " in text else ():
        found += _named_place(text, match.start(2), bool(match.group(1)), is_medical, unlisted=True)
    return found


def _named_place(text: str, start: int, the: bool, is_medical: Any, *, unlisted: bool,
                 surely: bool = False) -> list[tuple[int, int]]:
    """The place named from ``start`` on, after a word for where, as one span, or none: its first word
    and what carries it on (rare words, a hospital's kind, a point of the compass, "level 5"). With
    ``unlisted``, a rare word must be one no dictionary holds; with ``surely`` (where someone died),
    every word that is no time or state names the place."""
    first = _AT_NAME_WORD.match(text, start - 1)
    if first is None:
        return []
    word = first.group(1)
    bare = word.removesuffix("'s").removesuffix("’s")
    if word in _AT_EVERYDAY or bare in _AT_EVERYDAY or word.endswith("ing") or bare.rstrip("s") in _CHAINS \
            or bare in vocabulary.EVERYDAY_WORDS or bare.removesuffix("s") in _KIN_WORDS \
            or bare.removesuffix("s") in vocabulary.EVERYDAY_WORDS or bare in _AT_EVERYDAY_PLACES \
            or unlisted and bare in _IN_STATES:
        return []  # "at least", "at answering", "at boots", "at mum's", "to bed"
    end = first.end()
    for _ in range(3):
        more = _AT_NAME_WORD.match(text, end)
        if not more or not _carries_name_on(more.group(1), text[end - 5:end] == "level", is_medical, surely=surely):
            break  # "at [place] upped his dose", "at [place] efter her fall", "at [place] won't listen"
        end = more.end()
    if kind := _AT_KIND_AHEAD.match(text, end):
        end = kind.end()  # "at harbour view regional": everyday words before a hospital's kind
    words = text[start:end].split()
    if word != bare and _POSSESSED_AFTER.match(text, end):
        return []  # "went round to [name]'s house": a home, named by the name found in it
    if word != bare and len(words) == 1 and bare in vocabulary.given_names() and bare not in _KIN_WORDS \
            and _AT_INITIALS_END.match(text, end) and not the:
        return [(start, end)]  # "back and forth to guy's for the clinic": a hospital or a home by a name's possessive
    if re.match(r"[ \t]+\d", text[end:end + 2]) or re.match(r"[ \t]+of\b", text[end:end + 4]):
        return []  # "at furuvagen 25": a street, which the rules for addresses take whole; "at the base of"
    ends = _AT_INITIALS_END.match(text, end) is not None
    if the:
        initials = len(words) == 1 and ends and len(word) <= 4 and _rare_after_at(word, is_medical) \
            and not in_dictionary(word) and vocabulary.english_frequency(word) < vocabulary.KNOWN
        # "at the lister", "at the beatson": a hospital named for someone, by a surname no common word
        founder = len(words) == 1 and ends and _rare_after_at(word, is_medical) and (
            word in vocabulary.surnames() or word in vocabulary.given_names()) and (
            not in_dictionary(word) or vocabulary.english_frequency(word) < vocabulary.KNOWN)
        royal = words[0] == "royal" and len(words) > 1 and words[-1] in _HOSPITAL_KINDS  # "the royal children's"
        if not (initials or founder or royal or any(w in _AT_THE_HOSPITAL_WORDS for w in words[1:])):
            return []  # "at the rec center", "at the ibs day"
    elif surely and len(words) > 1 or word in _SOVEREIGNS and len(words) == 1 and ends:
        pass  # "passed away at kings mill", "to queen's in romford" (not "born at term")
    elif not (any(_rare_after_at(w, is_medical) for w in words) and not unlisted
              or unlisted and _rare_after_at(head := words[1] if word in _NAME_PREFIXES and len(words) > 1 else word,
                                             is_medical) and not in_dictionary(head) and "-" not in head
              or any(w in _AT_HOSPITAL_WORDS for w in words[1:]) and word not in _AT_KINDS_OF_CARE):
        return []  # "at appointments", "at harvest", "at student health"
    return [(start, end)]


def _carries_name_on(word: str, after_level: bool, is_medical: Any, *, surely: bool) -> bool:
    """``word`` goes on with a place's name begun before it: a word for a place, a point of the compass
    or a hospital's kind, a number after "level", or a rare word that is no verb's past, no
    contraction and no everyday word (with ``surely``, any word that is no time, state or medicine)."""
    if word in _STOP or word in _AT_NOT_A_NAME_GOING_ON:
        return False
    if word in _AT_NAME_GOES_ON:
        return True
    if after_level:
        return word.isdigit()
    named = _rare_after_at(word, is_medical) or surely and not word.isdigit() and word not in _AT_EVERYDAY \
        and not is_medical(word) and not medical_word(word)
    return named and not word.endswith(("ed", "'t", "’t")) and word not in vocabulary.EVERYDAY_WORDS


def _rare_after_at(word: str, is_medical: Any) -> bool:
    bare = word.strip("'’").removesuffix("'s").removesuffix("’s")
    if "-" in bare:  # "under british-isles", "ancient-rome": a tag of common words, no place's name
        return any(_rare_after_at(part, is_medical) for part in bare.split("-") if part)
    return bool(bare) and not bare.isdigit() and not common_word(bare) and not medical_word(bare) \
        and not is_medical(bare) and bare not in _AT_EVERYDAY_PLACES and bare not in vocabulary.KNOWN_INITIALS \
        and bare not in _NOT_HOSPITAL_INITIALS and bare not in vocabulary.large_places() and not vocabulary.demonym(bare) \
        and bare not in vocabulary.languages() and not bare.endswith(("time", "times"))  # "at halftime"


#: What someone is in that names no place: a state, a stage of care, a part of a hospital, an idiom
#: ("she's in pain since", "he's in resus now", "is in bits again", "said in jest").
_IN_STATES = frozenset({
    "pain", "bed", "labour", "labor", "remission", "recovery", "surgery", "theatre", "theater", "rehab", "respite",
    "care", "hospice", "shock", "tears", "agony", "bits", "denial", "trouble", "town", "school", "isolation",
    "quarantine", "resus", "majors", "minors", "icu", "nicu", "picu", "hdu", "ccu", "er", "a&e", "hospital", "hosp",
    "hossie", "hozzy", "hossy", "ozzy", "ward", "wards", "charge", "love", "heaven", "peace", "limbo", "luck", "pieces",
    "hand", "hands", "stitches", "plaster", "traction", "cast", "touch", "contact", "time", "tune", "line", "jest",
    "earnest", "vain", "situ", "utero", "vitro", "vivo", "lieu", "toto", "extremis", "absentia", "stock", "nappies",
    "diapers", "kindy", "daycare", "nursery", "uni", "tafe", "college", "prison", "jail", "custody",
    "lockdown", "hiding", "mourning", "shielding", "hibernation", "loo", "bog", "dunny", "lav", "lavvy", "ensuite",
    "shed", "ute", "tx", "rx", "fx", "px", "bx", "ix", "mx", "dx", "hx", "sx", "sick"})
#: ... and the words that end a hospital's name where someone is in it: those after "at" but a clinic, a
#: hospice, a level and the short forms ("is in clinic" is a visit), and with a town's area or base
#: ("in grey base", "in craigavon area").
_IN_HOSPITAL_WORDS = (_AT_HOSPITAL_WORDS - {"med", "hosp", "clinic", "level", "hospice"}) \
    | frozenset({"base", "area", "district", "county"})
#: Someone in one to three words, before what follows a stay: "my nan is in pilgrim with her heart", "she's
#: in mayo general since friday", "ma granny is in the rah wi her heart", "in royal derby with a uti".
_SOMEONE_IN_STAY = re.compile(_SOMEONE_IS + r"[ \t]+in[ \t]+(?:(?:the|our)[ \t]+)?([a-z][a-z'’-]*(?:[ \t]+[a-z][a-z'’-]*){0,2}?)"
                              r"(?=[ \t]+(?:since|with|wi|after|efter|again|overnight|till|until|tonight|now|"
                              r"for[ \t]+(?:his|her|their|a|the)|in[ \t]+[a-z])\b|[ \t]*(?:[,.;!?]|$))")


def places_someone_is_in(text: str, is_medical: Any) -> list[tuple[int, int]]:
    """Where someone is, in lowercase, before what follows a stay: one to three words of which one is
    no common word ("is in tuth since sunday", "is in pilgrim with"), or that a hospital's kind ends
    ("in grey base", "in mayo general since"), or "royal" and a town ("in royal stoke with"). What
    someone is in is otherwise a state or a stage of care ("in pain", "in resus"), which no rule need
    look at."""
    found = []
    for match in _SOMEONE_IN_STAY.finditer(text) if " in " in text else ():
        words = match.group(1).split()
        if any(w in _STOP or w in _AT_NOT_A_NAME_GOING_ON or w in _AT_EVERYDAY or w in vocabulary.large_places()
               for w in words) or words[0] in _IN_STATES or words[0] in vocabulary.EVERYDAY_WORDS:
            continue  # "at st gemma's in leeds last night", "in [place] ontario"
        if any(_rare_after_at(w, is_medical) and w not in _IN_STATES for w in words) \
                or any(w in _IN_HOSPITAL_WORDS for w in words[1:]) and words[0] not in _AT_KINDS_OF_CARE \
                and words[0] not in _HOSPITAL_KINDS \
                or words[0] == "royal" and len(words) == 2 and words[1] in vocabulary.towns() \
                or len(words) > 1 and words[-1] in _GEO_WORDS and not any(is_medical(w) for w in words):
            found.append(match.span(1))  # "been in stepping hill since monday"
    return found


#: The town of someone's doctor or practice, before what they say: "my GP in chard says it could be".
_CLINICIAN_IN_TOWN = re.compile(r"\b(?:gp|gps|doctor|doc|dr|nurse|consultant|surgery|practice|physio|dentist|chemist|"
                                r"pharmacy|pharmacist|midwife|clinic|hospital)[ \t]+in[ \t]+([a-z][a-z'’-]*)[ \t]+"
                                r"(?:says|said|say|told|tells|thinks|reckons|is|was|has|had|wants|wanted|sent|referred|"
                                r"gave|gives|won['’]t|can['’]t|doesn['’]t|didn['’]t)\b", re.IGNORECASE)


def clinicians_towns(text: str, is_medical: Any) -> list[tuple[int, int]]:
    """The town a doctor or a practice is in, though a common word ("my GP in chard says")."""
    return [match.span(1) for match in (_CLINICIAN_IN_TOWN.finditer(text) if " in " in text else ())
            if (word := match.group(1)) not in _STOP and word not in _IN_STATES and word not in _AT_EVERYDAY
            and word not in vocabulary.EVERYDAY_WORDS and not is_medical(word) and not medical_word(word)
            and word not in vocabulary.large_places() and word not in _SEASONS
            and word not in {"general", "charge", "training", "practice"}]


#: A hospital named by its kind and the land or the town it serves, in lowercase: "at university hospital of
#: wales", "the royal infirmary of edinburgh", "general hospital of the north".
_HOSPITAL_OF = re.compile(r"\b((?:university|teaching|general|district|county|community|regional|royal|children['’]?s|"
                          r"women['’]?s|city|national)[ \t]+(?:hospitals?|infirmary|medical[ \t]+cent(?:er|re))[ \t]+of[ \t]+"
                          r"(?:the[ \t]+)?(?:(?:north|south|east|west|northern|southern|eastern|western|mid|greater|"
                          r"upper|lower|central)[ \t]+)?[a-z][a-z'’-]+)")


#: A hospital or a service praised or blamed as a body, with a plural verb for a singular name, where a
#: clause starts: "good hope were amazing with my grandad", "Broomfield were brilliant".
_PRAISED_AS_A_BODY = re.compile(r"(?:^|(?<=[.!?,;:][ \t])|(?<=\n))([A-Za-z][a-z'’-]*(?:[ \t]+[a-z][a-z'’-]*){0,2})[ \t]+"
                                r"(?:were|have[ \t]+been)[ \t]+(?:so[ \t]+|really[ \t]+|absolutely[ \t]+|just[ \t]+|all[ \t]+)?"
                                r"(?:amazing|brilliant|great|fantastic|lovely|wonderful|awful|rubbish|useless|excellent|fab|"
                                r"fabulous|superb|outstanding|terrible|shocking|good|kind|incredible|angels|first[ \t]+class|"
                                r"spot[ \t]+on)\b", re.MULTILINE)
#: Those who are praised together, which names no place: "staff were amazing", "everyone were lovely".
_PRAISED_TOGETHER = frozenset({"staff", "team", "everyone", "everybody", "people", "family", "police", "paramedics",
                               "crew", "doctors", "nurses", "carers", "they", "we", "you", "both", "all"})


def places_praised_as_a_body(text: str, is_medical: Any) -> list[tuple[int, int]]:
    """A hospital praised or blamed as a body by a plural verb ("good hope were amazing"): a name of
    one to three words, none a pronoun, a relative, a plural or an everyday word."""
    found = []
    for match in _PRAISED_AS_A_BODY.finditer(text) if "were" in text or "been" in text else ():
        words = match.group(1).lower().split()
        if any(w in _STOP or w in vocabulary.EVERYDAY_WORDS or w in _AT_EVERYDAY or w in _KIN_WORDS
               or w in _PRAISED_TOGETHER or w in vocabulary.KNOWN_INITIALS or is_medical(w) for w in words) \
                or words[-1].endswith("s") and not words[-1].endswith(("'s", "’s")) and in_dictionary(words[-1]):
            continue  # "nurses were great"; though "ninewells were useless", a name in the plural's shape
        found.append(match.span(1))
    return found


def last_net_places(text: str, is_medical: Any) -> list[tuple[int, int]]:
    """Places the last net takes, after the residual risks are judged: what someone is at, under or
    in before a stay, where they go or are taken, where they died, a hospital praised as a body, one
    asked about ("anyone know if aiims takes walk-ins?") and one named by its kind and the land it
    serves ("university hospital of wales")."""
    asked = [span for match in (_ASKED_IF_IT_DOES.finditer(text) if " if " in text or "whether" in text else ())
             for span in _named_place(text, match.start(1), False, is_medical, unlisted=True)
             if span[1] == match.end(1)]  # the whole subject, no more, no less
    of_land = [match.span(1) for match in (_HOSPITAL_OF.finditer(text) if " of " in text else ())]
    return asked + objects_of_at(text, is_medical) + places_someone_is_in(text, is_medical) \
        + places_moved_to_or_from(text, is_medical) + places_praised_as_a_body(text, is_medical) \
        + clinicians_towns(text, is_medical) + of_land

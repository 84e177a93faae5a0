"""carekb's own Presidio recognizers, for identifiers as they appear in patient forums.

Presidio's built-in recognizers cover e-mail, phone, card, IBAN, IP, SSN, MAC and URL shapes;
these add what forum posts need: names found by context ("my husband Dave", "Dr. Okafor",
"call me Jo") and by name lists, obfuscated e-mail, health and account numbers introduced by
their label, ages over 89, day-level dates, street addresses, towns with postcodes, social
handles and profile links, and device ids.
"""

from __future__ import annotations

import re
from typing import Any

from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import EmailRecognizer

from generator.privacy import vocabulary

_CASED = re.DOTALL | re.MULTILINE
_ANY_CASE = _CASED | re.IGNORECASE

MONTHS = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
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


def pattern(entity: str, name: str, regex: str, score: float, *, context: list[str] | None = None,
            flags: int = _ANY_CASE) -> PatternRecognizer:
    return PatternRecognizer(supported_entity=entity, name=f"carekb_{name}",
                             patterns=[Pattern(name, regex, score)], context=context or [],
                             global_regex_flags=flags)


class ObfuscatedEmailRecognizer(PatternRecognizer):
    """``jane dot doe at gmail dot com``: counts only when something is actually spelled out or
    bracketed, so that "my blog is at facebook.com" is not an address."""

    def __init__(self, entity: str, name: str, regex: str, score: float) -> None:
        super().__init__(supported_entity=entity, name=f"carekb_{name}", patterns=[Pattern(name, regex, score)],
                         global_regex_flags=_ANY_CASE)

    def validate_result(self, pattern_text: str) -> bool | None:
        return None if re.search(r"\bdot\b|[\[({]\s*(?:at|@|dot)\s*[\])}]", pattern_text, re.IGNORECASE) else False


def pattern_recognizers() -> list[PatternRecognizer]:
    id_labels = (r"(?:mrn|medical record(?: number| no\.?| #)?|patient (?:id|number|no\.?)|hospital (?:number|no\.?)|"
                 r"nhs (?:number|no\.?)|chi (?:number|no\.?)|health ?plan(?: id| number)?|member (?:id|number|no\.?)|"
                 r"policy (?:number|no\.?|#)|insurance (?:id|number|no\.?)|account (?:number|no\.?|#)|acct\.? ?#?|"
                 r"licen[cs]e (?:number|no\.?|#)|medicare (?:number|no\.?)|medicaid (?:id|number)|"
                 r"case (?:number|no\.?)|claim (?:number|no\.?)|prescription (?:number|no\.?)|rx ?#)")
    return [
        ObfuscatedEmailRecognizer("EMAIL_ADDRESS", "obfuscated_email",
                r"\b[a-z0-9._%+-]+(?:\s*[\[(]?\s*dot\s*[\])]?\s*[a-z0-9_-]+)*\s*(?:[\[(]\s*(?:at|@)\s*[\])]|\s+at\s+)"
                r"\s*[a-z0-9-]+(?:\s*(?:[\[(]\s*(?:dot|\.)\s*[\])]|\s+dot\s+|\.)\s*[a-z0-9-]+)*"
                r"\s*(?:[\[(]\s*(?:dot|\.)\s*[\])]|\s+dot\s+|\.)\s*" + _TLDS + r"\b", 0.9),
        pattern("ID_NUMBER", "labelled_id", id_labels + r"\s*(?:is|was|:|#|-)?\s*#?\s*([A-Z0-9][A-Z0-9 -]{3,18}[0-9])\b",
                0.95),
        pattern("ID_NUMBER", "nhs_number", r"\b\d{3}[ -]\d{3}[ -]\d{4}\b", 0.4, context=["nhs", "number"]),
        pattern("DEVICE_ID", "device_id", r"\b(?:imei|serial(?: number| no\.?)?|s/n|device id|udid|meid)\s*(?:is|:|#)?"
                r"\s*[A-Z0-9][A-Z0-9:-]{5,}\b", 0.9),
        pattern("AGE", "age_over_89", r"\b(?:9\d|1[01]\d)\s*(?:-|\s)?\s*(?:years?|yrs?|yo|y/o|y\.o\.)(?:[\s-]*old)?\b"
                r"|\baged?\s+(?:9\d|1[01]\d)\b|\b(?:9\d|1[01]\d)(?:st|nd|rd|th)\s+birthday\b"
                r"|\bturn(?:s|ed|ing)?\s+(?:9\d|1[01]\d)\b"
                r"|(?<=\b(?:is|was|at|aged?|now|just|of)\s)(?:9\d|1[01]\d)\b(?!\s*(?:mg|mcg|g|kg|lbs?|%|mmol|bpm|"
                r"ml|cm|mm|units?|iu|minutes|mins|hours|hrs|days|weeks|times|percent|/|\.\d|,\d))", 0.8),
        pattern("DATE", "day_date", r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + MONTHS + r"\b\.?(?:,?\s+\d{4})?"
                r"|\b" + MONTHS + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s+\d{4})?"
                r"|\b" + MONTHS + r"\.?\s+(?:of\s+)?(?:19|20)\d{2}\b"
                r"|\b\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d{2}\b|\b(?:19|20)\d{2}-\d{2}-\d{2}\b", 0.85),
        pattern("STREET_ADDRESS", "street_address",
                r"\b\d{1,5}[A-Za-z]?\s+(?:[A-Z][\w'-]*\.?\s+){1,4}(?:street|st|avenue|ave|road|rd|lane|ln|drive|dr|"
                r"boulevard|blvd|court|ct|way|place|pl|terrace|close|crescent|cres|square|sq|parkway|pkwy|highway|"
                r"hwy|circle|cir|trail|row|gardens|grove|mews|hill|walk|park)\b\.?"
                r"(?:,?\s+(?:apt|apartment|unit|suite|flat|#)\.?\s*[\w-]+)?"
                r"(?:,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?=\s*[,.!\n]|\s+[A-Z]{1,2}\d))?", 0.9),
        pattern("POSTCODE", "town_zip", r"\b(?:[A-Z][a-z]+\s){0,2}[A-Z][a-z]+,?\s+\d{5}(?:-\d{4})?\b", 0.85,
                flags=_CASED),
        pattern("STREET_ADDRESS", "unit", r"\b(?:apt|apartment|suite|flat|unit)\.?\s*#?\s*\d+[A-Z]?\b", 0.6,
                context=["live", "address", "street", "road"]),
        pattern("STREET_ADDRESS", "po_box", r"\bp\.?\s?o\.?\s+box\s+\d+\b", 0.9),
        pattern("POSTCODE", "us_town_zip", r"\b(?:[A-Z][a-z]+\s){0,2}[A-Z][a-z]+,?\s+[A-Z]{2}\s+\d{5}(?:-\d{4})?\b",
                0.95, flags=_CASED),
        pattern("POSTCODE", "zip_label", r"\b(?:zip|zip code|postcode|post code|postal code)\s*(?:is|:)?\s*"
                r"[A-Z0-9]{3,5}(?:[ -][A-Z0-9]{3,4})?\b", 0.9),
        pattern("POSTCODE", "uk_postcode", r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", 0.85, flags=_CASED),
        pattern("POSTCODE", "ca_postcode", r"\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b", 0.85, flags=_CASED),
        pattern("PHONE_NUMBER", "phone_shapes",
                r"(?<![\w.])(?:\+\d{1,3}[\s.-]?)?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}(?!\w|\.\d)"
                r"|(?<![\w.])\+\d{1,3}(?:[\s.-]?\d{2,4}){3,5}(?!\w|\.\d)"
                r"|(?<![\w.])0\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}(?!\w|\.\d)"
                r"|(?<![\w.])0\d{3}(?:[\s.]\d{2}){3}(?!\w|\.\d)", 0.75),
        pattern("PHONE_NUMBER", "phone_local", r"(?<![\w.])\d{3}[\s.-]\d{4}(?!\w|\.\d)", 0.6,
                context=["call", "phone", "text", "ring", "mobile", "cell", "number", "tel", "reach", "whatsapp"]),
        pattern("ID_NUMBER", "long_number", r"(?<![\w.,/-])(?=[A-Z0-9-]*\d{6})[A-Z0-9][A-Z0-9-]{5,24}(?!\w|[.,/-]\w)", 0.6,
                flags=_CASED),
        pattern("HANDLE", "social_handle", r"(?<![\w@.])@[A-Za-z0-9_][A-Za-z0-9_.]{1,29}\b", 0.9),
        pattern("HANDLE", "reddit_user", r"(?<![\w/])/?u/[A-Za-z0-9_-]{3,20}\b", 0.9),
        pattern("URL", "profile_url", r"(?:https?://)?(?:www\.|m\.)?(?:facebook|fb|instagram|twitter|x|tiktok|"
                r"linkedin|youtube|reddit|threads|snapchat|pinterest|tumblr|medium|github|patreon|onlyfans)"
                r"\.(?:com|net)/\S+", 0.95),
        pattern("URL", "web_url", r"\bhttps?://\S+|\bwww\.[a-z0-9-]+\.\S+", 0.7),
    ]


# --- names ---------------------------------------------------------------------------------

_TITLES = r"(?:dr|doctor|prof|professor|mr|mrs|ms|miss|mx|nurse|sister|sir|dame|rev|father|pastor)"
_RELATIONS = (r"(?:husband|hubby|wife|partner|spouse|son|daughter|mom|mum|mommy|mummy|mother|dad|daddy|father|"
              r"brother|sister|boyfriend|girlfriend|bf|gf|fianc[eé]e?|grandson|granddaughter|grandma|grandpa|"
              r"grandmother|grandfather|nan|nana|gran|granny|aunt|auntie|uncle|cousin|friend|bestie|neighbou?r|"
              r"niece|nephew|child|baby|kid|boss|manager|colleague|coworker|co-worker|carer|caregiver|"
              r"doctor|doc|gp|pcp|nurse|consultant|neurologist|cardiologist|specialist|surgeon|therapist|"
              r"counsel+or|psychiatrist|psychologist|oncologist|endocrinologist|endo|rheumatologist|rheumy|"
              r"dermatologist|derm|physio|physiotherapist|dentist|pharmacist|midwife|health visitor|ot|"
              r"girl|boy|lad|lass|baby girl|baby boy|little one|little girl|little boy|twins?|kids?|eldest|youngest|"
              r"(?:little|big|older|younger|eldest|youngest|step)(?:\s|-)?(?:son|daughter|brother|sister|one|girl|boy))")
_WORD = r"[A-Za-zÀ-ÖØ-öø-ÿ][\w'’-]*"
_CAP = r"[A-ZÀ-ÖØ-Þ][\w'’-]*"
_RULES: list[tuple[str, re.Pattern[str], float]] = [
    ("title", re.compile(rf"\b{_TITLES}\.?\s+({_WORD}(?:\s+{_CAP})?)", re.IGNORECASE), 0.9),
    ("relation", re.compile(rf"\b(?:my|our|his|her|their)\s+{_RELATIONS},?\s+(?:is\s+)?({_WORD}(?:\s+{_CAP})?)",
                            re.IGNORECASE), 0.85),
    ("intro", re.compile(rf"\b(?:my name is|my name's|name's|call me|i am called|i'm called|they call me)\s+"
                         rf"({_WORD}(?:\s+{_CAP})?)", re.IGNORECASE), 0.95),
    ("intro_soft", re.compile(rf"\b(?:i'm|i am|this is|it's|im)\s+({_CAP}(?:\s+{_CAP})?)"), 0.7),
    ("signoff", re.compile(rf"(?:^|[.!?\n]\s*)(?:thanks|thank you|thx|cheers|regards|best wishes|best|love|"
                           rf"hugs|take care|kind regards|warmly|bw|xx+)[,!. ]*\s*[-–—~]?\s*({_CAP})\s*(?:x+)?[.!]?\s*$",
                           re.IGNORECASE), 0.85),
    ("signature", re.compile(rf"\n\s*[-–—~]+\s*({_CAP}(?:\s+{_CAP})?)\s*$"), 0.85),
    # A lone capitalised word or two closing a post after a finished sentence: a signature.
    ("trailing_name", re.compile(rf"[.!?]\s+({_CAP}(?:\s+{_CAP})?)\s*[.!]?\s*(?:x+)?\s*$"), 0.8),
    ("pair", re.compile(rf"\b({_CAP})\s+and\s+(?:I|me)\b|\b(?:me|I)\s+and\s+({_CAP})\b"), 0.8),
    ("addressing", re.compile(rf"\b(?i:contact|ask for|speak to|talk to|thanks to|thank you|message|email|text|"
                              rf"ring|call|ask)\s+({_CAP})\b"), 0.75),
    ("speech", re.compile(rf"(?<![.!?]\s)\b({_CAP})\s+(?:said|says|told|tells|asked|mentioned|suggested|recommended|"
                          rf"reckons|thinks|explained|wrote)\b"), 0.75),
    ("with_name", re.compile(rf"\b(?:named|called|name was|name is)\s+({_CAP}(?:\s+{_CAP})?)"), 0.85),
]
_STOP = frozenset(["a", "an", "the", "and", "or", "but", "if", "so", "to", "of", "in", "on", "at", "by", "for", "with", "from", "about", "as", "is", "are", "was", "were", "be", "been", "am", "i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "they", "them", "their", "it", "its", "this", "that", "these", "those", "there", "here", "then", "than", "when", "what", "who", "how", "why", "which", "not", "no", "yes", "do", "does", "did", "have", "has", "had", "will", "would", "can", "could", "should", "may", "might", "must", "just", "very", "really", "also", "too", "only", "still", "even", "all", "any", "some", "each", "every", "much", "many", "more", "most", "other", "such", "same", "own", "again", "ever", "never", "always", "often", "sometimes", "usually", "today", "yesterday", "tomorrow", "now", "soon", "later", "said", "says", "told", "asked", "went", "got", "get", "going", "gone", "come", "came", "doing", "done", "okay", "ok", "oh", "well", "sure", "thanks", "thank", "please", "sorry", "hi", "hello", "hey", "dear"])


def _is_word(token: str) -> bool:
    return token.lower().strip("'’") in _STOP


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
        for rule, regex, score in _RULES:
            for match in regex.finditer(text):
                group = next(i for i in range(1, (regex.groups or 1) + 1) if match.group(i) is not None)
                start, end, found = self._name_span(text, match.start(group), match.end(group), rule)
                if found:
                    results.append(self._result(start, end, score, rule))
        for match in re.finditer(rf"(?<![\w@.#/])({_CAP})(?:\s+({_CAP}))?", text):
            results.extend(self._census(text, match))
        return results

    def _name_span(self, text: str, start: int, end: int, rule: str) -> tuple[int, int, bool]:
        words = text[start:end].split()
        first = words[0]
        if _is_word(first) or self._is_medical(first):
            return start, end, False
        if len(words) > 1 and (_is_word(words[1]) or self._is_medical(words[1])):
            end = start + len(first)
        lower = first.lower().strip("'’")
        if first[:1].islower():
            # "my husband dave": a lowercase word is a name only if it is a known one (after a
            # relation or a title even a name that is also a word: "my daughter lily").
            if rule in ("relation", "title", "intro"):
                return start, end, lower in self._first or lower in self._last or (
                    rule == "title" and vocabulary.english_frequency(lower) < vocabulary.COMMON)
            return start, end, lower in self._first and lower not in vocabulary.AMBIGUOUS_FIRST_NAMES
        if rule == "intro_soft":
            return start, end, lower in self._first and lower not in vocabulary.AMBIGUOUS_FIRST_NAMES
        return start, end, True

    def _census(self, text: str, match: re.Match[str]) -> list[RecognizerResult]:
        first, second = match.group(1), match.group(2)
        lower = first.lower().strip("'’")
        if self._is_medical(first) or lower in _STOP:
            return []
        sentence_start = _at_sentence_start(text, match.start())
        if second and not self._is_medical(second) and second.lower() not in _STOP:
            second_lower = second.lower().strip("'’")
            if (lower in self._first and second_lower in self._last) or (
                    not sentence_start and lower in self._first and lower not in vocabulary.AMBIGUOUS_FIRST_NAMES):
                return [self._result(match.start(), match.end(), 0.85, "full_name")]
        if lower in self._first and lower not in vocabulary.AMBIGUOUS_FIRST_NAMES and len(lower) > 2:
            return [self._result(match.start(1), match.end(1), 0.6 if sentence_start else 0.75, "first_name")]
        return []

    def _result(self, start: int, end: int, score: float, rule: str) -> RecognizerResult:
        return RecognizerResult("PERSON", start, end, score, recognition_metadata={
                                    RecognizerResult.RECOGNIZER_NAME_KEY: f"carekb_names:{rule}",
                                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id})


def _at_sentence_start(text: str, index: int) -> bool:
    before = text[:index].rstrip(" \t\"'“(")
    return not before or before[-1] in ".!?\n:"

"""The privacy gate: find identifiers, redact them with typed placeholders, hold what it can't vouch for.

Built on Microsoft Presidio (the analyzer's recognizer framework; carekb's own recognizers in
``recognizers.py``) and word lists shipped inside installed packages (``vocabulary.py``; nothing
is downloaded at run time). A statistical NER model (spaCy's small English one) was measured
here and dropped: once unexplained words are redacted it found few names the lists miss, at a
third of the speed. Every finding that is a medical word
(an eponym such as "Crohn's", a drug, one of the site's conditions) is vetoed; the rest is
replaced by ``[name]``, ``[phone]``, ``[email]``, ...

Fails closed, in three ways. A capitalised word that may be a name or a place and that no list
explains (not an English word, not medical vocabulary) is redacted as ``[name]``: losing a word
is better than publishing a person. A text the gate cannot analyse (an analyser error, or
letters of a script without capitals, where names can't be told from words) is *held*: not
published, reported with the reason and where. And a text where something may still identify
someone after redaction (``residual.py``: a capitalised first name in mid-sentence, a long run of
digits, a capital beside a redacted name, a listed name in a post without capitals, a word no
list knows) is held the same way.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from generator.privacy import grow, language, recognizers, residual, vocabulary
from generator.privacy.recognizers import (
    ContextNameRecognizer,
    address_blocks,
    ages_in_brackets,
    cued_places,
    initials_as_names,
    lines_above_country,
    lowercase_names,
    towns,
)
from generator.privacy.spans import Covered

#: Placeholder type by Presidio entity.
PLACEHOLDERS = {
    "PERSON": "name",
    "EMAIL_ADDRESS": "email",
    "PHONE_NUMBER": "phone",
    "STREET_ADDRESS": "address",
    "LOCATION": "place",
    "POSTCODE": "postcode",
    "UK_POSTCODE": "postcode",
    "CA_POSTAL_CODE": "postcode",
    "DATE": "date",
    "AGE": "age",
    "ID_NUMBER": "id",
    "US_SSN": "id",
    "UK_NHS": "id",
    "MEDICAL_LICENSE": "id",
    "US_DRIVER_LICENSE": "id",
    "UK_NINO": "id",
    "UK_DRIVING_LICENCE": "id",
    "UK_VEHICLE_REGISTRATION": "id",
    "US_ITIN": "id",
    "US_MBI": "id",
    "CA_SIN": "id",
    "AU_MEDICARE": "id",
    "CREDIT_CARD": "account",
    "IBAN_CODE": "account",
    "US_BANK_NUMBER": "account",
    "IP_ADDRESS": "ip",
    "MAC_ADDRESS": "device",
    "DEVICE_ID": "device",
    "URL": "url",
    "HANDLE": "handle",
}
#: Findings scoring below this are ignored (Presidio's weak, context-free pattern matches).
THRESHOLD = 0.5

#: Places at state level or larger are not identifiers (HIPAA Safe Harbor keeps states).
_LARGE_PLACES = vocabulary.large_places()


@dataclass(frozen=True, slots=True)
class Finding:
    """An identifier at ``start:end`` of the screened text (character offsets), of a placeholder type."""

    start: int
    end: int
    type: str


@dataclass(frozen=True, slots=True)
class Screened:
    """A text after the gate: redacted text, what was found (offsets into the input), held or not."""

    text: str
    findings: tuple[Finding, ...]
    held: bool
    reasons: tuple[str, ...] = ()


_WARM_UP = ("Hi, I'm Dave Smith from Leeds, ring 0113 496 0000 or (555) 123-4567, email dave@example.com, "
            "my address is 12 Oak Road, LS1 4AB; born 3 March 1950, aged 95, NHS number 943 476 5919, "
            "see https://example.org and @dave. my metformin and Crohn's disease. Thanks, Jo")


class PrivacyGate:
    """Screens texts; one instance is reused (loading the pipeline takes a second or two)."""

    def __init__(self, medical_terms: Iterable[str] = ()) -> None:
        vocabulary.preload()  # once, here: not in the middle of the first post, nor in two threads
        language.preload()
        self._extra_medical = frozenset(vocabulary.base_term(t) for t in medical_terms)
        self._analyzer = _Analyzer(_recognizers())
        self._entities = self._analyzer.entities
        self._lock = threading.Lock()
        self._is_medical_phrase = self.is_medical  # phrases rarely repeat: not cached
        self._phrase_starts = frozenset(term.split()[0] for terms in (
            vocabulary.drug_names(), vocabulary.disease_names(), vocabulary.medical_terms(), self._extra_medical)
            for term in terms if " " in term)
        # Words repeat from post to post: each is judged once (the same answer every time).
        self.is_medical = lru_cache(maxsize=1 << 17)(self.is_medical)  # type: ignore[method-assign]
        self._names = ContextNameRecognizer(self.is_medical)
        self.screen(_WARM_UP)  # the libraries' lazy first-use work (phone metadata, patterns)


    def is_medical(self, text: str) -> bool:
        """True when a word or phrase is medical vocabulary that must survive."""
        term = " ".join(vocabulary.base_term(text).split())
        if not term:
            return False
        return (term in vocabulary.medical_terms() or term in vocabulary.drug_names() or term in vocabulary.disease_names()
                or term in self._extra_medical or term.rstrip("s") in vocabulary.medical_terms())

    def screen(self, text: str) -> Screened:
        """Find identifiers in ``text``; redact them, or hold the text when it can't be checked."""
        if not text.strip():
            return Screened(text, (), False)
        uncased = _uncased_word(text)
        if uncased:
            return Screened(text, (), True, (f"text in a script the gate can't check at {uncased[0]}-{uncased[1]}",))
        try:
            with self._lock:
                results = self._analyzer.analyze(text, self._entities)
                results.extend(self._names.analyze(text, _ENTITIES, None))
                results.extend(address_blocks(text, self.is_medical))
                results.extend(towns(text, self.is_medical))
                results.extend(cued_places(text, self.is_medical))
                results.extend(ages_in_brackets(text))
                results.extend(initials_as_names(text, self.is_medical))
                results.extend(lines_above_country(text, self.is_medical))
                phrase_spans = recognizers.medical_phrases(text, self._is_medical_phrase, self._phrase_starts)
                phrases = Covered(phrase_spans)
                # A web address is judged whole (a public health page's is kept): no word inside it
                # ("https" after "go to") is a name or a place of its own.
                addresses = Covered([(r.start, r.end) for r in results if r.entity_type == "URL"])
                kept = [r for r in results if r.score >= THRESHOLD and not self._vetoed(text, r)
                        and not (r.entity_type in ("PERSON", "LOCATION") and (
                            phrases.contains(r.start, r.end) or addresses.contains(r.start, r.end)))]
                # A public health page's address is kept whole, not read word by word; the words
                # of "zoledronic acid" are judged together.
                seen = kept + [r for r in results if r.entity_type == "URL" and r not in kept] + [
                    _result("MEDICAL", start, end, "medical_phrase") for start, end in phrase_spans] + [
                    _result("CHARITY", *m.span(), "charity") for m in _CHARITY_NAMED_FOR_PEOPLE.finditer(text)]
                # Capitalised words no list explains may be names: redacted, not guessed about.
                kept.extend(_result("PERSON", start, end, "unexplained") for start, end in self._unexplained(text, seen))
                kept.extend(lowercase_names(text, seen, self.is_medical))
                # The last net for places: only runs no rule has found, so found names keep their type.
                taken = Covered([(r.start, r.end) for r in kept] + phrase_spans)
                kept.extend(_result("LOCATION", start, end, "title_run")
                            for start, end in recognizers.title_runs_after_where(text, self.is_medical)
                            if not taken.overlaps(start, end))
                spans = grow.grow(text, [(f.start, f.end, f.type) for f in _merge(kept)], self.is_medical)
                risks = residual.risks(text, spans, self.is_medical, kept=[(r.start, r.end) for r in seen])
                # The last net for places (what someone is at or in, goes to, died at...): a word no
                # common one names a place ("at airedale today", "is in tuth since sunday"), where nothing
                # was found or where it carries a finding on ("at [place] level 5"). It comes after the
                # residual risks are judged, so it holds no post back and releases none.
                spared = Covered([(r.start, r.end) for r in seen if r.entity_type in ("URL", "MEDICAL", "CHARITY")])
                spans = _with_last_places(spans, recognizers.last_net_places(text, self.is_medical), spared)
                findings = tuple(Finding(*span) for span in spans)
        except Exception as err:  # noqa: BLE001 - any analyser failure must hold, never pass
            return Screened(text, (), True, (f"analysis failed: {type(err).__name__}",))
        if risks:
            return Screened(_redact(text, findings), findings, True,
                            tuple(f"{reason} at {start}-{end}" for start, end, reason in risks))
        return Screened(_redact(text, findings), findings, False)

    def _unexplained(self, text: str, results: list[Any]) -> list[tuple[int, int]]:
        """Capitalised words that may be names: not covered by a finding, not known words."""
        spans = []
        covered = Covered((r.start, r.end) for r in results)
        for match in _CAPITALISED.finditer(text):
            start, end = match.span()
            if covered.contains(start, end):
                continue
            word = match.group()
            if recognizers.part_of_large_place(text, start, end) or recognizers.in_holiday(text, start, end):
                continue  # "North Carolina", "Costa Rica", "Christmas Eve"
            if text[end:end + 1] == ":" and word.lower() in recognizers.FIELD_LABELS:
                continue  # "Tel: 020 ...": a label, though "Tel" is a name too
            if (word.lower() in recognizers.TITLE_ABBREVIATIONS or word.lower() in recognizers.HONORIFICS) \
                    and re.match(r"\.?[ \t]+(?:[A-Z]|\[name\])", text[end:end + 9]):
                continue  # "Sgt. [name]", "Dra. [name]": a title, before the name it belongs to
            if word == "Will" and not recognizers.at_sentence_start(text, start) and not _MODAL_AFTER.match(text, end) \
                    and not _TITLE_CASE_BEFORE.search(text, max(0, start - 30), start):
                spans.append((start, end))  # "me and Will did the run": the modal is written in lowercase
                continue
            if recognizers.names_a_language(text, start, end):
                continue  # "speaks only Dari", "the Karen-speaking nurse": a language, though a name too
            if self._explained(word) or recognizers.followed_by_condition_word(text, end) or _PRODUCT_WORDS.match(text, end):
                continue  # "Hylo-Forte drops": a product, named by what follows it
            if self._rare_word(text, word, start, end):
                continue  # "Auscultation", "Creatinine"
            if self._modifies_medical_word(text, word, end):
                continue  # "Pokeweed poisoning", "Stereotactic radiosurgery"
            if (recognizers.at_sentence_start(text, start) or language.language_at(text, start, end) in language.NOUNS_CAPITALISED) \
                    and (language.foreign_word(text, start, end) or language.foreign_phrase(text, start, end)):
                continue  # "Onze fietsgroep rijdt": a word of the sentence's language opens it ("Nuestra
                # familia is in", of a phrase of it); German writes every noun with a capital ("zur Gruppe")
            if recognizers.at_sentence_start(text, start) and (
                    recognizers.common_word(word.lower()) and not recognizers.plain_first_name(word.lower()) or (
                    len(word) >= 7 and vocabulary.english_frequency(word.lower()) >= _SEEN
                    and recognizers.in_dictionary(word.lower()) and word.lower() not in vocabulary.given_names()
                    and word.lower() not in vocabulary.surnames())):
                continue  # "Love to you all": a first name, but here the word; "Drowsiness is awful" (a
                # long dictionary word, seen in English text, that no list holds as a name: short
                # ones, "Sard", may be nicknames; unseen ones, "Queally", surnames)
            spans.append((start, end))
        return spans

    def _modifies_medical_word(self, text: str, word: str, end: int) -> bool:
        """A word no name or town list holds, before a lowercase medical word that is no place's
        kind ("clinic", "ward"): it names the condition, poison or procedure, not a person."""
        if _PLACE_OR_TITLE_BEFORE.search(text, max(0, end - len(word) - 12), end - len(word)):
            return False  # "near Gül hydrotherapy pool", "Dr Okafor radiology"
        after = _NEXT_LOWER_WORD.match(text, end)
        if after is None or len(after.group(1)) < 5 or after.group(1) in _INSTITUTION_WORDS:
            return False
        lower = vocabulary.base_term(word)
        if lower in vocabulary.first_names() or lower in vocabulary.given_names() or lower in vocabulary.surnames() \
                or lower in vocabulary.towns():
            return False
        following = after.group(1)
        if (then := _NEXT_LOWER_WORD.match(text, after.end())) and (then.group(1) in _INSTITUTION_WORDS
                                                                    or then.group(1) in _GATHERINGS):
            return False  # "the Taylorstad fibromyalgia cafe": a place's or a person's group
        # ICD-10-CM's words are too wide here ("station", "novel" are among them), and so are
        # condition names ("the Köster stroke unit"): what heads a poisoning, an injury or a
        # procedure, and what is shaped like a condition or procedure, only.
        return following in _MEDICAL_HEADS or recognizers.medical_shaped(following)

    def _explained(self, word: str) -> bool:
        parts = [p for p in re.split(r"[-'’]", word) if p]
        if len(parts) > 1 and all(self._explained(p) or p.lower() in _CLITICS for p in parts):
            return True  # "You're", "C'mon", "E-mail", "Blink-182"
        lower = vocabulary.base_term(word)
        if len(lower) < 2 or lower in _NOT_NAMES or lower in recognizers.CREDENTIALS and not word.istitle():
            return True  # "I", days, months, "MBChB"
        if word.isupper() and not word.isascii():
            return False  # "ΑΛΑΣΣΑ", "TROMSØ": no English list explains these
        if word.isupper() and len(word) <= 6 or _ACRONYM_WITH_SUFFIX.fullmatch(word):
            return True  # acronyms (NHS, CKD, COPD, FODMAP; "CBTp", "GPs")
        if self.is_medical(word) or recognizers.medical_word(lower):
            return True  # "Eczema on my hands", "Tinnitus since the jab": ICD-10-CM's words too
        if lower in _TITLE_WORDS or lower in _LARGE_PLACES or lower in vocabulary.languages() or vocabulary.demonym(lower):
            return True  # "Norway", "Lingala", "Goan"
        frequency = vocabulary.english_frequency(lower)
        if frequency >= vocabulary.VERY_COMMON:
            return True
        if recognizers.british_spelling(lower) and lower not in vocabulary.surnames() and lower not in vocabulary.first_names():
            return True  # "Moisturiser", "Colour"
        # An English word that is not also a first name ("Card", "Coma", "Epilepsy") is not a
        # name on its own; surnames that are words are caught by context (titles, full names).
        return frequency >= vocabulary.KNOWN and lower not in vocabulary.first_names() and not _surname_only(lower)

    def _rare_word(self, text: str, word: str, start: int, end: int) -> bool:
        """A dictionary word no name or town list holds, seen on the web if rarely ("Auscultation",
        "Creatinine"; though "Witan" and "Pingle", never seen, may be surnames); not where a place's
        or a person's name stands ("North Dumdum station", "in Sassafras", "Dr Fumigator")."""
        lower = vocabulary.base_term(word)
        if len(lower) < 5 or vocabulary.english_frequency(lower) < _SEEN or not recognizers.in_dictionary(lower) or any(
                lower in names for names in (vocabulary.given_names(), vocabulary.surnames(),
                                             vocabulary.first_names(), vocabulary.towns())):
            return False
        # A word standing alone ("welcome, Centaurus.") or doing what people do ("Semaphore said")
        # may be a username: only a word that opens a phrase ("Creatinine blood test") is explained.
        after = _NEXT_LOWER_WORD.match(text, end)
        if after is None or after.group(1) in _PERSON_VERBS:
            return False
        return not (_PLACE_OR_TITLE_BEFORE.search(text, max(0, start - 12), start)
                    or _ADDRESS_BEFORE.search(text, max(0, start - 12), start) or _PLACE_WORD_AFTER.match(text, end))

    def _vetoed(self, text: str, result: Any) -> bool:
        span = text[result.start:result.end]
        if result.entity_type == "AGE" and _MEASURE_BEFORE.search(text, max(0, result.start - 30), result.start) \
                and not _NEW_SUBJECT_BEFORE.search(text, max(0, result.start - 30), result.start):
            return True  # "resting heart rate at 110", "BP 142/91 this morning": a reading, not an age
        if result.entity_type == "URL" and _PUBLIC_HEALTH_SITE.match(span):
            return True  # a page of the NHS or the CDC identifies no one
        if (result.recognition_metadata or {}).get("recognizer_name") in ("carekb_county", "carekb:short_named_hospital",
                                                                          recognizers.EPONYM_TOWN):
            return False  # "Co. Mayo": a county, though its name is an eponym's; "at the Neuro"; "in Huntington"
        if (result.recognition_metadata or {}).get("recognizer_name") in ("carekb_names:title", "carekb_names:honorific_suffix"):
            return recognizers.followed_by_condition_word(text, result.end)  # "Mrs. Baker", "Kawasaki-san", though "Baker's cyst"
        if result.entity_type in ("PERSON", "LOCATION") and any(
                m.start() <= result.start and result.end <= m.end() for m in _CHARITY_NAMED_FOR_PEOPLE.finditer(text)):
            return True  # "a room at the Ronald McDonald House": a charity in every country, named for no member
        if result.entity_type in ("PERSON", "LOCATION") and recognizers.names_a_language(text, result.start, result.end):
            return True  # "speaks only Dari", "a Malayalam-speaking physio": a language, not a person or a place
        if result.entity_type in ("PERSON", "LOCATION"):
            words = re.findall(r"[\w'’-]+", span)
            if not words:
                return True
            # "Joe Bell", "Lynn Gilbert": a first name makes the eponym a surname; alone, or
            # possessive ("Bell's"), it stays.
            surname = len(words) > 1 and words[0].lower() in vocabulary.first_names() and not self.is_medical(words[0])
            rule = (result.recognition_metadata or {}).get("recognizer_name", "")
            brand_name = rule.split(":")[-1] in recognizers.PERSON_ONLY_RULES and len(words) == 1 and (
                recognizers.name_despite_medical(words[0]))
            # "Mayo University Hospital", "home from mayo general": an eponym's county or town, no common
            # word, before a hospital's kind (and "Hospital")
            kind_of_hospital = len(words) >= 2 and not recognizers.common_word(words[0].lower()) and (
                words[-1].lower() in _HOSPITAL_KIND_BEFORE
                or len(words) >= 3 and words[-1].lower() in ("hospital", "infirmary")
                and words[-2].lower() in _HOSPITAL_KIND_BEFORE)
            if (self.is_medical(span) or any(self.is_medical(w) for w in words) and (
                    _EPONYM_USE.search(span) or not surname)) and not brand_name and not kind_of_hospital:
                return True  # though "love to all. hana x": a brand's name, but here a person's
            if recognizers.followed_by_condition_word(text, result.end):
                return True
            if len(words) == 1 and rule in ("carekb_names:first_name", "carekb:town") and recognizers.describes_medical_word(
                    text, span, result.end, self.is_medical):
                return True  # "Brain surgery", "Cherry angioma", "Central venous catheter"
            if result.entity_type == "LOCATION" and (span.strip().lower() in _LARGE_PLACES
                                                     or span.strip().lower() in vocabulary.SERVICE_INITIALS):
                return True  # "near London", "the adhd team at camhs in bolton"
            if result.entity_type == "PERSON" and recognizers.in_holiday(text, result.start, result.end):
                return True  # "Christmas Eve"
            if result.entity_type == "PERSON" and all(w.lower() in _NOT_NAMES for w in words) and not (
                    rule in ("carekb_names:greeting", "carekb_names:addressing", "carekb_names:intro_comma",
                             "carekb_names:intro") and words[0][:1].isupper()
                    and words[0].lower() in vocabulary.first_names()) and not (
                    rule == "carekb_names:relation_does_lower" and span.lower() in recognizers.MONTHS_GIVEN_AS_NAMES):
                return True  # though "Happy birthday April!", "me mum june starts monday"
        return False


def _surname_only(lower: str) -> bool:
    """"Davies", "Jenkins", "Higgins": a common surname that is no word of the dictionary, only
    shaped like an inflected one ("davy" + "es"), and no plural or verb of an everyday word
    ("Meadows", "Stokes", "Staples" stay words) nor a word in common use ("French")."""
    return lower in vocabulary.common_surnames() and lower not in _NOT_NAMES \
        and vocabulary.english_frequency(lower) < vocabulary.COMMON and recognizers.no_dictionary_word(lower)


def condition_vocabulary(conditions: Iterable[Any]) -> list[str]:
    """The site's own condition names (titles and also_called): medical words to protect."""
    words: list[str] = []
    for condition in conditions:
        for name in (condition.title, *condition.also_called):
            words.append(name)
            words.extend(re.findall(r"[\w'’-]+", name))
    return words


_ENTITIES = sorted(set(PLACEHOLDERS))
_CLITICS = frozenset({"s", "re", "ve", "ll", "d", "m", "t", "mon", "n"})
_TITLE_WORDS = frozenset({"dr", "mr", "mrs", "ms", "mx", "prof", "st", "sr", "jr", "rev"})
_CAPITALISED = re.compile(rf"(?<![\w'’@#/.-]){recognizers.UPPER}[\w'’-]*")
_NOT_NAMES = vocabulary.EVERYDAY_WORDS
#: After the modal "Will" in a question or a title: "Will you come?", "What Will Happen".
_MODAL_AFTER = re.compile(r"[ \t]+(?:you|we|i|it|he|she|they|this|that|there|anyone|anybody|someone|somebody|be|not|"
                          r"[A-Z][a-z]+)\b")
_TITLE_CASE_BEFORE = re.compile(r"[A-Z][\w'’]*[ \t]+$")
#: A word's English frequency when it has been seen at all in the frequency list's text.
_SEEN = 50

_MEASURE_BEFORE = re.compile(r"(?:\b(?:rate|pressure|bp|pulse|hr|sats?|saturation|oxygen|o2|spo2|glucose|sugars?|bg|"
                             r"levels?|score|reading|weight|temp|temperature|count|ferritin|tsh|a1c|hba1c|egfr|iq|"
                             r"cholesterol|systolic|diastolic|limit|target|threshold|max|maximum|resting|bpm)\b"
                             r"[^.!?\n]*|[/\d.]\s*)$", re.IGNORECASE)  # "my OT set my limit at 110"
#: A clause of its own before an age, after a reading's: "sorting her oxygen, she's [age] next week".
_NEW_SUBJECT_BEFORE = re.compile(r"(?:[,;]|\band|\bbut)[ \t]+(?:she|he|mum|mom|nan|gran|dad|grandad)(?:['’]s|[ \t]+is|[ \t]+was|"
                                 r"[ \t]+turns|[ \t]+turned)[ \t]+$", re.IGNORECASE)
#: Charities found in many countries, named for a person who is no one's relative or clinician.
_CHARITY_NAMED_FOR_PEOPLE = re.compile(r"\bRonald[ \t]+McDonald[ \t]+(?:House|Family[ \t]+Room|Charities)s?\b"
                                       r"|(?<=\bthe )ronald[ \t]+mcdonald\b|\bbarnardo['’]?s\b", re.IGNORECASE)
#: Health sites whose pages are about conditions, not people (their user and profile pages, and
#: every other site's links, stay redacted).
_PUBLIC_HEALTH_SITE = re.compile(r"(?!\S*(?:/users?[/:]|user:|/profiles?/|/people/|/members?/|/u/|/~))"
                                 r"(?:https?://)?(?:www\.)?(?:[\w-]+\.)*(?:nhs\.uk|nice\.org\.uk|gov\.uk|cdc\.gov|"
                                 r"nih\.gov|medlineplus\.gov|fda\.gov|who\.int|mayoclinic\.org|"
                                 r"clevelandclinic\.org|wikipedia\.org|diabetes\.org\.uk|asthma\.org\.uk|"
                                 r"versusarthritis\.org|mssociety\.org\.uk|parkinsons\.org\.uk|cancerresearchuk\.org)"
                                 r"(?:[/?#]\S*)?$", re.IGNORECASE)
_HOSPITAL_KIND_BEFORE = frozenset({"university", "general", "regional", "district", "memorial", "county", "community",
                                   "base"})
_EPONYM_USE = re.compile(r"['’]s?\b|s['’]")
#: What heads a poisoning, an injury or a procedure: "Pokeweed poisoning", "Eardrum repair".
_MEDICAL_HEADS = frozenset({"poisoning", "overdose", "injury", "injuries", "infection", "infections", "fever", "deficiency",
                            "lysis", "allergy", "intolerance", "reaction", "bite", "bites", "sting", "stings", "burn",
                            "burns", "fracture", "transplant", "transplantation", "implant", "replacement", "repair",
                            "removal", "biopsy", "screening", "vaccine", "vaccination", "therapy", "treatment",
                            "herniation", "angioma", "augmentation", "resection", "insufficiency", "toxicity"})
_PLACE_OR_TITLE_BEFORE = re.compile(r"\b(?:near|in|at|from|to|around|outside|by|dr|mr|mrs|ms|prof|nurse|doctor)\.?[ \t]+$",
                                    re.IGNORECASE)
#: What comes before a place's name: a direction or a prefix ("North Dumdum"), a house number.
_ADDRESS_BEFORE = re.compile(r"(?:\b(?:north|south|east|west|new|old|port|fort|lake|mount|st|san|upper|lower)\.?|"
                             r"\b\d+[A-Za-z]?,?)[ \t]+$", re.IGNORECASE)
#: ... and after it: a street's or a place's kind, or a state ("Sassafras, VA").
_PLACE_WORD_AFTER = re.compile(r"[ \t]+(?i:" + "|".join(sorted(recognizers.STREET_TYPES | {
    "station", "village", "town", "city", "county", "estate", "park"}, key=len, reverse=True)) + r")\b|,[ \t]*[A-Z]{2}\b")
_PERSON_VERBS = frozenset({"said", "says", "is", "was", "has", "had", "and", "posted", "replied", "wrote", "asked", "told",
                           "thinks", "knows", "mentioned", "suggested", "will", "would", "can", "could", "did", "does"})
_NEXT_LOWER_WORD = recognizers.NEXT_LOWER_WORD
_ACRONYM_WITH_SUFFIX = re.compile(r"[A-Z]{2,5}(?:[a-z]{1,2}|ers|ies)")
_GATHERINGS = recognizers.GATHERINGS
#: Where people work and are treated: "the Okonkwo clinic" may be a person's.
_INSTITUTION_WORDS = frozenset({"clinic", "clinics", "ward", "wards", "unit", "units", "hospital", "hospitals", "centre",
                                "center", "practice", "surgery", "hospice", "infirmary", "foundation", "institute",
                                "trust", "team", "group", "service", "services", "department", "nurse", "nurses",
                                "consultant", "doctor", "doctors", "medical", "health", "pharmacy", "partnership",
                                "house", "lodge", "court", "suite", "wing"})
#: What follows a product's name (a brand no list knows is not redacted as a name before these).
_PRODUCT_WORDS = re.compile(r"[ \t]+(?:eye[ \t]+)?(?:drops|cream|gel|spray|inhaler|tablets?|capsules?|patch(?:es)?|"
                            r"shakes?|drinks?|supplements?|lotion|ointment|sachets?|syrup|balm|mouthwash|shampoo|"
                            r"powder|lozenges?|pessar(?:y|ies)|suppositor(?:y|ies)|plasters?|dressings?|emollient|"
                            r"moisturi[sz]er|wipes|bars?|formula|milk|seals|rings|pouch(?:es)?|bags|flanges?|"
                            r"wafers?|paste|stockings|pads|liners|sensors?|strips|lancets|needles)\b", re.IGNORECASE)


def _uncased_word(text: str) -> tuple[int, int] | None:
    """Where the first word in a script without capitals (Chinese, Arabic, Hindi, ...) is, if any:
    the gate tells names from words by case and by English word lists, which say nothing there."""
    if text.isascii():
        return None
    for index, char in enumerate(text):
        if char == "ツ" and text[index - 1:index] == "(":
            continue  # the shrug, ¯\_(ツ)_/¯
        if char.isalpha() and char.lower() == char.upper() and char not in "ªºßʻʼ":  # Hawaiian's ʻokina, "Waiʻanae"
            end = index
            while end < len(text) and text[end].isalpha():
                end += 1
            return index, end
    return None


def _result(entity: str, start: int, end: int, rule: str) -> Any:
    from presidio_analyzer import RecognizerResult

    if entity in _TYPE_ENTITY:
        entity = _TYPE_ENTITY[entity]
    return RecognizerResult(entity, start, end, 0.6, recognition_metadata={
        RecognizerResult.RECOGNIZER_NAME_KEY: f"carekb:{rule}"})


class _Analyzer:
    """Presidio's recognizers, run as its AnalyzerEngine runs them, less the NLP pipeline.

    Every recognizer here is a pattern one (a statistical model was measured and dropped, see the
    module's docstring), so the engine's spaCy pass served only its context enhancer: a finding
    with one of its recognizer's context words in the five words before it scores 0.35 more, at
    least 0.4 (Presidio's LemmaContextAwareEnhancer defaults). That is done here on the words
    themselves; it halves the gate's time per post.
    """

    def __init__(self, registry: Any) -> None:
        recognizers = registry.get_recognizers(language="en", all_fields=True)
        self.entities = sorted({e for r in recognizers for e in r.supported_entities} & set(_ENTITIES))
        # (recognizer, the quick pattern a text must have for it to match, its context words)
        self._recognizers = [(r, getattr(r, "needs", None), [c.lower().strip() for c in getattr(r, "context", None) or ()])
                             for r in recognizers]

    def analyze(self, text: str, entities: list[str]) -> list[Any]:
        results = []
        for recognizer, needs, context in self._recognizers:
            if needs is not None and not needs.search(text):
                continue
            for result in recognizer.analyze(text, entities, None):
                if result.score < THRESHOLD and context and _in_context(text, result.start, context):
                    result.score = min(max(result.score + _CONTEXT_BOOST, _CONTEXT_FLOOR), 1.0)
                if result.score >= THRESHOLD:
                    results.append(result)
        return results


_CONTEXT_BOOST, _CONTEXT_FLOOR, _CONTEXT_WORDS = 0.35, 0.4, 5


def _in_context(text: str, start: int, context: list[str]) -> bool:
    words = re.findall(r"[\w']+", text[max(0, start - 80):start].lower())[-_CONTEXT_WORDS:]
    window = " ".join(words)
    return any(c in words or (" " in c and c in window) for c in context)


@lru_cache(maxsize=1)
def _recognizers() -> Any:
    """Presidio's registry of pattern recognizers: its own and carekb's."""
    from presidio_analyzer import RecognizerRegistry
    from presidio_analyzer.predefined_recognizers import (
        AuMedicareRecognizer,
        CaSinRecognizer,
        CreditCardRecognizer,
        IbanRecognizer,
        IpRecognizer,
        MacAddressRecognizer,
        MedicalLicenseRecognizer,
        NhsRecognizer,
        PhoneRecognizer,
        UkDrivingLicenceRecognizer,
        UkNinoRecognizer,
        UkVehicleRegistrationRecognizer,
        UsItinRecognizer,
        UsMbiRecognizer,
        UsSsnRecognizer,
    )

    from generator.privacy.recognizers import OfflineEmailRecognizer, pattern_recognizers

    registry = RecognizerRegistry(supported_languages=["en"])
    # Health plan, tax, insurance and licence numbers, number plates: Safe Harbor's other numbers,
    # in the shapes of the countries forum members write from. (Presidio's passport and US member
    # id recognizers score too low to count even beside their context words; "passport number"
    # and "member id" are labels that carekb's labelled recognizer reads.)
    national = (UsMbiRecognizer(), UsItinRecognizer(), UkNinoRecognizer(), UkDrivingLicenceRecognizer(),
                UkVehicleRegistrationRecognizer(), CaSinRecognizer(), AuMedicareRecognizer())
    for cased in national:
        # Their letters are capitals ("AB51 ABC", "JG 10 37 28 A"): case-blind, "MK73 was" would be a number plate.
        cased.global_regex_flags = re.DOTALL | re.MULTILINE
    digits = (PhoneRecognizer(supported_regions=("US", "GB"), leniency=1), CreditCardRecognizer(), IbanRecognizer(),
              UsSsnRecognizer(), MedicalLicenseRecognizer(), NhsRecognizer(), *national)
    for digit_recognizer in digits:
        digit_recognizer.needs = recognizers.NEEDS_DIGIT  # type: ignore[union-attr]
    email, ip = OfflineEmailRecognizer(), IpRecognizer()
    email.needs, ip.needs = _AT, _DIGIT_OR_COLON  # type: ignore[attr-defined]  # IPv6 may be letters, never colonless
    for recognizer in (email, *digits, ip, MacAddressRecognizer(), *pattern_recognizers()):
        registry.add_recognizer(recognizer)
    return registry


_AT, _DIGIT_OR_COLON = re.compile("@"), re.compile(r"[\d:]")


_PRIORITY = ["EMAIL_ADDRESS", "URL", "HANDLE", "US_SSN", "UK_NHS", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS",
             "MAC_ADDRESS", "DEVICE_ID", "DATE", "STREET_ADDRESS", "PHONE_NUMBER", "POSTCODE", "ID_NUMBER", "AGE",
             "PERSON", "LOCATION"]


_TYPE_ENTITY = {"name": "PERSON", "place": "LOCATION", "address": "STREET_ADDRESS", "postcode": "POSTCODE",
                "date": "DATE", "age": "AGE", "id": "ID_NUMBER", "account": "CREDIT_CARD", "phone": "PHONE_NUMBER",
                "email": "EMAIL_ADDRESS", "ip": "IP_ADDRESS", "device": "DEVICE_ID", "url": "URL", "handle": "HANDLE"}


def _rank(result: Any) -> tuple[int, int]:
    """The most specific finding first; a value after its label ("member ID ...") is what the label says."""
    if (result.recognition_metadata or {}).get("recognizer_name", "").startswith("carekb_labelled"):
        return -1, 0
    return (_PRIORITY.index(result.entity_type) if result.entity_type in _PRIORITY else len(_PRIORITY),
            -(result.end - result.start))


def _merge(results: list[Any]) -> tuple[Finding, ...]:
    """Overlapping findings become one span, typed by the most specific finding in it."""
    ordered = sorted(results, key=lambda r: (r.start, -r.end))
    merged: list[tuple[int, int, list[Any]]] = []
    for result in ordered:
        if merged and result.start < merged[-1][1]:
            start, end, members = merged[-1]
            merged[-1] = (start, max(end, result.end), [*members, result])
        else:
            merged.append((result.start, result.end, [result]))
    findings = []
    for start, end, members in merged:
        best = min(members, key=_rank)
        findings.append(Finding(start, end, PLACEHOLDERS.get(best.entity_type, "id")))
    return tuple(findings)


def _with_last_places(spans: list[tuple[int, int, str]], places: list[tuple[int, int]],
                      spared: Covered) -> list[tuple[int, int, str]]:
    """``spans`` with each of ``places`` that nothing found, or that widens what was found inside it,
    and that is no medical phrase, web address or charity (``spared``)."""
    for start, end in places:
        inside = [s for s in spans if s[0] < end and start < s[1]]
        if spared.overlaps(start, end) or any(s[0] < start or end < s[1] for s in inside) \
                or any(s[0] == start and s[1] == end for s in inside):
            continue
        spans = sorted([s for s in spans if s not in inside] + [(start, end, "place")])
    return spans


def _redact(text: str, findings: tuple[Finding, ...]) -> str:
    out, last = [], 0
    for finding in findings:
        out.append(text[last:finding.start])
        out.append(f"[{finding.type}]")
        last = finding.end
    out.append(text[last:])
    return "".join(out)

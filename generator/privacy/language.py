"""Sentences written in another language than English.

Members write in the languages of their families: "Mi hermano me donó el riñón", "Ma mère a fait
sa mammographie". No English list knows those words, so the name rules would take most of them for
names and redact them. A sentence is judged to be in another language when most of its words are
common words of that language (wordfreq's lists, shipped in the package) and markedly fewer are
common English words; its words of that language are then words, not names (capitalised ones
too where the language capitalises its nouns, or where they open the sentence). Names of the
name lists stay names, unless they are among the language's commonest words.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from generator.privacy import vocabulary

#: Languages written in Latin letters that members of English-speaking communities write in.
LANGUAGES = ("es", "fr", "pt", "it", "de", "nl", "tr", "pl", "id", "ms", "fil", "ro", "sv", "da", "nb", "fi", "cs", "sk",
             "sl", "sh", "lt", "lv", "hu", "vi", "ca", "is")
#: Languages that write every noun with a capital ("zur Gruppe"): there a capital is no sign of a name.
NOUNS_CAPITALISED = frozenset({"de"})
#: Fewer words than this tell too little.
_MIN_WORDS = 5
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


#: The most common words of each other language kept (its list holds 10,000 to 63,000): enough to tell a
#: sentence's language and keep its everyday words, in less memory.
_LIST_SIZE = 30_000


@cache
def _frequencies(language: str) -> dict[str, float]:
    """Words seen at least once in a million in the language (wordfreq's "small" list)."""
    from wordfreq import get_frequency_dict, get_frequency_list

    listed = get_frequency_dict(language, "small")
    frequencies = dict(sorted(listed.items(), key=lambda item: -item[1])[:_LIST_SIZE]) if language != "en" else dict(listed)
    # wordfreq keeps every list it has read, twice (as a list and as a dict): one copy is enough.
    get_frequency_dict.cache_clear()
    get_frequency_list.cache_clear()
    return frequencies


#: How much more often a word must be seen in one language than in the other to count for it:
#: "les", "et", "me" are English words too, but far more often French or Spanish.
_MARGIN = 4.0


def sentence_languages(text: str, unknown_in_english: int = 2) -> list[tuple[int, int, str]]:
    """(start, end, language) of each sentence of ``text`` written in another language.

    A sentence is looked at only when it holds ``unknown_in_english`` words or more that neither
    English list knows, which leaves English posts to a cheap test."""
    found = []
    english = _frequencies("en")
    for sentence in _SENTENCE.finditer(text):
        words = [w.lower() for w in _WORD.findall(sentence.group())]
        if len(words) < _MIN_WORDS or sum(w not in english and not vocabulary.english_frequency(w)
                                          for w in words) < unknown_in_english:
            continue  # English's larger list tells most English sentences at once
        best, best_votes = "", (0, 0)
        for language in LANGUAGES:
            frequencies = _frequencies(language)
            ours = sum(frequencies.get(w, 0.0) > _MARGIN * english.get(w, 0.0) for w in words)
            theirs = sum(english.get(w, 0.0) > _MARGIN * frequencies.get(w, 0.0) for w in words)
            if ours > best_votes[0]:
                best, best_votes = language, (ours, theirs)
        ours, theirs = best_votes
        # Most of the words are the language's more than English's, and few are English's.
        if ours >= 0.5 * len(words) and ours - theirs >= max(3, 0.4 * len(words)):
            found.append((sentence.start(), sentence.end(), best))
    return found


#: Seen this often, a word is one of the language's commonest ("les", "siya", "will" in German):
#: no given name is written as often in its language ("ali" in Turkish, 1 word in 3,000; "josé"
#: in Spanish, 1 in 6,000).
FUNCTION_WORD = 5e-4


@lru_cache(maxsize=16)
def _sentences_of(text: str) -> tuple[tuple[int, int, str], ...]:
    return tuple(sentence_languages(text))


def in_language(text: str, start: int, end: int, least: float = 0.0) -> bool:
    """``text[start:end]`` is a word of the language its sentence is written in, other than
    English, seen more often than ``least`` in it (wordfreq's share of words)."""
    language = language_at(text, start, end)
    word = _CLITIC.sub("", text[start:end].lower())  # "l'ouïe": the word after the article
    return language is not None and _frequencies(language).get(word, 0.0) > least


#: Articles and pronouns elided before a vowel in French, Italian and Catalan ("l'ouïe", "d'abord",
#: "dell'ospedale"), which wordfreq's lists hold apart from the word.
_CLITIC = re.compile(r"^(?:l|d|j|qu|n|s|c|m|t|dell|nell|all|dall|sull|un)['’](?=\w)")


def language_at(text: str, start: int, end: int) -> str | None:
    """The other language the sentence holding ``text[start:end]`` is written in, if any."""
    for first, last, language in _sentences_of(text):
        if first <= start and end <= last:
            return language
    return None


def foreign_word(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a word of the other language its sentence is written in ("Mi
    hermano [name]"): one no list holds as a name, or one of that language's commonest words
    ("les", "Ma")."""
    lower = text[start:end].lower()
    named = lower in vocabulary.given_names() or lower in vocabulary.surnames()
    return in_language(text, start, end, FUNCTION_WORD if named else 0.0)


_NEIGHBOUR_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")
_NEIGHBOUR_AFTER = re.compile(r"[ \t]+([^\W\d_]+)")
#: How often a word must be seen in the other language to count in a phrase of it.
_PHRASE_WORD = 2e-5


def _leans(word: str, language: str) -> bool:
    share = _frequencies(language).get(word, 0.0)
    return share >= _PHRASE_WORD and share > _MARGIN * _frequencies("en").get(word, 0.0)


def foreign_phrase(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` and a word beside it are both words of one other language, far more
    than of English, in a sentence judged English overall ("Nuestra familia is in", "[name], ahora
    tengo"): a phrase of that language, not a name (a name of the lists only if it is among the
    language's commonest words)."""
    word = text[start:end].lower()
    named = word in vocabulary.given_names() or word in vocabulary.surnames()
    neighbours = [m.group(1).lower() for m in (_NEIGHBOUR_BEFORE.search(text, max(0, start - 30), start),
                                               _NEIGHBOUR_AFTER.match(text, end)) if m]
    for language in LANGUAGES:
        if _leans(word, language) and (not named or _frequencies(language).get(word, 0.0) > FUNCTION_WORD) \
                and any(_leans(other, language) for other in neighbours):
            return True
    return False


def preload() -> None:
    for language in ("en", *LANGUAGES):
        _frequencies(language)

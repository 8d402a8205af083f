"""Evidence about words and names that generalises across outlets: how common a word is in ordinary English
(wordfreq) and whether a word is a person's first name (Faker's per-locale name lists).

Both resources are maintained packages, loaded once per process on first use (about 10 ms and 70 ms).
"""

from __future__ import annotations

import importlib
import re
from functools import lru_cache

# Locales whose person providers hold first names written in Latin letters, as outlets print them
_NAME_LOCALES = (
    "en_US",
    "en_GB",
    "en_IE",
    "en_CA",
    "en_AU",
    "en_IN",
    "fr_FR",
    "de_DE",
    "es_ES",
    "es_MX",
    "it_IT",
    "pt_BR",
    "nl_NL",
    "sv_SE",
    "pl_PL",
)


@lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    names: set[str] = set()
    for locale in _NAME_LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except (ImportError, AttributeError):  # a locale a future Faker drops: fewer names, not a crash
            continue
        for attr in ("first_names", "first_names_male", "first_names_female"):
            for name in getattr(provider, attr, ()) or ():
                if isinstance(name, str) and name.isalpha() and len(name) >= 2:
                    names.add(name.casefold())
    return frozenset(names)


def is_first_name(word: str) -> bool:
    """A person's first name in some common locale ("Josh", "Nicole", "Nish" is not, "James" is)."""
    return word.casefold() in _first_names()


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """How common `word` is in English on the Zipf scale (0 unknown … ~7.7 for "the"); digits count as common."""
    w = word.strip(".,:;!?'\"‘’“”()").casefold()
    if not w:
        return 0.0
    if w.isdigit():
        return 5.0
    from wordfreq import zipf_frequency

    return float(zipf_frequency(w, "en", wordlist="small"))


_TITLE_LANGUAGES = ("es", "pt", "fr", "it", "de")


_ELIDED = re.compile(r"(?:d|l|qu|j|n|c|dell|all|nell|sull|dall)['’](\w+)")


@lru_cache(maxsize=65536)
def foreign_word(word: str) -> bool:
    """A lowercase word far commoner in Spanish, Portuguese, French, Italian or German than in English ("años",
    "que", "los"): in those languages a title goes on in lower case ("Los años raros")."""
    elided = _ELIDED.match(word)
    if elided:  # "d'en haut", "l'été", "dell'amore": French and Italian elisions are no English words
        return elided.group(1).isalpha() and elided.group(1).islower()
    if not word.isalpha() or not word.islower():
        return False
    from wordfreq import zipf_frequency

    english = zipf(word)
    other = max(zipf_frequency(word, lang, wordlist="small") for lang in _TITLE_LANGUAGES)
    return other >= english + 2.5 or (english < 4.0 and other >= english + 1.5)

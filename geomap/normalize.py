"""Name normalisation shared by the gazetteer build, the geocoder and the geoparser.

Two keys are derived from every name:

``normalize``
    case-, diacritic- and punctuation-insensitive form: ``"Khmel'nyts'kyy"`` ->
    ``"khmelnytskyy"``, ``"Zaporizhzhia Oblast"`` -> ``"zaporizhzhia oblast"``.
``skeleton``
    a coarser key that also merges the usual romanisation variants of Ukrainian, Russian
    and Polish names (Khmelnytskyi / Khmelnitsky / Khmelnytskyy, Yahodyn / Yagodyn,
    Krakovets / Krakivets, Rava-Ruska / Rawa Ruska). It is only used as a fallback, with a
    lower score, because it also merges some names that differ.

The build script in ``boundaries/`` imports these functions, so the shipped index and the
run-time lookups always agree.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters that NFKD does not decompose into a base letter plus a combining mark.
_SPECIAL = str.maketrans(
    {
        "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss",
        "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i", "þ": "th", "Þ": "Th",
        "ð": "d", "Ð": "D", "ħ": "h", "ŧ": "t",
    }
)
# Apostrophes and soft-sign marks vanish ("L'viv" == "Lviv"); other punctuation splits words.
_APOSTROPHES = re.compile(r"['’ʼ`´‘ʹʻ]")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")

# Ordered rewrites for the skeleton key: digraphs first, so that the lone "h" that stands
# for Russian "g" (Yahodyn / Yagodyn) can be told from the "h" of "kh", "zh", "sh", "ch".
_SKELETON_RULES = (
    (re.compile(r"shch"), "S"),
    (re.compile(r"kh"), "x"),
    (re.compile(r"zh"), "Z"),
    (re.compile(r"sh|sz"), "S"),
    (re.compile(r"ch|cz|tch"), "C"),
    (re.compile(r"ts|tz"), "c"),
    (re.compile(r"h"), "g"),
    (re.compile(r"w"), "v"),
    (re.compile(r"[yj]"), "i"),
    (re.compile(r"iv"), "ov"),
    (re.compile(r"(.)\1+"), r"\1"),
    (re.compile(r"i(?=[aeiou]|$)"), ""),
)


def fold(text: str) -> str:
    """Strip diacritics and map special Latin letters to ASCII, keeping case.

    >>> fold("Dorohusk–Jahodyn Łódź")
    'Dorohusk–Jahodyn Lodz'
    """
    if text.isascii():  # nothing to fold (NFKD leaves ASCII as it is)
        return text
    text = text.translate(_SPECIAL)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=1 << 16)
def normalize(name: str) -> str:
    """Return the lookup key of a name: folded, lower case, words separated by one space.

    >>> normalize("Khmel'nyts'kyy Oblast'")
    'khmelnytskyy oblast'
    >>> normalize("  Rava-Ruska ")
    'rava ruska'
    """
    text = _APOSTROPHES.sub("", fold(name)).casefold()
    return _NON_ALNUM.sub(" ", text).strip()


def skeleton(name: str) -> str:
    """Return the coarse transliteration-insensitive key of a name.

    >>> skeleton("Khmelnytskyi") == skeleton("Khmelnitsky") == skeleton("Khmelnytskyy")
    True
    >>> skeleton("Yahodyn") == skeleton("Yagodyn")
    True
    """
    key = normalize(name).replace(" ", "")
    for pattern, replacement in _SKELETON_RULES:
        key = pattern.sub(replacement, key)
    return key


def is_latin(name: str) -> bool:
    """True when every letter of ``name`` folds to ASCII (Latin script, with or without marks).

    >>> is_latin("Kraków"), is_latin("Київ")
    (True, False)
    """
    folded = fold(name)
    return any(ch.isalpha() for ch in folded) and all(
        ch.isascii() for ch in folded if ch.isalpha()
    )

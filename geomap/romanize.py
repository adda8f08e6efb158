"""Romanisation of Ukrainian and Russian place names, the ways English-language reports spell them.

Three systems cover what news agencies and conflict datasets write:

``national``
    Ukraine's official system (Cabinet of Ministers resolution 55 of 2010), used on road
    signs and in government texts: Новоєлизаветівка -> Novoielyzavetivka.
``bgn_uk``
    BGN/PCGN for Ukrainian (1965), GeoNames' usual form: Novoyelyzavetivka.
``bgn_ru``
    BGN/PCGN for Russian, for the Russian form of a name: Новоелизаветовка ->
    Novoyelizavetovka.

Soft signs and apostrophes are dropped (the lookup key ignores them anyway).

>>> national("Новоєлизаветівка"), bgn_uk("Новоєлизаветівка"), bgn_ru("Новоелизаветовка")
('Novoielyzavetivka', 'Novoyelyzavetivka', 'Novoyelizavetovka')
>>> national("Згурівка"), national("Ямпіль"), national("Високопілля")
('Zghurivka', 'Yampil', 'Vysokopillia')
"""

from __future__ import annotations

import re

_COMMON = {
    "а": "a", "б": "b", "в": "v", "д": "d", "е": "e", "ж": "zh", "з": "z", "к": "k",
    "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "",
    "'": "", "’": "", "ʼ": "",
}
_UK = {**_COMMON, "г": "h", "ґ": "g", "и": "y", "і": "i"}
# Iotated letters: word-initial form, elsewhere form.
_NATIONAL_IOTATED = {"є": ("ye", "ie"), "ї": ("yi", "i"), "й": ("y", "i"), "ю": ("yu", "iu"),
                     "я": ("ya", "ia")}
_BGN_UK_IOTATED = {"є": ("ye", "ye"), "ї": ("yi", "yi"), "й": ("y", "y"), "ю": ("yu", "yu"),
                   "я": ("ya", "ya")}
_RU = {**_COMMON, "г": "g", "и": "i", "й": "y", "ы": "y", "э": "e", "ъ": "", "ю": "yu",
       "я": "ya", "ё": "yo"}
_RU_VOWELS = set("аеёиоуыэюяъь")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_UKRAINIAN_ONLY = set("іїєґ")
_RUSSIAN_ONLY = set("ыэёъ")


def _case(latin: str, upper: bool) -> str:
    return latin[:1].upper() + latin[1:] if upper and latin else latin


def _transliterate(name: str, letter) -> str:
    """``name`` letter by letter: ``letter(lower-case letter, previous character)`` gives
    its Latin form (None keeps the character); capitals stay capitals."""
    out = []
    prev = ""
    for ch in name:
        low = ch.lower()
        latin = letter(low, prev)
        if latin is None:
            latin = ch
        out.append(_case(latin, ch.isupper() and ch != low))
        prev = ch
    return "".join(out)


def _ukrainian_letter(iotated: dict[str, tuple[str, str]]):
    def letter(low: str, prev: str) -> str | None:
        if low in iotated:
            initial = not prev or not prev.isalpha() and prev not in "'’ʼ"
            return iotated[low][0 if initial else 1]
        if low == "г" and prev.lower() == "з":
            return "gh"  # зг -> zgh, told apart from зх (zkh)
        return _UK.get(low)

    return letter


def _russian_letter(low: str, prev: str) -> str | None:
    if low == "е":
        return "ye" if not prev.isalpha() or prev.lower() in _RU_VOWELS else "e"
    return _RU.get(low)


def national(name: str) -> str:
    """Ukraine's national romanisation (2010) of a Ukrainian name."""
    return _transliterate(name, _ukrainian_letter(_NATIONAL_IOTATED))


def bgn_uk(name: str) -> str:
    """BGN/PCGN romanisation of a Ukrainian name (apostrophes for soft signs omitted)."""
    return _transliterate(name, _ukrainian_letter(_BGN_UK_IOTATED))


def bgn_ru(name: str) -> str:
    """BGN/PCGN romanisation of a Russian name (е is ye after a vowel or word-initially)."""
    return _transliterate(name, _russian_letter)


def is_cyrillic(name: str) -> bool:
    """True when ``name`` has Cyrillic letters."""
    return bool(_CYRILLIC.search(name))


def language(name: str) -> str:
    """'uk', 'ru' or '' (either) for a Cyrillic name, from the letters only one alphabet has."""
    letters = set(name.lower())
    if letters & _UKRAINIAN_ONLY:
        return "uk"
    if letters & _RUSSIAN_ONLY:
        return "ru"
    return ""


def romanisations(name: str, lang: str = "") -> list[str]:
    """The spellings reports use for a Cyrillic name, most official first, deduplicated.

    >>> romanisations("Роботине", "uk")
    ['Robotyne']
    >>> romanisations("Высокополье", "ru")
    ['Vysokopolye']
    """
    lang = lang or language(name)
    out = []
    if lang in ("uk", ""):
        out += [national(name), bgn_uk(name)]
    if lang in ("ru", ""):
        out.append(bgn_ru(name))
    return list(dict.fromkeys(out))

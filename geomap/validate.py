"""Checks on values that come from files a user may have been sent: taxonomy patterns,
ids, labels, icons and colours.

A trigger pattern is searched in every sentence of every document, so it must not be
able to backtrack catastrophically: a repeat inside a repeat (``(\\w+\\s*)+``) or a
repeated alternation (``(a|ab)+``) is refused unless the inner part is possessive or
atomic (``\\w++``, ``(?>...)``), which cannot give back what it took.

>>> pattern_problem(r"\\bdrones?\\b")
>>> pattern_problem(r"(\\w+\\s)+attack")
'a repeat inside a repeat can take exponential time'
>>> is_css_colour("#d7301f"), is_css_colour("teal"), is_css_colour("red;background:url(x)")
(True, True, False)
"""

from __future__ import annotations

import re
import re._constants as _sre  # the parse tree's node names (Python 3.11+)
import re._parser as _parser
from functools import lru_cache

_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT)
ID = re.compile(r"[a-z0-9_]+")
ICON = re.compile(r"[a-z0-9][a-z0-9-]{0,40}")
ISO_3166_2 = re.compile(r"[A-Z]{2}-[A-Z0-9]{1,3}")
MAX_LABEL = 200

# CSS Color Module Level 4 named colours.
CSS_NAMES = frozenset("""
aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue
blueviolet brown burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk
crimson cyan darkblue darkcyan darkgoldenrod darkgray darkgreen darkgrey darkkhaki
darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen
darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue
dimgray dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite
gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki
lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan
lightgoldenrodyellow lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen
lightskyblue lightslategray lightslategrey lightsteelblue lightyellow lime limegreen linen
magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen
mediumslateblue mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream
mistyrose moccasin navajowhite navy oldlace olive olivedrab orange orangered orchid
palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum
powderblue purple rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown
seagreen seashell sienna silver skyblue slateblue slategray slategrey snow springgreen
steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow
yellowgreen""".split())
_NUMBER = r"\s*[+-]?(?:\d{1,3}(?:\.\d{1,6})?|\.\d{1,6})(?:%|deg)?\s*"
_FUNCTION = re.compile(rf"(rgb|rgba|hsl|hsla)\({_NUMBER}(?:,{_NUMBER}){{2,3}}\)|"
                       rf"(rgb|rgba|hsl|hsla)\({_NUMBER}(?:\s{_NUMBER}){{2}}(?:/{_NUMBER})?\)",
                       re.I)
_HEX = re.compile(r"#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})")


def is_css_colour(value) -> bool:
    """A CSS colour: a named colour, ``#rgb``, ``#rrggbb``, ``rgb()`` or ``hsl()``."""
    if not isinstance(value, str) or len(value) > 60:
        return False
    return bool(value.lower() in CSS_NAMES or _HEX.fullmatch(value)
                or _FUNCTION.fullmatch(value))


def translucent(colour: str, alpha: str = "55") -> str:
    """The colour at about a third opacity, for fills and swatches."""
    if re.fullmatch(r"#[0-9a-fA-F]{6}", colour):
        return colour + alpha
    if re.fullmatch(r"#[0-9a-fA-F]{3}", colour):
        return "#" + "".join(c * 2 for c in colour[1:]) + alpha
    return f"color-mix(in srgb, {colour} {round(int(alpha, 16) / 2.55)}%, transparent)"


def label_problem(value) -> str | None:
    """Why a label is not plain text of one line, or None."""
    if not isinstance(value, str) or not value.strip():
        return "is not a non-empty string"
    if len(value) > MAX_LABEL:
        return f"is longer than {MAX_LABEL} characters"
    if any(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 or c in "\u2028\u2029" for c in value):
        return "contains a control character or a line break"
    return None


def parse_tree(pattern: str, flags: int = 0):
    """The parse tree of ``pattern`` (``re``'s own, read-only), made once per process for
    all that read it: this check, the screens and the gates (see :mod:`geomap.screens`,
    :mod:`geomap.gates`). Raises :class:`re.error` as compiling would."""
    # (a compiled pattern's flags hold re.UNICODE, which str patterns have anyway)
    return _parse_tree(pattern, flags & ~re.UNICODE)


@lru_cache(maxsize=4096)
def _parse_tree(pattern: str, flags: int):
    return _parser.parse(pattern, flags)


def pattern_problem(pattern: str, flags: int = 0) -> str | None:
    """Why ``pattern`` may backtrack catastrophically (or does not compile), or None."""
    try:
        tree = parse_tree(pattern, flags)
    except re.error as err:
        return f"is not a valid regular expression ({err})"
    except RecursionError:
        return "is nested too deeply"
    return _nested(tree, inside=False)


def _nested(tree, inside: bool) -> str | None:
    for op, av in tree:
        if op in _REPEATS:
            low, high, body = av
            many = high > 1
            if many and inside:
                return "a repeat inside a repeat can take exponential time"
            if many and _has_branch(body):
                return "a repeated alternation can take exponential time"
            problem = _nested(body, inside or many)
        elif op == _sre.POSSESSIVE_REPEAT:
            problem = None  # gives nothing back: whatever it holds runs once per try
        elif op == _sre.ATOMIC_GROUP:
            problem = _nested(av, inside=False)
        elif op == _sre.SUBPATTERN:
            problem = _nested(av[3], inside)
        elif op == _sre.BRANCH:
            problem = next(filter(None, (_nested(b, inside) for b in av[1])), None)
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT):
            problem = _nested(av[1], inside)
        elif op == _sre.GROUPREF_EXISTS:
            problem = _nested(av[1], inside) or (_nested(av[2], inside) if av[2] else None)
        else:
            problem = None
        if problem:
            return problem
    return None


def _has_branch(tree) -> bool:
    return any(op == _sre.BRANCH or op == _sre.SUBPATTERN and _has_branch(av[3])
               for op, av in tree)

"""A case-insensitive pattern recompiled without IGNORECASE, each ASCII letter spelled as the class of characters
the engine takes for it ("s" → "[Ssſ]"): the same matches, the same groups, found faster.

Python's engine compares an IGNORECASE letter by lowercasing the text's character, and its quick first-character
test of each alternative of a group only works for plain letters and classes: "(?:season|series|…)" under
IGNORECASE enters every alternative at every position, the same group of classes does not. A scoped "(?i:…)" is
spelled out the same way. A pattern this cannot translate exactly (a non-ASCII cased letter, a back-reference
under IGNORECASE, a conditional group, inline flags other than "i", a class that mixes letters with a category)
is left as it is.

`odd=False` leaves out the four non-ASCII characters the engine also takes for "i", "k" and "s" (ODD): such a
pattern is exact on any text without them, and compiles several times faster (its classes stay within the first
256 code points).
"""

from __future__ import annotations

import importlib
import re
import string
from typing import Any

sre: Any = importlib.import_module("re._constants")
sre_parse: Any = importlib.import_module("re._parser")
sre_compile: Any = importlib.import_module("re._compiler")

# Every character Python's IGNORECASE matching takes for an ASCII letter: its two cases, and the few non-ASCII ones
# that lowercase to it or that the engine adds as an extra case (checked over every code point by the tests)
_ODD = {"i": "İı", "k": "\u212a", "s": "ſ"}
ODD = "".join(_ODD.values())
VARIANTS: dict[int, tuple[int, ...]] = {}
PLAIN: dict[int, tuple[int, ...]] = {}  # (without the odd ones)
for _low in string.ascii_lowercase:
    _plain = tuple(sorted({ord(_low), ord(_low.upper())}))
    PLAIN[ord(_low)] = PLAIN[ord(_low.upper())] = _plain
    VARIANTS[ord(_low)] = VARIANTS[ord(_low.upper())] = tuple(sorted({*_plain, *map(ord, _ODD.get(_low, ""))}))

Table = dict[int, tuple[int, ...]]


class _Untranslatable(Exception):
    pass


_iscased = importlib.import_module("_sre").unicode_iscased


def _variants(code: int, table: Table) -> tuple[int, ...]:
    """The characters that match `code` under IGNORECASE: itself for an uncased character."""
    if code in table:
        return table[code]
    if code < 128 or not _iscased(code):
        return (code,)
    raise _Untranslatable  # a non-ASCII letter: its cases are not listed here


def _members(items: list[tuple[Any, Any]], table: Table) -> list[tuple[Any, Any]]:
    """A class's items with every letter's variants added (a class without letters as it is)."""
    out: list[tuple[Any, Any]] = []
    letters = False
    for op, av in items:
        if op is sre.LITERAL:
            codes = _variants(av, table)
            letters = letters or codes != (av,)
            out += [(sre.LITERAL, c) for c in codes]
        elif op is sre.RANGE and av[1] < 128:
            codes = tuple(v for c in range(av[0], av[1] + 1) for v in _variants(c, table))
            letters = letters or len(codes) > av[1] + 1 - av[0]
            out += [(sre.LITERAL, c) for c in codes]
        elif op is sre.RANGE:
            if any(map(_iscased, range(av[0], av[1] + 1))):
                raise _Untranslatable
            out.append((op, av))
        else:
            out.append((op, av))  # NEGATE, CATEGORY
    if not letters:
        return items
    if any(op is sre.CATEGORY for op, _av in items):
        raise _Untranslatable  # (under IGNORECASE a category is tested on the lowercased character)
    return out


def _translate(items: Any, ignore: bool, table: Table) -> list[tuple[Any, Any]]:
    """The items with their letters spelled out where IGNORECASE applies (`ignore`, or a scoped "(?i:…)")."""
    out: list[tuple[Any, Any]] = []
    for op, av in items:
        if op is sre.LITERAL or op is sre.NOT_LITERAL:
            codes = _variants(av, table) if ignore else (av,)
            if codes == (av,):
                out.append((op, av))
            else:
                negate = [(sre.NEGATE, None)] if op is sre.NOT_LITERAL else []
                out.append((sre.IN, negate + [(sre.LITERAL, c) for c in codes]))
        elif op is sre.IN:
            out.append((op, _members(list(av), table) if ignore else av))
        elif op is sre.SUBPATTERN:
            group, add_flags, del_flags, body = av
            if (add_flags | del_flags) & ~re.IGNORECASE:
                raise _Untranslatable
            inner = bool(add_flags & re.IGNORECASE) or ignore and not del_flags & re.IGNORECASE
            out.append((op, (group, 0, 0, _sub(body, inner, table))))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, high, body = av
            out.append((op, (low, high, _sub(body, ignore, table))))
        elif op is sre.BRANCH:
            out.append((op, (av[0], [_sub(body, ignore, table) for body in av[1]])))
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            out.append((op, (av[0], _sub(av[1], ignore, table))))
        elif op is sre.ATOMIC_GROUP:
            out.append((op, _sub(av, ignore, table)))
        elif op is sre.GROUPREF_EXISTS or op is sre.GROUPREF and ignore:
            raise _Untranslatable
        else:  # AT, ANY, CATEGORY, a case-sensitive back-reference: the same with or without IGNORECASE
            out.append((op, av))
    return out


def _sub(body: Any, ignore: bool, table: Table) -> Any:
    return sre_parse.SubPattern(body.state, _translate(body.data, ignore, table))


def case_free(regex: re.Pattern[str], *, odd: bool = True) -> re.Pattern[str]:
    """The pattern without IGNORECASE (global or scoped "(?i:…)"), matching exactly as it does (with `odd=False`:
    on texts without the characters of ODD); the pattern itself when it ignores no case or cannot be translated.
    (The result's `.pattern` is None: keep the original for its source.)"""
    flags = regex.flags
    source = regex.pattern
    if flags & (re.ASCII | re.LOCALE) or not isinstance(source, str):
        return regex
    if not flags & re.IGNORECASE and "(?i" not in source:
        return regex
    try:
        tree = sre_parse.parse(source, flags)
        translated = _sub(tree, bool(flags & re.IGNORECASE), VARIANTS if odd else PLAIN)
    except (_Untranslatable, re.error):
        return regex
    translated.state.flags &= ~re.IGNORECASE
    fast: re.Pattern[str] = sre_compile.compile(translated, flags & ~re.IGNORECASE)
    return fast

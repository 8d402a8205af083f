"""Literal prefilters for the slow rule patterns: a pattern that cannot match a text without one of a few words is
not run on a text that has none of them.

Python's regex engine tries a pattern that opens with `\\b(alt|alt|…)` or a list of network names at every
position of the text; `str.__contains__` scans for a word in C far faster. The words are derived from the pattern
itself (its parse tree), never written by hand, so a prefilter cannot drift from the rule it guards: every match of
the pattern contains at least one word of each derived set. A prefiltered pattern returns exactly what the pattern
returns (tests check this over every labelled text).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Iterator
from collections.abc import Set as AbstractSet
from typing import Any

from bot.understand.callmemo import forget_call, per_call
from bot.understand.casefree import ODD, case_free

# The regex parser and its opcodes (private modules of CPython's re; their public aliases warn when imported)
sre: Any = importlib.import_module("re._constants")
sre_parse: Any = importlib.import_module("re._parser")

# Letters' share of English text, to guess how often a word shows up by chance; unlisted characters are rare
_CHAR_SHARE = dict(
    zip(
        " etaoinshrdlcumwfgypbvkjxqz",
        (
            0.17,
            0.10,
            0.075,
            0.068,
            0.063,
            0.06,
            0.056,
            0.052,
            0.05,
            0.049,
            0.034,
            0.033,
            0.023,
            0.023,
            0.02,
            0.02,
            0.018,
            0.017,
            0.017,
            0.015,
            0.012,
            0.008,
            0.006,
            0.002,
            0.0015,
            0.001,
            0.001,
        ),
        strict=True,
    )
)
_TEXT_LENGTH = 300  # a typical sentence or headline and a half, the unit the rules run on
_USEFUL = 0.6  # a set of words likelier than this to be in a text by chance filters too little to be worth a look

# Characters Python's IGNORECASE matching takes for an ASCII letter that str.casefold() does not map to it
# (checked over every code point by the tests)
_SRE_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s", "K": "k"})

Requirement = tuple[frozenset[str], ...]  # every set must have a word in the text (an AND of ORs)


def _chance(word: str) -> float:
    """Rough chance that `word` is somewhere in a text of typical length."""
    p = float(_TEXT_LENGTH)
    for ch in word:
        p *= _CHAR_SHARE.get(ch, 0.003 if ch.isdigit() else 0.0005)
    return min(1.0, p)


def _set_chance(words: frozenset[str]) -> float:
    return min(1.0, sum(_chance(w) for w in words))


def _folded(word: str) -> str | None:
    """The word as the prefilter compares it, or None when its case variants are beyond casefold (non-ASCII
    letters)."""
    if any(ch.isalpha() and not ch.isascii() for ch in word):
        return None
    return word.casefold()


def _best(req: Requirement) -> frozenset[str] | None:
    return min(req, key=_set_chance) if req else None


def _sequence(items: list[tuple[Any, Any]]) -> Requirement:
    """What a run of parse items requires: each literal run, and each item's own requirement."""
    out: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            word = _folded("".join(run))
            if word:
                out.append(frozenset([word]))
            run.clear()

    for op, av in items:
        if op is sre.LITERAL:
            run.append(chr(av))
        elif op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero width: the literal text on both sides is still adjacent in a match
        else:
            flush()
            out.extend(_item(op, av))
    flush()
    return tuple(out)


def _item(op: Any, av: Any) -> Requirement:
    if op is sre.SUBPATTERN:
        return _sequence(list(av[-1]))
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(av))
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _high, body = av
        return _sequence(list(body)) if low >= 1 else ()
    if op is sre.BRANCH:
        words: set[str] = set()
        for alternative in av[1]:
            best = _best(_sequence(list(alternative)))
            if best is None:
                return ()  # one way to match without any literal: nothing is required
            words |= best
        return (frozenset(words),)
    if op is sre.IN and 0 < len(av) <= 4 and all(kind is sre.LITERAL for kind, _ in av):
        chars = {_folded(chr(code)) for _, code in av}
        return (frozenset(c for c in chars if c),) if None not in chars else ()
    return ()


def _minimal(words: frozenset[str]) -> frozenset[str]:
    """Drop a word that contains another of the set: the shorter one is found whenever the longer one is."""
    return frozenset(w for w in words if not any(o != w and o in w for o in words))


def requirement(pattern: re.Pattern[str]) -> Requirement:
    """Sets of words (casefolded), each of which must have one word in any text the pattern matches; the most
    selective first, at most two, only sets selective enough to be worth checking. Empty when nothing useful is
    required."""
    try:
        tree = sre_parse.parse(pattern.pattern, pattern.flags)
    except (re.error, ValueError, TypeError):  # pragma: no cover - a compiled pattern parses
        return ()
    sets = {_minimal(s) for s in _sequence(list(tree)) if s}
    useful = sorted((s for s in sets if _set_chance(s) < _USEFUL), key=_set_chance)
    return tuple(useful[:2])


_SRE_ODD = ("İ", "ı", "ſ", "K")


@per_call
def fold(text: str) -> str:
    """The text as the prefilter compares it (remembered for the analysis: several rules look at one text)."""
    folded = text.casefold()
    if not text.isascii() and any(ch in text for ch in _SRE_ODD):
        folded = text.translate(_SRE_FOLD).casefold()
    return folded


def clear_folds() -> None:
    forget_call()


def any_word(words: Iterable[str]) -> re.Pattern[str]:
    """A pattern whose search finds whether any of the words is in a text: the words share their prefixes (one
    branch per next character), so the engine scans for their first characters in C instead of trying each word
    at each position, or the text being scanned once per word."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node.clear()  # a word found is enough: a longer word that starts with it adds nothing
        node[""] = {}

    def branch(node: dict[str, dict]) -> str:
        if "" in node:
            return ""
        alts = [re.escape(ch) + branch(child) for ch, child in node.items()]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return re.compile(branch(root))


_FEW_WORDS = 12


class Prefiltered:
    """A compiled pattern that skips texts without its required words; the same results as the pattern."""

    __slots__ = ("regex", "_fast", "needs", "pattern", "flags", "_finders", "group")

    def __init__(self, regex: re.Pattern[str], needs: Requirement) -> None:
        self.regex = regex
        self._fast: re.Pattern[str] | None = None  # (see _engine)
        self.needs = needs
        self.pattern = regex.pattern
        self.flags = regex.flags
        # a large set of words is looked for by one pattern of them; a few words by a substring scan each (faster
        # on a long text than the pattern, which tries its branches at every position)
        self._finders = tuple((words, any_word(words).search if len(words) > _FEW_WORDS else None) for words in needs)
        self.group: WordGroup | None = None  # set when the rule joins a group (see WordGroup)

    def could_match(self, text: str) -> bool:
        folded = fold(text)
        if self.group is not None:
            present = _present(self.group, folded)
            for words in self.needs:
                if words.isdisjoint(present):
                    return False
            return True
        for words, finds in self._finders:
            if finds is None:
                if not any(map(folded.__contains__, words)):
                    return False
            elif finds(folded) is None:
                return False
        return True

    def admits(self, present: AbstractSet[str]) -> bool:
        """Whether a text with these words of the rule's group (WordGroup.present) may match: when not, every search
        of it finds nothing."""
        for words in self.needs:
            if words.isdisjoint(present):
                return False
        return True

    def _engine(self, text: str) -> re.Pattern[str]:
        """What runs on the text: the pattern without IGNORECASE (casefree; made on first use), or the pattern itself
        on a text with one of the non-ASCII characters IGNORECASE also takes for "i", "k" or "s" (ODD)."""
        if not text.isascii() and any(ch in text for ch in ODD):
            return self.regex
        fast = self._fast
        if fast is None:
            fast = self._fast = case_free(self.regex, odd=False)
        return fast

    def all_words(self) -> frozenset[str]:
        """Every word this rule's checks look for."""
        return frozenset(w for words in self.needs for w in words)

    def search(self, text: str, pos: int = 0, endpos: int = 2**62) -> re.Match[str] | None:
        # (the most used method: could_match's grouped check and _engine's usual answer written out, one call less
        # each)
        if self.group is not None:
            present = _present(self.group, fold(text))
            for words in self.needs:
                if words.isdisjoint(present):
                    return None
        elif not self.could_match(text):
            return None
        fast = self._fast
        if fast is None or not text.isascii() and any(ch in text for ch in ODD):
            fast = self._engine(text)
        return fast.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = 2**62) -> re.Match[str] | None:
        return self._engine(text).match(text, pos, endpos) if self.could_match(text) else None

    def fullmatch(self, text: str, pos: int = 0, endpos: int = 2**62) -> re.Match[str] | None:
        return self._engine(text).fullmatch(text, pos, endpos) if self.could_match(text) else None

    def finditer(self, text: str, pos: int = 0, endpos: int = 2**62) -> Iterator[re.Match[str]]:
        return self._engine(text).finditer(text, pos, endpos) if self.could_match(text) else iter(())

    def findall(self, text: str, pos: int = 0, endpos: int = 2**62) -> list[Any]:
        return self._engine(text).findall(text, pos, endpos) if self.could_match(text) else []

    def sub(self, repl: Any, text: str, count: int = 0) -> str:
        return self._engine(text).sub(repl, text, count) if self.could_match(text) else text

    def subn(self, repl: Any, text: str, count: int = 0) -> tuple[str, int]:
        return self._engine(text).subn(repl, text, count) if self.could_match(text) else (text, 0)

    def split(self, text: str, maxsplit: int = 0) -> list[Any]:
        return self._engine(text).split(text, maxsplit) if self.could_match(text) else [text]

    def __repr__(self) -> str:
        return f"Prefiltered({self.regex!r}, needs={self.needs!r})"


def rule(source: str, flags: int = 0) -> Prefiltered:
    """`prefiltered(re.compile(source, flags))`."""
    return prefiltered(re.compile(source, flags))


def prefiltered(regex: re.Pattern[str]) -> Prefiltered:
    """The pattern behind a prefilter of the words it requires (a pattern that requires none runs as before)."""
    return Prefiltered(regex, requirement(regex))


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
_GROUP_REFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")


def top_level_alternatives(pattern: re.Pattern[str]) -> list[str] | None:
    """The source of each top-level alternative of the pattern ("a|b(c|d)|e" → a, b(c|d), e); None when the
    pieces would not stand alone (global inline flags, verbose mode, group references)."""
    source = pattern.pattern
    if pattern.flags & re.VERBOSE or _GLOBAL_FLAGS.match(source) or _GROUP_REFERENCE.search(source):
        return None
    return _pieces(source)  # (a compiled pattern's brackets balance)


class PrefilteredBranches(Prefiltered):
    """A pattern of top-level alternatives ("a|b|c") prefiltered one alternative at a time. Python's engine tries
    every alternative at every position, so a large pattern of many rare phrases is slow on any text; here a text
    runs only the alternatives whose words it has. The leftmost match of the kept alternatives (the first of them
    on a tie) is the pattern's match: an alternative that cannot match anywhere in the text changes no match. Only
    the span of a match is the pattern's (its groups are numbered as in its own alternative), so this is for rules
    read by their spans; finditer and the other methods run the whole pattern."""

    __slots__ = ("branches", "words", "_checks", "_always", "_by_word", "_firsts", "_fast_branches")

    def __init__(self, regex: re.Pattern[str], branches: list[str]) -> None:
        super().__init__(regex, requirement(regex))
        compiled = [re.compile(source, regex.flags) for source in branches]
        self.branches = [(branch, requirement(branch)) for branch in compiled]
        self.words = tuple(sorted({w for _branch, needs in self.branches for words in needs for w in words}))
        # (each alternative with its first and second set of words, None for none: requirement() gives at most two)
        self._checks = [
            (branch, needs[0] if needs else None, needs[1] if len(needs) > 1 else None)
            for branch, needs in self.branches
        ]
        # which alternatives each word of a first set lets through, and those that need no word at all
        self._always = frozenset(i for i, (_branch, first, _second) in enumerate(self._checks) if first is None)
        by_word: dict[str, list[int]] = {}
        for i, (_branch, first, _second) in enumerate(self._checks):
            for word in first or ():
                by_word.setdefault(word, []).append(i)
        self._by_word = {word: tuple(at) for word, at in by_word.items()}
        self._firsts = frozenset(by_word)
        self._fast_branches: list[re.Pattern[str] | None] = [None] * len(self._checks)  # (as Prefiltered._engine)

    def all_words(self) -> frozenset[str]:
        return super().all_words() | frozenset(self.words)

    def admits(self, present: AbstractSet[str]) -> bool:
        # (and one of its alternatives may: a word of one's first set is there, or one needs none)
        return super().admits(present) and (bool(self._always) or not self._firsts.isdisjoint(present))

    def _kept(self, text: str) -> list[re.Pattern[str]]:
        """The alternatives the text may match, in their order."""
        folded = fold(text)
        if self.group is not None:  # (could_match's check, on the group's words found once)
            present: frozenset[str] | set[str] = _present(self.group, folded)
            if not Prefiltered.admits(self, present):
                return []
        elif not self.could_match(text):
            return []
        else:
            present = set(filter(folded.__contains__, self.words))
        kept = set(self._always)
        for word in present.intersection(self._by_word):
            kept.update(self._by_word[word])
        checks = self._checks
        at = [i for i in sorted(kept) if (second := checks[i][2]) is None or not second.isdisjoint(present)]
        if not text.isascii() and any(ch in text for ch in ODD):
            return [checks[i][0] for i in at]
        fast = self._fast_branches
        for i in at:
            if fast[i] is None:
                fast[i] = case_free(checks[i][0], odd=False)
        return [fast[i] for i in at]  # type: ignore[misc]

    def search(self, text: str, pos: int = 0, endpos: int = 2**62) -> re.Match[str] | None:
        best = None
        for branch in self._kept(text):
            m = branch.search(text, pos, endpos)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        return best

    def match(self, text: str, pos: int = 0, endpos: int = 2**62) -> re.Match[str] | None:
        for branch in self._kept(text):
            m = branch.match(text, pos, endpos)
            if m is not None:
                return m
        return None

    def fullmatch(self, text: str, pos: int = 0, endpos: int = 2**62) -> re.Match[str] | None:
        for branch in self._kept(text):
            m = branch.fullmatch(text, pos, endpos)
            if m is not None:
                return m
        return None

    def finditer(self, text: str, pos: int = 0, endpos: int = 2**62) -> Iterator[re.Match[str]]:
        kept = self._kept(text)
        if not kept:
            return iter(())
        return (kept[0] if len(kept) == 1 else self._engine(text)).finditer(text, pos, endpos)


def _pieces(source: str) -> list[str] | None:
    """The source split at its top-level "|" (None when its brackets do not balance)."""
    pieces: list[str] = []
    depth, start, i, n = 0, 0, 0, len(source)
    while i < n:
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":  # a character class: "|", "(" and ")" inside it are characters (as "]" right after "[" or "[^")
            i += 2 if source.startswith("[^", i) else 1
            i += 1 if source[i : i + 1] == "]" else 0
            while i < n and source[i] != "]":
                i += 2 if source[i] == "\\" else 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return None
        elif ch == "|" and depth == 0:
            pieces.append(source[start:i])
            start = i + 1
        i += 1
    pieces.append(source[start:])
    return pieces if depth == 0 else None


_OPENS_GROUP = re.compile(r"(\\b)?\((?:\?:)?(?!\?)")


def _spread(piece: str) -> list[str]:
    """An alternative that is one group of alternatives, maybe between word boundaries ("\\b(a|b)\\b"), as one
    alternative per inner one ("\\b(?:a)\\b", "\\b(?:b)\\b"): the engine tries them in the same order at each
    position, each with the same boundary after it, so the leftmost match and its span are the same. (The group
    no longer captures: only for rules read by their spans.)"""
    opened = _OPENS_GROUP.match(piece)
    if opened is None:
        return [piece]
    rest = piece[opened.end() :]
    for close in (len(rest) - 1, len(rest) - 3):
        if close >= 0 and rest[close] == ")" and rest[close + 1 :] in ("", "\\b"):
            inner = _pieces(rest[:close])
            if inner is not None and len(inner) > 1:
                lead = opened.group(1) or ""
                return [f"{lead}(?:{alt}){rest[close + 1 :]}" for alt in inner]
    return [piece]


def spread_rule(source: str, flags: int = 0) -> Prefiltered:
    """`prefiltered_branches(re.compile(source, flags), spread=True)`."""
    return prefiltered_branches(re.compile(source, flags), spread=True)


def prefiltered_branches(regex: re.Pattern[str], *, spread: bool = False) -> Prefiltered:
    """The pattern with its top-level alternatives prefiltered one by one, for a rule read only by the span of its
    match (a pattern of one alternative, or one that cannot be split, is prefiltered as a whole). `spread`: an
    alternative that is a group of alternatives ("\\b(a|b)\\b") is split into its inner ones too."""
    branches = top_level_alternatives(regex)
    if branches is not None and spread:
        branches = [part for piece in branches for part in _spread(piece)]
    if branches is None or len(branches) < 2:
        return prefiltered(regex)
    return PrefilteredBranches(regex, branches)


class OpensWithName(Prefiltered):
    """A pattern every match of which opens with one of many names (a list of networks): tried only where the text
    has one of them. Python's engine tries every name at every position of a text; finding where the names are is
    a fast scan of the folded text for their first letters, and the pattern is then tried at those places alone.
    Every match is the pattern's own (the pattern's `match` at a place, in order), so search and finditer return
    exactly what the pattern returns; the other methods run the whole pattern."""

    __slots__ = ("_names",)

    def __init__(self, regex: re.Pattern[str], names: Iterable[str]) -> None:
        # (a name with a letter beyond ASCII is looked for by its ASCII start, which every match of it folds to)
        folded = {(_folded(n) or n[: next(i for i, ch in enumerate(n) if not ch.isascii())]).lower() for n in names}
        if "" in folded:
            raise ValueError("a name must open with an ASCII character")
        super().__init__(regex, (*requirement(regex), frozenset(folded)))
        self._names = re.compile("|".join(re.escape(n) for n in sorted(folded, key=len, reverse=True)))

    def _matches(self, text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        if not self.could_match(text):
            return
        folded = fold(text)
        engine = self._engine(text)
        if len(folded) != len(text):  # (a letter that folds to two moved the places: the whole pattern runs)
            yield from engine.finditer(text, pos, endpos)
            return
        name = self._names.search(folded, pos, endpos)
        while name is not None:
            hit = engine.match(text, name.start(), endpos)
            if hit is not None:
                yield hit
                pos = hit.end() if hit.end() > hit.start() else hit.start() + 1
            else:
                pos = name.start() + 1
            name = self._names.search(folded, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = 2**62) -> re.Match[str] | None:
        return next(self._matches(text, pos, endpos), None)

    def finditer(self, text: str, pos: int = 0, endpos: int = 2**62) -> Iterator[re.Match[str]]:
        return self._matches(text, pos, endpos)


def _trie(words: Iterable[str]) -> dict[str, dict]:
    """The words as nested dicts, one level per character; "" marks where a word ends."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return root


def trie_alternation(words: Iterable[str]) -> str:
    """Source of a non-capturing group that tries the words as `(?:w1|w2|…)` does with the words sorted longest
    first, as a trie: at a position the words that match are prefixes of one another, and the longer continuation
    is tried first. The engine tries a handful of first letters at a position instead of every word."""
    root = _trie(words)

    def branch(node: dict[str, dict]) -> str:
        alts = [re.escape(ch) + branch(child) for ch, child in node.items() if ch]
        if "" in node:
            alts.append("")  # the word ends here: tried after every longer one
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return branch(root)


def literal_trie(words: Iterable[str], not_after: str, not_before: str) -> str:
    """Source of one group that matches exactly what `(?<!X)(w1|w2|…)(?!Y)` matches, the words tried longest
    first, where X is the character class `not_after` and Y the class `not_before` (case-sensitive words). Python's
    engine tries every alternative of a long list at every position; here the words share their prefixes (one
    branch per next character) and the pattern opens with its words' first characters, which the engine scans for
    in C. At a position the words that match are prefixes of one another, so trying the longer continuation first
    finds the longest word followed by no Y, as the sorted list does. (The lookbehind follows the first character:
    a two-character lookbehind that the start of the text cannot satisfy.)"""
    root = _trie(words)

    def branch(node: dict[str, dict], depth: int) -> str:
        alts = [
            re.escape(ch) + (f"(?<!{not_after}.)" if depth == 0 else "") + branch(child, depth + 1)
            for ch, child in node.items()
            if ch
        ]
        if "" in node:
            alts.append(f"(?!{not_before})")  # the word ends here: tried after every longer one
        return alts[0] if len(alts) == 1 and depth else "(?:" + "|".join(alts) + ")"

    return "(" + branch(root, 0) + ")"


class WordGroup:
    """The required words of rules that read the same texts in turn (a sentence's event rules, the refusals), found
    in a text by one scan: each rule's check is then a look at a set, not a scan of its own. The scan tries, at
    every position, the longest word there (the words as a trie); the words that are prefixes of it are there too,
    and a word inside it starts at a later position, which is tried as well: every word present is found."""

    def __init__(self, rules: Iterable[Prefiltered]) -> None:
        rules = list(rules)
        words = sorted({w for rule in rules for w in rule.all_words()})
        # (the scan opens with a class of the words' first characters, which the engine skips to in C; the longest
        # word there is read by a lookahead inside a one-character lookbehind: the same words at the same places)
        firsts = "".join(sorted({re.escape(w[0]) for w in words}))
        self.scan = re.compile(f"[{firsts}](?<=(?=({trie_alternation(words)}))[\\s\\S])")
        self.prefixes = {w: frozenset(v for v in words if w.startswith(v)) for w in words}
        for rule in rules:
            rule.group = self

    def present(self, text: str) -> frozenset[str]:
        """The group's words in the text (for its rules' `admits`)."""
        return _present(self, fold(text))


@per_call
def _present(group: WordGroup, folded: str) -> frozenset[str]:
    """The group's words in a folded text."""
    found: set[str] = set()
    for word in set(group.scan.findall(folded)):
        found |= group.prefixes[word]
    return frozenset(found)

"""What happened: one event per article, decided from the headline first, then the lede.

Precision matters more than recall: a false alert in a channel costs more than a missed one, so
reviews, ratings, films, business news, speculation and negations are refused before any event rule.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.understand.callmemo import per_call
from bot.understand.event_rules import (
    CANCELLED,
    CASTING,
    ENDING,
    ORDERED,
    PREMIERE,
    PREMIERE_DATE,
    PRODUCTION,
    PRODUCTION_STRONG,
    RENEWED,
    RESCUE,
    REVERSAL,
    TRAILER,
    WHEN_WORDS,
    F,
)
from bot.understand.headline_cues import (
    LATER_CLAUSE,
    UNHIDDEN_REFUSALS,
    YEARS_AFTER,
    cast_in_headline,
    counted_news,
    digest_headline,
    opens_within,
    plot_preview,
)
from bot.understand.networks import find_networks
from bot.understand.prefilter import WordGroup, rule, spread_rule
from bot.understand.refusals import CEREMONY, NOT_NEWS, SOFT_REFUSALS, refusal, refusal_span
from bot.understand.seasons import find_seasons
from bot.understand.shows import pull_quote_lead, quoted_titles


@dataclass(frozen=True)
class EventDecision:
    event: str | None
    confidence: float
    reason: str  # which rule decided
    sentence: str = ""  # the sentence that decided, when it was not the headline


# "in order to", "out of order", "a court order" order nothing
_ORDER_IDIOMS = rule(
    r"\b(?:in|out\s+of)\s+order\b|\border\s+of\b|\b(?:court|executive|restraining|gag)\s+orders?\b|\blast\s+orders\b|"
    r"\border(?:s|ed)?\s+(?:an?\s+)?(?:investigation|inquiry|probe|review|release|arrest)\b|"
    # "the National Broadcasting Commission (NBC) has renewed …": a body's name in running text, no order
    r"(?-i:\b[Tt]he\s+(?:[A-Z][\w&-]*\s+){1,4}Commission)\b",
    F,
)
# "renews his contract for two more seasons", "renewed calls for an inquiry" renew no show
RENEW_IDIOMS = rule(
    # "Marcus Adebayo-Webb Re-Ups With ABC News": a person's deal with a company
    r"\bre-?ups?\s+with\b|"
    r"\b(?:renew(?:s|ed|ing|al)?|extend(?:s|ed)?|signs?|signed|inks?|inked)\s+(?:\S+\s+){0,3}?(?:new\s+)?"
    r"(?:contract|deal|extension|lease|licen[cs]e|passport|visa|vows|pledge|partnership|agreement|mandate)s?\b"
    # (the deal's terms, not what it is for: "Inks Deal to Lead Apple TV+ Thriller 'X'" is casting)
    r"(?:\s+(?:for|through|until|to)(?!\s+(?:lead|star|play|host|headline|front|join)\b)\s+[^,.;]*)?"
    r"|\bwith\s+(?:a\s+)?renewed\s+\w+"  # "returns with renewed nerve"
    # "whose licences were renewed", "his contract has been extended"
    r"|\b(?:contract|deal|lease|licen[cs]e|passport|visa|mandate)s?\s+(?:was|were|is|are|has\s+been|have\s+been)\s+"
    r"(?:\w+\s+)?(?:renewed|extended)\b"
    r"|\brenewed\s+(?:calls?|interest|hopes?|fears?|focus|attention|push|efforts?|fighting|violence|attacks?|"
    r"tensions?|scrutiny|pressure|optimism|concerns?|debate|criticism|demands?|energy|vigou?r|sense)\b",
    F,
)
SERIES_ORDER = spread_rule(
    r"\b(?:series\s+order|pilot\s+order|straight[- ]to[- ]series|goes\s+straight\s+to\s+series|"
    # "'Harbor Lights,' 'Sixth Ward' Go to Series"
    r"(?:go|goes|went|going)\s+to\s+series\b|"
    # ("commissions drama series 'Zout'": a British or European broadcaster's new show)
    # ("orders trio of dramas", "commissions three new comedies": several new shows at once)
    r"(?:orders?|ordered|greenlights?|greenlit|green-?lit|commissions?|commissioned)\s+(?:a\s+|an\s+)?"
    r"(?:(?:two|three|four|five|six|\d|trio|pair|duo|raft|slew|brace|clutch|handful)\s+(?:of\s+)?)?(?:new\s+)?"
    # ("commissions new series of Horrible Histories": the British word for its next season)
    r"(?:\w+\s+)?(?:dramas?|comed(?:y|ies)|thrillers?|docuseries|sitcoms?|dramed(?:y|ies)|limited\s+series|series)"
    r"\b(?!\s+of\b)|"
    # "picks up three comedy pilots to series", "takes X to series", "gave series orders to"
    r"(?:picks?|picked|picking)\s+up\s+(?:\S+\s+){0,8}?to\s+series\b|(?:takes?|took|taking)\s+(?:\S+\s+){0,5}?"
    r"to\s+series\b|(?:gives?|gave|given)\s+(?:\S+\s+){0,3}?series\s+orders?\b|"
    # "Iron Petal Gets TV Anime", "is getting a TV anime adaptation": a manga or book adapted is a new series
    r"(?:gets?|getting|receives?|lands?)\s+(?:a\s+|an\s+)?(?:tv\s+|television\s+)?anime(?:\s+(?:adaptation|series))?\b|"
    r"(?:gets?|getting)\s+(?:a\s+|an\s+)?(?:tv|television|live-action)\s+(?:series|adaptation)\b|"
    # "announce new series The Commons", "unveils new drama X": a new show made public is ordered
    r"(?:announces?|announced|unveils?|unveiled)\s+(?:a\s+)?new\s+(?:[\w-]+\s+)?(?:drama|comedy|thriller|docuseries|"
    r"sitcom|dramedy|series)\b(?!\s+(?:premiere|release|dates?|trailer|teaser|line-?up|slate|schedule|first\s+look))|"
    # "scores Australian crime drama", "lands new comedy from …": a commission won
    # "Disney+ Is Turning a Cult Welsh Fantasy Novel Into a Live-Action Series"
    r"(?:turns?|turning|adapts?|adapting)\s+(?:\S+\s+){1,8}?into\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:tv\s+)?series\b|"
    # "Zoya Mehra's Next Series 'Chai & Chaos' Lands at Prime Video"
    r"(?:next|new)\s+(?:\w+\s+)?series\s+(?:\S+\s+){1,6}?lands?\s+(?:at|on|with)\b|"
    r"(?:scores?|lands?|nabs?|wins?)\s+(?:a\s+|an\s+)?(?:new\s+)?(?:[\w-]+\s+){0,2}?(?:drama|comedy|thriller|"
    r"docuseries|sitcom|dramedy)\s+(?:series\s+)?(?:from|based|about|starring|with|order)\b)",
    F,
)
# (and an end to come: "it's a wrap for Isigodi: drama to end after season 7")
_DECISIVE_WORD = rule(r"\b(?:renew\w*|cancel\w*|axed|axes|scrap\w*|(?:to|will)\s+end\s+(?:after|with))\b", F)
# A sentence that reports an announcement, not a guess: "Netflix announced that X would return for a second season"
ANNOUNCED = rule(
    r"\b(?:announced|announces|confirmed|confirms|revealed|has\s+(?:officially\s+)?(?:renewed|cancell?ed|"
    r"canceled|ordered|axed|picked\s+up)|have\s+(?:officially\s+)?(?:renewed|cancell?ed|canceled|ordered)|"
    r"(?:has|have)\s+been\s+(?:officially\s+)?(?:renewed|cancell?ed|canceled|picked\s+up|axed)|"
    r"officially|is\s+picking\s+up|(?:know|confirmed)\s+for\s+(?:sure|certain)|it'?s\s+(?:now\s+)?official)\b",
    F,
)


_RENEW_VERBS = ("renew", "recommission", "re-up", "reup")
# "Season 3 for Hoshizora Delivery, Final Season for Kuroi Tsubasa": a clause with a title's own season news
_SEASON_FOR = r"(?:(?:the\s+)?final|last|season\s+\d{1,2}|new)\s+(?:season\s+)?for\s+(?-i:[A-Z‘'\"“])"
_SEASON_FOR_TITLE = re.compile(rf"\s*{_SEASON_FOR}", re.IGNORECASE)
# ", sets final season for 'Y', cancels 'Z'": a later clause with its own decision verb and a quoted title
_NEXT_VERB_CLAUSE = rule(
    r",\s+(?:sets|renews|cancels|axes|orders|picks\s+up|drops|ends|greenlights)\b[^,;]*?[‘'\"“]"
    # "keeps 'Fjordlys' going, but 'Kaldt Blod' will end": a contrast that names a title of its own
    r"|,\s+but\s+(?=[‘'\"“])"
    # "'Fireline County' and 'Sawyer & Quinn' Picked Up, 'St. Agnes' to End": a quoted title opens the next clause
    r"|,\s+(?=[‘'\"“][^’'\"”]{1,60}[’'\"”]\s+(?:to|will|is|are|gets?|won'?t|has|have|ends?|returns?)\b)"
    # "Tidewater Lives On, Bloom Street Axed, Quiet Hours to End": a capitalised title and its own passive decision
    r"|,\s+(?=(?-i:[A-Z])[\w'’&-]*(?:\s+(?-i:[A-Z&])[\w'’&-]*){0,5}\s+(?:axed|renewed|cancell?ed|canceled|"
    r"to\s+end|dropped|scrapped)\b)"
    rf"|,\s+(?={_SEASON_FOR})",
    re.IGNORECASE,
)
# (and counted shows with their news: "four series return, two new originals greenlit", "two returning hits – and
# one farewell")
_COUNTED_KINDS = rule(
    r"\b(?:a|an|one|two|three|four|five|six|\d+)\s+(?:new\s+)?"
    r"(?:(?:[\w-]+\s+)?(?:series|shows|dramas|comedies|hits|favou?rites)\s+(?=returns?\b))?"
    r"(renewals?|cancell?ations?|final\s+seasons?|(?:series\s+)?orders?|pickups?|returning|returns?|farewells?|"
    r"new\s+(?:[\w-]+\s+)?(?:originals|series|dramas|comedies|shows))\b",
    re.IGNORECASE,
)
_KIND_OF_COUNT = {
    "renew": "renewed",
    "retur": "renewed",
    "cance": "cancelled",
    "final": "ending",
    "farew": "ending",
    "serie": "ordered",
    "order": "ordered",
    "picku": "ordered",
}


def _kind_of_count(counted: str) -> str:
    """The decision a counted kind stands for ("Two Renewals" → renewed); counted new shows are orders."""
    low = counted.lower()
    return "ordered" if low.startswith("new") else _KIND_OF_COUNT[low[:5]]


_QUOTE_OPEN = re.compile(r"(?:^|\s)[‘'\"“]")
_CHARACTER_EXIT = rule(
    r"\b(?:killed\s+off|written\s+out|axed\s+from|to\s+be\s+axed\s+from|"
    # "SOAP LEGEND QUITS", "longest-serving star to bow out": a star leaves, the show goes on
    r"(?:star|legend|icon|veteran|actor|actress|favourite|favorite)\s+(?:to\s+)?(?:quits?|bows?\s+out|bowing\s+out))\b",
    re.IGNORECASE,
)
_DATE_OUT = rule(
    r"\b(?:release|premiere|return)\s+date\s+(?:is\s+)?(?:out|announced|revealed|confirmed|set)\b", re.IGNORECASE
)
_BUT = re.compile(r"(?:,\s*|\s)(?:but|while|whereas)\b|;")
_TITLE_OPENS = re.compile(
    r"\s*(?:and\s+|but\s+)?(?!(?:Season|Series|Part|Final|It|Its|This|That|The\s+(?:final|last|show|series))\b)"
    r"(?-i:[A-Z])\w+"
)
_SEASON_SEQUEL = rule(r"\b(?:second|third|fourth|fifth|new|\d+(?:st|nd|rd|th))\s+season\b|\bseason\s+\d", F)
_SEASON_FINALE = rule(r"\bseason\s+finale\b", F)
# "Watch the first trailer for the final season of …": the trailer is the news
# "Teaser for the final season", "First Teaser for Apple TV+'s Space Drama Final Season"
_TRAILER_FOR = rule(
    r"\b(?:trailer|teaser|first\s+look)\s+(?:for|at)\s+(?:the\s+)?(?:[\w'’+-]+\s+){0,5}?(?:final|last)\b", F
)
_AND_RENEWS = re.compile(r"(?:\s+and|,)\s+(?:brings?\s+back|renews?|recommissions?|keeps|revives?)\s", F)
_RENEW_OR_SEASON_N = rule(r"\b(?:renew\w*|season\s+\d)", F)
_SEASON_WORDS = re.compile(r"\b(season|seasons|series)\b", F)
_SEASONS_ONLY = re.compile(r"\b(season|seasons)\b", F)
# "sets return date for X final season" is a date: the final season is only named, not decided
_END_VERB = rule(
    r"\b(?:end|ends|ending|ended|conclude[sd]?|concluding|will\s+be\s+(?:its|the|their)\s+last)\b", re.IGNORECASE
)
_ORDERS_MORE = rule(
    r"\b(?:orders?|greenlights?|commissions?)\s+(?:two\s+|three\s+|four\s+|\d\s+)?more\b", re.IGNORECASE
)  # ("Dave orders two more series of Who Said That?": its next seasons)
_ORDER_WORDS = rule(r"\b(orders?|ordered|greenlights?|greenlit|green-?lit)\b", F)


# The rules _event_in reads a text with: their words found in one scan of the text, not one scan per rule
WordGroup(
    [
        _ORDER_IDIOMS,
        RENEW_IDIOMS,
        _COUNTED_KINDS,
        _NEXT_VERB_CLAUSE,
        _CHARACTER_EXIT,
        PRODUCTION_STRONG,
        _DECISIVE_WORD,
        PREMIERE_DATE,
        _END_VERB,
        ENDING,
        _SEASON_FINALE,
        _TRAILER_FOR,
        REVERSAL,
        SERIES_ORDER,
        _RENEW_OR_SEASON_N,
        RESCUE,
        CANCELLED,
        RENEWED,
        _ORDER_WORDS,
        _ORDERS_MORE,
        ORDERED,
        TRAILER,
        PREMIERE,
        PRODUCTION,
        CASTING,
    ]
)


_SEASON_TRAILER = re.compile(
    r"\b(?:season|series|part)\s+(?:\d+|two|three|four|five)\s+(?:official\s+|first\s+|final\s+)?(?:trailer|teaser)\b",
    re.IGNORECASE,
)
_RENEWAL_WORD = re.compile(r"\brenew", re.IGNORECASE)
_CANCEL_WORD = re.compile(r"\b(?:cancel|axe)", re.IGNORECASE)
_ADJECTIVE_DECISION = re.compile(
    # (a word between describes the show, no preposition: "Show Axed After Show Slump" is no adjective)
    r"\b(?:cancell?ed|canceled|axed|scrapped|renewed)\s+(?:(?!(?:after|before|by|for|from|in|on|at|as|over|with|"
    r"amid|despite)\b)[A-Z][\w'’+]*\s+)?(?:drama|comedy|sitcom|series|show|"
    r"thriller|soap)\b",
    re.IGNORECASE,
)
_SLATE_RETURN = re.compile(
    r"\b(?:returns?|(?:is|are)\s+back|comes?\s+back)(?=\s*[,;–—]|\s+(?:and|but|while|as)\s)", re.IGNORECASE
)
_RETURN_WHEN = re.compile(rf"[^.;:,]{{0,50}}?\s(?:in|on|this|next)\s+{WHEN_WORDS}", re.IGNORECASE)
AS_CLAUSE = re.compile(r"\s(?:as|while|whilst)\s")
_CLAUSE_BREAK = re.compile(r",|;|\s(?:as|while|whilst|but|and)\s|\s[–—-]\s")


_SLUG_QUESTION = re.compile(
    r"^(?:is|will|has|does|when\s+will)\s+(?:[\w'’&-]+\s+){1,6}?(?:renewed|cancell?ed|canceled|coming\s+back|returning|"
    r"getting)\b",
    re.IGNORECASE,
)


@per_call
def _event_in(text: str, has_season_number: bool) -> str | None:
    """Rules in priority order over one piece of text (a headline or a lede sentence)."""
    text = RENEW_IDIOMS.sub(" ", _ORDER_IDIOMS.sub(" ", text))
    counted = _COUNTED_KINDS.findall(text)
    if len(counted) >= 2:
        # "Two Renewals, a Cancellation and a Final Season": the first kind the headline counts leads
        return _kind_of_count(counted[0])
    cut = text.find(";")
    listed = _NEXT_VERB_CLAUSE.search(text)
    if cut < 0 and listed:
        cut = listed.start()
    if cut > 0:
        # "'A' and 'B' confirm second seasons; 'C 3' starts filming", "renews 'X', sets final season for 'Y',
        # cancels 'Z'": the first clause's news leads (a renewal that a later clause calls the final season, of
        # no other title, is an ending)
        first = _event_in(text[:cut], has_season_number)
        # (a title of its own after the cut, quoted or capitalised: "…; Blue Hour Bakers to End")
        other_title = (
            _QUOTE_OPEN.search(text, cut) is not None
            or _TITLE_OPENS.match(text, cut + 1) is not None
            or _SEASON_FOR_TITLE.match(text, cut + 1) is not None  # ("…, Final Season for Kuroi Tsubasa")
        )
        if first is not None and not (first == "renewed" and ENDING.search(text) and not other_title):
            return first
    if _SEASON_TRAILER.search(text) and not _DECISIVE_WORD.search(text):
        return "trailer"  # "'Maybe Tomorrow' Season 2 Trailer: … Rom-Com Picks Up One Year After …"
    if _CHARACTER_EXIT.search(text):
        return "casting"  # "SOAP LEGEND KILLED OFF", "star axed from Emmerdale": a role ends, not the show
    if PRODUCTION_STRONG.search(text) and not _DECISIVE_WORD.search(text):
        return "production"
    dated_first = PREMIERE_DATE.search(text) and not _DECISIVE_WORD.search(text) and not _END_VERB.search(text)
    if ENDING.search(text) and not _SEASON_FINALE.search(text) and not dated_first and not _TRAILER_FOR.search(text):
        return "ending"
    if REVERSAL.search(text):
        return "renewed"
    order = SERIES_ORDER.search(text)
    # ("orders trio of factual series as Grub Club returns for third run": the season and a renewal after "as"
    # are the other clause's)
    # (and a renewal in a clause of its own: "orders four dramas and brings back Grey Tor for third series")
    aside = (AS_CLAUSE.search(text, order.end()) or _AND_RENEWS.search(text, order.end())) if order else None
    main = text[: aside.start()] if aside else text
    if order and not (has_season_number and aside is None) and not _RENEW_OR_SEASON_N.search(main):
        # ("recommissions award-winning sitcom and orders two new comedies": a decision before the order leads)
        earlier = RENEWED.search(text, 0, order.start()) or CANCELLED.search(text, 0, order.start())
        if earlier is None:
            return "ordered"
    rescued, cancelled = RESCUE.search(text), CANCELLED.search(text)
    if rescued and (cancelled or _SEASON_WORDS.search(text)):
        # ("ITV axes two dramas in brutal cull - but fan favourite is saved": the first clause leads)
        before = cancelled is not None and cancelled.start() < rescued.start()
        # ("NBC Cancels Revival", "Hulu cancels Veronica Mars revival": the revival is what is cancelled)
        the_revival = before and rescued.group().lower().startswith("revival")
        but = cancelled is not None and before and _BUT.search(text, cancelled.end(), rescued.start())
        if not (but or the_revival):
            return "renewed"
    if cancelled:
        # ("'Dispatch' and 'Second Helpings' Return, 'Ladder Nine' … Get the Chop": a slate's returns renew)
        renewed = RENEWED.search(text) or _SLATE_RETURN.search(text, 0, cancelled.start())
        # "NBC renews Manifest, cancels freshman shows": the first decision is the main one
        if (
            renewed
            and renewed.start() < cancelled.start()
            and (
                renewed.group().lower().startswith(_RENEW_VERBS)
                # "'A' and 'B' are coming back, but 'C' got the axe": the first clause leads
                or _BUT.search(text, renewed.end(), cancelled.start())
                # "Bedrock returns for a fourth season as Harbour Kids walks the plank", "keeps 'A' going, pulls
                # the plug on 'B'": so does a renewal's own clause
                or _CLAUSE_BREAK.search(text, renewed.end(), cancelled.start())
            )
        ):
            return "renewed"
        return "cancelled"
    renewal = RENEWED.search(text)
    if renewal and renewal.group().lower().startswith("return") and _RETURN_WHEN.match(text, renewal.end()):
        return "premiere"  # "returns to TVNZ 2 for second season in March": the date of a return
    if renewal:
        order = _ORDER_WORDS.search(text)
        if (
            order
            and not has_season_number
            and not _SEASONS_ONLY.search(text)
            and not _ORDERS_MORE.search(text)
            # ("renews Pip & Dot, greenlights new series Mossball": the renewal's clause comes first)
            and not (
                renewal.group().lower().startswith(_RENEW_VERBS)
                and renewal.start() < order.start()
                # (or "and": "renews its hit concierge comedy and greenlights two new series")
                and re.search(r",|\band\b", text[renewal.end() : order.start()]) is not None
            )
        ):
            return "ordered"
        return "renewed"
    if ORDERED.search(text):
        # "orders season 2" is a renewal; an order without a later season is a new series
        return "renewed" if has_season_number else "ordered"
    trailer, dated = TRAILER.search(text), PREMIERE_DATE.search(text)
    if trailer and dated:
        # "Premiere Date – Watch Promo" is premiere news; "trailer reveals the premiere date" is a trailer
        return "premiere" if dated.start() < trailer.start() else "trailer"
    if trailer:
        return "trailer"
    if dated or PREMIERE.search(text):
        return "premiere"
    if PRODUCTION.search(text):
        return "production"
    boards = _BOARDS.search(text)
    if boards and any(0 <= boards.start() - (p + len(alias)) <= 1 for p, alias, _c in find_networks(text)):
        return "ordered"  # "Canal+ and HBO Max Board French Heist Series": a network taking a show on
    if CASTING.search(text):
        return "casting"
    return None


_BOARDS = rule(
    r"\b(?:boards?|boarded)\s+(?:[\w'’-]+\s+){0,4}?(?:series|drama|comedy|thriller|adaptation|docuseries)\b",
    re.IGNORECASE,
)


DECISIVE = ("renewed", "cancelled", "ending", "ordered")
# A question the headline answers itself: what follows the "?" confirms or announces
_ANSWERED = rule(
    r"\?\s*(?=[^?]{0,80}\b(?:confirms?|confirmed|announces?|announced|renews?|renewed|cancels?|"
    r"cancell?ed|it'?s\s+official|officially|yes)\b)",
    re.IGNORECASE,
)
_CONFIRMS = rule(r"\b(?:confirms?|confirmed|it'?s\s+official|officially|yes)\b", re.IGNORECASE)
# A cheap look before the full rules: a sentence without one of these reports no decision
_DECISION_HINT = rule(
    r"renew|cancel|axe|order|commission|return|pick|green|scrap|final|last|end|conclude|"
    r"go-ahead|saved|revive|pass|dead|parted|plug|boot|chop|finished|over|done|season|series|forward|join",
    re.IGNORECASE,
)


# A rumour answered in the same sentence: what follows "but … confirmed" is the news
_BUT_CONFIRMED = rule(r"\bbut\s+(?:\S+\s+){0,4}?(?:can\s+)?(?:confirm|confirms|confirmed|announced)\b", F)


# A premiere to come, on a date: "will premiere on July 6", "is set to debut September 14"
_DATED_AHEAD = rule(
    # (and "Saltbush returns for its second season on Sunday March 9" under "Returning: Saltbush")
    r"\b(?:(?:will|to|set\s+to)\s+(?:premiere|debut|launch|air)|returns\s+for\s+(?:its|a)\s+\w+\s+(?:season|series))\s+"
    r"(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\b"
)
# The lede says the date is still to come
_NO_DATE_YET = rule(
    r"\b(?:still\s+(?:waiting|no)|no\s+word|(?:don'?t|do\s+not|doesn'?t|does\s+not)\s+(?:yet\s+)?have|not\s+yet|"
    r"yet\s+to\s+(?:get|receive|announce|set|reveal|learn))\b[^.;]{0,60}?\b(?:premiere|release|air|launch)\s+date\b",
    F,
)
# A headline that gives the date itself: a month, a weekday or "today"/"tonight"
PREMIERE_DATE_GIVEN = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|\b(?:mon|tues|wednes|thurs|fri|satur|"
    r"sun)day\b|\b(?:today|tonight|tomorrow)\b",
    F,
)


def decide_event(
    title: str,
    lede: str,
    *,
    title_season: int | None,
    lede_season: int | None,
    more: Sequence[str] = (),
    unmasked: str | None = None,
    confirmed: str | None = None,
    slug: bool = False,
) -> EventDecision:
    """The headline decides first; the lede (first sentence) may supply a decision; later sentences of the first
    paragraphs only a weak one (reason "text"). An explainer headline counts only when its lede reports an
    announcement. `unmasked`: the headline before its title guess was masked; `confirmed`: that title when the text
    confirms it; `slug`: the headline came all lowercase or all capitals."""
    title, lede = title.replace("’", "'"), lede.replace("’", "'")  # "Won’t" and "Won't" alike
    refused = refusal(title)
    if refused is None and slug and _SLUG_QUESTION.match(title):
        refused = "speculation"  # "is gingerbread lane renewed for season 3 at hallmark": a question without its mark
    if unmasked and refused is None:
        # a wrongly guessed title must not hide a denial or a list ("Emmerdale not axed despite reports"); a title
        # the text confirms swallowed nothing ("Top Chef renewed" is no "Top 10" list)
        plain = unmasked.replace("’", "'")
        hit = refusal_span(plain)
        # ("Benny Okafor Is Not OK renewed": a denial's words inside a title the text confirms deny nothing)
        inside = confirmed is not None and opens_within(hit, unmasked, confirmed) if hit is not None else False
        # (other refusals only inside a title the headline quotes: "'Gully Cricket Club' season 2 teaser", but
        # "Lakeland Mile Swim cancelled")
        said = confirmed.casefold() if confirmed is not None else None
        quoted = any(said == q.casefold() for q, _d in quoted_titles(unmasked))
        # ("Mohalla Cricket Club season 2 goes on floors": a title the headline numbers a season of is a series)
        # ("RADIO 2 AXES THE LATE LOUNGE": a station's number is no season)
        numbered = bool(title_season) and hit is not None and hit[0] != "radio"
        if hit is not None and not (inside and (hit[0] in ("listicle", "negation") or quoted or numbered)):
            # ("Cancels Remaining Broadway Performances": a guess that is one of the refusal's own words hid it)
            at = unmasked.casefold().find(confirmed.casefold()) if confirmed else -1
            swallowed = confirmed is not None and hit[1] <= at and at + len(confirmed) <= hit[2]
            # (or another guess hid its words: "Marrow Sweeps the TV Baftas" with "Baftas" taken for a show)
            swallowed = swallowed or plain[hit[1] : hit[2]].casefold() not in title.casefold()
            refused = hit[0] if hit[0] in UNHIDDEN_REFUSALS or swallowed else None
    event = _event_in(title, bool(title_season and title_season > 1))
    kicker, has_kicker, after_kicker = title.partition(": ")
    if (
        has_kicker
        and _RENEWAL_WORD.search(kicker)
        and _CANCEL_WORD.search(kicker)
        and "," not in after_kicker
        and ";" not in after_kicker
    ):
        # "The CW Renewal & Cancellation Status 2025: Wolfsbane Academy Cancelled": a status board's name over the
        # one piece of news it brings (not over a list: "Renewals & Cancellations: Harbor Lives On, Glen Street …")
        kicked = _event_in(after_kicker, bool(title_season and title_season > 1))
        event = kicked if kicked in DECISIVE else event
    counted = _COUNTED_KINDS.findall(unmasked or title)
    if len(counted) >= 2:  # (counted before a title guess masked one of them: "Makes Its Calls: Two Renewals")
        event = _kind_of_count(counted[0])
    answer = _ANSWERED.search(title)
    if answer and (event is None or refused == "speculation"):
        # "Is X season 4 happening? Netflix confirms renewal", "X 2? Yes it's true, BBC confirms": answered
        refused = refusal(title[answer.start() :])
        event = _event_in(title[answer.start() :], bool(title_season and title_season > 1))
        if event is None and title_season and title_season > 1 and _CONFIRMS.search(title[answer.start() :]):
            event = "renewed"
    if refused in ("speculation", "explainer", "guide"):
        # "X to end with season 3, movie in the works", "X wraps filming as the spy romance eyes 2027 launch",
        # "X Season 3 Officially Confirmed; Here's What We Know": a guess or a guide in a later clause does not
        # undo the news before it
        where = refusal_span(title)
        cut = max((title.rfind(b, 0, where[1]) for b in LATER_CLAUSE), default=-1) if where else -1
        if where and YEARS_AFTER.match(title, where[1]):
            cut = max(cut, where[1])  # "tvnz revives the bach ten years after finale": the news before it
        # (not a pull-quote before the colon: "'I found out we were cancelled …': X looks back on Kilowatt")
        spoken = 0 < cut <= pull_quote_lead(title)
        if cut > 0 and where and where[0] == refused and not title[:cut].rstrip().endswith("?") and not spoken:
            first = _event_in(title[:cut], bool(title_season and title_season > 1))
            # ("Season 2 release date OUT: When and where to watch …": a date given before the guide)
            dated = first == "premiere" and _DATE_OUT.search(title[:cut]) is not None
            news = dated if refused == "guide" else first in DECISIVE or first == "production"
            if news and refusal(title[:cut]) is None:
                return EventDecision(first, 0.9, "headline")
        colon = title.find(":", where[2]) if where and refused == "speculation" else -1
        if where and 0 <= colon - where[2] < 3:
            # "Bubble Watch: 'X' Earns Season 3, 'Y' Gets Chopped": a watch column's kicker over the news it brings
            rest = title[colon + 1 :]
            news_after = _event_in(rest, bool(title_season and title_season > 1))
            if news_after in DECISIVE and refusal(rest) is None:
                return EventDecision(news_after, 0.9, "headline")
        comma = title.find(",", where[2]) if where and YEARS_AFTER.match(title, where[1]) and where[1] < 3 else -1
        if comma > 0:
            # "Nine years after NBC pulled the plug, 'Nightshift Diner' is coming back": the backdrop opens the
            # headline, the news follows it
            rest = title[comma + 1 :]
            news_after = _event_in(rest, bool(title_season and title_season > 1))
            if news_after in DECISIVE and refusal(rest) is None:
                return EventDecision(news_after, 0.9, "headline")
    if refused == "explainer":
        for i, sentence in enumerate([lede, *more][:2]):
            sentence = sentence.replace("’", "'")
            if ANNOUNCED.search(sentence) and refusal(sentence) not in ("negation", "speculation"):
                found = _event_in(sentence, bool(lede_season and lede_season > 1))
                if found in DECISIVE:
                    return EventDecision(found, 0.7 if i == 0 else 0.6, "explainer lede", sentence)
        return EventDecision(None, 0.9, "not news: explainer")
    if refused == "listicle" and (counted_news(unmasked or title) or digest_headline(unmasked or title)):
        # "Two Peacock Shows Just Got Canceled": counted, but news when the first paragraphs report it announced
        listed: list[tuple[str, str]] = []
        for sentence in [lede, *more][:8]:
            sentence = sentence.replace("’", "'")
            found = _event_in(sentence, False)
            if found in DECISIVE and refusal(sentence) is None:
                if ANNOUNCED.search(sentence) and len(listed) < 4:
                    return EventDecision(event if event in DECISIVE else found, 0.7, "counted news", sentence)
                listed.append((found, sentence))
        if len(listed) >= 2:
            # "Tystnaden (SVT) — renewed for season 2." line after line: the counted decisions, listed
            return EventDecision(event if event in DECISIVE else listed[0][0], 0.6, "counted news", listed[0][1])
    if plot_preview(unmasked or title):
        # "Dockside spoilers: Tina and Gaz renew their vows": a soap's plot to come, unless the part after the
        # colon is about the series ("'Grimm' spoilers: NBC renews series for one final season")
        return EventDecision(None, 0.9, "not news: plot preview")
    ceremony = CEREMONY.search(unmasked or title)
    if ceremony and (dict(NOT_NEWS)["awards"].search(unmasked or title) or "gala" in ceremony.group().lower()):
        return EventDecision(None, 0.9, "not news: an awards broadcast")  # "Golden Globes ceremony cancelled"
    if refused in SOFT_REFUSALS and event in DECISIVE and _ADJECTIVE_DECISION.search(title):
        if _event_in(_ADJECTIVE_DECISION.sub(" ", title), False) not in DECISIVE:
            # "IFTAs 2025: Cancelled RTÉ drama Ashgrove sweeps the board": an old decision describing the show
            return EventDecision(None, 0.8, f"not news: {refused}")
    if refused == "film sequel" and _SEASON_SEQUEL.search(lede):
        refused = None  # "confirms 'Jade Mirror' sequel" over "confirmed a second season of its hit mystery drama"
    if refused and (refused not in SOFT_REFUSALS or event is None or event in ("trailer", "casting", "premiere")):
        return EventDecision(None, 0.9, f"not news: {refused}")
    if event == "premiere" and _NO_DATE_YET.search(lede) and not PREMIERE_DATE_GIVEN.search(title):
        # "X season 3 premiere date" over "While we are still waiting on an official premiere date …": a page
        # that waits for the news
        return EventDecision(None, 0.7, "not news: no date yet", lede)
    if event is not None:
        return EventDecision(event, 0.9 if refused is None else 0.6, "headline")
    for i, sentence in enumerate([lede, *more]):
        if not sentence or i and not _DECISION_HINT.search(sentence):
            continue
        sentence = sentence.replace("’", "'")
        if refusal(sentence) == "speculation" and (confirmed_after := _BUT_CONFIRMED.search(sentence)):
            sentence = sentence[confirmed_after.start() :]  # "There were rumours, but ITV has confirmed …"
        later = any(m.season > 1 for m in find_seasons(sentence) if not m.background)
        found = _event_in(sentence, later or bool(i == 0 and lede_season and lede_season > 1))
        if (i == 0 or found in DECISIVE) and refusal(sentence) in ("negation", "speculation", "listicle"):
            if i == 0:
                return EventDecision(None, 0.6, "lede is speculation or a negation")
            continue
        if i == 0 and found == "premiere" and _DATED_AHEAD.search(sentence):
            # "… which will premiere on July 6": a date to come, announced in the lede of a headline without one
            return EventDecision(found, 0.6, "lede", sentence)
        if slug and found == "casting" and cast_in_headline(sentence, unmasked or title, CASTING.search(sentence)):
            # "prodigal son season 2 christian borle michael potts": a slug naming the people the text says joined
            return EventDecision(found, 0.6, "lede" if i == 0 else "text", sentence)
        if found in DECISIVE:
            return EventDecision(
                found,
                0.7 if i == 0 else 0.6 if ANNOUNCED.search(sentence) else 0.5,
                "lede" if i == 0 else "text",
                sentence,
            )
    return EventDecision(None, 0.5, "no event words")

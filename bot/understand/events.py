"""What happened: one event per article, decided from the headline first, then the lede.

Precision matters more than recall: a false alert in a channel costs more than a missed one, so
reviews, ratings, films, business news, speculation and negations are refused before any event rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

F = re.I

# ---------------------------------------------------------------- refusals (no alert)
NOT_NEWS = [
    ("review", re.compile(r"^\s*(review|recap|ranked|ranking)\b|\b(review|recap|reviewed)\s*[:|–—-]|\breview\b(?!\s+(?:board|process))", F)),
    ("speculation", re.compile(r"^\s*(will|could|should|would|is|are|does|do|did|has|have|when will|why|how|what)\b[^.]*\?|"
                               r"\b(renewed|cancell?ed|canceled|returning|coming back|ending|over|back)\?|"
                               r"\b(everything we know|what we know|all we know|explained|theories|predictions|"
                               r"fan campaign|petition|rumou?rs?|could return|might return|hopes? for|wants? (a|another)|"
                               r"odds of|chances of|what to expect)\b", F)),
    ("negation", re.compile(r"\b(hasn'?t|has not|haven'?t|have not|isn'?t|is not|wasn'?t|was not|not yet|not been|"
                            r"no word|no news|no decision|yet to be|still waiting|still no|denies|denied|debunks?|"
                            r"no plans)\b(\s+\w+){0,3}\s*(renew|cancel|picked|order|greenlit|decision|word|season|news)|"
                            r"\bnot\s+(yet\s+)?(been\s+)?(officially\s+)?(renewed|cancell?ed|canceled|picked\s+up|ordered)\b", F)),
    ("film", re.compile(r"\b(box office|film|movie|feature film|theatrical|theaters|cinemas?|biopic)\b", F)),
    ("business", re.compile(r"\b(stock|shares|earnings|quarterly|subscribers|subscription|prices?|price hike|"
                            r"ad tiers?|layoffs|merger|acquisition|revenue|profit|smartphone|phones?|foldable|battery|batteries)\b", F)),
    ("awards", re.compile(r"\b(emmys?|golden globes?|oscars?|nominations?|nominees?|award|awards|bafta|sag awards)\b", F)),
    ("ratings", re.compile(r"\b(ratings|viewership|nielsen|most[- ]watched|top 10|top ten|chart|streaming numbers|viewers)\b", F)),
]
# Refusals that a strong headline event can overrule ("renewed ... despite ratings", "renewed after Emmy win")
_SOFT = {"ratings", "awards", "film"}

# ---------------------------------------------------------------- events
_FINAL = r"(final|last|concluding|farewell)"
ENDING = re.compile(
    # "final season" as the subject of other news (its trailer, its date) is not an ending announcement
    rf"\b{_FINAL}\s+(season|series|run|chapter|installment|batch)\b(?!\s+(premiere|trailer|teaser|first look|date|finale|review|recap|photos?|images?))"
    rf"(?!.{{0,30}}\b(premiere|trailer|teaser|first look|release|arrive|arrives|arrival|date|delayed|footage|photos?)\b)"
    rf"|\bwill\s+be\s+(its|the|their|the\s+show's|the\s+series')\s+({_FINAL}|finale)(\s+(one|season|series))?\b"
    rf"|\b(to|will|set to|is set to|plans to)\s+(end|conclude|wrap(\s+up)?|finish)\b"
    rf"|\bend(s|ing)?\s+with\s+(its\s+)?(season|series|the\s+\w+\s+season|\w+\s+season)"
    rf"|\b(coming|come|comes|draw(s|ing)?)\s+to\s+an\s+end\b"
    rf"|\bending\s+(after|with)\b",
    F,
)
RESCUE = re.compile(r"\b(saves?|saved|rescues?|rescued|revived|revival|picked\s+up\s+by|picks\s+up|lands\s+at|finds\s+(a\s+)?new\s+home|"
                    r"moves?\s+to|moving\s+to|new\s+home)\b", F)
CANCELLED = re.compile(r"\b(cancel(s|led|ed|ing|lation)?|canceled|axe[sd]?|axing|scrap(s|ped)|pulls?\s+the\s+plug|"
                       r"won'?t\s+renew|will\s+not\s+renew|not\s+renewing|declines?\s+to\s+renew|passes\s+on\s+season|"
                       r"won'?t\s+(return|be\s+back|come\s+back|get\s+a)|will\s+not\s+(return|be\s+back|get\s+a)|"
                       r"not\s+returning|not\s+coming\s+back|dropped|killed\s+off\s+by|ends?\s+after\s+(one|two|three|\d)\s+seasons?)\b", F)
RENEWED = re.compile(r"\b(renew(s|ed|al)?|re-?ups?|picks?\s+up\b.*\b(season|seasons|series|more)|picked\s+up\s+for|"
                     r"(orders?|ordered|greenlights?|greenlit|green-?lit|gets?|lands?|scores?|earns?|commissions?|commissioned|"
                     r"recommissions?|recommissioned)\s+(a\s+|an\s+)?(\w+\s+){0,2}(season|seasons|series)\b"
                     r"(?![\s\d]*(premiere|trailer|teaser|release|debut|first|photos?|date))"
                     r"|(returning|will\s+return|coming\s+back|to\s+return|returns)\s+for\s+(a\s+)?(\w+\s+){0,2}(season|series)"
                     r"|another\s+season|more\s+seasons?|(season|series|part)\s+\d+\s+(is\s+)?(confirmed|official|a\s+go|happening)"
                     r"|confirmed\s+for\s+(a\s+)?(\w+\s+)?(season|series|part))", F)
ORDERED = re.compile(r"\b(orders?|ordered|greenlights?|greenlit|green-?lit|green\s+light|picks?\s+up|picked\s+up|commissions?|commissioned|"
                     r"series\s+order|pilot\s+order|straight[- ]to[- ]series|revival\s+(is\s+)?(confirmed|official|ordered)|"
                     r"revival|reboot\s+(confirmed|ordered|in\s+the\s+works)|gives?\s+.{0,40}\s+series\s+order|"
                     r"(is|are)\s+(officially\s+)?(a\s+go|happening)|lands?\s+series|"
                     r"sets?\s+(a\s+)?new\s+(\w+\s+){0,2}series)\b", F)
PREMIERE = re.compile(r"\b(premieres?|premiered|premiere\s+date|sets?\s+(\w+\s+){0,3}(premiere|return|debut|release|date)|"
                      r"release\s+date|returns?\s+(on|in|this|next|to)\b|coming\s+to\s+.{1,30}\s+(in|on)\s+[A-Z]|"
                      r"arrives?\s+(on|in)|debuts?\s+(on|in)|launch(es)?\s+(on|in)|to\s+premiere|date\s+(announced|set|revealed)|"
                      r"gets?\s+(a\s+)?(premiere|release)\s+date|drops?\s+(on|in)\s+[A-Z])", F)
PRODUCTION = re.compile(r"\b((begins?|began|starts?|started|commences?|kicks?\s+off|wraps?|wrapped|completes?|completed|"
                        r"resumes?|halts?|halted|pauses?|paused|delays?|delayed|suspends?|suspended|shuts?\s+down)\s+"
                        r"(production|filming|shooting)|(production|filming|shooting)\s+(has\s+)?(begins?|began|starts?|started|"
                        r"wraps?|wrapped|underway|halted|delayed|shut\s+down|suspended|resumes?|paused|is\s+complete)|"
                        r"cameras\s+(are\s+)?rolling|production\s+(delay|shutdown)|in\s+production|enters?\s+production|"
                        r"table\s+read|set\s+photos?|"
                        r"(production|filming|shooting)\s+on\b.{0,60}?\b(begins?|began|starts?|started|wraps?|wrapped|halted|"
                        r"delayed|shut\s+down|suspended|resumes?|paused|underway))\b", F)
TRAILER = re.compile(r"\b(trailers?|teasers?|first[- ]look|sneak\s+peek|promo|first\s+(images?|photos?|footage)|"
                     r"new\s+(images?|photos?|footage|look)|(photos?|images?|stills)\s+(reveal|show|tease)\w*)\b", F)
CASTING = re.compile(r"\b(joins?|joined|joining|to\s+star|will\s+star|boards?|boarded|cast\s+(as|in)|casts?|casting|"
                     r"tapped\s+(to|for|as)|exits?|exited|exiting|leaves?|leaving|departs?|departing|departure|"
                     r"replaces?|replaced|replacing|"
                     r"won'?t\s+return\s+as|recast|recasting|series\s+regular|promoted\s+to|adds?|added\s+to|"
                     r"signs?\s+on|lands?\s+(a\s+)?(role|lead))\b", F)


@dataclass(frozen=True)
class EventDecision:
    event: str | None
    confidence: float
    reason: str  # which rule decided


def refusal(text: str) -> str | None:
    for name, pattern in NOT_NEWS:
        if pattern.search(text):
            return name
    return None


def _event_in(text: str, has_season_number: bool) -> str | None:
    """Rules in priority order over one piece of text (a headline or a lede sentence)."""
    if ENDING.search(text) and not re.search(r"\bseason\s+finale\b", text, F):
        return "ending"
    if RESCUE.search(text) and (CANCELLED.search(text) or re.search(r"\b(season|seasons|series)\b", text, F)):
        return "renewed"
    if CANCELLED.search(text):
        return "cancelled"
    if RENEWED.search(text):
        if re.search(r"\b(orders?|ordered|greenlights?|greenlit|green-?lit)\b", text, F) and not has_season_number \
                and not re.search(r"\b(season|seasons)\b", text, F):
            return "ordered"
        return "renewed"
    if ORDERED.search(text):
        # "orders season 2" is a renewal; an order without a later season is a new series
        return "renewed" if has_season_number else "ordered"
    if TRAILER.search(text):
        return "trailer"
    if PREMIERE.search(text):
        return "premiere"
    if PRODUCTION.search(text):
        return "production"
    if CASTING.search(text):
        return "casting"
    return None


def decide_event(title: str, lede: str, *, title_season: int | None, lede_season: int | None) -> EventDecision:
    title, lede = title.replace("’", "'"), lede.replace("’", "'")  # "Won’t" and "Won't" alike
    refused = refusal(title)
    event = _event_in(title, bool(title_season and title_season > 1))
    if refused and (refused not in _SOFT or event is None or event in ("trailer", "casting", "premiere")):
        return EventDecision(None, 0.9, f"not news: {refused}")
    if event is not None:
        return EventDecision(event, 0.9 if refused is None else 0.6, "headline")
    if lede:
        if refusal(lede) in ("negation", "speculation"):
            return EventDecision(None, 0.6, "lede is speculation or a negation")
        event = _event_in(lede, bool(lede_season and lede_season > 1))
        if event in ("renewed", "cancelled", "ending", "ordered"):
            return EventDecision(event, 0.6, "lede")
    return EventDecision(None, 0.5, "no event words")

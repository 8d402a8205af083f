"""Pages that are no TV decision however they are worded: a film's news told in film words, a podcast's told by
its lede, a video game's told in game words, an opinion column."""

from __future__ import annotations

import re

from bot.understand.prefilter import prefiltered

# A film's news in words a headline need not use ("'X 2' greenlit at Universal", then "… a summer 2027 theatrical
# release"), and the words that would make it a series' news after all
_FILM_TEXT = prefiltered(
    re.compile(
        r"\b(?:theatrical(?:ly)?(?:\s+release)?|in\s+(?:theaters|theatres|cinemas)|box[- ]office|grossed|"
        r"feature\s+film|(?:the|a|this|that)\s+film|movie\s+(?:sequel|franchise)|"
        r"an?\s+(?:[\w-]+\s+){0,2}feature(?!\s+(?:length|episode)))\b",
        re.IGNORECASE,
    )
)
_TV_TEXT = re.compile(
    # (not a film's "crowded summer movie season")
    r"\b(?:(?<!movie\s)(?<!summer\s)(?<!awards\s)(?<!holiday\s)(?<!festival\s)seasons?|series|episodes?|showrunners?|"
    r"tv|television|sitcom|miniseries|docuseries|pilot)\b",
    re.IGNORECASE,
)
# A lede that calls the decided show a podcast ("Spotify renews true-crime hit 'X'" over "… its true-crime podcast
# X"), and the words that would make it a series' news after all ("a limited series based on the podcast")
_PODCAST_LEDE = re.compile(
    r"\b(?:its|the|their|a|hit|renewed|renews|cancell?ed|canceled|cancels|axed|axes|ordered|orders)\s+(?:[\w-]+\s+){0,3}?"
    r"podcasts?\b(?!\s+(?:adaptation|series))|\bpodcasting\b",
    re.IGNORECASE,
)
_DECISION_WORD = re.compile(
    r"\b(?:renew|cancel|axe|order|commission|greenl|drop|scrap|pick(?:s|ed)\s+up)", re.IGNORECASE
)
_TV_TEXT_STRICT = re.compile(
    r"\b(?:tv|television|series\s+adaptation|adapt\w*|streaming\s+series|based\s+on|limited\s+series)\b", re.IGNORECASE
)
# A video game's season told in game words ("Season 4 is now due to launch on PC, PlayStation 5 and Xbox"); two
# different ones make the page a game's, unless the text calls it an adaptation for TV
_GAME_WORDS = re.compile(
    r"\b(?:playstation|xbox|nintendo\s+switch|steam\s+(?:deck|page|store)|battle\s+pass|matchmaking|free-to-play|"
    r"early\s+access|dlc|gameplay|esports|multiplayer|(?:the|a)\s+game(?:'s|’s)?\s+(?:official|director|developer|"
    r"studio|servers?|update|launch)|game\s+director|patch\s+notes|live-service|roguelike|shooter\s+game|"
    r"(?:new|the)\s+map|(?:action\s+)?rpg|mmo|video\s+games?|consoles?|publisher|(?:game|games)\s+studio|"
    # "the sequel to its 2022 co-op shooter", "in an internal memo seen by Eurogamer"
    r"(?:co-op|first-person|third-person|hero|online|looter|extraction)\s+shooter|eurogamer|kotaku|polygon|"
    r"pc\s+gamer|gamesindustry\.biz|rock\s+paper\s+shotgun)\b",
    re.IGNORECASE,
)
_GAME_ADAPTED = re.compile(r"\b(?:tv\s+series|television\s+series|adaptation|anime|showrunner)\b", re.IGNORECASE)
# A headline whose subject is a stage show or a game made from a series ("Stage version of hit 90s sitcom cancels
# Manchester shows", "Studio behind open-world game based on hit TV zombie drama cancels project")
_STAGE_HEAD = re.compile(
    r"^(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:stage|theatre|theater|west\s+end|broadway|touring)\s+(?:version|adaptation|"
    r"show|production|musical|run|tour)\b",
    re.IGNORECASE,
)
_GAME_HEAD = re.compile(
    r"\b(?:video|open-world|mobile|console|board|card)?[\s-]*games?\s+(?:based\s+on|adapted\s+from|inspired\s+by|"
    r"tie-?in)\b",
    re.IGNORECASE,
)
# A page whose first line is its section, "Opinion" or "Comment": a column's view, not a decision
_OPINION_PAGE = re.compile(r"\s*(?i:opinion|comment|column|editorial|op-ed|commentary|comment\s+is\s+free)\s*\n")


def other_page_kind(head: str, lead_sents: list[str], text: str) -> str | None:
    """ "film", "podcast", "stage", "game" or "opinion" when the page is that, else None (`lead_sents`: the first
    paragraphs' sentences, the lede first)."""
    lead = " ".join(lead_sents)
    if _STAGE_HEAD.search(head):
        return "stage"
    if _GAME_HEAD.search(head):
        return "game"
    if _FILM_TEXT.search(lead) and not _TV_TEXT.search(head) and not _TV_TEXT.search(lead):
        return "film"  # film words in the first paragraphs and no word of a series anywhere in them or the headline
    # the sentence that tells the decision, past a byline, a greeting or a teaser ("by the pod report staff",
    # "The Cold Files isn't going anywhere.")
    first = [s for s in lead_sents[:4] if len(s.split()) >= 6][:1]
    told = [s for s in lead_sents[:4] if _DECISION_WORD.search(s)][:1]
    lede = " ".join(dict.fromkeys(first + told)) or (lead_sents[0] if lead_sents else "")
    if _PODCAST_LEDE.search(lede) and not _TV_TEXT_STRICT.search(f"{head} {lede}"):
        return "podcast"
    # (the headline's game words count too: "Starfall Requiem Console RPG Cancelled by Hoshikage Games")
    page = f"{head}\n{lead}"
    if len({m.group().lower() for m in _GAME_WORDS.finditer(page)}) >= 2 and not _GAME_ADAPTED.search(page):
        return "game"
    if _OPINION_PAGE.match(text):
        return "opinion"
    return None

"""Networks and streamers: canonical names, aliases, and finding them in text."""

from __future__ import annotations

import re

from bot.understand.prefilter import literal_trie

# canonical → aliases (matched case-sensitively where a word is also common English, see _CASE_SENSITIVE)
NETWORKS: dict[str, tuple[str, ...]] = {
    "Netflix": ("Netflix",),
    "Max": ("HBO Max", "Max"),
    "HBO": ("HBO",),
    "Prime Video": ("Amazon Prime Video", "Prime Video", "Amazon Studios", "Amazon MGM", "Amazon", "Prime"),
    "Apple TV+": ("Apple TV+", "Apple TV Plus", "AppleTV+", "Apple TV +", "Apple TV", "Apple"),
    "Disney+": ("Disney+", "Disney Plus"),
    "Hulu": ("Hulu",),
    "FX": ("FX on Hulu", "FX"),
    "FXX": ("FXX",),
    "AMC+": ("AMC+", "AMC Plus"),
    "AMC": ("AMC",),
    "NBC": ("NBC",),
    "CBS": ("CBS",),
    "ABC": ("ABC",),
    "Fox": ("Fox", "FOX"),
    "The CW": ("The CW", "CW"),
    "Showtime": ("Showtime", "Paramount+ with Showtime"),
    "Starz": ("Starz", "STARZ"),
    "Peacock": ("Peacock",),
    "Paramount+": ("Paramount+", "Paramount Plus"),
    "Paramount Network": ("Paramount Network",),
    "Adult Swim": ("Adult Swim",),
    "CBBC": ("CBBC",),
    "BBC": (
        "BBC One",
        "BBC Two",
        "BBC Three",
        "BBC Four",
        "BBC iPlayer",
        "BBC America",
        "BBC Scotland",
        "BBC Alba",
        "BBC1",
        "BBC2",
        "BBC",
    ),
    "ITV": ("ITVX", "ITV1", "ITV2", "ITVBe", "ITV"),
    "Channel 4": ("Channel 4", "C4", "All 4", "All4", "More4", "E4 Extra"),
    "Sky": (
        "Sky Atlantic",
        "Sky Max",
        "Sky One",
        "Sky Witness",
        "Sky Crime",
        "Sky Documentaries",
        "Sky Kids",
        "Sky Arts",
        "Sky Italia",
        "Sky Deutschland",
        "Sky",
    ),
    "Freeform": ("Freeform",),
    "USA Network": ("USA Network",),
    "TNT": ("TNT",),
    "TBS": ("TBS",),
    "Syfy": ("Syfy", "SyFy", "SYFY"),
    "Bravo": ("Bravo",),
    "Comedy Central": ("Comedy Central",),
    "Crunchyroll": ("Crunchyroll",),
    "BritBox": ("BritBox",),
    "Acorn TV": ("Acorn TV",),
    "MGM+": ("MGM+", "Epix", "EPIX"),
    "Tubi": ("Tubi",),
    "Roku": ("The Roku Channel", "Roku Channel", "Roku"),
    "Discovery+": ("Discovery+",),
    "Cinemax": ("Cinemax",),
    "Nickelodeon": ("Nickelodeon",),
    "Cartoon Network": ("Cartoon Network",),
    "Channel 5": ("Channel 5", "5Star", "5STAR"),
    "CBC": ("CBC", "CBC Gem"),
    "Lifetime": ("Lifetime",),
    "BET": ("BET+", "BET"),
    "MTV": ("MTV",),
    "Pop": ("Pop TV", "Pop"),
    "Crave": ("Crave",),
    "Stan": ("Stan",),
    "E4": ("E4",),
    "Dave": ("Dave",),
    "UKTV": ("UKTV", "U&Dave", "U&Alibi", "Alibi"),
    "Sky Comedy": ("Sky Comedy",),
    "A&E": ("A&E",),
    "TLC": ("TLC",),
    "HGTV": ("HGTV",),
    "Food Network": ("Food Network",),
    "Hallmark": ("Hallmark Channel", "Hallmark Mysteries", "Hallmark Movies & Mysteries", "Hallmark"),
    "Disney Channel": ("Disney Channel",),
    "Nat Geo": ("National Geographic", "Nat Geo"),
    "History": ("History Channel",),
    "Shudder": ("Shudder",),
    "RTÉ": ("RTÉ One", "RTÉ2", "RTÉ Player", "RTÉ", "RTE"),
    "S4C": ("S4C",),
    "ABC (Australia)": ("ABC iview",),
    "SBS": ("SBS", "SBS On Demand"),
    "Binge": ("Binge",),
    "Viaplay": ("Viaplay",),
    "Globoplay": ("Globoplay",),
    "Tencent Video": ("Tencent Video",),
    "iQiyi": ("iQiyi", "iQIYI"),
    "Viki": ("Viki",),
    "HIDIVE": ("HIDIVE",),
    "ZDF": ("ZDFneo", "ZDFmediathek", "ZDF"),
    "Canal+": ("Canal+",),
    "Spectrum": ("Spectrum Originals",),
    "Audience": ("Audience Network",),
    "WGN America": ("WGN America",),
    "Sundance TV": ("Sundance TV", "SundanceTV"),
    "IFC": ("IFC",),
    "YouTube": ("YouTube Premium", "YouTube Red"),
    "Quibi": ("Quibi",),
    "Pluto TV": ("Pluto TV",),
    "Vudu": ("Vudu",),
    "Fox Nation": ("Fox Nation",),
    # outside the US and UK: India, Korea, Japan, Australia, Canada, Europe, Latin America
    "JioHotstar": ("JioHotstar", "Disney+ Hotstar", "Hotstar", "JioCinema"),
    "ZEE5": ("ZEE5", "Zee5"),
    "SonyLIV": ("SonyLIV", "Sony LIV"),
    "MX Player": ("MX Player", "Amazon MX Player"),
    "tvN": ("tvN",),
    "JTBC": ("JTBC",),
    "KBS": ("KBS2", "KBS"),
    "MBC": ("MBC",),
    "TVING": ("TVING", "Tving"),
    "Coupang Play": ("Coupang Play",),
    "Wavve": ("Wavve",),
    "NHK": ("NHK",),
    "TV Tokyo": ("TV Tokyo",),
    "Fuji TV": ("Fuji TV",),
    "Tokyo MX": ("TOKYO MX", "Tokyo MX"),
    "AT-X": ("AT-X",),
    "BS11": ("BS11",),
    "Nippon TV": ("Nippon TV", "NTV"),
    "TV Asahi": ("TV Asahi",),
    "WOWOW": ("WOWOW",),
    "ABEMA": ("ABEMA",),
    "Nine": ("Nine Network", "Channel 9", "Channel Nine", "9Now"),
    "Seven": ("Seven Network", "Channel 7", "Channel Seven", "7plus", "Seven West Media"),
    "Network 10": ("Network 10", "Channel 10", "Channel Ten", "10 Play"),
    "Foxtel": ("Foxtel",),
    "TVNZ": ("TVNZ", "TVNZ+", "TVNZ 1", "TVNZ 2", "TVNZ1", "TVNZ2"),
    "Three": ("ThreeNow",),
    "Viu": ("Viu",),
    "CTV": ("CTV",),
    "Global": ("Global TV",),
    "Telemundo": ("Telemundo",),
    "Univision": ("Univision",),
    "ViX": ("ViX Premium", "ViX+", "ViX"),
    "Freevee": ("Amazon Freevee", "Freevee"),
    "My5": ("My5",),
    "Showmax": ("Showmax",),
    "Arte": ("ARTE", "Arte"),
    "TF1": ("TF1",),
    "Rai": ("Rai 1", "Rai Uno", "RaiPlay"),
    "NRK": ("NRK",),
    "SVT": ("SVT",),
    "Movistar Plus+": ("Movistar Plus+", "Movistar+"),
    "RTL": ("RTL+", "RTL"),
    "Hallmark+": ("Hallmark+",),
    "TV4": ("TV4",),
    "Yle": ("Yle", "Yle Areena"),
    "TV 2": ("TV 2", "TV2"),
    "Citytv": ("Citytv", "Citytv+"),
    "SABC": ("SABC", "SABC1", "SABC 1", "SABC2", "SABC 2", "SABC3", "SABC 3"),
    "Colors": ("Colors TV",),
    "Star Plus": ("Star Plus", "StarPlus"),
    "Sony Entertainment Television": ("Sony Entertainment Television", "Sony TV"),
    "Sony SAB": ("Sony SAB", "SAB TV"),
    "Zee TV": ("Zee TV",),
    "Hum TV": ("Hum TV", "HUM TV"),
    "ARY Digital": ("ARY Digital",),
    "Geo Entertainment": ("Geo Entertainment", "Geo TV"),
    "Green Entertainment": ("Green Entertainment",),
    "Astro Ria": ("Astro Ria",),
    "TVJ": ("TVJ", "Television Jamaica"),
    "Citizen TV": ("Citizen TV",),
    "Virgin Media": ("Virgin Media One", "Virgin Media Television", "Virgin Media"),
    "TG4": ("TG4",),
    "Mzansi Magic": ("Mzansi Magic",),
    "DStv": ("DStv",),
    "e.tv": ("e.tv", "eTV"),
    "Las Estrellas": ("Las Estrellas",),
    "Televisa": ("Televisa",),
    "NPO": ("NPO 1", "NPO 2", "NPO 3", "NPO Start", "NPO", "BNNVARA", "AVROTROS", "KRO-NCRV", "VPRO"),
    "VRT": ("VRT 1", "VRT MAX", "VRT"),
    "Noovo": ("Noovo",),
    "TVA": ("TVA",),
    "Radio-Canada": ("ICI Radio-Canada Télé", "ICI Radio-Canada", "Radio-Canada", "ICI Télé", "ICI TOU.TV", "Tou.tv"),
    "Télé-Québec": ("Télé-Québec",),
    "Shahid": ("Shahid",),
    "ENA": ("ENA",),
    "Genie TV": ("Genie TV",),
    "MBN": ("MBN",),
    "TV Chosun": ("TV Chosun",),
    "OSN+": ("OSN+",),
    "PBS": ("PBS", "PBS Kids"),
    "APTN": ("APTN lumi", "APTN"),
    "RTVE": ("RTVE", "TVE"),
    "Globo": ("TV Globo", "Globo"),
    "GMA": ("GMA Network", "GMA-7"),
    "ABS-CBN": ("ABS-CBN", "Kapamilya Channel", "iWantTFC"),
    "TV5": ("TV5",),
    "ARD": ("ARD", "Das Erste", "ARD Mediathek"),
    "ProSieben": ("ProSieben",),
    "Sat.1": ("Sat.1",),
    "Joyn": ("Joyn",),
    "France Télévisions": ("France Télévisions", "France 2", "France 3", "France 5", "france.tv"),
    "M6": ("M6",),
    "Atresmedia": ("Atresmedia", "Antena 3", "Atresplayer"),
    "Telecinco": ("Telecinco", "Mediaset España"),
    "Mediaset": ("Mediaset Infinity", "Mediaset", "Canale 5"),
    "DR": ("DR1", "DRTV"),
    "Videoland": ("Videoland",),
    "TV Azteca": ("TV Azteca",),
    "TRT": ("TRT 1", "TRT"),
    "Kanal D": ("Kanal D",),
    "Show TV": ("Show TV",),
    "BluTV": ("BluTV",),
    "Africa Magic": ("Africa Magic",),
    "STV": ("STV Player", "STV"),
    "OWN": ("OWN",),
    "E!": ("E! Entertainment", "E!"),
    "VH1": ("VH1",),
    "CMT": ("CMT",),
    "truTV": ("truTV",),
    "WE tv": ("WE tv",),
    "Oxygen": ("Oxygen",),
    "Discovery": ("Discovery Channel", "Investigation Discovery"),
    "Great American Family": ("Great American Family",),
    "UPtv": ("UPtv",),
    "ALLBLK": ("ALLBLK",),
    "Crackle": ("Crackle",),
    "Disney Junior": ("Disney Junior", "Disney Jr", "Disney XD"),
    "CBeebies": ("CBeebies",),
    "Bilibili": ("Bilibili",),
    "Youku": ("Youku",),
    "WeTV": ("WeTV",),
    "Mango TV": ("Mango TV",),
    "Vidio": ("Vidio",),
    "Mediacorp": ("Mediacorp", "meWATCH"),
    "Hoichoi": ("Hoichoi", "hoichoi"),
    "ALTBalaji": ("ALTBalaji", "ALTT"),
}

# Aliases that are ordinary words or names elsewhere: only as a network when the context says so.
_CONTEXTUAL = {
    "Max",
    "Apple",
    "Prime",
    "Sky",
    "Amazon",
    "Fox",
    "Roku",
    "Bravo",
    "Lifetime",
    "Pop",
    "Stan",
    "Crave",
    "Dave",
    "Alibi",
    "Binge",
    "Audience",
    "Spectrum Originals",
    "Hallmark",
    "Shudder",
    "Viki",
    "ABC iview",
    "SBS",
    "IFC",
    "Global TV",
    "ViX",
    "Arte",
    "OWN",
    "Oxygen",
    "Joyn",
    "TVE",
    "STV",
}
_NET_CONTEXT_BEFORE = re.compile(
    r"(?:\b(?:at|on|by|to|from|for|with|via|and|while|as|streamer|service|platform|network|broadcaster)\s+|[,;:(]\s*)$",
    re.IGNORECASE,
)
_NET_CONTEXT_AFTER = re.compile(
    r"^(?:'s|’s|\s+(?:renews?|renewed|cancels?|cancell?ed|orders?|ordered|greenlights?|picks|picked|sets?|has|have|"
    r"will|series|original|drama|comedy|show|streamer|announced|announces|confirms?|confirmed|releases?|reveals?|"
    r"drops?|shares?|debuts?|unveils?|is|won't|scraps?|axes|axed|pulls?|revives?|saves?|lands?|nabs?))",
    re.IGNORECASE,
)

_ALIAS_TO_CANON = {alias: canon for canon, aliases in NETWORKS.items() for alias in aliases}
# (?<![\w+])(alias|alias|…)(?![\w+]), longest alias first, as a trie: a few times faster on any text
_PATTERN = re.compile(literal_trie(_ALIAS_TO_CANON, not_after=r"[\w+]", not_before=r"[\w+]"))
_LOWER = {a.lower(): c for a, c in _ALIAS_TO_CANON.items()}


def canonical_network(name: str | None) -> str | None:
    if not name:
        return None
    found = _ALIAS_TO_CANON.get(name) or _LOWER.get(name.strip().lower())
    if found is None and name.endswith((" Net", " Network", " net", " network")):
        # "The Peacock Net", "the Alphabet network": a trade paper's name for a network
        found = _LOWER.get(name.rsplit(" ", 1)[0].removeprefix("The ").removeprefix("the ").strip().lower())
    return found


def find_networks(text: str) -> list[tuple[int, str, str]]:
    """(position, alias as written, canonical) for each network named in text, in order."""
    found = []
    for m in _PATTERN.finditer(text):
        alias = m.group(1)
        if alias in _CONTEXTUAL:
            before = text[max(0, m.start() - 12) : m.start()]
            after = text[m.end() : m.end() + 14]
            if not (_NET_CONTEXT_BEFORE.search(before) or _NET_CONTEXT_AFTER.match(after)):
                continue
            if not _NET_CONTEXT_AFTER.match(after) and re.match(r"\s+[A-Z][a-z]", after):
                continue  # "Stan Lee", "Max Greenfield": a person
            if alias in ("Apple", "Amazon") and re.match(r"\s+(Music|Books|Arcade|Watch|Vision|Pay|Store|Web)", after):
                continue
        if _STUDIO_AFTER.match(text, m.end()) and "Studios" not in alias:
            continue  # "ABC Studios International", "BBC Studios", "NBCUniversal…": who makes it, not who airs it
        found.append((m.start(), alias, _ALIAS_TO_CANON[alias]))
    if "Seven" in text or "Nine" in text or "Global" in text:
        found.extend((m.start(), m.group(1), m.group(1)) for m in _POSSESSIVE_NETWORK.finditer(text))
        found.extend((m.start(), m.group(1), m.group(1)) for m in _DECIDING_NETWORK.finditer(text))
        found.sort()
    return found


# "Seven's 2026 upfronts", "Global's 2025-26 slate": a word that is mostly a number or an adjective names a network
# only as the owner of a schedule or a show
_POSSESSIVE_NETWORK = re.compile(
    r"(?<![\w+.])(Seven|Nine|Global)(?=['’]s\s+(?:\d{4}(?:[-–/]\d{2,4})?\s+)?(?:upfronts?|slate|schedule|line-?up|new|"
    r"autumn|fall|spring|summer|winter|renewals?|cancell?ations|drama|comedy|series|reality)\b)"
)


# "Nine has confirmed that …", "Seven renews …", "Nine Upfront 2026:", "Seven 2026:": the word opening a sentence
# or a headline as the one that decides or presents a slate
_DECIDING_NETWORK = re.compile(
    r"(?:^|(?<=[.!?:;]\s)|(?<=\n))(Seven|Nine)(?=\s+(?:upfronts?\b|(?:19|20)\d\d(?:[-–/]\d{2,4})?\s*:|"
    r"(?:has|have)\s+(?:also\s+|officially\s+)?(?:confirmed|renewed|axed|cancell?ed|canceled|ordered|commissioned|"
    r"unveiled|announced|locked|greenlit|revealed|dropped|pulled|picked|brought)\b|"
    r"(?:renews|axes|cancels|orders|commissions|unveils|announces|confirms|drops|locks|reveals|greenlights)\b))",
    re.IGNORECASE,
)
_STUDIO_AFTER = re.compile(r"\s+(?:Studios?|Signature|Television\s+Studios|Productions)\b")


def network_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _PATTERN.finditer(text)]


def is_network_name(text: str) -> bool:
    low = text.strip().lower()
    return low in _LOWER or low.endswith((" net", " network")) and canonical_network(text.strip()) is not None

"""The event rules: the words of each kind of TV decision (renewed, cancelled, ending, ordered, premiere,
production, trailer, casting), as prefiltered patterns read by `events`."""

from __future__ import annotations

import re

from bot.understand.prefilter import rule, spread_rule

F = re.IGNORECASE

# ---------------------------------------------------------------- events
_FINAL = r"(final|last|concluding|farewell)"
# ("final season" as the subject of other news (its trailer, its date) is not an ending announcement)
ENDING = spread_rule(
    rf"\b{_FINAL}\s+(season|series|run|chapter|installment|batch)\b(?!\s+(premiere|trailer|teaser|first look|date|"
    rf"finale|review|recap|photos?|images?))"
    rf"(?!.{{0,30}}\b(premiere|trailer|teaser|first look|release|arrive|arrives|arrival|date|delayed|footage|"
    rf"photos?)\b)"
    rf"|\bwill\s+be\s+(its|the|their|our|the\s+show's|the\s+series')\s+({_FINAL}|finale)(\s+(one|season|series))?\b"
    # "three new series and a farewell to The Kettle Creek Crew"
    r"|(?:\b(?:and|with)\s+|^\s*)a\s+(?:fond\s+)?farewell\s+to\b"
    # "BBC pub sitcom to call time after fourth series"
    r"|\b(?:to|will)\s+call\s+time\b(?!\s+on\b)"
    # "'Silver Creek' will sign off after 22 years"
    r"|\b(?:to|will)\s+sign\s+off\b|\bsigns?\s+off\s+(?:after|for\s+good)\b"
    rf"|\b(to|will|would|set to|is set to|plans to|is going to)\s+(end|conclude|wrap(\s+up)?|finish)\b"
    rf"|\bwrap(?:s|ping)?\s+up\s+with\s+(?:its\s+)?(?:\w+\s+)?(?:season|series)\b"
    rf"(?!\s+(?:filming|production|shooting|principal|its\s+shoot|shooting))"
    rf"|\bend(s|ing)?\s+with\s+(its\s+)?(season|series|the\s+\w+\s+season|\w+\s+season)"
    rf"|\b(coming|come|comes|draw(s|ing)?)\s+to\s+an\s+end\b"
    rf"|\bending\s+(after|with)\b"
    # "ABC ending 'Mercy's Kitchen' after nine seasons": a network ending a show by name
    rf"|(?<![\w'’])(?:is\s+)?ending\s+[‘'\"“][^’'\"”]{{1,60}}[’'\"”]\s+(?:after|with)\b"
    # "Canal+ to bring curtain down on Les Ombres de Brest with fifth season"
    rf"|\bbring(?:s|ing)?\s+(?:the\s+)?curtain\s+down\s+on\b"
    # "Marguerite will bow out with season 4", "'Kırmızı Kuyu' to bid farewell after 2 seasons"
    rf"|\bbow(?:s|ing)?\s+out\s+(?:with|after)\b"
    rf"|\b(?:to|will|set\s+to)\s+(?:bid\s+(?:\w+\s+)?farewell|say\s+(?:\w+\s+)?goodbye)\s+(?:after|with)\b"
    rf"|\b(?:bids|says)\s+(?:\w+\s+)?(?:farewell|goodbye)\s+after\s+(?:\w+\s+)?(?:seasons?|series)\b",
    F,
)
RESCUE = rule(
    # ("mountain-rescue drama", "a rescue drama": a show's subject, not a rescue of it)
    r"(?<![\w-])(saves?|saved|rescues|(?<=to\s)rescue|rescued|revived|revival|picked\s+up\s+by|picks\s+up|lands\s+at|"
    r"finds?\s+(a\s+)?(?:new\s+)?homes?|"
    r"moves?\s+to|moving\s+to|new\s+home)\b",
    F,
)
# A reversal on its own is a renewal: "isn't dead after all", "un-cancelled", "back from the dead"
REVERSAL = rule(
    r"\b(?:isn'?t|is\s+not|not)\s+dead\s+after\s+all|\bun-?cancell?ed\b|\buncanceled\b|"
    r"\bback\s+from\s+the\s+dead\b|\breverses?\s+(?:its\s+)?cancell?ation\b|\bresurrect(?:s|ed)\b|"
    r"\bsaved\s+(?:by|from)\b|\breverses?\s+course\b|"
    # "Citytv revives cult 2000s sitcom": a revival is a show's next season
    r"\brevives\b|\breviving\b|"
    # "NHK to revive 1990s detective drama 'Kagero'", not a wish ("wants to revive", "no plans to revive")
    r"(?<!wants\s)(?<!hopes\s)(?<!love\s)(?<!like\s)(?<!plans\s)(?<!not\s)(?<!desire\s)(?<!intention\s)"
    r"\b(?:to|will)\s+revive\b|\brevived\s+(?:by|at|for)\b|\b(?:gets?|getting|got)\s+(?:a\s+)?(?:\w+\s+)?revival\b|"
    r"\brevival\s+(?:is\s+)?(?:officially\s+)?(?:happening|announced|greenlit)\b|"
    # "'Pemberton Heights' Revival Lands at Peacock", "X Revival Set at Paramount+": a home for the revival
    r"\brevival\s+(?:is\s+)?(?:officially\s+)?(?:set|lands?|heads?|moves?|moving)\s+(?:at|to|on|for)\b|"
    # "Dana Whitlock Sets 'Copper Valley' Revival at Hulu"
    r"\b(?:sets?|lands?|gets?|announces?|orders?|greenlights?)\s+(?:\S+\s+){0,4}?revival\b|"
    # "Cult RTÉ comedy back for new series 12 years after axe": a return years after the end is a revival
    r"\bback\s+(?:for\s+(?:a\s+)?(?:new|another)\s+(?:series|season)\s+)?(?:\w+\s+){0,2}?(?:\d+|two|three|four|five|six|"
    r"seven|eight|nine|ten|twelve|fifteen|twenty)\s+years\s+after\s+(?:the\s+|its\s+|being\s+)?(?:axe|axed|cancell?ation|"
    r"cancell?ed|canceled|it\s+ended|ending|finale)\b|"
    # "Cult 1990s sitcom to return to TG4 after 25 years" (not a person's "returning to TV after three years")
    r"\b(?:returns?|returning|(?:is|are)\s+back|comes?\s+back|coming\s+back)\s+"
    r"(?:to\s+(?!tv\b|television\b|screens?\b|the\s+small\s+screen\b)\S+(?:\s+\S+)?\s+)?after\s+(?:more\s+than\s+)?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)\s+years\b|"
    # "Cancelled CBS drama rises from the ashes at Paramount+", "gets a second life"
    r"\brises?\s+from\s+the\s+ashes\b|\bgets?\s+(?:a\s+)?second\s+life\b",
    F,
)
CANCELLED = spread_rule(
    # ("how X survived the axe": escaped it)
    r"\b(cancel(s|led|ed|ing|lations?)?|canceled|(?<!survived\sthe\s)(?<!survives\sthe\s)axe[sd]?|axing|scrap(s|ped)|"
    r"pull(?:s|ed|ing)?\s+(?:the\s+)?plug|"
    # "as Harbour Kids walks the plank", "KBS to cut weekend drama 'X' short"
    r"walks?\s+the\s+plank|cut(?:s|ting)?\s+(?:\S+\s+){1,6}?short\b(?!\s+(?:film|story|list))|"
    r"won'?t\s+renew|will\s+not\s+renew|not\s+renewing|declines?\s+to\s+renew|passes\s+on\s+season|"
    # "Yle will not continue detective drama Kaamos" (not "will not continue as host": a person's exit)
    r"(?:won'?t|will\s+not|not\s+to)\s+continue\b(?!\s+(?:as|with|in|to|on)\b)|"
    r"(?:won'?t|will\s+not)\s+(?:be\s+)?bring(?:ing)?\s+back\s+(?:the\s+|its\s+)?(?!\w+\s+(?:character|role))|"
    # "'Foxglove' not renewed" (not "has not renewed", "not yet renewed": a wait the refusals read)
    r"(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bhas\s)(?<!\bhave\s)(?<!\bhad\s)(?<!\bwhy\s)"
    r"(?<!\bif\s)\bnot\s+renewed\b(?!\s+(?:yet|until|since)\b)|"
    # "will not be renewing X", "has decided not to renew X", "won't be renewed", "Neither will receive a season"
    r"(?:will\s+not|won'?t)\s+be\s+renew(?:ing|ed)|(?:decided|decides|chose|chosen|opted|opts|elected)\s+not\s+to\s+"
    r"renew|neither\s+(?:show\s+|series\s+|one\s+|of\s+them\s+)?will\s+(?:receive|get|see|have)\s+(?:a\s+)?"
    r"(?:\w+\s+)?(?:season|series)|"
    # ("won't be back until 2027": a delay, PRODUCTION_STRONG reads it)
    r"(?:won'?t|will\s+not)\s+(return|be\s+back|come\s+back|get\s+a)(?!\s+until\b)|"
    # "Peacock Won't Make Season 3"
    r"(?:won'?t|will\s+not)\s+(?:make|order|produce|film|commission)\s+(?:a\s+)?(?:\w+\s+)?(?:season|series)\b|"
    r"(?:would\s+not|wouldn'?t)\s+(?:return|be\s+back|come\s+back)|"
    r"not\s+returning|not\s+coming\s+back|killed\s+off\s+by|(?:to\s+)?go(?:es|ing)?\s+off[\s-]air|"
    # "was dropped despite solid ratings", but "season 3 dropped on Netflix" is a release
    r"(?:was|were|been|being|is|are|gets?|got)\s+dropped(?!\s+(?:on|in|onto|into|at)\b)|dropped\s+by|"
    # "The Cove returns, Outback Bake-Off dropped": a headline's clause that ends on it (not a release's "Trailer
    # dropped," or "Season 2 dropped.")
    r"(?<!trailer\s)(?<!teaser\s)(?<!poster\s)(?<!clip\s)(?<!episode\s)(?<!episodes\s)(?<!\d\s)(?<!it\s)"
    r"(?<=\w\s)dropped(?=\s*(?:$|[,;!]|\s[–—-]\s|\s+(?:after|amid|following|as)\b))|"
    r"drop(?:s|ped)\s+(?:\S+\s+){1,4}?from\s+(?:its|their|the)\s+(?:schedule|line-?up|slate)|"
    r"drop(?:s|ped)\s+(?:\S+\s+){1,5}?after\s+(?:just\s+)?(?:one|two|three|four|five|\d+)\s+(?:seasons?|series)|"
    r"ends?\s+after\s+(one|two|three|\d)\s+seasons?|"
    r"canned|(?:gets?|got|getting|given)\s+the\s+(?:axe|chop|boot)|bites?\s+the\s+dust|"
    # "…; Sunday Night Stakes folds", "quiz show folds after two series"
    r"(?:(?<=\w\s)|^)folds(?=\s*(?:$|[,;!]|\s+after\b))|"
    # "ITV gives Saturday quiz and sitcom the chop"
    r"gives?\s+(?:\S+\s+){1,6}?the\s+(?:axe|chop|boot)|"
    r"pass(?:es|ed)?\s+on|won'?t\s+(?:see|get|have|receive)\s+(?:a\s+)?(?:\w+\s+)?(?:season|series)|"
    r"will\s+not\s+(?:see|get|have)\s+(?:a\s+)?(?:\w+\s+)?(?:season|series)|"
    r"won'?t\s+be\s+returning|will\s+not\s+be\s+returning|dead\s+at|"
    r"(?:not|won'?t)\s+(?:be\s+)?(?:going|moving|go|move)\s+forward|decided\s+not\s+to\s+(?:move|go)\s+forward|"
    r"shuts?\s+(?:its|their)\s+(?:gates|doors)|culled|cull|part(?:s|ed)?\s+ways\s+with|"
    # "Prime Video calls time on the family drama"
    # "ZDF to close the book on X after current season", "LOVE ISLAND RIVAL X DUMPED AFTER JUST ONE SERIES"
    r"clos(?:e|es|ing)\s+the\s+book\s+on|dumped\s+after\s+(?:just\s+)?(?:one|two|three|four|\d+)\s+"
    r"(?:series|seasons?)|dumps?\s+(?:\S+\s+){0,3}?(?:show|series|drama|comedy|sitcom|quiz|soap)\b|"
    r"closed\s+down\s+by|swings?\s+the\s+axe|calls?\s+time\s+on\s+(?!(?:his|her|their)\s)|(?:is|are)\s+now\s+(?:finished|done|over)|"
    # "Three quick ones: Kiln is done, …": a headline's clause that ends on it (not filming's end)
    r"(?<!filming\s)(?<!shooting\s)(?<!production\s)(?<!season\s)(?<=\w\s)is\s+done(?=\s*(?:$|[,;!]))|"
    # a Spanish headline: "Movistar Plus+ cancela 'Los herederos del sur'"
    r"cancela|canceló|cancelada)\b"
    r"|^\s*no\s+(?:more|second|third|fourth|fifth|sixth|seventh|new|\d+(?:st|nd|rd|th))\s+(?:season|series)\b"
    r"|\bno\s+(?:more|second|third|fourth|fifth|sixth|seventh|new)\s+(?:season|series)\s+for\b",
    F,
)
RENEWED = spread_rule(
    # "Nickelodeon greenlights more Pip & Pogo": more of a show is its next season
    r"\b(?:orders?|ordered|greenlights?|greenlit|commissions?|commissioned)\s+more\s+(?=['‘\"“]|(?-i:[A-Z]))|"
    # (and a Spanish one's: "Telemundo renueva 'La Reina del Malecón'")
    # "Tidewater Lives On, Bloom Street Axed"
    r"\blives?\s+on\b(?!\s+(?:in|through|as)\b)|"
    # "Viaplay keeps 'Fjordlys' going"
    r"\bkeeps?\s+(?:[‘'\"“][^’'\"”]{1,60}[’'\"”]|(?-i:[A-Z])\S*(?:\s+(?-i:[A-Z])\S*){0,4})\s+(?:going|alive|around|on\s+air)\b|"
    r"\b(renew(s|ed|al|ing)?|renueva|renovó|renovada|re-?ups?|recommission(?:s|ed|ing)?|picks?\s+up\b.{0,60}?\b(season|seasons|series|more)|"
    r"picked\s+up\s+for|"
    r"picking\s+up\b.{0,60}?\b(season|more)|"
    r"(orders?|ordered|greenlights?|greenlit|green-?lit|gets?|getting|lands?|landing|scores?|earns?|commissions?|"
    r"commissioned|"
    r"recommissions?|recommissioned|receives?|receiving|to\s+receive)\s+(a\s+|an\s+|its\s+)?(\w+\s+){0,2}"
    r"(season|seasons|series|(?:second|third|fourth|fifth|sixth)\s+runs?)\b"
    r"(?![\s\d]*(premiere|trailer|teaser|release|debut|first|photos?|date))"
    r"|(returning|will\s+return|coming\s+back|to\s+return|returns|return|(?:will|to)\s+come\s+back)\s+"
    r"(?:to\s+\S+\s+(?:\S+\s+)?)?"
    # ("'Night Courier' to return with second season": a return to come, not one on a date)
    r"(?:for|(?<=\bto\sreturn\s)with|(?<=\bwill\sreturn\s)with)\s+(a\s+|an\s+|its\s+)?(\w+\s+){0,2}"
    r"(season|series|installment)"
    # "returns to FX for its eighth installment Wednesday, Sept. 12": a dated return is a premiere
    # ("Returns for Season 3 on Sunday, January 11": on a weekday too)
    r"(?![\s\d,]*(?:(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+)?(?:premiere|trailer|teaser|finale|release|"
    r"date|debut|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|on\s+"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)))"
    r"|(?:is\s+|been\s+)?given\s+(?:a\s+)?(?:\w+\s+)?(?:season|series)\b"
    # "Apple TV+ Sets Second Season Of Coastal Thriller 'Harbour'" (not "sets second season premiere date")
    r"|\bsets?\s+(?:a\s+)?(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+season\s+of\b"
    r"(?![^.]{0,80}\b(?:premiere|date|debut|trailer)\b)"
    r"|another\s+(?:season|series|run|batch|instal?lment)\b|more\s+seasons?|orders?\s+more\b|"
    # "will be back for a third series", "will be back next year for its 12th series"
    # ("Ironwood General back for Season 5": a title's own "back for", not "come roaring back for")
    # ("Bay Patrol 24/7, Love Lagoon back for 2026 on Nine": back for a year's schedule)
    r"(?:(?:will\s+be|is|are)\s+|(?-i:[A-Z0-9][\w'’!?.-]*)\s+)back\s+(?:(?:next\s+year\s+|in\s+\d{4}\s+)?for\s+"
    r"(?:a\s+|its\s+)?(?:\w+\s+)?(?:season|series)\b|for\s+(?:19|20)\d\d\b)|"
    # (not "confirms return date for series 3": the date of a season is its premiere)
    r"(?:confirms?|announces?)\s+(?:(?!(?:return|premiere|release|launch|air)\s+date\b)\S+\s+){0,6}?(?:season|series)\s+\d+\b"
    r"(?![\s\d]*(?:premiere|trailer|teaser|release|date|(?:return|launch|air)\s+date|debut|finale|cast|filming|production))|"
    # "Studio X announces sequels for 'A' and 'B'" (a TV anime's sequel is its next season)
    r"\bannounc\w*\s+(?:a\s+)?sequels?\s+(?:for|to)\b|\b(?:tv\s+)?anime\s+sequels?\b|"
    # "Mecha Gardener Mirai, Lantern Street Yokai and Salaryman Dragon Sequels Announced"
    r"\bsequels?\s+(?:officially\s+)?(?:announced|confirmed|revealed|greenlit)\b|"
    # "iQIYI confirms 'Jade Mirror' sequel", "X Returns With Brand-New TV Anime 14 Years After Season 2"
    r"\bconfirm(?:s|ed)?\s+(?:[‘'\"“][^’'\"”]{1,60}[’'\"”]\s+|(?-i:[A-Z])\S*\s+){1,5}sequel\b|"
    r"\breturns?\s+with\s+(?:a\s+)?(?:brand-?new|new)\s+(?:tv\s+)?anime\b|"
    r"\bannounc\w*\s+(?:the\s+)?production\s+of\s+(?:a\s+)?(?:sequel|second\s+season|new\s+season)\b|"
    # "'A' and 'B' are coming back, but …"
    r"\b(?:is|are)\s+(?:officially\s+)?coming\s+back(?=\s*(?:,|;|$|for\b|[–—]))|"
    # "Also coming back are northern mystery 'Toonik Lake' for a third season, …": the subject after its verb
    # (not a cast coming back: "Also returning are Jay, Chet and Jeremy")
    r"\b(?:also\s+)?(?:coming\s+back|returning)\s+(?:next\s+season\s+)?(?:are|is)\s+"
    r"(?=[^.;]{0,80}?\bfor\s+(?:a|an|its|their)\s+\w+\s+(?:season|series|run)\b)|"
    # "'A' and 'B' confirm second seasons"
    r"\bconfirm(?:s|ed)?\s+(?:a\s+)?(?:second|third|fourth|fifth|sixth|\d{1,2}(?:st|nd|rd|th)|new)\s+(?:season|series)s?\b"
    r"(?!\s+(?:premiere|trailer|teaser|release|date|debut|finale|cast|filming|production))|"
    # "Season 2 announced" (anime studios announce the next season), but not "season 2 announced for July"
    r"(season|series|part)\s+\d+\s+(is\s+)?(officially\s+)?(confirmed|official(?!\s+(?:trailer|teaser|clip|poster|"
    r"promo|first\s+look|images?|photos?|synopsis|key\s+art))|a\s+go|happening|announced)"
    r"(?!\s+(?:for|with\s+(?:a\s+)?(?:\w+\s+)?(?:date|premiere|release|debut)|to\s+(?:premiere|debut|arrive)))"
    # "AnimeJapan Day Two: Season 3 for Hoshizora Delivery, …": a later season announced for a title
    r"|\b(?:season|series|part)\s+(?:[2-9]|1\d|two|three|four|five|six)\s+for\s+(?=[‘'\"“]|(?-i:[A-Z]))"
    # (not a date: "Season 2 for January")
    r"(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Spring|Summer|Fall|Autumn|"
    r"Winter|Next|This|Later|Early|Late)\w*\b)"
    r"(?![^,;]{0,60}\b(?:premiere|trailer|teaser|date|debut|release|visual|poster|cast|filming|production)\b)"
    # "sparrowhawk s3 confirmed!!!": a fan's shorthand for the season
    r"|\bs\d{1,2}\s+(?:is\s+)?(?:officially\s+)?confirmed\b"
    # "TVING confirms 'Seoul Undercover 2'": a numbered sequel of a series is its next season
    r"|\bconfirm(?:s|ed)?\s+[‘'\"“][^’'\"”]{1,60}?\s(?:[2-9]|1\d)[,.]?[’'\"”]"
    r"|(?<!date\s)confirmed\s+for\s+(a\s+)?(\w+\s+)?(season|series|part)"
    # "would continue Brooklyn Nine-Nine with a 13 episode 6th season"
    r"|continue\s+(?:\S+\s+){1,5}?with\s+(?:a\s+)?(?:\S+\s+){0,3}?(?:season|series)\b"
    # "Netflix keeps 'Tierra Caliente' and 'Hermanas Ruiz' going"
    r"|keeps?\s+(?:\S+\s+){1,6}?going\b"
    # "CBC unveils its 2025-26 season with the return of Port Agnes and Lakehead" (not a dated return: a premiere)
    r"|\b(?:with|confirms?|confirmed|announces?|announced|including|includes)\s+the\s+return\s+of\s+"
    r"(?=[‘'\"“]|(?-i:[A-Z]))(?![^.;]{0,80}\b(?:premiere|date|debut|trailer|teaser|on\s+(?:Jan|Feb|Mar|Apr|May|Jun|"
    r"Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)))"
    # "ITV brings back Brimstone & Marsh for third series" (a character brought back is no season)
    r"|(?:brings?|brought|bringing)\s+back\s+(?:\S+\s+){0,6}?for\s+(?:a\s+|an\s+|its\s+)?(?:\w+\s+){0,2}?"
    r"(?:season|series|run)\b(?![\s\d]*(?:premiere|trailer|teaser|release|date|debut|finale))"
    # "Yle brings back cult sketch comedy 'X'": a kind of show brought back (not a character: "brings back Dr Y";
    # not "won't bring back the drama")
    r"|(?<!won't\s)(?<!wont\s)(?<!not\s)\b(?:brings?|brought|bringing)\s+back\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:comedy|drama|sitcom|quiz|soap|thriller|game\s+show|panel\s+show|sketch\s+show|"
    r"reality\s+show|talk\s+show)\b"
    r")",
    F,
)
# What shows join when they are ordered, not cast: "join the fall lineup"
_A_SCHEDULE = r"(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?(?:lineup|line-up|schedule|slate)\b"
NOT_A_SCHEDULE = rf"(?!\s+{_A_SCHEDULE})"
ORDERED = rule(
    r"\b(orders?|ordered|greenlights?|greenlit|green-?lit|green\s+light|go-?ahead|picks?\s+up|picked\s+up|"
    r"commissions?|commissioned|"
    r"series\s+order|pilot\s+order|straight[- ]to[- ]series|revival\s+(is\s+)?(confirmed|official|ordered)|"
    r"reboot\s+(confirmed|ordered)|confirms?\s+(?:\S+\s+){0,5}?(?:revival|reboot)|gives?\s+.{0,40}\s+series\s+order|"
    r"(is|are)\s+(officially\s+)?(a\s+go|happening)|lands?\s+series|"
    # "Broadway's 'The Paper Moon Revue' Heads to Apple TV+ as a Series": a work adapted for a network
    r"(?:heads?|moves?|goes|comes?|lands?)\s+to\s+(?:\S+\s+){1,3}?as\s+an?\s+(?:tv\s+|television\s+|limited\s+)?series|"
    r"sets?\s+(a\s+)?new\s+(\w+\s+){0,2}series|"
    # "Aberdeen author's debut novel Granite to become BBC Scotland drama": a work made into a series
    r"(?:to\s+become|will\s+become)\s+(?:an?\s+)?(?:new\s+)?(?:(?-i:[A-Z])[\w+&-]*\s+){0,2}(?:tv\s+|television\s+)?"
    r"(?:drama|series|comedy|thriller|sitcom|docuseries|miniseries|anime)\b|"
    # "'Dry County' Creator Ada Fenwick Sets Time-Loop Thriller at Apple TV+": a project set up at a network
    r"sets?\s+(?:[\w-]+\s+){0,3}?(?:drama|comedy|thriller|series|sitcom|docuseries|dramedy|adaptation)\s+(?:at|with)\s+"
    r"(?=(?-i:[A-Z]))|"
    # "'Deadwater Bay' and 'Smalltown Sheriff' join the lineup": new shows on a schedule, not a casting
    rf"join(?:s|ed)?\s+{_A_SCHEDULE}|"
    # "CBC adds northern drama 'Tamarack' to 2025-26 lineup": a new show on the schedule
    rf"adds?\s+(?:new\s+)?(?:[\w-]+\s+){{0,2}}?(?:drama|comedy|series|thriller|sitcom|show|docuseries)\s+[^.;]{{1,60}}?"
    rf"\bto\s+(?:(?:19|20)\d\d(?:[-–/]\d\d)?\s+)?{_A_SCHEDULE})\b",
    F,
)
WHEN_WORDS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"tonight|today|tomorrow|this\s+(?:week|fall|autumn|spring|summer|winter)|next\s+(?:week|month))\b"
)
PREMIERE_DATE = rule(
    r"\b(premiere\s+dates?|release\s+dates?|launch\s+date|start\s+date|sets?\s+([\w.]+\s+){0,3}(premiere|return|debut|"
    r"release|start|launch|airdate)|date\s+(announced|set|revealed|confirmed)|premieres?\s+(?:on\s+)?"
    + WHEN_WORDS
    + r"|(?:starts?(?:\s+up)?|begins?|debuts?|returns?)\s+(?:on\s+\S+(?:\s+\S+)?\s+)?(?:on\s+)?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?" + WHEN_WORDS + ")"
    # "Airdate: Two Dogs & A Ute": a listings site's label for a date set
    r"|^\s*air\s*dates?\s*:"
    # "'X' season 2 lands on HBO Max on September 18", "Season 3 release date out"
    r"|\b(?:lands?|arrives?|drops?|streams?|debuts?|premieres?|returns?|hits?|sets?\s+sail)\s+(?:on|to)\s+"
    r"(?:\S+\s+){1,3}?on\s+"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    + WHEN_WORDS
    + r"|\brelease\s+date\s+out\b|\bfecha\s+de\s+estreno\b"
    # "Channel 4 confirms return date", "reveals launch date"
    r"|\b(?:confirms?|confirmed|announces?|announced|reveals?|revealed|unveils?|unveiled)\s+(?:\w+\s+){0,2}?"
    r"(?:return|premiere|launch|debut|air|release)\s+date\b"
    # "Coupled Up Abroad Confirms January Return"
    # "New telenovela Ubuhle Bezwe lands on Mzansi Magic this April"
    # ("Pip and the Puddle Jumpers splashes back onto CBeebies in April")
    r"|\b(?:(?:lands?|arrives?|debuts?|premieres?)\s+on|back\s+on(?:to)?)\s+(?:\S+\s+){1,3}?(?:this\s+|next\s+|in\s+)"
    + WHEN_WORDS
    + r"|\b(?:confirms?|confirmed|announces?|announced|reveals?|revealed)\s+(?:its\s+|a\s+)?"
    + WHEN_WORDS
    + r"\s+"
    r"(?:return|premiere|launch|debut)\b",
    F,
)
PREMIERE = rule(
    r"\b(premieres?|premiered|premiere\s+date|sets?\s+([\w.]+\s+){0,3}(premiere|return|debut|release|date)|"
    r"release\s+date|returns?\s+(on|in|this|next|to)\b|coming\s+to\s+.{1,30}\s+(in|on)\s+[A-Z]|"
    r"arrives?\s+(on|in)|debuts?\s+(on|in)|launch(es)?\s+(on|in)|to\s+premiere|date\s+(announced|set|revealed)|"
    r"gets?\s+(a\s+|an?\s+\w+\s+|\w+\s+)?(premiere|release)\s+date|drops?\s+(on|in)\s+[A-Z]|"
    r"(?:fall|autumn|spring|summer|winter|midseason)\s+(?:(?:tv|premiere|release)\s+){0,2}(?:dates|schedule|slate|"
    r"line-?up)|(?:release|premiere)\s+schedule|"
    r"has\s+dated|dates\s+(?:its|the|their)|set\s+to\s+air\b|(?:begins|starts)\s+airing\b|"
    # "ITV finally confirms when period drama Marguerite will air"
    r"(?:confirms?|confirmed|reveals?|revealed|announces?|announced)\s+when\s+(?:\S+\s+){1,8}?(?:will|is\s+set\s+to)\s+"
    r"(?:air|premiere|debut|return|arrive|launch|hit\s+screens)\b|"
    # trade lingo: "TBS Sets Jan. 8 Bow for 'X'", "Crunchyroll dates 'X' Season 3 for January"
    r"sets?\s+(?:\S+\s+){0,3}?bow\b|dates\s+[‘'\"“]|"
    # "ITV CONFIRMS DATE FOR DAME CELIA'S SLEUTH RETURN"
    r"confirms?\s+(?:a\s+|the\s+)?(?:return\s+|premiere\s+|launch\s+|air\s+)?date\s+for\b|"
    # "Sawaal Lakhon Ka returns with season 4 on August 15"
    r"returns?\s+with\s+(?:its\s+|a\s+)?(?:\w+\s+)?(?:season|series)(?:\s+\d+)?\s+on\s+(?:(?:Mon|Tues|Wednes|Thurs|"
    r"Fri|Satur|Sun)day,?\s+)?" + WHEN_WORDS + "|"
    # "Marigold series 3 to begin on BBC One this month"
    r"(?:to\s+begin|to\s+start|to\s+stream|to\s+air|begins|starts)\s+on\s+(?-i:[A-Z][\w+]*)(?:\s+(?-i:[A-Z][\w+]*))?\s+(?:this|next|on|in|from)\b|"
    r"(?:finally\s+)?(?:has|gets|got)\s+a\s+(?:premiere\s+|release\s+)?date\b|"
    # "arrives April 9", "returns for season 2 on June 4", "kicks off its third season July 16"
    r"(?:arrives?|lands?|kicks?\s+off\s+(?:its\s+)?(?:\w+\s+)?(?:season|series)|returns?\s+for\s+(?:its\s+|a\s+)?"
    r"(?:\w+\s+)?(?:season|series)(?:\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten))?)\s+(?:on\s+)?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?" + WHEN_WORDS + "|"
    # "returns for its third season on June 12"
    r"returns?\s+for\s+(?:its|a|the)\s+\w+\s+(?:season|series)\s+on\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    + WHEN_WORDS
    + "))",
    F,
)
PRODUCTION_STRONG = rule(
    r"\b(?:(?:production|filming|shooting|cameras)\s+(?:has\s+|have\s+|is\s+|are\s+)?"
    r"(?:finish(?:es|ed)?|begins?|began|starts?|started|wraps?|wrapped|underway|under\s+way|resumes?|resumed|ends?|ended|"
    r"halted|paused|rolling|back\s+underway|gets?\s+under\s*way|got\s+back\s+underway|"
    r"is\s+complete|completed|kicks?\s+off|kicked\s+off)"
    # "'Barangay 143' wraps up taping for season 2"
    r"|wraps?\s+up\s+(?:taping|filming|shooting|production)\b"
    r"|(?:begins?|began|starts?|started|resumes?|resumed|wraps?|wrapped|completes?|completed|"
    r"commences?|halts?|halted|suspends?|suspended|pauses?|paused)\s+(?:(?:season|series)\s+(?:\d+|one|two|three|four|"
    r"five)\s+)?(?:production|filming|shooting)"
    # "… as season two wraps", "series 3 wraps in Belfast": a season's shoot ends
    r"|\b(?:season|series)\s+(?:\d+|one|two|three|four|five|six)\s+(?:officially\s+)?wraps\b(?!\s+up\s+(?:with|on))"
    # "ZDF thriller Nachtfalter wraps in Hamburg ahead of autumn launch": where a shoot ends
    r"|(?<=\w\s)wraps\s+(?:in|on\s+location\s+in)\s+(?-i:[A-Z])\w*"
    # "Storm forces halt to filming of ZDF crime drama"
    r"|\b(?:halt|pause|stop)\s+to\s+(?:production|filming|shooting)\b"
    r"|(?:returns?|returned|back)\s+(?:to|in|into)\s+production|(?:set\s+to|to)\s+wrap\s+"
    r"(?:filming|production|shooting)|(?:is|are|now|officially)\s+(?:officially\s+|now\s+)?"
    r"in\s+production|enters?\s+production|(?:goes|went|heads?)\s+into\s+production|"
    r"(?:set\s+to|to)\s+wrap\s+"
    r"(?:filming|production|shooting)|cameras\s+(?:are\s+|start\s+|begin\s+)?(?:rolling|roll|rolled)|"
    r"(?:it|that)'?s\s+a\s+wrap|(?:goes|went|gone|going)\s+on\s+(?:the\s+)?floors?\b|(?:finish(?:es|ed)?|complete[sd]?)\s+(?:filming|production|shooting)|"
    r"(?:last|final)\s+day\s+(?:of\s+)?(?:filming|shooting|production)|"
    # "cameras stop rolling after set floods", "wraps season two shoot", "wraps second season" (not "wraps season
    # 3 with a shock finale": an episode's end)
    r"cameras\s+(?:stop|stopped|stopping)\s+rolling|wraps?\s+(?:its\s+|the\s+)?(?:season|series)\s+\w+\s+"
    r"(?:shoot|filming|production)|wraps?\s+(?:its\s+|the\s+)?(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+"
    r"(?:season|series)\b(?!\s+(?:with|finale|on\s+a))|"
    r"(?:season|series|part)\s+(?:\d+|two|three|four|five)\s+(?:is\s+|has\s+been\s+)?(?:delayed|postponed|pushed\s+back|"
    r"pushed\s+(?:to|until|into)\s+(?:20\d\d|next|early|late))|"
    # "Movistar Plus+ halts shoot on 'Las Salinas' season 2", "kaalchakra season 2 shoot begins"
    # ("halts season two shoot in Budapest", "halts Budapest shoot")
    r"(?:halts?|halted|suspends?|suspended|pauses?|paused|wraps?|wrapped|begins?|starts?)\s+(?:the\s+|its\s+)?"
    r"(?:[\w-]+\s+){0,2}?shoot\b|"
    r"\bshoot\s+(?:begins|began|starts|started|wraps|wrapped|halted|resumes|is\s+underway|gets\s+underway)\b|"
    r"(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth)\s+(?:season|series)\s+(?:is\s+|has\s+been\s+)?"
    r"(?:delayed|postponed)|"
    # "won't be back until 2027 after season 2 delay", "ginrei no tsubasa season 2 anime delayed to january 2026"
    # "'Hush Money' returns to Albuquerque to film second season"
    r"\bto\s+(?:film|shoot)\s+(?:its\s+|a\s+|the\s+)?(?:\w+\s+)?(?:season|series)\b|"
    # "Movistar Plus+ pushes second season of 'Los Años Raros' to 2026"
    r"(?:push(?:es|ed)?|delays?|delayed|postpones?|postponed)\s+(?:the\s+|its\s+)?(?:second|third|fourth|fifth|"
    r"\d+(?:st|nd|rd|th)|next|new)\s+(?:season|series)\s+of\s+(?:[\w'‘’&:-]+\s+){1,5}?(?:back\s+)?(?:to|until|into)\s+"
    r"(?:20\d\d|early|late|next)|"
    # "Prime Video's Norse Saga Pushed to 2026 After Lead Actor's Injury"
    r"(?:pushed|delayed|postponed)\s+(?:back\s+)?(?:to|until|into)\s+(?:early\s+|late\s+)?20\d\d\b|"
    r"(?:won'?t|will\s+not)\s+(?:be\s+back|return)\s+until\s+(?:20\d\d|early|late|next|spring|summer|fall|autumn|"
    r"winter)|(?:season|series|part)\s+(?:\d+|two|three|four|five)\s+[\w-]+\s+(?:is\s+|has\s+been\s+)?(?:delayed|"
    r"postponed)\s+(?:to|until|into)\s+(?:20\d\d|early|late|next|spring|summer|fall|autumn|winter|" + WHEN_WORDS + r")|"
    # "Showmax pushes Ngoma season 2 to 2026": a season moved to a later date
    r"(?:push(?:es|ed)?|delays?|delayed|postpones?|postponed)\s+(?:[\w'‘’&:-]+\s+){0,5}?(?:season|series|part)\s+"
    r"(?:\d+|two|three|four|five)\s+(?:back\s+)?(?:to|until|into)\s+(?:20\d\d|early|late|next|spring|summer|fall|"
    r"autumn|winter)"
    # "Rai postpones return of X", "has postponed the third season of X": the date moved, nothing decided
    r"|(?:postpones?|postponed|delays?|delayed|push(?:es|ed)?\s+back)\s+(?:the\s+|its\s+)?(?:return|premiere|launch|"
    r"debut|(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|new|final)\s+(?:season|series))\s+of)\b",
    F,
)
PRODUCTION = rule(
    r"\b((begins?|began|starts?|started|commences?|kicks?\s+off|wraps?|wrapped|completes?|completed|"
    r"resumes?|halts?|halted|pauses?|paused|delays?|delayed|suspends?|suspended|shuts?\s+down)\s+"
    r"(production|filming|shooting)|(production|filming|shooting)\s+(has\s+)?(begins?|began|starts?|started|"
    r"wraps?|wrapped|underway|halted|delayed|shut\s+down|suspended|resumes?|paused|is\s+complete)|"
    r"cameras\s+(are\s+)?rolling|production\s+(delay|shutdown)|in\s+production|enters?\s+production|"
    r"table\s+read|set\s+photos?|"
    # ("Taping of Kapamilya teleserye put on hold after …")
    r"(production|filming|shooting|taping)\s+(?:on|of)\b.{0,60}?\b(begins?|began|starts?|started|wraps?|wrapped|halted|"
    r"delayed|shut\s+down|suspended|resumes?|paused|underway|put\s+on\s+hold)|"
    r"(?:production|filming|shooting|taping)\s+(?:(?:has\s+been|is|was)\s+)?(?:suspended|halted|put\s+on\s+hold)|"
    # "Priya Raman's late-night show goes dark as writers walk out": no new episodes made
    r"(?:show|series|programme|program)\s+goes\s+dark)\b",
    F,
)
TRAILER = rule(
    # ("a Florida trailer park" is a place)
    r"\b(trailers?(?!\s+parks?\b)|teasers?|first[- ]look|sneak\s+peek|promo|first\s+(images?|photos?|footage)|"
    r"new\s+(images?|photos?|footage|look)|(photos?|images?|stills)\s+(reveal|show|tease)\w*)\b",
    F,
)
CASTING = spread_rule(
    rf"\b(joins?{NOT_A_SCHEDULE}|joined{NOT_A_SCHEDULE}|joining|to\s+star|will\s+star|boards?|boarded|cast\s+(as|in)|casts\s+(?=(?-i:[A-Z]))|"
    r"casts?\s+(?:its|their|a|an|the)\s+(?:new\s+)?(?:\w+\s+){0,2}?(?:leads?|leading\s+(?:lady|man)|star|villain|"
    r"big\s+bad|role|hero|heroine)|"
    r"cast\s*[:–—]\s*(?=(?-i:[A-Z]))|(?:is|been|was|were)\s+cast|casting\s+(?:news|call|update|announcement)|"
    r"casting\s+(?:begins|began|starts|started|opens|is\s+underway|has\s+begun)|(?:begun|begins|began|starts)\s+casting|"
    r"(?:rounds?|rounded|rounding)\s+out\s+(?:the\s+|its\s+)?cast|"
    r"new\s+cast\s+members?|(?:season|series)\s+\d+\s+cast\s+(?=(?-i:[A-Z]))|[:–—]\s+(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,2}\s+"
    r"(?:returns|will\s+return)\s*$|"
    r"tapped\s+(to|for|as)|(?:set\s+to\s+|will\s+)?recur\s+(?:on|in)\b|(?:to|will)\s+(?:headline|front|lead)|"
    # "Caracol TV taps Valentina Ospina to play vallenato queen in 'La Cantadora'"
    r"taps?\s+(?:\S+\s+){1,4}?to\s+(?:play|star|lead|host|front)\b|"
    # "'Bellwether' Taps Priya Castellano for Major Season 2 Role", "to play title role in", "casts former Hollyoaks
    # star as new detective"
    r"taps?\s+(?:\S+\s+){1,4}?for\s+(?:\S+\s+){0,4}?roles?\b|to\s+play\s+(?:the\s+)?(?:title|lead|leading|main)\s+role|"
    # "ananya rao to play new hostel warden in kota nights season 3"
    r"to\s+play\s+(?:a\s+|an\s+|the\s+)?(?:new\s+)?(?:\S+\s+){1,3}?in\s+(?=\S)|"
    r"casts?\s+(?!its\s+net\b)(?:\S+\s+){1,6}?as\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:new\s+)?(?-i:[a-z])\w*|"
    # "Taps Tony Winner Lorraine Mbeki for Season 2 Recurring Role"
    r"(?:recurring|guest(?:-starring)?|guest\s+starring|leading|lead|main|starring|series[- ]regular)\s+roles?|"
    r"(?:confirmed|set|named|announced)\s+as\s+(?:the\s+)?(?:new\s+)?(?:leads?|stars?|villain|host)|promotes?\s+(?:\w+\s+){0,3}?(?:stars?|actors?|cast)|"
    r"exits?|exited|exiting|leaves?|leaving|departs?|departing|departure|"
    # "Coronation Street star quits after 20 years"
    # ("Sunset Point star Jess Harlow quits after 12 years", "SOAP LEGEND MAUREEN TOLLEY QUITS")
    r"(?:star|actor|actress|lead|host|presenter|legend|icon|favourite|favorite)s?\s+(?:[\w'’-]+\s+){0,3}?(?:quits?|quitting|"
    r"steps?\s+down|bows?\s+out)|"
    # "rohan malhotra quits dil ki gali after three years, makers hunt for new lead"
    r"quits?\s+(?:\S+\s+){1,6}?after\s+(?:\w+\s+){1,2}?(?:years?|seasons?|series)|"
    r"(?:hunt|search|look)(?:s|ing)?\s+for\s+(?:a\s+)?new\s+(?:lead|star|host|presenter)|"
    r"replaces?|replaced|replacing|steps?\s+down\s+(?:as|from)|stepping\s+down|"
    # "X out as host of 'Y', Z takes over"
    r"out\s+as\s+(?:host|presenter|showrunner|star|lead)|takes?\s+over\s+(?:as\s+)?(?:host|presenter|showrunner)?|"
    r"won'?t\s+return\s+as|recasts?|recasting|series\s+regular|promoted\s+to|adds?(?!\s+up\b)|added\s+to|"
    r"(?:new|recurring)\s+characters?|"
    r"signs?\s+on|lands?\s+(a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(role|lead|part)|"
    # "Olympic swimmer makes acting debut in Coral Reach"
    r"(?:makes?|making|made|to\s+make)\s+(?:her\s+|his\s+|their\s+)?(?:acting|screen|tv|television)\s+debut\s+in)\b",
    F,
)

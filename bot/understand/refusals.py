"""Refusals: what makes an article no news for an alert (listicles, explainers, speculation, guides, negations,
films, business, awards, ratings), tried in order before any event rule."""

from __future__ import annotations

import re

from bot.understand.callmemo import per_call
from bot.understand.prefilter import WordGroup, prefiltered, prefiltered_branches

F = re.IGNORECASE
# Shows counted or listed in a listicle's headline ("10 Anime That Got Cancelled Way Too Soon")
_KINDS = r"(?:shows|series|dramas|comedies|sitcoms|anime|k-?dramas|telenovelas|soaps|cartoons|miniseries|docuseries)"

_REFUSALS = [
    (
        "review",
        re.compile(
            r"^\s*(review|recap|ranked|ranking|stream\s+it\s+or\s+skip\s+it)\b|\b(review|recap|reviewed)\s*[:|–—,-]|\brecap\b|"
            r"\breview\b(?!\s+(?:board|"
            r"process))",
            F,
        ),
    ),
    (
        "listicle",
        re.compile(
            rf"^\s*(?:the\s+)?(?:\d{{1,3}}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+"
            # (not a network named by its number: "Seven drops X after two seasons")
            rf"(?!(?:drops|renews|axes|cancels|orders|commissions|unveils|announces|confirms|has|is)\s)"
            rf"(?:[\w'’-]+\s+){{0,4}}?(?:tv\s+)?(?:{_KINDS}|seasons|episodes|things|reasons|"
            rf"moments|pilots|pilot\s+passes|characters|spinoffs|titles|originals|programmes|programs|cancellations)\b"
            rf"|^\s*(?:the\s+)?(?:best|worst|greatest|top|biggest|most)\b"
            rf"|(?:^|[:|–—]\s*)(?:every|all\s+the|all)\s+(?:[\w'’-]+\s+){{0,4}}?(?:tv\s+)?(?:shows?|series|dramas|comedies)\b"
            rf"|\bthat\s+(?:blindsided|shocked|stunned|broke|devastated|surprised|divided|angered)\s+(?:fans|viewers)\b"
            rf"|\b(?:all|every)\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:tv\s+)?{_KINDS}\s+"
            rf"(?:that|which|ending|ended|cancell?ed|canceled|renewed|returning|coming)\b"
            # (not an order: "Orders 3 Dramas to Series")
            rf"|(?<!channel\s)\b\d{{1,3}}\s+(?:[\w'’-]+\s+){{0,3}}?(?:tv\s+)?{_KINDS}\s+(?:that|which|we|you|"
            rf"to(?!\s+series\b)|of)\b"
            # "We Asked Readers Which Cancelled Shows They Still Miss"
            rf"|\bwhich\s+(?:[\w'’-]+\s+)?(?:cancell?ed|canceled|axed)\s+{_KINDS}\b|\b{_KINDS}\s+(?:they|you|we)\s+still\s+miss\b"
            rf"|\b(?:tv\s+)?{_KINDS}\s+(?:that|which)\s+(?:were|was|should|didn'?t|did\s+not|"
            rf"only|got|"
            rf"deserved|never|ended|are|we|you)\b"
            rf"|\b(?:has|have|had)\s+(?:\d{{1,3}}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w'’-]+\s+){{0,2}}?"
            rf"(?:{_KINDS}|originals)\b"
            rf"|\b(?:cancell?ed|canceled|axed|ended|renewed)\s+(?:tv\s+)?{_KINDS}\s+"
            rf"(?:after|of|in|that|so|this|we)\b"
            rf"|\b(?:shows|series)\s+(?:cancell?ed|canceled|ending|ended)\s+(?:in|so\s+far|this\s+year|too\s+soon)\b"
            rf"|\b(?:ranked|rankings?|round-?up|listicle|in\s+development)\b|\bcancell?ation\s+watch\s*:|"
            rf"\bwatch\s+list\b"
            # "Gone too soon: 8 telenovelas that were cancelled before their time", "One-Season Wonders That Deserved
            # a Renewal"
            rf"|\b(?:gone|axed|cancell?ed|canceled)\s+(?:way\s+|far\s+)?too\s+soon\b|\bbefore\s+their\s+time\b|\bone-season\s+wonders\b|"
            rf"\bdeserved\s+(?:a|another|better|more)\b",
            F,
        ),
    ),
    (
        # where and how to watch, a catalogue's comings and goings: service pages, not decisions
        "guide",
        re.compile(
            r"\b(?:where|how)\s+to\s+(?:watch|stream)\b|\bwhere\s+(?:every|each|all)\b[^.:;]{0,40}\bstands?\b|"
            r"\brenewal\s+status\b|\b(?:cancell?ation|renewal)\s+(?:scorecard|tracker)\b(?!\s*:)|"
            r"\bstreaming\s+(?:info|guide|details)\b|"
            # "A Complete Guide to The Recruit Season 2 Cast"
            r"\b(?:complete|full|ultimate|visual|quick|handy)\s+guide\s+to\b|"
            r"\bwhat\s+time\s+(?:does|is|will)\b|\bwhat\s+to\s+watch\b|"
            r"\bleaving\s+(?:netflix|hulu|max|hbo\s+max|prime\s+video|disney\+|peacock|paramount\+|apple\s+tv\+?)"
            r"\b(?!\s+(?:for|after|to\s+(?:join|star)))|"
            r"\b(?:new|coming)\s+(?:to|on)\s+\S+\s+this\s+(?:week|weekend|month)\b|"
            # one night's schedule: "Wharf Street cancelled tonight as ITV shakes up schedule for the final"
            r"\b(?:cancell?ed|canceled|axed|pulled|dropped|off\s+air|replaced)\s+(?:tonight|today|this\s+evening)\b|"
            r"\b(?:pulled|dropped|removed)\s+from\s+(?:tonight'?s?|the)\s+(?:schedule|line-?up)\b|"
            r"\bshakes?\s+up\s+(?:its\s+|the\s+)?schedule\s+for\b|"
            # "Why isn't Last Orders on BBC One tonight? Teatime quiz cancelled for snooker"
            r"\b(?:not|isn'?t|won'?t\s+be)\s+(?:\S+\s+){0,4}?on\s+(?:\S+\s+){0,3}?tonight\b|\b(?:cancell?ed|canceled|axed|pulled|dropped|"
            r"replaced)\s+(?:for|because\s+of|due\s+to|to\s+make\s+way\s+for)\s+(?:the\s+|live\s+)?(?:snooker|football|"
            r"cricket|tennis|golf|racing|darts|rugby|news|coverage|sport)\b",
            F,
        ),
    ),
    (
        "explainer",
        re.compile(
            r"^\s*(?:why|how)\b|^\s*what\s+(?:happened|to\s+know|we\s+know|you\s+need)\b|"
            r"\b(everything we know|what we know|all we know|what to expect|here'?s what we know|"
            r"release date,? cast|cast,? (?:plot|release)|news,? cast|everything you need to know|"
            r"plot,? cast|explained)\b|"
            # "Air Date, Leaked Trailer, New Cast And Possibilities": a page that gathers, not news
            r"\b(?:release|air|premiere)\s+date\s*,\s+(?:[\w'’\[\]]+\s+){0,2}?(?:cast|trailer|plot|spoilers|"
            r"news|rumou?rs|predictions|possibilities|details|updates|story)\b|\blatest\s+updates\b|"
            # "Season 2: Release date speculation, cast and latest news"
            r"\b(?:release|air|premiere)\s+date\s+speculation\b|\bcast\s+and\s+latest\s+news\b",
            F,
        ),
    ),
    (
        # a column's view, not a decision: "Opinion: RTÉ would be mad not to renew X"
        "opinion",
        re.compile(
            r"^\s*(?:opinion|column|op-ed|editorial|commentary|essay|analysis|hot\s+take|my\s+take)\s*[:|–—-]|"
            r"\bwould\s+be\s+(?:mad|crazy|foolish|wrong|silly)\s+(?:not\s+)?to\b|"
            r"\bneeds?\s+to\s+stop\s+(?:cancell?ing|canceling|axing|renewing)\b|"
            # "Streamers, please stop cancelling shows before we've had time to love them"
            r"\bplease\s+stop\s+(?:cancell?ing|canceling|axing|killing)\b|"
            # "Streamers cancel shows before we've even finished them": a habit judged
            r"^\s*(?:streamers|networks|broadcasters|platforms|studios)\s+(?:keep\s+|always\s+|now\s+)?(?:cancel|axe|kill|"
            r"drop)\w*\s+(?:\w+\s+)?(?:shows|series|dramas|comedies)\b|"
            # "Channel 4 was wrong to axe X", "X should never have been cancelled": a judgement of a past decision
            r"\b(?:was|were|is|are)\s+(?:wrong|right|mad|foolish|a\s+mistake)\s+to\s+(?:axe|cancel|scrap|drop|end|renew)\b|"
            r"\bshould(?:n['’]t|\s+not|\s+never)\s+have\s+(?:been\s+)?(?:axed|cancell?ed|canceled|scrapped|dropped|ended)\b",
            F,
        ),
    ),
    (
        # a release on disc: "Twice Shy - 'The Complete Series' Coming to DVD in October"
        "home media",
        re.compile(r"\b(?:on|to)\s+(?:DVD|Blu-?ray|4K\s+UHD)\b|\b(?:DVD|Blu-?ray)\s+(?:release|box\s*set)\b", F),
    ),
    (
        # a night's figures: "Overnights: X finale serves up 1.2m as recently renewed Y slips"
        "ratings report",
        re.compile(
            r"^\s*(?:overnights?|(?:tv\s+|final\s+|weekend\s+|overnight\s+)?ratings|fast\s+nationals)\s*[:|–—-]", F
        ),
    ),
    (
        # "Netflix greenlights sequel to its action hit Paper Lanterns": a film's sequel, not a series
        "film sequel",
        re.compile(
            # "Lionsgate Greenlights 'Nine Lives Left' Sequel": a quoted title's sequel is a film's, unless a series'
            r"[’'\"”]\s+sequel\b(?!\s+(?:series|season|anime|show))|"
            r"\bsequel\s+to\s+(?:its\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:hit|blockbuster|film|movie)\b"
            r"(?!\s+(?:series|show|drama|comedy|sitcom|thriller|anime))",
            F,
        ),
    ),
    (
        "speculation",
        re.compile(
            r"^\s*(will|could|should|would|is|are|does|do|did|has|have|when will|why|how|what)\b[^.?]{0,200}\?|"
            # "X season 3: Will there be another series on Netflix?"
            r"[:–—]\s*(?:will|could|is|are|when\s+will)\s+(?:there|it|they|the\s+show|the\s+series)\b[^.?]{0,120}\?|"
            r"\b(renewed|cancell?ed|canceled|returning|coming back|ending|over|back|last|final|done|happening)\?|"
            # ("The rumours were true:", "Petition Pays Off:": a kicker before the confirmed news)
            # (not a decision taken despite one: "cancels drama despite fan campaign")
            r"\b(theories|predictions|(?<!despite\s)(?<!despite\sa\s)fan campaign|petition(?!\s+(?:pays|paid)\s+off)|"
            r"rumou?rs?(?!\s+(?:were|are|was|is|proved?|turned\s+out)\s+(?:true|right|correct|confirmed))|"
            r"could return|might return|"
            r"hopes? for|wants? (a|another)|odds of|chances of|may have|might have|"
            # "Jane Doe 'hopes' 'Saltmarsh' gets a third season"
            r"hop(?:e|es|ing)['’\"]?\s+(?:that\s+)?(?:\S+\s+){0,5}?(?:gets?|get|returns?|will|comes?\s+back|can)|"
            r"(?:may|might|could)\s+(?:still\s+|well\s+|now\s+|yet\s+)?be|"
            r"is\s+it\s+(?:renewed|cancell?ed|canceled|coming\s+back|returning)|"
            r"renewed\s+or\s+(?:cancell?ed|canceled)|(?:cancell?ed|canceled)\s+or\s+renewed|"
            r"(?:might|could|may)\s+(?:get|finally\s+get|come|happen|see)|"
            r"could be|let (?:\S+\s+){0,3}slip|hints? (?:at )?(?:a |an )?(?:renewal|season|return)|"
            r"teases? (?:a |an )?(?:renewal|return|season)|(?<![‘'\"“])pitch(?:es|ed)?(?!-)|in talks|eyes?|eyeing|"
            r"nearing (?:a )?deal|in the works|in development|developing|wish ?list)\b|"
            r"\bfinale\s*[:|]"
            # "Disney+ cancels X? Not quite": the headline answers its own claim with a no
            r"|\?\s*(?:not\s+(?:quite|so\s+fast|exactly|yet|really)|think\s+again|nope|no\b|wrong)"
            # fans' fears and rumours reported as a story: "fans fear show has been AXED", "sparks axe fears"
            r"|\b(?:fans?|viewers)\s+(?:\w+\s+){0,2}?(?:fear|fears|feared|worry|worried|worries|panic|panicked|"
            r"think|thinks|believe|believes|theori[sz]e|convinced|speculate|suspect)\b|\b(?:sparks?|fuels?|raises?|prompts?|stokes?)\s+(?:\w+\s+){0,2}?"
            r"(?:fears?|speculation|rumou?rs?|concerns?)\b|\b(?:axe|cancell?ation|future)\s+fears?\b|"
            r"\bstays?\s+(?:silent|quiet|tight-lipped)\b|"
            r"\b(?:un)?likely\s+to\s+(?:be\s+)?(?:renewed|cancell?ed|canceled|axed|picked\s+up|return|end)\b|"
            r"\bon\s+the\s+bubble\b|\bheading\s+(?:for|towards?)\s+(?:cancell?ation|renewal|the\s+axe)\b|"
            r"\brenew\s*/\s*cancel\b|\b(?:cancell?ation|canceled|renewal)\s+bubble\b|\bbubble\s+watch\b|"
            # the decision is only what reports said: "… following reports that X has been cancelled"
            r"\b(?:following|amid|after|despite)\s+reports?\s+that\s+(?:\S+\s+){1,8}?(?:has|had|have|was|were|is|are)"
            r"\s+(?:been\s+)?(?:cancell?ed|canceled|axed|scrapped|renewed)\b",
            F,
        ),
    ),
    (
        # (apart from the rest, so that their common words do not open the large pattern above to every text)
        "speculation",
        re.compile(
            # "as renewal talks continue": a decision still being talked over
            r"\brenewal\s+(?:talks|negotiations)\b|\btalks\s+(?:continue|are\s+ongoing)\b|"
            # looking back at a decision made long ago: "recalls the moment she learned the show was cancelled",
            # "years after the series was cancelled"
            r"\b(?:recalls?|remembers?|looks?\s+back\s+(?:at|on)|reflects?\s+on|reveals?\s+the\s+moment)\b[^.]{0,60}"
            r"(?:cancel\w*|axed|ended|ending|finale)|\b(?:years?|decades?|months?)\s+after\s+(?:the\s+)?"
            r"(?:[\w'’-]+\s+){0,3}?(?:was|were|got|had\s+been|being)\s+(?:cancell?ed|canceled|axed|ended)\b|"
            # "cast reunites 10 years after ABC's shock cancellation"
            r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty)\s+years\s+(?:after|since)\s+"
            r"(?:[\w'’-]+\s+){0,3}?(?:cancell?ation|axing|finale|ending|(?:(?:was|were|got)\s+)?(?:axed|cancell?ed|canceled|"
            r"scrapped|dropped)|pulled\s+the\s+plug|(?:it\s+)?got\s+the\s+(?:chop|axe|boot))\b|"
            # "creator still gets letters about NBC's cancellation", "'…': star looks back on Kilowatt"
            r"\bstill\b[^.;:]{0,40}?\b(?:cancell?ation|axing)\b|\blooks?\s+back\s+(?:at|on)\b|(?<!original\s)\bcast\s+reunit(?:e|es|ed)\b|"
            # "Canceled in 2019, 'X' Is Suddenly Netflix's No. 2 Show": a dated old decision opening the headline
            r"^(?:cancell?ed|canceled|axed|ended|renewed|scrapped)\s+(?:back\s+)?in\s+(?:19|20)\d\d\s*,|"
            # an interview about an old decision: "on life after X was axed", "still thinks about X getting canceled"
            # "X star on life after the RTÉ drama", "voice actor on the show's 2009 cancellation"
            r"\bon\s+life\s+after\b|\bon\s+the\s+day\s+(?:\S+\s+){1,3}?(?:cancell?ed|canceled|axed|ended)\b|"
            r"\bon\s+(?:the\s+show['’]s|the\s+series['’]?|its|their|his|her|the|(?-i:[A-Z][\w+&.!-]*)['’]s)\s+"
            r"(?:(?:19|20)\d\d\s+|shock\s+|sudden\s+|abrupt\s+)?(?:cancell?ation|axing)\b|"
            # "the axing that ended Ten's outback drama 15 years ago", "how the sitcom the BBC nearly axed"
            r"\b(?:cancell?ation|axing|cancell?ed|canceled|axed|ended)\b[^.;:]{0,50}?\b(?:\d+|two|three|four|five|six|"
            r"seven|eight|nine|ten|twenty|many)\s+years\s+ago\b|\b(?:nearly|almost)\s+(?:axed|cancell?ed|canceled|scrapped)\b|"
            r"\b(?:life|career|moving\s+on)\s+after\s+(?:[\w'’&-]+\s+){0,4}?(?:was|were|got)\s+"
            r"(?:axed|cancell?ed|canceled)\b|\b(?:thinks?|talks?|opens?\s+up|speaks?)\s+(?:\w+\s+){0,2}?about\s+"
            r"(?:[\w'’&-]+\s+){0,5}?(?:getting|being)\s+(?:axed|cancell?ed|canceled)\b|"
            # a wish, not a decision: "Fans call on Showmax to renew 'X'", "petition to save Y"
            r"\b(?:fans?|viewers|petition|campaign)\s+(?:\w+\s+)?(?:call|calls|urge|urges|beg|begs|demand|demands|"
            r"plead|pleads|want|wants|push|pushes)\b|\bpetition\s+to\s+(?:save|renew|revive)\b|"
            # an opinion on a habit: "RTÉ keeps cancelling the wrong shows"
            r"\bkeeps?\s+(?:on\s+)?(?:cancell?ing|canceling|axing|renewing)\b|"
            # "Australian TV is cancelling its best shows before …": a habit judged, not a decision
            r"\b(?:is|are)\s+(?:cancell?ing|canceling|axing)\s+(?:its|their|all\s+the|too\s+many|so\s+many)\s+"
            r"(?:\w+\s+)?(?:shows|series|dramas|comedies)\b|"
            # "blackthorn season 3 will bbc bring back the rural crime drama": a slug's question
            r"\bwill\s+\S+\s+(?:bring\s+back|renew|cancel|axe|recommission)\b|"
            # still feeling an old decision: "still grieving show's cancellation 11 years later", "still doesn't
            # know why Fox cancelled the show"
            r"\b(?:cancell?ation|cancell?ed|canceled|axing|axed)\W+(?:\w+\W+){0,2}?"
            r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|many)\s+years\s+later\b|"
            r"\bstill\s+(?:grieving|mourning|bitter|upset|doesn'?t\s+know\s+why|don'?t\s+know\s+why|has\s+no\s+idea\s+why|"
            r"(?:does|do)\s+not\s+know\s+why|wonders?\s+why|haunted)\b|"
            # a fan forum's guess: "anyone else think hulu is gonna cancel wildflower after s2??"
            r"\banyone\s+else\s+(?:think|thinks|feel|worried|notice)\b|\bgonna\s+(?:cancel|renew|axe|end|get)\b|"
            # an interview's topics: "Mia Tran on Lakeshore Drive, network notes, and the cancellation she never saw
            # coming", "'…': Cathal Madden on fame, failure and starting again"
            r"(?:^|[:’'\"”]\s+)(?-i:[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+){1,2})\s+on\s+[^.?!:;]{1,60}?,\s+[^.?!:;]{1,60}?"
            r"\s+and\s+(?:the\s+|her\s+|his\s+|their\s+)?[a-z]",
            F,
        ),
    ),
    (
        "negation",
        re.compile(
            r"\bnot\s+(?:been\s+|being\s+)?(?:axed|cancell?ed|canceled|scrapped|ending|over|dead|"
            r"going\s+anywhere)\b|\b(?:deny|denies|denied|dismiss(?:es|ed)?|shoots?\s+down|slams?)\b"
            r".{0,60}\b(?:reports?|rumou?rs?|claims?|happening|axed|axing|cancell?ed|canceled|cancell?ing|"
            r"scrapping|season|series)\b|"
            r"\b(hasn'?t|has not|haven'?t|have not|isn'?t|is not|wasn'?t|was not|not yet|not been|"
            r"no word|no news|no decision|yet\s+to(?:\s+be)?|still waiting|still no|denies|denied|debunks?|"
            # ("is not renewing X" is a decision, not a wait: CANCELLED reads it)
            r"no plans)\b(\s+\w+){0,3}\s*(renew(?!ing)|cancel|picked|order|greenlit|decision|word|season|news)|"
            # (a bare "'Foxglove' not renewed" is a decision: CANCELLED reads it; "not yet renewed" waits)
            r"\bnot\s+(?:(?:yet|been|officially)\s+)+renewed\b|"
            r"\bnot\s+(yet\s+)?(been\s+)?(officially\s+)?(cancell?ed|canceled|picked\s+up|ordered)\b|"
            r"\b(?:is|are|was|were|has|have|had|why|if|whether)\s+not\s+renewed\b|"
            # "has not yet announced whether X will return", "it is unclear if": the decision is still to come
            r"\b(?:not\s+(?:yet\s+)?|yet\s+to\s+)(?:officially\s+)?(?:announced?|confirmed?|decided?|revealed?|said|say)\s+"
            r"(?:whether|if)\b|\b(?:unclear|unknown|undecided|no\s+word\s+on|remains\s+to\s+be\s+seen)\s+(?:whether|if)\b",
            F,
        ),
    ),
    # a stage show's news: "The Lamplighter extends West End run", "to star in West End transfer of X", "stage
    # musical", "Broadway production"
    (
        "theatre",
        re.compile(
            r"\b(?:west\s+end|broadway|off-broadway|stage|theatre|theater)\s+(?:run|transfer|production|revival|"
            r"musical|play|debut|tour|show)\b|\bextends?\s+(?:its\s+)?(?:\w+\s+){0,2}run\b|"
            # "The Lantern Boys musical cancels remaining UK tour dates"
            r"\bmusical\s+(?:cancels|cancell?ed|canceled|axed|tour)\b|\btour\s+dates\b|"
            # "Revival Cancels Remaining Performances, Will Close Sunday"
            r"\b(?:remaining|all|final|sold-out|west\s+end|broadway)\s+(?:broadway\s+|west\s+end\s+|stage\s+)?"
            r"performances\b|"
            # "London transfer cancelled", "and it's heading to the West End"
            r"\b(?:london|uk|us|new\s+york)\s+transfer\b|\b(?:heading|heads|transfers?|transferring|moving|moves|bound)"
            r"\s+(?:to\s+)?(?:the\s+)?west\s+end\b",
            F,
        ),
    ),
    ("film", re.compile(r"\b(box office|film|movie|feature film|theatrical|theaters|cinemas?|biopic)\b", F)),
    (
        "business",
        re.compile(
            # a game made from a show is no series: "Steel Harvest gacha game cancelled"
            r"\b(?:video|mobile|gacha|console|card|board)\s+games?\b|"
            # "DepEd cancels pilot program for 4-day school week": a trial scheme, not a TV pilot
            r"\bpilot\s+(?:program|programme|scheme|project|study|phase)s?\b|"
            r"\b(stock|investor\s+day|earnings\s+call|shares\s+(?:rose|fell|jumped|dropped|slid|surged|plunged|climbed|tumbled|"
            r"slide|slip|sink|fall|jump|rise|soar|surge|tumble|plunge|"
            r"are|were|of)|earnings|quarterly|subscribers|subscription|prices?|price hike|"
            r"ad tiers?|layoffs|merger|acquisition|revenue|profit|smartphone|phones?|foldable|battery|batteries|"
            # "League renews TV deal with Fox Sports": rights deals, not a series
            r"(?:tv|television|broadcast|media|streaming)\s+(?:rights\s+)?(?:deal|agreement|contract|partnership)s?|"
            # "… Announce Multi-Year Carriage Renewal": a cable operator keeps carrying channels
            r"carriage\s+(?:renewal|agreement|deal|dispute|pact|contract)s?|"
            # "Meridian renews CEO Hollis's contract": an executive's contract, not a series
            r"(?:ceo|coo|cfo|cto|chief\s+(?:executive|operating\s+officer|financial\s+officer|content\s+officer)|chairman|"
            r"chairwoman|chair|president|director-general|boss|executive|head\s+of\s+\w+)(?:['’]s)?\s+"
            r"(?:[\w'’-]+\s+){0,2}?contract|"
            # "spotify cancels true-crime podcast 'X'": another medium's show (a series based on one is TV news)
            r"(?<!based\son\s)(?<!from\s)(?<!\bof\s)(?<!hit\s)(?:iheart)?podcasts?(?!\s+(?:adaptation|series))|"
            r"audioboom|wondery|acast|"
            r"battle\s+pass|new\s+maps?|patch\s+notes|esports|"
            # "Console Sequel Is Cancelled" (a stage show's news is the "theatre" refusal's)
            r"console\s+(?:sequel|version|port))\b",
            F,
        ),
    ),
    (
        # another medium: "Radio 4 recommissions village-hall sitcom Parish Notices" ("Radio Times" is a TV magazine)
        "radio",
        re.compile(
            r"\b(?:BBC\s+)?Radio\s+(?:[1-6]|One|Two|Three|Four|Five|Scotland|Wales|Ulster)\b(?!\s+(?:Times|TV))",
            F,
        ),
    ),
    (
        # sport called off: "Wellington T20 cancelled without a ball bowled", "NRL trial … cancelled"
        "sport",
        re.compile(
            r"\b(?:T20|ODI|test\s+match|football\s+match|rugby\s+match|cricket|fixture|tournament|marathon|"
            r"grand\s+prix|without\s+a\s+ball\s+bowled|rained\s+off|washed\s+out|NRL|AFL|NFL|NBA|MLB|NHL|IPL|"
            r"A-League|Premier\s+League|Super\s+Rugby|trial\s+match|autumn\s+test|test\s+series|"
            r"(?:mile|open[- ]water|charity|sea)\s+swim|triathlon|regatta|"
            r"parkrun|half-marathon|speedway|raceway|nascar|indycar|race\s+meetings?|race\s+day|motorsport|racecourse|"
            # "SEASON-OPENING RALLY CANCELLED AFTER FLOODS", "NEW YEAR MEETING ABANDONED AS FROST BITES — GOLD CUP OFF"
            r"rally(?!\s+(?:to|behind|around|for|support|fans|viewers))|gold\s+cup|meeting\s+abandoned|world\s+cup|"
            r"no\s+races|central\s+contracts?|BCCI|ECB|FIFA|UEFA|"
            # "Lynx renew rivalry with Harriers in wild season opener"
            r"renew(?:s|ed)?\s+(?:their\s+|its\s+)?rivalry|season\s+opener)\b"
            # ("Cricket comedy returns on JioHotstar": a show about the sport)
            r"(?!\s+(?:comedy|drama|series|show|sitcom|docuseries|documentary|anime|thriller))"
            # "Wales v Fiji autumn Test cancelled": a fixture
            r"|\b(?-i:[A-Z][a-z]+\s+v\.?\s+[A-Z][a-z]+)\b",
            F,
        ),
    ),
    (
        # "'Starfall' Reunion Panel Cancelled At Heroes Expo": an event about a show, not the show
        "fan event",
        re.compile(
            r"\b(?:panel|convention|expo|comic-?con|fan\s+event|screening|meet-and-greet|live\s+tour|concert)\b"
            r"[^.;:]{0,30}?\b(?:cancell?ed|canceled|axed|scrapped|postponed|called\s+off)\b",
            F,
        ),
    ),
    (
        "awards",
        # ("emmy winner Dorothea Lund joins …", "BAFTA-winning drama": a credit, not an awards story)
        re.compile(
            r"\b(?:(?:emmys?|golden globes?|oscars?|baftas?|iftas?|logies|baeksang)"
            r"(?![\s-]*(?:winn\w*|nominat\w*|nominee))|"
            # ("Emmy Nominee X Joins 'Y'": a credit)
            r"nominations?|(?<!emmy\s)(?<!oscar\s)(?<!bafta\s)(?<!globe\s)(?<!globes\s)nominees?|"
            r"award|awards|sag awards|sweeps?\s+the\s+board)\b",
            F,
        ),
    ),
    (
        "ratings",
        re.compile(
            r"\b(ratings|viewership|nielsen|most[- ]watched|top 10|top ten|chart|streaming numbers|viewers)\b", F
        ),
    ),
]
# the refusals that require a word a text can lack run only on texts that have one
# (read only by their spans, so each pattern's alternatives are prefiltered one by one: few of them fit a text)
NOT_NEWS = [(name, prefiltered_branches(pattern)) for name, pattern in _REFUSALS]
_WORDS = WordGroup(pattern for _name, pattern in NOT_NEWS)  # one scan of a text finds every refusal's words
# Refusals that a strong headline event can overrule ("renewed ... despite ratings", "renewed after Emmy win")
SOFT_REFUSALS = {"ratings", "awards", "film"}
# The decision is about the awards event itself, not a series: "BAFTA TV Awards broadcast cancelled"
CEREMONY = prefiltered(
    re.compile(
        r"\b(?:ceremony|ceremonies|telecast|broadcast|gala|awards?\s+show|show)\b[^.;:]{0,30}?\b(?:cancell?ed|canceled|"
        r"axed|scrapped|postponed|called\s+off|dropped)\b|\b(?:cancels?|axes|scraps?|postpones?|drops?)\s+(?:the\s+)?"
        r"(?:\d{4}\s+)?(?:[\w-]+\s+){0,3}?(?:awards|ceremony|telecast|broadcast|gala)\b|"
        r"\bawards\b[^.;:]{0,20}?\b(?:cancell?ed|canceled|axed|scrapped|postponed|called\s+off)\b",
        re.IGNORECASE,
    )
)


@per_call
def refusal_span(text: str) -> tuple[str, int, int] | None:
    """The first refusal and the span of its words."""
    present = _WORDS.present(text)
    for name, pattern in NOT_NEWS:
        if not pattern.admits(present):
            continue  # (the words it needs are not in the text: the search would find nothing)
        m = pattern.search(text)
        if m:
            return name, m.start(), m.end()
    return None


def refusal(text: str) -> str | None:
    hit = refusal_span(text)
    return hit[0] if hit else None

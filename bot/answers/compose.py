"""question → Answer: find the show and season, gather stories and facts, compose a sourced answer."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime

from rapidfuzz import fuzz

from bot.answers.evidence import (
    contradicted,
    dated_sentence,
    names_key,
    own_sentences,
    release_date,
    says_event,
    says_final,
)
from bot.answers.mentions import MAX_ARTICLES, Mention, find_mentions, spellings, title_speaks
from bot.answers.model import Answer, newest_first
from bot.answers.questions import Question, clean_text, parse_question
from bot.answers.resolve import resolve_show
from bot.answers.tvmaze_notes import with_tvmaze
from bot.answers.wording import (
    DECISIVE,
    confirmation_tail,
    is_confirmed,
    is_doubted,
    premiere_words,
    sentences_of,
    short_date,
    status_sentence,
)
from bot.models import OPT_IN_EVENTS, Follow, Show, StoredFact, Story, StorySource
from bot.store import Store
from bot.stories.recorder import StoryRecorder
from bot.understand.facts import fact_text
from bot.understand.matching import KnownShow, show_key
from bot.understand.seasons import find_seasons

DETAIL = ("premiere", "production", "casting", "trailer")
# Premiere reminders (airing) are made from TVmaze's dates, not news: never an answer's status, detail or latest story
NOT_NEWS = OPT_IN_EVENTS
MAX_FACTS = 6  # what the renderers show: every fact given has its article among the sources
MAX_LATEST = 10
HOW_TO = (
    "Ask me about a TV show by name: “is Severance renewed?”, “when does season 2 of The Bear come out?”, "
    "“Yellowjackets cast” — or “what's new?” for the latest stories."
)


def _sources(stories: Iterable[Story], facts: Iterable[StoredFact]) -> tuple[StorySource, ...]:
    seen: dict[str, StorySource] = {}
    for s in [src for st in stories for src in st.sources] + [f.source for f in facts]:
        seen.setdefault(s.link or f"{s.outlet}:{s.title}", s)
    return newest_first(seen.values())


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


# Words whose change changes the news: two sentences that differ in one of these are never the same fact
_MEANING = re.compile(
    r"\d+|one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth|final|not|no|never|began|begins|begin|started|starts|start|wrapped|wraps|wrap|ended|ends|end|"
    r"renewed|cancelled|canceled|ordered|delayed|postponed|premieres|premiered|before|after"
)


def _near_same(a: str, b: str) -> bool:
    """The same fact told twice by two outlets ("Kilgrave will not be back: …" / "Kilgrave will not return: …"):
    long, nearly the same words, and no difference in numbers, negation or what happened. Both normalised."""
    if min(len(a), len(b)) < 60 or fuzz.ratio(a, b) < 85:
        return False
    differ = set(a.split()) ^ set(b.split())
    return not any(_MEANING.fullmatch(w) for w in differ)


def _shown_once(facts: Iterable[StoredFact], shown: Iterable[str]) -> tuple[StoredFact, ...]:
    """Facts not already said by the headline or a detail, each once (a near copy from another outlet counts as
    said); only quotes keep a speaker."""
    said = [_norm(t) for t in shown if t]
    out: list[StoredFact] = []
    seen: set[str] = set()
    for f in facts:
        key = _norm(f.text)
        if not key or key in seen or any(key in s for s in said) or any(_near_same(key, k) for k in seen):
            continue
        seen.add(key)
        out.append(f if f.kind == "quote" or f.speaker is None else replace(f, speaker=None))
    return tuple(out)


def answer_question(
    store: Store, recorder: StoryRecorder, text: str, *, channel_follows: list[Follow] | None = None
) -> Answer:
    return answer_parsed(store, recorder, parse_question(text), channel_follows=channel_follows)


def latest_answer(store: Store, question: Question, show_ids: Iterable[int] = ()) -> Answer:
    """What /latest gives, as an answer: the newest stories (of these shows, when some are given)."""
    ids = list(show_ids)
    if ids:
        stories = sorted(
            (st for i in ids for st in store.stories(show_id=i, limit=MAX_LATEST, exclude_events=NOT_NEWS)),
            key=lambda st: (st.first_seen, st.id),
            reverse=True,
        )[:MAX_LATEST]
    else:
        stories = store.stories(limit=MAX_LATEST, exclude_events=NOT_NEWS)
    scope = " about the shows this channel follows" if ids else ""
    headline = f"The latest stories{scope}:" if stories else f"No stories{scope} yet."
    return Answer(
        "answer",
        question.text,
        headline=headline,
        sources=_sources(stories, []),
        intent="latest",
        latest=tuple(stories),
    )


def answer_parsed(
    store: Store, recorder: StoryRecorder, question: Question, *, channel_follows: list[Follow] | None = None
) -> Answer:
    text = question.text
    if not question.text.strip():
        return Answer(
            "empty_question", text, headline="Ask me about a show, e.g. “what do we know about season 2 of Severance?”"
        )
    if question.intent == "hello":
        return Answer("need_show", text, headline=f"Hi! {HOW_TO}", intent="hello")
    show, matched_from, suggestions = resolve_show(question, recorder, store.show_has_story)
    season = question.season
    if show is not None and question.trailing_number is not None and season is None and matched_from is None:
        if recorder.matcher.match(question.show_text) is None or show.title.casefold() != question.show_text.casefold():
            season = question.trailing_number
    if show is None and not question.show_text:
        followed = [f for f in (channel_follows or []) if f.show_id is not None]
        if len(followed) == 1:
            only = followed[0]
            assert only.show_id is not None  # filtered above
            show = KnownShow(only.show_id, only.show or "", (), None)
        elif question.intent == "latest":
            return latest_answer(store, question, [f.show_id for f in followed if f.show_id is not None])
        else:
            names = tuple(f.show for f in followed if f.show)[:5]
            return Answer(
                "need_show",
                question.text,
                season=season,
                suggestions=names,
                headline=f"Which show do you mean? {HOW_TO}",
                intent=question.intent,
            )
    if show is None:
        # Not a show we track, but articles may still name it: only articles holding the exact words count
        if len(question.show_text) >= 3:
            mentioned = mentioned_answer(store, question, season, suggestions)
            if mentioned is not None:
                return mentioned
        mentions = store.search_phrase(question.show_text, limit=5) if len(question.show_text) >= 3 else []
        outlets = store.source_names() if mentions else {}
        sources = newest_first(
            StorySource(a.id, outlets.get(a.source_id, "an outlet"), a.title, a.link, a.published) for a in mentions
        )
        headline = f"I have no news about “{question.show_text}” as a show."
        if sources:
            many = len(sources) > 1
            headline += (
                f" {len(sources)} article{'s' if many else ''} mention{'' if many else 's'} the name; see the sources."
            )
        return Answer(
            "unknown_show",
            question.text,
            season=season,
            suggestions=suggestions,
            headline=headline,
            sources=sources,
            intent=question.intent,
        )
    return compose(store, show, season, question, matched_from)


def _mention_verdict(intent: str, event: str | None) -> str:
    """The first words to a yes/no question when an article's sentence states the decision plainly."""
    if event is None:
        return ""
    if intent in ("renewed", "cancelled"):
        return "Reportedly, yes. " if intent == event else "Reportedly, no. "
    if intent == "ending" and event == "cancelled":
        return "It was reportedly cancelled. "
    return ""


def mentioned_answer(
    store: Store, question: Question, season: int | None, suggestions: tuple[str, ...] = ()
) -> Answer | None:
    """A show with no story, that an article names beside a decision or a return: what that sentence reports,
    hedged as reported in an article and not tracked as a story, with the sentence quoted. The decision is said
    in the answer's words only when the sentence states it plainly of this show; a season only as the sentence's
    own (quoted), never one the sentence does not name beside the show. None when no such sentence is stored."""
    articles = store.search_any_phrase(spellings(question.show_text), limit=MAX_ARTICLES)
    found = find_mentions(articles, question.show_text) if articles else []
    if not found:
        return None
    lead = found[0]
    quotes: list[Mention] = [lead]
    if season is not None and season not in lead.seasons:  # the sentence that names the asked season, else another
        quotes += [m for m in found if season in m.seasons and m.text != lead.text][:1]
        if len(quotes) == 1 and not lead.seasons:
            quotes += [m for m in found if m.seasons and m.text != lead.text][:1]
    named = season is not None and any(season in m.seasons for m in quotes)
    others = sorted({n for m in quotes for n in m.seasons} - {season}) if season is not None else []
    # Another season named beside the show and not the asked one: the decision may be that season's, so only quoted
    event = None if (season is not None and not named and others) else lead.event
    name = lead.name
    hedge = "reported in an article, not tracked as a story"
    first = f"{_mention_verdict(question.intent, event)}{name} was {event}, {hedge}" if event else f"{name}: {hedge}"
    if season is not None:
        if named:
            first += f"; it names season {season}"
        elif others:
            which = " and ".join(str(n) for n in others)
            first += f"; it names season {which}, not season {season}"
        else:
            first += "; the article does not say which season"
    outlets = store.source_names()

    def source(m: Mention) -> StorySource:
        a = m.article
        return StorySource(a.id, outlets.get(a.source_id, "an outlet"), a.title, a.link, a.published)

    src = source(lead)
    where = f"{outlet_on(src)}, in “{src.title}”" if title_speaks(src.title) else outlet_on(src)
    said = " … ".join(f"“{m.text}”" for m in quotes)
    headline = f"{first}. {where}: {said}"
    shown = [m.text for m in quotes]
    facts: list[StoredFact] = []
    for m in found:
        if m.text in shown or len(facts) >= MAX_FACTS:
            continue
        shown.append(m.text)
        which_season = next(iter(m.seasons)) if len(m.seasons) == 1 else None
        facts.append(StoredFact(0, 0, which_season, "status", None, m.text, source(m)))
    return Answer(
        "mentioned",
        question.text,
        show=name,
        season=season,
        headline=headline,
        facts=tuple(facts),
        sources=_sources([], [*facts, *(StoredFact(0, 0, None, "status", None, m.text, source(m)) for m in quotes)]),
        suggestions=suggestions,  # close matches among the shows with stories, as for an unknown show
        intent=question.intent,
    )


def outlet_on(src: StorySource, fallback: datetime | None = None) -> str:
    """'Deadline (May 8, 2014)': who said a quoted sentence, and when."""
    when = src.published or fallback
    return f"{src.outlet} ({short_date(when)})" if when else src.outlet


def story_says(story: Story, title: str, show_facts: list[StoredFact]) -> str:
    """The story in words, from what its own sentences carry: the decision when the sentence naming the show bears
    it out (else that sentence, quoted), the premiere's date when a sentence gives it (else the sentence), and the
    sentence itself when the article names no season."""
    texts = _story_texts(story, show_facts)
    own = own_sentences(story, show_facts, title)
    odd = contradicted(story, own)
    src = story.sources[0] if story.sources else None
    via = outlet_on(src, story.first_seen) if src else short_date(story.first_seen)
    if odd is not None:
        return f"{via} says: “{odd}”"
    aired = _aired(story, own)
    if aired is not None:  # "no season 2" where its own sentence says season 2 aired: the sentence says which
        return f"{status_sentence(replace(story, season=None), texts)} {via} says: “{aired}”"
    said = status_sentence(story, texts)
    if story.event == "premiere":
        found = _premiere_date(story, texts)
        who = story.show + (f" season {story.season}" if story.season else "")
        if found is not None:
            return f"{who} {premiere_words(found[0])}{confirmation_tail(story, texts)}."
        quoted = dated_sentence([story.summary, *texts], story.season)
        return said + (f" {via} says: “{quoted}”" if quoted else "")
    if story.event in DETAIL:  # who was cast, what was filmed: the sentence that says it
        why = next((x for x in own[1:]), None)
        return said + (f" {via} says: “{why}”" if why else "")
    if story.event in DECISIVE and story.season is None:  # the text's sentence, else the headline, says which
        why = next((x for x in [*own[1:], *own[:1]] if says_event(x) or says_final([x])), None)
        if why is None:
            return said
        # The sentence names no season but the article's headline does, for the same decision ("Apple has ordered
        # second seasons for four of its … series" above "… renewed “Dickinson” … for another season"): both quoted
        head = story.headline
        same = says_event(head) == says_event(why)
        if head and head != why and same and _names_season(head) and not _names_season(why):
            return said + f" {via} says: “{head}” … “{why}”"
        return said + f" {via} says: “{why}”"
    return said


_AIRED = re.compile(r"\b(dropped|aired|premiered|debuted|released|wrapped|concluded|finished|ended)\b", re.I)


def _aired(story: Story, own: list[str]) -> str | None:
    """A cancellation stored for season N ("no season N") whose own sentence says season N came out ("Just two
    months after Woke dropped Season 2 on Hulu, …"): that sentence, which the answer quotes instead of a season."""
    if story.event != "cancelled" or not story.season:
        return None
    for text in [story.summary, *own]:
        for sentence in sentences_of(text):
            for m in find_seasons(sentence):
                near = sentence[max(0, m.start - 30) : m.start + 40]
                if m.season == story.season and _AIRED.search(near):
                    return fact_text(sentence) or None
    return None


def _names_season(text: str) -> bool:
    return any(not m.background for m in find_seasons(text))


def _premiere_date(story: Story, texts: list[str]) -> tuple[tuple[str, str], str] | None:
    """The release date a premiere story's words give. Its headline and summary count only where they name its
    show: in a roundup they speak of the article's main show, whose date is not this one's."""
    key = show_key(story.show)
    lead = [x for t in (story.headline, story.summary) for x in sentences_of(t) if names_key(x, key)]
    return release_date([*lead, *texts], story.season)


def _story_texts(story: Story, facts: list[StoredFact]) -> list[str]:
    """What the story's own articles say, as far as facts were kept: read for confirmation and dates."""
    ids = {s.article_id for s in story.sources}
    return [f.text for f in facts if f.source.article_id in ids]


def compose(
    store: Store, show: KnownShow | Show, season: int | None, question: Question, matched_from: str | None
) -> Answer:
    answer = _compose(store, show, season, question, matched_from)
    tv = store.tvmaze_for_show(show.id)
    return answer if tv is None else with_tvmaze(answer, tv, store.shows_with_key(show_key(show.title)) > 1)


def _compose(
    store: Store, show: KnownShow | Show, season: int | None, question: Question, matched_from: str | None
) -> Answer:
    stories = store.stories(show_id=show.id, limit=50, exclude_events=NOT_NEWS)
    show_facts = store.facts_for(show.id, None, limit=500)  # every article's sentences: confirmation and dates
    known_seasons = tuple(sorted({s.season for s in stories if s.season is not None}))

    def says(story: Story) -> str:
        return story_says(story, show.title, show_facts)

    if season is not None:
        about = [s for s in stories if s.season == season]
        facts = store.facts_for(show.id, season, limit=30)
        # A decision whose article names no season ("two more series", a cancellation) may be about season N: it is
        # given with the sentence that says it
        if not any(s.event in DECISIVE for s in about):
            about += [s for s in stories if s.season is None and s.event in DECISIVE]
        if not any(s.event in DECISIVE for s in about):
            # a renewal of an earlier season that names this one too ("two more series": seasons 3 and 4)
            later = store.later_seasons([s.id for s in stories if s.event == "renewed" and s.season])
            # given without its own season, so its sentence says which ("two more series"), not "for season 3"
            about += [replace(s, season=None) for s in stories if season in later.get(s.id, ())]
        if not any(s.event in DECISIVE for s in about):
            # the show's newest decision ends it at an earlier season (a cancellation, a final season): that answers
            # a later season too, said without the earlier season's number (its sentence quoted when it has one)
            last = next((s for s in stories if s.event in DECISIVE), None)
            if last is not None and last.event in ("cancelled", "ending") and last.season and last.season < season:
                about.append(replace(last, season=None))
    else:
        about = stories
        facts = store.facts_for(show.id, None, limit=30)
    decisive = [s for s in about if s.event in DECISIVE]
    status = decisive[0] if decisive else None
    if not about and not facts:
        if stories:
            latest = stories[0]
            headline = f"Nothing yet about season {season} of {show.title}. The latest I know: {says(latest)}"
            # What was said about the latest story's season, labelled with that season by the renderers
            shown = _shown_once(store.facts_for(show.id, latest.season, limit=30), [headline, latest.summary])
            shown = shown[:MAX_FACTS]
            return Answer(
                "nothing_for_season",
                question.text,
                show.title,
                season,
                headline,
                latest,
                (),
                shown,
                _sources([latest], shown),
                (),
                known_seasons,
                matched_from,
                question.intent,
            )
        return Answer(
            "nothing_for_season",
            question.text,
            show.title,
            season,
            f"I know of {show.title} but have no news about it yet" + (f" (season {season})." if season else "."),
            known_seasons=known_seasons,
            matched_from=matched_from,
            intent=question.intent,
        )
    # One story per kind of news, the newest: two "Production" sections would say the same thing twice
    by_event: dict[str, Story] = {}
    for st in about:
        if st.event in DETAIL:
            by_event.setdefault(st.event, st)
    details = list(by_event.values())
    headline, lead, used = _headline(show, season, question.intent, status, details, facts, show_facts)
    if status is None:  # the story the headline reports on: the one it names, else the one it quotes
        quoted = {f.source.article_id for f in used}
        owner = next((st for st in about if any(x.article_id in quoted for x in st.sources)), None)
        premiere = next((d for d in details if d.event == "premiere"), None) if question.intent == "when" else None
        status = lead or owner or premiere
    details = [d for d in details if d is not lead][:4]
    shown_texts = [headline, *(d.summary for d in details)]
    shown = tuple(f for f in _shown_once(facts, shown_texts) if f not in used)[:MAX_FACTS]
    return Answer(
        "answer",
        question.text,
        show.title,
        season,
        headline,
        status,
        tuple(details),
        shown,
        _sources([st for st in (status, lead) if st is not None] + details, [*shown, *used]),
        (),
        known_seasons,
        matched_from,
        question.intent,
    )


_INTENT_EVENT = {"casting": "casting", "trailer": "trailer", "production": "production"}


def _headline(
    show: KnownShow | Show,
    season: int | None,
    intent: str,
    status: Story | None,
    details: list[Story],
    facts: list[StoredFact],
    show_facts: list[StoredFact],
) -> tuple[str, Story | None, tuple[StoredFact, ...]]:
    """(headline, the story it reports when that is not `status`, facts it quotes): each said once."""

    def says(story: Story) -> str:
        return story_says(story, show.title, show_facts)

    of = f"{show.title}" + (f" season {season}" if season else "")

    def quote(f: StoredFact) -> str:
        src = f.source
        return f"{outlet_on(src)} says: “{f.text}”"

    if intent == "when":
        premiere = next((d for d in details if d.event == "premiere"), None)
        if premiere is not None:
            found = _premiere_date(premiere, _story_texts(premiere, show_facts))
            if found is not None:
                when, _sentence = found
                who = premiere.show + (f" season {premiere.season}" if premiere.season else "")
                tail = confirmation_tail(premiere, _story_texts(premiere, show_facts))
                # The sentences that gave the date are said by the headline now, not again below it
                used = tuple(f for f in facts if when[1] in " ".join(f.text.split()))
                return f"{who} {premiere_words(when)}{tail}.", premiere, used
            return says(premiere), None, ()  # no date in its words: the premiere block below gives them
        # No premiere story: say what the articles do say about when, rather than "no date" beside a date
        dated_when = next(((f, w) for f in facts for w in [release_date([f.text], season)] if w), None)
        if dated_when is not None:
            dated, (day, _sentence) = dated_when
            src = dated.source
            via = outlet_on(src)
            if day[0] in ("day", "month"):  # a date or month: say it
                return f"{of} {premiere_words(day)}, according to {via}.", None, (dated,)
            head = f"No exact premiere date yet for {of}. {via} says: “{dated.text}”"  # vague: say what is said
            return head, None, (dated,)
        lead = f"No premiere date yet for {of}."
        return lead + (" " + says(status) if status else ""), None, ()
    if intent in _INTENT_EVENT:
        wanted = next((d for d in details if d.event == _INTENT_EVENT[intent]), None)
        if wanted is not None:
            return says(wanted), wanted, ()
        # No story of that kind, but sentences of that kind were kept: the headline quotes one, never "no news"
        kind = {"casting": "cast", "production": "production"}.get(intent)
        shown = next((f for f in facts if f.kind == kind), None) if kind else None
        if shown is not None:
            return f"{intent.capitalize()} news for {of}: {quote(shown)}", None, (shown,)
        lead = f"No {intent} news for {of} yet."
        return lead + (" " + says(status) if status else ""), None, ()
    if status is None:
        # A kept sentence that states a decision is renewal or cancellation news, whatever the stories say
        decided = next((f for f in facts if f.kind == "status" and says_event(f.text)), None)
        if decided is not None:
            return f"{of}: {quote(decided)}", None, (decided,)
        if details and intent == "general":  # what there is leads: a premiere date, not "no renewal news"
            first = next((d for d in details if d.event == "premiere"), details[0])
            return says(first), None, ()
        what = f"No renewal or cancellation news for {of} yet."
        return what + (" " + says(details[0]) if details else ""), None, ()
    texts = _story_texts(status, show_facts)
    odd = contradicted(status, own_sentences(status, show_facts, show.title))
    # Its own sentence says the other decision: the verdict follows that sentence, which is quoted
    event = (says_event(odd) or status.event) if odd is not None else status.event
    yes = "Reportedly, yes. " if is_doubted(status, texts) and not is_confirmed(status, texts) else "Yes. "
    new_series = event == "ordered" and (status.season is None or status.season <= 1)
    final = event == "renewed" and says_final([status.headline, status.summary, *texts])
    prefix = _verdict(intent, event, yes, new_series, final)
    if odd is not None and not prefix:
        prefix = {"renewed": "Renewed, in the article's words. ", "cancelled": "Cancelled, in the article's words. "}[
            event
        ]
    return prefix + says(status), None, ()


def _verdict(intent: str, event: str, yes: str, new_series: bool, final: bool) -> str:
    """The answer's first words to a yes/no question, from the decision the story states."""
    if intent == "renewed":
        if event == "ordered":
            return "Not a renewal: it is a new series. " if new_series else yes
        return {"renewed": yes, "ending": "Yes, one more. ", "cancelled": "No. "}.get(event, "")
    if intent == "cancelled":
        return {"cancelled": yes, "renewed": "No. ", "ordered": "No. ", "ending": "Not cancelled, but ending. "}.get(
            event, ""
        )
    if intent == "ending":
        return {
            "ending": yes,
            "cancelled": "It was cancelled. ",
            "renewed": "Yes: renewed for its final season. " if final else "No ending announced. ",
            "ordered": "No ending announced. ",
        }.get(event, "")
    return ""


def answer_show(store: Store, recorder: StoryRecorder, show: str, season: int | None) -> Answer:
    """/status show:… season:…: the same answer as a question about that show and season."""
    name = clean_text(show)
    return answer_parsed(store, recorder, Question(name, name, season, "general", None, (name,)))

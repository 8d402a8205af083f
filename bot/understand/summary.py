"""Extractive summaries: the article's own sentences that carry the news, clutter removed."""

from __future__ import annotations

import re

from bot.understand.sentences import clean_page_text, is_sentence, split_sentences

_NEWS_WORDS = re.compile(
    r"\b(renew\w*|cancel\w*|axed|final|last|end|ending|order\w*|greenl\w*|premiere\w*|return\w*|season|series|"
    r"production|filming|trailer|teaser|cast|joins?|announced|confirmed|pickup|picked up)\b", re.I)
_QUOTE_START = re.compile(r"^[\"“‘']")
_DATE = re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\b")


def _score(sentence: str, position: int, show: str | None, network: str | None) -> float:
    score = len(_NEWS_WORDS.findall(sentence)) * 1.0
    low = sentence.lower()
    if show and show.lower() in low:
        score += 2.0
    if network and network.lower() in low:
        score += 1.0
    if _DATE.search(sentence):
        score += 1.0  # dates are news
    if _QUOTE_START.match(sentence):
        score -= 1.5  # quotes belong in facts; the summary reports
    score -= position * 0.15  # news leads with the news
    return score


def article_sentences(text: str) -> list[str]:
    """The article's real sentences, clutter removed; computed once per article and shared."""
    return [s for s in split_sentences(clean_page_text(text)) if is_sentence(s)]


def summarize(title: str, text: str, max_sentences: int = 3, *, show: str | None = None, network: str | None = None) -> str:
    """1–3 sentences of the article itself; the cleaned headline when the text has none."""
    return summarize_sentences(title, article_sentences(text), max_sentences, show=show, network=network)


def summarize_sentences(title: str, sentences: list[str], max_sentences: int = 3, *, show: str | None = None,
                        network: str | None = None) -> str:
    title_low = title.strip().lower()
    sentences = [s for s in sentences if s.strip().lower() != title_low]
    if not sentences:
        return title.strip()
    ranked = sorted(range(len(sentences)), key=lambda i: -_score(sentences[i], i, show, network))
    best = ranked[0]
    chosen = [best]
    # Follow the best sentence with its neighbours when they still talk about the news
    for i in range(best + 1, min(best + 4, len(sentences))):
        if len(chosen) >= max_sentences:
            break
        if _score(sentences[i], i, show, network) > 0.5 and not _QUOTE_START.match(sentences[i]):
            chosen.append(i)
    summary = " ".join(sentences[i] for i in sorted(chosen))
    return summary if len(summary) <= 600 else sentences[best]

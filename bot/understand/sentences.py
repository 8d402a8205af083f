"""Sentences and page clutter: what an article says, without what the page wraps around it."""

from __future__ import annotations

import re

# Lines that are page furniture, not the story
_CLUTTER_LINE = re.compile(
    r"^\s*(?:"
    r"click to skip ad|skip ad|closing in\.*|advertisement|ad\b|sponsored( content)?|"
    r"(?:don['’]t miss|read more|related|see also|also read|more|recommended|watch|trending|up next|must read|"
    r"read next|keep reading|you may also like|more from)\s*[:|–-].*|"
    r"(?:sign up|subscribe|get our|join our|newsletter).*|"
    r"(?:share|tweet|pin it|email|print|copy link|share on \w+|share this( article)?)\b.{0,40}|"
    r"(?:photo|image|credit|photograph|pictured|courtesy)\s*[:|].*|.*\b(getty images|shutterstock|ap photo)\b.*|"
    r"follow (?:us|him|her|them) on .*|"
    r"(?:this article|this story|this post) (?:was|has been) (?:updated|originally published).*|"
    r"(?:all rights reserved|©|copyright).*"
    r")\s*$",
    re.I,
)
_AUTHOR_BIO = re.compile(
    r"^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s+(?:is|was|has been|serves as)\s+(?:a|an|the)?\s*"
    r"(?:[\w-]+\s+){0,3}(?i:editor|writer|reporter|correspondent|journalist|contributor|critic|columnist|producer)\b"
    r"|\b(?:having joined|has over a decade|years of (?:professional )?(?:writing|editing|reporting) experience|"
    r"you can reach (?:him|her|them)|follow (?:him|her|them) on)\b",
)
_SPLIT = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+(?=[\"'“‘(\[]*[A-Z0-9])")
_ABBREV = re.compile(r"\b(Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Inc|Ltd|Co|vs|No|Vol|U\.S|U\.K|P\.I)\.$")


def clean_page_text(text: str) -> str:
    """Drop clutter lines and a trailing author bio; keep paragraph breaks."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n|\n", text) if p.strip()]
    kept = [p for p in paragraphs if not _CLUTTER_LINE.match(p)]
    while kept and _AUTHOR_BIO.search(kept[-1]):
        kept.pop()
    kept = [p for p in kept if not (_AUTHOR_BIO.match(p) and len(p) < 400)]
    return "\n\n".join(kept)


def split_sentences(text: str) -> list[str]:
    """Sentences in order; headings without end punctuation stay as their own items."""
    out: list[str] = []
    for para in re.split(r"\n+", text):
        para = para.strip()
        if not para:
            continue
        pieces = _SPLIT.split(para)
        merged: list[str] = []
        for piece in pieces:
            if merged and _ABBREV.search(merged[-1]):
                merged[-1] += " " + piece
            else:
                merged.append(piece)
        out.extend(p.strip() for p in merged if p.strip())
    return out


def is_sentence(s: str) -> bool:
    """A real sentence ends with punctuation and has a verb-ish length; headings and captions do not."""
    return len(s) >= 25 and s.rstrip("\"'”’)").endswith((".", "!", "?", "…", ":")) and " " in s

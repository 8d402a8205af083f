"""Sentence boundaries: abbreviations, initials, dates and quotes do not cut a sentence; real ends still do.
Every case is our own sentence, written for this test."""

import pytest

from bot.understand.sentences import (
    MAX_PIECE_CHARS,
    MAX_TEXT_CHARS,
    Terms,
    Words,
    clean_page_text,
    is_sentence,
    split_sentences,
)

CASES = [
    # months and dates
    ("The revival arrives Thursday, Jan. 9 at 9 p.m. on the network.", "Fans have waited years for it."),
    ("Filming wraps in Sept. and the premiere follows in the spring.", "Nobody expected it so soon."),
    ("The season premieres Feb. 5, 2027, on the streamer.", "A trailer is coming."),
    ("The show ends Dec. 31.", "Then it streams on demand."),
    ("The drama moves to Wednesdays at 8 p.m. ET starting Oct. 2.", "The network shared the news."),
    # times of day
    ("Episodes drop at 9 p.m. on Fridays.", "The finale runs long."),
    # countries and places
    ("It was the most-watched drama in the U.S. last spring.", "Its sequel is next."),
    ("The show was filmed across the U.S.", "The crew visited twelve states."),
    ("Mr. and Mrs. Ellison play the parents in St. Louis.", "The show is a comedy."),
    ("The Washington, D.C., premiere drew a crowd.", "Stars walked the carpet."),
    # initials and names
    ("Producer J.J. Abrams will direct the pilot.", "He confirmed it on Monday."),
    ("The A.V. Club first reported the news.", "The studio declined to comment."),
    ("It adapts a novel by Octavia E. Butler for television.", "The pilot was shot in Atlanta."),
    ("The novel by E. L. James sold well.", "Its adaptation is coming."),
    ("The show's creator, Sam Ortiz Jr., wrote the finale.", "It airs next week."),
    # titles
    ("Dr. Lena Ortiz consulted on the medical scenes.", "She returns for season two."),
    ("Gov. Ray Diaz and Lt. Kim Soto visited the set.", "Both appear in episode four."),
    # other abbreviations and numbers
    ("The network ordered ten episodes vs. the usual eight.", "Netflix did not comment."),
    ("Warner Bros. Discovery owns the network.", "The deal closed last year."),
    ("The show drew 4.5 million viewers.", "That is a record."),
    # quotes stay paired, with their attribution
    ("“We are thrilled. The fans made this happen,” the showrunner said.", "Production starts soon."),
    ("“It is over,” she wrote.", "“Thank you for watching.”"),
    ('He called the finale "a triumph."', "Critics agreed with him."),
    ("She said the story “isn't finished yet.”", "Season three is planned."),
    # real ends
    ("Is it back?", "Yes!", "The show returns in March."),
    ("Wait… is this really happening?", "It is."),
]


@pytest.mark.parametrize("sentences", CASES, ids=[c[0][:40] for c in CASES])
def test_sentence_boundaries(sentences: tuple[str, ...]):
    assert split_sentences(" ".join(sentences)) == list(sentences)


def test_each_line_is_split_on_its_own_and_headings_stay():
    text = "Harbor Lights Season 2 Details\nPeacock renewed the drama on Jan. 9. Filming starts in May.\n\nMore soon"
    assert split_sentences(text) == [
        "Harbor Lights Season 2 Details",
        "Peacock renewed the drama on Jan. 9.",
        "Filming starts in May.",
        "More soon",
    ]
    assert [s for s in split_sentences(text) if is_sentence(s)] == ["Peacock renewed the drama on Jan. 9."]


def test_only_the_first_paragraphs_are_read():
    para = "The crew spent the week on location in a small harbour town. "
    text = "\n".join(para * 3 for _ in range(400))
    assert len(text) > 6 * MAX_TEXT_CHARS
    sentences = split_sentences(text)
    assert sum(map(len, sentences)) <= MAX_TEXT_CHARS
    assert len(clean_page_text(text)) <= MAX_TEXT_CHARS + 2 * len(sentences)


def test_a_long_paragraph_is_split_in_pieces_without_losing_text():
    para = " ".join(f"Sentence number {i} of a very long paragraph ends here." for i in range(150))
    sentences = split_sentences(para)
    assert len(para) > 4 * MAX_PIECE_CHARS and len(sentences) == 150
    assert sentences[-1] == "Sentence number 149 of a very long paragraph ends here."


def test_clutter_and_captions_go_but_a_story_paragraph_naming_a_photo_agency_stays():
    story = (
        "The cast gathered on the pier for the first table read of the season, and the showrunner said the new "
        "episodes would follow the lighthouse keeper's daughter as she returns home after a decade away. The "
        "network released one image from the day, credited to AP Photo, showing the cast around a long table "
        "in the old boathouse that serves as the production office."
    )
    page = f"Advertisement\nREAD MORE: Ten gadgets we love\nPhoto: Getty Images\nShare on X\n{story}\nSign up now"
    assert clean_page_text(page) == story


def test_word_families():
    renewed = Terms("renew*|pick* up|won't be back|season # is confirmed|first-look")
    assert renewed.search(Words("Peacock renewed the drama."))
    assert renewed.search(Words("The streamer picked the show up.")) is False
    assert renewed.search(Words("The streamer picked up the show."))
    assert renewed.search(Words("It won’t be back next year."))
    assert renewed.search(Words("Season 3 is confirmed, the network said."))
    assert renewed.search(Words("A first-look photo arrived."))
    assert not renewed.search(Words("The rerun airs tonight."))
    months = Terms("May|March", cased=True)
    assert months.search(Words("It returns in May.")) and not months.search(Words("It may return."))
    with pytest.raises(ValueError):
        Terms("re*")

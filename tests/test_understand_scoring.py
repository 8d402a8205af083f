"""The understanding step scored with the project's scorer, on the shared labels and on our own."""

import json
import runpy
import sys
from io import StringIO
from pathlib import Path

import pytest

from bot.understand.batch import analyze_jsonl

HERE = Path(__file__).parent
SHARED = Path(__file__).resolve().parents[2] / "shared"
SCORER = SHARED / "tools" / "score_headlines.py"


DEV = SHARED / "data" / "real-articles-dev.jsonl"
OWN_REAL = HERE / "data" / "understand" / "own-real-style.jsonl"
# Written after the first round of fixes and scored before any change aimed at it (first try: alert_precision
# 0.933, alert_recall 0.966, show_acc 0.929, roundup_recall 0.333): a check that the fixes generalise.
OWN_HOLDOUT = HERE / "data" / "understand" / "own-holdout.jsonl"
# A second held-out set, written after the first one was fixed (first try: alert_precision 0.950, alert_recall 0.842,
# event_acc 0.900, show_acc 0.947).
OWN_HOLDOUT_2 = HERE / "data" / "understand" / "own-holdout-2.jsonl"
# A third, with longer tabloid-style texts (first try: alert_precision 0.917, alert_recall 0.667, event_acc 0.750).
# One of its items stays missed: a lede opening with "Subscribers" is dropped as newsletter clutter by
# sentences.clean_page_text.
OWN_HOLDOUT_3 = HERE / "data" / "understand" / "own-holdout-3.jsonl"
# A fourth (65), in the house styles of trade papers, TV blogs, SEO explainers, UK tabloids, wire copy and anime sites,
# with 13 non-TV traps (sport contracts, games, films, flights, politics, earnings). First try, before any fix aimed
# at it: alert_precision 0.826, alert_recall 0.974, event_acc 0.877, show_acc 0.895, season_acc 0.974,
# network_acc 1.000, roundup_recall 0.667. After the fixes of its failure classes: 1.000 on every metric, and on its
# lowercase and ALL-CAPS headlines too.
OWN_HOLDOUT_4 = HERE / "data" / "understand" / "own-holdout-4.jsonl"
# A fifth (24), written in this round's third session in the shapes of tabloids, anime sites, fan blogs and trade
# papers before looking at how they score. First try: 1.000 on every metric but show_acc 0.955 (an unquoted
# "Outlander prequel") and network_acc 0.955 (an anime's Japanese broadcaster named in a background sentence, still
# missed); lowercase and ALL-CAPS headlines show_acc 0.955 (a pull-quote taken for a title). Both shows fixed.
OWN_HOLDOUT_5 = HERE / "data" / "understand" / "own-holdout-5.jsonl"
# A sixth (24: 8 roundups of different shapes, 10 TV-adjacent non-news traps), written after the fifth was fixed and
# scored before any change aimed at it. First try: alert_precision 0.857, alert_recall 0.857, event_acc 0.875,
# show_acc 1.000, season_acc 0.917, network_acc 1.000, roundup_recall 0.846 (misses: a list of one title per line,
# "picks up pilots to series", "has not yet announced whether", "after a single series" read as music news).
OWN_HOLDOUT_6 = HERE / "data" / "understand" / "own-holdout-6.jsonl"
# A seventh (24: outlets from the UK, Australia, India and Korea, anime studios, soaps, untitled projects), written
# after the sixth was fixed. First try: alert_precision 1.000, alert_recall 0.950, event_acc 0.958, show_acc 0.941,
# season_acc 1.000, network_acc 0.947, roundup_recall 0.750 (misses: a streamer no network list knows taken for the
# show, "star quits", "reveals premiere dates for X and Y"); lowercase headlines also lost a network-only relevance.
OWN_HOLDOUT_7 = HERE / "data" / "understand" / "own-holdout-7.jsonl"
# An eighth (20: premieres, trailers, production, casting, endings and their seasons), written after the seventh was
# fixed. First try: alert_precision 0.944, alert_recall 0.895, event_acc 0.850, show_acc 0.882, season_acc 1.000,
# network_acc 0.941 (misses: a person before a colon kicker, "Gen V" cut to "Gen", "Will Be Its Last?", "casting
# begins"). Left: "Christmas special confirmed" (no event), and in lowercase a sequel's title after "sequel".
OWN_HOLDOUT_8 = HERE / "data" / "understand" / "own-holdout-8.jsonl"
# A ninth (20: 12 TV-adjacent non-news traps, 5 roundups), written after the eighth was fixed. First try:
# alert_precision 0.750, alert_recall 0.800, event_acc 0.850, show_acc 0.500, season_acc 1.000, network_acc 1.000,
# roundup_recall 0.500 (misses: "fans think X was cancelled", "cancels X? Not quite", "Channel 4" read as a count,
# "renews three series: A, B and C", quoted titles the text joins, "; X, Y return", "and new comedy Y").
OWN_HOLDOUT_9 = HERE / "data" / "understand" / "own-holdout-9.jsonl"
# A tenth (16, mainstream trade and fan-site phrasing), written after the ninth was fixed, at the end of the round.
# First try, before any change: 1.000 on every metric, and on its lowercase and ALL-CAPS headlines too; one extra
# decision the scorer does not count ("'Station 19' stays cancelled"), since mended.
OWN_HOLDOUT_10 = HERE / "data" / "understand" / "own-holdout-10.jsonl"
# written blind by a helper that never read the code or ran the analyzer; first try 0.947 / 0.947 / 0.962 / 0.889 /
# 0.889 / 0.889, roundups 0.533
OWN_HOLDOUT_11 = HERE / "data" / "understand" / "own-holdout-11.jsonl"
# a second blind one, written by another helper after the eleventh was fixed; first try 0.895 / 0.895 / 0.885 /
# 0.941 / 0.941 / 1.000, roundups 0.533
OWN_HOLDOUT_12 = HERE / "data" / "understand" / "own-holdout-12.jsonl"
# a third blind one, aimed at what is hardest (traps with decision words, bulleted and headed lists, people's
# headlines); first try 0.857 / 0.900 / 0.821 / 0.833 / 1.000 / 1.000, roundups 0.471
OWN_HOLDOUT_13 = HERE / "data" / "understand" / "own-holdout-13.jsonl"
# a fourth blind one, mainstream outlets of 2025-26; first try 0.941 / 0.800 / 0.846 / 0.812 / 0.875 / 0.929,
# roundups 0.467; after its fixes season 0.900, network 0.944 and roundups 0.800 stay under the common floors
OWN_HOLDOUT_14 = HERE / "data" / "understand" / "own-holdout-14.jsonl"
METRICS = {"alert_precision", "alert_recall", "event_acc", "show_acc", "season_acc", "network_acc"}


def score(labels: Path, tmp_path: Path, capsys, transform=None) -> dict[str, float]:
    out = StringIO()
    lines = labels.read_text(encoding="utf-8").splitlines()
    if transform is not None:  # the same articles under another headline style
        rows = [json.loads(line) for line in lines if line.strip()]
        for row in rows:
            row["title"] = transform(row["title"])
        lines = [json.dumps(row) for row in rows]
        labels = tmp_path / f"labels-{labels.name}"
        labels.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert analyze_jsonl(lines, out) == 0
    preds = tmp_path / "pred.jsonl"
    preds.write_text(out.getvalue())
    argv = sys.argv
    sys.argv = ["score", str(labels), str(preds)]
    try:
        with pytest.raises(SystemExit) as done:
            runpy.run_path(str(SCORER), run_name="__main__")
    finally:
        sys.argv = argv
    assert done.value.code in (0, None)
    last = capsys.readouterr().out.strip().splitlines()[-1]
    return {k: float(v) for k, v in (pair.split("=") for pair in last.split())}


@pytest.mark.skipif(not SCORER.exists(), reason="the shared scorer is not present")
@pytest.mark.parametrize(
    "labels,floor",
    [(SHARED / "data" / "labelled-headlines.jsonl", 0.95), (HERE / "data" / "understand" / "own-headlines.jsonl", 0.9)],
)
def test_every_metric_meets_the_target(labels: Path, floor: float, tmp_path: Path, capsys):
    if not labels.exists():
        pytest.skip(f"{labels} is absent")
    metrics = score(labels, tmp_path, capsys)
    assert set(metrics) == METRICS
    low = {k: v for k, v in metrics.items() if v < floor}
    assert not low, low


# Floors: what the understanding step reached on these sets, minus a small margin (one or two items).
# Reached on real-articles-dev.jsonl: 1.000 0.973 0.983 1.000 0.973 0.987, roundup_recall 0.800;
# on own-real-style.jsonl: 1.000 0.986 0.991 1.000 1.000 1.000, roundup_recall 1.000.
# real-articles-dev.jsonl is third-party text read from ../shared; our own real-style set is ours, written before the
# fixes of issue 10 (first try: alert_recall 0.571, show_acc 0.600, roundup_recall 0.0).
DEV_FLOORS = {
    "alert_precision": 0.97,
    "alert_recall": 0.95,
    "event_acc": 0.96,
    "show_acc": 0.95,
    "season_acc": 0.95,
    "network_acc": 0.95,
    "roundup_recall": 0.75,
}
OWN_FLOORS = {
    "alert_precision": 0.97,
    "alert_recall": 0.95,
    "event_acc": 0.96,
    "show_acc": 0.96,
    "season_acc": 0.96,
    "network_acc": 0.96,
    "roundup_recall": 0.85,
}


@pytest.mark.skipif(not SCORER.exists() or not DEV.exists(), reason="the shared scorer or dev articles are absent")
def test_real_dev_articles_meet_their_floors(tmp_path: Path, capsys):
    metrics = score(DEV, tmp_path, capsys)
    low = {k: (metrics[k], floor) for k, floor in DEV_FLOORS.items() if metrics[k] < floor}
    assert not low, low


DEV2 = SHARED / "data" / "real-articles-dev2.jsonl"
# real-articles-dev2.jsonl (145 real articles, 115 outlets; last round's hidden set). First try before the
# understanding issue's work: 0.848 0.742 0.759 0.687 0.851 0.925, roundup_recall 0.130. First round: 0.937 0.809
# 0.848 0.824 0.892 0.932, roundups 0.246. Reached now: 0.976 0.876 0.910 0.901 0.914 0.938, roundups 0.391 (as
# written), 0.963 0.865 0.897 0.861 0.911 0.937, roundups 0.391 (lowercased). The target (every metric
# >= 0.95, roundups >= 0.85) is not met.
# Fifth round (classes from blind sets only): 0.988 0.899 0.931 0.940 0.928 0.952, roundups 0.435.
DEV2_FLOORS = {
    "alert_precision": 0.97,
    "alert_recall": 0.89,
    "event_acc": 0.92,
    "show_acc": 0.94,
    "season_acc": 0.93,
    "network_acc": 0.94,
    "roundup_recall": 0.46,
}


@pytest.mark.skipif(not SCORER.exists() or not DEV2.exists(), reason="the shared scorer or dev2 articles are absent")
@pytest.mark.parametrize("style", [None, str.lower], ids=["as-written", "lowercase"])
def test_real_dev2_articles_meet_their_floors(style, tmp_path: Path, capsys):
    metrics = score(DEV2, tmp_path, capsys, transform=style)
    floors = DEV2_FLOORS if style is None else {k: v - 0.05 for k, v in DEV2_FLOORS.items()}
    low = {k: (metrics[k], floor) for k, floor in floors.items() if metrics[k] < floor}
    assert not low, low


@pytest.mark.skipif(not SCORER.exists(), reason="the shared scorer is not present")
@pytest.mark.parametrize("style", [None, str.lower, str.upper], ids=["as-written", "lowercase", "uppercase"])
def test_own_real_style_set_meets_its_floors(style, tmp_path: Path, capsys):
    metrics = score(OWN_REAL, tmp_path, capsys, transform=style)
    floors = dict(OWN_FLOORS)
    if style is not None:  # a lowercase or ALL-CAPS headline hides where titles start: a little less is fine
        floors = {k: v - 0.05 for k, v in floors.items()}
    low = {k: (metrics[k], floor) for k, floor in floors.items() if metrics[k] < floor}
    assert not low, low


# Each held-out set with how far under OWN_FLOORS it may score (what a set's known misses cost it)
HOLDOUTS = {
    "holdout-1": (OWN_HOLDOUT, 0.0),
    "holdout-2": (OWN_HOLDOUT_2, 0.0),
    "holdout-3": (OWN_HOLDOUT_3, 0.07),
    "holdout-4": (OWN_HOLDOUT_4, 0.0),
    "holdout-5": (OWN_HOLDOUT_5, 0.01),
    "holdout-6": (OWN_HOLDOUT_6, 0.0),
    "holdout-7": (OWN_HOLDOUT_7, 0.0),
    "holdout-8": (OWN_HOLDOUT_8, 0.02),
    "holdout-9": (OWN_HOLDOUT_9, 0.0),
    "holdout-10": (OWN_HOLDOUT_10, 0.0),
    "holdout-11": (OWN_HOLDOUT_11, 0.0),
    "holdout-12": (OWN_HOLDOUT_12, 0.0),
    "holdout-13": (OWN_HOLDOUT_13, 0.0),
    "holdout-14": (OWN_HOLDOUT_14, 0.06),
}
# The sets written with lowercase and ALL-CAPS headlines in mind, scored under those styles too
RESTYLED = [
    "holdout-4",
    "holdout-5",
    "holdout-6",
    "holdout-7",
    "holdout-8",
    "holdout-9",
    "holdout-10",
    "holdout-11",
    "holdout-12",
]


# Blind sets whose classes are not all mended yet (tests/data/understand-open/, outside the own sets that must add
# no extra decision): written by helpers that never read bot/ and scored before any fix. First tries on the code
# before this round (precision recall event show season network roundups):
#   holdout-15: 0.750 0.750 0.750 0.800 1.000 1.000 0.588    holdout-16: 0.833 0.833 0.864 0.733 0.867 1.000 0.673
#   holdout-17 (30, written after the fixes of -15 and -16, same first try on both codes):
#               0.870 0.952 0.867 0.850 0.950 0.941 0.667
#   holdout-18 (30 feed-style items, 12 traps, written after the fixes of -17), first try on the code after those
#               fixes: 0.938 0.833 0.867 0.933 0.933 1.000 1.000 (on the code the round started from: show 1.000)
#   holdout-19 (32, written after the fixes of -18), first try (the same on the code the round started from):
#               0.895 0.773 0.812 0.765 1.000 0.941 0.667
#   holdout-20 (32, written after the fixes of -19), first try: 0.750 0.783 0.781 0.944 1.000 1.000 0.778 (on the
#               code the round started from: show 0.889, season 0.941, roundups 0.833)
#   holdout-21 (36, written last, after every other fix of the round, mixed like the hidden set): first try
#               0.852 0.885 0.861 1.000 1.000 1.000 0.786 (on the code the round started from: 0.821 0.885 0.833 1.000
#               1.000 1.000 0.786)
#   holdout-22 (36, mixed like the hidden set, written after -21's fixes): first try 0.826 0.760 0.778 0.895 1.000
#               0.947 0.615 (on the code the round started from: 0.783 0.720 0.722 0.889 1.000 0.944 0.615)
# Their floors are what the mended classes reached, less 0.03 (raised in the tenth round to what every set scores
# now, less 0.02, where that was higher); what is left is listed in the README. Later sets carry their first tries
# beside their floors (holdout-74 to -83, the eleventh round: what they score after its fixes, less 0.02, at most
# 0.98).
OPEN_SETS = {
    "holdout-15": {
        "alert_precision": 0.98,
        "alert_recall": 0.93,
        "event_acc": 0.94,
        "show_acc": 0.87,
        "season_acc": 0.98,
        "network_acc": 0.98,
        "roundup_recall": 0.92,
    },
    "holdout-16": {
        "alert_precision": 0.98,
        "alert_recall": 0.98,
        "event_acc": 0.98,
        "show_acc": 0.92,
        "season_acc": 0.92,
        "network_acc": 0.98,
        "roundup_recall": 0.76,
    },
    "holdout-17": {
        "alert_precision": 0.98,
        "alert_recall": 0.98,
        "event_acc": 0.98,
        "show_acc": 0.98,
        "season_acc": 0.98,
        "network_acc": 0.98,
        "roundup_recall": 0.75,
    },
    "holdout-18": {
        "alert_precision": 0.98,
        "alert_recall": 0.92,
        "event_acc": 0.94,
        "show_acc": 0.98,
        "season_acc": 0.92,
        "network_acc": 0.98,
        "roundup_recall": 0.98,
    },
    "holdout-19": {
        "alert_precision": 0.98,
        "alert_recall": 0.93,
        "event_acc": 0.94,
        "show_acc": 0.93,
        "season_acc": 0.98,
        "network_acc": 0.93,
        "roundup_recall": 0.73,
    },
    "holdout-20": {
        "alert_precision": 0.93,
        "alert_recall": 0.93,
        "event_acc": 0.94,
        "show_acc": 0.93,
        "season_acc": 0.93,
        "network_acc": 0.98,
        "roundup_recall": 0.86,
    },
    "holdout-21": {
        "alert_precision": 0.98,
        "alert_recall": 0.98,
        "event_acc": 0.98,
        "show_acc": 0.98,
        "season_acc": 0.98,
        "network_acc": 0.98,
        "roundup_recall": 0.76,
    },
    # (fourteenth round: h22-34 now alerts for the headline's first sequel, the right show, whose season only a heading
    # line gives; it alerted for the studio, a wrong show with the right season, before. Show floor up, season down)
    "holdout-22": {
        "alert_precision": 0.86,
        "alert_recall": 0.90,
        "event_acc": 0.89,
        "show_acc": 0.93,
        "season_acc": 0.93,
        "network_acc": 0.89,
        "roundup_recall": 0.74,
    },
    # first tries (sixth round, on the code at 1ffffb9): holdout-23 0.792 / 0.760 / 0.722 / 0.842 / 0.895 / 0.842 /
    # 0.050; holdout-24 0.826 / 0.760 / 0.778 / 0.947 / 1.000 / 1.000 / 0.333 (the same on f84b958)
    "holdout-23": {
        "alert_precision": 0.98,
        "alert_recall": 0.98,
        "event_acc": 0.98,
        "show_acc": 0.98,
        "season_acc": 0.89,
        "network_acc": 0.90,
        "roundup_recall": 0.63,
    },
    "holdout-24": {
        "alert_precision": 0.98,
        "alert_recall": 0.98,
        "event_acc": 0.98,
        "show_acc": 0.98,
        "season_acc": 0.98,
        "network_acc": 0.98,
        "roundup_recall": 0.86,
    },
    # first tries (on the code at c0e7d9b): holdout-25 0.870 / 0.800 / 0.833 / 0.850 / 0.950 / 0.950 / 0.733;
    # holdout-26 0.815 / 0.880 / 0.806 / 0.818 / 0.905 / 0.818 / 0.789 (f84b958: the same but precision 0.833 and
    # event 0.806 on holdout-25, roundups 0.684 on holdout-26)
    "holdout-25": {
        "alert_precision": 0.98,
        "alert_recall": 0.90,
        "event_acc": 0.92,
        "show_acc": 0.89,
        "season_acc": 0.93,
        "network_acc": 0.98,
        "roundup_recall": 0.84,
    },
    "holdout-26": {
        "alert_precision": 0.94,
        "alert_recall": 0.98,
        "event_acc": 0.95,
        "show_acc": 0.94,
        "season_acc": 0.93,
        "network_acc": 0.90,
        "roundup_recall": 0.82,
    },
    # first tries (on the code at 0bdb0b9): holdout-27 0.690 / 0.800 / 0.694 / 0.850 / 0.950 / 0.950 / 0.438 (the
    # same on f84b958); holdout-28 0.833 / 0.800 / 0.778 / 0.850 / 0.850 / 0.950 / 0.455 (f84b958: 0.800 / 0.800 /
    # 0.750 / 0.800 / 0.850 / 0.950 / 0.364)
    "holdout-27": {
        "alert_precision": 0.79,
        "alert_recall": 0.86,
        "event_acc": 0.84,
        "show_acc": 0.88,
        "season_acc": 0.93,
        "network_acc": 0.98,
        "roundup_recall": 0.42,
    },
    "holdout-28": {
        "alert_precision": 0.86,
        "alert_recall": 0.94,
        "event_acc": 0.89,
        "show_acc": 0.93,
        "season_acc": 0.89,
        "network_acc": 0.98,
        "roundup_recall": 0.66,
    },
    # first try (on the code at 229e568): 0.786 / 0.880 / 0.778 / 0.773 / 0.909 / 0.955 / 0.722
    "holdout-29": {
        "alert_precision": 0.98,
        "alert_recall": 0.98,
        "event_acc": 0.98,
        "show_acc": 0.98,
        "season_acc": 0.90,
        "network_acc": 0.98,
        "roundup_recall": 0.81,
    },
    # first try (on the code at 229e568): 0.786 / 0.880 / 0.778 / 0.864 / 1.000 / 1.000 / 0.579
    "holdout-30": {
        "alert_precision": 0.98,
        "alert_recall": 0.98,
        "event_acc": 0.98,
        "show_acc": 0.98,
        "season_acc": 0.98,
        "network_acc": 0.98,
        "roundup_recall": 0.76,
    },
    # first try (on the code at 229e568): 0.773 / 0.680 / 0.722 / 0.706 / 0.941 / 0.941 / 0.471
    "holdout-31": {
        "alert_precision": 0.93,
        "alert_recall": 0.90,
        "event_acc": 0.92,
        "show_acc": 0.93,
        "season_acc": 0.98,
        "network_acc": 0.93,
        "roundup_recall": 0.92,
    },
    # first try (on the code at 4a7ad5c): 0.880 / 0.917 / 0.889 / 0.909 / 0.955 / 1.000 / 0.625
    "holdout-32": {
        "alert_precision": 0.98,
        "alert_recall": 0.98,
        "event_acc": 0.98,
        "show_acc": 0.93,
        "season_acc": 0.89,
        "network_acc": 0.98,
        "roundup_recall": 0.77,
    },
    # first try (on the code at 4a7ad5c): 0.833 / 0.800 / 0.750 / 0.800 / 0.900 / 0.950 / 0.667
    "holdout-33": {
        "alert_precision": 0.94,
        "alert_recall": 0.98,
        "event_acc": 0.95,
        "show_acc": 0.94,
        "season_acc": 0.90,
        "network_acc": 0.98,
        "roundup_recall": 0.84,
    },
    # first try (on the code at 4a7ad5c): 0.917 / 0.880 / 0.889 / 0.864 / 0.955 / 0.773 / 0.267
    "holdout-34": {
        "alert_precision": 0.93,
        "alert_recall": 0.90,
        "event_acc": 0.92,
        "show_acc": 0.98,
        "season_acc": 0.93,
        "network_acc": 0.93,
        "roundup_recall": 0.71,
    },
    # first try (on the code at eeb30b8): 0.917 / 0.917 / 0.889 / 0.909 / 0.955 / 0.909 / 0.722
    "holdout-35": {
        "alert_precision": 0.93,
        "alert_recall": 0.93,
        "event_acc": 0.92,
        "show_acc": 0.89,
        "season_acc": 0.98,
        "network_acc": 0.93,
        "roundup_recall": 0.75,
    },
    # first try (on the code at 948b9a9): 1.000 / 0.875 / 0.917 / 0.952 / 1.000 / 0.905 / 0.765
    "holdout-36": {
        "alert_precision": 0.98,
        "alert_recall": 0.98,
        "event_acc": 0.98,
        "show_acc": 0.98,
        "season_acc": 0.93,
        "network_acc": 0.89,
        "roundup_recall": 0.98,
    },
    # first try (on the code at 948b9a9): 0.800 / 0.800 / 0.778 / 0.950 / 0.950 / 0.950 / 0.833
    "holdout-37": {
        "alert_precision": 0.93,
        "alert_recall": 0.90,
        "event_acc": 0.92,
        "show_acc": 0.98,
        "season_acc": 0.93,
        "network_acc": 0.93,
        "roundup_recall": 0.89,
    },
    # first try (on the code at 48dc926): 0.889 / 0.958 / 0.889 / 0.917 / 0.917 / 0.917 / 0.400
    "holdout-38": {
        "alert_precision": 0.90,
        "alert_recall": 0.98,
        "event_acc": 0.92,
        "show_acc": 0.98,
        "season_acc": 0.90,
        "network_acc": 0.94,
        "roundup_recall": 0.43,
    },
    # first try (on the code at 48dc926): 0.821 / 0.958 / 0.861 / 0.870 / 0.870 / 0.913 / 0.706
    "holdout-39": {
        "alert_precision": 0.93,
        "alert_recall": 0.93,
        "event_acc": 0.95,
        "show_acc": 0.89,
        "season_acc": 0.93,
        "network_acc": 0.98,
        "roundup_recall": 0.74,
    },
    # first try (on the code at 70e4afc): 0.960 / 1.000 / 0.972 / 1.000 / 0.958 / 0.875 / 0.643
    "holdout-40": {
        "alert_precision": 0.94,
        "alert_recall": 0.98,
        "event_acc": 0.95,
        "show_acc": 0.98,
        "season_acc": 0.93,
        "network_acc": 0.93,
        "roundup_recall": 0.62,
    },
    # first try (on the code at 70e4afc): 0.857 / 1.000 / 0.889 / 0.875 / 1.000 / 1.000 / 0.667
    "holdout-41": {
        "alert_precision": 0.90,
        "alert_recall": 0.98,
        "event_acc": 0.92,
        "show_acc": 0.98,
        "season_acc": 0.93,
        "network_acc": 0.98,
        "roundup_recall": 0.64,
    },
    # first try (on the code at 70e4afc): 0.880 / 0.880 / 0.861 / 0.864 / 0.909 / 0.818 / 0.889
    "holdout-42": {
        "alert_precision": 0.98,
        "alert_recall": 0.94,
        "event_acc": 0.95,
        "show_acc": 0.98,
        "season_acc": 0.93,
        "network_acc": 0.93,
        "roundup_recall": 0.98,
    },
    # first try (on the code at 70e4afc): 0.952 / 0.792 / 0.833 / 0.800 / 0.900 / 0.900 / 0.500
    "holdout-43": {
        "alert_precision": 0.98,
        "alert_recall": 0.81,
        "event_acc": 0.86,
        "show_acc": 0.79,
        "season_acc": 0.88,
        "network_acc": 0.93,
        "roundup_recall": 0.48,
    },
    # first try (on the code at 84acd09): 0.917 / 0.917 / 0.917 / 0.864 / 0.909 / 0.955 / 0.450
    "holdout-44": {
        "alert_precision": 0.93,
        "alert_recall": 0.93,
        "event_acc": 0.95,
        "show_acc": 0.93,
        "season_acc": 0.98,
        "network_acc": 0.93,
        "roundup_recall": 0.68,
    },
    # first try (on the code at 84acd09): 0.963 / 0.929 / 0.917 / 0.923 / 0.962 / 0.962 / 0.514
    "holdout-45": {
        "alert_precision": 0.94,
        "alert_recall": 0.98,
        "event_acc": 0.95,
        "show_acc": 0.90,
        "season_acc": 0.94,
        "network_acc": 0.98,
        "roundup_recall": 0.52,
    },
    # first try (on the code at 84acd09): 0.870 / 1.000 / 0.917 / 0.950 / 1.000 / 1.000 / 0.750
    "holdout-46": {
        "alert_precision": 0.98,
        "alert_recall": 0.98,
        "event_acc": 0.98,
        "show_acc": 0.93,
        "season_acc": 0.98,
        "network_acc": 0.98,
        "roundup_recall": 0.78,
    },
    # first try (on the code at 84acd09): 0.889 / 0.960 / 0.889 / 0.958 / 0.917 / 0.917 / 0.714
    "holdout-47": {
        "alert_precision": 0.94,
        "alert_recall": 0.94,
        "event_acc": 0.92,
        "show_acc": 0.98,
        "season_acc": 0.89,
        "network_acc": 0.89,
        "roundup_recall": 0.74,
    },
    # first try (on the code at 041285d): 0.880 / 0.917 / 0.861 / 0.955 / 0.955 / 0.955 / 0.600
    "holdout-48": {
        "alert_precision": 0.93,
        "alert_recall": 0.89,
        "event_acc": 0.89,
        "show_acc": 0.93,
        "season_acc": 0.93,
        "network_acc": 0.93,
        "roundup_recall": 0.58,
    },
    # first try (on the code at 041285d): 0.958 / 0.958 / 0.944 / 1.000 / 1.000 / 0.957 / 0.650
    "holdout-49": {
        "alert_precision": 0.98,
        "alert_recall": 0.98,
        "event_acc": 0.98,
        "show_acc": 0.98,
        "season_acc": 0.98,
        "network_acc": 0.98,
        "roundup_recall": 0.83,
    },
    # first try (on the code at 041285d): 0.862 / 1.000 / 0.889 / 0.920 / 1.000 / 0.800 / 0.471
    "holdout-50": {
        "alert_precision": 0.90,
        "alert_recall": 0.98,
        "event_acc": 0.92,
        "show_acc": 0.90,
        "season_acc": 0.98,
        "network_acc": 0.82,
        "roundup_recall": 0.45,
    },
    # first try (on the code at 041285d): 0.880 / 0.880 / 0.917 / 0.864 / 0.955 / 1.000 / 0.900
    "holdout-51": {
        "alert_precision": 0.90,
        "alert_recall": 0.90,
        "event_acc": 0.92,
        "show_acc": 0.85,
        "season_acc": 0.93,
        "network_acc": 0.98,
        "roundup_recall": 0.93,
    },
    # first try (on the code at 8de76ec): 0.880 / 0.917 / 0.889 / 0.909 / 0.909 / 0.909 / 0.667
    "holdout-52": {
        "alert_precision": 0.98,
        "alert_recall": 0.98,
        "event_acc": 0.98,
        "show_acc": 0.98,
        "season_acc": 0.93,
        "network_acc": 0.93,
        "roundup_recall": 0.92,
    },
    # first try (on the code at 8de76ec): 0.870 / 0.800 / 0.806 / 0.900 / 0.950 / 1.000 / 0.579
    "holdout-53": {
        "alert_precision": 0.90,
        "alert_recall": 0.90,
        "event_acc": 0.89,
        "show_acc": 0.93,
        "season_acc": 0.93,
        "network_acc": 0.98,
        "roundup_recall": 0.71,
    },
    # first try (on the code at 8de76ec): 0.870 / 0.833 / 0.861 / 0.950 / 0.895 / 0.950 / 0.818
    "holdout-54": {
        "alert_precision": 0.93,
        "alert_recall": 0.85,
        "event_acc": 0.89,
        "show_acc": 0.93,
        "season_acc": 0.88,
        "network_acc": 0.98,
        "roundup_recall": 0.79,
    },
    # first try (on the code at 8de76ec): 0.792 / 0.760 / 0.778 / 0.895 / 0.947 / 1.000 / 0.611
    # (season and network fell from 0.955 / 1.000 as two more alerts came right: 24 alerts, not 22)
    "holdout-55": {
        "alert_precision": 0.98,
        "alert_recall": 0.94,
        "event_acc": 0.95,
        "show_acc": 0.89,
        "season_acc": 0.89,
        "network_acc": 0.93,
        "roundup_recall": 0.59,
    },
    # first try (on the code at a00eb6e): 0.920 / 0.920 / 0.917 / 0.957 / 0.957 / 0.957 / 0.579
    "holdout-56": {
        "alert_precision": 0.98,
        "alert_recall": 0.94,
        "event_acc": 0.95,
        "show_acc": 0.98,
        "season_acc": 0.93,
        "network_acc": 0.93,
        "roundup_recall": 0.61,
    },
    # first try (on the code at a00eb6e): 0.889 / 0.885 / 0.917 / 0.875 / 0.958 / 1.000 / 0.667
    "holdout-57": {
        "alert_precision": 0.94,
        "alert_recall": 0.94,
        "event_acc": 0.95,
        "show_acc": 0.90,
        "season_acc": 0.98,
        "network_acc": 0.98,
        "roundup_recall": 0.71,
    },
    # first try (on the code at a00eb6e): 0.962 / 0.962 / 0.944 / 1.000 / 1.000 / 1.000 / 0.882
    "holdout-58": {
        "alert_precision": 0.98,
        "alert_recall": 0.98,
        "event_acc": 0.98,
        "show_acc": 0.94,
        "season_acc": 0.98,
        "network_acc": 0.98,
        "roundup_recall": 0.86,
    },
    # first try (on the code at a00eb6e): 0.727 / 0.889 / 0.778 / 0.812 / 1.000 / 1.000 / 0.600
    "holdout-59": {
        "alert_precision": 0.92,
        "alert_recall": 0.98,
        "event_acc": 0.95,
        "show_acc": 0.92,
        "season_acc": 0.98,
        "network_acc": 0.98,
        "roundup_recall": 0.91,
    },
    # first try (on the code at 205ae2a): 0.917 / 0.880 / 0.889 / 0.955 / 1.000 / 1.000 / 0.864
    "holdout-60": {
        "alert_precision": 0.90,
        "alert_recall": 0.94,
        "event_acc": 0.92,
        "show_acc": 0.93,
        "season_acc": 0.98,
        "network_acc": 0.98,
        "roundup_recall": 0.84,
    },
    # first try (on the code at 205ae2a): 0.917 / 0.880 / 0.889 / 0.818 / 0.905 / 0.909 / 0.727
    "holdout-61": {
        "alert_precision": 0.98,
        "alert_recall": 0.98,
        "event_acc": 0.98,
        "show_acc": 0.86,
        "season_acc": 0.89,
        "network_acc": 0.90,
        "roundup_recall": 0.70,
    },
    # first try (on the code at 205ae2a): 0.923 / 0.960 / 0.944 / 0.917 / 1.000 / 1.000 / 0.800
    "holdout-62": {
        "alert_precision": 0.98,
        "alert_recall": 0.98,
        "event_acc": 0.98,
        "show_acc": 0.90,
        "season_acc": 0.98,
        "network_acc": 0.98,
        "roundup_recall": 0.78,
    },
    # first try (on the code at 205ae2a): 1.000 / 0.880 / 0.917 / 1.000 / 0.955 / 1.000 / 0.273
    "holdout-63": {
        "alert_precision": 0.98,
        "alert_recall": 0.94,
        "event_acc": 0.95,
        "show_acc": 0.98,
        "season_acc": 0.93,
        "network_acc": 0.98,
        "roundup_recall": 0.61,
    },
    # first try (on the code at a8b4a98): 0.929 / 1.000 / 0.944 / 0.885 / 0.958 / 0.962 / 0.857
    "holdout-64": {
        "alert_precision": 0.94,
        "alert_recall": 0.98,
        "event_acc": 0.95,
        "show_acc": 0.86,
        "season_acc": 0.93,
        "network_acc": 0.94,
        "roundup_recall": 0.83,
    },
    # first try (on the code at a8b4a98): 0.893 / 0.833 / 0.861 / 0.880 / 0.833 / 0.920 / 0.439
    "holdout-65": {
        "alert_precision": 0.91,
        "alert_recall": 0.88,
        "event_acc": 0.89,
        "show_acc": 0.86,
        "season_acc": 0.78,
        "network_acc": 0.90,
        "roundup_recall": 0.41,
    },
    # first try (on the code at a8b4a98): 0.920 / 0.852 / 0.889 / 0.652 / 1.000 / 1.000 / 0.533
    "holdout-66": {
        "alert_precision": 0.94,
        "alert_recall": 0.94,
        "event_acc": 0.95,
        "show_acc": 0.74,
        "season_acc": 0.98,
        "network_acc": 0.94,
        "roundup_recall": 0.51,
    },
    # first try (on the code at a8b4a98): 0.958 / 0.885 / 0.889 / 0.957 / 0.952 / 0.913 / 0.818
    "holdout-67": {
        "alert_precision": 0.94,
        "alert_recall": 0.98,
        "event_acc": 0.95,
        "show_acc": 0.98,
        "season_acc": 0.98,
        "network_acc": 0.86,
        "roundup_recall": 0.98,
    },
    # first try (on the code at a8b4a98): 0.905 / 0.864 / 0.861 / 0.947 / 0.895 / 0.842 / 0.857
    "holdout-68": {
        "alert_precision": 0.93,
        "alert_recall": 0.98,
        "event_acc": 0.95,
        "show_acc": 0.93,
        "season_acc": 0.84,
        "network_acc": 0.79,
        "roundup_recall": 0.83,
    },
    # first try (on the code at a8b4a98): 0.893 / 0.893 / 0.861 / 1.000 / 0.960 / 1.000 / 0.733
    "holdout-69": {
        "alert_precision": 0.87,
        "alert_recall": 0.90,
        "event_acc": 0.86,
        "show_acc": 0.98,
        "season_acc": 0.94,
        "network_acc": 0.98,
        "roundup_recall": 0.71,
    },
    # first try (on the code at 9566120): 1.000 / 0.840 / 0.889 / 0.952 / 0.952 / 1.000 / 0.750
    "holdout-70": {
        "alert_precision": 0.98,
        "alert_recall": 0.94,
        "event_acc": 0.95,
        "show_acc": 0.93,
        "season_acc": 0.93,
        "network_acc": 0.98,
        "roundup_recall": 0.85,
    },
    # first try (on the code at 9566120): 0.857 / 0.889 / 0.861 / 0.792 / 0.957 / 0.917 / 0.500
    "holdout-71": {
        "alert_precision": 0.98,
        "alert_recall": 0.94,
        "event_acc": 0.95,
        "show_acc": 0.90,
        "season_acc": 0.94,
        "network_acc": 0.90,
        "roundup_recall": 0.48,
    },
    # first try (on the code at 9566120): 0.852 / 0.821 / 0.806 / 0.913 / 0.913 / 0.913 / 0.516
    "holdout-72": {
        "alert_precision": 0.98,
        "alert_recall": 0.98,
        "event_acc": 0.98,
        "show_acc": 0.90,
        "season_acc": 0.87,
        "network_acc": 0.90,
        "roundup_recall": 0.69,
    },
    # first try (on the code at 9566120): 0.909 / 0.833 / 0.833 / 1.000 / 1.000 / 0.850 / 0.600
    "holdout-73": {
        "alert_precision": 0.98,
        "alert_recall": 0.98,
        "event_acc": 0.98,
        "show_acc": 0.98,
        "season_acc": 0.98,
        "network_acc": 0.77,
        "roundup_recall": 0.58,
    },
    # first try (on the code at 33699c7): 0.880 / 0.880 / 0.861 / 0.864 / 0.952 / 0.909 / 0.938
    "holdout-74": {
        "alert_precision": 0.98,
        "alert_recall": 0.94,
        "event_acc": 0.95,
        "show_acc": 0.89,
        "season_acc": 0.93,
        "network_acc": 0.89,
        "roundup_recall": 0.98,
    },
    # first try (on the code at 33699c7): 0.792 / 0.731 / 0.750 / 0.947 / 1.000 / 0.889 / 0.455
    "holdout-75": {
        "alert_precision": 0.93,
        "alert_recall": 0.86,
        "event_acc": 0.89,
        "show_acc": 0.98,
        "season_acc": 0.98,
        "network_acc": 0.84,
        "roundup_recall": 0.70,
    },
    # first try (on the code at 33699c7): 0.893 / 1.000 / 0.917 / 0.840 / 1.000 / 1.000 / 0.500
    "holdout-76": {
        "alert_precision": 0.98,
        "alert_recall": 0.98,
        "event_acc": 0.98,
        "show_acc": 0.86,
        "season_acc": 0.98,
        "network_acc": 0.98,
        "roundup_recall": 0.73,
    },
    # first try (on the code at 33699c7): 0.926 / 0.962 / 0.917 / 0.960 / 0.957 / 0.958 / 0.750
    "holdout-77": {
        "alert_precision": 0.98,
        "alert_recall": 0.98,
        "event_acc": 0.98,
        "show_acc": 0.94,
        "season_acc": 0.89,
        "network_acc": 0.98,
        "roundup_recall": 0.73,
    },
    # first try (written after -74..-77's fixes, on the code between 88ab87d and ef17a0e): 1.000 / 0.960 / 0.972 /
    # 0.958 / 1.000 / 1.000 / 0.562 (on 33699c7: 0.960 / 0.960 / 0.944 / 0.958 / 1.000 / 1.000 / 0.562)
    "holdout-78": {
        "alert_precision": 0.98,
        "alert_recall": 0.98,
        "event_acc": 0.98,
        "show_acc": 0.90,
        "season_acc": 0.98,
        "network_acc": 0.98,
        "roundup_recall": 0.54,
    },
    # first try (written after -74..-77's fixes, on the code between 88ab87d and ef17a0e): 0.840 / 0.840 / 0.833 /
    # 0.952 / 0.950 / 0.952 / 0.538 (on 33699c7: 0.769 / 0.800 / 0.778 / 0.950 / 0.947 / 0.950 / 0.538)
    "holdout-79": {
        "alert_precision": 0.98,
        "alert_recall": 0.98,
        "event_acc": 0.98,
        "show_acc": 0.90,
        "season_acc": 0.93,
        "network_acc": 0.90,
        "roundup_recall": 0.59,
    },
    # first try (written last, on the code before ef17a0e, the same as on 33699c7): 0.960 / 0.960 / 0.972 / 0.792 /
    # 0.955 / 1.000 / 0.333
    "holdout-80": {
        "alert_precision": 0.98,
        "alert_recall": 0.98,
        "event_acc": 0.98,
        "show_acc": 0.78,
        "season_acc": 0.93,
        "network_acc": 0.98,
        "roundup_recall": 0.31,
    },
    # first try (written after every other fix of the round, on 94fb03e): 0.913 / 0.840 / 0.889 / 0.857 / 1.000 /
    # 0.952 / 0.692 (on 33699c7: 0.909 / 0.800 / 0.861 / 0.850 / 1.000 / 0.950 / 0.692)
    "holdout-81": {
        "alert_precision": 0.90,
        "alert_recall": 0.90,
        "event_acc": 0.92,
        "show_acc": 0.85,
        "season_acc": 0.98,
        "network_acc": 0.93,
        "roundup_recall": 0.67,
    },
    # first try (written after every other fix of the round, on 94fb03e): 0.870 / 0.800 / 0.833 / 0.800 / 0.944 /
    # 0.900 / 0.389 (on 33699c7: 0.875 / 0.840 / 0.833 / 0.762 / 0.947 / 0.905 / 0.278)
    "holdout-82": {
        "alert_precision": 0.86,
        "alert_recall": 0.90,
        "event_acc": 0.89,
        "show_acc": 0.80,
        "season_acc": 0.88,
        "network_acc": 0.85,
        "roundup_recall": 0.36,
    },
    # first try (written after every other fix of the round, on 94fb03e): 0.895 / 0.680 / 0.750 / 0.588 / 1.000 /
    # 1.000 / 0.267 (on 33699c7: 0.900 / 0.720 / 0.778 / 0.611 / 1.000 / 1.000 / 0.267)
    "holdout-83": {
        "alert_precision": 0.88,
        "alert_recall": 0.74,
        "event_acc": 0.78,
        "show_acc": 0.61,
        "season_acc": 0.98,
        "network_acc": 0.98,
        "roundup_recall": 0.24,
    },
    # first try (written at the start of the round, on 8d43f5d): 0.920 / 0.920 / 0.917 / 0.870 / 0.950 / 1.000 / 0.857
    "holdout-84": {
        "alert_precision": 0.94,
        "alert_recall": 0.94,
        "event_acc": 0.95,
        "show_acc": 0.98,
        "season_acc": 0.98,
        "network_acc": 0.98,
        "roundup_recall": 0.83,
    },
    # first try (written at the start of the round, on 8d43f5d): 1.000 / 0.960 / 0.972 / 0.875 / 0.955 / 1.000 / 0.786
    "holdout-85": {
        "alert_precision": 0.98,
        "alert_recall": 0.98,
        "event_acc": 0.98,
        "show_acc": 0.98,
        "season_acc": 0.93,
        "network_acc": 0.98,
        "roundup_recall": 0.83,
    },
    # first try (written at the start of the round, on 8d43f5d): 0.957 / 0.880 / 0.917 / 0.955 / 0.952 / 0.909 / 0.538
    "holdout-86": {
        "alert_precision": 0.94,
        "alert_recall": 0.94,
        "event_acc": 0.95,
        "show_acc": 0.98,
        "season_acc": 0.98,
        "network_acc": 0.98,
        "roundup_recall": 0.82,
    },
    # first try (written at the start of the round, on 8d43f5d): 1.000 / 0.929 / 0.944 / 0.885 / 1.000 / 0.880 / 0.581
    "holdout-87": {
        "alert_precision": 0.98,
        "alert_recall": 0.94,
        "event_acc": 0.95,
        "show_acc": 0.94,
        "season_acc": 0.98,
        "network_acc": 0.94,
        "roundup_recall": 0.75,
    },
    # first try (written during the round, on 34f3188): 0.920 / 0.920 / 0.889 / 0.870 / 0.957 / 0.955 / 0.636
    # (on 8d43f5d: show 0.826, roundups 0.455)
    "holdout-88": {
        "alert_precision": 0.98,
        "alert_recall": 0.90,
        "event_acc": 0.92,
        "show_acc": 0.85,
        "season_acc": 0.93,
        "network_acc": 0.93,
        "roundup_recall": 0.70,
    },
    # first try (written during the round, on 34f3188): 0.846 / 0.880 / 0.861 / 0.636 / 0.895 / 1.000 / 0.643
    # (the same on 8d43f5d)
    "holdout-89": {
        "alert_precision": 0.89,
        "alert_recall": 0.86,
        "event_acc": 0.89,
        "show_acc": 0.66,
        "season_acc": 0.87,
        "network_acc": 0.98,
        "roundup_recall": 0.62,
    },
    # first try (written during the round, on 34f3188): 1.000 / 0.960 / 0.972 / 0.917 / 1.000 / 0.792 / 0.417
    # (the same on 8d43f5d)
    "holdout-90": {
        "alert_precision": 0.98,
        "alert_recall": 0.98,
        "event_acc": 0.98,
        "show_acc": 0.94,
        "season_acc": 0.98,
        "network_acc": 0.98,
        "roundup_recall": 0.48,
    },
    # first try (written during the round, on 34f3188): 0.842 / 0.800 / 0.806 / 0.938 / 0.938 / 1.000 / 0.500
    # (the same on 8d43f5d)
    "holdout-91": {
        "alert_precision": 0.93,
        "alert_recall": 0.93,
        "event_acc": 0.92,
        "show_acc": 0.92,
        "season_acc": 0.92,
        "network_acc": 0.98,
        "roundup_recall": 0.48,
    },
    # first try (written after every fix of the round, never read), on a95f54e:
    # 0.960 / 0.960 / 0.972 / 0.917 / 1.000 / 1.000 / 0.667
    "holdout-92": {
        "alert_precision": 0.94,
        "alert_recall": 0.94,
        "event_acc": 0.95,
        "show_acc": 0.89,
        "season_acc": 0.98,
        "network_acc": 0.98,
        "roundup_recall": 0.64,
    },
    # first try (written after every fix of the round, never read), on a95f54e:
    # 0.875 / 0.840 / 0.889 / 0.952 / 1.000 / 0.950 / 0.615
    "holdout-93": {
        "alert_precision": 0.85,
        "alert_recall": 0.82,
        "event_acc": 0.86,
        "show_acc": 0.93,
        "season_acc": 0.98,
        "network_acc": 0.93,
        "roundup_recall": 0.59,
    },
    # first try (written after every fix of the round, never read), on a95f54e:
    # 1.000 / 1.000 / 1.000 / 0.889 / 0.960 / 1.000 / 0.692
    "holdout-94": {
        "alert_precision": 0.98,
        "alert_recall": 0.98,
        "event_acc": 0.98,
        "show_acc": 0.86,
        "season_acc": 0.94,
        "network_acc": 0.98,
        "roundup_recall": 0.67,
    },
    # first try (written after every fix of the round, never read), on a95f54e:
    # 0.960 / 0.960 / 0.944 / 0.875 / 1.000 / 1.000 / 0.538
    "holdout-95": {
        "alert_precision": 0.94,
        "alert_recall": 0.94,
        "event_acc": 0.92,
        "show_acc": 0.85,
        "season_acc": 0.98,
        "network_acc": 0.98,
        "roundup_recall": 0.51,
    },
    # first try (written at the round's start, never read before), on 5c0c823:
    # 0.909 / 0.833 / 0.833 / 1.000 / 1.000 / 1.000 / 0.462
    "holdout-96": {
        "alert_precision": 0.98,
        "alert_recall": 0.93,
        "event_acc": 0.95,
        "show_acc": 0.98,
        "season_acc": 0.98,
        "network_acc": 0.93,
        "roundup_recall": 0.59,
    },
    # first try (written at the round's start, never read before), on 5c0c823:
    # 0.913 / 0.840 / 0.889 / 0.524 / 0.947 / 1.000 / 0.667
    "holdout-97": {
        "alert_precision": 0.93,
        "alert_recall": 0.86,
        "event_acc": 0.89,
        "show_acc": 0.93,
        "season_acc": 0.98,
        "network_acc": 0.98,
        "roundup_recall": 0.88,
    },
    # first try (written at the round's start, never read before), on 5c0c823:
    # 0.920 / 0.920 / 0.917 / 1.000 / 0.909 / 1.000 / 0.714
    "holdout-98": {
        "alert_precision": 0.93,
        "alert_recall": 0.90,
        "event_acc": 0.92,
        "show_acc": 0.98,
        "season_acc": 0.93,
        "network_acc": 0.98,
        "roundup_recall": 0.69,
    },
    # first try (written at the round's start, never read before), on 5c0c823:
    # 0.909 / 0.833 / 0.861 / 0.900 / 1.000 / 0.947 / 0.500
    "holdout-99": {
        "alert_precision": 0.98,
        "alert_recall": 0.98,
        "event_acc": 0.98,
        "show_acc": 0.93,
        "season_acc": 0.98,
        "network_acc": 0.89,
        "roundup_recall": 0.55,
    },
    # first try (written during the round, never read before), on 5c0c823:
    # 0.840 / 0.840 / 0.833 / 0.952 / 1.000 / 0.950 / 0.619
    # and on the working tree that became d324ac4: 0.875 / 0.840 / 0.861 / 1.000 / 1.000 / 0.950 / 0.667
    "holdout-100": {
        "alert_precision": 0.90,
        "alert_recall": 0.90,
        "event_acc": 0.92,
        "show_acc": 0.98,
        "season_acc": 0.98,
        "network_acc": 0.93,
        "roundup_recall": 0.64,
    },
    # first try (written during the round, never read before), on 5c0c823:
    # 0.958 / 0.920 / 0.944 / 1.000 / 0.952 / 1.000 / 0.429
    # and on the working tree that became d324ac4: 1.000 / 1.000 / 1.000 / 0.960 / 0.957 / 1.000 / 0.571
    "holdout-101": {
        "alert_precision": 0.98,
        "alert_recall": 0.98,
        "event_acc": 0.98,
        "show_acc": 0.94,
        "season_acc": 0.93,
        "network_acc": 0.98,
        "roundup_recall": 0.55,
    },
    # first try (written during the round, never read before), on 5c0c823:
    # 0.870 / 0.800 / 0.861 / 0.900 / 0.944 / 1.000 / 0.381
    # and on the working tree that became d324ac4: 0.870 / 0.800 / 0.861 / 0.950 / 0.944 / 1.000 / 0.381
    "holdout-102": {
        "alert_precision": 0.94,
        "alert_recall": 0.94,
        "event_acc": 0.95,
        "show_acc": 0.98,
        "season_acc": 0.93,
        "network_acc": 0.98,
        "roundup_recall": 0.64,
    },
    # first try (written during the round, never read before), on 5c0c823:
    # 0.909 / 0.800 / 0.861 / 1.000 / 1.000 / 0.950 / 0.375
    # and on the working tree that became d324ac4: 0.909 / 0.800 / 0.861 / 1.000 / 1.000 / 0.950 / 0.500
    "holdout-103": {
        "alert_precision": 0.94,
        "alert_recall": 0.94,
        "event_acc": 0.95,
        "show_acc": 0.98,
        "season_acc": 0.98,
        "network_acc": 0.93,
        "roundup_recall": 0.66,
    },
    # first try (written during the round, never read before), on 5c0c823:
    # 0.960 / 0.960 / 0.972 / 1.000 / 0.952 / 1.000 / 0.778
    # and on the working tree that became 95bbbb8: 0.960 / 0.960 / 0.972 / 1.000 / 0.952 / 1.000 / 0.833
    "holdout-104": {
        "alert_precision": 0.94,
        "alert_recall": 0.94,
        "event_acc": 0.95,
        "show_acc": 0.98,
        "season_acc": 0.93,
        "network_acc": 0.98,
        "roundup_recall": 0.81,
    },
    # first try (written during the round, never read before), on 5c0c823:
    # 0.917 / 0.880 / 0.889 / 0.909 / 1.000 / 1.000 / 0.714
    # and on the working tree that became 95bbbb8: 0.920 / 0.920 / 0.917 / 0.870 / 1.000 / 1.000 / 0.786
    "holdout-105": {
        "alert_precision": 0.94,
        "alert_recall": 0.94,
        "event_acc": 0.95,
        "show_acc": 0.93,
        "season_acc": 0.98,
        "network_acc": 0.98,
        "roundup_recall": 0.76,
    },
    # first try (written during the round, never read before), on 5c0c823:
    # 0.885 / 0.885 / 0.917 / 0.913 / 1.000 / 0.957 / 0.720
    # and on the working tree that became 95bbbb8: 0.885 / 0.885 / 0.917 / 0.913 / 1.000 / 0.957 / 0.720
    "holdout-106": {
        "alert_precision": 0.90,
        "alert_recall": 0.90,
        "event_acc": 0.92,
        "show_acc": 0.98,
        "season_acc": 0.98,
        "network_acc": 0.93,
        "roundup_recall": 0.70,
    },
    # first try (written during the round, never read before), on 5c0c823:
    # 0.840 / 0.840 / 0.861 / 0.905 / 1.000 / 1.000 / 0.692
    # and on the working tree that became 95bbbb8: 0.880 / 0.880 / 0.889 / 0.909 / 1.000 / 1.000 / 0.692
    "holdout-107": {
        "alert_precision": 0.98,
        "alert_recall": 0.98,
        "event_acc": 0.98,
        "show_acc": 0.98,
        "season_acc": 0.98,
        "network_acc": 0.98,
        "roundup_recall": 0.67,
    },
    # first try (written after every fix but the last few, never read before), on 1522aad:
    # 1.000 / 1.000 / 1.000 / 0.960 / 1.000 / 0.960 / 0.929
    # (on 5c0c823: 0.962 / 1.000 / 0.972 / 0.920 / 1.000 / 0.960 / 0.786)
    "holdout-108": {
        "alert_precision": 0.98,
        "alert_recall": 0.98,
        "event_acc": 0.98,
        "show_acc": 0.94,
        "season_acc": 0.98,
        "network_acc": 0.94,
        "roundup_recall": 0.90,
    },
    # first try (written after every fix but the last few, never read before), on 1522aad:
    # 1.000 / 0.960 / 0.972 / 0.917 / 1.000 / 0.957 / 0.556
    # (on 5c0c823: 1.000 / 0.920 / 0.944 / 0.957 / 1.000 / 0.955 / 0.556)
    "holdout-109": {
        "alert_precision": 0.98,
        "alert_recall": 0.98,
        "event_acc": 0.98,
        "show_acc": 0.90,
        "season_acc": 0.98,
        "network_acc": 0.93,
        "roundup_recall": 0.75,
    },
    # first try (written after every fix but the last few, never read before), on 1522aad:
    # 0.920 / 0.920 / 0.944 / 0.957 / 0.905 / 0.955 / 0.696
    # (on 5c0c823: 0.885 / 0.920 / 0.917 / 0.913 / 0.905 / 0.955 / 0.696)
    "holdout-110": {
        "alert_precision": 0.98,
        "alert_recall": 0.98,
        "event_acc": 0.98,
        "show_acc": 0.94,
        "season_acc": 0.89,
        "network_acc": 0.89,
        "roundup_recall": 0.71,
    },
    # first try (written after every fix but the last few, never read before), on 1522aad:
    # 0.962 / 1.000 / 0.972 / 0.720 / 0.957 / 1.000 / 0.550
    # (on 5c0c823: 0.923 / 0.960 / 0.917 / 0.667 / 0.957 / 1.000 / 0.550)
    "holdout-111": {
        "alert_precision": 0.98,
        "alert_recall": 0.98,
        "event_acc": 0.98,
        "show_acc": 0.86,
        "season_acc": 0.93,
        "network_acc": 0.98,
        "roundup_recall": 0.53,
    },
    # first try (written late in the round, never read before), on 4b289a7:
    # 1.000 / 0.960 / 0.972 / 0.958 / 0.955 / 1.000 / 0.833
    # (on 5c0c823: 1.000 / 0.960 / 0.972 / 0.917 / 0.955 / 1.000 / 0.667)
    "holdout-112": {
        "alert_precision": 0.98,
        "alert_recall": 0.94,
        "event_acc": 0.95,
        "show_acc": 0.93,
        "season_acc": 0.93,
        "network_acc": 0.98,
        "roundup_recall": 0.81,
    },
    # first try (written late in the round, never read before), on 4b289a7:
    # 0.917 / 0.880 / 0.917 / 0.909 / 1.000 / 0.952 / 0.857
    # (on 5c0c823: 0.920 / 0.920 / 0.944 / 0.826 / 1.000 / 0.955 / 0.786)
    "holdout-113": {
        "alert_precision": 0.90,
        "alert_recall": 0.90,
        "event_acc": 0.92,
        "show_acc": 0.85,
        "season_acc": 0.98,
        "network_acc": 0.93,
        "roundup_recall": 0.83,
    },
    # first try (written late in the round, never read before), on 4b289a7:
    # 0.923 / 0.960 / 0.944 / 0.917 / 0.955 / 0.958 / 0.875
    # (on 5c0c823: 0.923 / 0.960 / 0.944 / 0.917 / 0.955 / 0.958 / 0.875)
    "holdout-114": {
        "alert_precision": 0.90,
        "alert_recall": 0.94,
        "event_acc": 0.92,
        "show_acc": 0.89,
        "season_acc": 0.93,
        "network_acc": 0.93,
        "roundup_recall": 0.85,
    },
    # first try (written late in the round, never read before), on 4b289a7:
    # 0.900 / 0.720 / 0.806 / 0.889 / 0.889 / 0.944 / 0.353
    # (on 5c0c823: 0.900 / 0.720 / 0.806 / 0.778 / 0.889 / 0.944 / 0.353)
    "holdout-115": {
        "alert_precision": 0.88,
        "alert_recall": 0.78,
        "event_acc": 0.84,
        "show_acc": 0.78,
        "season_acc": 0.87,
        "network_acc": 0.93,
        "roundup_recall": 0.33,
    },
    # first try (written after every fix of the round, never read), on d73a8ac:
    # 0.958 / 0.920 / 0.944 / 0.870 / 0.952 / 0.955 / 0.667
    # (on 5c0c823: 0.917 / 0.880 / 0.917 / 0.909 / 0.950 / 0.952 / 0.667)
    "holdout-116": {
        "alert_precision": 0.93,
        "alert_recall": 0.90,
        "event_acc": 0.92,
        "show_acc": 0.85,
        "season_acc": 0.93,
        "network_acc": 0.93,
        "roundup_recall": 0.64,
    },
    # first try (written after every fix of the round, never read), on d73a8ac:
    # 1.000 / 1.000 / 1.000 / 0.920 / 0.957 / 1.000 / 0.643
    # (on 5c0c823: 1.000 / 1.000 / 1.000 / 0.920 / 0.957 / 1.000 / 0.643)
    "holdout-117": {
        "alert_precision": 0.98,
        "alert_recall": 0.98,
        "event_acc": 0.98,
        "show_acc": 0.90,
        "season_acc": 0.93,
        "network_acc": 0.98,
        "roundup_recall": 0.62,
    },
    # first try (written after every fix of the round, never read), on d73a8ac:
    # 0.958 / 0.885 / 0.917 / 0.913 / 0.955 / 0.955 / 0.600
    # (on 5c0c823: 0.958 / 0.885 / 0.917 / 0.913 / 0.955 / 0.955 / 0.600)
    "holdout-118": {
        "alert_precision": 0.93,
        "alert_recall": 0.86,
        "event_acc": 0.89,
        "show_acc": 0.89,
        "season_acc": 0.93,
        "network_acc": 0.93,
        "roundup_recall": 0.58,
    },
    # first try (written after every fix of the round, never read), on d73a8ac:
    # 0.850 / 0.680 / 0.778 / 0.471 / 1.000 / 0.941 / 0.333
    # (on 5c0c823: 0.895 / 0.680 / 0.778 / 0.471 / 1.000 / 0.941 / 0.222)
    "holdout-119": {
        "alert_precision": 0.83,
        "alert_recall": 0.66,
        "event_acc": 0.75,
        "show_acc": 0.45,
        "season_acc": 0.98,
        "network_acc": 0.92,
        "roundup_recall": 0.31,
    },
    # first try (fourteenth round, scored before it was read), on fcd77ce:
    # 0.920 / 0.920 / 0.917 / 1.000 / 0.952 / 0.957 / 0.636
    "holdout-120": {
        "alert_precision": 0.94,
        "alert_recall": 0.98,
        "event_acc": 0.95,
        "show_acc": 0.94,
        "season_acc": 0.93,
        "network_acc": 0.94,
        "roundup_recall": 0.61,
    },
    # first try (fourteenth round, scored before it was read), on fcd77ce:
    # 1.000 / 0.926 / 0.944 / 0.840 / 1.000 / 0.880 / 0.591
    "holdout-121": {
        "alert_precision": 0.98,
        "alert_recall": 0.98,
        "event_acc": 0.98,
        "show_acc": 0.86,
        "season_acc": 0.98,
        "network_acc": 0.90,
        "roundup_recall": 0.57,
    },
    # first try (fourteenth round, scored before it was read), on fcd77ce:
    # 0.885 / 0.920 / 0.889 / 0.826 / 1.000 / 0.957 / 0.750
    "holdout-122": {
        "alert_precision": 0.93,
        "alert_recall": 0.90,
        "event_acc": 0.92,
        "show_acc": 0.89,
        "season_acc": 0.98,
        "network_acc": 0.98,
        "roundup_recall": 0.73,
    },
    # first try (fourteenth round, scored before it was read), on fcd77ce:
    # 0.960 / 0.960 / 0.972 / 0.958 / 1.000 / 0.958 / 0.933
    "holdout-123": {
        "alert_precision": 0.94,
        "alert_recall": 0.94,
        "event_acc": 0.95,
        "show_acc": 0.98,
        "season_acc": 0.98,
        "network_acc": 0.93,
        "roundup_recall": 0.91,
    },
    # first try (fourteenth round, second batch, scored before it was read), on the working tree that became
    # 1e60f43; on fcd77ce the same but season 0.957:
    # 0.962 / 1.000 / 0.972 / 0.920 / 1.000 / 1.000 / 0.875
    "holdout-124": {
        "alert_precision": 0.98,
        "alert_recall": 0.98,
        "event_acc": 0.98,
        "show_acc": 0.94,
        "season_acc": 0.98,
        "network_acc": 0.98,
        "roundup_recall": 0.85,
    },
    # first try (second batch), on the same tree and on fcd77ce:
    # 0.920 / 0.885 / 0.917 / 0.870 / 0.905 / 0.957 / 0.706
    "holdout-125": {
        "alert_precision": 0.94,
        "alert_recall": 0.94,
        "event_acc": 0.95,
        "show_acc": 0.94,
        "season_acc": 0.93,
        "network_acc": 0.94,
        "roundup_recall": 0.74,
    },
    # first try (second batch), on the same tree; on fcd77ce 0.846 / 0.880 / 0.861 / 0.727 / 1.000 / 0.864 / 0.667:
    # 0.880 / 0.880 / 0.889 / 0.727 / 1.000 / 0.909 / 0.667
    "holdout-126": {
        "alert_precision": 0.90,
        "alert_recall": 0.90,
        "event_acc": 0.89,
        "show_acc": 0.76,
        "season_acc": 0.98,
        "network_acc": 0.89,
        "roundup_recall": 0.64,
    },
    # first try (second batch), on the same tree and on fcd77ce:
    # 0.920 / 0.958 / 0.944 / 0.957 / 1.000 / 1.000 / 0.750
    "holdout-127": {
        "alert_precision": 0.93,
        "alert_recall": 0.93,
        "event_acc": 0.95,
        "show_acc": 0.98,
        "season_acc": 0.98,
        "network_acc": 0.98,
        "roundup_recall": 0.73,
    },
    # third batch, never read: on fcd77ce (roundups 0.643 on the tree of the moment):
    # 0.917 / 0.880 / 0.917 / 1.000 / 1.000 / 0.952 / 0.571
    "holdout-128": {
        "alert_precision": 0.89,
        "alert_recall": 0.86,
        "event_acc": 0.89,
        "show_acc": 0.98,
        "season_acc": 0.98,
        "network_acc": 0.93,
        "roundup_recall": 0.62,
    },
    # third batch, never read: on fcd77ce and on the tree of the moment:
    # 0.923 / 0.923 / 0.944 / 1.000 / 0.909 / 0.958 / 0.750
    "holdout-129": {
        "alert_precision": 0.90,
        "alert_recall": 0.90,
        "event_acc": 0.92,
        "show_acc": 0.98,
        "season_acc": 0.88,
        "network_acc": 0.93,
        "roundup_recall": 0.73,
    },
    # third batch, never read: on fcd77ce and on the tree of the moment:
    # 0.917 / 0.880 / 0.917 / 0.864 / 0.950 / 1.000 / 0.667
    "holdout-130": {
        "alert_precision": 0.89,
        "alert_recall": 0.86,
        "event_acc": 0.89,
        "show_acc": 0.84,
        "season_acc": 0.93,
        "network_acc": 0.98,
        "roundup_recall": 0.64,
    },
    # third batch, never read: on fcd77ce and on the tree of the moment:
    # 1.000 / 0.960 / 0.972 / 1.000 / 0.909 / 0.958 / 0.818
    "holdout-131": {
        "alert_precision": 0.98,
        "alert_recall": 0.94,
        "event_acc": 0.95,
        "show_acc": 0.98,
        "season_acc": 0.88,
        "network_acc": 0.93,
        "roundup_recall": 0.79,
    },
    # fifteenth round, first batch (read and mended): first try on 45336a6:
    # 0.962 / 1.000 / 0.972 / 1.000 / 1.000 / 1.000 / 0.941
    "holdout-132": {
        "alert_precision": 0.98,
        "alert_recall": 0.98,
        "event_acc": 0.98,
        "show_acc": 0.98,
        "season_acc": 0.98,
        "network_acc": 0.98,
        "roundup_recall": 0.98,
    },
    # fifteenth round, first batch (read and mended): first try on 45336a6:
    # 1.000 / 0.963 / 0.972 / 1.000 / 0.917 / 1.000 / 0.536
    "holdout-133": {
        "alert_precision": 0.98,
        "alert_recall": 0.98,
        "event_acc": 0.98,
        "show_acc": 0.98,
        "season_acc": 0.94,
        "network_acc": 0.98,
        "roundup_recall": 0.90,
    },
    # fifteenth round, first batch (read and mended): first try on 45336a6:
    # 0.773 / 0.680 / 0.750 / 0.882 / 0.933 / 1.000 / 0.632
    "holdout-134": {
        "alert_precision": 0.93,
        "alert_recall": 0.86,
        "event_acc": 0.89,
        "show_acc": 0.93,
        "season_acc": 0.98,
        "network_acc": 0.98,
        "roundup_recall": 0.71,
    },
    # fifteenth round, first batch (read and mended): first try on 45336a6:
    # 0.955 / 0.913 / 0.944 / 1.000 / 1.000 / 0.952 / 0.455
    "holdout-135": {
        "alert_precision": 0.98,
        "alert_recall": 0.98,
        "event_acc": 0.98,
        "show_acc": 0.98,
        "season_acc": 0.98,
        "network_acc": 0.93,
        "roundup_recall": 0.70,
    },
    # fifteenth round, second batch, never read: first try on the tree of the moment:
    # 0.960 / 0.960 / 0.972 / 0.958 / 1.000 / 1.000 / 0.846
    # (on 45336a6: 0.920 / 0.920 / 0.944 / 0.957 / 1.000 / 1.000 / 0.846)
    "holdout-136": {
        "alert_precision": 0.94,
        "alert_recall": 0.94,
        "event_acc": 0.95,
        "show_acc": 0.93,
        "season_acc": 0.98,
        "network_acc": 0.98,
        "roundup_recall": 0.82,
    },
    # fifteenth round, second batch, never read: first try on the tree of the moment:
    # 0.962 / 0.962 / 0.972 / 0.920 / 0.957 / 1.000 / 0.588
    "holdout-137": {
        "alert_precision": 0.94,
        "alert_recall": 0.94,
        "event_acc": 0.95,
        "show_acc": 0.90,
        "season_acc": 0.93,
        "network_acc": 0.98,
        "roundup_recall": 0.56,
    },
    # fifteenth round, second batch, never read: first try on the tree of the moment:
    # 0.957 / 0.880 / 0.917 / 0.773 / 0.950 / 1.000 / 0.571
    "holdout-138": {
        "alert_precision": 0.93,
        "alert_recall": 0.86,
        "event_acc": 0.89,
        "show_acc": 0.75,
        "season_acc": 0.93,
        "network_acc": 0.98,
        "roundup_recall": 0.55,
    },
    # fifteenth round, second batch, never read: first try on the tree of the moment:
    # 0.952 / 0.870 / 0.917 / 0.950 / 1.000 / 1.000 / 1.000
    "holdout-139": {
        "alert_precision": 0.93,
        "alert_recall": 0.85,
        "event_acc": 0.89,
        "show_acc": 0.93,
        "season_acc": 0.98,
        "network_acc": 0.98,
        "roundup_recall": 0.98,
    },
    # sixteenth round (read and mended): first try on a178973:
    # 1.000 / 1.000 / 1.000 / 0.960 / 1.000 / 1.000 / 0.615
    "holdout-140": {
        "alert_precision": 0.98,
        "alert_recall": 0.98,
        "event_acc": 0.98,
        "show_acc": 0.98,
        "season_acc": 0.98,
        "network_acc": 0.98,
        "roundup_recall": 0.74,
    },
    # sixteenth round (read and mended): first try on a178973:
    # 0.840 / 0.750 / 0.806 / 1.000 / 1.000 / 1.000 / 0.414
    "holdout-141": {
        "alert_precision": 0.94,
        "alert_recall": 0.87,
        "event_acc": 0.89,
        "show_acc": 0.98,
        "season_acc": 0.98,
        "network_acc": 0.98,
        "roundup_recall": 0.60,
    },
    # sixteenth round (read and mended): first try on a178973:
    # 1.000 / 0.760 / 0.833 / 0.684 / 0.833 / 0.947 / 0.571
    "holdout-142": {
        "alert_precision": 0.98,
        "alert_recall": 0.82,
        "event_acc": 0.86,
        "show_acc": 0.74,
        "season_acc": 0.83,
        "network_acc": 0.93,
        "roundup_recall": 0.55,
    },
    # sixteenth round (read and mended): first try on a178973:
    # 0.920 / 1.000 / 0.944 / 0.957 / 0.952 / 1.000 / 0.833
    "holdout-143": {
        "alert_precision": 0.98,
        "alert_recall": 0.98,
        "event_acc": 0.98,
        "show_acc": 0.98,
        "season_acc": 0.93,
        "network_acc": 0.98,
        "roundup_recall": 0.81,
    },
    # sixteenth round, second batch, never read: first try on the final code:
    # 0.958 / 0.885 / 0.917 / 1.000 / 1.000 / 1.000 / 0.846
    "holdout-144": {
        "alert_precision": 0.93,
        "alert_recall": 0.86,
        "event_acc": 0.89,
        "show_acc": 0.98,
        "season_acc": 0.98,
        "network_acc": 0.98,
        "roundup_recall": 0.82,
    },
    # sixteenth round, second batch, never read: first try on the final code:
    # 0.962 / 0.893 / 0.917 / 0.880 / 0.957 / 1.000 / 0.545
    # (on a178973: 0.962 / 0.893 / 0.917 / 0.840 / 0.957 / 1.000 / 0.545)
    "holdout-145": {
        "alert_precision": 0.94,
        "alert_recall": 0.87,
        "event_acc": 0.89,
        "show_acc": 0.86,
        "season_acc": 0.93,
        "network_acc": 0.98,
        "roundup_recall": 0.52,
    },
    # sixteenth round, second batch, never read: first try on the final code:
    # 0.960 / 0.960 / 0.944 / 0.542 / 0.952 / 1.000 / 0.500
    # (on a178973: 0.960 / 0.960 / 0.944 / 0.500 / 0.952 / 1.000 / 0.500)
    "holdout-146": {
        "alert_precision": 0.94,
        "alert_recall": 0.94,
        "event_acc": 0.92,
        "show_acc": 0.52,
        "season_acc": 0.93,
        "network_acc": 0.98,
        "roundup_recall": 0.48,
    },
    # sixteenth round, second batch, never read: first try on the final code:
    # 0.880 / 0.957 / 0.917 / 0.909 / 1.000 / 0.955 / 0.938
    # (on a178973: 0.880 / 0.957 / 0.917 / 0.909 / 1.000 / 0.955 / 0.812)
    "holdout-147": {
        "alert_precision": 0.86,
        "alert_recall": 0.93,
        "event_acc": 0.89,
        "show_acc": 0.88,
        "season_acc": 0.98,
        "network_acc": 0.93,
        "roundup_recall": 0.91,
    },
    # seventeenth round (read and mended): first try on b355eac:
    # 0.960 / 0.923 / 0.944 / 1.000 / 0.909 / 1.000 / 0.842
    "holdout-148": {
        "alert_precision": 0.98,
        "alert_recall": 0.94,
        "event_acc": 0.95,
        "show_acc": 0.98,
        "season_acc": 0.89,
        "network_acc": 0.98,
        "roundup_recall": 0.82,
    },
    # seventeenth round (read and mended): first try on b355eac:
    # 0.852 / 0.821 / 0.861 / 0.957 / 1.000 / 1.000 / 0.462
    "holdout-149": {
        "alert_precision": 0.98,
        "alert_recall": 0.94,
        "event_acc": 0.95,
        "show_acc": 0.94,
        "season_acc": 0.98,
        "network_acc": 0.94,
        "roundup_recall": 0.59,
    },
    # seventeenth round (read and mended): first try on b355eac:
    # 0.826 / 0.760 / 0.778 / 0.737 / 1.000 / 1.000 / 0.636
    "holdout-150": {
        "alert_precision": 0.89,
        "alert_recall": 0.82,
        "event_acc": 0.86,
        "show_acc": 0.93,
        "season_acc": 0.98,
        "network_acc": 0.98,
        "roundup_recall": 0.61,
    },
    # seventeenth round (read and mended): first try on b355eac:
    # 1.000 / 0.960 / 0.972 / 0.958 / 1.000 / 0.875 / 0.846
    "holdout-151": {
        "alert_precision": 0.98,
        "alert_recall": 0.94,
        "event_acc": 0.95,
        "show_acc": 0.98,
        "season_acc": 0.98,
        "network_acc": 0.85,
        "roundup_recall": 0.82,
    },
    # seventeenth round, second batch, never read: first try on the final code:
    # 0.880 / 0.846 / 0.889 / 0.909 / 0.950 / 1.000 / 0.846
    "holdout-152": {
        "alert_precision": 0.86,
        "alert_recall": 0.82,
        "event_acc": 0.86,
        "show_acc": 0.88,
        "season_acc": 0.93,
        "network_acc": 0.98,
        "roundup_recall": 0.82,
    },
    # seventeenth round, second batch, never read: first try on the final code:
    # 0.929 / 0.929 / 0.944 / 0.923 / 1.000 / 0.962 / 0.643
    # (on b355eac: 0.893 / 0.893 / 0.917 / 0.920 / 1.000 / 0.960 / 0.643)
    "holdout-153": {
        "alert_precision": 0.90,
        "alert_recall": 0.90,
        "event_acc": 0.92,
        "show_acc": 0.90,
        "season_acc": 0.98,
        "network_acc": 0.94,
        "roundup_recall": 0.62,
    },
    # seventeenth round, second batch, never read: first try on the final code:
    # 0.857 / 0.720 / 0.778 / 0.722 / 1.000 / 1.000 / 0.417
    # (on b355eac: 0.864 / 0.760 / 0.806 / 0.684 / 1.000 / 0.947 / 0.417)
    "holdout-154": {
        "alert_precision": 0.83,
        "alert_recall": 0.70,
        "event_acc": 0.75,
        "show_acc": 0.70,
        "season_acc": 0.98,
        "network_acc": 0.98,
        "roundup_recall": 0.39,
    },
    # seventeenth round, second batch, never read: first try on the final code:
    # 1.000 / 0.870 / 0.917 / 0.850 / 1.000 / 1.000 / 0.929
    "holdout-155": {
        "alert_precision": 0.98,
        "alert_recall": 0.85,
        "event_acc": 0.89,
        "show_acc": 0.83,
        "season_acc": 0.98,
        "network_acc": 0.98,
        "roundup_recall": 0.90,
    },
}


@pytest.mark.skipif(not SCORER.exists(), reason="the shared scorer is not present")
@pytest.mark.parametrize("name", list(OPEN_SETS))
def test_open_blind_sets_meet_their_floors(name: str, tmp_path: Path, capsys):
    labels = HERE / "data" / "understand-open" / f"own-{name}.jsonl"
    metrics = score(labels, tmp_path, capsys)
    low = {k: (metrics[k], floor) for k, floor in OPEN_SETS[name].items() if metrics[k] < floor}
    assert not low, low


def below_floors(metrics: dict[str, float], margin: float) -> dict[str, tuple[float, float]]:
    return {
        k: (metrics[k], floor - margin)
        for k, floor in OWN_FLOORS.items()
        if k in metrics and metrics[k] < floor - margin
    }


@pytest.mark.skipif(not SCORER.exists(), reason="the shared scorer is not present")
@pytest.mark.parametrize("name", list(HOLDOUTS))
def test_own_holdout_sets_meet_their_floors(name: str, tmp_path: Path, capsys):
    labels, margin = HOLDOUTS[name]
    low = below_floors(score(labels, tmp_path, capsys), margin)
    assert not low, low


@pytest.mark.skipif(not SCORER.exists(), reason="the shared scorer is not present")
@pytest.mark.parametrize("style", [str.lower, str.upper], ids=["lowercase", "uppercase"])
@pytest.mark.parametrize("name", RESTYLED)
def test_the_later_holdouts_under_other_headline_styles(style, name: str, tmp_path: Path, capsys):
    labels, margin = HOLDOUTS[name]
    low = below_floors(score(labels, tmp_path, capsys, transform=style), margin)
    assert not low, low


@pytest.mark.skipif(not SCORER.exists() or not DEV.exists(), reason="the shared scorer or dev articles are absent")
@pytest.mark.parametrize("style", [str.lower, str.upper], ids=["lowercase", "uppercase"])
def test_real_dev_articles_under_other_headline_styles(style, tmp_path: Path, capsys):
    metrics = score(DEV, tmp_path, capsys, transform=style)
    floors = {k: v - 0.05 for k, v in DEV_FLOORS.items()}
    low = {k: (metrics[k], floor) for k, floor in floors.items() if metrics[k] < floor}
    assert not low, low


def test_own_real_style_set_is_varied_and_ours():
    rows = [json.loads(line) for line in OWN_REAL.open(encoding="utf-8")]
    assert len(rows) >= 80
    events = {e for r in rows for e in r["label"]["event"]}
    assert events >= {"renewed", "cancelled", "ending", "ordered", "premiere", "production", "trailer", "casting", None}
    assert sum(1 for r in rows if r["label"].get("also")) >= 5  # roundups
    assert sum(1 for r in rows if r["title"] == r["title"].lower()) >= 5  # lowercase headlines
    assert sum(1 for r in rows if r["title"] == r["title"].upper()) >= 3  # ALL CAPS
    assert sum(1 for r in rows if r["label"]["event"] == [None]) >= 30  # things that must not alert
    for shared in (DEV, SHARED / "data" / "labelled-headlines.jsonl"):
        if shared.exists():
            theirs = [json.loads(line) for line in shared.open(encoding="utf-8")]
            assert not {r["title"] for r in theirs} & {r["title"] for r in rows}
            their_text = {r.get("text", "")[:80] for r in theirs if r.get("text")}
            assert not their_text & {r["text"][:80] for r in rows}


def test_own_labels_are_our_own_and_varied():
    rows = [json.loads(line) for line in (HERE / "data" / "understand" / "own-headlines.jsonl").open()]
    assert len(rows) >= 80
    events = {e for r in rows for e in r["label"]["event"]}
    assert events >= {"renewed", "cancelled", "ending", "ordered", "premiere", "production", "trailer", "casting", None}
    shared = SHARED / "data" / "labelled-headlines.jsonl"
    if shared.exists():
        theirs = {json.loads(line)["title"] for line in shared.open()}
        assert not theirs & {r["title"] for r in rows}


def test_roundups_add_few_decisions_no_label_names():
    """Every extra decision is an extra alert: on our own sets none is left, on the dev set at most three (20 on
    all sets before the roundup rules of tests/test_roundup_extras.py)."""
    from tests.extra_decisions import extra_decisions

    own = sorted((HERE / "data" / "understand").glob("*.jsonl"))
    assert [d for p in own for d in extra_decisions(p)] == []
    if DEV.exists():
        assert len(extra_decisions(DEV)) <= 3
